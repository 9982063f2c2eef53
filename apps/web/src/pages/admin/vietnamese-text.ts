/** `Thuận Hóa` → `thuan hoa`: for searching without typing the accents, and for ids. */
export function withoutDiacritics(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase();
}

/** Whether `text` contains what was typed, ignoring case and accents. */
export function matchesSearch(text: string | null | undefined, typed: string): boolean {
  const wanted = withoutDiacritics(typed.trim());
  return wanted === '' || withoutDiacritics(text ?? '').includes(wanted);
}

/**
 * The id of a new agency from its name, in the directory's style (`UBND phường An Cựu` →
 * `phuong-an-cuu`): no accents, dashes, at most 64 characters, not one already taken.
 */
export function agencyIdFrom(name: string, taken: ReadonlySet<string>): string {
  const base = withoutDiacritics(name)
    .replace(/^\s*(ubnd|uy ban nhan dan)\s+/, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  if (!base) return '';
  let candidate = base;
  for (let n = 2; taken.has(candidate); n += 1) candidate = `${base}-${n}`;
  return candidate;
}
