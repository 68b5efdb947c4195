"""Semantic Scholar through the CLI: venues, citations and TL;DRs on the seeds, papers arXiv lacks, the filters
and orders it enables, exports that cite published papers as what they are, and runs that end in a clear state
when it is offline, throttled or refuses the key."""

from __future__ import annotations

import json
import re
import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from paperlist.store.db import open_store
from tests.conftest import Run
from tests.seeding import record_seed_references
from tests.servers.arxiv_api import ArxivImitation, load_records
from tests.servers.openreview_api import OpenReviewImitation
from tests.servers.semanticscholar_api import DATA, S2Imitation, too_many_requests

Services = tuple[ArxivImitation, OpenReviewImitation, OpenReviewImitation]
Cli = Callable[..., Run]
FACTS = json.loads((DATA / "s2" / "facts.json").read_text("utf-8"))
DEV_DIGEST = DATA / "digests-dev" / "01_reading-plan-llm-foundations.md"
GPT2 = "Language Models are Unsupervised Multitask Learners"
# How a venue is shown: its short name when S2 gives one (an alternate name such as "ICLR"), else its name.
SHOWN = {
    key: key for key in ("ICLR", "NeurIPS", "ICML", "CVPR", "CVPRW", "ICCV", "ECCV", "WACV", "EMNLP", "ACL")
}
SHOWN |= {"NAACL": "NAACL", "AAAI": "AAAI", "JMLR": "JMLR"}


def papers(cli: Cli, *args: str) -> list[dict[str, Any]]:
    result = cli("list", "--format", "json", *args)
    assert result.exit_code == 0, result.stderr
    listed: list[dict[str, Any]] = json.loads(result.stdout)
    return listed


@pytest.fixture
def seeded(isolated: Path) -> Path:
    """Every reference of the seed digests in the store, none enriched."""
    store = open_store(isolated)
    record_seed_references(store)
    store.close()
    return isolated


@pytest.fixture
def enriched(cli: Cli, services: Services, seeded: Path) -> Path:
    result = cli("enrich")
    assert result.exit_code == 0, result.stderr
    return seeded


# -- done when: the seeds against the imitations --------------------------------------------------------------


def test_every_seed_paper_has_the_venue_semantic_scholar_gives(
    cli: Cli, enriched: Path, s2_server: S2Imitation
) -> None:
    listed = {paper["arxiv_id"]: paper for paper in papers(cli) if paper["arxiv_id"]}
    published = {arxiv_id: fact for arxiv_id, fact in FACTS["papers"].items() if arxiv_id in listed}
    assert len(published) >= 25
    for arxiv_id, fact in published.items():
        short = SHOWN.get(fact["venue"], FACTS["venues"][fact["venue"]]["name"])
        paper = listed[arxiv_id]
        assert (paper["venue"], paper["year"]) == (short, fact["year"]), arxiv_id
        assert paper["citation_count"] is not None
        assert paper["s2_id"]
        assert paper["tldr"]
    # arXiv stays the reference for what it knows: titles, authors and dates are arXiv's.
    assert listed["2004.11886"]["published"] == "2020-04-24"
    # One batch request for all the seed papers, title matches only for the paper arXiv could not place.
    assert s2_server.requests_to("batch") == 1
    assert s2_server.requests_to("match") == 1
    s2_server.clear()
    again = cli("enrich")
    assert "nothing to ask" in again.stderr
    assert s2_server.log == []


def test_show_gives_venue_citations_and_the_tldr(cli: Cli, enriched: Path) -> None:
    shown = cli("show", "2004.11886")
    assert shown.exit_code == 0
    assert re.search(r"venue\s+ICLR 2020", shown.stdout)
    assert re.search(r"citations\s+[0-9,]+ \(Semantic Scholar, \d{4}-\d\d-\d\d\)", shown.stdout)
    assert "TL;DR (Semantic Scholar)" in shown.stdout
    assert "semanticscholar.org/paper/" in shown.stdout
    page = cli("show", "2004.11886", "--format", "markdown").stdout
    assert "## TL;DR" in page


def test_a_title_only_paper_arxiv_lacks_is_enriched_from_semantic_scholar(
    cli: Cli, isolated: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, s2_server: S2Imitation
) -> None:
    """GPT-2's report, named by its title in a reading plan, has no arXiv version."""
    records = load_records() | load_records(DATA / "s2" / "catalogue-dev.json")
    with ArxivImitation(records) as arxiv, OpenReviewImitation(api=2) as openreview:
        monkeypatch.setenv("PAPERLIST_ARXIV_URL", arxiv.url)
        monkeypatch.setenv("PAPERLIST_ARXIV_DELAY", "0.01")
        monkeypatch.setenv("PAPERLIST_OPENREVIEW_URL", openreview.base_url)
        monkeypatch.setenv("PAPERLIST_S2_URL", s2_server.url)
        monkeypatch.setenv("PAPERLIST_S2_DELAY", "0.01")
        folder = tmp_path / "plan"
        folder.mkdir()
        shutil.copy(DEV_DIGEST, folder)
        result = cli("ingest", str(folder))
    assert result.exit_code == 0, result.stderr
    gpt2 = next(paper for paper in papers(cli) if paper["title"] == GPT2)
    assert gpt2["enrichment"] == "enriched"
    assert gpt2["arxiv_id"] is None
    assert gpt2["authors"][:2] == ["Alec Radford", "Jeffrey Wu"]
    assert gpt2["year"] == 2019
    assert gpt2["s2_id"]
    assert gpt2["url"].startswith("https://www.semanticscholar.org/paper/")
    assert "Semantic Scholar" in gpt2["enrichment_reason"]
    # Titles arXiv placed were never matched on Semantic Scholar: one match request per paper it could not.
    unplaced = [p for p in papers(cli) if p["arxiv_id"] is None]
    assert s2_server.requests_to("match") == len(unplaced)
    # No wrong paper: every placeholder title (week headings, topic lines) stays unresolved.
    assert all(p["enrichment"] != "enriched" for p in unplaced if p["title"] != GPT2)
    bib = cli("show", str(gpt2["id"]), "--format", "bibtex").stdout
    assert bib.startswith("@misc{radford2019language,")
    assert "howpublished = {OpenAI report 2019}" in bib


# -- filters and orders ---------------------------------------------------------------------------------------


def test_list_sorts_by_citations_and_filters_by_count_and_venue(cli: Cli, enriched: Path) -> None:
    ranked = papers(cli, "--sort", "citations")
    counts = [paper["citation_count"] for paper in ranked]
    known = [count for count in counts if count is not None]
    assert known == sorted(known, reverse=True)
    assert counts[: len(known)] == known  # papers without a count come last
    threshold = known[len(known) // 2]
    cited = papers(cli, "--min-citations", str(threshold))
    assert {p["id"] for p in cited} == {p["id"] for p in ranked if (p["citation_count"] or 0) >= threshold}
    iclr = papers(cli, "--venue", "ICLR")
    assert iclr
    assert all("ICLR" in (paper["venue"] or "") for paper in iclr)
    published_iclr = {a for a, fact in FACTS["papers"].items() if fact["venue"] == "ICLR"}
    assert published_iclr & {p["arxiv_id"] for p in papers(cli)} <= {p["arxiv_id"] for p in iclr}
    # A word of the venue's name must start with it: ACL is not NAACL, and names S2 knows count.
    assert {p["venue"] for p in papers(cli, "--venue", "acl")} == {"ACL"}
    assert papers(cli, "--venue", "Learning Representations")
    # The same filters in every view.
    assert cli("next", "--venue", "ICLR", "--min-citations", "1", "--format", "json").exit_code == 0
    assert cli("search", "transformer", "--venue", "ICML", "--format", "json").exit_code == 0
    exported = cli("export", "--venue", "EMNLP", "--format", "csl-json")
    assert {item["container-title"] for item in json.loads(exported.stdout)} == {
        "Conference on Empirical Methods in Natural Language Processing"
    }


def test_next_weighs_citations_and_says_so(cli: Cli, enriched: Path) -> None:
    ranked = json.loads(cli("next", "-n", "38", "--format", "json").stdout)
    single = [paper for paper in ranked if paper["digest_count"] == 1]
    tiers = [len(str(paper["citation_count"])) if paper["citation_count"] else 0 for paper in single]
    assert tiers == sorted(tiers, reverse=True)
    table = cli("next", "-n", "3").stdout
    assert "citations" in table


def test_exports_cite_published_papers_at_their_venue_keeping_the_eprint(cli: Cli, enriched: Path) -> None:
    bib = cli("show", "2004.11886", "--format", "bibtex").stdout
    assert bib.startswith("@inproceedings{wu2020lite,")
    assert "booktitle = {International Conference on Learning Representations}" in bib
    assert "eprint = {2004.11886}" in bib
    assert "year = {2020}" in bib
    journal = cli("show", "2004.07780", "--format", "bibtex").stdout
    assert journal.startswith("@article{")
    assert "journal = {Nature Machine Intelligence}" in journal
    preprint = cli("show", "2006.14536", "--format", "bibtex").stdout
    assert preprint.startswith("@misc{")
    assert "archivePrefix = {arXiv}" in preprint
    reading_list = cli("export", "--format", "markdown").stdout
    assert re.search(r"ICLR 2020 · [0-9,]+ citations", reading_list)
    page = cli("export", "--format", "html").stdout
    assert "ICLR 2020</span>" in page
    assert " citations</span>" in page
    csl = json.loads(cli("show", "2004.11886", "--format", "csl-json").stdout)[0]
    assert (csl["type"], csl["container-title"]) == (
        "paper-conference",
        "International Conference on Learning Representations",
    )
    assert (csl["archive"], csl["archive_location"], csl["issued"]) == (
        "arXiv",
        "2004.11886",
        {"date-parts": [[2020]]},
    )


# -- a clear state when Semantic Scholar cannot answer ----------------------------------------------------------


def test_offline_asks_semantic_scholar_nothing(
    cli: Cli, services: Services, s2_server: S2Imitation, seeds: Path
) -> None:
    result = cli("ingest", str(seeds), "--offline")
    assert result.exit_code == 0
    assert s2_server.log == []


def test_unreachable_semantic_scholar_keeps_arxiv_metadata_and_is_asked_later(
    cli: Cli, services: Services, seeded: Path, monkeypatch: pytest.MonkeyPatch, s2_server: S2Imitation
) -> None:
    monkeypatch.setenv("PAPERLIST_S2_URL", "http://127.0.0.1:9/s2")
    down = cli("enrich")
    assert down.exit_code == 6
    assert "cannot reach Semantic Scholar" in down.stderr
    assert "Enrichment done: 38 enriched" in down.stderr
    assert all(paper["s2_id"] is None for paper in papers(cli))
    monkeypatch.setenv("PAPERLIST_S2_URL", s2_server.url)
    up = cli("enrich")
    assert up.exit_code == 0, up.stderr
    assert s2_server.requests_to("batch") == 1
    assert sum(1 for paper in papers(cli) if paper["s2_id"]) == 37


def test_throttled_semantic_scholar_ends_clearly_and_finishes_later(
    cli: Cli, services: Services, seeded: Path, s2_server: S2Imitation, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PAPERLIST_S2_DELAY", "0.005")  # (the bounded wait is 90 x the delay: under a second)
    s2_server.always = too_many_requests()
    throttled = cli("enrich")
    assert throttled.exit_code == 6
    assert "Semantic Scholar still failing" in throttled.stderr
    assert "429 Too Many Requests" in throttled.stderr
    assert "`paperlist enrich` asks later" in throttled.stderr
    listed = papers(cli)
    assert sum(1 for paper in listed if paper["enrichment"] == "enriched") == 38  # arXiv's work is kept
    assert all(paper["citation_count"] is None for paper in listed)
    s2_server.always = None
    again = cli("enrich")
    assert again.exit_code == 0, again.stderr
    assert sum(1 for paper in papers(cli) if paper["citation_count"] is not None) == 37


def test_a_refused_key_ends_clearly_and_the_right_key_works(
    cli: Cli, services: Services, seeded: Path, s2_server: S2Imitation, monkeypatch: pytest.MonkeyPatch
) -> None:
    s2_server.key = "the-right-key"
    monkeypatch.setenv("PAPERLIST_S2_API_KEY", "a-wrong-key")
    refused = cli("enrich")
    assert refused.exit_code == 6
    assert "Semantic Scholar refused the API key in $PAPERLIST_S2_API_KEY" in refused.stderr
    assert len(s2_server.log) == 1  # refused once, not asked again
    monkeypatch.setenv("PAPERLIST_S2_API_KEY", "the-right-key")
    accepted = cli("enrich")
    assert accepted.exit_code == 0, accepted.stderr
    assert s2_server.log[-1].headers["x-api-key"] == "the-right-key"
    listed = papers(cli)
    iclr = {arxiv_id for arxiv_id, fact in FACTS["papers"].items() if fact["venue"] == "ICLR"}
    assert {p["arxiv_id"] for p in listed if p["venue"] == "ICLR"} == iclr & {p["arxiv_id"] for p in listed}


def test_dry_run_counts_semantic_scholar_and_asks_nothing(
    cli: Cli, services: Services, seeded: Path, s2_server: S2Imitation
) -> None:
    result = cli("enrich", "--dry-run")
    assert "1 Semantic Scholar request (1 by id) (+ up to 25 for titles arXiv cannot place)" in result.stderr
    assert s2_server.log == []


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("PAPERLIST_S2_URL", "ftp://mirror"),
        ("PAPERLIST_S2_DELAY", "soon"),
        ("PAPERLIST_S2_API_KEY", "two words"),
    ],
)
def test_a_bad_setting_is_a_usage_error_naming_it(
    cli: Cli, seeded: Path, monkeypatch: pytest.MonkeyPatch, name: str, value: str
) -> None:
    monkeypatch.setenv(name, value)
    result = cli("enrich")
    assert result.exit_code == 2
    assert name in result.stderr
    assert "Traceback" not in result.stderr


def test_a_list_enriched_before_semantic_scholar_gets_it_on_the_next_enrich(
    cli: Cli, services: Services, seeded: Path, s2_server: S2Imitation, tmp_path: Path
) -> None:
    """A database from before migration m006 keeps every row, and `paperlist enrich` then asks Semantic
    Scholar about its papers (and only Semantic Scholar: arXiv's work is done)."""
    from sqlite_utils import Database

    from paperlist.store.migrations import migrations

    old = tmp_path / "before.db"
    conn = sqlite3.connect(old)
    migrations.apply(Database(conn), stop_before="m006_semantic_scholar")
    conn.execute(
        "INSERT INTO papers (id, arxiv_id, title, enrichment, created_at, digest_count)"
        " VALUES (1, '2004.11886', 'Lite Transformer with Long-Short Range Attention', 'enriched', 'then', 0)"
    )
    conn.execute("INSERT INTO user_state (paper_id, status, added_at) VALUES (1, 'read', 'then')")
    conn.commit()
    conn.close()
    arxiv = services[0]
    result = cli("--db", str(old), "enrich")
    assert result.exit_code == 0, result.stderr
    assert "1 paper on Semantic Scholar" in result.stderr
    assert arxiv.log == []
    shown = json.loads(cli("--db", str(old), "show", "2004.11886", "--format", "json").stdout)
    assert (shown["status"], shown["venue"], shown["year"]) == ("read", "ICLR", 2020)


def test_a_title_in_another_script_is_not_matched_on_semantic_scholar(
    cli: Cli, services: Services, isolated: Path, s2_server: S2Imitation
) -> None:
    """Titles are weighed by their English words (as for arXiv): one with none costs no request."""
    from paperlist.digests import Digest, Extraction, Reference
    from paperlist.models import Evidence
    from paperlist.store.digests import record_digest

    store = open_store(isolated)
    reference = Reference(
        evidence=Evidence.TITLE_ONLY, line=1, raw="《视觉变换器综述》", title="视觉变换器综述"
    )
    digest = Digest(path="/zh.md", name="zh.md", sha256="zh", size=1, encoding="utf-8")
    record_digest(store, digest, Extraction(references=(reference,)), "2026-01-01T00:00:00+00:00")
    store.close()
    assert cli("enrich").exit_code == 0
    assert s2_server.requests_to("match") == 0
    again = cli("enrich")
    assert "nothing to ask" in again.stderr
