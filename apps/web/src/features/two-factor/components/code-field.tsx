import { type InputHTMLAttributes, useId } from 'react';
import { TextField } from '@/components/ui/text-field';
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
};

/** The code field of a `useCodeEntry`, with the alert above it that says why a code failed. */
export function CodeField({ entry, name, label, messages, inputProps }: CodeFieldProps) {
  const alertId = useId();
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
        onChange={(event) => entry.setValue(event.target.value)}
        required
        invalid={isFieldProblem(entry.problem)}
        describedBy={entry.problem ? alertId : undefined}
      />
    </>
  );
}
