// No 'use client': the server entry draws with this. It needs nothing from React but the shape of its
// elements, so it runs under React's server build, where `react-dom/server` refuses to load.
import type { ReactNode } from 'react';
import { inStaticScope, providedContext, withStaticContext } from '../theme/kinmapContext.ts';

const FRAGMENT = Symbol.for('react.fragment');
const MEMO = Symbol.for('react.memo');
const FORWARD_REF = Symbol.for('react.forward_ref');
const CONTEXT = Symbol.for('react.context');
const ELEMENTS = [Symbol.for('react.transitional.element'), Symbol.for('react.element')];

interface ElementLike {
  $$typeof: symbol;
  type: unknown;
  props: Record<string, unknown>;
}

// As React DOM's server renderer writes them, so the markup is the same as `renderToStaticMarkup`'s.
const ALIASES: Record<string, string> = {
  className: 'class',
  htmlFor: 'for',
  tabIndex: 'tabindex',
  xmlnsXlink: 'xmlns:xlink',
  xlinkHref: 'xlink:href',
  xmlLang: 'xml:lang',
  xmlSpace: 'xml:space',
  xHeight: 'x-height',
};
const HYPHENATED =
  'accentHeight alignmentBaseline arabicForm baselineShift capHeight clipPath clipRule colorInterpolation colorInterpolationFilters colorProfile colorRendering dominantBaseline enableBackground fillOpacity fillRule floodColor floodOpacity fontFamily fontSize fontSizeAdjust fontStretch fontStyle fontVariant fontWeight glyphName glyphOrientationHorizontal glyphOrientationVertical horizAdvX horizOriginX imageRendering letterSpacing lightingColor markerEnd markerMid markerStart maskType overlinePosition overlineThickness paintOrder pointerEvents renderingIntent shapeRendering stopColor stopOpacity strikethroughPosition strikethroughThickness strokeDasharray strokeDashoffset strokeLinecap strokeLinejoin strokeMiterlimit strokeOpacity strokeWidth textAnchor textDecoration textRendering transformOrigin underlinePosition underlineThickness unicodeBidi unicodeRange unitsPerEm vAlphabetic vHanging vIdeographic vMathematical vectorEffect vertAdvY vertOriginX vertOriginY wordSpacing writingMode';
for (const name of HYPHENATED.split(' ')) ALIASES[name] = name.replace(/([A-Z])/g, '-$1').toLowerCase();

const UNITLESS = new Set(
  'animationIterationCount aspectRatio columnCount columns flex flexGrow flexShrink fontWeight lineClamp lineHeight opacity order orphans scale tabSize widows zIndex zoom fillOpacity floodOpacity stopOpacity strokeDasharray strokeDashoffset strokeMiterlimit strokeOpacity strokeWidth'.split(
    ' ',
  ),
);
const SKIPPED = new Set([
  'children',
  'key',
  'ref',
  'dangerouslySetInnerHTML',
  'suppressContentEditableWarning',
  'suppressHydrationWarning',
  'defaultValue',
  'defaultChecked',
  'innerHTML',
]);
const VOID = new Set('area base br col embed hr img input link meta param source track wbr'.split(' '));
const VALID_NAME = /^[a-zA-Z_:][a-zA-Z0-9_:.-]*$/;

/** Text or an attribute value with `& < > " '` escaped, as React DOM escapes them. */
export function escapeMarkup(value: unknown): string {
  return String(value).replace(/["'&<>]/g, (c) =>
    c === '"' ? '&quot;' : c === '&' ? '&amp;' : c === "'" ? '&#x27;' : c === '<' ? '&lt;' : '&gt;',
  );
}

function styleAttribute(style: unknown): string {
  if (typeof style !== 'object' || style === null)
    throw new TypeError('renderStaticMarkup: `style` must be an object');
  const parts: string[] = [];
  for (const [name, value] of Object.entries(style as Record<string, unknown>)) {
    if (value === null || value === undefined || typeof value === 'boolean' || value === '') continue;
    if (name.startsWith('--')) {
      parts.push(`${escapeMarkup(name)}:${escapeMarkup(String(value).trim())}`);
      continue;
    }
    const css = escapeMarkup(
      name
        .replace(/([A-Z])/g, '-$1')
        .toLowerCase()
        .replace(/^ms-/, '-ms-'),
    );
    const text =
      typeof value === 'number'
        ? value === 0 || UNITLESS.has(name)
          ? String(value)
          : `${value}px`
        : escapeMarkup(String(value).trim());
    parts.push(`${css}:${text}`);
  }
  return parts.length ? ` style="${parts.join(';')}"` : '';
}

function attribute(name: string, value: unknown): string {
  if (SKIPPED.has(name) || value === null || value === undefined) return '';
  if (typeof value === 'function' || typeof value === 'symbol') return '';
  if (name === 'style') return styleAttribute(value);
  // Event handlers are functions (skipped above); any other `on…` string is not written either.
  if (/^on[A-Z]/.test(name)) return '';
  const written = ALIASES[name] ?? name;
  if (!VALID_NAME.test(written)) return '';
  if (typeof value === 'boolean') {
    if (name.startsWith('aria-') || name.startsWith('data-') || name === 'focusable')
      return ` ${written}="${value}"`;
    return value && (name === 'hidden' || name === 'disabled' || name === 'inert') ? ` ${written}=""` : '';
  }
  if ((name === 'href' || name === 'src') && value === '') return '';
  return ` ${written}="${escapeMarkup(value)}"`;
}

function isElement(node: unknown): node is ElementLike {
  return typeof node === 'object' && node !== null && ELEMENTS.includes((node as ElementLike).$$typeof);
}

function render(node: ReactNode | unknown): string {
  if (node === null || node === undefined || typeof node === 'boolean') return '';
  if (typeof node === 'string' || typeof node === 'number' || typeof node === 'bigint')
    return escapeMarkup(node);
  if (Array.isArray(node)) return node.map(render).join('');
  if (!isElement(node)) {
    if (typeof node === 'object' && Symbol.iterator in node)
      return Array.from(node as Iterable<unknown>, render).join('');
    throw new TypeError('renderStaticMarkup: only elements, text and arrays can be drawn statically');
  }
  const { type, props } = node;
  if (typeof type === 'string') {
    let open = `<${type}`;
    for (const [name, value] of Object.entries(props)) open += attribute(name, value);
    if (VOID.has(type)) return `${open}/>`;
    const inner = props.dangerouslySetInnerHTML as { __html?: string } | undefined;
    return `${open}>${inner?.__html ?? render(props.children)}</${type}>`;
  }
  if (type === FRAGMENT) return render(props.children);
  const context = providedContext(type);
  if (context) return withStaticContext(context, props.value, () => render(props.children));
  if (typeof type === 'function') {
    if ((type as { prototype?: { isReactComponent?: unknown } }).prototype?.isReactComponent)
      throw new TypeError('renderStaticMarkup: class components cannot be drawn statically');
    return render((type as (p: unknown) => ReactNode)(props));
  }
  if (typeof type === 'object' && type !== null) {
    const kind = (type as { $$typeof?: symbol }).$$typeof;
    if (kind === MEMO) return render({ ...node, type: (type as { type: unknown }).type });
    if (kind === FORWARD_REF)
      return render((type as { render: (p: unknown, r: unknown) => ReactNode }).render(props, null));
    if (kind === CONTEXT) return render(props.children);
  }
  throw new TypeError('renderStaticMarkup: this kind of element cannot be drawn statically');
}

/**
 * Writes a tree of Kinmap drawing elements as markup, without React DOM and without React's hooks, so it
 * runs in a React Server Component (where `react-dom/server` refuses to load). Function components are
 * called directly; Kinmap's contexts (labels, colours) are read from the providers in the tree. The
 * output is the same as React DOM's `renderToStaticMarkup` for Kinmap's charts
 * (`tests/react/server.node.test.ts` compares them on every fixture). Components that keep state or run
 * effects cannot be drawn this way.
 *
 * @example
 * ```ts
 * renderStaticMarkup(<text x={4}>Ann &amp; Bob</text>); // '<text x="4">Ann &amp;amp; Bob</text>'
 * ```
 */
export function renderStaticMarkup(node: ReactNode): string {
  return inStaticScope(() => render(node));
}
