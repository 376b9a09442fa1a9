import { describe, expect, it } from 'vitest';
import { describeUserAgent } from './user-agent.js';

describe('describeUserAgent', () => {
  it.each([
    [
      'Chrome on Windows',
      'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36',
      { browser: 'Chrome', version: '131', system: 'Windows' },
    ],
    [
      'Edge on Windows',
      'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.2903.86',
      { browser: 'Edge', version: '131', system: 'Windows' },
    ],
    [
      'Firefox on Linux',
      'Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0',
      { browser: 'Firefox', version: '133', system: 'Linux' },
    ],
    [
      'Safari on macOS',
      'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.2 Safari/605.1.15',
      { browser: 'Safari', version: '18', system: 'macOS' },
    ],
    [
      'Safari on iPhone',
      'Mozilla/5.0 (iPhone; CPU iPhone OS 18_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.2 Mobile/15E148 Safari/604.1',
      { browser: 'Safari', version: '18', system: 'iPhone' },
    ],
    [
      'Chrome on iPad',
      'Mozilla/5.0 (iPad; CPU OS 17_7 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/131.0.6778.103 Mobile/15E148 Safari/604.1',
      { browser: 'Chrome', version: '131', system: 'iPad' },
    ],
    [
      'Chrome on Android',
      'Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36',
      { browser: 'Chrome', version: '131', system: 'Android' },
    ],
    [
      'Samsung Internet on Android',
      'Mozilla/5.0 (Linux; Android 14; SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/27.0 Chrome/125.0.0.0 Mobile Safari/537.36',
      { browser: 'Samsung Internet', version: '27', system: 'Android' },
    ],
    [
      'Opera on Linux',
      'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 OPR/116.0.0.0',
      { browser: 'Opera', version: '116', system: 'Linux' },
    ],
    [
      'Chrome on ChromeOS',
      'Mozilla/5.0 (X11; CrOS x86_64 14541.0.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36',
      { browser: 'Chrome', version: '131', system: 'ChromeOS' },
    ],
    [
      // What Playwright's and Puppeteer's headless Chromium sends.
      'Chrome on Linux (headless)',
      'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/131.0.6778.33 Safari/537.36',
      { browser: 'Chrome', version: '131', system: 'Linux' },
    ],
  ])('names %s', (_name, userAgent, parts) => {
    expect(describeUserAgent(userAgent)).toEqual(parts);
  });

  it('names what it knows when only the browser or the system is recognised', () => {
    expect(describeUserAgent('Mozilla/5.0 (Windows NT 10.0) SomethingNew/1.0')).toEqual({
      browser: null,
      version: null,
      system: 'Windows',
    });
    expect(describeUserAgent('Firefox/133.0')).toEqual({
      browser: 'Firefox',
      version: '133',
      system: null,
    });
  });

  it.each([
    ['curl', 'curl/8.5.0'],
    ['an empty header', ''],
    ['no header', null],
    ['an undefined header', undefined],
    ['a test client', 'lightMyRequest'],
  ])('recognises nothing in %s', (_name, userAgent) => {
    expect(describeUserAgent(userAgent)).toEqual({ browser: null, version: null, system: null });
  });
});
