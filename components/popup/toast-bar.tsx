import { useEffect } from 'preact/hooks';

export interface Toast {
  text: string;
  undo?: (() => void) | undefined;
  /** The undo button's words (they load with the action that made the toast). */
  undoLabel?: string;
}

const VISIBLE_MS = 8000;

/** A polite live region: what just happened, with an undo while it is shown. */
export function ToastBar({ toast, onDone }: { toast: Toast | null; onDone: () => void }) {
  useEffect(() => {
    if (!toast) return;
    const timer = setTimeout(onDone, VISIBLE_MS);
    return () => clearTimeout(timer);
  }, [toast, onDone]);
  return (
    <div class="toast" role="status" aria-live="polite">
      {toast && (
        <>
          <span>{toast.text}</span>
          {toast.undo && (
            <button type="button" class="btn btn--quiet" onClick={toast.undo}>
              {toast.undoLabel}
            </button>
          )}
        </>
      )}
    </div>
  );
}
