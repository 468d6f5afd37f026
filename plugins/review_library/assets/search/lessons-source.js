// The lessons source: the prebuilt lunr index of every review's summary, learning points,
// recommendations, FAQ, title and tags, plus the metadata that results and facets need.
//
// A source answers `query(text)` with hits keyed by review id: {score, terms}. `terms` are the
// index terms (stems) that matched, for highlighting. Another source (issue 7: full text of
// report bodies, in shards) implements the same two methods and is registered in search-app.js.

/* global lunr */

const json = async (url) => {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return response.json();
};

// Query words as lunr sees them: tokenised, trimmed, without stop words.
export function queryWords(text) {
  return lunr
    .tokenizer(text)
    .map((token) => lunr.trimmer(token))
    .filter((token) => token && token.toString() && lunr.stopWordFilter(token))
    .map((token) => token.toString());
}

export const stem = (word) => lunr.stemmer(new lunr.Token(word)).toString();

// lunr.py's packed index (see review_library/search/index.py) back into lunr's own format.
function unpack(packed) {
  const invertedIndex = packed.terms.map((term, position) => {
    const posting = { _index: position };
    for (const field of packed.fields) posting[field] = {};
    return [term, posting];
  });
  const fieldVectors = [];
  packed.fields.forEach((field, f) => {
    packed.vectors[f].forEach((flat, ref) => {
      const elements = [];
      let position = 0;
      for (let i = 0; i < flat.length; i += 2) {
        position += flat[i];
        elements.push(position, flat[i + 1] / packed.scale);
        invertedIndex[position][1][field][ref] = {};
      }
      fieldVectors.push([`${field}/${ref}`, elements]);
    });
  });
  return {
    version: packed.version,
    fields: packed.fields,
    fieldVectors,
    invertedIndex,
    pipeline: packed.pipeline,
  };
}

export class LessonsSource {
  constructor(dataUrl) {
    this.name = "lessons";
    this.dataUrl = dataUrl;
    this.chunks = new Map();
    this.index = null;
  }

  // Facets and result metadata: enough to list and filter without a query.
  async loadMeta() {
    this.meta = await json(`${this.dataUrl}lessons-meta.json`);
    this.byId = new Map(this.meta.docs.map((row, n) => [row[0], n]));
    return this.meta;
  }

  async ready() {
    if (!this.index) {
      this.indexPromise ??= json(`${this.dataUrl}lessons-index.json`).then((packed) => {
        this.index = lunr.Index.load(unpack(packed));
      });
      await this.indexPromise;
    }
  }

  // Every word must match (the last one may be a prefix, as typed); if nothing has them all,
  // any word will do, and `mode` says so.
  query(text, { partial = true } = {}) {
    const words = queryWords(text);
    if (!words.length) return { mode: "empty", hits: new Map() };
    const run = (presence) =>
      this.index.query((q) => {
        words.forEach((word, n) => {
          const last = n === words.length - 1 && partial && word.length >= 3;
          q.term(stem(word), {
            presence,
            usePipeline: false,
            wildcard: last ? lunr.Query.wildcard.TRAILING : lunr.Query.wildcard.NONE,
          });
        });
      });
    let mode = "all";
    let results = run(lunr.Query.presence.REQUIRED);
    if (!results.length && words.length > 1) {
      mode = "any";
      results = run(lunr.Query.presence.OPTIONAL);
    }
    const hits = new Map();
    for (const result of results) {
      const id = this.meta.docs[Number(result.ref)][0];
      hits.set(id, { score: result.score, terms: new Set(Object.keys(result.matchData.metadata)) });
    }
    return { mode: hits.size ? mode : "none", hits };
  }

  // Index terms close to a word (one or two edits), most common first: "did you mean".
  nearbyTerms(word) {
    const counts = new Map();
    for (const distance of [1, 2]) {
      const results = this.index.query((q) =>
        q.term(stem(word), { usePipeline: false, editDistance: distance }),
      );
      for (const result of results) {
        for (const term of Object.keys(result.matchData.metadata)) {
          counts.set(term, (counts.get(term) || 0) + 1);
        }
      }
      if (counts.size) break;
    }
    return [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map((e) => e[0]);
  }

  // The text shown for a result: [summary, learningPoints, [[id, text]], [[q, a]]].
  async display(id) {
    const n = this.byId.get(id);
    const chunk = Math.floor(n / this.meta.chunk);
    if (!this.chunks.has(chunk)) {
      this.chunks.set(chunk, json(`${this.dataUrl}lessons-store-${chunk}.json`));
    }
    return (await this.chunks.get(chunk))[n % this.meta.chunk];
  }
}
