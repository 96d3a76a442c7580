// The shared fixture families give the findings a practitioner would expect of them.
import { readdirSync, readFileSync } from 'node:fs';
import { checkFamily, parseFamily, type Family } from '@kinmap/model';
import { describe, expect, test } from 'vitest';

const DIR = new URL('../../fixtures/families/', import.meta.url);

function load(name: string): Family {
  const parsed = parseFamily(readFileSync(new URL(name, DIR), 'utf8'));
  if (!parsed.ok) throw new Error(`${name} does not parse: ${JSON.stringify(parsed.issues.slice(0, 3))}`);
  return parsed.family;
}

const names = readdirSync(DIR).filter((n) => n.endsWith('.json'));

describe.each(names)('%s', (name) => {
  test('checks without error, every finding naming a field path, and no integrity errors', () => {
    const { findings, standard } = checkFamily(load(name));
    expect(standard.total).toBe(8);
    for (const f of findings) {
      expect(f.path).not.toBe('');
      expect(f.message.length).toBeGreaterThan(10);
    }
    expect(findings.filter((f) => ['MS-19', 'MS-21'].includes(f.id) && f.severity === 'error')).toEqual([]);
  });
});

test('Leo: NRPF not asked for a named adult in the household', () => {
  const family = load('leo.json');
  const nrpf = checkFamily(family).findings.filter((f) => f.id === 'MS-06' && f.severity === 'error');
  expect(nrpf.length).toBeGreaterThan(0);
  for (const f of nrpf) {
    const person = family.people.find((p) => p.id === f.subject?.id);
    expect(person?.immigration?.nrpf ?? 'not_asked').toBe('not_asked');
    expect(f.message).toMatch(/^\S.* \(adult in .+\): NRPF status not asked$/);
    expect(f.path).toMatch(/^people\[\d+\]\.immigration\.nrpf$/);
  }
});

test('Leo: the standard is partly met, not a single pass or fail', () => {
  const { standard } = checkFamily(load('leo.json'));
  expect(standard.met).toBeGreaterThan(0);
  expect(standard.met).toBeLessThan(standard.total);
  expect(standard.items.find((i) => i.key === 'nrpf')?.met).toBe(false);
});

test('Unknown father: the placeholder with a reason fills the parent slot', () => {
  const family = load('unknown-father.json');
  expect(family.people.some((p) => p.kind === 'placeholder' && p.placeholder?.reasonUnknown)).toBe(true);
  expect(checkFamily(family).findings.filter((f) => f.id === 'MS-04')).toEqual([]);
});

test('Peter: an adult subject gets no child checks (parent slots, three generations, NHS number)', () => {
  const findings = checkFamily(load('peter.json')).findings;
  expect(findings.filter((f) => ['MS-04', 'MS-16'].includes(f.id))).toEqual([]);
  expect(findings.filter((f) => f.path.endsWith('identity.nhsNumber'))).toEqual([]);
});

test('Minimal: one person with nothing else recorded misses household, agencies and people around them', () => {
  const ids = checkFamily(load('minimal.json'), { asAt: '2025-01-01' }).findings.map((f) => f.id);
  expect(ids).toEqual(expect.arrayContaining(['MS-01', 'MS-08', 'MS-09', 'MS-17']));
});
