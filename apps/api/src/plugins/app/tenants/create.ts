import { randomInt } from 'node:crypto';
import { type Language, suggestTenantDomain, type TenantKind } from '@portal/shared';
import { isUniqueViolation } from '../../../db/database-errors.js';
import { createTenant, createUser } from '../../../db/provisioning.js';
import type { Prisma, PrismaClient } from '../../../generated/prisma/client.js';
import { errors } from '../../../lib/app-error.js';

export interface NewTenantInput {
  kind: TenantKind;
  name: string;
  /** Unset: made from the name plus a random 6-digit number (acme-123456.tenant). */
  domain?: string;
  /** The reseller a customer belongs to; required for customers, refused for resellers. */
  resellerId?: string;
}

export interface FirstAdmin {
  username: string;
  email: string;
  displayName?: string;
  /** The language of the account-created mail, until the administrator's own sign-in sets theirs. */
  language?: Language;
}

export const TENANT_SELECT = {
  id: true,
  kind: true,
  domain: true,
  name: true,
  status: true,
  parentId: true,
  createdAt: true,
} as const;

export type TenantRow = Prisma.TenantGetPayload<{ select: typeof TENANT_SELECT }>;

// A clash of two random 6-digit numbers for one name is rare; five in a row means a bug.
const GENERATED_DOMAIN_ATTEMPTS = 5;

/**
 * Creates the tenant (with its roles) and whatever `then` adds, in one transaction. A chosen
 * domain that is taken is `domain_taken`; a generated one is drawn again.
 */
export async function createTenantWithDomain<T>(
  prisma: PrismaClient,
  input: NewTenantInput,
  then: (tx: Prisma.TransactionClient, tenant: TenantRow) => Promise<T>,
): Promise<{ tenant: TenantRow; extra: T }> {
  await checkParent(prisma, input);
  for (let attempt = 1; ; attempt++) {
    const domain = input.domain ?? suggestTenantDomain(input.name, randomInt(0, 1_000_000));
    try {
      return await prisma.$transaction(async (tx) => {
        const created = await createTenant(tx, {
          kind: input.kind,
          domain,
          name: input.name.trim(),
          ...(input.resellerId ? { parentId: input.resellerId } : {}),
        });
        const tenant = await tx.tenant.findUniqueOrThrow({
          where: { id: created.id },
          select: TENANT_SELECT,
        });
        return { tenant, extra: await then(tx, tenant) };
      });
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      if (input.domain || attempt >= GENERATED_DOMAIN_ATTEMPTS) throw errors.domainTaken();
    }
  }
}

/** A customer belongs to exactly one reseller; a reseller to none. */
async function checkParent(prisma: PrismaClient, input: NewTenantInput): Promise<void> {
  if (input.kind === 'reseller') {
    if (input.resellerId)
      throw errors.invalidInput('A reseller cannot belong to a reseller.', 'reseller');
    return;
  }
  if (!input.resellerId) throw errors.invalidInput('A customer needs its reseller.', 'reseller');
  const parent = await prisma.tenant.findFirst({
    where: { id: input.resellerId, kind: 'reseller' },
    select: { id: true },
  });
  if (!parent) throw errors.notFound();
}

/** An administrator without a password: the mailed link is how they set one. */
export async function createAdmin(
  tx: Prisma.TransactionClient,
  tenantId: string,
  admin: FirstAdmin,
): Promise<{ id: string; tenantId: string; username: string; email: string; language: Language }> {
  try {
    const user = await createUser(tx, {
      tenantId,
      username: admin.username,
      displayName: admin.displayName?.trim() ?? '',
      email: admin.email,
      passwordHash: null,
      roles: ['admin'],
      ...(admin.language ? { language: admin.language } : {}),
    });
    return { ...user, email: admin.email };
  } catch (error) {
    if (isUniqueViolation(error)) throw errors.usernameTaken();
    throw error;
  }
}
