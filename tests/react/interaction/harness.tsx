// A small chart for interaction tests: a hand-built FamilyLayout for a three-generation family, drawn
// with the interaction hooks only (no <Genogram>), so keyboard, selection and zoom are tested alone.
import { useId } from 'react';
import { parseFamily, type Family, type PersonId } from '@kinmap/model';
import type { FamilyLayout, PersonNode } from '@kinmap/layout';
import {
  FocusRing,
  KeyboardInstructions,
  ViewportControls,
  useGenogramKeyboard,
  useSelection,
  useViewport,
  type Selection,
  type Viewport,
  type ViewportChangeSource,
} from '@kinmap/react';

export const id = (body: string) => `person:${body}` as PersonId;

/** Gran + Grandad → Ben, Amy; Amy + Sam → Leo, Mia. Household A: Amy, Sam, Leo, Mia. */
export function smallFamily(): Family {
  const result = parseFamily({
    formatVersion: 3,
    id: 'family:small',
    title: 'Small family',
    asAt: '2024-06-01',
    subjects: ['person:leo'],
    people: [
      {
        id: 'person:grandad',
        names: { given: 'George', family: 'Jones' },
        genderIdentity: 'man',
        birth: { date: '1950-02-01' },
      },
      {
        id: 'person:gran',
        names: { given: 'Gwen', family: 'Jones' },
        genderIdentity: 'woman',
        birth: { date: '1952-03-01' },
      },
      {
        id: 'person:ben',
        names: { given: 'Ben', family: 'Jones' },
        genderIdentity: 'man',
        birth: { date: '1988-01-01' },
      },
      {
        id: 'person:amy',
        names: { given: 'Amy', family: 'Jones' },
        genderIdentity: 'woman',
        birth: { date: '1990-01-15' },
      },
      {
        id: 'person:sam',
        names: { given: 'Sam', family: 'Reid' },
        genderIdentity: 'man',
        birth: { date: '1989-05-05' },
        immigration: { status: 'british_citizen', nrpf: 'no' },
      },
      {
        id: 'person:leo',
        names: { given: 'Leo', family: 'Reid' },
        genderIdentity: 'man',
        birth: { date: '2016-04-01' },
        statuses: [{ type: 'child_protection_plan', from: '2023-11' }],
      },
      {
        id: 'person:mia',
        names: { given: 'Mia', family: 'Reid' },
        genderIdentity: 'woman',
        birth: { date: '2018-08-08' },
      },
    ],
    partnerships: [
      { id: 'partnership:g', partners: ['person:grandad', 'person:gran'], kind: 'marriage' },
      { id: 'partnership:as', partners: ['person:amy', 'person:sam'], kind: 'cohabiting' },
    ],
    parentChildLinks: [
      { id: 'link:g-ben', parent: 'person:grandad', child: 'person:ben' },
      { id: 'link:w-ben', parent: 'person:gran', child: 'person:ben' },
      { id: 'link:g-amy', parent: 'person:grandad', child: 'person:amy' },
      { id: 'link:w-amy', parent: 'person:gran', child: 'person:amy' },
      { id: 'link:a-leo', parent: 'person:amy', child: 'person:leo' },
      { id: 'link:s-leo', parent: 'person:sam', child: 'person:leo' },
      { id: 'link:a-mia', parent: 'person:amy', child: 'person:mia' },
      { id: 'link:s-mia', parent: 'person:sam', child: 'person:mia' },
    ],
    households: [
      {
        id: 'household:a',
        label: 'Household A',
        members: [
          { person: 'person:amy' },
          { person: 'person:sam' },
          { person: 'person:leo' },
          { person: 'person:mia' },
        ],
      },
    ],
    emotionalRelationships: [
      {
        id: 'emotion:sam-leo',
        from: 'person:sam',
        to: 'person:leo',
        type: 'physical_abuse',
        direction: 'from_to',
        basis: 'substantiated',
        since: '2023',
      },
    ],
  });
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.family;
}

function node(body: string, x: number, generation: number): PersonNode {
  const y = generation * 120;
  return {
    id: id(body),
    x,
    y,
    width: 40,
    height: 40,
    generation,
    symbol: {
      shape: 'circle',
      size: 'full',
      deceased: false,
      deceasedMark: 'cross',
      isSubject: false,
      isPlaceholder: false,
      isAdopted: false,
    },
    label: { x: x - 40, y: y + 24, width: 80, height: 16, lines: [body], fullName: body },
    badges: [],
    households: [],
  };
}

/** Rows: grandparents; Ben, Amy, Sam; Leo, Mia. */
export function smallLayout(): FamilyLayout {
  return {
    asAt: '2024-06-01',
    notation: 'mcgoldrick',
    symbolSize: 40,
    nodes: [
      node('grandad', 100, 0),
      node('gran', 200, 0),
      node('ben', 50, 1),
      node('amy', 150, 1),
      node('sam', 250, 1),
      node('leo', 150, 2),
      node('mia', 250, 2),
    ],
    connectors: [],
    households: [],
    agencies: [],
    bounds: { x: 30, y: -20, width: 240, height: 300 },
    work: { steps: 0, bound: 0 },
  };
}

export interface HarnessProps {
  family?: Family;
  layout?: FamilyLayout;
  selection?: Selection;
  defaultSelection?: Selection;
  onSelectionChange?: (selection: Selection) => void;
  viewport?: Viewport;
  defaultViewport?: Viewport;
  onViewportChange?: (viewport: Viewport, source: ViewportChangeSource) => void;
  onPersonActivate?: (personId: PersonId) => void;
}

export function Harness(props: HarnessProps) {
  const family = props.family ?? smallFamily();
  const layout = props.layout ?? smallLayout();
  const instructionsId = useId();
  const selection = useSelection(props);
  const view = useViewport({
    ...(props.viewport ? { viewport: props.viewport } : {}),
    ...(props.defaultViewport ? { defaultViewport: props.defaultViewport } : {}),
    ...(props.onViewportChange ? { onViewportChange: props.onViewportChange } : {}),
    bounds: layout.bounds,
    getSize: () => ({ width: 800, height: 600 }),
  });
  const keyboard = useGenogramKeyboard({
    family,
    layout,
    selection,
    instructionsId,
    ...(props.onPersonActivate ? { onPersonActivate: props.onPersonActivate } : {}),
  });
  return (
    <main onKeyDown={view.onKeyDown}>
      <button type="button">Before the chart</button>
      <KeyboardInstructions id={instructionsId} />
      <svg ref={view.svgRef} width={800} height={600} role="group" aria-label="Family chart">
        <g transform={view.transform} data-testid="viewport">
          {layout.nodes.map((n) => (
            <g key={n.id} {...keyboard.getPersonProps(n.id)}>
              <FocusRing box={{ x: n.x - 20, y: n.y - 20, width: 40, height: 40 }} />
              <circle cx={n.x} cy={n.y} r={20} />
            </g>
          ))}
        </g>
      </svg>
      <ViewportControls
        onZoomIn={view.zoomIn}
        onZoomOut={view.zoomOut}
        onFit={view.fitView}
        onPan={view.panBy}
      />
      <p data-testid="selection">{selection.selection.join(' ')}</p>
    </main>
  );
}
