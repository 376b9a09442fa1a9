import { describe, expect, it } from 'vitest';
import { isLocalPath, returnPathOr } from './local-path';

describe('the return path after signing in', () => {
  it.each([
    '/',
    '/audit',
    '/audit?from=2026-12-01&to=2026-12-03&type=login.failed',
    '/users?page=2#top',
    '/account/security',
  ])('keeps the local path %s, query and hash included', (path) => {
    expect(isLocalPath(path)).toBe(true);
    expect(returnPathOr(path, '/')).toBe(path);
  });

  it.each([
    ['a protocol-relative URL', '//evil.example'],
    ['a protocol-relative URL with a path', '//evil.example/login'],
    ['an absolute URL', 'https://evil.example/'],
    ['a javascript: URL', 'javascript:alert(1)'],
    ['a backslash read as a slash', '/\\evil.example'],
    ['two backslashes', '/\\\\evil.example'],
    ['a backslash after the slash pair', '/\\/evil.example'],
    ['a tab that URL parsing drops', '/\t/evil.example'],
    ['a newline that URL parsing drops', '/\n/evil.example'],
    ['a leading space', ' /audit'],
    ['a relative path', 'audit'],
    ['an empty string', ''],
    ['a data: URL', 'data:text/html,<script>alert(1)</script>'],
  ])('refuses %s and falls back to the portal start', (_what, path) => {
    expect(isLocalPath(path)).toBe(false);
    expect(returnPathOr(path, '/')).toBe('/');
  });

  it.each([undefined, null, 42, { pathname: '/audit' }])(
    'refuses %s, which is no path',
    (value) => {
      expect(isLocalPath(value)).toBe(false);
      expect(returnPathOr(value, '/')).toBe('/');
    },
  );
});
