import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseFamily, serializeFamily } from '@kinmap/model';
import { arbitraryFamily } from '../../support/arbitraryFamily.ts';

/** A result is well formed: ok with a family, or refused with at least one { path, message }. */
function expectWellFormed(input: unknown) {
  const result = parseFamily(input);
  if (result.ok) {
    expect(typeof result.family.id).toBe('string');
    return;
  }
  expect(result.issues.length).toBeGreaterThan(0);
  for (const issue of result.issues) {
    expect(typeof issue.path).toBe('string');
    expect(issue.message.length).toBeGreaterThan(0);
  }
}

/** Replaces one value somewhere in a JSON tree (chosen by `pick`) with `replacement`. */
function mutate(root: unknown, pick: number, replacement: unknown): unknown {
  const places: [Record<string, unknown> | unknown[], string | number][] = [];
  const walk = (node: unknown) => {
    if (Array.isArray(node)) node.forEach((v, i) => (places.push([node, i]), walk(v)));
    else if (node !== null && typeof node === 'object') {
      for (const [k, v] of Object.entries(node)) {
        places.push([node as Record<string, unknown>, k]);
        walk(v);
      }
    }
  };
  walk(root);
  if (places.length === 0) return replacement;
  const [parent, key] = places[pick % places.length]!;
  (parent as Record<string | number, unknown>)[key] = replacement;
  return root;
}

describe('parseFamily never throws', () => {
  it('on any JavaScript value', () => {
    fc.assert(
      fc.property(
        fc.anything({ withMap: true, withSet: true, withDate: true, withBigInt: true }),
        expectWellFormed,
      ),
      {
        numRuns: 300,
      },
    );
  }, 120_000);

  it('on any JSON text, and on any text at all', () => {
    fc.assert(fc.property(fc.json(), expectWellFormed), { numRuns: 300 });
    fc.assert(fc.property(fc.string({ unit: 'binary' }), expectWellFormed), { numRuns: 300 });
  }, 120_000);

  it('on valid families with one value replaced by anything', () => {
    fc.assert(
      fc.property(
        arbitraryFamily({ maxPeople: 4 }),
        fc.nat(),
        fc.jsonValue(),
        (family, pick, replacement) => {
          const doc = JSON.parse(serializeFamily(family)) as unknown;
          expectWellFormed(mutate(doc, pick, replacement));
        },
      ),
      { numRuns: 200 },
    );
  }, 120_000);

  it('on valid family text with characters cut out', () => {
    fc.assert(
      fc.property(arbitraryFamily({ maxPeople: 3 }), fc.nat(), fc.nat({ max: 20 }), (family, at, length) => {
        const text = serializeFamily(family);
        const start = at % text.length;
        expectWellFormed(text.slice(0, start) + text.slice(start + length));
      }),
      { numRuns: 200 },
    );
  }, 120_000);
});
