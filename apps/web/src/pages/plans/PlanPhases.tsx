import { Typography } from 'antd';
import type { PlanPhase } from '../../api/standing-office-views';
import { formatDate } from '../../labels/dates';

/** The phases (giai đoạn thực hiện) of a plan, in order, each with its dates and its focus as the plan words it. */
export function PlanPhases({ phases }: { phases: readonly PlanPhase[] }) {
  return (
    <ol style={{ margin: 0, paddingInlineStart: 18 }}>
      {phases.map((phase) => (
        <li key={`${phase.from}-${phase.name}`}>
          <Typography.Text strong>{phase.name}</Typography.Text> ({formatDate(phase.from)} –{' '}
          {formatDate(phase.to)}): {phase.focus}
        </li>
      ))}
    </ol>
  );
}
