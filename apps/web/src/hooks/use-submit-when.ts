import { type RefObject, useEffect, useRef } from 'react';

/**
 * Sends the form of `input` once the value typed last is complete (the sixth digit of a code),
 * after the render that holds it, so the submit handler reads that value. Only typing arms it:
 * a value set by the program (cleared after a refused code) is never sent by itself.
 */
export function useSubmitWhenComplete(input: RefObject<HTMLInputElement | null>, value: string) {
  const armed = useRef(false);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `value` is the trigger: the effect runs after the render that holds what was typed.
  useEffect(() => {
    if (!armed.current) return;
    armed.current = false;
    input.current?.form?.requestSubmit();
  }, [value, input]);

  /** Call with whether what was just typed is complete. */
  return (complete: boolean) => {
    armed.current = complete;
  };
}
