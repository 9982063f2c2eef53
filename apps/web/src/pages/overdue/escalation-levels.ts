import type { OverdueTask } from '../../api/standing-office-views';

export type EscalationLevel = 'standing_office' | 'steering_committee';

const LEVELS: readonly { value: EscalationLevel; label: string }[] = [
  { value: 'standing_office', label: 'Cơ quan thường trực' },
  { value: 'steering_committee', label: 'Ban Chỉ đạo' },
];

/** The levels a task may still go up to: escalation only goes up, never back. */
export function levelsAbove(current: OverdueTask['escalationLevel']) {
  const from = current === null ? 0 : LEVELS.findIndex((level) => level.value === current) + 1;
  return LEVELS.slice(from);
}
