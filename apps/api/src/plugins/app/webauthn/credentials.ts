import type { PasskeyItem } from '@portal/shared';
import type { WebAuthnCredential } from '@simplewebauthn/server';
import type { PrismaClient } from '../../../generated/prisma/client.js';
import { knownTransports } from './ceremonies.js';

const ITEM_SELECT = {
  id: true,
  name: true,
  deviceType: true,
  backedUp: true,
  createdAt: true,
  lastUsedAt: true,
} as const;

interface ItemRow {
  id: string;
  name: string;
  deviceType: string;
  backedUp: boolean;
  createdAt: Date;
  lastUsedAt: Date | null;
}

export const toPasskeyItem = (row: ItemRow): PasskeyItem => ({
  id: row.id,
  name: row.name,
  deviceType: row.deviceType === 'multiDevice' ? 'multiDevice' : 'singleDevice',
  backedUp: row.backedUp,
  createdAt: row.createdAt.toISOString(),
  lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
});

/** A stored passkey with what verifying an assertion needs. */
export interface StoredPasskey {
  id: string;
  userId: string;
  counter: bigint;
  credential: WebAuthnCredential;
}

export interface NewPasskey {
  userId: string;
  name: string;
  credential: WebAuthnCredential;
  deviceType: string;
  backedUp: boolean;
}

/** The rows of webauthn_credentials, always read and changed by their owner's id. */
export function credentialStore(prisma: PrismaClient) {
  return {
    list: async (userId: string) =>
      (
        await prisma.webauthnCredential.findMany({
          where: { userId },
          select: ITEM_SELECT,
          orderBy: { createdAt: 'asc' },
        })
      ).map(toPasskeyItem),
    /** For excludeCredentials / allowCredentials. */
    descriptors: async (userId: string) =>
      (
        await prisma.webauthnCredential.findMany({
          where: { userId },
          select: { credentialId: true, transports: true },
          orderBy: { createdAt: 'asc' },
        })
      ).map((row) => ({ id: row.credentialId, transports: knownTransports(row.transports) })),
    /** By the credential id an assertion names; `userId` limits it to one account. */
    async find(credentialId: string, userId?: string): Promise<StoredPasskey | null> {
      const row = await prisma.webauthnCredential.findUnique({ where: { credentialId } });
      if (!row || (userId !== undefined && row.userId !== userId)) return null;
      return {
        id: row.id,
        userId: row.userId,
        counter: row.counter,
        credential: {
          id: row.credentialId,
          publicKey: new Uint8Array(row.publicKey),
          counter: Number(row.counter),
          transports: knownTransports(row.transports),
        },
      };
    },
    /** Null when the credential id is registered already (to this or any other account). */
    async create(passkey: NewPasskey): Promise<PasskeyItem | null> {
      const row = await prisma.webauthnCredential
        .create({
          data: {
            userId: passkey.userId,
            name: passkey.name,
            credentialId: passkey.credential.id,
            publicKey: new Uint8Array(passkey.credential.publicKey),
            counter: BigInt(passkey.credential.counter),
            transports: passkey.credential.transports ?? [],
            deviceType: passkey.deviceType,
            backedUp: passkey.backedUp,
          },
          select: ITEM_SELECT,
        })
        .catch((error: unknown) => {
          if (isUniqueViolation(error)) return null;
          throw error;
        });
      return row && toPasskeyItem(row);
    },
    /**
     * Records a verified use: the new counter, the backup state and the time. Conditional on the
     * counter read before, so two assertions verified at once cannot both move it; false then.
     */
    async recordUse(
      passkey: StoredPasskey,
      use: { newCounter: number; backedUp: boolean; deviceType: string },
    ): Promise<boolean> {
      const { count } = await prisma.webauthnCredential.updateMany({
        where: { id: passkey.id, counter: passkey.counter },
        data: {
          counter: BigInt(use.newCounter),
          backedUp: use.backedUp,
          deviceType: use.deviceType,
          lastUsedAt: new Date(),
        },
      });
      return count === 1;
    },
    async rename(userId: string, id: string, name: string): Promise<boolean> {
      const { count } = await prisma.webauthnCredential.updateMany({
        where: { id, userId },
        data: { name },
      });
      return count === 1;
    },
    /**
     * Removes one passkey unless the account must keep a second factor and this is its last one
     * (no other passkey, no TOTP): checked and done in one statement, so two removals at once
     * cannot both pass the check. Answers the removed passkey's name, for the owner's notice.
     */
    async remove(
      userId: string,
      id: string,
      mustKeepSecondFactor: boolean,
    ): Promise<{ removed: string } | 'not_found' | 'last_factor'> {
      const removed = await prisma.$queryRaw<{ name: string }[]>`
        DELETE FROM webauthn_credentials w
        WHERE w.id = ${id}::uuid AND w.user_id = ${userId}::uuid
          AND (NOT ${mustKeepSecondFactor}
               OR EXISTS (SELECT 1 FROM webauthn_credentials o
                          WHERE o.user_id = w.user_id AND o.id <> w.id)
               OR EXISTS (SELECT 1 FROM totp_credentials tc
                          WHERE tc.user_id = w.user_id AND tc.confirmed_at IS NOT NULL))
        RETURNING w.name`;
      if (removed[0]) return { removed: removed[0].name };
      const exists = await prisma.webauthnCredential.count({ where: { id, userId } });
      return exists > 0 ? 'last_factor' : 'not_found';
    },
  };
}

export type CredentialStore = ReturnType<typeof credentialStore>;

function isUniqueViolation(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'code' in error && error.code === 'P2002';
}
