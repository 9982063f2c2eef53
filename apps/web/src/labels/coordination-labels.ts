/** Where a coordinating agency (phối hợp) stands with its part, in the words of the screens. */
export const COORDINATION_STATE_LABELS: Record<
  'not_acknowledged' | 'acknowledged' | 'contribution_reported',
  { label: string; color: string }
> = {
  not_acknowledged: { label: 'Chưa tiếp nhận', color: 'default' },
  acknowledged: { label: 'Đã tiếp nhận, chưa báo cáo', color: 'processing' },
  contribution_reported: { label: 'Đã báo cáo phần phối hợp', color: 'success' },
};
