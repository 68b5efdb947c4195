"""Digests that are data files or documents of other programs: a PDF handout, a database's SQL dump, a SPARQL
query's results, an e-reader's Lua table of highlights, a Facebook export's escaped text, SubStation Alpha
subtitles, a notebook saved as Python.

Each is read from a folder as a user's reading folder holds it, decoded into the page or records it means, and its
papers found as in any other digest; code of the same suffixes in the folder is not read.
"""

from __future__ import annotations

import json
import zlib
from pathlib import Path

import pytest

from paperlist.errors import InputError
from paperlist.ingest.decode import decode_digest
from paperlist.ingest.extract import Shape, extract_references
from paperlist.ingest.parse import read_digests
from paperlist.ingest.sources import collect_sources


def _found(folder: Path) -> set[tuple[str | None, str | None]]:
    found: set[tuple[str | None, str | None]] = set()
    for reading in read_digests([str(folder)]):
        assert reading.extraction is not None, reading
        found |= {(r.arxiv_id or r.openreview_id, r.title) for r in reading.extraction.references}
    return found


# --- PDF --------------------------------------------------------------------------------------------------------


def _pdf(lines: list[str], links: list[tuple[int, str]]) -> bytes:
    """A one-page PDF drawing `lines` top to bottom (Helvetica 11, 14 points apart) and a link annotation over
    the end of each line numbered in `links` (a line's number, its address), with a correct cross-reference."""
    ops = ["BT", "/F1 11 Tf"]
    for number, line in enumerate(lines):
        escaped = line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
        ops.append(f"1 0 0 1 72 {700 - 14 * number} Tm ({escaped}) Tj")
    ops.append("ET")
    stream = zlib.compress("\n".join(ops).encode("latin-1"))
    annotations = [
        f"<< /Type /Annot /Subtype /Link /Rect [300 {697 - 14 * n} 340 {709 - 14 * n}] /Border [0 0 0] "
        f"/A << /S /URI /URI ({url}) >> >>"
        for n, url in links
    ]
    objects = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> >> "
        f"/Contents 5 0 R /Annots [{' '.join(f'{6 + k} 0 R' for k in range(len(annotations)))}] >>",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        None,  # (the content stream)
        *annotations,
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        if body is None:
            out += f"{number} 0 obj\n<< /Length {len(stream)} /Filter /FlateDecode >>\nstream\n".encode()
            out += stream + b"\nendstream\nendobj\n"
        else:
            out += f"{number} 0 obj\n{body}\nendobj\n".encode()
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{offset:010d} 00000 n \n".encode() for offset in offsets)
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


def test_a_pdf_handout_is_read_as_its_text_with_each_link_on_the_line_it_covers(tmp_path: Path) -> None:
    (tmp_path / "handout.pdf").write_bytes(
        _pdf(
            [
                "Reading seminar, week 2",
                "1. Layer Normalization. Ba, Kiros, Hinton. 2016. [arXiv]",
                "2. Deep Residual Learning for Image Recognition. He et al. CVPR 2016.",
                "3. Group Normalization. Wu, He. ECCV 2018. [OpenReview]",
            ],
            [(1, "https://arxiv.org/abs/1607.06450"), (3, "https://openreview.net/forum?id=Hkx0Rs0qY7")],
        )
    )
    text, encoding = decode_digest((tmp_path / "handout.pdf").read_bytes(), "handout.pdf")
    assert encoding == "pdf"
    assert "[arXiv] https://arxiv.org/abs/1607.06450" in text  # (the link after the line it covers)
    found = _found(tmp_path)
    assert ("1607.06450", "Layer Normalization") in found
    assert ("Hkx0Rs0qY7", "Group Normalization") in found
    assert (None, "Deep Residual Learning for Image Recognition") in found


def test_a_damaged_pdf_is_one_clear_error_naming_it() -> None:
    with pytest.raises(InputError, match=r"handout\.pdf is a PDF that cannot be read"):
        decode_digest(b"%PDF-1.4\n1 0 obj << /Type /Catalog", "handout.pdf")


# --- SQL dumps --------------------------------------------------------------------------------------------------

SQLITE_DUMP = """\
PRAGMA foreign_keys=OFF;
BEGIN TRANSACTION;
CREATE TABLE papers (
  id      INTEGER PRIMARY KEY AUTOINCREMENT,
  title   TEXT NOT NULL,
  arxiv_id TEXT,
  url     TEXT,
  status  TEXT NOT NULL DEFAULT 'att läsa' CHECK (status IN ('att läsa', 'läst')),
  rating  REAL CHECK (rating BETWEEN 1 AND 5)
);
INSERT INTO papers VALUES(1,'Layer Normalization','1607.06450',NULL,'läst',4.0);
INSERT INTO papers VALUES(2,'Adam: A Method for Stochastic Optimization',NULL,'https://arxiv.org/abs/1412.6980','läst',NULL);
INSERT INTO papers VALUES(3,'What''s Hidden in a Randomly Weighted Neural Network?',NULL,NULL,'att läsa',NULL);
CREATE TABLE notes (paper_id INTEGER, body TEXT);
INSERT INTO notes VALUES(1,'Normalise over features; compare Group Normalization (arXiv:1803.08494) for small batches.');
INSERT INTO notes VALUES(2,replace('Two lines:\\nsee arXiv:1502.03167 for the batch version.','\\n',char(10)));
COMMIT;
"""

MYSQL_DUMP = """\
-- MySQL dump 10.13
DROP TABLE IF EXISTS `reading`;
CREATE TABLE `reading` (
  `id` int NOT NULL AUTO_INCREMENT,
  `paper_title` varchar(300) NOT NULL,
  `link` varchar(300) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
INSERT INTO `reading` (`id`, `paper_title`, `link`) VALUES (1,'Decoupled Weight Decay Regularization','https://arxiv.org/abs/1711.05101'),(2,'On the Variance of the Adaptive Learning Rate and Beyond','https://openreview.net/forum?id=rkgz2aEKDr');
"""


def test_a_database_dump_is_read_as_its_tables_rows(tmp_path: Path) -> None:
    (tmp_path / "tracker.sql").write_text(SQLITE_DUMP, encoding="utf-8")
    (tmp_path / "mysql.sql").write_text(MYSQL_DUMP, encoding="utf-8")
    (tmp_path / "schema.sql").write_text("-- migrations\nALTER TABLE papers ADD COLUMN seen INTEGER;\n")
    text, encoding = decode_digest(SQLITE_DUMP.encode(), "tracker.sql")
    assert encoding.startswith("json/sql/")
    assert json.loads(text)["papers"][2]["title"] == "What's Hidden in a Randomly Weighted Neural Network?"
    assert sorted(source.name for source in collect_sources([str(tmp_path)])) == ["mysql.sql", "tracker.sql"]
    found = _found(tmp_path)
    assert {
        ("1607.06450", "Layer Normalization"),  # (an id column's bare id)
        ("1412.6980", "Adam: A Method for Stochastic Optimization"),
        (None, "What's Hidden in a Randomly Weighted Neural Network?"),
        ("1711.05101", "Decoupled Weight Decay Regularization"),  # (mysqldump's rows, several to a statement)
        ("rkgz2aEKDr", "On the Variance of the Adaptive Learning Rate and Beyond"),
    } <= found
    assert "1803.08494" in {key for key, _ in found}  # (a note's words name a paper too)
    assert json.loads(text)["notes"][1]["body"] == "Two lines:\nsee arXiv:1502.03167 for the batch version."
    assert "1502.03167" in {
        key for key, _ in found
    }  # (sqlite3 writes a text with line breaks as `replace(…)`)


# --- SPARQL results ---------------------------------------------------------------------------------------------


def test_a_sparql_query_s_results_are_read_a_row_a_record(tmp_path: Path) -> None:
    def literal(value: str) -> dict[str, str]:
        return {"type": "literal", "value": value}

    results = {
        "head": {"vars": ["item", "title", "arxiv", "published"]},
        "results": {
            "bindings": [
                {
                    "item": {"type": "uri", "value": "http://www.wikidata.org/entity/Q1"},
                    "title": {"xml:lang": "en", **literal("Layer Normalization")},
                    "arxiv": literal("1607.06450"),
                },
                {
                    "item": {"type": "uri", "value": "http://www.wikidata.org/entity/Q2"},
                    "title": {
                        "xml:lang": "en",
                        **literal("Mastering the game of Go without human knowledge"),
                    },
                    "published": literal("2017-10-19T00:00:00Z"),
                },
            ]
        },
    }
    (tmp_path / "query.json").write_text(json.dumps(results, indent=2), encoding="utf-8")
    found = _found(tmp_path)
    assert ("1607.06450", "Layer Normalization") in found
    assert (None, "Mastering the game of Go without human knowledge") in found


# --- Lua tables -------------------------------------------------------------------------------------------------

KOREADER = """\
-- we can read Lua syntax here!
return {
    ["annotations"] = {
        [1] = {
            ["chapter"] = "2 Background",
            ["note"] = "Layer Normalization (arXiv:1607.06450) is cited \\"here\\"; see also\\
the GroupNorm paper.",
            ["page"] = 3,
            ["text"] = "normalisation statistics are computed per example",
        },
    },
    ["doc_props"] = {
        ["title"] = "Adam: A Method for Stochastic Optimization",
        ["authors"] = "Diederik P. Kingma\\
Jimmy Ba",
    },
    ["doc_path"] = "/mnt/onboard/papers/1412.6980v9.pdf",
    ["percent_finished"] = 0.42,
    ["summary"] = { ["status"] = "reading", },
}
"""


def test_an_e_reader_s_lua_table_of_a_book_is_read_as_its_records(tmp_path: Path) -> None:
    text, encoding = decode_digest(KOREADER.encode(), "metadata.pdf.lua")
    assert encoding.startswith("json/lua/")
    table = json.loads(text)
    assert table["annotations"][0]["page"] == 3  # (keys 1…n: a list)
    assert table["doc_props"]["authors"] == "Diederik P. Kingma\nJimmy Ba"  # (an escaped line break)
    (tmp_path / "metadata.pdf.lua").write_text(KOREADER, encoding="utf-8")
    (tmp_path / "init.lua").write_text("local M = {}\nfunction M.setup() return {} end\nreturn M\n")
    assert [source.name for source in collect_sources([str(tmp_path)])] == ["metadata.pdf.lua"]
    found = _found(tmp_path)
    assert "1607.06450" in {key for key, _ in found}
    assert (
        "1412.6980",
        "Adam: A Method for Stochastic Optimization",
    ) in found  # (its file's name gives its id)


# --- escaped UTF-8 ----------------------------------------------------------------------------------------------


def test_a_facebook_export_s_escaped_utf8_is_read_as_its_characters() -> None:
    message = "Đọc bài Layer Normalization (arXiv:1607.06450) nhé, café"
    escaped = "".join(f"\\u00{byte:02x}" if byte >= 0x80 else chr(byte) for byte in message.encode("utf-8"))
    export = '{"messages": [{"sender_name": "Nguy\\u00e1\\u00bb\\u0085n", "content": "' + escaped + '"}]}'
    text, _ = decode_digest(export.encode(), "message_1.json")
    assert json.loads(text)["messages"][0]["content"] == message
    assert json.loads(text)["messages"][0]["sender_name"] == "Nguyễn"
    latin = '{"content": "caf\\u00e9"}'  # (a Latin-1 character escaped as itself stays itself)
    assert json.loads(decode_digest(latin.encode(), "note.json")[0])["content"] == "café"


# --- SubStation Alpha subtitles ---------------------------------------------------------------------------------

ASS = """\ufeff[Script Info]
ScriptType: v4.00+

[V4+ Styles]
Format: Name, Fontname, Fontsize
Style: Default,Sarabun,66

[Events]
Format: Layer, Start, End, Style, Name, MarginL, MarginR, MarginV, Effect, Text
Dialogue: 0,0:00:01.00,0:00:04.00,Default,Lecturer,0,0,0,,Everything today builds on\\NAttention Is All You Need.
Dialogue: 0,0:00:04.10,0:00:09.00,Sign,slide,0,0,0,,{\\pos(960,96)}Learning Transferable Visual Models\\NFrom Natural Language Supervision, arXiv:2103.00020
Comment: 0,0:00:09.00,0:00:10.00,Default,,0,0,0,,hidden note: Layer Normalization 1607.06450
Dialogue: 0,0:00:10.00,0:00:12.00,Note,TL,0,0,0,,{\\i1}Sigmoid Loss for Language Image Pre-Training{\\i0} is next week.
Dialogue: 0,0:00:12.10,0:00:14.00,Default,Lecturer,0,0,0,,ต่อไปคือ ALIGN ครับ
Dialogue: 0,0:00:14.10,0:00:19.00,Sign,slide,0,0,0,,{\\pos(960,96)}Scaling Up Visual and Vision-Language Representation\\NLearning With Noisy Text Supervision\\N{\\fs32}Jia et al., ICML 2021
Dialogue: 0,0:00:19.10,0:00:22.00,Default,Lecturer,0,0,0,,ALIGN ทำคล้ายกัน แต่ใช้ข้อมูลที่สกปรกกว่า
"""


def test_substation_alpha_subtitles_are_read_as_the_captions_they_show(tmp_path: Path) -> None:
    text, encoding = decode_digest(ASS.encode("utf-8"), "lecture07.ass")
    assert encoding.startswith("subtitles/")
    assert "Learning Transferable Visual Models From Natural Language Supervision" in " ".join(text.split())
    assert "{\\pos" not in text
    assert "\\N" not in text
    assert "hidden note" not in text  # (a comment line is not shown)
    assert "*Sigmoid Loss for Language Image Pre-Training*" in text  # (italics, as captioners mark a title)
    (tmp_path / "lecture07.ass").write_text(ASS, encoding="utf-8")
    found = _found(tmp_path)
    assert "2103.00020" in {key for key, _ in found}
    # (a slide's text is a paragraph of its own, apart from the speech around it: its title before its authors)
    assert (
        None,
        "Scaling Up Visual and Vision-Language Representation Learning With Noisy Text Supervision",
    ) in found


# --- notebooks saved as Python ----------------------------------------------------------------------------------

DATABRICKS = """\
# Databricks notebook source
# MAGIC %md
# MAGIC # Cost model
# MAGIC
# MAGIC Assumptions come from [Layer Normalization](https://arxiv.org/abs/1607.06450).

# COMMAND ----------

# MAGIC %pip install tiktoken==0.6.0

# COMMAND ----------

# DBTITLE 1,Constants
# Adam: A Method for Stochastic Optimization (arXiv:1412.6980), section 2: the defaults we use.
BETAS = (0.9, 0.999)
"""


def test_a_notebook_saved_as_python_is_read_as_its_cells_and_other_python_is_not(tmp_path: Path) -> None:
    text, encoding = decode_digest(DATABRICKS.encode(), "cost_model.py")
    assert encoding.startswith("notebook-source/")
    assert "# Cost model" in text
    assert "MAGIC" not in text
    assert "tiktoken" not in text
    (tmp_path / "cost_model.py").write_text(DATABRICKS, encoding="utf-8")
    (tmp_path / "percent.py").write_text(
        "# %% [markdown]\n# Read [Group Normalization](https://arxiv.org/abs/1803.08494) first.\n\n# %%\nx = 1\n"
    )
    # (a program that cites no paper by its id: never read, see test_extract_unseen_kinds for one that does)
    (tmp_path / "train.py").write_text('"""Training (see the optimiser\'s paper)."""\nimport torch\n')
    assert sorted(source.name for source in collect_sources([str(tmp_path)])) == [
        "cost_model.py",
        "percent.py",
    ]
    found = _found(tmp_path)
    assert {"1607.06450", "1412.6980", "1803.08494"} <= {key for key, _ in found}


# --- Scrapbox (Cosense) -----------------------------------------------------------------------------------------


def test_a_scrapbox_export_is_read_as_its_pages(tmp_path: Path) -> None:
    def lines(*texts: str) -> list[dict[str, object]]:
        return [{"text": text, "created": 1712145600, "userId": "u1"} for text in texts]

    export = {
        "name": "ssm-rg",
        "displayName": "状態空間モデル輪読会",
        "exported": 1712690553,
        "pages": [
            {
                "title": "メモ",
                "lines": lines(
                    "メモ",
                    "[* S4とその後]",
                    " [Efficiently Modeling Long Sequences with Structured State Spaces https://arxiv.org/abs/2111.00396] (S4)",
                    " Mamba: Linear-Time Sequence Modeling with Selective State Spaces 2312.00752 ← 入力に依存するSSM",
                    " Transformer Quality in Linear Time はGAU",
                    "table:スケジュール",
                    " 回\t論文\t担当",
                    " 1\tTransformer-XL: Attentive Language Models Beyond a Fixed-Length Context\tyamada",
                    " 2\t[https://openreview.net/forum?id=rkgNKkHtvB Reformer: The Efficient Transformer]\tsato",
                    "code:note.py",
                    " arxiv = '1706.03762'",
                ),
            }
        ],
    }
    text, encoding = decode_digest(json.dumps(export, ensure_ascii=False).encode(), "ssm-rg.json")
    assert encoding.startswith("scrapbox/")
    assert "## メモ" in text
    assert (
        "- [Efficiently Modeling Long Sequences with Structured State Spaces](https://arxiv.org/abs/2111.00396)"
        in text
    )
    assert "| 回 | 論文 | 担当 |" in text
    assert "1706.03762" not in text  # (a code block: no digest's words)
    (tmp_path / "ssm-rg.json").write_text(json.dumps(export), encoding="utf-8")
    found = _found(tmp_path)
    assert {
        ("2111.00396", "Efficiently Modeling Long Sequences with Structured State Spaces"),
        ("2312.00752", "Mamba: Linear-Time Sequence Modeling with Selective State Spaces"),
        (None, "Transformer Quality in Linear Time"),
        (None, "Transformer-XL: Attentive Language Models Beyond a Fixed-Length Context"),
        ("rkgNKkHtvB", "Reformer: The Efficient Transformer"),
    } <= found


# --- draw.io ----------------------------------------------------------------------------------------------------


def _drawio_page(xml: str, name: str, compressed: bool) -> str:
    import base64
    from urllib.parse import quote

    if not compressed:
        return f'<diagram name="{name}" id="p1">{xml}</diagram>'
    packer = zlib.compressobj(9, zlib.DEFLATED, -15)
    packed = packer.compress(quote(xml, safe="").encode()) + packer.flush()
    return f'<diagram name="{name}" id="p2">{base64.b64encode(packed).decode()}</diagram>'


def test_a_drawio_diagram_compressed_or_not_is_read_as_its_boxes(tmp_path: Path) -> None:
    from html import escape

    def box(cell_id: str, value: str, parent: str = "1") -> str:
        return (
            f'<mxCell id="{cell_id}" value="{escape(value)}" style="html=1;" vertex="1" parent="{parent}"/>'
        )

    first = (
        '<mxGraphModel><root><mxCell id="0"/><mxCell id="1" parent="0"/>'
        + box("lane", "Contrastive methods")
        + '<object label="CPC&lt;br&gt;&lt;i&gt;Representation Learning with Contrastive Predictive Coding&lt;/i&gt;"'
        ' arxiv="1807.03748" id="c"><mxCell style="html=1;" vertex="1" parent="lane"/></object>'
        + '<UserObject label="&lt;b&gt;MoCo&lt;/b&gt;&lt;br&gt;Momentum Contrast for Unsupervised Visual'
        ' Representation Learning" link="https://arxiv.org/pdf/1911.05722.pdf" tooltip="He et al., CVPR 2020"'
        ' id="m"><mxCell style="html=1;" vertex="1" parent="lane"/></UserObject>'
        + '<mxCell id="e" value="improves" edge="1" parent="1" source="c" target="m"/>'
        + "</root></mxGraphModel>"
    )
    second = (
        '<mxGraphModel><root><mxCell id="0"/><mxCell id="1" parent="0"/>'
        + box(
            "n",
            '<b>Notes</b><br><ul><li>Noisy labels: <a href="https://openreview.net/pdf?id=uB5x7Y2qsFR">Contrast'
            " to Divide: Self-Supervised Pre-Training for Learning with Noisy Labels</a> (WACV 2022)</li>"
            "<li>Next session: 11 April</li></ul>",
        )
        + "</root></mxGraphModel>"
    )
    drawio = (
        '<mxfile host="Electron" version="24.0.4">'
        + _drawio_page(first, "Family tree", compressed=False)
        + _drawio_page(second, "Notes", compressed=True)
        + "</mxfile>"
    )
    text, encoding = decode_digest(drawio.encode(), "ssl.drawio")
    assert encoding.startswith("drawio/")
    assert "### Contrastive methods" in text
    assert "improves" not in text  # (a line between boxes is no text)
    (tmp_path / "ssl.drawio").write_text(drawio, encoding="utf-8")
    found = _found(tmp_path)
    assert {
        ("1807.03748", "Representation Learning with Contrastive Predictive Coding"),
        ("1911.05722", "Momentum Contrast for Unsupervised Visual Representation Learning"),
        ("uB5x7Y2qsFR", "Contrast to Divide: Self-Supervised Pre-Training for Learning with Noisy Labels"),
    } <= found


# --- Zoom's saved chat ------------------------------------------------------------------------------------------

ZOOM = (
    "18:14:30 From Ioana Dumitrescu to Everyone:\n"
    "\tpt partea medicala: MedSelect: Selective Labeling for Medical Image Classification Combining\n"
    "\tMeta-Learning with Deep Reinforcement Learning\n"
    "\t(scuze, copiat din pdf)\n"
    "18:20:03 From Andrei Popescu to Everyone:\n"
    '\tReacted to "pt partea medicala: ..." with 👍\n'
    "18:52:10 From Bianca Georgescu to Everyone:\n"
    "\tOff-topic dar: 3D Gaussian Splatting for Real-Time Radiance Field Rendering 🔥 cine vrea?\n"
    "18:52:58 From Cristian Vlad to Everyone:\n"
    '\tReplying to "Off-topic dar: 3D Ga..."\n'
    "\t\n"
    "\teu! și Zero-1-to-3: Zero-shot One Image to 3D Object (arXiv:2303.11328) merge bine\n"
)


def test_a_zoom_saved_chat_is_read_message_by_message(tmp_path: Path) -> None:
    text, _ = decode_digest(ZOOM.encode(), "meeting_saved_chat.txt")
    assert "\tpt partea" not in text  # (a message's lines unindented)
    assert "Reacted to" not in text
    assert "Replying to" not in text  # (a reply's quote is the other message's words, cut short)
    (tmp_path / "meeting_saved_chat.txt").write_text(ZOOM, encoding="utf-8")
    found = _found(tmp_path)
    assert {
        (
            None,
            "MedSelect: Selective Labeling for Medical Image Classification Combining Meta-Learning with Deep"
            " Reinforcement Learning",
        ),  # (wrapped onto the message's next line)
        (None, "3D Gaussian Splatting for Real-Time Radiance Field Rendering"),  # (before the writer's emoji)
        ("2303.11328", "Zero-1-to-3: Zero-shot One Image to 3D Object"),
    } <= found


# --- TiddlyWiki ---------------------------------------------------------------------------------------------------


def test_a_tiddlywiki_export_s_wikitext_is_read_as_markdown() -> None:
    tiddlers = [
        {
            "title": "Reading list",
            "created": "20240212185501661",
            "tags": "index",
            "text": "!! Quantisation\n\n|!Paper|!Bits|\n|GPTQ: Accurate Post-Training Quantization for Generative"
            " Pre-trained Transformers|3–4|\n|[ext[QLoRA: Efficient Finetuning of Quantized LLMs|"
            "https://arxiv.org/abs/2305.14314]]|4|\n\n* see [[Layer Normalization]] <<list-links>>\n",
        },
        {
            "title": "Schedule",
            "created": "20240212185501662",
            "text": "|!Date|!Paper|\n|[[11th March 2024]]|PagedAttention / vLLM|\n",
        },
    ]
    text, encoding = decode_digest(json.dumps(tiddlers).encode(), "tiddlers.json")
    assert encoding.startswith("json/tiddlywiki/")
    body = json.loads(text)[0]["text"]
    assert "## Quantisation" in body
    assert "| Paper | Bits |\n| --- | --- |" in body
    assert "[QLoRA: Efficient Finetuning of Quantized LLMs](https://arxiv.org/abs/2305.14314)" in body
    assert "[[Layer Normalization]]" in body  # (a link to another tiddler stays one)
    assert "<<" not in body
    found = extract_references(text, Shape.JSON).references
    titles = {r.title for r in found}
    assert "GPTQ: Accurate Post-Training Quantization for Generative Pre-trained Transformers" in titles
    assert "2305.14314" in {r.arxiv_id for r in found}
    assert "PagedAttention / vLLM" not in titles  # (two short names in a schedule: its shorthand)


def test_a_typst_hayagriva_bibliography_gives_its_papers_not_their_volumes_nor_its_web_pages() -> None:
    text = """\
ho2020denoising:
  type: article
  title: Denoising Diffusion Probabilistic Models
  author: ["Ho, Jonathan", "Jain, Ajay", "Abbeel, Pieter"]
  date: 2020
  serial-number:
    arxiv: "2006.11239"
  parent:
    type: proceedings
    title: Advances in Neural Information Processing Systems 33 (NeurIPS 2020)

librispeech:
  type: web
  title: LibriSpeech ASR corpus — open speech and language resources
  url: https://www.openslr.org/12
"""
    found = extract_references(text, Shape.YAML).references
    assert [(r.arxiv_id, r.title) for r in found] == [
        ("2006.11239", "Denoising Diffusion Probabilistic Models")
    ]


GRAPHVIZ_MAP = r"""// reading map: dot -Tsvg map.gv -o map.svg
digraph readings {
  graph [rankdir=LR, label="Vision reading map, autumn"];
  node [shape=box, fontname="Helvetica"];
  subgraph cluster_cnn {
    label="Convolutions";
    resnet [label="Deep Residual Learning\nfor Image Recognition\n(He et al., CVPR 2016)",
            URL="https://arxiv.org/abs/1512.03385", tooltip="read sections 3 and 4"];
    densenet [label=<<b>DenseNet</b><br/>Densely Connected<br/>Convolutional Networks>,
              comment="arXiv 1608.06993"];
    timm [label="timm\n(library)", URL="https://github.com/huggingface/pytorch-image-models"];
  }
  vit [shape=record, label="{An Image is Worth 16x16 Words:\nTransformers for Image Recognition at Scale|ICLR 2021}"];
  resnet -> densenet [label="dense skip connections"];
  densenet -> vit;
}
"""


def test_a_graphviz_reading_map_gives_each_node_s_paper_with_its_link_and_notes(tmp_path: Path) -> None:
    path = tmp_path / "map.gv"
    path.write_text(GRAPHVIZ_MAP, encoding="utf-8")
    found = _found(tmp_path)
    assert ("1512.03385", "Deep Residual Learning for Image Recognition") in found
    assert ("1608.06993", "Densely Connected Convolutional Networks") in {
        (arxiv_id, (title or "").removeprefix("DenseNet — ")) for arxiv_id, title in found
    }
    assert any(title and title.startswith("An Image is Worth 16x16 Words") for _, title in found)
    assert not any("timm" in (title or "") or "skip connections" in (title or "") for _, title in found)


XFDF = """<?xml version="1.0" encoding="UTF-8" ?>
<xfdf xmlns="http://ns.adobe.com/xfdf/" xml:space="preserve">
<annots>
<highlight page="3" subject="Highlight" title="Ana">
<contents-richtext><body xmlns="http://www.w3.org/1999/xhtml"><p><span>Loshchilov and Hutter. Decoupled Weight Decay&#13;Regularization. ICLR 2019.</span></p></body></contents-richtext>
<popup page="3" rect="1,2,3,4"/>
</highlight>
<text page="3" subject="Sticky Note" title="Ana">
<contents>See also https://arxiv.org/abs/1711.05101&#13;for the schedule</contents>
</text>
<ink page="4" subject="Pencil" title="Ana"><inklist><gesture>120,140;131.5,152.2</gesture></inklist></ink>
</annots>
<f href="lecture7.pdf"/>
</xfdf>
"""


def test_a_pdf_s_comments_exported_as_xfdf_are_read_one_paragraph_each(tmp_path: Path) -> None:
    text, kind = decode_digest(XFDF.encode(), "lecture7.xfdf")
    assert kind.startswith("xfdf/")
    assert "Decoupled Weight Decay Regularization. ICLR 2019." in text
    assert "gesture" not in text
    assert "131.5" not in text
    (tmp_path / "lecture7.xfdf").write_text(XFDF, encoding="utf-8")
    found = _found(tmp_path)
    assert any(arxiv == "1711.05101" for arxiv, _ in found)
    assert any(title == "Decoupled Weight Decay Regularization" for _, title in found)


RD_PAGE = r"""% Generated by roxygen2: do not edit by hand
\name{sgdr}
\alias{sgdr}
\title{Cosine Learning-Rate Schedules with Warm Restarts}
\usage{
sgdr(optimizer, t0 = 10)
}
\description{
A cosine schedule, restarted every \code{t0} epochs (\emph{SGDR}); 100\% compatible with \pkg{torch}.
}
\references{
Loshchilov I, Hutter F (2017).
\dQuote{SGDR: Stochastic Gradient Descent with Warm Restarts.}
In \emph{International Conference on Learning Representations}.
\href{https://arxiv.org/abs/1608.03983}{arXiv:1608.03983}.

Goyal P, Dollár P, Girshick R, Noordhuis P, Wesolowski L, Kyrola A, Tulloch A, Jia Y, He K (2017).
\dQuote{Accurate, Large Minibatch SGD: Training ImageNet in 1 Hour.}
\doi{10.48550/arXiv.1706.02677}.
}
\examples{
sgdr(opt, t0 = 5) # Attention Is All You Need
}
"""


def test_an_r_package_s_help_page_gives_the_papers_it_cites(tmp_path: Path) -> None:
    text, kind = decode_digest(RD_PAGE.encode(), "sgdr.Rd")
    assert kind.startswith("rd/")
    assert "“SGDR: Stochastic Gradient Descent with Warm Restarts.”" in text
    assert "100% compatible" in text
    assert "sgdr(opt" not in text
    (tmp_path / "sgdr.Rd").write_text(RD_PAGE, encoding="utf-8")
    assert {arxiv for arxiv, _ in _found(tmp_path)} == {"1608.03983", "1706.02677"}


PLUTO = '''### A Pluto.jl notebook ###
# v0.19.40

using Markdown

# ╔═╡ 3f3a46c0-74fe-4aa6-9633-4d7493f61751
md"""
## Readings

- [Big Transfer (BiT): General Visual Representation Learning](https://arxiv.org/abs/1912.11370) — our baseline
"""

# ╔═╡ 17e30b8c-7d34-4462-b5e5-68f8690589ef
using Flux  # see arXiv:2104.00298 for the optimiser

# ╔═╡ 00000000-0000-0000-0000-000000000001
PLUTO_PROJECT_TOML_CONTENTS = """
[deps]
Flux = "587475ba-b771-5e3f-ad9e-33799f191a9c"
"""

# ╔═╡ Cell order:
# ╠═3f3a46c0-74fe-4aa6-9633-4d7493f61751
# ╠═17e30b8c-7d34-4462-b5e5-68f8690589ef
'''


def test_a_pluto_notebook_is_read_by_its_markdown_cells_and_its_code_s_comments(tmp_path: Path) -> None:
    (tmp_path / "notes.jl").write_text(PLUTO, encoding="utf-8")
    (tmp_path / "train.jl").write_text('using Flux\n# the training loop\nprintln("hi")\n', encoding="utf-8")
    assert [source.name for source in collect_sources([str(tmp_path)])] == ["notes.jl"]
    text, kind = decode_digest(PLUTO.encode(), "notes.jl")
    assert kind.startswith("notebook-source/")
    assert "587475ba" not in text
    assert "Cell order" not in text
    assert {arxiv for arxiv, _ in _found(tmp_path)} == {"1912.11370", "2104.00298"}


PATCH = """From 1a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d Mon Sep 17 00:00:00 2001
From: Ana Lima <ana@example.org>
Date: Tue, 5 Mar 2024 14:22:09 +0100
Subject: [PATCH] README: add the March papers

Adds the two papers from the last meeting.
---
 README.md | 4 +++-
 1 file changed, 3 insertions(+), 1 deletion(-)

diff --git a/README.md b/README.md
index 9449e63..0892d98 100644
--- a/README.md
+++ b/README.md
@@ -5,6 +5,8 @@ paper: title, link
 ## Vision

-- [Old demo](https://example.org/demo) (@ana)
+- [Masked Autoencoders Are Scalable Vision Learners](https://arxiv.org/abs/2111.06377) - CVPR 2022 (@ana)
+- Emerging Properties in Self-Supervised Vision Transformers - ICCV 2021 (@rui)
+- BEiT: BERT Pre-Training of Image Transformers - ICLR 2022 (@ana)
--
2.43.0
"""


def test_a_patch_mail_is_read_as_its_message_and_the_text_it_adds(tmp_path: Path) -> None:
    text, _ = decode_digest(PATCH.encode(), "0001-readme.patch")
    assert "- BEiT: BERT Pre-Training of Image Transformers - ICLR 2022 (@ana)" in text
    assert "Old demo" not in text
    assert "insertions" not in text
    (tmp_path / "0001-readme.patch").write_text(PATCH, encoding="utf-8")
    found = _found(tmp_path)
    assert ("2111.06377", "Masked Autoencoders Are Scalable Vision Learners") in found
    assert (None, "BEiT: BERT Pre-Training of Image Transformers") in found


def test_a_library_of_books_exported_as_csv_names_no_paper() -> None:
    shelf = (
        "Book Id,Title,Author,ISBN,ISBN13,Publisher,Binding,Number of Pages,Bookshelves,Exclusive Shelf\n"
        "1,The Master Algorithm: How the Quest for the Ultimate Learning Machine Will Remake Our World,"
        'Pedro Domingos,"=""0465065708""","=""9780465065707""",Basic Books,Hardcover,352,ml,read\n'
        "2,Deep Learning with Python,François Chollet,,,Manning,Paperback,384,ml,to-read\n"
    )
    assert extract_references(shelf, Shape.CSV).references == ()
    zotero = (
        '"Key","Item Type","Publication Year","Author","Title","ISBN","Publisher","Pages","Url"\n'
        '"AB12","conferencePaper","2020","Chen, Ting","A Simple Framework for Contrastive Learning of Visual'
        ' Representations","","PMLR","1597-1607","https://arxiv.org/abs/2002.05709"\n'
    )
    assert [r.arxiv_id for r in extract_references(zotero, Shape.CSV).references] == ["2002.05709"]


PLANTUML_MAP = r"""@startmindmap
title Reading map: sequence models (spring term)
<style>
mindmapDiagram {
  node { BackgroundColor #fefefe }
}
</style>
' drafted by the organisers
* Sequence\nmodels
** Recurrent
*** [[https://arxiv.org/abs/1409.3215 Sequence to Sequence Learning with Neural Networks]] <<read>>
*** Neural Machine Translation by Jointly\nLearning to Align and Translate
**** why attention started here
** Attention
***:<b>Effective Approaches to Attention-based</b>
Neural Machine Translation;
*** Attention Is All You Need (arXiv 1706.03762)
left side
** Resources (no papers)
*** [[https://github.com/example/seq-notes seq-notes (GitHub)]]
*** Lecture 9 video, room 2.14
legend right
  green = read in the meeting
endlegend
footer updated 2024-03-21 | plantuml 1.2024.3
@endmindmap
"""


def test_a_plantuml_mind_map_gives_each_node_s_paper_with_its_link(tmp_path: Path) -> None:
    text, kind = decode_digest(PLANTUML_MAP.encode(), "map.puml")
    assert kind.startswith("puml/")
    assert "Neural Machine Translation by Jointly Learning to Align and Translate" in text  # (`\n` joined)
    assert "Effective Approaches to Attention-based Neural Machine Translation" in text  # (a multi-line node)
    assert "<<read>>" not in text
    assert "BackgroundColor" not in text
    assert "plantuml 1.2024" not in text
    (tmp_path / "map.puml").write_text(PLANTUML_MAP, encoding="utf-8")
    found = _found(tmp_path)
    assert ("1409.3215", "Sequence to Sequence Learning with Neural Networks") in found
    assert ("1706.03762", "Attention Is All You Need") in found
    titles = {title for _, title in found}
    assert "Neural Machine Translation by Jointly Learning to Align and Translate" in titles
    assert "Effective Approaches to Attention-based Neural Machine Translation" in titles
    assert not any("seq-notes" in (title or "") or "Lecture" in (title or "") for title in titles)


DISQUS = """<?xml version="1.0" encoding="utf-8"?>
<disqus xmlns="http://disqus.com" xmlns:dsq="http://disqus.com/disqus-internals">
<category dsq:id="1"><forum>ml-notes</forum><title>General</title><isDefault>true</isDefault></category>
<thread dsq:id="77"><id /><forum>ml-notes</forum><category dsq:id="1" />
<link>https://ml-notes.example.org/2024/02/normalisation/</link>
<title>Normalisation layers, explained</title><message /><createdAt>2024-02-01T08:00:00Z</createdAt>
<author><name>Kim Lee</name><isAnonymous>false</isAnonymous><username>kim</username></author>
<isClosed>false</isClosed><isDeleted>false</isDeleted></thread>
<post dsq:id="901"><id />
<message><![CDATA[<p>Nice post! The PDF for the weight one: https://arxiv.org/pdf/1602.07868.pdf</p>]]></message>
<createdAt>2024-02-02T09:00:00Z</createdAt><isDeleted>false</isDeleted><isSpam>false</isSpam>
<author><name>Ana</name><isAnonymous>false</isAnonymous><username>ana</username></author>
<thread dsq:id="77" /></post>
<post dsq:id="902"><id />
<message><![CDATA[<p>For groups see &quot;Group Normalization&quot; (arXiv:1803.08494).</p><p>And Instance Normalization: The Missing Ingredient for Fast Stylization, for style transfer.</p>]]></message>
<createdAt>2024-02-03T09:00:00Z</createdAt><isDeleted>false</isDeleted><isSpam>false</isSpam>
<author><name>Bo</name><isAnonymous>false</isAnonymous><username>bo</username></author>
<thread dsq:id="77" /></post>
<post dsq:id="903"><id />
<message><![CDATA[<p>Buy cheap watches at https://spam.example.com</p>]]></message>
<createdAt>2024-02-04T09:00:00Z</createdAt><isDeleted>false</isDeleted><isSpam>true</isSpam>
<author><name>Spam</name><isAnonymous>true</isAnonymous></author>
<thread dsq:id="77" /></post>
</disqus>
"""


def test_a_disqus_export_gives_each_comment_s_papers_and_never_the_page_s_title(tmp_path: Path) -> None:
    text, kind = decode_digest(DISQUS.encode(), "comments.xml")
    assert kind.startswith("disqus/")
    assert '"Group Normalization"' in text  # (its quotes escaped once more inside the CDATA)
    assert "watches" not in text  # (spam)
    (tmp_path / "comments.xml").write_text(DISQUS, encoding="utf-8")
    found = _found(tmp_path)
    assert ("1803.08494", "Group Normalization") in found
    assert any(arxiv == "1602.07868" for arxiv, _ in found)
    titles = {title for _, title in found}
    assert "Instance Normalization: The Missing Ingredient for Fast Stylization" in titles
    assert "Normalisation layers, explained" not in titles


def test_a_json_resume_s_certificates_courses_and_interests_are_no_papers(tmp_path: Path) -> None:
    resume = {
        "basics": {"name": "Sam Example", "label": "ML engineer"},
        "certificates": [
            {"name": "Practical Deep Learning for Coders", "date": "2020-12-01", "issuer": "fast.ai"},
            {"name": "Machine Learning Engineering for Production", "issuer": "Coursera"},
        ],
        "education": [{"institution": "Example University", "courses": ["Deep Reinforcement Learning"]}],
        "interests": [{"name": "Books", "keywords": ["“Pattern Recognition and Machine Learning” (Bishop)"]}],
        "publications": [
            {
                "name": "Deep Residual Learning for Image Recognition",
                "url": "https://arxiv.org/abs/1512.03385",
            }
        ],
    }
    (tmp_path / "resume.json").write_text(json.dumps(resume, ensure_ascii=False), encoding="utf-8")
    found = _found(tmp_path)
    assert found == {("1512.03385", "Deep Residual Learning for Image Recognition")}


def test_a_form_s_csv_whose_rows_mostly_link_papers_reads_a_short_title_without_a_link_as_one(
    tmp_path: Path,
) -> None:
    sheet = (
        "Timestamp,Cyfeiriad e-bost,Teitl y papur,Dolen,Pam?\n"
        "12/01/2024 09:14:37,a@example.ac.uk,Layer Normalization,https://arxiv.org/abs/1607.06450,sylfaen\n"
        "12/01/2024 10:02:05,b@example.ac.uk,Group Normalization,https://arxiv.org/abs/1803.08494,sypiau bach\n"
        "13/01/2024 11:40:19,c@example.ac.uk,Weight Normalization: A Simple Reparameterization to Accelerate"
        " Training of Deep Neural Networks,https://openreview.net/forum?id=B1eKEtrQe,cyflymach\n"
        "14/01/2024 16:12:48,d@example.ac.uk,Batch Renormalization,,cefndir\n"
        "15/01/2024 08:00:00,e@example.ac.uk,Cyfarfod 2024.02,,trefn\n"
    )
    (tmp_path / "ffurflen.csv").write_text(sheet, encoding="utf-8")
    titles = {title for _, title in _found(tmp_path)}
    assert "Batch Renormalization" in titles
    assert "Cyfarfod 2024.02" not in titles


MARIMO = '''import marimo

__generated_with = "0.9.14"
app = marimo.App(width="medium")


@app.cell
def __():
    import marimo as mo
    return (mo,)


@app.cell(hide_code=True)
def __(mo):
    mo.md(
        r"""
        # Reading group, week 3

        - [Proximal Policy Optimization Algorithms](https://arxiv.org/abs/1707.06347) — the baseline
        - "Asynchronous Methods for Deep Reinforcement Learning" — read section 4
        """
    )
    return


@app.cell
def __(mo):
    # from Human-level control through deep reinforcement learning (arXiv:1312.5602 is its workshop version)
    budget = mo.ui.slider(1, 50, value=10, label="Monthly API budget (USD)")
    return (budget,)


@app.cell
def __(mo):
    mo.md("Trust Region Policy Optimization comes next week, https://arxiv.org/abs/1502.05477")
    return


if __name__ == "__main__":
    app.run()
'''


def test_a_marimo_notebook_is_read_as_its_markdown_cells_and_code_comments(tmp_path: Path) -> None:
    text, kind = decode_digest(MARIMO.encode(), "reading.py")
    assert kind.startswith("notebook-source/")
    assert text.count("# Reading group, week 3") == 1
    assert "mo.md(" not in text
    assert (
        "\n- [Proximal Policy Optimization Algorithms](https://arxiv.org/abs/1707.06347)" in text
    )  # (dedented)
    (tmp_path / "reading.py").write_text(MARIMO, encoding="utf-8")
    (tmp_path / "train.py").write_text(
        "import torch\n# the training loop\n", encoding="utf-8"
    )  # (code citing no paper: never read)
    found = _found(tmp_path)
    assert ("1707.06347", "Proximal Policy Optimization Algorithms") in found
    assert (None, "Asynchronous Methods for Deep Reinforcement Learning") in found
    assert any(arxiv == "1312.5602" for arxiv, _ in found)  # (a code cell's comment)
    assert any(arxiv == "1502.05477" for arxiv, _ in found)  # (a one-line Markdown string)


LYX = r"""#LyX 2.3 created this file. For more info see http://www.lyx.org/
\lyxformat 544
\begin_document
\begin_header
\textclass report
\pdf_title "Efficient attention"
\end_header

\begin_body

\begin_layout Section
Related work
\end_layout

\begin_layout Standard
A good survey is␣
\begin_inset Quotes eld
\end_inset

A Practical Survey on Faster and Lighter Transformers
\begin_inset Quotes erd
\end_inset

␣
\begin_inset CommandInset citation
LatexCommand cite
key "fournier2023survey"
literal "false"

\end_inset

; the library is on␣
\begin_inset Flex URL
status open

\begin_layout Plain Layout

https://github.com/facebookresearch/xformers
\end_layout

\end_inset

 (software, not a paper).
\end_layout

\begin_layout Bibliography
\begin_inset CommandInset bibitem
LatexCommand bibitem
key "kitaev2020reformer"
literal "false"

\end_inset

N.
 Kitaev, Ł.
 Kaiser, A.
 Levskaya.
 Reformer: The Efficient Transformer.
␣
\emph on
ICLR
\emph default
 2020.
\end_layout

\begin_layout Bibliography
\begin_inset CommandInset bibitem
LatexCommand bibitem
key "sukhbaatar2021expire"
literal "false"

\end_inset

S.
 Sukhbaatar, D.
 Ju, S.
 Poff і інш.
 Not All Memories are Created Equal: Learning to Forget by Expiring.
␣
\emph on
ICML
\emph default
 2021.
\end_layout

\end_body
\end_document
""".replace("␣", " ")  # (LyX cuts a paragraph before a space: `␣` stands for it here)


def test_a_lyx_document_is_read_as_the_page_it_typesets(tmp_path: Path) -> None:
    text, kind = decode_digest(LYX.encode(), "chapter.lyx")
    assert kind.startswith("lyx/")
    assert "## Related work" in text
    assert (
        'A good survey is "A Practical Survey on Faster and Lighter Transformers" [fournier2023survey]'
        in text
    )
    assert (
        "Levskaya. Reformer: The Efficient Transformer. *ICLR* 2020." in text
    )  # (its lines go on after a space)
    assert "\\pdf_title" not in text
    assert "LatexCommand" not in text
    assert "status open" not in text
    (tmp_path / "chapter.lyx").write_text(LYX, encoding="utf-8")
    titles = {title for _, title in _found(tmp_path)}
    assert titles == {
        "A Practical Survey on Faster and Lighter Transformers",
        "Reformer: The Efficient Transformer",  # (an initial with a diacritic: `Ł.`)
        "Not All Memories are Created Equal: Learning to Forget by Expiring",  # (`і інш.`: et al.)
    }


FLOWED_MAIL = (
    "From: Anitha Rao <anitha@example.ac.in>\n"
    "Date: Mon, 4 Mar 2024 09:12:00 +0530\n"
    "Message-ID: <invite-0412@example.ac.in>\n"
    "To: reading@example.ac.in\n"
    "Subject: Invitation: reading group\n"
    "MIME-Version: 1.0\n"
    'Content-Type: text/plain; charset="UTF-8"; format=flowed; delsp=yes\n'
    "Content-Transfer-Encoding: 8bit\n"
    "\n"
    "Week 2 (14 March) — Transformer-XL: Attentive Language Models Beyond a  \n"
    "Fixed-Length Context — Shweta\n"
    "\n"
    "> Week 3: Language Models are Unsupervised Multitask  \n"
    "> Learners (the GPT-2 report)\n"
    "\n"
    "-- \n"
    "Anitha\n"
)


def test_a_format_flowed_mail_s_soft_line_breaks_are_joined_again() -> None:
    text, _ = decode_digest(FLOWED_MAIL.encode(), "invite.eml")
    assert (
        "Week 2 (14 March) — Transformer-XL: Attentive Language Models Beyond a Fixed-Length Context — Shweta"
        in text
    )
    assert "> Week 3: Language Models are Unsupervised Multitask Learners (the GPT-2 report)" in text
    assert "\n-- \n" in text or "\n--\n" in text  # (the signature's separator is no soft break)


LYNX_DUMP = """   [1]Ana Silva

     * [2]Home
     * [3]Reading

Reading list

   Papers for new students. Starred ones first.

     * [4]★ The Power of Scale for Parameter-Efficient Prompt Tuning — Lester,
       Al-Rfou, Constant (EMNLP 2021). Soft prompts.
     * GPT Understands, Too (P-tuning, 2021) — what we used for our NER
       baseline.
     * BitFit: Simple Parameter-efficient Fine-tuning for Transformer-based
       Masked Language-models — Ben Zaken et al., ACL 2022. Bias terms only.

   Not papers: [5]huggingface/peft (code) and the [6]vLLM docs.

References

   1. https://ana.example.org/
   2. https://ana.example.org/
   3. https://ana.example.org/reading/
   4. https://arxiv.org/abs/2104.08691
   5. https://github.com/huggingface/peft
   6. https://docs.vllm.ai/en/latest/
"""


def test_a_text_browser_s_dump_is_read_as_its_page_each_link_by_its_text(tmp_path: Path) -> None:
    text, kind = decode_digest(LYNX_DUMP.encode(), "reading.txt")
    assert kind.startswith("textdump/")
    assert (
        "- [★ The Power of Scale for Parameter-Efficient Prompt Tuning](https://arxiv.org/abs/2104.08691) — Lester,"
        in text
    )  # (its link's text taken to end where a title would: at the spaced dash)
    assert (
        "- BitFit: Simple Parameter-efficient Fine-tuning for Transformer-based Masked Language-models — Ben"
        in text
    )
    assert "References" not in text  # (the list of the links is read into the text, not kept)
    (tmp_path / "reading.txt").write_text(LYNX_DUMP, encoding="utf-8")
    found = _found(tmp_path)
    assert ("2104.08691", "The Power of Scale for Parameter-Efficient Prompt Tuning") in found
    titles = {title for _, title in found}
    assert (
        "BitFit: Simple Parameter-efficient Fine-tuning for Transformer-based Masked Language-models"
        in titles
    )
    assert "GPT Understands, Too" in titles  # (cited by its short name and year among papers, then a note)
    assert not any("peft" in (title or "") or "vLLM" in (title or "") for title in titles)
