import { Module } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { generationSchemaName, isAtOrPast } from './generation-sql';
import { assertReadPosition } from './postgres-read-model-store';
import { PROJECTIONS } from './projection';
import { ProjectionCatalog, validateProjections } from './projection-catalog';
import { backoffMs } from './projection-runner';
import { InvalidReadPosition } from './read-models-behind.error';
import { typeTotalsProjection } from './testing/test-projections';

const CHECKPOINT = '00000000000000000812:00000000000000000042';

describe('generation schema names', () => {
  it('are the app schema with _rm_<generation>', () => {
    expect(generationSchemaName('public', 1)).toBe('public_rm_1');
    expect(generationSchemaName('e2e_0123456789abcdef', 12)).toBe('e2e_0123456789abcdef_rm_12');
  });

  it('fall back to a hash of an app schema too long for a 63-character identifier', () => {
    const long = 'a'.repeat(60);
    expect(generationSchemaName(long, 3)).toMatch(/^rm_[0-9a-f]{16}_3$/);
    expect(generationSchemaName(long, 3)).not.toBe(generationSchemaName('b'.repeat(60), 3));
  });

  it('refuse an app schema that is not a plain identifier', () => {
    expect(() => generationSchemaName('public; DROP TABLE x', 1)).toThrow(TypeError);
  });
});

describe('positions', () => {
  it('compare as strings, nothing applied being before everything', () => {
    expect(isAtOrPast(CHECKPOINT, CHECKPOINT)).toBe(true);
    expect(isAtOrPast('00000000000000000813:00000000000000000001', CHECKPOINT)).toBe(true);
    expect(isAtOrPast('00000000000000000811:00000000000000000099', CHECKPOINT)).toBe(false);
    expect(isAtOrPast(undefined, CHECKPOINT)).toBe(false);
    expect(isAtOrPast(undefined, undefined)).toBe(true);
  });

  it('asked for must look like the log’s own', () => {
    expect(() => assertReadPosition(CHECKPOINT, undefined)).not.toThrow();
    expect(() => assertReadPosition(CHECKPOINT, '00000000000000000001:00000000000000000001')).not.toThrow();
    expect(() => assertReadPosition('42', CHECKPOINT)).toThrow(InvalidReadPosition);
    expect(() => assertReadPosition('', undefined)).toThrow(InvalidReadPosition);
    expect(() => assertReadPosition('a b', undefined)).toThrow(InvalidReadPosition);
  });
});

describe('backoff after failed batches', () => {
  it('doubles from the initial wait up to the maximum', () => {
    const retry = { initialMs: 100, maxMs: 1000 };
    expect([1, 2, 3, 4, 5, 10].map((failures) => backoffMs(failures, retry))).toEqual([
      100, 200, 400, 800, 1000, 1000,
    ]);
  });
});

describe('the projections registered', () => {
  it('must have unique, simple names', () => {
    expect(validateProjections([typeTotalsProjection()])).toHaveLength(1);
    expect(() => validateProjections([typeTotalsProjection(), typeTotalsProjection()])).toThrow(
      /Two projections/,
    );
    expect(() => validateProjections([{ ...typeTotalsProjection(), name: 'bad name; drop' }])).toThrow(
      TypeError,
    );
  });
});

describe('ProjectionCatalog', () => {
  @Module({ providers: [ProjectionCatalog], exports: [ProjectionCatalog] })
  class Engine {}
  @Module({ providers: [{ provide: PROJECTIONS, useValue: [typeTotalsProjection()] }] })
  class ReadModels {}

  it('finds PROJECTIONS wherever it is provided, without the engine importing that module', async () => {
    const app = await Test.createTestingModule({ imports: [Engine, ReadModels] }).compile();
    expect(
      app
        .get(ProjectionCatalog)
        .all()
        .map((projection) => projection.name),
    ).toEqual(['type_totals']);
  });

  it('is empty when no module provides PROJECTIONS', async () => {
    const app = await Test.createTestingModule({ imports: [Engine] }).compile();
    expect(app.get(ProjectionCatalog).all()).toEqual([]);
  });
});
