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
  const name =
    actor.displayName ??
    (actor.role === 'system' || actor.userId.startsWith('system') ? 'Hệ thống' : roleLabel(actor.role));
  return (
    <Space direction="vertical" size={0}>
      <span>{name}</span>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {actor.agencyName ?? agencyName(actor.agencyId)}
      </Typography.Text>
    </Space>
  );
}
