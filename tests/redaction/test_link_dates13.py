"""Issue 12, round thirteen (link paths, file names): a day in a file's name when the file is
the family's, and a word a person typed into their own computer's path or after a camera's
file name."""

from __future__ import annotations

from tests.redaction.one_line import error_rules, flags_at


# -- a day in a link target or a file's name ---------------------------------------------------
def test_a_day_in_a_file_name_that_names_someone_is_blocked() -> None:
    text = "![Scan of the arm](uploads/xray-arm-2019-08-06-maddox.png)"
    assert flags_at(text, "link-target", "2019-08-06")


def test_a_day_in_a_file_name_that_says_what_event_it_records_is_blocked() -> None:
    for text, day in (
        ("The [record](files/ambulance-PCR_20210407_2210.pdf) was shared.", "20210407"),
        ("The [notes](notes/home_visit_09.11.22.docx) were brief.", "09.11.22"),
        ("See [the minutes](<cp/ICPC 28-02-2020.pdf>) for the plan.", "28-02-2020"),
    ):
        assert flags_at(text, "link-target", day), text


def test_a_camera_name_a_board_upload_folder_and_a_minutes_file_pass() -> None:
    for text in (
        "![Play area](photos/IMG_20230708_112233.jpg)",
        "[Minutes](files/minutes-20220917.pdf)",
        "[Annual report](https://www.example.org.uk/uploads/2024/03/annual-report-2023-24.pdf)",
        "[News](https://www.example.org.uk/news/2024/11/28/seven-minute-briefing/)",
        "[Toolkit](resources/neglect-toolkit-v3.10.12.pdf)",
    ):
        assert "link-target" not in error_rules(text), text


# -- words typed into a person's own paths -----------------------------------------------------
def test_a_folder_of_a_path_on_someones_computer_is_read_as_theirs() -> None:
    text = "The draft was kept at file:///D:/Reviews/Ravensbridge/chronology.docx until May."
    assert flags_at(text, "link-target", "Ravensbridge")


def test_a_label_typed_after_a_cameras_file_name_is_read() -> None:
    text = "![The hallway](photos/PXL_20230115_0904_hazelbank.jpg)"
    assert flags_at(text, "link-target", "hazelbank")
    assert not flags_at(
        "![The hallway](photos/PXL_20230115_0904_hallway.jpg)", "link-target", "hallway"
    )


def test_a_capitalised_folder_of_a_drive_path_is_no_surname() -> None:
    # read before as a root path "/Cases/..." after the drive's colon, where a capital
    # singles out a surname among lower-case words
    for text in (
        "The draft was kept at file:///D:/Cases/chronology.docx until May.",
        "The draft was kept at D:/Work/Reviews/chronology.docx until May.",
    ):
        assert "link-target" not in error_rules(text), text
    assert flags_at("It was saved at D:/Cases/Hollis/chronology.docx.", "link-target", "Hollis")
