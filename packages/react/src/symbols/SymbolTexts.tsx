import type { SymbolDescriptor } from '@kinmap/layout';
import { useColours } from '../theme/ThemeContext.tsx';
import { useLabels } from '../labels/LabelsContext.ts';

const halo = (paper: string) => ({ stroke: paper, strokeWidth: 3, paintOrder: 'stroke' as const });

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
  const labels = useLabels();
  const top = cy - s / 2 - (symbol.isSubject ? 8 : 4);
  const inner = symbol.innerText;
  const lossCode = symbol.loss ? labels.lossCodes[symbol.loss.outcome] : '';
  return (
    <>
      {inner ? (
        <text
          className="kinmap-inner-text"
          x={cx}
          y={cy + (symbol.shape === 'triangle' ? s * 0.15 : 0)}
          dy="0.35em"
          textAnchor="middle"
          fontSize={Math.min(14, (s * 1.6) / Math.max(2, inner.length))}
          fontWeight={600}
          fill={colours.ink}
          {...(symbol.deceased ? halo(colours.paper) : {})}
        >
          {inner}
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
        >
          {symbol.yearAbove.left}
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
        >
          {symbol.yearAbove.right}
        </text>
      ) : null}
      {symbol.pregnancy?.edd ? (
        <text className="kinmap-edd" x={cx} y={top} textAnchor="middle" fontSize={10} fill={colours.ink}>
          {labels.expectedDelivery(symbol.pregnancy.edd)}
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
          {lossCode}
        </text>
      ) : null}
    </>
  );
}
