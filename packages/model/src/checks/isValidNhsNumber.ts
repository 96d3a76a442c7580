const WEIGHTS = [10, 9, 8, 7, 6, 5, 4, 3, 2] as const;

/**
 * Whether an NHS number passes the Modulus 11 check (NHS Data Dictionary): the first nine digits are
 * weighted 10 down to 2 and summed; 11 minus the remainder mod 11 must equal the tenth digit (11 counts
 * as 0, and 10 is never valid). Spaces and hyphens between digit groups (`943 476 5919`) are accepted.
 * This checks the arithmetic only: a number can pass and still not be a traced, real number.
 *
 * @example
 * isValidNhsNumber('9434765919'); // true
 * isValidNhsNumber('943 476 5919'); // true
 * isValidNhsNumber('9434765918'); // false: wrong check digit
 * isValidNhsNumber('94347659'); // false: not ten digits
 */
export function isValidNhsNumber(value: string): boolean {
  if (typeof value !== 'string') return false;
  const digits = value.trim().replace(/[\s-]/g, '');
  if (!/^\d{10}$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < WEIGHTS.length; i++) sum += Number(digits[i]) * (WEIGHTS[i] ?? 0);
  const check = 11 - (sum % 11);
  if (check === 10) return false;
  return (check === 11 ? 0 : check) === Number(digits[9]);
}
