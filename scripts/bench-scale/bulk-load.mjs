// The big data of `pnpm bench:scale`, loaded with set-based SQL (generate_series), not row by row:
// tenants, a reseller with many customers, users (many in one tenant) and audit events spread over
// 400 days with ids growing with time, as a real log has them. Every bulk tenant's domain starts
// with "bulk-", so the demo data stays as it was and the measured tenants are the demo ones.

/** The sizes of issue 13 (point 6); `scale` shrinks them all for a quick run. */
export function bulkSizes(scale = 1) {
  const n = (value) => Math.max(1, Math.round(value * scale));
  return {
    tenants: n(20_000),
    customersOfReseller: n(2_000),
    otherResellers: n(100),
    users: n(200_000),
    usersInTenant: n(5_000),
    auditEvents: n(1_000_000),
    /** The share of the audit events that belong to the measured tenant. */
    auditShareOfTenant: 0.05,
    auditDays: 400,
  };
}

// Types the audit log knows, so that every bulk event can be shown by the API.
const EVENT_TYPES = [
  'login.succeeded',
  'login.failed',
  'user.updated',
  'password.changed',
  'session.tenant_switched',
];

/**
 * The statements, in order, each with its parameters and a label for the progress line.
 * `reseller` and `tenant` are ids of the demo reseller (which gets the customers) and of the
 * demo tenant measured (which gets the users and its share of the audit events).
 */
export function bulkLoadStatements({ reseller, tenant }, sizes) {
  const otherCustomers = sizes.tenants - sizes.customersOfReseller - sizes.otherResellers;
  const tenantEvents = Math.round(sizes.auditEvents * sizes.auditShareOfTenant);
  return [
    {
      label: `${sizes.otherResellers} resellers`,
      sql: `
        INSERT INTO tenants (kind, domain, name)
        SELECT 'reseller', format('bulk-reseller-%s.tenant', g), format('Bulk Reseller %s', g)
        FROM generate_series(1, $1::int) AS g`,
      params: [sizes.otherResellers],
    },
    {
      label: `${sizes.customersOfReseller} customers of the demo reseller`,
      sql: `
        INSERT INTO tenants (kind, parent_id, domain, name)
        SELECT 'customer', $1::uuid, format('bulk-customer-%s.tenant', lpad(g::text, 6, '0')),
               format('Customer %s', lpad(g::text, 6, '0'))
        FROM generate_series(1, $2::int) AS g`,
      params: [reseller, sizes.customersOfReseller],
    },
    {
      label: `${otherCustomers} customers of the other resellers`,
      sql: `
        WITH resellers AS (
          SELECT array_agg(id ORDER BY domain) AS ids FROM tenants
          WHERE kind = 'reseller' AND domain LIKE 'bulk-%')
        INSERT INTO tenants (kind, parent_id, domain, name)
        SELECT 'customer', ids[1 + g % cardinality(ids)],
               format('bulk-other-%s.tenant', g), format('Other Customer %s', g)
        FROM resellers, generate_series(1, $1::int) AS g`,
      params: [otherCustomers],
    },
    {
      label: 'their roles',
      sql: `
        INSERT INTO roles (tenant_id, key, name)
        SELECT t.id, r.key, r.name FROM tenants t
        CROSS JOIN (VALUES ('admin', 'Administrator'), ('user', 'User')) AS r(key, name)
        WHERE t.domain LIKE 'bulk-%'`,
      params: [],
    },
    {
      label: 'their roles’ permissions (as a demo tenant of the same kind has them)',
      sql: `
        WITH template AS (
          SELECT DISTINCT t.kind, r.key, rp.permission_key
          FROM role_permissions rp JOIN roles r ON r.id = rp.role_id
          JOIN tenants t ON t.id = r.tenant_id
          WHERE t.domain NOT LIKE 'bulk-%')
        INSERT INTO role_permissions (role_id, permission_key)
        SELECT r.id, template.permission_key
        FROM tenants t JOIN roles r ON r.tenant_id = t.id
        JOIN template ON template.kind = t.kind AND template.key = r.key
        WHERE t.domain LIKE 'bulk-%'`,
      params: [],
    },
    {
      label: `${sizes.usersInTenant} users in the measured tenant`,
      sql: `
        INSERT INTO users (tenant_id, username, username_key, display_name, email)
        SELECT $1::uuid, format('user-%s', lpad(g::text, 6, '0')),
               format('user-%s', lpad(g::text, 6, '0')), format('Bulk User %s', g),
               format('user-%s@bulk.example', g)
        FROM generate_series(1, $2::int) AS g`,
      params: [tenant, sizes.usersInTenant],
    },
    {
      label: 'their user role',
      sql: `
        INSERT INTO user_roles (tenant_id, user_id, role_id)
        SELECT u.tenant_id, u.id, r.id FROM users u
        JOIN roles r ON r.tenant_id = u.tenant_id AND r.key = 'user'
        WHERE u.tenant_id = $1::uuid AND u.username_key LIKE 'user-%'`,
      params: [tenant],
    },
    {
      label: `${sizes.users - sizes.usersInTenant} users in the other tenants`,
      sql: `
        WITH bulk AS (
          SELECT array_agg(id ORDER BY domain) AS ids FROM tenants WHERE domain LIKE 'bulk-%')
        INSERT INTO users (tenant_id, username, username_key, display_name, email)
        SELECT ids[1 + g % cardinality(ids)], format('member-%s', g), format('member-%s', g),
               format('Member %s', g), format('member-%s@bulk.example', g)
        FROM bulk, generate_series(1, $1::int) AS g`,
      params: [sizes.users - sizes.usersInTenant],
    },
    {
      label: `${sizes.auditEvents} audit events over ${sizes.auditDays} days (${tenantEvents} in the measured tenant)`,
      // Time grows with the id, as in a real log; every 1/share-th event is the measured tenant's.
      sql: `
        WITH bulk AS (
          SELECT array_agg(id ORDER BY domain) AS ids FROM tenants WHERE domain LIKE 'bulk-%')
        INSERT INTO audit_events (tenant_id, type, ip, details, created_at)
        SELECT CASE WHEN g % $3::int = 0 THEN $1::uuid ELSE ids[1 + g % cardinality(ids)] END,
               ($4::text[])[1 + g % cardinality($4::text[])], '192.0.2.1', '{}'::jsonb,
               now() - make_interval(days => $5::int)
                     + make_interval(secs => $5::int * 86400.0 * g / $2::int)
        FROM bulk, generate_series(1, $2::int) AS g`,
      params: [
        tenant,
        sizes.auditEvents,
        Math.max(1, Math.round(1 / sizes.auditShareOfTenant)),
        EVENT_TYPES,
        sizes.auditDays,
      ],
    },
    { label: 'ANALYZE', sql: 'ANALYZE', params: [] },
  ];
}
