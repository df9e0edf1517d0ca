// A question before something that loses work ("Discard changes?", "Delete this event and its notes?"): the
// dangerous answer first, the safe one the default and focused, so a stray Enter or Escape loses nothing.
import { useId, type ReactNode } from 'react';
import { Dialog } from './Dialog';

export function ConfirmDialog({ title, body, confirm, keep, onConfirm, onKeep }: { title: string; body: ReactNode; confirm: string; keep: string; onConfirm: () => void; onKeep: () => void }) {
  const bodyId = useId();
  return (
    <Dialog
      title={title}
      onClose={onKeep}
      describedBy={bodyId}
      footer={
        <>
          <button type="button" className="button button--danger" onClick={onConfirm}>
            {confirm}
          </button>
          <button type="button" className="button button--primary" onClick={onKeep} data-autofocus>
            {keep}
          </button>
        </>
      }
    >
      <p id={bodyId}>{body}</p>
    </Dialog>
  );
}
