import { checkFamily, type Family, type Finding } from '@kinmap/model';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useAfterPaint } from './useAfterPaint.ts';
import type { MapStore } from '../storage/mapStore.ts';
import { EditorContext, type EditorApi, type PanelTab } from './EditorContext.ts';
import { EditorBar } from './EditorBar.tsx';
import { ChartView, ViewSwitch, type ChartMode } from './ChartView.tsx';
import { PanelTabs } from './PanelTabs.tsx';
import { AddRelatives } from './person/AddRelatives.tsx';
import { PersonPanel } from './person/PersonPanel.tsx';
import { RelationshipsPanel } from './panels/RelationshipsPanel.tsx';
import { HouseholdsPanel } from './panels/HouseholdsPanel.tsx';
import { AgenciesPanel } from './panels/AgenciesPanel.tsx';
import { ChecklistPanel } from './panels/ChecklistPanel.tsx';
import { MapPanel } from './panels/MapPanel.tsx';
import { findingTarget } from './panels/findingTarget.ts';
import { summaryWords } from './panels/checklistWords.ts';
import { focusPath } from './fields/fieldDom.ts';
import { useEditorHistory } from './useEditorHistory.ts';
import { useUndoKeys } from './useUndoKeys.ts';
import { PrintHeader } from './PrintHeader.tsx';
import { EditRefusal } from './EditRefusal.tsx';
import { ShareHistory } from './share/ShareHistory.tsx';

/** The editor for one map: the chart, the side panel, undo and redo, autosave, export and print. */
export function Editor({ store, initialFamily }: { store: MapStore; initialFamily: Family }) {
  const editing = useEditorHistory(initialFamily);
  const { family } = editing;
  const [selectedPersonId, setSelectedPersonId] = useState<string | undefined>();
  const [tab, setTab] = useState<PanelTab>('person');
  const [mode, setMode] = useState<ChartMode>('genogram');
  const [pendingFocus, setPendingFocus] = useState<string | undefined>();
  useUndoKeys(editing.undo, editing.redo);

  // The fields answer each keystroke at once; the chart (a full re-layout) and the checklist follow
  // just after that paint, so typing never waits for them.
  const shownFamily = useAfterPaint(family);
  const check = useMemo(() => checkFamily(shownFamily), [shownFamily]);
  const findingsByPath = useMemo(() => {
    const map = new Map<string, Finding[]>();
    for (const finding of check.findings) map.set(finding.path, [...(map.get(finding.path) ?? []), finding]);
    return map;
  }, [check]);

  // The selected person may disappear (removed, or undone): then nothing is selected.
  const selectedPerson = family.people.find((p) => p.id === selectedPersonId);
  const selected = selectedPerson?.id;
  // The chart shows the selection just after the panel does (redrawing 200 people's names can wait).
  const shownSelection = useAfterPaint(selected);

  const panelRef = useRef<HTMLElement>(null);
  // Focus moves just after the change is painted: focusing forces the browser to lay out the page,
  // which would otherwise hold up the first paint of the change.
  useEffect(() => {
    if (pendingFocus === undefined) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => {
        focusPath(pendingFocus, panelRef.current ?? document);
        setPendingFocus(undefined);
      }, 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      if (timer !== undefined) clearTimeout(timer);
    };
  }, [pendingFocus]);

  const selectPerson = useCallback((id: string | undefined) => {
    setSelectedPersonId(id);
    if (id) setTab((current) => (current === 'relationships' ? current : 'person'));
  }, []);

  const api: EditorApi = useMemo(
    () => ({
      family,
      edit: editing.edit,
      editAll: editing.editAll,
      endGroup: editing.endGroup,
      selectedPersonId: selected,
      selectPerson,
      requestFocus: setPendingFocus,
      focusingPath: pendingFocus,
      showTab: setTab,
      findingsByPath,
    }),
    [
      family,
      editing.edit,
      editing.editAll,
      editing.endGroup,
      selected,
      selectPerson,
      findingsByPath,
      pendingFocus,
    ],
  );

  // Enter on a person opens their details: select them and move focus to the first field.
  const familyRef = useRef(family);
  familyRef.current = family;
  const activatePerson = useCallback(
    (id: string) => {
      selectPerson(id);
      setTab('person');
      const index = familyRef.current.people.findIndex((p) => p.id === id);
      if (index >= 0) setPendingFocus(`people[${index}].names.given`);
    },
    [selectPerson],
  );

  function goToFinding(finding: Finding) {
    const target = findingTarget(family, finding);
    if (target.personId) setSelectedPersonId(target.personId);
    setTab(target.tab);
    setPendingFocus(target.path);
  }

  return (
    <EditorContext.Provider value={api}>
      <div className="editor">
        <EditorBar
          family={family}
          canUndo={editing.canUndo}
          canRedo={editing.canRedo}
          onUndo={editing.undo}
          onRedo={editing.redo}
          store={store}
        />
        <div className="editor__body">
          <main className="editor__canvas" aria-label="Family map">
            <PrintHeader family={family} />
            <div className="editor__views no-print">
              <ViewSwitch mode={mode} onMode={setMode} />
              <span className="muted standard-chip">Minimum standard: {summaryWords(check.standard)}</span>
            </div>
            {family.people.length === 0 && mode !== 'tables' ? (
              <div className="editor__empty">
                <p>Nothing drawn yet. Add the first person in the panel.</p>
              </div>
            ) : (
              <ChartView
                family={shownFamily}
                mode={mode}
                selectedPersonId={shownSelection}
                onSelectPerson={selectPerson}
                onActivatePerson={activatePerson}
              />
            )}
          </main>
          <aside className="editor__panel" aria-label="Edit the map" ref={panelRef}>
            <EditRefusal message={editing.refusal} onDismiss={editing.dismissRefusal} />
            {/* First in the panel, whichever tab is open: adding a relative is the commonest step, and
                this keeps "+ Child" three Tab presses from the chart (chart controls, key, "+ Child"). */}
            {selectedPerson && <AddRelatives person={selectedPerson} />}
            <PanelTabs
              tab={tab}
              onTab={setTab}
              badges={{ checklist: `${check.standard.met}/${check.standard.total}` }}
            >
              {tab === 'person' && <PersonPanel />}
              {tab === 'relationships' && <RelationshipsPanel />}
              {tab === 'households' && <HouseholdsPanel />}
              {tab === 'agencies' && <AgenciesPanel />}
              {tab === 'checklist' && (
                <ChecklistPanel result={check} family={shownFamily} onFinding={goToFinding} />
              )}
              {tab === 'map' && (
                <>
                  <MapPanel />
                  <ShareHistory />
                </>
              )}
            </PanelTabs>
          </aside>
        </div>
        <div className="visually-hidden" role="status" aria-live="polite">
          {editing.lastLabel}
        </div>
      </div>
    </EditorContext.Provider>
  );
}
