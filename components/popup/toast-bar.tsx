import { useEffect } from 'preact/hooks';

export interface Toast {
  text: string;
  undo?: (() => void) | undefined;
}

const VISIBLE_MS = 8000;

/** A polite live region: what just happened, with an undo while it is shown. */
export function ToastBar({ toast, undoLabel, onDone }: { toast: Toast | null; undoLabel: string; onDone: () => void }) {
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
              {undoLabel}
            </button>
          )}
        </>
      )}
    </div>
  );
}
