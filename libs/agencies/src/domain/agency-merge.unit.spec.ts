import { decisionContext, givenEvents } from '@giaoviec/kernel/testing';
import { fold } from '@giaoviec/kernel';
import { MergeAgencies } from './agency-commands';
import { AgenciesMerged, AgencyRetired } from './agency-events';
import { agencyMergeDecider, agencyMergeDecisions } from './agency-merge';
import { communeA, communeB, communeNew, dic, dost, stateBank } from './testing/agency-fixtures';

const merge = (data: Partial<MergeAgencies['data']> = {}): MergeAgencies => ({
  type: 'MergeAgencies',
  data: {
    targetAgencyId: 'phuong-moi',
    mergedAgencyIds: ['phuong-a', 'phuong-b'],
    effectiveOn: '2025-07-01',
    decisionRef: '100/NQ-UBTVQH15',
    ...data,
  },
});

const merged: AgenciesMerged = {
  type: 'AgenciesMerged',
  data: {
    agencyId: 'phuong-moi',
    mergedAgencyIds: ['phuong-a', 'phuong-b'],
    effectiveOn: '2025-07-01',
    decisionRef: '100/NQ-UBTVQH15',
  },
};
const retiredInto = (agencyId: string): AgencyRetired => ({
  type: 'AgencyRetired',
  data: {
    agencyId,
    reason: 'Merged into UBND phường Mới under 100/NQ-UBTVQH15.',
    mergedIntoAgencyId: 'phuong-moi',
    effectiveOn: '2025-07-01',
    decisionRef: '100/NQ-UBTVQH15',
  },
});

const communes = [communeA, communeB, communeNew];

describe('merging agencies', () => {
  it('records the merge on the surviving commune and retires each merged commune into it', () => {
    givenEvents(agencyMergeDecider, communes)
      .when(merge())
      .then([merged, retiredInto('phuong-a'), retiredInto('phuong-b')]);
  });

  it('groups the events by stream for the application layer', () => {
    const states = fold(agencyMergeDecider, communes);
    const decision = agencyMergeDecisions(merge(), states, decisionContext());
    expect(decision.target).toEqual({
      agencyId: 'phuong-moi',
      streamId: 'agency-phuong-moi',
      events: [merged],
    });
    expect(decision.merged.map((stream) => stream.streamId)).toEqual(['agency-phuong-a', 'agency-phuong-b']);
  });

  it('merges departments with departments', () => {
    givenEvents(agencyMergeDecider, [dost, dic])
      .when(merge({ targetAgencyId: 'so-khcn', mergedAgencyIds: ['so-tttt'], decisionRef: '05/NQ-HĐND' }))
      .thenMatch([
        {
          type: 'AgenciesMerged',
          data: {
            agencyId: 'so-khcn',
            mergedAgencyIds: ['so-tttt'],
            effectiveOn: '2025-07-01',
            decisionRef: '05/NQ-HĐND',
          },
        },
        {
          type: 'AgencyRetired',
          data: expect.objectContaining({ agencyId: 'so-tttt', mergedIntoAgencyId: 'so-khcn' }),
        },
      ]);
  });

  it('refuses to merge a commune into a department', () => {
    const error = givenEvents(agencyMergeDecider, [dost, communeA])
      .when(merge({ targetAgencyId: 'so-khcn', mergedAgencyIds: ['phuong-a'] }))
      .thenFails('agency.merge_kind_mismatch');
    expect(error.kind).toBe('unprocessable');
    expect(error.message).toContain('phuong-a');
  });

  it('refuses to merge another kind of unit into a commune', () => {
    givenEvents(agencyMergeDecider, [communeNew, stateBank])
      .when(merge({ mergedAgencyIds: ['nhnn-kv9'] }))
      .thenFails('agency.merge_kind_mismatch');
  });

  it('needs at least one merged agency', () => {
    givenEvents(agencyMergeDecider, communes)
      .when(merge({ mergedAgencyIds: [] }))
      .thenFails('agency.merge_requires_agencies');
  });

  it('refuses a target listed among the merged agencies', () => {
    givenEvents(agencyMergeDecider, communes)
      .when(merge({ mergedAgencyIds: ['phuong-a', 'phuong-moi'] }))
      .thenFails('agency.merge_into_itself');
  });

  it('refuses an agency listed twice', () => {
    givenEvents(agencyMergeDecider, communes)
      .when(merge({ mergedAgencyIds: ['phuong-a', 'phuong-a'] }))
      .thenFails('agency.merge_duplicate_agency');
  });

  it('needs the decision reference', () => {
    givenEvents(agencyMergeDecider, communes)
      .when(merge({ decisionRef: '' }))
      .thenFails('agency.merge_decision_ref_required');
  });

  it('needs a valid effective date', () => {
    givenEvents(agencyMergeDecider, communes)
      .when(merge({ effectiveOn: '01/07/2025' }))
      .thenFails('agency.effective_on_invalid');
  });

  it('needs a registered target', () => {
    const error = givenEvents(agencyMergeDecider, [communeA, communeB])
      .when(merge())
      .thenFails('agency.not_found');
    expect(error.kind).toBe('not_found');
  });

  it('cannot merge into a retired agency', () => {
    const targetRetired: AgencyRetired = {
      type: 'AgencyRetired',
      data: { agencyId: 'phuong-moi', reason: 'Dissolved.', effectiveOn: '2025-06-01' },
    };
    givenEvents(agencyMergeDecider, [...communes, targetRetired])
      .when(merge())
      .thenFails('agency.retired');
  });

  it('cannot merge an agency that is already retired', () => {
    const aRetired: AgencyRetired = {
      type: 'AgencyRetired',
      data: { agencyId: 'phuong-a', reason: 'Dissolved.', effectiveOn: '2025-06-01' },
    };
    givenEvents(agencyMergeDecider, [...communes, aRetired])
      .when(merge())
      .thenFails('agency.retired');
  });

  it('refuses to merge an agency that is not registered', () => {
    givenEvents(agencyMergeDecider, [communeA, communeNew])
      .when(merge())
      .thenFails('agency.merge_agency_unknown');
  });

  it('is idempotent: repeating a completed merge records nothing', () => {
    givenEvents(agencyMergeDecider, [...communes, merged, retiredInto('phuong-a'), retiredInto('phuong-b')])
      .when(merge({ mergedAgencyIds: ['phuong-b', 'phuong-a'] }))
      .then([]);
  });

  it('completes a merge whose earlier attempt stopped half-way', () => {
    givenEvents(agencyMergeDecider, [...communes, merged, retiredInto('phuong-a')])
      .when(merge())
      .then([retiredInto('phuong-b')]);
  });

  it('refuses the same decision reference for a different set of agencies', () => {
    const error = givenEvents(agencyMergeDecider, [...communes, merged])
      .when(merge({ mergedAgencyIds: ['phuong-a'] }))
      .thenFails('agency.merge_decision_ref_reused');
    expect(error.kind).toBe('state_conflict');
  });
});
