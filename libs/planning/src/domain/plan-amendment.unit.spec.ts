import { decisionContext, givenEvents } from '@giaoviec/kernel/testing';
import { fold } from '@giaoviec/kernel';
import { IndicatorTargetRevised } from './indicator-events';
import { targetFor } from './indicator-state';
import { planAndIndicatorsState } from './plan-and-indicators';
import { indicatorIdsRevisedBy, planAmendmentDecider, planAmendmentDecisions } from './plan-amendment';
import { AmendPlan } from './plan-commands';
import { PlanAmended, PlanClosed } from './plan-events';
import {
  digitalEconomyShareDefined,
  enterprisesUsingItDefined,
  plan284Issued,
  stemShareDefined,
} from './testing/planning-fixtures';

/** The amendment of Plan 284/KH-UBND (seed document 001); its number is not in the seed text, so it is a fixture here. */
const amendingDocument = {
  number: '999/KH-UBND',
  title: 'Kế hoạch sửa đổi, bổ sung, cập nhật Kế hoạch số 284/KH-UBND ngày 18/5/2026 của UBND thành phố',
  issuedOn: '2026-06-20',
  signer: { name: 'Trần Hữu Thùy Giang', title: 'Phó Chủ tịch' },
};

const amend = (data: Partial<AmendPlan['data']> = {}): AmendPlan => ({
  type: 'AmendPlan',
  data: {
    planId: 'kh-284-2026',
    amendmentId: 'sua-doi-284-qd-1033',
    amendingDocument,
    summary: 'Cập nhật chỉ tiêu, nhiệm vụ theo Quyết định số 1033/QĐ-TTg.',
    targetRevisions: [
      { indicatorId: 'kts-grdp', year: 2026, newValue: 18 },
      { indicatorId: 'kts-grdp', year: 2030, newValue: 30 },
    ],
    ...data,
  },
});

const revised = (
  year: number,
  previousValue: number | null,
  newValue: number,
  indicatorId = 'kts-grdp',
): IndicatorTargetRevised => ({
  type: 'IndicatorTargetRevised',
  data: {
    indicatorId,
    planId: 'kh-284-2026',
    year,
    previousValue,
    newValue,
    amendmentId: 'sua-doi-284-qd-1033',
    amendingDocumentNumber: '999/KH-UBND',
  },
});

const amended: PlanAmended = {
  type: 'PlanAmended',
  data: {
    planId: 'kh-284-2026',
    amendmentId: 'sua-doi-284-qd-1033',
    amendingDocument,
    summary: 'Cập nhật chỉ tiêu, nhiệm vụ theo Quyết định số 1033/QĐ-TTg.',
    targetRevisions: [
      { indicatorId: 'kts-grdp', year: 2026, previousValue: 15, newValue: 18 },
      { indicatorId: 'kts-grdp', year: 2030, previousValue: null, newValue: 30 },
    ],
  },
};

const given = [plan284Issued, digitalEconomyShareDefined];

describe('plan amendment', () => {
  it('an amendment records old and new target values', () => {
    givenEvents(planAmendmentDecider, given)
      .when(amend())
      .then([amended, revised(2026, 15, 18), revised(2030, null, 30)]);
  });

  it('leaves the indicator with the new targets', () => {
    const events = planAmendmentDecider.decide(amend(), fold(planAmendmentDecider, given), decisionContext());
    const state = fold(planAmendmentDecider, [...given, ...events]);
    const indicator = state.indicators['kts-grdp'];
    expect(
      indicator.status === 'defined' && [targetFor(indicator, 2026), targetFor(indicator, 2030)],
    ).toEqual([18, 30]);
    expect(state.plan.status === 'open' && state.plan.amendments.map((a) => a.amendmentId)).toEqual([
      'sua-doi-284-qd-1033',
    ]);
  });

  it('hands the application layer the events of each stream, from the streams it read', () => {
    const command = amend({
      targetRevisions: [
        { indicatorId: 'kts-grdp', year: 2026, newValue: 18 },
        { indicatorId: 'stem', year: 2026, newValue: 30 },
        { indicatorId: 'stem', year: 2030, newValue: 40 },
      ],
    });
    expect(indicatorIdsRevisedBy(command)).toEqual(['kts-grdp', 'stem']);
    const state = planAndIndicatorsState([plan284Issued], {
      'kts-grdp': [digitalEconomyShareDefined],
      stem: [stemShareDefined],
    });
    const decision = planAmendmentDecisions(command, state, decisionContext());
    expect(decision.plan.streamId).toBe('plan-kh-284-2026');
    expect(decision.plan.events[0].data.targetRevisions).toEqual([
      { indicatorId: 'kts-grdp', year: 2026, previousValue: 15, newValue: 18 },
      { indicatorId: 'stem', year: 2026, previousValue: 25, newValue: 30 },
      { indicatorId: 'stem', year: 2030, previousValue: 35, newValue: 40 },
    ]);
    expect(decision.indicators).toEqual([
      { indicatorId: 'kts-grdp', streamId: 'indicator-kts-grdp', events: [revised(2026, 15, 18)] },
      {
        indicatorId: 'stem',
        streamId: 'indicator-stem',
        events: [revised(2026, 25, 30, 'stem'), revised(2030, 35, 40, 'stem')],
      },
    ]);
  });

  it('records the indicators and tasks an amendment adds', () => {
    givenEvents(planAmendmentDecider, given)
      .when(
        amend({ targetRevisions: [], addedIndicatorIds: ['dn-nho-va-vua-cds'], addedTaskCodes: ['II.2.c'] }),
      )
      .then([
        {
          type: 'PlanAmended',
          data: {
            ...amended.data,
            targetRevisions: [],
            addedIndicatorIds: ['dn-nho-va-vua-cds'],
            addedTaskCodes: ['II.2.c'],
          },
        },
      ]);
  });

  it('cannot amend a plan that was not issued', () => {
    const error = givenEvents(planAmendmentDecider, [digitalEconomyShareDefined])
      .when(amend())
      .thenFails('plan.not_found');
    expect(error.kind).toBe('not_found');
  });

  it('cannot amend a closed plan', () => {
    const closed: PlanClosed = {
      type: 'PlanClosed',
      data: { planId: 'kh-284-2026', reason: 'Replaced.', closedOn: '2026-06-10' },
    };
    givenEvents(planAmendmentDecider, [...given, closed])
      .when(amend())
      .thenFails('plan.closed');
  });

  it('is idempotent: the same amendment sent again records nothing', () => {
    givenEvents(planAmendmentDecider, [...given, amended, revised(2026, 15, 18), revised(2030, null, 30)])
      .when(amend())
      .then([]);
  });

  it('completes an amendment whose indicator events were not all appended', () => {
    givenEvents(planAmendmentDecider, [...given, amended, revised(2026, 15, 18)])
      .when(amend())
      .then([revised(2030, null, 30)]);
  });

  it('refuses another amendment under an amendment id already recorded', () => {
    const error = givenEvents(planAmendmentDecider, [...given, amended])
      .when(amend({ targetRevisions: [{ indicatorId: 'kts-grdp', year: 2026, newValue: 20 }] }))
      .thenFails('plan.amendment_id_reused');
    expect(error.kind).toBe('state_conflict');
  });

  it('refuses an amending document already recorded under another amendment id', () => {
    givenEvents(planAmendmentDecider, [...given, amended])
      .when(amend({ amendmentId: 'another-id' }))
      .thenFails('plan.amending_document_already_recorded');
  });

  it('refuses a revision that does not change the target, and so the whole amendment', () => {
    givenEvents(planAmendmentDecider, given)
      .when(amend({ targetRevisions: [{ indicatorId: 'kts-grdp', year: 2026, newValue: 15 }] }))
      .thenFails('indicator.target_unchanged');
  });

  it('refuses to revise an indicator that was not defined', () => {
    givenEvents(planAmendmentDecider, [plan284Issued])
      .when(amend())
      .thenFails('plan.amendment_indicator_unknown');
  });

  it("refuses to revise another plan's indicator", () => {
    givenEvents(planAmendmentDecider, [plan284Issued, enterprisesUsingItDefined])
      .when(amend({ targetRevisions: [{ indicatorId: 'dn-cntt', year: 2026, newValue: 95 }] }))
      .thenFails('plan.amendment_indicator_of_other_plan');
  });

  it("refuses a target outside the plan's period", () => {
    givenEvents(planAmendmentDecider, given)
      .when(amend({ targetRevisions: [{ indicatorId: 'kts-grdp', year: 2035, newValue: 40 }] }))
      .thenFails('plan.amendment_target_outside_period');
  });

  it('refuses to revise the same target twice in one amendment', () => {
    givenEvents(planAmendmentDecider, given)
      .when(
        amend({
          targetRevisions: [
            { indicatorId: 'kts-grdp', year: 2026, newValue: 18 },
            { indicatorId: 'kts-grdp', year: 2026, newValue: 19 },
          ],
        }),
      )
      .thenFails('plan.amendment_revision_duplicate');
  });

  it('keeps revised percentages between 0 and 100', () => {
    givenEvents(planAmendmentDecider, given)
      .when(amend({ targetRevisions: [{ indicatorId: 'kts-grdp', year: 2026, newValue: 180 }] }))
      .thenFails('indicator.percent_out_of_range');
  });

  it('needs an official amending document', () => {
    givenEvents(planAmendmentDecider, given)
      .when(amend({ amendingDocument: { ...amendingDocument, number: 'sửa đổi' } }))
      .thenFails('plan.amending_document_invalid');
    givenEvents(planAmendmentDecider, given)
      .when(amend({ amendingDocument: { ...amendingDocument, issuedOn: '2026-06-31' } }))
      .thenFails('plan.amending_document_invalid');
  });

  it('refuses an amending document dated before the plan', () => {
    givenEvents(planAmendmentDecider, given)
      .when(amend({ amendingDocument: { ...amendingDocument, issuedOn: '2026-05-01' } }))
      .thenFails('plan.amendment_predates_plan');
  });

  describe('with facts the source does not give', () => {
    /** Seed document 001: the amending plan shows neither its number nor its date. */
    const withoutNumberOrDate = { title: amendingDocument.title };
    const unknownDocument = { title: amendingDocument.title, number: null, issuedOn: null };
    const amendedUnknown: PlanAmended = {
      type: 'PlanAmended',
      data: { ...amended.data, amendingDocument: unknownDocument },
    };
    const revisedUnknown = (year: number, previousValue: number | null, newValue: number) => {
      const event = revised(year, previousValue, newValue);
      return { ...event, data: { ...event.data, amendingDocumentNumber: null } };
    };

    it('records an amending document without a number and a date as unknown (null)', () => {
      givenEvents(planAmendmentDecider, given)
        .when(amend({ amendingDocument: withoutNumberOrDate }))
        .then([amendedUnknown, revisedUnknown(2026, 15, 18), revisedUnknown(2030, null, 30)]);
      givenEvents(planAmendmentDecider, given)
        .when(amend({ amendingDocument: unknownDocument }))
        .then([amendedUnknown, revisedUnknown(2026, 15, 18), revisedUnknown(2030, null, 30)]);
    });

    it('is idempotent for an amending document without a number', () => {
      givenEvents(planAmendmentDecider, [
        ...given,
        amendedUnknown,
        revisedUnknown(2026, 15, 18),
        revisedUnknown(2030, null, 30),
      ])
        .when(amend({ amendingDocument: withoutNumberOrDate }))
        .then([]);
    });

    it('records two amending documents without a number as two amendments', () => {
      givenEvents(planAmendmentDecider, [...given, amendedUnknown, revisedUnknown(2026, 15, 18)])
        .when(
          amend({
            amendmentId: 'sua-doi-lan-2',
            amendingDocument: { title: 'Kế hoạch sửa đổi lần 2' },
            targetRevisions: [{ indicatorId: 'kts-grdp', year: 2026, newValue: 20 }],
          }),
        )
        .thenMatch([
          { type: 'PlanAmended', data: expect.objectContaining({ amendmentId: 'sua-doi-lan-2' }) },
          {
            type: 'IndicatorTargetRevised',
            data: expect.objectContaining({ previousValue: 18, newValue: 20, amendingDocumentNumber: null }),
          },
        ]);
    });

    it('does not compare dates when the amending document has none', () => {
      givenEvents(planAmendmentDecider, given)
        .when(amend({ amendingDocument: { ...amendingDocument, issuedOn: null } }))
        .thenMatch([
          { type: 'PlanAmended' },
          { type: 'IndicatorTargetRevised' },
          { type: 'IndicatorTargetRevised' },
        ]);
    });

    it('does not compare dates when the plan has no known date of issue', () => {
      const undated = { ...plan284Issued, data: { ...plan284Issued.data, issuedOn: null } };
      givenEvents(planAmendmentDecider, [undated, digitalEconomyShareDefined])
        .when(amend({ amendingDocument: { ...amendingDocument, issuedOn: '2026-01-02' } }))
        .thenMatch([
          { type: 'PlanAmended' },
          { type: 'IndicatorTargetRevised' },
          { type: 'IndicatorTargetRevised' },
        ]);
    });

    it('keeps previousValue null for every year of an indicator defined without targets', () => {
      const withoutTargets = {
        ...digitalEconomyShareDefined,
        data: { ...digitalEconomyShareDefined.data, targets: [] },
      };
      givenEvents(planAmendmentDecider, [plan284Issued, withoutTargets])
        .when(amend({ amendingDocument: withoutNumberOrDate }))
        .then([
          {
            type: 'PlanAmended',
            data: {
              ...amendedUnknown.data,
              targetRevisions: [
                { indicatorId: 'kts-grdp', year: 2026, previousValue: null, newValue: 18 },
                { indicatorId: 'kts-grdp', year: 2030, previousValue: null, newValue: 30 },
              ],
            },
          },
          revisedUnknown(2026, null, 18),
          revisedUnknown(2030, null, 30),
        ]);
    });

    it('still refuses a number or a date that is given but invalid, and a missing title', () => {
      givenEvents(planAmendmentDecider, given)
        .when(amend({ amendingDocument: { title: amendingDocument.title, number: '' } }))
        .thenFails('plan.amending_document_invalid');
      givenEvents(planAmendmentDecider, given)
        .when(amend({ amendingDocument: { title: amendingDocument.title, issuedOn: '' } }))
        .thenFails('plan.amending_document_invalid');
      const error = givenEvents(planAmendmentDecider, given)
        .when(amend({ amendingDocument: { title: ' ', number: null } }))
        .thenFails('plan.amending_document_invalid');
      expect(error.message).toContain('without a number');
    });
  });

  it('needs an amendment id and a summary', () => {
    givenEvents(planAmendmentDecider, given)
      .when(amend({ amendmentId: '' }))
      .thenFails('plan.amendment_id_required');
    givenEvents(planAmendmentDecider, given)
      .when(amend({ summary: ' ' }))
      .thenFails('plan.amendment_summary_required');
  });

  it('refuses blank or repeated added items', () => {
    givenEvents(planAmendmentDecider, given)
      .when(amend({ addedTaskCodes: ['II.2.c', 'II.2.c'] }))
      .thenFails('plan.amendment_added_items_invalid');
    givenEvents(planAmendmentDecider, given)
      .when(amend({ addedIndicatorIds: [''] }))
      .thenFails('plan.amendment_added_items_invalid');
  });
});
