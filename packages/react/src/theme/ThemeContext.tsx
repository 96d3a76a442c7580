import type { CSSProperties } from 'react';
import { createKinmapContext, useKinmapContext } from './kinmapContext.ts';
import { paletteKeys, palettes } from './palettes.ts';
import type { KinmapPalette, KinmapThemeName } from './palettes.ts';

/**
 * How components write colours: `css` writes `var(--kinmap-ink, #1f2328)` so host CSS can theme the
 * chart; `inline` writes literal colours of one palette (used by the standalone SVG export).
 */
export interface ColourMode {
  kind: 'css' | 'inline';
  palette: KinmapPalette;
}

/** The colour mode of the drawing (a server-safe context: see `kinmapContext.ts`). */
export const ColourContext = createKinmapContext<ColourMode>({ kind: 'css', palette: palettes.light });

/** Provides the colour mode to the drawing components below it. */
export const ColourProvider = ColourContext.Provider;

/** The colours to write on SVG elements, as CSS values. */
export function useColours(): KinmapPalette {
  const mode = useKinmapContext(ColourContext);
  return coloursFor(mode);
}

/** Colour values for a mode: CSS variables with fallbacks, or literal colours. */
export function coloursFor(mode: ColourMode): KinmapPalette {
  if (mode.kind === 'inline') return mode.palette;
  const out = {} as KinmapPalette;
  for (const key of paletteKeys) out[key] = `var(--kinmap-${key}, ${mode.palette[key]})`;
  return out;
}

/** Inline custom properties that select a built-in theme on the chart's root element. */
export function themeVariables(theme: KinmapThemeName): CSSProperties {
  const palette = palettes[theme];
  const style: Record<string, string> = {};
  for (const key of paletteKeys) style[`--kinmap-${key}`] = palette[key];
  return style as CSSProperties;
}
