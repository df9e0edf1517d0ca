// Exports share one flow: make a file through the client, keep it with client.saveFile, and track busy and error.
import { useCallback, useState } from 'react';
import type { ExportFile } from '../../../shared/contract';
import { useClient } from '../api';

/** What client.saveFile answered, with the name of the file it was given. */
export interface SavedFile {
  saved: boolean;
  path?: string;
  fileName: string;
}

export interface ExportFileState {
  busy: boolean;
  /** The last failure (undefined when there is none). */
  error: unknown;
  /** For a dialog whose other actions share the same error slot. */
  setError: (error: unknown) => void;
  clearError: () => void;
  /** Makes the file and saves it; `onSaved` runs only when the user kept it (not when they cancelled a save dialog). */
  run: (make: () => Promise<ExportFile>, onSaved?: (result: SavedFile) => void) => Promise<void>;
}

export function useExportFile(): ExportFileState {
  const client = useClient();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();

  const clearError = useCallback(() => setError(undefined), []);

  const run = useCallback(
    async (make: () => Promise<ExportFile>, onSaved?: (result: SavedFile) => void): Promise<void> => {
      setBusy(true);
      setError(undefined);
      try {
        const file = await make();
        const result = await client.saveFile(file);
        if (result.saved) onSaved?.({ ...result, fileName: file.fileName });
      } catch (caught) {
        setError(caught);
      } finally {
        setBusy(false);
      }
    },
    [client],
  );

  return { busy, error, setError, clearError, run };
}
