import { Controller, Get, Headers, HttpStatus, Param, Post, Req, Res, StreamableFile } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiHeader, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { attachmentDisposition, EVIDENCE_FILE_TYPES, EvidenceIntake } from '@giaoviec/evidence';
import { notFound } from '@giaoviec/kernel';
import {
  ApiCommandOperation,
  ApiQueryOperation,
  Authorize,
  EventSourcedExecutor,
  RequestCommandContext,
  type CommandContext,
} from '@giaoviec/platform';
import { isAssigned, taskDecider, taskStreamId } from '../domain';
import { EvidenceUploadedResponse } from './responses/evidence-uploaded.response';

const ALLOWED = EVIDENCE_FILE_TYPES.map((type) => `${type.contentType} (${type.extensions.join(', ')})`).join(
  '; ',
);

/**
 * The files sent with reports. Uploaded one by one as raw bytes before the report, which
 * then names them; served to whoever may read the task.
 */
@ApiTags('tasks')
@Controller('tasks/:taskId/evidence')
export class TaskEvidenceController {
  constructor(
    private readonly intake: EvidenceIntake,
    private readonly executor: EventSourcedExecutor,
  ) {}

  @Post()
  @ApiCommandOperation({
    summary: 'Upload a file for a report on the task (the signed report, a photo, a spreadsheet or document)',
    description:
      'The body is the file itself, sent with its own Content-Type (not JSON, not multipart), and its name in the ' +
      '`X-File-Name` header, percent-encoded UTF-8 (`encodeURIComponent`). Accepted: ' +
      `${ALLOWED}; the content must be of the declared type. The answer's evidenceId is named by the report ` +
      '(`evidenceIds`); a file no report names within EVIDENCE_UNREFERENCED_HOURS (24 by default) is removed.',
    status: HttpStatus.CREATED,
    answers: EvidenceUploadedResponse,
    etag: false,
    problems: {
      400: 'The file is empty (`evidence.empty`) or has no name (`evidence.file_name_required`)',
      404: 'No such task (`task.not_found`)',
      413: 'The file is larger than EVIDENCE_MAX_BYTES (`evidence.too_large`, with `maxBytes`)',
      415: 'The type is not one accepted (`evidence.type_not_allowed`), or the content or the name is not of the declared type (`evidence.type_mismatch`)',
    },
  })
  @ApiConsumes(...EVIDENCE_FILE_TYPES.map((type) => type.contentType))
  @ApiBody({ schema: { type: 'string', format: 'binary' } })
  @ApiHeader({
    name: 'X-File-Name',
    required: true,
    description: "The file's name, percent-encoded UTF-8, e.g. B%C3%A1o%20c%C3%A1o.pdf",
    schema: { type: 'string', example: 'B%C3%A1o%20c%C3%A1o.pdf' },
  })
  @Authorize('task.upload_evidence')
  async upload(
    @Param('taskId') taskId: string,
    @Req() request: Request,
    @Headers('content-type') declaredType: string | undefined,
    @Headers('x-file-name') encodedFileName: string | undefined,
    @RequestCommandContext() context: CommandContext,
  ): Promise<EvidenceUploadedResponse> {
    await this.requireTask(taskId);
    return this.intake.receive({
      taskId,
      actor: context.actor,
      declaredType,
      encodedFileName,
      body: request.body,
    });
  }

  @Get(':evidenceId')
  @ApiQueryOperation({
    summary: 'Download a file sent with a report on the task, with its name and type',
    description:
      'For everyone who may read the task (task.read). Content-Disposition carries the original name (RFC 6266 `filename*`, UTF-8); ' +
      'X-Content-Type-Options: nosniff; the bytes hash to the SHA-256 the report recorded. A file no report names yet is seen only by the agency that uploaded it.',
    answers: {
      content: Object.fromEntries(
        EVIDENCE_FILE_TYPES.map((type) => [
          type.contentType,
          { schema: { type: 'string', format: 'binary' } },
        ]),
      ),
    },
    problems: { 404: 'No such task, or no such file of the task (`evidence.not_found`)' },
  })
  @Authorize('task.read')
  async download(
    @Param('taskId') taskId: string,
    @Param('evidenceId') evidenceId: string,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<StreamableFile> {
    const { record, bytes } = await this.intake.open(taskId, evidenceId, request.actor!);
    response.setHeader('X-Content-Type-Options', 'nosniff');
    response.setHeader('Cache-Control', 'private, max-age=0, must-revalidate');
    response.setHeader('Digest', `sha-256=${Buffer.from(record.sha256, 'hex').toString('base64')}`);
    return new StreamableFile(bytes, {
      type: record.contentType,
      length: bytes.length,
      disposition: attachmentDisposition(record.fileName),
    });
  }

  private async requireTask(taskId: string): Promise<void> {
    const { state } = await this.executor.load(taskStreamId(taskId), taskDecider);
    if (!isAssigned(state)) throw notFound('task.not_found', `Task ${taskId} does not exist.`, { taskId });
  }
}
