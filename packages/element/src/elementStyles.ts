import { kinmapStyles } from '@kinmap/react';

/**
 * The element's own CSS, after the Kinmap chart styles: a block box, the zoom and pan buttons, and the
 * message shown when the family cannot be drawn. Colours come from the theme's custom properties
 * (`--kinmap-ink`, `--kinmap-paper`, `--kinmap-focus`), which a page can set on the element.
 */
const HOST_CSS = `
:host { display: block; color: var(--kinmap-ink, #0b0c0c); }
:host([hidden]) { display: none; }
[part='chart'] svg.kinmap-chart { display: block; max-width: 100%; height: auto; }
.kinmap-viewport-controls { display: flex; flex-wrap: wrap; gap: 0.25rem; margin-top: 0.5rem; }
.kinmap-viewport-controls button {
  min-width: 2.75rem; min-height: 2.75rem; font: inherit; font-size: 1.25rem; cursor: pointer;
  color: var(--kinmap-ink, #0b0c0c); background: var(--kinmap-paper, #ffffff);
  border: 2px solid var(--kinmap-ink, #0b0c0c); border-radius: 0.25rem;
}
.kinmap-viewport-controls button:focus-visible { outline: 3px solid var(--kinmap-focus, #0b0c0c); outline-offset: 2px; }
[part='error'] {
  padding: 0.75rem 1rem; border-left: 5px solid #d4351c; background: var(--kinmap-paper, #ffffff);
  color: var(--kinmap-ink, #0b0c0c); font-family: system-ui, sans-serif;
}
[part='error'] p { margin: 0 0 0.5rem; font-weight: bold; }
[part='error'] ul { margin: 0; padding-left: 1.25rem; }
[part='error'][hidden] { display: none; }
@media (forced-colors: active) { [part='error'] { border-left-color: CanvasText; } }
`;

/** The whole stylesheet of the element's shadow root. */
export const elementCss = `${kinmapStyles}\n${HOST_CSS.trim()}`;

/** One sheet per window (a constructed sheet cannot be adopted in another window's document). */
const sheets = new WeakMap<object, CSSStyleSheet>();

/**
 * Gives a shadow root the element's styles as a constructed stylesheet (`adoptedStyleSheets`): one
 * sheet shared by every element on the page, and not blocked by a Content Security Policy that
 * refuses inline `<style>` (`style-src 'self'`). Where a browser has no constructed stylesheets (before
 * 2023), a `<style>` element is added instead, with the `nonce` given.
 */
export function adoptElementStyles(shadow: ShadowRoot, nonce?: string): void {
  const view = shadow.ownerDocument.defaultView;
  const Sheet = view?.CSSStyleSheet;
  if (Sheet && 'adoptedStyleSheets' in shadow && typeof Sheet.prototype.replaceSync === 'function') {
    let sheet = sheets.get(Sheet);
    if (!sheet) {
      sheet = new Sheet();
      sheet.replaceSync(elementCss);
      sheets.set(Sheet, sheet);
    }
    shadow.adoptedStyleSheets = [...shadow.adoptedStyleSheets, sheet];
    return;
  }
  const style = shadow.ownerDocument.createElement('style');
  if (nonce) style.nonce = nonce;
  style.textContent = elementCss;
  shadow.prepend(style);
}
