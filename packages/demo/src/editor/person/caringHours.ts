/** About how many hours a week someone cares: a number, or a range (the model's `hoursPerWeek`). */
export interface HoursPerWeek {
  min: number;
  max?: number | undefined;
}

/** Shows stored hours as typed: "20" or "10-15" (empty when not recorded). */
export function formatHours(hours: HoursPerWeek | undefined): string {
  if (!hours) return '';
  return hours.max === undefined ? String(hours.min) : `${hours.min}-${hours.max}`;
}

/**
 * Reads "20", "about 20", "10-15" or "10 to 15" as hours a week; empty means not recorded (`null`).
 * A week has 168 hours.
 *
 * @example
 * parseHours('10-15'); // { value: { min: 10, max: 15 } }
 */
export function parseHours(text: string): { value: HoursPerWeek | null } | { message: string } {
  const trimmed = text
    .trim()
    .toLowerCase()
    .replace(/^about\s+/, '')
    .replace(/\s*hours?$/, '');
  if (trimmed === '') return { value: null };
  const match = /^(\d{1,3}(?:\.\d+)?)(?:\s*(?:-|–|to)\s*(\d{1,3}(?:\.\d+)?))?$/.exec(trimmed);
  if (!match) return { message: 'Enter the hours as a number, or a range such as 10-15' };
  const min = Number(match[1]);
  const max = match[2] === undefined ? undefined : Number(match[2]);
  if (min > 168 || (max !== undefined && max > 168)) return { message: 'A week has 168 hours' };
  if (max !== undefined && max < min) return { message: 'Put the smaller number first, such as 10-15' };
  return { value: max === undefined ? { min } : { min, max } };
}
