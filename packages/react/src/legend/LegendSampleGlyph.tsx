import type { ConnectorMark, ConnectorStyle } from '@kinmap/layout';
import { SymbolGlyph } from '../symbols/SymbolGlyph.tsx';
import { ConnectorPath } from '../connectors/ConnectorPath.tsx';
import { BadgeMark } from '../badges/BadgeMark.tsx';
import { useColours } from '../theme/ThemeContext.tsx';
import { useDrawingLabels } from '../labels/LabelsContext.ts';
import { xmlText } from '../text/xmlText.ts';
import type { LegendSample } from './legendEntries.ts';

/** Width and height of one glyph in the key. */
export const SAMPLE_WIDTH = 64;
export const SAMPLE_HEIGHT = 28;

const MID = SAMPLE_HEIGHT / 2;
const MARK_SHAPES: Record<ConnectorMark['kind'], ConnectorMark> = {
  slash: { kind: 'slash', d: `M28 ${MID + 7} L36 ${MID - 7}` },
  'double-slash': { kind: 'double-slash', d: `M24 ${MID + 7} L32 ${MID - 7} M31 ${MID + 7} L39 ${MID - 7}` },
  reconciled: { kind: 'reconciled', d: `M27 ${MID + 7} L37 ${MID - 7} M27 ${MID - 7} L37 ${MID + 7}` },
  question: { kind: 'question', at: { x: 32, y: MID - 1 } },
  hatch: {
    kind: 'hatch',
    d: `M18 ${MID + 5} L22 ${MID - 5} M28 ${MID + 5} L32 ${MID - 5} M38 ${MID + 5} L42 ${MID - 5}`,
  },
  arrow: { kind: 'arrow', d: `M48 ${MID - 5} L58 ${MID} L48 ${MID + 5} Z` },
  cutoff: { kind: 'cutoff', d: `M28 ${MID - 8} V${MID + 8} M36 ${MID - 8} V${MID + 8}` },
  bracket: { kind: 'bracket', d: `M30 ${MID - 8} H26 V${MID + 8} H30` },
  care: {
    kind: 'care',
    d: `M25 ${MID - 6} L31 ${MID} L25 ${MID + 6} M33 ${MID - 6} L39 ${MID} L33 ${MID + 6}`,
  },
};

const DIRECTED = new Set<ConnectorStyle>([
  'emotional-focused_on',
  'emotional-focused_on_negatively',
  'emotional-physical_abuse',
  'emotional-sexual_abuse',
  'emotional-emotional_abuse',
  'emotional-neglect',
  'emotional-controlling',
  'emotional-manipulative',
  'emotional-jealous',
  'emotional-caretaker',
]);

/** Marks that are part of a line's meaning, so the key's sample shows them even if the chart's line has none. */
function sampleMarks(style: ConnectorStyle): ConnectorMark[] {
  if (style === 'emotional-cutoff') return [MARK_SHAPES.cutoff];
  if (style === 'emotional-cutoff_repaired')
    return [MARK_SHAPES.cutoff, { kind: 'cutoff', d: `M24 ${MID - 10} Q32 ${MID - 18} 40 ${MID - 10}` }];
  if (DIRECTED.has(style)) return [MARK_SHAPES.arrow];
  if (style === 'caring') return [MARK_SHAPES.care];
  return [];
}

/** Twins as on the chart: a stem to one point, two lines forking from it, a bar or a "?" across. */
function TwinsSample({ zygosity }: { zygosity: 'mz' | 'unknown' }) {
  const colours = useColours();
  const top = 2;
  const fork = 9;
  const foot = SAMPLE_HEIGHT - 2;
  const cx = SAMPLE_WIDTH / 2;
  const spread = 14;
  // The bar sits 40% of the way down the fork, as the layout draws it.
  const t = 0.4;
  const barY = fork + (foot - fork) * t;
  const barHalf = spread * t;
  return (
    <g data-sample="twins" data-zygosity={zygosity}>
      <path
        className="kinmap-line"
        d={`M${cx} ${top} V${fork} L${cx - spread} ${foot} M${cx} ${fork} L${cx + spread} ${foot}`}
        fill="none"
        stroke={colours.ink}
        strokeWidth={1.5}
        strokeLinejoin="round"
      />
      {zygosity === 'mz' ? (
        <path
          className="kinmap-mark"
          data-mark="twin-bar"
          d={`M${cx - barHalf} ${barY} H${cx + barHalf}`}
          stroke={colours.ink}
          strokeWidth={1.5}
        />
      ) : (
        <text
          className="kinmap-mark"
          data-mark="question"
          x={cx}
          y={barY + 2}
          textAnchor="middle"
          fontSize={10}
          fontWeight={700}
          fill={colours.ink}
        >
          ?
        </text>
      )}
    </g>
  );
}

/** The glyph of one key entry, drawn in a box of SAMPLE_WIDTH × SAMPLE_HEIGHT. */
export function LegendSampleGlyph({ sample }: { sample: LegendSample }) {
  const colours = useColours();
  const line = `M4 ${MID} H${SAMPLE_WIDTH - 4}`;
  switch (sample.kind) {
    case 'symbol':
      // Pregnancy losses are small on the chart too: draw them at the chart's proportions
      // (half of a 36-unit symbol), so the cross inside stays as visible as it is there.
      return (
        <SymbolGlyph
          symbol={sample.symbol}
          cx={SAMPLE_WIDTH / 2}
          cy={MID + 2}
          symbolSize={sample.symbol.size === 'small' ? 36 : 18}
        />
      );
    case 'twins':
      return <TwinsSample zygosity={sample.zygosity} />;
    case 'line':
      return (
        <ConnectorPath
          connector={{
            id: 'legend',
            ref: { kind: 'sibship' },
            style: sample.style,
            d: line,
            marks: sampleMarks(sample.style),
            isDouble: sample.isDouble,
            isPast: sample.isPast,
          }}
        />
      );
    case 'mark':
      return (
        <ConnectorPath
          connector={{
            id: 'legend',
            ref: { kind: 'sibship' },
            style: 'partnership-married',
            d: line,
            marks: [MARK_SHAPES[sample.mark]],
          }}
        />
      );
    case 'badge':
      return <BadgeMark badge={sample.badge} x={4} y={MID - 7} />;
    case 'household':
      return (
        <rect
          x={4}
          y={4}
          width={SAMPLE_WIDTH - 8}
          height={SAMPLE_HEIGHT - 8}
          rx={6}
          fill="none"
          stroke={colours.household}
          strokeWidth={1.5}
          strokeDasharray="2 4"
          strokeLinecap="round"
        />
      );
    case 'part-time':
      return (
        <g>
          <rect
            x={26}
            y={MID - 6}
            width={12}
            height={12}
            fill={colours.paper}
            stroke={colours.household}
            strokeWidth={1.2}
          />
          <path d={`M26 ${MID - 6} H38 L26 ${MID + 6} Z`} fill={colours.household} />
        </g>
      );
    case 'agency':
      return (
        <circle
          cx={SAMPLE_WIDTH / 2}
          cy={MID}
          r={11}
          fill={colours.paper}
          stroke={colours.ecomap}
          strokeWidth={2}
        />
      );
    case 'agency-lead':
      return <LeadAgencySample />;
  }
}

/** An agency circle with the lead practitioner's tag, as the chart draws it. */
function LeadAgencySample() {
  const colours = useColours();
  const labels = useDrawingLabels();
  return (
    <g>
      <circle
        cx={SAMPLE_WIDTH / 2}
        cy={MID}
        r={13}
        fill={colours.paper}
        stroke={colours.ecomap}
        strokeWidth={2}
      />
      <text
        x={SAMPLE_WIDTH / 2}
        y={MID}
        dy="0.35em"
        textAnchor="middle"
        fontSize={8}
        fontWeight={700}
        fill={colours.ink}
      >
        {xmlText(labels.agencyLeadTag)}
      </text>
    </g>
  );
}
