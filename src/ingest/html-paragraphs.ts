/**
 * Readability's article HTML to corpus paragraphs. Body paragraphs, list items and subheads are
 * paragraphs; an embedded social post (a tweet's blockquote) is one paragraph in the corpus's
 * "text — Name (@handle) Month D, YYYY" form. Dropped: figures and their captions and credits,
 * image placeholders, "read more"/"continue reading" prompts and link-only teasers, newsletter and
 * subscription boxes, share widgets, author bios and print-edition lines.
 */
import type { DomElement } from './dom.ts';
import type { ParagraphKind } from '../corpus/types.ts';

export interface HtmlParagraph {
  text: string;
  kind: ParagraphKind;
}

/** A paragraph left out, and why: the tests list them. */
export interface DroppedParagraph {
  text: string;
  why: string;
}

const SKIP_TAGS = new Set(['FIGURE', 'FIGCAPTION', 'PICTURE', 'IMG', 'SVG', 'VIDEO', 'AUDIO', 'IFRAME', 'OBJECT', 'EMBED', 'CANVAS', 'BUTTON', 'FORM', 'INPUT', 'SELECT', 'TEXTAREA', 'NAV', 'ASIDE', 'FOOTER', 'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'MAP']);
const BLOCK_TAGS = new Set(['P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'BLOCKQUOTE', 'PRE', 'DD', 'DT', 'TD', 'TH', 'CAPTION']);
const CONTAINER_TAGS = new Set(['DIV', 'SECTION', 'ARTICLE', 'MAIN', 'UL', 'OL', 'DL', 'TABLE', 'TBODY', 'THEAD', 'TFOOT', 'TR', 'HEADER', 'SPAN', 'CENTER', 'BODY', 'HGROUP', 'DETAILS']);

/** Class and id words of page furniture, not article text. */
const NOISE_WORD = /(^|[_-])(caption|credit|credits|photo-?credit|image-?credit|share|sharing|social|newsletter|subscribe|subscription|signup|sign-up|promo|related|read-?more|more-?stories|recommended|advert|advertisement|ad-?slot|bio|author-?bio|author-?info|tags|tag-?list|byline|dateline|print-?info|print-?edition|correction-?info|breaking-?news|ticker|banner|alert-?bar|paywall|cookie|consent)([_-]|$)/i;

/** Whether a class or id token names furniture ("no_caption", "has-share" describe the block, they are not furniture). */
function isNoiseClass(words: string): boolean {
  return words.split(/\s+/).some((w) => w && !/^(no|has|with|without|is)[_-]/i.test(w) && NOISE_WORD.test(w));
}

const EMBED_CLASS = /(^|\s)(twitter-tweet|twitter-video|instagram-media|tiktok-embed|bluesky-embed|mastodon-embed|threads-embed)(\s|$)/i;

const PROMPTS = [
  /^(continue reading|read more|read the (full|whole|rest)|keep reading|see also|related( stories| articles| coverage)?:?|more on this( story)?:?|recommended:?|view (photo|photos|gallery|image|slideshow)|watch( the)? video|click here|tap here|listen to this|advertisement|sponsored|story continues below)\b/i,
  /^(sign up|subscribe|get (our|the) .{0,40}newsletter|join our newsletter|follow us|like us on facebook|share (this|on|via)|share$|tweet$|email$|print$|comments?$)/i,
  /^(facebook|twitter|instagram|linkedin|whatsapp|pinterest|reddit|email|print|x|telegram|messenger|copy link)$/i,
  /^a version of this (article|story) (appears|appeared) in print\b/i,
  /\bappeared in print on\b.*\bpage\b/i,
  /^(photo|image|picture|illustration|graphic|video|credit|source|photograph)s?( credit)?:/i,
  /^(getty images|ap photo|reuters|afp|epa|shutterstock)(\s*\/.*)?$/i,
  /^(we use cookies|this site uses cookies)\b/i,
];

/** A short bio line at the end of a piece: "JANE ROE IS THE NETWORK'S POLITICAL EDITOR", "Jane Roe is a reporter for …". */
const BIO = [
  /^[\p{Lu}][\p{Lu} .'’-]+ IS (A|AN|THE) [\p{Lu}\d ,.'’&-]+\.?$/u,
  /^\p{Lu}\p{Ll}+( \p{Lu}\.?)?( \p{Lu}[\p{L}'’-]+){1,2} (is|was) (a|an|the) ([\p{L}-]+ ){0,4}(reporter|correspondent|editor|writer|columnist|contributor|journalist|author|producer|photographer|fellow|professor|analyst)\b[^.]{0,160}\.?$/u,
  /^(follow|contact|email|reach) (him|her|them|the author|me)\b.{0,80}$/i,
];

function textOf(el: DomElement): string {
  return (el.textContent ?? '').replace(/\s+/g, ' ').trim();
}

function classWords(el: DomElement): string {
  return `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
}

/** Why a block of text is page furniture, or null when it is article text. */
export function noiseReason(text: string, el: DomElement | null = null): string | null {
  if (!/[\p{L}\p{N}]/u.test(text)) return 'no words';
  for (const p of PROMPTS) if (p.test(text)) return 'prompt, widget or credit line';
  if (text.length < 60 && /\s[—–|/-]$/.test(text)) return 'section label';
  if (text.length < 260) for (const p of BIO) if (p.test(text)) return 'author bio';
  if (el) {
    const links = [...el.querySelectorAll('a')].map(textOf).join(' ').replace(/\s+/g, ' ').trim();
    if (links && links.length >= text.length * 0.9 && text.length < 200) return 'link-only teaser';
    // A bare name or label of a few capitalised words, not bold (a bold line is a subhead): a credit.
    // A label with nothing after it ("Search:") is a form or widget left in the page.
    if (text.length < 60 && /:$/.test(text) && !nextElement(el)) return 'label with nothing after it';
    const bold = el.querySelector('strong, b') && textOf(el.querySelector('strong, b')!) === text;
    if (!bold && el.tagName === 'P' && /^(\p{Lu}[\p{L}'’.-]*)( (\p{Lu}[\p{L}'’.-]*|of|de|van|von)){0,3}$/u.test(text) && !/[.!?:]$/.test(text)) return 'credit or caption label';
  }
  return null;
}

/** "text — Name (@handle) Month D, YYYY" from an embedded post's blockquote. */
function socialPost(el: DomElement): string | null {
  const body = [...el.querySelectorAll('p')].map(textOf).filter(Boolean).join(' ');
  const all = textOf(el);
  const m = /[—–-]\s*([^()—–]{1,80}?)\s*\((@[\w.]{1,40})\)\s*(\p{L}+\.? \d{1,2}, \d{4})/u.exec(all);
  const text = body || (m ? all.slice(0, m.index).trim() : all);
  if (!text) return null;
  return m ? `${text} — ${m[1]!.trim()} (${m[2]}) ${m[3]}` : text;
}

/** Text compared loosely: lower case, letters and digits only. */
function key(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

function nextElement(el: DomElement): DomElement | null {
  let n = el.nextSibling;
  while (n && n.nodeType !== 1) n = n.nextSibling;
  return n as DomElement | null;
}

function previousElement(el: DomElement): DomElement | null {
  let n = el.previousSibling;
  while (n && n.nodeType !== 1) n = n.previousSibling;
  return n as DomElement | null;
}

function headingKind(tag: string): boolean {
  return /^H[1-6]$/.test(tag);
}

/** Walks Readability's content element; `title` drops a repeated headline. */
export function htmlParagraphs(root: DomElement, title: string | null = null): { paragraphs: HtmlParagraph[]; dropped: DroppedParagraph[] } {
  const paragraphs: HtmlParagraph[] = [];
  const dropped: DroppedParagraph[] = [];
  const titleKey = (title ?? '').toLowerCase().replace(/\W+/g, ' ').trim();
  const seen = new Set<string>();

  const alts = [...root.querySelectorAll('img')].map((img) => key(img.getAttribute('alt') ?? '')).filter((a) => a.length >= 20);
  const push = (text: string, kind: ParagraphKind, el: DomElement | null) => {
    const t = text.replace(/\s+/g, ' ').trim();
    if (!t) return;
    const k = key(t);
    if (k.length >= 20 && alts.some((a) => a === k || a.startsWith(k) || k.startsWith(a))) {
      dropped.push({ text: t, why: 'caption (repeats an image description)' });
      return;
    }
    const why = noiseReason(t, el);
    if (why) {
      dropped.push({ text: t, why });
      return;
    }
    if (kind === 'subhead' && t.toLowerCase().replace(/\W+/g, ' ').trim() === titleKey) {
      dropped.push({ text: t, why: 'repeated headline' });
      return;
    }
    // The same block twice in a row is a layout duplicate (a caption repeated as text, a pulled quote).
    const lower = t.toLowerCase();
    if (seen.has(lower) && t.length < 400) {
      dropped.push({ text: t, why: 'repeated block' });
      return;
    }
    seen.add(lower);
    paragraphs.push({ text: t, kind });
  };

  const hasBlockChild = (el: DomElement) => [...el.children].some((c) => BLOCK_TAGS.has(c.tagName) || CONTAINER_TAGS.has(c.tagName) && c.tagName !== 'SPAN' || SKIP_TAGS.has(c.tagName));

  const visit = (el: DomElement): void => {
    const tag = el.tagName.toUpperCase();
    if (SKIP_TAGS.has(tag)) {
      const t = textOf(el);
      if (t) dropped.push({ text: t, why: `${tag.toLowerCase()} element` });
      return;
    }
    if (tag === 'BLOCKQUOTE' && EMBED_CLASS.test(classWords(el))) {
      const post = socialPost(el);
      if (post) paragraphs.push({ text: post, kind: 'text' });
      return;
    }
    // Furniture by class, unless it holds article-sized text (some pages wrap the body in "read-more" boxes).
    if (el !== root && isNoiseClass(el.getAttribute('class') ?? '') && !(el.querySelectorAll('p').length >= 3 && textOf(el).length > 600)) {
      const t = textOf(el);
      if (t) dropped.push({ text: t, why: `furniture (${(el.getAttribute('class') ?? el.getAttribute('id') ?? '').trim().slice(0, 40)})` });
      return;
    }
    if (headingKind(tag)) {
      push(textOf(el), 'subhead', el);
      return;
    }
    if ((tag === 'UL' || tag === 'OL') && el.children.length === 1 && previousElement(el)?.tagName.toUpperCase() === 'FIGURE') {
      const t = textOf(el);
      if (t) dropped.push({ text: t, why: 'caption (a list after a figure)' });
      return;
    }
    if (tag === 'LI') {
      if (hasBlockChild(el)) [...el.children].forEach(visit);
      else push(textOf(el), 'bullet', el);
      return;
    }
    if (BLOCK_TAGS.has(tag) && !hasBlockChild(el)) {
      const bold = tag === 'P' && el.querySelector('strong, b') && textOf(el.querySelector('strong, b')!) === textOf(el) && textOf(el).length < 100 && !/[.!?]$/.test(textOf(el));
      push(el.tagName === 'PRE' ? (el.textContent ?? '') : textOf(el), bold ? 'subhead' : 'text', el);
      return;
    }
    // Containers: text straight inside them (no block around it) is a paragraph of its own.
    let loose = '';
    const flush = () => {
      if (loose.trim()) push(loose, 'text', null);
      loose = '';
    };
    for (const node of [...el.childNodes]) {
      if (node.nodeType === 3) loose += node.textContent ?? '';
      else if (node.nodeType === 1) {
        const child = node as DomElement;
        const ct = child.tagName.toUpperCase();
        if (BLOCK_TAGS.has(ct) || (CONTAINER_TAGS.has(ct) && (ct !== 'SPAN' || hasBlockChild(child))) || SKIP_TAGS.has(ct) || ct === 'BR' && /\n|\S/.test(loose) && child.nextSibling?.nodeName === 'BR') {
          flush();
          if (ct !== 'BR') visit(child);
        } else loose += child.textContent ?? '';
      }
    }
    flush();
  };
  visit(root);
  return { paragraphs, dropped };
}
