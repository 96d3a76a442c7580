import { describe, expect, it } from 'vitest';
import {
  addPartnershipEvent,
  addPerson,
  addRelative,
  FamilySchema,
  FORMAT_VERSION,
  parentsOf,
  type Family,
  type Person,
  type PersonId,
} from '@kinmap/model';
import {
  addChildPlan,
  addParentPlan,
  defaultOtherParent,
  parentNeedsAsking,
  parentOptions,
  partnerOptions,
} from '@kinmap/demo/relatives';
import { kindChangeProblem, linkEntries, namesForIds, partnershipOptions } from '@kinmap/demo/links';

// "+ Child" asks who the other parent is and "+ Parent" offers the other parent's partners: what each
// answer adds, on the family from issue 12 (Lisa, her ex Darren, her partner Tom and his ex-wife Karen).

const AS_AT = '2026-12-07';

function empty(): Family {
  return FamilySchema.parse({ formatVersion: FORMAT_VERSION, id: 'family:t', title: 'Test', asAt: AS_AT });
}

function person(family: Family, given: string): Person {
  const found = family.people.find((p) => p.names.given === given);
  if (!found) throw new Error(`no ${given}`);
  return found;
}

/** Lisa; Darren (separated from Lisa); Tom (Lisa's partner now); Karen (Tom's ex-wife, divorced). */
function lisaAndTom(): Family {
  let f = addPerson(empty(), { names: { given: 'Lisa' }, genderIdentity: 'woman' }).family;
  const lisa = person(f, 'Lisa').id;
  f = addRelative(f, { of: lisa, relation: 'partner', person: { names: { given: 'Darren' } } }).family;
  const darren = f.partnerships[0]!.id;
  f = addPartnershipEvent(f, { partnership: darren, event: { type: 'separated', date: '2020' } }).family;
  f = addRelative(f, {
    of: lisa,
    relation: 'partner',
    person: { names: { given: 'Tom' }, genderIdentity: 'man' },
  }).family;
  const tom = person(f, 'Tom').id;
  f = addRelative(f, {
    of: tom,
    relation: 'partner',
    person: { names: { given: 'Karen' }, genderIdentity: 'woman' },
    partnershipFields: {
      kind: 'marriage',
      events: [
        { type: 'married', date: '2010' },
        { type: 'divorced', date: '2018' },
      ],
    },
  }).family;
  return f;
}

/** Applies a plan's operations in order, as the editor does in one undo step. */
function apply(family: Family, operations: ((f: Family) => { family: Family })[]): Family {
  return operations.reduce((f, op) => op(f).family, family);
}

const parentNames = (family: Family, id: PersonId) =>
  parentsOf(family, id)
    .map((p) => p.person.names.given ?? p.person.kind)
    .sort();

describe('who is the other parent of a new child', () => {
  it('offers the current partner first, then each earlier partner with how it ended', () => {
    const f = lisaAndTom();
    expect(partnerOptions(f, person(f, 'Tom').id).map((o) => o.label)).toEqual([
      'Lisa (current partner)',
      'Karen (earlier partner: divorced)',
    ]);
    expect(partnerOptions(f, person(f, 'Lisa').id).map((o) => o.label)).toEqual([
      'Tom (current partner)',
      'Darren (earlier partner: separated)',
    ]);
  });

  it('starts on the current partner, or on "not known" when there is none (shown, never applied unasked)', () => {
    const f = lisaAndTom();
    const tom = partnerOptions(f, person(f, 'Tom').id);
    expect(defaultOtherParent(tom)).toEqual({ kind: 'partner', partnership: tom[0]!.partnership });
    const alone = addPerson(empty(), { names: { given: 'Ava' } }).family;
    expect(defaultOtherParent(partnerOptions(alone, person(alone, 'Ava').id))).toMatchObject({
      kind: 'unknown',
    });
  });

  it('adds Jake as the son of Tom and his ex-wife Karen, not of Lisa, when Karen is chosen', () => {
    const f = lisaAndTom();
    const tom = person(f, 'Tom');
    const karen = partnerOptions(f, tom.id).find((o) => o.partner.names.given === 'Karen')!;
    const plan = addChildPlan(f, tom, { kind: 'partner', partnership: karen.partnership });
    const next = apply(f, plan.operations);
    expect(parentNames(next, plan.focusId)).toEqual(['Karen', 'Tom']);
    expect(next.parentChildLinks.every((l) => l.partnership === karen.partnership)).toBe(true);
    expect(plan.label).toBe('Added a child of Tom and Karen');
  });

  it('"not known" adds a placeholder parent with the reason, as a partner of the parent', () => {
    const f = lisaAndTom();
    const lisa = person(f, 'Lisa');
    const plan = addChildPlan(f, lisa, { kind: 'unknown', reason: 'not_disclosed' });
    const next = apply(f, plan.operations);
    const parents = parentsOf(next, plan.focusId).map((p) => p.person);
    expect(parents.map((p) => p.kind).sort()).toEqual(['person', 'placeholder']);
    const placeholder = parents.find((p) => p.kind === 'placeholder')!;
    expect(placeholder.placeholder?.reasonUnknown).toBe('not_disclosed');
    expect(
      next.partnerships.some((p) => p.partners.includes(placeholder.id) && p.partners.includes(lisa.id)),
    ).toBe(true);
  });

  it('someone else on the map becomes the other parent, with a partnership recorded once', () => {
    let f = lisaAndTom();
    f = addPerson(f, { names: { given: 'Gary' } }).family;
    const lisa = person(f, 'Lisa');
    const gary = person(f, 'Gary').id;
    const first = addChildPlan(f, lisa, { kind: 'person', person: gary });
    f = apply(f, first.operations);
    expect(parentNames(f, first.focusId)).toEqual(['Gary', 'Lisa']);
    const partnerships = f.partnerships.length;
    const second = addChildPlan(f, lisa, { kind: 'person', person: gary });
    f = apply(f, second.operations);
    expect(parentNames(f, second.focusId)).toEqual(['Gary', 'Lisa']);
    expect(f.partnerships.length).toBe(partnerships);
  });

  it('someone not on the map yet is added as the other parent; "no other parent" adds one link only', () => {
    const f = lisaAndTom();
    const tom = person(f, 'Tom');
    const withNew = apply(f, addChildPlan(f, tom, { kind: 'new' }).operations);
    expect(withNew.people.length).toBe(f.people.length + 2);
    const alone = addChildPlan(f, tom, { kind: 'none' });
    const next = apply(f, alone.operations);
    expect(parentNames(next, alone.focusId)).toEqual(['Tom']);
  });

  it('refuses an incomplete answer with words saying what to choose', () => {
    const f = lisaAndTom();
    expect(() => addChildPlan(f, person(f, 'Tom'), { kind: 'person', person: '' })).toThrow(
      /Choose who the other parent is/,
    );
  });
});

describe('who is the new parent', () => {
  it('offers the mother’s partner already on the map as the father, and links him under their partnership', () => {
    let f = lisaAndTom();
    const lisa = person(f, 'Lisa');
    // Mia, Lisa's daughter with no other parent recorded yet.
    const mia = addChildPlan(f, lisa, { kind: 'none' });
    f = apply(f, mia.operations);
    const child = f.people.find((p) => p.id === mia.focusId)!;
    expect(parentNeedsAsking(f, child.id)).toBe(true);
    const options = parentOptions(f, child.id);
    expect(options.map((o) => o.label)).toEqual([
      'Tom (Lisa’s current partner)',
      'Darren (Lisa’s earlier partner)',
    ]);
    const plan = addParentPlan(f, child, options[0]!.choice, 'birth');
    const next = apply(f, plan.operations);
    expect(parentNames(next, child.id)).toEqual(['Lisa', 'Tom']);
    const tomAndLisa = options[0]!.choice.partnership;
    expect(next.parentChildLinks.filter((l) => l.child === child.id).map((l) => l.partnership)).toEqual([
      tomAndLisa,
      tomAndLisa,
    ]);
  });

  it('asks nothing when there is nobody to offer (no parent yet, or a parent with no partner)', () => {
    let f = addPerson(empty(), { names: { given: 'Leo' } }).family;
    const leo = person(f, 'Leo').id;
    expect(parentNeedsAsking(f, leo)).toBe(false);
    f = addRelative(f, { of: leo, relation: 'parent', person: { names: { given: 'Amy' } } }).family;
    expect(parentNeedsAsking(f, leo)).toBe(false);
  });

  it('a step-parent link is not placed under the couple’s partnership', () => {
    let f = lisaAndTom();
    const plan = addChildPlan(f, person(f, 'Lisa'), { kind: 'partner', partnership: f.partnerships[0]!.id });
    f = apply(f, plan.operations); // Sophie, daughter of Lisa and Darren
    const sophie = f.people.find((p) => p.id === plan.focusId)!;
    const tomOption = parentOptions(f, sophie.id).find((o) => o.label.startsWith('Tom'))!;
    const next = apply(f, addParentPlan(f, sophie, tomOption.choice, 'step_parenting_role').operations);
    const tomLink = next.parentChildLinks.find(
      (l) => l.child === sophie.id && l.kind === 'step_parenting_role',
    )!;
    expect(tomLink.partnership).toBeUndefined();
    expect(parentNames(next, sophie.id)).toEqual(['Darren', 'Lisa', 'Tom']);
  });
});

describe('the parent–child links the Relationships panel lists', () => {
  it('lists a person’s parents then children in the tables’ words, or every link on the map', () => {
    let f = lisaAndTom();
    const tom = person(f, 'Tom');
    const karen = partnerOptions(f, tom.id).find((o) => o.partner.names.given === 'Karen')!;
    const jake = addChildPlan(f, tom, { kind: 'partner', partnership: karen.partnership });
    f = apply(f, jake.operations);
    f = addRelative(f, { of: tom.id, relation: 'parent', person: { names: { given: 'Maureen' } } }).family;
    const titlesFor = (id: string | undefined) => linkEntries(f, id).map((e) => e.title);
    // Jake has no name or gender yet: "child".
    expect(titlesFor(tom.id)).toEqual(['Tom: son of Maureen', 'Unnamed person: child of Tom']);
    expect(titlesFor(undefined)).toHaveLength(f.parentChildLinks.length);
  });

  it('offers the parent’s partnerships by couple, kind and how they stand', () => {
    let f = lisaAndTom();
    const tom = person(f, 'Tom');
    const plan = addChildPlan(f, tom, { kind: 'none' });
    f = apply(f, plan.operations);
    const link = f.parentChildLinks.find((l) => l.child === plan.focusId)!;
    expect(partnershipOptions(f, link).map((o) => o.label)).toEqual([
      'Lisa and Tom (kind not recorded)',
      'Tom and Karen (married, divorced)',
    ]);
  });

  it('names people, not ids, in the model’s refusals', () => {
    const f = lisaAndTom();
    const tom = person(f, 'Tom');
    expect(namesForIds(f, `"${tom.id}" is already a birth parent of "person:nobody"`)).toBe(
      'Tom is already a birth parent of "person:nobody"',
    );
  });

  it('will not make a third birth parent by changing a link’s kind, and says who the two are', () => {
    let f = lisaAndTom();
    const plan = addChildPlan(f, person(f, 'Lisa'), { kind: 'partner', partnership: f.partnerships[0]!.id });
    f = apply(f, plan.operations); // a child of Lisa and Darren
    const child = f.people.find((p) => p.id === plan.focusId)!;
    const tom = parentOptions(f, child.id).find((o) => o.label.startsWith('Tom'))!;
    f = apply(f, addParentPlan(f, child, tom.choice, 'step_parenting_role').operations);
    const step = f.parentChildLinks.find((l) => l.child === child.id && l.kind === 'step_parenting_role')!;
    expect(kindChangeProblem(f, step, 'birth')).toBe(
      'Unnamed person already has two birth parents on the map: Lisa and Darren. Change one of those links first, or choose another kind.',
    );
    expect(kindChangeProblem(f, step, 'special_guardian')).toBeUndefined();
    const lisasLink = f.parentChildLinks.find((l) => l.child === child.id && l.kind === 'birth')!;
    expect(kindChangeProblem(f, lisasLink, 'birth')).toBeUndefined();
  });
});
