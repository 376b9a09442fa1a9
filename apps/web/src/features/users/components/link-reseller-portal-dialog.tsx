import type { UserListItem } from '@portal/shared';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Modal } from '@/components/ui/modal';
import { TextField } from '@/components/ui/text-field';
import { useFirstInvalidFocus } from '@/hooks/use-first-invalid-focus';
import { useLinkUserToResellerPortal } from '../api/link-user-to-reseller-portal';
import { RSP_SUBJECT_MAX_LENGTH } from '../constants';
import { type SubjectProblem, subjectProblemOf } from '../reseller-portal-link-problem';
import { userActionProblemMessage } from '../user-action-problem';

type LinkResellerPortalDialogProps = {
  user: UserListItem;
  onDone: (message: string) => void;
  onClose: () => void;
};

/**
 * User options → Link to reseller portal: the account's ID at the portal (its OpenID Connect
 * `sub`). From then on the user signs in there; password and 2FA here end.
 */
export function LinkResellerPortalDialog({ user, onDone, onClose }: LinkResellerPortalDialogProps) {
  const { t } = useTranslation();
  const alertId = useId();
  const link = useLinkUserToResellerPortal();
  const [subject, setSubject] = useState('');
  const [subjectProblem, setSubjectProblem] = useState<SubjectProblem | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const { formRef, focusFirstInvalid } = useFirstInvalidFocus();
  const { username } = user;

  function showSubjectProblem(next: SubjectProblem) {
    setSubjectProblem(next);
    focusFirstInvalid();
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (link.isPending) return;
    setProblem(null);
    // An ID pasted with a space around it is still that ID.
    const trimmed = subject.trim();
    if (trimmed === '') return showSubjectProblem('required');
    setSubjectProblem(null);
    link.mutate(
      { userId: user.id, body: { subject: trimmed } },
      {
        onSuccess: () => onDone(t('users.linkResellerPortal.done', { username })),
        onError: (error) => {
          const refusal = subjectProblemOf(error);
          if (refusal) showSubjectProblem(refusal);
          else setProblem(userActionProblemMessage(error, t));
        },
      },
    );
  }

  return (
    <Modal
      title={t('users.linkResellerPortal.title')}
      description={t('users.linkResellerPortal.description', { username })}
      onClose={onClose}
      closeButton={false}
    >
      <form ref={formRef} noValidate onSubmit={handleSubmit} aria-busy={link.isPending}>
        {problem && (
          <div id={alertId} role="alert" className="alert alert--error">
            {problem}
          </div>
        )}
        <TextField
          name="subject"
          label={t('users.linkResellerPortal.subject')}
          hint={t('users.linkResellerPortal.subjectHint')}
          value={subject}
          onChange={(event) => setSubject(event.target.value)}
          error={
            subjectProblem ? t(`users.linkResellerPortal.errors.${subjectProblem}`) : undefined
          }
          describedBy={problem ? alertId : undefined}
          maxLength={RSP_SUBJECT_MAX_LENGTH}
          required
          autoComplete="off"
          autoCapitalize="off"
          autoCorrect="off"
          spellCheck={false}
          data-autofocus
        />
        <div className="modal__actions">
          <button type="button" className="button button--secondary" onClick={onClose}>
            {t('users.cancel')}
          </button>
          <button type="submit" className="button button--primary" disabled={link.isPending}>
            {link.isPending && <span className="button__spinner" aria-hidden="true" />}
            {t('users.linkResellerPortal.submit')}
          </button>
        </div>
        {link.isPending && (
          <p className="visually-hidden" role="status">
            {t('users.linkResellerPortal.busy')}
          </p>
        )}
      </form>
    </Modal>
  );
}
