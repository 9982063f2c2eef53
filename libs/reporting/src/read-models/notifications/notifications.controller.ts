import { Controller, Get, HttpStatus, Param, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Actor } from '@giaoviec/kernel';
import { ApiCommandOperation, ApiQueryOperation, Authorize, type ProblemAnswers } from '@giaoviec/platform';
import { ReadModelQuery } from '../../projection/read-after.interceptor';
import { RequestActor } from '../shared/request-actor.decorator';
import {
  NotificationReads,
  type NotificationMarkedRead,
  type NotificationsMarkedRead,
} from './notification-reads';
import { NotificationQueries, type NotificationPage } from './notifications.queries';
import { NotificationsRequest } from './notifications.request';
import {
  NotificationMarkedReadView,
  NotificationPageView,
  NotificationsMarkedReadView,
} from './notifications.responses';

/**
 * Reading marks live in a table of their own, not a stream: no version, no If-Match, and
 * only the Idempotency-Key can be refused.
 */
const MARK_READ_PROBLEMS: ProblemAnswers = {
  409: 'A request with this Idempotency-Key is still running (`idempotency.in_progress`, Retry-After)',
  422: 'The Idempotency-Key was used for a different request (`idempotency.key_reused`)',
};

@ApiTags('notifications')
@Controller('notifications')
export class NotificationsController {
  constructor(
    private readonly queries: NotificationQueries,
    private readonly reads: NotificationReads,
  ) {}

  @Get()
  @ApiQueryOperation({
    summary:
      "The actor's in-app notifications, newest first: addressed to them, or to their agency (and role)",
    description:
      "`readAt` and `unread` are this user's own: a colleague reading an agency's notification does not read it for them.",
    answers: NotificationPageView,
    fromReadModels: true,
  })
  @Authorize('notification.read')
  @ReadModelQuery()
  list(@Query() query: NotificationsRequest, @RequestActor() actor: Actor): Promise<NotificationPage> {
    return this.queries.forActor(actor, {
      unreadOnly: query.unreadOnly === 'true',
      limit: query.limit,
      offset: query.offset,
    });
  }

  @Post('read-all')
  @ApiCommandOperation({
    summary: 'Mark every notification of the actor as read',
    description: 'Only those there now: one that arrives afterwards is unread.',
    status: HttpStatus.OK,
    answers: NotificationsMarkedReadView,
    etag: false,
    problems: MARK_READ_PROBLEMS,
  })
  @Authorize('notification.mark_read')
  markAllRead(@RequestActor() actor: Actor): Promise<NotificationsMarkedRead> {
    return this.reads.markAllRead(actor);
  }

  @Post(':notificationId/read')
  @ApiCommandOperation({
    summary: "Mark one of the actor's notifications as read (again: no change, the first time is kept)",
    status: HttpStatus.OK,
    answers: NotificationMarkedReadView,
    etag: false,
    problems: {
      ...MARK_READ_PROBLEMS,
      404: 'Not a notification of the actor (`notification.not_found`)',
    },
  })
  @Authorize('notification.mark_read')
  markRead(
    @Param('notificationId') notificationId: string,
    @RequestActor() actor: Actor,
  ): Promise<NotificationMarkedRead> {
    return this.reads.markRead(actor, notificationId);
  }
}
