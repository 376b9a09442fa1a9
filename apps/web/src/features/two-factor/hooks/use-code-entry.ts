import { useRef, useState } from 'react';
import { useProblemWait } from '@/hooks/use-problem-wait';
import { type CodeFailure, type CodeProblem, toCodeFailure } from '../code-problem';

type CodeCheck = {
  /** What is sent for what was typed (e.g. without spaces). */
  normalize: (value: string) => string;
  isValid: (code: string) => boolean;
};

export type CodeEntry = ReturnType<typeof useCodeEntry>;

/**
 * One code field with its problem: the check before sending, the lockout countdown, and after a
 * rejected code an empty, focused field ready for the next one.
 */
export function useCodeEntry() {
  const [value, setValue] = useState('');
  const [problem, setProblem] = useState<CodeProblem | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);

  const { secondsLeft: lockoutSeconds, waiting: lockedOut } = useProblemWait(problem, setProblem);

  const focus = () => inputRef.current?.focus();

  /** The code to send, or null (and the reason shown) when it cannot be right. */
  function take({ normalize, isValid }: CodeCheck): string | null {
    const code = normalize(value);
    if (!isValid(code)) {
      setProblem({ kind: 'format' });
      focus();
      return null;
    }
    // The previous message goes while the code is checked: whatever shows next is its result.
    setProblem(null);
    return code;
  }

  /** Shows why the code was refused; the end of a pending sign-in is left to the caller. */
  function fail(error: unknown): CodeFailure {
    const failure = toCodeFailure(error);
    if (failure.kind === 'loginExpired') return failure;
    setProblem(failure);
    setValue('');
    focus();
    return failure;
  }

  function reset() {
    setValue('');
    setProblem((current) => (current?.kind === 'lockout' ? current : null));
  }

  return {
    value,
    setValue,
    problem,
    lockoutSeconds,
    lockedOut,
    inputRef,
    focus,
    take,
    fail,
    reset,
  };
}
