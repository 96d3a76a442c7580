import type { Family } from '@kinmap/model';
import { createId } from '@kinmap/model';
import { loadFixture } from './fixtures.ts';

/** A hostile name: if it were ever parsed as HTML it would create an <img> that runs script. */
export const HOSTILE_NAME = '<img src=x onerror=alert(1)>';

/** The minimal fixture with one more person whose given name is hostile markup. */
export function familyWithHostileName(): Family {
  const family = loadFixture('minimal');
  const person = {
    ...(family.people[0] as Family['people'][number]),
    id: createId('person', 'hostile'),
    names: { given: HOSTILE_NAME, other: [] },
  };
  return { ...family, title: `${HOSTILE_NAME} family`, people: [...family.people, person] };
}
