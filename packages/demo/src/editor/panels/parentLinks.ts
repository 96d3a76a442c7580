import { defaultLabels } from '@kinmap/react';
import {
  ModelError,
  partnershipStatusAt,
  type Family,
  type GenderIdentity,
  type ParentChildLink,
  type Partnership,
  type Person,
} from '@kinmap/model';
import type { Operation } from '../EditorContext.ts';
import { personName } from '../personName.ts';
import { asAtOf } from '../person/relativeChoices.ts';
import { labelOf } from '../optionLabels.ts';

// The parent–child links the Relationships panel lists and edits: which ones, in what words, and the
// partnerships a link can belong to. Pure functions of the family (tested in tests/demo).

/** One parent–child link with its place in `family.parentChildLinks` (for field paths). */
export interface LinkEntry {
  link: ParentChildLink;
  index: number;
  child: Person | undefined;
  parent: Person | undefined;
  /** "Jake: son of Tom", "Sophie: stepdaughter of Tom", "Leo: child cared for by Nan". */
  title: string;
}

const termGender = (gender: GenderIdentity | undefined) =>
  gender === 'woman' ? 'woman' : gender === 'man' ? 'man' : 'other';

const nameOrUnknown = (person: Person | undefined) => (person ? personName(person) : 'Unknown person');

/** "Jake: son of Tom" in the words the tables use. */
export function linkTitle(family: Family, link: ParentChildLink): string {
  const child = family.people.find((p) => p.id === link.child);
  const parent = family.people.find((p) => p.id === link.parent);
  const term = defaultLabels.childTerm(link.kind, termGender(child?.genderIdentity));
  const by = term === 'child cared for' ? 'by' : 'of';
  return `${nameOrUnknown(child)}: ${term} ${by} ${nameOrUnknown(parent)}`;
}

/**
 * The parent–child links to list: those where `personId` is the parent or the child (their parents
 * first, then their children), or every link on the map when `personId` is undefined.
 *
 * @example
 * linkEntries(family, tom).map((e) => e.title); // ['Tom: son of Maureen', 'Jake: son of Tom']
 */
export function linkEntries(family: Family, personId: string | undefined): LinkEntry[] {
  const all = family.parentChildLinks.map((link, index) => ({
    link,
    index,
    child: family.people.find((p) => p.id === link.child),
    parent: family.people.find((p) => p.id === link.parent),
    title: linkTitle(family, link),
  }));
  if (personId === undefined) return all;
  return [...all.filter((e) => e.link.child === personId), ...all.filter((e) => e.link.parent === personId)];
}

/** A partnership a link may belong to, in words: "Tom and Karen (married, divorced)". */
export interface PartnershipOption {
  id: Partnership['id'];
  label: string;
}

/**
 * The partnerships of the link's parent, each named by the couple, its kind and where it stands
 * today: the choices for "which couple is this child from".
 */
export function partnershipOptions(family: Family, link: ParentChildLink): PartnershipOption[] {
  const asAt = asAtOf(family);
  const name = (id: string) => nameOrUnknown(family.people.find((p) => p.id === id));
  return family.partnerships
    .filter((p) => p.partners.includes(link.parent))
    .map((p) => {
      const status = partnershipStatusAt(p, asAt);
      const kind = p.kind === 'unknown' ? 'kind not recorded' : labelOf.partnershipKind(p.kind).toLowerCase();
      const where = status === 'together' || status === 'not_started' ? '' : `, ${status.replace(/_/g, ' ')}`;
      return { id: p.id, label: `${name(p.partners[0])} and ${name(p.partners[1])} (${kind}${where})` };
    });
}

/**
 * Wraps an operation so a refusal names people, not ids: the model's `"person:ab12" is already a
 * birth parent of "person:cd34"` becomes `Tom is already a birth parent of Jake`.
 */
export function withNames(family: Family, operation: Operation): Operation {
  return (current: Family) => {
    try {
      return operation(current);
    } catch (error) {
      if (!(error instanceof ModelError) && !(error instanceof Error)) throw error;
      const raw = error instanceof ModelError ? (error.issues[0]?.message ?? error.message) : error.message;
      throw new Error(namesForIds(family, raw));
    }
  };
}

/** Replaces each quoted id in a model message with the name of what it names. */
export function namesForIds(family: Family, message: string): string {
  const text = message.replace(/"((?:person|partnership|link):[^"]+)"/g, (quoted, id: string) => {
    const person = family.people.find((p) => p.id === id);
    if (person) return personName(person);
    const partnership = family.partnerships.find((p) => p.id === id);
    if (partnership) {
      const [a, b] = partnership.partners.map((p) => nameOrUnknown(family.people.find((x) => x.id === p)));
      return `the partnership of ${a} and ${b}`;
    }
    if (id.startsWith('link:')) return 'this link';
    return quoted;
  });
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * Why a link may not become `kind`, in plain words, or undefined when it may: a child has at most two
 * birth parents (the model refuses a third when a parent is added, and the demo holds the same line
 * when a link's kind is changed).
 *
 * @example
 * kindChangeProblem(family, tomToSophie, 'birth'); // 'Sophie already has two birth parents on the map: Lisa and Darren'
 */
export function kindChangeProblem(
  family: Family,
  link: ParentChildLink,
  kind: ParentChildLink['kind'],
): string | undefined {
  if (kind !== 'birth' || link.kind === 'birth') return undefined;
  const others = family.parentChildLinks.filter(
    (l) => l.child === link.child && l.kind === 'birth' && l.id !== link.id && l.parent !== link.parent,
  );
  if (others.length < 2) return undefined;
  const name = (id: string) => nameOrUnknown(family.people.find((p) => p.id === id));
  const parents = others.map((l) => name(l.parent));
  return `${name(link.child)} already has two birth parents on the map: ${parents.join(' and ')}. Change one of those links first, or choose another kind.`;
}
