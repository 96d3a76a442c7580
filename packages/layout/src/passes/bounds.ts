import type { ResolvedOptions } from '../options.ts';
import { numberAt } from '../readability/polyline.ts';
import type { AgencyNode, Box, Connector, HouseholdOutline, PersonNode } from '../types.ts';

/** How many numbers each command takes (an unknown command is read as two). */
function arityOf(cmd: number): number {
  switch (cmd) {
    case 72: // H
    case 86: // V
      return 1;
    case 81: // Q
      return 4;
    case 67: // C
      return 6;
    case 90: // Z
      return 0;
    default:
      return 2;
  }
}

/**
 * Calls `visit` with every point of path data made of M, L, H, V, Q, C and Z commands (the end point
 * of each command is visited once more after its points).
 */
export function pathPoints(d: string, visit: (x: number, y: number) => void): void {
  let cmd = 77; // M
  let need = 2;
  let a0 = 0;
  let a1 = 0;
  let a2 = 0;
  let a3 = 0;
  let a4 = 0;
  let count = 0;
  let x = 0;
  let y = 0;
  let i = 0;
  const length = d.length;
  while (i < length) {
    const ch = d.charCodeAt(i);
    if ((ch >= 65 && ch <= 90) || (ch >= 97 && ch <= 122)) {
      cmd = ch >= 97 ? ch - 32 : ch;
      need = arityOf(cmd);
      count = 0;
      i += 1;
    } else if (ch === 45 || ch === 46 || (ch >= 48 && ch <= 57)) {
      let j = i + 1;
      while (j < length) {
        const c = d.charCodeAt(j);
        if (c === 46 || (c >= 48 && c <= 57) || c === 101) j += 1;
        else break;
      }
      // The same number as Number(d.slice(i, j)), without the substring.
      const value = numberAt(d, i, j);
      i = j;
      if (need === 0) continue;
      if (count + 1 < need) {
        if (count === 0) a0 = value;
        else if (count === 1) a1 = value;
        else if (count === 2) a2 = value;
        else if (count === 3) a3 = value;
        else a4 = value;
        count += 1;
        continue;
      }
      // The command's last number: visit its points, then its end point again.
      if (cmd === 72) x = value;
      else if (cmd === 86) y = value;
      else {
        if (need >= 4) visit(a0, a1);
        if (need >= 6) visit(a2, a3);
        const px = need === 2 ? a0 : need === 4 ? a2 : a4;
        visit(px, value);
        x = px;
        y = value;
      }
      visit(x, y);
      count = 0;
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
