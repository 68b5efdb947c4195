"""`paperlist resolve`, `refresh` and `enrich --retry-missing`, through the CLI against the service imitations."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import Run
from tests.servers.arxiv_api import ArxivImitation
from tests.servers.base import access_denied
from tests.servers.openreview_api import OpenReviewImitation

Cli = Callable[..., Run]
Services = tuple[ArxivImitation, OpenReviewImitation, OpenReviewImitation]
UNSURE = (
    "Not All Memories are Created Equal: Learning to Expire"  # renamed on arXiv, no authors to confirm it
)


def paper(cli: Cli, ref: str) -> dict[str, Any]:
    result = cli("show", ref, "--format", "json")
    assert result.exit_code == 0, result.stderr
    shown: dict[str, Any] = json.loads(result.stdout)
    return shown


def added(cli: Cli, *items: str) -> list[int]:
    result = cli("add", *items)
    assert result.exit_code == 0, result.stderr
    listed = json.loads(cli("list", "--format", "json").stdout)
    return [item["id"] for item in listed]


def test_show_lists_the_candidates_and_why_each_was_unsure(cli: Cli, services: Services) -> None:
    (paper_id,) = added(cli, UNSURE)
    page = cli("show", str(paper_id))
    assert "arXiv candidates (1)" in page.stdout
    assert "2105.06548" in page.stdout
    assert "Not All Memories are Created Equal: Learning to Forget by Expiring" in page.stdout
    assert "not sure: " in page.stdout
    assert f"paperlist resolve {paper_id} N" in page.stdout
    (candidate,) = paper(cli, str(paper_id))["candidates"]
    assert candidate["arxiv_id"] == "2105.06548"
    assert candidate["authors"]
    assert candidate["published"].startswith("2021")
    assert candidate["why"] == "the title only shares some words; no authors to compare"
    assert "## arXiv candidates" in cli("show", str(paper_id), "--format", "md").stdout


def test_resolve_a_candidate_fetches_it_and_enrichment_keeps_the_decision(
    cli: Cli, services: Services
) -> None:
    (paper_id,) = added(cli, UNSURE)
    result = cli("resolve", str(paper_id), "1")
    assert result.exit_code == 0, result.stderr
    assert "resolved: arXiv 2105.06548" in result.stderr
    shown = paper(cli, str(paper_id))
    assert (shown["arxiv_id"], shown["enrichment"], shown["resolution"]) == (
        "2105.06548",
        "enriched",
        "2105.06548",
    )
    assert shown["title"] == "Not All Memories are Created Equal: Learning to Forget by Expiring"
    page = cli("show", str(paper_id)).stdout
    assert "arXiv 2105.06548 (your decision)" in page
    assert "arXiv candidates (1)" in page  # still listed: another choice is one `resolve` away
    for again in (("enrich",), ("refresh",)):
        assert cli(*again).exit_code == 0
        assert paper(cli, str(paper_id))["arxiv_id"] == "2105.06548"


def test_a_candidate_number_out_of_range(cli: Cli, services: Services) -> None:
    (paper_id,) = added(cli, UNSURE)
    result = cli("resolve", str(paper_id), "3")
    assert result.exit_code == 2
    assert "numbered 1 to 1" in result.stderr
    assert paper(cli, str(paper_id))["resolution"] is None


def test_a_candidate_number_for_a_paper_without_candidates(cli: Cli, library: Path) -> None:
    result = cli("resolve", "2004.11886", "1", "--offline")
    assert result.exit_code == 2
    assert "no candidates recorded" in result.stderr
    assert "--arxiv ID" in result.stderr


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (("9999", "--none"), 4, "'9999'"),
        (("1", "1", "--none"), 2, "choose one"),
        (("1",), 2, "choose one"),
        (("1", "--arxiv", "not-an-id"), 2, "'not-an-id' is not an arXiv id"),
    ],
)
def test_resolve_failures(cli: Cli, library: Path, args: tuple[str, ...], code: int, message: str) -> None:
    result = cli("resolve", *args, "--offline")
    assert result.exit_code == code
    assert message in result.stderr


def test_resolve_re_links_a_wrong_match(cli: Cli, services: Services, isolated: Path, tmp_path: Path) -> None:
    digest = tmp_path / "d.md"
    digest.write_text("1. Supervised Contrastive Learning\n本文提出监督对比学习。\n", encoding="utf-8")
    assert cli("ingest", str(digest), "--offline").exit_code == 0
    wrong = "Supervised Contrastive Learning for Pre-trained Language Model Fine-tuning"
    with sqlite3.connect(isolated) as conn:  # as if enrichment had matched the wrong paper
        conn.execute(
            "UPDATE papers SET arxiv_id = '2011.01403', title = ?, enrichment = 'enriched', authors = '[\"X\"]'",
            (wrong,),
        )
        conn.execute("INSERT INTO paper_titles (title_key, paper_id) VALUES (?, 1)", (wrong.lower(),))
    result = cli("resolve", "1", "--arxiv", "https://arxiv.org/abs/2004.11362v5")
    assert result.exit_code == 0, result.stderr
    assert "(was 2011.01403)" in result.stderr
    shown = paper(cli, "1")
    assert (shown["arxiv_id"], shown["title"]) == ("2004.11362", "Supervised Contrastive Learning")
    assert "X" not in shown["authors"]
    # The wrong paper's title no longer leads to this one.
    other = tmp_path / "e.md"
    other.write_text(f"1. {wrong}\n本文研究预训练语言模型微调中的监督对比学习方法。\n", encoding="utf-8")
    cli("ingest", str(other), "--offline")
    assert len(json.loads(cli("list", "--format", "json").stdout)) == 2


def test_resolve_to_an_id_already_in_the_list_merges(cli: Cli, library: Path, tmp_path: Path) -> None:
    digest = tmp_path / "d.md"
    digest.write_text(
        "1. Lite Transformers for Phones\n一篇关于在手机上运行轻量级模型的论文，值得一读。\n",
        encoding="utf-8",
    )
    cli("ingest", str(digest), "--offline")
    listed = json.loads(cli("list", "--format", "json").stdout)
    new = next(item for item in listed if item["title"] == "Lite Transformers for Phones")
    cli("note", str(new["id"]), "seen twice")
    result = cli("resolve", str(new["id"]), "--arxiv", "2004.11886", "--offline")
    assert result.exit_code == 0, result.stderr
    assert "merged" in result.stderr
    assert len(json.loads(cli("list", "--format", "json").stdout)) == len(listed) - 1
    lite = paper(cli, "2004.11886")
    assert lite["note"] == "seen twice"
    assert lite["resolution"] == "2004.11886"


def test_none_is_never_searched_on_arxiv_again(cli: Cli, services: Services, tmp_path: Path) -> None:
    digest = tmp_path / "d.md"
    digest.write_text(
        "1. Lite Transformer with Long-Short Range Attention\n面向移动端的轻量级Transformer，长短距离注意力。\n",
        encoding="utf-8",
    )
    cli("ingest", str(digest), "--offline")
    result = cli("resolve", "1", "--none")
    assert result.exit_code == 0, result.stderr
    shown = paper(cli, "1")
    assert (shown["arxiv_id"], shown["enrichment"], shown["resolution"]) == (None, "not_found", "none")
    asked = len(services[0].log)
    assert cli("enrich").exit_code == 0
    assert cli("refresh").exit_code == 0
    assert len(services[0].log) == asked
    assert paper(cli, "1")["arxiv_id"] is None
    # A digest that links an arXiv id under the same title is another paper: the decision stands.
    linked = tmp_path / "e.md"
    linked.write_text(
        "1. Lite Transformer with Long-Short Range Attention https://arxiv.org/abs/2004.11886\n", "utf-8"
    )
    cli("ingest", str(linked), "--offline")
    assert paper(cli, "1")["arxiv_id"] is None
    assert paper(cli, "2004.11886")["id"] != 1


def test_refresh_plans_and_dry_runs(cli: Cli, library: Path, services: Services) -> None:
    result = cli("refresh", "2004.11886", "2011.04419", "--dry-run")
    assert result.exit_code == 0, result.stderr
    assert "Refresh: 2 papers" in result.stderr
    assert "Would ask again about 2 arXiv ids" in result.stderr
    assert ": 1 arXiv request" in result.stderr
    assert all(len(server.log) == 0 for server in services)
    filtered = cli("refresh", "--category", "cs.CV", "--dry-run")
    assert "Refresh: 2 papers" in filtered.stderr  # ResNeSt and EfficientNetV2


def test_refresh_asks_again_in_one_batch_and_takes_what_changed(
    cli: Cli, library: Path, services: Services, isolated: Path
) -> None:
    with sqlite3.connect(isolated) as conn:
        conn.execute("UPDATE papers SET title = 'An Old Title', version = 1 WHERE arxiv_id = '2104.00298'")
    result = cli("refresh", "--status", "unread", "--category", "cs")
    assert result.exit_code == 0, result.stderr
    id_requests = [entry for entry in services[0].log if entry.params.get("id_list")]
    assert len(id_requests) == 1
    efficient = paper(cli, "2104.00298")
    assert efficient["title"] == "EfficientNetV2: Smaller Models and Faster Training"
    assert efficient["enrichment"] == "enriched"


def test_a_refused_refresh_keeps_what_papers_had(cli: Cli, library: Path, services: Services) -> None:
    services[0].always = access_denied()
    result = cli("refresh", "2004.11886")
    assert result.exit_code == 6
    assert paper(cli, "2004.11886")["enrichment"] == "enriched"


def test_retry_missing_asks_again_only_about_missing_ids(
    cli: Cli, services: Services, tmp_path: Path
) -> None:
    arxiv = services[0]
    kept = arxiv.records.pop("2004.11886")
    assert cli("add", "2004.11886", "2011.04419").exit_code == 0
    assert paper(cli, "2004.11886")["enrichment"] == "not_found"
    exported = cli("export")
    assert "2004.11886" not in exported.stdout
    assert "left out 1 paper whose arXiv id arXiv says does not exist: 2004.11886" in exported.stderr
    asked = len(arxiv.log)
    assert "nothing to ask" in cli("enrich").stderr  # a normal run remembers it is missing
    assert len(arxiv.log) == asked
    arxiv.records["2004.11886"] = kept
    plan = cli("enrich", "--retry-missing", "--dry-run")
    assert "Refresh: 1 paper, 1 id arXiv said do not exist checked again" in plan.stderr
    result = cli("enrich", "--retry-missing")
    assert result.exit_code == 0, result.stderr
    requests = [entry.params.get("id_list") for entry in arxiv.log[asked:]]
    assert requests == ["2004.11886"]
    assert paper(cli, "2004.11886")["enrichment"] == "enriched"
    assert "2004.11886" in cli("export").stdout
    nothing = cli("enrich", "--retry-missing")
    assert "nothing to ask again" in nothing.stderr
