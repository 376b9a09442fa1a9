import { describe, expect, it } from 'vitest';
import { createUserListItem } from '@/testing/data-generators';
import {
  EMPTY_USER_FORM,
  liveUsernameProblem,
  primaryRole,
  toCreateUserBody,
  toUpdateUserBody,
  userFormValues,
} from './user-form';

const VALID = { username: 'new.user', displayName: 'New User', email: 'new@example.com' };

describe('toCreateUserBody', () => {
  it('trims the values and leaves out an empty display name', () => {
    expect(
      toCreateUserBody({
        ...VALID,
        username: ' new.user ',
        email: ' new@example.com ',
        role: 'admin',
      }),
    ).toEqual({
      body: {
        username: 'new.user',
        displayName: 'New User',
        email: 'new@example.com',
        role: 'admin',
      },
    });
    expect(toCreateUserBody({ ...VALID, displayName: '  ', role: 'user' }).body).toEqual({
      username: 'new.user',
      email: 'new@example.com',
      role: 'user',
    });
  });

  it('asks for a username, an e-mail address and a role', () => {
    expect(toCreateUserBody({ ...EMPTY_USER_FORM, role: '' })).toEqual({
      errors: { username: 'required', email: 'required', role: 'required' },
    });
  });

  it('applies the username rules of @portal/shared', () => {
    const errorOf = (username: string) =>
      toCreateUserBody({ ...VALID, username, role: 'user' }).errors?.username;
    expect(errorOf('a')).toBe('too_short');
    expect(errorOf('a'.repeat(65))).toBe('too_long');
    expect(errorOf('-dash')).toBe('characters');
    expect(errorOf('jane doe')).toBe('characters');
    expect(errorOf('jane.doe@example.com')).toBeUndefined();
  });

  it('checks the e-mail address and the display name as the API schema does', () => {
    const errorsOf = (values: Partial<typeof VALID>) =>
      toCreateUserBody({ ...VALID, ...values, role: 'user' }).errors;
    expect(errorsOf({ email: 'not-an-address' })).toEqual({ email: 'invalid' });
    expect(errorsOf({ email: `${'a'.repeat(250)}@example.com` })).toEqual({ email: 'tooLong' });
    expect(errorsOf({ displayName: 'x'.repeat(201) })).toEqual({ displayName: 'tooLong' });
  });
});

describe('liveUsernameProblem', () => {
  it('reports wrong characters and too many at once, but "too short" only on submit', () => {
    expect(liveUsernameProblem('j')).toBeNull();
    expect(liveUsernameProblem('')).toBeNull();
    expect(liveUsernameProblem('jane doe')).toBe('characters');
    expect(liveUsernameProblem('x'.repeat(65))).toBe('too_long');
    expect(liveUsernameProblem('jane')).toBeNull();
  });
});

describe('toUpdateUserBody', () => {
  const jdoe = createUserListItem({ username: 'jdoe', roles: ['admin'] });

  it('sends only what changed, and nothing when nothing did', () => {
    expect(toUpdateUserBody(userFormValues(jdoe), jdoe)).toEqual({ body: null });
    expect(
      toUpdateUserBody({ ...userFormValues(jdoe), displayName: ' Jane D. ', role: 'user' }, jdoe),
    ).toEqual({ body: { displayName: 'Jane D.', role: 'user' } });
    expect(toUpdateUserBody({ ...userFormValues(jdoe), username: 'JDoe' }, jdoe)).toEqual({
      body: { username: 'JDoe' },
    });
  });

  it('keeps a username made under older rules as long as it is not changed', () => {
    const legacy = createUserListItem({ username: 'old name' });
    expect(toUpdateUserBody({ ...userFormValues(legacy), displayName: 'X' }, legacy)).toEqual({
      body: { displayName: 'X' },
    });
    expect(toUpdateUserBody({ ...userFormValues(legacy), username: 'new name' }, legacy)).toEqual({
      errors: { username: 'characters' },
    });
  });

  it('lets an e-mail address be changed but not removed; a user without one may stay so', () => {
    expect(toUpdateUserBody({ ...userFormValues(jdoe), email: '' }, jdoe)).toEqual({
      errors: { email: 'required' },
    });
    const milton = createUserListItem({ username: 'milton', email: null, roles: [] });
    expect(toUpdateUserBody(userFormValues(milton), milton)).toEqual({ body: null });
    expect(
      toUpdateUserBody({ ...userFormValues(milton), email: 'milton@example.com' }, milton),
    ).toEqual({ body: { email: 'milton@example.com' } });
  });

  it('keeps "no role" unless a role is chosen', () => {
    const milton = createUserListItem({ username: 'milton', roles: [] });
    expect(userFormValues(milton).role).toBe('');
    expect(toUpdateUserBody({ ...userFormValues(milton), role: 'user' }, milton)).toEqual({
      body: { role: 'user' },
    });
  });
});

describe('primaryRole', () => {
  it('is admin when the user has it, else user, else none', () => {
    expect(primaryRole(['user', 'admin'])).toBe('admin');
    expect(primaryRole(['user'])).toBe('user');
    expect(primaryRole([])).toBe('');
    expect(primaryRole(['auditor'])).toBe('');
  });
});
