/** Dates for people: always at their true precision ("February 2022", never an invented day). */
import type { Precision } from '../domain.js';
import { addDays, isoWeekStart } from '../time/calendar.js';

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

const dayMonth = (iso: string): string => `${Number(iso.slice(8, 10))} ${SHORT_MONTHS[Number(iso.slice(5, 7)) - 1]}`;

/** "4 February 2022", "the week of 15–21 Nov 2021", "February 2022", "2014"; unknown shapes pass through. */
export function formatDate(date: string): string {
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (day) return `${Number(day[3])} ${MONTHS[Number(day[2]) - 1] ?? day[2]} ${day[1]}`;
  const week = /^(\d{4})-W(\d{2})$/.exec(date);
  if (week) {
    const monday = isoWeekStart(Number(week[1]), Number(week[2]));
    const sunday = addDays(monday, 6);
    return `the week of ${dayMonth(monday)}–${dayMonth(sunday)} ${sunday.slice(0, 4)}`;
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
