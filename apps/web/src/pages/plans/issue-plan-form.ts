import type { Dayjs } from 'dayjs';
import type { FieldPlacement } from '../../api/field-errors';
import { toLocalDate } from '../../labels/dates';
import { optionalText } from '../pending/task-commands';
import { signerOf, type IssuePlanBody } from './plan-commands';
import { phasesBody, PHASE_RULE_FIELDS, type PhaseValues } from './plan-phases-form';

/** The "Ban hành kế hoạch" dialog's fields; what the document does not give stays empty. */
export interface IssuePlanValues {
  number?: string;
  title: string;
  issuedOn?: Dayjs;
  signerName?: string;
  signerTitle?: string;
  issuingAuthority: string;
  from: Dayjs;
  to: Dayjs;
  legalBases?: string;
  standingAgencyId?: string;
  summary?: string;
  phases?: PhaseValues[];
}

/** POST /plans for the dialog's values: one legal basis a line, the phases in the order listed. */
export function issuePlanBody(values: IssuePlanValues): IssuePlanBody {
  return {
    number: optionalText(values.number) ?? null,
    title: values.title.trim(),
    issuedOn: values.issuedOn ? toLocalDate(values.issuedOn) : null,
    signer: signerOf(values) ?? null,
    issuingAuthority: values.issuingAuthority.trim(),
    period: { from: toLocalDate(values.from), to: toLocalDate(values.to) },
    legalBases: (values.legalBases ?? '')
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean),
    standingAgencyId: values.standingAgencyId,
    summary: optionalText(values.summary),
    phases: phasesBody(values.phases),
  };
}

/** Which field of the dialog each refusal of POST /plans is about; a phase's by its place in the list. */
export const ISSUE_PLAN_FIELD_PLACEMENT: FieldPlacement = {
  fields: {
    number: 'number',
    title: 'title',
    issuedOn: 'issuedOn',
    signer: 'signerName',
    'signer.name': 'signerName',
    'signer.title': 'signerTitle',
    issuingAuthority: 'issuingAuthority',
    period: 'from',
    'period.from': 'from',
    'period.to': 'to',
    legalBases: 'legalBases',
    standingAgencyId: 'standingAgencyId',
    summary: 'summary',
  },
  lists: ['phases'],
  rules: {
    'plan.title_required': () => 'title',
    'plan.number_invalid': () => 'number',
    'plan.issued_on_invalid': () => 'issuedOn',
    'plan.signer_required': () => 'signerTitle',
    'plan.issuing_authority_required': () => 'issuingAuthority',
    'plan.period_invalid': () => 'to',
    'plan.legal_basis_blank': () => 'legalBases',
    ...PHASE_RULE_FIELDS,
  },
};
