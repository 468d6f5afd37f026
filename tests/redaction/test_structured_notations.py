"""Coordinates, postcodes, number plates and device identifiers in every notation real text
uses (issue 12, rounds 2 and 6): one positive and one near miss per form, each checked with the
rule alone on normalised text (as the engine runs it). Every place, plate and number here is
invented for this file."""

from __future__ import annotations

import pytest

from review_library.redaction.config import RedactionConfig
from review_library.redaction.engine import find_hits
from review_library.redaction.rules import (
    device_identifier,
    location,
    uk_postcode,
    vehicle_registration,
)


def spans(rule, text: str) -> list[str]:
    hits = find_hits(text, config=RedactionConfig(), rules=[rule.RULE.id])
    return sorted({text[h.start : h.end] for h in hits})


FOUND = [
    # decimal degrees: a comma for the point, compass letters before, letters after with
    # two places, a bar between table cells, a line break between the two
    (location, "The phone was located at 52,6369 -1,1398 that night.", ["52,6369 -1,1398"]),
    (location, "The app logged N52.6369 W1.1398 at 02:10.", ["N52.6369 W1.1398"]),
    (location, "The pin was at 52.63N, 1.13W on the map.", ["52.63N, 1.13W"]),
    (location, "| 02:10 | 52.6369 | -1.1398 |", ["52.6369 | -1.1398"]),
    (location, "It pinged at 52.6369,\n-1.1398 after midnight.", ["52.6369,\n-1.1398"]),
    # degrees, minutes and seconds: primes, a masculine ordinal for the degree sign, words
    (location, "It was traced to 52°38′13″N 1°08′23″W.", ["52°38′13″N 1°08′23″W"]),
    (location, "It was traced to 52º38'13\"N 1º08'23\"W.", ["52º38'13\"N 1º08'23\"W"]),
    (location, "They gave 52 deg 38 min N, 1 deg 8 min W.", ["52 deg 38 min N, 1 deg 8 min W"]),
    (location, "At 52 degrees 38 minutes north, 1 degree 8 minutes west.", ["52 degrees 38"]),
    # degrees and decimal minutes as a GPS shows them
    (location, "The GPS showed N52 38.221 W001 08.387 for it.", ["N52 38.221 W001 08.387"]),
    # two decimals after a cue; single labelled values
    (location, "GPS co-ordinates 52.63, -1.13 were sent.", ["52.63, -1.13"]),
    (location, "Latitude 52.6369 and longitude -1.1398 were given.", ["52.6369", "-1.1398"]),
    # map links: a zoom level after the pair, an encoded comma, a short link, encoded DMS
    (location, "He sent google.com/maps/@52.6369,-1.1398,17z to her.", ["52.6369,-1.1398"]),
    (location, "He sent maps.google.com/?q=52.6369%2C-1.1398 to her.", ["52.6369%2C-1.1398"]),
    (location, "He sent https://maps.app.goo.gl/Qw7rTz2Lp to her.", ["maps.app.goo.gl/Qw7rTz2Lp"]),
    (
        location,
        "See https://www.google.com/maps/place/52%C2%B038'13.0%22N+1%C2%B008'23.0%22W now.",
        ["52%C2%B038"],
    ),
    (location, "The message held geo:52.6369,-1.1398;u=20 only.", ["52.6369,-1.1398"]),
    # grid references in lower case and run together; the Irish grid; eastings and northings
    (location, "Grid ref: sk 583 043, near the canal.", ["sk 583 043"]),
    (location, "The team went to sk58300430 at dawn.", ["sk58300430"]),
    (location, "The Irish grid reference H 512 338 was given.", ["H 512 338"]),
    (location, "The car was at E 458300 N 304300 in the wood.", ["E 458300 N 304300"]),
    (location, "The car was at 458300E 304300N in the wood.", ["458300E 304300N"]),
    # what3words: capitals, a space after the slashes, the words spelt out, a bare address
    (location, "She sent ///Maple.Hungry.Stone to him.", ["Maple.Hungry.Stone"]),
    (location, "She used what three words: maple.hungry.stone.", ["maple.hungry.stone"]),
    (location, "She said she was at maple.hungry.stone by then.", ["maple.hungry.stone"]),
    # postcodes: a hyphen, a URL's plus, an underscore, a line break, BFPO and territories
    (uk_postcode, "The export listed it as le2-1xf in error.", ["le2-1xf"]),
    (uk_postcode, "He searched police.uk/?q=LE2+1XF for crimes.", ["LE2+1XF"]),
    (uk_postcode, "Saved as tenancy_LE2_1XF.pdf on the drive.", ["LE2_1XF"]),
    (uk_postcode, "22 Park Road, Leicester LE2\n1XF was the address.", ["LE2\n1XF"]),
    (uk_postcode, "Post went to BFPO 801 while he served.", ["BFPO 801"]),
    (uk_postcode, "Her aunt lived at STHL 1ZZ and wrote often.", ["STHL 1ZZ"]),
    # outward codes made places by the sentence: lists with slashes, "-based", a noun after,
    # growing up, a comma after "sector", Welsh words for area and postcode
    (uk_postcode, "The family moved between LE2/LE3 that year.", ["LE2", "LE3"]),
    (uk_postcode, "An LE2-based group groomed him.", ["LE2"]),
    (uk_postcode, "He was placed in an LE11 children's home.", ["LE11"]),
    (uk_postcode, "Mother grew up in BT47 and went back there.", ["BT47"]),
    (uk_postcode, "The form gave only the postcode sector, LE2 1.", ["LE2 1"]),
    (uk_postcode, "Roedd y teulu'n byw yn ardal LL55 ers blynyddoedd.", ["LL55"]),
    # a town's name between the place word and the outward code; a group of boys after it
    (uk_postcode, "The family lived in Leeds LS6 for three years.", ["LS6"]),
    (uk_postcode, "He was staying in Stoke-on-Trent ST4 that month.", ["ST4"]),
    (uk_postcode, "The older boys were known as the LS6 lads.", ["LS6"]),
    # three decimal places inside the UK's box of latitude and longitude
    (location, "The body was found at 51.482, -3.179 by a walker.", ["51.482, -3.179"]),
    # a brand named as a device's name
    (device_identifier, "Kayden's PS5 was linked to the account.", ["Kayden"]),
    # plates: a current plate run together or hyphenated in any case, anywhere; prefix and
    # suffix plates with the DVLA's letters; after a model or a vehicle word after the plate
    (vehicle_registration, "He got into lr68kwd outside school.", ["lr68kwd"]),
    (vehicle_registration, "He got into LR68.KWD outside school.", ["LR68.KWD"]),
    (vehicle_registration, "He was seen getting into T318 GHN at night.", ["T318 GHN"]),
    (vehicle_registration, "Police found an old k482 bdn on the drive.", ["k482 bdn"]),
    (vehicle_registration, "The Corsa (lr68 kwd) was stopped.", ["lr68 kwd"]),
    (vehicle_registration, "The lorry with plate GXZ-7310 was seen.", ["GXZ-7310"]),
    # part of a plate after its cue; any code after a plate's own label
    (vehicle_registration, "The registration ended 318, a witness said.", ["318"]),
    (vehicle_registration, "Police had a partial registration, LR68, only.", ["LR68"]),
    (vehicle_registration, "His personal plate DA2 ZZL was well known.", ["DA2 ZZL"]),
    # device numbers: an IMEI with slashes or dots, an IMEISV after its name, the end of an
    # IMEI, a UK IMSI, an ICCID with its F, a MAC with spaces or in groups of four
    (device_identifier, "The IMEI was 35/209900/176148/1 on the label.", ["35/209900/176148/1"]),
    (device_identifier, "The IMEI was 35.209900.176148.1 in the log.", ["35.209900.176148.1"]),
    (device_identifier, "IMEISV 3520990017614823 was on the box.", ["3520990017614823"]),
    (device_identifier, "The IMEI ending 4821 matched the handset.", ["4821"]),
    (device_identifier, "The network gave 234159876543210 as his.", ["234159876543210"]),
    (device_identifier, "SIM card number 8944110068205470154F.", ["8944110068205470154F"]),
    (device_identifier, "The MAC was 3C 22 FB 9A 10 4E in the log.", ["3C 22 FB 9A 10 4E"]),
    (device_identifier, "The MAC was 3c22-fb9a-104e in the log.", ["3c22-fb9a-104e"]),
    # addresses: a security report's "[.]", a private address after "IP", "::" at the start
    (device_identifier, "The IP was 86[.]143[.]22[.]197 in the report.", ["86[.]143[.]22[.]197"]),
    (device_identifier, "The IP address 10.0.0.5 was the router's.", ["10.0.0.5"]),
    (device_identifier, "It came from fe80::1c2a:3bff:fe4d:5e6f.", ["fe80::1c2a:3bff:fe4d:5e6f"]),
    # codes after their labels: S/N, service tag, an account ID, a UDID
    (device_identifier, "The laptop's S/N: C02XK1JHJG5H was noted.", ["C02XK1JHJG5H"]),
    (device_identifier, "The laptop's service tag 7XK2P3J was noted.", ["7XK2P3J"]),
    (device_identifier, "His Apple ID, dazza_k_81, was on the receipt.", ["dazza_k_81"]),
    (
        device_identifier,
        "The UDID 00008030-001A2C3E0E88802E was seen.",
        ["00008030-001A2C3E0E88802E"],
    ),
    # a person's name in a device's or a network's name
    (device_identifier, "The hotspot Kyle's iPhone showed in her list.", ["Kyle"]),
    (device_identifier, "The log listed Jades-iPhone.local at 02:10.", ["Jades-iPhone"]),
    (device_identifier, "The hostname was JADE-LAPTOP at school.", ["JADE-LAPTOP"]),
    (device_identifier, "She joined the Wi-Fi network 'Okafor Family'.", ["Okafor Family"]),
    (device_identifier, "The wifi called Kowalczyk Home was saved.", ["Kowalczyk Home"]),
    # round six: rarer notations of rescue teams, phones and housing files
    # a labelled value as a JSON field or a marker link's parameter
    (location, 'The download held {"lat": 53.7421, "lng": -2.4862}.', ["53.7421", "-2.4862"]),
    (location, "See openstreetmap.org/?mlat=52.9114&mlon=-1.3307 there.", ["52.9114", "-1.3307"]),
    # degrees, minutes and seconds with spaces and no marks, letters after or before
    (location, "The log gives 52 14 09N 1 33 48W for the boat.", ["52 14 09N 1 33 48W"]),
    (location, "The log gives N52 14 09 W001 33 48 for the boat.", ["N52 14 09 W001 33 48"]),
    # what3words after "three words", with no slashes
    (location, "She read the three words jelly.mango.plank to them.", ["jelly.mango.plank"]),
    # short and lower-case grid references after a word of place
    (location, "The search was centred on SK 31 62 near the dale.", ["SK 31 62"]),
    (location, "the van was at sk316621 all week", ["sk316621"]),
    # eastings and northings after the name of their grid, with X and Y, Irish ITM
    (location, "The BNG point (431620, 362150) was plotted.", ["431620, 362150"]),
    (location, "The log reads X 431620 Y 362150 for it.", ["X 431620 Y 362150"]),
    (location, "It was found at ITM 652480, 741930 by a forester.", ["652480, 741930"]),
    # UTM and MGRS in the zones and bands of Britain and Ireland
    (location, "The crew gave UTM 30U 598432 5896120 for it.", ["30U 598432 5896120"]),
    (location, "The crew gave MGRS 30U XD 98432 96120 for it.", ["30U XD 98432 96120"]),
    (location, "The crew gave 31UCT4512678901 for it.", ["31UCT4512678901"]),
    # a geohash after its name
    (location, "The analyst's geohash gcqrx41m put her in the park.", ["gcqrx41m"]),
    # two short decimals with a spaced slash, after a cue
    (location, "GPS: 53.12 / -2.87 (from the phone).", ["53.12 / -2.87"]),
    # a map link with a zoom and a style after the pair; a space inside an outward code
    (location, "See wego.here.com/?map=53.4127,-2.8811,15,normal there.", ["53.4127,-2.8811"]),
    (uk_postcode, "The file gave the address as WN 5 9BX in error.", ["WN 5 9BX"]),
    # postcodes: Welsh prepositions, a masked inward code, a typed letter for a digit,
    # BFPO with full stops, a county line "ran into" districts
    (uk_postcode, "Roedd hi'n byw yn LL55 tan 2020.", ["LL55"]),
    (uk_postcode, "The hostel was listed as HX1 2** on the export.", ["HX1 2"]),
    (uk_postcode, "The letter went to WFl 2JH by mistake.", ["WFl 2JH"]),
    (uk_postcode, "Mail went to B.F.P.O. 38 while he served.", ["B.F.P.O. 38"]),
    (uk_postcode, "The line ran into NG7 and NG8 that winter.", ["NG7", "NG8"]),
]

PASS = [
    # statistics, money and times that read as pairs of decimals
    (location, "The correlations were 0.4816, 0.3791 and 0.2214."),
    (location, "Waiting times were 12.5, 18.75 and 21.25 weeks."),
    (location, "The costs were £51.48, £3.17 and £12.20."),
    (location, "The p-values were 0.0312, 0.0417 in the appendix."),
    (location, "Rates were 51.4, 53.8 and 49.1 per 10,000."),
    (location, "The app was 3.17.2 and the phone ran iOS 16.4.1."),
    # signed measurements with three places, outside the UK's box
    (location, "The mean scores were 1.234, -0.456 and 2.345 across the sites."),
    # phone numbers after "on" and opening hours: not grid references in lower case
    (location, "Call Childline on 0800 1111 or the clinic, open 0900 1700."),
    # a web address and a file name of three words
    (location, "See news.bbc.co.uk and report.final.docx for more."),
    (location, "Journal 51(4), 318-330. doi:10.1016/j.adolescence.2019.104237"),
    # company and Scottish charity numbers: two capitals and six figures
    (location, "The charity is SC012345 and the company OC301234."),
    # postcode-shaped codes that are no places
    (uk_postcode, "The child was in S3 and moved to S4 the next year."),
    (uk_postcode, "The boiler met BS 5839 and form SA100 was sent."),
    (uk_postcode, "See table E1 and figure E2; items N1 to N9."),
    (uk_postcode, "Rooms G12 and G14; the CT2 scan was normal."),
    (uk_postcode, "Staff in Manchester used form M1 and the B12 clinic."),
    # vehicle-shaped codes: model numbers, years, ages and dates in lower case
    (vehicle_registration, "He used a hoist (model P450 SLX) at home."),
    (vehicle_registration, "He had an iPhone 13 and a PS4; the TV was an LG."),
    (vehicle_registration, "on 12 may the panel met; at 10 am they arrived."),
    (vehicle_registration, "He drove a 56-plate Focus and then a Y reg Corsa."),
    (vehicle_registration, "The registration ended in 2019 when he sold it."),
    # a plate's label followed by words and, further on, a number
    (vehicle_registration, "From her registration with a GP practice in 2019 to 2022."),
    (vehicle_registration, "The registration number began with GP practices in 2020."),
    # device-shaped text: versions, times, ISBNs, model numbers, prose about phones
    (device_identifier, "See paragraph 4.12.3.10; version 10.15.7 was used."),
    (device_identifier, "ISBN 978-1-84860-123-4 is in the references."),
    (device_identifier, "The phone was an iPhone 12, model number A2403."),
    (device_identifier, "Police checked Sarah's phone and her laptop."),
    (device_identifier, "Mother's iPhone and the School iPad were examined."),
    (device_identifier, "The home Wi-Fi 'BTWiFi' was a public hotspot."),
    (device_identifier, "The serial number was not recorded."),
    # round six: the same shapes that are no places
    # labelled values that are no positions; spaced numbers without compass letters
    (location, 'The study reported {"latency": 53.7421, "long_run": 2.4862}.'),
    (location, "The scores were 52 14 09 and 1 33 48 on the three scales."),
    # three dotted words with no cue; "three words" and no dotted code
    (location, "She described him in three words: kind, funny, loud."),
    # grid-shaped codes: item numbers, a serial number, a square with no land
    (location, "Items SE 21 and SE 22 in the chronology were closed."),
    (location, "The serial number SN 4412 8830 was on the boiler."),
    (location, "The search was centred on SA 31 62 of the form."),
    # six-figure pairs with no grid named; money; a word after "geohash"
    (location, "The council spent 431620 and 362150 in the two years."),
    (location, "The geohash represents a cell of the map."),
    (location, "The UTM zone 30U was used in the training."),
    (location, "The scores were 3.25 / 4.50 on the two scales."),
    # postcode-shaped text: bold markers, a line "between" a district and a town
    (uk_postcode, "Give **B12** weekly and review."),
    (uk_postcode, "The line ran between NW10 and the coastal town."),
    (uk_postcode, "MI5 and the NCA shared intelligence."),
    (uk_postcode, "Pupils in KS 2 and Y 6 sat the tests."),
]


@pytest.mark.parametrize(("rule", "text", "wanted"), FOUND)
def test_notations_are_found(rule, text: str, wanted: list[str]) -> None:
    found = spans(rule, text)
    for item in wanted:
        assert any(item in s or s in item for s in found), (item, found)


@pytest.mark.parametrize(("rule", "text"), PASS)
def test_same_shapes_pass(rule, text: str) -> None:
    assert spans(rule, text) == []
