import { describe, expect, it } from 'vitest';
import { browserParts } from './browser-label.js';

describe('browserParts', () => {
  it('keeps the major version for mails, beside the system', () => {
    expect(
      browserParts(
        'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.6 Safari/605.1.15',
      ),
    ).toEqual({ browser: 'Safari 17', system: 'macOS' });
  });

  it('answers nulls for what it does not recognise', () => {
    expect(browserParts('curl/8.5.0')).toEqual({ browser: null, system: null });
    expect(browserParts(null)).toEqual({ browser: null, system: null });
  });
});
