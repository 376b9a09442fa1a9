/** A browser and the system it runs on, as a User-Agent header names them. */
export interface UserAgentParts {
  /** "Chrome", "Firefox", "Safari", …; null when not recognised. */
  browser: string | null;
  /** The browser's major version, e.g. "133"; null with the browser. */
  version: string | null;
  /** "Windows", "macOS", "iPhone", "Android", …; null when not recognised. */
  system: string | null;
}

// Order matters: Edge, Opera and Samsung Internet also say "Chrome", and Chrome also says "Safari".
// Automated Chrome (Playwright, Puppeteer) says "HeadlessChrome": it is Chrome all the same.
const BROWSERS: readonly [name: string, pattern: RegExp][] = [
  ['Edge', /\bEdg(?:e|A|iOS)?\/(\d+)/],
  ['Opera', /\b(?:OPR|Opera)\/(\d+)/],
  ['Samsung Internet', /\bSamsungBrowser\/(\d+)/],
  ['Firefox', /\b(?:Firefox|FxiOS)\/(\d+)/],
  ['Chromium', /\bChromium\/(\d+)/],
  ['Chrome', /\b(?:Headless)?(?:Chrome|CriOS)\/(\d+)/],
  ['Safari', /\bVersion\/(\d+)[\d.]*(?: Mobile\/\S+)? Safari\//],
];

// iPhones and iPads also say "like Mac OS X"; Android also says "Linux". The device names an
// Apple phone or tablet better than its system does ("Safari on iPhone").
const SYSTEMS: readonly [name: string, pattern: RegExp][] = [
  ['iPhone', /\b(?:iPhone|iPod)\b/],
  ['iPad', /\biPad\b/],
  ['Android', /\bAndroid\b/],
  ['Windows', /\bWindows\b/],
  ['ChromeOS', /\bCrOS\b/],
  ['macOS', /\bMac OS X\b|\bMacintosh\b/],
  ['Linux', /\bLinux\b/],
];

/**
 * Browser and system from a User-Agent header, to help a person recognise their own devices in
 * a session list or a security mail. Only the common ones are named: this is not device
 * detection, and whatever is not recognised is null (curl, an empty header).
 */
export function describeUserAgent(userAgent: string | null | undefined): UserAgentParts {
  if (!userAgent) return { browser: null, version: null, system: null };
  const system = SYSTEMS.find(([, pattern]) => pattern.test(userAgent))?.[0] ?? null;
  for (const [browser, pattern] of BROWSERS) {
    const version = pattern.exec(userAgent)?.[1];
    if (version) return { browser, version, system };
  }
  return { browser: null, version: null, system };
}
