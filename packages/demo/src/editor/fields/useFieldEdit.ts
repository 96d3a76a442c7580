import { useState } from 'react';
import { useEditorApi, type Operation } from '../EditorContext.ts';

/**
 * Commits a field's value through a model operation and keeps the model's message when it is
 * refused, so the field can show it beside itself.
 */
export function useFieldEdit(path: string) {
  const api = useEditorApi();
  const [error, setError] = useState<string | undefined>();
  function commit(operation: Operation, typing = false): boolean {
    const outcome = api.edit(
      operation,
      typing ? { group: `field:${path}`, showsRefusal: true } : { showsRefusal: true },
    );
    setError(outcome.ok ? undefined : outcome.message);
    return outcome.ok;
  }
  return { error, setError, commit, findings: api.findingsByPath.get(path), endGroup: api.endGroup };
}
