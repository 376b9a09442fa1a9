import { USERNAME_MAX_LENGTH, USERNAME_MIN_LENGTH } from '@portal/shared';
import type { TFunction } from 'i18next';
import { CUSTOMER_NAME_MAX_LENGTH } from './constants';
import type { CustomerFieldProblem, CustomerFormField } from './customer-form';

/** What to tell about a field of "Add customer", by field and problem. */
export function customerFieldMessage(
  field: CustomerFormField,
  problem: CustomerFieldProblem,
  t: TFunction,
): string {
  const e = 'customers.add.errors';
  switch (`${field}:${problem}`) {
    case 'name:required':
      return t(`${e}.nameRequired`);
    case 'name:tooLong':
      return t(`${e}.nameTooLong`, { max: CUSTOMER_NAME_MAX_LENGTH });
    case 'domain:invalid':
    case 'domain:tooLong':
      return t(`${e}.domainInvalid`);
    case 'domain:taken':
      return t(`${e}.domainTaken`);
    case 'username:required':
      return t(`${e}.usernameRequired`);
    case 'username:too_short':
      return t(`${e}.usernameTooShort`, { min: USERNAME_MIN_LENGTH });
    case 'username:too_long':
      return t(`${e}.usernameTooLong`, { max: USERNAME_MAX_LENGTH });
    case 'username:characters':
      return t(`${e}.usernameCharacters`);
    case 'email:required':
      return t(`${e}.emailRequired`);
    case 'email:invalid':
    case 'email:tooLong':
      return t(`${e}.emailInvalid`);
    default:
      return problem === 'tooLong' ? t(`${e}.tooLong`) : t(`${e}.invalid`);
  }
}
