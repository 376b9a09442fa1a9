import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import i18next from 'i18next';
import { afterEach, beforeEach, expect, vi } from 'vitest';

// Tells React that updates are wrapped in act() (testing-library does so); vitest has no globals
// here, so testing-library cannot switch it on by itself.
Object.assign(globalThis, { IS_REACT_ACT_ENVIRONMENT: true });

// Console errors and warnings (React act() warnings, failed prop types, stray requests) fail the test.
let consoleProblems: string[] = [];

beforeEach(() => {
  consoleProblems = [];
  for (const method of ['error', 'warn'] as const) {
    vi.spyOn(console, method).mockImplementation((...args: unknown[]) => {
      consoleProblems.push(`console.${method}: ${args.map(String).join(' ')}`);
    });
  }
  // No test talks to a real server; mockApi() replaces this with its routes.
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: unknown) => {
      throw new Error(`Unmocked fetch: ${String(input)}`);
    }),
  );
});

afterEach(async () => {
  cleanup();
  vi.useRealTimers();
  localStorage.clear();
  sessionStorage.clear();
  await i18next.changeLanguage('en');
  document.title = '';
  expect(consoleProblems).toEqual([]);
});
