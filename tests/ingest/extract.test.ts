/**
 * Extraction rules on an invented page: paragraphs, subheads and list items kept; furniture
 * dropped; an embedded post as one paragraph in the corpus form; dates as the publisher's day.
 */
import { describe, expect, it } from 'vitest';
import { calendarDay, dateInPath, publisherZone } from '../../src/ingest/dates.ts';
import { extractHtml } from '../../src/ingest/extract.ts';

const PAGE = `<!doctype html><html lang="en-GB"><head><meta charset="utf-8">
<title>Harbour bridge to close for a month | Example Gazette</title>
<meta property="og:site_name" content="Example Gazette">
<meta property="og:title" content="Harbour bridge to close for a month | Example Gazette">
<meta property="article:published_time" content="2021-03-05T23:30:00Z">
<link rel="canonical" href="https://www.gazette.example.co.uk/news/2021/03/05/harbour-bridge">
<script type="application/ld+json">{"@type":"NewsArticle","author":[{"@type":"Person","name":"JANE ROE"}]}</script>
<script>document.write('<p>never run</p>')</script>
</head><body>
<nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article>
<h1>Harbour bridge to close for a month</h1>
<p>The harbour bridge will close to traffic for four weeks from Monday while engineers replace the worn expansion joints, the city council said on Friday.</p>
<figure><img src="bridge.jpg" alt="The harbour bridge at dusk, seen from the ferry terminal"><figcaption>The harbour bridge at dusk, seen from the ferry terminal. Photograph: John Doe</figcaption></figure>
<p>Commuters will be diverted over the old swing bridge, which adds about ten minutes to a crossing at peak times, according to the council's transport office.</p>
<h2>What changes for drivers</h2>
<ul><li>Buses will run every five minutes on the diversion route during the morning peak.</li><li>Cyclists may keep using the footpath on the north side of the bridge.</li></ul>
<p>Read more: Council approves the new ferry timetable</p>
<div class="newsletter-signup"><p>Sign up to our morning briefing newsletter and get the news first.</p></div>
<div class="share-tools"><p>Share on Facebook</p></div>
<blockquote class="twitter-tweet"><p lang="en">Works on the harbour bridge start Monday. Plan ahead and allow extra time for your journey.</p>&mdash; City Transport (@citytransport) <a href="https://twitter.com/citytransport/status/1">March 5, 2021</a></blockquote>
<p>"We know this is disruptive, but the joints are at the end of their life," said the council's chief engineer, Sam Poe, who oversaw the last repair in 2009.</p>
<p>JANE ROE IS THE GAZETTE'S TRANSPORT CORRESPONDENT</p>
<p>A version of this article appears in print on March 6, 2021, on Page 4 of the City edition.</p>
</article></body></html>`;

describe('extractHtml', () => {
  const draft = extractHtml(PAGE, 'https://gazette.example.co.uk/news/2021/03/05/harbour-bridge?utm_source=x');

  it('reads the metadata', () => {
    expect(draft.title).toBe('Harbour bridge to close for a month');
    expect(draft.source).toBe('Example Gazette');
    expect(draft.url).toBe('https://www.gazette.example.co.uk/news/2021/03/05/harbour-bridge');
    expect(draft.authors).toEqual(['Jane Roe']);
    // 23:30 UTC on the 5th is 23:30 in London in March: the 5th (a .uk site keeps UK time).
    expect(draft.published).toBe('2021-03-05');
  });

  it('keeps body paragraphs, subheads and list items; one paragraph for an embedded post; drops furniture', () => {
    expect(draft.paragraphs).toEqual([
      { kind: 'text', text: 'The harbour bridge will close to traffic for four weeks from Monday while engineers replace the worn expansion joints, the city council said on Friday.' },
      { kind: 'text', text: "Commuters will be diverted over the old swing bridge, which adds about ten minutes to a crossing at peak times, according to the council's transport office." },
      { kind: 'subhead', text: 'What changes for drivers' },
      { kind: 'bullet', text: 'Buses will run every five minutes on the diversion route during the morning peak.' },
      { kind: 'bullet', text: 'Cyclists may keep using the footpath on the north side of the bridge.' },
      { kind: 'text', text: 'Works on the harbour bridge start Monday. Plan ahead and allow extra time for your journey. — City Transport (@citytransport) March 5, 2021' },
      { kind: 'text', text: '"We know this is disruptive, but the joints are at the end of their life," said the council\'s chief engineer, Sam Poe, who oversaw the last repair in 2009.' },
    ]);
    const dropped = draft.dropped.map((d) => d.text).join('\n');
    for (const gone of ['Photograph: John Doe', 'Read more: Council approves', 'Sign up to our morning briefing', 'Share on Facebook', "TRANSPORT CORRESPONDENT", 'appears in print']) expect(dropped).toContain(gone);
    expect(JSON.stringify(draft.paragraphs)).not.toContain('never run');
  });
});

describe('publication day', () => {
  it('keeps the day a time is written in when it carries its own offset or none', () => {
    expect(calendarDay('2016-07-29T22:42:34-04:00', 'Europe/London')).toBe('2016-07-29');
    expect(calendarDay('2019-04-28 06:01:07', null)).toBe('2019-04-28');
    expect(calendarDay('Fri Mar 13 21:30:09 EST 2015', null)).toBe('2015-03-13');
    expect(calendarDay('20160729', null)).toBe('2016-07-29');
    expect(calendarDay('April 21, 2015, at 11:29 a.m.', null)).toBe('2015-04-21');
  });

  it("converts a UTC time to the publisher's zone when known", () => {
    expect(calendarDay('2015-03-13T14:30:00Z', publisherZone('www.heraldsun.com.au', null))).toBe('2015-03-14');
    expect(calendarDay('2019-01-03T02:00:00Z', publisherZone('example.com', 'en-US'))).toBe('2019-01-02');
    expect(calendarDay('2019-01-03T02:00:00Z', publisherZone('example.com', null))).toBe('2019-01-03');
  });

  it('finds a full date in a URL path, not a year and month alone', () => {
    expect(dateInPath('https://www.theguardian.com/environment/2019/jan/03/whales')).toBe('2019-01-03');
    expect(dateInPath('http://www.telegraph.co.uk/news/2017/11/16/zimbabwe/')).toBe('2017-11-16');
    expect(dateInPath('https://arstechnica.com/information-technology/2015/04/minecraft/')).toBeNull();
    expect(calendarDay('2017-02-30', null)).toBeNull();
  });
});
