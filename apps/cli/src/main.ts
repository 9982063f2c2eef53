import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { DomainRuleViolation } from '@giaoviec/kernel';
import { CliUsageError, parseCliArguments, USAGE } from './cli/arguments';
import { readAdminPassword } from './cli/password-source';
import { CliModule } from './cli.module';
import { createAdmin } from './create-admin';
import { rebuildReadModelsCommand } from './rebuild-read-models';

async function main(argv: readonly string[]): Promise<number> {
  const args = parseCliArguments(argv);
  if (args.command === 'help') {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (args.command === 'rebuild-read-models') return rebuildReadModelsCommand({ ifStale: args.ifStale });
  const password = await readAdminPassword(args.passwordFromStdin);
  const app = await NestFactory.createApplicationContext(CliModule.withConfig(), {
    logger: ['error', 'warn'],
  });
  try {
    for (const line of await createAdmin(app, args, password)) process.stdout.write(`${line}\n`);
    return 0;
  } finally {
    await app.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof CliUsageError) {
      process.stderr.write(`${error.message}\n\n${USAGE}\n`);
      process.exit(2);
    }
    if (error instanceof DomainRuleViolation) {
      process.stderr.write(`Refused (${error.rule}): ${error.message}\n`);
      process.exit(1);
    }
    // Configuration errors and unreachable components: say what is wrong and stop.
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
