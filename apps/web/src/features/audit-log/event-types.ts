import type { AuditEventType } from '@portal/shared';

/**
 * i18next reads dots as nesting, so "user.created" is labelled under the key "user_created".
 * Every event type has its label: the texts declare them against this type.
 */
export type EventLabelKey<Type extends string> = Type extends `${infer Group}.${infer Name}`
  ? `${Group}_${Name}`
  : Type;

export function eventLabelKey<Type extends AuditEventType>(type: Type): EventLabelKey<Type> {
  // Event types have at most one dot (AUDIT_EVENT_TYPES), which the type above mirrors.
  return type.replace('.', '_') as EventLabelKey<Type>;
}
