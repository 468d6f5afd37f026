// Each review's result file (review_library/search/results.py): its lessons fields, then its
// report sections as [heading, anchor, text]. Fetched once, for a result on screen, by both
// sources: the lessons for the result itself, the full text for the passage of its section.

import { json } from "./sharded-index.js";

export const SECTIONS = 9; // where the sections are in a result file

export class ResultTexts {
  constructor(dataUrl) {
    this.dataUrl = dataUrl;
    this.files = new Map();
  }

  get(n) {
    if (!this.files.has(n)) {
      const loading = json(`${this.dataUrl}reviews/${n}.json`);
      loading.catch(() => this.files.delete(n)); // a failed fetch is retried next time
      this.files.set(n, loading);
    }
    return this.files.get(n);
  }
}
