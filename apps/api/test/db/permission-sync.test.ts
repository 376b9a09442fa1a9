import { ROLE_PERMISSIONS } from '@portal/shared';
import { describe, expect, it } from 'vitest';
import { permissionCatalogueHash, syncPermissions } from '../../src/db/provisioning.js';
import { makeTenant } from '../helpers/factories.js';
import { useTestDatabase } from '../helpers/test-app.js';

describe('the permission sync at start', () => {
  const t = useTestDatabase();

  async function adminGrants(tenantId: string): Promise<number> {
    return t.db.prisma.rolePermission.count({ where: { role: { tenantId, key: 'admin' } } });
  }

  async function storeCatalogueHash(hash: string) {
    await t.db.prisma.catalogueVersion.update({ where: { name: 'permissions' }, data: { hash } });
  }

  it('leaves every role alone while the catalogue is the one last synced', async () => {
    const tenant = await makeTenant(t.db);
    const granted = ROLE_PERMISSIONS.customer.admin.length;
    expect(await adminGrants(tenant.id)).toBe(granted);
    await t.db.prisma.rolePermission.deleteMany({
      where: { role: { tenantId: tenant.id, key: 'admin' }, permissionKey: 'users.manage' },
    });

    await syncPermissions(t.db.prisma);
    // Unchanged catalogue: no tenant's roles are read or written, so the removed grant stays.
    expect(await adminGrants(tenant.id)).toBe(granted - 1);
  });

  it('re-syncs every role when the catalogue differs from the stored one, and stores it', async () => {
    const tenant = await makeTenant(t.db);
    const granted = ROLE_PERMISSIONS.customer.admin.length;
    await t.db.prisma.rolePermission.deleteMany({
      where: { role: { tenantId: tenant.id, key: 'admin' }, permissionKey: 'users.manage' },
    });
    await storeCatalogueHash('the catalogue of an older version');

    await syncPermissions(t.db.prisma);
    expect(await adminGrants(tenant.id)).toBe(granted);
    const stored = await t.db.prisma.catalogueVersion.findUnique({
      where: { name: 'permissions' },
    });
    expect(stored?.hash).toBe(permissionCatalogueHash());
  });
});
