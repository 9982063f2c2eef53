/**
 * What each event of the log is called in the audit trail's exports (the Sự kiện column),
 * the same words the web application's screens use. Every type of AUDITED_EVENT_TYPES has
 * one (a unit test checks).
 */
export const EVENT_TYPE_LABELS: Readonly<Record<string, string>> = {
  AgencyRegistered: 'Đăng ký cơ quan',
  AgencyRenamed: 'Đổi tên cơ quan',
  AgenciesMerged: 'Sáp nhập đơn vị',
  AgencyRetired: 'Ngừng hoạt động cơ quan',
  PlanIssued: 'Ban hành kế hoạch',
  PlanAmended: 'Sửa đổi, bổ sung kế hoạch',
  PlanClosed: 'Kết thúc kế hoạch',
  IndicatorDefined: 'Xác định chỉ tiêu',
  IndicatorTargetRevised: 'Điều chỉnh chỉ tiêu',
  IndicatorValueReported: 'Báo cáo kết quả chỉ tiêu',
  IndicatorValueConfirmed: 'Xác nhận số liệu chỉ tiêu',
  IndicatorValueReturned: 'Trả lại số liệu chỉ tiêu',
  TaskAssigned: 'Giao nhiệm vụ',
  TaskAcknowledged: 'Tiếp nhận nhiệm vụ',
  ProgressReported: 'Báo cáo tiến độ',
  ExtensionRequested: 'Đề nghị gia hạn',
  ExtensionGranted: 'Đồng ý gia hạn',
  ExtensionRejected: 'Từ chối gia hạn',
  TaskReassigned: 'Giao lại cho đơn vị khác',
  TaskCompleted: 'Báo cáo hoàn thành',
  CompletionAccepted: 'Nghiệm thu kết quả',
  CompletionReturned: 'Trả lại, yêu cầu bổ sung',
  ReminderSent: 'Nhắc việc',
  TaskEscalated: 'Chuyển cấp trên đôn đốc',
  TaskCancelled: 'Hủy nhiệm vụ',
  TaskReopened: 'Mở lại nhiệm vụ',
  CoordinatingAgenciesMerged: 'Chuyển phần phối hợp do sáp nhập',
  CoordinationAcknowledged: 'Tiếp nhận phần phối hợp',
  ContributionReported: 'Báo cáo phần phối hợp',
  RecurringPeriodOpened: 'Mở kỳ báo cáo định kỳ',
  PeriodicReportSubmitted: 'Nộp báo cáo định kỳ',
  RecurrenceEnded: 'Kết thúc báo cáo định kỳ',
  TaskDirectionGiven: 'Ý kiến chỉ đạo',
  TaskCommented: 'Trao đổi',
  UserRegistered: 'Tạo tài khoản',
  UserRoleChanged: 'Đổi vai trò',
  UserMovedToAgency: 'Chuyển cơ quan',
  UserPasswordChanged: 'Đổi mật khẩu',
  UserLockedOut: 'Khóa tạm thời do đăng nhập sai',
  UserDeactivated: 'Khóa tài khoản',
  UserReactivated: 'Mở khóa tài khoản',
};

export function eventTypeLabel(type: string): string {
  return EVENT_TYPE_LABELS[type] ?? 'Sự kiện khác';
}
