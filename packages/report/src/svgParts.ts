import { textWidth } from '@kinmap/layout';
import { attribute, childElements, findElements, type MarkupElement } from './markup.ts';

/** An SVG document ready for the PDF: its markup and its size in SVG units (1 unit = 1 pt at scale 1). */
export interface SvgPart {
  svg: string;
  width: number;
  height: number;
  /** The smallest font size in it (SVG units): the scale is never set so low that this falls under 8 pt. */
  smallestFont: number;
}

const SVG_NS = 'http://www.w3.org/2000/svg';

/**
 * A white box behind a one-line label (what the chart's halo does on screen), as wide as the label in
 * the embedded font (the layout's measure; bold and italic are a little wider, so 10% is added).
 */
function haloBox(attributes: string, content: string): string {
  const number = (name: string) =>
    Number(new RegExp(`\\s${name}="([-\\d.e]+)"`).exec(attributes)?.[1] ?? NaN);
  const x = number('x');
  const y = number('y');
  const size = number('font-size');
  if (![x, y, size].every(Number.isFinite)) return '';
  const dy = /\sdy="([-\d.]+)em"/.exec(attributes);
  const baseline = y + (dy ? Number(dy[1]) * size : 0);
  const text = content
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;|&apos;/g, "'")
    .replace(/&[^;]+;/g, '&');
  const width = textWidth(text, size) * 1.1 + 4;
  const anchor = /\stext-anchor="(middle|end)"/.exec(attributes)?.[1];
  const left = anchor === 'middle' ? x - width / 2 : anchor === 'end' ? x - width + 2 : x - 2;
  return `<rect x="${left.toFixed(2)}" y="${(baseline - 0.8 * size - 1).toFixed(2)}" width="${width.toFixed(2)}" height="${(size + 2).toFixed(2)}" fill="#ffffff"/>`;
}

/**
 * The chart's SVG made ready for svg-to-pdfkit: bold as the keyword it reads (`bold`, not `700`), and
 * the white halo round labels drawn as a box behind them. The chart draws the halo under the letters
 * with `paint-order="stroke"`, which svg-to-pdfkit does not know: it would paint the halo over the
 * letters and hide them. (Names of two or more lines keep no halo: they sit under their symbol.)
 */
function printable(svg: string): string {
  return svg
    .replace(/<text\b([^>]*)>([^<]*)<\/text>/g, (whole: string, attributes: string, content: string) =>
      /paint-order="stroke"/.test(attributes) ? `${haloBox(attributes, content)}${whole}` : whole,
    )
    .replace(/<(text|tspan)\b([^>]*)>/g, (tag: string, name: string, attributes: string) =>
      /paint-order="stroke"/.test(attributes)
        ? `<${name}${attributes.replace(/\s(?:stroke|stroke-width|stroke-linejoin|paint-order)="[^"]*"/g, '')}>`
        : tag,
    )
    .replace(/font-weight="(?:[6-9]00)"/g, 'font-weight="bold"')
    .replace(/font-weight:\s*[6-9]00/g, 'font-weight:bold');
}

function smallestFont(svg: string): number {
  const sizes = [...svg.matchAll(/font-size(?:="|:\s*)([\d.]+)/g)].map((m) => Number(m[1]));
  const positive = sizes.filter((n) => Number.isFinite(n) && n > 0);
  return positive.length ? Math.min(...positive) : 12;
}

function rootOf(svg: string): MarkupElement {
  const root = childElements(svg).find((e) => e.name === 'svg');
  if (!root) throw new Error('The chart is not an SVG document.');
  return root;
}

/** The whole chart as one part (its own width and height). */
export function svgPart(svg: string): SvgPart {
  const root = rootOf(svg);
  const text = printable(svg.slice(root.start, root.end));
  return {
    svg: text,
    width: Number(attribute(root, 'width') ?? 0),
    height: Number(attribute(root, 'height') ?? 0),
    smallestFont: smallestFont(text),
  };
}

/**
 * The key of a chart exported with `showLegend`, cut into blocks (its title, each group heading and
 * each entry), each a small SVG of its own, so the key can flow down the page and over a page break
 * without cutting an entry in half, and without drawing anything outside the page.
 */
export function legendBlocks(svg: string): SvgPart[] {
  const root = rootOf(svg);
  const legend = findElements(
    svg,
    (e) => e.name === 'g' && /\bkinmap-legend-svg\b/.test(attribute(e, 'class') ?? ''),
    root.innerStart,
    root.innerEnd,
  )[0];
  if (!legend) return [];
  const defs = childElements(svg, root.innerStart, root.innerEnd)
    .filter((e) => e.name === 'defs')
    .map((e) => svg.slice(e.start, e.end))
    .join('');
  const style = attribute(root, 'style');
  const children = childElements(svg, legend.innerStart, legend.innerEnd);
  const tops = children.map((child) => {
    if (child.name === 'text') {
      const y = Number(attribute(child, 'y') ?? 0);
      const size = Number(attribute(child, 'font-size') ?? 11);
      return y - size - 2;
    }
    const inner = childElements(svg, child.innerStart, child.innerEnd).find((e) => e.name === 'g');
    const transform = inner ? (attribute(inner, 'transform') ?? '') : '';
    const m = /translate\(\s*([-\d.e]+)[ ,]+([-\d.e]+)\s*\)/.exec(transform);
    return Number(m?.[2] ?? 0);
  });
  const xs = children.filter((c) => c.name === 'text').map((c) => Number(attribute(c, 'x') ?? 0));
  const x = xs.length ? Math.min(...xs) : 0;
  const width = 470;
  const rowHeight = tops.length >= 2 ? Math.max(16, (tops.at(-1) ?? 0) - (tops.at(-2) ?? 0)) : 24;
  return children.map((child, i) => {
    const top = tops[i] ?? 0;
    const height = Math.max(8, (tops[i + 1] ?? top + rowHeight) - top);
    const body = printable(svg.slice(child.start, child.end));
    const styleAttribute =
      style === undefined ? '' : ` style="${style.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"`;
    return {
      svg: `<svg xmlns="${SVG_NS}" viewBox="${x - 2} ${top} ${width} ${height}" width="${width}" height="${height}"${styleAttribute}>${defs}${body}</svg>`,
      width,
      height,
      smallestFont: smallestFont(body),
    };
  });
}
