/** True when `value` is not a string holding at least one non-space character. */
export function isBlank(value: unknown): boolean {
  return typeof value !== 'string' || value.trim() === '';
}

/** The entries that occur more than once, each reported once, in order of first repetition. */
export function duplicatesOf<T>(values: readonly T[]): T[] {
  const seen = new Set<T>();
  const repeated = new Set<T>();
  for (const value of values) {
    if (seen.has(value)) repeated.add(value);
    seen.add(value);
  }
  return [...repeated];
}

/** The trimmed text, or undefined when it is missing or blank. */
export function optionalText(value: string | undefined): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

/**
 * `Rà soát Đề án` → `ra soat de an`: text as people type it when they search without
 * accents. Each accented letter folds to one base letter, so the SQL twin can use translate().
 */
export function foldedForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase();
}

const FILE_SIZE = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 });

/** A file's size as Vietnamese readers write it: 182411 → '178,1 KB', 20971520 → '20 MB'. */
export function fileSizeLabel(bytes: number): string {
  if (!Number.isFinite(bytes) || bytes < 0) return '?';
  if (bytes < 1024) return `${bytes} byte`;
  if (bytes < 1024 * 1024) return `${FILE_SIZE.format(bytes / 1024)} KB`;
  return `${FILE_SIZE.format(bytes / (1024 * 1024))} MB`;
}
