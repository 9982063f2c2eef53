import { Body, Controller, HttpStatus, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { AgencyDirectoryReader } from '@giaoviec/agencies';
import { ApiCommandOperation, Authorize } from '@giaoviec/platform';
import { draftPlanFromText } from '../../domain';
import { DraftPlanFromTextRequest } from './draft-plan-from-text.request';
import { PlanImportDraftView, planImportDraftView } from './plan-import-draft.view';

@ApiTags('plans')
@Controller('plans/import-drafts')
export class PlanImportController {
  constructor(private readonly agencies: AgencyDirectoryReader) {}

  // A POST because a plan's text does not fit in a URL; it records nothing (no event).
  @Post()
  @ApiCommandOperation({
    summary: "Read a plan's text into a draft for review (standing office); records nothing",
    description:
      'Finds the number, date, signer, sections, candidate tasks (one per bullet asking an agency to act), ' +
      'the agencies named (matched to the directory; `unknown` when it has no such agency), deadlines and ' +
      'targets, each with the line it was read from. What the text does not state is null. ' +
      'Issue the reviewed draft with POST /plans and POST /plans/{planId}/tasks.',
    status: HttpStatus.OK,
    etag: false,
    answers: PlanImportDraftView,
  })
  @Authorize('plan.import_draft')
  async draft(@Body() { text }: DraftPlanFromTextRequest): Promise<PlanImportDraftView> {
    const directory = Object.values(await this.agencies.current()).filter((agency) => agency.active);
    return planImportDraftView(draftPlanFromText(text, directory));
  }
}
