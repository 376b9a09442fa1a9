import { useEffect, useReducer } from 'react';

function secondsUntil(deadline: number | null): number {
  return deadline === null ? 0 : Math.max(0, Math.ceil((deadline - Date.now()) / 1000));
}

/** Whole seconds left until `deadline` (epoch ms), re-rendering once a second; 0 once passed. */
export function useCountdown(deadline: number | null): number {
  const [, tick] = useReducer((count: number) => count + 1, 0);

  useEffect(() => {
    if (deadline === null) return;
    const timer = window.setInterval(() => {
      tick();
      if (Date.now() >= deadline) window.clearInterval(timer);
    }, 1000);
    return () => window.clearInterval(timer);
  }, [deadline]);

  // Computed while rendering, so a new deadline never shows a stale value for one frame.
  return secondsUntil(deadline);
}
