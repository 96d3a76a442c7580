/** A paw print inside the pet symbol (a pad and four toes), so a pet is never read as a diamond. */
export function PawMark({ cx, cy, s, colour }: { cx: number; cy: number; s: number; colour: string }) {
  const u = s / 40;
  const toes: [number, number][] = [
    [-7, -4],
    [-2.5, -8],
    [2.5, -8],
    [7, -4],
  ];
  return (
    <g className="kinmap-pet-mark" data-mark="paw" fill={colour}>
      <ellipse cx={cx} cy={cy + 4 * u} rx={6 * u} ry={5 * u} />
      {toes.map(([dx, dy]) => (
        <circle key={`${dx},${dy}`} cx={cx + dx * u} cy={cy + dy * u} r={2.4 * u} />
      ))}
    </g>
  );
}
