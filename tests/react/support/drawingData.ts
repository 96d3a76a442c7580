// Hand-built layout geometry for drawing tests: what @kinmap/layout would hand the renderer.
import type { Connector, ConnectorStyle, PersonNode, SymbolDescriptor } from '@kinmap/layout';
import { createId } from '@kinmap/model';

export function symbol(overrides: Partial<SymbolDescriptor> = {}): SymbolDescriptor {
  return {
    shape: 'square',
    size: 'full',
    deceased: false,
    deceasedMark: 'cross',
    isSubject: false,
    isPlaceholder: false,
    isAdopted: false,
    ...overrides,
  };
}

export function personNode(
  overrides: Partial<Omit<PersonNode, 'symbol'>> & { symbol?: Partial<SymbolDescriptor>; name?: string } = {},
): PersonNode {
  const { symbol: sym, name = 'Amy Jones', ...rest } = overrides;
  return {
    id: createId('person', 'amy'),
    x: 100,
    y: 100,
    width: 40,
    height: 40,
    generation: 0,
    symbol: symbol(sym),
    label: { x: 60, y: 124, width: 80, height: 12, lines: [name], fullName: name },
    badges: [],
    households: [],
    ...rest,
  };
}

export function connector(style: ConnectorStyle, overrides: Partial<Connector> = {}): Connector {
  return {
    id: `c-${style}`,
    ref: { kind: 'partnership', partnership: createId('partnership', 'p1') },
    style,
    d: 'M0 0 L100 0',
    marks: [],
    ...overrides,
  };
}
