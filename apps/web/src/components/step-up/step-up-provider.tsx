import { type ComponentType, type ReactNode, useCallback, useRef, useState } from 'react';
import { needsStepUp, StepUpCancelled, StepUpContext, type WithStepUp } from '@/lib/step-up';
import { StepUpDialog } from './step-up-dialog';

type Pending = { confirmed: () => void; cancelled: () => void };

/**
 * Lets any page run a sensitive action with `useStepUp()`: the dialog opens only when the API
 * asks for a fresh proof, and the action the person started then finishes by itself.
 */
export function StepUpProvider({
  children,
  alternative,
}: {
  children: ReactNode;
  /** Another way to confirm, offered above password and code (the app passes the passkey). */
  alternative?: ComponentType<{ onConfirmed: () => void }>;
}) {
  const [pending, setPending] = useState<Pending | null>(null);
  const pendingRef = useRef<Pending | null>(null);

  const ask = useCallback(
    () =>
      new Promise<void>((resolve, reject) => {
        const next: Pending = {
          confirmed: () => resolve(),
          cancelled: () => reject(new StepUpCancelled()),
        };
        pendingRef.current = next;
        setPending(next);
      }),
    [],
  );

  const withStepUp: WithStepUp = useCallback(
    async (action) => {
      try {
        return await action();
      } catch (error) {
        if (!needsStepUp(error)) throw error;
        await ask();
        return action();
      }
    },
    [ask],
  );

  function close(outcome: 'confirmed' | 'cancelled') {
    const current = pendingRef.current;
    pendingRef.current = null;
    setPending(null);
    current?.[outcome]();
  }

  return (
    <StepUpContext.Provider value={withStepUp}>
      {children}
      {pending && (
        <StepUpDialog
          alternative={alternative}
          onConfirmed={() => close('confirmed')}
          onCancel={() => close('cancelled')}
        />
      )}
    </StepUpContext.Provider>
  );
}
