import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { getMetadataStorage } from 'class-validator';
import { EVIDENCE_REFUSALS } from '@giaoviec/evidence';
import { AUTH_RULES, USER_RULES } from '@giaoviec/identity';
import { FIELD_CHECKS, RULE_TEXTS } from '@giaoviec/platform';
import { TASK_RULES } from '@giaoviec/tasks';
// Every DTO of the API, so that class-validator knows every check a request can fail.
import '../../apps/api/src/api.module';

/**
 * Every rule code a problem can carry, and every check a field can fail, has its Vietnamese
 * text: a new rule thrown anywhere in libs/ without a sentence in RULE_TEXTS fails here.
 */
const root = join(__dirname, '..', '..');

function sourceFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return name === 'testing' ? [] : sourceFiles(path);
    return /\.ts$/.test(name) && !/\.spec\.ts$|fixtures\.ts$/.test(name) ? [path] : [];
  });
}

const sources = readdirSync(join(root, 'libs')).flatMap((lib) =>
  sourceFiles(join(root, 'libs', lib, 'src')).map((path) => ({
    path: relative(root, path),
    text: readFileSync(path, 'utf8'),
  })),
);

/** Codes as the first argument of what throws a rule violation, and as a problem's `rule:` member. */
const RULE_SITES = [
  /\b(?:conflict|unprocessable|notFound|userViolation|taskViolation|requireDate|requireSigner|new DomainRuleViolation|authProblem)\(\s*'([a-z_]+\.[a-z_]+)'/g,
  /\brule: '([a-z_]+\.[a-z_]+)'/g,
  /\brefusalOf\(\s*\d{3},\s*'([a-z_]+\.[a-z_]+)'/g,
  /\bruleRefusal\(\s*\d{3},\s*'([a-z_]+\.[a-z_]+)'/g,
];

function ruleCodesInSources(): Map<string, string> {
  const found = new Map<string, string>();
  for (const { path, text } of sources) {
    for (const site of RULE_SITES) for (const match of text.matchAll(site)) found.set(match[1], path);
  }
  for (const code of [
    ...Object.keys(TASK_RULES),
    ...Object.keys(USER_RULES),
    ...Object.keys(AUTH_RULES),
    ...Object.keys(EVIDENCE_REFUSALS),
  ])
    found.set(code, 'a table of rules');
  return found;
}

describe('Vietnamese texts of the problem documents', () => {
  const codes = ruleCodesInSources();

  it('finds the rules where they are thrown (the scan itself works)', () => {
    expect(codes.size).toBeGreaterThan(140);
    for (const code of [
      'plan.issued_on_invalid',
      'agency.merge_kind_mismatch',
      'task.agency_retired',
      'auth.forbidden',
    ])
      expect(codes.has(code)).toBe(true);
  });

  it('has a Vietnamese sentence for every rule code a problem can carry', () => {
    const missing = [...codes]
      .filter(([code]) => RULE_TEXTS[code] === undefined)
      .map(([code, at]) => `${code} (${at})`);
    expect(missing).toEqual([]);
  });

  it('has no sentence for a rule that nothing throws any more', () => {
    expect(Object.keys(RULE_TEXTS).filter((code) => !codes.has(code))).toEqual([]);
  });

  it('writes every sentence in Vietnamese', () => {
    const sample = { type: 't', title: 't', status: 403, detail: 'd' };
    for (const [code, text] of Object.entries(RULE_TEXTS)) {
      const sentence = typeof text === 'function' ? text(sample) : text;
      expect({ code, vietnamese: /[àáảãạăâđèéêìíòóôơùúưỳýộệếềọịụữởờớợừứựửữ]/i.test(sentence) }).toEqual({
        code,
        vietnamese: true,
      });
    }
  });

  it('has a Vietnamese message for every check a request field can fail', () => {
    const storage = getMetadataStorage() as unknown as {
      validationMetadatas: Map<unknown, Array<{ type: string; name?: string; constraintCls?: unknown }>>;
      getTargetValidatorConstraints(target: unknown): Array<{ name: string }>;
    };
    const checks = new Set<string>(['whitelistValidation', 'unknownValue', 'nestedValidation']);
    for (const metadatas of storage.validationMetadatas.values()) {
      for (const metadata of metadatas) {
        if (metadata.type !== 'customValidation' || !metadata.constraintCls) continue;
        for (const constraint of storage.getTargetValidatorConstraints(metadata.constraintCls))
          checks.add(constraint.name);
      }
    }
    for (const { text } of sources) {
      for (const match of text.matchAll(/\binvalidField\(\s*'[^']*',\s*'([A-Za-z]+)'/g)) checks.add(match[1]);
      for (const match of text.matchAll(/\bcodes: \['([A-Za-z]+)'\]/g)) checks.add(match[1]);
    }
    expect(checks.size).toBeGreaterThan(20);
    expect([...checks].filter((check) => FIELD_CHECKS[check] === undefined)).toEqual([]);
  });
});
