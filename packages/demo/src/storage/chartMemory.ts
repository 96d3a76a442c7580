import type { FamilyLayout } from '../editor/InteractiveChart.tsx';

// The last layout the chart drew for each open map. Edits are laid out from the previous layout so
// the chart keeps still; saving it with the map means a reload draws the chart exactly as it was left
// (a layout laid out again from itself comes back unchanged), instead of re-centring it.
const layouts = new Map<string, FamilyLayout>();

/** Remembers the layout the chart drew for this map. */
export function rememberLayout(mapId: string, layout: FamilyLayout): void {
  layouts.set(mapId, layout);
}

/** The layout last drawn for this map, if any. */
export function recallLayout(mapId: string): FamilyLayout | undefined {
  return layouts.get(mapId);
}

/** Takes a layout read back from storage, if it has the shape of one (anything else is ignored). */
export function restoreLayout(mapId: string, stored: unknown): void {
  const nodes = (stored as { nodes?: unknown } | null | undefined)?.nodes;
  if (Array.isArray(nodes)) layouts.set(mapId, stored as FamilyLayout);
}
