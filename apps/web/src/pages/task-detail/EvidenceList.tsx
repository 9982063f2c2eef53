import { App, Button, List, Typography } from 'antd';
import { FileOutlined } from '@ant-design/icons';
import { download, type UploadedEvidence } from '../../api/client';
import { fileSize } from '../../labels/evidence-labels';

/** The files a report's event recorded, when it carried any (older reports carry none). */
export function evidenceOf(data: unknown): readonly UploadedEvidence[] {
  const evidence = (data as { evidence?: unknown } | null)?.evidence;
  return Array.isArray(evidence) ? (evidence as UploadedEvidence[]) : [];
}

/**
 * The files of a report: name, size, a download with the session's token; the SHA-256 the
 * report recorded is there for whoever checks a copy ("Mã kiểm tra", folded until opened).
 */
export function EvidenceList({ taskId, files }: { taskId: string; files: readonly UploadedEvidence[] }) {
  const { message } = App.useApp();
  if (files.length === 0) return null;
  async function fetchFile(file: UploadedEvidence) {
    try {
      await download(`/tasks/${encodeURIComponent(taskId)}/evidence/${file.evidenceId}`, file.fileName);
    } catch (failure) {
      message.error(failure instanceof Error ? failure.message : 'Không tải được tệp');
    }
  }
  return (
    <List
      size="small"
      split={false}
      dataSource={[...files]}
      style={{ marginTop: 4 }}
      renderItem={(file) => (
        <List.Item style={{ padding: '2px 0' }}>
          <span style={{ display: 'inline-flex', gap: 8, alignItems: 'baseline', flexWrap: 'wrap' }}>
            <FileOutlined aria-hidden />
            <Button
              type="link"
              size="small"
              style={{ padding: 0, height: 'auto' }}
              onClick={() => fetchFile(file)}
            >
              {file.fileName}
            </Button>
            <Typography.Text type="secondary">{fileSize(file.sizeBytes)}</Typography.Text>
            <details style={{ display: 'inline-block' }}>
              <summary style={{ cursor: 'pointer', color: '#0b5cad', fontSize: 13 }}>Mã kiểm tra</summary>
              <Typography.Text
                code
                copyable={{ tooltips: ['Sao chép mã kiểm tra', 'Đã sao chép'] }}
                style={{ fontSize: 12, wordBreak: 'break-all' }}
              >
                {file.sha256}
              </Typography.Text>
            </details>
          </span>
        </List.Item>
      )}
    />
  );
}
