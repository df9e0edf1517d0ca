// "Discard changes?": closing a form with edits in it (Escape, Cancel, the dialog's ×) asks first; a form with
// nothing changed closes at once. Keep editing is the default, so a stray Enter or Escape loses nothing.
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../Dialog';

export function DiscardPrompt({ onDiscard, onKeep }: { onDiscard: () => void; onKeep: () => void }) {
  const { t } = useTranslation();
  return (
    <Dialog
      title={t('forms.discard.title')}
      onClose={onKeep}
      describedBy="discard-prompt-body"
      footer={
        <>
          <button type="button" className="button button--danger" onClick={onDiscard}>
            {t('forms.discard.discard')}
          </button>
          <button type="button" className="button button--primary" onClick={onKeep} data-autofocus>
            {t('forms.discard.keep')}
          </button>
        </>
      }
    >
      <p id="discard-prompt-body">{t('forms.discard.body')}</p>
    </Dialog>
  );
}

/** `close` is what the form's Escape, Cancel and × call; `prompt` is rendered beside the form's dialog. */
export function useDiscardGuard(isDirty: boolean, onClose: () => void): { close: () => void; prompt: ReactNode } {
  const [asking, setAsking] = useState(false);
  const close = (): void => (isDirty ? setAsking(true) : onClose());
  const prompt = asking ? (
    <DiscardPrompt
      onDiscard={() => {
        setAsking(false);
        onClose();
      }}
      onKeep={() => setAsking(false)}
    />
  ) : null;
  return { close, prompt };
}
