import { isWithin } from '@kinmap/model';
import type { ParentChildKind, ParentChildLink, PersonId } from '@kinmap/model';
import type { ResolvedOptions } from '../options.ts';
import type { Anchor } from '../passes/tree.ts';
import type { Box, Connector, ConnectorStyle, PersonNode, Point } from '../types.ts';
import { n } from './path.ts';

/** Line style of a parent–child link (domain.md §1.4). */
export function descentStyle(kind: ParentChildKind): ConnectorStyle {
  switch (kind) {
    case 'birth':
    case 'adopted_out':
    case 'donor':
    case 'surrogate':
      return 'descent-birth';
    case 'adoptive':
      return 'descent-adoptive';
    case 'foster':
    case 'kinship_foster':
    case 'private_foster':
      return 'descent-foster';
    case 'special_guardian':
    case 'child_arrangements_lives_with':
    case 'informal_kinship':
    case 'legal_guardian':
      return 'descent-order';
    case 'step_parenting_role':
      return 'descent-step';
    default:
      return 'descent-other';
  }
}

/** Where a couple's descent stem starts, and the path from the parents to that point. */
export function stemStart(
  anchor: Anchor,
  parents: PersonNode[],
  unitX: number,
  skipDepth: number | undefined,
): { start: Point; lead: string } {
  const x = unitX + anchor.dx;
  const first = parents[0] as PersonNode;
  if (anchor.kind === 'single') {
    // Out of the parent's side below the centre, where no partnership line runs.
    const y = first.y + first.height * 0.25;
    const side = x >= first.x ? 1 : -1;
    return { start: { x, y }, lead: `M${n(first.x + (side * first.width) / 2)} ${n(y)} H${n(x)}` };
  }
  if (anchor.kind === 'skip' && skipDepth !== undefined) return { start: { x, y: skipDepth }, lead: '' };
  return { start: { x, y: first.y }, lead: '' };
}

function isPast(links: ParentChildLink[], asAt: string): boolean {
  return links.length > 0 && links.every((l) => l.to !== undefined && !isWithin({ to: l.to }, asAt));
}

/** One child's line from the sibship line (or a twin junction) to the top of its symbol. */
export function childDescent(
  child: PersonNode,
  links: ParentChildLink[],
  from: Point,
  partnership: string | undefined,
  options: ResolvedOptions,
): Connector {
  const top = child.y - child.height / 2;
  const d =
    from.x === child.x
      ? `M${n(from.x)} ${n(from.y)} V${n(top)}`
      : `M${n(from.x)} ${n(from.y)} L${n(child.x)} ${n(top)}`;
  const connector: Connector = {
    id: `descent|${child.id}|${partnership ?? links[0]?.parent ?? ''}`,
    ref: {
      kind: 'descent',
      links: links.map((l) => l.id),
      ...(partnership ? { partnership: partnership as never } : {}),
    },
    style: descentStyle(links[0]?.kind ?? 'birth'),
    d,
    marks: [],
  };
  if (isPast(links, options.asAt)) connector.isPast = true;
  return connector;
}

/**
 * A descent line to a child who is drawn elsewhere (an in-law, or a second set of carers). `track`
 * (from 0) sets its height above the child's row; `between` are the boxes (symbol and name) of the
 * people on the rows between parent and child, which the line goes round; `arrival` moves where it
 * meets the top of the child's symbol off the middle, when another line already arrives there.
 */
export function elbowDescent(
  start: Point,
  lead: string,
  child: PersonNode,
  links: ParentChildLink[],
  partnership: string | undefined,
  track: number,
  between: readonly Box[],
  arrival: number,
  options: ResolvedOptions,
): Connector {
  const top = child.y - child.height / 2;
  const arrive = child.x + arrival;
  // Just above the child's row, one step lower for each elbow it would otherwise lie along.
  const bend = top - options.s * (0.3 - 0.07 * track);
  // Across a row in between, the line goes down through a gap between people, not through them.
  const inWay = (x: number) => between.filter((b) => x > b.x && x < b.x + b.width);
  let downX = start.x;
  if (inWay(downX).length > 0) {
    const gaps = between.flatMap((b) => [b.x - options.s * 0.15, b.x + b.width + options.s * 0.15]);
    downX = gaps
      .filter((x) => inWay(x).length === 0)
      .sort((a, b) => Math.abs(a - start.x) - Math.abs(b - start.x))[0] as number;
  }
  const jog = Math.min(...between.map((b) => b.y)) - options.s * 0.35;
  const body =
    bend <= start.y
      ? `M${n(start.x)} ${n(start.y)} L${n(arrive)} ${n(top)}`
      : downX === start.x
        ? `M${n(start.x)} ${n(start.y)} V${n(bend)} H${n(arrive)} V${n(top)}`
        : `M${n(start.x)} ${n(start.y)} V${n(jog)} H${n(downX)} V${n(bend)} H${n(arrive)} V${n(top)}`;
  const connector: Connector = {
    id: `descent|${child.id}|${partnership ?? links[0]?.parent ?? ''}|elbow`,
    ref: {
      kind: 'descent',
      links: links.map((l) => l.id),
      ...(partnership ? { partnership: partnership as never } : {}),
    },
    style: descentStyle(links[0]?.kind ?? 'birth'),
    d: lead ? `${lead} ${body}` : body,
    marks: [],
  };
  if (isPast(links, options.asAt)) connector.isPast = true;
  return connector;
}

/** The stem from the couple down to the sibship line, and the sibship line across the children. */
export function sibshipConnector(
  key: string,
  start: Point,
  lead: string,
  sibshipY: number,
  xs: number[],
  children: PersonId[],
  partnership: string | undefined,
  parent: PersonId | undefined,
): Connector {
  const lo = Math.min(start.x, ...xs);
  const hi = Math.max(start.x, ...xs);
  const stem = `M${n(start.x)} ${n(start.y)} V${n(sibshipY)}`;
  const line = hi > lo ? ` M${n(lo)} ${n(sibshipY)} H${n(hi)}` : '';
  return {
    id: `sibship|${key}`,
    ref: {
      kind: 'sibship',
      ...(partnership ? { partnership: partnership as never } : {}),
      ...(parent ? { parent } : {}),
      children,
    },
    style: 'sibship',
    d: `${lead ? `${lead} ` : ''}${stem}${line}`,
    marks: [],
  };
}
