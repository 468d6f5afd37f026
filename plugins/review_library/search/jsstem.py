"""lunr.js 2.3.9's tokenizer split, trimmer and Porter stemmer, in Python, rule for rule.

The browser stems queries with lunr.js; the index must be stemmed the same way or a word is
not found. lunr.py's stemmer is a port of a different Porter implementation and disagrees on
about 1% of words ("days": lunr.py ``dai``, lunr.js ``day``), and lunr.py's trimmer treats
non-ASCII letters as word characters where lunr.js's ``\\W`` does not. So the build uses this
port; tests/test_search_stemmer.py runs both over the whole vocabulary of the example library
and a generated one and requires every word to agree.

JavaScript's regular expressions here are ASCII-only for ``\\W`` and ``\\s`` is Unicode
whitespace: both are spelt out below rather than left to Python's Unicode-aware classes.
"""

from __future__ import annotations

import re

# lunr.tokenizer.separator is /[\s\-]+/; JavaScript's \s is this set (ECMAScript WhiteSpace
# and LineTerminator), which differs from str.split()'s.
JS_SPACE = "\t\n\v\f\r \u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff"
SEPARATORS = re.compile(f"[{JS_SPACE}\\-]+")
_TRIM_START = re.compile(r"^[^A-Za-z0-9_]+")
_TRIM_END = re.compile(r"[^A-Za-z0-9_]+$")

_STEP2 = {
    "ational": "ate",
    "tional": "tion",
    "enci": "ence",
    "anci": "ance",
    "izer": "ize",
    "bli": "ble",
    "alli": "al",
    "entli": "ent",
    "eli": "e",
    "ousli": "ous",
    "ization": "ize",
    "ation": "ate",
    "ator": "ate",
    "alism": "al",
    "iveness": "ive",
    "fulness": "ful",
    "ousness": "ous",
    "aliti": "al",
    "iviti": "ive",
    "biliti": "ble",
    "logi": "log",
}
_STEP3 = {
    "icate": "ic",
    "ative": "",
    "alize": "al",
    "iciti": "ic",
    "ical": "ic",
    "ful": "",
    "ness": "",
}

_c = "[^aeiou]"
_v = "[aeiouy]"
_C = _c + "[^aeiouy]*"
_V = _v + "[aeiou]*"
_MGR0 = re.compile("^(" + _C + ")?" + _V + _C)
_MEQ1 = re.compile("^(" + _C + ")?" + _V + _C + "(" + _V + ")?$")
_MGR1 = re.compile("^(" + _C + ")?" + _V + _C + _V + _C)
_S_V = re.compile("^(" + _C + ")?" + _v)

_1A = re.compile(r"^(.+?)(ss|i)es$")
_1A2 = re.compile(r"^(.+?)([^s])s$")
_1B = re.compile(r"^(.+?)eed$")
_1B2 = re.compile(r"^(.+?)(ed|ing)$")
_LAST = re.compile(r".$")
_1B2_2 = re.compile(r"(at|bl|iz)$")
_1B2_3 = re.compile(r"([^aeiouylsz])\1$")
_1B2_4 = re.compile("^" + _C + _v + "[^aeiouwxy]$")
_1C = re.compile(r"^(.+?[^aeiou])y$")
_2 = re.compile("^(.+?)(" + "|".join(_STEP2) + ")$")
_3 = re.compile("^(.+?)(" + "|".join(_STEP3) + ")$")
_4 = re.compile(
    r"^(.+?)(al|ance|ence|er|ic|able|ible|ant|ement|ment|ent|ou|ism|ate|iti|ous|ive|ize)$"
)
_4_2 = re.compile(r"^(.+?)(s|t)(ion)$")
_5 = re.compile(r"^(.+?)e$")
_5_1 = re.compile(r"ll$")
_5_3 = re.compile("^" + _C + _v + "[^aeiouwxy]$")


def _js_len(word: str) -> int:
    """String length as JavaScript counts it (UTF-16 code units)."""
    return len(word) + sum(1 for ch in word if ord(ch) > 0xFFFF)


def _search(pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    # JavaScript's $ matches only at the very end (no multiline flag); Python's also before a
    # final newline. Tokens hold no newlines (they are separators), so search() is the same.
    return pattern.search(text)


def stem(w: str) -> str:
    """lunr.js's porterStemmer, step for step (including its quirks)."""
    if _js_len(w) < 3:
        return w
    firstch = w[0]
    if firstch == "y":
        w = "Y" + w[1:]
    # Step 1a
    if _search(_1A, w):
        w = _1A.sub(r"\1\2", w, count=1)
    elif _search(_1A2, w):
        w = _1A2.sub(r"\1\2", w, count=1)
    # Step 1b
    match = _search(_1B, w)
    if match:
        if _search(_MGR0, match.group(1)):
            w = _LAST.sub("", w, count=1)
    else:
        match = _search(_1B2, w)
        if match:
            stem_ = match.group(1)
            if _search(_S_V, stem_):
                w = stem_
                if _search(_1B2_2, w):
                    w = w + "e"
                elif _search(_1B2_3, w):
                    w = _LAST.sub("", w, count=1)
                elif _search(_1B2_4, w):
                    w = w + "e"
    # Step 1c
    match = _search(_1C, w)
    if match:
        w = match.group(1) + "i"
    # Step 2
    match = _search(_2, w)
    if match and _search(_MGR0, match.group(1)):
        w = match.group(1) + _STEP2[match.group(2)]
    # Step 3
    match = _search(_3, w)
    if match and _search(_MGR0, match.group(1)):
        w = match.group(1) + _STEP3[match.group(2)]
    # Step 4
    match = _search(_4, w)
    if match:
        if _search(_MGR1, match.group(1)):
            w = match.group(1)
    else:
        match = _search(_4_2, w)
        if match:
            stem_ = match.group(1) + match.group(2)
            if _search(_MGR1, stem_):
                w = stem_
    # Step 5
    match = _search(_5, w)
    if match:
        stem_ = match.group(1)
        if _search(_MGR1, stem_) or (_search(_MEQ1, stem_) and not _search(_5_3, stem_)):
            w = stem_
    if _search(_5_1, w) and _search(_MGR1, w):
        w = _LAST.sub("", w, count=1)
    if firstch == "y":
        w = "y" + w[1:]
    return w


def trim(word: str) -> str:
    """lunr.trimmer: non-word characters (ASCII \\W) off both ends."""
    return _TRIM_END.sub("", _TRIM_START.sub("", word, count=1), count=1)


def split(text: str) -> list[str]:
    """lunr.tokenizer: lower-cased, split on whitespace and hyphens, empty pieces dropped."""
    return [raw for raw in SEPARATORS.split(text.lower()) if raw]
