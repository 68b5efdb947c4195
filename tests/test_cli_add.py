"""`paperlist add` (ids in every form, titles, several at once, stdin) and `paperlist ingest -`, through the CLI."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from paperlist.errors import ExitCode
from tests.conftest import SEEDS, Run
from tests.servers.arxiv_api import ArxivImitation
from tests.servers.openreview_api import OpenReviewImitation

Cli = Callable[..., Run]
Services = tuple[ArxivImitation, OpenReviewImitation, OpenReviewImitation]


def papers(cli: Cli, *args: str) -> list[dict[str, Any]]:
    result = cli("list", "--format", "json", *args)
    assert result.exit_code == 0, result.stderr
    listed: list[dict[str, Any]] = json.loads(result.stdout)
    return listed


def nothing_stored(cli: Cli) -> bool:
    """No paper in the library (which a refused first `add` does not even create)."""
    result = cli("list", "--format", "json")
    if result.exit_code == ExitCode.DATABASE:
        return "no database" in result.stderr
    return papers(cli) == []


@pytest.mark.parametrize(
    "given",
    [
        "2106.09685",
        "2106.09685v2",
        "arXiv:2106.09685",
        "https://arxiv.org/abs/2106.09685v2",
        "https://arxiv.org/pdf/2106.09685",
        "10.48550/arXiv.2106.09685",
        "https://doi.org/10.48550/arXiv.2106.09685",
    ],
)
def test_add_reads_an_arxiv_id_in_every_form(cli: Cli, given: str) -> None:
    result = cli("add", given, "--offline")
    assert result.exit_code == 0, result.stderr
    assert "added" in result.stderr
    (paper,) = papers(cli)
    assert paper["arxiv_id"] == "2106.09685"
    assert paper["origin"] == "hand"
    assert paper["digest_count"] == 0


def test_add_several_at_once_with_tags_status_and_note(cli: Cli) -> None:
    result = cli(
        "add",
        "2106.09685",
        "https://openreview.net/forum?id=rJ4km2R5t7",
        "LoRA: Low-Rank Adaptation of Large Language Models",
        "--tag",
        "thesis",
        "-t",
        "+to-read",
        "--status",
        "reading",
        "--note",
        "from the reading group",
        "--offline",
    )
    assert result.exit_code == 0, result.stderr
    assert "3 papers added offline" in result.stderr
    listed = papers(cli)
    assert len(listed) == 3
    assert {paper["openreview_id"] for paper in listed} >= {"rJ4km2R5t7"}
    titled = next(paper for paper in listed if paper["title"])
    assert titled["title"] == "LoRA: Low-Rank Adaptation of Large Language Models"
    assert titled["enrichment"] == "pending"  # a title is looked up later, never guessed
    for paper in listed:
        assert paper["tags"] == ["thesis", "to-read"]
        assert paper["status"] == "reading"
        assert paper["note"] == "from the reading group"


def test_add_reads_stdin_one_a_line(cli: Cli) -> None:
    result = cli(
        "add", "-", "--offline", input="2106.09685\n\n# a comment\nhttps://arxiv.org/abs/2004.11886\n"
    )
    assert result.exit_code == 0, result.stderr
    assert sorted(paper["arxiv_id"] for paper in papers(cli)) == ["2004.11886", "2106.09685"]


def test_adding_a_paper_already_in_the_list_keeps_one_and_tags_it(cli: Cli, library: Path) -> None:
    before = len(papers(cli))
    result = cli("add", "https://arxiv.org/abs/2004.11886v1", "--tag", "nlp", "--offline")
    assert result.exit_code == 0, result.stderr
    assert "already in the list" in result.stderr
    listed = papers(cli)
    assert len(listed) == before
    lite = next(paper for paper in listed if paper["arxiv_id"] == "2004.11886")
    assert lite["tags"] == ["nlp"]
    assert lite["origin"] == "digest"


def test_a_title_of_a_paper_in_the_list_finds_it(cli: Cli, library: Path) -> None:
    before = len(papers(cli))
    result = cli("add", "lite transformer with long-short range attention", "--offline")
    assert result.exit_code == 0, result.stderr
    assert "already in the list" in result.stderr
    assert len(papers(cli)) == before


@pytest.mark.parametrize(
    ("given", "message"),
    [
        ("https://example.com/paper", "neither an arXiv nor an OpenReview address"),
        ("10.1145/3290605.3300233", "neither an arXiv nor an OpenReview address"),
        ("12345", "no letters to be a title"),
    ],
)
def test_add_refuses_what_is_neither_an_id_nor_a_title(cli: Cli, given: str, message: str) -> None:
    result = cli("add", given, "--offline")
    assert result.exit_code == 2
    assert message in result.stderr
    assert given in result.stderr
    assert nothing_stored(cli)  # nothing was added, not even the valid ones


def test_add_with_nothing_on_stdin_says_so(cli: Cli) -> None:
    result = cli("add", "-", "--offline", input="\n")
    assert result.exit_code == 2
    assert "nothing to add" in result.stderr


def test_add_with_a_bad_tag_adds_nothing(cli: Cli) -> None:
    result = cli("add", "2106.09685", "--tag", "two words", "--offline")
    assert result.exit_code == 2
    assert "'two words' is not a valid tag" in result.stderr
    assert nothing_stored(cli)


def test_online_add_fetches_many_ids_in_one_request(cli: Cli, services: Services) -> None:
    arxiv = services[0]
    result = cli("add", "2004.11886", "2011.04419", "https://arxiv.org/abs/2004.08955v1", "2104.00298")
    assert result.exit_code == 0, result.stderr
    id_requests = [entry for entry in arxiv.log if entry.params.get("id_list")]
    assert len(id_requests) == 1
    assert len(id_requests[0].params["id_list"].split(",")) == 4
    listed = papers(cli)
    assert {paper["enrichment"] for paper in listed} == {"enriched"}
    assert "Lite Transformer with Long-Short Range Attention" in {paper["title"] for paper in listed}


def test_an_added_title_is_resolved_like_a_digest_title(cli: Cli, services: Services) -> None:
    result = cli("add", "Lite Transformer with Long-Short Range Attention")
    assert result.exit_code == 0, result.stderr
    (paper,) = papers(cli)
    assert (paper["arxiv_id"], paper["enrichment"]) == ("2004.11886", "enriched")


def test_an_unsure_title_is_never_guessed_and_says_how_to_settle_it(cli: Cli, services: Services) -> None:
    result = cli("add", "Not All Memories are Created Equal: Learning to Expire")
    assert result.exit_code == 0, result.stderr
    (paper,) = papers(cli)
    assert paper["arxiv_id"] is None
    assert paper["enrichment"] == "ambiguous"
    assert f"paperlist show {paper['id']}" in result.stderr
    assert paper["candidates"][0]["arxiv_id"] == "2105.06548"


def test_ingest_reads_a_digest_from_stdin(cli: Cli) -> None:
    digest = (SEEDS / "000_146ccdcc23f85c39.txt").read_text(encoding="utf-8")
    first = cli("ingest", "-", "--offline", input=digest)
    assert first.exit_code == 0, first.stderr
    assert "Read 1 digest (1 new)" in first.stderr
    found = papers(cli)
    assert found
    assert {mention["digest"] for paper in found for mention in paper["mentions"]} == {"stdin"}
    again = cli("ingest", "-", "--offline", input=digest)
    assert "1 unchanged" in again.stderr
    other = cli("ingest", "-", "--offline", input="1. Some paper https://arxiv.org/abs/2106.09685\n")
    assert "1 new" in other.stderr
    assert len(papers(cli)) == len(found) + 1  # a second text from stdin is another digest


def test_ingest_of_empty_stdin_fails_clearly(cli: Cli) -> None:
    result = cli("ingest", "-", "--offline", input="")
    assert result.exit_code == 3
    assert "stdin is empty" in result.stderr
