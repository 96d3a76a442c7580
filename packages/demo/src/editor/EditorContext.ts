import { createContext, useContext } from 'react';
import type { Family, Finding } from '@kinmap/model';

/** The result of one edit: applied, or refused by the model with a message naming the problem. */
export type EditOutcome = { ok: true } | { ok: false; message: string };

/** An operation of @kinmap/model: the current family in, the next family and its change out. */
export type Operation = (family: Family) => { family: Family; change: object };

/** The tabs of the side panel. */
export type PanelTab = 'person' | 'relationships' | 'households' | 'agencies' | 'checklist' | 'map';

export interface EditOptions {
  /** Edits with the same group in a row make one undo step (typing in one field). */
  group?: string;
  /**
   * The caller shows a refused edit's message beside its own control. Otherwise the editor shows it in
   * its alert region, so a refusal (a map grown to a format limit, say) is never silent.
   */
  showsRefusal?: boolean;
}

export interface EditorApi {
  family: Family;
  /** Runs a model operation, records it for undo and saves the map. */
  edit(operation: Operation, options?: EditOptions): EditOutcome;
  /** Runs several operations as one step (for example, add an agency and its involvement). */
  editAll(
    operations: ((family: Family) => { family: Family; change: object })[],
    label: string,
    options?: Pick<EditOptions, 'showsRefusal'>,
  ): EditOutcome;
  /** Closes the current typing group so the next edit is a new undo step. */
  endGroup(): void;
  selectedPersonId: string | undefined;
  selectPerson(id: string | undefined): void;
  /** After the next render, focus the control editing this model path (`people[2].names.given`). */
  requestFocus(path: string): void;
  /** The path about to receive focus (a checklist finding's field), so closed sections can open. */
  focusingPath?: string | undefined;
  /** Show one tab of the side panel. */
  showTab(tab: PanelTab): void;
  /** Checklist findings keyed by the path of the field that would resolve them. */
  findingsByPath: ReadonlyMap<string, readonly Finding[]>;
}

export const EditorContext = createContext<EditorApi | null>(null);

export function useEditorApi(): EditorApi {
  const api = useContext(EditorContext);
  if (!api) throw new Error('useEditorApi must be used inside the editor');
  return api;
}
