import { type ComponentChildren, createContext } from 'preact';
import { useCallback, useContext, useEffect, useRef, useState } from 'preact/hooks';
import { useTexts } from './texts';

export interface ToastMessage {
  text: string;
  /** An undo (or other) action offered with the message. */
  action?: { label: string; run: () => Promise<void> | void };
}

const ToastContext = createContext<(message: ToastMessage) => void>(() => {});
export const useToast = () => useContext(ToastContext);

/** How long an undo stays offered. */
export const TOAST_MS = 10_000;

/** One message at a time at the bottom of the page, announced politely, with its undo button. */
export function ToastHost({ children }: { children: ComponentChildren }) {
  const { t } = useTexts();
  const [message, setMessage] = useState<ToastMessage | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout>>();
  const show = useCallback((next: ToastMessage) => {
    clearTimeout(timer.current);
    setMessage(next);
    timer.current = setTimeout(() => setMessage(null), TOAST_MS);
  }, []);
  useEffect(() => () => clearTimeout(timer.current), []);
  return (
    <ToastContext.Provider value={show}>
      {children}
      <div class="toast-region" role="status" aria-live="polite">
        {message && (
          <div class="toast">
            <span>{message.text}</span>
            {message.action && (
              <button
                type="button"
                class="button button--small"
                onClick={async () => {
                  const action = message.action;
                  setMessage(null);
                  await action?.run();
                }}
              >
                {message.action.label}
              </button>
            )}
            <button type="button" class="toast__close" aria-label={t('common.close')} onClick={() => setMessage(null)}>
              ×
            </button>
          </div>
        )}
      </div>
    </ToastContext.Provider>
  );
}
