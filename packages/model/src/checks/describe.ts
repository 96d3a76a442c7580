import type { CheckContext } from './contextTypes.ts';

/** "mother", "father" or "parent", from the gender identity the person gave. */
export function parentWord(context: CheckContext, id: string): string {
  const gender = context.people.get(id)?.value.genderIdentity;
  return gender === 'woman' ? 'mother' : gender === 'man' ? 'father' : 'parent';
}

/** "Leo Smith", "Leo Smith and Mia Smith", "Leo Smith, Mia Smith and Ava Smith". */
export function listNames(context: CheckContext, ids: readonly string[]): string {
  const names = ids.map((id) => context.name(id));
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/**
 * A person's name with why the standard asks about them: "Amy Jones (adult in Household A)",
 * "Dan Smith (father of Leo Smith)", "Leo Smith (subject)".
 */
export function describePerson(context: CheckContext, id: string): string {
  const name = context.name(id);
  const home = context.householdAdults.get(id);
  if (home) return `${name} (adult in ${home.household.label})`;
  const children = context.parentsOfSubjectChildren.get(id);
  if (children && children.length > 0)
    return `${name} (${parentWord(context, id)} of ${listNames(context, children)})`;
  if (context.subjects.includes(id)) return `${name} (subject)`;
  return name;
}
