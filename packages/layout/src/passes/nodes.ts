import type { Family, PersonId } from '@kinmap/model';
import { labelBox, labelLines } from '../labels/label.ts';
import type { ResolvedOptions } from '../options.ts';
import { describeSymbol } from '../symbols/descriptor.ts';
import type { Badge, PersonNode } from '../types.ts';
import type { FamilyIndex } from './buildIndex.ts';
import type { Structure } from './tree.ts';

/** One node per drawn person, in the family's document order (households are filled in later). */
export function buildNodes(
  family: Family,
  index: FamilyIndex,
  structure: Structure,
  unitX: number[],
  badgesOf: Map<PersonId, Badge[]>,
  options: ResolvedOptions,
): PersonNode[] {
  const subjects = new Set(family.subjects);
  const adopted = new Set<PersonId>();
  const roles = new Map<PersonId, 'D' | 'S'>();
  for (const l of index.links) {
    if (l.kind === 'adoptive' || l.kind === 'adopted_out') adopted.add(l.child);
    if (l.kind === 'donor') roles.set(l.parent, 'D');
    if (l.kind === 'surrogate') roles.set(l.parent, 'S');
  }
  const position = new Map<PersonId, { x: number; y: number; generation: number }>();
  for (const unit of structure.units) {
    const g = structure.gen[unit.index] as number;
    unit.members.forEach((m, i) => {
      position.set(m, {
        x: (unitX[unit.index] as number) + ((structure.offsets[unit.index] as number[])[i] as number),
        y: g * options.rowHeight,
        generation: g,
      });
    });
  }
  return index.people.map((person) => {
    const at = position.get(person.id) ?? { x: 0, y: 0, generation: 0 };
    const role = roles.get(person.id);
    const symbol = describeSymbol(
      person,
      { isSubject: subjects.has(person.id), isAdopted: adopted.has(person.id), ...(role ? { role } : {}) },
      options,
    );
    const size = symbol.size === 'small' ? options.s / 2 : options.s;
    const { lines, fullName, detail } = labelLines(person, options);
    const badges = badgesOf.get(person.id) ?? [];
    const box = labelBox(at.x, at.y, size, lines.length, badges.length > 0, options);
    return {
      id: person.id,
      x: at.x,
      y: at.y,
      width: size,
      height: size,
      generation: at.generation,
      symbol,
      // Written out rather than `{ ...box, lines, … }`: V8 (Node 20) adds each key after a spread
      // of an existing object on a slow path, about 5 µs a key.
      label: {
        x: box.x,
        y: box.y,
        width: box.width,
        height: box.height,
        lines,
        fullName,
        fontSize: options.labelFontSize,
        ...(detail ? { detail } : {}),
      },
      badges,
      households: [],
    };
  });
}
