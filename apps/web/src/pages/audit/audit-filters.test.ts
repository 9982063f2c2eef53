import { describe, expect, it } from 'vitest';
import { auditFiltersFrom, auditParamsFrom, exportPath } from './audit-filters';

describe('the audit trail filters, kept in the address', () => {
  it('reads every filter from the address and writes them back', () => {
    const address =
      'actorUserId=u-1&agencyId=so-tai-chinh&planId=kh-495&taskId=kh-495-t1&from=2026-06-01&to=2026-06-30';
    const filters = auditFiltersFrom(new URLSearchParams(address));
    expect(filters).toEqual({
      actorUserId: 'u-1',
      agencyId: 'so-tai-chinh',
      planId: 'kh-495',
      taskId: 'kh-495-t1',
      from: '2026-06-01',
      to: '2026-06-30',
    });
    expect(auditParamsFrom(filters).toString()).toBe(address);
  });

  it('leaves out a day typed in wrong, a task without its plan, and what it does not know', () => {
    expect(
      auditFiltersFrom(new URLSearchParams('from=01/06/2026&to=2026-06-30&taskId=kh-495-t1&x=1')),
    ).toEqual({
      to: '2026-06-30',
    });
    expect(auditParamsFrom({}).toString()).toBe('');
  });

  it('exports with the same filters as the screen', () => {
    expect(exportPath({ planId: 'kh-495', from: '2026-06-01' }, 'xlsx')).toBe(
      '/audit?planId=kh-495&from=2026-06-01&format=xlsx',
    );
  });
});
