// "Discard changes?": closing a form with edits in it (Escape, Cancel, the dialog's ×, another page, the window)
// asks first; a form with nothing changed closes at once. Keep editing is the default, so a stray Enter or Escape
// loses nothing.
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../ConfirmDialog';
import { holdUnsaved } from './unsavedEdits';

export function DiscardPrompt({ onDiscard, onKeep }: { onDiscard: () => void; onKeep: () => void }) {
  const { t } = useTranslation();
  return <ConfirmDialog title={t('forms.discard.title')} body={t('forms.discard.body')} confirm={t('forms.discard.discard')} keep={t('forms.discard.keep')} onConfirm={onDiscard} onKeep={onKeep} />;
}

/**
 * `close` is what the form's Escape, Cancel and × call; `prompt` is rendered beside the form's dialog. While the form
 * is dirty it also holds off page changes and window closing (unsavedEdits.ts), asking with the same prompt;
 * `release` lets go at once, for a form whose edits were just saved and which is about to close or move on.
 */
export function useDiscardGuard(isDirty: boolean, onClose: () => void): { close: () => void; prompt: ReactNode; release: () => void } {
  // What Discard goes on to do besides closing the form: a page change held up by unsaved edits.
  const [asking, setAsking] = useState<{ then?: () => void } | null>(null);
  const releaseRef = useRef<(() => void) | undefined>(undefined);
  useEffect(() => {
    if (!isDirty) return;
    const release = holdUnsaved({ ask: (then) => setAsking({ then }) });
    releaseRef.current = release;
    return () => {
      release();
      releaseRef.current = undefined;
    };
  }, [isDirty]);
  const close = (): void => (isDirty ? setAsking({}) : onClose());
  const release = (): void => releaseRef.current?.();
  const prompt = asking ? (
    <DiscardPrompt
      onDiscard={() => {
        setAsking(null);
        release();
        onClose();
        asking.then?.();
      }}
      onKeep={() => setAsking(null)}
    />
  ) : null;
  return { close, prompt, release };
}
