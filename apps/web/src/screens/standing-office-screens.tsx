import type { Screen } from './screen';

export const standingOfficeScreens: readonly Screen[] = [];
