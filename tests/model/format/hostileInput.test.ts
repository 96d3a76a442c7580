import { describe, expect, it } from 'vitest';
import { FORMAT_LIMITS, parseFamily } from '@kinmap/model';
import { readFixtureText } from '../../support/fixtures.ts';

type Doc = Record<string, unknown> & { people: Record<string, unknown>[] };
const minimal = (): Doc => JSON.parse(readFixtureText('minimal')) as Doc;

function issuesOf(input: unknown) {
  const result = parseFamily(input);
  if (result.ok) throw new Error('expected the document to be refused');
  return result.issues;
}

describe('parseFamily and keys with a special meaning in JavaScript', () => {
  const polluting = [
    '{"formatVersion":1,"id":"family:x","title":"x","__proto__":{"polluted":true}}',
    '{"formatVersion":1,"id":"family:x","title":"x","people":[{"id":"person:a","sensitivity":{"__proto__":"criminal"}}]}',
    '{"formatVersion":1,"id":"family:x","title":"x","constructor":{"prototype":{"polluted":true}}}',
  ];

  it.each(polluting)('refuses %s and leaves Object.prototype untouched', (text) => {
    const before = Object.getOwnPropertyNames(Object.prototype).sort();
    const issues = issuesOf(text);
    expect(issues[0]!.message).toBe(
      'is not allowed as a field name (it has a special meaning in JavaScript)',
    );
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('gives the path of the refused key', () => {
    expect(issuesOf(polluting[1]).map((i) => i.path)).toEqual(['people[0].sensitivity.__proto__']);
  });

  it('returns a family made of ordinary objects only, sharing nothing with the input', () => {
    const input = minimal();
    const result = parseFamily(input);
    if (!result.ok) throw new Error('expected ok');
    const family = result.family;
    expect(Object.getPrototypeOf(family)).toBe(Object.prototype);
    expect(Object.getPrototypeOf(family.people[0])).toBe(Object.prototype);
    expect(family.people[0]).not.toBe(input.people[0]);
    expect(family.people[0]!.names).not.toBe(input.people[0]!.names);
    expect(Object.keys(family).every((key) => Object.hasOwn(family, key))).toBe(true);
  });

  it('does not modify the input', () => {
    const input = minimal();
    const copy = structuredClone(input);
    parseFamily(input);
    expect(input).toEqual(copy);
  });
});

describe('parseFamily and values JSON cannot hold', () => {
  it.each([
    ['a Date', new Date(0), 'must be plain JSON data (got a Date)'],
    ['a Map', new Map(), 'must be plain JSON data (got a Map)'],
    ['a function', () => 1, 'must be plain JSON data (got a function)'],
    ['a bigint', 10n, 'must be plain JSON data (got a bigint)'],
    ['NaN', Number.NaN, 'must be a finite number (got NaN)'],
    ['a class instance', new (class Person {})(), 'must be plain JSON data (got a Person)'],
  ])('refuses %s with a clear issue', (_name, value, message) => {
    const doc = minimal();
    doc.people[0]!.count = value;
    expect(issuesOf(doc)).toEqual([{ path: 'people[0].count', message }]);
  });

  it('refuses a getter without calling it', () => {
    const doc = minimal();
    let called = false;
    Object.defineProperty(doc, 'title', {
      enumerable: true,
      get() {
        called = true;
        throw new Error('boom');
      },
    });
    expect(issuesOf(doc)).toEqual([
      { path: 'title', message: 'is computed by a getter; Kinmap reads only plain data' },
    ]);
    expect(called).toBe(false);
  });

  it('survives a Proxy whose traps throw', () => {
    const hostile = new Proxy(
      {},
      {
        ownKeys() {
          throw new Error('trap');
        },
      },
    );
    expect(issuesOf(hostile)).toEqual([
      { path: '', message: 'The document could not be read as plain data' },
    ]);
  });

  it('refuses a cyclic object by its depth instead of looping', () => {
    const doc = minimal();
    doc.notes = doc;
    expect(issuesOf(doc)[0]!.message).toMatch(/more than 32 levels deep/);
  });

  it('treats a field set to undefined as absent, like JSON.stringify', () => {
    const doc = minimal();
    doc.notes = undefined;
    expect(parseFamily(doc).ok).toBe(true);
  });
});

describe('parseFamily size limits', () => {
  it('refuses a text over the length limit before parsing it', () => {
    const huge = `{"title": "${'x'.repeat(FORMAT_LIMITS.maxTextLength)}"}`;
    expect(issuesOf(huge)).toEqual([
      {
        path: '',
        message: 'The document is too large: 20,000,013 characters, and Kinmap reads at most 20,000,000',
      },
    ]);
  });

  it('parses a 10 MB document of real content', () => {
    const doc = minimal();
    const extra = Array.from({ length: 1_100 }, (_, i) => ({ id: `person:p${i}`, notes: 'n'.repeat(9_000) }));
    doc.people = [...doc.people, ...extra];
    const text = JSON.stringify(doc);
    expect(text.length).toBeGreaterThan(9_900_000);
    const result = parseFamily(text);
    expect(result.ok ? result.family.people : result.issues).toHaveLength(1_101);
  });

  it('refuses deep nesting in text without overflowing the stack', () => {
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    expect(issuesOf(deep)[0]!.message).toBe(
      'The document nests objects or lists more than 32 levels deep, which no Kinmap document does',
    );
  });

  it('refuses 100,000 people with one issue naming the limit', () => {
    const doc = minimal();
    doc.people = Array.from({ length: 100_000 }, (_, i) => ({ id: `person:p${i}` }));
    expect(issuesOf(doc)).toEqual([
      { path: 'people', message: 'lists 100,000 people; Kinmap accepts at most 10,000 in one family' },
    ]);
  });

  it('caps the list of issues and counts the rest', () => {
    const doc = minimal();
    doc.people = Array.from({ length: 500 }, (_, i) => ({ id: `person:p${i}`, kind: 'alien' }));
    const issues = issuesOf(doc);
    expect(issues).toHaveLength(FORMAT_LIMITS.maxIssues + 1);
    expect(issues.at(-1)).toEqual({ path: '', message: 'and 300 more problems not listed' });
  });
});
