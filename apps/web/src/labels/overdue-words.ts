/**
 * How late a task is, in working days as the server counts them: "8 ngày làm việc". A task
 * that fell due on a day off is overdue before any working day has passed: "trong ngày nghỉ".
 */
export function workingDaysLate(workingDays: number): string {
  return workingDays > 0 ? `${workingDays} ngày làm việc` : 'trong ngày nghỉ';
}
