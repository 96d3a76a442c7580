import type { ReactNode } from 'react';
import { useColours } from '../theme/ThemeContext.tsx';
import { useDrawingLabels } from '../labels/LabelsContext.ts';
import type { LegendEntry, LegendGroup } from './legendEntries.ts';
import { LegendSampleGlyph, SAMPLE_HEIGHT, SAMPLE_WIDTH } from './LegendSampleGlyph.tsx';
import { xmlText } from '../text/xmlText.ts';

const TITLE = 22;
const GROUP = 20;
const ROW = SAMPLE_HEIGHT + 2;
const GROUP_ORDER: LegendGroup[] = ['symbols', 'lines', 'marks', 'badges', 'areas'];

/** Width the in-chart key needs, in layout units. */
export const LEGEND_SVG_WIDTH = 460;

/** Height of the in-chart key for these entries, in layout units. */
export function legendSvgHeight(entries: readonly LegendEntry[]): number {
  const groups = new Set(entries.map((e) => e.group)).size;
  return TITLE + groups * GROUP + entries.length * ROW;
}

/**
 * The key drawn inside an SVG (for export and print), top-left at (x, y): a title, then each group
 * with its glyphs and words as SVG text.
 */
export function LegendSvg({ entries, x, y }: { entries: readonly LegendEntry[]; x: number; y: number }) {
  const colours = useColours();
  const labels = useDrawingLabels();
  let cursor = y + TITLE;
  const rows: ReactNode[] = [];
  for (const group of GROUP_ORDER) {
    const items = entries.filter((e) => e.group === group);
    if (items.length === 0) continue;
    rows.push(
      <text key={`g-${group}`} x={x} y={cursor + 14} fontSize={11} fontWeight={700} fill={colours.ink}>
        {xmlText(labels.legendGroups[group])}
      </text>,
    );
    cursor += GROUP;
    for (const entry of items) {
      rows.push(
        <g key={entry.key} data-legend-key={xmlText(entry.key)}>
          <g transform={`translate(${x} ${cursor})`}>
            <LegendSampleGlyph sample={entry.sample} />
          </g>
          <text
            x={x + SAMPLE_WIDTH + 8}
            y={cursor + SAMPLE_HEIGHT / 2}
            dy="0.35em"
            fontSize={11}
            fill={colours.ink}
          >
            {xmlText(entry.text)}
          </text>
        </g>,
      );
      cursor += ROW;
    }
  }
  return (
    <g className="kinmap-legend-svg">
      <text x={x} y={y + 15} fontSize={14} fontWeight={700} fill={colours.ink}>
        {xmlText(labels.legendTitle)}
      </text>
      {rows}
    </g>
  );
}
