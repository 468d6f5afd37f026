"""Round fifteen's numbers, dates, ages and contact forms (issue 12), and a review's own
file name read as a family's file (issue 16)."""

from __future__ import annotations

import pytest

from tests.redaction.one_line import error_rules, flags_at


@pytest.mark.parametrize(
    "name",
    [
        "greengate-2015-baby-id-00086.md",
        "redby-2016-child-gp-00110.md",
        "greengate-2016-young-person-dn-00341.md",
    ],
)
def test_own_review_id_with_label_initials_is_not_a_number(name: str) -> None:
    # the subject's initials ("id", "gp") before the serial are the review's label
    assert "link-target" not in error_rules(f"[name]({name})")


@pytest.mark.parametrize(
    "name",
    [
        "redby-2016-child-gp-00110-crime-ref-44-118273-22.md",
        "greengate-2015-baby-id-00086/nhs-485-777-3456.png",
    ],
)
def test_number_after_own_review_id_still_found(name: str) -> None:
    assert "link-target" in error_rules(f"[name]({name})")


@pytest.mark.parametrize(
    "target",
    [
        # the library's own links to a review's page and briefing, from anywhere in the site
        "../reviews/greengate-2015-baby-id-00086/",
        "../../reviews/marshdale-2023-young-person-gp-00396/briefing/",
        "../northbridge-2018-young-person-as-00468/",
        "/reviews/redby-2016-baby-id-00762/",
        # the sitemap and canonical links under `mkdocs serve` (a host with a port)
        "http://127.0.0.1:8000/reviews/greengate-2015-baby-id-00086/",
        "http://localhost:8000/reviews/redby-2016-baby-id-00762/briefing/",
    ],
)
def test_links_to_own_review_pages_are_not_numbers(target: str) -> None:
    assert "link-target" not in error_rules(f"[page]({target})")


@pytest.mark.parametrize(
    "target",
    [
        "../reviews/greengate-2015-baby-id-00086/nhs-485-777-3456.png",
        "http://127.0.0.1:8000/files/crime-ref-44-118273-22.pdf",
    ],
)
def test_numbers_beside_own_review_pages_still_found(target: str) -> None:
    assert "link-target" in error_rules(f"[page]({target})")


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # words with "double"/"treble" and figures mixed in
        ('She texted "call me on 07 treble 3 two 1 eight 6 5 4 9".', "07 treble"),
        ("He said it was oh seven five five two, double six, four oh nine one.", "oh seven"),
        # a mobile said with a digit too many is still the number a reader would try
        ("The note read oh seven nine three one, double five, eight two four, six one.", "oh"),
        # single digits spaced out, groups apart with hyphens or slashes
        ("The number on the receipt was 0 7 8 1 2 - 4 4 0 - 6 1 9.", "0 7 8"),
        ("Written on the wall: 0 1 6 1 / 4 9 6 / 0 7 3 2.", "0 1 6"),
    ],
)
def test_phone_numbers_spoken_or_spaced(text: str, target: str) -> None:
    assert flags_at(text, "phone-number", target)


@pytest.mark.parametrize(
    "text",
    [
        "Call the NSPCC on 0808 800 5000 for advice.",
        "Scores were double two, then three, on the scale.",
    ],
)
def test_counting_and_helplines_not_phones(text: str) -> None:
    assert "phone-number" not in error_rules(text)


@pytest.mark.parametrize(
    ("text", "target"),
    [
        (
            "The mother read out his NHS number: nine one two, six six four, oh three one two.",
            "nine",
        ),
        ("Her NHS number was given as 7 1 2, double eight four, 3 0 5 9 at the hearing.", "7 1 2"),
    ],
)
def test_nhs_number_in_words(text: str, target: str) -> None:
    assert flags_at(text, "nhs-number", target)


def test_nhs_label_with_one_word_is_not_a_number() -> None:
    assert "nhs-number" not in error_rules("The NHS number was one of the details missing.")


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("He was sixteen years and one hundred and nine days old when he was charged.", "sixteen"),
        ("Father said she was a fortnight and three days old when the bruise appeared.", "a fort"),
        ("The crew's record reads: M, 47y 118d, found collapsed.", "47y"),
        ("Timeline: (Baby R 9/52 + 5) seen by the GP for a rash.", "9/52"),
        ("Baby R, born at 29+6 weeks, went home from the neonatal unit on day 61.", "day 61"),
    ],
)
def test_ages_to_the_day(text: str, target: str) -> None:
    assert flags_at(text, "exact-age", target)


@pytest.mark.parametrize(
    "text",
    [
        "The mother booked at 32/40 and a scan was planned for 36/40.",
        "A review was arranged in 6/52 and bloods in 2/52.",
        "Born at 34+2 weeks, Baby R was on the unit until the week before Christmas.",
        "The trial began in 2022; on day 4 of the trial the jury heard from the nurse.",
        "The service was delivered on day 30.",
    ],
)
def test_gestation_follow_ups_and_trial_days_are_not_ages(text: str) -> None:
    assert "exact-age" not in error_rules(text)


@pytest.mark.parametrize(
    ("text", "rule", "target"),
    [
        ('Her profile said "b\'day 17.2.10" beside a balloon.', "date-of-birth", "17.2.10"),
        ("He told the officer he was born the 23rd of the 8th 2005.", "date-of-birth", "23rd"),
        ("They said it happened on the 14th of the 2nd 2020 at the flat.", "event-date", "14th"),
        ("Ar 9 Ionawr 2021 aeth y fam â'r plant at y meddyg.", "event-date", "9 Ionawr"),
    ],
)
def test_dates_in_text_speak_speech_and_welsh(text: str, rule: str, target: str) -> None:
    assert flags_at(text, rule, target)


@pytest.mark.parametrize(
    "text",
    [
        "The welfare state was born on 5 July 1948 with the National Insurance Act.",
        "The BBC was born on 18 October 1922, a century before this review.",
    ],
)
def test_a_body_born_on_a_day_is_no_date_of_birth(text: str) -> None:
    assert "date-of-birth" not in error_rules(text)


def test_a_child_born_on_a_day_still_is() -> None:
    assert "date-of-birth" in error_rules("The younger twin was born on 5 July 2019 at home.")


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ('msg: "pay 30-12-44 acct 9021 3377 by fri"', "30-12-44"),
        ('msg: "pay 30-12-44 acct 9021 3377 by fri"', "9021"),
        ("He wrote acc 55016623 on the back of the envelope.", "55016623"),
    ],
)
def test_bank_details_in_text_speak(text: str, target: str) -> None:
    assert flags_at(text, "bank-details", target)


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ('The boy gave his address as "LS twelve, four TN" to the call handler.', "LS twelve"),
        ("She said she lived at NE twenty-one three QP with her aunt.", "NE twenty"),
    ],
)
def test_postcode_in_words(text: str, target: str) -> None:
    assert flags_at(text, "uk-postcode", target)


def test_words_after_capitals_are_not_postcodes() -> None:
    assert "uk-postcode" not in error_rules("The UK ten year plan and the NHS five year plan.")


def test_taxi_badge_with_its_letters_apart() -> None:
    text = "The driver's private hire badge number HC 5580 was on his lanyard."
    assert flags_at(text, "vehicle-registration", "HC 5580")


def test_street_in_a_news_slug() -> None:
    text = "[Story](https://www.example-post.co.uk/2023/05/girl-9-hurt-on-tamworth-road-estate/)"
    assert flags_at(text, "link-target", "tamworth-road")


@pytest.mark.parametrize(
    "target",
    [
        "https://www.gov.uk/guidance/life-on-the-street-support",
        "https://www.example.org/news/children-in-care-on-the-estate",
    ],
)
def test_slug_words_before_a_street_word_are_not_a_street(target: str) -> None:
    assert "link-target" not in error_rules(f"[Guidance]({target})")
