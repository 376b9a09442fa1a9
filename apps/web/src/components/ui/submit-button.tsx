import type { ReactNode } from 'react';

type SubmitButtonProps = {
  busy: boolean;
  /** Announced to screen readers while busy (the spinner alone says nothing). */
  busyLabel: string;
  disabled?: boolean;
  className?: string;
  children: ReactNode;
};

/** A form's primary button: a spinner while the call runs, and a status for screen readers. */
export function SubmitButton({
  busy,
  busyLabel,
  disabled = false,
  className = 'button button--primary button--block',
  children,
}: SubmitButtonProps) {
  return (
    <>
      <button type="submit" className={className} disabled={busy || disabled}>
        {busy && <span className="button__spinner" aria-hidden="true" />}
        {children}
      </button>
      {busy && (
        <p className="visually-hidden" role="status">
          {busyLabel}
        </p>
      )}
    </>
  );
}
