import { CHART_FONT_FAMILY } from '@kinmap/layout';

/**
 * The typeface the charts are drawn in, before any host font: Atkinson Hyperlegible Next (open,
 * designed for low-vision readers, with the Welsh letters ŵ and ŷ), then the system's interface font.
 * It is the font whose widths the layout measures labels with (`CHART_FONT_FAMILY` of
 * `@kinmap/layout`); load its files with `import '@kinmap/react/font.css'`.
 */
export const kinmapFontStack = CHART_FONT_FAMILY;

/**
 * The `font-family` a chart root carries: on screen `var(--kinmap-font-family, …)`, so a host page can
 * set its own font with one custom property; in a standalone SVG file the stack itself (a file has no
 * page CSS).
 */
export function chartFontFamily(colourMode: 'css' | 'inline'): string {
  return colourMode === 'css' ? `var(--kinmap-font-family, ${kinmapFontStack})` : kinmapFontStack;
}
