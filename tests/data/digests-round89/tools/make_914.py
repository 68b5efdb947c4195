#!/usr/bin/env python3
"""914: a Hangul (Hancom Office) document saved as HWPML (`.hml`, "한글 문서 XML"), a Korean vision lab's seminar
plan for the spring term. As remembered from files Hangul writes: the XML declaration and the whole document in one
line, no final newline; `<HWPML Style="embed" SubVersion=… Version="2.91">`; `HEAD` (`SecCnt`, `DOCSUMMARY` with
TITLE / AUTHOR / DATE in Hangul's Korean long date, `DOCSETTING`, `MAPPINGTABLE` with counted lists — FACENAMELIST
(one FONTFACE per language), BORDERFILLLIST, CHARSHAPELIST, TABDEFLIST, PARASHAPELIST, STYLELIST —); `BODY` /
`SECTION` of paragraphs `P` → `TEXT CharShape=…` → `CHAR`, the first holding SECDEF / COLDEF; a `TABLE` (SHAPEOBJECT,
INSIDEMARGIN, ROW / CELL with ColAddr / RowAddr / spans / widths, CELLMARGIN, PARALIST); hyperlinks as `FIELDBEGIN
Type="Hyperlink" Command="https\\://…;1;0;0;"` … `FIELDEND`; `TAIL` with the default JScript SCRIPTCODE. Attributes
in alphabetical order. The SA-1B data set, the code repository and the lab NAS folder are not papers."""
import os, sys, zlib
from xml.sax.saxutils import escape, quoteattr
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, au, write_only
from make_expected import by_num, keys, LENET

F = by_num(914)
K = dict(sam="2304.02643", siglip="2303.15343", ddetr="2010.04159", effv2="2104.00298", resnest="2004.08955",
         align="2102.05918", changes="2103.14146")


def el(tag, attrs=None, *kids):
    a = "".join(f" {k}={quoteattr(str(v))}" for k, v in sorted((attrs or {}).items()))
    if not kids:
        return f"<{tag}{a}/>"
    return f"<{tag}{a}>" + "".join(kids) + f"</{tag}>"


def char(s):
    return f"<CHAR>{escape(s)}</CHAR>"


def iid(s):
    return str(zlib.crc32(("914-" + s).encode()) & 0x7FFFFFFF)


LANGS = ["Hangul", "Latin", "Hanja", "Japanese", "Other", "Symbol", "User"]
FONTS = ["함초롬바탕", "함초롬돋움"]


def fontface(lang):
    return el("FONTFACE", {"Count": len(FONTS), "Lang": lang},
              *[el("FONT", {"Id": i, "Name": n, "Type": "ttf"},
                   el("TYPEINFO", {"ArmStyle": 1, "Contrast": 0, "FamilyType": 2, "Letterform": 1, "Midline": 1,
                                   "Proportion": 0, "SerifStyle": 1, "StrokeVariation": 1, "Weight": 6, "XHeight": 1}))
                for i, n in enumerate(FONTS)])


def border(t):
    return {"Color": 0, "Type": t, "Width": "0.12mm"}


def borderfill(i, line, fill=None):
    kids = [el(s, border(line)) for s in ("LEFTBORDER", "RIGHTBORDER", "TOPBORDER", "BOTTOMBORDER")]
    kids.append(el("DIAGONAL", {"Color": 0, "Type": "Solid", "Width": "0.1mm"}))
    if fill:
        kids.append(el("FILLBRUSH", None, el("WINDOWBRUSH", {"Alpha": 0, "FaceColor": fill, "HatchColor": 10066329})))
    return el("BORDERFILL", {"BackSlash": 0, "BreakCellSeparateLine": 0, "CenterLine": 0, "CounterBackSlash": 0,
                             "CounterSlash": 0, "CrookedSlash": 0, "Id": i, "Shadow": "false", "Slash": 0,
                             "ThreeD": "false"}, *kids)


def charshape(i, height, font, color=0, bold=False, underline=False):
    kids = [el("FONTID", {l: font for l in LANGS}), el("RATIO", {l: 100 for l in LANGS}),
            el("CHARSPACING", {l: 0 for l in LANGS}), el("RELSIZE", {l: 100 for l in LANGS}),
            el("CHAROFFSET", {l: 0 for l in LANGS})]
    if bold: kids.append(el("BOLD"))
    if underline: kids.append(el("UNDERLINE", {"Color": color, "Shape": "Solid", "Type": "Bottom"}))
    return el("CHARSHAPE", {"BorderFillId": 2, "Height": height, "Id": i, "ShadeColor": 4294967295, "SymMark": 0,
                            "TextColor": color, "UseFontSpace": "false", "UseKerning": "false"}, *kids)


def parashape(i, align, prev=0, nxt=0):
    return el("PARASHAPE", {"Align": align, "AutoSpaceEAsianEng": "false", "AutoSpaceEAsianNum": "false",
                            "BreakLatinWord": "KeepWord", "BreakNonLatinWord": "true", "Condense": 0,
                            "FontLineHeight": "false", "HeadingType": "None", "Id": i, "KeepLines": "false",
                            "KeepWithNext": "false", "Level": 0, "LineWrap": "Break", "PageBreakBefore": "false",
                            "SnapToGrid": "true", "TabDef": 0, "VerAlign": "Baseline", "WidowOrphan": "false"},
              el("PARAMARGIN", {"Indent": 0, "Left": 0, "LineSpacing": 160, "LineSpacingType": "Percent", "Next": nxt,
                                "Prev": prev, "Right": 0}),
              el("PARABORDER", {"BorderFill": 2, "Connect": "false", "IgnoreMargin": "false"}))


HEAD = el("HEAD", {"SecCnt": 1},
          el("DOCSUMMARY", None, el("TITLE", None, escape("2024학년도 1학기 시각지능 연구실 세미나 계획")),
             el("AUTHOR", None, "박서연"), el("DATE", None, "2024년 3월 4일 월요일 오후 3:12:07")),
          el("DOCSETTING", None, el("BEGINNUMBER", {"Endnote": 1, "Equation": 1, "Footnote": 1, "Page": 1, "Picture": 1,
                                                    "Table": 1}),
             el("CARETPOS", {"List": 0, "Para": 7, "Pos": 0})),
          el("MAPPINGTABLE", None,
             el("FACENAMELIST", None, *[fontface(l) for l in LANGS]),
             el("BORDERFILLLIST", {"Count": 3}, borderfill(1, "None"), borderfill(2, "None"),
                borderfill(3, "Solid", fill=15132390)),
             el("CHARSHAPELIST", {"Count": 5}, charshape(0, 1000, 0), charshape(1, 1600, 1, bold=True),
                charshape(2, 1000, 1, bold=True), charshape(3, 1000, 0, color=16711680, underline=True),
                charshape(4, 900, 0)),
             el("TABDEFLIST", {"Count": 1}, el("TABDEF", {"AutoTabLeft": "false", "AutoTabRight": "false", "Id": 0})),
             el("PARASHAPELIST", {"Count": 3}, parashape(0, "Justify"), parashape(1, "Center", nxt=1000),
                parashape(2, "Center")),
             el("STYLELIST", {"Count": 2},
                el("STYLE", {"CharShape": 0, "EngName": "Normal", "Id": 0, "LangId": 1042, "LockForm": 0,
                             "Name": "바탕글", "NextStyle": 0, "ParaShape": 0, "Type": "Para"}),
                el("STYLE", {"CharShape": 1, "EngName": "Title", "Id": 1, "LangId": 1042, "LockForm": 0,
                             "Name": "제목", "NextStyle": 0, "ParaShape": 1, "Type": "Para"}))))


def P(*texts, shape=0, style=0):
    return el("P", {"ColumnBreak": "false", "PageBreak": "false", "ParaShape": shape, "Style": style}, *texts)


def TX(*parts, cs=0):
    return el("TEXT", {"CharShape": cs}, *parts)


def link(url, shown=None):
    i = iid(url)
    cmd = url.replace(":", "\\:", 1) + ";1;0;0;"
    return TX(el("FIELDBEGIN", {"Command": cmd, "Dirty": "false", "Editable": "true", "InstId": i, "Name": "",
                                "Property": 0, "Type": "Hyperlink"}),
              char(shown or url), el("FIELDEND", {"Editable": "true", "InstId": i, "Type": "Hyperlink"}), cs=3)


SECDEF = el("SECDEF", {"CharGrid": 0, "FirstBorder": "false", "FirstFill": "false", "LineGrid": 0, "OutlineShape": 1,
                       "SpaceColumns": 1134, "TabStop": 8000, "TextDirection": 0, "TextVerticalWidthHead": 0},
            el("STARTNUMBER", {"Equation": 0, "Figure": 0, "Page": 0, "PageStartsOn": "Both", "Table": 0}),
            el("HIDE", {"Border": "false", "EmptyLine": "false", "Fill": "false", "Footer": "false", "Header": "false",
                        "MasterPage": "false", "PageNumPos": "false"}),
            el("PAGEDEF", {"GutterType": "LeftOnly", "Height": 84188, "Landscape": 0, "Width": 59528},
               el("PAGEMARGIN", {"Bottom": 4252, "Footer": 4252, "Gutter": 0, "Header": 4252, "Left": 8504,
                                 "Right": 8504, "Top": 5668})))
COLDEF = el("COLDEF", {"Count": 1, "Layout": "Left", "SameGap": 0, "SameSize": "true", "Type": "Newspaper"})
WIDTHS = [5000, 6000, 22520, 8000]
RH = 1800


def cell(r, c, paras, span=1, header=False):
    return el("CELL", {"BorderFill": 3 if header else 1, "ColAddr": c, "ColSpan": span, "Dirty": "false",
                       "Editable": "false", "HasMargin": "false", "Header": "true" if header else "false",
                       "Height": RH, "Protect": "false", "RowAddr": r, "RowSpan": 1, "Width": sum(WIDTHS[c:c + span])},
              el("CELLMARGIN", {"Bottom": 141, "Left": 510, "Right": 510, "Top": 141}),
              el("PARALIST", {"ColCount": 1, "LineWrap": "Break", "LinkListID": 0, "LinkListIDNext": 0,
                              "TextDirection": 0, "VertAlign": "Center"}, *paras))


def simple(s, cs=0, shape=0):
    return P(TX(char(s), cs=cs), shape=shape)


SCHED = [
    ("3월 12일", "김도윤", [simple(T(K["ddetr"])), P(link("https://arxiv.org/abs/2010.04159"))],
     "DETR의 느린 수렴을 참조점 주변 샘플링으로 해결. 코드 공개됨"),
    ("3월 19일", "이하은", [simple(f"{T(K['effv2'])} (arXiv:2104.00298)")], "학습 속도와 progressive learning 위주로"),
    ("3월 26일", "정민재", [simple(T(K["resnest"]))], "링크는 발표자가 추후 추가"),
    ("4월 2일", "박서연", [simple(T(K["sam"])), P(link("https://arxiv.org/abs/2304.02643"))],
     "SA-1B는 데이터셋(논문 아님), 프롬프트 기반 분할"),
    ("4월 9일", "최유진", [simple(T(K["align"]))], "노이즈 많은 대규모 이미지-텍스트 쌍으로 이중 인코더 학습"),
    ("4월 16일", None, None, "중간고사 주간 — 세미나 없음"),
    ("4월 23일", "김도윤", [simple(T(K["siglip"])), P(link("https://arxiv.org/pdf/2303.15343"))],
     "softmax 대신 시그모이드 손실, 배치 크기 실험 위주"),
    ("4월 30일", "이하은", [simple(T(K["changes"]))], "변화 캡셔닝, 3D 장면에서 여러 변화 위치 찾기"),
]
rows = [el("ROW", None, *[cell(0, c, [simple(h, cs=2, shape=2)], header=True)
                          for c, h in enumerate(["날짜", "발표자", "논문", "비고"])])]
for r, (date, who, paper, note) in enumerate(SCHED, 1):
    if who is None:
        rows.append(el("ROW", None, cell(r, 0, [simple(date, shape=2)]), cell(r, 1, [simple(note, shape=2)], span=3)))
    else:
        rows.append(el("ROW", None, cell(r, 0, [simple(date, shape=2)]), cell(r, 1, [simple(who, shape=2)]),
                       cell(r, 2, paper), cell(r, 3, [simple(note, cs=4)])))
TABLE = el("TABLE", {"BorderFill": 1, "CellSpacing": 0, "ColCount": 4, "PageBreak": "Cell", "RepeatHeader": "true",
                     "RowCount": len(rows)},
           el("SHAPEOBJECT", {"InstId": iid("table"), "Lock": "false", "NumberingType": "Table",
                              "TextFlow": "BothSides", "TextWrap": "TopAndBottom", "ZOrder": 0},
              el("SIZE", {"Height": RH * len(rows), "HeightRelTo": "Absolute", "Protect": "false",
                          "Width": sum(WIDTHS), "WidthRelTo": "Absolute"}),
              el("POSITION", {"AffectLSpacing": "false", "AllowOverlap": "false", "FlowWithText": "true",
                              "HoldAnchorAndSO": "false", "HorzAlign": "Left", "HorzOffset": 0, "HorzRelTo": "Column",
                              "TreatAsChar": "true", "VertAlign": "Top", "VertOffset": 0, "VertRelTo": "Para"}),
              el("OUTSIDEMARGIN", {"Bottom": 283, "Left": 283, "Right": 283, "Top": 283})),
           el("INSIDEMARGIN", {"Bottom": 141, "Left": 510, "Right": 510, "Top": 141}), *rows)
BODY = el("BODY", None, el("SECTION", {"Id": 0},
    P(TX(SECDEF, COLDEF)),
    P(TX(char("2024학년도 1학기 시각지능 연구실 세미나 계획"), cs=1), shape=1, style=1),
    simple("작성: 박서연 (석사 2기) · 장소: 공학관 412호 · 매주 화요일 오후 4시"),
    simple("이번 학기 주제는 검출 백본과 비전-언어 사전학습입니다. 발표는 20분, 질의응답은 10분입니다. 발표자는 전주 "
           "금요일까지 슬라이드를 연구실 NAS의 /seminar/2024-1 폴더에 올려 주세요."),
    P(TX(TABLE)),
    simple(f"신입생 배경 지식: {LENET} (LeCun 외, Proceedings of the IEEE, 1998) — 첫 세미나 전에 읽어 오세요. "
           "arXiv에는 없으니 도서관 전자저널로 받으면 됩니다."),
    P(TX(char("SAM 실습 코드(저장소, 논문 아님): ")), link("https://github.com/facebookresearch/segment-anything")),
    simple("일정 변경은 단톡방 말고 이 문서에 직접 수정해 주세요. — 박서연"),
))
SCRIPT = ("<TAIL><SCRIPTCODE Type=\"JScript\" Version=\"1.0\"><SCRIPTHEADER>var Documents = XHwpDocuments;&#13;&#10;"
          "var Document = Documents.Active_XHwpDocument;&#13;&#10;</SCRIPTHEADER><SCRIPTSOURCE>function "
          "OnDocument_New()&#13;&#10;{&#13;&#10;\t//todo : &#13;&#10;}&#13;&#10;&#13;&#10;function OnDocument_Open()"
          "&#13;&#10;{&#13;&#10;\t//todo : &#13;&#10;}&#13;&#10;&#13;&#10;</SCRIPTSOURCE><PRESCRIPT Count=\"0\"/>"
          "<POSTSCRIPT Count=\"0\"/></SCRIPTCODE></TAIL>")
text = ('<?xml version="1.0" encoding="UTF-8" standalone="no" ?>'
        + el("HWPML", {"Style": "embed", "SubVersion": "10.0.0.0", "Version": "2.91"}, HEAD, BODY, SCRIPT))
assert "\n" not in text
write_only(F, text, keys(F))
