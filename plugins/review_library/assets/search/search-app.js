// The /search/ page: query box, facets with counts, results, URL state.
//
// Results come from two sources, each a lunr index in term-range shards: the lessons
// (lessons-source.js: titles, tags, summaries, learning points, recommendations, questions;
// it also provides the facets and the result text) and the full text of the reports
// (fulltext-source.js: one document per section). The query is parsed once (query.js:
// quoted phrases, hyphenated words, glossary acronyms and expansions) and each source answers
// `search(parts)` with {hits: Map(review number -> hit), known} (match.js). A review is a
// result when its lessons, or one section of its report, hold every part; only when none
// does are the reviews holding some parts listed, labelled as partial matches.

import { highlighted, matchCount, snippet } from "./highlight.js";
import { compareHits } from "./match.js";
import { stem } from "./query.js";
import { engineFor, PAGE } from "./engine.js";
import { readState, stateQuery, writeState } from "./search-state.js";
import { runThemeScripts } from "./theme-later.js";

const TYPING_DELAY = 200;
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
  "September", "October", "November", "December"];

const root = document.getElementById("rl-search");
const PHONE = "(max-width: 59.99em)";

const el = (tag, attrs = {}, ...children) => {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (key === "class") node.className = value;
    else if (key === "text") node.textContent = value;
    else node.setAttribute(key, value);
  }
  node.append(...children);
  return node;
};

const plural = (n, word) => `${n} ${word}${n === 1 ? "" : "s"}`;

// Phases of the first search, for tests/benchmarks/search_profile.py (each marked once).
const marked = new Set();
const phase = (name) => {
  if (!marked.has(name)) {
    marked.add(name);
    performance.mark(`rl-${name}`);
  }
};

class SearchPage {
  constructor(container, engine) {
    this.root = container;
    this.engine = engine;
    this.lessons = engine.lessons;
    this.text = engine.text;
    this.input = container.querySelector("#rl-q");
    this.form = container.querySelector("form");
    this.sort = container.querySelector("#rl-sort");
    this.status = container.querySelector("#rl-status");
    this.list = container.querySelector("[data-rl-results]");
    this.more = container.querySelector("[data-rl-more]");
    this.empty = container.querySelector("[data-rl-empty]");
    this.active = container.querySelector("[data-rl-active]");
    this.facetBox = container.querySelector("[data-rl-facets]");
    this.suggestion = container.querySelector("[data-rl-suggest]");
    this.partialLabel = container.querySelector("[data-rl-partial]");
    this.filters = container.querySelector("[data-rl-filters]");
    this.filterCount = container.querySelector("[data-rl-filter-count]");
    this.showResults = container.querySelector("[data-rl-show-results]");
    this.reviewsUrl = container.dataset.reviews;
    this.directoryUrls = container.dataset.directoryUrls !== "false";
    this.shown = [];
    this.generation = 0;
  }

  async start() {
    this.meta = await this.lessons.loadMeta();
    phase("meta");
    this.facetNames = this.meta.facets.map((f) => f.name);
    this.typeFacet = this.facetNames.indexOf("type");
    this.themeFacet = this.facetNames.indexOf("theme");
    this.all = this.meta.docs.map((_, n) => n);
    this.state = readState(this.facetNames);
    this.syncControls();
    this.bind();
    // On a phone the filters are folded behind one button (with the number in force), so the
    // results start on the first screen.
    if (window.matchMedia(PHONE).matches) this.filters.open = false;
    this.root.hidden = false;
    await this.render();
  }

  bind() {
    let timer = null;
    this.input.addEventListener("focus", () => this.prepare(), { once: true });
    this.input.addEventListener("input", () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        this.state.q = this.input.value;
        writeState(this.state, this.facetNames);
        this.render();
      }, TYPING_DELAY);
    });
    this.form.addEventListener("submit", (event) => {
      event.preventDefault();
      clearTimeout(timer);
      this.state.q = this.input.value;
      writeState(this.state, this.facetNames, { push: true });
      this.render({ partial: false });
    });
    this.sort.addEventListener("change", () => {
      this.state.sort = this.sort.value;
      this.commit();
    });
    this.more.addEventListener("click", () => this.showMore(true));
    this.showResults.addEventListener("click", () => {
      this.filters.open = false;
      this.filters.querySelector("summary").focus({ preventScroll: true });
      this.root.querySelector("#rl-results-heading").scrollIntoView();
    });
    window.addEventListener("popstate", () => {
      this.state = readState(this.facetNames);
      this.syncControls();
      this.render();
    });
  }

  // Load every source's manifest and the glossary (on first focus, or when the URL has a query).
  prepare() {
    return this.engine.prepare();
  }

  commit() {
    writeState(this.state, this.facetNames, { push: true });
    this.render();
  }

  syncControls() {
    this.input.value = this.state.q;
    this.sort.value = this.state.sort;
    this.syncFacets();
    this.countFilters();
  }

  syncFacets() {
    for (const box of this.facetBox.querySelectorAll("input[type=checkbox]")) {
      box.checked = (this.state.filters[box.name] || []).includes(box.value);
    }
    for (const details of this.facetBox.querySelectorAll("details")) {
      if ((this.state.filters[details.dataset.facet] || []).length) details.open = true;
    }
  }

  buildFacets() {
    this.facetItems = {};
    // One listener for every box (a library has a few hundred facet values).
    this.facetBox.addEventListener("change", ({ target }) => {
      if (target.type === "checkbox") this.toggle(target.name, target.value, target.checked);
    });
    for (const facet of this.meta.facets) {
      const items = [];
      const list = el("ul", { class: "rl-facet__values" });
      facet.values.forEach(([key, label], n) => {
        const id = `rl-f-${facet.name}-${n}`;
        const box = el("input", { type: "checkbox", id, name: facet.name, value: key });
        const count = el("span", { class: "rl-facet__count" });
        const item = el("li", {}, box, el("label", { for: id }, `${label} `, count));
        items.push({ item, count, box });
        list.append(item);
      });
      const selected = el("span", { class: "rl-facet__selected" });
      const none = el("p", { class: "rl-facet__none", text: "None in these results." });
      const details = el(
        "details",
        { class: "rl-facet", "data-facet": facet.name },
        el("summary", {}, facet.label, selected),
        el("fieldset", {}, el("legend", { class: "rl-visually-hidden", text: facet.label }), list, none),
      );
      this.facetItems[facet.name] = { items, selected, none };
      this.facetBox.append(details);
    }
  }

  toggle(name, key, on) {
    const values = new Set(this.state.filters[name] || []);
    if (on) values.add(key);
    else values.delete(key);
    if (values.size) this.state.filters[name] = [...values].sort();
    else delete this.state.filters[name];
    this.commit();
  }

  label(name, key) {
    const facet = this.meta.facets[this.facetNames.indexOf(name)];
    const value = facet.values.find((v) => v[0] === key);
    return value ? value[1] : key;
  }

  // Hits for the query from every source (engine.js): {mode, hits, parts, known}.
  async search(partial) {
    const found = await this.engine.search(this.state.q, partial);
    phase("searched");
    return found;
  }

  // Per facet, the value numbers its filter wants (null: no filter on that facet).
  wantedValues() {
    return this.meta.facets.map((facet) => {
      const wanted = this.state.filters[facet.name];
      if (!wanted || !wanted.length) return null;
      return new Set(facet.values.flatMap(([key], v) => (wanted.includes(key) ? [v] : [])));
    });
  }

  // Which facet's filter review n fails: -1 none, f when f is the only one, -2 two or more.
  // A review is a result when it fails none; it counts in facet f's counts when it fails at
  // most f's own filter.
  failed(n, wanted) {
    const row = this.meta.docs[n];
    let failed = -1;
    for (let f = 0; f < wanted.length; f++) {
      const values = wanted[f];
      if (values === null || row[f].some((v) => values.has(v))) continue;
      if (failed !== -1) return -2;
      failed = f;
    }
    return failed;
  }

  async render({ partial = true } = {}) {
    const generation = ++this.generation;
    const { mode, hits, parts, known } = await this.search(partial);
    if (generation !== this.generation) return; // a newer render is under way
    const candidates = hits ? this.all.filter((n) => hits.has(n)) : this.all;
    const wanted = this.wantedValues();
    const failed = wanted.some(Boolean) ? candidates.map((n) => this.failed(n, wanted)) : null;
    const results = failed ? candidates.filter((_, i) => failed[i] === -1) : candidates.slice();
    if (hits && this.state.sort === "relevance") {
      results.sort((a, b) => compareHits(hits.get(a), hits.get(b)) || a - b);
    } // the catalogue order is already newest first
    this.hits = hits;
    this.updateActive();
    this.results = results;
    this.shown = 0;
    // The new results replace the old ones only once their text has arrived, and the live
    // region speaks after that: what it announces is on the page. The facet counts follow
    // (the first result does not wait for them).
    if (!(await this.showMore(false, true))) return;
    if (!this.facetItems) {
      // Built after the first results are drawn: a few hundred boxes they need not wait for.
      this.buildFacets();
      this.syncFacets();
      phase("facets");
    }
    this.updateFacets(candidates, failed);
    this.partialLabel.hidden = !(mode === "any" && results.length);
    await Promise.all([this.showEmpty(mode, results.length, hits), this.showSuggestion(parts, known)]);
    if (generation !== this.generation) return;
    this.announce(mode, results.length, hits);
    phase("settled"); // the first search's results, facet counts and status all in place
  }

  // Counts per facet value among the candidates that pass the other facets' filters
  // (failed: per candidate, as failed() says; null when no filter is in use).
  updateFacets(candidates, failed) {
    const counts = this.meta.facets.map((facet) => new Array(facet.values.length).fill(0));
    candidates.forEach((n, i) => {
      const fails = failed ? failed[i] : -1;
      if (fails === -2) return;
      this.meta.docs[n].forEach((values, f) => {
        if (fails === -1 || fails === f) for (const v of values) counts[f][v]++;
      });
    });
    this.meta.facets.forEach((facet, f) => {
      const { items, selected, none } = this.facetItems[facet.name];
      let visible = 0;
      items.forEach(({ item, count, box }, v) => {
        box.checked = (this.state.filters[facet.name] || []).includes(box.value);
        count.textContent = `(${counts[f][v]})`;
        item.hidden = counts[f][v] === 0 && !box.checked;
        if (!item.hidden) visible++;
      });
      none.hidden = visible > 0;
      const chosen = (this.state.filters[facet.name] || []).length;
      selected.textContent = chosen ? ` (${chosen} selected)` : "";
    });
    this.countFilters();
  }

  // The filter button's count, and its "Show N results" button (phones).
  countFilters() {
    const count = this.facetNames.reduce((n, name) => n + (this.state.filters[name] || []).length, 0);
    this.filterCount.textContent = count ? ` (${count} in use)` : "";
    if (this.results) this.showResults.textContent = `Show ${plural(this.results.length, "result")}`;
  }

  // The filters in force, each a button that removes it.
  updateActive() {
    this.active.replaceChildren();
    const chosen = this.facetNames.flatMap((name) => (this.state.filters[name] || []).map((key) => [name, key]));
    if (!chosen.length) return;
    const list = el("ul", { class: "rl-search__chips", "aria-label": "Filters in use" });
    for (const [name, key] of chosen) {
      const facet = this.meta.facets[this.facetNames.indexOf(name)];
      const button = el("button", { type: "button", class: "rl-chip" }, `${facet.label}: ${this.label(name, key)}`);
      button.append(el("span", { class: "rl-visually-hidden", text: " (remove this filter)" }), el("span", { "aria-hidden": "true", text: " ×" }));
      button.addEventListener("click", () => {
        this.toggle(name, key, false);
        this.input.focus();
      });
      list.append(el("li", {}, button));
    }
    const clear = el("button", { type: "button", class: "rl-chip rl-chip--clear", text: "Clear all filters" });
    clear.addEventListener("click", () => {
      this.state.filters = {};
      this.commit();
      this.input.focus();
    });
    list.append(el("li", {}, clear));
    this.active.append(list);
  }

  announce(mode, count, hits) {
    const q = this.state.q.trim();
    const filters = this.facetNames.reduce((n, name) => n + (this.state.filters[name] || []).length, 0);
    const filtered = filters ? ` with ${plural(filters, "filter")}` : "";
    let text;
    if (!hits) text = `${plural(count, "review")}${filtered ? filtered : " in the library"}, newest first.`;
    else if (mode === "any" && count) text = `No review contains every word of “${q}”. Partial matches: ${plural(count, "review")}${filtered} contain some of them.`;
    else text = `${count ? plural(count, "review") : "No reviews"} match${count === 1 ? "es" : ""} “${q}”${filtered}.`;
    this.status.textContent = text;
  }

  async showEmpty(mode, count, hits) {
    this.empty.replaceChildren();
    this.empty.hidden = count > 0;
    if (count > 0) return;
    const q = this.state.q.trim();
    const tips = el("ul", { class: "rl-search__tips" });
    const chosen = this.facetNames.flatMap((name) => (this.state.filters[name] || []).map((key) => [name, key]));
    if (chosen.length && hits && hits.size) {
      tips.append(el("li", { text: `${plural(hits.size, "review")} match “${q}” without the filters: remove a filter above, or clear them all.` }));
    } else if (chosen.length) {
      tips.append(el("li", { text: "Remove a filter above, or clear them all." }));
    }
    if (hits && mode === "none") {
      tips.append(el("li", { text: "Check the spelling, use fewer words, or try a broader term (a theme name, an agency)." }));
    }
    this.empty.append(el("p", { class: "rl-search__empty-title", text: `No reviews match${q ? ` “${q}”` : ""}${chosen.length ? " with these filters" : ""}.` }), tips);
  }

  // "Did you mean": the query with each word that no index holds replaced by the closest
  // word of the lessons or the glossary, as a link to that search.
  async showSuggestion(parts, known) {
    this.suggestion.replaceChildren();
    this.suggestion.hidden = true;
    if (!parts) return;
    const generation = this.generation;
    const glossaryWords = (this.engine.glossary || []).flatMap(([, expansion, , , acronyms]) => [
      ...acronyms, ...expansion.split(/[^\p{L}]+/u).filter((w) => w.length > 3),
    ]);
    let q = this.state.q.trim();
    let changed = false;
    for (const [i, part] of parts.entries()) {
      if (known[i] || !/^[\p{L}]+$/u.test(part.raw)) continue;
      const [near] = await this.lessons.nearbyTerms(part.raw, glossaryWords);
      if (!near) continue;
      q = q.replace(part.raw, near);
      changed = true;
    }
    if (!changed || generation !== this.generation) return;
    const link = el("a", { href: stateQuery({ ...this.state, q }, this.facetNames) || "?" }, q);
    link.addEventListener("click", (event) => {
      event.preventDefault();
      this.state.q = q;
      this.syncControls();
      this.commit();
    });
    this.suggestion.append("Did you mean ", link, "?");
    this.suggestion.hidden = false;
  }

  // Adds the next page of results (or replaces the list); false if a newer render won.
  async showMore(moveFocus, replace = false) {
    // "Show more" pressed again while its batch loads would add the same batch twice.
    if (!replace && this.adding) return true;
    this.adding = !replace;
    try {
      return await this.addBatch(moveFocus, replace);
    } finally {
      if (!replace) this.adding = false;
    }
  }

  async addBatch(moveFocus, replace) {
    const batch = this.results.slice(this.shown, this.shown + PAGE);
    const generation = this.generation;
    const hits = this.hits;
    // Per result: its result file and, for a match in the report, the section's passage.
    const loads = batch.map((n) => {
      const hit = hits && hits.get(n);
      const section = hit && hit.section !== undefined ? this.text.section(hit.section) : null;
      return Promise.all([this.lessons.display(n), section]);
    });
    // Into an empty list (the first search) each result is drawn, in order, as soon as its
    // file and those of the results above it have arrived: the first result does not wait
    // for the tenth. Otherwise a new search's results replace the old ones all at once.
    const progressive = replace && !this.list.children.length;
    const items = [];
    for (const [i, loading] of loads.entries()) {
      const [text, section] = await loading;
      if (generation !== this.generation) return false;
      items.push(this.resultItem(batch[i], text, section));
      if (progressive) {
        this.list.append(items[i]);
        if (i === 0) this.firstResult();
      }
    }
    phase("texts");
    if (replace && !progressive) this.list.replaceChildren(...items);
    else if (!replace) this.list.append(...items);
    if (items.length) this.firstResult();
    this.shown += batch.length;
    const left = this.results.length - this.shown;
    this.more.hidden = left <= 0;
    this.more.textContent = `Show ${Math.min(PAGE, left)} more (${this.shown} of ${this.results.length} shown)`;
    if (moveFocus && items.length) items[0].querySelector("a").focus();
    return true;
  }

  // The moment the page's first result is on the page (tests/benchmarks: time to it).
  firstResult() {
    if (this.marked) return;
    this.marked = true;
    performance.mark("rl-first-result");
    document.documentElement.dataset.rlFirstResult = String(performance.now());
  }

  reviewUrl(id) {
    return `${this.reviewsUrl}${id}${this.directoryUrls ? "/" : ".html"}`;
  }

  resultItem(n, text, section) {
    const facets = this.meta.docs[n];
    const hit = this.hits && this.hits.get(n);
    const terms = hit ? hit.terms : new Set();
    const phrases = hit ? hit.phrases : [];
    const mark = (t) => highlighted(t, terms, phrases);
    const [id, title, partnership, published, summary, points, recommendations, faq, themes = []] = text;
    const [year, month] = published.split("-").map(Number);
    const type = this.meta.facets[this.typeFacet].values[facets[this.typeFacet][0]][1];
    const url = this.reviewUrl(id);
    const item = el(
      "li",
      { class: "rl-result" },
      el("h3", { class: "rl-result__title" }, el("a", { href: url }, mark(title))),
      el("p", { class: "rl-result__meta", text: `${type} · ${partnership} · ${MONTHS[month - 1]} ${year}` }),
    );
    if (hit && !hit.full) {
      item.append(el("p", { class: "rl-result__partial", text: `Partial match: does not contain ${hit.missing.map((m) => `“${m}”`).join(", ")}.` }));
    }
    // Why it matched, when not through the words as typed: the glossary, a theme's synonym.
    const why = hit ? [...hit.via] : [];
    // A theme synonym holding the most of the words found only among the themes (a theme's
    // own label is on the result already).
    const tagTerms = new Set(hit?.tagTerms || []);
    if (tagTerms.size) {
      const names = themes.flatMap(([label, synonyms]) => [[label, label, 1], ...synonyms.map((name) => [label, name, 0])]);
      const counts = names.map(([, name]) => matchCount(name, tagTerms));
      const most = Math.max(0, ...counts);
      names.forEach(([label, name, own], i) => {
        if (most && counts[i] === most && !own) why.push(`theme “${label}” (${name})`);
      });
      // Not a theme's: an agency or the review type, which the result does not list.
      if (!most) {
        for (const name of ["agency", "type"]) {
          const f = this.facetNames.indexOf(name);
          for (const v of f >= 0 ? facets[f] : []) {
            const label = this.meta.facets[f].values[v][1];
            if (matchCount(label, tagTerms)) why.push(`${name === "type" ? "review type" : "agency"} “${label}”`);
          }
        }
      }
    }
    if (why.length) {
      item.append(el("p", { class: "rl-result__why" }, "Matched: ", mark(why.join("; "))));
    }
    item.append(el("p", { class: "rl-result__summary" }, mark(summary)));
    if (this.themeFacet >= 0) {
      const labels = facets[this.themeFacet].map((v) => this.meta.facets[this.themeFacet].values[v][1]);
      item.append(el("p", { class: "rl-result__themes" }, "Themes: ", mark(labels.join(", "))));
    }
    const lesson = hit && this.bestLesson(points, recommendations, faq, terms, phrases);
    if (lesson) {
      item.append(
        el(
          "p",
          { class: "rl-result__lesson" },
          el("a", { class: "rl-result__kind", href: `${url}${lesson.anchor}` }, lesson.kind),
          " ",
          mark(lesson.text),
        ),
      );
    }
    if (section) {
      const [heading, anchor, body] = section;
      const where = heading ? `In the report, “${heading}”:` : "In the report:";
      item.append(
        el(
          "p",
          { class: "rl-result__lesson rl-result__report" },
          el("a", { class: "rl-result__kind", href: anchor ? `${url}#${anchor}` : url }, where),
          " ",
          mark(snippet(body, terms, phrases)),
        ),
      );
    }
    return item;
  }

  // The learning point, recommendation or FAQ answer with the most query words.
  bestLesson(points, recommendations, faq, terms, phrases) {
    const candidates = [
      ...points.map((t) => ({ kind: "Learning point:", anchor: "#learning-points", text: t })),
      ...recommendations.map(([rid, t]) => ({ kind: `Recommendation ${rid}:`, anchor: "#recommendations", text: t })),
      ...faq.map(([q, a]) => ({ kind: "Question:", anchor: "", text: `${q} ${a}` })),
    ];
    let best = null;
    let bestCount = 0;
    for (const candidate of candidates) {
      const count = matchCount(candidate.text, terms, phrases);
      if (count > bestCount) [best, bestCount] = [candidate, count];
    }
    return best;
  }
}

if (root) {
  phase("script");
  const engine = engineFor(root.dataset.data);
  const page = new SearchPage(root, engine);
  page
    .start()
    .catch((error) => {
      root.hidden = false;
      root.querySelector("#rl-status").textContent =
        "Search could not load. Reload the page, or find reviews by theme or on the browse pages.";
      console.error(error);
    })
    // The theme's scripts once the first results, facets and status are in place, or the
    // search has failed (review_library/search.html holds them back until then).
    .finally(() => runThemeScripts());
  // Start fetching the index at once when the URL already holds a query.
  if (new URLSearchParams(window.location.search).get("q")) page.prepare().catch(() => {});
  window.reviewLibrarySearch = { stem, lessons: engine.lessons, text: engine.text, page };
}
