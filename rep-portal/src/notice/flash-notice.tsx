import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { strings } from '../strings';

interface FlashNotice {
  message: string;
  /** URL path (without query) of the page that shows the notice. */
  pathname: string;
}

export interface FlashNoticeHandle {
  notice: FlashNotice | null;
  /** Show `message` on the page at `path`, usually just before navigating there. */
  show(message: string, path: string): void;
  dismiss(): void;
}

const FlashNoticeContext = createContext<FlashNoticeHandle | null>(null);

/**
 * Hold one confirmation that outlives a navigation, such as "Lead rejected: No fit." shown on the queue
 * after the lead page closes.
 */
export function FlashNoticeProvider({ children }: { children: ReactNode }) {
  const [notice, setNotice] = useState<FlashNotice | null>(null);

  const show = useCallback((message: string, path: string) => {
    setNotice({ message, pathname: new URL(path, window.location.origin).pathname });
  }, []);
  const dismiss = useCallback(() => setNotice(null), []);

  const handle = useMemo(() => ({ notice, show, dismiss }), [notice, show, dismiss]);

  return <FlashNoticeContext.Provider value={handle}>{children}</FlashNoticeContext.Provider>;
}

export function useFlashNotice(): FlashNoticeHandle {
  const handle = useContext(FlashNoticeContext);
  if (handle === null) throw new Error('useFlashNotice must be used inside <FlashNoticeProvider>.');

  return handle;
}

/**
 * Show the flash notice while the user is on its page. The notice goes away at the next navigation
 * to another page, or when the user dismisses it.
 */
export function FlashNoticeOutlet({ path }: { path: string }) {
  const { notice, dismiss } = useFlashNotice();
  const previousPath = useRef(path);

  useEffect(() => {
    const navigated = previousPath.current !== path;
    previousPath.current = path;

    if (navigated && notice !== null && notice.pathname !== path) dismiss();
  }, [path, notice, dismiss]);

  if (notice === null || notice.pathname !== path) return null;

  return (
    <div role="status" className="notice flash-notice">
      <span>{notice.message}</span>
      <button type="button" className="button quiet" onClick={dismiss}>
        {strings.notice.dismiss}
      </button>
    </div>
  );
}
