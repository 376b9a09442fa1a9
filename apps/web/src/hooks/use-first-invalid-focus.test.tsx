import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { type FormEvent, useState } from 'react';
import { describe, expect, it } from 'vitest';
import { useFirstInvalidFocus } from './use-first-invalid-focus';

/** Two fields that are both required; the second must also repeat the first. */
function RepeatForm() {
  const [first, setFirst] = useState('');
  const [second, setSecond] = useState('');
  const [checked, setChecked] = useState(false);
  const { formRef, focusFirstInvalid } = useFirstInvalidFocus();
  const firstInvalid = checked && first === '';
  const secondInvalid = checked && (second === '' || second !== first);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setChecked(true);
    if (first === '' || second !== first) focusFirstInvalid();
  }

  return (
    <form ref={formRef} onSubmit={submit} noValidate>
      <input
        aria-label="First"
        value={first}
        onChange={(event) => setFirst(event.target.value)}
        aria-invalid={firstInvalid || undefined}
      />
      <input
        aria-label="Second"
        value={second}
        onChange={(event) => setSecond(event.target.value)}
        aria-invalid={secondInvalid || undefined}
      />
      <button type="submit">Send</button>
    </form>
  );
}

describe('useFirstInvalidFocus', () => {
  it('focuses the first field the failed submit marked, in the order of the form', async () => {
    const user = userEvent.setup();
    render(<RepeatForm />);
    await user.click(screen.getByRole('button', { name: 'Send' }));
    expect(screen.getByLabelText('First')).toHaveFocus();
  });

  it('focuses a field marked only by that submit (the repeat does not match)', async () => {
    const user = userEvent.setup();
    render(<RepeatForm />);
    await user.type(screen.getByLabelText('First'), 'one');
    await user.type(screen.getByLabelText('Second'), 'two');
    await user.click(screen.getByRole('button', { name: 'Send' }));
    expect(screen.getByLabelText('Second')).toHaveFocus();

    // Again after the focus was moved away: every failed submit moves it.
    await user.click(screen.getByRole('button', { name: 'Send' }));
    expect(screen.getByLabelText('Second')).toHaveFocus();
  });
});
