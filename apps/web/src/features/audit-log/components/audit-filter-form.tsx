import { AUDIT_EVENT_TYPES, type UserListItem } from '@portal/shared';
import { type ReactNode, type Ref, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from '@/components/ui/text-field';
import { type AuditFilterName, type AuditFilters, hasFilters } from '../audit-filters';
import { eventLabelKey } from '../event-types';

type AuditFilterFormProps = {
  filters: AuditFilters;
  /** The tenant's users for the user filter; null hides it (no users.read, or not loaded). */
  users: readonly UserListItem[] | null;
  rangeReversed: boolean;
  onChange: (name: AuditFilterName, value: string) => void;
  onClear: () => void;
};

/** Event type, user and days: each change applies at once (and goes into the URL). */
export function AuditFilterForm({
  filters,
  users,
  rangeReversed,
  onChange,
  onClear,
}: AuditFilterFormProps) {
  const { t } = useTranslation();
  const typeSelect = useRef<HTMLSelectElement>(null);

  function clear() {
    onClear();
    // The button goes away with the filters: the first filter takes the focus.
    typeSelect.current?.focus();
  }

  return (
    <section aria-label={t('auditLog.filters.label')} className="audit-filters">
      <SelectField
        label={t('auditLog.filters.type')}
        selectRef={typeSelect}
        value={filters.type ?? ''}
        onChange={(value) => onChange('type', value)}
      >
        <option value="">{t('auditLog.filters.allTypes')}</option>
        {AUDIT_EVENT_TYPES.map((type) => (
          <option key={type} value={type}>
            {t(`auditLog.types.${eventLabelKey(type)}`)}
          </option>
        ))}
      </SelectField>
      {users && (
        <SelectField
          label={t('auditLog.filters.user')}
          value={filters.userId ?? ''}
          onChange={(value) => onChange('userId', value)}
        >
          <option value="">{t('auditLog.filters.allUsers')}</option>
          {users.map((user) => (
            <option key={user.id} value={user.id}>
              {user.displayName ? `${user.username} (${user.displayName})` : user.username}
            </option>
          ))}
          {/* A link may name a user who is not in the list (deleted since): keep it selectable. */}
          {filters.userId && !users.some((user) => user.id === filters.userId) && (
            <option value={filters.userId}>{filters.userId}</option>
          )}
        </SelectField>
      )}
      <TextField
        type="date"
        name="from"
        label={t('auditLog.filters.from')}
        value={filters.from ?? ''}
        max={filters.to ?? undefined}
        onChange={(event) => onChange('from', event.target.value)}
      />
      <TextField
        type="date"
        name="to"
        label={t('auditLog.filters.to')}
        value={filters.to ?? ''}
        min={filters.from ?? undefined}
        onChange={(event) => onChange('to', event.target.value)}
        error={rangeReversed ? t('auditLog.filters.toBeforeFrom') : undefined}
      />
      {hasFilters(filters) && (
        <div className="audit-filters__clear">
          <button type="button" className="button button--secondary" onClick={clear}>
            {t('auditLog.filters.clear')}
          </button>
        </div>
      )}
    </section>
  );
}

type SelectFieldProps = {
  label: string;
  value: string;
  onChange: (value: string) => void;
  selectRef?: Ref<HTMLSelectElement>;
  children: ReactNode;
};

function SelectField({ label, value, onChange, selectRef, children }: SelectFieldProps) {
  const id = useId();
  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <select
        ref={selectRef}
        id={id}
        className="field__input"
        value={value}
        onChange={(event) => onChange(event.target.value)}
      >
        {children}
      </select>
    </div>
  );
}
