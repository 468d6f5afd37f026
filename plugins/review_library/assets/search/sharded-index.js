// A lunr index in term-range shards (review_library/search/shards.py), queried with lunr
// 2.3.9's own scoring, fetching only the shards that hold the query's terms.
//
// lunr scores a document by the cosine of the query vector (one entry per index term a clause
// expands to, its clause boosts added) with each field vector of the document, summed over the
// fields; a field vector holds, per term, the BM25 weight
//   idf * ((k1 + 1) * tf) / (k1 * (1 - b + b * (length / average)) + tf) * boost,
// rounded to 3 decimals. The shards carry tf, the manifest the field lengths, and the weights
// are computed here with lunr's expression, in lunr's order of operations: the same numbers a
// lunr index of the same documents holds. The query semantics (required and optional clauses,
// trailing wildcards, the order of equal scores) follow lunr.Index.prototype.query.

const K1 = 1.2;
const B = 0.75;

// A file the page's head started fetching and parsing (review_library/search.html) is taken
// from there.
export const json = async (url) => {
  const early = window.reviewLibraryEarly;
  const key = new URL(url, document.baseURI).href;
  const started = early && early.get(key);
  if (started) {
    early.delete(key); // taken once; a second call fetches again
    return started;
  }
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return response.json();
};

// The shard that holds a term (if any does): the last whose first term (a manifest's
// `shards`) is not after it.
function shardOf(firsts, term) {
  let low = 0;
  let high = firsts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (firsts[mid] <= term) low = mid;
    else high = mid - 1;
  }
  return low;
}

// Shards a clause needs: one for a term, a run of them for a prefix.
function shardsFor(firsts, clause) {
  if (!firsts.length) return [];
  const first = shardOf(firsts, clause.term);
  const last = clause.wildcard ? shardOf(firsts, `${clause.term}\uffff`) : first;
  const ks = [];
  for (let k = first; k <= last; k++) ks.push(k);
  return ks;
}

// The order lunr's TokenSet lists the terms a wildcard expands to: a term before its
// extensions, then later letters first (a depth-first walk that pushes edges in order).
function tokenSetOrder(a, b) {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    if (a[i] !== b[i]) return a[i] < b[i] ? 1 : -1;
  }
  return a.length - b.length;
}

export class ShardedIndex {
  constructor(url) {
    this.url = url;
    this.shards = new Map();
  }

  ready() {
    this.loading ??= json(`${this.url}manifest.json`).then((manifest) => this.init(manifest));
    return this.loading;
  }

  init(manifest) {
    this.manifest = manifest;
    this.fieldCount = manifest.fields.length;
    this.count = manifest.count;
    // lunr: k1 * (1 - b + b * (fieldLength / averageFieldLength)), per field and document.
    this.norms = manifest.lengths.map((lengths) => {
      let total = 0;
      for (let d = 0; d < lengths.length; d++) total += lengths[d];
      const average = total / this.count;
      // A plain loop: tens of thousands of sections, on the way to the first result.
      const norms = new Float64Array(lengths.length);
      for (let d = 0; d < lengths.length; d++) norms[d] = K1 * (1 - B + B * (lengths[d] / average));
      return norms;
    });
    return manifest;
  }

  // The shard that holds a term (if any does).
  shardOf(term) {
    return shardOf(this.manifest.shards, term);
  }

  shard(k) {
    if (!this.shards.has(k)) {
      const loading = json(`${this.url}shard-${k}.json`).then((data) => ({
        terms: data.terms,
        postings: data.postings,
        positions: new Map(data.terms.map((term, n) => [term, n])),
        decoded: new Map(),
      }));
      loading.catch(() => this.shards.delete(k)); // a failed fetch is retried next time
      this.shards.set(k, loading);
    }
    return this.shards.get(k);
  }

  shardsFor(clause) {
    return shardsFor(this.manifest.shards, clause);
  }

  // A term's postings per field: documents and their lunr weights.
  decode(shard, position) {
    if (shard.decoded.has(position)) return shard.decoded.get(position);
    const fields = shard.postings[position].map((flat) => {
      // Typed arrays: a common word's postings run to thousands of documents.
      const docs = new Int32Array(flat.length);
      const tfs = new Int32Array(flat.length);
      let n = 0;
      let doc = 0;
      for (let i = 0; i < flat.length; i++) {
        const value = flat[i];
        doc += value >> 2;
        let tf = (value & 3) + 1;
        if (tf === 4) tf = flat[++i];
        docs[n] = doc;
        tfs[n++] = tf;
      }
      return { docs: docs.subarray(0, n), tfs: tfs.subarray(0, n) };
    });
    // lunr.idf: the (field, document) pairs holding the term.
    let withTerm = 0;
    for (const field of fields) withTerm += field.docs.length;
    const x = (this.count - withTerm + 0.5) / (withTerm + 0.5);
    const idf = Math.log(1 + Math.abs(x));
    const entry = fields.map(({ docs, tfs }, f) => {
      const norm = this.norms[f];
      const boost = this.manifest.boosts[f];
      const weights = new Float64Array(docs.length);
      for (let i = 0; i < docs.length; i++) {
        const tf = tfs[i];
        let score = (idf * ((K1 + 1) * tf)) / (norm[docs[i]] + tf);
        score *= boost;
        weights[i] = Math.round(score * 1000) / 1000;
      }
      return { docs, tfs: fields[f].tfs, weights };
    });
    shard.decoded.set(position, entry);
    return entry;
  }

  // Positions of a term (shards.py: pos-<k>.json), per field: Map(doc -> [positions]).
  // Fetched only for queries of several words (phrases, proximity).
  async positions(term) {
    await this.ready();
    if (!this.manifest.shards.length) return null;
    const k = this.shardOf(term);
    const shard = await this.shard(k);
    const position = shard.positions.get(term);
    if (position === undefined) return null;
    if (!shard.places) {
      shard.places = json(`${this.url}pos-${k}.json`);
      shard.places.catch(() => { shard.places = null; });
    }
    const places = (await shard.places).positions[position];
    const fields = this.decode(shard, position);
    return fields.map(({ docs, tfs }, f) => {
      const flat = places[f];
      const byDoc = new Map();
      let at = 0;
      for (let i = 0; i < docs.length; i++) {
        const list = new Array(tfs[i]);
        let previous = 0;
        for (let j = 0; j < tfs[i]; j++) {
          previous += flat[at++];
          list[j] = previous;
        }
        byDoc.set(docs[i], list);
      }
      return byDoc;
    });
  }

  // The index terms a clause expands to, each with its postings, in lunr's order.
  async expand(clause) {
    const shards = await Promise.all(this.shardsFor(clause).map((k) => this.shard(k)));
    const found = [];
    for (const shard of shards) {
      if (!clause.wildcard) {
        const position = shard.positions.get(clause.term);
        if (position !== undefined) found.push({ term: clause.term, shard, position });
        continue;
      }
      for (const [term, position] of shard.positions) {
        if (term.startsWith(clause.term)) found.push({ term, shard, position });
      }
    }
    found.sort((a, b) => tokenSetOrder(a.term, b.term));
    return found.map(({ term, shard, position }) => ({ term, fields: this.decode(shard, position) }));
  }

  // clauses: [{term, wildcard, required}], terms already through lunr's pipeline.
  // Returns [{ref, score, terms, fields}] best first, as lunr.Index.prototype.query would
  // (fields[f]: the terms matched in field f, or null).
  async query(clauses) {
    return (await this.run(clauses)).results;
  }

  // query(), and per clause the index terms it expanded to (none: nowhere in this index).
  //
  // A common word is in tens of thousands of sections, so the field refs (doc * F + field)
  // are numbered in typed arrays rather than kept as keys of Maps of Sets, and the Sets of
  // matched terms a result carries are shared between the field refs and results that match
  // the same terms (never changed once made: a result's own Set is copied before it grows).
  async run(clauses) {
    await this.ready();
    const expanded = await Promise.all(clauses.map((clause) => this.expand(clause)));
    const F = this.fieldCount;
    const queryVector = new Map(); // term -> summed clause boosts (the same in every field)
    // Matching field refs in lunr's order (of first match): slot -> field ref, matched terms.
    const slotOf = new Int32Array(this.count * F).fill(-1);
    const keys = [];
    const matched = []; // a term, or an array of terms once a second one matches
    const seen = new Set();
    let required = null; // null: every document
    clauses.forEach((clause, c) => {
      const terms = expanded[c];
      if (!terms.length) {
        if (clause.required) required = new Set();
        return;
      }
      const clauseDocs = new Set();
      for (const { term, fields } of terms) {
        queryVector.set(term, (queryVector.get(term) || 0) + 1);
        fields.forEach(({ docs }, f) => {
          if (clause.required) for (const doc of docs) clauseDocs.add(doc);
          const termField = `${term}/${f}`;
          if (seen.has(termField)) return;
          seen.add(termField);
          for (let i = 0; i < docs.length; i++) {
            const key = docs[i] * F + f;
            const slot = slotOf[key];
            if (slot < 0) {
              slotOf[key] = keys.length;
              keys.push(key);
              matched.push(term);
            } else if (typeof matched[slot] === "string") matched[slot] = [matched[slot], term];
            else matched[slot].push(term);
          }
        });
      }
      if (clause.required) {
        required = required === null ? clauseDocs : new Set([...required].filter((d) => clauseDocs.has(d)));
      }
    });
    const found = expanded.map((terms) => terms.map((t) => t.term));
    if (!keys.length) return { results: [], found };
    let squares = 0;
    for (const boost of queryVector.values()) squares += boost * boost;
    const magnitude = Math.sqrt(squares);
    // Dot products of the query vector with every matching field vector.
    const entries = new Map(expanded.flat().map((entry) => [entry.term, entry]));
    const dots = new Float64Array(keys.length);
    for (const [term, boost] of queryVector) {
      entries.get(term).fields.forEach(({ docs, weights }, f) => {
        for (let i = 0; i < docs.length; i++) dots[slotOf[docs[i] * F + f]] += boost * weights[i];
      });
    }
    const sets = new Map(); // the shared Sets of matched terms, by their terms
    const shared = new Set();
    const setOf = (terms) => {
      const name = typeof terms === "string" ? terms : terms.join("\u0000");
      let set = sets.get(name);
      if (!set) {
        set = new Set(typeof terms === "string" ? [terms] : terms);
        sets.set(name, set);
        shared.add(set);
      }
      return set;
    };
    const resultOf = new Int32Array(this.count).fill(-1);
    const results = [];
    for (let slot = 0; slot < keys.length; slot++) {
      const key = keys[slot];
      const doc = Math.floor(key / F);
      if (required !== null && !required.has(doc)) continue;
      const score = dots[slot] / magnitude || 0;
      const f = key - doc * F;
      const terms = setOf(matched[slot]);
      const at = resultOf[doc];
      if (at >= 0) {
        const result = results[at];
        result.score += score;
        for (const t of terms) {
          if (result.terms.has(t)) continue;
          if (shared.has(result.terms)) result.terms = new Set(result.terms);
          result.terms.add(t);
        }
        result.fields[f] = terms;
      } else {
        const fields = new Array(F).fill(null);
        fields[f] = terms;
        resultOf[doc] = results.length;
        results.push({ ref: doc, score, terms, fields });
      }
    }
    return { results: results.sort((a, b) => b.score - a.score), found };
  }
}
