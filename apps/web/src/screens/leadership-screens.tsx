import type { Screen } from './screen';

export const leadershipScreens: readonly Screen[] = [];
