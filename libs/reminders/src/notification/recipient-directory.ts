import { Injectable } from '@nestjs/common';
import type { Role } from '@giaoviec/kernel';
import { CredentialsRepository, UserDirectoryReader } from '@giaoviec/identity';
import type { ReminderNotice } from './reminder-notice';

/** Who a notice goes to, as roles: the lead agency's people, then whole roles city-wide. */
export interface RecipientRule {
  /** Roles reached within the lead agency. */
  readonly leadAgencyRoles: readonly Role[];
  /** Roles reached whatever their agency. */
  readonly cityWideRoles: readonly Role[];
}

/**
 * Reminders before and on the due date reach the lead agency's officers and its head; an
 * escalation to the standing office adds the standing office's users; one to the Steering
 * Committee adds leadership too.
 */
export function recipientRule(notice: Pick<ReminderNotice, 'escalationLevel'>): RecipientRule {
  const leadAgencyRoles: Role[] = ['officer', 'agency_head'];
  switch (notice.escalationLevel) {
    case 'standing_office':
      return { leadAgencyRoles, cityWideRoles: ['standing_office'] };
    case 'steering_committee':
      return { leadAgencyRoles, cityWideRoles: ['standing_office', 'leadership'] };
    default:
      return { leadAgencyRoles, cityWideRoles: [] };
  }
}

export interface Recipient {
  readonly userId: string;
  readonly agencyId: string;
  readonly role: Role;
  /** Null when the user gave no address: reached in-app only. */
  readonly email: string | null;
}

/**
 * The active users a notice reaches, from the users' streams (agency and role) and the
 * credentials table (e-mail). Never logs addresses.
 */
@Injectable()
export class RecipientDirectory {
  constructor(
    private readonly users: UserDirectoryReader,
    private readonly credentials: CredentialsRepository,
  ) {}

  async forNotice(notice: ReminderNotice): Promise<Recipient[]> {
    const rule = recipientRule(notice);
    return this.find(
      (user) =>
        (user.agencyId === notice.leadAgencyId && rule.leadAgencyRoles.includes(user.role)) ||
        rule.cityWideRoles.includes(user.role),
    );
  }

  /** Every active user of the agency, whatever their role: whom its in-app notifications reach. */
  async ofAgency(agencyId: string): Promise<Recipient[]> {
    return this.find((user) => user.agencyId === agencyId);
  }

  /** Every active user of these roles, whatever their agency (e.g. the standing office, for the digest). */
  async withRoles(roles: readonly Role[]): Promise<Recipient[]> {
    return this.find((user) => roles.includes(user.role));
  }

  private async find(matches: (user: { agencyId: string; role: Role }) => boolean): Promise<Recipient[]> {
    const users = (await this.users.list())
      .filter((user) => user.active && matches(user))
      .sort((a, b) => a.userId.localeCompare(b.userId));
    const emails = await this.credentials.emailsOf(users.map((user) => user.userId));
    return users.map((user) => ({
      userId: user.userId,
      agencyId: user.agencyId,
      role: user.role,
      email: emails.get(user.userId) ?? null,
    }));
  }
}
