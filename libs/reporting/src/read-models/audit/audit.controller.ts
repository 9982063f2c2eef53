import { Controller, Get, Headers, Inject, Query, StreamableFile } from '@nestjs/common';
import { ApiExtraModels, ApiTags, getSchemaPath } from '@nestjs/swagger';
import { Readable } from 'node:stream';
import { addDays, isLocalDate, type Actor, type Clock } from '@giaoviec/kernel';
import { ApiQueryOperation, Authorize, CLOCK, invalidField } from '@giaoviec/platform';
import { ReadModelQuery } from '../../projection/read-after.interceptor';
import { AgencyReadScope } from '../shared/agency-read-scope';
import { RequestActor } from '../shared/request-actor.decorator';
import { todayIn } from '../shared/today';
import { CSV_CONTENT_TYPE } from './audit-csv';
import { XLSX_CONTENT_TYPE } from './audit-xlsx';
import { AuditQueries, type AuditFilter, type AuditPage } from './audit.queries';
import { AuditRequest } from './audit.request';
import { AuditPageView } from './audit.responses';

/** The start of a day in Huế (UTC+7) as an instant. */
const startOfDayInHue = (day: string) => new Date(`${day}T00:00:00+07:00`).toISOString();

@ApiTags('audit')
@Controller('audit')
export class AuditController {
  constructor(
    private readonly queries: AuditQueries,
    private readonly scope: AgencyReadScope,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Get()
  @ApiQueryOperation({
    summary:
      'The audit trail: who did what and when, one row per event, newest first; CSV or Excel with format= or Accept',
    description:
      'Agency heads see the events made by their agency or concerning it. The exports (CSV in UTF-8 with a BOM, or ' +
      'an Excel workbook) hold every row matching the filters, for people to read: Thời điểm (when it happened, ' +
      'dd/mm/yyyy HH:mm in Huế), Người thực hiện, Cơ quan, Vai trò, Sự kiện, Kế hoạch, Nhiệm vụ, Nội dung — names, not ids. ' +
      'The file is named nhat-ky-<today>.csv or .xlsx.',
    answerDescription: 'A page of the trail as JSON, or the whole filtered trail as a CSV or Excel file',
    answers: {
      content: {
        'application/json': { schema: { $ref: getSchemaPath(AuditPageView) } },
        'text/csv': { schema: { type: 'string' } },
        [XLSX_CONTENT_TYPE]: { schema: { type: 'string', format: 'binary' } },
      },
    },
    fromReadModels: true,
  })
  @ApiExtraModels(AuditPageView)
  @Authorize('audit.read')
  @ReadModelQuery()
  async list(
    @Query() query: AuditRequest,
    @RequestActor() actor: Actor,
    @Headers('accept') accept?: string,
  ): Promise<AuditPage | StreamableFile> {
    const filter = await this.filterOf(query, actor);
    const format = query.format ?? formatAccepted(accept);
    if (format === 'json') return this.queries.page(filter);
    const filename = `nhat-ky-${todayIn(this.clock)}.${format}`;
    const disposition = `attachment; filename="${filename}"`;
    if (format === 'csv') {
      return new StreamableFile(Readable.from(await this.queries.csv(filter)), {
        type: CSV_CONTENT_TYPE,
        disposition,
      });
    }
    return new StreamableFile(await this.queries.xlsx(filter), { type: XLSX_CONTENT_TYPE, disposition });
  }

  private async filterOf(query: AuditRequest, actor: Actor): Promise<AuditFilter> {
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
      scopeAgencyIds: await this.scope.agenciesFor('audit.read', actor, query.agencyId),
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

/** The export a client asks for with its Accept header alone. */
function formatAccepted(accept: string | undefined): 'json' | 'csv' | 'xlsx' {
  if ((accept ?? '').includes(XLSX_CONTENT_TYPE)) return 'xlsx';
  if ((accept ?? '').includes('text/csv')) return 'csv';
  return 'json';
}
