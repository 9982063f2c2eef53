import { ApiProperty } from '@nestjs/swagger';
import { ApiDay, ApiNullable } from '@giaoviec/platform';
import type { AgencyReference, PlanImportDraft, Quote } from '../../domain';

const AGENCY_KINDS = ['agency', 'all_communes', 'all_departments', 'all_departments_and_communes', 'unknown'];

export class QuoteView implements Quote {
  @ApiProperty({ type: 'integer', description: 'Line of the text (1-based) the item starts on' })
  line!: number;
  @ApiProperty({ description: 'The words of that line, as the text has them' }) text!: string;
}

/** Who a text names: an agency of the directory, a whole group, or a name the directory lacks. */
export class AgencyReferenceView {
  @ApiProperty({
    enum: AGENCY_KINDS,
    enumName: 'ImportedAgencyKind',
    description: '`unknown`: the directory has no such agency (flag it to the reviewer)',
  })
  kind!: AgencyReference['kind'];
  @ApiNullable(String, { description: 'Set when kind is `agency`' }) agencyId!: string | null;
  @ApiNullable(String, { description: "The directory's name, when kind is `agency`" }) name!: string | null;
  @ApiProperty({ description: 'How the text names it' }) text!: string;
}

export class QuotedAgencyView extends AgencyReferenceView {
  @ApiProperty({ type: QuoteView }) quote!: QuoteView;
}

export class QuotedTextView {
  @ApiProperty() value!: string;
  @ApiProperty({ type: QuoteView }) quote!: QuoteView;
}

export class QuotedDayView {
  @ApiDay() value!: string;
  @ApiProperty({ type: QuoteView }) quote!: QuoteView;
}

export class DraftSignerValueView {
  @ApiProperty({ example: 'Nguyễn Khắc Toàn' }) name!: string;
  @ApiProperty({ example: 'Chủ tịch' }) title!: string;
  @ApiNullable(String, { example: 'TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH' }) onBehalf!: string | null;
}

export class DraftSignerView {
  @ApiProperty({ type: DraftSignerValueView }) value!: DraftSignerValueView;
  @ApiProperty({ type: QuoteView }) quote!: QuoteView;
}

export class DeadlineFoundView {
  @ApiProperty({ example: 'trước ngày 30/6/2026' }) text!: string;
  @ApiDay({ nullable: true, description: 'Null when the words fix no day (`trong 15 ngày làm việc`)' })
  date!: string | null;
}

export class QuotedDeadlineView extends DeadlineFoundView {
  @ApiProperty({ type: QuoteView }) quote!: QuoteView;
}

export class TargetFoundView {
  @ApiProperty({ example: 'tối thiểu 30%' }) text!: string;
  @ApiProperty() value!: number;
  @ApiProperty({ example: '%' }) unit!: string;
}

export class QuotedTargetView extends TargetFoundView {
  @ApiProperty({ type: QuoteView }) quote!: QuoteView;
  @ApiNullable(String) sectionCode!: string | null;
}

export class DraftSectionView {
  @ApiProperty({ example: 'III.6.1' }) code!: string;
  @ApiNullable(String) parentCode!: string | null;
  @ApiProperty() heading!: string;
  @ApiProperty({
    enum: ['legal_bases', 'objectives', 'tasks', 'solutions', 'funding', 'other'],
    enumName: 'ImportedSectionRole',
  })
  role!: string;
  @ApiProperty({ type: [AgencyReferenceView] }) agencies!: AgencyReferenceView[];
  @ApiProperty({ type: QuoteView }) quote!: QuoteView;
}

export class DraftTaskView {
  @ApiProperty({ example: 'III.3.2' }) code!: string;
  @ApiProperty() sectionCode!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ type: AgencyReferenceView, nullable: true, description: 'Null when the text names nobody' })
  lead!: AgencyReferenceView | null;
  @ApiProperty({
    type: [AgencyReferenceView],
    description: 'Named side by side with the lead: each leads a task',
  })
  coLeads!: AgencyReferenceView[];
  @ApiProperty({ type: [AgencyReferenceView] }) coordinating!: AgencyReferenceView[];
  @ApiProperty({ type: DeadlineFoundView, nullable: true }) deadline!: DeadlineFoundView | null;
  @ApiProperty({ type: [TargetFoundView] }) targets!: TargetFoundView[];
  @ApiProperty({ type: QuoteView }) quote!: QuoteView;
}

/** The draft read from a plan's text; a field the text does not state is null. */
export class PlanImportDraftView {
  @ApiProperty({ type: QuotedTextView, nullable: true }) number!: QuotedTextView | null;
  @ApiProperty({ type: QuotedTextView, nullable: true }) title!: QuotedTextView | null;
  @ApiProperty({ type: QuotedDayView, nullable: true }) issuedOn!: QuotedDayView | null;
  @ApiProperty({ type: QuotedTextView, nullable: true }) place!: QuotedTextView | null;
  @ApiProperty({ type: DraftSignerView, nullable: true }) signer!: DraftSignerView | null;
  @ApiProperty({ type: [QuotedTextView] }) legalBases!: QuotedTextView[];
  @ApiProperty({ type: [DraftSectionView] }) sections!: DraftSectionView[];
  @ApiProperty({ type: [DraftTaskView] }) tasks!: DraftTaskView[];
  @ApiProperty({ type: [QuotedAgencyView] }) agencies!: QuotedAgencyView[];
  @ApiProperty({ type: [QuotedDeadlineView] }) deadlines!: QuotedDeadlineView[];
  @ApiProperty({ type: [QuotedTargetView] }) targets!: QuotedTargetView[];
}

const agencyView = (ref: AgencyReference): AgencyReferenceView =>
  ref.kind === 'agency'
    ? { kind: ref.kind, agencyId: ref.agencyId, name: ref.name, text: ref.text }
    : { kind: ref.kind, agencyId: null, name: null, text: ref.text };

/** The answer's shape: every agency reference with the same fields, whatever its kind. */
export function planImportDraftView(draft: PlanImportDraft): PlanImportDraftView {
  return {
    ...draft,
    signer: draft.signer && { ...draft.signer, value: { ...draft.signer.value } },
    legalBases: [...draft.legalBases],
    sections: draft.sections.map((s) => ({ ...s, agencies: s.agencies.map(agencyView) })),
    tasks: draft.tasks.map((t) => ({
      ...t,
      lead: t.lead && agencyView(t.lead),
      coLeads: t.coLeads.map(agencyView),
      coordinating: t.coordinating.map(agencyView),
      targets: [...t.targets],
    })),
    agencies: draft.agencies.map((a) => ({ ...agencyView(a), quote: a.quote })),
    deadlines: [...draft.deadlines],
    targets: [...draft.targets],
  };
}
