/**
 * @kinmap/react: React components that draw, navigate and export Kinmap genograms and ecomaps.
 * Every export is listed by name.
 * @packageDocumentation
 */

// ── Drawing: symbols, connectors, badges, households, agencies ──────────────
export { SymbolGlyph } from './symbols/SymbolGlyph.tsx';
export type { SymbolGlyphProps } from './symbols/SymbolGlyph.tsx';
export { PersonSymbol } from './symbols/PersonSymbol.tsx';
export type { PersonSymbolProps } from './symbols/PersonSymbol.tsx';
export { ConnectorPath } from './connectors/ConnectorPath.tsx';
export type { ConnectorPathProps } from './connectors/ConnectorPath.tsx';
export { connectorAppearance, connectorStyles } from './connectors/connectorAppearance.ts';
export type { ConnectorAppearance, LineTone } from './connectors/connectorAppearance.ts';
export { HouseholdShape } from './connectors/HouseholdShape.tsx';
export type { HouseholdShapeProps } from './connectors/HouseholdShape.tsx';
export { BadgeMark } from './badges/BadgeMark.tsx';
export type { BadgeMarkProps } from './badges/BadgeMark.tsx';
export { AgencyShape } from './ecomap/AgencyShape.tsx';
export type { AgencyShapeProps } from './ecomap/AgencyShape.tsx';

// ── Labels (one overridable object, en-GB) ───────────────────────────────────
export { defaultLabels, mergeLabels, drawingLabels, LabelsProvider, useLabels } from './labels/index.ts';
export type { KinmapLabels, LabelsOverride, DeepPartial, DrawingLabels } from './labels/index.ts';

// ── Theme ────────────────────────────────────────────────────────────────────
export { palettes } from './theme/palettes.ts';
export type { KinmapPalette, KinmapThemeName } from './theme/palettes.ts';
export { kinmapStyles } from './theme/kinmapStyles.ts';
export { contrastRatio } from './theme/contrast.ts';

// ── Interaction: selection, keyboard, viewport, a11y, table, hooks ──────────
// (owned by the interaction work; add exports here)
