import type { PersonId } from '@kinmap/model';
import { badgeRowWidth } from '../labels/badges.ts';
import { n } from './path.ts';
import type { ResolvedOptions } from '../options.ts';
import type { Structure } from '../passes/tree.ts';
import type { PersonNode } from '../types.ts';

/**
 * Height between two nested down-and-across lines, and from the names to the first, in symbol
 * sizes: enough for a line label ("m. 2011 d. 2016", 10 units high at the default size) set in a
 * line's own run to keep clear of the names and of the next line.
 */
export const SKIP_STEP = 0.2;

/** Space between a down-and-across line's way down and the edge of its partner's badge row. */
const BADGE_CLEAR = 3;

/** Space between a down-and-across line's way down and another couple's line down, in symbol sizes. */
const STEM_CLEAR = 0.1;

/**
 * The y of each `skip` partnership's line: McGoldrick's down-and-across line for a person's third
 * and later partners, run below the name labels of everyone on the unit's row and one step
 * (`SKIP_STEP`) deeper for each further partnership, so lines of different couples never lie on top
 * of each other.
 */
export function skipLineDepths(
  structure: Structure,
  byId: Map<PersonId, PersonNode>,
  options: ResolvedOptions,
): Map<string, number> {
  const out = new Map<string, number>();
  for (const [key, anchor] of structure.anchors) {
    if (anchor.kind !== 'skip') continue;
    const row = (structure.units[anchor.unit]?.members ?? [])
      .map((m) => byId.get(m))
      .filter((m): m is PersonNode => m !== undefined);
    let bottom = -Infinity;
    for (const m of row) bottom = Math.max(bottom, m.label.y + m.label.height);
    if (bottom === -Infinity) continue;
    out.set(key, bottom + options.s * SKIP_STEP * anchor.level);
  }
  return out;
}

/**
 * The path of a down-and-across partnership line between `left` and `right`: out of each partner's
 * facing side below the centre (lower for deeper levels), down the channel just clear of their own
 * name label and badges, and across at `depth`. Nested levels never cross one another. A way down
 * that would run along the line down from another couple on the row (`stems`, their x) keeps
 * `STEM_CLEAR` from it: nearer its own partner where their name and badges leave room, else
 * beyond it, so the two lines are never drawn on top of each other.
 */
export function skipLinePath(
  left: PersonNode,
  right: PersonNode,
  depth: number,
  level: number,
  options: ResolvedOptions,
  stems: readonly number[] = [],
): { d: string; y: number; from: number; to: number } {
  const { s } = options;
  const k = Math.min(level, 3) - 1;
  const sideY = (node: PersonNode) => node.y + node.height * (0.2 + 0.12 * k);
  // Just clear of the partner's name label, and of their row of badges where it is wider.
  const out = (node: PersonNode) =>
    Math.max(options.labelWidth / 2 + s * (0.2 - 0.06 * k), badgeRowWidth(node.badges) / 2 + BADGE_CLEAR);
  // `dir` points from the partner towards the middle of the line.
  const clear = s * STEM_CLEAR;
  const offStems = (node: PersonNode, dir: number): number => {
    let x = node.x + dir * out(node);
    const room = Math.max(options.labelWidth / 2 + 1, badgeRowWidth(node.badges) / 2 + BADGE_CLEAR);
    for (const stem of stems) {
      if (Math.abs(stem - x) >= clear) continue;
      const nearer = stem - dir * clear;
      x = dir * (nearer - node.x) >= room ? nearer : stem + dir * clear;
    }
    return x;
  };
  const x1 = offStems(left, 1);
  const x2 = offStems(right, -1);
  const d =
    `M${n(left.x + left.width / 2)} ${n(sideY(left))} H${n(x1)} V${n(depth)} H${n(x2)} ` +
    `V${n(sideY(right))} H${n(right.x - right.width / 2)}`;
  return { d, y: depth, from: x1, to: x2 };
}
