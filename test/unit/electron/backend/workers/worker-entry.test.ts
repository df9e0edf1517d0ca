// The packaged app keeps the import worker outside app.asar (a worker thread cannot read inside the archive).
import { describe, expect, it } from 'vitest';
import { unpacked } from '../../../../../electron/backend/workers/worker-entry';

describe('workerEntry in a packaged app', () => {
  it('starts the worker from app.asar.unpacked beside the archive', () => {
    expect(unpacked('file:///opt/Delegation%20Planner/resources/app.asar/dist-electron/backend.cjs')).toBe(
      'file:///opt/Delegation%20Planner/resources/app.asar.unpacked/dist-electron/backend.cjs',
    );
  });
  it('leaves an unpacked build alone', () => {
    expect(unpacked('file:///work/app/dist-electron/web.mjs')).toBe('file:///work/app/dist-electron/web.mjs');
  });
});
