'use client';

import { useId, useMemo, useRef } from 'react';
import type { CSSProperties, ReactNode, SVGProps } from 'react';
import type { FamilyLayout } from '@kinmap/layout';
import { useDrawingLabels } from '../labels/LabelsContext.ts';
import { ColourProvider, themeVariables } from '../theme/ThemeContext.tsx';
import { palettes } from '../theme/palettes.ts';
import { chartFontFamily } from '../theme/font.ts';
import { FitText } from '../text/FitText.tsx';
import type { KinmapThemeName } from '../theme/palettes.ts';
import { legendEntries } from '../legend/legendEntries.ts';
import { LEGEND_SVG_WIDTH, LegendSvg, legendSvgHeight } from '../legend/LegendSvg.tsx';
import { GenogramDrawing } from './GenogramDrawing.tsx';
import { stabiliseLayout } from './stableLayout.ts';
import type { DrawingHooks, DrawingParts } from './GenogramDrawing.tsx';
import { xmlProps, xmlText } from '../text/xmlText.ts';

/** Props shared by every chart root (Genogram, Ecomap, export). */
export interface ChartSvgProps {
  layout: FamilyLayout;
  /** Title read by assistive technology and shown in `<title>`. */
  title: string;
  /** `img` for a static picture; `group` when the people inside are focusable. */
  role: 'img' | 'group';
  /** A built-in theme, written as CSS custom properties on the root; omit to let page CSS decide. */
  theme?: KinmapThemeName | 'auto';
  /** `inline` writes literal colours (standalone export); `css` writes CSS variables. */
  colourMode?: 'css' | 'inline';
  /** Space round the drawing, in layout units. Default 24. */
  padding?: number;
  /** Draw the key inside the SVG, under the chart. */
  showLegend?: boolean;
  parts?: DrawingParts;
  hooks?: DrawingHooks;
  /** `transform` of the group holding the drawing (pan and zoom). */
  viewportTransform?: string;
  className?: string;
  style?: CSSProperties;
  width?: number | string;
  height?: number | string;
  svgProps?: SVGProps<SVGSVGElement>;
  /** Drawn inside the viewport group, over the chart (focus rings, overlays). */
  children?: ReactNode;
  /** Add `xmlns` and font attributes for a standalone file. */
  standalone?: boolean;
}

/** The `<svg>` root of a chart: viewBox from the layout bounds, title, description, theme, layers. */
export function ChartSvg(props: ChartSvgProps) {
  const { title, role, theme, colourMode = 'css', padding = 24, showLegend, parts, hooks } = props;
  // After an edit, keep the objects of everything that did not change, so memoised people and lines
  // are not drawn again (one edit to a 200-person chart touches a few symbols, not all of them).
  const previous = useRef<FamilyLayout | undefined>(undefined);
  const layout = useMemo(() => stabiliseLayout(previous.current, props.layout), [props.layout]);
  previous.current = layout;
  const labels = useDrawingLabels();
  const titleId = useId();
  const descId = useId();
  const palette = palettes[theme && theme !== 'auto' ? theme : 'light'];
  const mode = useMemo(() => ({ kind: colourMode, palette }), [colourMode, palette]);
  const entries = useMemo(
    () => (showLegend ? legendEntries(layout, labels) : []),
    [showLegend, layout, labels],
  );
  const { bounds } = layout;
  const legendHeight = showLegend ? legendSvgHeight(entries) + padding : 0;
  const width = Math.max(bounds.width, showLegend ? LEGEND_SVG_WIDTH : 0) + padding * 2;
  const height = bounds.height + padding * 2 + legendHeight;
  const viewBox = `${bounds.x - padding} ${bounds.y - padding} ${width} ${height}`;
  const rootStyle: CSSProperties = {
    ...(theme && theme !== 'auto' && colourMode === 'css' ? themeVariables(theme) : {}),
    ...(colourMode === 'inline' ? { backgroundColor: palette.paper } : {}),
    fontFamily: chartFontFamily(colourMode),
    // Drawn without kerning, so every label is exactly as wide as the layout measured it (textWidth).
    fontKerning: 'none',
    ...props.style,
  };
  return (
    <svg
      xmlns={props.standalone ? 'http://www.w3.org/2000/svg' : undefined}
      className={['kinmap', 'kinmap-chart', props.className].filter(Boolean).join(' ')}
      data-theme={theme}
      data-notation={layout.notation}
      viewBox={viewBox}
      width={props.width ?? width}
      height={props.height ?? height}
      role={role}
      lang={labels.lang === 'en-GB' ? undefined : labels.lang}
      // An `aria-label` given names the chart instead of its title (aria-labelledby would win over it).
      aria-labelledby={props.svgProps?.['aria-label'] ? undefined : titleId}
      aria-describedby={descId}
      style={rootStyle}
      {...xmlProps(props.svgProps)}
    >
      <title id={titleId}>{xmlText(title)}</title>
      <desc id={descId}>{xmlText(labels.chartDescription(layout.nodes.length, layout.agencies.length))}</desc>
      <ColourProvider value={mode}>
        {colourMode === 'inline' ? (
          <rect
            x={bounds.x - padding}
            y={bounds.y - padding}
            width={width}
            height={height}
            fill={palette.paper}
          />
        ) : null}
        <g className="kinmap-viewport" transform={props.viewportTransform}>
          <GenogramDrawing layout={layout} parts={parts} hooks={hooks}>
            {showLegend ? (
              <LegendSvg entries={entries} x={bounds.x} y={bounds.y + bounds.height + padding} />
            ) : null}
            {props.children}
          </GenogramDrawing>
        </g>
      </ColourProvider>
      {/* A file has no script: only a live chart refits its labels to a host's font. */}
      {props.standalone ? null : <FitText layout={layout} />}
    </svg>
  );
}
