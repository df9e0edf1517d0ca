// A PDF export asks the host's engine to get ready before it builds the document, so browser mode's Chromium launch
// overlaps reading the trip and building the HTML instead of following them (docs/decisions/013-cold-paths.md).
import { afterEach, describe, expect, it } from 'vitest';
import type { PdfRenderer } from '../../../../../../electron/backend/ports';
import { openTestBackend, type TestBackend } from '../../backend-fixture';

let t: TestBackend | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

describe('PDF exports prepare the engine first', () => {
  it('calls prepare() before the HTML is handed to render(), for each PDF export', async () => {
    const steps: string[] = [];
    const pdf: PdfRenderer = {
      prepare: () => steps.push('prepare'),
      render: async () => {
        steps.push('render');
        return new Uint8Array(Buffer.from('%PDF-1.7\n'));
      },
    };
    t = await openTestBackend(undefined, { pdf });
    const { loaded } = await t.call('samples.load', {});
    const tripId = loaded[0]!.id;
    await t.call('export.itineraryPdf', { tripId });
    expect(steps).toEqual(['prepare', 'render']);
    await t.call('export.briefingPdf', { tripId });
    expect(steps).toEqual(['prepare', 'render', 'prepare', 'render']);
  });

  it('works with an engine that has nothing to prepare (Electron printToPDF)', async () => {
    t = await openTestBackend(undefined, { pdf: { render: async () => new Uint8Array(Buffer.from('%PDF-1.7\n')) } });
    const { loaded } = await t.call('samples.load', {});
    const file = await t.call('export.itineraryPdf', { tripId: loaded[0]!.id });
    expect(file.mime).toBe('application/pdf');
  });
});
