// Highlight the words of a text whose stems matched, and the phrases that matched (a quoted
// phrase, a hyphenated word, a glossary expansion: stem sequences, stop words skipped), as
// DOM nodes (never HTML strings).

/* global lunr */
import "./lunr-text.js"; // sets the global lunr: its text pipeline (tests/tools/lunr_text.py)

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;
// Lower-case word -> null (a stop word), its stem, or [its trimmed token] (not stemmed yet).
const seen = new Map();
const OTHER = ""; // the stem of a word that cannot match: kept, but never equal to a term

// A word's stem, or null for a stop word. The stemmer changes only the end of a word, so a
// word whose first letter starts none of the terms sought (`initials`) cannot match one and
// is not stemmed: most words of a result's text, on the way to the first result.
function stemOf(word, initials) {
  const lower = word.toLowerCase();
  let known = seen.get(lower);
  if (known === undefined) {
    const token = lunr.trimmer(new lunr.Token(lower));
    known = token.toString() && lunr.stopWordFilter(token) ? [token] : null;
    seen.set(lower, known);
  }
  if (known === null || typeof known === "string") return known;
  if (initials && !initials.has(known[0].toString()[0])) return OTHER;
  const stem = lunr.stemmer(known[0]).toString();
  seen.set(lower, stem);
  return stem;
}

// First letters of the terms and phrases sought.
function initialsOf(terms, phrases) {
  const initials = new Set();
  for (const term of terms) initials.add(term[0]);
  for (const phrase of phrases) for (const term of phrase) initials.add(term[0]);
  return initials;
}

// The text's words: [{start, end, stem}] (stem null for a stop word).
function words(text, initials = null) {
  return [...text.matchAll(WORD)].map((m) => ({ start: m.index, end: m.index + m[0].length, stem: stemOf(m[0], initials) }));
}

// Word index ranges [first, last] that match: single terms, and every phrase occurrence.
function matches(list, terms, phrases = []) {
  const ranges = [];
  list.forEach((w, i) => {
    if (w.stem && terms.has(w.stem)) ranges.push([i, i, w.stem]);
  });
  if (phrases.length) {
    const content = [];
    list.forEach((w, i) => {
      if (w.stem) content.push(i);
    });
    for (const phrase of phrases) {
      for (let k = 0; k + phrase.length <= content.length; k++) {
        if (phrase.every((t, j) => list[content[k + j]].stem === t)) {
          ranges.push([content[k], content[k + phrase.length - 1], phrase.join(" ")]);
        }
      }
    }
  }
  return ranges.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
}

// How many different matched terms or phrases a text contains: picks the lesson to show.
export function matchCount(text, terms, phrases = []) {
  return new Set(matches(words(text, initialsOf(terms, phrases)), terms, phrases).map((r) => r[2])).size;
}

export function highlighted(text, terms, phrases = []) {
  const list = words(text, initialsOf(terms, phrases));
  const fragment = document.createDocumentFragment();
  let at = 0;
  let covered = -1;
  for (const [first, last] of matches(list, terms, phrases)) {
    if (last <= covered) continue;
    const from = Math.max(first, covered + 1);
    const start = list[from].start;
    const end = list[last].end;
    fragment.append(text.slice(at, start));
    const mark = document.createElement("mark");
    mark.textContent = text.slice(start, end);
    fragment.append(mark);
    at = end;
    covered = last;
  }
  fragment.append(text.slice(at));
  return fragment;
}

// A passage of a report section for a result: about `size` words around the run with the
// most different matched terms, cut at word boundaries, with ellipses where text is left out.
export function snippet(text, terms, phrases = [], size = 36) {
  const spaced = [...text.matchAll(/\S+/g)];
  if (spaced.length <= size) return text;
  // Which spaced word each match starts in.
  const list = words(text, initialsOf(terms, phrases));
  const hits = new Array(spaced.length).fill(null);
  let s = 0;
  for (const [first, , key] of matches(list, terms, phrases)) {
    const start = list[first].start; // matches come in text order
    while (s < spaced.length - 1 && spaced[s + 1].index <= start) s++;
    hits[s] ??= key;
  }
  let best = 0;
  let bestCount = -1;
  for (let start = 0; start + size <= spaced.length; start++) {
    if (start > 0 && !hits[start - 1] && !hits[start + size - 1]) continue; // nothing changed
    const seen = new Set(hits.slice(start, start + size).filter(Boolean));
    if (seen.size > bestCount) [best, bestCount] = [start, seen.size];
  }
  // Start a few words before the first match of the window, where a sentence reads better.
  const first = hits.slice(best, best + size).findIndex(Boolean);
  const start = Math.max(0, Math.min(best + Math.max(0, first - 6), spaced.length - size));
  const end = start + size;
  const from = spaced[start].index;
  const last = spaced[end - 1];
  const to = last.index + last[0].length;
  return `${start > 0 ? "… " : ""}${text.slice(from, to)}${end < spaced.length ? " …" : ""}`;
}
