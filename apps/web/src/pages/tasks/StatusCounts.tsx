import { Card, Col, Row, Statistic } from 'antd';
import {
  CATEGORY_CHART_COLORS,
  CATEGORY_LABELS,
  TASK_CATEGORIES,
  type TaskCategory,
} from '../../labels/task-labels';
import type { CategoryCounts } from '../../api/views';

/** Counts per status category at the top of the list; a click filters the list by it. */
export function StatusCounts({
  counts,
  selected,
  onSelect,
}: {
  counts: CategoryCounts | undefined;
  selected?: TaskCategory;
  onSelect: (category: TaskCategory | undefined) => void;
}) {
  return (
    <Row gutter={[8, 8]} style={{ marginBottom: 16 }}>
      {TASK_CATEGORIES.map((category) => (
        <Col key={category} xs={12} sm={8} lg={4}>
          <Card
            size="small"
            hoverable
            role="button"
            tabIndex={0}
            aria-pressed={selected === category}
            onClick={() => onSelect(selected === category ? undefined : category)}
            onKeyDown={(event) => {
              if (event.key === 'Enter' || event.key === ' ') {
                event.preventDefault();
                onSelect(selected === category ? undefined : category);
              }
            }}
            style={{
              borderColor: selected === category ? CATEGORY_CHART_COLORS[category] : undefined,
              borderWidth: selected === category ? 2 : 1,
            }}
          >
            <Statistic
              title={CATEGORY_LABELS[category].label}
              value={counts?.[category] ?? 0}
              valueStyle={{
                color:
                  CATEGORY_CHART_COLORS[category] === '#bfbfbf' ? '#595959' : CATEGORY_CHART_COLORS[category],
              }}
            />
          </Card>
        </Col>
      ))}
    </Row>
  );
}
