// Every name the audit trail records: one list, so an event is never written under two names and
// the audit page's family filter ("patient.", "appointment.") finds all of a kind. Pure.

export const AUDIT_ACTIONS = [
  "access.denied",
  "auth.sign_in",
  "auth.sign_in_failed",
  "auth.sign_in_refused_inactive",
  "auth.sign_in_throttled",
  "auth.password_reset_requested",
  "auth.password_reset",
  "auth.mfa_enrolled",
  "auth.mfa_disabled",
  "auth.mfa_failed",
  "auth.mfa_throttled",
  "auth.mfa_recovery_code_used",
  "auth.mfa_recovery_codes_regenerated",
  "user.register",
  "user.create",
  "user.reactivate",
  "user.deactivate",
  "user.role_change",
  "patient.view",
  "patient.view_denied",
  "appointment.view",
  "appointment.view_denied",
  "appointment.book",
  "appointment.cancel",
  "appointment.reschedule",
  "appointment.confirm",
  "appointment.reject",
  "appointment.complete",
  "appointment.no_show",
  "appointment.export",
  "visit_note.write",
  "doctor.hours.update",
  "doctor.leave.add",
  "doctor.leave.delete",
  "doctor.profile.update",
  "doctor.calendar_feed.regenerate",
  "settings.update",
  "settings.holiday_add",
  "settings.holiday_remove",
  "specialty.create",
  "specialty.rename",
  "specialty.delete",
  "outbox.retry",
] as const;

export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** The families the audit page filters by: the part before the first dot. */
export const AUDIT_FAMILIES = [...new Set(AUDIT_ACTIONS.map((a) => a.split(".")[0]!))];
