import { Controller, Get, HttpCode, HttpStatus, Param, Post, Query } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Actor } from '@giaoviec/kernel';
import { Authorize } from '@giaoviec/platform';
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

@ApiTags('notifications')
@Controller('notifications')
export class NotificationsController {
  constructor(
    private readonly queries: NotificationQueries,
    private readonly reads: NotificationReads,
  ) {}

  @Get()
  @ApiOperation({
    summary:
      "The actor's in-app notifications, newest first: addressed to them, or to their agency (and role)",
    description:
      "`readAt` and `unread` are this user's own: a colleague reading an agency's notification does not read it for them.",
  })
  @ApiOkResponse({ type: NotificationPageView })
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
  @HttpCode(HttpStatus.OK)
  @ApiOperation({
    summary: 'Mark every notification of the actor as read',
    description: 'Only those there now: one that arrives afterwards is unread.',
  })
  @ApiOkResponse({ type: NotificationsMarkedReadView })
  @Authorize('notification.mark_read')
  markAllRead(@RequestActor() actor: Actor): Promise<NotificationsMarkedRead> {
    return this.reads.markAllRead(actor);
  }

  @Post(':notificationId/read')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({
    summary: "Mark one of the actor's notifications as read (again: no change, the first time is kept)",
  })
  @ApiOkResponse({ type: NotificationMarkedReadView })
  @ApiNotFoundResponse({ description: 'notification.not_found: not a notification of the actor' })
  @Authorize('notification.mark_read')
  markRead(
    @Param('notificationId') notificationId: string,
    @RequestActor() actor: Actor,
  ): Promise<NotificationMarkedRead> {
    return this.reads.markRead(actor, notificationId);
  }
}
