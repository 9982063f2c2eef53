/**
 * The facts a line of a plan states on its own: the agencies it names, its deadlines and its
 * targets. Each is found in the words of the line, never inferred.
 */
import { foldedForSearch, type LocalDate } from '@giaoviec/kernel';

/** An agency of the directory, as the importer needs it. */
export interface DirectoryAgency {
  readonly agencyId: string;
  readonly name: string;
  readonly shortName?: string;
  readonly kind: string;
}

/**
 * Who a piece of text names: one agency of the directory, a whole group the text names
 * ("UBND các phường, xã" → every commune), or a name the directory does not have.
 */
export type AgencyReference =
  | { readonly kind: 'agency'; readonly agencyId: string; readonly name: string; readonly text: string }
  | {
      readonly kind: 'all_communes' | 'all_departments' | 'all_departments_and_communes';
      readonly text: string;
    }
  | { readonly kind: 'unknown'; readonly text: string };

export interface DeadlineFound {
  /** As the text words it: 'trước ngày 30/6/2026', 'quý II/2026', 'trong 15 ngày làm việc'. */
  readonly text: string;
  /** The last day it allows, when the words fix one; null for a relative one ('trong 15 ngày'). */
  readonly date: LocalDate | null;
}

export interface TargetFound {
  /** The figure as the text words it: 'tối thiểu 30%', 'trên 95%', '100 Mb/s'. */
  readonly text: string;
  readonly value: number;
  readonly unit: string;
}

// Folding keeps one character per character, so an index in the folded text is one in the text.
const fold = (text: string): string => foldedForSearch(text);

const GROUPS: readonly { pattern: RegExp; kind: 'all_communes' | 'all_departments' }[] = [
  {
    pattern: /(?:ubnd|uy ban nhan dan) (?:cac |cap )?(?:phuong, xa|xa, phuong|phuong xa|xa phuong|xa)\b/g,
    kind: 'all_communes',
  },
  { pattern: /\bcac (?:so, ban, nganh|so, nganh|so ban nganh)(?: thanh pho)?\b/g, kind: 'all_departments' },
];

function variants(agency: DirectoryAgency): string[] {
  const names = [agency.name, agency.shortName].filter((n): n is string => !!n).map(fold);
  const expanded = names.flatMap((n) => [
    n,
    n.replace(/^ubnd /, 'uy ban nhan dan '),
    n.replace(/ thanh pho$/, ''),
  ]);
  return [...new Set(expanded)].filter((n) => n.length >= 4);
}

const isWordChar = (c: string | undefined) => c !== undefined && /[a-z0-9&]/.test(c);

/** Every agency of the directory and every group the text names, in order of appearance. */
export function agenciesNamedIn(text: string, directory: readonly DirectoryAgency[]): AgencyReference[] {
  return namesWithPlaces(text, directory).map(({ ref }) => ref);
}

/**
 * The agencies a text starts with, when it lists them as its subject ('Đại học Huế, Trường Cao
 * đẳng Huế', 'Hiệp hội ..., Hội ... và Hội ...'): each of them acts.
 */
export function agenciesLeadingText(text: string, directory: readonly DirectoryAgency[]): AgencyReference[] {
  const run: AgencyReference[] = [];
  let end = 0;
  for (const { at, end: stop, ref } of namesWithPlaces(text, directory)) {
    const between = text.slice(end, at);
    if (run.length === 0 ? at !== 0 : !/^(,\s*|\s+và\s+|\s*;\s*)$/u.test(between)) break;
    run.push(ref);
    end = stop;
  }
  return run;
}

function namesWithPlaces(
  text: string,
  directory: readonly DirectoryAgency[],
): { at: number; end: number; ref: AgencyReference }[] {
  const folded = fold(text);
  const found: { at: number; end: number; ref: AgencyReference }[] = [];
  for (const agency of directory) {
    for (const variant of variants(agency)) {
      let at = folded.indexOf(variant);
      while (at >= 0) {
        const end = at + variant.length;
        if (!isWordChar(folded[at - 1]) && !isWordChar(folded[end]))
          found.push({
            at,
            end,
            ref: { kind: 'agency', agencyId: agency.agencyId, name: agency.name, text: text.slice(at, end) },
          });
        at = folded.indexOf(variant, at + 1);
      }
    }
  }
  for (const { pattern, kind } of GROUPS) {
    for (const match of folded.matchAll(pattern)) {
      const at = match.index ?? 0;
      found.push({
        at,
        end: at + match[0].length,
        ref: { kind, text: text.slice(at, at + match[0].length) },
      });
    }
  }
  // The longest name wins where names overlap ('Ban Chỉ đạo phát triển...' over 'Ban Chỉ đạo').
  found.sort((a, b) => a.at - b.at || b.end - a.end);
  const kept: typeof found = [];
  for (const candidate of found) {
    const last = kept[kept.length - 1];
    if (last && candidate.at < last.end) continue;
    kept.push(candidate);
  }
  const seen = new Set<string>();
  return kept.filter(({ ref }) => {
    const key = ref.kind === 'agency' ? ref.agencyId : ref.kind;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** How the words that name a unit begin, for names the directory may not have. */
const UNIT_HEAD =
  /^(?:Sở|Ban(?! hành)|Văn phòng|Trung tâm|Hội|Hiệp hội|Đại học|Trường|Ngân hàng|Ủy ban|UBND|Công an|Bộ|Cục|Chi cục|Đoàn|Liên đoàn|Bưu điện|Kho bạc|Thuế|Bảo hiểm|Các)\s/;

/**
 * Names a heading or a line's subject ('X: chỉ đạo ...', 'Nhiệm vụ của X:') as the acting
 * party: matched to the directory, or flagged as unknown. Null when it does not read as a unit.
 */
export function actingParties(phrase: string, directory: readonly DirectoryAgency[]): AgencyReference[] {
  const trimmed = phrase.trim().replace(/[:;.,]+$/, '');
  if (!UNIT_HEAD.test(trimmed) || trimmed.length > 160) return [];
  const named = agenciesNamedIn(trimmed, directory);
  const communes = named.some((r) => r.kind === 'all_communes');
  const departments = named.some((r) => r.kind === 'all_departments');
  if (communes && departments) return [{ kind: 'all_departments_and_communes', text: trimmed }];
  const leading = agenciesLeadingText(trimmed, directory);
  if (leading.length > 0) return leading;
  return [{ kind: 'unknown', text: trimmed }];
}

// ---- deadlines ----

const pad = (n: number) => String(n).padStart(2, '0');
const lastDayOf = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();
const dayOf = (year: number, month: number, day: number): LocalDate | null =>
  month >= 1 && month <= 12 && day >= 1 && day <= lastDayOf(year, month)
    ? `${year}-${pad(month)}-${pad(day)}`
    : null;
const dayBefore = (date: LocalDate): LocalDate => {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
};
const QUARTERS: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4, '1': 1, '2': 2, '3': 3, '4': 4 };

const DEADLINE_PATTERNS: readonly { pattern: RegExp; date: (m: RegExpExecArray) => LocalDate | null }[] = [
  {
    // 'trước ngày 30/6/2026', 'trước ngày 30 tháng 6 năm 2026': the day before that day
    pattern:
      /(trước|chậm nhất|hạn chót|hoàn thành|xong) (?:trong |vào )?(?:ngày )?(\d{1,2})(?:\/| tháng )(\d{1,2})(?:\/| năm )(\d{4})/giu,
    date: (m) => {
      const day = dayOf(+m[4], +m[3], +m[2]);
      return day && /^trước/i.test(m[1]) ? dayBefore(day) : day;
    },
  },
  {
    pattern: /(trước) (?:tháng )(\d{1,2})\/(\d{4})/giu,
    date: (m) => {
      const first = dayOf(+m[3], +m[2], 1);
      return first && dayBefore(first);
    },
  },
  {
    pattern: /(trong |trước |hết |đến hết )?quý (I{1,3}|IV|[1-4])\/(\d{4})/giu,
    date: (m) => {
      const quarter = QUARTERS[m[2].toLowerCase()];
      if (/^trước/i.test(m[1] ?? '')) return dayBefore(dayOf(+m[3], quarter * 3 - 2, 1)!);
      return dayOf(+m[3], quarter * 3, lastDayOf(+m[3], quarter * 3));
    },
  },
  {
    pattern: /trong (?:vòng )?\d+ (?:ngày(?: làm việc)?|tháng|tuần)(?: kể từ [^,;.]+)?/giu,
    date: () => null,
  },
  {
    pattern: /(?:trong|hoàn thành trong|đến|đến hết|vào) năm (\d{4})/giu,
    date: (m) => dayOf(+m[1], 12, 31),
  },
];

/** The deadlines a line states, in the text's words. */
export function deadlinesIn(text: string): DeadlineFound[] {
  const found: { at: number; end: number; deadline: DeadlineFound }[] = [];
  for (const { pattern, date } of DEADLINE_PATTERNS) {
    for (const match of text.matchAll(new RegExp(pattern.source, pattern.flags))) {
      const at = match.index ?? 0;
      const end = at + match[0].length;
      if (found.some((f) => at < f.end && end > f.at)) continue;
      found.push({ at, end, deadline: { text: match[0].trim(), date: date(match as RegExpExecArray) } });
    }
  }
  return found.sort((a, b) => a.at - b.at).map((f) => f.deadline);
}

// ---- targets ----

const TARGET =
  /((?:tối thiểu|ít nhất|trên|hơn|khoảng|đạt|dưới|tối đa|từ)\s)?(\d{1,3}(?:[.,]\d+)?(?:\s?-\s?\d{1,3}(?:[.,]\d+)?)?)\s?(%|Mb\/s|Gb\/s|triệu tài khoản|triệu|tỷ đồng|doanh nghiệp|bài toán|sản dữ liệu|nền tảng|hộ)/giu;

/** The figures with a unit a line states: percentages and counts of something. */
export function targetsIn(text: string): TargetFound[] {
  return [...text.matchAll(TARGET)]
    .filter((m) => !/\d[.,]?$/.test(text.slice(0, m.index ?? 0)))
    .map((m) => {
      const first = m[2].split('-')[0].trim().replace(',', '.');
      return { text: m[0].trim(), value: Number(first), unit: m[3] };
    });
}
