import type { Page } from 'playwright-core';
import { localDateAt } from '@giaoviec/kernel';

/** The day in Huế this many days from now (negative: in the past). */
export function daysFromToday(days: number): string {
  return localDateAt(new Date(Date.now() + days * 86_400_000));
}

/** 2026-12-27 as the screens write it: 27/12/2026. */
export function ddmmyyyy(localDate: string): string {
  const [year, month, day] = localDate.split('-');
  return `${day}/${month}/${year}`;
}

/** A date into an antd DatePicker found by its label. */
export async function fillDate(page: Page, label: string, localDate: string): Promise<void> {
  const input = page.getByLabel(label);
  await input.click();
  await input.fill('');
  // Typed key by key, as a person does: the picker parses the text as it grows.
  await input.pressSequentially(ddmmyyyy(localDate));
  // The calendar has moved to the typed month; pick the day there.
  await page.locator(`.ant-picker-dropdown:visible td[title="${localDate}"]`).click();
  if ((await input.inputValue()) !== ddmmyyyy(localDate)) {
    throw new Error(
      `The date picker "${label}" shows ${await input.inputValue()}, not ${ddmmyyyy(localDate)}`,
    );
  }
}
