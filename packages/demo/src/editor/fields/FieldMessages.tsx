import type { Finding } from '@kinmap/model';

/** The ids of the hint, error and checklist messages of a field, for aria-describedby. */
export function describedBy(
  id: string,
  parts: { hint?: unknown; error?: unknown; findings?: readonly unknown[] },
) {
  const ids = [
    parts.error ? `${id}-error` : '',
    parts.findings && parts.findings.length > 0 ? `${id}-check` : '',
    parts.hint ? `${id}-hint` : '',
  ].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : undefined;
}

/** A field's hint, the model's error for the value typed, and checklist findings about the field. */
export function FieldMessages({
  id,
  hint,
  error,
  findings = [],
}: {
  id: string;
  hint?: string | undefined;
  error?: string | undefined;
  findings?: readonly Finding[] | undefined;
}) {
  return (
    <>
      {hint && (
        <p id={`${id}-hint`} className="field__hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="field__error">
          {error}
        </p>
      )}
      {findings.length > 0 && (
        <p id={`${id}-check`} className="field__check">
          {findings.map((finding) => `Checklist: ${finding.message}`).join(' ')}
        </p>
      )}
    </>
  );
}
