// A tiny builder for hand-made families in query tests. Bodies are short names: 'amy' → 'person:amy'.
import { FamilySchema, createId } from '@kinmap/model';
import type {
  Family,
  FamilyInput,
  GenderIdentity,
  ParentChildKind,
  PartnershipKind,
  PartnershipEventType,
  PersonId,
  PersonInput,
} from '@kinmap/model';

type PersonOpts = Omit<Partial<PersonInput>, 'id'> & {
  given?: string;
  family?: string;
  gender?: GenderIdentity;
  born?: string;
  bornEstimated?: boolean;
};

type Event = { type: PartnershipEventType; date?: string };

export const pid = (body: string): PersonId => createId('person', body);

export function familyBuilder(title = 'Test family') {
  const people: NonNullable<FamilyInput['people']> = [];
  const partnerships: NonNullable<FamilyInput['partnerships']> = [];
  const links: NonNullable<FamilyInput['parentChildLinks']> = [];
  const households: NonNullable<FamilyInput['households']> = [];
  const multipleBirths: NonNullable<FamilyInput['multipleBirths']> = [];
  let n = 0;

  const api = {
    person(body: string, opts: PersonOpts = {}): PersonId {
      const { given, family, gender, born, bornEstimated, ...rest } = opts;
      const id = pid(body);
      people.push({
        id,
        names: { given: given ?? body[0]!.toUpperCase() + body.slice(1), family, other: [] },
        ...(gender ? { genderIdentity: gender } : {}),
        ...(born ? { birth: { date: born, estimated: bornEstimated ?? false } } : {}),
        ...rest,
      });
      return id;
    },
    partnership(
      a: string,
      b: string,
      kind: PartnershipKind = 'marriage',
      events: Event[] = [],
    ): ReturnType<typeof createId<'partnership'>> {
      const id = createId('partnership', `${a}-${b}-${(n += 1)}`);
      partnerships.push({ id, partners: [pid(a), pid(b)], kind, events });
      return id;
    },
    /** Links each named parent to the child, all with the same kind (default birth). */
    child(
      parents: string[],
      child: string,
      kind: ParentChildKind = 'birth',
      extra: { from?: string; to?: string } = {},
    ) {
      for (const parent of parents) {
        links.push({
          id: createId('link', `${parent}-${child}-${(n += 1)}`),
          parent: pid(parent),
          child: pid(child),
          kind,
          ...extra,
        });
      }
    },
    household(
      body: string,
      members: {
        person: string;
        from?: string;
        to?: string;
        membership?: 'resident' | 'part_time' | 'regular_visitor' | 'temporary' | 'unknown';
      }[],
      range: { from?: string; to?: string } = {},
    ) {
      const id = createId('household', body);
      households.push({
        id,
        label: body,
        ...range,
        members: members.map((m) => ({ ...m, person: pid(m.person) })),
      });
      return id;
    },
    multiple(members: string[], zygosity: 'mz' | 'dz' | 'unknown' = 'unknown') {
      multipleBirths.push({
        id: createId('multipleBirth', members.join('-')),
        members: members.map(pid),
        zygosity,
      });
    },
    build(extra: Partial<FamilyInput> = {}): Family {
      return FamilySchema.parse({
        formatVersion: 3,
        id: createId('family', 'test'),
        title,
        people,
        partnerships,
        parentChildLinks: links,
        households,
        multipleBirths,
        ...extra,
      });
    },
  };
  return api;
}
