// SPDX-License-Identifier: EUPL-1.2
/**
 * A modal dialog of the merge view on the native <dialog> element: shown with showModal (the
 * page behind is inert, focus moves in), Escape or "Annuleren" closes it, and the browser returns
 * focus to the control that opened it.
 */
import { useEffect, useRef, type ReactNode } from 'react';

/** Props of a merge dialog. */
export interface MergeDialogProps {
  open: boolean;
  /** Id of the dialog's heading (its accessible name). */
  titleId: string;
  /** Id of the sentence that explains the dialog (its accessible description). */
  describedBy?: string;
  onClose: () => void;
  children: ReactNode;
}

/** A modal dialog. */
export function MergeDialog({ open, titleId, describedBy, onClose, children }: MergeDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);
  return (
    <dialog ref={ref} className="merge-dialog" aria-labelledby={titleId} aria-describedby={describedBy} onClose={onClose}>
      {open ? children : null}
    </dialog>
  );
}
