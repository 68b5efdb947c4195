#!/usr/bin/env python3
"""1414: a zsh session (Korean, macOS): a lab's reading-group board in GitHub Projects read with the gh CLI:
`gh project item-list 4 --owner mllab-seminar` (the TTY table: TYPE / TITLE / NUMBER / REPOSITORY / ID, two spaces
between columns, widths and truncation by display width — Hangul counts two columns — in a 150-column terminal, long
titles cut with `…`), the same with `--format json | jq .` (gh builds each item from Go maps, so every object's keys are
in sorted order; custom fields such as 발표자 appear as their own keys) and with `--jq` selecting the Todo titles. All
three outputs are computed from the modelled items. Not papers: the flash-attn and xformers repositories, a pull
request, OpenAI's blog post, a seminar-room booking; S4, FLASH, GAU, HiPPO are nicknames."""
import json, os, sys, unicodedata
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import F1414, keys

REPO = "mllab-seminar/reading-group"


def item(i, typ, title, body, status, number=None, labels=None, presenter=None):
    c = {"body": body, "title": title, "type": typ}
    if typ != "DraftIssue":
        c.update(number=number, repository=REPO, url=f"https://github.com/{REPO}/{'pull' if typ == 'PullRequest' else 'issues'}/{number}")
    d = {"content": dict(sorted(c.items())), "id": i, "status": status, "title": title}
    if typ != "DraftIssue": d["repository"] = "https://github.com/" + REPO
    if labels: d["labels"] = labels
    if presenter: d["발표자"] = presenter
    return dict(sorted(d.items()))


ITEMS = [
 item("PVTI_lADOCbQ7Ks4AgZ1xzgRb2Qw", "DraftIssue", f"발표 준비: {T('2111.00396')}",
      f"발표자: 서연 (5/23)\nOpenReview: https://openreview.net/forum?id={OR('2111.00396')}\n\nHiPPO → S4 순서로 설명하기", "In Progress",
      presenter="김서연"),
 item("PVTI_lADOCbQ7Ks4AgZ1xzgRb2Tc", "Issue", T("2205.14135"),
      "https://arxiv.org/abs/2205.14135\n\nIO-aware 타일링. 커널 구현은 flash-attn 저장소 참고 (논문 아님)", "Done", 12,
      ["논문", "효율적-어텐션"], "박지훈"),
 item("PVTI_lADOCbQ7Ks4AgZ1xzgRb2Uk", "Issue", T("2006.16236"),
      "https://arxiv.org/abs/2006.16236 — feature map φ(x)=elu(x)+1, causal 버전은 RNN처럼 계산", "Done", 13,
      ["논문", "효율적-어텐션"], "이도현"),
 item("PVTI_lADOCbQ7Ks4AgZ1xzgRb2Wg", "Issue", T("2006.03236"), "PDF: https://arxiv.org/pdf/2006.03236.pdf", "Todo", 15,
      ["논문"]),
 item("PVTI_lADOCbQ7Ks4AgZ1xzgRb2Xo", "DraftIssue", T("2008.07669"), "arXiv:2008.07669\nS4 발표 전에 같이 읽기", "Todo"),
 item("PVTI_lADOCbQ7Ks4AgZ1xzgRb2Yw", "DraftIssue", T("2202.10447"), "FLASH / GAU 구조. 링크는 나중에 추가", "Todo"),
 item("PVTI_lADOCbQ7Ks4AgZ1xzgRb2Zs", "Issue", T("2103.14636"),
      "ACM Computing Surveys 판본, 도서관 프록시로 PDF 받음. 3장(희소 어텐션)만 먼저", "Todo", 17, ["논문", "서베이"]),
 item("PVTI_lADOCbQ7Ks4AgZ1xzgRb2aQ", "Issue", T("1904.10509"),
      "OpenAI 블로그 글도 같이 보기: https://openai.com/index/sparse-transformer/ (블로그는 논문 아님)", "Todo", 18, ["논문"]),
 item("PVTI_lADOCbQ7Ks4AgZ1xzgRb2bE", "PullRequest", "flash-attn 2.5.8 설치 스크립트 추가 (CUDA 12.1)",
      "A100 서버용. `pip install flash-attn --no-build-isolation`", "Done", 21),
 item("PVTI_lADOCbQ7Ks4AgZ1xzgRb2cU", "DraftIssue", "xformers vs flash-attn 속도 비교 (논문 아님)",
      "seq len 1k/4k/16k, fp16, A100", "In Progress"),
 item("PVTI_lADOCbQ7Ks4AgZ1xzgRb2dk", "Issue", "5월 세미나실 예약 (공학관 412호)", "목요일 16:00–18:00", "Done", 19),
]


def dw(s):
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def cut(s, w):
    if dw(s) <= w: return s
    out = ""
    for c in s:
        if dw(out + c) > w - 1: break
        out += c
    return out + "…"


WIDTH = 150
rows = [["TYPE", "TITLE", "NUMBER", "REPOSITORY", "ID"]]
for it in ITEMS:
    c = it["content"]
    rows.append([c["type"], it["title"], str(c.get("number", "")), c.get("repository", ""), it["id"]])
fixed = {i: max(dw(r[i]) for r in rows) for i in (0, 2, 3, 4)}
tw = WIDTH - sum(fixed.values()) - 2 * 4
rows = [[r[0], cut(r[1], tw)] + r[2:] for r in rows]
wd = [max(dw(r[i]) for r in rows) for i in range(5)]
table = []
for r in rows:
    table.append("  ".join(r[i] + " " * (wd[i] - dw(r[i])) if i < 4 else r[i] for i in range(5)).rstrip())

P = "minjun@seminar-mbp ~ % "
G = "gh project item-list 4 --owner mllab-seminar"
S = [P + G] + table
S.append(P + G + " --format json | jq .")
S.append(json.dumps({"items": ITEMS, "totalCount": len(ITEMS)}, indent=2, ensure_ascii=False))
S.append(P + G + " --format json --jq '.items[] | select(.status == \"Todo\") | .title'")
S += [it["title"] for it in ITEMS if it["status"] == "Todo"]
S.append(P)
write_only(F1414, "\n".join(S) + "\n", keys(F1414))
