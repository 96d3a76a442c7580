import type { FindingSubject, FindingSubjectKind, RawFinding, Severity } from './types.ts';

/** Builds a finding; rules call this so every finding has the same shape. */
export function finding(
  id: string,
  rule: string,
  severity: Severity,
  path: string,
  message: string,
  subject?: FindingSubject,
): RawFinding {
  return subject ? { id, rule, severity, subject, path, message } : { id, rule, severity, path, message };
}

/** A finding subject. */
export function about(kind: FindingSubjectKind, id: string): FindingSubject {
  return { kind, id };
}
