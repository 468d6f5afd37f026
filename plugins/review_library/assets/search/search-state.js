// The search state and the URL: ?q=...&theme=a&theme=b&type=...&sort=newest
// Shareable, and the back button restores each committed state.

export const SORTS = ["relevance", "newest"];

export function readState(facetNames, search = window.location.search) {
  const params = new URLSearchParams(search);
  const filters = {};
  for (const name of facetNames) {
    const values = params.getAll(name).filter(Boolean);
    if (values.length) filters[name] = [...new Set(values)].sort();
  }
  const sort = params.get("sort");
  return { q: params.get("q") || "", filters, sort: SORTS.includes(sort) ? sort : "relevance" };
}

export function stateQuery(state, facetNames) {
  const params = new URLSearchParams();
  if (state.q.trim()) params.set("q", state.q.trim());
  for (const name of facetNames) {
    for (const value of state.filters[name] || []) params.append(name, value);
  }
  if (state.sort !== "relevance") params.set("sort", state.sort);
  const text = params.toString();
  return text ? `?${text}` : "";
}

// push: a new history entry (filters, sort, submitted query); otherwise replace (typing).
export function writeState(state, facetNames, { push = false } = {}) {
  const url = `${window.location.pathname}${stateQuery(state, facetNames)}`;
  if (url === `${window.location.pathname}${window.location.search}`) return;
  if (push) window.history.pushState(null, "", url);
  else window.history.replaceState(null, "", url);
}
