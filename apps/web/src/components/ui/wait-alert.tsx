import { useState } from 'react';

type WaitAlertProps = {
  id?: string | undefined;
  /** The message with the time left, as it reads now ("Try again in 42 seconds."). */
  message: string;
};

/**
 * A wait (lockout, rate limit) that screen readers hear once, as it was when it began; the time
 * left then counts down on screen only: a live region that changed every second would be read
 * out every second, for up to 15 minutes. The end of the wait is announced by the form, with
 * WaitOverAnnouncement.
 */
export function WaitAlert({ id, message }: WaitAlertProps) {
  // Kept from the first render: a live region that never changes is announced once.
  const [announcement] = useState(message);
  return (
    <div id={id} className="alert alert--error">
      <span role="alert" className="visually-hidden">
        {announcement}
      </span>
      <span aria-hidden="true" data-countdown="">
        {message}
      </span>
    </div>
  );
}

/**
 * Says once, politely, that the form can be used again when a wait has ended. The region is
 * always there (empty until then): screen readers reliably read a change in a live region that
 * already exists, not one that appears with its text.
 */
export function WaitOverAnnouncement({ message }: { message: string | null }) {
  return (
    <p aria-live="polite" className="visually-hidden" data-testid="wait-over">
      {message}
    </p>
  );
}
