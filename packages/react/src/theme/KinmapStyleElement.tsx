import { kinmapStyles } from './kinmapStyles.ts';

/** Props of {@link KinmapStyles}. */
export interface KinmapStylesProps {
  /**
   * The nonce of your Content Security Policy (`style-src 'nonce-…'`), so the browser applies this
   * `<style>`. Without a CSP that asks for one, leave it out.
   */
  nonce?: string;
}

/**
 * The Kinmap stylesheet as a `<style>` element, for apps that do not load CSS files. Render it once,
 * anywhere on the page. Under a strict Content Security Policy either pass your policy's `nonce`, or
 * do not render this at all and link `@kinmap/react/styles.css` instead (the same rules).
 *
 * Has no hooks, so a React Server Component can render it too.
 *
 * @example
 * ```tsx
 * import { Genogram, KinmapStyles } from '@kinmap/react';
 * <>
 *   <KinmapStyles nonce={cspNonce} />
 *   <Genogram family={family} />
 * </>
 * ```
 */
export function KinmapStyles({ nonce }: KinmapStylesProps) {
  return (
    <style nonce={nonce} data-kinmap-styles="">
      {kinmapStyles}
    </style>
  );
}
