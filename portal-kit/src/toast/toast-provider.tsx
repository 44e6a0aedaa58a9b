import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { ErrorDisplay } from '../errors/error-display';

/** How long a success message stays on screen. Error messages stay until the user dismisses them. */
const SUCCESS_VISIBLE_MS = 6_000;

export interface ToastStrings {
  /** Accessible name of the region that contains the messages. */
  regionLabel: string;
  dismiss: string;
}

export interface Toasts {
  /** Show a short confirmation that an action succeeded. */
  success(message: string): void;
  /** Show an API error with its code title and its problems by field or path. */
  error(error: unknown, options?: { title?: string; fieldLabels?: Record<string, string> }): void;
}

type Toast =
  | { id: number; tone: 'success'; message: string }
  | { id: number; tone: 'error'; error: unknown; title?: string; fieldLabels?: Record<string, string> };

const ToastContext = createContext<Toasts | null>(null);

export interface ToastProviderProps {
  strings: ToastStrings;
  children: ReactNode;
}

/** Hold the action messages of a portal and show them in a fixed region at the bottom of the page. */
export function ToastProvider({ strings, children }: ToastProviderProps) {
  const [toasts, setToasts] = useState<Toast[]>([]);
  const nextId = useRef(1);

  const dismiss = useCallback((id: number) => {
    setToasts((current) => current.filter((toast) => toast.id !== id));
  }, []);

  const toastApi = useMemo<Toasts>(
    () => ({
      success(message) {
        const id = nextId.current++;
        setToasts((current) => [...current, { id, tone: 'success', message }]);
      },
      error(error, options = {}) {
        const id = nextId.current++;
        setToasts((current) => [...current, { id, tone: 'error', error, ...options }]);
      },
    }),
    [],
  );

  return (
    <ToastContext.Provider value={toastApi}>
      {children}
      <section className="toast-region" aria-label={strings.regionLabel}>
        {toasts.map((toast) => (
          <ToastItem key={toast.id} toast={toast} dismissLabel={strings.dismiss} onDismiss={dismiss} />
        ))}
      </section>
    </ToastContext.Provider>
  );
}

interface ToastItemProps {
  toast: Toast;
  dismissLabel: string;
  onDismiss: (id: number) => void;
}

function ToastItem({ toast, dismissLabel, onDismiss }: ToastItemProps) {
  useEffect(() => {
    if (toast.tone !== 'success') return undefined;

    const timer = window.setTimeout(() => onDismiss(toast.id), SUCCESS_VISIBLE_MS);

    return () => window.clearTimeout(timer);
  }, [toast, onDismiss]);

  return (
    <div className={`toast ${toast.tone}`}>
      {toast.tone === 'success' ? (
        <p role="status" className="toast-message">
          {toast.message}
        </p>
      ) : (
        <div className="toast-message">
          {toast.title !== undefined && <p className="toast-title">{toast.title}</p>}
          <ErrorDisplay error={toast.error} fieldLabels={toast.fieldLabels} />
        </div>
      )}
      <button type="button" className="button quiet toast-dismiss" onClick={() => onDismiss(toast.id)}>
        {dismissLabel}
      </button>
    </div>
  );
}

/** Return the portal's toast functions; the caller must sit inside `<ToastProvider>`. */
export function useToasts(): Toasts {
  const toasts = useContext(ToastContext);
  if (toasts === null) throw new Error('useToasts must be used inside <ToastProvider>.');

  return toasts;
}
