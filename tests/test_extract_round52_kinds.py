"""Kinds and habits the blind rounds 52 and 53 brought (tests/data/digests-round52, -round53), each written here
in a small digest of its own: gzip files and Gnumeric workbooks, CherryTree notebooks, a code host's API answer
holding a file, a to-do app's tasks in JSON and a tracker's CSV, ABNT references, chat logs, a short name before
a dash and its title after, citations going on past a comma, a textbook named before its quoted title."""

from __future__ import annotations

import base64
import gzip
import json
import textwrap
from pathlib import Path

import pytest

from paperlist.digests import Reference
from paperlist.errors import InputError
from paperlist.ingest.decode import decode_digest
from paperlist.ingest.extract import extract_references
from paperlist.ingest.parse import read_digests


def _read(folder: Path) -> tuple[Reference, ...]:
    (reading,) = read_digests([str(folder)])
    return reading.extraction.references


def _by_title(references: tuple[Reference, ...]) -> dict[str | None, Reference]:
    return {reference.title: reference for reference in references}


def refs(text: str, shape: str = "text") -> tuple[Reference, ...]:
    return extract_references(textwrap.dedent(text), shape).references


# --- containers -----------------------------------------------------------------------------------------------

GNUMERIC = """<?xml version="1.0" encoding="UTF-8"?>
<gnm:Workbook xmlns:gnm="http://www.gnumeric.org/v10.dtd">
  <gnm:Sheets>
    <gnm:Sheet>
      <gnm:Name>Leituras</gnm:Name>
      <gnm:Styles>
        <gnm:StyleRegion startCol="2" startRow="1" endCol="2" endRow="1">
          <gnm:Style><gnm:HyperLink type="GnmHLinkURL" target="https://arxiv.org/abs/2001.08361"/></gnm:Style>
        </gnm:StyleRegion>
      </gnm:Styles>
      <gnm:Cells>
        <gnm:Cell Row="0" Col="0" ValueType="60">Nº</gnm:Cell>
        <gnm:Cell Row="0" Col="1" ValueType="60">Título</gnm:Cell>
        <gnm:Cell Row="0" Col="2" ValueType="60">Link</gnm:Cell>
        <gnm:Cell Row="1" Col="0" ValueType="40">1</gnm:Cell>
        <gnm:Cell Row="1" Col="1" ValueType="60">Scaling Laws for Neural Language Models</gnm:Cell>
        <gnm:Cell Row="1" Col="2" ValueType="60">arXiv</gnm:Cell>
        <gnm:Cell Row="2" Col="0" ValueType="40">2</gnm:Cell>
        <gnm:Cell Row="2" Col="1" ValueType="60">Training Compute-Optimal Large Language Models</gnm:Cell>
      </gnm:Cells>
    </gnm:Sheet>
  </gnm:Sheets>
</gnm:Workbook>
"""


def test_a_gnumeric_workbook_as_gnumeric_saves_it_gives_its_rows_papers_and_their_links(
    tmp_path: Path,
) -> None:
    (tmp_path / "leituras.gnumeric").write_bytes(gzip.compress(GNUMERIC.encode()))
    found = _by_title(_read(tmp_path))
    assert found["Scaling Laws for Neural Language Models"].arxiv_id == "2001.08361"  # (its cell's link)
    assert "Training Compute-Optimal Large Language Models" in found
    assert "Leituras" not in found
    assert "Título" not in found


def test_a_gzip_file_is_read_as_what_it_holds_and_a_bomb_or_damaged_one_is_refused() -> None:
    text, _ = decode_digest(gzip.compress(b"# Notes\n\nhttps://arxiv.org/abs/2106.09685\n"), "notes.md.gz")
    assert "2106.09685" in text
    # (more than a digest may be once inflated, or not gzip after its first bytes: no digest at all)
    for data in (gzip.compress(b"a" * (21 * 1024 * 1024)), b"\x1f\x8b" + b"\x00" * 40):
        with pytest.raises(InputError, match=r"big\.txt\.gz is a gzip archive"):
            decode_digest(data, "big.txt.gz")


CHERRYTREE = """<?xml version="1.0" encoding="UTF-8"?>
<cherrytree>
  <node name="Αυτοεπιβλεπόμενη μάθηση" unique_id="1" prog_lang="custom-colors">
    <rich_text scale="h2">Αντιθετική μάθηση
</rich_text>
    <rich_text>Βασικό: </rich_text>
    <rich_text link="webs https://arxiv.org/abs/1911.05722">Momentum Contrast for Unsupervised Visual Representation Learning</rich_text>
    <rich_text> — Kaiming He et al.
</rich_text>
    <rich_text weight="heavy">Με ετικέτες: </rich_text>
    <rich_text>Supervised Contrastive Learning (NeurIPS 2020).
</rich_text>
    <node name="Εκκρεμότητες" unique_id="2" prog_lang="custom-colors">
      <rich_text weight="heavy">Σκληρά αρνητικά: </rich_text>
      <rich_text style="italic">Contrastive Learning with Hard Negative Samples, ICLR 2021</rich_text>
      <table head_front="0"><row><cell>BYOL</cell><cell>74.3</cell></row><row><cell>Μέθοδος</cell><cell>Top-1</cell></row></table>
    </node>
  </node>
</cherrytree>
"""


def test_a_cherrytree_notebook_is_read_as_its_nodes_text_links_and_emphasis(tmp_path: Path) -> None:
    (tmp_path / "phd.ctd").write_text(CHERRYTREE, "utf-8")
    text, label = decode_digest(CHERRYTREE.encode(), "phd.ctd")
    assert label.startswith("cherrytree/")
    assert "## Εκκρεμότητες" in text
    assert "| Μέθοδος | Top-1 |" in text.splitlines()  # (its header row first)
    found = _by_title(_read(tmp_path))
    assert found["Momentum Contrast for Unsupervised Visual Representation Learning"].arxiv_id == "1911.05722"
    assert "Supervised Contrastive Learning" in found
    assert "Contrastive Learning with Hard Negative Samples" in found


def test_a_code_hosts_api_answer_is_read_as_the_file_it_holds_by_that_files_name(tmp_path: Path) -> None:
    readme = textwrap.dedent(
        """\
        # Awesome Agent Memory

        | Paper | Venue | Links |
        | --- | --- | --- |
        | <b>MemGPT: Towards LLMs as Operating Systems</b><br><sub>Charles Packer, Sarah Wooders et al.</sub> | arXiv 2023 | [arXiv](https://arxiv.org/abs/2310.08560) |
        | <b>Voyager: An Open-Ended Embodied Agent with Large Language Models</b><br><sub>Guanzhi Wang, Yuqi Xie et al.</sub> | TMLR 2024 | [Project](https://voyager.minedojo.org/) |
        """
    )
    encoded = base64.encodebytes(
        readme.encode()
    ).decode()  # (wrapped at 76 characters, as GitHub wraps at 60)
    answer = {
        "name": "README.md",
        "path": "README.md",
        "type": "file",
        "content": encoded,
        "encoding": "base64",
    }
    (tmp_path / "readme.json").write_text(json.dumps(answer, indent=2), "utf-8")
    found = _by_title(_read(tmp_path))
    assert found["MemGPT: Towards LLMs as Operating Systems"].arxiv_id == "2310.08560"
    # (its project page, on a site its name names, shows the paper; its authors in small type are no paper)
    assert "Voyager: An Open-Ended Embodied Agent with Large Language Models" in found
    assert not [title for title in found if title and ("Packer" in title or "Guanzhi" in title)]


# --- to-do apps and trackers ----------------------------------------------------------------------------------


def test_a_to_do_apps_tasks_are_read_for_the_papers_their_names_and_notes_cite(tmp_path: Path) -> None:
    tasks = {
        "kind": "tasks#taskLists",
        "items": [
            {
                "kind": "tasks#taskList",
                "title": "Okuma planı",
                "items": [
                    {
                        "kind": "tasks#task",
                        "title": "Longformer",
                        "notes": "Longformer: The Long-Document Transformer — arXiv:2004.05150\nKayan pencere.",
                        "status": "needsAction",
                    },
                    {
                        "kind": "tasks#task",
                        "title": "Karşılaştırma tablosu: Longformer vs Big Bird (bellek, hız)",
                        "notes": "Tabloyu lab wiki'sine koy.",
                        "status": "needsAction",
                    },
                    {"kind": "tasks#task", "title": "Market: yumurta, peynir, çay", "status": "needsAction"},
                ],
            }
        ],
    }
    (tmp_path / "Tasks.json").write_text(json.dumps(tasks, ensure_ascii=False), "utf-8")
    found = _read(tmp_path)
    assert [(reference.arxiv_id, reference.title) for reference in found] == [
        ("2004.05150", "Longformer: The Long-Document Transformer")
    ]


def test_a_trackers_csv_task_is_read_with_its_description(tmp_path: Path) -> None:
    (tmp_path / "issues.csv").write_text(
        "ID,Title,Description,Status,Assignee,Due Date\n"
        'NLP-201,Đọc bài nền tảng,"Bài nền tảng.\n\n**Sequence to Sequence Learning with Neural Networks** — '
        'Sutskever, Vinyals, Le (NIPS 2014)",Todo,Quân,2024-03-01\n'
        "NLP-202,Xin thêm quota GPU,Gửi email cho phòng máy.,Todo,Quân,2024-03-02\n",
        "utf-8",
    )
    assert [reference.title for reference in _read(tmp_path)] == [
        "Sequence to Sequence Learning with Neural Networks"
    ]


# --- reference styles -----------------------------------------------------------------------------------------

ABNT = """\
REFERÊNCIAS

BRASIL. Lei nº 13.709, de 14 de agosto de 2018. Lei Geral de Proteção de Dados Pessoais
(LGPD). Brasília, DF: Presidência da República, 2018. Disponível em:
https://www.planalto.gov.br/ccivil_03/lei/l13709.htm. Acesso em: 20 fev. 2023.

GOLDBERG, Y. Neural network methods for natural language processing. San Rafael: Morgan &
Claypool, 2017. (Synthesis Lectures on Human Language Technologies, v. 37).

HOWARD, J.; RUDER, S. Universal Language Model Fine-tuning for Text Classification. In:
ANNUAL MEETING OF THE ASSOCIATION FOR COMPUTATIONAL LINGUISTICS, 56., 2018, Melbourne.
Proceedings [...]. Melbourne: ACL, 2018. p. 328-339.

HUGGING FACE. Transformers: documentation. [S. l.], 2023. Disponível em:
https://huggingface.co/docs/transformers/index. Acesso em: 15 jun. 2023.

SENNRICH, R.; HADDOW, B.; BIRCH, A. Neural Machine Translation of Rare Words with Subword
Units. In: ANNUAL MEETING OF THE ASSOCIATION FOR COMPUTATIONAL LINGUISTICS, 54., 2016,
Berlin. Proceedings [...]. Berlin: ACL, 2016. p. 1715-1725.
"""


def test_abnt_references_give_their_papers_not_their_laws_books_or_web_pages() -> None:
    assert [reference.title for reference in refs(ABNT)] == [
        "Universal Language Model Fine-tuning for Text Classification",
        "Neural Machine Translation of Rare Words with Subword Units",
    ]


def test_a_handouts_starred_numbers_still_number_its_references() -> None:
    text = """\
    Список

    1*. Glorot X., Bengio Y. Understanding the difficulty of training deep feedforward neural networks. AISTATS 2010.

    2. Zhang H., Wu C., Zhang Z. та ін. ResNeSt: Split-Attention Networks. CVPR Workshops 2022.

    Додаткові матеріали (не статті): підручник «Dive into Deep Learning», розд. 8.
    """
    assert [reference.title for reference in refs(text)] == [
        "Understanding the difficulty of training deep feedforward neural networks",
        "ResNeSt: Split-Attention Networks",
    ]  # (and a textbook named in the writer's language before its quoted title is no paper)


def test_a_citation_going_on_past_a_comma_is_read_and_a_cited_authors_list_is_left_out_of_its_title() -> None:
    text = """\
    Proposed first batch:

      3. GAU / FLASH -- Transformer Quality in Linear Time (ICML 2022,
         https://proceedings.mlr.press/v162/hua22a.html)

    The docs still say "LSTM" without a reference; the citation should be

      Hochreiter & Schmidhuber, "Long Short-Term Memory",
      Neural Computation 9(8):1735-1780, 1997.

    Foundations: Deep Unsupervised Learning using Nonequilibrium Thermodynamics (Sohl-Dickstein et al., ICML 2015) — https://proceedings.mlr.press/v37/sohl-dickstein15.html
    """
    titles = [reference.title for reference in refs(text)]
    assert "Transformer Quality in Linear Time" in titles  # (after the digest's short name and a dash)
    assert "Long Short-Term Memory" in titles
    assert not [title for title in titles if title and ("Sohl-Dickstein" in title or title == "GAU / FLASH")]


def test_an_unknown_xml_documents_character_references_are_read_as_the_characters() -> None:
    data = (
        '<?xml version="1.0"?>\n<bug><thetext>The citation should be\n\n'
        "  Hochreiter &amp; Schmidhuber, &quot;Long Short-Term Memory&quot;,\n"
        "  Neural Computation 9(8):1735-1780, 1997.</thetext></bug>\n"
    )
    (found,) = [r for r in extract_references(data, "text").references if r.title]
    assert found.title == "Long Short-Term Memory"
    assert "&amp;" not in (found.authors or "")


# --- chats, tables, names -------------------------------------------------------------------------------------


def test_a_chat_logs_time_and_speaker_are_no_part_of_a_title() -> None:
    text = """\
    Conversation with lesekreis@conference.example.org

    (19:00:02) jonas: hallo zusammen
    (19:00:25) **mara:** dazu als Vorgeschichte die Adapter: Parameter-Efficient Transfer Learning for NLP (ICML 2019, https://proceedings.mlr.press/v97/houlsby19a.html)
    [19:01] <lena> ok, danke
    """
    assert [reference.title for reference in refs(text)] == ["Parameter-Efficient Transfer Learning for NLP"]


def test_names_set_side_by_side_or_listed_in_a_cell_are_no_title() -> None:
    text = """\
    | 周次 | 论文 | 主讲 |
    | --- | --- | --- |
    | 第 1 周 | Transformer-XL: Attentive Language Models Beyond a Fixed-Length Context | 陈一帆 |
    | 第 2 周 | Addressing Some Limitations of Transformers with Feedback Memory | 赵思远 |
    | 第 6 周 | CTC、AlphaGo Zero | 待定 |

    Comparison table: Longformer vs Big Bird (memory, speed).
    """
    titles = [reference.title for reference in refs(text, "markdown")]
    assert "Transformer-XL: Attentive Language Models Beyond a Fixed-Length Context" in titles
    assert not [title for title in titles if title and ("AlphaGo" in title or " vs " in title)]


def test_an_html_values_terms_and_descriptions_are_lines_of_their_own(tmp_path: Path) -> None:
    entries = [
        {
            "is_archived": 1,
            "tags": ["plongements"],
            "id": 1204,
            "title": "Deep Contextualized Word Representations - ACL Anthology",
            "url": "https://aclanthology.org/N18-1202/",
            "content": "<p>ELMo: contextual word vectors taken as learned combinations of the internal states of a "
            "deep bidirectional language model.</p><dl><dt>Anthology ID:</dt><dd>N18-1202</dd><dt>Volume:</dt>"
            "<dd>Proceedings of the 2018 Conference of the North American Chapter of the Association for "
            "Computational Linguistics: Human Language Technologies, Volume 1 (Long Papers)</dd><dt>Year:</dt>"
            "<dd>2018</dd><dt>Pages:</dt><dd>2227–2237</dd></dl>",
            "mimetype": "text/html; charset=utf-8",
            "domain_name": "aclanthology.org",
        }
    ]
    (tmp_path / "wallabag.json").write_text(json.dumps(entries), "utf-8")
    titles = [reference.title for reference in _read(tmp_path)]
    assert "Deep Contextualized Word Representations" in titles
    assert not [title for title in titles if title and "North American" in title]
