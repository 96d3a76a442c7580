import { render } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { layoutFamily } from '@kinmap/layout';
import { InteractiveGenogram, createPanZoom } from '@kinmap/react';
import { loadFixture } from '../support/fixtures.ts';

// "Fit" with a reading scale: never fewer than `minScale` screen pixels per chart unit. The <svg> here
// has a 1000×500 viewBox drawn in a 500×250 box (0.5 screen pixels per unit), as a wide chart in a
// laptop window would be.

function sizedSvg(box: { width: number; height: number }, viewBox: string): SVGSVGElement {
  const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  svg.setAttribute('viewBox', viewBox);
  vi.spyOn(svg, 'getBoundingClientRect').mockReturnValue({
    x: 0,
    y: 0,
    left: 0,
    top: 0,
    right: box.width,
    bottom: box.height,
    width: box.width,
    height: box.height,
    toJSON: () => ({}),
  });
  document.body.append(svg);
  return svg;
}

afterEach(() => {
  vi.restoreAllMocks();
  document.body.innerHTML = '';
});

describe('createPanZoom fitTo with a reading scale', () => {
  const bounds = { x: 0, y: 0, width: 1000, height: 500 };

  it('reports the screen scale of the viewBox', () => {
    const svg = sizedSvg({ width: 500, height: 250 }, '0 0 1000 500');
    expect(createPanZoom({ domNode: svg }).getScreenScale()).toBe(0.5);
  });

  it('fits the whole chart when that keeps the reading scale', () => {
    const svg = sizedSvg({ width: 500, height: 250 }, '0 0 1000 500');
    const panZoom = createPanZoom({ domNode: svg });
    panZoom.fitTo(bounds, { padding: 0, minScale: 0.4 });
    expect(panZoom.getViewport()).toEqual({ x: 0, y: 0, zoom: 1 });
  });

  it('draws at the reading scale, centred on the focus, when the whole chart would be smaller', () => {
    const svg = sizedSvg({ width: 500, height: 250 }, '0 0 1000 500');
    const panZoom = createPanZoom({ domNode: svg });
    // 1.1 screen pixels per unit = zoom 2.2 on a viewBox drawn at 0.5.
    panZoom.fitTo(bounds, { padding: 0, minScale: 1.1, focus: { x: 400, y: 200, width: 100, height: 100 } });
    const { x, y, zoom } = panZoom.getViewport();
    expect(zoom).toBeCloseTo(2.2, 6);
    // The focus's centre (450, 250) is in the middle of the view (500, 250 in viewBox units).
    expect(x + 450 * zoom).toBeCloseTo(500, 6);
    expect(y + 250 * zoom).toBeCloseTo(250, 6);
  });

  it('does not leave blank space past the chart edge when the focus is near it', () => {
    const svg = sizedSvg({ width: 500, height: 250 }, '0 0 1000 500');
    const panZoom = createPanZoom({ domNode: svg });
    panZoom.fitTo(bounds, { padding: 10, minScale: 1, focus: { x: 950, y: 0, width: 50, height: 50 } });
    const { x, y, zoom } = panZoom.getViewport();
    expect(zoom).toBeCloseTo(2, 6);
    // The chart's right edge sits at the view's right edge less the padding; its top at the top.
    expect(x + 1000 * zoom).toBeCloseTo(1000 - 10, 6);
    expect(y).toBeCloseTo(10, 6);
  });
});

describe('InteractiveGenogram minFitTextSize', () => {
  const family = loadFixture('leo');
  const layout = layoutFamily(family);
  const fontSize = Math.min(...layout.nodes.map((n) => n.label.fontSize ?? 11));

  /** Screen size of a name in the chart as drawn: font size × zoom × the viewBox's screen scale. */
  function nameSize(container: HTMLElement, screenScale: number): number {
    const transform = container.querySelector('.kinmap-viewport')?.getAttribute('transform') ?? '';
    const zoom = Number(/scale\(([^)]+)\)/.exec(transform)?.[1]);
    return fontSize * zoom * screenScale;
  }

  it('opens fitted with names at least the reading size, zooming past maxZoom when it must', () => {
    // The chart's box is a quarter of its viewBox: the whole chart would draw names at fontSize / 4.
    const width = (layout.bounds.width + 48) / 4;
    const height = (layout.bounds.height + 48) / 4;
    vi.spyOn(SVGSVGElement.prototype, 'getBoundingClientRect').mockReturnValue({
      x: 0,
      y: 0,
      left: 0,
      top: 0,
      right: width,
      bottom: height,
      width,
      height,
      toJSON: () => ({}),
    });
    const { container } = render(<InteractiveGenogram family={family} layout={layout} minFitTextSize={11} />);
    expect(nameSize(container, 0.25)).toBeGreaterThanOrEqual(11 - 1e-9);
  });

  it('keeps the whole chart at zoom 1 without a reading size (the default)', () => {
    const { container } = render(<InteractiveGenogram family={family} layout={layout} />);
    expect(container.querySelector('.kinmap-viewport')?.getAttribute('transform')).toBe(
      'translate(0 0) scale(1)',
    );
  });
});
