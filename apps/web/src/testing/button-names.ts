import { expect } from 'vitest';

/**
 * End-to-end tests find buttons by a case-insensitive part of their name (Playwright's default):
 * no button's name may be contained in another's, or such a lookup would match two buttons.
 */
export function expectDistinctButtonNames(buttons: readonly HTMLElement[]) {
  const names = buttons.map((button) => button.textContent?.trim().toLowerCase() ?? '');
  for (const [index, name] of names.entries()) {
    for (const [otherIndex, other] of names.entries()) {
      if (index !== otherIndex) expect(other, `"${other}" contains "${name}"`).not.toContain(name);
    }
  }
}
