import { useState } from 'react';
import { Alert, Button, Typography, Upload, type UploadFile } from 'antd';
import { UploadOutlined } from '@ant-design/icons';
import { uploadEvidence, type UploadedEvidence } from '../../api/client';
import {
  EVIDENCE_ACCEPT,
  EVIDENCE_HINT,
  EVIDENCE_MAX_FILES,
  evidenceFileProblem,
  evidenceTypeOf,
} from '../../labels/evidence-labels';

/** The value of a report's file field: the files uploaded, and how many are still on their way. */
export interface EvidenceValue {
  readonly evidenceIds: readonly string[];
  readonly uploading: number;
}

export function isEvidenceValue(value: unknown): value is EvidenceValue {
  return typeof value === 'object' && value !== null && 'evidenceIds' in value && 'uploading' in value;
}

/**
 * The files of a report: each is checked here (kind, size) and sent as soon as it is chosen,
 * so the report names only files the API took in; what the API refuses shows in Vietnamese.
 */
export function EvidencePicker({
  taskId,
  onChange,
}: {
  taskId: string;
  value?: EvidenceValue;
  onChange?: (value: EvidenceValue) => void;
}) {
  const [files, setFiles] = useState<UploadFile<UploadedEvidence>[]>([]);
  const [refusals, setRefusals] = useState<string[]>([]);

  function changed(next: UploadFile<UploadedEvidence>[]) {
    setFiles(next);
    onChange?.({
      evidenceIds: next
        .filter((file) => file.status === 'done' && file.response)
        .map((file) => file.response!.evidenceId),
      uploading: next.filter((file) => file.status === 'uploading').length,
    });
  }

  return (
    <div>
      <Upload<UploadedEvidence>
        multiple
        accept={EVIDENCE_ACCEPT}
        fileList={files}
        maxCount={EVIDENCE_MAX_FILES}
        beforeUpload={(file) => {
          const problem = evidenceFileProblem(file);
          if (problem === undefined) return true;
          setRefusals((shown) => [...shown, problem]);
          return Upload.LIST_IGNORE;
        }}
        customRequest={({ file, onSuccess, onError }) => {
          const chosen = file as File;
          uploadEvidence(taskId, chosen, evidenceTypeOf(chosen.name)!)
            .then((uploaded) => onSuccess?.(uploaded))
            .catch((failure: Error) => {
              setRefusals((shown) => [...shown, `Tệp "${chosen.name}": ${failure.message}`]);
              onError?.(failure);
            });
        }}
        onChange={({ fileList }) => changed(fileList)}
        onRemove={() => setRefusals([])}
        showUploadList={{ showDownloadIcon: false }}
        locale={{ uploading: 'Đang tải lên…', removeFile: 'Bỏ tệp', uploadError: 'Không tải lên được' }}
      >
        <Button icon={<UploadOutlined />}>Chọn tệp đính kèm</Button>
      </Upload>
      <Typography.Text type="secondary" style={{ display: 'block', marginTop: 4, fontSize: 13 }}>
        {EVIDENCE_HINT}
      </Typography.Text>
      {refusals.length > 0 && (
        <Alert
          type="error"
          showIcon
          role="alert"
          style={{ marginTop: 8 }}
          message={
            refusals.length === 1 ? (
              refusals[0]
            ) : (
              <ul style={{ margin: 0, paddingInlineStart: 18 }}>
                {refusals.map((text, i) => (
                  <li key={i}>{text}</li>
                ))}
              </ul>
            )
          }
          closable
          onClose={() => setRefusals([])}
        />
      )}
    </div>
  );
}
