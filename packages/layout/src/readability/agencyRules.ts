import type { Family } from '@kinmap/model';
import type { FamilyLayout } from '../types.ts';
import type { Tally } from './tally.ts';

/** Letters and digits only, so wrapping (spaces, a hyphen at a line break) does not matter. */
const letters = (text: string) => text.toLowerCase().replace(/[\s\-\u00ad\u2010]/g, '');

/** Rule 6: an agency whose name is not shown whole on the ecomap (initials, an ellipsis, words left out). */
export function countAgencyNames(layout: FamilyLayout, family: Family, tally: Tally): void {
  const names = new Map(family.agencies.map((a) => [a.id as string, a.name]));
  for (const a of layout.agencies) {
    const full = names.get(a.id);
    if (!full) continue;
    const shown = a.label.lines.join(' ');
    if (shown.includes('…') || !letters(shown).includes(letters(full)))
      tally.add('agencyNamesCut', () => `${a.id} "${full}" shown as "${a.label.lines.join(' / ')}"`);
  }
}
