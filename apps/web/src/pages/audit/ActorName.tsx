import { Space, Typography } from 'antd';
import type { AuditEntry } from '../../api/views';
import { roleLabel } from '../../labels/identity-labels';

/** Who did it: the person's name (or their role, or "Hệ thống"), and their agency. */
export function ActorName({
  actor,
  agencyName,
}: {
  actor: AuditEntry['actor'];
  agencyName: (agencyId: string) => string;
}) {
  const isSystem =
    actor.role === 'system' || actor.role === null || (actor.userId ?? 'system').startsWith('system');
  const name = actor.displayName ?? (isSystem ? 'Hệ thống' : roleLabel(actor.role ?? 'system'));
  const agency = actor.agencyName ?? (actor.agencyId ? agencyName(actor.agencyId) : null);
  return (
    <Space direction="vertical" size={0}>
      <span>{name}</span>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {agency}
      </Typography.Text>
    </Space>
  );
}
