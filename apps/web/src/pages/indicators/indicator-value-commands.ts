import { api, unwrap } from '../../api/client';
import type { components } from '../../api/openapi';

type Schemas = components['schemas'];
type IndicatorPath = { planId: string; indicatorId: string };

/** Reporting a KPI value, and the standing office's decision on one. */
export const indicatorValueCommands = {
  report: (path: IndicatorPath, body: Schemas['ReportIndicatorValueRequest']) =>
    unwrap(api.POST('/plans/{planId}/indicators/{indicatorId}/values', { params: { path }, body })),
  confirm: (path: IndicatorPath & { reportId: string }, body: Schemas['ConfirmIndicatorValueRequest']) =>
    unwrap(
      api.POST('/plans/{planId}/indicators/{indicatorId}/values/{reportId}/confirm', {
        params: { path },
        body,
      }),
    ),
  return: (path: IndicatorPath & { reportId: string }, body: Schemas['ReturnIndicatorValueRequest']) =>
    unwrap(
      api.POST('/plans/{planId}/indicators/{indicatorId}/values/{reportId}/return', {
        params: { path },
        body,
      }),
    ),
};
