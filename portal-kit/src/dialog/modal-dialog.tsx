import { useEffect, useId, useRef, type ReactNode } from 'react';

export interface ModalDialogProps {
  open: boolean;
  title: string;
  children: ReactNode;
  /** Called on Escape and when the caller's own buttons close the dialog; the dialog stays open until `open` is false. */
  onClose: () => void;
  /** Keeps the dialog open on Escape, such as while a form in it waits for the server. */
  busy?: boolean;
  className?: string;
}

/**
 * Show content in a modal `<dialog>` with a heading: focus moves into it, the page behind it is inert,
 * and Escape calls `onClose`. Unlike `ConfirmDialog` it has no buttons of its own, so it can hold a form.
 */
export function ModalDialog({ open, title, children, onClose, busy = false, className }: ModalDialogProps) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const titleId = useId();

  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog === null) return;

    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);

  return (
    <dialog
      ref={dialogRef}
      className={className === undefined ? 'confirm-dialog' : `confirm-dialog ${className}`}
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        if (!busy) onClose();
      }}
    >
      <h2 id={titleId}>{title}</h2>
      {open && children}
    </dialog>
  );
}
