// Page furniture as text: the lines and section headings that web pages and saved copies of them put
// around an article (ad labels, share prompts, promo links, bylines, copyright lines), and the names of
// the publisher they give away. Shared by the HTML and plain-text readers; data first, one row each.
import type { RawBlock } from '../document.js';
import { WIRE_CREDIT } from '../lexicon/outlets.js';
import { TEASER_OPENERS } from '../lexicon/scope.js';
import { alternation } from '../regexp.js';
import { datelineDate } from './published.js';
import { readDateOrder } from './locale.js';

/** A block whose whole text matches one of these is furniture and is dropped. */
export const FURNITURE_LINES: readonly RegExp[] = [
  /^advertisements?(?:\s{0,3}[-–—:]\s{0,3}(?:scroll|continue|story)[\w ]{0,40})?$/i, // "ADVERTISEMENT", "Advertisement - Scroll to continue"
  /^(?:watch|video|listen|podcast|watch\snow|play\svideo)\s{0,3}:\s{0,3}[^.!?]{1,160}$/i, // "Watch: How hackers break in"
  /^listen\sto\s(?:this\s)?(?:article|story)(?:\s{0,3}[-–—:·•]?\s{0,3}\d{1,3}\s{0,2}min(?:utes?|s)?)?$/i, // "Listen to this article"
  /^(?:contributing|additional\sreporting|reporting|editing|edited\sby|with\sreporting)\s{0,3}(?:by)?\s{0,3}:?\s{1,3}\p{Lu}[^.!?]{1,120}$/iu, // "Contributing: Jane Roe"
  /^\(?\s{0,2}(?:photo(?:graph)?s?|images?|pictures?|illustration|graphic|video|credit|courtesy)(?:\s(?:credit|courtesy|by|source))?\s{0,3}:\s{0,3}[^.!?]{1,100}\)?$/iu, // "Photo: Getty Images", "(Image credit: Alamy)"
  /^(?:source|via)\s{0,3}:\s{0,3}(?:getty|shutterstock|istock|alamy|unsplash|ap|afp|reuters|pa)\b[^.!?]{0,60}$/i, // "Source: iStock"
  /^(?:sponsored(?:\scontent)?|paid\spost|promoted(?:\scontent)?)$/i, // "Sponsored content"
  /^(?:story\s)?continues?\s(?:reading\s)?(?:below|after\s(?:the\s)?(?:advertisement|ad))(?:\sadvertisement)?$/i, // "Continue reading below"
  /^skip\sto\s(?:the\s)?(?:main\s)?(?:content|article|navigation)$/i, // "Skip to main content"
  /^(?:share|share\sthis(?:\s(?:article|story|post|page))?|share\son\s\w{2,20}|tweet|copy\slink|email|print|save(?:\sarticle)?)(?:\s{0,3}[:|·•]\s{0,3}\w{2,20}){0,8}\s{0,3}:?$/i, // "Share this article", "Share this story: Email | Print"
  /^(?:follow\sus|like\sus)\s(?:on|at)\s.{1,60}$/i, // "Follow us on X"
  /^(?:sign\sup|subscribe|register)\b.{0,160}\b(?:newsletters?|briefings?|bulletin|digest|inbox|alerts)\b.{0,120}$/i, // "Sign up for our newsletter to get …"
  /^(?:get\sthe\s(?:latest|best)|don't\smiss)\b.{0,80}\b(?:newsletter|inbox|updates)\b.{0,40}$/i, // "Get the latest security news in your inbox"
  new RegExp(`^(?:${alternation(TEASER_OPENERS)})\\s{0,3}[:|»›>-]\\s{0,3}.{1,240}$`, 'i'), // "Read more: <headline>", "Related: …"
  /^(?:home|news)(?:\s{1,3}[|›>»/•·]\s{1,3}[\w&' -]{1,30}){1,12}$/i, // "Home | News | Security", "Home › Security › Data breaches"
  /^(?:topics?|tags?|filed\sunder|posted\sin|categories)\s{0,3}:.{0,200}$/i, // "Topics: Cybersecurity, Data breach"
  /^(?:image|photo|picture)\s(?:credit|source)\s{0,3}:.{0,120}$/i, // "Image credit: Alamy"
  /^\d{1,2}\s(?:min(?:ute)?s?)\s(?:read|listen)$/i, // "4 min read"
];

export const isFurnitureLine = (text: string): boolean => text.length <= 400 && FURNITURE_LINES.some((re) => re.test(text));

/**
 * Headings that open a section of page furniture (the section goes, and in plain text the short lines
 * after it): "About the author", "3 comments", "Most popular", "Related stories", "More from Outlet".
 */
export const FURNITURE_HEADING = /^(?:about\s(?:the\s)?authors?|(?:\d{1,5}\s)?comments?|(?:join\sthe\s)?discussion|leave\sa\s(?:reply|comment)|related(?:\s(?:stories|articles|posts|content|reading|coverage|news))?|most\s(?:popular|read|viewed|shared)|popular\s(?:now|stories|posts)|recommended(?:\s(?:for\syou|stories|reading))?|more\s(?:from|on|in)\s.{1,40}|more\sstories|read\s(?:more|next)|you\s(?:may|might)\s(?:also\s)?like|share\sthis:?|recent\s(?:posts|stories|news)|latest\s(?:news|stories|headlines)|trending(?:\snow|\sstories)?|top\sstories|editor's\spicks?|sponsored(?:\sstories)?)\s{0,2}:?$/i;

/** Job titles in a byline ("By Jane Roe, Senior Reporter"): such a segment is not the publisher. */
const ROLE = /\b(?:reporter|editor|writer|correspondent|contributor|columnist|journalist|analyst|staff|intern|producer|author|blogger|freelancer|desk|team|associated|chief|senior|deputy|managing|contributing|special)\b/i;

/** A person's name: two to four capitalised words ("Jane Roe", "Mary-Kate O'Neil", "J. R. Smith"). */
const PERSON = /^\p{Lu}[\p{L}'’.-]{0,30}(?:\s{1,2}(?:(?:de|van|von|der|da|del|la|le|bin|al)\s)?\p{Lu}[\p{L}'’.-]{0,30}){1,3}$/u;

/** "By Jane Roe", "Written by …", "Posted by …": a byline opening. */
const BY = /^(?:(?:written|posted|reported|words|story|text)\s{1,3})?by\s{1,3}(?=\p{Lu})/iu;
/** Separators between byline segments. */
const SEGMENTS = /\s{1,3}[|•·—–]\s{1,3}|\s{1,3}-\s{1,3}|,\s{1,3}|\s{1,3}(?:for|at|on)\s{1,3}(?=\p{Lu}|\d)/u;

/** A name that could be an outlet: one to six words, capitalised, no sentence in it. */
export function outletName(segment: string): string | null {
  const s = segment.trim();
  if (s.length < 2 || s.length > 50 || ROLE.test(s) || /[.!?]$/.test(s) && !/\.(?:com|net|org|co|io|news)$/i.test(s)) return null;
  if (/\d/.test(s) && !/^\p{Lu}/u.test(s)) return null;
  if (!/^(?:The\s)?[\p{Lu}\d]/u.test(s)) return null;
  const words = s.split(/\s{1,3}/);
  if (words.length > 6) return null;
  // every word capitalised, a number, or a joiner ("Business Insider", "The Register", "Help Net Security", "Tom's Guide")
  if (!words.every((w) => /^[\p{Lu}\d&]/u.test(w) || /^(?:of|the|and|for|on|de|du|des|la|le)$/i.test(w))) return null;
  return s;
}

export interface Byline {
  /** The publisher named beside the author ("By Jane Roe, TechWire" → "TechWire"), or null. */
  site: string | null;
}

/**
 * A byline line: "By Jane Roe", "By Jane Roe, Outlet", "By Jane Roe, Senior Reporter | March 3, 2021",
 * "Jane Roe | Outlet", "Jane Roe - Outlet - Mar 3, 2021". Null when the line is something else.
 */
export function readByline(line: string): Byline | null {
  const s = line.trim();
  if (s.length < 4 || s.length > 160 || /[.!?]["”’]?$/.test(s) && !/\b(?:a\.m|p\.m|Jr|Sr)\.$/i.test(s)) return null;
  const by = BY.exec(s);
  const rest = by ? s.slice(by[0].length) : s;
  const parts = rest.split(SEGMENTS).map((p) => p.trim()).filter(Boolean);
  if (!parts.length || parts.length > 6) return null;
  // the author: "Jane Roe", or "Jane Roe and John Doe"
  const names = parts[0]!.split(/\s{1,3}(?:and|&)\s{1,3}/);
  if (!names.every((n) => PERSON.test(n))) return null;
  if (!by && parts.length < 2) return null;
  let site: string | null = null;
  // without "By", every other segment is the outlet, a job title or the date ("Jane Roe | Outlet"), and a
  // comma alone does not make a byline ("Andrew Brandt, director of research at Acme, said:")
  if (!by) {
    if (!/\s[|•·—–-]\s/.test(rest) && !parts.slice(1).some((p) => DATEISH.test(p))) return null;
    if (!parts.slice(1).every((p) => DATEISH.test(p) || outletName(p) || (ROLE.test(p) && /^\p{Lu}/u.test(p)))) return null;
  }
  for (const part of parts.slice(1)) {
    if (DATEISH.test(part) || /^(?:on|updated|published|posted)\b/i.test(part)) continue; // the date
    const name = outletName(part);
    if (name && !site) site = name;
  }
  // without "By", the line must be a name beside an outlet or a date ("Jane Roe | Outlet", "Jane Roe - 3 March 2021")
  if (!by && !site && !parts.slice(1).some((p) => DATEISH.test(p))) return null;
  return { site };
}

/** "© 2021 Outlet. All rights reserved.", "Copyright 2018 Outlet Media Ltd", "(c) Outlet 2020" → the outlet. */
const COPYRIGHT = /^(?:©|\(c\)|copyright(?:\s{1,3}©)?)\s{0,3}(?:(?:19|20)\d{2}(?:\s{0,3}[-–]\s{0,3}(?:19|20)\d{2})?\s{1,3})?(.{2,80}?)(?:\s{1,3}(?:19|20)\d{2})?\s{0,3}(?:[.,|·•]\s{0,3}(?:all\srights\sreserved|some\srights\sreserved).{0,80})?\.?$/i;

export function readCopyright(line: string): { site: string | null } | null {
  const s = line.trim();
  if (s.length > 200) return null;
  const m = COPYRIGHT.exec(s);
  if (!m) return null;
  const name = m[1]!.split(/[|·•]/)[0]!.trim().replace(/[.,]$/, '');
  return { site: outletName(name.replace(/,?\s(?:Inc|Ltd|LLC|Limited|plc|GmbH)\.?$/i, '')) };
}

/**
 * A wire dateline opening the first paragraph: "LONDON (Reuters) - ", "NEW YORK, Nov 9 (AP) — ",
 * "SAN FRANCISCO (TechWire) -- ". Returns the length of the prefix and the outlet in brackets.
 */
const WIRE = /^[\p{Lu}][\p{Lu}.'’]{1,20}(?:[ -][\p{Lu}][\p{Lu}.'’]{1,20}){0,3}(?:,\s{1,3}[\p{Lu}][\p{L}.'’]{1,20}(?:\s{1,3}[\p{Lu}][\p{L}.'’]{1,20}){0,2})?(?:,\s{1,3}[A-Z][a-z]{2,4}\.?\s{1,3}\d{1,2})?\s{1,3}\(([^()]{2,40})\)\s{0,3}(?:-{1,2}|[—–])\s{0,3}/u;

export function wireDateline(text: string): { length: number; site: string | null } | null {
  const m = WIRE.exec(text);
  if (!m || m[0].length >= text.length) return null;
  return { length: m[0].length, site: outletName(m[1]!) };
}

/** "Jane Roe is a freelance journalist who writes about …", "Jane Roe covers security for Outlet." */
const AUTHOR_BIO = /^\p{Lu}[\p{L}'’.-]{0,30}(?:\s{1,2}\p{Lu}[\p{L}'’.-]{0,30}){1,3}\s(?:is|was|has\sbeen)\s(?:a|an|the|our)\s(?:[\p{L}-]{1,20}\s){0,4}(?:reporter|writer|journalist|editor|correspondent|columnist|freelancer|blogger)\b|^\p{Lu}[\p{L}'’.-]{0,30}(?:\s{1,2}\p{Lu}[\p{L}'’.-]{0,30}){1,3}\s(?:covers|writes\sabout|reports\son)\s/u;

/** A line that is only a URL, or names the page it was saved from ("Source: https://…"). */
const URL_LINE = /^(?:(?:source|originally\spublished\s(?:at|on|by)|read\sthe\soriginal(?:\sarticle)?|url|link|from)\s{0,3}:?\s{0,3})?<?(https?:\/\/[^\s<>"]{4,500})>?$/i;

export function urlLine(text: string): string | null {
  return text.length <= 600 ? URL_LINE.exec(text)?.[1] ?? null : null;
}

/** Month-day, years, clock times, weekdays: a byline segment that is the date, not the outlet. */
const DATEISH = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]{0,6}\.?\s{1,3}\d{1,2}\b|\b\d{1,2}\s{1,3}(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)|\b(?:19|20)\d{2}\b|\d{1,2}[:/.]\d{1,2}|\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\b(?:today|yesterday|ago|updated|published|posted)\b/i;

const joined = (b: RawBlock) => b.pieces.map((p) => p.value).join('').replace(/\s+/g, ' ').trim();
/** Ends like a sentence (prose), as opposed to a headline or a link. */
const SENTENCE_END = /[.!?]["”’)]?$/;
/** The first line of a copy with a label: the headline itself ("Video: Three banks hit by the same phishing kit"). */
const LABELLED_HEADLINE = /^(?:watch|video|listen|podcast)\s{0,3}:\s{0,3}(?:[^\s.!?]{1,40}\s){3}/i;
/** A headline that asks or exclaims, one line under a "Most popular" heading ("Was the outage an attack?"). */
const LISTED_QUESTION = /^[^.!?]{10,150}[?!]["”’)]?$/;
/** Sections that run to the end of the page once they start. */
const TAIL_SECTION = /^(?:about|\d{0,5}\s?comments?|(?:join\sthe\s)?discussion|leave)/i;

/**
 * Page furniture in a reader's blocks, shared by the HTML and plain-text readers: furniture lines go,
 * a furniture heading goes with the list of headlines under it (or, near the end, with everything after
 * it: author bios and comments); bylines and copyright lines go too, giving the publisher's name (and a
 * byline's date, "Jane Roe | Outlet | Mar 3, 2021"). Returns the publisher named, if any.
 */
export function clearFurniture(
  blocks: RawBlock[],
  page: { lang?: string | null; url?: string | null } = {},
): { blocks: RawBlock[]; site: string | null; published: string | null; url: string | null } {
  const out: RawBlock[] = [];
  /** The first byline that carries a date: read once the page's address is known (its date order). */
  let dateline: string | null = null;
  let site: string | null = null;
  let published: string | null = null;
  let url: string | null = null;
  const n = blocks.length;
  for (let i = 0; i < n; i++) {
    const block = blocks[i]!;
    const text = joined(block);
    if (!text || (block.kind !== 'heading' && !(i === 0 && LABELLED_HEADLINE.test(text)) && isFurnitureLine(text))) continue;
    // the page's address, saved at the top or the bottom of a copy (a link in the story stays text)
    const saved = i < 3 || n - i <= 3 ? urlLine(text) : null;
    if (saved) {
      url ??= saved;
      continue;
    }
    if (text.length <= 60 && i >= 2 && FURNITURE_HEADING.test(text)) {
      // near the end, an "About the author" or "Comments" section runs to the end of the page
      if (TAIL_SECTION.test(text) && n - i <= 10) break;
      // otherwise the headlines listed under it go with it
      while (i + 1 < n) {
        const next = joined(blocks[i + 1]!);
        if (next.length < 200 && (!SENTENCE_END.test(next) || LISTED_QUESTION.test(next)) && !readCopyright(next)) i++;
        else break;
      }
      continue;
    }
    // an author bio among the last blocks: "Jane Roe is a senior reporter at Outlet, covering …"
    if (n - i <= 4 && text.length <= 600 && AUTHOR_BIO.test(text)) continue;
    if (block.kind !== 'heading') {
      const copyright = text.length <= 200 ? readCopyright(text) : null;
      if (copyright) {
        site ??= copyright.site;
        continue;
      }
      if (out.length <= 8) {
        const byline = readByline(text);
        if (byline) {
          site ??= byline.site;
          if (dateline === null && datelineDate(text)) dateline = text;
          continue;
        }
      }
      if (WIRE_CREDIT.test(text)) continue;
    }
    out.push(block);
  }
  // a numeric date ("By Jane Roe | 03/04/2021") is read in the page's date order (src/read/locale.ts)
  if (dateline !== null) {
    published = datelineDate(dateline, /\d[/.-]\d/.test(dateline) ? readDateOrder({ blocks, lang: page.lang, url: url ?? page.url ?? null }) : null);
  }
  return { blocks: out, site, published, url };
}
