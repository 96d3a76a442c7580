// One fuzz case, shared by the fuzz test (a few hundred seeds in `npm test`) and the long run
// (`pnpm fuzz`, bench/fuzz.ts): a generated family goes serializeFamily → parseFamily → a few random
// operations → layoutFamily → toSvgString → XML parse → parseFamily round trip, and every way a
// practitioner would lose or be unable to open a map is reported as a problem.
import { SaxesParser } from 'saxes';
import { layoutFamily, type FamilyLayout } from '@kinmap/layout';
import {
  ModelError,
  addEmotionalRelationship,
  addPartnership,
  addRelative,
  linkParentChild,
  parseFamily,
  removePerson,
  serializeFamily,
  updatePerson,
  type Family,
  type PersonId,
} from '@kinmap/model';
import { toSvgString } from '@kinmap/react';
import { AWKWARD_TEXT, fuzzFamily } from '../support/fuzzFamily.ts';
import { seededRandom } from '../support/generateFamily.ts';

export type ProblemKind =
  | 'throw'
  | 'over-step-budget'
  | 'child-not-below-parent'
  | 'malformed-svg'
  | 'unopenable-save'
  | 'round-trip-loss';

export interface Problem {
  kind: ProblemKind;
  detail: string;
}

export interface CaseResult {
  seed: number;
  people: number;
  /** Operations applied, and those the model refused (a refusal is not a problem). */
  operations: string[];
  problems: Problem[];
  /** The family laid out and drawn (after the operations), for a regression fixture. */
  family: Family;
}

/** XML well-formedness as an XML/SVG viewer checks it: saxes throws on the first error. */
export function xmlProblem(svg: string): string | undefined {
  // String.prototype.isWellFormed (Node 20+; not yet in this project's TypeScript lib).
  if (!(svg as string & { isWellFormed(): boolean }).isWellFormed())
    return 'the SVG text holds a lone surrogate (not well-formed UTF-16)';
  const parser = new SaxesParser();
  parser.on('error', (error) => {
    throw error;
  });
  try {
    parser.write(svg).close();
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
  return undefined;
}

/** Parent–child links whose child is not drawn strictly below the parent. */
export function childrenNotBelow(family: Family, layout: FamilyLayout): string[] {
  const y = new Map<string, number>();
  for (const node of layout.nodes) y.set(node.id, node.y);
  const out: string[] = [];
  for (const link of family.parentChildLinks) {
    const parentY = y.get(link.parent);
    const childY = y.get(link.child);
    if (parentY === undefined || childY === undefined) continue;
    if (!(childY > parentY)) out.push(`${link.id} (${link.kind}): parent y ${parentY}, child y ${childY}`);
  }
  return out;
}

type Step = (f: Family) => { family: Family; change: unknown };

function randomOperations(seed: number, count: number): { name: string; run: Step }[] {
  const random = seededRandom(seed ^ 0x5f3759df);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const text = () => `${pick(AWKWARD_TEXT)}${pick(AWKWARD_TEXT)}`;
  const anyone = (f: Family) => (f.people.length > 0 ? pick(f.people).id : ('person:none' as PersonId));
  const ops: { name: string; make: () => Step }[] = [
    {
      name: 'addRelative',
      make: () => {
        const relation = pick(['child', 'parent', 'partner', 'sibling', 'half_sibling', 'twin'] as const);
        return (f) => addRelative(f, { of: anyone(f), relation, person: { names: { given: text() } } });
      },
    },
    {
      name: 'updatePerson',
      make: () => (f) =>
        updatePerson(f, { id: anyone(f), patch: { names: { given: text() }, notes: text() } }),
    },
    {
      name: 'addPartnership',
      make: () => (f) => addPartnership(f, { partners: [anyone(f), anyone(f)] }),
    },
    {
      name: 'linkParentChild',
      make: () => {
        const kind = pick(['foster', 'adoptive', 'birth', 'special_guardian'] as const);
        return (f) => linkParentChild(f, { parent: anyone(f), child: anyone(f), kind });
      },
    },
    {
      name: 'addEmotionalRelationship',
      make: () => (f) =>
        addEmotionalRelationship(f, { from: anyone(f), to: anyone(f), type: 'hostile', label: text() }),
    },
    { name: 'removePerson', make: () => (f) => removePerson(f, { id: anyone(f) }) },
  ];
  return Array.from({ length: count }, () => {
    const op = pick(ops);
    return { name: op.name, run: op.make() };
  });
}

/** Deep equality of plain JSON data (key order ignored). */
function sameData(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a).filter((k) => (a as Record<string, unknown>)[k] !== undefined);
  const kb = Object.keys(b).filter((k) => (b as Record<string, unknown>)[k] !== undefined);
  if (ka.length !== kb.length) return false;
  return ka.every((k) => sameData((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

function thrown(name: string, error: unknown): Problem {
  const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return { kind: 'throw', detail: `${name}: ${message.slice(0, 300)}` };
}

/**
 * The seeded family, saved and reopened, then edited by a few random operations (a refusal, a
 * ModelError, is the model doing its job). Never throws.
 */
export function prepareFuzzCase(
  seed: number,
  options: { operations?: number; people?: number } = {},
): { family: Family; operations: string[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const operations: string[] = [];
  let family = fuzzFamily(seed, options.people === undefined ? {} : { people: options.people });
  try {
    const opened = parseFamily(serializeFamily(family));
    if (!opened.ok) {
      problems.push({
        kind: 'unopenable-save',
        detail: `before edits: ${JSON.stringify(opened.issues.slice(0, 3))}`,
      });
      return { family, operations, problems };
    }
    family = opened.family;
  } catch (error) {
    problems.push(thrown('parseFamily', error));
    return { family, operations, problems };
  }
  for (const op of randomOperations(seed, options.operations ?? 3)) {
    try {
      family = op.run(family).family;
      operations.push(op.name);
    } catch (error) {
      if (error instanceof ModelError) operations.push(`${op.name} (refused)`);
      else problems.push(thrown(op.name, error));
    }
  }
  return { family, operations, problems };
}

/** Lays out, draws, parses the SVG and reopens the saved family; every problem found. Never throws. */
export function examineFamily(family: Family): Problem[] {
  const problems: Problem[] = [];
  const stage = <T>(name: string, run: () => T): T | undefined => {
    try {
      return run();
    } catch (error) {
      problems.push(thrown(name, error));
      return undefined;
    }
  };
  const layout = stage('layoutFamily', () => layoutFamily(family));
  if (layout) {
    const work = (layout as { work?: { steps: number; bound: number } }).work;
    if (work && work.steps > work.bound) {
      problems.push({ kind: 'over-step-budget', detail: `${work.steps} steps, bound ${work.bound}` });
    }
    for (const detail of childrenNotBelow(family, layout))
      problems.push({ kind: 'child-not-below-parent', detail });
    const svg = stage('toSvgString', () => toSvgString(family, { layout }));
    if (svg !== undefined) {
      const xml = xmlProblem(svg);
      if (xml) problems.push({ kind: 'malformed-svg', detail: xml.slice(0, 300) });
    }
  }
  const text = stage('serializeFamily', () => serializeFamily(family));
  if (text !== undefined) {
    const reopened = stage('parseFamily', () => parseFamily(text));
    if (reopened && !reopened.ok) {
      problems.push({ kind: 'unopenable-save', detail: JSON.stringify(reopened.issues.slice(0, 3)) });
    } else if (reopened && !sameData(reopened.family, family)) {
      problems.push({ kind: 'round-trip-loss', detail: 'the reopened family differs from the saved one' });
    }
  }
  return problems;
}

/** Runs one seeded case: prepare, then examine. Never throws (a throw is reported as a problem). */
export function runFuzzCase(
  seed: number,
  options: { operations?: number; people?: number } = {},
): CaseResult {
  const prepared = prepareFuzzCase(seed, options);
  const problems = [...prepared.problems, ...examineFamily(prepared.family)];
  return {
    seed,
    people: prepared.family.people.length,
    operations: prepared.operations,
    problems,
    family: prepared.family,
  };
}

/**
 * A smaller family with a problem of the same kind: removes people one at a time (with their links)
 * while the problem stays. For regression fixtures; not for hangs (it lays out in-process).
 */
export function shrinkFamily(family: Family, kind: ProblemKind): Family {
  let current = family;
  let changed = true;
  while (changed) {
    changed = false;
    for (const person of current.people) {
      let smaller: Family;
      try {
        smaller = removePerson(current, { id: person.id }).family;
      } catch {
        continue;
      }
      if (examineFamily(smaller).some((p) => p.kind === kind)) {
        current = smaller;
        changed = true;
        break;
      }
    }
  }
  return current;
}
