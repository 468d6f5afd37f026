// The theme's scripts on the search page, run once the first search is on the page rather
// than before it. On a slow phone Material's script (parsed, compiled and run while the page
// is parsed, then its start-up on DOMContentLoaded) held the main thread for about a third of
// the time to the first result; the search page needs none of it before then (its header form
// and drawer work without script). review_library/search.html keeps the theme's <script> tags
// inert in a <template>; this runs them in their order, with their attributes.
//
// Material starts on DOMContentLoaded, which has fired by then: the listeners those scripts
// add for it are kept and called once they have all run, as the event would have (a synthetic
// event on the document would call every other listener a second time).

export function runThemeScripts(template = document.getElementById("rl-theme-scripts")) {
  if (!template || template.dataset.ran !== undefined) return Promise.resolve();
  template.dataset.ran = "";
  const starters = [];
  const own = Object.hasOwn(document, "addEventListener");
  const add = document.addEventListener;
  document.addEventListener = function (type, listener, options) {
    if (type === "DOMContentLoaded") starters.push(listener);
    else add.call(this, type, listener, options);
  };
  const run = async () => {
    for (const inert of template.content.querySelectorAll("script")) {
      const script = document.createElement("script");
      for (const { name, value } of inert.attributes) script.setAttribute(name, value);
      script.textContent = inert.textContent;
      // An inline script runs as it is added; one with a source, when it has loaded.
      const ran = script.src
        ? new Promise((done) => {
            script.addEventListener("load", done);
            script.addEventListener("error", done);
          })
        : null;
      document.body.append(script);
      await ran;
    }
  };
  return run().finally(() => {
    if (own) document.addEventListener = add;
    else delete document.addEventListener; // the prototype's method again
    const event = new Event("DOMContentLoaded");
    for (const listener of starters) {
      try {
        if (typeof listener === "function") listener.call(document, event);
        else listener?.handleEvent?.(event);
      } catch (error) {
        reportError(error); // one failing start-up does not stop the others
      }
    }
  });
}
