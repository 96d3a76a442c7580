/**
 * @kinmap/layout: turns a Kinmap family into plain geometry a renderer draws without thinking.
 * @packageDocumentation
 */
export type {
  Point,
  Box,
  LayoutOptions,
  SymbolShape,
  BadgeCode,
  Badge,
  SymbolDescriptor,
  PersonNode,
  ConnectorStyle,
  ConnectorRef,
  ConnectorMark,
  Connector,
  HouseholdOutline,
  AgencyNode,
  FamilyLayout,
  ChartWords,
  LineWord,
  NodeDetail,
  PartnershipWordCode,
  EmotionalWordCode,
} from './types.ts';
export { layoutFamily } from './layoutFamily.ts';
export { DEFAULT_LAYOUT_OPTIONS } from './options.ts';
export { measureReadability } from './readability/measureReadability.ts';
export { CHART_FONT_FAMILY, textWidth } from './labels/textWidth.ts';
export { lineText } from './labels/chartWords.ts';
export type { FontStyleName } from './labels/textWidth.ts';
export type { ReadabilityCounts, ReadabilityReport, ReadabilityRule } from './readability/types.ts';
