import { type InputHTMLAttributes, useId } from 'react';
import { TextField } from '@/components/ui/text-field';
import { useSubmitWhenComplete } from '@/hooks/use-submit-when';
import { isCompleteTotpCode, keepTotpInput } from '@/lib/totp-code';
import { isFieldProblem } from '../code-problem';
import type { CodeEntry } from '../hooks/use-code-entry';
import { CodeAlert } from './code-alert';

type CodeFieldProps = {
  entry: CodeEntry;
  name: string;
  label: string;
  /** The texts for a code of the wrong shape and for a refused code. */
  messages: { format: string; invalidCode: string };
  /** How the browser treats the input (autocomplete, keyboard, length). */
  inputProps: InputHTMLAttributes<HTMLInputElement>;
  /** An authenticator code: digits only (spaces tolerated), sent on the sixth digit. */
  totp?: boolean;
};

/**
 * The code field of a `useCodeEntry`, with the alert above it that says why a code failed. An
 * authenticator code sends itself on the sixth digit; the form's button stays for those who
 * prefer it and for Enter.
 */
export function CodeField({
  entry,
  name,
  label,
  messages,
  inputProps,
  totp = false,
}: CodeFieldProps) {
  const alertId = useId();
  const submitWhenComplete = useSubmitWhenComplete(entry.inputRef, entry.value);

  function change(typed: string) {
    const value = totp ? keepTotpInput(typed) : typed;
    entry.setValue(value);
    if (totp) submitWhenComplete(isCompleteTotpCode(value));
  }

  return (
    <>
      {entry.problem && (
        <CodeAlert
          id={alertId}
          problem={entry.problem}
          lockoutSeconds={entry.lockoutSeconds}
          messages={messages}
        />
      )}
      <TextField
        {...inputProps}
        ref={entry.inputRef}
        name={name}
        label={label}
        value={entry.value}
        onChange={(event) => change(event.target.value)}
        required
        invalid={isFieldProblem(entry.problem)}
        describedBy={entry.problem ? alertId : undefined}
      />
    </>
  );
}
