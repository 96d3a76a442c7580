import {
  addPerson,
  createId,
  FORMAT_VERSION,
  linkParentChild,
  parseFamily,
  type Family,
} from '@kinmap/model';
import type { Database } from './db/database.ts';
import { hashPassword } from './auth/passwords.ts';

/** One demo agency. */
export interface DemoAgency {
  readonly id: string;
  readonly name: string;
  readonly kind: string;
  readonly canLead: boolean;
}

/** One demo practitioner. */
export interface DemoUser {
  readonly id: string;
  readonly agencyId: string;
  readonly email: string;
  readonly displayName: string;
}

/** The demo agencies: two that can lead maps, and the partners they invite. */
export const DEMO_AGENCIES: readonly DemoAgency[] = [
  {
    id: 'agency:calderbridge-childrens',
    name: "Calderbridge Children's Social Care",
    kind: 'childrens_social_care',
    canLead: true,
  },
  {
    id: 'agency:calderbridge-adults',
    name: "Calderbridge Adults' Social Care",
    kind: 'adults_social_care',
    canLead: true,
  },
  { id: 'agency:riverside-gp', name: 'Riverside Medical Practice', kind: 'gp_practice', canLead: false },
  { id: 'agency:hillside-school', name: 'Hillside Primary School', kind: 'school', canLead: false },
  {
    id: 'agency:health-visiting',
    name: 'Calderbridge Health Visiting',
    kind: 'health_visiting',
    canLead: false,
  },
  { id: 'agency:police', name: 'Calder Valley Police', kind: 'police', canLead: false },
];

/** The demo practitioners, one or two per agency. */
export const DEMO_USERS: readonly DemoUser[] = [
  {
    id: 'user:sam-lead',
    agencyId: 'agency:calderbridge-childrens',
    email: 'sam.okafor@childrens.example',
    displayName: 'Sam Okafor',
  },
  {
    id: 'user:jo-lead',
    agencyId: 'agency:calderbridge-childrens',
    email: 'jo.hughes@childrens.example',
    displayName: 'Jo Hughes',
  },
  {
    id: 'user:ava-adults',
    agencyId: 'agency:calderbridge-adults',
    email: 'ava.patel@adults.example',
    displayName: 'Ava Patel',
  },
  {
    id: 'user:dr-shah',
    agencyId: 'agency:riverside-gp',
    email: 'dr.shah@gp.example',
    displayName: 'Dr Nadia Shah',
  },
  {
    id: 'user:mr-evans',
    agencyId: 'agency:hillside-school',
    email: 'dsl@school.example',
    displayName: 'Mr Tom Evans',
  },
  {
    id: 'user:hv-lee',
    agencyId: 'agency:health-visiting',
    email: 'kim.lee@hv.example',
    displayName: 'Kim Lee',
  },
  {
    id: 'user:pc-ward',
    agencyId: 'agency:police',
    email: 'pc.ward@police.example',
    displayName: 'PC Rachel Ward',
  },
];

/** Every demo account's password (demo only: the docs say so, and real deployments seed nothing). */
export const DEMO_PASSWORD = 'kinmap-demo';

/** The demo map's id. */
export const DEMO_MAP_ID = 'map:demo-jones';

function demoFamily(): Family {
  const start = parseFamily({
    formatVersion: FORMAT_VERSION,
    id: createId('family', 'demo-jones'),
    title: 'Jones family',
  });
  if (!start.ok) throw new Error('the demo family could not be built');
  const mum = addPerson(start.family, {
    names: { given: 'Kerry', family: 'Jones' },
    genderIdentity: 'woman',
    birth: { date: '1992-06' },
  });
  const child = addPerson(mum.family, {
    names: { given: 'Leo', family: 'Jones' },
    genderIdentity: 'man',
    birth: { date: '2017-03-14' },
  });
  const linked = linkParentChild(child.family, { parent: mum.id, child: child.id });
  return { ...linked.family, subjects: [child.id] };
}

/**
 * Adds the demo agencies, practitioners (password `kinmap-demo`) and one map led by children's social
 * care, with the GP practice invited. Safe to run again: what is there already is left alone.
 *
 * @example
 * await seedDemo(database);
 */
export async function seedDemo(database: Database): Promise<void> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await database.transaction(async (tx) => {
    for (const agency of DEMO_AGENCIES) {
      await tx.query(
        'INSERT INTO agencies (id, name, kind, can_lead) VALUES ($1, $2, $3, $4) ON CONFLICT (id) DO NOTHING',
        [agency.id, agency.name, agency.kind, agency.canLead],
      );
    }
    for (const user of DEMO_USERS) {
      await tx.query(
        `INSERT INTO users (id, agency_id, email, display_name, password_hash) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (id) DO NOTHING`,
        [user.id, user.agencyId, user.email, user.displayName, passwordHash],
      );
    }
    const family = demoFamily();
    const inserted = await tx.query(
      `INSERT INTO maps (id, lead_agency_id, title, family, created_by) VALUES ($1, $2, $3, $4::jsonb, $5)
       ON CONFLICT (id) DO NOTHING RETURNING id`,
      [DEMO_MAP_ID, 'agency:calderbridge-childrens', family.title, JSON.stringify(family), 'user:sam-lead'],
    );
    if (inserted.length > 0) {
      await tx.query('INSERT INTO map_invitations (map_id, agency_id, invited_by) VALUES ($1, $2, $3)', [
        DEMO_MAP_ID,
        'agency:riverside-gp',
        'user:sam-lead',
      ]);
    }
  });
}
