import type { ResolvedOptions } from '../options.ts';
import type { AgencyNode, Box, Connector, HouseholdOutline, PersonNode } from '../types.ts';

/** Calls `visit` with every point of path data made of M, L, H, V, Q, C and Z commands. */
export function pathPoints(d: string, visit: (x: number, y: number) => void): void {
  let cmd = 'M';
  let args: number[] = [];
  let x = 0;
  let y = 0;
  const arity: Record<string, number> = { M: 2, L: 2, H: 1, V: 1, Q: 4, C: 6, Z: 0 };
  const take = (value: number) => {
    args.push(value);
    const need = arity[cmd] ?? 2;
    if (need === 0 || args.length < need) return;
    if (cmd === 'H') x = value;
    else if (cmd === 'V') y = value;
    else {
      for (let i = 0; i + 1 < args.length; i += 2) visit(args[i] as number, args[i + 1] as number);
      x = args[args.length - 2] as number;
      y = args[args.length - 1] as number;
    }
    visit(x, y);
    args = [];
  };
  let i = 0;
  while (i < d.length) {
    const ch = d.charCodeAt(i);
    if ((ch >= 65 && ch <= 90) || (ch >= 97 && ch <= 122)) {
      cmd = d[i]!.toUpperCase();
      args = [];
      i += 1;
    } else if (ch === 45 || ch === 46 || (ch >= 48 && ch <= 57)) {
      let j = i + 1;
      while (j < d.length) {
        const c = d.charCodeAt(j);
        if (c === 46 || (c >= 48 && c <= 57) || c === 101) j += 1;
        else break;
      }
      take(Number(d.slice(i, j)));
      i = j;
    } else i += 1;
  }
}

/** The box round everything drawn: symbols, labels, years above, lines, outlines, agencies. */
export function bounds(
  nodes: PersonNode[],
  connectors: Connector[],
  households: HouseholdOutline[],
  agencies: AgencyNode[],
  options: ResolvedOptions,
  ring?: { cx: number; cy: number; r: number },
): Box {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  const add = (x: number, y: number) => {
    if (x < minX) minX = x;
    if (x > maxX) maxX = x;
    if (y < minY) minY = y;
    if (y > maxY) maxY = y;
  };
  for (const node of nodes) {
    add(node.x - node.width / 2, node.y - node.height / 2 - options.lineHeight);
    add(node.x + node.width / 2, node.y + node.height / 2);
    add(node.label.x, node.label.y);
    add(node.label.x + node.label.width, node.label.y + node.label.height);
  }
  for (const c of connectors) {
    // Descent, sibship and twin lines run between symbols already counted; the rest can stray.
    const within = c.ref.kind === 'descent' || c.ref.kind === 'sibship' || c.ref.kind === 'multiple-birth';
    if (!within) pathPoints(c.d, add);
    for (const m of c.marks) if (m.d) pathPoints(m.d, add);
    if (c.label) add(c.label.x, c.label.y - options.lineHeight);
  }
  for (const h of households) for (const d of h.paths) pathPoints(d, add);
  for (const a of agencies) {
    add(a.x - a.radius, a.y - a.radius);
    add(a.x + a.radius, a.y + a.radius + options.lineHeight * 2);
  }
  if (ring) {
    add(ring.cx - ring.r, ring.cy - ring.r);
    add(ring.cx + ring.r, ring.cy + ring.r);
  }
  if (minX === Infinity) return { x: 0, y: 0, width: 0, height: 0 };
  const pad = options.s * 0.25;
  return { x: minX - pad, y: minY - pad, width: maxX - minX + 2 * pad, height: maxY - minY + 2 * pad };
}

/** The smallest box containing both boxes. */
export function unionBox(a: Box, b: Box): Box {
  const x = Math.min(a.x, b.x);
  const y = Math.min(a.y, b.y);
  return {
    x,
    y,
    width: Math.max(a.x + a.width, b.x + b.width) - x,
    height: Math.max(a.y + a.height, b.y + b.height) - y,
  };
}
