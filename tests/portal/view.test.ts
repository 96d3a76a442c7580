/**
 * The partner's view is the model's redaction; the portal only matches its ids back to the map's.
 * This checks that matching against redactFamily itself on every fixture, so a change in how the
 * model numbers ids fails here rather than sending a partner's change to the wrong person.
 */
import { describe, expect, it } from 'vitest';
import { redactFamily, type Family } from '@kinmap/model';
import { familyForProfile, translateIds } from '@kinmap/portal';
import { FIXTURE_NAMES, loadFixture } from '../support/fixtures.ts';

type Entity = { id: string; [key: string]: unknown };

function entities(family: Family): Map<string, Entity> {
  const all = new Map<string, Entity>();
  for (const value of Object.values(family)) {
    if (!Array.isArray(value)) continue;
    for (const item of value as unknown[]) {
      const entity = item as Entity | null;
      if (entity && typeof entity.id === 'string') all.set(entity.id, entity);
    }
  }
  return all;
}

describe("the partner's view", () => {
  it('is exactly what redactFamily gives for partner_agency', () => {
    const family = loadFixture('many-agencies');
    expect(familyForProfile(family, 'partner_agency').family).toEqual(
      redactFamily(family, 'partner_agency').family,
    );
    expect(familyForProfile(family, 'lead_agency').family).toBe(family);
  });

  it.each(FIXTURE_NAMES)(
    "matches every id in the view of %s to the map's entity of the same kind",
    (name) => {
      const family = loadFixture(name);
      const { family: view, toMapIds } = familyForProfile(family, 'partner_agency');
      const original = entities(family);
      const seen = entities(view);
      expect(toMapIds.size).toBe(seen.size + 1); // every entity, and the family itself
      expect(toMapIds.get(view.id)).toBe(family.id);
      for (const [viewId, entity] of seen) {
        const mapId = toMapIds.get(viewId);
        expect(mapId, viewId).toBeDefined();
        const real = original.get(mapId!)!;
        expect(mapId!.split(':')[0]).toBe(viewId.split(':')[0]);
        // A person the view still names has the same name in the map (the view only ever removes).
        const names = (entity as { names?: { given?: string } }).names;
        if (entity.kind === 'person' && names?.given) {
          expect((real as { names?: { given?: string } }).names?.given, viewId).toBe(names.given);
        }
      }
    },
  );

  it('translates the view’s ids inside a change, and nothing else', () => {
    const ids = new Map([['person:1', 'person:amy']]);
    const { value, translated } = translateIds(
      { before: { id: 'person:1', note: 'person:1 said' }, refs: ['person:1', 'person:2'] },
      ids,
    );
    expect(value).toEqual({
      before: { id: 'person:amy', note: 'person:1 said' },
      refs: ['person:amy', 'person:2'],
    });
    expect(translated).toBe(2);
  });
});
