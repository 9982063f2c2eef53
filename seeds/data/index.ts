/** All the seed data, in the order it is loaded. */
import { SEED_AGENCIES } from './agencies';
import { COMMUNE_AGENCIES } from './communes';
import { PLAN_284 } from './plan-284-and-amendment';
import { PLAN_CDS_2026_2030 } from './plan-2026-2030';
import { PLAN_455 } from './plan-455';
import { PLAN_495 } from './plan-495';
import type { SeedData } from './seed-types';

export const SEED_DATA: SeedData = {
  agencies: [...SEED_AGENCIES, ...COMMUNE_AGENCIES],
  plans: [PLAN_455, PLAN_495, PLAN_CDS_2026_2030, PLAN_284],
};

export * from './agencies';
export * from './communes';
export * from './plan-2026-2030';
export * from './plan-284-and-amendment';
export * from './plan-455';
export * from './plan-495';
export * from './seed-types';
