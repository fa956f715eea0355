import { describe, expect, it } from 'vitest';
import { longDate } from '../../src/ui/long-date';

const asIntlWritesIt = (date: Date, timeZone?: string) =>
  new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone }).format(date);

describe('a long date', () => {
  const everyFewDays = Array.from({ length: 140 }, (_, index) => new Date(Date.UTC(2026, 0, 1, 23, 30) + index * 2.6 * 86_400_000));

  it('reads as British English writes it, day month year, in the browser’s time zone', () => {
    expect(everyFewDays.map((date) => longDate(date))).toEqual(everyFewDays.map((date) => asIntlWritesIt(date)));
  });

  it('reads the day in UTC when asked, as the date the sources were checked is kept', () => {
    expect(longDate(new Date('2026-11-30T00:00:00Z'), 'UTC')).toBe('30 November 2026');
    expect(everyFewDays.map((date) => longDate(date, 'UTC'))).toEqual(everyFewDays.map((date) => asIntlWritesIt(date, 'UTC')));
  });
});
