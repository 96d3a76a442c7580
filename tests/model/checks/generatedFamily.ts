// A large, valid family for tests and benchmarks: generations of couples with four children each,
// households per couple, some gaps (NRPF not asked for every third adult).
import { FamilySchema, type Family, type FamilyInput } from '@kinmap/model';

export function generatedFamily(size: number): Family {
  const people: NonNullable<FamilyInput['people']> = [];
  const links: NonNullable<FamilyInput['parentChildLinks']> = [];
  const partnerships: NonNullable<FamilyInput['partnerships']> = [];
  const households: NonNullable<FamilyInput['households']> = [];
  const add = (n: number, year: number) => {
    people.push({
      id: `person:p${n}`,
      names: { given: `Person${n}`, family: 'Test' },
      genderIdentity: n % 2 === 0 ? 'woman' : 'man',
      birth: { date: `${year}-0${(n % 9) + 1}-1${n % 9}` },
      immigration: n % 3 === 0 ? undefined : { status: 'british_citizen' },
      caringAsked: 'asked',
      safeguardingChecks: [{ result: 'none_known' }],
    });
  };
  add(0, 1890);
  add(1, 1890);
  let next = 2;
  // Breadth-first: couple (a, b) has four children 20 years younger; each child gets a partner.
  const couples: [number, number, number][] = [[0, 1, 1890]];
  while (next < size && couples.length > 0) {
    const [a, b, year] = couples.shift()!;
    partnerships.push({ id: `partnership:c${a}`, partners: [`person:p${a}`, `person:p${b}`] });
    households.push({
      id: `household:h${a}`,
      label: `Household ${a}`,
      members: [{ person: `person:p${a}` }, { person: `person:p${b}` }],
      membersConfirmed: { confirmed: 'yes', date: '2025-01-01', method: 'home_visit' },
    });
    for (let k = 0; k < 4 && next + 1 < size; k++) {
      const child = next++;
      const partner = next++;
      add(child, year + 20);
      add(partner, year + 20);
      links.push({ id: `link:${a}-${child}`, parent: `person:p${a}`, child: `person:p${child}` });
      links.push({ id: `link:${b}-${child}`, parent: `person:p${b}`, child: `person:p${child}` });
      couples.push([child, partner, year + 20]);
    }
  }
  while (next < size) add(next++, 1990);
  const subject = `person:p${size - 3}`;
  return FamilySchema.parse({
    formatVersion: 1,
    id: 'family:generated',
    title: 'Generated',
    subjects: [subject],
    people,
    partnerships,
    parentChildLinks: links,
    households,
  });
}
