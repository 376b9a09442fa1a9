import { describe, expect, it } from 'vitest';
import { scopeArgs, TenantScopeViolation } from './tenant-scope.js';

const scope = { tenantId: 'tenant-a', userId: 'user-a' };

describe('scopeArgs', () => {
  it('ANDs the acting tenant into every read, keeping unique keys at the top', () => {
    expect(scopeArgs('User', 'findUnique', { where: { id: 'u1' } }, scope)).toEqual({
      where: { id: 'u1', AND: [{ tenantId: 'tenant-a' }] },
    });
    expect(scopeArgs('User', 'findMany', {}, scope)).toEqual({
      where: { AND: [{ tenantId: 'tenant-a' }] },
    });
  });

  it('keeps an AND the caller gave, as a list', () => {
    const where = { AND: { username: 'x' } };
    expect(scopeArgs('User', 'count', { where }, scope).where).toEqual({
      AND: [{ username: 'x' }, { tenantId: 'tenant-a' }],
    });
  });

  it('cannot be widened by an OR or a tenantId in the caller’s where', () => {
    const where = { OR: [{ tenantId: 'tenant-b' }, { id: 'u1' }] };
    expect(scopeArgs('User', 'findMany', { where }, scope).where).toEqual({
      OR: [{ tenantId: 'tenant-b' }, { id: 'u1' }],
      AND: [{ tenantId: 'tenant-a' }],
    });
  });

  it('scopes models without a tenant column through their owner', () => {
    expect(scopeArgs('TotpCredential', 'deleteMany', { where: { userId: 'u1' } }, scope)).toEqual({
      where: { userId: 'u1', AND: [{ user: { tenantId: 'tenant-a' } }] },
    });
  });

  it("limits sessions to the signed-in user's own", () => {
    expect(scopeArgs('Session', 'findMany', {}, scope).where).toEqual({
      AND: [{ userId: 'user-a' }],
    });
  });

  it('limits the tenant model to the acting tenant itself', () => {
    expect(scopeArgs('Tenant', 'update', { where: { id: 'x' }, data: {} }, scope).where).toEqual({
      id: 'x',
      AND: [{ id: 'tenant-a' }],
    });
  });

  it('stamps the acting tenant on created rows and refuses another tenant', () => {
    expect(scopeArgs('User', 'create', { data: { username: 'x' } }, scope)).toEqual({
      data: { username: 'x', tenantId: 'tenant-a' },
    });
    expect(
      scopeArgs('UserRole', 'createMany', { data: [{ userId: 'u', roleId: 'r' }] }, scope),
    ).toEqual({ data: [{ userId: 'u', roleId: 'r', tenantId: 'tenant-a' }] });
    expect(() =>
      scopeArgs('User', 'create', { data: { tenantId: 'tenant-b', username: 'x' } }, scope),
    ).toThrow(TenantScopeViolation);
    expect(() =>
      scopeArgs('User', 'create', { data: { tenant: { connect: { id: 'tenant-b' } } } }, scope),
    ).toThrow(TenantScopeViolation);
  });

  it('refuses moving a row to another tenant', () => {
    const args = { where: { id: 'u1' }, data: { tenantId: 'tenant-b' } };
    expect(() => scopeArgs('User', 'update', args, scope)).toThrow(TenantScopeViolation);
    expect(() => scopeArgs('User', 'updateMany', args, scope)).toThrow(TenantScopeViolation);
  });

  it('scopes both sides of an upsert', () => {
    const args = { where: { id: 'u1' }, create: { username: 'x' }, update: { displayName: 'y' } };
    expect(scopeArgs('User', 'upsert', args, scope)).toEqual({
      where: { id: 'u1', AND: [{ tenantId: 'tenant-a' }] },
      create: { username: 'x', tenantId: 'tenant-a' },
      update: { displayName: 'y' },
    });
  });

  it('refuses creating rows that belong to a user through the scope', () => {
    expect(() => scopeArgs('Session', 'create', { data: { userId: 'u' } }, scope)).toThrow(
      /through their owner's service/,
    );
  });

  it('refuses data that is not tenant data, and writes to global reference data', () => {
    expect(() => scopeArgs('LoginLockout', 'findMany', {}, scope)).toThrow(/not tenant data/);
    expect(() => scopeArgs('CustomerSelection', 'findMany', {}, scope)).toThrow(/not tenant data/);
    expect(scopeArgs('Permission', 'findMany', {}, scope)).toEqual({});
    expect(() => scopeArgs('Permission', 'create', { data: {} }, scope)).toThrow(/read-only/);
  });
});
