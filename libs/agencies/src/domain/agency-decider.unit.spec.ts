import { givenEvents } from '@giaoviec/kernel/testing';
import { RegisterAgency, RenameAgency, RetireAgency } from './agency-commands';
import { agencyDecider } from './agency-decider';
import { AgencyRenamed, AgencyRetired } from './agency-events';
import { dost } from './testing/agency-fixtures';

const register = (data: Partial<RegisterAgency['data']> = {}): RegisterAgency => ({
  type: 'RegisterAgency',
  data: { ...dost.data, ...data },
});
const rename = (data: Partial<RenameAgency['data']> = {}): RenameAgency => ({
  type: 'RenameAgency',
  data: {
    agencyId: 'so-khcn',
    newName: 'Sở Khoa học, Công nghệ và Đổi mới sáng tạo',
    effectiveOn: '2026-07-01',
    ...data,
  },
});
const retire = (data: Partial<RetireAgency['data']> = {}): RetireAgency => ({
  type: 'RetireAgency',
  data: {
    agencyId: 'so-khcn',
    reason: 'Dissolved by the reorganisation.',
    effectiveOn: '2026-07-01',
    ...data,
  },
});
const retired: AgencyRetired = {
  type: 'AgencyRetired',
  data: { agencyId: 'so-khcn', reason: 'Dissolved by the reorganisation.', effectiveOn: '2026-07-01' },
};

describe('agency decider', () => {
  describe('RegisterAgency', () => {
    it('registers a department', () => {
      givenEvents(agencyDecider, []).when(register()).then([dost]);
    });

    it('registers a commune with its administrative unit code and trims the names', () => {
      givenEvents(agencyDecider, [])
        .when(
          register({
            agencyId: 'phuong-a',
            name: '  UBND phường A ',
            shortName: '',
            kind: 'commune',
            code: '19001',
          }),
        )
        .then([
          {
            type: 'AgencyRegistered',
            data: { agencyId: 'phuong-a', name: 'UBND phường A', kind: 'commune', code: '19001' },
          },
        ]);
    });

    it('registers a ministry the city reports to', () => {
      givenEvents(agencyDecider, [])
        .when(register({ agencyId: 'bo-xay-dung', name: 'Bộ Xây dựng', shortName: '', kind: 'ministry' }))
        .then([
          {
            type: 'AgencyRegistered',
            data: { agencyId: 'bo-xay-dung', name: 'Bộ Xây dựng', kind: 'ministry' },
          },
        ]);
    });

    it('registers an agency only once', () => {
      givenEvents(agencyDecider, [dost]).when(register()).thenFails('agency.already_registered');
    });

    it('refuses an empty name', () => {
      const error = givenEvents(agencyDecider, [])
        .when(register({ name: '   ' }))
        .thenFails('agency.name_required');
      expect(error.kind).toBe('unprocessable');
    });

    it('refuses an empty id', () => {
      givenEvents(agencyDecider, [])
        .when(register({ agencyId: '' }))
        .thenFails('agency.id_required');
    });

    it('refuses an unknown kind', () => {
      givenEvents(agencyDecider, [])
        .when(register({ kind: 'province' as never }))
        .thenFails('agency.kind_invalid');
    });

    it('refuses an agency that is its own parent', () => {
      givenEvents(agencyDecider, [])
        .when(register({ parentAgencyId: 'so-khcn' }))
        .thenFails('agency.parent_is_self');
    });
  });

  describe('RenameAgency', () => {
    it('renames an active agency and records the previous name', () => {
      const renamed: AgencyRenamed = {
        type: 'AgencyRenamed',
        data: {
          agencyId: 'so-khcn',
          previousName: 'Sở Khoa học và Công nghệ',
          newName: 'Sở Khoa học, Công nghệ và Đổi mới sáng tạo',
          previousShortName: 'SKHCN',
          newShortName: 'SKHCNĐMST',
          effectiveOn: '2026-07-01',
          decisionRef: '12/QĐ-UBND',
        },
      };
      givenEvents(agencyDecider, [dost])
        .when(rename({ newShortName: 'SKHCNĐMST', decisionRef: '12/QĐ-UBND' }))
        .then([renamed]);
    });

    it('records the rename after an earlier rename', () => {
      const first: AgencyRenamed = {
        type: 'AgencyRenamed',
        data: {
          agencyId: 'so-khcn',
          previousName: 'Sở Khoa học và Công nghệ',
          previousShortName: 'SKHCN',
          newName: 'Sở X',
          effectiveOn: '2026-01-01',
        },
      };
      givenEvents(agencyDecider, [dost, first])
        .when(rename({ newName: 'Sở Y' }))
        .then([
          {
            type: 'AgencyRenamed',
            data: { agencyId: 'so-khcn', previousName: 'Sở X', newName: 'Sở Y', effectiveOn: '2026-07-01' },
          },
        ]);
    });

    it('refuses to rename to the same name', () => {
      const error = givenEvents(agencyDecider, [dost])
        .when(rename({ newName: ' Sở Khoa học và Công nghệ ' }))
        .thenFails('agency.name_unchanged');
      expect(error.kind).toBe('state_conflict');
    });

    it('refuses an empty new name', () => {
      givenEvents(agencyDecider, [dost])
        .when(rename({ newName: '' }))
        .thenFails('agency.name_required');
    });

    it('refuses an invalid effective date', () => {
      givenEvents(agencyDecider, [dost])
        .when(rename({ effectiveOn: '2026-02-30' }))
        .thenFails('agency.effective_on_invalid');
    });

    it('cannot rename an agency that is not registered', () => {
      const error = givenEvents(agencyDecider, []).when(rename()).thenFails('agency.not_found');
      expect(error.kind).toBe('not_found');
    });

    it('cannot rename a retired agency', () => {
      const error = givenEvents(agencyDecider, [dost, retired]).when(rename()).thenFails('agency.retired');
      expect(error.kind).toBe('state_conflict');
      expect(error.message).toContain('so-khcn');
    });
  });

  describe('RetireAgency', () => {
    it('retires an active agency', () => {
      givenEvents(agencyDecider, [dost]).when(retire()).then([retired]);
    });

    it('records where a merged agency went', () => {
      givenEvents(agencyDecider, [dost])
        .when(retire({ mergedIntoAgencyId: 'so-moi', decisionRef: '1/NQ-HĐND' }))
        .then([
          {
            type: 'AgencyRetired',
            data: { ...retired.data, mergedIntoAgencyId: 'so-moi', decisionRef: '1/NQ-HĐND' },
          },
        ]);
    });

    it('cannot retire an agency twice', () => {
      givenEvents(agencyDecider, [dost, retired]).when(retire()).thenFails('agency.retired');
    });

    it('needs a reason', () => {
      givenEvents(agencyDecider, [dost])
        .when(retire({ reason: ' ' }))
        .thenFails('agency.retire_reason_required');
    });

    it('cannot merge an agency into itself', () => {
      givenEvents(agencyDecider, [dost])
        .when(retire({ mergedIntoAgencyId: 'so-khcn' }))
        .thenFails('agency.merge_into_itself');
    });

    it('cannot retire an agency that is not registered', () => {
      givenEvents(agencyDecider, []).when(retire()).thenFails('agency.not_found');
    });
  });
});
