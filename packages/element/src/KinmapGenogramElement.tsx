import { Component, type ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { serializeFamily, type Change, type Family } from '@kinmap/model';
import { InteractiveGenogram, welshLabels, type ChangeAction, type Selection } from '@kinmap/react';
import { adoptElementStyles } from './elementStyles.ts';
import {
  chartLanguage,
  describeIssues,
  readAsAt,
  readFamily,
  readTheme,
  type ElementIssue,
} from './settings.ts';

/** `detail` of the `kinmap-select` event: the ids selected now (people, in the order selected). */
export interface KinmapSelectDetail {
  readonly selection: readonly string[];
}

/** `detail` of the `kinmap-change` event, sent after every edit, undo and redo on the editor. */
export interface KinmapChangeDetail {
  /** The new family (a plain object; keep it, or set it back on another element's `family`). */
  readonly family: Family;
  /** The new family as Kinmap JSON text, ready to save. */
  readonly json: string;
  /** What made the change: `apply` (an edit), `undo` or `redo`. */
  readonly action: ChangeAction;
  /** The model's change record (what was added, removed and updated). */
  readonly change: Change;
}

/** `detail` of the `kinmap-error` event: what the page gave the element that it could not use. */
export interface KinmapErrorDetail {
  /** Each problem, with the attribute and (for the family) the field it is in. */
  readonly issues: readonly ElementIssue[];
  /** The problems as one message, one per line: `family: people[0].sex must be one of: …`. */
  readonly message: string;
}

/** The events the elements send, for `addEventListener` typing. */
export interface KinmapElementEventMap extends HTMLElementEventMap {
  'kinmap-select': CustomEvent<KinmapSelectDetail>;
  'kinmap-change': CustomEvent<KinmapChangeDetail>;
  'kinmap-error': CustomEvent<KinmapErrorDetail>;
}

/** Catches an error while drawing, so it is shown in the element and never reaches the page. */
class DrawingBoundary extends Component<
  { onError: (error: unknown) => void; children: ReactNode },
  { failed: boolean }
> {
  override state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  override componentDidCatch(error: unknown) {
    this.props.onError(error);
  }
  override render() {
    return this.state.failed ? null : this.props.children;
  }
}

const OBSERVED = ['family', 'as-at', 'theme', 'lang'] as const;

/**
 * `<kinmap-genogram>`: a family drawn as a genogram, for pages that are not React. People can be
 * reached with Tab and the arrow keys and selected with a click, Space or Enter; the chart pans and
 * zooms. It does not change the family (see `<kinmap-genogram-editor>`).
 *
 * Attributes (and properties): `family` (Kinmap JSON text; the `family` property also takes the
 * object), `as-at` / `asAt` (the date the chart shows, `YYYY-MM-DD`), `theme` (`light`, `dark`,
 * `high-contrast`, `auto`; none: the page's CSS decides), `lang` (`cy` or `cy-GB` for Welsh; without
 * it, the nearest `lang` of the page; anything else is English, en-GB). Events (bubbling, composed): `kinmap-select`, `kinmap-error`.
 *
 * The chart is drawn in a shadow root, so the page's CSS does not reach it; set the theme's custom
 * properties (`--kinmap-ink`, `--kinmap-paper`…) on the element, or style `::part(chart)` and
 * `::part(error)`. Anything wrong with an attribute is shown in the element, naming the attribute and
 * field, and sent as `kinmap-error`; nothing is thrown into the page.
 *
 * @example
 * ```html
 * <script type="module" src="/kinmap/kinmap-element.js"></script>
 * <kinmap-genogram id="chart" as-at="2025-03-14" theme="light"></kinmap-genogram>
 * <script type="module">
 *   const chart = document.getElementById('chart');
 *   chart.family = await (await fetch('/cases/123/family.json')).json();
 *   chart.addEventListener('kinmap-select', (event) => console.log(event.detail.selection));
 * </script>
 * ```
 */
export class KinmapGenogramElement extends HTMLElement {
  static readonly observedAttributes: readonly string[] = OBSERVED;

  /** Whether the element lets people change the family (the editor does). */
  protected get isEditable(): boolean {
    return false;
  }

  readonly #shadow: ShadowRoot;
  readonly #chart: HTMLDivElement;
  readonly #error: HTMLDivElement;
  #root: Root | undefined;
  #family: Family | undefined;
  #familyIssues: readonly ElementIssue[] = [];
  #selection: readonly string[] = [];
  /** Changes when a new family comes from the page, so the chart starts afresh (history, selection). */
  #generation = 0;
  /** The problems shown now, as text, so the same problems are not sent twice. */
  #shownIssues = '';

  constructor() {
    super();
    this.#shadow = this.attachShadow({ mode: 'open' });
    adoptElementStyles(this.#shadow);
    const doc = this.#shadow.ownerDocument;
    this.#error = doc.createElement('div');
    this.#error.setAttribute('part', 'error');
    this.#error.setAttribute('role', 'alert');
    this.#error.hidden = true;
    this.#chart = doc.createElement('div');
    this.#chart.setAttribute('part', 'chart');
    this.#shadow.append(this.#error, this.#chart);
  }

  /** The family drawn (after the editor's changes), or `undefined`. Set an object or JSON text. */
  get family(): Family | undefined {
    return this.#family;
  }
  set family(value: Family | string | null | undefined) {
    if (value !== undefined && value === this.#family) return;
    this.#readFamily(value);
    this.#update();
  }

  /** The date the chart shows (`as-at` attribute), `YYYY-MM-DD`. */
  get asAt(): string | null {
    return this.getAttribute('as-at');
  }
  set asAt(value: string | null | undefined) {
    if (value === null || value === undefined) this.removeAttribute('as-at');
    else this.setAttribute('as-at', value);
  }

  /** The built-in theme (`theme` attribute). */
  get theme(): string | null {
    return this.getAttribute('theme');
  }
  set theme(value: string | null | undefined) {
    if (value === null || value === undefined) this.removeAttribute('theme');
    else this.setAttribute('theme', value);
  }

  /** The ids selected now. */
  get selection(): readonly string[] {
    return this.#selection;
  }

  connectedCallback(): void {
    // A `family` property set before the element was defined is an own property that hides the
    // setter: take it and set it again through the setter.
    if (Object.prototype.hasOwnProperty.call(this, 'family')) {
      const value = (this as unknown as { family: unknown }).family;
      delete (this as unknown as { family?: unknown }).family;
      this.family = value as Family | string | null | undefined;
    }
    this.#update();
  }

  disconnectedCallback(): void {
    // Moving the element (remove, then insert) keeps the chart; only an element left out is unmounted.
    queueMicrotask(() => {
      if (this.isConnected || !this.#root) return;
      this.#root.unmount();
      this.#root = undefined;
    });
  }

  attributeChangedCallback(name: string, oldValue: string | null, value: string | null): void {
    if (oldValue === value) return;
    if (name === 'family') this.#readFamily(value);
    this.#update();
  }

  #readFamily(value: unknown): void {
    const reading = readFamily(value);
    this.#generation += 1;
    this.#selection = [];
    if (reading.ok) {
      this.#family = reading.value;
      this.#familyIssues = [];
    } else {
      this.#family = undefined;
      this.#familyIssues = reading.issues;
    }
  }

  #dispatch<K extends 'kinmap-select' | 'kinmap-change' | 'kinmap-error'>(
    type: K,
    detail: KinmapElementEventMap[K]['detail'],
  ): void {
    this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
  }

  /** Shows the problems in the element (as text) and sends `kinmap-error` when they are new. */
  #showIssues(issues: readonly ElementIssue[]): void {
    const lines = describeIssues(issues);
    const text = lines.join('\n');
    this.#chart.hidden = true;
    if (text === this.#shownIssues && !this.#error.hidden) return;
    this.#shownIssues = text;
    const doc = this.#shadow.ownerDocument;
    const heading = doc.createElement('p');
    heading.textContent = 'The family chart cannot be shown. Check:';
    const list = doc.createElement('ul');
    for (const line of lines) {
      const item = doc.createElement('li');
      item.textContent = line;
      list.append(item);
    }
    this.#error.replaceChildren(heading, list);
    this.#error.hidden = false;
    this.#dispatch('kinmap-error', { issues, message: text });
  }

  #clearIssues(): void {
    this.#shownIssues = '';
    this.#error.hidden = true;
    this.#error.replaceChildren();
    this.#chart.hidden = false;
  }

  /** An error while drawing: shown and sent like a bad attribute. */
  #drawingFailed(error: unknown): void {
    const detail = error instanceof Error ? error.message : String(error);
    this.#showIssues([{ attribute: 'family', path: '', message: `could not be drawn (${detail})` }]);
  }

  #update(): void {
    if (!this.isConnected) return;
    try {
      this.#render();
    } catch (error) {
      this.#drawingFailed(error);
    }
  }

  #render(): void {
    const asAt = readAsAt(this.getAttribute('as-at'));
    const theme = readTheme(this.getAttribute('theme'));
    const issues = [
      ...this.#familyIssues,
      ...(asAt.ok ? [] : asAt.issues),
      ...(theme.ok ? [] : theme.issues),
    ];
    if (issues.length > 0 || !asAt.ok || !theme.ok) {
      this.#root?.render(null);
      this.#showIssues(issues);
      return;
    }
    this.#clearIssues();
    const family = this.#family;
    if (!family) {
      this.#root?.render(null);
      return;
    }
    // The element's own `lang`, else the nearest ancestor's (the page's): `cy` draws in Welsh.
    const lang = chartLanguage(this.closest('[lang]')?.getAttribute('lang'));
    this.#root ??= createRoot(this.#chart, {
      // Errors caught by the boundary are shown in the element, not logged as the page's.
      onCaughtError: () => undefined,
      onUncaughtError: (error) => this.#drawingFailed(error),
    });
    const isEditable = this.isEditable;
    this.#root.render(
      <DrawingBoundary key={this.#generation} onError={(error) => this.#drawingFailed(error)}>
        <InteractiveGenogram
          family={family}
          {...(asAt.value ? { asAt: asAt.value } : {})}
          {...(theme.value ? { theme: theme.value } : {})}
          {...(lang === 'cy' ? { labels: welshLabels } : {})}
          isEditable={isEditable}
          onSelectionChange={(selection: Selection) => {
            this.#selection = [...selection];
            this.#dispatch('kinmap-select', { selection: [...selection] });
          }}
          onFamilyChange={(next, change, action) => {
            this.#family = next;
            this.#update();
            this.#dispatch('kinmap-change', { family: next, json: serializeFamily(next), action, change });
          }}
        />
      </DrawingBoundary>,
    );
  }
}

/**
 * `<kinmap-genogram-editor>`: `<kinmap-genogram>` that lets people change the family from the
 * keyboard: Delete or Backspace removes the person in focus (with their links), Ctrl/⌘+Z undoes and
 * Ctrl/⌘+Shift+Z (or Ctrl+Y) redoes; each change is announced. After each change it sends
 * `kinmap-change` with the new family (object and JSON text); the `family` property holds it too.
 *
 * @example
 * ```html
 * <kinmap-genogram-editor id="editor"></kinmap-genogram-editor>
 * <script type="module">
 *   const editor = document.getElementById('editor');
 *   editor.family = savedJsonText;
 *   editor.addEventListener('kinmap-change', (event) => save(event.detail.json));
 * </script>
 * ```
 */
export class KinmapGenogramEditorElement extends KinmapGenogramElement {
  protected override get isEditable(): boolean {
    return true;
  }
}
