import { Module } from '@nestjs/common';
import { CommandExecutionModule } from '@giaoviec/platform';
import { AgenciesController } from './agencies.controller';
import { AgencyDirectoryReader } from './agency-directory.reader';
import { ExecuteAgencyCommandHandler } from './execute-agency-command.handler';

@Module({
  imports: [CommandExecutionModule],
  controllers: [AgenciesController],
  providers: [ExecuteAgencyCommandHandler, AgencyDirectoryReader],
  exports: [AgencyDirectoryReader],
})
export class AgenciesModule {}
