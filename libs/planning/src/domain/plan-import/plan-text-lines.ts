/**
 * A plan's text as it comes out of a PDF or a word processor: sentences broken across lines
 * (often with a blank line in between), bullets and numbered headings each starting a line.
 * This joins the broken lines back into the document's logical lines.
 */

/** One logical line of the text, with the (1-based) physical line it starts on. */
export interface TextLine {
  readonly text: string;
  readonly line: number;
}

export type Marker =
  | { readonly kind: 'roman'; readonly label: string }
  | { readonly kind: 'arabic'; readonly label: string }
  | { readonly kind: 'letter'; readonly label: string }
  | { readonly kind: 'bullet' };

const ROMAN = /^([IVX]{1,5})\.\s+(?=\S)/;
// At most two digits per level: a line starting '2030.' is a year, not a section.
const ARABIC = /^(\d{1,2}(?:\.\d{1,2})*)\.?\s+(?=\S)/;
const ARABIC_WITH_DOT = /^(\d{1,2}(?:\.\d{1,2})*)\.\s+(?=\S)/;
const LETTER = /^([a-zđ])\)\s+(?=\S)/;
const BULLET = /^[-–•+*]\s+(?=\S)/;

/** The numbering a logical line starts with, and the text after it. */
export function markerOf(text: string): { marker: Marker | null; rest: string } {
  const roman = ROMAN.exec(text);
  if (roman) return { marker: { kind: 'roman', label: roman[1] }, rest: text.slice(roman[0].length) };
  const arabic = ARABIC_WITH_DOT.exec(text);
  if (arabic && ARABIC.test(text))
    return { marker: { kind: 'arabic', label: arabic[1] }, rest: text.slice(arabic[0].length) };
  const letter = LETTER.exec(text);
  if (letter) return { marker: { kind: 'letter', label: letter[1] }, rest: text.slice(letter[0].length) };
  const bullet = BULLET.exec(text);
  if (bullet) return { marker: { kind: 'bullet' }, rest: text.slice(bullet[0].length) };
  return { marker: null, rest: text };
}

function startsItem(text: string): boolean {
  return markerOf(text).marker !== null;
}

/**
 * A physical line continues the previous one when the previous one was cut mid-sentence:
 * it ends with a space (how PDF extraction leaves a wrapped line) or a hyphen ('57-' / 'NQ/TW'),
 * or this line starts with a lower-case letter; never when this line starts a new item.
 */
export function logicalLines(text: string): TextLine[] {
  const physical = text.replace(/\r\n?/g, '\n').split('\n');
  const lines: { text: string; line: number; open: boolean }[] = [];
  physical.forEach((raw, index) => {
    const trimmed = raw.replace(/\u00a0/g, ' ').trim();
    if (trimmed === '') return;
    const previous = lines[lines.length - 1];
    const continues =
      previous !== undefined &&
      !startsItem(trimmed) &&
      (previous.open ||
        /^[a-zàáảãạăắằẳẵặâấầẩẫậđèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵ(“"]/.test(trimmed));
    const open = /\s$/.test(raw.replace(/\u00a0/g, ' ')) || /[-–]$/.test(trimmed);
    if (continues) {
      const glue = /[-–]$/.test(previous.text) && !/\s[-–]$/.test(previous.text) ? '' : ' ';
      previous.text = `${previous.text}${glue}${trimmed}`;
      previous.open = open;
    } else {
      lines.push({ text: trimmed, line: index + 1, open });
    }
  });
  return lines.map(({ text: t, line }) => ({ text: t.replace(/\s{2,}/g, ' '), line }));
}
