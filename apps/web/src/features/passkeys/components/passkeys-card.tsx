import type { PasskeyItem } from '@portal/shared';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { formatDate } from '@/lib/format-date';
import { meQueryOptions } from '@/lib/me';
import { useStepUp } from '@/lib/step-up';
import { listPasskeys, removePasskey, renamePasskey } from '../api/passkeys';
import { passkeyProblem } from '../passkey-problem';
import { PASSKEYS_KEY } from '../passkeys-query';
import { AddPasskeyForm } from './add-passkey-form';

/** Account → Security: the account's passkeys, to add (after "Confirm it's you"), rename, remove. */
export function PasskeysCard() {
  const { t } = useTranslation();
  const headingId = useId();
  const queryClient = useQueryClient();
  const withStepUp = useStepUp();
  const passkeys = useQuery({ queryKey: PASSKEYS_KEY, queryFn: listPasskeys });
  const [notice, setNotice] = useState<string | null>(null);
  const [removing, setRemoving] = useState<PasskeyItem | null>(null);

  function changed(message: string) {
    setNotice(message);
    void queryClient.invalidateQueries({ queryKey: PASSKEYS_KEY });
    // /api/me says whether two-factor authentication is on (status, banner).
    void queryClient.invalidateQueries({ queryKey: meQueryOptions().queryKey });
  }

  return (
    <section className="card settings-card" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('passkeys.heading')}</h2>
      <p>{t('passkeys.intro')}</p>
      <p className="settings-card__status" role="status">
        {notice}
      </p>
      {passkeys.data?.passkeys.length === 0 && <p>{t('passkeys.none')}</p>}
      {passkeys.data && passkeys.data.passkeys.length > 0 && (
        <ul className="passkey-list" aria-label={t('passkeys.heading')}>
          {passkeys.data.passkeys.map((passkey) => (
            <PasskeyRow
              key={passkey.id}
              passkey={passkey}
              onRenamed={() => changed(t('passkeys.renamed'))}
              onRemove={() => setRemoving(passkey)}
            />
          ))}
        </ul>
      )}
      <AddPasskeyForm
        submitLabel={t('passkeys.add')}
        run={withStepUp}
        onAdded={() => changed(t('passkeys.added'))}
      />
      {removing && (
        <RemovePasskeyDialog
          passkey={removing}
          remove={() => withStepUp(() => removePasskey(removing.id))}
          onRemoved={() => {
            setRemoving(null);
            changed(t('passkeys.removed'));
          }}
          onClose={() => setRemoving(null)}
        />
      )}
    </section>
  );
}

function PasskeyRow({
  passkey,
  onRenamed,
  onRemove,
}: {
  passkey: PasskeyItem;
  onRenamed: () => void;
  onRemove: () => void;
}) {
  const { t, i18n } = useTranslation();
  const [editing, setEditing] = useState(false);
  const [name, setName] = useState(passkey.name);
  const [problem, setProblem] = useState<string | null>(null);
  const inputId = useId();

  async function save() {
    const trimmed = name.trim();
    if (!trimmed) {
      setProblem(t('passkeys.nameRequired'));
      return;
    }
    try {
      await renamePasskey(passkey.id, trimmed);
      setEditing(false);
      setProblem(null);
      onRenamed();
    } catch (error) {
      setProblem(passkeyProblem(error, t));
    }
  }

  return (
    <li className="passkey-list__item">
      {editing ? (
        <form
          className="passkey-list__rename"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            void save();
          }}
        >
          <label htmlFor={inputId}>{t('passkeys.name')}</label>
          <input
            id={inputId}
            value={name}
            maxLength={64}
            autoComplete="off"
            aria-invalid={problem ? true : undefined}
            onChange={(event) => setName(event.target.value)}
          />
          <button type="submit" className="button button--primary">
            {t('passkeys.save')}
          </button>
          <button type="button" className="button" onClick={() => setEditing(false)}>
            {t('passkeys.cancel')}
          </button>
          {problem && (
            <p role="alert" className="alert alert--error">
              {problem}
            </p>
          )}
        </form>
      ) : (
        <>
          <strong className="passkey-list__name">{passkey.name}</strong>
          <span className="passkey-list__meta">
            {t('passkeys.created', { date: formatDate(passkey.createdAt, i18n.language) })} ·{' '}
            {passkey.lastUsedAt
              ? t('passkeys.lastUsed', { date: formatDate(passkey.lastUsedAt, i18n.language) })
              : t('passkeys.neverUsed')}
          </span>
          <button
            type="button"
            className="button button--secondary"
            aria-label={`${t('passkeys.rename')}: ${passkey.name}`}
            onClick={() => setEditing(true)}
          >
            {t('passkeys.rename')}
          </button>
          <button
            type="button"
            className="button button--secondary"
            aria-label={`${t('passkeys.remove')}: ${passkey.name}`}
            onClick={onRemove}
          >
            {t('passkeys.remove')}
          </button>
        </>
      )}
    </li>
  );
}

function RemovePasskeyDialog({
  passkey,
  remove,
  onRemoved,
  onClose,
}: {
  passkey: PasskeyItem;
  remove: () => Promise<unknown>;
  onRemoved: () => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  async function confirm() {
    setBusy(true);
    setProblem(null);
    try {
      await remove();
      onRemoved();
    } catch (error) {
      setProblem(passkeyProblem(error, t));
    } finally {
      setBusy(false);
    }
  }

  return (
    <ConfirmDialog
      title={t('passkeys.removeTitle', { name: passkey.name })}
      text={t('passkeys.removeText')}
      confirmLabel={t('passkeys.remove')}
      cancelLabel={t('passkeys.cancel')}
      busyLabel={t('passkeys.working')}
      busy={busy}
      problem={problem}
      onConfirm={() => void confirm()}
      onClose={onClose}
    />
  );
}
