import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, type WeakPasswordReason } from '@portal/shared';
import type { TFunction } from 'i18next';

/** Why a password is refused: by reason code, in the reader's language. */
export function weakPasswordMessage(reason: WeakPasswordReason | undefined, t: TFunction): string {
  if (reason === undefined) return t('common.newPassword.rejected');
  return t(`common.newPassword.reasons.${reason}`, {
    min: PASSWORD_MIN_LENGTH,
    max: PASSWORD_MAX_LENGTH,
  });
}
