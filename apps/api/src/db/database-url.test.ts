import { describe, expect, it } from 'vitest';
import { describeDatabaseUrl } from './database-url.js';

describe('describeDatabaseUrl', () => {
  it('names host, port and database', () => {
    expect(describeDatabaseUrl('postgresql://db.internal:6543/portal')).toBe(
      'db.internal:6543/portal',
    );
  });

  it('never includes user or password', () => {
    const described = describeDatabaseUrl('postgresql://someone:s3cretpw@127.0.0.1:5433/portaldb');
    expect(described).toBe('127.0.0.1:5433/portaldb');
    expect(described).not.toContain('s3cretpw');
    expect(described).not.toContain('someone');
  });

  it('never includes query parameters, which may carry a password too', () => {
    const described = describeDatabaseUrl(
      'postgres://db:5432/portal?password=s3cretpw&sslmode=require',
    );
    expect(described).toBe('db:5432/portal');
  });

  it('fills in the default port and says when no database is named', () => {
    expect(describeDatabaseUrl('postgres://db.example.com/portal')).toBe(
      'db.example.com:5432/portal',
    );
    expect(describeDatabaseUrl('postgres://db.example.com')).toBe(
      'db.example.com:5432/(default database)',
    );
  });

  it('decodes an escaped database name', () => {
    expect(describeDatabaseUrl('postgres://h:1/my%20db')).toBe('h:1/my db');
  });

  it('does not echo an unparseable URL (it may be a password pasted by mistake)', () => {
    const described = describeDatabaseUrl('s3cretpw not a url');
    expect(described).toBe('(unparseable DATABASE_URL)');
  });
});
