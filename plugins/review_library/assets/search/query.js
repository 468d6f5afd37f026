// Query text to lunr clauses, as both sources run them.

/* global lunr */

// Query words as lunr sees them: tokenised, trimmed, without stop words.
export function queryWords(text) {
  return lunr
    .tokenizer(text)
    .map((token) => lunr.trimmer(token))
    .filter((token) => token && token.toString() && lunr.stopWordFilter(token))
    .map((token) => token.toString());
}

export const stem = (word) => lunr.stemmer(new lunr.Token(word)).toString();

// Every word required (or, with required false, any will do); the last one may be a prefix,
// as typed (partial), once it has three letters.
export function clauses(text, { partial = true, required = true } = {}) {
  const words = queryWords(text);
  return words.map((word, n) => ({
    term: stem(word),
    wildcard: n === words.length - 1 && partial && word.length >= 3,
    required,
  }));
}

// Run a query: every word, or if nothing has them all, any word; `mode` says which.
export async function allOrAny(index, text, partial) {
  const all = clauses(text, { partial });
  if (!all.length) return { mode: "empty", results: [] };
  let results = await index.query(all);
  let mode = "all";
  if (!results.length && all.length > 1) {
    mode = "any";
    results = await index.query(clauses(text, { partial, required: false }));
  }
  return { mode: results.length ? mode : "none", results };
}
