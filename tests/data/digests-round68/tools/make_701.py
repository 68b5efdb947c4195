#!/usr/bin/env python3
"""701: a MARC 21 export in MarcEdit's mnemonic form (MarcBreaker .mrk), as a Korean university library's Koha
exports a course-reserve collection: one '=TAG  ' line per field, CRLF line ends, a blank line after each record,
blanks written as '\\' in the leader, 008 and indicators, '$' subfield delimiters ('$' in data as {dollar}), the
leader's record length and base address those of the ISO 2709 record (UTF-8 bytes), 008 of 40 positions, RDA
fields (264 / 336-338), 024 7_ with $2 arxiv, 773 host items for conference papers, 856 links, Korean local notes
(590, 653). NLP pre-training classics."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, authors, abstract, OR, write_raw
from make_expected import F701, keys


def inv(name):
    p = name.split()
    return f"{p[-1]}, {' '.join(p[:-1])}"


def rec(cn, date, year, ctype, fields, kind="am"):
    """fields: list of (tag, ind, [(code, value), ...]) or (tag, None, controlvalue)"""
    f008 = (date + "s" + year + "    " + "ko " + "    " + " " + ("o" if ctype else " ") + "    " + " " + "0" + "0" + "0" + " " + "0" + " " + "eng" + " " + "d")
    assert len(f008) == 40
    allf = [("001", None, cn), ("003", None, "KR-HbST"), ("005", None, date and "20" + date + "103015.0"), ("008", None, f008)] + fields
    body, n = 0, len(allf)
    for tag, ind, v in allf:
        if ind is None: body += len(v.encode()) + 1
        else: body += 2 + sum(1 + len(c) + len(x.encode()) for c, x in v) + 1
    base = 24 + 12 * n + 1
    length = base + body + 1
    ldr = f"{length:05d}n{kind[0]}{kind[1]} a22{base:05d}Ii 4500"
    assert len(ldr) == 24
    out = ["=LDR  " + ldr.replace(" ", "\\")]
    for tag, ind, v in allf:
        if ind is None: out.append(f"={tag}  " + (v.replace(" ", "\\") if tag == "008" else v))
        else: out.append(f"={tag}  {ind.replace(' ', chr(92))}" + "".join(f"${c}{x.replace('$', '{dollar}')}" for c, x in v))
    return "\n".join(out) + "\n\n"


RDA = [("336", "  ", [("a", "text"), ("b", "txt"), ("2", "rdacontent")]), ("337", "  ", [("a", "computer"), ("b", "c"), ("2", "rdamedia")]),
       ("338", "  ", [("a", "online resource"), ("b", "cr"), ("2", "rdacarrier")])]
CAT040 = ("040", "  ", [("a", "KR-HbST"), ("b", "eng"), ("e", "rda"), ("c", "KR-HbST")])


def paper(cn, k, date, pages, host=None, ids=(), links=(), note590="", kw=()):
    a = authors(k)
    t = T(k)
    if ": " in t:
        ta, tb = t.split(": ", 1)
        f245 = [("a", ta + " :"), ("b", tb + " /")]
    else:
        f245 = [("a", t + " /")]
    shown = a if len(a) <= 4 else a[:3]
    more = f" [and {len(a) - 3} others]" if len(a) > 4 else ""
    f245.append(("c", ", ".join(shown) + more + "."))
    yr = "20" + k[:2] if k[0].isdigit() else "2019"
    fl = list(ids) + [CAT040, ("100", "1 ", [("a", inv(a[0]) + ","), ("e", "author.")]), ("245", "10", f245)]
    if host:
        fl.append(("264", " 1", [("a", host[1] + " :"), ("b", host[2] + ","), ("c", yr + ".")]))
        fl.append(("300", "  ", [("a", f"1 online resource (pages {pages})")]))
    else:
        fl.append(("264", " 1", [("a", "[Place of publication not identified] :"), ("b", "arXiv,"), ("c", yr + ".")]))
        fl.append(("300", "  ", [("a", f"1 online resource ({pages} pages) :"), ("b", "illustrations")]))
    fl += RDA
    fl.append(("500", "  ", [("a", "Title from PDF title page (viewed March 11, 2024).")]))
    ab = abstract(k)
    if ab:
        fl.append(("520", "3 ", [("a", " ".join(ab.split()))]))
    if note590:
        fl.append(("590", "  ", [("a", note590)]))
    fl.append(("650", " 0", [("a", "Natural language processing (Computer science)")]))
    fl.append(("650", " 0", [("a", "Neural networks (Computer science)")]))
    for w in kw:
        fl.append(("653", "  ", [("a", w)]))
    for x in a[1:6]:
        fl.append(("700", "1 ", [("a", inv(x) + ","), ("e", "author.")]))
    if host:
        fl.append(("773", "0 ", [("t", host[0]), ("d", f"{host[1]} : {host[2]}, {yr}"), ("g", f"pages {pages}")]))
    fl += list(links)
    return rec(cn, date, yr, True, fl)


recs = [
 paper("KHB000412301", "1301.3781", "240304", "12", ids=[("035", "  ", [("a", "(arXiv)1301.3781")])],
       links=[("856", "40", [("u", "https://arxiv.org/abs/1301.3781"), ("z", "arXiv에서 원문 보기")])],
       note590="2024-1학기 「심층 자연어 처리」(CSE7402) 지정 자료. 신청: 정하윤 교수.", kw=["단어 임베딩", "word2vec"]),
 paper("KHB000412302", "1409.3215", "240304", "3104-3112",
       host=("Advances in Neural Information Processing Systems 27 (NIPS 2014)", "Red Hook, NY", "Curran Associates"),
       note590="2024-1학기 지정 자료. 학술대회 논문집 분석 레코드(인쇄본 소장: 4층 참고자료실).", kw=["기계 번역"]),
 paper("KHB000412303", "1508.07909", "240304", "1715-1725",
       host=("Proceedings of the 54th Annual Meeting of the Association for Computational Linguistics (Volume 1: Long Papers)", "Berlin, Germany", "Association for Computational Linguistics"),
       note590="2024-1학기 지정 자료. 원문은 ACL Anthology에서 이용 가능(링크는 교수 요청으로 생략).", kw=["하위 단어", "토큰화"]),
 paper("KHB000412304", "1802.05365", "240305", "2227-2237",
       host=("Proceedings of the 2018 Conference of the North American Chapter of the Association for Computational Linguistics: Human Language Technologies, Volume 1 (Long Papers)", "New Orleans, Louisiana", "Association for Computational Linguistics"),
       note590="2024-1학기 지정 자료. 3주차 발표: 이도현.", kw=["문맥 임베딩"]),
 paper("KHB000412305", "1907.11692", "240305", "13", ids=[("035", "  ", [("a", "(arXiv)1907.11692")])],
       links=[("856", "40", [("u", "https://arxiv.org/abs/1907.11692"), ("z", "arXiv에서 원문 보기")])],
       note590="2024-1학기 지정 자료. 5주차 발표: 박서진.", kw=["사전학습 언어모델"]),
 paper("KHB000412306", "1910.10683", "240305", "67", ids=[("035", "  ", [("a", "(arXiv)1910.10683")])],
       links=[("856", "40", [("u", "https://arxiv.org/pdf/1910.10683"), ("z", "PDF (arXiv)")])],
       note590="2024-1학기 지정 자료. 분량이 많으므로 1–3장과 부록 D만 읽을 것.", kw=["전이 학습", "텍스트-투-텍스트"]),
 paper("KHB000412307", "2010.06040", "240306", "16",
       links=[("856", "40", [("u", f"https://openreview.net/forum?id={OR('2010.06040')}"), ("z", "OpenReview (심사 의견 포함)")])],
       note590="2024-1학기 선택 자료.", kw=["마스크 언어 모델"]),
 paper("KHB000412308", "2012.08561", "240306", "15", ids=[("024", "7 ", [("a", "arXiv:2012.08561"), ("2", "arxiv")])],
       links=[("856", "41", [("u", "https://library.hanbit-st.example.kr/reserve/KHB000412308.pdf"), ("z", "교내 IP에서만 열람 가능")])],
       note590="2024-1학기 선택 자료. EMNLP 2020 발표본과 동일.", kw=["사전학습 목적함수"]),
]
book = rec("KHB000398114", "231128", "2023", False, [
    ("020", "  ", [("a", "9780131873216"), ("q", "paperback")]), CAT040,
    ("100", "1 ", [("a", "Jurafsky, Daniel,"), ("e", "author.")]),
    ("245", "10", [("a", "Speech and language processing :"), ("b", "an introduction to natural language processing, computational linguistics, and speech recognition /"), ("c", "Daniel Jurafsky, James H. Martin.")]),
    ("250", "  ", [("a", "Third edition draft.")]), ("264", " 1", [("a", "Stanford, CA :"), ("b", "[publisher not identified],"), ("c", "2023.")]),
    ("300", "  ", [("a", "1 online resource (xii, 599 pages)")]), *RDA,
    ("590", "  ", [("a", "교재(단행본). 논문 아님. 2024-1학기 「심층 자연어 처리」 주교재.")]),
    ("700", "1 ", [("a", "Martin, James H.,"), ("e", "author.")]),
    ("856", "41", [("u", "https://web.stanford.edu/~jurafsky/slp3/"), ("z", "저자 웹사이트(초안 PDF)")])])
data = rec("KHB000401877", "240108", "2021", True, [
    CAT040, ("110", "2 ", [("a", "Hanbit Science and Technology University."), ("b", "Language Intelligence Lab,"), ("e", "creator.")]),
    ("245", "10", [("a", "HBST Korean news corpus, version 2.1 /"), ("c", "Language Intelligence Lab.")]),
    ("264", " 1", [("a", "Daejeon :"), ("b", "Hanbit Science and Technology University,"), ("c", "2021.")]),
    ("300", "  ", [("a", "1 online resource (1 dataset, 3.2 GB)")]),
    ("336", "  ", [("a", "computer dataset"), ("b", "cod"), ("2", "rdacontent")]), RDA[1], RDA[2],
    ("500", "  ", [("a", "Dataset; not a publication. License: CC BY-NC-SA 4.0. Price for external users: {dollar}0 (academic).")]),
    ("590", "  ", [("a", "말뭉치(데이터셋). 실습 과제 2에서 사용. 교내 서버 /data/corpora/hbst-news 에 사본 있음.")]),
    ("856", "42", [("u", "https://data.hanbit-st.example.kr/corpora/hbst-news/"), ("z", "데이터 저장소")])], kind="mm")
lecture = rec("KHB000405590", "240212", "2024", True, [
    CAT040, ("100", "1 ", [("a", "정하윤,"), ("e", "lecturer.")]),
    ("245", "10", [("a", "심층 자연어 처리 강의 동영상 :"), ("b", "2024년 1학기 /"), ("c", "정하윤.")]),
    ("264", " 1", [("a", "대전 :"), ("b", "한빛과학기술대학교 교수학습지원센터,"), ("c", "2024.")]),
    ("300", "  ", [("a", "1 online resource (15 video files)")]),
    ("336", "  ", [("a", "two-dimensional moving image"), ("b", "tdi"), ("2", "rdacontent")]), RDA[1], RDA[2],
    ("590", "  ", [("a", "강의 영상(논문 아님). LMS에서만 재생 가능.")])], kind="gm")
text = "".join(recs[:4]) + book + "".join(recs[4:6]) + data + "".join(recs[6:]) + lecture
raw = text.replace("\n", "\r\n")
decoded = text.replace(" :$b", ": ").replace("{dollar}", "$")
write_raw(F701, raw.encode("utf-8"), [raw, decoded], keys(F701))
