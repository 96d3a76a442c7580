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

// ── Charts: Genogram, Ecomap, Legend ─────────────────────────────────────────
export { Genogram } from './Genogram/Genogram.tsx';
export type { GenogramProps, GenogramDisplaySettings } from './Genogram/Genogram.tsx';
export type { DrawingHooks } from './Genogram/GenogramDrawing.tsx';
export { useFamilyLayout } from './Genogram/useFamilyLayout.ts';
export { Ecomap } from './ecomap/Ecomap.tsx';
export type { EcomapProps } from './ecomap/Ecomap.tsx';
export { Legend } from './legend/Legend.tsx';
export type { LegendProps } from './legend/Legend.tsx';
export { legendEntries } from './legend/legendEntries.ts';
export type { LegendEntry, LegendGroup, LegendSample } from './legend/legendEntries.ts';
export type { RootProps } from './props/rootProps.ts';

// ── Export: standalone SVG and PNG ───────────────────────────────────────────
export { toSvgString } from './export/toSvgString.tsx';
export type { SvgExportOptions } from './export/toSvgString.tsx';
export { toPngBlob } from './export/toPngBlob.ts';
export type { PngExportOptions } from './export/toPngBlob.ts';
export { xmlText } from './text/xmlText.ts';

// ── Labels (one overridable object, en-GB) ───────────────────────────────────
export { defaultLabels, mergeLabels, drawingLabels, LabelsProvider, useLabels } from './labels/index.ts';
// Translation: the Welsh (cy) labels, and the words a chart's labels give the layout to measure.
export { welshLabels, layoutWordsOf, lineLabelText } from './labels/index.ts';
export type { KinmapLabels, LabelsOverride, DeepPartial, DrawingLabels } from './labels/index.ts';

// ── Theme ────────────────────────────────────────────────────────────────────
export { palettes } from './theme/palettes.ts';
export type { KinmapPalette, KinmapThemeName } from './theme/palettes.ts';
export { kinmapStyles } from './theme/kinmapStyles.ts';
export { KinmapStyles } from './theme/KinmapStyleElement.tsx';
export type { KinmapStylesProps } from './theme/KinmapStyleElement.tsx';
export { kinmapCustomProperties } from './theme/customProperties.ts';
export type { KinmapCustomProperty } from './theme/customProperties.ts';
export { kinmapFontStack } from './theme/font.ts';
export { contrastRatio } from './theme/contrast.ts';

// ── Interaction: selection, keyboard, viewport, a11y, table, hooks ──────────
export { useControllableState } from './hooks/useControllableState.ts';
export { useFamilyHistory } from './hooks/useFamilyHistory.ts';
export type { FamilyEdit, FamilyHistory, FamilyHistoryOptions } from './hooks/useFamilyHistory.ts';
export type { Updater } from './hooks/useControllableState.ts';
export { nextSelection } from './interaction/selection.ts';
export type { SelectableId, Selection, SelectMode } from './interaction/selection.ts';
export { useSelection } from './interaction/useSelection.ts';
export type { SelectionProps, SelectionState } from './interaction/useSelection.ts';
export { nextPersonInDirection, readingOrder } from './interaction/nextPersonInDirection.ts';
export type { Direction } from './interaction/nextPersonInDirection.ts';
export { useGenogramKeyboard } from './interaction/useGenogramKeyboard.ts';
export type {
  GenogramKeyboard,
  GenogramKeyboardOptions,
  PersonElementProps,
} from './interaction/useGenogramKeyboard.ts';
export { InteractiveGenogram } from './interaction/InteractiveGenogram.tsx';
export type { InteractiveGenogramProps } from './interaction/InteractiveGenogram.tsx';
export { KeyboardInstructions } from './interaction/KeyboardInstructions.tsx';
export type { KeyboardInstructionsProps } from './interaction/KeyboardInstructions.tsx';
export { FocusRing, interactionCss } from './interaction/FocusRing.tsx';
export type { FocusRingProps } from './interaction/FocusRing.tsx';
export { createPanZoom } from './viewport/createPanZoom.ts';
export type { PanZoomInstance, PanZoomOptions, PanZoomSettings, ViewSize } from './viewport/createPanZoom.ts';
export { useViewport, ZOOM_STEP, PAN_STEP } from './viewport/useViewport.ts';
export type { ViewportOptions, ViewportState } from './viewport/useViewport.ts';
export { ViewportControls } from './viewport/ViewportControls.tsx';
export type { ViewportControlsProps } from './viewport/ViewportControls.tsx';
export { viewportTransform, IDENTITY_VIEWPORT } from './viewport/types.ts';
export type { Viewport, ViewportChangeSource } from './viewport/types.ts';
export { describePerson } from './a11y/describePerson.ts';
export type { DescribeLabels, DescribeOptions } from './a11y/describePerson.ts';
export { describeRelationship } from './a11y/describeRelationship.ts';
export type { RelationshipId } from './a11y/describeRelationship.ts';
export { personName } from './a11y/personName.ts';
export { describeChange } from './a11y/describeChange.ts';
export type { ChangeAction } from './a11y/describeChange.ts';
export { useAnnouncer } from './a11y/useAnnouncer.ts';
export type { Announcement, Announcer } from './a11y/useAnnouncer.ts';
export { LiveRegion } from './a11y/LiveRegion.tsx';
export type { LiveRegionProps } from './a11y/LiveRegion.tsx';
export { FamilyTable } from './table/FamilyTable.tsx';
export type { FamilyTableProps } from './table/FamilyTable.tsx';
export { interactionLabels } from './labels/interactionLabels.ts';
export type { InteractionLabels, TermGender } from './labels/interactionLabels.ts';
export { tableLabels } from './labels/tableLabels.ts';
export type { TableLabels } from './labels/tableLabels.ts';
