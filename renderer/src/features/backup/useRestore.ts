// The restore flow as a small state machine: read the file, try it (the service checks the file and restores into an
// empty folder at once), ask before replacing data that is there, then show what was restored or what went wrong.
import { useCallback, useState } from 'react';
import { useClient } from '../../api';
import { useWritten } from '../../api/query';
import { existingData, fileToBase64, passphraseAsked } from './backupLogic';

export type RestoreState =
  | { step: 'idle' }
  | { step: 'checking'; name: string }
  | { step: 'passphrase'; name: string; base64: string; wrong: boolean }
  | { step: 'confirm'; name: string; base64: string; present: Record<string, number>; passphrase?: string }
  | { step: 'restoring'; name: string }
  | { step: 'done'; name: string; restored: Record<string, number>; previousSavedTo?: string }
  | { step: 'failed'; name: string; error: unknown };

export function useRestore() {
  const client = useClient();
  const written = useWritten();
  const [state, setState] = useState<RestoreState>({ step: 'idle' });

  const run = useCallback(
    async (name: string, base64: string, replace: boolean, passphrase?: string) => {
      try {
        const input = { base64, replace, ...(passphrase !== undefined && { passphrase }) };
        const result = await client.call('backup.restore', input);
        written('backup.restore', input, result);
        setState({ step: 'done', name, restored: result.restored, ...(result.previousSavedTo && { previousSavedTo: result.previousSavedTo }) });
      } catch (error) {
        const asked = passphraseAsked(error);
        if (asked) return setState({ step: 'passphrase', name, base64, wrong: asked === 'wrong' });
        const present = replace ? undefined : existingData(error);
        setState(present ? { step: 'confirm', name, base64, present, ...(passphrase !== undefined && { passphrase }) } : { step: 'failed', name, error });
      }
    },
    [client, written],
  );

  const choose = useCallback(
    async (file: File) => {
      setState({ step: 'checking', name: file.name });
      let base64: string;
      try {
        base64 = await fileToBase64(file);
      } catch (error) {
        setState({ step: 'failed', name: file.name, error });
        return;
      }
      // Tried without replacing first: a damaged file is reported before anyone is asked to confirm anything.
      await run(file.name, base64, false);
    },
    [run],
  );

  const confirm = useCallback(() => {
    if (state.step !== 'confirm') return;
    setState({ step: 'restoring', name: state.name });
    void run(state.name, state.base64, true, state.passphrase);
  }, [run, state]);

  /** The passphrase of an encrypted backup: tried without replacing first, like the file itself. */
  const unlock = useCallback(
    (passphrase: string) => {
      if (state.step !== 'passphrase') return;
      setState({ step: 'checking', name: state.name });
      void run(state.name, state.base64, false, passphrase);
    },
    [run, state],
  );

  const cancel = useCallback(() => setState({ step: 'idle' }), []);

  return { state, choose, confirm, unlock, cancel };
}
