// The public API of @kinmap/react, as a list (visx style): adding, renaming or removing an export fails
// here first, so it is a decision rather than an accident. Update the list and the docs together.
// Components, hooks, labels, theme, export and interaction helpers: every runtime export.
import { describe, expect, it } from 'vitest';

const EXPECTED = [
  'AgencyShape',
  'BadgeMark',
  'ConnectorPath',
  'Ecomap',
  'FamilyTable',
  'FocusRing',
  'Genogram',
  'HouseholdShape',
  'IDENTITY_VIEWPORT',
  'InteractiveGenogram',
  'KeyboardInstructions',
  'KinmapStyles',
  'LabelsProvider',
  'Legend',
  'LiveRegion',
  'PAN_STEP',
  'PersonSymbol',
  'SymbolGlyph',
  'ViewportControls',
  'ZOOM_STEP',
  'connectorAppearance',
  'connectorStyles',
  'contrastRatio',
  'createPanZoom',
  'defaultLabels',
  'describeChange',
  'describePerson',
  'describeRelationship',
  'drawingLabels',
  'interactionCss',
  'interactionLabels',
  'kinmapCustomProperties',
  'kinmapFontStack',
  'kinmapStyles',
  'layoutWordsOf',
  'legendEntries',
  'lineLabelText',
  'mergeLabels',
  'nextPersonInDirection',
  'nextSelection',
  'palettes',
  'personName',
  'readingOrder',
  'tableLabels',
  'toPngBlob',
  'toSvgString',
  'useAnnouncer',
  'useControllableState',
  'useFamilyHistory',
  'useFamilyLayout',
  'useGenogramKeyboard',
  'useLabels',
  'useSelection',
  'useViewport',
  'viewportTransform',
  'welshLabels',
  'xmlText',
];

describe('@kinmap/react public API', () => {
  it('exports exactly the listed names', async () => {
    expect(Object.keys(await import('@kinmap/react')).sort()).toEqual(EXPECTED);
  });

  it('exports nothing undefined (no export of a missing name)', async () => {
    const entry: Record<string, unknown> = await import('@kinmap/react');
    expect(EXPECTED.filter((key) => entry[key] === undefined)).toEqual([]);
  });
});
