import type { Page } from 'playwright-core';
import { screenshot } from './web-world';
import { seriousViolationsInMain } from './so-accessibility';
import { expectOnlyVietnamese } from './screen-text';

/** Saves the screen, then checks that nothing serious is inaccessible and everything is in Vietnamese. */
export async function expectAccessibleVietnamese(page: Page, name: string): Promise<void> {
  await screenshot(page, name);
  expect(await seriousViolationsInMain(page)).toEqual([]);
  await expectOnlyVietnamese(page);
}

/** Nothing sticks out past a phone's right edge (360 px), and the screen passes the checks above. */
export async function expectFitsPhone(page: Page, name: string): Promise<void> {
  await page.waitForLoadState('networkidle');
  // The elements that stick out past the right edge, named, so a failure says what to fix.
  // (A string: the test's TypeScript has no DOM library.)
  const overflowing = await page.evaluate<string[]>(`
    [...document.querySelectorAll('body *')]
      .filter((element) => element.getBoundingClientRect().right > 361 &&
        ![...element.children].some((child) => child.getBoundingClientRect().right > 361))
      .slice(0, 5)
      .map((element) => element.tagName.toLowerCase() + '.' + [...element.classList].join('.'))
  `);
  expect(overflowing).toEqual([]);
  await expectAccessibleVietnamese(page, name);
}
