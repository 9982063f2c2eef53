import type { RecordedEvent } from '@giaoviec/event-store';
import type { IndicatorValueReturnedData } from '@giaoviec/planning';
import { instantOrNull } from '../shared/sql';
import { quoted, recurrencePeriodLabel } from '../shared/vietnamese';
import type { NotificationRow } from './notifications.projection';

/** What the notifications say about an indicator, kept from IndicatorDefined. */
export type NotificationIndicator = { indicator_id: string; plan_id: string; name: string };

/**
 * The notifications of an indicator's events. A returned value tells every user of the
 * responsible agency, which reports the period again. Pure: the id derives from the report.
 */
export function indicatorNotificationsOf(
  event: RecordedEvent,
  indicator: NotificationIndicator | undefined,
): NotificationRow[] {
  if (event.type !== 'IndicatorValueReturned') return [];
  const d = event.data as IndicatorValueReturnedData;
  const name = indicator ? `chỉ tiêu ${quoted(indicator.name, 160)}` : 'một chỉ tiêu';
  return [
    {
      notification_id: `indicator-value-returned:${d.indicatorId}:${d.reportId}`,
      user_id: null,
      agency_id: d.responsibleAgencyId,
      role: null,
      task_id: null,
      plan_id: indicator?.plan_id ?? null,
      kind: 'indicator.value_returned',
      title: `Số liệu ${recurrencePeriodLabel(d.period)} của ${name} bị trả lại`,
      body: `Cơ quan thường trực trả lại số liệu, lý do: ${quoted(d.reason)}. Đơn vị cần báo cáo lại số liệu của kỳ tại trang Chỉ tiêu.`,
      created_at: instantOrNull(event.metadata.occurredAt) ?? event.recordedAt.toISOString(),
      position: event.checkpoint,
    },
  ];
}
