// The backup section's logic: base64 of large files, counts in order, and failed restores told apart.
import { describe, expect, it } from 'vitest';
import { PlannerError } from '../../../../../../shared/contract';
import { bytesToBase64, countRows, describeRestoreError, existingData, fileToBase64 } from '../../../../../../renderer/src/features/backup/backupLogic';

describe('bytesToBase64', () => {
  it('matches Node for every byte value and for files larger than one chunk', async () => {
    const bytes = new Uint8Array(200_000).map((_, i) => (i * 7919) % 256);
    expect(bytesToBase64(bytes)).toBe(Buffer.from(bytes).toString('base64'));
    expect(await fileToBase64(new Blob([bytes]))).toBe(Buffer.from(bytes).toString('base64'));
    expect(bytesToBase64(new Uint8Array())).toBe('');
  });
});

describe('countRows', () => {
  it('lists every collection in a fixed order, zero where absent', () => {
    expect(countRows({ contacts: 3, trips: 2 })).toEqual([
      { collection: 'trips', count: 2 },
      { collection: 'events', count: 0 },
      { collection: 'notes', count: 0 },
      { collection: 'followups', count: 0 },
      { collection: 'members', count: 0 },
      { collection: 'organisations', count: 0 },
      { collection: 'contacts', count: 3 },
      { collection: 'stays', count: 0 },
      { collection: 'vehicles', count: 0 },
      { collection: 'rides', count: 0 },
    ]);
  });
});

describe('existingData', () => {
  it('recognises the refusal to replace data that was not confirmed', () => {
    const present = { trips: 2, events: 10 };
    expect(existingData(new PlannerError('conflict', 'already holds data', { reason: 'has-data', present }))).toEqual(present);
    expect(existingData(new PlannerError('conflict', 'busy', { reason: 'busy' }))).toBeUndefined();
    expect(existingData(new PlannerError('invalid-input', 'damaged', { reason: 'damaged' }))).toBeUndefined();
    expect(existingData(new Error('offline'))).toBeUndefined();
  });
});

describe('describeRestoreError', () => {
  it('names each refusal the service gives, with its particular cause as the detail', () => {
    for (const reason of ['damaged', 'not-backup', 'newer-version', 'invalid-records']) {
      expect(describeRestoreError(new PlannerError('invalid-input', 'whole message', { reason, why: `its ${reason}` }))).toEqual({ problem: reason, detail: `Its ${reason}` });
    }
    expect(describeRestoreError(new PlannerError('conflict', 'A restore is already running.', { reason: 'busy' }))).toEqual({ problem: 'busy' });
  });

  it('gives the whole message of a restore that stopped part-way, since it names the file that was saved', () => {
    const message = 'The restore stopped part-way (2000 of 4500 records written): disk full. What was there before is saved in /data/exports/x.dpbackup';
    expect(describeRestoreError(new PlannerError('storage', message, { reason: 'partial' }))).toEqual({ problem: 'partial', detail: message });
  });

  it('leaves other failures to the general error message', () => {
    expect(describeRestoreError(new PlannerError('internal', 'boom'))).toEqual({ problem: 'other' });
    expect(describeRestoreError(new PlannerError('forbidden', 'no', { reason: 'unreachable' }))).toEqual({ problem: 'other' });
    expect(describeRestoreError(new Error('x')).problem).toBe('other');
  });

  it('says when the chosen file could not be read', () => {
    const error = new DOMException('The file could not be read', 'NotReadableError');
    expect(describeRestoreError(error)).toEqual({ problem: 'unreadable-file', detail: 'The file could not be read' });
  });
});
