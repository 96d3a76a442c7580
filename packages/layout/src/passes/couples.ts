import type { ParentChildKind, ParentChildLink, Partnership, PersonId } from '@kinmap/model';
import type { FamilyIndex } from './buildIndex.ts';
import { append } from './append.ts';

/** A couple (or single parent) that children hang from. `key` is a partnership id or a synthetic key. */
export interface Couple {
  key: string;
  partnership?: Partnership;
  parents: PersonId[];
}

/** The links that place a child under one couple. */
export interface ParentGroup {
  couple: string;
  links: ParentChildLink[];
}

const RANK: Record<ParentChildKind, number> = {
  birth: 0,
  adopted_out: 0,
  donor: 0,
  surrogate: 0,
  adoptive: 1,
  special_guardian: 2,
  child_arrangements_lives_with: 2,
  legal_guardian: 2,
  kinship_foster: 3,
  foster: 3,
  private_foster: 3,
  informal_kinship: 3,
  step_parenting_role: 4,
  other: 4,
};

export interface CoupleTable {
  couples: Map<string, Couple>;
  /** The group a child is placed under (birth parents first, then adoptive, orders, foster, other). */
  primary: Map<PersonId, ParentGroup>;
  /** Every other group of links to a child: drawn as separate descent lines. */
  secondary: Map<PersonId, ParentGroup[]>;
}

function coupleFor(links: ParentChildLink[], index: FamilyIndex, couples: Map<string, Couple>): string {
  const viaPartnership = links.find((l) => l.partnership !== undefined)?.partnership;
  const known = viaPartnership === undefined ? undefined : couples.get(viaPartnership);
  if (known?.partnership && links.every((l) => known.parents.includes(l.parent))) return known.key;
  const parents = [...new Set(links.map((l) => l.parent))].sort(
    (a, b) => (index.order.get(a) ?? 0) - (index.order.get(b) ?? 0),
  );
  const key = parents.length === 1 ? `single:${parents[0]}` : `pair:${parents.join('|')}`;
  if (!couples.has(key)) couples.set(key, { key, parents });
  return key;
}

/** Groups each child's links by couple and picks the group the child is placed under. */
export function buildCouples(index: FamilyIndex): CoupleTable {
  const couples = new Map<string, Couple>();
  for (const p of index.partnerships)
    couples.set(p.id, { key: p.id, partnership: p, parents: [...p.partners] });
  const primary = new Map<PersonId, ParentGroup>();
  const secondary = new Map<PersonId, ParentGroup[]>();
  for (const [child, links] of index.linksOfChild) {
    const best = Math.min(...links.map((l) => RANK[l.kind]));
    const chosen = links.filter((l) => RANK[l.kind] === best);
    // At most two parents place a child; any others are drawn as extra lines.
    const parents = [...new Set(chosen.map((l) => l.parent))].slice(0, 2);
    const primaryLinks = chosen.filter((l) => parents.includes(l.parent));
    primary.set(child, { couple: coupleFor(primaryLinks, index, couples), links: primaryLinks });
    const rest = links.filter((l) => !primaryLinks.includes(l));
    const groups = new Map<string, ParentChildLink[]>();
    for (const l of rest) {
      const key = l.partnership && couples.has(l.partnership) ? l.partnership : `single:${l.parent}`;
      append(groups, key, l);
    }
    const list: ParentGroup[] = [];
    for (const group of groups.values())
      list.push({ couple: coupleFor(group, index, couples), links: group });
    if (list.length > 0) secondary.set(child, list);
  }
  return { couples, primary, secondary };
}
