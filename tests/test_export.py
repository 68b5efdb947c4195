"""`paperlist export`: BibTeX that parses back, CSL-JSON that citeproc formats, reading lists, the HTML page
loaded in a real browser."""

from __future__ import annotations

import csv
import io
import json
import os
import re
import shutil
import sqlite3
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest
from bibtexparser.entrypoint import parse_string
from bibtexparser.middlewares import LatexDecodingMiddleware, SeparateCoAuthors

from paperlist.citekeys import base_key
from paperlist.models import Paper
from paperlist.views.export import bibtex_title
from tests.conftest import METADATA, Run, enrich

pytestmark = pytest.mark.usefixtures("library")

LITE, DACL, RESNEST, EFFNET = "2004.11886", "2011.04419", "2004.08955", "2104.00298"
PAPERS = 38  # the papers the seed digests reference (tests/data/seeds-expected.json)


def export(cli: Callable[..., Run], *args: str) -> str:
    result = cli("export", *args)
    assert result.exit_code == 0, result.stderr
    return result.stdout


def parse_bibtex(text: str) -> dict[str, dict[str, object]]:
    library = parse_string(text, append_middleware=[LatexDecodingMiddleware(), SeparateCoAuthors()])
    assert not library.failed_blocks, [block.error for block in library.failed_blocks]
    return {
        entry.key: {"type": entry.entry_type, **{f.key: f.value for f in entry.fields}}
        for entry in library.entries
    }


def test_bibtex_parses_back_with_the_arxiv_fields(cli: Callable[..., Run]) -> None:
    text = export(cli, "--format", "bibtex")
    assert "title = {Lite Transformer with {Long-Short} Range Attention}" in text  # inner capitals braced
    assert "title = {{ResNeSt}: {Split-Attention} Networks}" in text
    entries = parse_bibtex(text)
    assert len(entries) == PAPERS
    lite = entries["wu2020lite"]
    assert lite["type"] == "misc"
    assert lite["title"] == "Lite Transformer with Long-Short Range Attention"
    assert lite["author"] == METADATA[LITE]["authors"]
    assert lite["year"] == "2020"
    assert lite["eprint"] == LITE
    assert lite["archivePrefix"] == "arXiv"
    assert lite["primaryClass"] == "cs.CL"
    assert lite["url"] == "https://arxiv.org/abs/2004.11886"
    assert entries["tan2021efficientnetv2"]["doi"] == "10.48550/arXiv.2104.00298"
    assert entries["zhang2020resnest"]["title"] == "ResNeSt: Split-Attention Networks"


def test_bibtex_round_trips_every_field_of_every_enriched_paper(cli: Callable[..., Run]) -> None:
    entries = parse_bibtex(export(cli, "--format", "bibtex", "--category", "cs"))
    assert len(entries) == 4
    for entry in entries.values():
        fields = METADATA[str(entry["eprint"])]
        assert entry["title"] == fields["title"]
        assert entry["author"] == fields["authors"]
        assert entry["year"] == str(fields["published"])[:4]
        assert entry["primaryClass"] == fields["primary_category"]


def test_special_characters_are_escaped_and_decode_back(cli: Callable[..., Run], isolated: Path) -> None:
    title = "50% of {Graphs} & Trees: $O(n_1)$ tricks for C# ~ Gödel_s #1 中文"
    enrich(isolated, LITE, {"title": title, "authors": ["Kurt Gödel", "Ludwig van Beethoven", "张三"]})
    text = export(cli, "--format", "bibtex", "--category", "cs.CL")
    assert r"50\% of \{Graphs\} \& Trees: $O(n_1)$ tricks for C\#" in text
    assert r"G\"odel" in text
    (entry,) = parse_bibtex(text).values()
    assert entry["author"] == ["Kurt Gödel", "Ludwig van Beethoven", "张三"]
    decoded = str(entry["title"])
    assert "50% of" in decoded
    assert "& Trees" in decoded
    assert "$O(n_1)$" in decoded  # TeX math is kept as written
    assert "中文" in decoded


def test_citation_keys_are_stable_whatever_the_filter(cli: Callable[..., Run], tmp_path: Path) -> None:
    bare = tmp_path / "bare.md"
    bare.write_text("推荐一篇：https://arxiv.org/abs/2102.99999\n", encoding="utf-8")  # no title, no author
    assert cli("ingest", str(bare), "--offline").exit_code == 0
    everything = set(parse_bibtex(export(cli, "-f", "bibtex")))
    assert set(parse_bibtex(export(cli, "-f", "bibtex", "--category", "cs.CV"))) == {
        "tan2021efficientnetv2",
        "zhang2020resnest",
    }
    assert set(parse_bibtex(export(cli, "-f", "bibtex"))) == everything
    assert "arxiv210299999" in everything  # no title nor author yet: the arXiv id
    assert "supervised2020" in everything  # a title but no author yet: never a key starting with a digit


def test_clashing_keys_get_letters_in_the_order_papers_were_added(
    cli: Callable[..., Run], tmp_path: Path
) -> None:
    digest = tmp_path / "clash.md"
    digest.write_text(
        "1. Attention Is All You Need https://arxiv.org/abs/1706.03762\n"
        "2. Attention, again https://arxiv.org/abs/1706.05555\n"
        "3. Attention as well https://arxiv.org/abs/1706.07777\n",
        encoding="utf-8",
    )
    assert cli("ingest", str(digest), "--offline").exit_code == 0
    first = parse_bibtex(export(cli, "-f", "bibtex", "--since", "2017", "--until", "2017-12"))
    assert {key: entry["eprint"] for key, entry in first.items()} == {
        "attention2017": "1706.03762",
        "attention2017a": "1706.05555",
        "attention2017b": "1706.07777",
    }
    assert (
        base_key(
            Paper(
                id=1, title="Attention Is All You Need", authors=("Ashish Vaswani",), published="2017-06-12"
            )
        )
        == "vaswani2017attention"
    )


def test_a_key_once_given_is_kept_when_enrichment_brings_another_title_and_authors(
    cli: Callable[..., Run], tmp_path: Path, isolated: Path
) -> None:
    digest = tmp_path / "early.md"
    digest.write_text("1. Lite Models https://arxiv.org/abs/2102.99999\n", encoding="utf-8")
    assert cli("ingest", str(digest), "--offline").exit_code == 0
    assert cli("tag", "2102.99999", "+early").exit_code == 0
    assert set(parse_bibtex(export(cli, "--tag", "early"))) == {"lite2021"}
    enrich(
        isolated,
        "2102.99999",
        {"title": "Small Models", "authors": ["Zhanghao Wu"], "published": "2021-02-01"},
    )
    (entry,) = parse_bibtex(export(cli, "--tag", "early")).items()
    assert entry[0] == "lite2021"  # the key in someone's .bib file still names this paper
    assert entry[1]["title"] == "Small Models"
    (item,) = json.loads(export(cli, "-f", "csl-json", "--tag", "early"))
    assert item["id"] == "lite2021"


def test_a_key_first_given_by_show_is_the_one_export_gives(cli: Callable[..., Run], tmp_path: Path) -> None:
    digest = tmp_path / "two.md"
    digest.write_text(
        "1. Attention Again https://arxiv.org/abs/1706.05555\n2. Attention Still https://arxiv.org/abs/1706.07777\n",
        encoding="utf-8",
    )
    assert cli("ingest", str(digest), "--offline").exit_code == 0
    shown = cli("show", "1706.07777", "--format", "bibtex")
    assert shown.exit_code == 0, shown.stderr
    assert set(parse_bibtex(shown.stdout)) == {"attention2017"}  # the first to be given it keeps it
    keys = {
        str(entry["eprint"]): key
        for key, entry in parse_bibtex(export(cli, "--since", "2017-06", "--until", "2017-06")).items()
    }
    assert keys == {"1706.07777": "attention2017", "1706.05555": "attention2017a"}


def test_an_exported_entry_is_the_one_show_gives(cli: Callable[..., Run], isolated: Path) -> None:
    # Exports read only what citations are made of; a paper with the user's edits, a venue, a DOI, a journal
    # reference and tags is cited the same, entry by entry, as `show` (which reads the whole paper) cites it.
    enrich(
        isolated,
        DACL,
        {
            "venue": "ICML",
            "venue_type": "conference",
            "venue_names": ["International Conference on Machine Learning"],
            "year": 2021,
            "doi": "10.1234/dacl.5",
            "journal_ref": "Proc. ICML & more",
        },
    )
    enrich(isolated, RESNEST, {"venue": "Submitted to ICLR 2021", "journal_ref": "CVPR Workshops"})
    assert cli("edit", LITE, "--title", "My Lite TITLE: With Caps & Co", "--year", "2019").exit_code == 0
    assert cli("edit", EFFNET, "--venue", "ACL 2020").exit_code == 0
    assert cli("tag", DACL, "+contrastive", "+z-later").exit_code == 0
    for fmt in ("bibtex", "csl-json"):
        exported = export(cli, "--format", fmt, "--category", "cs")
        for arxiv_id in (LITE, DACL, RESNEST, EFFNET):
            shown = cli("show", arxiv_id, "--format", fmt)
            assert shown.exit_code == 0, shown.stderr
            if fmt == "bibtex":
                assert shown.stdout in exported
            else:
                assert json.loads(shown.stdout)[0] in json.loads(exported)
    lite = parse_bibtex(export(cli, "--category", "cs.CL"))  # the edits are what both give
    assert [(entry["title"], entry["year"]) for entry in lite.values()] == [
        ("My Lite TITLE: With Caps & Co", "2019")
    ]


def test_name_parts_agree_with_bibtex_grammar() -> None:
    from bibtexparser.middlewares.names import parse_single_name_into_parts

    from paperlist.citekeys import name_parts

    names = [
        "Zhanghao Wu", "Quoc V. Le", "Minh-Thang Luong", "Kurt Gödel", "Ludwig van Beethoven", "张三",
        "Jean-Pierre De La Fontaine", "Martin Luther King Jr.", "A. Vaswani", "Ólafur Ragnar", "DeepMind",
        "O'Neil Cathy", "Élodie de Lambert", "King, Jr., Martin", "Beethoven, Ludwig van", "{Barnes and Noble}",
        "Ivan Ž. Ä", "della Robbia Luca", "  Spaced   Out  Name ",
    ]  # fmt: skip
    for name in names:
        parts = parse_single_name_into_parts(name.strip(), strict=False)
        expected = (" ".join(parts.first), " ".join(parts.last), " ".join(parts.von), " ".join(parts.jr))
        assert name_parts(name) == expected, name


def test_key_of_names_with_particles_and_accents() -> None:
    paper = Paper(id=1, title="The Über Model", authors=("Ludwig van Beethoven",), published="1808-12-22")
    assert base_key(paper) == "beethoven1808uber"
    assert base_key(Paper(id=2, title="中文标题", authors=("张三",), published="2021-01-01")) == "paper2"


def test_title_protection() -> None:
    assert bibtex_title("BERT: Pre-training of Deep Bidirectional Transformers") == (
        "{BERT}: Pre-training of Deep Bidirectional Transformers"
    )
    assert bibtex_title("On $\\ell_1$ norms") == "On $\\ell_1$ norms"


def test_csl_json_is_what_citeproc_reads(cli: Callable[..., Run]) -> None:
    from citeproc import Citation, CitationItem, CitationStylesBibliography, CitationStylesStyle, formatter
    from citeproc.source.json import CiteProcJSON

    items = json.loads(export(cli, "--format", "csl-json"))
    lite = next(item for item in items if item["id"] == "wu2020lite")
    assert lite == {
        "id": "wu2020lite",
        "type": "article",
        "title": "Lite Transformer with Long-Short Range Attention",
        "author": [
            {"family": "Wu", "given": "Zhanghao"},
            {"family": "Liu", "given": "Zhijian"},
            {"family": "Lin", "given": "Ji"},
            {"family": "Lin", "given": "Yujun"},
            {"family": "Han", "given": "Song"},
        ],
        "issued": {"date-parts": [[2020, 4, 24]]},
        "publisher": "arXiv",
        "number": "arXiv:2004.11886",
        "genre": "Preprint",
        "URL": "https://arxiv.org/abs/2004.11886",
        "abstract": METADATA[LITE]["abstract"],
    }
    assert [item["id"] for item in items] == sorted(item["id"] for item in items)
    source = CiteProcJSON(items)
    style = CitationStylesStyle("harvard-cite-them-right", validate=False)
    bibliography = CitationStylesBibliography(style, source, formatter.plain)
    bibliography.register(Citation([CitationItem("wu2020lite")]))
    rendered = [str(entry) for entry in bibliography.bibliography()]
    assert "Wu, Z." in rendered[0]
    assert "2020" in rendered[0]
    assert "Lite Transformer with Long-Short Range Attention" in rendered[0]


def test_markdown_reading_list_is_grouped_by_status(cli: Callable[..., Run]) -> None:
    cli("mark", RESNEST, "reading")
    cli("mark", DACL, "read")
    cli("note", RESNEST, "split attention = SK + ResNeXt")
    text = export(cli, "--format", "markdown", "--category", "cs")
    headings = [line for line in text.splitlines() if line.startswith("## ")]
    assert headings == ["## Reading now (1)", "## To read (2)", "## Read (1)"]
    assert (
        "### ResNeSt: Split\\-Attention Networks" in text or "### ResNeSt: Split-Attention Networks" in text
    )
    assert (
        "**Your note:** split attention = SK \\+ ResNeXt" in text or "split attention = SK + ResNeXt" in text
    )
    assert "[pdf](<https://arxiv.org/pdf/2004.08955>)" in text
    assert "> — *zz\\_weekly.md*" in text


def test_csv_and_json_exports_are_the_list(cli: Callable[..., Run]) -> None:
    assert json.loads(export(cli, "-f", "json")) == json.loads(cli("list", "-f", "json").stdout)
    rows = list(csv.DictReader(io.StringIO(export(cli, "-f", "csv", "--min-mentions", "2"))))
    # and the multi-view paper: an OpenReview forum in 001, named by its title alone in 003
    assert {row["arxiv_id"] or row["openreview_id"] for row in rows} == {LITE, DACL, "-bdp_8Itjwp"}


def test_output_file(cli: Callable[..., Run], tmp_path: Path) -> None:
    target = tmp_path / "refs.bib"
    result = cli("export", "-o", str(target), "--category", "cs.CV")
    assert result.exit_code == 0
    assert result.stdout == ""
    assert "Wrote 2 papers" in result.stderr
    assert set(parse_bibtex(target.read_text(encoding="utf-8"))) == {
        "tan2021efficientnetv2",
        "zhang2020resnest",
    }


def test_unwritable_output_is_a_usage_error(cli: Callable[..., Run], tmp_path: Path) -> None:
    result = cli("export", "-o", str(tmp_path / "no" / "such" / "folder" / "refs.bib"))
    assert result.exit_code == 2
    assert "cannot write" in result.stderr


def test_bad_format_and_empty_result(cli: Callable[..., Run]) -> None:
    bad = cli("export", "--format", "ris")
    assert bad.exit_code == 2
    assert "--format" in bad.stderr
    empty = cli("export", "--tag", "nothing")
    assert empty.exit_code == 0
    assert empty.stdout == ""
    assert "No papers match" in empty.stderr
    assert json.loads(export(cli, "-f", "csl-json", "--tag", "nothing")) == []


HOSTILE = (
    '<script>document.title="pwned"</script><img src=x onerror="document.title=1"> '
    "[bold red]Evil[/] \x1b[31mred\x1b[0m \u202eRTL https://arxiv.org/abs/2109.99999\n"
    '<a href="javascript:alert(1)">click</a> & "quotes" \'single\' 中文摘要\n'
)


@pytest.fixture
def hostile(cli: Callable[..., Run], tmp_path: Path, isolated: Path) -> None:
    digest = tmp_path / "hostile.md"
    digest.write_text(HOSTILE, encoding="utf-8")
    assert cli("ingest", str(digest), "--offline").exit_code == 0
    with sqlite3.connect(isolated) as conn:  # a digest that hands us a javascript: "code" link
        conn.execute("UPDATE mentions SET code_url = 'javascript:alert(2)' WHERE raw LIKE '%2109.99999%'")
    cli("note", "2109.99999", "</div><script>alert(3)</script>")
    cli("tag", "2109.99999", "+x")


@pytest.mark.usefixtures("hostile")
def test_html_escapes_all_outside_text(cli: Callable[..., Run]) -> None:
    page = export(cli, "--format", "html")
    assert page.startswith("<!doctype html>")
    assert "<script" not in page.lower()  # not ours, and theirs escaped
    assert "onerror=" not in page.replace("onerror=&#34;", "")  # only as escaped text
    assert "&lt;script&gt;" in page
    assert "javascript:" not in page.split("<body>")[1].replace("javascript:alert(1)&#34;", "")
    assert 'href="javascript' not in page
    assert "\x1b" not in page
    assert "\u202e" not in page
    assert "http://" not in page.split("</style>")[0].replace("http-equiv", "")  # nothing loaded from the web
    assert "@import" not in page


def chromium() -> str | None:
    for name in (os.environ.get("PAPERLIST_CHROMIUM"), "chromium", "chromium-browser", "google-chrome"):
        if name and shutil.which(name):
            return shutil.which(name)
    return None


def run_chromium(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    browser = chromium()
    assert browser is not None
    return subprocess.run(
        [
            browser,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            f"--user-data-dir={tmp_path / 'chromium-profile'}",
            *args,
        ],
        capture_output=True,
        text=True,
        timeout=90,
        check=False,
    )


@pytest.mark.skipif(chromium() is None, reason="chromium is not installed: `make browser` installs it")
@pytest.mark.usefixtures("hostile")
def test_html_page_in_a_real_browser(cli: Callable[..., Run], tmp_path: Path) -> None:
    cli("mark", LITE, "reading")
    cli("star", LITE)
    cli("note", LITE, "LSRA: convolution for local context")
    cli("mark", RESNEST, "read")
    page = tmp_path / "reading.html"
    assert cli("export", "-f", "html", "-o", str(page)).exit_code == 0
    url = page.as_uri()

    dom = run_chromium(tmp_path, "--virtual-time-budget=2000", "--dump-dom", url)
    assert dom.returncode == 0, dom.stderr[-2000:]
    html = dom.stdout
    title = re.search(r"<title>(.*?)</title>", html, re.DOTALL)
    assert title is not None
    assert title.group(1) == f"Reading list · {PAPERS + 1} papers"  # no injected script changed it
    assert "<script" not in html.lower()  # no script element was created from the digest's text
    assert "<img" not in html.lower()
    assert html.count("<article") == PAPERS + 1
    sections = re.findall(r'<section id="(\w+)">', html)
    assert sections == ["reading", "unread", "read"]
    assert html.index("Lite Transformer with Long-Short Range Attention") < html.index("ResNeSt")
    assert "LSRA: convolution for local context" in html
    assert '&lt;script&gt;document.title="pwned"&lt;/script&gt;' in html  # shown as text
    assert "[bold red]Evil[/]" in html
    assert "移动端的高效Transformer" in html
    assert 'href="https://arxiv.org/pdf/2004.11886"' in html

    shot = tmp_path / "reading.png"
    result = run_chromium(tmp_path, "--window-size=1000,1400", f"--screenshot={shot}", url)
    assert result.returncode == 0, result.stderr[-2000:]
    data = shot.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    assert len(data) > 20_000  # a page with content, not a blank one


def test_a_read_only_database_exports_with_keys_it_cannot_keep(isolated: Path) -> None:
    from paperlist.models import PaperFilter
    from paperlist.store.db import open_store
    from paperlist.store.exports import papers_by_citation_key

    store = open_store(isolated)
    store.read_only = (
        True  # as a database on a read-only disk is opened (root can write any file: not tested so)
    )
    try:
        keys = [paper.citation_key or "" for paper in papers_by_citation_key(store, PaperFilter())]
        assert len(keys) == PAPERS
        assert all(keys)
        assert keys == sorted(keys)
        assert len(set(keys)) == len(keys)
        assert "wu2020lite" in keys
        assert store.conn.execute("SELECT count(*) FROM citation_keys").fetchone()[0] == 0  # nothing written
    finally:
        store.close()
