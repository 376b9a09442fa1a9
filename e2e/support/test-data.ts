import { randomBytes } from 'node:crypto';
import type { APIRequestContext } from '@playwright/test';
import { Authenticator } from './authenticator.js';

// Each test's own tenants and accounts, made by POST /api/dev/fixtures (DEV_FIXTURES=true). Every
// name that must be unique in the app gets a random part, so no two tests ever share data.

export const randomId = () => randomBytes(4).toString('hex');

export interface Tenant {
  id: string;
  domain: string;
  name: string;
}

export interface Account {
  tenantDomain: string;
  username: string;
  password: string;
  displayName: string;
  email: string;
  /** What the user's authenticator app holds, when the account was made with 2FA on. */
  authenticator?: Authenticator;
  recoveryCodes?: string[];
}

export type AccountWithTotp = Account & { authenticator: Authenticator; recoveryCodes: string[] };

export interface AccountSpec {
  role: 'admin' | 'user';
  /** A confirmed authenticator that no code has been used for yet. */
  totp?: boolean;
  username?: string;
  displayName?: string;
  /** The language of the account's mails (the app's default is English). */
  language?: 'en' | 'de' | 'fr';
}

export interface TenantPolicy {
  twoFactorRequiredFor?: 'admins' | 'all';
  /** Administrators without 2FA may sign in this many days more (and see a banner). */
  twoFactorGraceDays?: number;
}

interface TenantSpec extends TenantPolicy {
  kind: 'reseller' | 'customer';
  domain: string;
  name: string;
  parentDomain?: string;
  accounts?: AccountSpec[];
}

interface UserBody {
  role: AccountSpec['role'];
  totp: boolean;
  username: string;
  displayName: string;
  email: string;
  password: string;
  language?: AccountSpec['language'];
}

/** The route's answer, in request order. */
interface MadeAccount {
  tenantDomain: string;
  totp?: { secret: string; recoveryCodes: string[] };
}

/** What a request made, in request order: tenants with their accounts, then the extra accounts. */
export interface Made {
  tenants: (Tenant & { accounts: Account[] })[];
  accounts: Account[];
}

/** A tenant domain like the portal hands out, e.g. `acme-1a2b3c4d.tenant`. */
export const tenantDomain = (prefix: string) => `${prefix}-${randomId()}.tenant`;

const DAY_MS = 86_400_000;

/**
 * One call to the fixtures route: `tenants` are made in order (a customer names its reseller by
 * domain), then `accounts` are added to tenants that exist. Each account gets a username, display
 * name and e-mail address of its own unless the spec names them; all of one call share a password
 * that no other call has.
 */
export async function makeTestData(
  request: APIRequestContext,
  data: { tenants?: TenantSpec[]; accounts?: (AccountSpec & { tenantDomain: string })[] },
): Promise<Made> {
  const password = `E2E-${randomBytes(12).toString('base64url')}`;
  const userBody = (spec: AccountSpec, domain: string): UserBody => {
    const id = randomId();
    const username = spec.username ?? `${spec.role}.${id}`;
    // No role word in it: rows are checked for "User" and "Administrator".
    const displayName = spec.displayName ?? `Tester ${id}`;
    const email = `${username}@${domain.replace(/\.tenant$/, '')}.example`;
    const language = spec.language ? { language: spec.language } : {};
    const totp = spec.totp ?? false;
    return { role: spec.role, totp, username, displayName, email, password, ...language };
  };
  const tenants = (data.tenants ?? []).map(({ accounts = [], twoFactorGraceDays, ...tenant }) => ({
    ...tenant,
    ...(twoFactorGraceDays === undefined
      ? {}
      : { twoFactorGraceUntil: new Date(Date.now() + twoFactorGraceDays * DAY_MS).toISOString() }),
    users: accounts.map((spec) => userBody(spec, tenant.domain)),
  }));
  const users = (data.accounts ?? []).map(({ tenantDomain: domain, ...spec }) => ({
    tenantDomain: domain,
    ...userBody(spec, domain),
  }));

  const response = await request.post('/api/dev/fixtures', { data: { tenants, users } });
  if (response.status() !== 201) {
    throw new Error(`POST /api/dev/fixtures: ${response.status()} ${await response.text()}`);
  }
  const made = (await response.json()) as {
    tenants: (Tenant & { users: MadeAccount[] })[];
    users: MadeAccount[];
  };
  return {
    tenants: made.tenants.map(({ id, domain, name, users: got }, i) => ({
      id,
      domain,
      name,
      accounts: zipAccounts(tenants[i]?.users ?? [], got),
    })),
    accounts: zipAccounts(users, made.users),
  };
}

function zipAccounts(sent: UserBody[], got: MadeAccount[]): Account[] {
  return sent.map(({ username, displayName, email, password }, i) => {
    const { tenantDomain, totp } = got[i] as MadeAccount;
    const account = { tenantDomain, username, displayName, email, password };
    if (!totp) return account;
    const authenticator = new Authenticator(totp.secret);
    return { ...account, authenticator, recoveryCodes: totp.recoveryCodes };
  });
}

/**
 * The account's sessions proved their factors long ago: the next sensitive change asks
 * "Confirm it's you", as it would after minutes of work.
 */
export async function makeProofsStale(request: APIRequestContext, account: Account) {
  const { tenantDomain: domain, username } = account;
  const response = await request.post('/api/dev/fixtures', {
    data: { staleProofs: [{ tenantDomain: domain, username }] },
  });
  if (response.status() !== 201) {
    throw new Error(`POST /api/dev/fixtures: ${response.status()} ${await response.text()}`);
  }
}
