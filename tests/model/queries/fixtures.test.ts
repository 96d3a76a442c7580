// The shared fixture families, read through parseFamily, give the answers a practitioner expects.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ageAt, getPerson, householdsOf, kinshipTerm, parseFamily, siblingsOf } from '@kinmap/model';
import type { Family } from '@kinmap/model';
import { pid } from './build.ts';

const DIR = new URL('../../fixtures/families/', import.meta.url);

function load(name: string): Family {
  const parsed = parseFamily(readFileSync(new URL(`${name}.json`, DIR), 'utf8'));
  if (!parsed.ok) throw new Error(`${name} does not parse: ${JSON.stringify(parsed.issues.slice(0, 3))}`);
  return parsed.family;
}

// [fixture, person, relative to, expected]
const table: [string, string, string, string][] = [
  ['leo', 'grace', 'leo', 'mother'],
  ['leo', 'daniel', 'leo', 'father'],
  ['leo', 'maisie', 'leo', 'sister'],
  ['leo', 'jordan', 'leo', 'half-brother'],
  ['leo', 'chloe', 'maisie', 'half-sister'],
  ['leo', 'raymond', 'leo', 'paternal grandfather'],
  ['leo', 'abena', 'maisie', 'maternal grandmother'],
  ['leo', 'grace-father', 'leo', 'maternal grandfather'],
  // Daniel and Tracey divorced before Leo was born: she was never his stepmother.
  ['leo', 'tracey', 'leo', "father's ex-wife"],
  ['leo', 'daniel', 'grace', 'ex-partner'],
  ['blended', 'tom', 'ruby', 'stepfather'],
  ['blended', 'tom', 'zara', 'stepfather'],
  ['blended', 'ollie', 'alfie', 'stepbrother'],
  ['blended', 'freddie', 'alfie', 'half-brother'],
  ['blended', 'jess', 'ruby', 'half-sibling'],
  ['blended', 'chinedu', 'sarah', 'ex-husband'],
  ['blended', 'james', 'sarah', 'ex-partner'],
  ['blended', 'kelly', 'freddie', "father's ex-partner"],
  ['kinship', 'brenda', 'mia', 'maternal grandmother and special guardian'],
  ['kinship', 'brenda', 'kai', 'maternal grandmother'],
  ['kinship', 'foster-carer', 'kai', 'foster carer'],
  ['kinship', 'gary', 'brenda', 'late husband'],
  ['kinship', 'brenda', 'gary', 'widow'],
  ['kinship', 'kai', 'mia', 'brother'],
  ['twins', 'rohan', 'arjun', 'twin brother'],
  ['twins', 'isla', 'noah', 'twin sister'],
  ['twins', 'isla', 'arjun', 'sister'],
  ['twins', 'pregnancy', 'arjun', 'sibling (unborn)'],
  ['twins', 'loss-2018', 'priya', 'child (pregnancy loss)'],
  ['twins', 'anita', 'arjun', 'maternal grandmother'],
  ['unknown-father', 'ella-father', 'ella', 'father'],
  ['unknown-father', 'karen', 'ella', 'maternal grandmother'],
];

describe('kinship terms in the fixture families', () => {
  it.each(table)('%s: %s to %s is "%s"', (fixture, x, r, expected) => {
    expect(kinshipTerm(load(fixture), pid(x), pid(r))).toBe(expected);
  });
});

describe('the Leo family', () => {
  const family = load('leo');

  it("shows Leo living with his mother and visiting his father's house", () => {
    const entries = householdsOf(family, pid('leo'), family.asAt);
    expect(entries.map((e) => [e.household.id, e.member.membership])).toEqual([
      ['household:grace', 'resident'],
      ['household:daniel', 'regular_visitor'],
    ]);
  });

  it('groups his siblings into full and half, oldest first', () => {
    const { full, half, step } = siblingsOf(family, pid('leo'));
    expect(full.map((p) => p.id)).toEqual(['person:maisie']);
    expect(half.map((p) => p.id)).toEqual(['person:jordan', 'person:chloe']);
    expect(step).toEqual([]);
  });

  it("gives Tracey's age as an estimate", () => {
    const tracey = getPerson(family, pid('tracey'))!;
    expect(ageAt(tracey.birth, family.asAt!)).toMatchObject({ years: 44, estimated: true, exact: false });
  });
});
