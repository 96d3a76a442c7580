import { afterEach, describe, expect, it, vi } from 'vitest';
import { toPngBlob, toSvgString } from '@kinmap/react';
import { loadFixture } from './support/fixtures.ts';

const family = loadFixture('leo');

describe('toSvgString in the browser', () => {
  it('gives a well-formed SVG document that a browser parser accepts', () => {
    const doc = new DOMParser().parseFromString(toSvgString(family), 'image/svg+xml');
    expect(doc.querySelector('parsererror')).toBeNull();
    expect(doc.documentElement.localName).toBe('svg');
    expect(doc.documentElement.namespaceURI).toBe('http://www.w3.org/2000/svg');
    expect(doc.querySelector('title')?.textContent).toBe(family.title);
  });
});

describe('toPngBlob', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('rejects with a clear error where the DOM has no canvas (jsdom without the canvas package)', async () => {
    // jsdom reports the missing canvas on the console; this test expects that.
    const jsdomNotice = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await expect(toPngBlob(family)).rejects.toThrow('toPngBlob: this browser gave no 2D canvas context');
    jsdomNotice.mockClear();
  });

  it('draws the standalone SVG on a canvas at the requested scale and returns a PNG', async () => {
    const drawImage = vi.fn();
    vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue({
      drawImage,
    } as unknown as CanvasRenderingContext2D);
    const sizes: [number, number][] = [];
    vi.spyOn(HTMLCanvasElement.prototype, 'toBlob').mockImplementation(function (
      this: HTMLCanvasElement,
      done,
    ) {
      sizes.push([this.width, this.height]);
      done(new Blob(['png'], { type: 'image/png' }));
    });
    class LoadingImage {
      onload: (() => void) | null = null;
      onerror: (() => void) | null = null;
      set src(value: string) {
        this.loaded = value;
        queueMicrotask(() => this.onload?.());
      }
      loaded = '';
    }
    vi.stubGlobal('Image', LoadingImage);

    const blob = await toPngBlob(family, { scale: 3 });

    expect(blob.type).toBe('image/png');
    const svg = toSvgString(family, { xmlDeclaration: false });
    const width = Number(/width="([\d.]+)"/.exec(svg)?.[1]);
    const height = Number(/height="([\d.]+)"/.exec(svg)?.[1]);
    expect(sizes).toEqual([[Math.ceil(width * 3), Math.ceil(height * 3)]]);
    const image = drawImage.mock.calls[0]?.[0] as LoadingImage;
    expect(image.loaded.startsWith('data:image/svg+xml;charset=utf-8,')).toBe(true);
    expect(decodeURIComponent(image.loaded)).toContain(family.title);
  });
});
