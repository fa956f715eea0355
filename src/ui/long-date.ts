/** A date as the wizard writes it: "1 December 2026". */
export const longDate = (date: Date, timeZone?: string) =>
  date.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone });
