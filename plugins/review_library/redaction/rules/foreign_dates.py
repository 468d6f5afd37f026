"""Dates written in the languages of the UK's communities, for ``datetext``.

A family's own documents come to reviews in their language, and a review quotes them: a
birth certificate's "3 de abril de 2017", a passport's "22 iulie 2018", a form's "14 marca
2016 r.", a record's "2014 m. rugsėjo 18 d.". Read by form: a day, a month's name in one of
these languages (in the form a date puts it: Polish, Czech and Lithuanian take the
genitive), and a four-digit year, with the small words each language puts between them; or
the year first, as Hungarian and Lithuanian write it. Without a year a foreign month's name
is not read (too many are words of other kinds: "mart", "mars", "ekim").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from review_library.redaction.rules.text import digit_anchored_finditer

_MONTHS_BY_LANGUAGE = (
    # Polish (genitive, then nominative)
    "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października "
    "listopada grudnia",
    "styczeń luty marzec kwiecień maj czerwiec lipiec sierpień wrzesień październik listopad "
    "grudzień",
    # Romanian
    "ianuarie februarie martie aprilie mai iunie iulie august septembrie octombrie noiembrie "
    "decembrie",
    # Portuguese
    "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
    # Spanish
    "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    # French (and typed without accents)
    "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "janvier fevrier mars avril mai juin juillet aout septembre octobre novembre decembre",
    # Italian
    "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
    # German (and Austrian January)
    "januar februar märz april mai juni juli august september oktober november dezember",
    "jänner februar maerz april mai juni juli august september oktober november dezember",
    # Dutch
    "januari februari maart april mei juni juli augustus september oktober november december",
    # Lithuanian (genitive)
    "sausio vasario kovo balandžio gegužės birželio liepos rugpjūčio rugsėjo spalio lapkričio "
    "gruodžio",
    # Czech (genitive)
    "ledna února března dubna května června července srpna září října listopadu prosince",
    # Slovak (genitive)
    "januára februára marca apríla mája júna júla augusta septembra októbra novembra decembra",
    # Hungarian
    "január február március április május június július augusztus szeptember október "
    "november december",
    # Turkish
    "ocak şubat mart nisan mayıs haziran temmuz ağustos eylül ekim kasım aralık",
    # Albanian
    "janar shkurt mars prill maj qershor korrik gusht shtator tetor nëntor dhjetor",
    # Somali
    "janaayo febraayo maarso abriil may juun luuliyo ogost sebtembar oktoobar nofembar desembar",
    # Irish (the two-word months are written with their first word)
    "eanáir feabhra márta aibreán bealtaine meitheamh iúil lúnasa fómhair fómhair samhain nollaig",
    # Scottish Gaelic
    "faoilleach gearran màrt giblean cèitean ògmhios iuchar lùnastal sultain dàmhair samhain "
    "dùbhlachd",
)
FOREIGN_MONTHS: dict[str, int] = {}
for _names in _MONTHS_BY_LANGUAGE:
    for _index, _name in enumerate(_names.split()):
        FOREIGN_MONTHS.setdefault(_name, _index + 1)
# Irish "Meán Fómhair" (September) and "Deireadh Fómhair" (October): read by their first word.
FOREIGN_MONTHS["fómhair"] = 9
_IRISH_PAIRS = {"meán fómhair": 9, "deireadh fómhair": 10}

# The words before a date that make it a birth's, in the same languages: "data urodzenia",
# "nasceu a", "né le", "nata il", "geboren am", "gimimo data", "doğum tarihi", "rugadh".
BIRTH_LABELS = (
    r"data urodzenia|urodzon[yae]|ur\.|data na[sș]terii|n[ăa]scut[ăa]?|data de nascimento|"
    r"nascid[oa]|nasceu|fecha de nacimiento|nacid[oa]|naci[óo]|date de naissance|n[ée]e? le|"
    r"data di nascita|nat[oa] il|geburtsdatum|geboren|geb\.|geboortedatum|gimimo data|gim[ėe]|"
    r"gim[ęe]s|gimusi|datum narozen[íi]|narozen[aáý]?|d[áa]tum narodenia|narodil[ai]?|"
    r"sz[üu]let[ée]si d[áa]tum|sz[üu]letett|sz[üu]l\.|do[ğg]um tarihi|do[ğg]du|dat[ëe]lindja|"
    r"lindur|d[áa]ta breithe|rugadh|taariikhda dhalashada|dhashay"
)
# The small words after such a label: "nasceu a", "né le", "nata il", "geboren am", "z dnia".
BIRTH_LINKS = r"a|em|le|il|am|op|la|el|en|den|dnia|z dnia|ar|on"
_NAME = "|".join(
    sorted((re.escape(n) for n in (*FOREIGN_MONTHS, *_IRISH_PAIRS)), key=len, reverse=True)
)
# Year first is Hungarian and Lithuanian: only their months ("In 2019 may 12 ..." is English).
_YEAR_FIRST_NAME = "|".join(
    sorted({n for i in (11, 14) for n in _MONTHS_BY_LANGUAGE[i].split()}, key=len, reverse=True)
)
_DAY = r"(?:0?[1-9]|[12]\d|3[01])"
_YEAR = r"(?:19|20)\d{2}"
# "3 de abril de 2017", "1er avril 2017", "7. Mai 2013", "14 marca 2016 r.", "4 Ağustos
# 2016"; and year first: "2016. március 14.", "2014 m. rugsėjo 18 d.".
FOREIGN_DATE_RE = re.compile(
    rf"(?:(?<![\w/.\-£$])(?P<day>{_DAY})(?:\.|º|ª|er|eg)?[ \t]+(?:(?i:de|di|del|den)[ \t]+)?"
    rf"(?P<month>(?i:{_NAME}))(?![^\W\d_])"
    rf"(?:[ \t]+(?i:de|del)[ \t]+|[ \t]*,?[ \t]+|\.[ \t]*)(?P<year>{_YEAR})(?!\d)"
    r"(?:[ \t]*(?:r\.|m\.|г\.|yil|yılı))?"
    rf"|(?<![\w/.\-£$])(?P<year2>{_YEAR})(?:\.|[ \t]+m\.)?[ \t]+(?P<month2>(?i:{_YEAR_FIRST_NAME}))"
    rf"[ \t]+(?P<day2>{_DAY})(?!\d)(?:\.|[ \t]*d\.)?)"
)
# Where FOREIGN_DATE_RE can start: a day or a year's first digit with no word before it,
# then a word; led by a digit (the look-behind after it) so the engine skips to digits.
_START = re.compile(r"\d(?<![\w/.\-£$]\d)\d{0,3}(?:\.|º|ª|er|eg)?(?:[ \t]+m\.)?[ \t]+[^\W\d_]")


def find_foreign(text: str) -> Iterator[tuple[int, str]]:
    """Where each foreign-language date stands, and its text."""
    for match in digit_anchored_finditer(FOREIGN_DATE_RE, _START, text):
        yield match.start(), match.group(0)


def foreign_key(raw: str) -> str | None:
    """``YYYY-MM-DD`` for a date FOREIGN_DATE_RE matched, else None."""
    match = FOREIGN_DATE_RE.fullmatch(raw)
    if match is None:
        return None
    day, month, year = (
        (match["day"], match["month"], match["year"])
        if match["day"]
        else (match["day2"], match["month2"], match["year2"])
    )
    name = " ".join(month.lower().split())
    number = _IRISH_PAIRS.get(name) or FOREIGN_MONTHS.get(name)
    if number is None:
        return None
    return f"{int(year):04d}-{number:02d}-{int(day):02d}"
