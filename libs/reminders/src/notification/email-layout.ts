import { CHU_KY, escapeHtml } from './vietnamese-text';

export interface EmailContent {
  readonly subject: string;
  readonly text: string;
  readonly html: string;
}

/** What every notice e-mail says, in the same order: why it is written, the facts, what to do. */
export interface EmailLayout {
  readonly subject: string;
  /** The one sentence the reader must not miss (bold in HTML). */
  readonly lead: string;
  /** Label and value; a row whose value is empty is left out. */
  readonly facts: ReadonlyArray<readonly [label: string, value: string]>;
  readonly closing: string;
}

const GREETING = 'Kính gửi Quý cơ quan, đơn vị,';

/** Plain text and simple HTML (mail clients of the public sector are old) of one layout. */
export function renderEmail(layout: EmailLayout): EmailContent {
  const facts = layout.facts.filter(([, value]) => value !== '');
  const text = [
    GREETING,
    '',
    layout.lead,
    '',
    ...facts.map(([label, value]) => `${label}: ${value}`),
    '',
    layout.closing,
    '',
    '--',
    CHU_KY,
  ].join('\n');
  const html = [
    '<!doctype html><html lang="vi"><body style="font-family: Arial, sans-serif; font-size: 14px">',
    `<p>${GREETING}</p>`,
    `<p><strong>${escapeHtml(layout.lead)}</strong></p>`,
    '<table cellpadding="4" style="border-collapse: collapse">',
    ...facts.map(([label, value]) => `<tr><td>${escapeHtml(label)}</td><td>${escapeHtml(value)}</td></tr>`),
    '</table>',
    `<p>${escapeHtml(layout.closing)}</p>`,
    `<p style="color: #666; font-size: 12px">${escapeHtml(CHU_KY)}</p>`,
    '</body></html>',
  ].join('\n');
  return { subject: layout.subject, text, html };
}
