/**
 * A page's publication time to the publisher's calendar day (YYYY-MM-DD). A time written with its
 * own local offset ("2016-07-29T16:42:34-04:00") or with none ("2019-04-28 06:01:07") is on the
 * day it names. A UTC time ("…Z", "+00:00") is the publisher's day only where the publisher is:
 * it is converted to the time zone of the site's country (its country-code domain, else the
 * page's language region) when one is known, and read as written otherwise.
 */

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** Country code -> the zone most of its newsrooms keep. */
const COUNTRY_ZONES: Record<string, string> = {
  uk: 'Europe/London',
  gb: 'Europe/London',
  ie: 'Europe/Dublin',
  au: 'Australia/Sydney',
  nz: 'Pacific/Auckland',
  in: 'Asia/Kolkata',
  sg: 'Asia/Singapore',
  hk: 'Asia/Hong_Kong',
  jp: 'Asia/Tokyo',
  za: 'Africa/Johannesburg',
  ng: 'Africa/Lagos',
  ke: 'Africa/Nairobi',
  ca: 'America/Toronto',
  us: 'America/New_York',
  de: 'Europe/Berlin',
  fr: 'Europe/Paris',
  es: 'Europe/Madrid',
  it: 'Europe/Rome',
  nl: 'Europe/Amsterdam',
  ph: 'Asia/Manila',
  pk: 'Asia/Karachi',
};

/** The zone of a publisher, from its host's country-code domain or the page's lang ("en-au"). */
export function publisherZone(host: string | null, lang: string | null): string | null {
  const tld = host?.toLowerCase().split('.').pop() ?? '';
  if (tld.length === 2 && COUNTRY_ZONES[tld]) return COUNTRY_ZONES[tld]!;
  const region = /^[a-z]{2,3}[-_]([a-z]{2})\b/i.exec(lang ?? '')?.[1]?.toLowerCase();
  return region ? (COUNTRY_ZONES[region] ?? null) : null;
}

function valid(y: number, m: number, d: number): string | null {
  if (y < 1800 || y > 2200 || m < 1 || m > 12 || d < 1 || d > 31) return null;
  const iso = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  const t = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(t.getTime()) && t.toISOString().startsWith(iso) ? iso : null;
}

function dayIn(instant: Date, zone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(instant);
}

/**
 * The publisher's calendar day of a date-time string, or null when it is no date. Understands ISO
 * 8601 (offsets with or without a colon), "YYYYMMDD", "Fri Mar 13 21:30:09 EST 2015" and
 * "March 13, 2015" forms.
 */
export function calendarDay(value: string | null | undefined, zone: string | null): string | null {
  const s = (value ?? '').trim();
  if (!s) return null;
  let m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*(Z|[+-]\d{2}:?\d{2}|[+-]\d{2})?)?/i.exec(s);
  if (m) {
    const written = valid(+m[1]!, +m[2]!, +m[3]!);
    if (!written) return null;
    const offset = m[7];
    const utc = offset && /^(Z|[+-]00:?(00)?)$/i.test(offset);
    if (utc && zone && m[4]) {
      const instant = new Date(`${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6] ?? '00'}Z`);
      if (!Number.isNaN(instant.getTime())) return dayIn(instant, zone);
    }
    return written;
  }
  if ((m = /^(\d{4})(\d{2})(\d{2})$/.exec(s))) return valid(+m[1]!, +m[2]!, +m[3]!);
  // "Fri Mar 13 21:30:09 EST 2015" (Java's Date.toString): the day as written, in the zone it names.
  if ((m = /^(?:[a-z]{3},?\s+)?([a-z]{3})[a-z]*\.?\s+(\d{1,2})\s+\d{1,2}:\d{2}(?::\d{2})?\s+[a-z]{2,5}\s+(\d{4})$/i.exec(s))) {
    const month = MONTHS.indexOf(m[1]!.toLowerCase());
    return month < 0 ? null : valid(+m[3]!, month + 1, +m[2]!);
  }
  // "March 13, 2015", "13 March 2015", optionally followed by a time.
  if ((m = /^(?:[a-z]+,?\s+)?([a-z]{3})[a-z]*\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b/i.exec(s))) {
    const month = MONTHS.indexOf(m[1]!.toLowerCase());
    return month < 0 ? null : valid(+m[3]!, month + 1, +m[2]!);
  }
  if ((m = /^(\d{1,2})\s+([a-z]{3})[a-z]*\.?,?\s+(\d{4})\b/i.exec(s))) {
    const month = MONTHS.indexOf(m[2]!.toLowerCase());
    return month < 0 ? null : valid(+m[3]!, month + 1, +m[1]!);
  }
  return null;
}

/** A date in a URL path: /2017/11/16/, /2019/jan/03/, /2017-11-16/ or /20171116/ (year, month and day all there). */
export function dateInPath(url: string | null): string | null {
  if (!url) return null;
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return null;
  }
  let m = /\/((?:19|20)\d{2})[/-](\d{1,2}|[a-z]{3})[/-](\d{1,2})(?:\/|-|\.|$)/i.exec(path);
  if (m) {
    const month = /^\d+$/.test(m[2]!) ? +m[2]! : MONTHS.indexOf(m[2]!.toLowerCase()) + 1;
    return month > 0 ? valid(+m[1]!, month, +m[3]!) : null;
  }
  m = /\/((?:19|20)\d{2})(\d{2})(\d{2})\//.exec(path);
  return m ? valid(+m[1]!, +m[2]!, +m[3]!) : null;
}
