import { useEffect } from 'react';
import { useCountdown } from '@/hooks/use-countdown';

/**
 * The wait of a problem that ends at a deadline (a lockout, a rate limit): the seconds left, and
 * whether the form must still wait. Once the wait is over, the problem is cleared.
 */
export function useProblemWait(
  problem: { kind: string; until?: number } | null,
  setProblem: (problem: null) => void,
) {
  const until = problem?.until;
  const secondsLeft = useCountdown(until ?? null);

  useEffect(() => {
    if (until !== undefined && secondsLeft === 0) setProblem(null);
  }, [until, secondsLeft, setProblem]);

  return { secondsLeft, waiting: until !== undefined && secondsLeft > 0 };
}
