import { Controller, Get, Headers, Query, StreamableFile } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { Readable } from 'node:stream';
import { addDays, isLocalDate, type Actor } from '@giaoviec/kernel';
import { Authorize, invalidField } from '@giaoviec/platform';
import { ReadModelQuery } from '../../projection/read-after.interceptor';
import { narrowedAgency } from '../shared/agency-scope';
import { RequestActor } from '../shared/request-actor.decorator';
import { CSV_CONTENT_TYPE } from './audit-csv';
import { AuditQueries, type AuditFilter, type AuditPage } from './audit.queries';
import { AuditRequest } from './audit.request';

/** The start of a day in Huế (UTC+7) as an instant. */
const startOfDayInHue = (day: string) => new Date(`${day}T00:00:00+07:00`).toISOString();

@ApiTags('audit')
@Controller('audit')
export class AuditController {
  constructor(private readonly queries: AuditQueries) {}

  @Get()
  @ApiOperation({
    summary:
      'The audit trail: who did what and when, one row per event, newest first; CSV with Accept: text/csv',
    description:
      'Agency heads see the events made by their agency or concerning it. The CSV export (UTF-8 with BOM) holds every row matching the filters.',
  })
  @ApiProduces('application/json', 'text/csv')
  @ApiOkResponse({
    description: '{ limit, nextCursor, items[{ position, type, actor, summary, data, metadata, ... }] }',
  })
  @Authorize('audit.read')
  @ReadModelQuery()
  async list(
    @Query() query: AuditRequest,
    @RequestActor() actor: Actor,
    @Headers('accept') accept?: string,
  ): Promise<AuditPage | StreamableFile> {
    const filter = this.filterOf(query, actor);
    const csv = query.format === 'csv' || (query.format === undefined && (accept ?? '').includes('text/csv'));
    if (!csv) return this.queries.page(filter);
    const chunks = await this.queries.csv(filter);
    return new StreamableFile(Readable.from(chunks), {
      type: CSV_CONTENT_TYPE,
      disposition: 'attachment; filename="audit-trail.csv"',
    });
  }

  private filterOf(query: AuditRequest, actor: Actor): AuditFilter {
    const from =
      query.from === undefined
        ? undefined
        : isLocalDate(query.from)
          ? startOfDayInHue(query.from)
          : query.from;
    const toIsDay = query.to !== undefined && isLocalDate(query.to);
    const to =
      query.to === undefined
        ? undefined
        : toIsDay
          ? startOfDayInHue(addDays(query.to, 1))
          : new Date(query.to).toISOString();
    if (from !== undefined && to !== undefined && Date.parse(from) > Date.parse(to)) {
      throw invalidField('from', 'notAfterTo', 'from must not be later than to');
    }
    return {
      scopeAgencyId: narrowedAgency('audit.read', actor, query.agencyId),
      actorUserId: query.actorUserId,
      agencyId: query.agencyId,
      planId: query.planId,
      taskId: query.taskId,
      indicatorId: query.indicatorId,
      types: query.type?.split(','),
      from: from === undefined ? undefined : new Date(from).toISOString(),
      to,
      toInclusive: !toIsDay,
      timeField: query.timeField,
      order: query.order,
      limit: query.limit,
      cursor: query.cursor,
    };
  }
}
