// SPDX-License-Identifier: EUPL-1.2
/**
 * How the consultation screens write times (always Europe/Amsterdam, whatever the device's zone)
 * and convert the facilitator's date and time fields to an ISO instant.
 */
const ZONE = 'Europe/Amsterdam';

/** "dinsdag 15 december 2026 om 17:00" in the interface language, in Amsterdam time. */
export function amsterdamDateTime(iso: string, language: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleString(language === 'en' ? 'en-GB' : 'nl-NL', {
    timeZone: ZONE, weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit',
  });
}

/** Offset of Amsterdam from UTC at `utcMs`, in minutes (60 in winter, 120 in summer). */
function amsterdamOffsetMinutes(utcMs: number): number {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: ZONE, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit',
  }).formatToParts(new Date(utcMs));
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'));
  return Math.round((asUtc - Math.floor(utcMs / 60_000) * 60_000) / 60_000);
}

/** `date` (YYYY-MM-DD) and `time` (HH:MM) read as Amsterdam time, as an ISO instant in UTC; null when invalid. */
export function amsterdamToIso(date: string, time: string): string | null {
  const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const t = /^(\d{2}):(\d{2})$/.exec(time);
  if (!d || !t) return null;
  const wall = Date.UTC(Number(d[1]), Number(d[2]) - 1, Number(d[3]), Number(t[1]), Number(t[2]));
  if (Number.isNaN(wall)) return null;
  // The offset at the wall time read as UTC is right except within the hour of a switch; one correction settles it.
  let utc = wall - amsterdamOffsetMinutes(wall) * 60_000;
  utc = wall - amsterdamOffsetMinutes(utc) * 60_000;
  return new Date(utc).toISOString();
}

/** The date and time fields' values (Amsterdam) for an ISO instant. */
export function isoToAmsterdamFields(iso: string): { date: string; time: string } {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: ZONE, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit',
  }).formatToParts(new Date(iso));
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return { date: `${get('year')}-${get('month')}-${get('day')}`, time: `${get('hour')}:${get('minute')}` };
}
