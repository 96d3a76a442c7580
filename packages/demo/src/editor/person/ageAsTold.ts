/**
 * Reads an age as the family says it: "34", "about 34", "around 34", "~34" or "34 years". Returns the
 * whole years, or a message in plain words. Empty text is `null` (nothing to record).
 *
 * @example
 * readAgeAsTold('about 34'); // { years: 34 }
 */
export function readAgeAsTold(text: string): { years: number | null } | { message: string } {
  const trimmed = text
    .trim()
    .toLowerCase()
    .replace(/^(about|around|roughly|approximately|approx\.?|~)\s*/, '')
    .replace(/\s*(years?( old)?|yrs?)$/, '');
  if (trimmed === '') return { years: null };
  if (!/^\d{1,3}$/.test(trimmed)) return { message: 'Enter the age in whole years, for example “about 34”' };
  const years = Number(trimmed);
  if (years > 130) return { message: 'Enter an age from 0 to 130' };
  return { years };
}
