import { escapeHtml } from '../lib/html.js';

/** What a mail says, once; `renderLayout` turns it into the text and the HTML part alike. */
export interface MailContent {
  lang: string;
  subject: string;
  greeting: string;
  /** Before the button. */
  paragraphs: string[];
  /** Short lines kept together after the paragraphs (a notice's when, where from, browser). */
  facts?: string[];
  action: { label: string; url: URL; fallback: string };
  /** After the button. */
  notes: string[];
  footer: string;
}

export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
}

export function renderLayout(content: MailContent): RenderedMail {
  return { subject: content.subject, text: renderText(content), html: renderHtml(content) };
}

function renderText(c: MailContent): string {
  // No colon after the label: French would want a space before it.
  const blocks = [
    c.greeting,
    ...c.paragraphs,
    ...(c.facts?.length ? [c.facts.join('\n')] : []),
    `${c.action.label}\n${c.action.url.href}`,
    ...c.notes,
  ];
  return `${blocks.join('\n\n')}\n\n-- \n${c.footer}\n`;
}

// Inline styles only: most mail clients drop <style> blocks and every external resource.
const STYLE = {
  body: 'margin:0;padding:24px;background:#f4f5f7;font-family:Arial,Helvetica,sans-serif;color:#1f2933;line-height:1.5',
  card: 'max-width:560px;margin:0 auto;background:#ffffff;padding:32px;border-radius:8px',
  button:
    'display:inline-block;padding:12px 20px;background:#0b5cad;color:#ffffff;text-decoration:none;border-radius:4px;font-weight:bold',
  small: 'font-size:13px;color:#52606d',
  link: 'color:#0b5cad;word-break:break-all',
  footer: 'max-width:560px;margin:16px auto 0;font-size:12px;color:#7b8794',
};

function renderHtml(c: MailContent): string {
  const p = (text: string) => `<p>${escapeHtml(text)}</p>`;
  const href = escapeHtml(c.action.url.href);
  return [
    '<!doctype html>',
    `<html lang="${escapeHtml(c.lang)}">`,
    `<head><meta charset="utf-8"><title>${escapeHtml(c.subject)}</title></head>`,
    `<body style="${STYLE.body}">`,
    `<div style="${STYLE.card}">`,
    p(c.greeting),
    ...c.paragraphs.map(p),
    ...(c.facts?.length ? [`<p>${c.facts.map(escapeHtml).join('<br>')}</p>`] : []),
    `<p><a href="${href}" style="${STYLE.button}">${escapeHtml(c.action.label)}</a></p>`,
    `<p style="${STYLE.small}">${escapeHtml(c.action.fallback)}<br><a href="${href}" style="${STYLE.link}">${href}</a></p>`,
    ...c.notes.map(p),
    '</div>',
    `<p style="${STYLE.footer}">${escapeHtml(c.footer)}</p>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
