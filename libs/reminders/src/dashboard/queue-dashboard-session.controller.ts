import { Controller, Delete, Inject, Post, Req, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { APP_CONFIG, type AppConfig } from '@giaoviec/config';
import type { Clock } from '@giaoviec/kernel';
import {
  ApiCommandOperation,
  Authorize,
  CLOCK,
  PublicRoute,
  RequestCommandContext,
  type CommandContext,
} from '@giaoviec/platform';
import { QUEUE_DASHBOARD_ROUTE } from './queue-dashboard.route';
import { QUEUE_DASHBOARD_COOKIE, signQueueDashboardSession } from './queue-dashboard-session';

/** The cookie's attributes, the same when it is set and when it is cleared (or it would stay). */
const cookieOptions = (request: Request) =>
  ({ path: QUEUE_DASHBOARD_ROUTE, httpOnly: true, sameSite: 'strict', secure: request.secure }) as const;

/**
 * Opens the queue dashboard to an administrator's browser: the web application calls this
 * with its bearer token, then opens /queues, which reads the cookie set here.
 */
@ApiTags('operations')
@Controller('operations/queue-dashboard-session')
export class QueueDashboardSessionController {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Post()
  @ApiCommandOperation({
    status: 204,
    etag: false,
    summary: 'Let this browser open the queue dashboard at /queues (administrators)',
    description:
      'Sets an HttpOnly, SameSite=Strict cookie for the path /queues that lasts as long as an access token. Changes no state.',
  })
  @Authorize('operations.queue_dashboard')
  open(
    @RequestCommandContext() context: CommandContext,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): void {
    const session = signQueueDashboardSession(context.actor, this.config, this.clock);
    response.cookie(QUEUE_DASHBOARD_COOKIE, session.token, {
      ...cookieOptions(request),
      maxAge: session.maxAgeSeconds * 1000,
    });
  }

  @Delete()
  @PublicRoute()
  @ApiCommandOperation({
    status: 204,
    etag: false,
    anonymous: true,
    summary: "Close the queue dashboard to this browser (on logout): clears the dashboard's cookie",
  })
  close(@Req() request: Request, @Res({ passthrough: true }) response: Response): void {
    response.clearCookie(QUEUE_DASHBOARD_COOKIE, cookieOptions(request));
  }
}
