import type { AriaAttributes, CSSProperties, Ref, RefCallback, SVGProps } from 'react';
import { xmlProps } from '../text/xmlText.ts';

/**
 * The props every Kinmap component passes to its root element, as React Aria and xyflow do:
 * `ref` (React 19 passes it as a normal prop), `id`, `className`, `style`, every `aria-*` and every
 * `data-*` attribute. `className` is added to the component's own classes and `style` is merged over
 * its own; an `aria-label` you give replaces the component's own accessible name, and only then.
 *
 * For the charts (`Genogram`, `InteractiveGenogram`, `Ecomap`) the root is the `<svg>`.
 *
 * @example
 * ```tsx
 * const chart = useRef<SVGSVGElement>(null);
 * <Genogram ref={chart} family={family} id="family-chart" className="case-chart" data-case="C123" />
 * // later: toPngBlob(chart.current) or chart.current.scrollIntoView()
 * ```
 */
export interface RootProps<E extends Element> extends AriaAttributes {
  /** The root element (for the charts, the `<svg>`). */
  ref?: Ref<E> | undefined;
  id?: string | undefined;
  /** Added to the component's own classes. */
  className?: string | undefined;
  /** Merged over the component's own inline style. */
  style?: CSSProperties | undefined;
  /** `data-*` attributes, written on the root as given. */
  [dataAttribute: `data-${string}`]: string | number | boolean | undefined;
}

/** The root props other than `className` and `style` (which each component merges itself). */
export type RootAttributes<E extends Element> = Omit<RootProps<E>, 'className' | 'style'>;

/**
 * Picks `ref`, `id`, `aria-*` and `data-*` out of a component's props (leaving out any that are
 * `undefined`), to spread on its root element. `className` and `style` are merged separately.
 */
export function rootAttributes<E extends Element>(props: object): RootAttributes<E> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(props)) {
    if (value === undefined) continue;
    if (key === 'ref' || key === 'id' || key.startsWith('aria-') || key.startsWith('data-')) out[key] = value;
  }
  return out as RootAttributes<E>;
}

/** The component's own classes joined with the ones given, each once, skipping empty ones. */
export function joinClassNames(...names: (string | undefined | false)[]): string {
  const classes = names.flatMap((name) => (name ? name.split(/\s+/) : [])).filter(Boolean);
  return [...new Set(classes)].join(' ');
}

/**
 * One callback ref that sets every ref given (object or callback), for a root element the component
 * needs a ref to as well as the caller. Returns a React 19 cleanup that clears them again.
 */
export function mergeRefs<T>(...refs: (Ref<T> | undefined)[]): RefCallback<T> {
  return (value: T) => {
    const cleanups = refs.map((ref) => {
      if (typeof ref === 'function') {
        const cleanup = ref(value);
        return typeof cleanup === 'function' ? cleanup : () => ref(null);
      }
      if (ref) {
        ref.current = value;
        return () => {
          ref.current = null;
        };
      }
      return undefined;
    });
    return () => {
      for (const cleanup of cleanups) cleanup?.();
    };
  };
}

/**
 * The props for the `<g>` of a drawing part (`PersonSymbol`, `ConnectorPath`, `AgencyShape`): the
 * interaction layer's `groupProps`, then the root props given, with the part's own class kept, the
 * styles merged, both refs set, and every string made safe for XML.
 */
export function groupRootProps(
  props: RootProps<SVGGElement>,
  ownClass: string,
  groupProps?: SVGProps<SVGGElement>,
): SVGProps<SVGGElement> {
  const given = rootAttributes<SVGGElement>(props);
  const out: SVGProps<SVGGElement> = { ...xmlProps(groupProps), ...xmlProps(given as SVGProps<SVGGElement>) };
  if (groupProps?.ref && given.ref) out.ref = mergeRefs(groupProps.ref, given.ref);
  out.className = joinClassNames(ownClass, groupProps?.className, props.className);
  if (groupProps?.style || props.style) out.style = { ...groupProps?.style, ...props.style };
  return out;
}
