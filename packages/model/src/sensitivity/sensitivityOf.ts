import type { Family } from '../schema/family.ts';
import type { EmotionalType, SensitivityClass, StatusType } from '../schema/enumValues.ts';
import { fieldSensitivity } from './fieldSensitivity.ts';

/** Abuse and violence lines record alleged or proven offences: criminal offence data (UK GDPR Art 10). */
const CRIMINAL_EMOTIONAL: ReadonlySet<EmotionalType> = new Set([
  'physical_abuse',
  'sexual_abuse',
  'violence',
  'controlling',
]);
/** Emotional abuse and neglect are restricted too; they become criminal when the basis is a conviction. */
const SPECIAL_EMOTIONAL: ReadonlySet<EmotionalType> = new Set(['emotional_abuse', 'neglect']);
const CRIMINAL_STATUSES: ReadonlySet<StatusType> = new Set([
  'mappa',
  'probation_supervision',
  'youth_justice_order',
]);
const RESTRICTED_IDENTIFIERS: Readonly<Record<string, SensitivityClass>> = {
  home_office_ref: 'immigration',
  police_ref: 'criminal',
};

/**
 * The class an abuse or violence line carries, or undefined for other types: physical and sexual
 * abuse, violence and coercive control are criminal offence data even when alleged; emotional abuse
 * and neglect are special category unless the basis is a conviction.
 *
 * @example
 * emotionalTypeSensitivity('sexual_abuse', 'alleged'); // 'criminal'
 * emotionalTypeSensitivity('neglect', 'alleged'); // 'special_category'
 * emotionalTypeSensitivity('close'); // undefined
 */
export function emotionalTypeSensitivity(type: EmotionalType, basis?: string): SensitivityClass | undefined {
  if (CRIMINAL_EMOTIONAL.has(type)) return 'criminal';
  if (SPECIAL_EMOTIONAL.has(type)) return basis === 'convicted' ? 'criminal' : 'special_category';
  return undefined;
}

/** `people[3].immigration.nrpf` → `people[].immigration.nrpf`. */
function toPattern(path: string): string {
  return path.replace(/\[\d+\]/g, '[]').replace(/\["([^"]*)"\]/g, '.$1');
}

/** Fields whose inner fields are listed too: below them, only a listed path is a real field. */
const CONTAINERS: ReadonlySet<string> = new Set(
  Object.keys(fieldSensitivity).flatMap((path) => {
    const parents: string[] = [];
    for (let i = 0; i < path.length; i++) {
      if (path[i] === '.' || path[i] === '[') parents.push(path.slice(0, i));
    }
    return parents;
  }),
);

const staticClasses = new Map<string, SensitivityClass | undefined>();

/** `findStaticClass`, remembered by pattern (redaction asks for every field of a large family). */
function staticClass(pattern: string): SensitivityClass | undefined {
  if (staticClasses.has(pattern)) return staticClasses.get(pattern);
  const found = findStaticClass(pattern);
  if (staticClasses.size < 10_000) staticClasses.set(pattern, found);
  return found;
}

function findStaticClass(pattern: string): SensitivityClass | undefined {
  let current = pattern.replace(/(\[\])+$/, ''); // an item of a list has the list's class
  const exact = fieldSensitivity[current];
  if (exact !== undefined) return exact;
  // Below a field with no listed inner fields (a record of overrides, a list of ids): that field's class.
  for (;;) {
    const trimmed = current.endsWith('[]') ? current.slice(0, -2) : current.replace(/\.[^.[\]]*$/, '');
    if (trimmed === current || trimmed === '') return undefined;
    current = trimmed;
    const found = fieldSensitivity[current];
    if (found !== undefined) return CONTAINERS.has(current) ? undefined : found;
  }
}

const listPatterns = new Map<string, RegExp>();

function index(path: string, list: string): [number, string] | undefined {
  if (!path.startsWith(list)) return undefined;
  let pattern = listPatterns.get(list);
  if (pattern === undefined) {
    pattern = new RegExp(`^${list}\\[(\\d+)\\](?:\\.(.*))?$`);
    listPatterns.set(list, pattern);
  }
  const match = pattern.exec(path);
  return match?.[1] === undefined ? undefined : [Number(match[1]), match[2] ?? ''];
}

function contextualClass(path: string, family: Family): SensitivityClass | undefined {
  const inPerson = index(path, 'people');
  if (inPerson !== undefined) {
    const [i, rest] = inPerson;
    const person = family.people[i];
    const field = rest.split(/[.[]/)[0] ?? '';
    // A pregnancy or a pregnancy loss on the map is itself special category (domain.md §4.1).
    if (rest === '' && (person?.kind === 'pregnancy' || person?.kind === 'pregnancy_loss')) {
      return 'special_category';
    }
    const override = field === '' ? undefined : person?.sensitivity?.[field];
    if (override !== undefined) return override;
    const status = /^statuses\[(\d+)\]/.exec(rest);
    if (status?.[1] !== undefined) {
      const type = person?.statuses[Number(status[1])]?.type;
      if (type !== undefined && CRIMINAL_STATUSES.has(type)) return 'criminal';
    }
    const identifier = /^identity\.otherIdentifiers\[(\d+)\]/.exec(rest);
    if (identifier?.[1] !== undefined) {
      const type = person?.identity?.otherIdentifiers[Number(identifier[1])]?.type;
      if (type !== undefined && RESTRICTED_IDENTIFIERS[type] !== undefined)
        return RESTRICTED_IDENTIFIERS[type];
    }
    return undefined;
  }
  const inHousehold = index(path, 'households');
  if (inHousehold !== undefined) {
    const [i, rest] = inHousehold;
    if (/^address(\.(text|postcode))?$/.test(rest) && family.households[i]?.address?.confidential === true) {
      return 'confidential_location';
    }
    return undefined;
  }
  const inEmotional = index(path, 'emotionalRelationships');
  if (inEmotional !== undefined) {
    const [i, rest] = inEmotional;
    const line = family.emotionalRelationships[i];
    if (line === undefined || rest === 'id' || rest === 'from' || rest === 'to') return undefined;
    return emotionalTypeSensitivity(line.type, line.basis);
  }
  const inPartnership = index(path, 'partnerships');
  if (inPartnership !== undefined) {
    const [i, rest] = inPartnership;
    const partnership = family.partnerships[i];
    if (partnership === undefined || rest === 'id' || rest.startsWith('partners')) return undefined;
    if (partnership.kind === 'conception_through_sexual_violence') return 'criminal';
    if (partnership.secret) return 'special_category';
  }
  return undefined;
}

/**
 * The sensitivity class (domain.md §4.1) of a field, by path. With only a path it gives the default
 * class from `fieldSensitivity` (a path below a listed field takes that field's class). With the
 * family it also applies the rules that depend on values: a person's own overrides (`sensitivity`),
 * a confidential household address, abuse and violence lines (criminal; emotional abuse and neglect
 * special category unless convicted), a pregnancy or pregnancy loss as a whole (`people[2]`: special
 * category), MAPPA / probation / youth-justice statuses, Home Office and
 * police references, and secret partnerships. Returns undefined for a path the format does not have.
 *
 * @example
 * sensitivityOf('people[3].immigration.status'); // 'immigration'
 * sensitivityOf('households[0].address'); // 'personal'
 * sensitivityOf('households[0].address', family); // 'confidential_location' if that address is confidential
 * sensitivityOf('emotionalRelationships[2].type', family); // 'criminal' for a physical_abuse line
 */
export function sensitivityOf(path: string, family?: Family): SensitivityClass | undefined {
  const base = staticClass(toPattern(path));
  if (base === undefined || family === undefined) return base;
  return contextualClass(path, family) ?? base;
}
