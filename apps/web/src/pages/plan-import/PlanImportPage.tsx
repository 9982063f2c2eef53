import { useMemo, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { useQueryClient } from '@tanstack/react-query';
import { UploadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Form, Input, Space, Tree, Typography, Upload } from 'antd';
import { api, unwrap } from '../../api/client';
import { ApiError } from '../../api/problem';
import { useAgencies } from '../../hooks/use-agencies';
import { planCommands, type IssuePlanBody } from '../plans/plan-commands';
import { ALL_COMMUNES, assignBody, taskRows, type PlanImportDraft, type TaskRow } from './plan-import-draft';
import {
  assignedCount,
  isLocked,
  newDraftId,
  outcomeOfFailure,
  runIssuing,
  startIssuing,
  type IssuingCommands,
  type IssuingProgress,
  type TaskStep,
} from './plan-import-issuing';
import { DraftTaskRows } from './DraftTaskRows';
import { IssuingStatus } from './IssuingStatus';

interface HeaderValues {
  number?: string;
  title?: string;
  issuedOn?: string;
  signerName?: string;
  signerTitle?: string;
  issuingAuthority?: string;
  from?: string;
  to?: string;
}

function sectionTree(draft: PlanImportDraft) {
  type Node = { key: string; title: string; children: Node[] };
  const nodes = new Map<string, Node>();
  const roots: Node[] = [];
  for (const section of draft.sections) {
    const node: Node = { key: section.code, title: `${section.code}. ${section.heading}`, children: [] };
    nodes.set(section.code, node);
    const parent = section.parentCode ? nodes.get(section.parentCode) : undefined;
    (parent ? parent.children : roots).push(node);
  }
  return roots;
}

/** The plan's header as the officer completes it; what the text states is filled in. */
const HEADER_FIELDS: readonly {
  name: keyof HeaderValues;
  label: string;
  required?: string;
  date?: boolean;
  placeholder?: string;
}[] = [
  { name: 'number', label: 'Số kế hoạch', placeholder: 'Văn bản không ghi số' },
  { name: 'title', label: 'Tên kế hoạch', required: 'Nhập tên kế hoạch' },
  { name: 'issuedOn', label: 'Ngày ban hành', date: true },
  { name: 'signerName', label: 'Người ký' },
  { name: 'signerTitle', label: 'Chức vụ người ký' },
  { name: 'issuingAuthority', label: 'Cơ quan ban hành', required: 'Nhập cơ quan ban hành' },
  { name: 'from', label: 'Thực hiện từ ngày', required: 'Chọn ngày bắt đầu', date: true },
  { name: 'to', label: 'Đến ngày', required: 'Chọn ngày kết thúc', date: true },
];

/** The plan as the officer completed its header. */
function planBodyOf(values: HeaderValues, draft: PlanImportDraft | null): IssuePlanBody {
  return {
    number: values.number?.trim() || null,
    title: values.title!.trim(),
    issuedOn: values.issuedOn || null,
    signer:
      values.signerName && values.signerTitle
        ? { name: values.signerName.trim(), title: values.signerTitle.trim() }
        : undefined,
    issuingAuthority: values.issuingAuthority!.trim(),
    period: { from: values.from!, to: values.to! },
    legalBases: (draft?.legalBases ?? []).map((basis) => basis.value),
  };
}

const ISSUING_COMMANDS: IssuingCommands = {
  issue: (body, key) => planCommands.issue(body, key),
  assign: (planId, body, key) => planCommands.assignTask(planId, body, key),
};

/** Why the issuing stopped, and that pressing again finishes it without doing anything twice. */
function stoppedBecause(failure: unknown, row: TaskRow | undefined): string {
  const what = row ? `Nhiệm vụ ${row.code}: ` : '';
  if (failure instanceof ApiError && outcomeOfFailure(failure) === 'refused') {
    return `${what}${failure.message} Sửa lại rồi bấm “Tiếp tục ban hành”.`;
  }
  return `${what}Chưa nhận được trả lời của hệ thống (mất kết nối hoặc hệ thống gặp sự cố). Bấm “Tiếp tục ban hành” để hoàn tất phần còn lại; những gì đã ban hành, đã giao sẽ không bị giao trùng.`;
}

/** "Nhập kế hoạch từ văn bản": the standing office reads a plan's text, reviews the draft, issues it. */
export function PlanImportPage() {
  const agencies = useAgencies();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [text, setText] = useState('');
  const [draft, setDraft] = useState<PlanImportDraft | null>(null);
  const [rows, setRows] = useState<TaskRow[]>([]);
  const [readError, setReadError] = useState<string | null>(null);
  // Said beside the issue button, where the person pressing it looks.
  const [issueError, setIssueError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<IssuingProgress | null>(null);
  const [form] = Form.useForm<HeaderValues>();
  // Once the plan has been sent, its header is what was sent: a retry must be the same request.
  const headerLocked = progress !== null && isLocked(progress.plan);

  const agencyOptions = useMemo(
    () => [
      { value: ALL_COMMUNES, label: 'Tất cả UBND phường, xã' },
      ...(agencies.data ?? [])
        .filter((agency) => agency.active)
        .map((agency) => ({ value: agency.agencyId, label: agency.name })),
    ],
    [agencies.data],
  );

  const read = async () => {
    setReadError(null);
    setBusy(true);
    try {
      const answer = await unwrap<PlanImportDraft>(api.POST('/plans/import-drafts', { body: { text } }));
      setDraft(answer);
      setRows(taskRows(answer));
      // A new draft, a new issuing: its commands get keys of their own.
      setProgress(startIssuing(newDraftId()));
      form.setFieldsValue({
        number: answer.number?.value,
        title: answer.title?.value,
        issuedOn: answer.issuedOn?.value,
        signerName: answer.signer?.value.name,
        signerTitle: answer.signer?.value.title,
      });
    } catch (problem) {
      setReadError((problem as Error).message);
    } finally {
      setBusy(false);
    }
  };

  const upload = async (file: File | undefined) => {
    if (file) setText(await file.text());
  };

  const update = (key: string, change: Partial<TaskRow>) =>
    setRows((current) => current.map((row) => (row.key === key ? { ...row, ...change } : row)));

  const ticked = rows.filter((row) => row.ticked);

  const issue = async () => {
    const values = await form.validateFields().catch(() => null);
    if (!progress || !values) return;
    const withoutLead = ticked.filter((row) => row.lead === null);
    if (withoutLead.length > 0) {
      setIssueError(
        `Chọn đơn vị chủ trì cho nhiệm vụ ${withoutLead.map((row) => row.code).join(', ')}, hoặc bỏ chọn.`,
      );
      return;
    }
    const steps: TaskStep[] = ticked.map((row) => ({
      rowKey: row.key,
      index: rows.indexOf(row),
      body: assignBody(row, values.to!),
    }));
    setIssueError(null);
    setBusy(true);
    let latest = progress;
    try {
      await runIssuing(progress, planBodyOf(values, draft), steps, ISSUING_COMMANDS, (next) => {
        latest = next;
        setProgress(next);
      });
      await queryClient.invalidateQueries({ queryKey: ['plans'] });
      navigate('/ke-hoach');
    } catch (failure) {
      const stoppedAt = ticked.find(
        (row) => latest.tasks[row.key]?.state === 'sent' || latest.tasks[row.key]?.state === 'refused',
      );
      setIssueError(stoppedBecause(failure, latest.plan.state === 'done' ? stoppedAt : undefined));
    } finally {
      setBusy(false);
    }
  };

  const unknownAgencies = (draft?.agencies ?? []).filter((agency) => agency.kind === 'unknown');
  const started = progress !== null && progress.plan.state !== 'pending';

  return (
    <Space direction="vertical" style={{ width: '100%' }} size={16}>
      <Typography.Title level={2} style={{ margin: 0, fontSize: 20 }}>
        Nhập kế hoạch từ văn bản
      </Typography.Title>
      <Card title="Văn bản kế hoạch">
        <Space direction="vertical" style={{ width: '100%' }}>
          <Input.TextArea
            aria-label="Nội dung văn bản kế hoạch"
            rows={8}
            value={text}
            onChange={(event) => setText(event.target.value)}
            placeholder="Dán nội dung kế hoạch (các mục I., 1., a), gạch đầu dòng) vào đây"
          />
          <Space wrap>
            {/* antd's button, not the browser's own, whose words ("Choose File") follow the browser's language. */}
            <Upload
              accept=".txt,text/plain"
              showUploadList={false}
              beforeUpload={(file) => {
                void upload(file);
                return false;
              }}
            >
              <Button icon={<UploadOutlined />}>Hoặc chọn tệp .txt</Button>
            </Upload>
            <Button
              type="primary"
              loading={busy}
              disabled={text.trim() === '' || headerLocked}
              onClick={read}
            >
              Đọc văn bản
            </Button>
          </Space>
        </Space>
      </Card>
      {readError && <Alert type="error" showIcon message={readError} role="alert" />}
      {draft && (
        <>
          <Card title="Thông tin kế hoạch">
            <Typography.Paragraph type="secondary">
              Những gì văn bản không ghi được để trống; hãy điền từ bản gốc đã ký.
            </Typography.Paragraph>
            <Form form={form} layout="vertical" disabled={headerLocked}>
              {HEADER_FIELDS.map((field) => (
                <Form.Item
                  key={field.name}
                  label={field.label}
                  name={field.name}
                  rules={field.required ? [{ required: true, message: field.required }] : undefined}
                >
                  <Input type={field.date ? 'date' : 'text'} placeholder={field.placeholder} />
                </Form.Item>
              ))}
            </Form>
            <Typography.Text>Căn cứ: {draft.legalBases.length} văn bản</Typography.Text>
          </Card>
          <Card title="Bố cục văn bản">
            <Tree treeData={sectionTree(draft)} defaultExpandAll selectable={false} />
          </Card>
          {unknownAgencies.length > 0 && (
            <Alert
              type="warning"
              showIcon
              message="Đơn vị chưa có trong danh mục"
              description={unknownAgencies.map((agency) => agency.text).join('; ')}
            />
          )}
          <Card
            title={`Nhiệm vụ đề xuất (${rows.filter((row) => row.ticked).length}/${rows.length} được chọn)`}
          >
            <Alert
              type="info"
              showIcon
              style={{ marginBottom: 12 }}
              message="Nhiệm vụ không có hạn hoàn thành sẽ lấy ngày kết thúc thời gian thực hiện kế hoạch."
            />
            <DraftTaskRows
              rows={rows}
              agencyOptions={agencyOptions}
              stepOf={(row) => progress?.tasks[row.key]}
              update={update}
            />
          </Card>
          {issueError && <Alert type="error" showIcon message={issueError} role="alert" />}
          {started && progress && (
            <IssuingStatus
              plan={progress.plan.state}
              assigned={assignedCount(
                progress,
                ticked.map((row) => row.key),
              )}
              total={ticked.length}
            />
          )}
          <Button type="primary" size="large" loading={busy} onClick={issue}>
            {started && !busy ? 'Tiếp tục ban hành' : 'Ban hành kế hoạch'}
          </Button>
        </>
      )}
    </Space>
  );
}
