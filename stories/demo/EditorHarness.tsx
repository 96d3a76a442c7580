/* eslint-disable no-restricted-imports -- @kinmap/demo is a private app that exports no components; issue 5 asks for its panels in Storybook, so these stories import them from their files. */
// A stand-in for the demo's editor around one panel: the same EditorContext the demo provides, backed
// by the demo's own undo history over the model operations, so a panel in a story edits for real.
// The demo is a private package; its components are imported from their files (stories only).
import { useCallback, useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import { checkFamily } from '@kinmap/model';
import type { Family, Finding } from '@kinmap/model';
import { EditorContext } from '../../packages/demo/src/editor/EditorContext.ts';
import type { EditorApi } from '../../packages/demo/src/editor/EditorContext.ts';
import { useEditorHistory } from '../../packages/demo/src/editor/useEditorHistory.ts';
import '../../packages/demo/src/styles/app.css';

/** Props of {@link EditorHarness}. */
export interface EditorHarnessProps {
  family: Family;
  /** The person selected when the story opens. */
  selectedPersonId?: string;
  /** The panel; a function receives the live editor API (for panels that take props). */
  children: ReactNode | ((api: EditorApi) => ReactNode);
}

/** Provides the demo's editor context around a panel, with undo history and the checklist findings. */
export function EditorHarness({ family: initial, selectedPersonId, children }: EditorHarnessProps) {
  const editing = useEditorHistory(initial);
  const { family } = editing;
  const [selected, setSelected] = useState<string | undefined>(selectedPersonId);
  const findingsByPath = useMemo(() => {
    const map = new Map<string, Finding[]>();
    for (const finding of checkFamily(family).findings) {
      map.set(finding.path, [...(map.get(finding.path) ?? []), finding]);
    }
    return map;
  }, [family]);
  const noop = useCallback(() => {}, []);
  const api: EditorApi = useMemo(
    () => ({
      family,
      edit: editing.edit,
      editAll: editing.editAll,
      endGroup: editing.endGroup,
      selectedPersonId: selected,
      selectPerson: setSelected,
      requestFocus: noop,
      showTab: noop,
      findingsByPath,
    }),
    [family, editing.edit, editing.editAll, editing.endGroup, selected, noop, findingsByPath],
  );
  return (
    <EditorContext.Provider value={api}>
      <div className="demo-panel-story" style={{ maxWidth: 480 }}>
        {typeof children === 'function' ? children(api) : children}
      </div>
    </EditorContext.Provider>
  );
}
