/**
 * The typeface the charts are drawn in, before any host font: Atkinson Hyperlegible (open, designed
 * for low-vision readers), then the system's interface font.
 */
export const kinmapFontStack = "'Atkinson Hyperlegible', system-ui, sans-serif";

/**
 * The `font-family` a chart root carries: on screen `var(--kinmap-font-family, …)`, so a host page can
 * set its own font with one custom property; in a standalone SVG file the stack itself (a file has no
 * page CSS).
 */
export function chartFontFamily(colourMode: 'css' | 'inline'): string {
  return colourMode === 'css' ? `var(--kinmap-font-family, ${kinmapFontStack})` : kinmapFontStack;
}
