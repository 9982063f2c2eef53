import type { LocalDate } from '@giaoviec/kernel';
import { CHU_KY, escapeHtml, ngay } from '../notification/vietnamese-text';
import type { EmailContent } from '../notification/email-templates';

export type DigestSection = 'became_overdue' | 'escalated' | 'due_this_week';

/** One task in one section of the digest, as the read models give it. */
export interface DigestRow {
  readonly section: DigestSection;
  readonly taskId: string;
  readonly code: string | null;
  readonly title: string;
  readonly planNumber: string | null;
  readonly leadAgencyId: string;
  readonly leadAgencyName: string | null;
  readonly dueDate: LocalDate;
  readonly daysOverdue: number;
  readonly escalationLevel: 'standing_office' | 'steering_committee' | null;
}

export interface AgencyDigest {
  readonly agencyId: string;
  readonly agencyName: string;
  readonly becameOverdue: readonly DigestRow[];
  readonly escalated: readonly DigestRow[];
  readonly dueThisWeek: readonly DigestRow[];
}

export interface Digest extends EmailContent {
  readonly today: LocalDate;
  readonly agencies: readonly AgencyDigest[];
  readonly totals: {
    readonly becameOverdue: number;
    readonly escalated: number;
    readonly dueThisWeek: number;
  };
  /** Nothing to report. */
  readonly empty: boolean;
}

const SECTION_TITLES: Record<DigestSection, string> = {
  became_overdue: 'Nhiệm vụ mới quá hạn (từ ngày làm việc trước)',
  escalated: 'Nhiệm vụ đã báo cáo vượt cấp',
  due_this_week: 'Nhiệm vụ đến hạn trong 7 ngày tới',
};

const LEVELS = { standing_office: 'cơ quan thường trực', steering_committee: 'Ban Chỉ đạo' } as const;

function byTask(a: DigestRow, b: DigestRow): number {
  return a.dueDate.localeCompare(b.dueDate) || (a.code ?? a.title).localeCompare(b.code ?? b.title, 'vi');
}

function describeRow(row: DigestRow): string {
  const task = `${row.code ? `${row.code}. ` : ''}${row.title}`;
  const plan = row.planNumber ? ` (KH ${row.planNumber})` : '';
  switch (row.section) {
    case 'became_overdue':
      return `${task}${plan} — hạn ${ngay(row.dueDate)}, quá hạn ${row.daysOverdue} ngày làm việc`;
    case 'escalated':
      return `${task}${plan} — hạn ${ngay(row.dueDate)}, quá hạn ${row.daysOverdue} ngày làm việc, đã báo cáo ${
        row.escalationLevel ? LEVELS[row.escalationLevel] : 'cấp trên'
      }`;
    case 'due_this_week':
      return `${task}${plan} — hạn ${ngay(row.dueDate)}`;
  }
}

/**
 * The standing office's morning digest, per lead agency (agencies by name): what became
 * overdue since yesterday, what was escalated, what is due in the coming week. Pure: a
 * function of the read-model rows and today's date, in Vietnamese, plain text and HTML.
 */
export function buildDigest(today: LocalDate, rows: readonly DigestRow[]): Digest {
  const byAgency = new Map<string, { name: string; rows: DigestRow[] }>();
  for (const row of rows) {
    const entry = byAgency.get(row.leadAgencyId) ?? {
      name: row.leadAgencyName ?? row.leadAgencyId,
      rows: [],
    };
    entry.rows.push(row);
    byAgency.set(row.leadAgencyId, entry);
  }
  const agencies: AgencyDigest[] = [...byAgency.entries()]
    .map(([agencyId, { name, rows: own }]) => ({
      agencyId,
      agencyName: name,
      becameOverdue: own.filter((r) => r.section === 'became_overdue').sort(byTask),
      escalated: own.filter((r) => r.section === 'escalated').sort(byTask),
      dueThisWeek: own.filter((r) => r.section === 'due_this_week').sort(byTask),
    }))
    .sort((a, b) => a.agencyName.localeCompare(b.agencyName, 'vi') || a.agencyId.localeCompare(b.agencyId));
  const totals = {
    becameOverdue: rows.filter((r) => r.section === 'became_overdue').length,
    escalated: rows.filter((r) => r.section === 'escalated').length,
    dueThisWeek: rows.filter((r) => r.section === 'due_this_week').length,
  };
  const subject =
    `[Tổng hợp] Tình hình nhiệm vụ ngày ${ngay(today)}: ${totals.becameOverdue} mới quá hạn, ` +
    `${totals.escalated} báo cáo vượt cấp, ${totals.dueThisWeek} đến hạn trong tuần`;

  const sections = (agency: AgencyDigest) =>
    (
      [
        ['became_overdue', agency.becameOverdue],
        ['escalated', agency.escalated],
        ['due_this_week', agency.dueThisWeek],
      ] as const
    ).filter(([, list]) => list.length > 0);

  const text: string[] = [`Tổng hợp tình hình thực hiện nhiệm vụ ngày ${ngay(today)}`, ''];
  if (agencies.length === 0)
    text.push('Không có nhiệm vụ mới quá hạn, báo cáo vượt cấp hay đến hạn trong tuần.', '');
  for (const agency of agencies) {
    text.push(`== ${agency.agencyName} ==`);
    for (const [section, list] of sections(agency)) {
      text.push(`${SECTION_TITLES[section]} (${list.length}):`);
      for (const row of list) text.push(`  - ${describeRow(row)}`);
    }
    text.push('');
  }
  text.push('--', CHU_KY);

  const html: string[] = [
    '<!doctype html><html lang="vi"><body style="font-family: Arial, sans-serif; font-size: 14px">',
    `<h2>Tổng hợp tình hình thực hiện nhiệm vụ ngày ${ngay(today)}</h2>`,
  ];
  if (agencies.length === 0)
    html.push('<p>Không có nhiệm vụ mới quá hạn, báo cáo vượt cấp hay đến hạn trong tuần.</p>');
  for (const agency of agencies) {
    html.push(`<h3>${escapeHtml(agency.agencyName)}</h3>`);
    for (const [section, list] of sections(agency)) {
      html.push(`<p><strong>${SECTION_TITLES[section]} (${list.length})</strong></p><ul>`);
      for (const row of list) html.push(`<li>${escapeHtml(describeRow(row))}</li>`);
      html.push('</ul>');
    }
  }
  html.push(`<p style="color: #666; font-size: 12px">${escapeHtml(CHU_KY)}</p>`, '</body></html>');

  return {
    today,
    agencies,
    totals,
    empty: rows.length === 0,
    subject,
    text: text.join('\n'),
    html: html.join('\n'),
  };
}
