import { KINMAP_TIME_ZONE, todayIsoDate } from '@kinmap/model';
import { describe, expect, it } from 'vitest';

describe('todayIsoDate: one time zone, Europe/London', () => {
  it('states its zone', () => {
    expect(KINMAP_TIME_ZONE).toBe('Europe/London');
  });

  it('gives the London date just after midnight in summer (BST), not the UTC date', () => {
    expect(todayIsoDate({ now: new Date('2026-06-30T23:30:00Z') })).toBe('2026-07-01');
    expect(todayIsoDate({ now: new Date('2026-06-30T23:30:00Z'), timeZone: 'UTC' })).toBe('2026-06-30');
  });

  it('gives the London date in winter (GMT), and another zone when asked', () => {
    expect(todayIsoDate({ now: new Date('2026-12-07T23:59:00Z') })).toBe('2026-12-07');
    expect(todayIsoDate({ now: new Date('2026-12-07T23:59:00Z'), timeZone: 'Asia/Tokyo' })).toBe(
      '2026-12-08',
    );
  });

  it('still works with no argument and gives a YYYY-MM-DD date', () => {
    expect(todayIsoDate()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('names the option when the zone is not known', () => {
    expect(() => todayIsoDate({ timeZone: 'Mars/Olympus' })).toThrow(/timeZone/);
  });
});
