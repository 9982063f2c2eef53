import type { UserDeactivated, UserRegistered } from '../user-events';

export const officerRegistered: UserRegistered = {
  type: 'UserRegistered',
  data: {
    userId: 'u-taichinh',
    username: 'nguyen.van.a',
    displayName: 'Nguyễn Văn A',
    agencyId: 'so-tai-chinh',
    role: 'officer',
  },
};

export const officerDeactivated: UserDeactivated = {
  type: 'UserDeactivated',
  data: { userId: 'u-taichinh', reason: 'Chuyển công tác' },
};
