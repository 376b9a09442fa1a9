import { useCallback, useEffect, useRef, useState } from 'react';

export type CopyState = 'idle' | 'copied' | 'failed';

/** How long "Copied" stays before the button is back to normal. */
const CONFIRMATION_MS = 4000;

/**
 * Copies text with the async Clipboard API. Where it is missing (http, older browsers, denied
 * permission) the state says 'failed' instead of throwing, so the page can ask to copy by hand.
 */
export function useCopyToClipboard() {
  const [state, setState] = useState<CopyState>('idle');
  const timer = useRef<number | undefined>(undefined);

  useEffect(() => () => window.clearTimeout(timer.current), []);

  const copy = useCallback(async (text: string) => {
    window.clearTimeout(timer.current);
    let next: CopyState = 'failed';
    try {
      if (typeof navigator.clipboard?.writeText === 'function') {
        await navigator.clipboard.writeText(text);
        next = 'copied';
      }
    } catch {
      // Denied or not focused: same as unavailable.
    }
    setState(next);
    timer.current = window.setTimeout(() => setState('idle'), CONFIRMATION_MS);
  }, []);

  return { state, copy };
}
