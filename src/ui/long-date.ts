const formats = new Map<string, Intl.DateTimeFormat>();

/**
 * A date as the wizard writes it: "1 December 2026". The format is made once per time zone: making
 * one costs about a millisecond, and the printed date is read again at every render.
 */
export function longDate(date: Date, timeZone?: string): string {
  const key = timeZone ?? '';
  const format = formats.get(key) ?? new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone });
  formats.set(key, format);
  return format.format(date);
}
