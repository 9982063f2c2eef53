import type { PolicyAction } from './policy-table';

/**
 * Each action of the policy table as a Vietnamese verb phrase, for the 403 problems
 * ("Vai trò cán bộ không được giao nhiệm vụ."). Typed by the table: a new action does not
 * compile without its words.
 */
export const POLICY_ACTION_WORDS: Readonly<Record<PolicyAction, string>> = {
  'agency.register': 'đăng ký cơ quan, đơn vị',
  'agency.rename': 'đổi tên cơ quan, đơn vị',
  'agency.retire': 'cho cơ quan, đơn vị thôi hoạt động',
  'agency.merge': 'sáp nhập đơn vị',
  'agency.read': 'xem danh sách cơ quan, đơn vị',
  'user.register': 'tạo tài khoản',
  'user.change_role': 'đổi vai trò tài khoản',
  'user.move_agency': 'chuyển tài khoản sang đơn vị khác',
  'user.deactivate': 'khóa tài khoản',
  'user.reactivate': 'mở khóa tài khoản',
  'user.reset_password': 'đặt lại mật khẩu',
  'user.read': 'xem tài khoản',
  'user.change_own_password': 'đổi mật khẩu của mình',
  'user.read_self': 'xem thông tin tài khoản của mình',
  'plan.issue': 'ban hành kế hoạch',
  'plan.amend': 'sửa đổi, bổ sung kế hoạch',
  'plan.close': 'kết thúc kế hoạch',
  'plan.read': 'xem kế hoạch',
  'indicator.define': 'xác định chỉ tiêu',
  'indicator.report_value': 'báo cáo kết quả chỉ tiêu',
  'task.assign': 'giao nhiệm vụ',
  'task.acknowledge': 'tiếp nhận nhiệm vụ',
  'task.report_progress': 'báo cáo tiến độ nhiệm vụ',
  'task.request_extension': 'đề nghị gia hạn nhiệm vụ',
  'task.grant_extension': 'đồng ý gia hạn nhiệm vụ',
  'task.reject_extension': 'từ chối gia hạn nhiệm vụ',
  'task.complete': 'báo cáo hoàn thành nhiệm vụ',
  'task.accept': 'nghiệm thu kết quả nhiệm vụ',
  'task.return': 'trả lại kết quả nhiệm vụ',
  'task.reassign': 'giao lại nhiệm vụ cho đơn vị khác',
  'task.escalate': 'chuyển nhiệm vụ lên cấp trên đôn đốc',
  'task.cancel': 'hủy nhiệm vụ',
  'task.reopen': 'mở lại nhiệm vụ',
  'task.read': 'xem nhiệm vụ',
  'task.list': 'xem danh sách nhiệm vụ',
  'dashboard.read': 'xem bảng tổng hợp',
  'audit.read': 'xem nhật ký hoạt động',
  'notification.read': 'xem thông báo',
  'notification.mark_read': 'đánh dấu thông báo đã đọc',
  'operations.queue_dashboard': 'xem bảng điều khiển hàng đợi',
};
