import { useMemo, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  Button,
  Card,
  Checkbox,
  Form,
  Input,
  Select,
  Space,
  Table,
  Tag,
  Tree,
  Typography,
} from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { api, unwrap } from '../../api/client';
import { useAgencies } from '../../hooks/use-agencies';
import { planCommands } from '../plans/plan-commands';
import { ALL_COMMUNES, assignBody, taskRows, type PlanImportDraft, type TaskRow } from './plan-import-draft';

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

/** "Nhập kế hoạch từ văn bản": the standing office reads a plan's text, reviews the draft, issues it. */
export function PlanImportPage() {
  const agencies = useAgencies();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [text, setText] = useState('');
  const [draft, setDraft] = useState<PlanImportDraft | null>(null);
  const [rows, setRows] = useState<TaskRow[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [form] = Form.useForm<HeaderValues>();

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
    setError(null);
    setBusy(true);
    try {
      const answer = await unwrap<PlanImportDraft>(api.POST('/plans/import-drafts', { body: { text } }));
      setDraft(answer);
      setRows(taskRows(answer));
      form.setFieldsValue({
        number: answer.number?.value,
        title: answer.title?.value,
        issuedOn: answer.issuedOn?.value,
        signerName: answer.signer?.value.name,
        signerTitle: answer.signer?.value.title,
      });
    } catch (problem) {
      setError((problem as Error).message);
    } finally {
      setBusy(false);
    }
  };

  const upload = async (file: File | undefined) => {
    if (file) setText(await file.text());
  };

  const update = (key: string, change: Partial<TaskRow>) =>
    setRows((current) => current.map((row) => (row.key === key ? { ...row, ...change } : row)));

  const issue = async () => {
    const values = await form.validateFields();
    const ticked = rows.filter((row) => row.ticked);
    const withoutLead = ticked.filter((row) => row.lead === null);
    if (withoutLead.length > 0) {
      setError(
        `Chọn đơn vị chủ trì cho nhiệm vụ ${withoutLead.map((row) => row.code).join(', ')}, hoặc bỏ chọn.`,
      );
      return;
    }
    setError(null);
    setBusy(true);
    try {
      const written = await planCommands.issue({
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
      });
      const planId = written.streamId.replace(/^plan-/, '');
      for (const row of ticked) await planCommands.assignTask(planId, assignBody(row, values.to!));
      await queryClient.invalidateQueries({ queryKey: ['plans'] });
      navigate('/ke-hoach');
    } catch (problem) {
      setError((problem as Error).message);
    } finally {
      setBusy(false);
    }
  };

  const columns: ColumnsType<TaskRow> = [
    {
      title: 'Giao',
      width: 60,
      render: (_, row) => (
        <Checkbox
          aria-label={`Giao nhiệm vụ ${row.code}`}
          checked={row.ticked}
          onChange={(event) => update(row.key, { ticked: event.target.checked })}
        />
      ),
    },
    { title: 'Mã', dataIndex: 'code', width: 90 },
    {
      title: 'Nhiệm vụ',
      render: (_, row) => (
        <Space direction="vertical" style={{ width: '100%' }} size={4}>
          <Input.TextArea
            aria-label={`Nội dung nhiệm vụ ${row.code}`}
            autoSize={{ minRows: 2, maxRows: 6 }}
            value={row.title}
            onChange={(event) => update(row.key, { title: event.target.value })}
          />
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            Trích văn bản — {row.quote.length > 180 ? `${row.quote.slice(0, 180)}…` : row.quote}
          </Typography.Text>
        </Space>
      ),
    },
    {
      title: 'Đơn vị chủ trì',
      width: 260,
      render: (_, row) => (
        <Space direction="vertical" style={{ width: '100%' }} size={4}>
          {row.unknownLead && <Tag color="warning">{row.unknownLead}: Chưa có trong danh mục</Tag>}
          <Select
            aria-label={`Đơn vị chủ trì nhiệm vụ ${row.code}`}
            style={{ width: '100%' }}
            placeholder="Chọn đơn vị"
            showSearch
            optionFilterProp="label"
            options={agencyOptions}
            value={row.lead ?? undefined}
            onChange={(lead: string) => update(row.key, { lead })}
          />
        </Space>
      ),
    },
    {
      title: 'Hạn hoàn thành',
      width: 170,
      render: (_, row) => (
        <Space direction="vertical" size={4}>
          <Input
            type="date"
            aria-label={`Hạn nhiệm vụ ${row.code}`}
            value={row.dueDate ?? ''}
            onChange={(event) => update(row.key, { dueDate: event.target.value || null })}
          />
          {row.deadlineText && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              Văn bản ghi: “{row.deadlineText}”
            </Typography.Text>
          )}
        </Space>
      ),
    },
  ];

  const unknownAgencies = (draft?.agencies ?? []).filter((agency) => agency.kind === 'unknown');

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
            <label>
              Hoặc chọn tệp .txt:{' '}
              <input
                type="file"
                accept=".txt,text/plain"
                onChange={(event) => upload(event.target.files?.[0])}
              />
            </label>
            <Button type="primary" loading={busy} disabled={text.trim() === ''} onClick={read}>
              Đọc văn bản
            </Button>
          </Space>
        </Space>
      </Card>
      {error && <Alert type="error" showIcon message={error} />}
      {draft && (
        <>
          <Card title="Thông tin kế hoạch">
            <Typography.Paragraph type="secondary">
              Những gì văn bản không ghi được để trống; hãy điền từ bản gốc đã ký.
            </Typography.Paragraph>
            <Form form={form} layout="vertical">
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
            <Table rowKey="key" columns={columns} dataSource={rows} pagination={false} size="small" />
          </Card>
          <Button type="primary" size="large" loading={busy} onClick={issue}>
            Ban hành kế hoạch
          </Button>
        </>
      )}
    </Space>
  );
}
