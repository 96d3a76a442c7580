// The format limits, walked from both sides: at each limit an operation is accepted and the saved map
// reopens with parseFamily; one past it the operation is refused with a ModelError naming the field and
// the limit, and parseFamily refuses the same document. (Issue 11: a map must never save unopenable.)
import { describe, expect, it } from 'vitest';
import {
  FORMAT_LIMITS,
  ModelError,
  addEmotionalRelationship,
  addPerson,
  parseFamily,
  serializeFamily,
  updateFamilyDetails,
  updatePerson,
  type Family,
  type Person,
  type PersonId,
} from '@kinmap/model';
import { family as buildFamily } from '../ops/familyBuilders.ts';

const HEAVY = 120_000;

/** A family of `count` people (each a copy of one valid person with its own id), built without parsing. */
function withPeople(count: number, extra: Partial<Person> = {}): Family {
  const base = buildFamily({ people: [{ id: 'person:p0', names: { given: 'P' } }] });
  const template = { ...base.people[0]!, ...extra };
  const people = Array.from({ length: count }, (_, i) => ({ ...template, id: `person:p${i}` as PersonId }));
  return { ...base, people };
}

/** The ModelError an operation throws, or fails the test when it does not throw one. */
function refusal(run: () => unknown): ModelError {
  try {
    run();
  } catch (error) {
    if (error instanceof ModelError) return error;
    throw error;
  }
  throw new Error('the operation was accepted');
}

function reopens(f: Family): boolean {
  const reopened = parseFamily(serializeFamily(f));
  return reopened.ok;
}

function reopenIssues(f: Family): { path: string; message: string }[] {
  const reopened = parseFamily(serializeFamily(f));
  return reopened.ok ? [] : [...reopened.issues];
}

describe('format limits, enforced on write as on read', () => {
  it(
    `people: ${FORMAT_LIMITS.maxPeople} accepted and reopened, one more refused by addPerson and parseFamily`,
    () => {
      const almost = withPeople(FORMAT_LIMITS.maxPeople - 1);
      const atLimit = addPerson(almost, { names: { given: 'Last' } }).family;
      expect(atLimit.people).toHaveLength(FORMAT_LIMITS.maxPeople);
      expect(reopens(atLimit)).toBe(true);

      const error = refusal(() => addPerson(atLimit, { names: { given: 'One too many' } }));
      expect(error.issues).toEqual([
        {
          path: 'people',
          message:
            'this change was not made: the family would have 10,001 people, and Kinmap opens at most 10,000 in one family, so the saved map could not be reopened',
        },
      ]);
      expect(error.message).toMatch(/^addPerson: people: /);

      const over = withPeople(FORMAT_LIMITS.maxPeople + 1);
      expect(reopenIssues(over)).toEqual([
        { path: 'people', message: 'lists 10,001 people; Kinmap accepts at most 10,000 in one family' },
      ]);
    },
    HEAVY,
  );

  it(
    `a collection: ${FORMAT_LIMITS.maxListLength} emotional relationships accepted and reopened, one more refused`,
    () => {
      const pair = withPeople(2);
      const [a, b] = pair.people as [Person, Person];
      const line = addEmotionalRelationship(pair, { from: a.id, to: b.id, type: 'close' }).family
        .emotionalRelationships[0]!;
      const many = (n: number): Family => ({
        ...pair,
        emotionalRelationships: Array.from({ length: n }, (_, i) => ({
          ...line,
          id: `emotion:e${i}` as never,
        })),
      });
      const atLimit = addEmotionalRelationship(many(FORMAT_LIMITS.maxListLength - 1), {
        from: a.id,
        to: b.id,
        type: 'close',
      }).family;
      expect(atLimit.emotionalRelationships).toHaveLength(FORMAT_LIMITS.maxListLength);
      expect(reopens(atLimit)).toBe(true);

      const error = refusal(() =>
        addEmotionalRelationship(atLimit, { from: a.id, to: b.id, type: 'hostile' }),
      );
      expect(error.issues.map((i) => i.path)).toEqual(['emotionalRelationships']);
      expect(error.issues[0]!.message).toContain('this list would have 50,001 entries');
      expect(error.issues[0]!.message).toContain('at most 50,000 in one list');

      expect(reopenIssues(many(FORMAT_LIMITS.maxListLength + 1))).toEqual([
        {
          path: 'emotionalRelationships',
          message: 'lists 50,001 entries; Kinmap accepts at most 50,000 in one list',
        },
      ]);
    },
    HEAVY,
  );

  it(
    `a list inside a person: ${FORMAT_LIMITS.maxListLength} statuses accepted and reopened, one more refused by updatePerson`,
    () => {
      const one = withPeople(2);
      const id = one.people[1]!.id;
      const statuses = (n: number) => Array.from({ length: n }, () => ({ type: 'child_in_need' as const }));
      const atLimit = updatePerson(one, {
        id,
        patch: { statuses: statuses(FORMAT_LIMITS.maxListLength) },
      }).family;
      expect(reopens(atLimit)).toBe(true);

      const error = refusal(() =>
        updatePerson(atLimit, { id, patch: { statuses: statuses(FORMAT_LIMITS.maxListLength + 1) } }),
      );
      expect(error.issues).toHaveLength(1);
      expect(error.issues[0]!.path).toBe('people[1].statuses');
      expect(error.issues[0]!.message).toContain('this list would have 50,001 entries');

      const over: Family = {
        ...atLimit,
        people: atLimit.people.map((p) =>
          p.id === id ? { ...p, statuses: statuses(FORMAT_LIMITS.maxListLength + 1) } : p,
        ),
      };
      expect(reopenIssues(over)).toEqual([
        {
          path: 'people[1].statuses',
          message: 'lists 50,001 entries; Kinmap accepts at most 50,000 in one list',
        },
      ]);
    },
    HEAVY,
  );

  it(
    `saved text: exactly ${FORMAT_LIMITS.maxTextLength.toLocaleString('en-GB')} characters accepted and reopened, one more refused`,
    () => {
      // People with the longest notes allowed, then the family's notes fill the text to the character.
      const notes = 'n'.repeat(5_000);
      const perPerson =
        serializeFamily(withPeople(2, { notes })).length - serializeFamily(withPeople(1, { notes })).length;
      const count = Math.floor((FORMAT_LIMITS.maxTextLength - 2 * perPerson) / perPerson);
      const big = withPeople(count, { notes });
      const withNotes = (n: number) => updateFamilyDetails(big, { notes: 'f'.repeat(n) }).family;
      const fixed = serializeFamily(withNotes(1)).length - 1;
      const fill = FORMAT_LIMITS.maxTextLength - fixed;
      expect(fill).toBeGreaterThan(0);
      expect(fill).toBeLessThanOrEqual(10_000);

      const atLimit = withNotes(fill);
      const text = serializeFamily(atLimit);
      expect(text.length).toBe(FORMAT_LIMITS.maxTextLength);
      expect(parseFamily(text).ok).toBe(true);

      // One more character, by a different operation on the same map.
      const error = refusal(() =>
        updatePerson(atLimit, { id: atLimit.people[0]!.id, patch: { names: { given: 'PP' } } }),
      );
      expect(error.issues).toEqual([
        {
          path: '',
          message:
            'this change was not made: the map would be saved as 20,000,001 characters, and Kinmap opens at most 20,000,000, so the saved map could not be reopened',
        },
      ]);

      const over: Family = { ...atLimit, notes: `${atLimit.notes ?? ''}f` };
      expect(reopenIssues(over)).toEqual([
        {
          path: '',
          message: 'The document is too large: 20,000,001 characters, and Kinmap reads at most 20,000,000',
        },
      ]);
    },
    HEAVY,
  );

  it(
    `values: a change taking a map past ${FORMAT_LIMITS.maxValues.toLocaleString('en-GB')} values is refused, as parseFamily refuses it`,
    () => {
      // Each status { type } is two values. Short of the text limit a map cannot reach this many values
      // (every value takes several characters of saved text), so the operation names both limits.
      const perPerson = FORMAT_LIMITS.maxListLength;
      const people = Math.ceil(FORMAT_LIMITS.maxValues / (2 * perPerson));
      const statuses = Array.from({ length: perPerson }, () => ({ type: 'child_in_need' as const }));
      const f = withPeople(people, { statuses });
      const error = refusal(() => addPerson(f, { statuses }));
      expect(error.issues.map((i) => i.message).join('\n')).toMatch(
        /the map would hold [\d,]+ values, and Kinmap opens at most 5,000,000/,
      );
      // parseFamily counts values in a parsed document as in text (the text itself would be refused for length).
      expect(parseFamily(f)).toEqual({
        ok: false,
        issues: [{ path: '', message: 'The document is too large: it holds more than 5,000,000 values' }],
      });
    },
    HEAVY,
  );

  it('field names: a reserved name is refused by updatePerson, as parseFamily refuses it; an ordinary one is kept', () => {
    const f = withPeople(1);
    const id = f.people[0]!.id;
    const kept = updatePerson(f, { id, patch: { sensitivity: { names: 'special_category' } } }).family;
    // A field name typed as data (a pasted document, a script): `constructor` means something to JavaScript.
    const reserved: Record<string, string> = { constructor: 'special_category' };
    expect(reopens(kept)).toBe(true);

    const error = refusal(() =>
      updatePerson(f, { id, patch: { sensitivity: reserved as Person['sensitivity'] } }),
    );
    expect(error.issues).toEqual([
      {
        path: 'people[0].sensitivity.constructor',
        message:
          'this change was not made: "constructor" cannot be a field name (it has a special meaning in JavaScript), so the saved map could not be reopened',
      },
    ]);
    const over: Family = {
      ...f,
      people: [
        { ...f.people[0]!, sensitivity: { constructor: 'special_category' } as Person['sensitivity'] },
      ],
    };
    expect(reopenIssues(over).map((i) => i.path)).toEqual(['people[0].sensitivity.constructor']);
  });

  it('a map built past a limit in code can still be trimmed back by operations', () => {
    const over = withPeople(FORMAT_LIMITS.maxPeople + 1);
    expect(() =>
      updatePerson(over, { id: over.people[0]!.id, patch: { names: { given: 'Q' } } }),
    ).not.toThrow();
    expect(refusal(() => addPerson(over)).issues[0]!.path).toBe('people');
  });
});
