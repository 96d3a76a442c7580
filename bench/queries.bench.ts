// Speed of the model queries on a large family. Run: pnpm exec tsx bench/queries.bench.ts
// Prints figures; it asserts nothing (speed targets are read, not unit-tested).
import {
  FamilySchema,
  childrenOf,
  createId,
  indexFamily,
  kinshipTerm,
  kinshipTermsFrom,
  parentsOf,
  partnersOf,
  siblingsOf,
} from '@kinmap/model';
import type { FamilyInput, PersonId } from '@kinmap/model';

/** A family of about `size` people: couples in generations, two or three children each, some remarriages. */
function bigFamily(size: number) {
  const people: NonNullable<FamilyInput['people']> = [];
  const partnerships: NonNullable<FamilyInput['partnerships']> = [];
  const links: NonNullable<FamilyInput['parentChildLinks']> = [];
  let n = 0;
  const add = (gender: 'woman' | 'man', year: number): PersonId => {
    const id = createId('person', `p${(n += 1)}`);
    people.push({ id, genderIdentity: gender, birth: { date: String(year), estimated: false } });
    return id;
  };
  let generation: PersonId[] = [add('woman', 1900), add('man', 1900)];
  let year = 1900;
  while (people.length < size) {
    year += 25;
    const next: PersonId[] = [];
    for (let i = 0; i + 1 < generation.length && people.length < size; i += 2) {
      const [a, b] = [generation[i]!, generation[i + 1]!];
      const p = createId('partnership', `u${(n += 1)}`);
      partnerships.push({ id: p, partners: [a, b], kind: i % 6 === 0 ? 'cohabiting' : 'marriage' });
      for (let c = 0; c < 2 + (i % 3) && people.length < size; c += 1) {
        const child = add(c % 2 ? 'man' : 'woman', year);
        next.push(child, add(c % 2 ? 'woman' : 'man', year)); // the child and a future partner
        for (const parent of [a, b])
          links.push({ id: createId('link', `l${(n += 1)}`), parent, child, partnership: p });
      }
    }
    generation = next;
  }
  return FamilySchema.parse({
    formatVersion: 3,
    id: createId('family', 'bench'),
    title: 'Bench',
    people,
    partnerships,
    parentChildLinks: links,
  });
}

function time(label: string, fn: () => unknown): void {
  const start = performance.now();
  fn();
  console.log(`${label.padEnd(58)} ${(performance.now() - start).toFixed(1).padStart(8)} ms`);
}

for (const size of [1000, 5000]) {
  const family = bigFamily(size);
  const ids = family.people.map((p) => p.id);
  console.log(
    `\n${family.people.length} people, ${family.parentChildLinks.length} links, ${family.partnerships.length} partnerships`,
  );
  time('indexFamily (first call builds the maps)', () => indexFamily(family));
  time('parentsOf + childrenOf + partnersOf for everyone', () => {
    for (const id of ids) {
      parentsOf(family, id);
      childrenOf(family, id);
      partnersOf(family, id);
    }
  });
  time('siblingsOf for everyone', () => {
    for (const id of ids) siblingsOf(family, id);
  });
  // A child in the youngest complete generation, with parents, grandparents and cousins.
  const subject = family.parentChildLinks[family.parentChildLinks.length - 1]!.child;
  let named = 0;
  time('kinshipTerm of everyone relative to one person', () => {
    for (const id of ids) if (kinshipTerm(family, id, subject) !== undefined) named += 1;
  });
  console.log(`  (${named} people had a term)`);
  let many = 0;
  time('kinshipTermsFrom one person (the same terms, in one pass)', () => {
    many = kinshipTermsFrom(family, subject).size;
  });
  console.log(`  (${many} people had a term)`);
  time('kinshipTerm for 1,000 random pairs', () => {
    for (let i = 0; i < 1000; i += 1)
      kinshipTerm(family, ids[(i * 7919) % ids.length]!, ids[(i * 104729) % ids.length]!);
  });
}
