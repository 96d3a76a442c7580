import type { JsonSchemaNode } from '../format/jsonSchema.ts';
import { parseFamily } from '../format/parseFamily.ts';
import type { PersonId } from '../ids.ts';
import type { SensitivityClass } from '../schema/enumValues.ts';
import type { Family } from '../schema/family.ts';
import { sensitivityOf } from '../sensitivity/sensitivityOf.ts';
import { ANONYMISED_AS_AT, anonymousLabels, relativeYear, type AnonymousLabels } from './anonymise.ts';
import { checkOptions, type CheckedOptions } from './options.ts';
import {
  PROFILE_RULES,
  SENSITIVITY_CLASSES,
  type RedactionAction,
  type RedactionProfile,
} from './profiles.ts';
import {
  defaultOf,
  itemsOf,
  leafKind,
  minItemsOf,
  needsFullDate,
  propertiesOf,
  requiredOf,
  resolveNode,
  rootNode,
} from './schemaShape.ts';
import type { RedactionDecision, RedactionResult, RedactOptions, RedactionSummary } from './types.ts';

/** Marks a value taken out of the copy. */
const REMOVED: unique symbol = Symbol('removed');
type Out = unknown;

/** Whose information an entry is: the recipient's own, someone else's, or nobody's in particular. */
type Ownership = 'own' | 'other' | 'none';

/** Fields through which a "not disclosed" placeholder may still be linked. */
const PLACEHOLDER_LINKS = new Set([
  'parentChildLinks[].parent',
  'parentChildLinks[].child',
  'partnerships[].partners[]',
]);

interface Entry {
  path: string;
  people: PersonId[];
  ownership: Ownership;
}

interface Walk {
  readonly family: Family;
  readonly options: CheckedOptions;
  readonly rules: (typeof PROFILE_RULES)[RedactionProfile];
  readonly keepAnyway: ReadonlySet<string>;
  readonly keepBelow: ReadonlySet<string>;
  readonly idMap: ReadonlyMap<string, string>;
  readonly alive: ReadonlySet<string>;
  readonly placeholders: ReadonlySet<string>;
  readonly removedPeople: ReadonlySet<string>;
  readonly labels: AnonymousLabels | undefined;
  readonly realAsAt: string | undefined;
  // Results of this pass.
  readonly kept: Set<string>;
  readonly removed: Record<SensitivityClass, number>;
  readonly removedEntries: Record<string, number>;
  readonly unclassified: Set<string>;
  readonly decisions: Map<string, RedactionDecision>;
  readonly peopleIds: ReadonlySet<string>;
  readonly ownSet: ReadonlySet<string>;
  entry: Entry;
  keptText: number;
}

const isEmpty = (value: unknown): boolean =>
  value === undefined ||
  (Array.isArray(value) && value.length === 0) ||
  (typeof value === 'object' && value !== null && Object.keys(value).length === 0);

/** Every person id mentioned anywhere inside a value. */
function peopleIn(value: unknown, people: ReadonlySet<string>, out: Set<PersonId>): void {
  if (typeof value === 'string') {
    if (people.has(value)) out.add(value as PersonId);
  } else if (Array.isArray(value)) {
    for (const item of value) peopleIn(item, people, out);
  } else if (typeof value === 'object' && value !== null) {
    for (const item of Object.values(value)) peopleIn(item, people, out);
  }
}

function ownershipOf(people: readonly PersonId[], own: ReadonlySet<string>): Ownership {
  if (people.length === 0) return 'none';
  return people.every((id) => own.has(id)) ? 'own' : 'other';
}

function actionFor(w: Walk, cls: SensitivityClass, ownership: Ownership): RedactionAction {
  const rule = w.rules.classes[cls];
  const useOwn = ownership === 'own' || (ownership === 'none' && cls === 'public_within_case');
  const action = useOwn ? rule.own : rule.other;
  if ((action === 'remove' || action === 'withhold') && w.options.include.has(cls)) return 'keep';
  return action;
}

function decide(
  w: Walk,
  kind: RedactionDecision['kind'],
  cls: SensitivityClass,
  message: (count: number, classes: SensitivityClass[]) => string,
): void {
  const key = `${w.entry.path}|${kind}`;
  let decision = w.decisions.get(key);
  if (decision === undefined) {
    decision = { kind, path: w.entry.path, people: w.entry.people, classes: [], count: 0, message: '' };
    w.decisions.set(key, decision);
  }
  decision.count += 1;
  if (!decision.classes.includes(cls)) decision.classes.push(cls);
  decision.message = message(decision.count, decision.classes);
}

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;
const classWords = (classes: SensitivityClass[]): string =>
  classes.map((c) => c.replace(/_/g, ' ')).join(', ');
const about = (w: Walk): string =>
  w.entry.people.length === 0 ? 'the map' : `${w.entry.path} (${w.entry.people.join(', ')})`;

function recordRemoval(
  w: Walk,
  cls: SensitivityClass,
  action: RedactionAction,
  value: unknown,
  node: JsonSchemaNode,
) {
  if (isEmpty(value) || value === defaultOf(node)) return; // nothing was recorded there
  w.removed[cls] += 1;
  if (action === 'withhold') {
    decide(
      w,
      'withheld',
      cls,
      (n, classes) =>
        `${plural(n, 'item')} (${classWords(classes)}) about ${about(w)} left out of the draft. ` +
        'Release only after the ICO three-step test: does it identify someone else, do they consent, ' +
        'is it reasonable to disclose without consent?',
    );
  }
}

/** The pattern of a child path: `people[].names`. */
const childPattern = (pattern: string, key: string) => (pattern === '' ? key : `${pattern}.${key}`);

function walk(
  w: Walk,
  value: unknown,
  schema: JsonSchemaNode | undefined,
  path: string,
  pattern: string,
): Out {
  const node = resolveNode(schema, value);
  let action: RedactionAction | 'container' = 'keep';
  if (path !== '') {
    const cls = sensitivityOf(path, w.family);
    if (cls === undefined) {
      w.unclassified.add(pattern);
      return REMOVED;
    }
    action = actionFor(w, cls, w.entry.ownership);
    if (action === 'remove' || action === 'withhold') {
      if (w.keepAnyway.has(`${pattern}|${cls}`)) action = 'keep';
      else if (w.keepBelow.has(pattern)) action = 'container';
      else {
        recordRemoval(w, cls, action, value, node);
        // A whole list of the document (the share history, the field sources) counts its entries too.
        if (Array.isArray(value) && value.length > 0 && !/[.[]/.test(path)) {
          w.removedEntries[path] = (w.removedEntries[path] ?? 0) + value.length;
        }
        return REMOVED;
      }
    }
    if (action === 'flag' && typeof value === 'string' && value !== '' && leafKind(node, value) === 'text') {
      decide(
        w,
        'third_party',
        cls,
        (n) =>
          `${plural(n, 'detail')} about ${about(w)} stay in the draft but identify someone other than the ` +
          'requester: decide with the ICO three-step test before release.',
      );
    }
    if (
      cls === 'court_restricted' &&
      action !== 'anonymise' &&
      w.options.profile !== 'case_record' &&
      !isEmpty(value)
    ) {
      decide(
        w,
        'review',
        cls,
        (n) =>
          `${plural(n, 'detail')} from family proceedings in ${about(w)} stay: they must not be published ` +
          '(Children Act 1989 s97; Administration of Justice Act 1960 s12).',
      );
    }
    if (action === 'anonymise' && pattern === 'people[].names') return anonymousNames(w, value);
  }
  if (Array.isArray(value)) return walkList(w, value, node, path, pattern);
  if (typeof value === 'object' && value !== null && propertiesOf(node) !== undefined) {
    return walkObject(w, value as Record<string, unknown>, node, path, pattern);
  }
  return walkLeaf(w, value, node, path, pattern, action);
}

function anonymousNames(w: Walk, names: unknown): Out {
  const id = /^people\[(\d+)\]/.exec(w.entry.path)?.[1];
  const person = id === undefined ? undefined : w.family.people[Number(id)];
  const label = person === undefined ? undefined : w.labels?.people.get(person.id);
  const { other, ...rest } = names as { other?: unknown[] };
  if ((other?.length ?? 0) > 0 || Object.values(rest).some((v) => v !== undefined)) {
    w.removed.public_within_case += 1;
  }
  return label === undefined ? { other: [] } : { knownAs: label, other: [] };
}

function walkObject(
  w: Walk,
  value: Record<string, unknown>,
  node: JsonSchemaNode,
  path: string,
  pattern: string,
): Out {
  const properties = propertiesOf(node) ?? {};
  const required = requiredOf(node);
  const out: Record<string, unknown> = {};
  let dropped = false;
  for (const [key, child] of Object.entries(value)) {
    if (child === undefined) continue;
    const result = walk(
      w,
      child,
      properties[key],
      path === '' ? key : `${path}.${key}`,
      childPattern(pattern, key),
    );
    if (result === REMOVED) {
      if (required.has(key)) return REMOVED; // the object cannot stand without it
      dropped = true;
      continue;
    }
    out[key] = result;
  }
  // An object left with nothing but defaults after redaction goes too: a hidden address is gone,
  // not blanked (no `{ "confidential": false }` left behind).
  if (path !== '' && dropped) {
    const meaningful = Object.entries(out).some(
      ([key, v]) => !isEmpty(v) && v !== defaultOf(properties[key] ?? {}),
    );
    if (!meaningful) return REMOVED;
  }
  return out;
}

function walkList(w: Walk, value: unknown[], node: JsonSchemaNode, path: string, pattern: string): Out {
  const items = itemsOf(node);
  const itemPattern = `${pattern}[]`;
  if (Array.isArray(items)) {
    // A fixed-length list (the two partners): every place must stay.
    const out: unknown[] = [];
    for (let i = 0; i < value.length; i++) {
      const result = walk(w, value[i], items[i], `${path}[${i}]`, itemPattern);
      if (result === REMOVED) return REMOVED;
      out.push(result);
    }
    return out;
  }
  const itemNode = items as JsonSchemaNode | undefined;
  const topLevel = !path.includes('.') && !path.includes('[');
  const out: unknown[] = [];
  for (let i = 0; i < value.length; i++) {
    const item = value[i];
    const itemPath = `${path}[${i}]`;
    if (topLevel) beginEntry(w, item, itemPath, path);
    const result =
      topLevel && path === 'people'
        ? walkPerson(w, item, itemNode, itemPath)
        : walk(w, item, itemNode, itemPath, itemPattern);
    if (topLevel) {
      const id = (item as { id?: unknown } | null)?.id;
      if (result === REMOVED) w.removedEntries[path] = (w.removedEntries[path] ?? 0) + 1;
      else if (typeof id === 'string') w.kept.add(id);
      w.entry = ROOT_ENTRY;
    }
    if (result !== REMOVED) out.push(result);
  }
  if (value.length >= minItemsOf(node) && out.length < minItemsOf(node)) return REMOVED;
  return out;
}

const ROOT_ENTRY: Entry = { path: '', people: [], ownership: 'none' };

function beginEntry(w: Walk, item: unknown, path: string, collection: string): void {
  const people = new Set<PersonId>();
  if (collection === 'people') {
    const id = (item as { id?: unknown }).id;
    if (typeof id === 'string') people.add(id as PersonId);
  } else peopleIn(item, w.peopleIds, people);
  const list = [...people];
  w.entry = { path, people: list, ownership: ownershipOf(list, w.ownSet) };
}

function walkPerson(w: Walk, item: unknown, node: JsonSchemaNode | undefined, path: string): Out {
  const id = (item as { id?: unknown }).id;
  if (typeof id !== 'string' || !w.removedPeople.has(id)) return walk(w, item, node, path, 'people[]');
  // Someone the sharer withholds is counted in `removedEntries`; a person the profile removes as a
  // whole (a pregnancy loss) is counted under that class too.
  if (!w.options.withhold.has(id as PersonId)) {
    const cls = sensitivityOf(path, w.family);
    if (cls !== undefined) recordRemoval(w, cls, actionFor(w, cls, w.entry.ownership), item, {});
  }
  if (!w.placeholders.has(id)) return REMOVED;
  return { id: w.idMap.get(id), kind: 'placeholder', placeholder: { reasonUnknown: 'not_disclosed' } };
}

function walkLeaf(
  w: Walk,
  value: unknown,
  node: JsonSchemaNode,
  path: string,
  pattern: string,
  action: RedactionAction | 'container',
): Out {
  const kind = leafKind(node, value);
  if (kind === 'id') {
    const id = value as string;
    const own = pattern === 'id' || /^[A-Za-z]+\[\]\.id$/.test(pattern);
    if (!own) {
      if (!w.alive.has(id)) return REMOVED;
      if (w.placeholders.has(id) && !PLACEHOLDER_LINKS.has(pattern)) return REMOVED;
    }
    return w.idMap.get(id) ?? REMOVED;
  }
  if (action === 'anonymise') {
    if (kind === 'date') {
      const year = relativeYear(value as string, w.realAsAt as string);
      return needsFullDate(node) ? `${year}-12-31` : year; // the last day, as for asAt
    }
    if (kind === 'text') {
      const replacement = anonymousText(w, pattern);
      if (replacement !== undefined) return replacement;
      const cls = sensitivityOf(path, w.family);
      if (cls !== undefined) recordRemoval(w, cls, 'remove', value, node);
      return REMOVED;
    }
  }
  if (kind === 'text' && value !== '') w.keptText += 1;
  if (typeof value === 'object' && value !== null) return JSON.parse(JSON.stringify(value)) as unknown;
  return value;
}

/** Required text an anonymised copy replaces with a label instead of leaving out. */
function anonymousText(w: Walk, pattern: string): string | undefined {
  const index = Number(/\[(\d+)\]/.exec(w.entry.path)?.[1]);
  if (pattern === 'title') return 'Family map (anonymised)';
  if (pattern === 'households[].label') {
    const id = w.family.households[index]?.id;
    return id === undefined ? undefined : w.labels?.households.get(id);
  }
  if (pattern === 'agencies[].name') {
    const id = w.family.agencies[index]?.id;
    return id === undefined ? undefined : w.labels?.agencies.get(id);
  }
  return undefined;
}

/**
 * New, opaque ids (`person:1`, `household:2`): an id such as `person:amy` or `household:refuge-x`
 * says too much. Only entries still in the copy are numbered, one after another, so a gap in the
 * numbers does not show that someone was left out.
 */
function newIds(family: Family, profile: RedactionProfile, alive: ReadonlySet<string>): Map<string, string> {
  const map = new Map<string, string>([[family.id, `family:${profile}`]]);
  for (const value of Object.values(family)) {
    if (!Array.isArray(value)) continue;
    let n = 0;
    for (const item of value as unknown[]) {
      const id = (item as { id?: unknown } | null)?.id;
      if (typeof id !== 'string' || !id.includes(':') || !alive.has(id)) continue;
      n += 1;
      map.set(id, `${id.slice(0, id.indexOf(':'))}:${n}`);
    }
  }
  return map;
}

/**
 * Makes the copy of a family map a recipient may see, for one of the six profiles of domain.md §4.2.
 * The classes of `fieldSensitivity` / `sensitivityOf` decide, field by field, what stays; what the
 * profile may not show is **removed** (not blanked): the result is a valid family (`parseFamily`
 * accepts it) that simply does not hold it. An entry that cannot stand without a removed field goes
 * with it (an abuse line, a link to a removed person); a removed parent of someone who stays becomes
 * an unknown-parent placeholder. Every id is replaced by a new, opaque one (`ids` maps them back,
 * for the sharer). Pure: the input is not
 * changed, and the work grows in step with the size of the family.
 *
 * - `case_record`: everything, except confidential locations (opt in for authorised roles).
 * - `partner_agency`: no confidential locations, gender history or informants; special category,
 *   criminal and immigration detail only when opted in with a reason. Statuses, NRPF and the kinds
 *   of care stay.
 * - `court_bundle`: as partner_agency, and court-restricted information removed.
 * - `family_copy`: personal, health and immigration details only for `familyMembers` themselves;
 *   no allegations (opt in when already shared), informants, confidential locations or gender history.
 * - `subject_access`: a DRAFT. The requester's own information stays; other people's details are
 *   withheld or flagged, each listed in `summary.decisions` for the ICO three-step test.
 * - `anonymised`: names become roles ("Mother", "Child 1"), dates become years relative to
 *   `ANONYMISED_YEAR` (ages stay true), and every piece of free text and every place is dropped.
 *
 * `summary` counts what was removed, by class, and lists what needs a person's decision. It refers
 * to the original map's paths and ids: it is for the sharer, not for the recipient.
 *
 * Throws a `ModelError` naming the field for an unknown profile or bad options (an opt-in with no
 * reason, a class the profile cannot include, a subject access with no requester).
 *
 * @example
 * const { family: copy, summary } = redactFamily(family, 'partner_agency', {
 *   include: { special_category: { reason: 'Strategy meeting needs the mental-health history' } },
 * });
 * summary.removed.confidential_location; // 1: the refuge address is not in `copy`
 * serializeFamily(copy); // safe to send
 */
export function redactFamily(
  family: Family,
  profile: RedactionProfile,
  options?: RedactOptions,
): RedactionResult {
  const checked = checkOptions(family, profile, options);
  const rules = PROFILE_RULES[checked.profile];
  const keepAnyway = new Set<string>();
  const keepBelow = new Set<string>();
  for (const exception of rules.keepAnyway ?? []) {
    keepAnyway.add(`${exception.path}|${exception.class}`);
    const parts = exception.path.split(/(?=\.)|(?=\[\])/);
    for (let i = 1; i < parts.length; i++) keepBelow.add(parts.slice(0, i).join(''));
  }
  const ownSet = new Set<string>(
    checked.profile === 'family_copy'
      ? checked.familyMembers
      : checked.requester !== undefined
        ? [checked.requester]
        : [],
  );
  const peopleIds = new Set<string>(family.people.map((p) => p.id));
  const anonymised = checked.profile === 'anonymised';
  const realAsAt = anonymised ? (family.asAt ?? checked.asAt) : undefined;

  // Who goes as a whole: people the sharer withholds, and people whose very entry the profile removes
  // (a pregnancy loss outside the case record, say).
  const removedPeople = new Set<string>();
  family.people.forEach((person, i) => {
    if (checked.withhold.has(person.id)) return void removedPeople.add(person.id);
    const cls = sensitivityOf(`people[${i}]`, family);
    const ownership = ownershipOf([person.id], ownSet);
    const rule = cls === undefined ? 'remove' : rules.classes[cls][ownership === 'own' ? 'own' : 'other'];
    if ((rule === 'remove' || rule === 'withhold') && !(cls !== undefined && checked.include.has(cls))) {
      removedPeople.add(person.id);
    }
  });
  const placeholders = new Set<string>();
  for (const link of family.parentChildLinks) {
    if (removedPeople.has(link.parent) && !removedPeople.has(link.child)) placeholders.add(link.parent);
  }

  const labels = anonymised ? anonymousLabels(family, realAsAt as string) : undefined;
  const root = rootNode();

  // References decide what survives (a link needs both people), and what survives decides the
  // references: repeat until nothing more goes. Each pass is linear; entries only ever go, and a
  // chain of required references is a few steps long (involvement → household), so this ends fast.
  let alive = new Set<string>([family.id]);
  for (const value of Object.values(family)) {
    if (!Array.isArray(value)) continue;
    for (const item of value as unknown[]) {
      const id = (item as { id?: unknown } | null)?.id;
      if (typeof id === 'string') alive.add(id);
    }
  }
  for (;;) {
    const idMap = newIds(family, checked.profile, alive);
    const w: Walk = {
      family,
      options: checked,
      rules,
      keepAnyway,
      keepBelow,
      idMap,
      alive,
      placeholders,
      removedPeople,
      labels,
      realAsAt,
      kept: new Set([family.id]),
      removed: Object.fromEntries(SENSITIVITY_CLASSES.map((c) => [c, 0])) as Record<SensitivityClass, number>,
      removedEntries: {},
      unclassified: new Set(),
      decisions: new Map(),
      entry: ROOT_ENTRY,
      keptText: 0,
      peopleIds,
      ownSet,
    };
    const out = walk(w, family, root, '', '') as Record<string, unknown>;
    if (w.kept.size < alive.size) {
      alive = w.kept;
      continue;
    }
    if (anonymised) out.asAt = ANONYMISED_AS_AT;
    const ids = new Map<string, string>();
    for (const [from, to] of idMap) ids.set(to, from);
    return finish(checked, out, w, ids);
  }
}

interface WalkResult {
  removed: Record<SensitivityClass, number>;
  removedEntries: Record<string, number>;
  unclassified: Set<string>;
  decisions: Map<string, RedactionDecision>;
  placeholders: ReadonlySet<string>;
  keptText: number;
}

function finish(
  options: CheckedOptions,
  out: Record<string, unknown>,
  w: WalkResult,
  ids: ReadonlyMap<string, string>,
): RedactionResult {
  const parsed = parseFamily(out);
  if (!parsed.ok) {
    const detail = parsed.issues.map((issue) => `${issue.path} ${issue.message}`).join('; ');
    throw new Error(`redactFamily made a family that does not pass parseFamily (a Kinmap bug): ${detail}`);
  }
  const decisions = [...w.decisions.values()];
  const general = (kind: RedactionDecision['kind'], message: string, count = 1): void => {
    decisions.push({ kind, path: '', people: [], classes: [], count, message });
  };
  const { profile } = options;
  if (profile === 'family_copy') {
    if (options.familyMembers.size === 0) {
      general(
        'choose',
        'Say who the copy is for (familyMembers): until then nobody’s own dates of birth, identifiers, ' +
          'health or immigration details are in it.',
      );
    }
    general('review', 'Discuss with the family who gets a copy, and prepare it with them.');
  }
  if (profile === 'subject_access') {
    general(
      'review',
      'This is a draft for review, not a release: decide on every flagged and withheld item.',
    );
  }
  if (profile === 'anonymised') {
    general(
      'review',
      'Check that nothing left could identify the family: a rare status, an unusual family shape, ' +
        'the kinds of agency involved.',
    );
  }
  if (w.keptText > 0 && profile !== 'case_record') {
    general(
      'review',
      `${plural(w.keptText, 'piece')} of free text (names, labels, notes) stay: read them before sharing.`,
      w.keptText,
    );
  }
  const removedTotal = Object.values(w.removed).reduce((sum, n) => sum + n, 0);
  const summary: RedactionSummary = {
    profile,
    removed: w.removed,
    removedTotal,
    removedEntries: w.removedEntries,
    placeholders: w.placeholders.size,
    unclassified: [...w.unclassified].sort(),
    included: [...options.include].map(([cls, reason]) => ({ class: cls, reason })),
    decisions,
    draft: profile === 'subject_access',
  };
  return { family: parsed.family, summary, ids };
}
