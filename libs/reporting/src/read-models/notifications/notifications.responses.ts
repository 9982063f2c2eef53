import { ApiProperty } from '@nestjs/swagger';
import { ApiInstant, ApiNullable } from '@giaoviec/platform';
import type { NotificationMarkedRead, NotificationsMarkedRead } from './notification-reads';
import type { NotificationItem, NotificationPage } from './notifications.queries';

/** The response shapes of GET /notifications and of marking them read. */
export class NotificationView implements NotificationItem {
  @ApiProperty() notificationId!: string;
  @ApiNullable(String, { description: 'Set when it is for one user; otherwise for the agency (and role)' })
  userId!: string | null;
  @ApiNullable(String) agencyId!: string | null;
  @ApiNullable(String) role!: string | null;
  @ApiNullable(String) taskId!: string | null;
  @ApiNullable(String) planId!: string | null;
  @ApiProperty({
    example: 'reminder.before_due_7d',
    description:
      'reminder.<kind>, escalation.<level>, task.assigned, task.reassigned, task.completion_returned, extension.granted, extension.rejected, task.direction or indicator.value_returned (no task: about a KPI value)',
  })
  kind!: string;
  @ApiProperty({ description: 'In Vietnamese' }) title!: string;
  @ApiProperty({ description: 'In Vietnamese' }) body!: string;
  @ApiInstant() createdAt!: string;
  @ApiInstant({ nullable: true, description: 'When this user read it; null: unread' }) readAt!: string | null;
}

export class NotificationPageView implements NotificationPage {
  @ApiProperty({ type: 'integer' }) total!: number;
  @ApiProperty({ type: 'integer', description: "This user's unread ones" }) unread!: number;
  @ApiProperty({ type: 'integer' }) limit!: number;
  @ApiProperty({ type: 'integer' }) offset!: number;
  @ApiProperty({ type: [NotificationView] }) items!: NotificationView[];
}

export class NotificationMarkedReadView implements NotificationMarkedRead {
  @ApiProperty() notificationId!: string;
  @ApiInstant({ description: 'When this user first read it' }) readAt!: string;
  @ApiProperty({ type: 'integer' }) unread!: number;
}

export class NotificationsMarkedReadView implements NotificationsMarkedRead {
  @ApiProperty({ type: 'integer', description: 'How many were unread and are now read' }) marked!: number;
  @ApiProperty({ type: 'integer' }) unread!: number;
}
