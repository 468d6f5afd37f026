// The lessons source: the sharded lunr index of every review's title, tags (themes, synonyms,
// agencies, type) and lessons (summary, learning points, recommendations, FAQ), the facet
// values of every review, and each review's result text, fetched per result.
//
// A source answers `query(text, {partial})` with {mode, hits: Map(review number -> {score,
// terms})}; review numbers are positions in the catalogue order (newest first). `terms` are
// the index terms (stems) that matched, for highlighting.

import { json, ShardedIndex } from "./sharded-index.js";
import { allOrAny, stem } from "./query.js";
import { evaluate } from "./match.js";

// Optimal string alignment distance, where leaving out or adding a vowel costs half (the
// commonest misspelling: "domestc", "hording"), or Infinity once certainly above limit.
const VOWELS = new Set("aeiouy");
const indel = (ch) => (VOWELS.has(ch) ? 0.5 : 1);

export function distance(a, b, limit) {
  if (Math.abs(a.length - b.length) > limit * 2) return Infinity;
  let before = null;
  let previous = [0];
  for (let j = 1; j <= b.length; j++) previous.push(previous[j - 1] + indel(b[j - 1]));
  for (let i = 1; i <= a.length; i++) {
    const row = [previous[0] + indel(a[i - 1])];
    let best = row[0];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j] + indel(a[i - 1]), row[j - 1] + indel(b[j - 1]), previous[j - 1] + cost);
      if (before && i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, before[j - 2] + 1);
      }
      row.push(value);
      best = Math.min(best, value);
    }
    if (best > limit) return Infinity;
    before = previous;
    previous = row;
  }
  return previous[b.length];
}

export class LessonsSource {
  constructor(dataUrl, texts) {
    this.name = "lessons";
    this.dataUrl = dataUrl;
    this.index = new ShardedIndex(`${dataUrl}lessons/`);
    this.texts = texts;
  }

  // Facets and every review's facet values: enough to list and filter without a query.
  async loadMeta() {
    this.meta = await json(`${this.dataUrl}lessons-meta.json`);
    return this.meta;
  }

  ready() {
    return this.index.ready();
  }

  // Ranked reviews, as lunr would rank them: {mode, results: [{ref, score, terms}]}.
  async rank(text, { partial = true } = {}) {
    await this.ready();
    return allOrAny(this.index, text, partial);
  }

  async query(text, { partial = true } = {}) {
    const { mode, results } = await this.rank(text, { partial });
    const hits = new Map(results.map((r) => [r.ref, { score: r.score, terms: r.terms }]));
    return { mode, hits };
  }

  // Every review holding all the parts of a parsed query, or some (match.js).
  async search(parts, clauses) {
    await this.ready();
    return evaluate(this.index, parts, clauses);
  }

  // Words close to a typed word that nothing holds, best first: the fewest edits (a missing
  // vowel counts half), then the most common. From the lessons' own words (terms.json: every
  // term, how many reviews' fields hold it, a readable word) and the glossary's words. The
  // term list is fetched only when a word is found nowhere.
  async nearbyTerms(word, extra = []) {
    this.terms ??= json(`${this.dataUrl}lessons/terms.json`);
    const terms = await this.terms;
    const typed = word.toLowerCase();
    const limit = typed.length <= 4 ? 1 : 2;
    const counts = new Map(terms.map(([term, count]) => [term, count]));
    const candidates = new Map();
    for (const [term, count, readable] of terms) {
      const shown = readable || term;
      if (/^[a-z]+$/.test(shown)) candidates.set(shown, count);
    }
    for (const shown of extra) {
      const key = shown.toLowerCase();
      if (!candidates.has(key)) candidates.set(key, counts.get(stem(key)) || 1);
    }
    // Compared as typed and as stems ("hording": hord, one vowel from hoard).
    const typedStem = stem(typed);
    const near = [];
    for (const [shown, count] of candidates) {
      const shownStem = stem(shown);
      if (shown === typed || shownStem === typedStem) continue;
      const d = Math.min(distance(typed, shown, limit), distance(typedStem, shownStem, limit));
      if (d <= limit) near.push([shown, d, count]);
    }
    near.sort((a, b) => a[1] - b[1] || b[2] - a[2] || (a[0] < b[0] ? -1 : 1));
    return near.map(([shown]) => shown);
  }

  // What a result shows of review n: [id, title, partnership, date, summary, learning
  // points, [[id, text]] recommendations, [[q, a]] questions, [[theme, [synonyms]]], ...]
  // (its result file: result-text.js).
  display(n) {
    return this.texts.get(n);
  }
}
