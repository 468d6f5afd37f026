// Highlight the words of a text whose stems matched, as DOM nodes (never HTML strings).

/* global lunr */

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;
const stems = new Map();

function stemOf(word) {
  const lower = word.toLowerCase();
  if (!stems.has(lower)) {
    const token = lunr.trimmer(new lunr.Token(lower));
    stems.set(lower, lunr.stemmer(token).toString());
  }
  return stems.get(lower);
}

// How many different matched terms a text contains: picks the lesson to show.
export function matchCount(text, terms) {
  const found = new Set();
  for (const match of text.matchAll(WORD)) {
    const term = stemOf(match[0]);
    if (terms.has(term)) found.add(term);
  }
  return found.size;
}

export function highlighted(text, terms) {
  const fragment = document.createDocumentFragment();
  let at = 0;
  for (const match of text.matchAll(WORD)) {
    if (!terms.has(stemOf(match[0]))) continue;
    fragment.append(text.slice(at, match.index));
    const mark = document.createElement("mark");
    mark.textContent = match[0];
    fragment.append(mark);
    at = match.index + match[0].length;
  }
  fragment.append(text.slice(at));
  return fragment;
}

// A passage of a report section for a result: about `size` words around the run with the
// most different matched terms, cut at word boundaries, with ellipses where text is left out.
export function snippet(text, terms, size = 36) {
  const words = [...text.matchAll(/\S+/g)];
  if (words.length <= size) return text;
  const hits = words.map((w) => {
    const match = w[0].match(WORD);
    return match && terms.has(stemOf(match[0])) ? stemOf(match[0]) : null;
  });
  let best = 0;
  let bestCount = -1;
  for (let start = 0; start + size <= words.length; start++) {
    if (start > 0 && !hits[start - 1] && !hits[start + size - 1]) continue; // nothing changed
    const seen = new Set(hits.slice(start, start + size).filter(Boolean));
    if (seen.size > bestCount) [best, bestCount] = [start, seen.size];
  }
  // Start a few words before the first match of the window, where a sentence reads better.
  const first = hits.slice(best, best + size).findIndex(Boolean);
  const start = Math.max(0, Math.min(best + Math.max(0, first - 6), words.length - size));
  const end = start + size;
  const from = words[start].index;
  const last = words[end - 1];
  const to = last.index + last[0].length;
  return `${start > 0 ? "… " : ""}${text.slice(from, to)}${end < words.length ? " …" : ""}`;
}
