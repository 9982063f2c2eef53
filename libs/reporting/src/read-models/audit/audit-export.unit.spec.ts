import { AUDITED_EVENT_TYPES } from './audit-event-types';
import { EVENT_TYPE_LABELS, eventTypeLabel } from './audit-event-labels';
import { auditExportRow } from './audit-export';

describe('the rows of the audit exports', () => {
  it('names every event type of the system in Vietnamese', () => {
    expect(AUDITED_EVENT_TYPES.filter((type) => EVENT_TYPE_LABELS[type] === undefined)).toEqual([]);
    expect(eventTypeLabel('SomethingNew')).toBe('Sự kiện khác');
  });

  it('names people, agencies, roles, plans and tasks, never their ids when a name is known', () => {
    const base = {
      at: '2026-06-02T02:00:00.000Z',
      type: 'ReminderSent',
      summary: 'Hệ thống nhắc nhiệm vụ II.1',
      plan: { number: null, title: 'Kế hoạch chuyển đổi số' },
      task: { code: null, title: 'Số hóa hồ sơ' },
    };
    expect(
      auditExportRow({
        ...base,
        actor: {
          userId: 'system:reminders',
          displayName: null,
          agencyId: 'so-khcn',
          agencyName: 'Sở KH&CN',
          role: 'system',
        },
      }),
    ).toEqual({
      at: base.at,
      actor: 'Hệ thống',
      agency: 'Sở KH&CN',
      role: 'Hệ thống',
      event: 'Nhắc việc',
      plan: 'Kế hoạch chuyển đổi số',
      task: 'Số hóa hồ sơ',
      summary: base.summary,
    });
    expect(
      auditExportRow({
        ...base,
        plan: null,
        task: null,
        actor: {
          userId: 'u-1',
          displayName: 'Trần Thị B',
          agencyId: 'so-y-te',
          agencyName: null,
          role: 'agency_head',
        },
      }),
    ).toMatchObject({ actor: 'Trần Thị B', agency: 'so-y-te', role: 'Lãnh đạo đơn vị', plan: '', task: '' });
  });
});
