import { Gauge, Registry } from 'prom-client';
import type { ProjectionLag, ProjectionLagReport } from './projection-lag';

/** DI token of the Prometheus registry GET /metrics serves; other modules may register their metrics in it. */
export const METRICS_REGISTRY = Symbol('METRICS_REGISTRY');

/** One measurement serves every gauge of a scrape. */
const SHARED_FOR_MS = 1000;

/**
 * The projection gauges, measured when scraped: events behind and seconds behind of the
 * live read models, and which generation is live. A registry of its own by default, so
 * several applications in one process (tests) do not collide in prom-client's global one.
 */
export function registerProjectionMetrics(lag: ProjectionLag, registry: Registry = new Registry()): Registry {
  let last: { at: number; report: Promise<ProjectionLagReport> } | undefined;
  const measure = () => {
    if (!last || Date.now() - last.at > SHARED_FOR_MS) {
      last = { at: Date.now(), report: lag.measure() };
      last.report.catch(() => (last = undefined));
    }
    return last.report;
  };
  new Gauge({
    name: 'giaoviec_projection_events_behind',
    help: 'Events of the global log the live read models have not applied yet (counted up to a cap, 10000 by default)',
    registers: [registry],
    async collect() {
      this.set((await measure()).eventsBehind);
    },
  });
  new Gauge({
    name: 'giaoviec_projection_lag_seconds',
    help: 'Age of the oldest event the live read models have not applied yet (0 when caught up)',
    registers: [registry],
    async collect() {
      this.set((await measure()).lagSeconds);
    },
  });
  new Gauge({
    name: 'giaoviec_projection_live_generation',
    help: 'The read-model generation queries are answered from (it changes after a rebuild)',
    registers: [registry],
    async collect() {
      this.set((await measure()).generation);
    },
  });
  return registry;
}
