import { givenEvents } from '@giaoviec/kernel/testing';
import { ClosePlan, IssuePlan } from './plan-commands';
import { planDecider } from './plan-decider';
import { PlanClosed } from './plan-events';
import { plan284Issued, plan495Issued, planCds20262030Issued } from './testing/planning-fixtures';

const issue = (data: Partial<IssuePlan['data']> = {}): IssuePlan => ({
  type: 'IssuePlan',
  data: { ...plan495Issued.data, ...data },
});
const close = (data: Partial<ClosePlan['data']> = {}): ClosePlan => ({
  type: 'ClosePlan',
  data: { planId: 'kh-495-2025', reason: 'The 2026 plan is complete.', closedOn: '2027-01-15', ...data },
});
const closed: PlanClosed = {
  type: 'PlanClosed',
  data: { planId: 'kh-495-2025', reason: 'The 2026 plan is complete.', closedOn: '2027-01-15' },
};

describe('plan decider', () => {
  describe('IssuePlan', () => {
    it('issues Plan 495/KH-UBND', () => {
      givenEvents(planDecider, []).when(issue()).then([plan495Issued]);
    });

    it('trims its texts and leaves out blank optional fields', () => {
      givenEvents(planDecider, [])
        .when(
          issue({
            number: ' 495/KH-UBND ',
            title: ` ${plan495Issued.data.title} `,
            summary: '  ',
            standingAgencyId: '',
            legalBases: [' Luật Chuyển đổi số '],
          }),
        )
        .then([
          {
            type: 'PlanIssued',
            data: (({ standingAgencyId: _s, ...rest }) => ({ ...rest, legalBases: ['Luật Chuyển đổi số'] }))(
              plan495Issued.data,
            ),
          },
        ]);
    });

    it('issues a plan only once', () => {
      givenEvents(planDecider, [plan495Issued]).when(issue()).thenFails('plan.already_issued');
    });

    it.each(['284/KH-UBND', '455/KH-UBND', '12/KH-SKHCN', '05/KH-BCĐ', '7/KH-UBND-VX'])(
      'accepts the plan number %s',
      (number) => {
        givenEvents(planDecider, [])
          .when(issue({ number }))
          .thenMatch([{ type: 'PlanIssued', data: expect.objectContaining({ number }) }]);
      },
    );

    it.each(['495/UBND', 'KH-UBND', '495', '1033/QĐ-TTg', '495/KH-', '', 'số 495/KH-UBND'])(
      'refuses "%s" as a plan number',
      (number) => {
        const error = givenEvents(planDecider, []).when(issue({ number })).thenFails('plan.number_invalid');
        expect(error.kind).toBe('unprocessable');
      },
    );

    it('records a number, a date of issue and a signer the source does not give as unknown (null)', () => {
      const { number: _n, issuedOn: _i, signer: _s, ...known } = planCds20262030Issued.data;
      givenEvents(planDecider, [])
        .when({ type: 'IssuePlan', data: { ...known, signer: null } })
        .then([{ type: 'PlanIssued', data: { ...known, number: null, issuedOn: null, signer: null } }]);
      givenEvents(planDecider, [])
        .when({ type: 'IssuePlan', data: planCds20262030Issued.data })
        .then([planCds20262030Issued]);
    });

    it('names a plan without a number by its id when it refuses it', () => {
      const error = givenEvents(planDecider, [])
        .when(issue({ planId: 'kh-cds-2026-2030', number: null, title: '' }))
        .thenFails('plan.title_required');
      expect(error.message).toContain('kh-cds-2026-2030 (without a number)');
    });

    it('issues a plan without a number only once', () => {
      const error = givenEvents(planDecider, [planCds20262030Issued])
        .when({ type: 'IssuePlan', data: planCds20262030Issued.data })
        .thenFails('plan.already_issued');
      expect(error.message).toContain('plan without a number (kh-cds-2026-2030)');
    });

    it('refuses a period that ends before it starts', () => {
      const error = givenEvents(planDecider, [])
        .when(issue({ period: { from: '2026-12-31', to: '2026-01-01' } }))
        .thenFails('plan.period_invalid');
      expect(error.message).toContain('2026-12-31');
    });

    it('accepts a period of one day', () => {
      givenEvents(planDecider, [])
        .when(issue({ period: { from: '2026-06-01', to: '2026-06-01' } }))
        .thenMatch([{ type: 'PlanIssued' }]);
    });

    it('refuses a period with an invalid date', () => {
      givenEvents(planDecider, [])
        .when(issue({ period: { from: '2026-01-01', to: '2030-02-30' } }))
        .thenFails('plan.period_invalid');
    });

    it('refuses an invalid issue date', () => {
      givenEvents(planDecider, [])
        .when(issue({ issuedOn: '31/12/2025' }))
        .thenFails('plan.issued_on_invalid');
    });

    it('needs a title', () => {
      givenEvents(planDecider, [])
        .when(issue({ title: ' ' }))
        .thenFails('plan.title_required');
    });

    it('needs a signer, when one is given, with a name and a title', () => {
      givenEvents(planDecider, [])
        .when(issue({ signer: { name: 'Nguyễn Khắc Toàn', title: '' } }))
        .thenFails('plan.signer_required');
    });

    it('refuses an issue date given in another form than YYYY-MM-DD, even blank', () => {
      givenEvents(planDecider, [])
        .when(issue({ issuedOn: '' }))
        .thenFails('plan.issued_on_invalid');
    });

    it('needs the issuing authority', () => {
      givenEvents(planDecider, [])
        .when(issue({ issuingAuthority: '' }))
        .thenFails('plan.issuing_authority_required');
    });

    it('refuses a blank legal basis', () => {
      givenEvents(planDecider, [])
        .when(issue({ legalBases: ['Quyết định số 1033/QĐ-TTg', ''] }))
        .thenFails('plan.legal_basis_blank');
    });

    it('needs an id', () => {
      givenEvents(planDecider, [])
        .when(issue({ planId: '' }))
        .thenFails('plan.id_required');
    });
  });

  describe('ClosePlan', () => {
    it('closes an open plan', () => {
      givenEvents(planDecider, [plan495Issued]).when(close()).then([closed]);
    });

    it('cannot close a plan that was not issued', () => {
      const error = givenEvents(planDecider, []).when(close()).thenFails('plan.not_found');
      expect(error.kind).toBe('not_found');
    });

    it('cannot close a plan twice', () => {
      const error = givenEvents(planDecider, [plan495Issued, closed]).when(close()).thenFails('plan.closed');
      expect(error.kind).toBe('state_conflict');
      expect(error.message).toContain('495/KH-UBND');
    });

    it('needs a reason', () => {
      givenEvents(planDecider, [plan495Issued])
        .when(close({ reason: '' }))
        .thenFails('plan.close_reason_required');
    });

    it('needs a valid closing date', () => {
      givenEvents(planDecider, [plan495Issued])
        .when(close({ closedOn: '2027-13-01' }))
        .thenFails('plan.closed_on_invalid');
    });

    it('closes a plan whose date of issue is unknown on any valid date', () => {
      givenEvents(planDecider, [planCds20262030Issued])
        .when(close({ planId: 'kh-cds-2026-2030', closedOn: '2026-01-02' }))
        .then([
          {
            type: 'PlanClosed',
            data: { ...closed.data, planId: 'kh-cds-2026-2030', closedOn: '2026-01-02' },
          },
        ]);
    });

    it('cannot be closed before it was issued', () => {
      givenEvents(planDecider, [plan284Issued])
        .when(close({ planId: 'kh-284-2026', closedOn: '2026-05-17' }))
        .thenFails('plan.closed_before_issue');
    });
  });
});
