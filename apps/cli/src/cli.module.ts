import { DynamicModule, Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { AgenciesModule } from '@giaoviec/agencies';
import { IdentityCommandsModule } from '@giaoviec/identity';
import { InfrastructureModule } from '@giaoviec/platform';

/** The administration CLI: no HTTP, the command handlers of the agencies and identity contexts. */
@Module({})
export class CliModule {
  static withConfig(configOverrides: Record<string, string> = {}): DynamicModule {
    return {
      module: CliModule,
      imports: [
        InfrastructureModule.forRoot(configOverrides),
        CqrsModule.forRoot(),
        AgenciesModule,
        IdentityCommandsModule,
      ],
    };
  }
}
