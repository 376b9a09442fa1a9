import { type FormEvent, useCallback, useEffect, useRef, useState } from 'react';
import { useFirstInvalidFocus } from '@/hooks/use-first-invalid-focus';
import { useProblemWait } from '@/hooks/use-problem-wait';
import { rememberTenantDomain } from '@/lib/last-tenant-domain';
import type { PendingAccount } from '@/lib/two-factor-setup-state';
import { useLogin } from '../api/login';
import {
  type InitialLoginProblem,
  type LoginNotice,
  type LoginProblem,
  toLoginProblem,
} from '../login-problem';
import {
  LOGIN_FIELDS,
  type LoginField,
  type LoginFieldErrors,
  type LoginFormValues,
  lockoutAccountKey,
  toLoginRequest,
} from '../login-request';

export type LoginFormOptions = {
  initialTenantDomain: string;
  /** Pre-filled after a password reset, for the account the link was for. */
  initialUsername?: string;
  initialProblem: InitialLoginProblem | null;
  initialNotice?: LoginNotice | null;
  /** Opens "Password forgotten?" at once (asked for by a reset link that no longer works). */
  initialPasswordForgotten?: boolean;
  onAuthenticated: () => void;
  /** The account must activate two-factor authentication before the session starts. */
  onEnrollmentRequired: (account: PendingAccount) => void;
};

/** What the two-factor dialog reports back to the login form. */
export type TwoFactorChallengeStep = {
  onAuthenticated: () => void;
  /** The pending step is over (expired, too many wrong codes): back to the password. */
  onExpired: () => void;
  onCancel: () => void;
};

/** What the "Password forgotten?" dialog starts with: the values typed on the login form. */
export type PasswordForgottenStep = {
  initialValues: { tenantDomain: string; username: string };
  onClose: () => void;
};

type FocusTarget = LoginField | 'passwordForgotten';

/** The state and behaviour of the login form: values, checks, the call, messages and focus. */
export function useLoginForm({
  initialTenantDomain,
  initialUsername = '',
  initialProblem,
  initialNotice = null,
  initialPasswordForgotten = false,
  onAuthenticated,
  onEnrollmentRequired,
}: LoginFormOptions) {
  const login = useLogin();
  const [values, setValues] = useState<LoginFormValues>({
    tenantDomain: initialTenantDomain,
    username: initialUsername,
    password: '',
  });
  const [fieldErrors, setFieldErrors] = useState<LoginFieldErrors>({});
  const [problem, setProblem] = useState<LoginProblem | null>(
    initialProblem ? { kind: initialProblem } : null,
  );
  const [notice, setNotice] = useState<LoginNotice | null>(initialNotice);
  const [challengeOpen, setChallengeOpen] = useState(false);
  const [passwordForgottenOpen, setPasswordForgottenOpen] = useState(initialPasswordForgotten);
  // Focus wanted once the next render is committed (after a dialog has returned focus).
  const [focusAfterRender, setFocusAfterRender] = useState<FocusTarget | null>(null);
  const inputs = useRef<Partial<Record<LoginField, HTMLInputElement | null>>>({});
  const passwordForgottenTrigger = useRef<HTMLButtonElement>(null);
  const { formRef, focusFirstInvalid } = useFirstInvalidFocus();
  // A dialog open from the start has the focus already.
  const startsInDialog = useRef(initialPasswordForgotten);
  // The tenant of the sign-in whose second step is running; remembered once it succeeds.
  const pendingTenantDomain = useRef('');

  const {
    secondsLeft: lockoutSeconds,
    waiting,
    ended: lockoutOver,
  } = useProblemWait(problem, setProblem);
  // The lockout belongs to one account: typing another one may sign in at once.
  const otherAccountLocked =
    problem?.kind === 'lockout' &&
    problem.account !== undefined &&
    problem.account !== lockoutAccountKey(values);
  const lockedOut = waiting && !otherAccountLocked;
  const busy = login.isPending;

  // Start where there is something to type: the first empty field.
  useEffect(() => {
    if (startsInDialog.current) return;
    const firstEmpty = LOGIN_FIELDS.find((field) => inputs.current[field]?.value === '');
    inputs.current[firstEmpty ?? 'password']?.focus();
  }, []);

  useEffect(() => {
    if (focusAfterRender === null) return;
    const target =
      focusAfterRender === 'passwordForgotten'
        ? passwordForgottenTrigger.current
        : inputs.current[focusAfterRender];
    target?.focus();
    setFocusAfterRender(null);
  }, [focusAfterRender]);

  const focusField = (field: LoginField) => inputs.current[field]?.focus();

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy || lockedOut) return;

    const { request, errors } = toLoginRequest(values);
    // The previous message goes while the new attempt runs, so whatever shows next is its result.
    setProblem(null);
    setNotice(null);
    setFieldErrors(errors ?? {});
    if (errors) return focusFirstInvalid();

    setValues(request);
    login.mutate(request, {
      onSuccess: (response) => {
        switch (response.status) {
          case 'authenticated':
            rememberTenantDomain(request.tenantDomain);
            onAuthenticated();
            return;
          case 'totp_required':
            pendingTenantDomain.current = request.tenantDomain;
            setChallengeOpen(true);
            return;
          case 'totp_enrollment_required':
            onEnrollmentRequired({
              tenantDomain: request.tenantDomain,
              username: request.username,
            });
            return;
        }
      },
      onError: (error) => {
        const failure = toLoginProblem(error);
        const next =
          failure.kind === 'lockout'
            ? { ...failure, account: lockoutAccountKey(request) }
            : failure;
        setProblem(next);
        if (next.kind === 'validation' && next.field) {
          setFieldErrors({ [next.field]: 'Invalid' });
          focusFirstInvalid();
          return;
        }
        setValues((current) => ({ ...current, password: '' }));
        focusField('password');
      },
    });
  }

  const challenge: TwoFactorChallengeStep = {
    onAuthenticated: () => {
      rememberTenantDomain(pendingTenantDomain.current);
      onAuthenticated();
    },
    onExpired: () => {
      setChallengeOpen(false);
      setProblem({ kind: 'loginExpired' });
      setValues((current) => ({ ...current, password: '' }));
      setFocusAfterRender('password');
    },
    onCancel: () => {
      setChallengeOpen(false);
      setFocusAfterRender('password');
    },
  };

  const passwordForgotten: PasswordForgottenStep = {
    initialValues: { tenantDomain: values.tenantDomain, username: values.username },
    // Back to the link that opened it; the form was inert until now, so focus it explicitly.
    onClose: () => {
      setPasswordForgottenOpen(false);
      setFocusAfterRender('passwordForgotten');
    },
  };

  const setField = useCallback((field: LoginField, value: string) => {
    setValues((current) => ({ ...current, [field]: value }));
  }, []);

  const registerInput = useCallback(
    (field: LoginField) => (element: HTMLInputElement | null) => {
      inputs.current[field] = element;
    },
    [],
  );

  return {
    values,
    fieldErrors,
    // Another account's lockout is not this one's business; it comes back with that account.
    problem: otherAccountLocked ? null : problem,
    notice,
    lockoutSeconds,
    lockedOut,
    lockoutOver,
    busy,
    challenge: challengeOpen ? challenge : null,
    passwordForgotten: passwordForgottenOpen ? passwordForgotten : null,
    openPasswordForgotten: () => setPasswordForgottenOpen(true),
    passwordForgottenTrigger,
    formRef,
    handleSubmit,
    setField,
    registerInput,
  };
}
