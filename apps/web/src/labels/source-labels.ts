/** The words naming where a task comes from: "Kế hoạch 495/KH-UBND, mục III.5.2". */

interface SourceOf {
  readonly documentNumber: string | null;
  readonly section: string;
}
interface PlanOf {
  readonly number: string | null;
  readonly title: string;
}

function documentWords(number: string | null, plan: PlanOf | undefined): string {
  if (number) return /\/KH-/.test(number) ? `Kế hoạch ${number}` : `Văn bản ${number}`;
  if (!plan) return 'Văn bản không ghi số';
  // The plan's own document without a number, or another one (an amendment) about a numbered plan.
  return plan.number
    ? `Văn bản không ghi số về Kế hoạch ${plan.number}`
    : `Kế hoạch ${plan.title} (văn bản không ghi số)`;
}

export function sourceLabel(source: SourceOf, plan: PlanOf | undefined): string {
  // 'III.5.2' is a numbered section (mục); 'đoạn 8' (a paragraph) already says what it is.
  const place = /^\p{Ll}/u.test(source.section) ? source.section : `mục ${source.section}`;
  return `${documentWords(source.documentNumber, plan)}, ${place}`;
}

/** What GET /tasks?section= accepts: 'III.5', 'VI.3.1', 'SĐ-II.2'. */
export const SECTION_PATTERN = /^[\p{L}\p{N}]+(?:[.-][\p{L}\p{N}]+)*$/u;
