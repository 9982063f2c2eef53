import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * The lint rule that keeps every domain folder (and the kernel) free of frameworks and I/O,
 * checked by running ESLint as `npm run lint` does on probe files placed in each folder.
 * A new context's domain folder is covered without anyone remembering to add it.
 */
const root = join(__dirname, '..', '..');
const FORBIDDEN = [
  '@nestjs/common',
  '@nestjs/cqrs',
  'pg',
  '@eventstore/db-client',
  'bullmq',
  'ioredis',
  'express',
  'axios',
  'class-validator',
  '@giaoviec/event-store',
  '@giaoviec/platform',
];
const ALLOWED = ['@giaoviec/kernel', './sibling'];

interface LintResult {
  filePath: string;
  messages: { ruleId: string | null; line: number }[];
}

function pureFolders(): string[] {
  const domains = readdirSync(join(root, 'libs'))
    .map((lib) => join('libs', lib, 'src', 'domain'))
    .filter((folder) => {
      try {
        return readdirSync(join(root, folder)).length > 0;
      } catch {
        return false;
      }
    });
  return [...domains, 'libs/kernel/src'];
}

function lint(files: string[]): LintResult[] {
  try {
    return JSON.parse(
      execFileSync(join(root, 'node_modules/.bin/eslint'), ['--format', 'json', ...files], {
        cwd: root,
        encoding: 'utf8',
      }),
    );
  } catch (error) {
    // ESLint exits 1 when it finds problems; its report is still on stdout.
    return JSON.parse((error as { stdout: string }).stdout);
  }
}

describe('domain purity lint rule', () => {
  const probes: string[] = [];
  let results: LintResult[];

  beforeAll(() => {
    for (const folder of pureFolders()) {
      const probeDir = join(root, folder, '__purity_probe__');
      mkdirSync(probeDir, { recursive: true });
      const forbiddenFile = join(probeDir, 'forbidden.ts');
      writeFileSync(
        forbiddenFile,
        FORBIDDEN.map((name, i) => `import * as m${i} from '${name}';\nexport const e${i} = m${i};\n`).join(
          '',
        ),
      );
      const allowedFile = join(probeDir, 'allowed.ts');
      writeFileSync(
        allowedFile,
        ALLOWED.map((name, i) => `import * as a${i} from '${name}';\nexport const f${i} = a${i};\n`).join(''),
      );
      probes.push(forbiddenFile, allowedFile);
    }
    results = lint(probes.map((file) => relative(root, file)));
  }, 60_000);

  afterAll(() => {
    for (const folder of pureFolders())
      rmSync(join(root, folder, '__purity_probe__'), { recursive: true, force: true });
  });

  it('covers every context', () => {
    expect(results).toHaveLength(probes.length);
    expect(pureFolders()).toEqual(
      expect.arrayContaining([
        'libs/agencies/src/domain',
        'libs/planning/src/domain',
        'libs/tasks/src/domain',
      ]),
    );
  });

  it('refuses every framework, database, queue and HTTP import in every domain folder', () => {
    for (const result of results.filter((r) => r.filePath.endsWith('forbidden.ts'))) {
      const flaggedLines = result.messages
        .filter((m) => m.ruleId === 'no-restricted-imports')
        .map((m) => m.line);
      expect({ file: relative(root, result.filePath), flaggedLines }).toEqual({
        file: relative(root, result.filePath),
        flaggedLines: FORBIDDEN.map((_, i) => 2 * i + 1),
      });
    }
  });

  it('allows the kernel and relative imports', () => {
    for (const result of results.filter((r) => r.filePath.endsWith('allowed.ts'))) {
      expect(result.messages.filter((m) => m.ruleId === 'no-restricted-imports')).toEqual([]);
    }
  });
});
