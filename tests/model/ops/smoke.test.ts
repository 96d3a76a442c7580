import { describe, expect, it } from 'vitest';
import { addRelative, applyChange, invertChange, removePerson } from '@kinmap/model';
import { formatProblems, jonesFamily, p } from './familyBuilders.ts';

describe('smoke', () => {
  it('works', () => {
    const f = jonesFamily();
    expect(formatProblems(f)).toEqual([]);
    const r = addRelative(f, { of: p('leo'), relation: 'sibling' });
    expect(formatProblems(r.family)).toEqual([]);
    const rm = removePerson(r.family, { id: p('amy') });
    expect(formatProblems(rm.family)).toEqual([]);
    expect(applyChange(rm.family, invertChange(rm.change))).toEqual(r.family);
  });
});
