import { familyJsonSchemaShared, type JsonSchemaNode } from './jsonSchema.ts';

/** The order fields are written in, taken from the schema: `id` first, then as the schema lists them. */
export interface KeyOrder {
  readonly keys: string[];
  readonly children: Map<string, KeyOrder>;
  items?: KeyOrder;
}

function emptyOrder(): KeyOrder {
  return { keys: [], children: new Map() };
}

function mergeInto(order: KeyOrder, node: JsonSchemaNode): void {
  const properties = node.properties as Record<string, JsonSchemaNode> | undefined;
  if (properties !== undefined) {
    for (const [key, child] of Object.entries(properties)) {
      if (!order.keys.includes(key)) order.keys.push(key);
      let childOrder = order.children.get(key);
      if (childOrder === undefined) {
        childOrder = emptyOrder();
        order.children.set(key, childOrder);
      }
      mergeInto(childOrder, child);
    }
  }
  const itemNodes: JsonSchemaNode[] = [];
  if (typeof node.items === 'object' && node.items !== null) itemNodes.push(node.items as JsonSchemaNode);
  if (Array.isArray(node.prefixItems)) itemNodes.push(...(node.prefixItems as JsonSchemaNode[]));
  for (const item of itemNodes) {
    order.items ??= emptyOrder();
    mergeInto(order.items, item);
  }
  for (const key of ['anyOf', 'oneOf', 'allOf']) {
    const list = node[key];
    if (Array.isArray(list)) for (const branch of list as JsonSchemaNode[]) mergeInto(order, branch);
  }
}

let cached: KeyOrder | undefined;

/** The key order of a whole family document. */
export function familyKeyOrder(): KeyOrder {
  if (cached === undefined) {
    cached = emptyOrder();
    mergeInto(cached, familyJsonSchemaShared());
  }
  return cached;
}

const NO_ORDER: KeyOrder = { keys: [], children: new Map() };

/**
 * A copy of `value` whose object keys follow `order` (keys the schema does not list, such as the
 * field names of a sensitivity override, follow in alphabetical order).
 */
export function orderKeys(value: unknown, order: KeyOrder = NO_ORDER): unknown {
  if (Array.isArray(value)) return value.map((item) => orderKeys(item, order.items));
  if (typeof value !== 'object' || value === null) return value;
  const record = value as Record<string, unknown>;
  const own = Object.keys(record);
  const known = order.keys.filter((key) => Object.hasOwn(record, key));
  const rest = own.filter((key) => !order.keys.includes(key)).sort();
  const out: Record<string, unknown> = {};
  for (const key of [...known, ...rest]) {
    Object.defineProperty(out, key, {
      value: orderKeys(record[key], order.children.get(key)),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return out;
}
