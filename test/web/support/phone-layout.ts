import type { Page } from 'playwright-core';

/**
 * The elements that stick out past the right edge of a 360 px phone, named (innermost
 * only), so a failure says what to fix; empty when nothing scrolls sideways.
 */
export async function elementsPastPhoneWidth(page: Page): Promise<string[]> {
  await page.waitForLoadState('networkidle');
  // (A string: the test's TypeScript has no DOM library.)
  return page.evaluate<string[]>(`
    [...document.querySelectorAll('body *')]
      .filter((element) => element.getBoundingClientRect().right > 361 &&
        ![...element.children].some((child) => child.getBoundingClientRect().right > 361))
      .slice(0, 5)
      .map((element) => element.tagName.toLowerCase() + '.' + [...element.classList].join('.'))
  `);
}
