import { householdMembersAt, isWithin } from '@kinmap/model';
import type { Family, PersonId } from '@kinmap/model';
import { n } from '../connectors/path.ts';
import type { ResolvedOptions } from '../options.ts';
import type { Box, HouseholdOutline, PersonNode } from '../types.ts';

interface Run {
  generation: number;
  box: Box;
  members: PersonId[];
}

/** A closed path round boxes stacked on consecutive rows that overlap horizontally. */
export function stackedOutline(boxes: Box[]): string {
  const right: string[] = [];
  const left: string[] = [];
  boxes.forEach((b, i) => {
    const prev = boxes[i - 1];
    const next = boxes[i + 1];
    const top = prev ? (prev.y + prev.height + b.y) / 2 : b.y;
    const bottom = next ? (b.y + b.height + next.y) / 2 : b.y + b.height;
    right.push(`${n(b.x + b.width)} ${n(top)}`, `${n(b.x + b.width)} ${n(bottom)}`);
    left.unshift(`${n(b.x)} ${n(bottom)}`, `${n(b.x)} ${n(top)}`);
  });
  const points = [...right, ...left];
  return `M${points.join(' L')} Z`;
}

/**
 * Dotted household boundaries as at the chart date. Residents (and part-time members) who sit next
 * to each other on a row form a run; runs on consecutive rows that overlap are joined into one
 * outline. Residents the family structure keeps apart get one outline per cluster, same label.
 */
export function householdOutlines(
  family: Family,
  byId: Map<PersonId, PersonNode>,
  options: ResolvedOptions,
): HouseholdOutline[] {
  const { s } = options;
  const pad = s * 0.2;
  const rows = new Map<number, PersonNode[]>();
  for (const node of byId.values()) {
    const list = rows.get(node.generation);
    if (list) list.push(node);
    else rows.set(node.generation, [node]);
  }
  const rank = new Map<PersonId, number>();
  for (const list of rows.values()) {
    list.sort((a, b) => a.x - b.x);
    list.forEach((node, i) => rank.set(node.id, i));
  }
  const out: HouseholdOutline[] = [];
  for (const household of family.households) {
    if (!isWithin(household, options.asAt)) continue;
    const entries = householdMembersAt(family, household.id, options.asAt).filter((e) =>
      byId.has(e.person.id),
    );
    const residents = entries
      .filter((e) => ['resident', 'temporary', 'unknown'].includes(e.member.membership))
      .map((e) => e.person.id);
    const partTime = entries.filter((e) => e.member.membership === 'part_time').map((e) => e.person.id);
    const visitors = entries.filter((e) => e.member.membership === 'regular_visitor').map((e) => e.person.id);
    const inside = new Set([...residents, ...partTime]);
    if (inside.size === 0) continue;
    const runs: Run[] = [];
    const insideNodes = [...inside]
      .map((id) => byId.get(id) as PersonNode)
      .sort((a, b) => a.generation - b.generation || (rank.get(a.id) as number) - (rank.get(b.id) as number));
    let current: PersonNode[] = [];
    const close = () => {
      const first = current[0];
      const last = current[current.length - 1];
      if (!first || !last) return;
      const bottom = Math.max(...current.map((c) => c.label.y + c.label.height));
      const top = first.y - s / 2 - pad;
      const x = first.x - options.labelWidth / 2 - pad;
      const width = last.x + options.labelWidth / 2 + pad - x;
      runs.push({
        generation: first.generation,
        members: current.map((c) => c.id),
        box: { x, y: top, width, height: bottom + pad - top },
      });
      current = [];
    };
    for (const node of insideNodes) {
      const prev = current[current.length - 1];
      const adjacent =
        prev &&
        prev.generation === node.generation &&
        (rank.get(prev.id) as number) + 1 === rank.get(node.id);
      if (!adjacent) close();
      current.push(node);
    }
    close();
    // Chain runs on consecutive rows that overlap horizontally.
    const clusters: Run[][] = [];
    for (const run of runs) {
      const host = clusters.find((c) => {
        const last = c[c.length - 1] as Run;
        return (
          last.generation === run.generation - 1 &&
          last.box.x < run.box.x + run.box.width &&
          run.box.x < last.box.x + last.box.width
        );
      });
      if (host) host.push(run);
      else clusters.push([run]);
    }
    const first = (clusters[0]?.[0] as Run).box;
    out.push({
      id: household.id,
      label: { x: first.x + pad, y: first.y - pad, text: household.label },
      paths: clusters.map((c) => stackedOutline(c.map((r) => r.box))),
      residents,
      partTime,
      visitors,
    });
  }
  return out;
}
