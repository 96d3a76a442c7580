// Every exported component takes `ref` (to its root element: the `<svg>` for the charts), `id`,
// `className`, `style`, `aria-*` and `data-*`, and puts them on that root, merged with its own (issue 13).
import { createRef, useRef, useState, type RefObject } from 'react';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { layoutFamily } from '@kinmap/layout';
import {
  AgencyShape,
  BadgeMark,
  ConnectorPath,
  Ecomap,
  FamilyTable,
  FocusRing,
  Genogram,
  HouseholdShape,
  InteractiveGenogram,
  KeyboardInstructions,
  Legend,
  LiveRegion,
  PersonSymbol,
  SymbolGlyph,
  ViewportControls,
} from '@kinmap/react';
import { loadFixture } from './support/fixtures.ts';

const family = loadFixture('leo');

/** The props every test passes: one of each kind. */
const given = {
  id: 'given-id',
  className: 'case-system',
  style: { maxWidth: '40rem' },
  'data-case': 'C-123',
  'aria-describedby': 'case-help',
} as const;

/** Checks the props landed on `root` next to the component's own class and style. */
function expectGivenOn(root: Element, ownClass: string) {
  expect(root).toHaveAttribute('id', 'given-id');
  expect(root).toHaveClass('case-system', ownClass);
  expect(root).toHaveAttribute('data-case', 'C-123');
  expect(root).toHaveAttribute('aria-describedby', 'case-help');
  expect((root as HTMLElement).style.maxWidth).toBe('40rem');
}

describe('the charts put ref and props on their <svg>', () => {
  it('Genogram: ref is the svg; class, style, id, data-* and aria-* land on it; own font stays', () => {
    const ref = createRef<SVGSVGElement>();
    const { container } = render(<Genogram ref={ref} family={family} {...given} />);
    const svg = container.querySelector('svg');
    expect(ref.current).toBe(svg);
    expectGivenOn(svg!, 'kinmap-genogram');
    expect(svg).toHaveClass('kinmap-chart');
    // The chart's own style is kept under the given one.
    expect(svg!.style.fontFamily).not.toBe('');
  });

  it('Genogram: the chart keeps its title as its name unless an aria-label is given', () => {
    const { rerender } = render(<Genogram family={family} />);
    expect(screen.getByRole('img')).toHaveAccessibleName(family.title);
    rerender(<Genogram family={family} aria-label="Leo's family, drawn for the conference" />);
    expect(screen.getByRole('img')).toHaveAccessibleName("Leo's family, drawn for the conference");
  });

  it('Genogram: a ref in svgProps is no longer dropped, and is set with `ref` as well', () => {
    const viaSvgProps = createRef<SVGSVGElement>();
    const viaRef = createRef<SVGSVGElement>();
    const { container } = render(<Genogram family={family} ref={viaRef} svgProps={{ ref: viaSvgProps }} />);
    const svg = container.querySelector('svg');
    expect(svg).not.toBeNull();
    expect(viaSvgProps.current).toBe(svg);
    expect(viaRef.current).toBe(svg);
  });

  it('Ecomap: ref is the svg; the props land on it', () => {
    const ref = createRef<SVGSVGElement>();
    const { container } = render(<Ecomap ref={ref} family={loadFixture('many-agencies')} {...given} />);
    const svg = container.querySelector('svg');
    expect(ref.current).toBe(svg);
    expectGivenOn(svg!, 'kinmap-ecomap');
  });

  it('InteractiveGenogram: ref is the chart svg; pan and zoom still work; svgProps.ref is set too', async () => {
    const user = userEvent.setup();
    const ref = createRef<SVGSVGElement>();
    const viaSvgProps = createRef<SVGSVGElement>();
    const { container } = render(
      <InteractiveGenogram ref={ref} svgProps={{ ref: viaSvgProps }} family={family} {...given} />,
    );
    const svg = container.querySelector('svg.kinmap-chart');
    expect(ref.current).toBe(svg);
    expect(viaSvgProps.current).toBe(svg);
    expectGivenOn(svg!, 'kinmap-genogram');
    // The viewport's own ref on the same svg still works: zooming changes the drawing's transform.
    const viewport = svg!.querySelector('.kinmap-viewport')!;
    const before = viewport.getAttribute('transform');
    await user.click(screen.getByRole('button', { name: 'Zoom in' }));
    expect(viewport.getAttribute('transform')).not.toBe(before);
  });

  it('a callback ref is called with the svg, and with null when the chart goes', () => {
    const seen: (SVGSVGElement | null)[] = [];
    const { unmount } = render(<Genogram family={family} ref={(node) => void seen.push(node)} />);
    expect(seen[0]).toBeInstanceOf(SVGSVGElement);
    unmount();
    expect(seen.at(-1)).toBeNull();
  });
});

describe('the HTML components put ref and props on their root', () => {
  it('Legend: ref is the outer div; props land on it; its theme variables stay', () => {
    const ref = createRef<HTMLDivElement>();
    const { container } = render(<Legend ref={ref} family={family} theme="dark" {...given} />);
    const root = container.firstElementChild!;
    expect(ref.current).toBe(root);
    expectGivenOn(root, 'kinmap-legend');
    // The dark theme's colours are still written on the root, next to the given style.
    expect((root as HTMLElement).getAttribute('style')).toMatch(/--kinmap-[a-z-]+:/);
  });

  it('ViewportControls: ref is the toolbar; aria-label replaces its default name only when given', () => {
    const ref = createRef<HTMLDivElement>();
    const noop = () => {};
    const { rerender } = render(
      <ViewportControls ref={ref} onZoomIn={noop} onZoomOut={noop} onFit={noop} {...given} />,
    );
    const toolbar = screen.getByRole('toolbar');
    expect(ref.current).toBe(toolbar);
    expectGivenOn(toolbar, 'kinmap-viewport-controls');
    const defaultName = toolbar.getAttribute('aria-label');
    expect(defaultName).toBeTruthy();
    rerender(
      <ViewportControls
        ref={ref}
        onZoomIn={noop}
        onZoomOut={noop}
        onFit={noop}
        {...given}
        aria-label="Family chart view"
      />,
    );
    expect(screen.getByRole('toolbar')).toHaveAccessibleName('Family chart view');
  });

  it('FamilyTable: ref is the section; aria-label replaces its default name only when given', () => {
    const ref = createRef<HTMLElement>();
    const { container, rerender } = render(<FamilyTable ref={ref} family={family} {...given} />);
    const section = container.querySelector('section')!;
    expect(ref.current).toBe(section);
    expectGivenOn(section, 'kinmap-family-table');
    expect(section.getAttribute('aria-label')).toBeTruthy();
    rerender(<FamilyTable ref={ref} family={family} {...given} aria-label="Leo's family in tables" />);
    expect(screen.getByRole('region', { name: "Leo's family in tables" })).toBe(section);
  });

  it('LiveRegion: ref is the status element; props land on it and it stays visually hidden', () => {
    const ref = createRef<HTMLDivElement>();
    render(<LiveRegion ref={ref} announcement="Removed Amy Jones." {...given} />);
    const status = screen.getByRole('status');
    expect(ref.current).toBe(status);
    expectGivenOn(status, 'kinmap-live-region');
    expect(status.style.position).toBe('absolute');
    expect(status).toHaveAttribute('aria-live', 'polite');
  });

  it('KeyboardInstructions: ref is its div; class, style, data-* and aria-* land on it', () => {
    const ref = createRef<HTMLDivElement>();
    const { container } = render(
      <KeyboardInstructions
        ref={ref}
        id="instructions"
        className="case-system"
        style={{ maxWidth: '40rem' }}
        data-case="C-123"
        aria-describedby="case-help"
      />,
    );
    const root = container.firstElementChild as HTMLElement;
    expect(ref.current).toBe(root);
    expect(root).toHaveAttribute('id', 'instructions');
    expect(root).toHaveClass('case-system');
    expect(root).toHaveAttribute('data-case', 'C-123');
    expect(root).toHaveAttribute('aria-describedby', 'case-help');
    expect(root.style.maxWidth).toBe('40rem');
    expect(root.style.position).toBe('absolute');
  });

  it('FocusRing: ref is its rect; props land on it', () => {
    const ref = createRef<SVGRectElement>();
    const { container } = render(
      <svg>
        <FocusRing ref={ref} box={{ x: 0, y: 0, width: 10, height: 10 }} {...given} />
      </svg>,
    );
    const rect = container.querySelector('rect')!;
    expect(ref.current).toBe(rect);
    expectGivenOn(rect, 'kinmap-focus-ring');
  });
});

describe('the drawing parts put ref and props on their <g>', () => {
  const layout = layoutFamily(loadFixture('many-agencies'), { ecomap: 'ring' });
  const node = layout.nodes.find((n) => n.badges.length > 0) ?? layout.nodes[0]!;
  const parts = [
    [
      'PersonSymbol',
      'kinmap-person',
      (p: object) => <PersonSymbol node={node} symbolSize={layout.symbolSize} {...p} />,
    ],
    [
      'SymbolGlyph',
      'kinmap-symbol',
      (p: object) => <SymbolGlyph symbol={node.symbol} cx={0} cy={0} symbolSize={40} {...p} />,
    ],
    [
      'ConnectorPath',
      'kinmap-connector',
      (p: object) => <ConnectorPath connector={layout.connectors[0]!} {...p} />,
    ],
    [
      'HouseholdShape',
      'kinmap-household',
      (p: object) => <HouseholdShape household={layout.households[0]!} {...p} />,
    ],
    ['AgencyShape', 'kinmap-agency', (p: object) => <AgencyShape agency={layout.agencies[0]!} {...p} />],
    ['BadgeMark', 'kinmap-badge', (p: object) => <BadgeMark badge={node.badges[0]!} x={0} y={0} {...p} />],
  ] as const;

  it.each(parts)('%s: ref is its <g>; props land on it next to its own class', (_name, ownClass, draw) => {
    const ref = createRef<SVGGElement>();
    const { container } = render(<svg>{draw({ ref, ...given })}</svg>);
    const root = container.querySelector('svg > g')!;
    expect(ref.current).toBe(root);
    expectGivenOn(root, ownClass);
  });

  it("PersonSymbol: the interaction layer's groupProps and ref are kept beside the ones given", () => {
    const mine = createRef<SVGGElement>();
    const layers = createRef<SVGGElement>();
    const { container } = render(
      <svg>
        <PersonSymbol
          node={node}
          symbolSize={layout.symbolSize}
          groupProps={{
            ref: layers,
            className: 'kinmap-person',
            tabIndex: 0,
            'aria-label': 'From the layer',
          }}
          ref={mine}
          className="case-system"
        />
      </svg>,
    );
    const root = container.querySelector('svg > g')!;
    expect(mine.current).toBe(root);
    expect(layers.current).toBe(root);
    expect(root.getAttribute('class')).toBe('kinmap-person case-system');
    expect(root).toHaveAttribute('tabindex', '0');
    expect(root).toHaveAttribute('aria-label', 'From the layer');
  });
});

describe('a ref is enough to work with the chart from outside', () => {
  it('an app can scroll to and read the drawn chart through the ref', async () => {
    const user = userEvent.setup();
    function Page() {
      const chart: RefObject<SVGSVGElement | null> = useRef(null);
      const [count, setCount] = useState<number | undefined>();
      return (
        <>
          <button
            type="button"
            onClick={() => setCount(chart.current?.querySelectorAll('[data-person-id]').length)}
          >
            Count people
          </button>
          <output>{count}</output>
          <Genogram ref={chart} family={family} />
        </>
      );
    }
    render(<Page />);
    await user.click(screen.getByRole('button', { name: 'Count people' }));
    const drawn = document.querySelectorAll('svg [data-person-id]').length;
    expect(drawn).toBeGreaterThan(0);
    expect(within(document.body).getByText(String(drawn))).toBeInTheDocument();
  });
});
