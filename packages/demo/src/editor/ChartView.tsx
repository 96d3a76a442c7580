import type { Family } from '@kinmap/model';
import { FamilyTable, Legend, useFamilyLayout } from '@kinmap/react';
import { memo, useEffect, useMemo, useState } from 'react';
import { recallLayout, rememberLayout } from '../storage/chartMemory.ts';
import { InteractiveChart } from './InteractiveChart.tsx';
import { PrintChart } from './PrintChart.tsx';

/**
 * Windows this short or shorter (a 1366×768 laptop) open with the key folded away, so the chart has
 * the room to draw names at a readable size; the key is one click (or Enter) away.
 */
const SHORT_WINDOW = '(max-height: 56.25rem)';

export type ChartMode = 'genogram' | 'ecomap' | 'tables';

const VIEWS: { id: ChartMode; label: string }[] = [
  { id: 'genogram', label: 'Genogram' },
  { id: 'ecomap', label: 'Ecomap' },
  { id: 'tables', label: 'Tables' },
];

/** Switches between the genogram, the ecomap and the same data as tables (the text alternative). */
export function ViewSwitch({ mode, onMode }: { mode: ChartMode; onMode: (mode: ChartMode) => void }) {
  return (
    <div className="button-row view-switch" role="group" aria-label="View">
      {VIEWS.map((view) => (
        <button
          key={view.id}
          type="button"
          className="button"
          aria-pressed={view.id === mode}
          onClick={() => onMode(view.id)}
        >
          {view.label}
        </button>
      ))}
    </div>
  );
}

/**
 * The drawing (or tables) of the family, with the selected person highlighted, and its key. Memoised:
 * it re-renders only when the drawn family, the view or the selection changes, not on every keystroke.
 */
export const ChartView = memo(function ChartView({
  family,
  mode,
  selectedPersonId,
  onSelectPerson,
  onActivatePerson,
}: {
  family: Family;
  mode: ChartMode;
  selectedPersonId: string | undefined;
  onSelectPerson: (id: string | undefined) => void;
  onActivatePerson: (id: string) => void;
}) {
  // Kept here, so switching between the genogram and the ecomap keeps the key as the reader left it.
  const [isKeyOpen, setKeyOpen] = useState(() => !window.matchMedia(SHORT_WINDOW).matches);
  if (mode === 'tables') return <TablesView family={family} />;
  return (
    <DrawingView
      family={family}
      isKeyOpen={isKeyOpen}
      onKeyOpenChange={setKeyOpen}
      showEcomap={mode === 'ecomap'}
      selectedPersonId={selectedPersonId}
      onSelectPerson={onSelectPerson}
      onActivatePerson={onActivatePerson}
    />
  );
});

function TablesView({ family }: { family: Family }) {
  return (
    <div className="editor__table" role="region" aria-label="Tables view (scrolls)" tabIndex={0}>
      <FamilyTable family={family} />
    </div>
  );
}

/** The chart and its key, from one layout (laying out a large family is the costly step). */
function DrawingView({
  family,
  isKeyOpen,
  onKeyOpenChange,
  showEcomap,
  selectedPersonId,
  onSelectPerson,
  onActivatePerson,
}: {
  family: Family;
  isKeyOpen: boolean;
  onKeyOpenChange: (isOpen: boolean) => void;
  showEcomap: boolean;
  selectedPersonId: string | undefined;
  onSelectPerson: (id: string | undefined) => void;
  onActivatePerson: (id: string) => void;
}) {
  // The layout this map was last drawn with (restored from storage on opening), as the starting point.
  const [drawnBefore] = useState(() => recallLayout(family.id));
  const options = useMemo(
    () => ({
      ecomap: showEcomap ? ('ring' as const) : ('none' as const),
      ...(drawnBefore ? { previous: drawnBefore } : {}),
    }),
    [showEcomap, drawnBefore],
  );
  const layout = useFamilyLayout(family, options);
  useEffect(() => {
    if (layout) rememberLayout(family.id, layout);
  }, [family.id, layout]);
  if (!layout) return null;
  return (
    <>
      <div className="editor__chart">
        <InteractiveChart
          family={family}
          layout={layout}
          showEcomap={showEcomap}
          selectedPersonId={selectedPersonId}
          onSelectPerson={onSelectPerson}
          onActivatePerson={onActivatePerson}
        />
      </div>
      <PrintChart family={family} layout={layout} showEcomap={showEcomap} />
      {/* No Tab stop of its own: the key's button inside is one, and scrolls it into view. */}
      <div className="editor__legend print-legend" role="region" aria-label="Key to the symbols">
        <Legend
          layout={layout}
          headingLevel={2}
          isCollapsible
          isOpen={isKeyOpen}
          onOpenChange={onKeyOpenChange}
        />
        <span className="editor__legend-hint no-print">What each symbol and line means</span>
      </div>
    </>
  );
}
