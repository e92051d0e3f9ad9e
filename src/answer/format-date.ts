/** Dates for people: always at their true precision ("February 2022", never an invented day). */
import type { Precision } from '../domain.js';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] as const;
const SHORT_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

/** Precision implied by the shape of a TIMEX-style date value. */
export function precisionOf(date: string): Precision | null {
  if (/^\d{4}-\d{2}-\d{2}$/.test(date)) return 'day';
  if (/^\d{4}-W\d{2}$/.test(date)) return 'week';
  if (/^\d{4}-\d{2}$/.test(date)) return 'month';
  if (/^\d{4}$/.test(date)) return 'year';
  return null;
}

/** Monday of ISO week `week` of `year`, as a UTC timestamp. */
function isoWeekMonday(year: number, week: number): number {
  const jan4 = Date.UTC(year, 0, 4);
  const jan4Weekday = (new Date(jan4).getUTCDay() + 6) % 7;
  return jan4 - jan4Weekday * 86_400_000 + (week - 1) * 7 * 86_400_000;
}

const dayMonth = (ms: number): string => {
  const d = new Date(ms);
  return `${d.getUTCDate()} ${SHORT_MONTHS[d.getUTCMonth()]}`;
};

/** "4 February 2022", "the week of 15–21 Nov 2021", "February 2022", "2014"; unknown shapes pass through. */
export function formatDate(date: string): string {
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (day) return `${Number(day[3])} ${MONTHS[Number(day[2]) - 1] ?? day[2]} ${day[1]}`;
  const week = /^(\d{4})-W(\d{2})$/.exec(date);
  if (week) {
    const monday = isoWeekMonday(Number(week[1]), Number(week[2]));
    const sunday = monday + 6 * 86_400_000;
    return `the week of ${dayMonth(monday)}–${dayMonth(sunday)} ${new Date(sunday).getUTCFullYear()}`;
  }
  const month = /^(\d{4})-(\d{2})$/.exec(date);
  if (month) return `${MONTHS[Number(month[2]) - 1] ?? month[2]} ${month[1]}`;
  return date;
}

/** "on 4 February 2022", "in February 2022", "in 2014", "in the week of …": for use inside a sentence. */
export function formatDateInSentence(date: string): string {
  const precision = precisionOf(date);
  if (precision === 'day') return `on ${formatDate(date)}`;
  return `in ${formatDate(date)}`;
}
