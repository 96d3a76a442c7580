// Tiny families for the line stories: a couple with one partnership, parents and a child with one
// link kind, twins, and two people joined by one emotional line.
import type {
  EmotionalRelationship,
  Family,
  ParentChildLink,
  Partnership,
  PartnershipEvent,
} from '@kinmap/model';
import { buildFamily, person } from '../support/build.ts';
import type { StoryPerson } from '../support/build.ts';

const SETTLED = { immigration: { status: 'british_citizen', nrpf: 'no' } } as const;

function adults(): [StoryPerson, StoryPerson] {
  return [
    person('sam', { genderIdentity: 'man', ...SETTLED }),
    person('amy', { genderIdentity: 'woman', ...SETTLED }),
  ];
}

/** A couple joined by one partnership of this kind and these events. */
export function coupleFamily(
  kind: Partnership['kind'],
  events: Partial<PartnershipEvent>[] = [],
  extra: { consanguinity?: boolean; deceased?: boolean } = {},
): Family {
  const [sam, amy] = adults();
  if (extra.deceased)
    Object.assign(sam, { vitalStatus: 'deceased', death: { date: '2019', estimated: false } });
  return buildFamily(
    {
      title: 'Couple',
      people: [sam, amy],
      partnerships: [
        {
          id: 'partnership:sam-amy',
          partners: [sam.id, amy.id],
          kind,
          events,
          ...(extra.consanguinity ? { consanguinity: { degree: '1st cousins' } } : {}),
        },
      ],
    },
    'couple',
  );
}

/**
 * Birth parents and a child, plus (for kinds other than birth) a carer linked to the child by this
 * link kind, so the story shows the special line beside the birth line.
 */
export function linkFamily(
  kind: ParentChildLink['kind'],
  confidence: ParentChildLink['confidence'] = 'confirmed',
): Family {
  const [sam, amy] = adults();
  const child = person('leo', { genderIdentity: 'man', birth: { date: '2016', estimated: false } });
  const carer = person('gran', {
    genderIdentity: 'woman',
    birth: { date: '1960', estimated: false },
    ...SETTLED,
  });
  const isBirth = kind === 'birth';
  const links: Record<string, unknown>[] = [
    {
      id: 'link:sam-leo',
      parent: sam.id,
      child: child.id,
      partnership: 'partnership:sam-amy',
      kind: isBirth ? 'birth' : kind === 'adopted_out' ? 'adopted_out' : 'birth',
      confidence,
    },
    {
      id: 'link:amy-leo',
      parent: amy.id,
      child: child.id,
      partnership: 'partnership:sam-amy',
      kind: kind === 'adopted_out' ? 'adopted_out' : 'birth',
    },
  ];
  const people = [sam, amy, child];
  if (!isBirth && kind !== 'adopted_out') {
    people.push(carer);
    links.push({
      id: 'link:gran-leo',
      parent: carer.id,
      child: child.id,
      kind,
      confidence,
      ...(kind === 'special_guardian' ? { legalBasis: { order: 'SGO', date: '2022' } } : {}),
    });
  }
  return buildFamily(
    {
      title: 'Parents and child',
      people,
      partnerships: [{ id: 'partnership:sam-amy', partners: [sam.id, amy.id], kind: 'marriage', events: [] }],
      parentChildLinks: links,
    },
    'link',
  );
}

/** Parents with twins (or triplets) of this zygosity, and an older sibling. */
export function twinsFamily(zygosity: 'mz' | 'dz' | 'unknown', count = 2): Family {
  const [sam, amy] = adults();
  const older = person('ola', { genderIdentity: 'woman', birth: { date: '2012', estimated: false } });
  const twins = Array.from({ length: count }, (_, i) =>
    person(`twin${i + 1}`, {
      genderIdentity: zygosity === 'dz' && i % 2 === 1 ? 'woman' : 'man',
      birth: { date: '2016-04-02', estimated: false },
    }),
  );
  const children = [older, ...twins];
  return buildFamily(
    {
      title: 'Twins',
      people: [sam, amy, ...children],
      partnerships: [{ id: 'partnership:sam-amy', partners: [sam.id, amy.id], kind: 'marriage', events: [] }],
      parentChildLinks: children.flatMap((c) =>
        [sam, amy].map((p) => ({
          id: `link:${p.id.slice(7)}-${c.id.slice(7)}`,
          parent: p.id,
          child: c.id,
          partnership: 'partnership:sam-amy',
          kind: 'birth',
        })),
      ),
      multipleBirths: [{ id: 'multiple:twins', members: twins.map((t) => t.id), zygosity }],
    },
    'twins',
  );
}

/** Two adults side by side joined by one emotional line (and nothing else). */
export function emotionalFamily(
  type: EmotionalRelationship['type'],
  basis: EmotionalRelationship['basis'] = 'unknown',
  direction: EmotionalRelationship['direction'] = 'mutual',
): Family {
  const [sam, amy] = adults();
  return buildFamily(
    {
      title: 'Emotional line',
      people: [sam, amy],
      emotionalRelationships: [
        {
          id: 'emotion:sam-amy',
          from: sam.id,
          to: amy.id,
          type,
          direction,
          basis,
          ...(type === 'other' ? { label: 'shares a flat' } : {}),
        },
      ],
    },
    'emotion',
  );
}
