import { useEffect, useState } from 'react';
import { useCountdown } from '@/hooks/use-countdown';

/**
 * The wait of a problem that ends at a deadline (a lockout, a rate limit): the seconds left, and
 * whether the form must still wait. Once the wait is over, the problem is cleared and `ended` is
 * true (until the next problem), for the form to say once that it can be used again.
 */
export function useProblemWait(
  problem: { kind: string; until?: number } | null,
  setProblem: (problem: null) => void,
) {
  const until = problem?.until;
  const secondsLeft = useCountdown(until ?? null);
  const [ended, setEnded] = useState(false);

  useEffect(() => {
    if (until !== undefined && secondsLeft === 0) {
      setProblem(null);
      setEnded(true);
    }
  }, [until, secondsLeft, setProblem]);

  // A new problem: the wait that ended is old news. (Only when needed: no update on each tick.)
  if (problem !== null && ended) setEnded(false);

  return { secondsLeft, waiting: until !== undefined && secondsLeft > 0, ended };
}
