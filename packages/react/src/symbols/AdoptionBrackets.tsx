/** Square brackets round a symbol: adopted in or out (NSGC). */
export function AdoptionBrackets({
  cx,
  cy,
  s,
  colour,
}: {
  cx: number;
  cy: number;
  s: number;
  colour: string;
}) {
  const x = s / 2 + 5;
  const y = s / 2 + 4;
  const t = 5;
  return (
    <path
      className="kinmap-adoption-brackets"
      data-mark="brackets"
      fill="none"
      stroke={colour}
      strokeWidth={1.5}
      d={
        `M${cx - x + t} ${cy - y} H${cx - x} V${cy + y} H${cx - x + t} ` +
        `M${cx + x - t} ${cy - y} H${cx + x} V${cy + y} H${cx + x - t}`
      }
    />
  );
}
