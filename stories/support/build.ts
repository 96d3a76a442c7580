// Tiny families for the state stories: one person, a couple, a parent and child, two people with an
// emotional line. Each goes through parseFamily, so every story draws a valid Kinmap document.
import { parseFamily } from '@kinmap/model';
import type { Family, FamilyInput, PersonInput } from '@kinmap/model';

/** The chart date every state story uses, so ages and statuses never change between runs. */
export const STORY_AS_AT = '2025-01-01';

type Input = Omit<FamilyInput, 'formatVersion' | 'id' | 'title'> & { title?: string };

/**
 * A valid family from a partial document. Throws with every issue listed when the input is not
 * valid, so a broken story fails loudly rather than drawing something else.
 */
export function buildFamily(input: Input, id = 'story'): Family {
  const result = parseFamily({
    formatVersion: 1,
    id: `family:${id}`,
    title: input.title ?? 'Story family',
    asAt: STORY_AS_AT,
    ...input,
  });
  if (!result.ok) {
    const lines = result.issues.map((issue) => `${issue.path} ${issue.message}`).join('; ');
    throw new Error(`Story family "${id}" is not valid: ${lines}`);
  }
  return result.family;
}

/** A person input with a name and an adult birth year unless the overrides say otherwise. */
export function person(body: string, overrides: Partial<PersonInput> = {}): PersonInput {
  return {
    id: `person:${body}` as PersonInput['id'],
    names: { given: overrides.names?.given ?? body.charAt(0).toUpperCase() + body.slice(1), other: [] },
    birth: { date: '1990', estimated: false },
    ...overrides,
  } as PersonInput;
}

/** A family of one person (optionally the subject). */
export function onePerson(overrides: Partial<PersonInput>, isSubject = false, title = 'One person'): Family {
  const p = person('alex', overrides);
  return buildFamily({ title, people: [p], subjects: isSubject ? [p.id] : [] }, 'one');
}

/** Two adults, a man and a woman by default, for partnership and emotional stories. */
export function twoAdults(): [PersonInput, PersonInput] {
  return [
    person('sam', { genderIdentity: 'man', sexAtBirth: 'male' }),
    person('amy', { genderIdentity: 'woman', sexAtBirth: 'female' }),
  ];
}
