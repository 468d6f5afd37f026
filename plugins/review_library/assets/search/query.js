// Query text to lunr clauses, as both sources run them.

/* global lunr */
import "./lunr-text.js"; // sets the global lunr: its text pipeline (tests/tools/lunr_text.py)

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

// ---------------------------------------------------------------------------------------
// Practitioner queries: quoted phrases, hyphenated words and the glossary.
//
// A query is a list of parts, every one of which a result must satisfy (or, for partial
// matches, some of them). A part is satisfied by any of its alternatives:
//   {terms: [...], phrase: false}  every term somewhere in the document
//   {terms: [...], phrase: true}   the terms next to each other, in order, in one field
//   {terms: ["=key"]}              a glossary concept the build found spelt out in full
// Terms are lunr terms (trimmed, stemmed); a word being typed (the last, unquoted, three
// letters or more) is a prefix: {wildcard: true}.

const QUOTES = /["“”]/;

// Words of the query as lunr sees them: [{raw, term|null}] (term null: a stop word).
function pipeline(raw) {
  return lunr.tokenizer(raw).map((token) => {
    const trimmed = lunr.trimmer(token);
    const kept = trimmed && trimmed.toString() && lunr.stopWordFilter(trimmed);
    return kept ? stem(trimmed.toString()) : null;
  });
}

// The query's units in order: a word, a hyphenated word or a quoted phrase.
function units(text) {
  const out = [];
  text.split(QUOTES).forEach((segment, n) => {
    const quoted = n % 2 === 1;
    if (quoted) {
      const terms = pipeline(segment).filter(Boolean);
      if (terms.length) out.push({ raw: segment.trim(), terms, kind: "quoted" });
      return;
    }
    for (const raw of segment.split(/\s+/).filter(Boolean)) {
      const terms = pipeline(raw).filter(Boolean);
      if (!terms.length) continue;
      const hyphenated = /[\p{L}\p{N}]-+[\p{L}\p{N}]/u.test(raw) && terms.length > 1;
      out.push({ raw, terms, kind: hyphenated ? "hyphen" : "word" });
    }
  });
  return out;
}

const sameTerms = (a, b) => a.length === b.length && a.every((t, i) => t === b[i]);

// glossary.json rows: [key, expansion, [acronym term lists], [phrase term lists], [acronyms]].
export function glossaryForms(glossary) {
  const forms = [];
  for (const [key, expansion, acronyms, phrases, labels] of glossary || []) {
    const entry = { key, expansion, acronyms, phrases, labels };
    acronyms.forEach((terms, i) => forms.push({ entry, terms, acronym: labels[i] }));
    phrases.forEach((terms) => forms.push({ entry, terms, acronym: null }));
  }
  forms.sort((a, b) => b.terms.length - a.terms.length); // longest first
  return forms;
}

function glossaryPart(matches, typed, text) {
  const { entry } = matches[0];
  // The concept and the acronyms first; the typed words anywhere in the document last
  // ("loose": ranked below a review that has the term itself).
  const alternatives = [{ terms: [`=${entry.key}`], phrase: false, via: entry.expansion, highlight: entry.phrases }];
  entry.acronyms.forEach((terms, i) => {
    if (!sameTerms(terms, typed)) {
      alternatives.push({ terms, phrase: terms.length > 1, via: entry.labels[i] });
    }
  });
  // Another entry with the same acronym (SAR: two meanings) adds its own concept.
  for (const other of matches.slice(1)) {
    alternatives.push({
      terms: [`=${other.entry.key}`], phrase: false, via: other.entry.expansion, highlight: other.entry.phrases,
    });
  }
  // An acronym of several words ("EHC plan") is not indexed as the concept: find it as typed.
  if (typed.length > 1 && matches.some((m) => m.acronym)) alternatives.push({ terms: typed, phrase: true, via: null });
  alternatives.push({ terms: typed, phrase: false, via: null, loose: typed.length > 1 });
  return { raw: text, alternatives, glossary: matches.map((m) => m.entry.expansion) };
}

// Parts of a query. `partial`: the last word is being typed (a prefix once 3 letters long).
export function parseQuery(text, forms = [], { partial = false } = {}) {
  const found = units(text);
  const parts = [];
  let i = 0;
  while (i < found.length) {
    const unit = found[i];
    if (unit.kind !== "quoted" && forms.length) {
      // The longest glossary form made of whole units from here.
      let best = null;
      for (let j = i; j < found.length && found[j].kind !== "quoted"; j++) {
        const typed = found.slice(i, j + 1).flatMap((u) => u.terms);
        const matches = forms.filter((form) => sameTerms(form.terms, typed));
        if (matches.length) best = { j, typed, matches };
      }
      if (best) {
        const raw = found.slice(i, best.j + 1).map((u) => u.raw).join(" ");
        // One concept per entry (an entry's acronym and its expansion are the same concept).
        const seen = new Set();
        const matches = best.matches.filter((m) => !seen.has(m.entry.key) && seen.add(m.entry.key));
        parts.push(glossaryPart(matches, best.typed, raw));
        i = best.j + 1;
        continue;
      }
    }
    const last = i === found.length - 1;
    if (unit.kind === "word") {
      const wildcard = partial && last && unit.raw.length >= 3 && !/\W$/.test(unit.raw);
      parts.push({ raw: unit.raw, alternatives: [{ terms: unit.terms, phrase: false, wildcard }] });
    } else if (unit.kind === "hyphen") {
      // co-sleeping: "co sleeping" next to each other (written either way), or "cosleeping".
      const joined = stem(unit.raw.toLowerCase().replace(/-+/g, ""));
      parts.push({
        raw: unit.raw,
        alternatives: [
          { terms: unit.terms, phrase: true },
          { terms: [joined], phrase: false },
        ],
      });
    } else {
      parts.push({ raw: `“${unit.raw}”`, alternatives: [{ terms: unit.terms, phrase: unit.terms.length > 1 }] });
    }
    i++;
  }
  return parts;
}

// Every term a query's parts use, once, as clauses for ShardedIndex.run (all optional).
export function partClauses(parts) {
  const seen = new Map();
  for (const part of parts) {
    for (const alternative of part.alternatives) {
      for (const term of alternative.terms) {
        const key = `${term}${alternative.wildcard ? "*" : ""}`;
        if (!seen.has(key)) seen.set(key, { term, wildcard: !!alternative.wildcard, required: false });
      }
    }
  }
  return [...seen.values()];
}
