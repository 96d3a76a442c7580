/** The colours one theme uses. Meaning is carried by shape and line pattern; colour is an extra cue only. */
export interface KinmapPalette {
  /** Background of the chart. */
  paper: string;
  /** Symbols, lines and text. */
  ink: string;
  /** Past or ended lines and secondary text (at least 3:1 against `paper`). */
  muted: string;
  /** Household outlines and tethers. */
  household: string;
  /** Emotional and interactional lines. */
  emotional: string;
  /** Ecomap lines and agency circles. */
  ecomap: string;
  /** Fill of a filled badge; its text uses `paper`. */
  badge: string;
  /** The focus ring the interaction layer draws. */
  focus: string;
}

/** Names of the built-in themes. */
export type KinmapThemeName = 'light' | 'dark' | 'high-contrast';

/**
 * The built-in palettes. Every colour used for lines and text has at least 3:1 contrast against
 * `paper` (WCAG 2.2 SC 1.4.11); `tests/react/theme.test.ts` checks it.
 *
 * @example
 * ```ts
 * import { palettes } from '@kinmap/react';
 * palettes.dark.ink; // '#e8eaed'
 * ```
 */
export const palettes: Readonly<Record<KinmapThemeName, Readonly<KinmapPalette>>> = {
  light: {
    paper: '#ffffff',
    ink: '#1f2328',
    muted: '#5f6670',
    household: '#3d5a80',
    emotional: '#7a2e39',
    ecomap: '#2d5f3f',
    badge: '#1f2328',
    focus: '#0b57d0',
  },
  dark: {
    paper: '#14171a',
    ink: '#e8eaed',
    muted: '#a3aab3',
    household: '#9fb9da',
    emotional: '#f0a3ae',
    ecomap: '#98d3ab',
    badge: '#e8eaed',
    focus: '#8ab4f8',
  },
  'high-contrast': {
    paper: '#ffffff',
    ink: '#000000',
    muted: '#3b3b3b',
    household: '#000000',
    emotional: '#000000',
    ecomap: '#000000',
    badge: '#000000',
    focus: '#0000c8',
  },
};

/** Names of the palette entries, each available as a CSS custom property `--kinmap-<name>`. */
export const paletteKeys: readonly (keyof KinmapPalette)[] = [
  'paper',
  'ink',
  'muted',
  'household',
  'emotional',
  'ecomap',
  'badge',
  'focus',
];
