import { foldedForSearch } from '@giaoviec/kernel';
import type { SqlParams } from './sql';

/** Every Vietnamese letter with a diacritic, lower and upper case (lower() need not know them under every locale). */
const VIETNAMESE_LOWER = 'àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ';
const ACCENTED = VIETNAMESE_LOWER + VIETNAMESE_LOWER.toUpperCase();
const FOLDED = [...ACCENTED].map(foldedForSearch).join('');

/** The SQL twin of foldedForSearch for one text expression (NFC first: text may arrive decomposed). */
export const foldedSql = (expression: string): string =>
  `lower(translate(normalize(${expression}, NFC), '${ACCENTED}', '${FOLDED}'))`;

/** The words of what was typed, folded; empty when nothing but spaces was typed. */
export function searchWords(typed: string): string[] {
  return foldedForSearch(typed.normalize('NFC')).split(/\s+/).filter(Boolean);
}

const likeEscaped = (word: string) => word.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * Each typed word appears in one of the expressions, ignoring case and accents:
 * `ra soat du lieu` finds "Rà soát danh mục dữ liệu".
 */
export function matchesEveryWordSql(
  expressions: readonly string[],
  params: SqlParams,
  typed: string,
): string | undefined {
  const words = searchWords(typed);
  if (words.length === 0) return undefined;
  const haystack = expressions.map((e) => `COALESCE(${e}, '')`).join(` || ' ' || `);
  const patterns = words.map((word) => `%${likeEscaped(word)}%`);
  return `${foldedSql(haystack)} LIKE ALL (${params.add(patterns)}::text[])`;
}
