import { ageAt, formatAge } from '@kinmap/model';
import type { Person } from '@kinmap/model';
import type { ResolvedOptions } from '../options.ts';
import type { SymbolDescriptor, SymbolShape } from '../types.ts';

/** Shape from gender identity (domain.md §1.2): never from sex at birth. */
export function genderShape(person: Person): SymbolShape {
  switch (person.genderIdentity) {
    case 'man':
      return 'square';
    case 'woman':
      return 'circle';
    default:
      return 'diamond';
  }
}

function hasUnknownGender(person: Person): boolean {
  return ['unknown', 'not_asked', 'declined'].includes(person.genderIdentity);
}

function lossShape(person: Person): SymbolShape {
  if (person.loss?.outcome !== 'stillbirth') return 'triangle';
  return person.loss.sex === 'male' ? 'square' : person.loss.sex === 'female' ? 'circle' : 'triangle';
}

/** Facts from outside the person record that change the symbol. */
export interface SymbolContext {
  isSubject: boolean;
  isAdopted: boolean;
  /** "D" (donor) or "S" (surrogate) when the person is linked as one. */
  role?: 'D' | 'S';
}

/** Everything the renderer needs to draw one person's symbol. */
export function describeSymbol(
  person: Person,
  context: SymbolContext,
  options: ResolvedOptions,
): SymbolDescriptor {
  const nsgc = options.notation === 'nsgc';
  const mark = nsgc ? 'slash' : 'cross';
  let shape: SymbolShape = genderShape(person);
  let innerText: string | undefined = hasUnknownGender(person) ? '?' : undefined;
  let size: SymbolDescriptor['size'] = 'full';
  const descriptor: SymbolDescriptor = {
    shape,
    size,
    deceased: person.vitalStatus === 'deceased',
    deceasedMark: mark,
    isSubject: context.isSubject,
    isPlaceholder: person.kind === 'placeholder',
    isAdopted: context.isAdopted,
    ...(person.vitalStatus === 'unknown' ? { vitalStatusUnknown: true } : {}),
  };
  if (person.kind === 'pet') {
    shape = 'pet';
    innerText = undefined;
  } else if (person.kind === 'placeholder') {
    shape = 'diamond';
    innerText = '?';
  } else if (person.kind === 'pregnancy') {
    // Triangle in social-care notations; NSGC draws "P" inside the gender symbol.
    if (nsgc) innerText = 'P';
    else {
      shape = 'triangle';
      innerText = undefined;
    }
    descriptor.pregnancy = person.pregnancy?.edd ? { edd: person.pregnancy.edd } : {};
  } else if (person.kind === 'pregnancy_loss') {
    shape = lossShape(person);
    size = 'small';
    innerText = undefined;
    descriptor.deceased = false;
    const outcome = person.loss?.outcome ?? 'unknown';
    descriptor.loss = { outcome, mark: outcome === 'termination' ? 'slash' : 'cross' };
  } else if (options.labelDetail === 'age' && innerText === undefined) {
    const age = ageAt(person.birth, options.asAt, person.death);
    // The model's formatter: "~34" when the age is an estimate (told, or a year or month only), as
    // the tables write it and "about 34" is spoken, from the same chart date.
    if (age) innerText = formatAge(age);
  }
  if (person.count !== undefined) innerText = person.count === 0 ? 'n' : String(person.count);
  if (context.role) innerText = context.role;
  if (options.labelDetail === 'dates' && person.kind === 'person') {
    const left = person.birth?.date.slice(0, 4);
    const right = person.death?.date?.slice(0, 4);
    if (left || right) descriptor.yearAbove = { ...(left ? { left } : {}), ...(right ? { right } : {}) };
  }
  descriptor.shape = shape;
  descriptor.size = size;
  if (innerText !== undefined) descriptor.innerText = innerText;
  return descriptor;
}
