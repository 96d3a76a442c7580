import type { Family } from '@kinmap/model';
import { toSvgString } from './toSvgString.tsx';
import type { SvgExportOptions } from './toSvgString.tsx';

/** Options of {@link toPngBlob}: those of `toSvgString` plus the pixel scale. */
export interface PngExportOptions extends SvgExportOptions {
  /** Pixels per layout unit. Default 2 (sharp on high-density screens and in print). */
  scale?: number;
}

function svgSize(svg: string): { width: number; height: number } {
  const width = Number(/<svg[^>]*\swidth="([\d.]+)"/.exec(svg)?.[1]);
  const height = Number(/<svg[^>]*\sheight="([\d.]+)"/.exec(svg)?.[1]);
  if (!(width > 0 && height > 0)) throw new Error('toPngBlob: the SVG has no usable width and height');
  return { width, height };
}

function loadImage(src: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const image = new Image();
    image.onload = () => resolve(image);
    image.onerror = () => reject(new Error('toPngBlob: the browser could not load the chart as an image'));
    image.src = src;
  });
}

/**
 * Renders a family to a PNG `Blob` in the browser: the standalone SVG of `toSvgString`, drawn on a
 * canvas at `scale` pixels per unit. Rejects with a clear error where there is no canvas (Node, or
 * a test DOM without canvas support); use `toSvgString` there.
 *
 * @example
 * ```ts
 * const blob = await toPngBlob(family, { scale: 3 });
 * const link = Object.assign(document.createElement('a'), { href: URL.createObjectURL(blob), download: 'genogram.png' });
 * link.click();
 * ```
 */
export async function toPngBlob(family: Family, options: PngExportOptions = {}): Promise<Blob> {
  if (typeof document === 'undefined' || typeof Image === 'undefined') {
    throw new Error('toPngBlob needs a browser (document, Image and canvas); in Node use toSvgString');
  }
  const scale = options.scale ?? 2;
  const svg = toSvgString(family, { ...options, xmlDeclaration: false });
  const { width, height } = svgSize(svg);
  const canvas = document.createElement('canvas');
  canvas.width = Math.ceil(width * scale);
  canvas.height = Math.ceil(height * scale);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('toPngBlob: this browser gave no 2D canvas context');
  const image = await loadImage(`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`);
  context.drawImage(image, 0, 0, canvas.width, canvas.height);
  return new Promise((resolve, reject) => {
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error('toPngBlob: the canvas gave no PNG'))),
      'image/png',
    );
  });
}
