import type { LoginStatus } from '@portal/shared';
import { type FormEvent, useCallback, useEffect, useRef, useState } from 'react';
import { useCountdown } from '@/hooks/use-countdown';
import { rememberTenantDomain } from '@/lib/last-tenant-domain';
import { useLogin } from '../api/login';
import { type LoginProblem, toLoginProblem } from '../login-problem';
import {
  LOGIN_FIELDS,
  type LoginField,
  type LoginFieldErrors,
  type LoginFormValues,
  toLoginRequest,
} from '../login-request';

type LoginFormOptions = {
  initialTenantDomain: string;
  sessionEnded: boolean;
  onAuthenticated: () => void;
};

/** The state and behaviour of the login form: values, checks, the call, messages and focus. */
export function useLoginForm({
  initialTenantDomain,
  sessionEnded,
  onAuthenticated,
}: LoginFormOptions) {
  const login = useLogin();
  const [values, setValues] = useState<LoginFormValues>({
    tenantDomain: initialTenantDomain,
    username: '',
    password: '',
  });
  const [fieldErrors, setFieldErrors] = useState<LoginFieldErrors>({});
  const [problem, setProblem] = useState<LoginProblem | null>(
    sessionEnded ? { kind: 'sessionEnded' } : null,
  );
  const [notice, setNotice] = useState<Exclude<LoginStatus, 'authenticated'> | null>(null);
  const inputs = useRef<Partial<Record<LoginField, HTMLInputElement | null>>>({});

  const lockoutSeconds = useCountdown(problem?.kind === 'lockout' ? problem.until : null);
  const lockedOut = problem?.kind === 'lockout' && lockoutSeconds > 0;
  const busy = login.isPending;

  useEffect(() => {
    if (problem?.kind === 'lockout' && lockoutSeconds === 0) setProblem(null);
  }, [problem, lockoutSeconds]);

  // Start where there is something to type: the first empty field.
  useEffect(() => {
    const firstEmpty = LOGIN_FIELDS.find((field) => inputs.current[field]?.value === '');
    inputs.current[firstEmpty ?? 'password']?.focus();
  }, []);

  const focusField = (field: LoginField) => inputs.current[field]?.focus();

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy || lockedOut) return;

    const { request, errors } = toLoginRequest(values);
    setNotice(null);
    // The previous message goes while the new attempt runs, so whatever shows next is its result.
    setProblem(null);
    setFieldErrors(errors ?? {});
    if (errors) {
      const firstInvalid = LOGIN_FIELDS.find((field) => errors[field]);
      if (firstInvalid) focusField(firstInvalid);
      return;
    }

    setValues(request);
    login.mutate(request, {
      onSuccess: (response) => {
        if (response.status === 'authenticated') {
          rememberTenantDomain(request.tenantDomain);
          onAuthenticated();
        } else {
          // Two-factor steps arrive with a later issue; until then say why sign-in stops here.
          setNotice(response.status);
        }
      },
      onError: (error) => {
        const next = toLoginProblem(error);
        setProblem(next);
        if (next.kind === 'validation' && next.field) {
          setFieldErrors({ [next.field]: 'Invalid' });
          focusField(next.field);
          return;
        }
        setValues((current) => ({ ...current, password: '' }));
        focusField('password');
      },
    });
  }

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
    problem,
    notice,
    lockoutSeconds,
    lockedOut,
    busy,
    handleSubmit,
    setField,
    registerInput,
  };
}
