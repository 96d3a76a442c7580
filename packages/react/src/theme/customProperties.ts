import { paletteKeys, palettes } from './palettes.ts';
import type { KinmapPalette } from './palettes.ts';
import { kinmapFontStack } from './font.ts';

/** One CSS custom property a Kinmap chart reads, with what it changes. */
export interface KinmapCustomProperty {
  /** The property, e.g. `--kinmap-ink`. */
  name: `--kinmap-${string}`;
  /** What it changes, in plain words. */
  description: string;
  /** Its value when nothing sets it (light theme). */
  fallback: string;
}

const paletteWords: Record<keyof KinmapPalette, string> = {
  paper: 'Background of the chart, and the inside of symbols and badge text.',
  ink: 'Symbols, lines and text.',
  muted: 'Past or ended lines and secondary text (keep at least 3:1 against paper).',
  household: 'Household outlines and tethers.',
  emotional: 'Emotional and interactional lines.',
  ecomap: 'Ecomap lines and agency circles.',
  badge: 'Fill of a filled badge.',
  focus: 'The keyboard focus ring (keep at least 3:1 against paper).',
};

/**
 * Every CSS custom property the charts, the key and `styles.css` read: set them on `.kinmap` (or any
 * ancestor) to theme a chart without a `theme` prop. A `theme` prop sets the colour ones on the chart's
 * own root, which wins over values inherited from the page.
 *
 * @example
 * ```css
 * .case-record { --kinmap-ink: #0b0c0c; --kinmap-font-family: Arial, sans-serif; }
 * ```
 */
export const kinmapCustomProperties: readonly KinmapCustomProperty[] = [
  ...paletteKeys.map((key) => ({
    name: `--kinmap-${key}` as const,
    description: paletteWords[key],
    fallback: palettes.light[key],
  })),
  {
    name: '--kinmap-selection',
    description: 'The ring round selected people.',
    fallback: 'the focus colour',
  },
  {
    name: '--kinmap-font-family',
    description: 'The typeface of names, dates and the key.',
    fallback: kinmapFontStack,
  },
];
