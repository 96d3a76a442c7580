import { describe, expect, it } from 'vitest';
import { contrastRatio, kinmapStyles, palettes } from '@kinmap/react';

describe('themes', () => {
  it.each(Object.entries(palettes))(
    '%s: every line and text colour has at least 3:1 contrast with the paper',
    (_name, p) => {
      for (const key of ['ink', 'muted', 'household', 'emotional', 'ecomap', 'badge', 'focus'] as const) {
        expect(contrastRatio(p[key], p.paper), key).toBeGreaterThanOrEqual(3);
      }
      // Text on a filled badge.
      expect(contrastRatio(p.paper, p.badge)).toBeGreaterThanOrEqual(4.5);
    },
  );

  it('ships a stylesheet with dark, high-contrast, forced-colours and print rules', () => {
    expect(kinmapStyles).toContain("[data-theme='dark']");
    expect(kinmapStyles).toContain("[data-theme='high-contrast']");
    expect(kinmapStyles).toContain('forced-colors');
    expect(kinmapStyles).toContain('@media print');
    expect(kinmapStyles).toContain(`--kinmap-ink: ${palettes.dark.ink}`);
  });

  it('rejects a colour it cannot read instead of guessing', () => {
    expect(() => contrastRatio('red', '#ffffff')).toThrow(/"red" is not a #rrggbb colour/);
  });
});
