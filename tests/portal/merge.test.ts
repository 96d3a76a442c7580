/** mergeContribution: a contribution merged into the map as it is now, field by field. */
import { describe, expect, it } from 'vitest';
import { parseFamily, type Family } from '@kinmap/model';
import { mergeContribution } from '@kinmap/portal';

function family(): Family {
  const parsed = parseFamily({
    formatVersion: 3,
    id: 'family:m',
    title: 'M',
    people: [
      { id: 'person:a', names: { given: 'Amy', family: 'Jones' }, birth: { date: '1990-04' } },
      { id: 'person:b', names: { given: 'Ben' } },
    ],
    subjects: ['person:b'],
  });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return parsed.family;
}

describe('mergeContribution', () => {
  it('keeps fields the contributor did not send (such as ones hidden from them)', () => {
    const map = family();
    const amy = map.people[0]!;
    // The contributor saw Amy without her date of birth (a redacted view) and changed her family name.
    const seen = { id: amy.id, names: amy.names };
    const result = mergeContribution(map, {
      people: {
        updated: [
          { before: seen as never, after: { ...seen, names: { ...amy.names, family: 'Smith' } } as never },
        ],
      },
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.family.people[0]!.names.family).toBe('Smith');
    expect(result.family.people[0]!.birth?.date).toBe('1990-04');
  });

  it('reports a field changed differently as a conflict, with the three values', () => {
    const map = family();
    const amy = map.people[0]!;
    const moved = { ...map, people: [{ ...amy, names: { ...amy.names, family: 'Brown' } }, map.people[1]!] };
    const result = mergeContribution(moved, {
      people: { updated: [{ before: amy, after: { ...amy, names: { ...amy.names, family: 'Smith' } } }] },
    });
    expect(result).toEqual({
      ok: false,
      conflicts: [
        {
          path: 'people.updated[0].names.family',
          message: 'the map has changed since this was proposed',
          mapValue: 'Brown',
          contributorSaw: 'Jones',
          proposedValue: 'Smith',
        },
      ],
    });
  });

  it('accepts a change the map already has (two agencies said the same thing)', () => {
    const map = family();
    const amy = map.people[0]!;
    const same = { ...map, people: [{ ...amy, names: { ...amy.names, family: 'Smith' } }, map.people[1]!] };
    const result = mergeContribution(same, {
      people: { updated: [{ before: amy, after: { ...amy, names: { ...amy.names, family: 'Smith' } } }] },
    });
    expect(result.ok).toBe(true);
  });

  it('puts added people at the end and refuses an id already there', () => {
    const map = family();
    const ok = mergeContribution(map, {
      people: { added: [{ at: 0, value: { id: 'person:c', names: { given: 'Cal' } } as never }] },
    });
    expect(ok.ok && ok.family.people.map((p) => p.id)).toEqual(['person:a', 'person:b', 'person:c']);
    const clash = mergeContribution(map, {
      people: { added: [{ at: 0, value: { id: 'person:a', names: { given: 'X' } } as never }] },
    });
    expect(clash.ok).toBe(false);
    expect(!clash.ok && clash.conflicts[0]!.message).toMatch(/already in the map/);
  });

  it('refuses to remove someone changed since, or already gone', () => {
    const map = family();
    const amy = map.people[0]!;
    const changed = {
      ...map,
      people: [{ ...amy, names: { ...amy.names, given: 'Amelia' } }, map.people[1]!],
    };
    const result = mergeContribution(changed, { people: { removed: [{ at: 0, value: amy }] } });
    expect(!result.ok && result.conflicts[0]!.message).toMatch(/has changed since.*names/);
    const gone = mergeContribution(map, {
      people: { removed: [{ at: 0, value: { ...amy, id: 'person:z' } as never }] },
    });
    expect(!gone.ok && gone.conflicts[0]!.message).toMatch(/no longer in the map/);
  });

  it('checks the result with the model: a dangling reference is refused, naming the field', () => {
    const map = family();
    const result = mergeContribution(map, { people: { removed: [{ at: 1, value: map.people[1]! }] } });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.conflicts[0]!.path).toMatch(/subjects/);
  });

  it('merges document fields three ways', () => {
    const map = family();
    const ok = mergeContribution(map, { document: { title: { before: 'M', after: 'M family' } } });
    expect(ok.ok && ok.family.title).toBe('M family');
    const stale = mergeContribution(
      { ...map, title: 'Moved' },
      { document: { title: { before: 'M', after: 'M family' } } },
    );
    expect(!stale.ok && stale.conflicts[0]).toMatchObject({ path: 'document.title', mapValue: 'Moved' });
  });
});
