import { Module } from '@nestjs/common';
import { CommandExecutionModule } from '@giaoviec/platform';
import { AgenciesController } from './agencies.controller';
import { AgencyDirectoryReader } from './agency-directory.reader';
import { AgencyUnits } from './agency-units';
import { ExecuteAgencyCommandHandler } from './execute-agency-command.handler';

@Module({
  imports: [CommandExecutionModule],
  controllers: [AgenciesController],
  providers: [ExecuteAgencyCommandHandler, AgencyDirectoryReader, AgencyUnits],
  exports: [AgencyDirectoryReader],
})
export class AgenciesModule {}
