import type { SessionListItem } from '@portal/shared';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Spinner } from '@/components/ui/spinner';
import { useSessions } from '../api/get-sessions';
import { useRevokeOtherSessions } from '../api/revoke-other-sessions';
import { useRevokeSession } from '../api/revoke-session';
import { isAlreadyEnded, revokeProblemMessage } from '../session-problem';
import { RevokeOthersDialog } from './revoke-others-dialog';
import { SessionsTable } from './sessions-table';

type Outcome = { kind: 'success' | 'error'; text: string };

/** Account → Sessions: where the account is signed in; end one session or all the others. */
export function AccountSessions() {
  const { t } = useTranslation();
  const sessions = useSessions();
  const revoke = useRevokeSession();
  const revokeOthers = useRevokeOtherSessions();
  const [revokingId, setRevokingId] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const [focusHeading, setFocusHeading] = useState(false);

  // The button that was used disappears with its session: the heading takes the focus instead.
  // In an effect, so that it comes after a closing dialog has given the focus back.
  useEffect(() => {
    if (!focusHeading) return;
    heading.current?.focus();
    setFocusHeading(false);
  }, [focusHeading]);

  function finish(next: Outcome) {
    setOutcome(next);
    setRevokingId(null);
    setConfirming(false);
    revokeOthers.reset();
    setFocusHeading(true);
  }

  function revokeOne(session: SessionListItem) {
    if (revokingId !== null) return;
    setOutcome(null);
    setRevokingId(session.id);
    revoke.mutate(session.id, {
      onSuccess: () => finish({ kind: 'success', text: t('sessions.revoked') }),
      onError: (error) => {
        if (isAlreadyEnded(error)) {
          finish({ kind: 'success', text: t('sessions.alreadyEnded') });
        } else {
          setRevokingId(null);
          setOutcome({ kind: 'error', text: revokeProblemMessage(error, t) });
        }
      },
    });
  }

  function confirmRevokeOthers() {
    revokeOthers.mutate(undefined, {
      onSuccess: ({ revoked }) =>
        finish({ kind: 'success', text: t('sessions.revokeOthers.done', { count: revoked }) }),
    });
  }

  const others = sessions.data?.items.filter((session) => !session.current) ?? [];

  return (
    <div className="page page--wide">
      <h1 ref={heading} tabIndex={-1}>
        {t('sessions.heading')}
      </h1>
      <p className="page__intro">{t('sessions.intro')}</p>
      {/* Always in the page: a live region must exist before its text changes to be announced. */}
      <p className={outcome?.kind === 'success' ? 'alert alert--success' : undefined} role="status">
        {outcome?.kind === 'success' && outcome.text}
      </p>
      {outcome?.kind === 'error' && (
        <div className="alert alert--error" role="alert">
          {outcome.text}
        </div>
      )}
      {sessions.data ? (
        <>
          <SessionsTable
            sessions={sessions.data.items}
            busy={sessions.isFetching}
            revokingId={revokingId}
            onRevoke={revokeOne}
          />
          <div className="sessions__others">
            {others.length > 0 ? (
              <button
                type="button"
                className="button button--secondary"
                onClick={() => {
                  setOutcome(null);
                  setConfirming(true);
                }}
              >
                {t('sessions.revokeOthers.button')}
              </button>
            ) : (
              <p className="muted">{t('sessions.onlyThisSession')}</p>
            )}
          </div>
        </>
      ) : sessions.isError ? (
        <div className="alert alert--error" role="alert">
          <p>{t('sessions.loadError')}</p>
          <button
            type="button"
            className="button button--secondary"
            onClick={() => void sessions.refetch()}
          >
            {t('common.tryAgain')}
          </button>
        </div>
      ) : (
        <Spinner />
      )}
      {confirming && (
        <RevokeOthersDialog
          busy={revokeOthers.isPending}
          problem={revokeOthers.isError ? revokeProblemMessage(revokeOthers.error, t) : null}
          onConfirm={confirmRevokeOthers}
          onClose={() => {
            setConfirming(false);
            revokeOthers.reset();
          }}
        />
      )}
    </div>
  );
}
