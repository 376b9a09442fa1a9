import { describe, expect, it, vi } from 'vitest';
import { forgetSession, rememberSession, takeEndedSession } from './session-marker';

describe('session marker', () => {
  it('reports no ended session for a tab that never had one', () => {
    expect(takeEndedSession()).toBe(false);
  });

  it('reports an ended session once', () => {
    rememberSession();
    expect(takeEndedSession()).toBe(true);
    expect(takeEndedSession()).toBe(false);
  });

  it('reports nothing after an explicit logout', () => {
    rememberSession();
    forgetSession();
    expect(takeEndedSession()).toBe(false);
  });

  it('keeps it in this tab only, not in localStorage', () => {
    rememberSession();
    expect(localStorage.length).toBe(0);
    expect(sessionStorage.length).toBe(1);
  });

  it('reports nothing, and does not throw, where storage is blocked', () => {
    // What browsers do when site data is blocked: even reaching the storage throws.
    const blocked = vi.spyOn(window, 'sessionStorage', 'get').mockImplementation(() => {
      throw new DOMException('blocked', 'SecurityError');
    });
    try {
      expect(() => rememberSession()).not.toThrow();
      expect(() => forgetSession()).not.toThrow();
      expect(takeEndedSession()).toBe(false);
    } finally {
      // Before the shared afterEach, which clears the storage.
      blocked.mockRestore();
    }
  });
});
