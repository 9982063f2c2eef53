import { workScreens } from './work-screens';
import { standingOfficeScreens } from './standing-office-screens';
import { leadershipScreens } from './leadership-screens';
import { adminScreens } from './admin-screens';

export type { Screen } from './screen';

/** Every screen of the application, in menu order. */
export const screens = [...workScreens, ...standingOfficeScreens, ...leadershipScreens, ...adminScreens];
