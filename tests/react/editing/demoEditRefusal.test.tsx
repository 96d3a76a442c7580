/* eslint-disable no-restricted-imports -- @kinmap/demo is a private app that exports no components; this test drives its editor pieces from their files, as stories/demo does. */
// The demo tells the practitioner when a change was refused, also when the control they used (a plain
// button) has no message of its own: here "Mark … as a subject" on a map at the size limit.
import { useMemo } from 'react';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import {
  FORMAT_LIMITS,
  parseFamily,
  serializeFamily,
  updateFamilyDetails,
  type Family,
  type PersonId,
} from '@kinmap/model';
import { EditorContext, type EditorApi } from '../../../packages/demo/src/editor/EditorContext.ts';
import { EditRefusal } from '../../../packages/demo/src/editor/EditRefusal.tsx';
import { MapPanel } from '../../../packages/demo/src/editor/panels/MapPanel.tsx';
import { useEditorHistory } from '../../../packages/demo/src/editor/useEditorHistory.ts';

/** A map whose saved text is exactly FORMAT_LIMITS.maxTextLength characters. */
function familyAtTextLimit(): Family {
  const parsed = parseFamily({
    formatVersion: 3,
    id: 'family:big',
    title: 'Big',
    people: [{ id: 'person:p0', names: { given: 'Ada' }, notes: 'n'.repeat(5_000) }],
  });
  if (!parsed.ok) throw new Error('invalid');
  const template = parsed.family.people[0]!;
  const withPeople = (n: number): Family => ({
    ...parsed.family,
    people: Array.from({ length: n }, (_, i) => ({ ...template, id: `person:p${i}` as PersonId })),
  });
  const perPerson = serializeFamily(withPeople(2)).length - serializeFamily(withPeople(1)).length;
  const big = withPeople(Math.floor((FORMAT_LIMITS.maxTextLength - 2 * perPerson) / perPerson));
  const fixed = serializeFamily(updateFamilyDetails(big, { notes: 'f' }).family).length - 1;
  const family = updateFamilyDetails(big, { notes: 'f'.repeat(FORMAT_LIMITS.maxTextLength - fixed) }).family;
  expect(serializeFamily(family)).toHaveLength(FORMAT_LIMITS.maxTextLength);
  return family;
}

/** The demo editor's history, context and alert region around the map panel, with Ada selected. */
function MapPanelInEditor({ initial }: { initial: Family }) {
  const editing = useEditorHistory(initial);
  const api: EditorApi = useMemo(
    () => ({
      family: editing.family,
      edit: editing.edit,
      editAll: editing.editAll,
      endGroup: editing.endGroup,
      selectedPersonId: 'person:p0',
      selectPerson: () => {},
      requestFocus: () => {},
      showTab: () => {},
      findingsByPath: new Map(),
    }),
    [editing.family, editing.edit, editing.editAll, editing.endGroup],
  );
  return (
    <EditorContext.Provider value={api}>
      <EditRefusal message={editing.refusal} onDismiss={editing.dismissRefusal} />
      <MapPanel />
    </EditorContext.Provider>
  );
}

describe('the demo shows why a change was not made', () => {
  it('a refused change made with a button shows the model’s message in an alert, until dismissed', async () => {
    const user = userEvent.setup();
    render(<MapPanelInEditor initial={familyAtTextLimit()} />);
    expect(screen.getByRole('alert')).toBeEmptyDOMElement();

    await user.click(screen.getByRole('button', { name: 'Mark Ada as a subject of the work' }));

    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent(
      'This change was not made: the map would be saved as 20,000,0', // 20,000,017 characters…
    );
    expect(alert).toHaveTextContent(
      'Kinmap opens at most 20,000,000, so the saved map could not be reopened',
    );
    // Nothing changed: Ada is still not a subject.
    expect(screen.getByText('Nobody marked yet.')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(screen.getByRole('alert')).toBeEmptyDOMElement();
  }, 60_000);
});
