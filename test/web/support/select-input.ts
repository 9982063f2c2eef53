import type { Page } from 'playwright-core';

/** Picks an option of an antd Select by the label of its input and the option's text. */
export async function pick(page: Page, label: string, option: string): Promise<void> {
  const select = page.getByRole('combobox', { name: label });
  await select.click();
  await select.fill(option).catch(() => undefined); // only searchable selects take typing
  await page.locator('.ant-select-dropdown:visible').getByTitle(option, { exact: true }).click();
}
