// No 'use client' and no React hooks: the server entry's chart. It writes the same `<svg>` as
// `ChartSvg` (Genogram/ChartSvg.tsx) for a picture nobody interacts with; tests/react/server.node.test.ts
// checks the two agree on every fixture, so a change to one that misses the other fails there.
import type { FamilyLayout } from '@kinmap/layout';
import type { KinmapLabels } from '../labels/defaultLabels.ts';
import { LabelsProvider } from '../labels/LabelsContext.ts';
import { ColourProvider, themeVariables } from '../theme/ThemeContext.tsx';
import { palettes } from '../theme/palettes.ts';
import type { KinmapThemeName } from '../theme/palettes.ts';
import { chartFontFamily } from '../theme/font.ts';
import { legendEntries } from '../legend/legendEntries.ts';
import { LEGEND_SVG_WIDTH, LegendSvg, legendSvgHeight } from '../legend/LegendSvg.tsx';
import { GenogramDrawing } from '../Genogram/GenogramDrawing.tsx';
import { xmlText } from '../text/xmlText.ts';
import { renderStaticMarkup } from './renderStaticMarkup.ts';

/** What the static chart needs: a layout and resolved labels, and how to colour and name it. */
export interface StaticChartInput {
  layout: FamilyLayout;
  labels: KinmapLabels;
  title: string;
  theme?: KinmapThemeName | 'auto' | undefined;
  /** `inline`: literal colours (a standalone file); `css`: CSS custom properties the page can set. */
  colourMode: 'css' | 'inline';
  showLegend: boolean;
  /** Add `xmlns` for a standalone file. */
  standalone: boolean;
  /** Prefix of the `<title>` and `<desc>` ids (unique on the page when several charts are inline). */
  idPrefix: string;
  className?: string | undefined;
  padding?: number;
}

/** The chart as markup: `<svg>…</svg>`, drawn without React DOM or React's hooks. */
export function staticChartMarkup(input: StaticChartInput): string {
  const { layout, labels, title, theme, colourMode, showLegend, idPrefix, padding = 24 } = input;
  const titleId = `${idPrefix}-title`;
  const descId = `${idPrefix}-desc`;
  const palette = palettes[theme && theme !== 'auto' ? theme : 'light'];
  const entries = showLegend ? legendEntries(layout, labels) : [];
  const { bounds } = layout;
  const legendHeight = showLegend ? legendSvgHeight(entries) + padding : 0;
  const width = Math.max(bounds.width, showLegend ? LEGEND_SVG_WIDTH : 0) + padding * 2;
  const height = bounds.height + padding * 2 + legendHeight;
  const rootStyle = {
    ...(theme && theme !== 'auto' && colourMode === 'css' ? themeVariables(theme) : {}),
    ...(colourMode === 'inline' ? { backgroundColor: palette.paper } : {}),
    fontFamily: chartFontFamily(colourMode),
    // Drawn without kerning, so every label is exactly as wide as the layout measured it.
    fontKerning: 'none' as const,
  };
  return renderStaticMarkup(
    <LabelsProvider value={labels}>
      <svg
        xmlns={input.standalone ? 'http://www.w3.org/2000/svg' : undefined}
        className={['kinmap', 'kinmap-chart', input.className].filter(Boolean).join(' ')}
        data-theme={theme}
        data-notation={layout.notation}
        viewBox={`${bounds.x - padding} ${bounds.y - padding} ${width} ${height}`}
        width={width}
        height={height}
        role="img"
        lang={labels.lang === 'en-GB' ? undefined : labels.lang}
        aria-labelledby={titleId}
        aria-describedby={descId}
        style={rootStyle}
      >
        <title id={titleId}>{xmlText(title)}</title>
        <desc id={descId}>
          {xmlText(labels.chartDescription(layout.nodes.length, layout.agencies.length))}
        </desc>
        <ColourProvider value={{ kind: colourMode, palette }}>
          {colourMode === 'inline' ? (
            <rect
              x={bounds.x - padding}
              y={bounds.y - padding}
              width={width}
              height={height}
              fill={palette.paper}
            />
          ) : null}
          <g className="kinmap-viewport">
            <GenogramDrawing layout={layout}>
              {showLegend ? (
                <LegendSvg entries={entries} x={bounds.x} y={bounds.y + bounds.height + padding} />
              ) : null}
            </GenogramDrawing>
          </g>
        </ColourProvider>
      </svg>
    </LabelsProvider>,
  );
}
