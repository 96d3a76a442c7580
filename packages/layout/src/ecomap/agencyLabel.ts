import { textWidth } from '../labels/textWidth.ts';
import type { ResolvedOptions } from '../options.ts';

/** An agency's name (and team) wrapped to fit inside its circle. */
export interface AgencyLabelFit {
  /** Name lines, then team lines. Joined with spaces they give the whole name and team. */
  lines: string[];
  /** How many of `lines` are the name; the rest are the team. */
  nameLines: number;
  /** Radius of the circle that holds every line, with a margin. */
  radius: number;
  fontSize: number;
  lineHeight: number;
  /** A tag line ("Lead") sits above the name, inside the circle. */
  tagged: boolean;
}

// The tag above the name of the lead practitioner's agency is the chart's `words.lead` ("Lead" in
// en-GB): the layout sizes the circle for it (in bold); the renderer draws the same words
// (`labels.agencyLeadTag`, passed to the layout as `words.lead`).

/** Greedy word wrap at `width`; a word wider than `width` gets a line of its own, never cut. */
export function wrapWords(text: string, width: number, fontSize: number): string[] {
  const words = text.trim().split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let current = '';
  for (const word of words) {
    const next = current ? `${current} ${word}` : word;
    if (current && textWidth(next, fontSize) > width) {
      lines.push(current);
      current = word;
    } else current = next;
  }
  if (current) lines.push(current);
  return lines;
}

/**
 * Radius of the smallest circle round the centre that holds each line's box (lines centred). With
 * `boldFirst`, the first line is set in bold, taken as a tenth wider.
 */
function enclosingRadius(lines: string[], fontSize: number, lineHeight: number, boldFirst = false): number {
  const top = -(lines.length * lineHeight) / 2;
  let r = 0;
  lines.forEach((line, i) => {
    const half = (textWidth(line, fontSize) * (boldFirst && i === 0 ? 1.1 : 1)) / 2;
    const y0 = top + i * lineHeight;
    const y1 = y0 + lineHeight;
    r = Math.max(r, Math.hypot(half, Math.max(Math.abs(y0), Math.abs(y1))));
  });
  return r;
}

/**
 * Wraps an agency's name and team over as many lines as make the smallest circle, at the chart's
 * name size (`labelFontSize`). Words are never cut, shortened or turned into initials: a long word
 * makes the circle bigger instead. The circle is never smaller than `0.9 s`.
 */
export function fitAgencyLabel(
  name: string,
  team: string | undefined,
  options: ResolvedOptions,
  tag?: string,
): AgencyLabelFit {
  const fontSize = options.labelFontSize;
  const lineHeight = options.lineHeight;
  const texts = [name, ...(team?.trim() ? [team] : [])];
  const words = texts.flatMap((t) => t.trim().split(/\s+/).filter(Boolean));
  const widest = Math.max(0, ...words.map((w) => textWidth(w, fontSize)));
  const longest = Math.max(0, ...texts.map((t) => textWidth(t.trim(), fontSize)));
  let best: { lines: string[]; nameLines: number; r: number } | undefined;
  // Candidate wrap widths from the widest word up to one line per text: a dozen steps is plenty.
  const steps = 12;
  for (let k = 0; k <= steps; k += 1) {
    const width = widest + ((longest - widest) * k) / steps;
    const nameLines = wrapWords(name, width, fontSize);
    const teamLines = team?.trim() ? wrapWords(team, width, fontSize) : [];
    const lines = [...nameLines, ...teamLines];
    const r =
      tag === undefined
        ? enclosingRadius(lines, fontSize, lineHeight)
        : enclosingRadius([tag, ...lines], fontSize, lineHeight, true);
    if (!best || r < best.r - 0.01) best = { lines, nameLines: nameLines.length, r };
  }
  const pad = fontSize * 0.5;
  const chosen = best ?? { lines: [], nameLines: 0, r: 0 };
  return {
    lines: chosen.lines,
    nameLines: chosen.nameLines,
    radius: Math.max(options.s * 0.9, chosen.r + pad),
    fontSize,
    lineHeight,
    tagged: tag !== undefined,
  };
}
