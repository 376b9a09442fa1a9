import { escapeHtml } from '../../../lib/html.js';

export interface OutboxPageMail {
  to: string;
  subject: string;
  text: string;
  createdAt: Date;
}

const URL_PATTERN = /https?:\/\/[^\s<>"]+/g;

/** The text part, escaped, with its links clickable (a developer follows the reset link). */
function linkify(text: string): string {
  let html = '';
  let last = 0;
  for (const match of text.matchAll(URL_PATTERN)) {
    const url = escapeHtml(match[0]);
    html += `${escapeHtml(text.slice(last, match.index))}<a href="${url}">${url}</a>`;
    last = match.index + match[0].length;
  }
  return html + escapeHtml(text.slice(last));
}

function article(mail: OutboxPageMail): string {
  return `<article>
<h2>${escapeHtml(mail.subject)}</h2>
<p class="meta">To ${escapeHtml(mail.to)} · ${escapeHtml(mail.createdAt.toISOString())}</p>
<pre>${linkify(mail.text)}</pre>
</article>`;
}

/** The page's one inline style, allowed by its hash in the CSP of this answer only. */
export const OUTBOX_PAGE_STYLE = `
body { font-family: system-ui, sans-serif; margin: 2rem auto; max-width: 52rem; padding: 0 1rem; }
article { border-top: 1px solid #ccc; padding: 0.5rem 0; }
h2 { font-size: 1.1rem; margin-bottom: 0.25rem; }
.meta { color: #555; margin-top: 0; }
pre { white-space: pre-wrap; background: #f6f6f6; padding: 0.75rem; }
`;

/**
 * The dev outbox for people: plain server-rendered HTML, every value escaped, no scripts (the
 * CSP would refuse inline ones anyway). The JSON at /api/dev/outbox has the HTML parts too.
 */
export function renderOutboxPage(mails: OutboxPageMail[]): string {
  const body = mails.length ? mails.map(article).join('\n') : '<p>No mails yet.</p>';
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Dev outbox</title>
<style>${OUTBOX_PAGE_STYLE}</style>
</head>
<body>
<h1>Dev outbox</h1>
<p>Mails the portal kept instead of sending them (no SMTP_URL), newest first.</p>
${body}
</body>
</html>
`;
}
