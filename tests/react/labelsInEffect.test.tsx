// useLabels gives every string of @kinmap/react wherever it is called: the charts keep only their
// drawing strings in context (so an app that draws a chart does not load the table's and the
// keyboard's words), and useLabels fills in the rest from defaultLabels. A component an app draws
// inside a chart or a provider sees the same labels it saw when the context held them all.
import { describe, expect, it } from 'vitest';
import { render } from '@testing-library/react';
import {
  Ecomap,
  Genogram,
  LabelsProvider,
  defaultLabels,
  mergeLabels,
  useLabels,
  welshLabels,
  type KinmapLabels,
  type LabelsOverride,
} from '@kinmap/react';
import { loadFixture } from './support/fixtures.ts';

const AS_AT = '2025-06-01';

/** Renders nothing; hands the labels it reads to `seen`. */
function Reader({ seen }: { seen: KinmapLabels[] }) {
  seen.push(useLabels());
  return null;
}

const override: LabelsOverride = {
  legendTitle: 'Symbols used',
  zoomIn: 'Bigger',
  caringRole: { young_carer: 'Young carer (under 18)' },
};

describe('useLabels', () => {
  it('is defaultLabels outside any provider, every string there', () => {
    const seen: KinmapLabels[] = [];
    render(<Reader seen={seen} />);
    expect(seen[0]).toBe(defaultLabels);
  });

  it('inside a Genogram or an Ecomap is defaultLabels with the labels prop merged over them', () => {
    const family = loadFixture('leo');
    const expected = mergeLabels(defaultLabels, override);
    for (const chart of ['genogram', 'ecomap', 'provider'] as const) {
      const seen: KinmapLabels[] = [];
      const reader = <Reader seen={seen} />;
      render(
        chart === 'genogram' ? (
          <Genogram family={family} asAt={AS_AT} labels={override}>
            {reader}
          </Genogram>
        ) : chart === 'ecomap' ? (
          <Ecomap family={family} asAt={AS_AT} labels={override}>
            {reader}
          </Ecomap>
        ) : (
          <LabelsProvider value={mergeLabels(defaultLabels, override)}>{reader}</LabelsProvider>
        ),
      );
      expect(seen.length, chart).toBeGreaterThan(0);
      for (const labels of seen) {
        expect(labels, chart).toEqual(expected);
        // The table's nested group keeps its other words.
        expect(labels.caringRole.young_carer).toBe('Young carer (under 18)');
        expect(labels.caringRole.parent_carer).toBe(defaultLabels.caringRole.parent_carer);
      }
    }
  });

  it('under a LabelsProvider with welshLabels is the Welsh labels, in a chart too', () => {
    const seen: KinmapLabels[] = [];
    render(
      <LabelsProvider value={welshLabels}>
        <Reader seen={seen} />
        <Genogram family={loadFixture('leo')} asAt={AS_AT}>
          <Reader seen={seen} />
        </Genogram>
      </LabelsProvider>,
    );
    expect(seen.length).toBeGreaterThanOrEqual(2);
    for (const labels of seen) expect(labels).toEqual(welshLabels);
  });
});
