import type { PersonId } from '@kinmap/model';
import type { ResolvedOptions } from '../options.ts';
import type { FamilyIndex } from '../passes/buildIndex.ts';
import type { CoupleTable, ParentGroup } from '../passes/couples.ts';
import type { Structure } from '../passes/tree.ts';
import { personArea } from '../households/labelPlace.ts';
import type { Box, Connector, PersonNode, Point } from '../types.ts';
import { childDescent, elbowDescent, sibshipConnector, stemStart } from './descent.ts';
import { n } from './path.ts';
import { toPolylines } from '../readability/polyline.ts';
import { segmentHitsBox } from '../geometry/segmentHitsBox.ts';
import { sibshipTracks, type SibshipRun } from './sibshipTracks.ts';

/** An upright piece of a parent–child line, and the couple whose line it is. */
interface Upright {
  x: number;
  y0: number;
  y1: number;
  couple: string;
  /** An elbow's: lines of the same couple may share it. */
  elbow?: boolean;
}

/** Height between two sibship lines' tracks on one row, in symbol sizes. */
const SIBSHIP_TRACK = 0.12;
/** Tracks past this many share its room between them. */
const MAX_TRACK = 5;

/** Every parent–child line: sibship stems and lines, child drops, twin forks, and elbows. */
export function descentConnectors(
  index: FamilyIndex,
  table: CoupleTable,
  structure: Structure,
  unitX: number[],
  byId: Map<PersonId, PersonNode>,
  skipDepths: Map<string, number>,
  options: ResolvedOptions,
): Connector[] {
  const out: Connector[] = [];
  const stems = new Map<string, { start: Point; lead: string } | undefined>();
  const stemOf = (key: string) => {
    if (stems.has(key)) return stems.get(key);
    const anchor = structure.anchors.get(key);
    const couple = table.couples.get(key);
    const parents = (couple?.parents ?? [])
      .map((p) => byId.get(p))
      .filter((p): p is PersonNode => p !== undefined);
    const stem =
      anchor && parents.length > 0
        ? stemStart(anchor, parents, unitX[anchor.unit] as number, skipDepths.get(key))
        : undefined;
    stems.set(key, stem);
    return stem;
  };
  const partnershipOf = (key: string) => table.couples.get(key)?.partnership?.id;
  const single = (key: string) => {
    const c = table.couples.get(key);
    return c && c.parents.length === 1 ? c.parents[0] : undefined;
  };
  // Each sibship's children, with members of one multiple birth together, and where each child's
  // line (or the multiple birth's fork) leaves the sibship line.
  const sibships: {
    key: string;
    kids: PersonId[];
    stem: { start: Point; lead: string };
    row: number;
    groups: { members: PersonNode[]; group: ReturnType<typeof index.multipleOf.get> }[];
    drops: number[];
  }[] = [];
  for (const [key, kids] of structure.treeChildren) {
    const stem = stemOf(key);
    const nodes = kids.map((k) => byId.get(k)).filter((k): k is PersonNode => k !== undefined);
    if (!stem || nodes.length === 0) continue;
    const groups: (typeof sibships)[number]['groups'] = [];
    const drops: number[] = [];
    let i = 0;
    while (i < nodes.length) {
      const group = index.multipleOf.get((nodes[i] as PersonNode).id);
      let j = i + 1;
      while (group && j < nodes.length && index.multipleOf.get((nodes[j] as PersonNode).id) === group) j += 1;
      const members = nodes.slice(i, j);
      groups.push({ members, group });
      drops.push(members.reduce((sum, m) => sum + m.x, 0) / members.length);
      i = j;
    }
    sibships.push({ key, kids, stem, row: Math.min(...nodes.map((k) => k.y)), groups, drops });
  }
  // Sibship lines of different couples on one row each get their own height where they overlap,
  // in the order that crosses least (sibshipTracks.ts).
  const sibshipRuns = new Map<number, SibshipRun[]>();
  for (const { key, stem, row, drops } of sibships) {
    const xs = [stem.start.x, ...drops];
    const list = sibshipRuns.get(row) ?? [];
    list.push({ key, stem: stem.start.x, drops, lo: Math.min(...xs), hi: Math.max(...xs) });
    sibshipRuns.set(row, list);
  }
  const sibshipLift = new Map<string, number>();
  for (const runs of sibshipRuns.values()) {
    const tracks = sibshipTracks(runs, options.s * 0.3);
    // More tracks than fit at the usual step share the same height of row between them.
    const most = Math.max(0, ...tracks.values());
    const step = most > MAX_TRACK ? (SIBSHIP_TRACK * MAX_TRACK) / most : SIBSHIP_TRACK;
    for (const [key, track] of tracks) sibshipLift.set(key, options.s * step * track);
  }
  // Children drawn elsewhere, and second sets of parents or carers.
  const placed = new Set<string>();
  for (const [key, kids] of structure.treeChildren) for (const k of kids) placed.add(`${key}|${k}`);
  const elbows: {
    stem: { start: Point; lead: string };
    child: PersonNode;
    group: ParentGroup;
    key: string;
  }[] = [];
  for (const person of index.people) {
    const groups: ParentGroup[] = [];
    const primary = table.primary.get(person.id);
    if (primary && !placed.has(`${primary.couple}|${person.id}`)) groups.push(primary);
    groups.push(...(table.secondary.get(person.id) ?? []));
    const child = byId.get(person.id);
    for (const group of groups) {
      const stem = stemOf(group.couple);
      if (stem && child) elbows.push({ stem, child, group, key: `${group.couple}|${person.id}` });
    }
  }
  // Elbows into one row run across at their own heights where they overlap, in the order that
  // crosses least.
  const elbowRuns = new Map<number, SibshipRun[]>();
  for (const e of elbows) {
    const list = elbowRuns.get(e.child.y) ?? [];
    list.push({
      key: e.key,
      stem: e.stem.start.x,
      drops: [e.child.x],
      lo: Math.min(e.stem.start.x, e.child.x),
      hi: Math.max(e.stem.start.x, e.child.x),
    });
    elbowRuns.set(e.child.y, list);
  }
  // Tracks past the third share the room of three between them (elbowDescent's `track`).
  const elbowTrack = new Map<string, number>();
  for (const runs of elbowRuns.values()) {
    const tracks = sibshipTracks(runs, options.s * 0.3, true);
    const most = Math.max(0, ...tracks.values());
    for (const [key, track] of tracks) elbowTrack.set(key, most > 2 ? (track * 2) / most : track);
  }
  // Where the elbows into each row run across (a little wider, for where their way down may
  // move), which a twin bar must not lie along.
  const crossings = new Map<number, { y: number; lo: number; hi: number }[]>();
  for (const e of elbows) {
    const top = e.child.y - e.child.height / 2;
    const list = crossings.get(e.child.y) ?? [];
    list.push({
      y: top - options.s * (0.3 - 0.07 * (elbowTrack.get(e.key) ?? 0)),
      lo: Math.min(e.stem.start.x, e.child.x) - options.s * 0.5,
      hi: Math.max(e.stem.start.x, e.child.x) + options.s * 0.5,
    });
    crossings.set(e.child.y, list);
  }
  // Where each sibship's line runs across above its row, which another couple's twin bar must
  // not lie along either (a twin fork can reach down past a neighbouring sibship's line).
  const sibshipBars = new Map<number, { key: string; y: number; lo: number; hi: number }[]>();
  for (const { key, stem, row, groups } of sibships) {
    let lo = stem.start.x;
    let hi = stem.start.x;
    for (const { members } of groups)
      for (const m of members) {
        lo = Math.min(lo, m.x);
        hi = Math.max(hi, m.x);
      }
    const list = sibshipBars.get(row) ?? [];
    list.push({ key, y: row - options.s - (sibshipLift.get(key) ?? 0), lo, hi });
    sibshipBars.set(row, list);
  }
  // Sibships: the children placed under their couple.
  const drawnUprights: Upright[] = [];
  const heads: Connector[] = [];
  for (const { key, kids, stem, row, groups } of sibships) {
    const sibshipY = row - options.s - (sibshipLift.get(key) ?? 0);
    drawnUprights.push({ x: stem.start.x, y0: stem.start.y, y1: sibshipY, couple: key });
    const drops: number[] = [];
    for (const { members, group } of groups) {
      const node = members[0] as PersonNode;
      const junction = { x: members.reduce((sum, m) => sum + m.x, 0) / members.length, y: sibshipY };
      drops.push(members.length > 1 ? junction.x : node.x);
      for (const m of members)
        if (members.length === 1 || m.x === junction.x)
          drawnUprights.push({ x: m.x, y0: sibshipY, y1: m.y - m.height / 2, couple: key });
      for (const m of members) {
        const links = table.primary.get(m.id)?.links ?? [];
        out.push(
          childDescent(
            m,
            links,
            members.length > 1 ? junction : { x: m.x, y: sibshipY },
            partnershipOf(key),
            options,
          ),
        );
      }
      if (group && members.length > 1)
        out.push(
          ...twinMarks(group.id, group.zygosity, members, junction, options, [
            ...(crossings.get((members[0] as PersonNode).y) ?? []),
            ...(sibshipBars.get(row) ?? []).filter((b) => b.key !== key),
          ]),
        );
    }
    heads.push(
      sibshipConnector(key, stem.start, stem.lead, sibshipY, drops, kids, partnershipOf(key), single(key)),
    );
  }
  // The sibship lines first, last sibship first (as they were always listed).
  out.splice(0, 0, ...heads.reverse());
  // People by row, for elbows that pass a row on their way down.
  // Built only when an elbow spans more than one row (most never do): this runs on every edit.
  let rows: Map<number, Box[]> | undefined;
  const between = (fromY: number, toY: number): Box[] => {
    if (toY - fromY <= options.rowHeight) return [];
    if (!rows) {
      rows = new Map();
      for (const node of byId.values()) {
        const list = rows.get(node.y);
        if (list) list.push(personArea(node));
        else rows.set(node.y, [personArea(node)]);
      }
      // The line between partners side by side, with its label above it: a line down never
      // passes between two partners (it would cross their line and read as their children's).
      for (const p of index.partnerships) {
        const a = byId.get(p.partners[0]);
        const b = byId.get(p.partners[1]);
        if (!a || !b || a.y !== b.y || structure.anchors.get(p.id)?.kind !== 'adjacent') continue;
        const x = Math.min(a.x, b.x);
        const box = { x, y: a.y - options.s * 0.6, width: Math.abs(a.x - b.x), height: options.s * 0.7 };
        rows.get(a.y)?.push(box);
      }
    }
    const out: Box[] = [];
    for (const [y, boxes] of rows) if (y > fromY && y < toY) out.push(...boxes);
    return out;
  };
  // Where a second line arrives at a child, it meets the symbol's top off the middle, alternately
  // right and left, so two parents' lines never lie along each other.
  const arrivals = new Map<PersonId, number>();
  for (const key of placed) {
    const child = key.slice(key.lastIndexOf('|') + 1) as PersonId;
    arrivals.set(child, 1);
  }
  const SPREAD = [0, 0.22, -0.22, 0.36, -0.36];
  const arrivalOffset = (child: PersonId) => {
    const k = arrivals.get(child) ?? 0;
    arrivals.set(child, k + 1);
    return (SPREAD[Math.min(k, SPREAD.length - 1)] as number) * options.s;
  };
  // Upright pieces of the lines drawn so far (stems and child drops), by couple, which an elbow's
  // way down must not lie along: where it would, it leaves its couple's line (or a single parent's
  // side) a little way along.
  const near = options.s * 0.1;
  const uprights = new Map<number, Upright[]>();
  const addUpright = (u: Upright) => {
    const k = Math.floor(u.x / near);
    const list = uprights.get(k);
    if (list) list.push(u);
    else uprights.set(k, [u]);
  };
  for (const u of drawnUprights) addUpright(u);
  /** Whether an upright at x from y0 to y1 lies along one drawn (a couple's own, when `other`). */
  const along = (x: number, y0: number, y1: number, couple: string, other?: string) => {
    const key = Math.floor(x / near);
    for (const k of [key - 1, key, key + 1])
      for (const u of uprights.get(k) ?? [])
        if (
          Math.abs(u.x - x) < near &&
          u.y0 < y1 &&
          u.y1 > y0 &&
          u.couple !== other &&
          !(u.elbow && u.couple === couple)
        )
          return true;
    return false;
  };
  // How far along its couple's line an elbow may leave: between the partners' symbols when they
  // sit side by side, else 0.4 s either way.
  const room = (couple: string, x: number) => {
    const parents = (table.couples.get(couple)?.parents ?? []).map((p) => byId.get(p));
    const [a, b] = parents;
    if (parents.length === 2 && a && b && a.y === b.y && structure.anchors.get(couple)?.kind === 'adjacent') {
      const [l, r] = a.x < b.x ? [a, b] : [b, a];
      return { lo: l.x + l.width / 2 + options.s * 0.1, hi: r.x - r.width / 2 - options.s * 0.1 };
    }
    return { lo: x - options.s * 0.4, hi: x + options.s * 0.4 };
  };
  // Everyone's symbol and name by x, built the first time an elbow has to move.
  let areas: Box[] | undefined;
  let widest = 0;
  const areasNear = (x: number): Box[] => {
    if (!areas) {
      areas = [...byId.values()].map(personArea).sort((a, b) => a.x - b.x);
      for (const a of areas) widest = Math.max(widest, a.width);
    }
    const list = areas;
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((list[mid] as Box).x < x - widest) lo = mid + 1;
      else hi = mid;
    }
    const near: Box[] = [];
    for (let i = lo; i < list.length && (list[i] as Box).x <= x; i += 1) near.push(list[i] as Box);
    return near;
  };
  for (const { stem: given, child, group, key } of elbows) {
    let stem = given;
    const lead = /^M(-?[\d.]+) (-?[\d.]+) H(-?[\d.]+)$/.exec(given.lead);
    // A single parent's elbow keeps clear of every upright, its own stem too; a couple's of others'.
    const other = lead ? undefined : group.couple;
    if ((lead || given.lead === '') && along(given.start.x, given.start.y, child.y, group.couple, other)) {
      // The nearest x, within 0.4 s, clear of every other upright and of everyone's name.
      const y0 = given.start.y;
      const { lo, hi } = lead
        ? { lo: given.start.x - options.s * 0.4, hi: given.start.x + options.s * 0.4 }
        : room(group.couple, given.start.x);
      const xs = [0.1, -0.1, 0.2, -0.2, 0.3, -0.3, 0.4, -0.4].map((k) => given.start.x + k * options.s);
      for (const k of [-1, 0, 1])
        for (const u of uprights.get(Math.floor(given.start.x / near) + k) ?? [])
          if (
            Math.abs(u.x - given.start.x) < near &&
            u.couple !== other &&
            !(u.elbow && u.couple === group.couple)
          )
            xs.unshift(u.x + options.s * 0.11 * Math.sign(given.start.x - u.x || 1));
      const x = xs
        .filter((x) => x >= lo && x <= hi && !along(x, y0, child.y, group.couple, other))
        .filter(
          (x) =>
            !areasNear(x).some((box) =>
              segmentHitsBox({ x, y: y0 }, { x, y: child.y - child.height / 2 }, box),
            ),
        )
        .sort((a, b) => Math.abs(a - given.start.x) - Math.abs(b - given.start.x))[0];
      if (x !== undefined)
        stem = { start: { x, y: y0 }, lead: lead ? `M${lead[1]} ${lead[2]} H${n(x)}` : '' };
    }
    out.push(
      elbowDescent(
        stem.start,
        stem.lead,
        child,
        group.links,
        partnershipOf(group.couple),
        elbowTrack.get(key) ?? 0,
        between(stem.start.y + options.s, child.y),
        arrivalOffset(child.id),
        options,
      ),
    );
    for (const line of toPolylines((out[out.length - 1] as Connector).d))
      line.slice(1).forEach((b, k) => {
        const a = line[k] as Point;
        if (a.x === b.x)
          addUpright({
            x: a.x,
            y0: Math.min(a.y, b.y),
            y1: Math.max(a.y, b.y),
            couple: group.couple,
            elbow: true,
          });
      });
  }
  return out;
}

/**
 * The twin marks of one multiple birth: for identical twins a bar across their two lines, for
 * "not known" a question mark. The bar sits 0.4 of the way down from the fork, or higher or
 * lower where an elbow into the row or another couple's sibship line (`across`) runs across near
 * that height, as far from it as the fork allows.
 */
function twinMarks(
  id: string,
  zygosity: string,
  members: PersonNode[],
  junction: Point,
  options: ResolvedOptions,
  across: readonly { y: number; lo: number; hi: number }[],
): Connector[] {
  const first = members[0] as PersonNode;
  const last = members[members.length - 1] as PersonNode;
  // How near the bar at `t` comes to an elbow running across the fork.
  const ys = across.filter((e) => e.lo < last.x && e.hi > first.x).map((e) => e.y);
  const gap = (t: number) => {
    const y = junction.y + (first.y - first.height / 2 - junction.y) * t;
    return Math.min(Infinity, ...ys.map((e) => Math.abs(e - y)));
  };
  // At 0.4 unless an elbow runs within 0.08 s of it; then where it keeps furthest from them.
  const t =
    gap(0.4) >= options.s * 0.08
      ? 0.4
      : [0.4, 0.3, 0.5, 0.25, 0.55, 0.2, 0.6, 0.65].reduce((best, k) =>
          gap(k) > gap(best) + 0.01 ? k : best,
        );
  const at = (m: PersonNode) => ({
    x: junction.x + (m.x - junction.x) * t,
    y: junction.y + (m.y - m.height / 2 - junction.y) * t,
  });
  const a = at(first);
  const b = at(last);
  if (zygosity === 'dz') return [];
  const ref = { kind: 'multiple-birth' as const, multipleBirth: id as never };
  if (zygosity === 'mz')
    return [
      {
        id: `twins|${id}`,
        ref,
        style: 'twin-bar',
        d: `M${n(a.x)} ${n(a.y)} L${n(b.x)} ${n(b.y)}`,
        marks: [],
      },
    ];
  return [
    {
      id: `twins|${id}`,
      ref,
      style: 'twin-bar',
      d: '',
      marks: [{ kind: 'question', at: { x: junction.x, y: a.y + options.s * 0.05 } }],
    },
  ];
}
