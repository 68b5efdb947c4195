"""Digests of shapes paperlist was not built on, labelled (tests/data/digests-dev, tests/data/digests-own):
recall and precision through the CLI, scored with the corpus's own rules (its score.py), offline (online: its
neighbour `test_digests_corpus_online.py`).

digests-dev is the labelled corpus of issue 12 (16 real-world shapes); digests-own holds shapes it lacks
(a syllabus, a Slack export, a LaTeX bibliography, a RIS export). Both are read as a user would: `ingest` a
folder, then `list --format json`.
"""

from __future__ import annotations

import importlib.util
import json
import shutil
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from tests.conftest import Run

DATA = Path(__file__).parent / "data"
DEV = DATA / "digests-dev"
OWN = DATA / "digests-own"
# The latest blind rounds: measured, their titles not yet at the others' floor.
ROUND8 = DATA / "digests-round8"
ROUND9 = DATA / "digests-round9"
ROUND10 = DATA / "digests-round10"
ROUND11 = DATA / "digests-round11"
ROUND12 = DATA / "digests-round12"
ROUND13 = DATA / "digests-round13"
ROUND14 = DATA / "digests-round14"
ROUND15 = DATA / "digests-round15"
ROUND16 = DATA / "digests-round16"
ROUND17 = DATA / "digests-round17"
ROUND18 = DATA / "digests-round18"
ROUND19 = DATA / "digests-round19"
ROUND20 = DATA / "digests-round20"
ROUND21 = DATA / "digests-round21"
ROUND22 = DATA / "digests-round22"
ROUND23 = DATA / "digests-round23"
ROUND24 = DATA / "digests-round24"
ROUND25 = DATA / "digests-round25"
ROUND26 = DATA / "digests-round26"
ROUND27 = DATA / "digests-round27"
ROUND28 = DATA / "digests-round28"
ROUND29 = DATA / "digests-round29"
ROUND30 = DATA / "digests-round30"
ROUND31 = DATA / "digests-round31"
ROUND32 = DATA / "digests-round32"
ROUND33 = DATA / "digests-round33"
ROUND34 = DATA / "digests-round34"
ROUND35 = DATA / "digests-round35"
ROUND36 = DATA / "digests-round36"
ROUND37 = DATA / "digests-round37"
ROUND38 = DATA / "digests-round38"
ROUND39 = DATA / "digests-round39"
ROUND40 = DATA / "digests-round40"
ROUND41 = DATA / "digests-round41"
ROUND42 = DATA / "digests-round42"
ROUND43 = DATA / "digests-round43"
ROUND44 = DATA / "digests-round44"
ROUND45 = DATA / "digests-round45"
ROUND46 = DATA / "digests-round46"
ROUND47 = DATA / "digests-round47"
ROUND48 = DATA / "digests-round48"
ROUND49 = DATA / "digests-round49"
ROUND50 = DATA / "digests-round50"
ROUND51 = DATA / "digests-round51"
ROUND52 = DATA / "digests-round52"
ROUND53 = DATA / "digests-round53"
ROUND54 = DATA / "digests-round54"
ROUND55 = DATA / "digests-round55"
ROUND56 = DATA / "digests-round56"
ROUND57 = DATA / "digests-round57"
ROUND58 = DATA / "digests-round58"
ROUND59 = DATA / "digests-round59"
ROUND60 = DATA / "digests-round60"
ROUND61 = DATA / "digests-round61"
ROUND62 = DATA / "digests-round62"
ROUND63 = DATA / "digests-round63"
ROUND64 = DATA / "digests-round64"
ROUND65 = DATA / "digests-round65"
ROUND66 = DATA / "digests-round66"
ROUND67 = DATA / "digests-round67"
ROUND68 = DATA / "digests-round68"
ROUND69 = DATA / "digests-round69"
ROUND70 = DATA / "digests-round70"
ROUND71 = DATA / "digests-round71"
ROUND72 = DATA / "digests-round72"
ROUND73 = DATA / "digests-round73"
ROUND74 = DATA / "digests-round74"
ROUND75 = DATA / "digests-round75"
ROUND76 = DATA / "digests-round76"
ROUND77 = DATA / "digests-round77"
ROUND78 = DATA / "digests-round78"
ROUND79 = DATA / "digests-round79"
ROUND80 = DATA / "digests-round80"
ROUND81 = DATA / "digests-round81"
ROUND82 = DATA / "digests-round82"
ROUND83 = DATA / "digests-round83"
ROUND84 = DATA / "digests-round84"
ROUND85 = DATA / "digests-round85"
ROUND86 = DATA / "digests-round86"
ROUND87 = DATA / "digests-round87"
ROUND88 = DATA / "digests-round88"
ROUND89 = DATA / "digests-round89"
ROUND90 = DATA / "digests-round90"
ROUND91 = DATA / "digests-round91"
ROUND92 = DATA / "digests-round92"
ROUND93 = DATA / "digests-round93"
ROUND94 = DATA / "digests-round94"
ROUND95 = DATA / "digests-round95"
ROUND96 = DATA / "digests-round96"
ROUND97 = DATA / "digests-round97"
ROUND98 = DATA / "digests-round98"
ROUND99 = DATA / "digests-round99"
ROUND100 = DATA / "digests-round100"
ROUND101 = DATA / "digests-round101"
ROUND102 = DATA / "digests-round102"
ROUND103 = DATA / "digests-round103"
ROUND104 = DATA / "digests-round104"
ROUND105 = DATA / "digests-round105"
ROUND106 = DATA / "digests-round106"
ROUND107 = DATA / "digests-round107"
ROUND108 = DATA / "digests-round108"
ROUND109 = DATA / "digests-round109"
ROUND110 = DATA / "digests-round110"
ROUND111 = DATA / "digests-round111"
ROUND112 = DATA / "digests-round112"
ROUND113 = DATA / "digests-round113"
ROUND114 = DATA / "digests-round114"
ROUND115 = DATA / "digests-round115"
ROUND116 = DATA / "digests-round116"
ROUND117 = DATA / "digests-round117"
ROUND118 = DATA / "digests-round118"
ROUND119 = DATA / "digests-round119"
ROUND120 = DATA / "digests-round120"
ROUND121 = DATA / "digests-round121"
ROUND122 = DATA / "digests-round122"
ROUND123 = DATA / "digests-round123"
ROUND124 = DATA / "digests-round124"
ROUND125 = DATA / "digests-round125"
ROUND126 = DATA / "digests-round126"
ROUND127 = DATA / "digests-round127"
ROUND128 = DATA / "digests-round128"
ROUND129 = DATA / "digests-round129"
ROUND130 = DATA / "digests-round130"
ROUND131 = DATA / "digests-round131"
ROUND132 = DATA / "digests-round132"
ROUND133 = DATA / "digests-round133"
ROUND134 = DATA / "digests-round134"
ROUND135 = DATA / "digests-round135"
ROUND136 = DATA / "digests-round136"
ROUND137 = DATA / "digests-round137"
ROUND138 = DATA / "digests-round138"
ROUND139 = DATA / "digests-round139"
ROUND140 = DATA / "digests-round140"
ROUND141 = DATA / "digests-round141"
ROUND142 = DATA / "digests-round142"
ROUND143 = DATA / "digests-round143"
ROUND144 = DATA / "digests-round144"
ROUND145 = DATA / "digests-round145"
ROUND146 = DATA / "digests-round146"
ROUND147 = DATA / "digests-round147"
ROUND148 = DATA / "digests-round148"
ROUND149 = DATA / "digests-round149"
ROUND150 = DATA / "digests-round150"
ROUND151 = DATA / "digests-round151"
ROUND152 = DATA / "digests-round152"
ROUND153 = DATA / "digests-round153"
ROUND154 = DATA / "digests-round154"
ROUND155 = DATA / "digests-round155"
ROUND156 = DATA / "digests-round156"
ROUND157 = DATA / "digests-round157"
ROUND158 = DATA / "digests-round158"
ROUND159 = DATA / "digests-round159"
ROUND160 = DATA / "digests-round160"
ROUND161 = DATA / "digests-round161"
ROUND162 = DATA / "digests-round162"
ROUND163 = DATA / "digests-round163"
ROUND164 = DATA / "digests-round164"
ROUND165 = DATA / "digests-round165"
ROUND166 = DATA / "digests-round166"
ROUND167 = DATA / "digests-round167"
ROUND168 = DATA / "digests-round168"
ROUND169 = DATA / "digests-round169"
ROUND170 = DATA / "digests-round170"
ROUND171 = DATA / "digests-round171"
ROUND172 = DATA / "digests-round172"
ROUND173 = DATA / "digests-round173"
ROUND174 = DATA / "digests-round174"
ROUND175 = DATA / "digests-round175"
ROUND176 = DATA / "digests-round176"
ROUND177 = DATA / "digests-round177"
ROUND178 = DATA / "digests-round178"
ROUND179 = DATA / "digests-round179"
ROUND180 = DATA / "digests-round180"
ROUND181 = DATA / "digests-round181"
ROUND182 = DATA / "digests-round182"
ROUND183 = DATA / "digests-round183"
ROUND184 = DATA / "digests-round184"
ROUND185 = DATA / "digests-round185"
ROUND186 = DATA / "digests-round186"
ROUND187 = DATA / "digests-round187"
ROUND188 = DATA / "digests-round188"
ROUND189 = DATA / "digests-round189"
ROUND190 = DATA / "digests-round190"
ROUND191 = DATA / "digests-round191"
ROUND192 = DATA / "digests-round192"
ROUND193 = DATA / "digests-round193"
ROUND194 = DATA / "digests-round194"
ROUND195 = DATA / "digests-round195"
ROUND196 = DATA / "digests-round196"
ROUND197 = DATA / "digests-round197"
ROUND198 = DATA / "digests-round198"
ROUND199 = DATA / "digests-round199"
ROUND200 = DATA / "digests-round200"
ROUND201 = DATA / "digests-round201"
ROUND202 = DATA / "digests-round202"
ROUND203 = DATA / "digests-round203"
ROUND204 = DATA / "digests-round204"
ROUND205 = DATA / "digests-round205"
ROUND206 = DATA / "digests-round206"
ROUND207 = DATA / "digests-round207"
ROUND208 = DATA / "digests-round208"
ROUND209 = DATA / "digests-round209"
ROUND210 = DATA / "digests-round210"
ROUND211 = DATA / "digests-round211"
ROUND212 = DATA / "digests-round212"
ROUND213 = DATA / "digests-round213"
ROUND214 = DATA / "digests-round214"
ROUND215 = DATA / "digests-round215"
ROUND216 = DATA / "digests-round216"
ROUND217 = DATA / "digests-round217"
ROUND218 = DATA / "digests-round218"
ROUND219 = DATA / "digests-round219"
ROUND220 = DATA / "digests-round220"
ROUND221 = DATA / "digests-round221"
ROUND222 = DATA / "digests-round222"
ROUND223 = DATA / "digests-round223"
ROUND224 = DATA / "digests-round224"
ROUND225 = DATA / "digests-round225"
BLIND = (
    ROUND8, ROUND9, ROUND10, ROUND11, ROUND12, ROUND13, ROUND14, ROUND15, ROUND16, ROUND17, ROUND18, ROUND19,
    ROUND20, ROUND21, ROUND22, ROUND23, ROUND24, ROUND25, ROUND26, ROUND27, ROUND28, ROUND29,
    ROUND30, ROUND31, ROUND32, ROUND33, ROUND34, ROUND35, ROUND36, ROUND37,
    ROUND38, ROUND39, ROUND40, ROUND41, ROUND42, ROUND43, ROUND44, ROUND45, ROUND46, ROUND47,
    ROUND48, ROUND49, ROUND50, ROUND51, ROUND52, ROUND53, ROUND54, ROUND55, ROUND56, ROUND57, ROUND58, ROUND59,
    ROUND60, ROUND61, ROUND62, ROUND63, ROUND64, ROUND65, ROUND66, ROUND67, ROUND68, ROUND69, ROUND70, ROUND71,
    ROUND72, ROUND73, ROUND74, ROUND75, ROUND76, ROUND77, ROUND78, ROUND79, ROUND80, ROUND81,
    ROUND82, ROUND83, ROUND84, ROUND85, ROUND86, ROUND87, ROUND88, ROUND89, ROUND90, ROUND91, ROUND92, ROUND93,
    ROUND94, ROUND95, ROUND96, ROUND97, ROUND98, ROUND99, ROUND100, ROUND101, ROUND102, ROUND103,
    ROUND104, ROUND105, ROUND106, ROUND107, ROUND108, ROUND109, ROUND110, ROUND111,
    ROUND112, ROUND113, ROUND114, ROUND115, ROUND116, ROUND117, ROUND118, ROUND119, ROUND120, ROUND121,
    ROUND122, ROUND123, ROUND124, ROUND125, ROUND126, ROUND127, ROUND128, ROUND129, ROUND130, ROUND131, ROUND132, ROUND133,
    ROUND134, ROUND135, ROUND136, ROUND137, ROUND138, ROUND139, ROUND140, ROUND141,
    ROUND142, ROUND143, ROUND144, ROUND145, ROUND146, ROUND147, ROUND148, ROUND149, ROUND150, ROUND151,
    ROUND152, ROUND153, ROUND154, ROUND155, ROUND156, ROUND157, ROUND158, ROUND159, ROUND160, ROUND161,
    ROUND162, ROUND163, ROUND164, ROUND165, ROUND166, ROUND167, ROUND168, ROUND169, ROUND170, ROUND171,
    ROUND172, ROUND173, ROUND174, ROUND175, ROUND176, ROUND177, ROUND178, ROUND179,
    ROUND180, ROUND181, ROUND182, ROUND183, ROUND184, ROUND185, ROUND186, ROUND187, ROUND188, ROUND189,
    ROUND190, ROUND191, ROUND192, ROUND193, ROUND194, ROUND195, ROUND196, ROUND197, ROUND198, ROUND199,
    ROUND200, ROUND201, ROUND202, ROUND203, ROUND204, ROUND205, ROUND206, ROUND207, ROUND208, ROUND209, ROUND210, ROUND211,
    ROUND212, ROUND213, ROUND214, ROUND215, ROUND216, ROUND217,
    ROUND218, ROUND219, ROUND220, ROUND221, ROUND222, ROUND223, ROUND224, ROUND225,
)  # fmt: skip
# Title recall each corpus must keep: where the fixes left it (see docs/extraction.md for what is missed).
TITLE_FLOOR = {
    DEV: 0.9,
    OWN: 0.9,
    ROUND8: 0.75,
    ROUND9: 0.8,
    ROUND10: 0.9,
    ROUND11: 0.8,
    ROUND12: 0.85,
    ROUND13: 0.85,
    ROUND14: 0.8,
    ROUND15: 0.8,
    ROUND16: 0.8,
    ROUND17: 0.8,
    ROUND18: 0.75,
    ROUND19: 0.7,
    ROUND20: 0.8,
    ROUND21: 0.8,
    ROUND22: 0.9,
    ROUND23: 0.85,
    ROUND24: 0.85,
    ROUND25: 0.85,
    ROUND26: 0.85,
    ROUND27: 0.8,
    ROUND28: 0.9,
    ROUND29: 0.85,
    ROUND30: 0.9,
    ROUND31: 0.9,
    ROUND32: 0.9,
    ROUND33: 0.9,
    ROUND34: 0.9,
    ROUND35: 0.85,
    ROUND36: 0.85,
    ROUND37: 0.85,
    ROUND38: 0.9,
    ROUND39: 0.6,
    ROUND40: 0.9,
    ROUND41: 0.85,
    ROUND42: 0.8,
    ROUND43: 0.75,
    ROUND44: 0.85,
    ROUND45: 0.75,
    ROUND46: 0.85,
    ROUND47: 0.8,
    ROUND48: 0.85,
    ROUND49: 0.8,
    ROUND50: 0.85,
    ROUND51: 0.85,
    ROUND52: 0.85,
    ROUND53: 0.9,
    ROUND54: 0.85,
    ROUND55: 0.85,
    ROUND56: 0.9,
    ROUND57: 0.9,
    ROUND58: 0.9,
    ROUND59: 0.9,
    ROUND60: 0.9,
    ROUND61: 0.9,
    ROUND62: 0.9,
    ROUND63: 0.9,
    ROUND64: 0.9,
    ROUND65: 0.9,
    ROUND66: 0.9,
    ROUND67: 0.9,
    ROUND68: 0.9,
    ROUND69: 0.9,
    ROUND70: 0.9,
    ROUND71: 0.9,
    ROUND72: 0.85,
    ROUND73: 0.9,
    ROUND74: 0.8,
    ROUND75: 0.9,
    ROUND76: 0.9,
    ROUND77: 0.85,
    ROUND78: 0.9,
    ROUND79: 0.9,
    ROUND80: 0.9,
    ROUND81: 0.85,
    ROUND82: 0.85,
    ROUND83: 0.9,
    ROUND84: 0.9,
    ROUND85: 0.9,
    ROUND86: 0.9,
    ROUND87: 0.9,
    ROUND88: 0.9,
    ROUND89: 0.9,
    ROUND90: 0.9,
    ROUND91: 0.9,
    ROUND92: 0.85,
    ROUND93: 0.9,
    ROUND94: 0.9,
    ROUND95: 0.6,
    ROUND96: 0.9,
    ROUND97: 0.85,
    ROUND98: 0.9,
    ROUND99: 0.9,
    ROUND100: 0.9,
    ROUND101: 0.75,
    ROUND102: 0.9,
    ROUND103: 0.9,
    ROUND104: 0.8,
    ROUND105: 0.9,
    ROUND106: 0.9,
    ROUND107: 0.9,
    ROUND108: 0.8,
    ROUND109: 0.7,
    ROUND110: 0.9,
    ROUND111: 0.85,
    ROUND112: 0.9,
    ROUND113: 0.9,
    ROUND114: 0.9,
    ROUND115: 0.9,
    ROUND116: 0.9,
    ROUND117: 0.9,
    ROUND118: 0.85,
    ROUND119: 0.9,
    ROUND120: 0.9,
    ROUND121: 0.85,
    ROUND122: 0.9,
    ROUND123: 0.8,
    ROUND124: 0.85,
    ROUND125: 0.8,
    ROUND126: 0.9,
    ROUND127: 0.85,
    ROUND128: 0.9,
    ROUND129: 0.8,
    ROUND130: 0.95,
    ROUND131: 0.75,
    ROUND132: 0.7,
    ROUND133: 0.65,
    ROUND134: 0.9,
    ROUND135: 0.85,
    ROUND136: 0.9,
    ROUND137: 0.85,
    ROUND138: 0.95,
    ROUND139: 0.65,
    ROUND140: 0.95,
    ROUND141: 0.85,
    ROUND142: 0.9,
    ROUND143: 0.6,
    ROUND144: 0.95,
    ROUND145: 0.95,
    ROUND146: 0.85,
    ROUND147: 0.85,
    ROUND148: 0.8,
    ROUND149: 0.75,
    ROUND150: 0.95,
    ROUND151: 0.95,
    ROUND152: 0.9,
    ROUND153: 0.8,
    ROUND154: 0.8,
    ROUND155: 0.6,
    ROUND156: 0.8,
    ROUND157: 0.9,
    ROUND158: 0.8,
    ROUND159: 0.7,
    ROUND160: 0.9,
    ROUND161: 0.7,
    ROUND162: 0.9,
    ROUND163: 0.7,
    ROUND164: 0.9,
    ROUND165: 0.7,
    ROUND166: 0.9,
    ROUND167: 0.75,
    ROUND168: 0.9,
    ROUND169: 0.85,
    ROUND170: 0.95,
    ROUND171: 0.55,
    ROUND172: 0.8,
    ROUND173: 0.6,
    ROUND174: 0.95,
    ROUND175: 0.95,
    ROUND176: 0.9,
    ROUND177: 0.95,
    ROUND178: 0.85,
    ROUND179: 0.85,
    ROUND180: 0.8,
    ROUND181: 0.75,
    ROUND182: 0.8,
    ROUND183: 0.85,
    ROUND184: 0.85,
    ROUND185: 0.85,
    ROUND186: 0.7,
    ROUND187: 0.15,
    ROUND188: 0.95,
    ROUND189: 0.85,
    ROUND190: 0.85,
    ROUND191: 0.75,
    ROUND192: 0.85,
    ROUND193: 0.5,
    ROUND194: 0.8,
    ROUND195: 0.7,
    ROUND196: 0.9,
    ROUND197: 0.6,
    ROUND198: 0.9,
    ROUND199: 0.7,
    ROUND200: 0.8,
    ROUND201: 0.8,
    ROUND202: 0.8,
    ROUND203: 0.35,
    ROUND204: 0.8,
    ROUND205: 0.75,
    ROUND206: 0.9,
    ROUND207: 0.65,
    ROUND208: 0.65,
    ROUND209: 0.55,
    ROUND210: 0.75,
    ROUND211: 0.6,
    ROUND212: 0.6,
    ROUND213: 0.5,
    ROUND214: 0.9,
    ROUND215: 0.65,
    ROUND216: 0.8,
    ROUND217: 0.7,
    ROUND218: 0.7,
    ROUND219: 0.75,
    ROUND220: 0.95,
    ROUND221: 0.95,
    ROUND222: 0.95,
    ROUND223: 0.95,
    ROUND224: 0.8,
    ROUND225: 0.8,
}
# Links must all be read, and precision stay ≥ 0.95, in every corpus but these: round 12's OpenReview dump names two
# papers in one title, round 13's reader export gives one id only in an item's summary, round 15's chat export one
# bare id in prose, round 17's chat export one bare id after a title and its bookmarks one in a name, round 39 one id
# in a file's cell of code, round 46's forum topic one bare id in a reply, round 47's transcript one id in a file's
# path, round 153's playlist one id only in an audio file's name, round 225's Grace project one bare id after a
# title's dash inside a set's comment string (docs/extraction.md).
LINK_FLOOR = {
    ROUND12: 0.95,
    ROUND13: 0.95,
    ROUND15: 0.97,
    ROUND17: 0.95,
    ROUND39: 0.95,
    ROUND46: 0.95,
    ROUND47: 0.95,
    ROUND153: 0.97,
    ROUND225: 0.97,
}
# Precision below 0.95 where the false papers are still read (docs/extraction.md, "What they still miss"): round 12's
# two papers in one title; round 109's blog post named in a FigJam sticky, two titles joined by ` / ` in a request's
# body, a German label before a title; round 139's data-repository answer whose records cite a paper or a data set
# whole in their title fields, a phone's alert app named in Title Case, a blog post's question-title in a data file;
# round 146's thesis references to papers no catalogue holds and a digest's subject line; round 155's search
# results naming a repository's description and a paper's page title with its venue; round 159's MultiMarkdown
# note's own title and a table cell's name cut short, a padded table's course and data set rows, a key-value store's
# record of software.
PRECISION_FLOOR = {
    ROUND12: 0.92,
    ROUND109: 0.9,
    ROUND139: 0.93,
    ROUND142: 0.92,
    ROUND146: 0.93,
    ROUND155: 0.9,
    ROUND159: 0.9,
}


def _score_module() -> ModuleType:
    """The corpus's score.py: the same matching rules as the figures the issue quotes."""
    spec = importlib.util.spec_from_file_location("digests_dev_score", DEV / "score.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


SCORE = _score_module()


def papers_listed(cli: Callable[..., Run], *extra: str) -> list[dict[str, Any]]:
    listed = cli("list", "--format", "json", "--limit", "1000000", *extra)
    assert listed.exit_code == 0, listed.stderr
    papers: list[dict[str, Any]] = json.loads(listed.stdout)
    return papers


def _figures(per: dict[str, dict[str, Any]]) -> tuple[float, float, float, str]:
    links = [sum(res["link"][i] for res in per.values()) for i in (0, 1)]
    titles = [sum(res["title"][i] for res in per.values()) for i in (0, 1)]
    false = sum(len(res["false"]) for res in per.values())
    found = links[0] + titles[0]
    report = "\n".join(
        f"{name}: links {res['link'][0]}/{res['link'][1]} titles {res['title'][0]}/{res['title'][1]}"
        + "".join(f"\n    missed: {missed}" for missed in res["missed"])
        + "".join(f"\n    false:  {wrong}" for wrong in res["false"])
        for name, res in per.items()
    )
    return links[0] / max(1, links[1]), titles[0] / max(1, titles[1]), found / max(1, found + false), report


def _ingest_offline(cli: Callable[..., Run], corpus: Path, tmp_path: Path) -> dict[str, dict[str, Any]]:
    folder = tmp_path / corpus.name
    shutil.copytree(corpus / "digests", folder)
    ingested = cli("ingest", str(folder), "--offline")
    assert ingested.exit_code == 0, ingested.stderr
    expected = json.loads((corpus / "expected.json").read_text("utf-8"))
    result: dict[str, dict[str, Any]] = SCORE.score(papers_listed(cli), expected)
    return result


@pytest.mark.parametrize("corpus", [DEV, OWN, *BLIND], ids=lambda corpus: corpus.name)
def test_digests_of_unseen_shapes_read_with_high_recall_and_precision(
    cli: Callable[..., Run], tmp_path: Path, corpus: Path
) -> None:
    link_recall, title_recall, precision, report = _figures(_ingest_offline(cli, corpus, tmp_path))
    print(
        f"{corpus.name}: link recall {link_recall:.3f}, title recall {title_recall:.3f}, precision {precision:.3f}"
    )
    assert link_recall >= LINK_FLOOR.get(corpus, 1.0), report
    assert title_recall >= TITLE_FLOOR[corpus], report
    assert precision >= PRECISION_FLOOR.get(corpus, 0.95), report


def test_the_negative_control_yields_no_paper(cli: Callable[..., Run], tmp_path: Path) -> None:
    per = _ingest_offline(cli, DEV, tmp_path)
    negative = [name for name, items in json.loads((DEV / "expected.json").read_text()).items() if not items]
    assert negative
    assert all(per[name]["false"] == [] for name in negative)
