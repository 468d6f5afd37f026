// The full-text source: report bodies, one lunr document per section, in term-range shards
// (review_library/search/fulltext.py). A review's hit is its best section: the score, the
// matched terms, and the section, whose text (in the review's result file, result-text.js)
// gives the passage of a result on screen.

import { ShardedIndex } from "./sharded-index.js";
import { allOrAny } from "./query.js";
import { compareHits, evaluate } from "./match.js";
import { SECTIONS } from "./result-text.js";

export class FullTextSource {
  constructor(dataUrl, texts) {
    this.name = "text";
    this.url = `${dataUrl}text/`;
    this.index = new ShardedIndex(this.url);
    this.texts = texts;
  }

  async ready() {
    const manifest = await this.index.ready();
    if (!this.starts) {
      // Sections are numbered review by review: review n's are starts[n] .. starts[n+1]-1.
      this.starts = [0];
      for (const count of manifest.reviews) this.starts.push(this.starts.at(-1) + count);
    }
  }

  reviewOf(section) {
    let low = 0;
    let high = this.starts.length - 2;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.starts[mid] <= section) low = mid;
      else high = mid - 1;
    }
    return low;
  }

  // Ranked sections, as lunr would rank them: [{ref, score, terms}] (the equivalence test).
  async rank(text, { partial = true } = {}) {
    await this.ready();
    return allOrAny(this.index, text, partial);
  }

  async query(text, { partial = true } = {}) {
    const { mode, results } = await this.rank(text, { partial });
    const hits = new Map();
    for (const result of results) {
      const n = this.reviewOf(result.ref);
      if (!hits.has(n)) hits.set(n, { score: result.score, terms: result.terms, section: result.ref });
    }
    return { mode, hits };
  }

  // Per review, its best section for a parsed query (match.js): one holding every part if
  // any does, then the closest together, then the best scored.
  async search(parts, clauses) {
    await this.ready();
    const { hits, known } = await evaluate(this.index, parts, clauses);
    const byReview = new Map();
    for (const [ref, hit] of hits) {
      const n = this.reviewOf(ref);
      const best = byReview.get(n);
      if (!best || compareHits(hit, best) < 0) {
        hit.section = ref;
        byReview.set(n, hit);
      }
    }
    return { hits: byReview, known };
  }

  // [heading, anchor, text] of a section, from its review's result file.
  async section(ref) {
    await this.ready();
    const n = this.reviewOf(ref);
    return (await this.texts.get(n))[SECTIONS][ref - this.starts[n]];
  }
}
