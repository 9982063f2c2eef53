/**
 * A key that sorts plan item numbers the way a reader expects: 'II.1' < 'II.2' < 'II.10' <
 * 'III.1' < 'IV' < 'V' (Roman and Arabic numerals by value), compared byte-wise (COLLATE "C").
 * Tasks without a number sort after every numbered one.
 */
const WIDTH = 6;
const ROMAN = /^[IVXLCDM]+$/i;
const ROMAN_VALUES: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100, D: 500, M: 1000 };

export const UNNUMBERED_SORT_KEY = '~';

export function codeSortKey(code: string | null | undefined): string {
  if (code === null || code === undefined || code.trim() === '') return UNNUMBERED_SORT_KEY;
  return code
    .trim()
    .split('.')
    .filter((segment) => segment !== '')
    .map(segmentKey)
    .join('.');
}

function segmentKey(segment: string): string {
  if (/^\d+$/.test(segment)) return `0${segment.padStart(WIDTH, '0')}`;
  if (ROMAN.test(segment)) return `0${String(romanValue(segment.toUpperCase())).padStart(WIDTH, '0')}`;
  // Anything else ('a', 'KTS-2'): after the numbers of the same level, in plain text order.
  return `1${segment.toLowerCase()}`;
}

function romanValue(roman: string): number {
  let total = 0;
  for (let i = 0; i < roman.length; i++) {
    const value = ROMAN_VALUES[roman[i]];
    const next = ROMAN_VALUES[roman[i + 1]] ?? 0;
    total += value < next ? -value : value;
  }
  return total;
}

/** The first `depth` levels of a plan item number: 'III.5.2' → 'III.5' at depth 2. */
export function codeSection(code: string | null, depth: number): string | null {
  if (code === null) return null;
  return code.split('.').slice(0, depth).join('.');
}
