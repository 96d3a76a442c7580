/** The day, month and year boxes of a date as typed. */
export interface DateParts {
  day: string;
  month: string;
  year: string;
}

/** Splits a stored partial date (`2019`, `2019-03`, `2019-03-14`) into boxes. */
export function splitPartialDate(value: string | undefined): DateParts {
  const [year = '', month = '', day = ''] = (value ?? '').split('-');
  return { day, month, year };
}

/**
 * Joins the boxes into the model's partial date: year only, month and year, or a full date. Returns
 * `null` for all-empty boxes, or a message when the boxes cannot make a date. The model checks the
 * result (a real calendar date and so on).
 */
export function joinPartialDate(parts: DateParts): { value: string | null } | { message: string } {
  const day = parts.day.trim();
  const month = parts.month.trim();
  const year = parts.year.trim();
  if (!day && !month && !year) return { value: null };
  if (!/^\d{4}$/.test(year)) return { message: 'Enter the year as four digits, for example 2019' };
  if (day && !month) return { message: 'Enter the month as well as the day' };
  if (month && !/^\d{1,2}$/.test(month)) return { message: 'Enter the month as a number from 1 to 12' };
  if (day && !/^\d{1,2}$/.test(day)) return { message: 'Enter the day as a number from 1 to 31' };
  const pad = (text: string) => text.padStart(2, '0');
  return { value: [year, month && pad(month), day && pad(day)].filter(Boolean).join('-') };
}
