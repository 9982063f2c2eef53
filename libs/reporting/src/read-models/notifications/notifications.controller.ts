import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Actor } from '@giaoviec/kernel';
import { Authorize } from '@giaoviec/platform';
import { ReadModelQuery } from '../../projection/read-after.interceptor';
import { RequestActor } from '../shared/request-actor.decorator';
import { NotificationQueries, type NotificationPage } from './notifications.queries';
import { NotificationsRequest } from './notifications.request';

@ApiTags('notifications')
@Controller('notifications')
export class NotificationsController {
  constructor(private readonly queries: NotificationQueries) {}

  @Get()
  @ApiOperation({
    summary:
      "The actor's in-app notifications, newest first: addressed to them, or to their agency (and role)",
  })
  @ApiOkResponse({ description: '{ total, unread, limit, offset, items[] }' })
  @Authorize('notification.read')
  @ReadModelQuery()
  list(@Query() query: NotificationsRequest, @RequestActor() actor: Actor): Promise<NotificationPage> {
    return this.queries.forActor(actor, {
      unreadOnly: query.unreadOnly === 'true',
      limit: query.limit,
      offset: query.offset,
    });
  }
}
