// The names a page's publisher goes by, read once per document (`doc.publisher`) and compared in one normal
// form (`compactName`): the labels of its address, the site name after the title's separator, the site name the
// page or a byline gives, and a wire's dateline. The company step keeps these names from being read as the victim,
// the sources step from being read as a source; both read this one list.
import type { Document } from '../document.js';
import { GENERIC_SECOND_LEVELS, HOST_FORMAT_LABEL } from '../lexicon/outlets.js';

export interface PublisherNames {
  /** Every name the publisher goes by, compacted, unique, each of 2+ characters. */
  readonly all: readonly string[];
  /** Only the names the page's address gives (`hostNames`), compacted: a page's owner spells these. */
  readonly host: readonly string[];
}

/**
 * The one normal form for comparing a name with the publisher's: lower case, letters and digits only, without a
 * leading "the" ("The Harbour Post", "theharbourpost.com" and "HarbourPost" are all "harbourpost").
 */
export function compactName(s: string): string {
  return s.toLowerCase().replace(/^the\s+/, '').replace(/[^a-z0-9]+/g, '').replace(/^the(?=.{4,})/, '');
}

const SECOND_LEVEL = new Set(GENERIC_SECOND_LEVELS);

/**
 * The names a web address gives (not compacted): the labels left of its public suffix ("harbourpost" of
 * news.harbourpost.co.uk, "msutoday" and "msu" of msutoday.msu.edu), and the host itself. The public suffix is the
 * top-level label and, under a country domain, a generic second level ("co.uk") or, under a generic one, a country
 * code ("uk.net"). Labels shorter than 3 characters go, except the name just left of the suffix ("ft" of ft.com).
 */
export function hostNames(url: string): string[] {
  const host = /^(?:[a-z][a-z0-9+.-]*:\/\/)?([^/:?#\s]+)/i.exec(url.trim())?.[1]?.toLowerCase();
  if (!host || !host.includes('.')) return [];
  const labels = host.split('.').filter((l) => l && !HOST_FORMAT_LABEL.test(l));
  labels.pop();
  const second = labels[labels.length - 1];
  if (labels.length > 1 && second !== undefined && (SECOND_LEVEL.has(second) || second.length <= 2)) labels.pop();
  const names = labels.filter((l, i) => l.length >= 3 || (i === labels.length - 1 && l.length >= 2));
  return [...names, host.replace(/^www\./, '')];
}

/** The site name after a title's last separator ("Ransomware hits port - Harbour Post"): five words at most, else it is the headline's own. */
const TITLE_SUFFIX = /\s[-–—|:]\s([^-–—|:]{2,40})$/;

/** A dateline that opens a paragraph: a place in capitals and a date (either may be missing), the wire in brackets, a dash ("OSLO, Jan 3 (Meridian Wire) –", "(Meridian Wire) -- Ports across…"). */
export const DATELINE = /^\s{0,3}(?:\p{Lu}[\p{Lu}\s.'\/-]{1,40}(?:,\s{0,2}[\p{L}.]{3,10}\s\d{1,2})?\s{0,2})?\(([\p{Lu}][\p{L}.&\s]{1,30})\)\s{0,2}[-–—]/u;

/** How many blocks from the top a wire's dateline may open. */
const DATELINE_BLOCKS = 4;

/** Read the publisher's names of a document; `doc.publisher` memoises this. */
export function readPublisherNames(doc: Pick<Document, 'url' | 'title' | 'site' | 'blocks'>): PublisherNames {
  const unique = (names: string[]) => [...new Set(names.map(compactName).filter((k) => k.length >= 2))];
  const host = doc.url ? hostNames(doc.url) : [];
  const names = [...host];
  const suffix = TITLE_SUFFIX.exec(doc.title ?? '')?.[1];
  if (suffix && suffix.split(/\s+/).filter(Boolean).length <= 5) names.push(suffix);
  // the name a page or byline gives its publisher (og:site_name, "By Jane Roe, Outlet", "© 2021 Outlet")
  if (doc.site) names.push(doc.site);
  // a wire's dateline ("HARBOUR CITY, May 2 (Meridian Wire) –"): the wire wrote the story the page carries
  for (const b of doc.blocks.slice(0, DATELINE_BLOCKS)) {
    const wire = DATELINE.exec(b.text);
    if (wire) { names.push(wire[1]!); break; }
  }
  return { all: unique(names), host: unique(host) };
}
