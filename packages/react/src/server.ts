/**
 * @kinmap/react/server: what a React Server Component (or any server code) can import. Nothing here
 * uses state, effects, context or React DOM, so it loads under React's server build (`react-server`
 * condition), where `@kinmap/react` itself is a client module.
 *
 * @example
 * ```tsx
 * import { StaticGenogram, toSvgString } from '@kinmap/react/server';
 * ```
 * @packageDocumentation
 */

// ── Static drawing ───────────────────────────────────────────────────────────
export { toSvgString } from './export/toSvgString.tsx';
export type { SvgExportOptions } from './export/toSvgString.tsx';
export { renderStaticSvg } from './static/toSvgStringStatic.ts';
export type { StaticSvgOptions } from './static/toSvgStringStatic.ts';
export { StaticGenogram } from './static/StaticGenogram.tsx';
export type { StaticGenogramProps } from './static/StaticGenogram.tsx';
export { legendEntries } from './legend/legendEntries.ts';
export type { LegendEntry, LegendGroup, LegendSample } from './legend/legendEntries.ts';
export { xmlText } from './text/xmlText.ts';

// ── Labels ───────────────────────────────────────────────────────────────────
export { defaultLabels } from './labels/defaultLabels.ts';
export type { KinmapLabels, LabelsOverride } from './labels/defaultLabels.ts';
export { mergeLabels } from './labels/mergeLabels.ts';
export type { DeepPartial } from './labels/mergeLabels.ts';
export { drawingLabels } from './labels/drawingLabels.ts';
export type { DrawingLabels } from './labels/drawingLabels.ts';
export { interactionLabels } from './labels/interactionLabels.ts';
export { tableLabels } from './labels/tableLabels.ts';

// ── Theme and CSS ────────────────────────────────────────────────────────────
export { palettes } from './theme/palettes.ts';
export type { KinmapPalette, KinmapThemeName } from './theme/palettes.ts';
export { contrastRatio } from './theme/contrast.ts';
export { kinmapStyles } from './theme/kinmapStyles.ts';
export { KinmapStyles } from './theme/KinmapStyleElement.tsx';
export type { KinmapStylesProps } from './theme/KinmapStyleElement.tsx';
export { kinmapCustomProperties } from './theme/customProperties.ts';
export type { KinmapCustomProperty } from './theme/customProperties.ts';
export { kinmapFontStack } from './theme/font.ts';
export { themeVariables } from './theme/ThemeContext.tsx';

// ── Words about people (plain functions) ─────────────────────────────────────
export { describePerson } from './a11y/describePerson.ts';
export { describeRelationship } from './a11y/describeRelationship.ts';
export { personName } from './a11y/personName.ts';
