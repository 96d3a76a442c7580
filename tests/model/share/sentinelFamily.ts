// Fills a valid family with a unique sentinel string in every free-text and identifying field, read
// from the format's JSON Schema (so a field added to the format is filled without listing it here),
// and notes where each sentinel went. Ids are rewritten to sentinels too: no profile may pass an id
// on (an id can embed a name). Optional objects and lists are created so every field is reached; some
// coded values are re-drawn so the value-dependent classes (a confidential address, an abuse line, a
// police reference, a pregnancy loss, a person's own overrides) all turn up.
import { familyJsonSchema, parseFamily, type Family } from '@kinmap/model';
import { seededRandom } from '../../support/generateFamily.ts';

type Node = Record<string, unknown>;

export interface SentinelFamily {
  family: Family;
  /** Each sentinel and the path of the field holding it (`people[2].identity.languages.first`). */
  sentinels: { text: string; path: string; id: boolean }[];
}

const ID_PATTERN = /^\^([a-z]+):/i;
const CLASSES = [
  'public_within_case',
  'personal',
  'special_category',
  'criminal',
  'immigration',
  'confidential_location',
  'third_party',
  'gender_history',
  'court_restricted',
];
/** Fields whose coded value changes the class of the field or entry holding it. */
const REDRAW = new Set(['kind', 'type', 'confidential', 'secret', 'basis']);

const schema = familyJsonSchema() as Node;
type Props = { properties: Record<string, Props & { pattern?: string; items: Props }> };
const top = (schema as unknown as Props).properties;
/** The schema's patterns for a partial date (`people[].birth.date`) and a whole day (`asAt`). */
const PARTIAL_DATE_PATTERN = top.people?.items.properties.birth?.properties.date?.pattern;
const FULL_DATE_PATTERN = top.asAt?.pattern;
const DATE_PATTERNS = new Set([PARTIAL_DATE_PATTERN, FULL_DATE_PATTERN]);

function variantFor(node: Node, value: unknown): Node {
  const variants = (node.oneOf ?? node.anyOf) as Node[] | undefined;
  if (!variants) return node;
  const record = (value ?? {}) as Record<string, unknown>;
  return (
    variants.find((v) => {
      const props = (v.properties ?? {}) as Record<string, Node>;
      return Object.entries(props).every(([k, p]) => p.const === undefined || p.const === record[k]);
    }) ?? node
  );
}

/** A family from `base` with sentinels in every text field, ids included. Same seed → same family. */
export function sentinelFamily(original: Family, seed: number): SentinelFamily {
  let base = original;
  const random = seededRandom(seed);
  const chance = (p: number) => random() < p;
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  let counter = 0;
  const next = () => `zq${String(++counter).padStart(6, '0')}qz`;
  const sentinels: SentinelFamily['sentinels'] = [];

  // Format 3: a share record and a source for a fact, so the share history and the field sources
  // are filled like everything else (their lists need ids or a record to point at, so they start here).
  base = {
    ...base,
    shares: [
      {
        id: 'share:history' as Family['shares'][number]['id'],
        at: '2024-06-30T10:00:00Z',
        by: 'x',
        recipient: base.agencies[0] ? { name: 'x', agency: base.agencies[0].id } : { name: 'x' },
        profile: 'partner_agency',
        lawfulBasis: 'public_task',
        consent: { state: 'not_sought', reason: 'x' },
        formats: ['pdf', 'json'],
        summary: { removed: { third_party: 1 }, removedTotal: 1, needsDecision: 0, included: [] },
      },
    ],
    fieldSources: [
      {
        entity: base.people[0] ? { kind: 'person', id: base.people[0].id } : { kind: 'family', id: base.id },
        field: 'notes',
        ...(base.agencies[0] ? { agency: base.agencies[0].id } : {}),
        recordedAt: '2024-06-30T10:00:00Z',
        source: 'other_agency',
      },
    ],
  };

  // Ids first: every id becomes `<prefix>:zq…qz`, consistently wherever it is mentioned.
  const ids = new Map<string, string>();
  const renamed = JSON.parse(JSON.stringify(base), (_key, value: unknown) => {
    if (typeof value !== 'string' || !/^[a-z]+:[A-Za-z0-9][A-Za-z0-9_.-]*$/i.test(value)) return value;
    const prefix = value.slice(0, value.indexOf(':'));
    if (
      ![
        'family',
        'person',
        'partnership',
        'link',
        'multiple',
        'household',
        'emotion',
        'agency',
        'involvement',
        'caring',
        'share',
      ].includes(prefix)
    )
      return value;
    let id = ids.get(value);
    if (id === undefined) {
      id = `${prefix}:${next()}`;
      ids.set(value, id);
    }
    return id;
  }) as Record<string, unknown>;

  const fill = (value: unknown, rawNode: Node | undefined, path: string, key: string): unknown => {
    const node = variantFor(rawNode ?? {}, value);
    const type = node.type;
    if (type === 'string' || (type === undefined && typeof value === 'string')) {
      if (Array.isArray(node.enum)) {
        return value === undefined || (REDRAW.has(key) && chance(0.5)) ? pick(node.enum as string[]) : value;
      }
      if (node.const !== undefined) return node.const;
      const pattern = node.pattern as string | undefined;
      if (pattern !== undefined && ID_PATTERN.test(pattern)) {
        if (typeof value === 'string')
          sentinels.push({ text: value.slice(value.indexOf(':') + 1), path, id: true });
        return value; // an id: never invented (it would point at nothing)
      }
      if (pattern !== undefined && DATE_PATTERNS.has(pattern))
        return value ?? (pattern === PARTIAL_DATE_PATTERN ? '2012-05' : '2024-06-30');
      // A date and time (when a share or a fact was recorded): a real moment, not a sentinel.
      if (pattern !== undefined && pattern.includes('T(')) return value ?? '2024-06-30T10:00:00Z';
      if (pattern === '^\\d{10}$') {
        const digits = String(900000000 + ++counter);
        sentinels.push({ text: `9${digits}`, path, id: false });
        return `9${digits}`;
      }
      const text = next();
      sentinels.push({ text, path, id: false });
      return text;
    }
    if (type === 'boolean')
      return value === undefined || (REDRAW.has(key) && chance(0.5)) ? chance(0.5) : value;
    if (type === 'number' || type === 'integer') {
      if (value !== undefined) return value;
      const min = typeof node.minimum === 'number' ? node.minimum : 0;
      return min;
    }
    if (type === 'array') {
      if (Array.isArray(node.prefixItems)) return value;
      const items = (node.items ?? {}) as Node;
      const list = (value as unknown[] | undefined) ?? [];
      const itemProps = (items.properties ?? {}) as Record<string, Node>;
      const needsId = ((items.required ?? []) as string[]).some((k) => {
        const p = itemProps[k];
        return typeof p?.pattern === 'string' && ID_PATTERN.test(p.pattern);
      });
      const idItems = typeof items.pattern === 'string' && ID_PATTERN.test(items.pattern);
      const enumItems = Array.isArray(items.enum);
      const source = list.length > 0 || needsId || idItems ? list : enumItems ? [] : [undefined];
      return source.map((item, i) => fill(item, items, `${path}[${i}]`, key));
    }
    if (type === 'object' || node.properties !== undefined) {
      const props = node.properties as Record<string, Node> | undefined;
      if (props === undefined) {
        // A map (a person's own sensitivity overrides): sometimes give one field its own class.
        if (path.endsWith('.sensitivity') && chance(0.3)) {
          return { [pick(['names', 'notes', 'birth', 'identity', 'role'])]: pick(CLASSES) };
        }
        return value;
      }
      const record = { ...((value ?? {}) as Record<string, unknown>) };
      for (const [k, child] of Object.entries(props)) {
        const childPath = path === '' ? k : `${path}.${k}`;
        // Whole collections keep their entries (new ones would need ids); everything else is filled.
        record[k] = fill(record[k], child, childPath, k);
        if (record[k] === undefined) delete record[k];
      }
      return record;
    }
    return value;
  };

  const filled = fill(renamed, schema, '', '');
  const parsed = parseFamily(filled);
  if (!parsed.ok) {
    throw new Error(`sentinelFamily made an invalid family: ${JSON.stringify(parsed.issues.slice(0, 5))}`);
  }
  return { family: parsed.family, sentinels };
}
