/**
 * @kinmap/element: Kinmap genograms as web components, for pages and case systems that are not React.
 * Importing this module defines `<kinmap-genogram>` and `<kinmap-genogram-editor>` (once; a second
 * copy of the module on the same page leaves the first definitions in place).
 *
 * @example
 * ```html
 * <script type="module" src="/kinmap/kinmap-element.js"></script>
 * <kinmap-genogram family='{"formatVersion": …, "people": […], …}' as-at="2025-03-14"></kinmap-genogram>
 * ```
 * @packageDocumentation
 */
import { KinmapGenogramEditorElement, KinmapGenogramElement } from './KinmapGenogramElement.tsx';

export { KinmapGenogramElement, KinmapGenogramEditorElement };
export type {
  KinmapChangeDetail,
  KinmapElementEventMap,
  KinmapErrorDetail,
  KinmapSelectDetail,
} from './KinmapGenogramElement.tsx';
export type { ElementIssue } from './settings.ts';

/**
 * Defines `<kinmap-genogram>` and `<kinmap-genogram-editor>` unless the page has them already.
 * Importing this module calls it; you need it only after replacing `customElements` in tests.
 *
 * @example
 * ```ts
 * import { defineKinmapElements } from '@kinmap/element';
 * defineKinmapElements();
 * document.body.append(document.createElement('kinmap-genogram'));
 * ```
 */
export function defineKinmapElements(): void {
  if (!customElements.get('kinmap-genogram')) customElements.define('kinmap-genogram', KinmapGenogramElement);
  if (!customElements.get('kinmap-genogram-editor'))
    customElements.define('kinmap-genogram-editor', KinmapGenogramEditorElement);
}

if (typeof customElements !== 'undefined') defineKinmapElements();

declare global {
  interface HTMLElementTagNameMap {
    'kinmap-genogram': KinmapGenogramElement;
    'kinmap-genogram-editor': KinmapGenogramEditorElement;
  }
}
