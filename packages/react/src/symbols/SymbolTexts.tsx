import type { SymbolDescriptor } from '@kinmap/layout';
import { useColours } from '../theme/ThemeContext.tsx';
import { useDrawingLabels } from '../labels/LabelsContext.ts';
import { xmlText } from '../text/xmlText.ts';

const halo = (paper: string) => ({ stroke: paper, strokeWidth: 3, paintOrder: 'stroke' as const });

/**
 * Where the text inside a symbol goes. With no mark inside, in the centre. Under a cross or a
 * slash (deceased), smaller, in the bottom wedge the mark leaves free, with a paper halo, so the
 * age or "?" never sits on the crossing of the mark.
 */
function innerPlacement(symbol: SymbolDescriptor, cx: number, cy: number, s: number, length: number) {
  const fitted = Math.min(14, (s * 1.6) / Math.max(2, length));
  const marked = symbol.deceased && !symbol.loss;
  if (!marked) return { x: cx, y: cy + (symbol.shape === 'triangle' ? s * 0.15 : 0), size: fitted, marked };
  const size = Math.min(fitted, s * 0.26);
  // The bottom wedge between the arms of the X (or below-right of the NSGC slash).
  const drop = symbol.shape === 'diamond' ? s * 0.24 : s * 0.3;
  return { x: cx + (symbol.deceasedMark === 'slash' ? s * 0.08 : 0), y: cy + drop, size, marked };
}

/** Text inside the symbol (age, count, ?, D, S, P), years above it, EDD and loss codes. */
export function SymbolTexts({
  symbol,
  cx,
  cy,
  s,
}: {
  symbol: SymbolDescriptor;
  cx: number;
  cy: number;
  s: number;
}) {
  const colours = useColours();
  const labels = useDrawingLabels();
  const top = cy - s / 2 - (symbol.isSubject ? 8 : 4);
  const inner = symbol.innerText;
  const lossCode = symbol.loss ? labels.lossCodes[symbol.loss.outcome] : '';
  const place = innerPlacement(symbol, cx, cy, s, inner?.length ?? 0);
  return (
    <>
      {inner ? (
        <text
          className="kinmap-inner-text"
          data-placement={place.marked ? 'below-mark' : 'centre'}
          x={place.x}
          y={place.y}
          dy="0.35em"
          textAnchor="middle"
          fontSize={Math.round(place.size * 10) / 10}
          fontWeight={600}
          fill={colours.ink}
          {...(place.marked ? halo(colours.paper) : {})}
        >
          {xmlText(inner)}
        </text>
      ) : null}
      {symbol.yearAbove?.left ? (
        <text
          className="kinmap-year"
          data-year="birth"
          x={cx - 2}
          y={top}
          textAnchor="end"
          fontSize={10}
          fill={colours.ink}
          {...halo(colours.paper)}
        >
          {xmlText(symbol.yearAbove.left)}
        </text>
      ) : null}
      {symbol.yearAbove?.right ? (
        <text
          className="kinmap-year"
          data-year="death"
          x={cx + 2}
          y={top}
          textAnchor="start"
          fontSize={10}
          fill={colours.ink}
          {...halo(colours.paper)}
        >
          {xmlText(symbol.yearAbove.right)}
        </text>
      ) : null}
      {symbol.pregnancy?.edd ? (
        <text
          className="kinmap-edd"
          x={cx}
          y={top}
          textAnchor="middle"
          fontSize={10}
          fill={colours.ink}
          {...halo(colours.paper)}
        >
          {xmlText(labels.expectedDelivery(symbol.pregnancy.edd))}
        </text>
      ) : null}
      {lossCode ? (
        <text
          className="kinmap-loss-code"
          data-loss={symbol.loss?.outcome}
          x={cx + s / 2 + 3}
          y={cy}
          dy="0.35em"
          textAnchor="start"
          fontSize={9}
          fontWeight={600}
          fill={colours.ink}
        >
          {xmlText(lossCode)}
        </text>
      ) : null}
    </>
  );
}
