import { displayName, formatPartialDate, legalName } from '@kinmap/model';
import type { Person } from '@kinmap/model';
import type { ResolvedOptions } from '../options.ts';
import type { Box } from '../types.ts';
import { shorten } from './shorten.ts';
import { textWidth } from './textWidth.ts';

const LOSS: Record<string, string> = {
  miscarriage: 'Miscarriage',
  stillbirth: 'SB',
  termination: 'TOP',
  ectopic: 'ECT',
  unknown: 'Loss',
};

/** Whether a line fits the label box at the label font size (sans-serif advance widths). */
function fitsLabel(options: ResolvedOptions): (line: string) => boolean {
  return (line) => textWidth(line, options.labelFontSize) <= options.labelWidth;
}

/** The text lines under a symbol: preferred name, legal name when different, then one detail line. */
export function labelLines(person: Person, options: ResolvedOptions): { lines: string[]; fullName: string } {
  const fits = fitsLabel(options);
  const preferred = displayName(person);
  const legal = legalName(person);
  const knownAs = person.names.knownAs?.trim();
  const withFamily = knownAs && person.names.family ? `${knownAs} ${person.names.family.trim()}` : preferred;
  const fullName = legal && knownAs && legal !== knownAs ? `${withFamily} (${legal})` : withFamily;
  // A long name takes two lines (known-as or given name, then family name) before it is shortened.
  const given = (knownAs || person.names.given)?.trim();
  const family = person.names.family?.trim();
  const lines =
    fits(withFamily) || !given || !family || withFamily !== `${given} ${family}`
      ? [shorten(withFamily, fits)]
      : [shorten(given, fits), shorten(family, fits)];
  if (legal && knownAs && legal !== withFamily) lines.push(shorten(legal, fits));
  let detail: string | undefined;
  if (person.kind === 'pregnancy' && person.pregnancy?.edd)
    detail = `due ${formatPartialDate(person.pregnancy.edd.slice(0, 7))}`;
  else if (person.kind === 'pregnancy_loss') {
    const outcome = LOSS[person.loss?.outcome ?? 'unknown'] ?? 'Loss';
    const weeks = person.loss?.gestationWeeks;
    detail = weeks === undefined ? outcome : `${outcome} ${weeks} wk`;
  } else if (person.kind === 'pet' && person.petSpecies) detail = person.petSpecies;
  else if (person.kind === 'person' && options.labelDetail !== 'none' && person.vitalStatus === 'deceased') {
    const year = person.death?.date?.slice(0, 4);
    if (year && options.labelDetail === 'age') detail = `d. ${year}`;
  }
  if (detail) lines.push(shorten(detail, fits, false));
  return { lines, fullName };
}

/** The label box under a symbol centred on `x`, tall enough for the lines and one row of badges. */
export function labelBox(
  x: number,
  y: number,
  height: number,
  lineCount: number,
  hasBadges: boolean,
  options: ResolvedOptions,
): Box {
  const top = y + height / 2 + options.s * 0.12;
  const h = lineCount * options.lineHeight + (hasBadges ? options.lineHeight * 1.2 : 0);
  return { x: x - options.labelWidth / 2, y: top, width: options.labelWidth, height: h };
}
