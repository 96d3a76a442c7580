import { displayName, formatPartialDate, legalName } from '@kinmap/model';
import type { Person } from '@kinmap/model';
import type { ResolvedOptions } from '../options.ts';
import type { Box, ChartWords, NodeDetail } from '../types.ts';
import { shorten } from './shorten.ts';
import { textWidth } from './textWidth.ts';

/** Whether a line fits the label box at the label font size (sans-serif advance widths). */
function fitsLabel(options: ResolvedOptions): (line: string) => boolean {
  return (line) => textWidth(line, options.labelFontSize) <= options.labelWidth;
}

/** The person's display name, or the chart's words for a person with no name recorded. */
function nameOrUnnamed(person: Person, words: ChartWords): string {
  if (person.names.knownAs?.trim() || legalName(person)) return displayName(person);
  const species = person.kind === 'pet' ? person.petSpecies?.trim() : undefined;
  return species ? `${words.unnamed.pet} (${species})` : words.unnamed[person.kind];
}

/** The text lines under a symbol: preferred name, legal name when different, then one detail line. */
export function labelLines(
  person: Person,
  options: ResolvedOptions,
): { lines: string[]; fullName: string; detail?: NodeDetail } {
  const words = options.words;
  const fits = fitsLabel(options);
  const preferred = nameOrUnnamed(person, words);
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
  let code: NodeDetail | undefined;
  if (person.kind === 'pregnancy' && person.pregnancy?.edd) {
    const month = person.pregnancy.edd.slice(0, 7);
    detail = `${words.due} ${formatPartialDate(month)}`;
    code = { code: 'due', date: month };
  } else if (person.kind === 'pregnancy_loss') {
    const outcome = person.loss?.outcome ?? 'unknown';
    const weeks = person.loss?.gestationWeeks;
    detail = weeks === undefined ? words.loss[outcome] : `${words.loss[outcome]} ${weeks} ${words.weeks}`;
    code = { code: 'loss', outcome, ...(weeks === undefined ? {} : { weeks }) };
  } else if (person.kind === 'pet' && person.petSpecies) detail = person.petSpecies;
  else if (person.kind === 'person' && options.labelDetail !== 'none' && person.vitalStatus === 'deceased') {
    const year = person.death?.date?.slice(0, 4);
    if (year && options.labelDetail === 'age') {
      detail = `${words.died} ${year}`;
      code = { code: 'died', year: Number(year) };
    }
  }
  if (detail) lines.push(shorten(detail, fits, false));
  return code ? { lines, fullName, detail: code } : { lines, fullName };
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
