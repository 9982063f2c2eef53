import type { SqlParams } from '../shared/sql';

/** How a section is asked for: numbers and letters joined by dots or dashes ('III.5', 'VI.3.1', 'SĐ-II.2'). */
export const SECTION_PATTERN = /^[\p{L}\p{N}]+(?:[.-][\p{L}\p{N}]+)*$/u;

/**
 * The task's code or the section of its source is `section` or one of its sub-sections:
 * 'III.5' finds 'III.5', 'III.5.2' and 'III.5, gạch đầu dòng 2', never 'III.50'. The prefix
 * must end where a part of the number does, so the next character is a separator.
 * `section` matches SECTION_PATTERN, so it holds no LIKE wildcard.
 */
export function sectionMatchSql(t: string, params: SqlParams, section: string): string {
  const exact = params.add(section);
  const prefix = params.add(`${section}%`);
  const within = (column: string) =>
    `(${column} = ${exact} OR (${column} LIKE ${prefix} AND substr(${column}, char_length(${exact}) + 1, 1) ~ '^[-.,;:( ]'))`;
  return `(${within(`${t}.code`)} OR ${within(`${t}.source_section`)})`;
}
