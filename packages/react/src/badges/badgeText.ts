import type { Badge } from '@kinmap/layout';
import type { DrawingLabels } from '../labels/drawingLabels.ts';

/** The text a badge shows: the labels' text for fixed codes, the layout's text for statuses and "+n". */
export function badgeText(badge: Badge, labels: DrawingLabels): string {
  return labels.badges[badge.code] || badge.text;
}

/** Approximate width of a badge for its text (layout units), so badges can be placed in a row. */
export function badgeWidth(text: string): number {
  return Math.max(16, text.length * 6.2 + 8);
}

/** At most three badges, then "+n" (the layout usually does this already; this keeps the promise). */
export function capBadges(badges: readonly Badge[]): Badge[] {
  if (badges.length <= 4 || badges.some((b) => b.code === 'more')) return [...badges];
  const more = badges.length - 3;
  return [...badges.slice(0, 3), { code: 'more', text: `+${more}`, filled: false }];
}
