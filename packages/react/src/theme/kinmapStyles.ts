import { paletteKeys, palettes } from './palettes.ts';
import type { KinmapThemeName } from './palettes.ts';
import { interactionCss } from '../interaction/FocusRing.tsx';
import { kinmapFontStack } from './font.ts';

function declarations(theme: KinmapThemeName): string {
  return paletteKeys.map((key) => `--kinmap-${key}: ${palettes[theme][key]};`).join(' ');
}

/**
 * A stylesheet for Kinmap charts: light theme by default, `data-theme="dark"`, `"high-contrast"` and
 * `"auto"` (follows the operating system), Windows forced colours, the focus and selection rings of
 * the interaction layer (`interactionCss`, included), and a print style: black on white, no focus or
 * selection ring, no zoom or pan buttons, the whole chart whatever the zoom on screen, no page break
 * inside a chart. Add it once to the page.
 *
 * The font and the chart's unkerned text (labels are measured unkerned) are set here as well as on
 * each chart's root, so a server-rendered chart looks the same where a Content Security Policy
 * refuses inline `style` attributes.
 *
 * The same rules ship as a file, `@kinmap/react/styles.css` (generated from this string by
 * `pnpm styles`), for pages whose Content Security Policy allows no inline `<style>`; the CSS custom
 * properties it reads are listed in {@link kinmapCustomProperties}.
 *
 * @example
 * ```tsx
 * import { KinmapStyles } from '@kinmap/react';
 * <KinmapStyles nonce={nonce} /> // or: import '@kinmap/react/styles.css';
 * ```
 */
export const kinmapStyles = `
.kinmap { background: var(--kinmap-paper, ${palettes.light.paper}); color: var(--kinmap-ink, ${palettes.light.ink}); }
.kinmap, .kinmap-legend { font-family: var(--kinmap-font-family, ${kinmapFontStack}); }
.kinmap-chart { font-kerning: none; }
.kinmap[data-theme='light'] { ${declarations('light')} }
.kinmap[data-theme='dark'] { ${declarations('dark')} }
.kinmap[data-theme='high-contrast'] { ${declarations('high-contrast')} }
@media (prefers-color-scheme: dark) { .kinmap[data-theme='auto'] { ${declarations('dark')} } }
@media (prefers-contrast: more) { .kinmap[data-theme='auto'] { ${declarations('high-contrast')} } }
@media (forced-colors: active) {
  .kinmap { --kinmap-paper: Canvas; --kinmap-ink: CanvasText; --kinmap-muted: CanvasText;
    --kinmap-household: CanvasText; --kinmap-emotional: CanvasText; --kinmap-ecomap: CanvasText;
    --kinmap-badge: CanvasText; --kinmap-focus: Highlight; }
}
.kinmap-legend ul { list-style: none; margin: 0; padding: 0; }
.kinmap-legend li { display: flex; align-items: center; gap: 0.5em; margin: 0.25em 0; }
${interactionCss.trim()}
@media print {
  .kinmap { ${declarations('high-contrast')} --kinmap-focus: transparent; background: #fff; }
  .kinmap .kinmap-focus-ring { display: none; }
  .kinmap .kinmap-person:focus-visible { outline: none; }
  .kinmap, .kinmap-legend { break-inside: avoid; page-break-inside: avoid; }
  .kinmap-controls, .kinmap-viewport-controls, .kinmap-interactive button { display: none; }
  .kinmap-interactive .kinmap-viewport { transform: none; }
}
`.trim();
