import type { Page } from 'playwright-core';

/**
 * What a person must never read on a screen: status codes, role codes, event types,
 * agency ids and programmer words. Checked on the visible text of the page.
 */
const FORBIDDEN = [
  /\b(not_acknowledged|in_progress(_on_time|_overdue)?|completed(_on_time|_late)?|accepted|cancelled|assigned)\b/,
  // Not within a username such as demo.admin, which an administrator must read.
  /(?<![.\w])(officer|agency_head|standing_office|steering_committee|leadership|admin)\b/,
  /\b(Task|Extension|Completion|Progress|Reminder|Plan|Indicator|Agency|User)[A-Z][a-z]+\b/,
  /\b(so|phuong|xa|kh|minh-hoa)-[a-z0-9-]+\b/,
  /\b(undefined|null|NaN|Invalid Date|Error|Loading|Submit|Cancel)\b/,
];

/** Words of antd's English defaults that a screen reader would say (the button of a dialog: "Close"). */
const ENGLISH_NAMES =
  /\b(Close|Search|Clear|Open|Next|Previous|Select|Loading|Submit|Cancel|Delete|Edit|Menu|Remove|Expand|Collapse|Copy|Page|Items)\b/;

export async function visibleText(page: Page): Promise<string> {
  // A string, as the tests' TypeScript has no DOM library.
  return page.evaluate<string>('document.body.innerText');
}

/**
 * What assistive technology reads that the eye does not: aria-label, title, placeholder and
 * alt of every element (antd's icons, named by their glyph, are left out: they are decorative).
 */
export async function accessibleNames(page: Page): Promise<string[]> {
  return page.evaluate<string[]>(`
    [...document.querySelectorAll('[aria-label],[title],[placeholder],[alt]')]
      .filter((el) => !el.classList.contains('anticon'))
      .flatMap((el) => ['aria-label', 'title', 'placeholder', 'alt'].map((name) => el.getAttribute(name)))
      .filter((value) => value)
  `);
}

export async function expectOnlyVietnamese(page: Page): Promise<void> {
  for (const name of await accessibleNames(page)) {
    for (const pattern of [...FORBIDDEN, ENGLISH_NAMES]) {
      const found = name.match(pattern);
      if (found) throw new Error(`An element is named "${name}" for screen readers (${pattern})`);
    }
  }
  const text = await visibleText(page);
  for (const pattern of FORBIDDEN) {
    const found = text.match(pattern);
    if (found)
      throw new Error(
        `The screen shows "${found[0]}" (${pattern}): ${text.slice(Math.max(0, (found.index ?? 0) - 80), (found.index ?? 0) + 80)}`,
      );
  }
}
