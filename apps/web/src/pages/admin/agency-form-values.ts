import type { Dayjs } from 'dayjs';
import { toLocalDate } from '../../labels/dates';

/** The fields every change of the directory carries: its effective date and decision. */
export interface DecisionValues {
  effectiveOn: Dayjs;
  decisionRef?: string;
}

/** The decision fields as the API takes them; an empty reference is left out. */
export function decisionBody({ effectiveOn, decisionRef }: DecisionValues) {
  const reference = decisionRef?.trim();
  return { effectiveOn: toLocalDate(effectiveOn), ...(reference ? { decisionRef: reference } : {}) };
}

/** An optional text field: trimmed, left out when empty. */
export function optionalText(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}
