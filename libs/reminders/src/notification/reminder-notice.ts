import type { LocalDate } from '@giaoviec/kernel';

/** What a reminder or an escalation says, whatever the channel. */
export interface ReminderNotice {
  readonly taskId: string;
  readonly planId: string;
  readonly taskCode: string | null;
  readonly taskTitle: string;
  readonly leadAgencyId: string;
  /** What a person reads: the agency's name, never its id. */
  readonly leadAgencyName: string;
  /** e.g. 'before_due_7d', 'before_due_1d', 'due_today', 'escalation_standing_office', 'escalation_steering_committee'. */
  readonly kind: string;
  readonly dueDate: LocalDate;
  /** Positive when overdue. */
  readonly daysOverdue: number;
  readonly escalationLevel?: 'standing_office' | 'steering_committee';
  /** A recurring report's period in hand (e.g. '2026-Q2'): `dueDate` is its deadline. */
  readonly periodKey?: string;
}

/** Who was reached, per channel; recorded in ReminderSent. */
export interface DeliveryReport {
  /** The channels that delivered, e.g. ['email', 'in_app', 'webhook']. */
  readonly channels: readonly string[];
  /**
   * The user ids reached (in-app; those with an address were e-mailed too). Only ids: put
   * them in ReminderSent.recipients with channel 'in_app', so rm_notifications gives each
   * user a row. E-mail addresses are personal data and never go into an event.
   */
  readonly recipients: readonly string[];
}

/**
 * Sends a notice on every channel to the people the roles say (the lead agency's officers
 * and head; the standing office; then leadership for the Steering Committee level).
 * Throws when a channel fails, so the job is retried; a retry may send an e-mail twice,
 * but the reminder is recorded once (the domain ignores a repeated ReminderSent).
 */
export interface Notifier {
  deliver(notice: ReminderNotice): Promise<DeliveryReport>;
}

export const NOTIFIER = Symbol('NOTIFIER');
