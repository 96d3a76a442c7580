import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  createId,
  FORMAT_VERSION,
  ID_PREFIXES,
  idKindOf,
  parseFamily,
  PersonIdSchema,
  type IdKind,
} from '@kinmap/model';

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('createId', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('makes the kind’s prefix followed by a random version 4 UUID, for every kind', () => {
    for (const kind of Object.keys(ID_PREFIXES) as IdKind[]) {
      const id = createId(kind);
      const [prefix, body] = [id.slice(0, id.indexOf(':')), id.slice(id.indexOf(':') + 1)];
      expect(prefix).toBe(ID_PREFIXES[kind]);
      expect(body).toMatch(UUID_V4);
      expect(idKindOf(id)).toBe(kind);
    }
  });

  it('uses the platform’s cryptographic generator, not Math.random', () => {
    const randomUUID = vi.spyOn(globalThis.crypto, 'randomUUID');
    const mathRandom = vi.spyOn(Math, 'random');
    createId('person');
    expect(randomUUID).toHaveBeenCalledTimes(1);
    expect(mathRandom).not.toHaveBeenCalled();
    randomUUID.mockRestore();
    mathRandom.mockRestore();
  });

  it('never repeats in 10,000 ids', () => {
    const ids = new Set(Array.from({ length: 10_000 }, () => createId('person')));
    expect(ids.size).toBe(10_000);
  });

  it('makes ids the schema accepts', () => {
    expect(PersonIdSchema.safeParse(createId('person')).success).toBe(true);
  });

  it('keeps a readable body when one is given', () => {
    expect(createId('person', 'amy')).toBe('person:amy');
  });

  it('on a page without randomUUID (plain http), builds the same kind of UUID from getRandomValues', () => {
    const real = globalThis.crypto;
    const getRandomValues = (bytes: Uint8Array) => real.getRandomValues(bytes);
    vi.stubGlobal('crypto', { getRandomValues });
    const ids = Array.from({ length: 200 }, () => createId('household'));
    for (const id of ids) expect(id.slice('household:'.length)).toMatch(UUID_V4);
    expect(new Set(ids).size).toBe(200);
  });

  it('says clearly what is missing when the platform has no cryptographic generator', () => {
    vi.stubGlobal('crypto', undefined);
    expect(() => createId('person')).toThrow(/crypto\.randomUUID\(\) or crypto\.getRandomValues\(\)/);
  });
});

describe('documents with ids made before UUIDs', () => {
  it('still load: old random ids (person:k3x9f1-1) and hand-written ones, next to new UUID ids', () => {
    const child = createId('person');
    const result = parseFamily({
      formatVersion: FORMAT_VERSION,
      id: 'family:0a1b2c-7',
      title: 'Mixed ids',
      people: [
        { id: 'person:k3x9f1-1', names: { given: 'Amy' } },
        { id: 'person:gran', names: { given: 'Rose' } },
        { id: child, names: { given: 'Leo' } },
      ],
      parentChildLinks: [
        { id: 'link:0zz9qa-2', parent: 'person:k3x9f1-1', child },
        { id: createId('link'), parent: 'person:gran', child: 'person:k3x9f1-1' },
      ],
    });
    expect(result.ok).toBe(true);
    if (result.ok)
      expect(result.family.people.map((p) => p.id)).toEqual(['person:k3x9f1-1', 'person:gran', child]);
  });
});
