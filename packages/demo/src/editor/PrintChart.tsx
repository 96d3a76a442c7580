import type { Family } from '@kinmap/model';
import { Genogram } from '@kinmap/react';
import { useEffect, useMemo, useState } from 'react';
import { flushSync } from 'react-dom';
import type { FamilyLayout } from './InteractiveChart.tsx';
import { printPlan } from './printPlan.ts';

const PRINT_QUERY = 'print';

/**
 * Whether the page is being printed: from `beforeprint` (drawn at once, before the browser lays the
 * pages out) until `afterprint`, or while print media is in force (print preview, PDF makers).
 */
function usePrinting(): boolean {
  const [isPrinting, setPrinting] = useState(() => window.matchMedia(PRINT_QUERY).matches);
  useEffect(() => {
    const media = window.matchMedia(PRINT_QUERY);
    const before = () => flushSync(() => setPrinting(true));
    const after = () => setPrinting(media.matches);
    const change = () => flushSync(() => setPrinting(media.matches));
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    media.addEventListener('change', change);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
      media.removeEventListener('change', change);
    };
  }, []);
  return isPrinting;
}

/**
 * The chart as printed: the whole family (not just the part on screen) at a scale where names are at
 * least 8 pt, on one A4 page when it fits, else over several pages, each a part of the chart with a
 * caption saying where it goes. Drawn only while printing (a large family would otherwise be drawn
 * several times over on screen, hidden).
 */
export function PrintChart({
  family,
  layout,
  showEcomap,
}: {
  family: Family;
  layout: FamilyLayout;
  showEcomap: boolean;
}) {
  const isPrinting = usePrinting();
  const plan = useMemo(() => (isPrinting ? printPlan(layout) : undefined), [isPrinting, layout]);
  if (!plan) return null;
  const count = plan.tiles.length;
  return (
    <div
      className="print-only print-chart"
      data-pages={count}
      data-key={plan.keyPlace}
      data-name-pt={plan.namePt.toFixed(2)}
    >
      {plan.tiles.map((tile, index) => (
        <section key={`${tile.row}-${tile.column}`} className="print-chart__page">
          {count > 1 ? (
            <p className="print-chart__caption">
              {family.title}: part {index + 1} of {count} of the chart (row {tile.row + 1} of {plan.rows},
              column {tile.column + 1} of {plan.columns}). Lay the parts side by side to see the whole family.
            </p>
          ) : null}
          <Genogram
            family={family}
            layout={layout}
            showEcomap={showEcomap}
            title={count > 1 ? `${family.title}, part ${index + 1} of ${count}` : family.title}
            width={`${(tile.width * plan.scale).toFixed(2)}mm`}
            height={`${(tile.height * plan.scale).toFixed(2)}mm`}
            svgProps={{ viewBox: `${tile.x} ${tile.y} ${tile.width} ${tile.height}` }}
          />
        </section>
      ))}
    </div>
  );
}
