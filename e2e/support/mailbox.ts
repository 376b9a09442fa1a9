import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { expect } from '@playwright/test';

export interface ReceivedMail {
  to: string[];
  subject: string;
  text: string;
  html: string;
}

async function mailsTo(address: string): Promise<ReceivedMail[]> {
  const dir = process.env.E2E_MAIL_DIR as string;
  const files = (await readdir(dir).catch(() => [])).sort();
  const mails = await Promise.all(
    files.map(
      async (file) => JSON.parse(await readFile(path.join(dir, file), 'utf8')) as ReceivedMail,
    ),
  );
  return mails.filter((mail) => mail.to.includes(address));
}

/** Waits for a reset link to the address that is not among `seen`, and answers it. */
export async function waitForNewResetLink(
  address: string,
  seen: readonly string[] = [],
): Promise<string> {
  let link: string | undefined;
  await expect
    .poll(
      async () => {
        const links = (await mailsTo(address))
          .map(
            (mail) => /https?:\/\/\S+\/password\/reset#token=[A-Za-z0-9_-]+/.exec(mail.text)?.[0],
          )
          .filter((found): found is string => Boolean(found) && !seen.includes(found as string));
        link = links.at(-1);
        return Boolean(link);
      },
      { timeout: 20_000, message: `a new reset link to ${address}` },
    )
    .toBe(true);
  return link as string;
}

/** Waits for a mail to the address with this subject, and answers the newest such mail. */
export async function waitForMail(address: string, subject: string): Promise<ReceivedMail> {
  let found: ReceivedMail | undefined;
  await expect
    .poll(
      async () => {
        found = (await mailsTo(address)).filter((mail) => mail.subject === subject).at(-1);
        return Boolean(found);
      },
      { timeout: 20_000, message: `a mail "${subject}" to ${address}` },
    )
    .toBe(true);
  return found as ReceivedMail;
}
