import { useTranslation } from 'react-i18next';
import { type CodeProblem, codeProblemMessage } from '../code-problem';

type CodeAlertProps = {
  id: string;
  problem: CodeProblem;
  /** The texts for a code of the wrong shape and for a refused code. */
  messages: { format: string; invalidCode: string };
  /** Seconds left of a lockout; the message counts down with it. */
  lockoutSeconds: number;
};

/** Why a code was not accepted, announced as soon as it appears; the field points to it. */
export function CodeAlert({ id, problem, messages, lockoutSeconds }: CodeAlertProps) {
  const { t } = useTranslation();
  return (
    <div id={id} role="alert" className="alert alert--error">
      {codeProblemMessage(problem, messages, lockoutSeconds, t)}
    </div>
  );
}
