// What checking the format limits on write costs one edit. Run: pnpm exec tsx bench/limits.bench.ts
// "first edit" is the first operation on a family object the limits check has not seen (just opened,
// or just undone); "next edit" chains operations, as typing in the demo does.
import { addPerson, applyChange, invertChange, updatePerson, type Family } from '@kinmap/model';
import { generateFamily } from '../tests/support/generateFamily.ts';

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

function report(label: string, values: number[]): void {
  console.log(`${label.padEnd(62)} median ${median(values).toFixed(3).padStart(8)} ms`);
}

for (const size of [200, 2_000]) {
  const family = generateFamily({ people: size, seed: 7 });
  const id = family.people[Math.floor(size / 2)]!.id;
  const first: number[] = [];
  for (let i = 0; i < 15; i++) {
    // A fresh copy each time, as a just-opened map is a new object.
    const fresh: Family = structuredClone(family);
    const start = performance.now();
    updatePerson(fresh, { id, patch: { notes: `first ${i}` } });
    first.push(performance.now() - start);
  }
  report(`${size} people: first edit (updatePerson notes)`, first);

  let current = family;
  const typing: number[] = [];
  for (let i = 0; i < 200; i++) {
    const start = performance.now();
    current = updatePerson(current, { id, patch: { notes: `typed ${'x'.repeat(i)}` } }).family;
    typing.push(performance.now() - start);
  }
  report(`${size} people: next edit (updatePerson notes, 200 in a row)`, typing);

  const adds: number[] = [];
  for (let i = 0; i < 50; i++) {
    const start = performance.now();
    current = addPerson(current, { names: { given: `New ${i}` } }).family;
    adds.push(performance.now() - start);
  }
  report(`${size} people: addPerson (50 in a row)`, adds);

  const afterUndo: number[] = [];
  for (let i = 0; i < 30; i++) {
    const { change } = updatePerson(current, { id, patch: { notes: `undo ${i}` } });
    // Undo gives a new family object (sharing its entities): the next edit sums the cached measures.
    const undone = applyChange(applyChange(current, change), invertChange(change));
    const start = performance.now();
    current = updatePerson(undone, { id, patch: { notes: `after undo ${i}` } }).family;
    afterUndo.push(performance.now() - start);
  }
  report(`${size} people: first edit after an undo`, afterUndo);
}
