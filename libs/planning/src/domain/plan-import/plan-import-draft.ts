/**
 * A draft of a plan read from its text, for the standing office to review before issuing it.
 * Nothing here is guessed: a field the text does not state is null, and every item keeps the
 * line it was read from so the reviewer can check it against the document.
 */
import type { LocalDate } from '@giaoviec/kernel';
import type { Signer } from '../plan-events';
import {
  actingParties,
  agenciesLeadingText,
  agenciesNamedIn,
  deadlinesIn,
  targetsIn,
  type AgencyReference,
  type DeadlineFound,
  type DirectoryAgency,
  type TargetFound,
} from './plan-text-facts';
import { logicalLines, markerOf, type TextLine } from './plan-text-lines';

/** Where an item was read: the line of the text (1-based) and its words. */
export interface Quote {
  readonly line: number;
  readonly text: string;
}

export interface Quoted<T> {
  readonly value: T;
  readonly quote: Quote;
}

/** What a section holds, by its heading: the importer takes tasks only from task sections. */
export type SectionRole = 'legal_bases' | 'objectives' | 'tasks' | 'solutions' | 'funding' | 'other';

export interface DraftSection {
  /** 'III', 'III.6', 'III.6.1', 'II.2.a'. */
  readonly code: string;
  readonly parentCode: string | null;
  readonly heading: string;
  readonly role: SectionRole;
  /** The agencies the heading names, for sections such as 'VI.2 Sở Khoa học và Công nghệ'. */
  readonly agencies: readonly AgencyReference[];
  readonly quote: Quote;
}

export interface DraftTask {
  /** Section code and the item's place in it: 'III.3.2' (section III.3, second bullet). */
  readonly code: string;
  readonly sectionCode: string;
  readonly title: string;
  /** The acting agency: named at the start of the item, or by its section's heading; else null. */
  readonly lead: AgencyReference | null;
  /** Named side by side with the lead ('Đại học Huế, Trường Cao đẳng Huế'): each leads a task of its own. */
  readonly coLeads: readonly AgencyReference[];
  /** Other agencies the item names (phối hợp). */
  readonly coordinating: readonly AgencyReference[];
  readonly deadline: DeadlineFound | null;
  readonly targets: readonly TargetFound[];
  readonly quote: Quote;
}

export interface PlanImportDraft {
  readonly number: Quoted<string> | null;
  readonly title: Quoted<string> | null;
  readonly issuedOn: Quoted<LocalDate> | null;
  readonly place: Quoted<string> | null;
  readonly signer: Quoted<Signer & { readonly onBehalf: string | null }> | null;
  readonly legalBases: readonly Quoted<string>[];
  readonly sections: readonly DraftSection[];
  readonly tasks: readonly DraftTask[];
  /** Every agency named anywhere in the text, once each; unknown ones are flagged by kind. */
  readonly agencies: readonly (AgencyReference & { readonly quote: Quote })[];
  readonly deadlines: readonly (DeadlineFound & { readonly quote: Quote })[];
  readonly targets: readonly (TargetFound & { readonly quote: Quote; readonly sectionCode: string | null })[];
}

/** A plan's text is a few dozen pages at most; more is not a plan. */
export const PLAN_TEXT_MAX_LENGTH = 200_000;

const quoteOf = (line: TextLine): Quote => ({ line: line.line, text: line.text });

const ROLES: readonly [RegExp, SectionRole][] = [
  [/^căn cứ/i, 'legal_bases'],
  [/^mục (tiêu|đích)/i, 'objectives'],
  [/nhiệm vụ|tổ chức thực hiện|nội dung/i, 'tasks'],
  [/giải pháp/i, 'solutions'],
  [/kinh phí/i, 'funding'],
];
function roleOf(heading: string, parent: SectionRole | null): SectionRole {
  const own = ROLES.find(([pattern]) => pattern.test(heading))?.[1];
  if (parent === null) return own ?? 'other';
  // Inside a task section a sub-heading about objectives ('Sửa đổi ... Mục tiêu') holds targets.
  if (parent === 'tasks' && /mục tiêu/i.test(heading) && !/nhiệm vụ/i.test(heading)) return 'objectives';
  if (parent === 'tasks' && /giải pháp/i.test(heading)) return 'tasks';
  return parent;
}

const MONTHS = 'tháng';
const DATE_LINE = new RegExp(
  `^([\\p{L} .]+?),\\s*ngày\\s+(\\d{1,2})\\s+${MONTHS}\\s+(\\d{1,2})\\s+năm\\s+(\\d{4})`,
  'iu',
);
const NUMBER_LINE = /^Số\s*:\s*([\d.]+\/[\p{L}\d-]+)/iu;
const SIGNER_TITLE = /^(PHÓ CHỦ TỊCH(?: THƯỜNG TRỰC)?|CHỦ TỊCH)$/u;
const ON_BEHALF = /^(TM\.|KT\.)/u;

function titleCase(upper: string): string {
  const lower = upper.toLocaleLowerCase('vi');
  return lower.charAt(0).toLocaleUpperCase('vi') + lower.slice(1).replace('chủ tịch', 'Chủ tịch');
}

function header(lines: readonly TextLine[]) {
  let number: Quoted<string> | null = null;
  let issuedOn: Quoted<LocalDate> | null = null;
  let place: Quoted<string> | null = null;
  let title: Quoted<string> | null = null;
  const firstSection = lines.findIndex((l) => markerOf(l.text).marker?.kind === 'roman');
  const head = firstSection < 0 ? lines.slice(0, 12) : lines.slice(0, firstSection);
  head.forEach((line, index) => {
    const num = NUMBER_LINE.exec(line.text);
    if (num && !number) number = { value: num[1], quote: quoteOf(line) };
    const date = DATE_LINE.exec(line.text);
    if (date && !issuedOn) {
      const [, where, d, m, y] = date;
      const value = `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
      issuedOn = { value, quote: quoteOf(line) };
      place = { value: where.trim(), quote: quoteOf(line) };
    }
    // The title is the line after the heading 'KẾ HOẠCH'.
    if (/^KẾ HOẠCH$/u.test(line.text) && head[index + 1] && !title)
      title = { value: head[index + 1].text, quote: quoteOf(head[index + 1]) };
  });
  return { number, issuedOn, place, title };
}

/** The signature block at the end: '[TM. ỦY BAN NHÂN DÂN] [KT. CHỦ TỊCH] PHÓ CHỦ TỊCH / Name'. */
function signer(lines: readonly TextLine[]): PlanImportDraft['signer'] {
  const tail = lines.slice(-8);
  for (let i = tail.length - 2; i >= 0; i -= 1) {
    const titleLine = tail[i];
    if (!SIGNER_TITLE.test(titleLine.text)) continue;
    const nameLine = tail[i + 1];
    if (!/^\p{Lu}\p{Ll}*(\s\p{Lu}\p{Ll}*){1,5}$/u.test(nameLine.text)) return null;
    const onBehalf = tail
      .slice(0, i)
      .filter((l) => ON_BEHALF.test(l.text))
      .map((l) => l.text)
      .join(' / ');
    return {
      value: { name: nameLine.text, title: titleCase(titleLine.text), onBehalf: onBehalf || null },
      quote: {
        line: titleLine.line,
        text: [...tail.slice(i - (onBehalf ? 1 : 0), i + 2)].map((l) => l.text).join(' / '),
      },
    };
  }
  return null;
}

const ACTION_START =
  /^(Tăng cường|Thường xuyên|Chỉ đạo|Bám sát|Nghiên cứu|Ban hành|Tổ chức|Xây dựng|Từng bước|Tiếp tục|Triển khai|Tập huấn|Bồi dưỡng|Phát triển|Số hóa|Hoàn thành|Hoàn thiện|Tập trung|Thực hiện|Kết nối|Tham mưu|Quản lý|Thúc đẩy|Hỗ trợ|Đẩy mạnh|Nâng cao|Phối hợp|Có trách nhiệm|Cân đối|Tổng hợp|Trên cơ sở|Chủ trì|Yêu cầu|Đảm bảo|Bảo đảm|Rà soát|Kiện toàn|Duy trì|Vận hành|Cung cấp|Đầu tư|Khuyến khích|Bổ sung vào|Sửa đổi|Các cơ sở|Là cơ quan|Thí điểm|Ứng dụng|Đào tạo|Phổ cập|Tuyên truyền|Khai thác|Mở rộng|Đôn đốc|Theo dõi|Kiểm tra|Giám sát|Báo cáo|Định kỳ|Làm đầu mối)(?=[\s,:;.]|$)/u;
// Bullets that state an objective ('Cập nhật mục tiêu: ...') or keep what is unchanged are not work.
const NOT_WORK =
  /^(Cập nhật|Bổ sung|Sửa đổi) mục tiêu|^Các nội dung khác không điều chỉnh|^(Ngân sách|Nguồn|Các nguồn)\b/iu;

interface OpenSection {
  readonly section: DraftSection;
  readonly level: number;
  items: number;
}

function levelOf(kind: 'roman' | 'arabic' | 'letter', label: string): number {
  if (kind === 'roman') return 1;
  if (kind === 'letter') return 4;
  return 1 + label.split('.').length;
}

/** Reads a plan's text into a draft; `directory` is the agencies the names are matched to. */
export function draftPlanFromText(rawText: string, directory: readonly DirectoryAgency[]): PlanImportDraft {
  const lines = logicalLines(rawText.normalize('NFC'));
  const { number, issuedOn, place, title } = header(lines);
  const sections: DraftSection[] = [];
  const tasks: DraftTask[] = [];
  const legalBases: Quoted<string>[] = [];
  const stack: OpenSection[] = [];
  const signatureAt = lines.findIndex((l) => /^Nơi nhận\s*:?/iu.test(l.text));
  const body = signatureAt < 0 ? lines : lines.slice(0, signatureAt);

  const current = () => stack[stack.length - 1];
  /** Who acts: named as the item's subject, or by its section's heading; nobody otherwise. */
  const leadsOf = (text: string): { named: readonly AgencyReference[]; fromText: boolean } => {
    const subject = /^([^:]{3,160}):\s/u.exec(text);
    const bySubject = subject ? actingParties(subject[1], directory) : [];
    if (bySubject.length > 0) return { named: bySubject, fromText: true };
    const leading = agenciesLeadingText(text, directory);
    if (leading.length > 0) return { named: leading, fromText: true };
    if (/^UBND cấp xã\b/u.test(text))
      return { named: [{ kind: 'all_communes', text: 'UBND cấp xã' }], fromText: true };
    for (const open of [...stack].reverse())
      if (open.section.agencies.length > 0) return { named: open.section.agencies, fromText: false };
    return { named: [], fromText: false };
  };
  const addTask = (text: string, line: TextLine, open: OpenSection, code: string) => {
    const [lead = null, ...coLeads] = leadsOf(text).named;
    const key = (ref: AgencyReference) => (ref.kind === 'agency' ? ref.agencyId : ref.kind);
    const leads = new Set([lead, ...coLeads].filter((r): r is AgencyReference => r !== null).map(key));
    const coordinating = agenciesNamedIn(text, directory).filter((ref) => !leads.has(key(ref)));
    tasks.push({
      code,
      sectionCode: open.section.code,
      title: text,
      lead,
      coLeads,
      coordinating,
      deadline: deadlinesIn(text)[0] ?? null,
      targets: targetsIn(text),
      quote: quoteOf(line),
    });
  };

  // Legal bases cite other documents: their dates and bodies are not this plan's.
  const cited = new Set<number>();
  for (const line of body) {
    const { marker, rest } = markerOf(line.text);
    if (current()?.section.role === 'legal_bases' && marker?.kind !== 'roman') cited.add(line.line);
    if (marker && marker.kind !== 'bullet') {
      const level = levelOf(marker.kind, marker.label);
      // An Arabic number outside any Roman section, or deeper than one below the open one, is prose.
      if (level > 1 && stack.length === 0) continue;
      while (stack.length > 0 && current().level >= level) stack.pop();
      const parent = current();
      const label = marker.kind === 'arabic' ? marker.label.split('.').pop()! : marker.label;
      const code = parent ? `${parent.section.code}.${label}` : label;
      const [heading, ...inline] = marker.kind === 'letter' ? splitLetterItem(rest) : [rest];
      const role = roleOf(heading, parent?.section.role ?? null);
      const agencyPhrase = /Nhiệm vụ của (.+?)$/u.exec(heading)?.[1] ?? heading;
      const agencies = role === 'tasks' ? actingParties(agencyPhrase, directory) : [];
      const section: DraftSection = {
        code,
        parentCode: parent?.section.code ?? null,
        heading,
        role,
        agencies,
        quote: quoteOf(line),
      };
      sections.push(section);
      const open: OpenSection = { section, level, items: 0 };
      stack.push(open);
      // 'a) Bổ sung vào khoản 2 (Hạ tầng): Phối hợp với ...': the item itself is the work.
      const work = inline.join(': ');
      if (role === 'tasks' && work && isWork(work)) addTask(work, line, open, code);
      continue;
    }
    const open = current();
    if (!open) continue;
    const text = marker ? rest : line.text;
    if (open.section.role === 'legal_bases') {
      if (marker) legalBases.push({ value: text.replace(/[;.]$/u, ''), quote: quoteOf(line) });
      continue;
    }
    if (open.section.role !== 'tasks') continue;
    // A paragraph directly under a heading that names an agency is that agency's task ('VI.7').
    // Bullets keep their place in the section whether or not they read as work, so codes match the document.
    if (marker) open.items += 1;
    const actorFirst = leadsOf(text).fromText;
    const headedByAgency = open.section.agencies.length > 0 && !marker;
    if (!isWork(text) && !((actorFirst || headedByAgency) && !NOT_WORK.test(text))) continue;
    if (!marker) open.items += 1;
    const code = marker || open.items > 1 ? `${open.section.code}.${open.items}` : open.section.code;
    addTask(text, line, open, code);
  }

  const uncited = body.filter((line) => !cited.has(line.line));
  return {
    number,
    title,
    issuedOn,
    place,
    signer: signer(lines),
    legalBases,
    sections,
    tasks,
    agencies: everyAgency(uncited, directory, [
      ...sections.flatMap((s) => s.agencies.map((ref) => ({ ref, quote: s.quote }))),
      ...tasks.flatMap((t) => [t.lead, ...t.coLeads].map((ref) => ({ ref, quote: t.quote }))),
    ]),
    deadlines: uncited.flatMap((line) => deadlinesIn(line.text).map((d) => ({ ...d, quote: quoteOf(line) }))),
    targets: targetsWithSections(uncited, sections),
  };
}

function isWork(text: string): boolean {
  if (NOT_WORK.test(text)) return false;
  const subject = /^[^:]{3,160}:\s(.*)$/u.exec(text);
  return (
    ACTION_START.test(text) || (subject !== null && ACTION_START.test(subject[1].replace(/^là /u, 'Là ')))
  );
}

/** 'Về kinh tế số:' is a heading; 'Bổ sung vào khoản 2 (Hạ tầng): Phối hợp ...' carries its work. */
function splitLetterItem(rest: string): string[] {
  const colon = rest.indexOf(': ');
  if (colon < 0) return [rest.replace(/:$/u, '')];
  return [rest.slice(0, colon), rest.slice(colon + 2)];
}

function everyAgency(
  lines: readonly TextLine[],
  directory: readonly DirectoryAgency[],
  actors: readonly { ref: AgencyReference | null; quote: Quote }[],
) {
  const seen = new Set<string>();
  const out: (AgencyReference & { quote: Quote })[] = [];
  const add = (ref: AgencyReference, quote: Quote) => {
    const key =
      ref.kind === 'agency' ? ref.agencyId : ref.kind === 'unknown' ? `unknown:${ref.text}` : ref.kind;
    if (seen.has(key)) return;
    seen.add(key);
    out.push({ ...ref, quote });
  };
  for (const line of lines) for (const ref of agenciesNamedIn(line.text, directory)) add(ref, quoteOf(line));
  // Names the directory lacks are looked for only where the text says who acts.
  for (const { ref, quote } of actors)
    if (ref?.kind === 'unknown') for (const part of splitParties(ref.text, directory)) add(part, quote);
  return out;
}

/** 'Hiệp hội Doanh nghiệp thành phố, Hội Doanh nghiệp trẻ' names two units. */
function splitParties(text: string, directory: readonly DirectoryAgency[]): AgencyReference[] {
  return text
    .split(/,\s|\svà\s(?=(?:các\s)?\p{Lu})/u)
    .flatMap((part) => actingParties(part, directory))
    .filter((ref) => ref.kind === 'unknown');
}

function targetsWithSections(lines: readonly TextLine[], sections: readonly DraftSection[]) {
  const byLine = [...sections].sort((a, b) => a.quote.line - b.quote.line);
  return lines.flatMap((line) => {
    const section = [...byLine].reverse().find((s) => s.quote.line <= line.line) ?? null;
    return targetsIn(line.text).map((t) => ({
      ...t,
      quote: quoteOf(line),
      sectionCode: section?.code ?? null,
    }));
  });
}
