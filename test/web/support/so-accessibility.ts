import type { Page } from 'playwright-core';
import AxeBuilder from '@axe-core/playwright';

/**
 * axe on a screen's own content (`main`), serious and critical WCAG 2.1 A/AA violations
 * only. The shell's header is left out on purpose: with the standing office's seven menu
 * entries antd's horizontal menu folds some into "…", and the folded copies are
 * aria-hidden yet focusable (aria-hidden-focus) — a finding for the shell, reported there.
 * `within`: another part of the screen instead (a dialog: `.ant-modal`).
 */
export async function seriousViolationsInMain(page: Page, within = 'main'): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .include(within)
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) =>
        `${violation.id}: ${violation.help} (${violation.nodes
          .map((node) => node.target.join(' '))
          .slice(0, 3)
          .join(', ')})`,
    );
}
