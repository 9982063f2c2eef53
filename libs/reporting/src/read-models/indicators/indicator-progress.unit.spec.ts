import { indicatorProgress, yearElapsedAt } from './indicator-progress';

const at = (value: number, period: string) => ({ value, period });

describe('indicator progress against the year target', () => {
  it('measures the year elapsed at the end of the value period', () => {
    expect(yearElapsedAt('2026-Q1')).toBeCloseTo(90 / 365);
    expect(yearElapsedAt('2026-H1')).toBeCloseTo(181 / 365);
    expect(yearElapsedAt('2028-02')).toBeCloseTo(60 / 366);
    expect(yearElapsedAt('2026-12')).toBe(1);
    expect(yearElapsedAt('2026')).toBe(1);
  });

  describe('at_least (a floor: 80% of dossiers online)', () => {
    it('is on track once the target is reached, whatever the period', () => {
      expect(indicatorProgress('at_least', at(81, '2026-Q1'), 80).status).toBe('on_track');
    });

    it('is on track on the pro-rata path for the part of the year elapsed', () => {
      // Half a year: the path stands at 80 × 181/365 ≈ 39.7.
      const progress = indicatorProgress('at_least', at(40, '2026-H1'), 80);
      expect(progress).toMatchObject({ status: 'on_track', final: false });
      expect(progress.expected).toBeCloseTo(39.67, 2);
    });

    it('is at risk within 10% below the path, off track further below', () => {
      expect(indicatorProgress('at_least', at(36, '2026-H1'), 80).status).toBe('at_risk');
      expect(indicatorProgress('at_least', at(35, '2026-H1'), 80).status).toBe('off_track');
    });

    it('is final at the end of the year: reached, or not', () => {
      expect(indicatorProgress('at_least', at(79, '2026'), 80)).toMatchObject({
        status: 'off_track',
        final: true,
      });
      expect(indicatorProgress('at_least', at(80, '2026-Q4'), 80)).toMatchObject({
        status: 'on_track',
        final: true,
      });
    });
  });

  describe('at_most (a ceiling: at most 10% paper dossiers)', () => {
    it('is on track at or under the ceiling', () => {
      expect(indicatorProgress('at_most', at(10, '2026-Q2'), 10).status).toBe('on_track');
    });

    it('is at risk up to 10% over it during the year, off track beyond or at year end', () => {
      expect(indicatorProgress('at_most', at(11, '2026-Q2'), 10).status).toBe('at_risk');
      expect(indicatorProgress('at_most', at(11.5, '2026-Q2'), 10).status).toBe('off_track');
      expect(indicatorProgress('at_most', at(11, '2026'), 10).status).toBe('off_track');
    });
  });

  it('exactly: on track when reached, off track when not', () => {
    expect(indicatorProgress('exactly', at(1, '2026-Q3'), 1).status).toBe('on_track');
    expect(indicatorProgress('exactly', at(0, '2026-Q3'), 1).status).toBe('off_track');
  });

  it('says when there is no confirmed value, or no target for the year', () => {
    expect(indicatorProgress('at_least', null, 80)).toEqual({
      status: 'no_data',
      yearElapsed: null,
      expected: null,
      final: false,
    });
    expect(indicatorProgress('at_least', at(50, '2026-Q2'), null).status).toBe('no_target');
  });
});
