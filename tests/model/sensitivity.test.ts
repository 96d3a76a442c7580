import { describe, expect, it } from 'vitest';
import { enums, familyJsonSchema, fieldSensitivity, sensitivityOf, type Family } from '@kinmap/model';
import { loadFixture } from '../support/fixtures.ts';

type Node = Record<string, unknown>;

/** Every property path of the schema: `people[].immigration.nrpf`. */
function schemaPaths(node: Node, prefix = '', out = new Set<string>()): Set<string> {
  for (const [key, child] of Object.entries((node.properties ?? {}) as Record<string, Node>)) {
    const path = prefix === '' ? key : `${prefix}.${key}`;
    out.add(path);
    schemaPaths(child, path, out);
  }
  for (const items of [node.items, ...((node.prefixItems as Node[] | undefined) ?? [])]) {
    if (items !== null && typeof items === 'object') schemaPaths(items as Node, `${prefix}[]`, out);
  }
  for (const key of ['anyOf', 'oneOf', 'allOf']) {
    for (const branch of (node[key] as Node[] | undefined) ?? []) schemaPaths(branch, prefix, out);
  }
  return out;
}

describe('sensitivity classes', () => {
  const paths = schemaPaths(familyJsonSchema());

  it('gives every field of every entity an explicit class (add one when you add a field)', () => {
    const missing = [...paths].filter((path) => fieldSensitivity[path] === undefined);
    expect(missing).toEqual([]);
    expect(paths.size).toBeGreaterThan(300);
  });

  it('lists no field the format does not have', () => {
    expect(Object.keys(fieldSensitivity).filter((path) => !paths.has(path))).toEqual([]);
  });

  it('uses only the classes of domain.md §4.1', () => {
    for (const value of Object.values(fieldSensitivity)) expect(enums.SensitivityClass).toContain(value);
  });

  it('classes the fields the domain names', () => {
    expect(sensitivityOf('people[3].immigration.status')).toBe('immigration');
    expect(sensitivityOf('people[0].immigration.sponsor')).toBe('immigration');
    expect(sensitivityOf('people[0].sexAtBirth')).toBe('gender_history');
    expect(sensitivityOf('people[0].identity.ethnicity.code')).toBe('special_category');
    expect(sensitivityOf('people[0].loss.outcome')).toBe('special_category');
    expect(sensitivityOf('people[0].names.given')).toBe('public_within_case');
    expect(sensitivityOf('people[0].birth.date')).toBe('personal');
    expect(sensitivityOf('parentChildLinks[2].legalBasis.court')).toBe('court_restricted');
    expect(sensitivityOf('people[1].provenance.sourceLabel')).toBe('third_party');
    expect(sensitivityOf('households[0].address')).toBe('personal');
  });

  it('gives a path below a listed field that field’s class, and nothing for unknown paths', () => {
    expect(sensitivityOf('people[0].sensitivity.names')).toBe('personal');
    expect(sensitivityOf('subjects[1]')).toBe('public_within_case');
    expect(sensitivityOf('people[0].shoeSize')).toBeUndefined();
    expect(sensitivityOf('nonsense')).toBeUndefined();
  });

  describe('with a family', () => {
    const kinship = loadFixture('kinship');
    const leo = loadFixture('leo');
    const index = (f: Family, id: string) => f.people.findIndex((p) => p.id === id);

    it('makes a confidential address a confidential location, and leaves an ordinary one personal', () => {
      const foster = kinship.households.findIndex((h) => h.id === 'household:foster');
      const nan = kinship.households.findIndex((h) => h.id === 'household:brenda');
      expect(sensitivityOf(`households[${foster}].address`, kinship)).toBe('confidential_location');
      expect(sensitivityOf(`households[${foster}].address.text`, kinship)).toBe('confidential_location');
      expect(sensitivityOf(`households[${nan}].address.text`, kinship)).toBe('personal');
    });

    it('restricts abuse lines by default, and not ordinary ones', () => {
      const abuse = kinship.emotionalRelationships.findIndex((e) => e.type === 'physical_abuse');
      const close = kinship.emotionalRelationships.findIndex((e) => e.type === 'close');
      expect(sensitivityOf(`emotionalRelationships[${abuse}].type`, kinship)).toBe('criminal');
      expect(sensitivityOf(`emotionalRelationships[${abuse}].reportedBy.person`, kinship)).toBe('criminal');
      expect(sensitivityOf(`emotionalRelationships[${close}].type`, kinship)).toBe('personal');
      const neglect: Family = {
        ...kinship,
        emotionalRelationships: [
          { ...kinship.emotionalRelationships[abuse]!, type: 'neglect', basis: 'alleged' },
        ],
      };
      expect(sensitivityOf('emotionalRelationships[0].type', neglect)).toBe('special_category');
      const convicted: Family = {
        ...neglect,
        emotionalRelationships: [{ ...neglect.emotionalRelationships[0]!, basis: 'convicted' }],
      };
      expect(sensitivityOf('emotionalRelationships[0].type', convicted)).toBe('criminal');
    });

    it('makes probation a criminal matter and a CIN status special category', () => {
      const dean = index(kinship, 'person:dean');
      expect(sensitivityOf(`people[${dean}].statuses[0].type`, kinship)).toBe('criminal');
      expect(sensitivityOf(`people[${index(leo, 'person:leo')}].statuses[0].type`, leo)).toBe(
        'special_category',
      );
    });

    it('applies a person’s own override to that field and everything in it', () => {
      const i = index(leo, 'person:grace');
      const hidden: Family = {
        ...leo,
        people: leo.people.map((p, j) =>
          j === i ? { ...p, sensitivity: { names: 'confidential_location' } } : p,
        ),
      };
      expect(sensitivityOf(`people[${i}].names.given`, hidden)).toBe('confidential_location');
      expect(sensitivityOf(`people[${i}].birth.date`, hidden)).toBe('personal');
    });
  });
});
