import type { Family, PersonId } from '@kinmap/model';
import type { useFamilyLayout } from '@kinmap/react';
import {
  Genogram,
  KeyboardInstructions,
  useGenogramKeyboard,
  useSelection,
  useViewport,
  ViewportControls,
  type Selection,
} from '@kinmap/react';
import { useEffect, useId, useMemo } from 'react';

export type FamilyLayout = NonNullable<ReturnType<typeof useFamilyLayout>>;

interface ChartProps {
  family: Family;
  layout: FamilyLayout;
  showEcomap: boolean;
  selectedPersonId: string | undefined;
  onSelectPerson: (id: string | undefined) => void;
  onActivatePerson: (id: string) => void;
}

/**
 * The genogram (or ecomap) with selection, keyboard navigation between relatives, and pan and zoom,
 * assembled from @kinmap/react's public hooks around a layout computed once by the caller.
 * TODO(demo): switch to `<Genogram selection onSelectionChange>` once the component takes them itself.
 */
export function InteractiveChart({
  family,
  layout,
  showEcomap,
  selectedPersonId,
  onSelectPerson,
  onActivatePerson,
}: ChartProps) {
  const instructionsId = useId();
  const controlled = useMemo<Selection>(
    () => (selectedPersonId ? [selectedPersonId as PersonId] : []),
    [selectedPersonId],
  );
  const selection = useSelection({
    selection: controlled,
    onSelectionChange: (next) => onSelectPerson([...next].reverse().find((id) => id.startsWith('person:'))),
  });
  const view = useViewport({ bounds: layout.bounds });
  // Fit the chart once it is on screen and measured (the first render cannot know the view's size).
  const { fitView } = view;
  useEffect(() => {
    const frame = requestAnimationFrame(() => fitView());
    return () => cancelAnimationFrame(frame);
    // Only when the chart first appears: later edits keep the user's pan and zoom.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  // Keep the selected person on screen: after adding a relative, after a finding, after undo.
  const { ensureVisible } = view;
  const selectedNode = layout.nodes.find((node) => node.id === selectedPersonId);
  const nodeBox = selectedNode && {
    x:
      selectedNode.label.x < selectedNode.x - selectedNode.width / 2
        ? selectedNode.label.x
        : selectedNode.x - selectedNode.width / 2,
    y: selectedNode.y - selectedNode.height / 2,
    width: Math.max(selectedNode.width, selectedNode.label.width),
    height: selectedNode.label.y + selectedNode.label.height - (selectedNode.y - selectedNode.height / 2),
  };
  const boxKey = nodeBox ? `${nodeBox.x},${nodeBox.y},${nodeBox.width},${nodeBox.height}` : '';
  useEffect(() => {
    if (!nodeBox) return;
    const frame = requestAnimationFrame(() => ensureVisible(nodeBox));
    return () => cancelAnimationFrame(frame);
    // The box is a fresh object each render; boxKey says when it really moved.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [boxKey, ensureVisible]);
  const keyboard = useGenogramKeyboard({
    family,
    layout,
    selection,
    instructionsId,
    onPersonActivate: onActivatePerson,
    onPersonFocus: (id) => {
      const node = layout.nodes.find((n) => n.id === id);
      if (node)
        ensureVisible({
          x: node.x - node.width,
          y: node.y - node.height,
          width: node.width * 2,
          height: node.height * 2.5,
        });
    },
  });
  return (
    <div className="interactive-chart" onKeyDown={view.onKeyDown}>
      <ViewportControls
        className="chart-controls no-print"
        onZoomIn={view.zoomIn}
        onZoomOut={view.zoomOut}
        onFit={view.fitView}
        onPan={view.panBy}
        zoom={view.viewport.zoom}
      />
      <Genogram
        family={family}
        layout={layout}
        showEcomap={showEcomap}
        viewportTransform={view.transform}
        svgProps={{ ref: view.svgRef }}
        renderPersonProps={(id) => keyboard.getPersonProps(id)}
        width="100%"
        height="100%"
      />
      <KeyboardInstructions id={instructionsId} />
    </div>
  );
}
