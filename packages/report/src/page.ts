// The report's page: paper sizes, margins, the smallest print size, fonts and ink.

export const SIZES: Record<string, [number, number]> = {
  A4: [595.28, 841.89],
  A3: [841.89, 1190.55],
  A2: [1190.55, 1683.78],
  A1: [1683.78, 2383.94],
  A0: [2383.94, 3370.39],
};
export const LARGER: readonly string[] = ['A3', 'A2', 'A1', 'A0'];
export const MARGIN = 42;
export const FOOTER = 22;
/** The smallest text the report prints, in points. */
export const MIN_FONT_PT = 8;
export const REGULAR = 'Kinmap-Atkinson';
export const BOLD = 'Kinmap-Atkinson-Bold';
export const INK = '#1b1b1b';
export const MUTED = '#4a4a4a';
export const RULE = '#8a8a8a';
