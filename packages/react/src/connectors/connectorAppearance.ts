import type { ConnectorStyle } from '@kinmap/layout';
import type { NotationProfile } from '@kinmap/model';

/** Which palette colour a line uses. Colour is an extra cue only; the pattern carries the meaning. */
export type LineTone = 'ink' | 'household' | 'emotional' | 'ecomap' | 'muted';

/** How one connector style is drawn: the line pattern that carries its meaning. */
export interface ConnectorAppearance {
  /** Stroke width in layout units. */
  width: number;
  /** SVG `stroke-dasharray`, or undefined for a solid line. */
  dash?: string;
  /** Parallel lines drawn side by side (close = 2, very close/fused = 3). */
  lines: 1 | 2 | 3;
  /** A zigzag along the line: `low` for conflict, `high` for hostile and violence. */
  zigzag?: 'low' | 'high';
  /** The zigzag is drawn over the parallel lines (close-hostile, fused-hostile) instead of replacing them. */
  zigzagOver?: boolean;
  /** A gap in the middle of the line (indifferent, never met). */
  gap?: boolean;
  tone: LineTone;
}

const solid = (width: number, tone: LineTone = 'ink'): ConnectorAppearance => ({ width, lines: 1, tone });
const dashed = (width: number, dash: string, tone: LineTone = 'ink'): ConnectorAppearance => ({
  width,
  dash,
  lines: 1,
  tone,
});
const emo = (a: Partial<ConnectorAppearance>): ConnectorAppearance => ({
  width: 1.5,
  lines: 1,
  tone: 'emotional',
  ...a,
});

const APPEARANCE: Record<ConnectorStyle, ConnectorAppearance> = {
  'partnership-married': solid(2),
  'partnership-cohabiting': dashed(2, '8 5'),
  'partnership-engaged': dashed(2, '16 5'),
  'partnership-committed': dashed(2, '2 4'),
  'partnership-casual': dashed(1.5, '2 8'),
  'partnership-unknown': solid(1),
  'descent-birth': solid(1.5),
  'descent-adoptive': dashed(1.5, '6 4'),
  'descent-foster': dashed(1.5, '2 4'),
  'descent-order': dashed(1.5, '9 3 2 3'),
  'descent-step': dashed(1.5, '2 7'),
  'descent-other': dashed(1, '3 3'),
  sibship: solid(1.5),
  'twin-bar': solid(1.5),
  'household-tether': dashed(1.5, '2 3', 'household'),
  'emotional-close': emo({ lines: 2 }),
  'emotional-very_close': emo({ lines: 3 }),
  'emotional-fused': emo({ lines: 3 }),
  'emotional-distant': emo({ dash: '2 5' }),
  'emotional-indifferent': emo({ width: 1, dash: '5 4', gap: true }),
  'emotional-never_met': emo({ width: 1, dash: '2 4', gap: true }),
  'emotional-conflict': emo({ zigzag: 'low' }),
  'emotional-hostile': emo({ width: 2.5, zigzag: 'high' }),
  'emotional-close_hostile': emo({ lines: 2, zigzag: 'low', zigzagOver: true }),
  'emotional-fused_hostile': emo({ lines: 3, zigzag: 'low', zigzagOver: true }),
  'emotional-cutoff': emo({}),
  'emotional-cutoff_repaired': emo({}),
  'emotional-focused_on': emo({}),
  'emotional-focused_on_negatively': emo({ zigzag: 'low' }),
  'emotional-physical_abuse': emo({ width: 2, zigzag: 'low' }),
  'emotional-sexual_abuse': emo({ width: 1.5, lines: 2, zigzag: 'low' }),
  'emotional-emotional_abuse': emo({ width: 2, zigzag: 'low', dash: '6 3' }),
  'emotional-neglect': emo({ width: 2, dash: '2 4' }),
  'emotional-violence': emo({ width: 3, zigzag: 'high' }),
  'emotional-controlling': emo({ width: 3 }),
  'emotional-manipulative': emo({ dash: '10 4' }),
  'emotional-jealous': emo({ dash: '10 3 2 3' }),
  'emotional-caretaker': emo({ width: 1 }),
  'emotional-supportive': emo({ width: 3.5 }),
  'emotional-other': emo({ width: 1 }),
  // A caring role: a solid ink line with open arrowheads (») in its middle, pointing to the person
  // cared for; never filled, so it is not read as an emotional arrow (see docs/layout.md).
  caring: solid(1.5),
  'ecomap-strong': solid(3, 'ecomap'),
  'ecomap-weak': solid(1, 'ecomap'),
  'ecomap-tenuous': dashed(1.5, '6 5', 'ecomap'),
  // Strength not recorded: thin, grey and dotted, so a missing answer is never read as weak.
  'ecomap-unrecorded': dashed(1, '1 4', 'muted'),
};

/**
 * The line pattern for a connector style token under a notation profile. The one convention that
 * differs by profile is cohabitation: McGoldrick and NSGC draw it dashed, the UK ICS key unbroken
 * (domain.md §8 item 2).
 *
 * @example
 * ```ts
 * connectorAppearance('emotional-close', 'mcgoldrick'); // { width: 1.5, lines: 2, tone: 'emotional' }
 * connectorAppearance('partnership-cohabiting', 'ics_uk').dash; // undefined (solid)
 * ```
 */
export function connectorAppearance(style: ConnectorStyle, notation: NotationProfile): ConnectorAppearance {
  if (style === 'partnership-cohabiting' && notation === 'ics_uk') return solid(2);
  return APPEARANCE[style] ?? solid(1);
}

/**
 * Every connector style token the renderer knows, in the order the key lists them.
 *
 * @example
 * ```ts
 * connectorStyles.includes('descent-foster'); // true
 * ```
 */
export const connectorStyles = Object.keys(APPEARANCE) as ConnectorStyle[];
