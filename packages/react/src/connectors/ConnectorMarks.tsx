import type { ConnectorMark } from '@kinmap/layout';
import { useDrawingLabels } from '../labels/LabelsContext.ts';
import { xmlText } from '../text/xmlText.ts';

/** Props of {@link ConnectorMarks}. */
export interface ConnectorMarksProps {
  marks: readonly ConnectorMark[];
  /** Stroke and text colour (a CSS value). */
  colour: string;
  /** Background colour, used as a halo behind text marks. */
  paper: string;
  width: number;
}

const TEXT_MARK: Partial<Record<ConnectorMark['kind'], true>> = { question: true, reconciled: true };

/**
 * Draws the marks layout put on a connector: separation slashes, reconciled, "?", hatching,
 * arrowheads (filled), brackets and cut-off bars. Each mark is an element with `data-mark`.
 */
export function ConnectorMarks({ marks, colour, paper, width }: ConnectorMarksProps) {
  const labels = useDrawingLabels();
  return (
    <>
      {marks.map((mark, i) => {
        if (mark.d) {
          const filled = mark.kind === 'arrow';
          return (
            <path
              key={i}
              className="kinmap-mark"
              data-mark={mark.kind}
              d={mark.d}
              fill={filled ? colour : 'none'}
              stroke={colour}
              strokeWidth={mark.kind === 'cutoff' ? width + 0.5 : Math.max(1.5, width)}
              strokeLinejoin="round"
            />
          );
        }
        if (mark.at && TEXT_MARK[mark.kind]) {
          return (
            <text
              key={i}
              className="kinmap-mark"
              data-mark={mark.kind}
              x={mark.at.x}
              y={mark.at.y}
              dy="0.35em"
              textAnchor="middle"
              fontSize={12}
              fontWeight={700}
              fill={colour}
              stroke={paper}
              strokeWidth={3}
              paintOrder="stroke"
            >
              {mark.kind === 'question' ? '?' : xmlText(labels.reconciledText)}
            </text>
          );
        }
        return null;
      })}
    </>
  );
}
