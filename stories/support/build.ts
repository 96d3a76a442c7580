// Tiny families for the state stories: one person, a couple, a parent and child, two people with an
// emotional line. Each goes through parseFamily, so every story draws a valid Kinmap document.
import { parseFamily } from '@kinmap/model';
import type { Family, PersonInput } from '@kinmap/model';

/** The chart date every state story uses, so ages and statuses never change between runs. */
export const STORY_AS_AT = '2025-01-01';

/**
 * A partial family document. Loosely typed on purpose: ids are plain strings here, and parseFamily
 * checks everything at run time (a mistake fails the story with the field named).
 */
type Input = { title?: string } & Record<string, unknown>;

/** A person input whose id is a plain string (branded by parseFamily). */
export type StoryPerson = Omit<Partial<PersonInput>, 'id'> & { id: string };

/**
 * A valid family from a partial document. Throws with every issue listed when the input is not
 * valid, so a broken story fails loudly rather than drawing something else.
 */
export function buildFamily(input: Input, id = 'story'): Family {
  const result = parseFamily({
    formatVersion: 3,
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
export function person(body: string, overrides: Partial<PersonInput> = {}): StoryPerson {
  return {
    id: `person:${body}`,
    names: { given: overrides.names?.given ?? body.charAt(0).toUpperCase() + body.slice(1), other: [] },
    birth: { date: '1990', estimated: false },
    ...overrides,
  } as StoryPerson;
}
