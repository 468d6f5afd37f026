// Honest matching over one sharded index: which documents satisfy every part of a query
// (query.js parseQuery), which only some, and how close together the words are.
//
// lunr scores every document holding any of the query's terms (ShardedIndex.run, all clauses
// optional: the same cosine lunr gives a document that holds them all). Then, per document:
// a part is satisfied by an alternative whose terms it holds (a phrase: next to each other in
// one field, from the positions files); `full` when every part is. Full matches of a query of
// several parts get a tier: 0 when the words stand together as typed (a phrase), 1 when they
// are within a few words, 2 otherwise; results sort by tier, then score.

const NEAR = 8; // words: "within a few words" for tier 1

// positions: term -> per field Map(doc -> [positions]) (null: not in the index).
function phraseAt(positions, terms, f, doc) {
  const lists = terms.map((t) => positions.get(t)?.[f]?.get(doc));
  if (lists.some((l) => !l)) return null;
  const rest = lists.slice(1).map((l) => new Set(l));
  return lists[0].find((p) => rest.every((set, i) => set.has(p + i + 1))) ?? null;
}

// The smallest span (last position - first) holding one position of each list.
function span(lists) {
  const pointers = lists.map(() => 0);
  let best = Infinity;
  for (;;) {
    let low = 0;
    let high = 0;
    let lowList = 0;
    lists.forEach((list, i) => {
      const value = list[pointers[i]];
      if (i === 0 || value < low) [low, lowList] = [value, i];
      if (i === 0 || value > high) high = value;
    });
    best = Math.min(best, high - low);
    pointers[lowList]++;
    if (pointers[lowList] >= lists[lowList].length) return best;
  }
}

export async function evaluate(index, parts, clauses) {
  const { results, found } = await index.run(clauses);
  const expansions = new Map(); // clause key -> index terms it expanded to
  clauses.forEach((clause, c) => expansions.set(`${clause.term}${clause.wildcard ? "*" : ""}`, found[c]));
  const exists = (term, wildcard) => (expansions.get(`${term}${wildcard ? "*" : ""}`) || []).length > 0;
  const known = parts.map((part) =>
    part.alternatives.some((alt) => alt.terms.every((t) => exists(t, alt.wildcard))),
  );
  const fields = index.manifest.fields;
  const tagField = fields.indexOf("tags");
  // Positions: for phrases, and for the proximity of a query of several parts.
  const wanted = new Set();
  for (const part of parts) {
    for (const alt of part.alternatives) {
      const plainWord = parts.length > 1 && alt.terms.length === 1 && !alt.wildcard && !alt.terms[0].startsWith("=");
      if ((alt.phrase || plainWord) && alt.terms.every((t) => exists(t, false))) {
        alt.terms.forEach((t) => wanted.add(t));
      }
    }
  }
  const positions = new Map();
  if (results.length && wanted.size) {
    const loaded = await Promise.all([...wanted].map((t) => index.positions(t)));
    [...wanted].forEach((t, n) => positions.set(t, loaded[n]));
  }

  const hits = new Map();
  // One word (the commonest search): every document lunr found holds it, and its matched
  // terms are the word's (or, typed as a prefix, the words it expands to).
  const single = parts.length === 1 && parts[0].alternatives.length === 1 ? parts[0].alternatives[0] : null;
  if (single && !single.phrase && single.terms.length === 1) {
    const listed = new Map(); // results share their Sets of terms (ShardedIndex.run): one list each
    for (const r of results) {
      let terms = listed.get(r.terms);
      if (!terms) listed.set(r.terms, (terms = [...r.terms]));
      const tagOnly = tagField >= 0 && !r.fields.some((set, f) => f !== tagField && set);
      hits.set(r.ref, {
        score: r.score, terms, phrases: [], via: single.via ? [single.via] : [], satisfied: 1, missing: [],
        tagTerms: tagOnly ? terms : null, loose: false, full: true, tier: 0,
      });
    }
    return { hits, known };
  }
  for (const r of results) {
    const doc = r.ref;
    // One plain object a document (thousands for a common word): arrays, not Sets, and the
    // same shape for every hit.
    const hit = { score: r.score, terms: [], phrases: [], via: [], satisfied: 0, missing: [], tagTerms: null, loose: false, full: false, tier: 0 };
    const anchors = [];
    for (const part of parts) {
      let done = null;
      for (const alt of part.alternatives) {
        if (alt.phrase) {
          for (let f = 0; f < fields.length && !done; f++) {
            const at = phraseAt(positions, alt.terms, f, doc);
            if (at !== null) done = { alt, anchor: { f, at, length: alt.terms.length } };
          }
        } else {
          const matched = alt.terms.map((t) => (alt.wildcard ? [...r.terms].filter((m) => m.startsWith(t)) : r.terms.has(t) ? [t] : []));
          if (matched.every((m) => m.length)) done = { alt, matched: matched.flat() };
        }
        if (done) break;
      }
      if (!done) {
        hit.missing.push(part.raw);
        continue;
      }
      hit.satisfied++;
      const { alt } = done;
      if (alt.phrase) hit.phrases.push(alt.terms);
      else for (const t of done.matched) if (!t.startsWith("=") && !hit.terms.includes(t)) hit.terms.push(t);
      if (alt.highlight) hit.phrases.push(...alt.highlight);
      if (alt.via && !hit.via.includes(alt.via)) hit.via.push(alt.via);
      if (alt.loose) hit.loose = true; // a glossary term's words, but apart
      // Found only in the tags (a theme's label or synonym): say which, on the result.
      if (!alt.phrase && tagField >= 0) {
        const elsewhere = done.matched.some((t) => r.fields.some((set, f) => f !== tagField && set && set.has(t)));
        if (!elsewhere) hit.tagTerms = [...(hit.tagTerms || []), ...done.matched];
      }
      anchors.push(done.anchor || (alt.terms.length === 1 && !alt.wildcard && !alt.terms[0].startsWith("=") ? { term: alt.terms[0] } : null));
    }
    if (!hit.satisfied) continue; // holds a term, but satisfies no part (a phrase's words apart)
    hit.full = hit.satisfied === parts.length;
    hit.tier = hit.full ? Math.max(tier(anchors, positions, fields.length, doc), hit.loose ? 2 : 0) : 3;
    hits.set(doc, hit);
  }
  return { hits, known };
}

// 0: the parts stand together in query order; 1: within NEAR words; 2: further apart.
function tier(anchors, positions, fieldCount, doc) {
  const usable = anchors.filter(Boolean);
  if (anchors.length < 2 || usable.length < 2) return 0;
  let best = 2;
  for (let f = 0; f < fieldCount; f++) {
    const lists = usable.map((a) => (a.term ? positions.get(a.term)?.[f]?.get(doc) : a.f === f ? [a.at] : null));
    if (lists.some((l) => !l || !l.length)) continue;
    // In order and next to each other: each part right after the previous one.
    const lengths = usable.map((a) => a.length || 1);
    const sets = lists.map((l) => new Set(l));
    const together = lists[0].some((p) => {
      let at = p + lengths[0];
      for (let i = 1; i < sets.length; i++) {
        if (!sets[i].has(at)) return false;
        at += lengths[i];
      }
      return true;
    });
    if (together) return 0;
    if (span(lists) <= NEAR) best = 1;
  }
  return best;
}

// Sort: full before partial, then tier, then more parts satisfied, then score.
export function compareHits(a, b) {
  return (
    (b.full - a.full) ||
    (a.tier - b.tier) ||
    (b.satisfied - a.satisfied) ||
    (b.score - a.score)
  );
}
