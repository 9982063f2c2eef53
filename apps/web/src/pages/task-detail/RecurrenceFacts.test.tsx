import { describe, expect, it } from 'vitest';
import { render } from '@testing-library/react';
import { Descriptions } from 'antd';
import type { TaskDetail } from '../../api/views';
import { recurrenceRows } from './RecurrenceFacts';

const quarterlyReport = {
  recurrence: { frequency: 'quarterly', until: '2026-12-31', dueDayOfMonth: 20 },
  periodInHand: { key: '2026-Q3', start: '2026-07-01', end: '2026-09-30' },
  dueDate: '2026-09-20',
  overdue: false,
  recurrenceEnded: false,
  periodReports: [
    { periodKey: '2026-Q1', dueDate: '2026-03-20', reportedOn: '2026-03-18', onTime: true },
    { periodKey: '2026-Q2', dueDate: '2026-06-20', reportedOn: '2026-07-02', onTime: false },
  ],
} as unknown as TaskDetail;

const shown = (task: TaskDetail) =>
  render(<Descriptions>{recurrenceRows(task, true)}</Descriptions>).container.textContent ?? '';

describe('a recurring report on the task’s page', () => {
  it('shows its rhythm, the period owed and its deadline, and each past period on time or late', () => {
    const text = shown(quarterlyReport);
    expect(text).toContain('Báo cáo định kỳ hằng quý, đến hết ngày 31/12/2026');
    expect(text).toContain('hạn nộp: ngày 20 tháng cuối quý');
    expect(text).toContain('Báo cáo quý III/2026(từ 01/07/2026 đến 30/09/2026)hạn nộp 20/09/2026');
    expect(text).toContain('Báo cáo quý II/2026nộp ngày 02/07/2026, hạn 20/06/2026Trễ hạn');
    expect(text).toContain('Báo cáo quý I/2026nộp ngày 18/03/2026, hạn 20/03/2026Đúng hạn');
    // The most recent period first, and never a period's key.
    expect(text.indexOf('quý II/2026nộp')).toBeLessThan(text.indexOf('quý I/2026nộp'));
    expect(text).not.toMatch(/2026-Q|quarterly/);
  });

  it('says when every period has been reported, and shows nothing for a task that does not recur', () => {
    const ended = { ...quarterlyReport, periodInHand: null, dueDate: null, recurrenceEnded: true };
    expect(shown(ended as TaskDetail)).toContain('Đã báo cáo đủ các kỳ');
    expect(recurrenceRows({ ...quarterlyReport, recurrence: null } as TaskDetail, true)).toEqual([]);
  });
});
