import { describe, expect, it } from 'vitest';
import { parseFamily } from '@kinmap/model';
import { readFixtureText } from '../../support/fixtures.ts';

type Doc = Record<string, unknown> & { people: Record<string, unknown>[] };
const leoDoc = (): Doc => JSON.parse(readFixtureText('leo')) as Doc;

function issuesOf(input: unknown) {
  const result = parseFamily(input);
  if (result.ok) throw new Error('expected the document to be refused');
  return result.issues;
}

describe('parseFamily error wording (pinned: users read these)', () => {
  it('names an unknown enum value and lists the allowed ones', () => {
    const doc = leoDoc();
    (doc.people[2] as { immigration: Record<string, unknown> }).immigration.nrpf = 'maybe';
    expect(issuesOf(doc)).toEqual([
      {
        path: 'people[2].immigration.nrpf',
        message: 'must be one of: yes, no, lifted, unknown, not_asked (got "maybe")',
      },
    ]);
  });

  it('says a missing field "is required", even where the schema has its own wording', () => {
    const doc = leoDoc();
    delete doc.people[0]!.id;
    delete doc.title;
    expect(issuesOf(doc)).toEqual([
      { path: 'title', message: 'is required' },
      { path: 'people[0].id', message: 'is required' },
    ]);
  });

  it('refuses a date that does not exist on the calendar', () => {
    const doc = leoDoc();
    doc.people[0]!.birth = { date: '2019-02-29' };
    expect(issuesOf(doc)).toEqual([{ path: 'people[0].birth.date', message: 'is not a real calendar date' }]);
  });

  it('names each unknown field', () => {
    const doc = leoDoc();
    doc.people[1]!.favouriteColour = 'blue';
    doc.colour = 'red';
    expect(issuesOf(doc)).toEqual([
      { path: 'people[1].favouriteColour', message: 'is not a field Kinmap knows' },
      { path: 'colour', message: 'is not a field Kinmap knows' },
    ]);
  });

  it('names the expected type and what it got', () => {
    const doc = leoDoc();
    doc.people[0]!.names = 'Leo Carter';
    doc.people[1]!.count = 2.5;
    doc.people[3]!.statuses = {};
    expect(issuesOf(doc)).toEqual([
      { path: 'people[0].names', message: 'must be an object (got "Leo Carter")' },
      { path: 'people[1].count', message: 'must be a whole number (got 2.5)' },
      { path: 'people[3].statuses', message: 'must be a list (got an object)' },
    ]);
  });

  it('reports an id of the wrong kind', () => {
    const doc = leoDoc();
    (doc.parentChildLinks as Record<string, unknown>[])[0]!.parent = 'agency:gp';
    expect(issuesOf(doc)).toEqual([
      { path: 'parentChildLinks[0].parent', message: 'must be a person id, but "agency:gp" is an agency id' },
    ]);
  });

  it('lists the allowed kinds of an involvement target', () => {
    const doc = leoDoc();
    (doc.involvements as Record<string, unknown>[])[0]!.with = { kind: 'street' };
    expect(issuesOf(doc)).toEqual([
      {
        path: 'involvements[0].with.kind',
        message: 'must be one of: person, household, family (got "street")',
      },
    ]);
  });

  it('explains malformed JSON with a line and column', () => {
    expect(issuesOf('{\n  "formatVersion": 1,\n  "id": }')).toEqual([
      { path: '', message: 'The document is not valid JSON: unexpected "}" (line 3, column 9)' },
    ]);
    expect(issuesOf('{"title": "Leo')).toEqual([
      { path: '', message: 'The document is not valid JSON: the text ends too early (line 1, column 15)' },
    ]);
    expect(issuesOf("{'title': 1}")).toEqual([
      { path: '', message: 'The document is not valid JSON: unexpected "\'" (line 1, column 2)' },
    ]);
    expect(issuesOf('')).toEqual([
      { path: '', message: 'The document is empty: expected a Kinmap family document (JSON)' },
    ]);
  });

  it('refuses something that is not a family at all', () => {
    expect(issuesOf([1, 2])).toEqual([
      { path: '', message: 'The document must be a JSON object holding a family (got a list)' },
    ]);
    expect(issuesOf('"hello"')).toEqual([
      { path: '', message: 'The document must be a JSON object holding a family (got "hello")' },
    ]);
  });

  it('reports several problems at once, each with its path', () => {
    const doc = leoDoc();
    doc.people[0]!.sexAtBirth = 'M';
    doc.people[4]!.birth = { date: '14/03/1977' };
    const issues = issuesOf(doc);
    expect(issues.map((i) => i.path)).toEqual(['people[0].sexAtBirth', 'people[4].birth.date']);
    expect(issues[1]!.message).toBe('must be a date written as YYYY, YYYY-MM or YYYY-MM-DD');
  });

  it('never lets zod wording through', () => {
    const doc = leoDoc();
    doc.people[0]!.names = { given: 5, other: [{ type: 'nickname' }] };
    doc.households = [{}];
    doc.multipleBirths = [{ id: 'multiple:x', members: [] }];
    for (const { message } of issuesOf(doc)) {
      expect(message).not.toMatch(/Invalid|expected .* received|Too small|Unrecognized/);
    }
  });
});
