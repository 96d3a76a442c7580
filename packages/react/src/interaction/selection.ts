import type {
  AgencyId,
  EmotionalId,
  HouseholdId,
  InvolvementId,
  LinkId,
  PartnershipId,
  PersonId,
} from '@kinmap/model';

/** Anything on the chart a user can select: a person, a line, a household or an agency. */
export type SelectableId =
  PersonId | PartnershipId | LinkId | EmotionalId | HouseholdId | AgencyId | InvolvementId;

/** The selected items, in the order they were selected. Empty when nothing is selected. */
export type Selection = readonly SelectableId[];

/** How a click or key press changes the selection. */
export type SelectMode = 'replace' | 'toggle' | 'extend';

/**
 * The selection after selecting `id`: `replace` selects only it; `toggle` adds or removes it (Ctrl
 * or ⌘ click, Space); `extend` adds it if missing (Shift). Pure; the input is not mutated.
 *
 * @example
 * nextSelection([amy], leo, 'toggle'); // [amy, leo]
 * nextSelection([amy, leo], leo, 'toggle'); // [amy]
 * nextSelection([amy, leo], leo, 'replace'); // [leo]
 */
export function nextSelection(selection: Selection, id: SelectableId, mode: SelectMode): Selection {
  const isSelected = selection.includes(id);
  if (mode === 'replace') return isSelected && selection.length === 1 ? selection : [id];
  if (mode === 'extend') return isSelected ? selection : [...selection, id];
  return isSelected ? selection.filter((item) => item !== id) : [...selection, id];
}
