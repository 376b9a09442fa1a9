/** The account's passkeys in the query cache: the card and the step-up read the same list. */
export const PASSKEYS_KEY = ['passkeys'] as const;
