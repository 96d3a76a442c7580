import type { Family } from '@kinmap/model';
import { renderStaticSvg } from './toSvgStringStatic.ts';
import type { StaticSvgOptions } from './toSvgStringStatic.ts';

/** Props of {@link StaticGenogram}. */
export interface StaticGenogramProps extends StaticSvgOptions {
  /** The family to draw. */
  family: Family;
  /** Class names for the wrapping `<div>`. */
  wrapperClassName?: string;
}

/**
 * A genogram drawn on the server as a picture: no hooks, no state, no script, so it renders in a React
 * Server Component (and anywhere else). Colours come from the page's CSS (`styles.css`, `data-theme`,
 * `--kinmap-*`) unless `theme` is given or `colours: 'inline'`. People cannot be focused or selected:
 * for that, render `InteractiveGenogram` from `@kinmap/react` (a client component).
 *
 * The SVG is written by Kinmap's own renderer, with every name and date escaped, and placed in a `<div>`.
 *
 * @example
 * ```tsx
 * // app/family/page.tsx: a React Server Component
 * import { StaticGenogram } from '@kinmap/react/server';
 * import '@kinmap/react/styles.css';
 * export default async function Page() {
 *   return <StaticGenogram family={await loadFamily()} asAt="2024-06-01" idPrefix="family-map" />;
 * }
 * ```
 */
export function StaticGenogram({ family, wrapperClassName, ...options }: StaticGenogramProps) {
  const svg = renderStaticSvg(family, options);
  return (
    <div
      className={['kinmap-static', wrapperClassName].filter(Boolean).join(' ')}
      dangerouslySetInnerHTML={{ __html: svg }}
    />
  );
}
