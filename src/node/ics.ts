// Calendar events → an iCalendar (.ics) file that phones, Google Calendar and Outlook import.
// ical-generator writes it (escaping, line folding, all-day dates as VALUE=DATE); the events
// and their stable UIDs come from the core (src/core/agenda/events.ts).
import ical from 'ical-generator';
import type { CalendarEvents } from '../core/agenda/events';
import { addDays } from '../core/deadline';
import { cleanCode, oneLine } from '../core/safe-text';

const utcDate = (iso: string) => {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d));
};

/** `stamp` is when the file was made (DTSTAMP); pinned by --as-of so the same input gives the same file. */
export function renderIcs(calendar: CalendarEvents, options: { stamp: string; version: string }): string {
  const cal = ical({
    // ical-generator escapes an event's text but writes the calendar's name as it is (RFC 5545 §3.3.11).
    name: oneLine(calendar.name).replace(/[\\;,]/g, (c) => `\\${c}`),
    prodId: { company: 'phoihop', product: `phoihop ${options.version}`, language: 'VI' },
  });
  for (const e of calendar.events) {
    cal.createEvent({
      id: e.uid,
      allDay: true,
      start: utcDate(e.date),
      end: utcDate(addDays(e.date, 1)),
      stamp: utcDate(options.stamp),
      summary: oneLine(e.summary),
      description: e.description,
      categories: e.categories.map((name) => ({ name: oneLine(cleanCode(name)) })),
    });
  }
  return cal.toString();
}
