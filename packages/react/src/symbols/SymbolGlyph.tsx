import type { SymbolDescriptor } from '@kinmap/layout';
import { useColours } from '../theme/ThemeContext.tsx';
import { innerCentreY, innerHalf, shapePath } from './shapeGeometry.ts';
import { PawMark } from './PawMark.tsx';
import { DeceasedMark } from './DeceasedMark.tsx';
import { AdoptionBrackets } from './AdoptionBrackets.tsx';
import { SymbolTexts } from './SymbolTexts.tsx';
import { SelectionRing } from './SelectionRing.tsx';
import { VitalUnknownMark } from './VitalUnknownMark.tsx';
import { groupRootProps, type RootProps } from '../props/rootProps.ts';

/** Props of {@link SymbolGlyph}. `ref`, `id`, `className`, `style`, `aria-*` and `data-*` go on its `<g>`. */
export interface SymbolGlyphProps extends RootProps<SVGGElement> {
  /** The layout's descriptor of the symbol. */
  symbol: SymbolDescriptor;
  cx: number;
  cy: number;
  /** Standard symbol size `s` of the chart; small symbols are drawn at half of it. */
  symbolSize: number;
  /** Draw the selection ring (thick ring of the symbol's shape with ticks) round the symbol. */
  selected?: boolean;
}

/** The selection colour: `--kinmap-selection` when the page sets it, else the theme's focus colour. */
const selectionColour = (focus: string) =>
  focus.startsWith('var(') ? `var(--kinmap-selection, ${focus})` : focus;

const SUBJECT_GAP = 4;

/**
 * Draws one person symbol from its descriptor: the shape (square, circle, diamond, triangle, pet),
 * a doubled outline for a subject, dashed outline for a placeholder, the deceased cross or slash,
 * pregnancy-loss marks, adoption brackets, text inside and years above. Decides nothing about the
 * family; everything comes from the descriptor.
 *
 * @example
 * ```tsx
 * <svg><SymbolGlyph cx={30} cy={30} symbolSize={40} symbol={{ shape: 'circle', size: 'full', deceased: false,
 *   deceasedMark: 'cross', isSubject: true, isPlaceholder: false, isAdopted: false }} /></svg>
 * ```
 */
export function SymbolGlyph(props: SymbolGlyphProps) {
  const { symbol, cx, cy, symbolSize, selected } = props;
  const colours = useColours();
  const s = symbol.size === 'small' ? symbolSize / 2 : symbolSize;
  const stroke = { stroke: colours.ink, strokeWidth: 2, strokeLinejoin: 'round' as const };
  return (
    <g data-shape={symbol.shape} {...groupRootProps(props, 'kinmap-symbol')}>
      {selected ? (
        <SelectionRing
          shape={symbol.shape}
          cx={cx}
          cy={cy}
          s={s}
          isSubject={symbol.isSubject}
          isAdopted={symbol.isAdopted}
          colour={selectionColour(colours.focus)}
        />
      ) : null}
      <path
        className="kinmap-outline"
        data-outline="main"
        d={shapePath(symbol.shape, cx, cy, s)}
        fill={colours.paper}
        strokeDasharray={symbol.isPlaceholder ? '4 3' : undefined}
        {...stroke}
      />
      {symbol.isSubject ? (
        <path
          className="kinmap-outline"
          data-outline="subject"
          d={shapePath(symbol.shape, cx, cy, s + SUBJECT_GAP * 2 * (symbol.shape === 'diamond' ? 1.4 : 1))}
          fill="none"
          {...stroke}
        />
      ) : null}
      {symbol.shape === 'pet' ? <PawMark cx={cx} cy={cy} s={s} colour={colours.ink} /> : null}
      {symbol.loss ? (
        <DeceasedMark
          kind={symbol.loss.mark}
          data="loss"
          cx={cx}
          cy={innerCentreY(symbol.shape, cy, s)}
          half={innerHalf(symbol.shape, s)}
          s={s}
          colour={colours.ink}
        />
      ) : null}
      {symbol.deceased && !symbol.loss ? (
        <DeceasedMark
          kind={symbol.deceasedMark}
          data="deceased"
          cx={cx}
          cy={cy}
          half={innerHalf(symbol.shape, s)}
          s={s}
          colour={colours.ink}
        />
      ) : null}
      {symbol.isAdopted ? (
        <AdoptionBrackets cx={cx} cy={cy} s={s + (symbol.isSubject ? 10 : 0)} colour={colours.ink} />
      ) : null}
      <SymbolTexts symbol={symbol} cx={cx} cy={cy} s={s} />
      {symbol.vitalStatusUnknown && !symbol.deceased ? (
        <VitalUnknownMark
          cx={cx}
          cy={cy}
          s={s}
          isSubject={symbol.isSubject}
          ink={colours.ink}
          paper={colours.paper}
        />
      ) : null}
    </g>
  );
}
