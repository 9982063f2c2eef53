import type { Actor } from '@giaoviec/kernel';
import {
  agencyKindLabel,
  fileSizeLabel,
  channelLabel,
  escalationLevelLabel,
  quoted,
  recurrenceFrequencyLabel,
  recurrencePeriodLabel,
  reminderKindLabel,
  roleLabel,
  taskReference,
  vietnameseDate,
  vietnameseDateTime,
  vietnameseNumber,
} from '../shared/vietnamese';
import type { AuditLabels } from './audit-labels';

export interface SummarizableEvent {
  readonly type: string;
  readonly data: object;
  readonly actor: Actor | undefined;
}

/** "; nguồn: Kế hoạch 495/KH-UBND, mục III.5.2", with the quote when it is not the title itself. */
function sourceWords(source: unknown, title: unknown): string {
  const s = source as { documentNumber?: unknown; section?: unknown; quotedText?: unknown } | undefined;
  if (typeof s?.section !== 'string') return '';
  const number = typeof s.documentNumber === 'string' && s.documentNumber !== '' ? s.documentNumber : null;
  const document =
    number === null
      ? 'văn bản không ghi số'
      : /\/KH-/.test(number)
        ? `Kế hoạch ${number}`
        : `văn bản ${number}`;
  const quote = typeof s.quotedText === 'string' && s.quotedText !== title ? `: ${quoted(s.quotedText)}` : '';
  // 'III.5.2' is a numbered section (mục); 'đoạn 8' (a paragraph) already says what it is.
  const place = /^\p{Ll}/u.test(s.section) ? s.section : `mục ${s.section}`;
  return `; nguồn: ${document}, ${place}${quote}`;
}

/**
 * One readable Vietnamese sentence per event of the system, for the audit trail, e.g.
 * "Sở Tài chính đã tiếp nhận nhiệm vụ II.1". Pure: the names come from `labels`, as they
 * were when the event was recorded; an unknown id shows as itself, an unknown type as its name.
 */
export function summarizeEvent(event: SummarizableEvent, labels: AuditLabels): string {
  const d = event.data as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
  const agency = (id: unknown) => labels.get('agency', id)?.name ?? String(id);
  const agencies = (ids: unknown) =>
    Array.isArray(ids) && ids.length > 0 ? ids.map((id) => agency(id)).join(', ') : '';
  const actor =
    event.actor === undefined
      ? 'Không rõ'
      : event.actor.role === 'system'
        ? 'Hệ thống'
        : agency(event.actor.agencyId);
  const task = taskReference(labels.get('task', d.taskId), d.taskId);
  const plan = (id: unknown) => {
    const label = labels.get('plan', id);
    if (!label) return `kế hoạch ${String(id)}`;
    return label.number ? `Kế hoạch ${label.number}` : `Kế hoạch (chưa có số) ${quoted(label.title, 120)}`;
  };
  /** The amending document by its number, or as one without a number. */
  const amendingDocument = (number: unknown) =>
    typeof number === 'string' && number !== '' ? number : 'văn bản sửa đổi (chưa có số)';
  const indicator = (id: unknown) => {
    const label = labels.get('indicator', id);
    return label ? `chỉ tiêu ${quoted(label.name, 120)}` : `chỉ tiêu ${String(id)}`;
  };
  const unit = (id: unknown) => labels.get('indicator', id)?.unit;
  const withUnit = (value: unknown, id: unknown) => {
    const u = unit(id);
    return `${vietnameseNumber(value as number)}${u ? ` (${u})` : ''}`;
  };
  const user = (id: unknown) => {
    const label = labels.get('user', id);
    return label ? `${label.username} (${label.displayName})` : String(id);
  };

  /** "; kèm 2 tệp: Báo cáo.pdf (178,1 KB), ảnh.jpg (1 MB)" for a report that carried files. */
  const evidence = () =>
    Array.isArray(d.evidence) && d.evidence.length > 0
      ? `; kèm ${d.evidence.length} tệp: ${d.evidence.map((file: { fileName?: unknown; sizeBytes?: unknown }) => `${String(file.fileName)} (${fileSizeLabel(Number(file.sizeBytes))})`).join(', ')}`
      : '';

  switch (event.type) {
    // Tasks
    case 'TaskAssigned': {
      const coordinating = agencies(d.coordinatingAgencyIds);
      const code = typeof d.code === 'string' && d.code !== '' ? `nhiệm vụ ${d.code} ` : 'nhiệm vụ ';
      return (
        `${actor} giao ${code}${quoted(d.title, 120)} của ${plan(d.planId)} cho ${agency(d.leadAgencyId)} chủ trì` +
        (coordinating ? `, phối hợp: ${coordinating}` : '') +
        (d.recurrence
          ? `, báo cáo định kỳ ${recurrenceFrequencyLabel(d.recurrence.frequency)}` +
            (d.recurrence.until ? ` đến ngày ${vietnameseDate(d.recurrence.until)}` : '') +
            (d.dueDate ? `, kỳ đầu hạn ${vietnameseDate(d.dueDate)}` : '')
          : d.dueDate
            ? `, hạn ${vietnameseDate(d.dueDate)}`
            : ', không có thời hạn cụ thể') +
        (d.backdated === true ? ' (nhập bù, thời hạn đã qua khi ghi nhận)' : '') +
        (d.groupId ? ' (giao cho tất cả xã, phường)' : '') +
        sourceWords(d.source, d.title)
      );
    }
    case 'TaskAcknowledged':
      return `${agency(d.agencyId)} đã tiếp nhận ${task}`;
    case 'ProgressReported':
      return (
        `${agency(d.agencyId)} báo cáo tiến độ ${task}` +
        (typeof d.percentComplete === 'number' ? ` (${vietnameseNumber(d.percentComplete)}%)` : '') +
        `: ${quoted(d.summary)}` +
        evidence()
      );
    case 'CoordinationAcknowledged':
      return (
        `${agency(d.agencyId)} đã tiếp nhận phần phối hợp ${task}` +
        (typeof d.note === 'string' && d.note !== '' ? `: ${quoted(d.note)}` : '')
      );
    case 'ContributionReported':
      return (
        `${agency(d.agencyId)} báo cáo phần phối hợp ${task} ngày ${vietnameseDate(d.reportedOn)}` +
        (typeof d.percentComplete === 'number' ? ` (${vietnameseNumber(d.percentComplete)}%)` : '') +
        (typeof d.dueDate !== 'string'
          ? ''
          : d.onTime
            ? ', đúng hạn'
            : `, trễ hạn (hạn ${vietnameseDate(d.dueDate)})`) +
        `: ${quoted(d.summary)}${evidence()}`
      );
    case 'RecurringPeriodOpened':
      return `${task} đến kỳ báo cáo ${recurrencePeriodLabel(d.period?.key)} (từ ${vietnameseDate(d.period?.start)} đến ${vietnameseDate(d.period?.end)}), hạn nộp ${vietnameseDate(d.dueDate)}`;
    case 'PeriodicReportSubmitted':
      return (
        `${agency(d.agencyId)} nộp báo cáo ${recurrencePeriodLabel(d.period?.key)} của ${task} ngày ${vietnameseDate(d.reportedOn)}, ` +
        (d.onTime ? 'đúng hạn' : `trễ hạn (hạn ${vietnameseDate(d.dueDate)})`) +
        `: ${quoted(d.summary)}` +
        evidence()
      );
    case 'RecurrenceEnded':
      return `${task} đã báo cáo đủ các kỳ đến ${recurrencePeriodLabel(d.lastPeriodKey)}; lịch báo cáo định kỳ kết thúc ngày ${vietnameseDate(d.until)}`;
    case 'ExtensionRequested':
      return `${actor} xin gia hạn ${task} từ ${vietnameseDate(d.currentDueDate)} đến ${vietnameseDate(d.requestedDueDate)}, lý do: ${quoted(d.reason)}`;
    case 'ExtensionGranted':
      return `${actor} đồng ý gia hạn ${task} từ ${vietnameseDate(d.previousDueDate)} đến ${vietnameseDate(d.newDueDate)}`;
    case 'ExtensionRejected':
      return `${actor} không đồng ý gia hạn ${task}, lý do: ${quoted(d.reason)}`;
    case 'TaskReassigned':
      return (
        `${actor} chuyển ${task} từ ${agency(d.fromAgencyId)} sang ${agency(d.toAgencyId)} chủ trì` +
        (d.cause === 'agency_merger' ? ' do sắp xếp, sáp nhập đơn vị' : '') +
        (typeof d.newDueDate === 'string' ? `, hạn mới ${vietnameseDate(d.newDueDate)}` : '') +
        `, lý do: ${quoted(d.reason)}`
      );
    case 'TaskCompleted': {
      const late =
        typeof d.dueDate === 'string' && typeof d.completedOn === 'string' && d.completedOn > d.dueDate
          ? `quá hạn (hạn ${vietnameseDate(d.dueDate)})`
          : 'đúng hạn';
      return `${agency(d.agencyId)} báo cáo hoàn thành ${task} ngày ${vietnameseDate(d.completedOn)}, ${late}; kết quả: ${quoted(d.result)}${evidence()}`;
    }
    case 'TaskDirectionGiven':
      return `${actor} cho ý kiến chỉ đạo về ${task}: ${quoted(d.text)}`;
    case 'TaskCommented':
      return `${actor} trao đổi về ${task}: ${quoted(d.text)}`;
    case 'CompletionAccepted':
      return `${actor} công nhận kết quả hoàn thành ${task}`;
    case 'CompletionReturned':
      return `${actor} trả lại kết quả ${task}, yêu cầu tiếp tục thực hiện; lý do: ${quoted(d.reason)}`;
    case 'ReminderSent': {
      const count = Array.isArray(d.recipients) ? d.recipients.length : 0;
      return `${actor} nhắc ${task} (${reminderKindLabel(d.kind)}, hạn ${vietnameseDate(d.dueDate)}) qua ${channelLabel(d.channel)} tới ${count} người nhận`;
    }
    case 'TaskEscalated':
      return (
        `${actor} báo cáo ${task} quá hạn ${vietnameseNumber(d.daysOverdue)} ngày làm việc (hạn ${vietnameseDate(d.dueDate)}) lên ${escalationLevelLabel(d.level)}` +
        (d.reason ? `: ${quoted(d.reason)}` : '')
      );
    case 'TaskCancelled':
      return (
        `${actor} hủy ${task}` +
        (d.duplicateOfTaskId ? ' vì trùng nhiệm vụ cùng đợt giao sau sáp nhập' : '') +
        `, lý do: ${quoted(d.reason)}`
      );
    case 'CoordinatingAgenciesMerged':
      return `${actor} chuyển phần phối hợp ${task} của ${agencies(d.mergedAgencyIds)} sang ${agency(d.intoAgencyId)}, lý do: ${quoted(d.reason)}`;
    case 'TaskReopened':
      return (
        `${actor} mở lại ${task}` +
        (d.newDueDate ? `, hạn mới ${vietnameseDate(d.newDueDate)}` : '') +
        `, lý do: ${quoted(d.reason)}`
      );

    // Agencies
    case 'AgencyRegistered':
      return (
        `${actor} đăng ký đơn vị ${d.name} (${agencyKindLabel(d.kind)})` +
        (d.parentAgencyId ? `, trực thuộc ${agency(d.parentAgencyId)}` : '')
      );
    case 'AgencyRenamed':
      return (
        `${actor} đổi tên đơn vị ${d.previousName} thành ${d.newName} từ ngày ${vietnameseDate(d.effectiveOn)}` +
        (d.decisionRef ? ` theo ${d.decisionRef}` : '')
      );
    case 'AgenciesMerged':
      return `${actor} sáp nhập ${agencies(d.mergedAgencyIds)} vào ${agency(d.agencyId)} từ ngày ${vietnameseDate(d.effectiveOn)} theo ${d.decisionRef}`;
    case 'AgencyRetired':
      return (
        `${actor} cho ${agency(d.agencyId)} thôi hoạt động từ ngày ${vietnameseDate(d.effectiveOn)}` +
        (d.mergedIntoAgencyId ? ` do sáp nhập vào ${agency(d.mergedIntoAgencyId)}` : '') +
        `, lý do: ${quoted(d.reason)}`
      );

    // Plans and KPI indicators
    case 'PlanIssued':
      // The People's Committee issues a plan and its chairman (or a deputy) signs it; the
      // standing office only records it here, and the line says so.
      return (
        `${d.issuingAuthority ?? 'Cơ quan ban hành (chưa rõ)'} ban hành Kế hoạch ${d.number ?? '(chưa có số)'} ` +
        (d.issuedOn ? `ngày ${vietnameseDate(d.issuedOn)}` : '(chưa rõ ngày ban hành)') +
        (d.signer?.name
          ? `, ${d.signer.title ? `${d.signer.title} ` : ''}${d.signer.name} ký`
          : ', chưa rõ người ký') +
        `: ${quoted(d.title)}; ${actor} ghi nhận vào hệ thống`
      );
    case 'PlanAmended': {
      const revisions = Array.isArray(d.targetRevisions) ? d.targetRevisions.length : 0;
      return (
        `${actor} sửa đổi, bổ sung ${plan(d.planId)} theo ${d.amendingDocument?.number ? `văn bản ${d.amendingDocument.number}` : `văn bản (chưa có số) ${quoted(d.amendingDocument?.title, 120)}`}: ${quoted(d.summary)}` +
        (revisions > 0 ? ` (điều chỉnh ${revisions} chỉ tiêu)` : '')
      );
    }
    case 'PlanClosed':
      return `${actor} kết thúc ${plan(d.planId)} ngày ${vietnameseDate(d.closedOn)}, lý do: ${quoted(d.reason)}`;
    case 'IndicatorDefined':
      return `${actor} xác định chỉ tiêu ${quoted(d.name, 120)} (${d.unit}) của ${plan(d.planId)}, giao ${agency(d.responsibleAgencyId)} chủ trì`;
    case 'IndicatorTargetRevised': {
      const target = `${indicator(d.indicatorId)} năm ${d.year}`;
      if (d.previousValue === null || d.previousValue === undefined) {
        return `${actor} đặt mục tiêu ${target}: ${withUnit(d.newValue, d.indicatorId)} (trước đó chưa ghi nhận) theo ${amendingDocument(d.amendingDocumentNumber)}`;
      }
      const direction =
        d.newValue > d.previousValue ? 'lên' : d.newValue < d.previousValue ? 'xuống' : 'giữ nguyên';
      return `${actor} điều chỉnh ${target} từ ${vietnameseNumber(d.previousValue)} ${direction} ${withUnit(d.newValue, d.indicatorId)} theo ${amendingDocument(d.amendingDocumentNumber)}`;
    }
    case 'IndicatorValueReported':
      return (
        `${agency(d.reportedByAgencyId)} báo cáo ${indicator(d.indicatorId)} kỳ ${d.period}: ${withUnit(d.value, d.indicatorId)}, số liệu đến ngày ${vietnameseDate(d.asOf)}, nguồn: ${quoted(d.source, 120)}` +
        (d.evidenceNote ? `, minh chứng: ${quoted(d.evidenceNote, 120)}` : '') +
        (d.onBehalfReason ? ` (báo cáo thay, lý do: ${quoted(d.onBehalfReason, 120)})` : '') +
        (d.supersedesReportId ? ', thay cho báo cáo trước của kỳ' : '')
      );
    case 'IndicatorValueConfirmed':
      return `${actor} xác nhận số liệu ${indicator(d.indicatorId)} kỳ ${d.period}: ${withUnit(d.value, d.indicatorId)}${d.note ? `, ghi chú: ${quoted(d.note, 120)}` : ''}`;
    case 'IndicatorValueReturned':
      return `${actor} trả lại số liệu ${indicator(d.indicatorId)} kỳ ${d.period} cho ${agency(d.responsibleAgencyId)}, lý do: ${quoted(d.reason)}`;

    // Users
    case 'UserRegistered':
      return `${actor} tạo tài khoản ${d.username} (${d.displayName}) thuộc ${agency(d.agencyId)}, vai trò ${roleLabel(d.role)}`;
    case 'UserRoleChanged':
      return `${actor} đổi vai trò của ${user(d.userId)} từ ${roleLabel(d.previousRole)} sang ${roleLabel(d.newRole)}`;
    case 'UserMovedToAgency':
      return `${actor} chuyển ${user(d.userId)} từ ${agency(d.previousAgencyId)} sang ${agency(d.newAgencyId)}`;
    case 'UserPasswordChanged':
      return d.changedBy === 'admin'
        ? `${actor} đặt lại mật khẩu cho ${user(d.userId)}`
        : `${user(d.userId)} đổi mật khẩu`;
    case 'UserLockedOut':
      return `Tài khoản ${user(d.userId)} bị khóa đến ${vietnameseDateTime(String(d.lockedUntil))} sau ${d.failedAttempts} lần đăng nhập sai`;
    case 'UserDeactivated':
      return `${actor} khóa tài khoản ${user(d.userId)}, lý do: ${quoted(d.reason)}`;
    case 'UserReactivated':
      return `${actor} mở lại tài khoản ${user(d.userId)}`;

    default:
      return `${actor}: ${event.type}`;
  }
}
