import { kinmapStyles } from './kinmapStyles.ts';
import { kinmapCustomProperties } from './customProperties.ts';

/**
 * The text of `@kinmap/react/styles.css`: a comment listing the custom properties, then
 * {@link kinmapStyles}. `pnpm styles` writes it; a test fails when the committed file is not current.
 */
export function kinmapStylesheetFile(): string {
  const width = Math.max(...kinmapCustomProperties.map((p) => p.name.length));
  const properties = kinmapCustomProperties.map(
    (p) => ` *   ${p.name.padEnd(width)}  ${p.description} Default: ${p.fallback}`,
  );
  return [
    '/*',
    ' * @kinmap/react/styles.css: the styles of Kinmap charts, legends and their controls.',
    ' * Generated from kinmapStyles (packages/react/src/theme/kinmapStyles.ts) by `pnpm styles`: do not edit.',
    " * Link it once per page (it needs no inline <style>, so a strict style-src 'self' allows it).",
    ' *',
    ' * Theme a chart by setting these custom properties on .kinmap or any ancestor:',
    ...properties,
    ' * or pick a built-in theme with data-theme="light" | "dark" | "high-contrast" | "auto" on .kinmap.',
    ' */',
    kinmapStyles,
    '',
  ].join('\n');
}
