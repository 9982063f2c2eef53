import { Timeline, Typography } from 'antd';
import type { AuditEntry } from '../../api/views';
import { eventTypeLabel } from '../../labels/event-labels';
import { roleLabel } from '../../labels/identity-labels';
import { formatDateTime } from '../../labels/dates';
import { EvidenceList, evidenceOf } from './EvidenceList';

const COLORS: Record<string, string> = {
  TaskCompleted: 'green',
  CompletionAccepted: 'green',
  CompletionReturned: 'red',
  ExtensionRejected: 'red',
  TaskEscalated: 'red',
  TaskDirectionGiven: 'orange',
  TaskCancelled: 'gray',
  ReminderSent: 'gray',
};

/** Who did what and when, read from the audit trail, with what they wrote. */
export function TaskTimeline({ taskId, entries }: { taskId: string; entries: readonly AuditEntry[] }) {
  if (entries.length === 0) return <Typography.Text type="secondary">Chưa có hoạt động nào.</Typography.Text>;
  return (
    <Timeline
      items={entries.map((entry) => ({
        color: COLORS[entry.type] ?? 'blue',
        children: (
          <div>
            <Typography.Text strong>{eventTypeLabel(entry.type)}</Typography.Text>
            <Typography.Text type="secondary" style={{ marginInlineStart: 8 }}>
              {formatDateTime(entry.occurredAt ?? entry.recordedAt)}
            </Typography.Text>
            <div>
              <Typography.Text>
                {entry.actor.displayName ??
                  (entry.actor.role === 'system' || entry.actor.role === null
                    ? 'Hệ thống'
                    : roleLabel(entry.actor.role))}
                {entry.actor.agencyName && entry.actor.role !== 'system'
                  ? ` · ${entry.actor.agencyName}`
                  : ''}
              </Typography.Text>
            </div>
            <Typography.Paragraph style={{ marginBottom: 0 }}>{entry.summary}</Typography.Paragraph>
            <EvidenceList taskId={taskId} files={evidenceOf(entry.data)} />
          </div>
        ),
      }))}
    />
  );
}
