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

// A display word for an index term (stems such as "babi" are not words): the first word in
// the texts given whose stem is the term.
export function wordFor(term, texts) {
  for (const text of texts) {
    for (const match of text.matchAll(WORD)) {
      if (stemOf(match[0]) === term) return match[0].toLowerCase();
    }
  }
  return term;
}
