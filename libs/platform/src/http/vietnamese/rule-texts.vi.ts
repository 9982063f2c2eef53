import { fileSizeLabel, roleLabel } from '@giaoviec/kernel';
import { POLICY_ACTION_WORDS } from '../../authorization/policy-words.vi';
import type { Problem } from '../problem';

type RuleText = string | ((problem: Problem) => string);

const count = (value: unknown): number | undefined =>
  typeof value === 'number' && Number.isFinite(value) ? value : undefined;

/** '2026-06-30' → '30/06/2026'; undefined for anything else. */
const dayOf = (value: unknown): string | undefined => {
  const match = typeof value === 'string' ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(value) : null;
  return match ? `${match[3]}/${match[2]}/${match[1]}` : undefined;
};

const actionWords = (problem: Problem): string | undefined =>
  typeof problem.action === 'string'
    ? (POLICY_ACTION_WORDS as Record<string, string | undefined>)[problem.action]
    : undefined;

const theRole = (problem: Problem): string =>
  typeof problem.role === 'string' ? `Vai trò ${roleLabel(problem.role)}` : 'Tài khoản của bạn';

function forbidden(problem: Problem): string {
  const action = actionWords(problem);
  switch (problem.reason) {
    case 'own_agency':
      return action
        ? `${theRole(problem)} chỉ được ${action} của đơn vị mình.`
        : `${theRole(problem)} chỉ được thao tác trên dữ liệu của đơn vị mình.`;
    case 'other_agency_rows':
      return `${theRole(problem)} chỉ được xem dữ liệu của đơn vị mình.`;
    case 'deadline_of_standing_office':
      return 'Chỉ cơ quan thường trực mới đặt thời hạn mới khi giao lại nhiệm vụ; lãnh đạo đơn vị giữ nguyên thời hạn hoặc đề nghị gia hạn.';
    case 'unit_of_agency':
      return 'Lãnh đạo đơn vị chỉ được giao lại nhiệm vụ cho đơn vị trực thuộc của mình; với đơn vị khác, hãy đề nghị cơ quan thường trực.';
    default:
      return action
        ? `${theRole(problem)} không được ${action}.`
        : 'Bạn không có quyền thực hiện thao tác này.';
  }
}

function unauthenticated(problem: Problem): string {
  switch (problem.reason) {
    case 'expired':
      return 'Phiên đăng nhập đã hết hạn; vui lòng đăng nhập lại.';
    case 'invalid':
      return 'Mã truy cập không hợp lệ; vui lòng đăng nhập lại.';
    default:
      return 'Bạn chưa đăng nhập: yêu cầu này cần mã truy cập (Authorization: Bearer …) nhận được khi đăng nhập.';
  }
}

function staleVersion(problem: Problem): string {
  const seen = count(problem.expectedVersion);
  const current = count(problem.currentVersion);
  const versions =
    seen !== undefined && current !== undefined
      ? ` (phiên bản bạn đã xem: ${seen}, phiên bản hiện tại: ${current})`
      : '';
  return `Dữ liệu đã được người khác thay đổi${versions}. Vui lòng tải lại và thực hiện lại.`;
}

function readModelsBehind(problem: Problem): string {
  const behind = count(problem.eventsBehind);
  const seconds = count(problem.retryAfterSeconds) ?? 1;
  return (
    'Dữ liệu đang được cập nhật, chưa kịp phản ánh thay đổi vừa thực hiện' +
    (behind === undefined ? '' : ` (còn ${behind} sự kiện)`) +
    `; vui lòng thử lại sau ${seconds} giây.`
  );
}

/**
 * The Vietnamese sentence of every rule a problem can name: the domain's rules
 * (DomainRuleViolation), authentication, authorization, idempotency, concurrency and the
 * read models. A unit test finds every rule code in the sources and fails on one missing here.
 */
export const RULE_TEXTS: Readonly<Record<string, RuleText>> = {
  // Agencies
  'agency.already_registered': 'Cơ quan, đơn vị này đã được đăng ký.',
  'agency.effective_on_invalid': 'Ngày có hiệu lực không phải là ngày hợp lệ (yyyy-mm-dd).',
  'agency.id_required': 'Cơ quan, đơn vị cần có mã định danh.',
  'agency.kind_invalid': 'Loại cơ quan, đơn vị không hợp lệ: sở, ban, ngành; UBND cấp xã; hoặc đơn vị khác.',
  'agency.merge_agency_unknown': 'Có đơn vị được sáp nhập chưa được đăng ký trong hệ thống.',
  'agency.merge_decision_ref_required': 'Việc sáp nhập cần số hiệu quyết định hoặc nghị quyết.',
  'agency.merge_decision_ref_reused':
    'Số hiệu quyết định này đã được dùng cho một lần sáp nhập khác vào đơn vị này.',
  'agency.merge_duplicate_agency': 'Một đơn vị được liệt kê nhiều lần trong danh sách sáp nhập.',
  'agency.merge_into_itself': 'Không thể sáp nhập một đơn vị vào chính nó.',
  'agency.merge_kind_mismatch': 'Chỉ sáp nhập được các đơn vị cùng loại (ví dụ xã, phường vào xã, phường).',
  'agency.merge_requires_agencies': 'Cần ít nhất một đơn vị để sáp nhập.',
  'agency.name_required': 'Cơ quan, đơn vị cần có tên.',
  'agency.name_unchanged': 'Cơ quan, đơn vị đã mang tên này.',
  'agency.not_found': 'Không tìm thấy cơ quan, đơn vị này.',
  'agency.parent_is_self': 'Một đơn vị không thể trực thuộc chính nó.',
  'agency.retire_reason_required': 'Cần nêu lý do cho đơn vị thôi hoạt động.',
  'agency.retired': 'Đơn vị đã thôi hoạt động (hoặc đã được sáp nhập) nên không thể thực hiện thao tác này.',

  // Plans
  'plan.already_issued': 'Kế hoạch này đã được ban hành.',
  'plan.amending_document_already_recorded': 'Văn bản sửa đổi này đã được ghi nhận cho kế hoạch.',
  'plan.amending_document_invalid':
    'Văn bản sửa đổi, bổ sung chưa hợp lệ: cần trích yếu; ngày ban hành và người ký, nếu có, phải hợp lệ.',
  'plan.amendment_added_items_invalid': 'Mỗi nội dung bổ sung theo văn bản sửa đổi phải có nội dung.',
  'plan.amendment_id_required': 'Việc sửa đổi kế hoạch cần có mã định danh.',
  'plan.amendment_id_reused': 'Mã sửa đổi này đã được ghi nhận với nội dung khác.',
  'plan.amendment_indicator_of_other_plan':
    'Chỉ tiêu này thuộc kế hoạch khác nên không thể điều chỉnh theo văn bản sửa đổi của kế hoạch này.',
  'plan.amendment_indicator_unknown': 'Văn bản sửa đổi điều chỉnh một chỉ tiêu chưa được xác định.',
  'plan.amendment_predates_plan': 'Văn bản sửa đổi có ngày ban hành trước ngày ban hành kế hoạch.',
  'plan.amendment_revision_duplicate':
    'Một chỉ tiêu của cùng một năm được điều chỉnh nhiều lần trong cùng văn bản sửa đổi.',
  'plan.amendment_revision_invalid': 'Mỗi điều chỉnh chỉ tiêu cần nêu mã chỉ tiêu.',
  'plan.amendment_summary_required': 'Việc sửa đổi kế hoạch cần có nội dung tóm tắt.',
  'plan.amendment_target_outside_period':
    'Mục tiêu được điều chỉnh cho một năm nằm ngoài thời kỳ của kế hoạch.',
  'plan.close_reason_required': 'Cần nêu lý do kết thúc kế hoạch.',
  'plan.closed': 'Kế hoạch đã kết thúc nên không thể thực hiện thao tác này.',
  'plan.closed_before_issue': 'Ngày kết thúc không được trước ngày ban hành kế hoạch.',
  'plan.closed_on_invalid': 'Ngày kết thúc kế hoạch không phải là ngày hợp lệ (yyyy-mm-dd).',
  'plan.id_required': 'Kế hoạch cần có mã định danh.',
  'plan.issued_on_invalid': 'Ngày ban hành kế hoạch không phải là ngày hợp lệ (yyyy-mm-dd).',
  'plan.issuing_authority_required': 'Kế hoạch cần có cơ quan ban hành (ví dụ UBND thành phố Huế).',
  'plan.legal_basis_blank': 'Mỗi căn cứ pháp lý của kế hoạch phải có nội dung.',
  'plan.not_found': 'Không tìm thấy kế hoạch này.',
  'plan.number_invalid': 'Số hiệu kế hoạch không đúng dạng số hiệu văn bản (ví dụ 495/KH-UBND).',
  'plan.period_invalid':
    'Thời kỳ của kế hoạch không hợp lệ: cần ngày bắt đầu và ngày kết thúc (yyyy-mm-dd), bắt đầu không sau kết thúc.',
  'plan.phase_dates_invalid':
    'Giai đoạn thực hiện cần ngày bắt đầu và ngày kết thúc hợp lệ (yyyy-mm-dd), bắt đầu không sau kết thúc.',
  'plan.phase_focus_required': 'Mỗi giai đoạn thực hiện cần nêu nội dung trọng tâm như kế hoạch ghi.',
  'plan.phase_name_required': 'Mỗi giai đoạn thực hiện cần có tên (ví dụ Giai đoạn 2026 – 2028).',
  'plan.phase_outside_period': 'Giai đoạn thực hiện phải nằm trong thời kỳ của kế hoạch.',
  'plan.phases_invalid': 'Các giai đoạn thực hiện phải là một danh sách.',
  'plan.phases_out_of_order': 'Các giai đoạn thực hiện phải được liệt kê theo thứ tự thời gian.',
  'plan.phases_overlap':
    'Các giai đoạn thực hiện không được chồng lấn nhau: giai đoạn sau bắt đầu sau khi giai đoạn trước kết thúc.',
  'plan.signer_required': 'Người ký kế hoạch cần có họ tên và chức vụ (ví dụ Chủ tịch).',
  'plan.title_required': 'Kế hoạch cần có trích yếu (tên kế hoạch).',

  // KPI indicators
  'indicator.already_defined': 'Chỉ tiêu này đã được xác định.',
  'indicator.amending_document_required':
    'Điều chỉnh mục tiêu cần số hiệu văn bản sửa đổi (để trống nếu văn bản chưa có số).',
  'indicator.amendment_required':
    'Mục tiêu của chỉ tiêu chỉ được điều chỉnh theo văn bản sửa đổi, bổ sung kế hoạch.',
  'indicator.amendment_year_already_revised':
    'Văn bản sửa đổi này đã điều chỉnh mục tiêu của năm đó với giá trị khác.',
  'indicator.as_of_before_period': 'Ngày số liệu không được trước ngày bắt đầu kỳ báo cáo.',
  'indicator.as_of_in_future': 'Ngày số liệu không được sau ngày hôm nay.',
  'indicator.as_of_invalid': 'Ngày số liệu không phải là ngày hợp lệ (yyyy-mm-dd).',
  'indicator.direction_invalid':
    'Cách đánh giá chỉ tiêu không hợp lệ: tối thiểu, tối đa hoặc đúng bằng mục tiêu.',
  'indicator.id_required': 'Chỉ tiêu cần có mã định danh.',
  'indicator.name_required': 'Chỉ tiêu cần có tên.',
  'indicator.not_found': 'Không tìm thấy chỉ tiêu này.',
  'indicator.on_behalf_reason_required':
    'Đơn vị báo cáo thay cơ quan chịu trách nhiệm của chỉ tiêu cần nêu lý do báo cáo thay.',
  'indicator.period_already_confirmed':
    'Số liệu của kỳ này đã được xác nhận; không báo cáo lại kỳ đã xác nhận.',
  'indicator.percent_out_of_range': 'Giá trị tỷ lệ phần trăm phải nằm trong khoảng từ 0 đến 100.',
  'indicator.period_invalid':
    'Kỳ báo cáo không hợp lệ: dùng năm (2026), nửa năm (2026-H1), quý (2026-Q2) hoặc tháng (2026-06).',
  'indicator.plan_required': 'Chỉ tiêu cần thuộc một kế hoạch.',
  'indicator.report_already_confirmed': 'Số liệu này đã được xác nhận.',
  'indicator.report_already_returned': 'Số liệu này đã bị trả lại; đơn vị cần báo cáo lại số liệu của kỳ.',
  'indicator.report_not_found': 'Không tìm thấy báo cáo số liệu này của chỉ tiêu.',
  'indicator.report_superseded':
    'Số liệu này đã được thay bằng một báo cáo mới hơn của cùng kỳ; hãy xem xét báo cáo mới.',
  'indicator.report_id_required': 'Báo cáo số liệu chỉ tiêu cần có mã báo cáo.',
  'indicator.report_id_reused': 'Mã báo cáo này đã được ghi nhận với nội dung khác.',
  'indicator.reporting_agency_required': 'Cần nêu đơn vị báo cáo số liệu chỉ tiêu.',
  'indicator.return_reason_required': 'Trả lại số liệu cần nêu lý do để đơn vị bổ sung, điều chỉnh.',
  'indicator.responsible_agency_required': 'Chỉ tiêu cần có đơn vị chủ trì theo dõi.',
  'indicator.source_required': 'Số liệu chỉ tiêu cần nêu nguồn.',
  'indicator.target_outside_plan_period': 'Có mục tiêu đặt cho năm nằm ngoài thời kỳ của kế hoạch.',
  'indicator.target_unchanged':
    'Mục tiêu của năm này đã đúng bằng giá trị đó; điều chỉnh phải thay đổi giá trị.',
  'indicator.target_year_duplicate': 'Một năm có nhiều hơn một mục tiêu.',
  'indicator.target_year_invalid': 'Năm của mục tiêu không hợp lệ.',
  'indicator.targets_required': 'Chỉ tiêu cần danh sách mục tiêu theo năm (để trống nếu văn bản không nêu).',
  'indicator.unit_required': 'Chỉ tiêu cần có đơn vị tính (ví dụ %).',
  'indicator.value_invalid': 'Giá trị của chỉ tiêu phải là một số.',

  // Tasks
  'task.not_found': 'Không tìm thấy nhiệm vụ này.',
  'task.already_assigned': 'Nhiệm vụ này đã được giao; mỗi nhiệm vụ chỉ giao một lần.',
  'task.id_required': 'Nhiệm vụ cần có mã định danh.',
  'task.plan_required': 'Nhiệm vụ cần thuộc một kế hoạch.',
  'task.title_required': 'Nhiệm vụ cần có nội dung (tên nhiệm vụ).',
  'task.lead_agency_required': 'Nhiệm vụ cần có đơn vị chủ trì.',
  'task.lead_agency_also_coordinating': 'Đơn vị chủ trì không thể đồng thời là đơn vị phối hợp của nhiệm vụ.',
  'task.invalid_date': 'Ngày của nhiệm vụ không phải là ngày hợp lệ (yyyy-mm-dd).',
  'task.due_date_in_past': (problem) =>
    `Thời hạn ${dayOf(problem.dueDate) ?? 'này'} đã qua: hãy chọn một ngày từ hôm nay trở đi (khi nhập lại kế hoạch cũ, đánh dấu là nhập bù).`,
  'task.due_date_after_plan_period': (problem) =>
    `Thời hạn nằm sau ngày kết thúc của kế hoạch${dayOf(problem.planEndsOn) ? ` (${dayOf(problem.planEndsOn)})` : ''}.`,
  'calendar.not_announced': (problem) =>
    `Chưa tính được thời hạn theo ngày làm việc vì lịch nghỉ chưa được công bố${Array.isArray(problem.missing) && problem.missing.length > 0 ? ` (${problem.missing.join('; ')})` : ''}: hãy nhập thời hạn là một ngày cụ thể.`,
  'task.invalid_working_day_deadline':
    'Thời hạn theo ngày làm việc không hợp lệ: nhập số ngày làm việc (1–250) thay cho ngày hạn, không dùng cho báo cáo định kỳ.',
  'task.invalid_recurrence':
    'Lịch báo cáo định kỳ không hợp lệ: phải lặp lại hằng tháng, hằng quý, 6 tháng hoặc hằng năm, hạn báo cáo là một hạn của lịch đó (ngày 1–31, không quá 11 tháng sau kỳ) và còn ít nhất một kỳ trước ngày kết thúc.',
  'task.invalid_source':
    'Nguồn của nhiệm vụ không hợp lệ: cần ghi mục và trích dẫn nguyên văn của văn bản, trong giới hạn độ dài cho phép.',
  'task.closed':
    'Nhiệm vụ đã kết thúc (đã nghiệm thu hoặc đã hủy); cần mở lại nhiệm vụ trước khi thực hiện thao tác này.',
  'task.awaiting_review':
    'Nhiệm vụ đã được báo cáo hoàn thành và đang chờ cơ quan thường trực xem xét; chỉ thực hiện được thao tác này khi kết quả bị trả lại.',
  'task.not_lead_agency': 'Chỉ đơn vị chủ trì nhiệm vụ mới thực hiện được thao tác này.',
  'task.not_participating_agency':
    'Chỉ đơn vị chủ trì hoặc đơn vị phối hợp mới báo cáo được tiến độ nhiệm vụ này.',
  'task.already_acknowledged': 'Nhiệm vụ đã được tiếp nhận trước đó.',
  'task.not_acknowledged': 'Đơn vị chủ trì cần tiếp nhận nhiệm vụ trước khi thực hiện thao tác này.',
  'task.no_due_date': 'Nhiệm vụ không có thời hạn nên không thể thực hiện thao tác này.',
  'task.already_completed': 'Nhiệm vụ đã được báo cáo hoàn thành và đang chờ xem xét.',
  'task.not_completed': 'Nhiệm vụ chưa được báo cáo hoàn thành.',
  'task.not_closed': 'Chỉ mở lại được nhiệm vụ đã nghiệm thu hoặc đã hủy.',
  'task.same_agency': 'Nhiệm vụ đang do chính đơn vị này chủ trì; hãy chọn đơn vị khác.',
  'task.not_overdue': 'Nhiệm vụ chưa quá hạn; chỉ chuyển cấp trên đôn đốc nhiệm vụ đã quá hạn.',
  'task.already_escalated': 'Nhiệm vụ đã được chuyển lên cấp này cho thời hạn hiện tại.',
  'task.escalation_not_higher':
    'Nhiệm vụ đã được chuyển lên cấp này hoặc cấp cao hơn; chỉ chuyển lên cấp cao hơn.',
  'task.invalid_reassignment_cause': 'Lý do chuyển giao nhiệm vụ không hợp lệ.',
  'task.invalid_escalation_level': 'Cấp đôn đốc phải là cơ quan thường trực hoặc Ban Chỉ đạo.',
  'task.reason_required': 'Cần nêu lý do.',
  'task.result_required': 'Cần nêu kết quả thực hiện nhiệm vụ.',
  'task.agency_required': 'Cần nêu đơn vị thực hiện.',
  'task.fan_out_no_active_commune': 'Không có xã, phường nào đang hoạt động để giao nhiệm vụ.',
  'task.fan_out_task_id':
    'Nhiệm vụ giao cho tất cả xã, phường được cấp mã riêng cho từng xã, phường; không gửi mã nhiệm vụ (taskId).',
  'task.agency_unknown': 'Đơn vị được giao chưa được đăng ký trong hệ thống.',
  'task.agency_retired':
    'Đơn vị được giao đã thôi hoạt động (hoặc đã được sáp nhập); hãy giao cho đơn vị đang hoạt động.',
  'progress.summary_required': 'Báo cáo tiến độ cần có nội dung.',
  'progress.invalid_percent': 'Tỷ lệ hoàn thành phải là số từ 0 đến 100.',
  'coordination.lead_agency':
    'Đơn vị của bạn chủ trì nhiệm vụ này; chỉ đơn vị phối hợp mới tiếp nhận và báo cáo phần phối hợp.',
  'coordination.not_coordinating_agency':
    'Đơn vị của bạn không (hoặc không còn) là đơn vị phối hợp của nhiệm vụ này, nên không tiếp nhận hay báo cáo phần phối hợp được.',
  'coordination.already_acknowledged': 'Đơn vị đã tiếp nhận phần phối hợp của nhiệm vụ này trước đó.',
  'coordination.not_acknowledged': 'Đơn vị cần tiếp nhận phần phối hợp trước khi báo cáo kết quả phối hợp.',
  'coordination.summary_required': 'Báo cáo phần phối hợp cần có nội dung.',
  'extension.already_pending':
    'Nhiệm vụ đang có một đề nghị gia hạn chờ xem xét; vui lòng chờ đề nghị đó được đồng ý hoặc từ chối.',
  'recurrence.not_recurring':
    'Nhiệm vụ này không phải báo cáo định kỳ; hãy báo cáo tiến độ hoặc báo cáo hoàn thành.',
  'recurrence.no_period_in_hand':
    'Nhiệm vụ không còn kỳ báo cáo nào phải nộp (các kỳ đã được báo cáo đủ); có thể báo cáo hoàn thành nhiệm vụ.',
  'recurrence.period_not_in_hand':
    'Kỳ báo cáo này không phải kỳ đang phải nộp; hãy báo cáo kỳ đang đến hạn (các kỳ được báo cáo lần lượt).',
  'recurrence.period_still_owed':
    'Nhiệm vụ báo cáo định kỳ còn kỳ chưa báo cáo; chỉ báo cáo hoàn thành được khi đã báo cáo đủ các kỳ.',
  'recurrence.already_started':
    'Các kỳ báo cáo của nhiệm vụ đã bắt đầu; kỳ tiếp theo mở khi kỳ đang phải nộp được báo cáo.',
  'extension.date_not_later': 'Hạn mới phải sau hạn hiện tại của nhiệm vụ.',
  'extension.not_requested': 'Không tìm thấy đề nghị gia hạn này của nhiệm vụ.',
  'extension.already_decided': 'Đề nghị gia hạn này đã được xem xét; hãy gửi đề nghị mới.',
  'evidence.too_many': 'Mỗi báo cáo đính kèm tối đa 10 tệp; hãy gộp bớt (ví dụ thành một tệp PDF).',
  'evidence.duplicate': 'Một tệp được đính kèm hai lần trong cùng báo cáo.',
  'evidence.invalid': 'Thông tin tệp đính kèm không đầy đủ (tên, loại, dung lượng hoặc mã kiểm tra).',
  'evidence.too_large': (problem) =>
    `Tệp quá lớn: dung lượng tối đa là ${count(problem.maxBytes) === undefined ? '20 MB' : fileSizeLabel(count(problem.maxBytes)!)}.`,
  'evidence.type_not_allowed':
    'Loại tệp này không được chấp nhận; chỉ nhận PDF, ảnh JPEG/PNG, bảng tính (xlsx, ods, csv) hoặc văn bản (docx, odt).',
  'evidence.type_mismatch':
    'Nội dung tệp không đúng với loại tệp khai báo (hoặc phần mở rộng của tên tệp không khớp); hãy chọn đúng tệp gốc.',
  'evidence.empty': 'Tệp rỗng (0 byte); hãy chọn lại tệp.',
  'evidence.file_name_required': 'Cần gửi kèm tên tệp (tiêu đề X-File-Name, tối đa 255 ký tự).',
  'evidence.not_found':
    'Không tìm thấy tệp đính kèm này (có thể tệp chưa được tải lên, hoặc đã bị xóa vì quá một ngày không được dùng trong báo cáo nào).',
  'evidence.not_yours': 'Tệp này do đơn vị khác tải lên; báo cáo chỉ đính kèm được tệp của đơn vị mình.',
  'evidence.other_task': 'Tệp này được tải lên cho nhiệm vụ khác; hãy tải tệp lên cho nhiệm vụ này.',
  'discussion.text_required': 'Cần nhập nội dung ý kiến.',
  'discussion.text_too_long':
    'Nội dung ý kiến tối đa 5.000 ký tự; nội dung dài hơn hãy gửi thành tệp đính kèm.',
  'discussion.not_allowed': (problem) =>
    problem.kind === 'direction'
      ? 'Chỉ cơ quan thường trực và lãnh đạo thành phố mới cho ý kiến chỉ đạo về nhiệm vụ.'
      : 'Chỉ đơn vị chủ trì, đơn vị phối hợp, cơ quan thường trực và lãnh đạo thành phố mới trao đổi về nhiệm vụ này.',
  'reminder.invalid': 'Lần nhắc việc cần ít nhất một người nhận.',
  'reminder.stale_due_date': 'Lần nhắc việc thuộc về thời hạn cũ; nhiệm vụ đã có thời hạn mới.',

  // Notifications
  'notification.not_found': 'Không tìm thấy thông báo này trong các thông báo của bạn.',

  // Users
  'user.not_found': 'Không tìm thấy tài khoản này.',
  'user.already_registered': 'Tài khoản này đã được tạo.',
  'user.id_invalid': 'Mã tài khoản không hợp lệ: dùng 1–64 ký tự chữ thường, chữ số, ".", "_" hoặc "-".',
  'user.username_invalid':
    'Tên đăng nhập không hợp lệ: dùng 3–64 ký tự chữ thường, chữ số, ".", "_" hoặc "-".',
  'user.display_name_required': 'Tài khoản cần có họ tên hiển thị.',
  'user.agency_required': 'Tài khoản cần thuộc một cơ quan, đơn vị.',
  'user.role_invalid': 'Vai trò không hợp lệ.',
  'user.role_unchanged': 'Tài khoản đã có vai trò này.',
  'user.agency_unchanged': 'Tài khoản đã thuộc cơ quan, đơn vị này.',
  'user.deactivated': 'Tài khoản đã bị khóa; cần mở khóa trước khi thực hiện thao tác này.',
  'user.already_deactivated': 'Tài khoản đã bị khóa trước đó.',
  'user.not_deactivated': 'Tài khoản đang hoạt động; không có gì để mở khóa.',
  'user.reason_required': 'Cần nêu lý do khóa tài khoản.',
  'user.own_access':
    'Không thể tự thực hiện thao tác này trên tài khoản của chính mình; cần một quản trị viên khác.',
  'user.password_changed_by_invalid': 'Người đổi mật khẩu không hợp lệ.',
  'user.lockout_invalid': 'Thông tin khóa tạm thời tài khoản không hợp lệ.',
  'user.password_too_short': (problem) =>
    `Mật khẩu quá ngắn: cần ít nhất ${count(problem.minLength) ?? 'số'} ký tự.`,
  'user.password_too_long': (problem) =>
    `Mật khẩu quá dài: tối đa ${count(problem.maxLength) ?? 'số'} ký tự.`,
  'user.password_same_as_username': 'Mật khẩu không được trùng với tên đăng nhập.',
  'user.username_taken': 'Tên đăng nhập này đã có người sử dụng.',
  'user.agency_unknown': 'Cơ quan, đơn vị này chưa được đăng ký trong hệ thống.',
  'user.agency_retired': 'Cơ quan, đơn vị này đã thôi hoạt động (hoặc đã được sáp nhập).',
  'user.password_unchanged': 'Mật khẩu mới phải khác mật khẩu hiện tại.',

  // Authentication and authorization
  'auth.unauthenticated': unauthenticated,
  'auth.invalid_credentials':
    'Tên đăng nhập hoặc mật khẩu không đúng. Sau nhiều lần sai liên tiếp, tài khoản bị tạm khóa; quản trị viên có thể đặt lại mật khẩu.',
  'auth.refresh_token_invalid': 'Phiên đăng nhập không còn hiệu lực; vui lòng đăng nhập lại.',
  'auth.refresh_token_expired': 'Phiên đăng nhập đã hết hạn; vui lòng đăng nhập lại.',
  'auth.refresh_token_reused':
    'Phiên đăng nhập đã được dùng ở nơi khác nên đã bị kết thúc để bảo đảm an toàn; vui lòng đăng nhập lại.',
  'auth.current_password_wrong': 'Mật khẩu hiện tại không đúng.',
  'auth.account_locked': 'Tài khoản đang bị tạm khóa; vui lòng thử lại sau hoặc liên hệ quản trị viên.',
  'auth.rate_limited': (problem) =>
    `Thao tác quá nhiều lần từ địa chỉ này; vui lòng thử lại sau ${count(problem.retryAfterSeconds) ?? 'ít'} giây.`,
  'auth.forbidden': forbidden,

  // Commands and reads
  'stream.wrong_expected_version': staleVersion,
  'idempotency.conflict': 'Yêu cầu này chỉ lặp lại một phần của một lệnh đã thực hiện trước đó.',
  'idempotency.key_reused':
    'Khóa chống gửi trùng (Idempotency-Key) này đã được dùng cho một yêu cầu khác; hãy dùng khóa mới.',
  'idempotency.in_progress':
    'Yêu cầu với khóa chống gửi trùng này đang được xử lý; vui lòng thử lại sau giây lát.',
  'read_models.behind': readModelsBehind,
  'request.body_not_json': 'Nội dung gửi lên không phải là JSON hợp lệ.',
  'request.unsupported_charset': 'Nội dung gửi lên phải là JSON mã hóa UTF-8.',
  'request.unsupported_media_type':
    'Nội dung gửi lên phải là JSON (Content-Type: application/json); hệ thống không đọc biểu mẫu, văn bản thuần hay XML.',
  'request.unsupported_encoding': 'Nội dung gửi lên được nén theo cách hệ thống không đọc được.',
  'request.body_too_large': 'Dữ liệu gửi lên quá lớn.',
  'request.malformed': 'Không đọc được yêu cầu gửi lên.',
  'read_models.as_of_in_future': (problem) =>
    `Chưa thể xem số liệu tại cuối ngày ${dayOf(problem.asOf) ?? 'đã chọn'}: ngày này chưa kết thúc` +
    (dayOf(problem.today) ? ` (hôm nay là ${dayOf(problem.today)}).` : '.') +
    ' Hãy chọn một ngày đã qua, hoặc xem số liệu hiện tại.',
  'read_models.as_of_preparing': (problem) =>
    `Đang chuẩn bị số liệu tại cuối ngày ${dayOf(problem.asOf) ?? 'đã chọn'}, vui lòng thử lại sau ít phút.`,
  'read_models.invalid_position':
    'Vị trí đọc (readAfter, X-Read-After) không phải là vị trí do hệ thống trả về.',
};

export function ruleText(problem: Problem): string | undefined {
  const text = problem.rule === undefined ? undefined : RULE_TEXTS[problem.rule];
  return typeof text === 'function' ? text(problem) : text;
}
