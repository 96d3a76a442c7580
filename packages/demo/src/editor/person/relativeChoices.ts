import {
  addPartnership,
  addRelative,
  createId,
  isOngoingPartnershipStatus,
  linkParentChild,
  parentsOf,
  partnersOf,
  partnershipStatusAt,
  todayIsoDate,
  updateLink,
  type Family,
  type LinkId,
  type ParentChildKind,
  type PartnershipId,
  type PartnershipStatus,
  type Person,
  type PersonId,
} from '@kinmap/model';
import type { Operation } from '../EditorContext.ts';
import { personName } from '../personName.ts';

// What "+ Child" and "+ Parent" ask before they add anyone: who the other parent is. Pure functions of
// the family, so the choices and what each one does are tested without a browser (tests/demo).

/** Why a placeholder parent is not known (the model's `ReasonUnknown`). */
export type ReasonUnknown = NonNullable<Person['placeholder']>['reasonUnknown'];

/** One answer to "who is the other parent of the new child?". */
export type OtherParentChoice =
  /** A partner of the person (current or earlier): the child is born to that partnership. */
  | { kind: 'partner'; partnership: PartnershipId }
  /** Someone already on the map who is not a partner: a partnership (kind not known) is recorded. */
  | { kind: 'person'; person: PersonId | '' }
  /** Someone not on the map yet: added as a partner (kind not known), to be named next. */
  | { kind: 'new' }
  /** Not known: a placeholder parent, with the reason it is not known. */
  | { kind: 'unknown'; reason: ReasonUnknown }
  /** Deliberately only one parent (a single adopter, for example). */
  | { kind: 'none' };

/** A partner offered as the other parent, with words saying whether they are together now. */
export interface PartnerOption {
  partnership: PartnershipId;
  partner: Person;
  /** "Lisa (current partner)", "Karen (earlier partner: divorced)". */
  label: string;
  isCurrent: boolean;
}

const APART_WORDS: Partial<Record<PartnershipStatus, string>> = {
  separated: 'separated',
  divorced: 'divorced',
  dissolved: 'civil partnership dissolved',
  annulled: 'annulled',
  widowed: 'widowed',
  ended: 'ended',
};

/** The date "current" is judged at: the map's as-at date, else today (UK time). */
export function asAtOf(family: Family): string {
  return family.asAt ?? todayIsoDate();
}

/**
 * The partners of `personId`, current ones first (latest recorded first), then earlier ones, each
 * with plain words for the choice.
 *
 * @example
 * partnerOptions(family, tom).map((o) => o.label); // ['Lisa (current partner)', 'Karen (earlier partner: divorced)']
 */
export function partnerOptions(family: Family, personId: PersonId): PartnerOption[] {
  const asAt = asAtOf(family);
  const options = partnersOf(family, personId).map(({ person, partnership }) => {
    const status = partnershipStatusAt(partnership, asAt);
    const isCurrent = isOngoingPartnershipStatus(status) || status === 'not_started';
    const apart = APART_WORDS[status];
    const label = isCurrent
      ? `${personName(person)} (current partner)`
      : `${personName(person)} (earlier partner${apart ? `: ${apart}` : ''})`;
    return { partnership: partnership.id, partner: person, label, isCurrent };
  });
  const current = options.filter((o) => o.isCurrent).reverse();
  const earlier = options.filter((o) => !o.isCurrent).reverse();
  return [...current, ...earlier];
}

/**
 * The answer the question starts on: the only current partner, or the latest recorded current partner;
 * with no current partner, "not known". It is shown, never applied without the user confirming.
 */
export function defaultOtherParent(options: readonly PartnerOption[]): OtherParentChoice {
  const current = options.find((o) => o.isCurrent);
  return current
    ? { kind: 'partner', partnership: current.partnership }
    : { kind: 'unknown', reason: 'not_known_to_family' };
}

/** What adding a relative does, as operations for one undo step. */
export interface RelativePlan {
  operations: Operation[];
  /** For the live region and the undo list: "Added a child of Tom and Lisa". */
  label: string;
  /** The person to select and name next. */
  focusId: PersonId;
}

/**
 * The operations that add a child of `of` with the chosen other parent, as one step. Ids are made here
 * so later operations can name what earlier ones add. Throws a plain message when the choice is
 * incomplete ("choose who…").
 *
 * @example
 * const plan = addChildPlan(family, tom, { kind: 'partner', partnership: tomAndKaren });
 * editor.editAll(plan.operations, plan.label);
 */
export function addChildPlan(family: Family, of: Person, choice: OtherParentChoice): RelativePlan {
  const child = createId('person');
  const name = personName(of);
  const addChild = (partnership?: PartnershipId): Operation => {
    return (f: Family) =>
      addRelative(f, {
        of: of.id,
        relation: 'child',
        person: { id: child },
        ...(partnership ? { partnership } : { singleParent: true }),
      });
  };
  switch (choice.kind) {
    case 'partner': {
      const entry = partnersOf(family, of.id).find((p) => p.partnership.id === choice.partnership);
      if (!entry) throw new Error(`Choose one of ${name}’s partners as the other parent`);
      return {
        operations: [addChild(choice.partnership)],
        label: `Added a child of ${name} and ${personName(entry.person)}`,
        focusId: child,
      };
    }
    case 'person': {
      const other = family.people.find((p) => p.id === choice.person);
      if (!other) throw new Error('Choose who the other parent is from the list of people on the map');
      if (other.id === of.id) throw new Error(`${name} cannot be both parents; choose someone else`);
      const existing = partnersOf(family, of.id).find((p) => p.person.id === other.id);
      if (existing) {
        return {
          operations: [addChild(existing.partnership.id)],
          label: `Added a child of ${name} and ${personName(other)}`,
          focusId: child,
        };
      }
      const partnership = createId('partnership');
      return {
        operations: [
          (f: Family) => addPartnership(f, { id: partnership, partners: [of.id, other.id] }),
          addChild(partnership),
        ],
        label: `Added a child of ${name} and ${personName(other)}`,
        focusId: child,
      };
    }
    case 'new':
    case 'unknown': {
      const parent = createId('person');
      const partnership = createId('partnership');
      const person =
        choice.kind === 'unknown'
          ? { id: parent, kind: 'placeholder' as const, placeholder: { reasonUnknown: choice.reason } }
          : { id: parent };
      return {
        operations: [
          (f: Family) => addRelative(f, { of: of.id, relation: 'partner', person, ids: { partnership } }),
          addChild(partnership),
        ],
        label:
          choice.kind === 'unknown'
            ? `Added a child of ${name}; the other parent is not known`
            : `Added a child of ${name} and a new person as the other parent`,
        focusId: child,
      };
    }
    case 'none':
      return {
        operations: [addChild()],
        label: `Added a child of ${name}, with no other parent`,
        focusId: child,
      };
  }
}

/** One answer to "who is the new parent?" when adding a parent. */
export type NewParentChoice =
  /** A partner of a parent already recorded (so adding a father can pick the mother's partner). */
  | { kind: 'partnerOfParent'; person: PersonId; partnership: PartnershipId; parentLink: LinkId }
  /** Someone not on the map yet. */
  | { kind: 'new' };

/** A partner of an existing parent, offered as the new parent. */
export interface ParentOption {
  choice: Extract<NewParentChoice, { kind: 'partnerOfParent' }>;
  /** "Tom (Lisa’s partner)". */
  label: string;
}

/**
 * The people who could be the new parent of `child`: each partner of a parent already linked to the
 * child who is not already their parent. Empty when nothing needs asking.
 *
 * @example
 * parentOptions(family, sophie).map((o) => o.label); // ['Tom (Lisa’s current partner)']
 */
export function parentOptions(family: Family, childId: PersonId): ParentOption[] {
  const parents = parentsOf(family, childId);
  const already = new Set(parents.map((p) => p.person.id));
  const seen = new Set<string>();
  const options: ParentOption[] = [];
  for (const { person: parent, link } of parents) {
    for (const option of partnerOptions(family, parent.id)) {
      if (already.has(option.partner.id) || seen.has(option.partner.id) || option.partner.id === childId)
        continue;
      seen.add(option.partner.id);
      options.push({
        choice: {
          kind: 'partnerOfParent',
          person: option.partner.id,
          partnership: option.partnership,
          parentLink: link.id,
        },
        label: `${personName(option.partner)} (${personName(parent)}’s ${option.isCurrent ? 'current' : 'earlier'} partner)`,
      });
    }
  }
  return options;
}

/** The number of birth parents `child` has, to suggest how a further parent is linked. */
export function birthParentCount(family: Family, childId: PersonId): number {
  return parentsOf(family, childId, { kinds: ['birth'] }).length;
}

/**
 * Whether "+ Parent" must ask anything: when a partner of an existing parent could be the new parent,
 * or when the child already has two birth parents (the new one is a parent of another kind).
 */
export function parentNeedsAsking(family: Family, childId: PersonId): boolean {
  return parentOptions(family, childId).length > 0 || birthParentCount(family, childId) >= 2;
}

/**
 * The operations that add a parent of `child` as one step: link an existing partner of a parent (under
 * their partnership when the links are of the same kind), or add a new person.
 *
 * @example
 * const plan = addParentPlan(family, jake, { kind: 'new' }, 'birth');
 */
export function addParentPlan(
  family: Family,
  child: Person,
  choice: NewParentChoice,
  kind: ParentChildKind,
): RelativePlan {
  const name = personName(child);
  if (choice.kind === 'new') {
    const parent = createId('person');
    return {
      operations: [
        (f: Family) =>
          addRelative(f, { of: child.id, relation: 'parent', person: { id: parent }, link: { kind } }),
      ],
      label: `Added a parent of ${name}`,
      focusId: parent,
    };
  }
  const partner = family.people.find((p) => p.id === choice.person);
  const parentLink = family.parentChildLinks.find((l) => l.id === choice.parentLink);
  if (!partner || !parentLink) throw new Error(`Choose who the new parent of ${name} is`);
  const sameKind = parentLink.kind === kind;
  const operations: Operation[] = [
    (f: Family) =>
      linkParentChild(f, {
        parent: partner.id,
        child: child.id,
        kind,
        ...(sameKind ? { partnership: choice.partnership } : {}),
      }),
  ];
  if (sameKind && parentLink.partnership !== choice.partnership) {
    operations.push((f: Family) =>
      updateLink(f, { id: parentLink.id, patch: { partnership: choice.partnership } }),
    );
  }
  return { operations, label: `Linked ${personName(partner)} as a parent of ${name}`, focusId: partner.id };
}
