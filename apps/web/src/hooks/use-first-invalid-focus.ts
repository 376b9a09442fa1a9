import { useEffect, useRef, useState } from 'react';

/**
 * Where the focus goes after a failed submit, the same in every form: to the first field marked
 * invalid (aria-invalid="true"), in the order the form shows its fields. It is looked up once the
 * render that marks the fields is on screen, so a check that marks several fields at once, a
 * refusal from the server, or "the passwords do not match" all end on the field to fix first.
 */
export function useFirstInvalidFocus<Form extends HTMLElement = HTMLFormElement>() {
  const formRef = useRef<Form>(null);
  // Counts the requests: two failed submits in a row must both move the focus.
  const [requests, setRequests] = useState(0);

  useEffect(() => {
    if (requests === 0) return;
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [requests]);

  return { formRef, focusFirstInvalid: () => setRequests((count) => count + 1) };
}
