"""Import time of a generated 60-page report (issue 17 target: under 5 seconds).

    .venv/bin/python tests/benchmarks/import_benchmark.py [--pages 60] [--runs 3]

The report is made like a real one: numbered chapters and paragraphs ("4.12"), bullets, a
chronology table, footnotes, pictures, about 450 words a page. Each run is the whole
command as an author runs it (`review-library import`, a new process: start-up, reading,
refusal scan, conversion, writing, validate and the anonymisation checks), timed wall clock;
the median is reported with the machine and its load, and the CPU time of each run, which
hardly depends on what else the machine is doing.
"""

from __future__ import annotations

import argparse
import io
import os
import platform
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from tests.importer.docgen import Doc, numbered, para, run  # noqa: E402

TARGET_SECONDS = 5.0
WORDS_PER_PAGE = 450

_SUBJECTS = (
    "The health visitor",
    "The social worker",
    "The school nurse",
    "The GP",
    "The police officer",
    "The family support worker",
    "Child Q",
    "Mother",
)
_VERBS = (
    "recorded",
    "noticed",
    "did not ask about",
    "discussed",
    "reported",
    "reviewed",
    "shared information about",
    "followed up",
)
_OBJECTS = (
    "the missed appointments",
    "the condition of the home",
    "the child's weight",
    "the referral",
    "the strategy discussion",
    "the plan",
    "school attendance",
    "the concerns raised by the nursery",
)
_TAILS = (
    "during the period under review.",
    "but this was not shared with other agencies.",
    "and the case was closed soon after.",
    "which the review found was a missed opportunity.",
    "in line with the procedures at the time.",
    "without speaking to the child.",
)


def _sentence(rng: random.Random) -> str:
    return (
        f"{rng.choice(_SUBJECTS)} {rng.choice(_VERBS)} {rng.choice(_OBJECTS)} {rng.choice(_TAILS)}"
    )


def _picture(rng: random.Random) -> bytes:
    from PIL import Image

    image = Image.new("RGB", (800, 500), (240, 240, 240))
    for x in range(0, 800, 40):
        height = rng.randint(50, 450)
        for y in range(500 - height, 500):
            for dx in range(30):
                image.putpixel((x + dx, y), (40, 80, 160))
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def make_report(path: Path, pages: int = 60, seed: int = 17) -> dict:
    """Write a report of about ``pages`` pages; returns its word count and contents."""
    rng = random.Random(seed)
    doc = Doc()
    doc.title("Child Q: a practice review of neglect and missed appointments")
    chapters = doc.multilevel_numbering(["%1", "%1.%2"])
    bullets = doc.bullet_numbering()
    words = 0
    target = pages * WORDS_PER_PAGE
    chapter = 0
    notes = pictures = 0
    while words < target:
        chapter += 1
        doc.raw(
            para(
                f"Chapter {chapter}: key practice episodes",
                style="Heading1",
                ppr=numbered(chapters, 0),
            )
        )
        for index in range(24):
            text = " ".join(_sentence(rng) for _ in range(7))
            words += len(text.split())
            extra = ""
            if index % 4 == 0:
                extra = doc.footnote(_sentence(rng))
                notes += 1
            bold = run(" This was a missed opportunity.", "<w:b/>") if index % 6 == 0 else ""
            doc.raw(f"<w:p><w:pPr>{numbered(chapters, 1)}</w:pPr>{run(text)}{extra}{bold}</w:p>")
            if index == 10:
                for _ in range(4):
                    doc.raw(para(_sentence(rng), ppr=numbered(bullets, 0)))
        if chapter % 2 == 0:
            doc.heading("Chronology", 2)
            table = doc.document.add_table(rows=31, cols=4)
            for c, value in enumerate(("Date", "Agency", "Event", "Comment")):
                table.cell(0, c).text = value
            for r in range(1, 31):
                for c, value in enumerate(
                    (f"{rng.randint(1, 12)}/2023", "Health", _sentence(rng), _sentence(rng))
                ):
                    table.cell(r, c).text = value
                words += 30
        if chapter % 3 == 0:
            doc.picture(_picture(rng), f"Chart {chapter}: contacts by month", width_cm=12)
            pictures += 1
    doc.save(path)
    return {
        "words": words,
        "pages": round(words / WORDS_PER_PAGE),
        "chapters": chapter,
        "footnotes": notes,
        "pictures": pictures,
        "bytes": path.stat().st_size,
    }


def time_import(docx: Path, runs: int) -> list[float]:
    """Wall-clock seconds of each run (CPU seconds of each are in ``time_import.cpu``)."""
    times = []
    cpu: list[float] = []
    exe = Path(sys.executable).with_name("review-library")
    for index in range(runs):
        with tempfile.TemporaryDirectory() as out:
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            started = time.perf_counter()
            done = subprocess.run(
                [str(exe), "import", str(docx), "--id", f"bench-{index}", "--reviews-dir", out],
                cwd=ROOT,
                capture_output=True,
                text=True,
                env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
            )
            times.append(time.perf_counter() - started)
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            cpu.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
            if done.returncode != 0:
                raise SystemExit(f"import failed ({done.returncode}):\n{done.stderr}")
    time_import.cpu = cpu
    return times


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=60)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as work:
        docx = Path(work) / "report.docx"
        made = make_report(docx, args.pages)
        times = time_import(docx, args.runs)
    median = statistics.median(times)
    print(
        f"report: {made['pages']} pages ({made['words']} words), {made['chapters']} chapters, "
        f"{made['footnotes']} footnotes, {made['pictures']} pictures, {made['bytes'] // 1024} kB"
    )
    print(f"import wall time, {args.runs} runs: " + ", ".join(f"{t:.2f}s" for t in times))
    # CPU time hardly depends on what else the machine runs; wall time does.
    cpu = time_import.cpu
    print(
        f"CPU time (user + sys), median {statistics.median(cpu):.2f}s: "
        + ", ".join(f"{t:.2f}s" for t in cpu)
    )
    print(
        f"median {median:.2f}s (target < {TARGET_SECONDS:.0f}s) on {platform.python_implementation()} "
        f"{platform.python_version()}, {os.cpu_count()} CPUs, load {os.getloadavg()[0]:.1f}"
    )
    return 0 if median < TARGET_SECONDS else 1


if __name__ == "__main__":
    raise SystemExit(main())
