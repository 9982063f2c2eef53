import { isTargetAchieved } from './target-achievement';

describe('isTargetAchieved', () => {
  it('meets an "at least" target from the target up', () => {
    expect(isTargetAchieved('at_least', 80, 80)).toBe(true);
    expect(isTargetAchieved('at_least', 85.5, 80)).toBe(true);
    expect(isTargetAchieved('at_least', 79.9, 80)).toBe(false);
  });

  it('meets an "at most" target from the target down', () => {
    expect(isTargetAchieved('at_most', 10, 10)).toBe(true);
    expect(isTargetAchieved('at_most', 9, 10)).toBe(true);
    expect(isTargetAchieved('at_most', 10.5, 10)).toBe(false);
  });

  it('meets an "exactly" target only at the target', () => {
    expect(isTargetAchieved('exactly', 1, 1)).toBe(true);
    expect(isTargetAchieved('exactly', 0.1 + 0.2, 0.3)).toBe(true);
    expect(isTargetAchieved('exactly', 2, 1)).toBe(false);
  });

  it('cannot tell without a value or a target', () => {
    expect(isTargetAchieved('at_least', null, 80)).toBeNull();
    expect(isTargetAchieved('at_least', 80, null)).toBeNull();
  });
});
