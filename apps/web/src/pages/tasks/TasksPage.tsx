import { useSearchParams } from 'react-router-dom';
import { useQuery, keepPreviousData } from '@tanstack/react-query';
import {
  Alert,
  Card,
  Collapse,
  Grid,
  Input,
  List,
  Select,
  Space,
  Table,
  Tag,
  Typography,
  Progress,
} from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { TaskListItem } from '../../api/views';
import { useUser } from '../../session/use-session';
import { can } from '../../session/permissions';
import { CATEGORY_LABELS, PARTICIPATION_LABELS, TASK_CATEGORIES } from '../../labels/task-labels';
import { dayjs, formatDate } from '../../labels/dates';
import { LocalDateRangePicker } from '../../components/LocalDateRangePicker';
import { planLabel, usePlans } from '../../hooks/use-plans';
import { useAgencyName } from '../../hooks/use-agencies';
import { AgencySelect } from '../../components/AgencySelect';
import { CategoryTag } from '../../components/CategoryTag';
import { DueText } from '../../components/DueText';
import { periodInHandLabel } from '../../labels/recurrence-labels';
import { StatusCounts } from './StatusCounts';
import { AsOfControl } from '../../components/AsOfControl';
import { TaskLink } from '../../components/TaskLink';
import { filtersFrom, paramsFrom, type TaskFilters, type TaskSort } from './task-filters';
import { SectionFilter } from './SectionFilter';
import { taskCountsQueryOptions, taskListQueryOptions } from './task-list-query';

const SORTS: { value: TaskSort; label: string }[] = [
  { value: 'dueDate', label: 'Hạn sớm nhất trước' },
  { value: '-dueDate', label: 'Hạn muộn nhất trước' },
  { value: 'daysOverdue', label: 'Quá hạn lâu nhất trước' },
  { value: 'code', label: 'Theo số hiệu nhiệm vụ' },
];

/** "Việc của đơn vị": the agency's tasks; for the standing office and leadership, every agency's. */
export function TasksPage() {
  const user = useUser();
  const readsAll = can(user.role, 'read.everything');
  const wide = Grid.useBreakpoint().md ?? true;
  const [params, setParams] = useSearchParams();
  const filters = filtersFrom(params);
  const update = (change: Partial<TaskFilters>) =>
    setParams(paramsFrom({ ...filters, page: 1, ...change }), { replace: true });

  const plans = usePlans();
  // A plan whose document carries no number (the 2026–2030 plan) is named by its title.
  const planOf = (task: TaskListItem) => {
    if (task.planNumber) return `Kế hoạch ${task.planNumber}`;
    const plan = plans.data?.find((candidate) => candidate.planId === task.planId);
    return plan ? `Kế hoạch ${plan.title} (chưa có số)` : 'Kế hoạch chưa có số';
  };

  const agencyName = useAgencyName();
  const tasks = useQuery({ ...taskListQueryOptions(filters), placeholderData: keepPreviousData });
  const counts = useQuery(taskCountsQueryOptions(filters, user));

  const today = tasks.data?.today ?? dayjs().format('YYYY-MM-DD');
  const participationOf = (task: TaskListItem) =>
    task.leadAgencyId === user.agencyId
      ? 'lead'
      : task.coordinatingAgencyIds.includes(user.agencyId)
        ? 'coordinating'
        : null;
  const closed = (task: TaskListItem) => task.completedOn !== null || task.category === 'cancelled';

  const columns: ColumnsType<TaskListItem> = [
    { title: 'Số hiệu', dataIndex: 'code', width: 110, render: (code: string | null) => code ?? '—' },
    {
      title: 'Nhiệm vụ',
      dataIndex: 'title',
      render: (_, task) => (
        <Space direction="vertical" size={0}>
          <TaskLink taskId={task.taskId}>{task.title}</TaskLink>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {planOf(task)}
          </Typography.Text>
          <PeriodInHand task={task} />
        </Space>
      ),
    },
    readsAll
      ? {
          title: 'Đơn vị chủ trì',
          dataIndex: 'leadAgencyName',
          width: 200,
          render: (_, task) => task.leadAgencyName ?? agencyName(task.leadAgencyId),
        }
      : {
          title: 'Vai trò',
          width: 100,
          render: (_, task) => {
            const participation = participationOf(task);
            return participation ? (
              <Tag color={participation === 'lead' ? 'geekblue' : 'purple'}>
                {PARTICIPATION_LABELS[participation]}
              </Tag>
            ) : (
              '—'
            );
          },
        },
    { title: 'Hạn', dataIndex: 'dueDate', width: 110, render: (due: string | null) => formatDate(due) },
    {
      title: 'Còn / quá hạn',
      width: 140,
      render: (_, task) => (
        <DueText
          dueDate={task.dueDate}
          today={today}
          closed={closed(task)}
          workingDaysOverdue={task.workingDaysOverdue}
        />
      ),
    },
    {
      title: 'Tiến độ',
      dataIndex: 'lastPercentComplete',
      width: 110,
      render: (percent: number | null) =>
        percent === null ? (
          '—'
        ) : (
          <Progress percent={percent} size="small" aria-label={`Tiến độ đã báo cáo: ${percent}%`} />
        ),
    },
    {
      title: 'Tình trạng',
      dataIndex: 'category',
      width: 200,
      render: (_, task) => <CategoryTag category={task.category} />,
    },
  ];

  const activeFilterCount = [
    filters.category,
    filters.planId,
    filters.agencyId,
    filters.participation,
    filters.dueFrom,
    filters.section,
    filters.sort,
  ].filter(Boolean).length;
  const filterControls = (
    <>
      <Select
        aria-label="Tình trạng"
        placeholder="Tình trạng"
        allowClear
        value={filters.category}
        onChange={(category) => update({ category })}
        options={TASK_CATEGORIES.map((category) => ({
          value: category,
          label: CATEGORY_LABELS[category].label,
        }))}
        style={{ width: 220 }}
      />
      <Select
        aria-label="Kế hoạch"
        placeholder="Kế hoạch"
        allowClear
        value={filters.planId}
        onChange={(planId) => update({ planId })}
        options={(plans.data ?? []).map((plan) => ({ value: plan.planId, label: planLabel(plan) }))}
        style={{ width: 220 }}
      />
      {readsAll ? (
        <AgencySelect
          aria-label="Đơn vị"
          placeholder="Đơn vị"
          allowClear
          value={filters.agencyId}
          onChange={(agencyId) => update({ agencyId: agencyId as string | undefined })}
          style={{ width: 240 }}
        />
      ) : null}
      {(!readsAll || filters.agencyId) && (
        <Select
          aria-label="Vai trò của đơn vị"
          placeholder="Chủ trì / phối hợp"
          allowClear
          value={filters.participation}
          onChange={(participation) => update({ participation })}
          options={[
            { value: 'lead', label: 'Chủ trì' },
            { value: 'coordinating', label: 'Phối hợp' },
          ]}
          style={{ width: 170 }}
        />
      )}
      <SectionFilter value={filters.section} onChange={(section) => update({ section })} />
      <LocalDateRangePicker
        label="Khoảng thời hạn"
        placeholder={['Hạn từ ngày', 'đến ngày']}
        from={filters.dueFrom}
        to={filters.dueTo}
        onChange={(dueFrom, dueTo) => update({ dueFrom, dueTo })}
      />
      <Select
        aria-label="Sắp xếp"
        value={filters.sort ?? 'dueDate'}
        onChange={(sort) => update({ sort: sort === 'dueDate' ? undefined : sort })}
        options={SORTS}
        style={{ width: 210 }}
      />
    </>
  );

  return (
    <Space direction="vertical" style={{ width: '100%' }} size={12}>
      <Typography.Title level={2} style={{ margin: 0, fontSize: 20 }}>
        {readsAll ? 'Nhiệm vụ của các đơn vị' : 'Việc của đơn vị'}
      </Typography.Title>
      <AsOfControl />
      <StatusCounts
        counts={counts.data?.totals}
        selected={filters.category}
        onSelect={(category) => update({ category })}
      />
      <Card size="small">
        <Space direction="vertical" style={{ width: '100%' }} size={8}>
          <Input.Search
            aria-label="Tìm theo số hiệu hoặc nội dung"
            placeholder="Tìm theo số hiệu, nội dung…"
            allowClear
            defaultValue={filters.q}
            onSearch={(q) => update({ q: q.trim() || undefined })}
            style={{ width: wide ? 280 : '100%' }}
          />
          {wide ? (
            <Space wrap>{filterControls}</Space>
          ) : (
            // On a phone the filters fold away under the search, so the tasks come first.
            <Collapse
              size="small"
              ghost
              items={[
                {
                  key: 'filters',
                  label: activeFilterCount ? `Lọc và sắp xếp (${activeFilterCount})` : 'Lọc và sắp xếp',
                  children: <Space wrap>{filterControls}</Space>,
                },
              ]}
            />
          )}
        </Space>
      </Card>
      {tasks.error && <Alert type="error" showIcon message={tasks.error.message} />}
      {wide ? (
        <Table<TaskListItem>
          rowKey="taskId"
          size="middle"
          loading={tasks.isFetching}
          columns={columns}
          dataSource={tasks.data?.items ?? []}
          locale={{ emptyText: 'Không có nhiệm vụ phù hợp' }}
          pagination={{
            current: filters.page,
            pageSize: filters.pageSize,
            total: tasks.data?.total ?? 0,
            showSizeChanger: true,
            showTotal: (total) => `${total} nhiệm vụ`,
            onChange: (page, pageSize) =>
              setParams(paramsFrom({ ...filters, page, pageSize }), { replace: true }),
          }}
        />
      ) : (
        <List<TaskListItem>
          loading={tasks.isFetching}
          dataSource={tasks.data?.items ?? []}
          locale={{ emptyText: 'Không có nhiệm vụ phù hợp' }}
          pagination={{
            current: filters.page,
            pageSize: filters.pageSize,
            total: tasks.data?.total ?? 0,
            size: 'small',
            onChange: (page) => setParams(paramsFrom({ ...filters, page }), { replace: true }),
          }}
          renderItem={(task) => (
            <List.Item style={{ padding: 0, borderBlockEnd: 'none' }}>
              <Card size="small" style={{ marginBottom: 8, width: '100%' }}>
                <Space direction="vertical" size={4} style={{ width: '100%' }}>
                  <TaskLink taskId={task.taskId} style={{ fontWeight: 600 }}>
                    {task.code ? `${task.code}. ` : ''}
                    {task.title}
                  </TaskLink>
                  <PeriodInHand task={task} />
                  <Space wrap size={4}>
                    <CategoryTag category={task.category} />
                    {participationOf(task) && <Tag>{PARTICIPATION_LABELS[participationOf(task)!]}</Tag>}
                  </Space>
                  <Typography.Text>
                    Hạn {formatDate(task.dueDate)} ·{' '}
                    <DueText
                      dueDate={task.dueDate}
                      today={today}
                      closed={closed(task)}
                      workingDaysOverdue={task.workingDaysOverdue}
                    />
                  </Typography.Text>
                </Space>
              </Card>
            </List.Item>
          )}
        />
      )}
    </Space>
  );
}

/** A recurring report's current period: the due date alone would not say which report is owed. */
function PeriodInHand({ task }: { task: TaskListItem }) {
  if (!task.periodInHand) return null;
  return <Typography.Text style={{ fontSize: 13 }}>{periodInHandLabel(task.periodInHand)}</Typography.Text>;
}
