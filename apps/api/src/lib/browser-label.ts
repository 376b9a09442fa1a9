import { describeUserAgent } from '@portal/shared';

/**
 * Browser (with its major version, "Safari 17") and system apart, for texts that join them in
 * another language (security mails). The parsing is the shared one the session list uses.
 */
export function browserParts(userAgent: string | null | undefined): {
  browser: string | null;
  system: string | null;
} {
  const { browser, version, system } = describeUserAgent(userAgent);
  return { browser: browser && version ? `${browser} ${version}` : browser, system };
}
