import { getPerson, type Change, type Family, type Person } from '@kinmap/model';
import { termGender, withDefaults, type DescribeOptions } from './describePerson.ts';
import { personName, personShortName } from './personName.ts';

/** What produced a change: a new edit, an undo or a redo. */
export type ChangeAction = 'apply' | 'undo' | 'redo';

/**
 * Words for a live region saying what a change did, from the change and the family after it:
 * "Added Leo Reid as son of Amy and Sam", "Added Sam Reid as partner of Amy", "Removed Mia Reid",
 * "Changed Amy Jones". Falls back to the change's own label ("Add household"), then to "Family
 * changed". For undo and redo, pass `action` to get "Undone: …" / "Redone: …".
 *
 * @param family - The family after the change.
 * @param change - The change (from an operation, `undo` or `redo`).
 * @param options - Label overrides and the action that produced the change.
 * @example
 * const { family: next, change } = addRelative(family, { of: amy, relation: 'child', person: { names: { given: 'Leo' } } });
 * announce(describeChange(next, change)); // "Added Leo as son of Amy"
 */
export function describeChange(
  family: Family,
  change: Change,
  options: DescribeOptions & { action?: ChangeAction } = {},
): string {
  const labels = withDefaults(options.labels);
  const shortName = (id: Person['id']) => {
    const person = getPerson(family, id);
    return person ? personShortName(person, labels) : undefined;
  };
  const sentences: string[] = [];
  const addedLinks = (change.parentChildLinks?.added ?? []).map((entry) => entry.value);
  const addedPartnerships = (change.partnerships?.added ?? []).map((entry) => entry.value);
  for (const { value: person } of change.people?.added ?? []) {
    const name = personName(person, labels);
    const gender = termGender(person.genderIdentity);
    const asChild = addedLinks.filter((link) => link.child === person.id);
    const asParent = addedLinks.filter((link) => link.parent === person.id);
    const partnership = addedPartnerships.find((p) => p.partners.includes(person.id));
    const names = (ids: Person['id'][]) => labels.list(ids.flatMap((id) => shortName(id) ?? []));
    if (asChild[0]) {
      const term = labels.childTerm(asChild[0].kind, gender);
      sentences.push(labels.announceAddedRelative(name, term, names(asChild.map((l) => l.parent))));
    } else if (asParent[0]) {
      const term = labels.parentTerm(asParent[0].kind, gender);
      sentences.push(labels.announceAddedRelative(name, term, names(asParent.map((l) => l.child))));
    } else if (partnership) {
      const other = partnership.partners[0] === person.id ? partnership.partners[1] : partnership.partners[0];
      sentences.push(labels.announceAddedRelative(name, labels.partnerTerm, names([other])));
    } else {
      sentences.push(labels.announceAdded(name));
    }
  }
  for (const { value: person } of change.people?.removed ?? [])
    sentences.push(labels.announceRemoved(personName(person, labels)));
  for (const { after } of change.people?.updated ?? [])
    sentences.push(labels.announceUpdated(personName(after, labels)));
  const what = sentences.length > 0 ? sentences.join('. ') : (change.label ?? labels.announceChanged);
  if (options.action === 'undo') return labels.announceUndone(change.label ?? what);
  if (options.action === 'redo') return labels.announceRedone(change.label ?? what);
  return what;
}
