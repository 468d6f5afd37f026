// The lessons source: the sharded lunr index of every review's title, tags (themes, synonyms,
// agencies, type) and lessons (summary, learning points, recommendations, FAQ), the facet
// values of every review, and each review's result text, fetched per result.
//
// A source answers `query(text, {partial})` with {mode, hits: Map(review number -> {score,
// terms})}; review numbers are positions in the catalogue order (newest first). `terms` are
// the index terms (stems) that matched, for highlighting.

import { json, ShardedIndex } from "./sharded-index.js";
import { allOrAny, stem } from "./query.js";

// Optimal string alignment distance, or limit + 1 once it is certainly above limit.
function distance(a, b, limit) {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let before = null;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + cost);
      if (before && i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, before[j - 2] + 1);
      }
      row.push(value);
      best = Math.min(best, value);
    }
    if (best > limit) return limit + 1;
    before = previous;
    previous = row;
  }
  return previous[b.length];
}

export class LessonsSource {
  constructor(dataUrl) {
    this.name = "lessons";
    this.dataUrl = dataUrl;
    this.index = new ShardedIndex(`${dataUrl}lessons/`);
    this.store = new Map();
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

  // Index terms close to a word (one or two edits), most common first, with a readable word
  // for each: "did you mean". The term list is fetched only when a query finds nothing.
  async nearbyTerms(word) {
    this.terms ??= json(`${this.dataUrl}lessons/terms.json`);
    const terms = await this.terms;
    const target = stem(word);
    for (const limit of [1, 2]) {
      const near = terms.filter(([term]) => term !== target && distance(term, target, limit) <= limit);
      if (near.length) {
        near.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
        return near.map(([term, , readable]) => readable || term);
      }
    }
    return [];
  }

  // What a result shows of review n: [id, title, partnership, date, summary, learning
  // points, [[id, text]] recommendations, [[q, a]] questions].
  display(n) {
    if (!this.store.has(n)) {
      const loading = json(`${this.dataUrl}lessons-store-${n}.json`);
      loading.catch(() => this.store.delete(n));
      this.store.set(n, loading);
    }
    return this.store.get(n);
  }
}
