import type { AgencyDirectory } from '../domain';
import { unitsUnder } from './agency-units';

const entry = (agencyId: string, parentAgencyId?: string) => ({
  agencyId,
  name: agencyId,
  kind: 'other' as const,
  active: true,
  ...(parentAgencyId ? { parentAgencyId } : {}),
});

describe('the units under an agency', () => {
  const directory: AgencyDirectory = {
    'so-tai-chinh': entry('so-tai-chinh'),
    'tt-dich-vu': entry('tt-dich-vu', 'so-tai-chinh'),
    'to-cong-nghe': entry('to-cong-nghe', 'tt-dich-vu'),
    'so-y-te': entry('so-y-te'),
    'tt-y-te': entry('tt-y-te', 'so-y-te'),
  };

  it('are its units and theirs, at any depth, and nobody else’s', () => {
    expect(unitsUnder(directory, 'so-tai-chinh').sort()).toEqual(['to-cong-nghe', 'tt-dich-vu']);
    expect(unitsUnder(directory, 'tt-dich-vu')).toEqual(['to-cong-nghe']);
    expect(unitsUnder(directory, 'so-khcn')).toEqual([]);
  });

  it('end even when the directory holds a cycle', () => {
    const cyclic: AgencyDirectory = { a: entry('a', 'b'), b: entry('b', 'a') };
    expect(unitsUnder(cyclic, 'a')).toEqual(['b']);
  });
});
