import type { Family } from '@kinmap/model';
import type { Connector } from '../types.ts';

/** Lookups from the family that tell which people a line stands for. */
export interface FamilyIndex {
  partners: Map<string, readonly [string, string]>;
  linkEnds: Map<string, { parent: string; child: string; partnership?: string }>;
  multipleBirths: Map<string, readonly string[]>;
  emotionalEnds: Map<string, readonly [string, string]>;
  involvements: Map<string, { agency: string; person?: string; household?: string }>;
  householdMembers: Map<string, readonly string[]>;
}

export function indexFamily(family: Family): FamilyIndex {
  return {
    partners: new Map(family.partnerships.map((p) => [p.id, p.partners] as const)),
    linkEnds: new Map(
      family.parentChildLinks.map((l) => [
        l.id,
        { parent: l.parent, child: l.child, ...(l.partnership ? { partnership: l.partnership } : {}) },
      ]),
    ),
    multipleBirths: new Map(family.multipleBirths.map((m) => [m.id, m.members] as const)),
    emotionalEnds: new Map(family.emotionalRelationships.map((e) => [e.id, [e.from, e.to]] as const)),
    involvements: new Map(
      family.involvements.map((v) => [
        v.id,
        {
          agency: v.agency,
          ...(v.with.kind === 'person' ? { person: v.with.person } : {}),
          ...(v.with.kind === 'household' ? { household: v.with.household } : {}),
        },
      ]),
    ),
    householdMembers: new Map(family.households.map((h) => [h.id, h.members.map((m) => m.person)] as const)),
  };
}

/**
 * The people (and agency) a line belongs to: it may touch their symbols. A partnership line belongs
 * to the partners, a parent–child line to the parents and children, a twin bar to the twins, an
 * emotional or caring line to its two people, a tether to the visitor, an ecomap line to its agency and the
 * person or household it goes to.
 */
export function ownersOf(connector: Connector, index: FamilyIndex): Set<string> {
  const owners = new Set<string>();
  const ref = connector.ref;
  const addPartners = (id: string | undefined) => {
    for (const p of (id && index.partners.get(id)) || []) owners.add(p);
  };
  switch (ref.kind) {
    case 'partnership':
      addPartners(ref.partnership);
      break;
    case 'descent':
      addPartners(ref.partnership);
      for (const link of ref.links) {
        const ends = index.linkEnds.get(link);
        if (ends) owners.add(ends.parent).add(ends.child);
      }
      break;
    case 'sibship':
      addPartners(ref.partnership);
      if (ref.parent) owners.add(ref.parent);
      for (const child of ref.children ?? []) owners.add(child);
      break;
    case 'multiple-birth':
      for (const member of index.multipleBirths.get(ref.multipleBirth) ?? []) owners.add(member);
      break;
    case 'household-tether':
      owners.add(ref.person);
      break;
    case 'emotional':
      for (const p of index.emotionalEnds.get(ref.emotional) ?? []) owners.add(p);
      break;
    case 'caring':
      owners.add(ref.carer).add(ref.caredFor);
      break;
    case 'ecomap': {
      const v = index.involvements.get(ref.involvement);
      if (!v) break;
      owners.add(v.agency);
      if (v.person) owners.add(v.person);
      if (v.household) for (const p of index.householdMembers.get(v.household) ?? []) owners.add(p);
      break;
    }
  }
  return owners;
}

/**
 * The couple a structural line hangs from (a partnership, or the parents of its links), so lines of
 * one couple may run along each other but lines of two couples may not. Undefined for lines that
 * are not partnership or parent–child lines.
 */
export function coupleOf(connector: Connector, index: FamilyIndex): string | undefined {
  const ref = connector.ref;
  switch (ref.kind) {
    case 'partnership':
      return ref.partnership;
    case 'sibship':
      return ref.partnership ?? ref.parent ?? connector.id;
    case 'descent': {
      if (ref.partnership) return ref.partnership;
      const viaLink = ref.links.map((l) => index.linkEnds.get(l)?.partnership).find(Boolean);
      if (viaLink) return viaLink;
      const parents = [...new Set(ref.links.map((l) => index.linkEnds.get(l)?.parent ?? l))].sort();
      return parents.length ? parents.join('+') : connector.id;
    }
    case 'multiple-birth':
      return `twins:${ref.multipleBirth}`;
    case 'household-tether':
      return `tether:${connector.id}`;
    default:
      return undefined;
  }
}

/** Partnership, sibship, descent and twin lines, and tethers: the lines that carry the family's structure. */
export function isStructural(connector: Connector): boolean {
  return coupleOf(connector, EMPTY) !== undefined;
}

/** Sibship, descent and twin lines: the lines from parents to children. */
export function isParentChild(connector: Connector): boolean {
  const kind = connector.ref.kind;
  return kind === 'sibship' || kind === 'descent' || kind === 'multiple-birth';
}

const EMPTY: FamilyIndex = {
  partners: new Map(),
  linkEnds: new Map(),
  multipleBirths: new Map(),
  emotionalEnds: new Map(),
  involvements: new Map(),
  householdMembers: new Map(),
};
