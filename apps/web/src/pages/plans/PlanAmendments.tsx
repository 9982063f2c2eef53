import { List, Typography } from 'antd';
import { EmptyText } from '../pending/EmptyText';
import type { PlanAmendment, PlanIndicator } from '../../api/standing-office-views';
import { formatDate } from '../../labels/dates';
import { formatValue } from './plan-words';

/** The documents that amended the plan, each with the targets it revised. */
export function PlanAmendments({
  amendments,
  indicators,
}: {
  amendments: PlanAmendment[];
  indicators: PlanIndicator[];
}) {
  const indicatorOf = (indicatorId: string) => indicators.find((item) => item.indicatorId === indicatorId);
  return (
    <List<PlanAmendment>
      dataSource={amendments}
      locale={{ emptyText: <EmptyText>{'Kế hoạch chưa được sửa đổi, bổ sung'}</EmptyText> }}
      renderItem={(amendment) => {
        const document = amendment.amendingDocument;
        return (
          <List.Item>
            <List.Item.Meta
              title={document.title}
              description={
                <>
                  <Typography.Paragraph type="secondary" style={{ marginBottom: 4 }}>
                    {document.number ? `Số ${document.number}` : 'Văn bản chưa có số'} · ban hành{' '}
                    {document.issuedOn ? `ngày ${formatDate(document.issuedOn)}` : 'chưa rõ ngày'}
                    {document.signer ? ` · ${document.signer.title} ${document.signer.name} ký` : ''}
                  </Typography.Paragraph>
                  <Typography.Paragraph
                    style={{ marginBottom: 4 }}
                    ellipsis={{ rows: 3, expandable: true, symbol: 'Xem thêm' }}
                  >
                    {amendment.summary}
                  </Typography.Paragraph>
                  {amendment.targetRevisions.length > 0 && (
                    <Typography.Text>
                      Điều chỉnh {amendment.targetRevisions.length} mục tiêu:{' '}
                      {amendment.targetRevisions
                        .slice(0, 5)
                        .map((revision) => {
                          const indicator = indicatorOf(revision.indicatorId);
                          const value = formatValue(revision.newValue, indicator?.unit ?? '');
                          return `${indicator?.name ?? 'chỉ tiêu'} năm ${revision.year}: ${value}`;
                        })
                        .join('; ')}
                      {amendment.targetRevisions.length > 5 ? '; …' : ''}
                    </Typography.Text>
                  )}
                </>
              }
            />
          </List.Item>
        );
      }}
    />
  );
}
