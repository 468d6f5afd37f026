// The search without the page: both sources, the glossary, and the merging of their hits.
// One engine per data folder, shared by the page's head (review_library/search.html), which
// starts the first search and its result files while the page is still being parsed, and by
// the page's script (search-app.js), which takes that search rather than running it again.

import { FullTextSource } from "./fulltext-source.js";
import { LessonsSource } from "./lessons-source.js";
import { ResultTexts } from "./result-text.js";
import { compareHits } from "./match.js";
import { glossaryForms, parseQuery, partClauses, queryWords } from "./query.js";
import { json } from "./sharded-index.js";

export const PAGE = 10; // results a page: each fetches its review's result file (result-text.js)

class SearchEngine {
  constructor(dataUrl) {
    this.dataUrl = dataUrl;
    this.texts = new ResultTexts(dataUrl);
    this.lessons = new LessonsSource(dataUrl, this.texts);
    this.text = new FullTextSource(dataUrl, this.texts);
    this.sources = [this.lessons, this.text];
    this.searches = new Map(); // the first search of a query, kept until the page takes it
  }

  // Every source's manifest and the glossary.
  prepare() {
    this.preparing ??= Promise.all([
      ...this.sources.map((s) => s.ready()),
      json(`${this.dataUrl}glossary.json`).then((glossary) => {
        this.glossary = glossary;
        this.forms = glossaryForms(glossary);
      }),
    ]);
    return this.preparing;
  }

  // Hits for a query from every source, merged by review number: full matches (a source held
  // every part) if there are any, else partial ones. {mode, hits, parts, known}. A search the
  // head started for the same text is taken (once) rather than run again.
  search(q, partial) {
    const key = `${partial ? "partial" : "whole"}:${q.trim()}`;
    const started = this.searches.get(key);
    if (started) {
      this.searches.delete(key);
      return started;
    }
    return this.run(q.trim(), partial);
  }

  // The head's first search (the last word taken as a prefix, as the page's first search
  // does) and, withTexts, the result files of its first page of results in the page's
  // order when no filter or other order is asked for: fetched before the page's script runs.
  start(q, withTexts = true) {
    const searching = this.run(q.trim(), true);
    searching.catch(() => {}); // the page reports a failure when it takes the search
    this.searches.set(`partial:${q.trim()}`, searching);
    return searching.then(({ hits }) => {
      if (!hits || !withTexts) return;
      const first = [...hits.keys()].sort((a, b) => compareHits(hits.get(a), hits.get(b)) || a - b);
      for (const n of first.slice(0, PAGE)) this.texts.get(n).catch(() => {});
    });
  }

  async run(text, partial) {
    if (!queryWords(text).length) return { mode: "browse", hits: null };
    await this.prepare();
    const parts = parseQuery(text, this.forms, { partial });
    if (!parts.length) return { mode: "browse", hits: null };
    const clauses = partClauses(parts);
    const answers = await Promise.all(this.sources.map((source) => source.search(parts, clauses)));
    const full = new Map();
    const some = new Map();
    for (const answer of answers) {
      for (const [n, hit] of answer.hits) {
        const into = hit.full ? full : some;
        const seen = into.get(n);
        if (!seen) {
          into.set(n, { ...hit, terms: new Set(hit.terms), via: new Set(hit.via), phrases: [...hit.phrases] });
          continue;
        }
        // The better of the two decides tier and what is missing; scores add up.
        if (compareHits(hit, seen) < 0) {
          Object.assign(seen, { tier: hit.tier, satisfied: hit.satisfied, missing: hit.missing });
        }
        seen.score += hit.score;
        hit.terms.forEach((t) => seen.terms.add(t));
        hit.via.forEach((v) => seen.via.add(v));
        seen.phrases.push(...hit.phrases);
        if (hit.tagTerms) seen.tagTerms = [...(seen.tagTerms || []), ...hit.tagTerms];
        if (hit.section !== undefined) seen.section = hit.section;
      }
    }
    const known = parts.map((_, i) => answers.some((a) => a.known[i]));
    const mode = full.size ? "all" : some.size ? "any" : "none";
    return { mode, hits: full.size ? full : some, parts, known };
  }
}

const engines = new Map();

// The engine of a data folder (a URL relative to the page, as the page's markup gives it).
export function engineFor(dataUrl) {
  const key = new URL(dataUrl, document.baseURI).href;
  if (!engines.has(key)) engines.set(key, new SearchEngine(dataUrl));
  return engines.get(key);
}
