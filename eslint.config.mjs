// @ts-check
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';

// The domain stays pure: decisions are plain TypeScript, so they can be tested as
// given/when/then and moved to another framework without rewriting a rule.
const forbiddenInDomain = [
  { group: ['@nestjs/*', 'nestjs-*'], message: 'The domain must not depend on NestJS.' },
  {
    group: ['pg', 'pg-*', 'postgres', 'kysely', 'typeorm', '@prisma/*', 'node-pg-migrate'],
    message: 'The domain must not touch a database.',
  },
  { group: ['@eventstore/*'], message: 'The domain must not depend on an event store client.' },
  {
    group: ['bullmq', 'ioredis', 'redis', '@bull-board/*'],
    message: 'The domain must not depend on a queue.',
  },
  {
    group: ['express', 'axios', 'supertest', 'node:http', 'http', 'https', 'undici', 'got'],
    message: 'The domain must not depend on HTTP.',
  },
  {
    group: [
      'class-validator',
      'class-transformer',
      '@giaoviec/event-store',
      '@giaoviec/config',
      '@giaoviec/platform',
    ],
    message: 'The domain must not depend on adapters or validation frameworks.',
  },
];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', '**/*.js', '**/*.mjs'] },
  ...tseslint.configs.recommended,
  prettier,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'off',
      'no-restricted-syntax': [
        'error',
        {
          selector: "MemberExpression[object.name='process'][property.name='env']",
          message: 'Read configuration through the typed AppConfig; only libs/config reads process.env.',
        },
      ],
    },
  },
  {
    files: [
      'libs/config/**/*.ts',
      'test/**/*.ts',
      'seeds/**/*.ts',
      'scripts/**/*.ts',
      'bench/**/*.ts',
      '**/*.spec.ts',
      '**/testing/**/*.ts',
      'apps/*/src/cli/**/*.ts',
    ],
    rules: { 'no-restricted-syntax': 'off' },
  },
  {
    files: ['libs/*/src/domain/**/*.ts', 'libs/kernel/src/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: forbiddenInDomain }] },
  },
);
