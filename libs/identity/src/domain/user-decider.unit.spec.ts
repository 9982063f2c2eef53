import { decisionContext, givenEvents } from '@giaoviec/kernel/testing';
import type { UserCommand } from './user-commands';
import { userDecider } from './user-decider';
import type { UserEvent } from './user-events';
import { USER_EVENT_TYPES, userStreamId } from './user-events';
import { officerDeactivated, officerRegistered } from './testing/user-fixtures';

const admin = decisionContext({ actor: { userId: 'u-admin', agencyId: 'van-phong-ubnd', role: 'admin' } });
const userId = 'u-taichinh';

const register = (
  data: Partial<Extract<UserCommand, { type: 'RegisterUser' }>['data']> = {},
): UserCommand => ({
  type: 'RegisterUser',
  data: { ...officerRegistered.data, ...data },
});

describe('user decider', () => {
  it('names the stream and the event types', () => {
    expect(userStreamId('u-1')).toBe('user-u-1');
    expect(USER_EVENT_TYPES).toContain('UserLockedOut');
  });

  describe('RegisterUser', () => {
    it('registers a user in an agency with a role', () => {
      givenEvents(userDecider, []).when(register(), admin).then([officerRegistered]);
    });

    it('trims the display name and the agency', () => {
      givenEvents(userDecider, [])
        .when(register({ displayName: '  Nguyễn Văn A ', agencyId: ' so-tai-chinh ' }), admin)
        .then([officerRegistered]);
    });

    it('registers a user only once', () => {
      const error = givenEvents(userDecider, [officerRegistered])
        .when(register(), admin)
        .thenFails('user.already_registered');
      expect(error.kind).toBe('state_conflict');
    });

    it.each(['Nguyen.Van.A', 'ab', 'a'.repeat(65), 'nguyễn', 'nguyen van a', 'a@b.vn', ''])(
      'refuses the username %j',
      (username) => {
        const error = givenEvents(userDecider, [])
          .when(register({ username }), admin)
          .thenFails('user.username_invalid');
        expect(error.kind).toBe('unprocessable');
      },
    );

    it.each(['abc', 'a'.repeat(64), 'nguyen.van_a-2'])('accepts the username %j', (username) => {
      givenEvents(userDecider, [])
        .when(register({ username }), admin)
        .thenMatch([{ type: 'UserRegistered', data: expect.objectContaining({ username }) }]);
    });

    it('refuses the reserved role system', () => {
      givenEvents(userDecider, [])
        .when(register({ role: 'system' }), admin)
        .thenFails('user.role_invalid');
    });

    it('refuses an unknown role', () => {
      givenEvents(userDecider, [])
        .when(register({ role: 'superuser' as never }), admin)
        .thenFails('user.role_invalid');
    });

    it('needs a display name', () => {
      givenEvents(userDecider, [])
        .when(register({ displayName: '  ' }), admin)
        .thenFails('user.display_name_required');
    });

    it('needs an agency', () => {
      givenEvents(userDecider, [])
        .when(register({ agencyId: '' }), admin)
        .thenFails('user.agency_required');
    });

    it.each(['', 'U-1', 'system:cli', 'a b'])('refuses the user id %j', (id) => {
      givenEvents(userDecider, [])
        .when(register({ userId: id }), admin)
        .thenFails('user.id_invalid');
    });
  });

  describe('ChangeUserRole', () => {
    const change = (newRole: string): UserCommand => ({
      type: 'ChangeUserRole',
      data: { userId, newRole: newRole as never },
    });

    it('records the previous and the new role', () => {
      givenEvents(userDecider, [officerRegistered])
        .when(change('agency_head'), admin)
        .then([
          { type: 'UserRoleChanged', data: { userId, previousRole: 'officer', newRole: 'agency_head' } },
        ]);
    });

    it('refuses the role the user already has', () => {
      givenEvents(userDecider, [officerRegistered])
        .when(change('officer'), admin)
        .thenFails('user.role_unchanged');
    });

    it('refuses the system role', () => {
      givenEvents(userDecider, [officerRegistered])
        .when(change('system'), admin)
        .thenFails('user.role_invalid');
    });

    it('needs a registered user', () => {
      const error = givenEvents(userDecider, []).when(change('admin'), admin).thenFails('user.not_found');
      expect(error.kind).toBe('not_found');
    });

    it('cannot change a deactivated user', () => {
      givenEvents(userDecider, [officerRegistered, officerDeactivated])
        .when(change('admin'), admin)
        .thenFails('user.deactivated');
    });

    it('does not let administrators change their own role', () => {
      const self = decisionContext({ actor: { userId, agencyId: 'so-tai-chinh', role: 'admin' } });
      givenEvents(userDecider, [officerRegistered])
        .when(change('leadership'), self)
        .thenFails('user.own_access');
    });
  });

  describe('MoveUserToAgency', () => {
    const move = (newAgencyId: string): UserCommand => ({
      type: 'MoveUserToAgency',
      data: { userId, newAgencyId },
    });

    it('records the previous and the new agency', () => {
      givenEvents(userDecider, [officerRegistered])
        .when(move('so-y-te'), admin)
        .then([
          {
            type: 'UserMovedToAgency',
            data: { userId, previousAgencyId: 'so-tai-chinh', newAgencyId: 'so-y-te' },
          },
        ]);
    });

    it('refuses the agency the user already acts for', () => {
      givenEvents(userDecider, [officerRegistered])
        .when(move('so-tai-chinh'), admin)
        .thenFails('user.agency_unchanged');
    });

    it('needs an agency', () => {
      givenEvents(userDecider, [officerRegistered]).when(move(' '), admin).thenFails('user.agency_required');
    });

    it('cannot move a deactivated user', () => {
      givenEvents(userDecider, [officerRegistered, officerDeactivated])
        .when(move('so-y-te'), admin)
        .thenFails('user.deactivated');
    });
  });

  describe('RecordPasswordChange', () => {
    it('records who changed the password, and nothing about the password itself', () => {
      const [event] = givenEvents(userDecider, [officerRegistered])
        .when({ type: 'RecordPasswordChange', data: { userId, changedBy: 'admin' } }, admin)
        .then([{ type: 'UserPasswordChanged', data: { userId, changedBy: 'admin' } }]);
      expect(Object.keys(event.data).sort()).toEqual(['changedBy', 'userId']);
    });

    it('refuses an unknown changer', () => {
      givenEvents(userDecider, [officerRegistered])
        .when({ type: 'RecordPasswordChange', data: { userId, changedBy: 'robot' as never } }, admin)
        .thenFails('user.password_changed_by_invalid');
    });

    it('cannot change the password of a deactivated user', () => {
      givenEvents(userDecider, [officerRegistered, officerDeactivated])
        .when({ type: 'RecordPasswordChange', data: { userId, changedBy: 'self' } }, admin)
        .thenFails('user.deactivated');
    });
  });

  describe('RecordLockOut', () => {
    const system = decisionContext({
      actor: { userId: 'system:login', agencyId: 'so-tai-chinh', role: 'system' },
      at: '2026-06-01T02:00:00.000Z',
    });
    const lockOut = (lockedUntil: string): UserCommand => ({
      type: 'RecordLockOut',
      data: { userId, failedAttempts: 5, lockedUntil },
    });

    it('records how many attempts failed and until when the account is locked', () => {
      givenEvents(userDecider, [officerRegistered])
        .when(lockOut('2026-06-01T02:15:00.000Z'), system)
        .then([
          {
            type: 'UserLockedOut',
            data: { userId, failedAttempts: 5, lockedUntil: '2026-06-01T02:15:00.000Z' },
          },
        ]);
    });

    it('refuses a lock-out that ends in the past', () => {
      givenEvents(userDecider, [officerRegistered])
        .when(lockOut('2026-06-01T01:00:00.000Z'), system)
        .thenFails('user.lockout_invalid');
    });

    it('does not lock a deactivated account', () => {
      givenEvents(userDecider, [officerRegistered, officerDeactivated])
        .when(lockOut('2026-06-01T02:15:00.000Z'), system)
        .thenFails('user.deactivated');
    });
  });

  describe('DeactivateUser and ReactivateUser', () => {
    const deactivate = (reason = 'Chuyển công tác'): UserCommand => ({
      type: 'DeactivateUser',
      data: { userId, reason },
    });
    const reactivate: UserCommand = { type: 'ReactivateUser', data: { userId } };

    it('deactivates with a reason', () => {
      givenEvents(userDecider, [officerRegistered])
        .when(deactivate(' Chuyển công tác '), admin)
        .then([officerDeactivated]);
    });

    it('needs a reason', () => {
      givenEvents(userDecider, [officerRegistered])
        .when(deactivate(' '), admin)
        .thenFails('user.reason_required');
    });

    it('deactivates only once', () => {
      givenEvents(userDecider, [officerRegistered, officerDeactivated])
        .when(deactivate(), admin)
        .thenFails('user.already_deactivated');
    });

    it('does not let administrators deactivate themselves', () => {
      const self = decisionContext({ actor: { userId, agencyId: 'so-tai-chinh', role: 'admin' } });
      givenEvents(userDecider, [officerRegistered]).when(deactivate(), self).thenFails('user.own_access');
    });

    it('reactivates a deactivated user, who can then be changed again', () => {
      const history: UserEvent[] = [officerRegistered, officerDeactivated];
      givenEvents(userDecider, history)
        .when(reactivate, admin)
        .then([{ type: 'UserReactivated', data: { userId } }]);
      givenEvents(userDecider, [...history, { type: 'UserReactivated', data: { userId } }])
        .when({ type: 'ChangeUserRole', data: { userId, newRole: 'agency_head' } }, admin)
        .thenMatch([{ type: 'UserRoleChanged' }]);
    });

    it('refuses to reactivate an active user', () => {
      givenEvents(userDecider, [officerRegistered]).when(reactivate, admin).thenFails('user.not_deactivated');
    });

    it('needs a registered user to reactivate', () => {
      givenEvents(userDecider, []).when(reactivate, admin).thenFails('user.not_found');
    });
  });
});
