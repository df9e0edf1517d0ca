// A modal dialog on the native <dialog>: focus stays inside, Escape closes, the page behind is inert.
import { useEffect, useId, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import './dialog.css';

interface DialogProps {
  title: string;
  onClose: () => void;
  children: ReactNode;
  /** Buttons shown at the foot of the dialog. */
  footer?: ReactNode;
  size?: 'small' | 'large';
  /** Describes the dialog for screen readers (an id inside children). */
  describedBy?: string;
}

export function Dialog({ title, onClose, children, footer, size = 'small', describedBy }: DialogProps) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();

  useEffect(() => {
    const dialog = ref.current;
    // Where the keyboard was, to go back there when the dialog closes (a dialog React removes does not do it itself).
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (dialog && !dialog.open) dialog.showModal();
    // showModal() focuses the first control (the close button); start where the dialog's author asked instead.
    dialog?.querySelector<HTMLElement>('[data-autofocus]')?.focus();
    return () => {
      const hadFocus = dialog?.contains(document.activeElement) ?? false;
      dialog?.close();
      if ((hadFocus || document.activeElement === document.body) && opener?.isConnected) opener.focus();
    };
  }, []);

  return (
    <dialog
      ref={ref}
      className={`dialog dialog--${size}`}
      aria-labelledby={titleId}
      aria-describedby={describedBy}
      onCancel={(event) => {
        // Escape: let React decide whether the dialog goes away.
        event.preventDefault();
        onClose();
      }}
    >
      <header className="dialog__header">
        <h2 id={titleId}>{title}</h2>
        <button type="button" className="icon-button" onClick={onClose} aria-label={t('common.close')}>
          <span aria-hidden="true">×</span>
        </button>
      </header>
      <div className="dialog__body">{children}</div>
      {footer && <footer className="dialog__footer">{footer}</footer>}
    </dialog>
  );
}
