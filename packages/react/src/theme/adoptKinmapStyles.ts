import { kinmapStyles } from './kinmapStyles.ts';

/** Options of {@link adoptKinmapStyles}. */
export interface AdoptStylesOptions {
  /** The nonce of your Content Security Policy, used only if a `<style>` element has to be added. */
  nonce?: string;
}

/**
 * Adds the Kinmap styles to a document or a shadow root (a web component's), once, and returns a
 * function that takes them away again. Uses a constructed stylesheet (`adoptedStyleSheets`), which a
 * Content Security Policy does not block; where the browser has none it adds a `<style>` with the
 * `nonce` given.
 *
 * @example
 * ```ts
 * const shadow = host.attachShadow({ mode: 'open' });
 * const remove = adoptKinmapStyles(shadow, { nonce: document.querySelector('meta[name=csp-nonce]')?.content });
 * ```
 */
export function adoptKinmapStyles(root: Document | ShadowRoot, options: AdoptStylesOptions = {}): () => void {
  const view = (root instanceof Document ? root : root.ownerDocument).defaultView;
  const Sheet = view?.CSSStyleSheet;
  if (Sheet && 'adoptedStyleSheets' in root && typeof Sheet.prototype.replaceSync === 'function') {
    const existing = root.adoptedStyleSheets.find((s) => (s as { kinmap?: boolean }).kinmap);
    if (existing) return () => undefined;
    const sheet = new Sheet() as CSSStyleSheet & { kinmap?: boolean };
    sheet.replaceSync(kinmapStyles);
    sheet.kinmap = true;
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    return () => {
      root.adoptedStyleSheets = root.adoptedStyleSheets.filter((s) => s !== sheet);
    };
  }
  const parent = root instanceof Document ? root.head : root;
  if (parent.querySelector('style[data-kinmap-styles]')) return () => undefined;
  const style = (root instanceof Document ? root : root.ownerDocument).createElement('style');
  style.dataset.kinmapStyles = '';
  if (options.nonce) style.nonce = options.nonce;
  style.textContent = kinmapStyles;
  parent.append(style);
  return () => style.remove();
}
