#!/usr/bin/env python3
"""1169: a kotlinc REPL session (Kotlin 1.9; Korean): a Daejeon student pastes the vision reading list as a data class
list, then asks for its size, the entries without a link, the arXiv-linked ones, the presenters' counts and prints a
Markdown list. `>>> ` prompts, `... ` continuation lines, results as `resN: type = value` (N the snippet number,
counted from 0), data class and list toString as Kotlin writes them; :quit last."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import F1169, keys, ALEXNET

P = [  # title, link (URL, arXiv text or null), presenter, note
 (ALEXNET, None, "민준", "고전. ReLU·dropout·GPU 두 장"),
 (T("2010.08515"), None, "서연", "CNN vs FC 표본 효율 이론"),
 (T("2103.14030"), "https://arxiv.org/abs/2103.14030", "지호", "shifted window, 계층형 백본"),
 (T("2106.10270"), "arXiv:2106.10270", "서연", "AugReg, 증강·정규화 레시피"),
 (T("2106.04560"), "https://arxiv.org/abs/2106.04560", "민준", "ViT-G/14, 스케일링 법칙"),
 (T("2103.14586"), "arXiv:2103.14586", "지호", "ViT vs ResNet 강건성 비교"),
 (T("2012.07177"), "https://arxiv.org/pdf/2012.07177.pdf", "하은", "인스턴스 분할 증강"),
 (T("2103.14338"), None, "하은", "번외: 모션 전이, 발표 여부 미정"),
]


def q(s):
    return "null" if s is None else '"' + s + '"'


n = [0]
out = ["$ kotlinc", "Welcome to Kotlin version 1.9.23 (JRE 17.0.10+7-Ubuntu-1ubuntu122.04.1)",
       "Type :help for help, :quit for quit"]


def snip(lines, result=None, printed=()):
    out.append(">>> " + lines[0])
    out.extend("... " + l for l in lines[1:])
    out.extend(printed)
    if result is not None:
        out.append(f"res{n[0]}: {result}")
    n[0] += 1


snip(["// 비전 읽기 모임 2024 봄 — 목록 정리 (링크 없는 건 제목만)"])
snip(["// 참고 (논문 아님): 코드 https://github.com/microsoft/Swin-Transformer , Yannic Kilcher 유튜브 리뷰"])
DC = n[0]
snip(["data class Paper(val title: String, val link: String?, val by: String, val note: String)"])
snip(["val papers = listOf("] + [f"    Paper({q(t)}, {q(l)}, {q(b)}, {q(x)})," for t, l, b, x in P] + [")"])
snip(["papers.size"], f"kotlin.Int = {len(P)}")
nolink = [t for t, l, b, x in P if l is None]
snip(["papers.filter { it.link == null }.map { it.title }"],
     "kotlin.collections.List<kotlin.String> = [" + ", ".join(nolink) + "]")
arx = sum(1 for t, l, b, x in P if l and l.startswith("https://arxiv.org"))
snip(["papers.count { it.link?.startsWith(\"https://arxiv.org\") == true }"], f"kotlin.Int = {arx}")
cnt = {}
for t, l, b, x in P: cnt[b] = cnt.get(b, 0) + 1
snip(["papers.groupingBy { it.by }.eachCount()"],
     "kotlin.collections.Map<kotlin.String, kotlin.Int> = {" + ", ".join(f"{k}={v}" for k, v in cnt.items()) + "}")
p6 = P[6]
snip(["papers[6]"], f"Line_{DC}.Paper = Paper(title={p6[0]}, link={p6[1]}, by={p6[2]}, note={p6[3]})")
md = [f"- {t}" + (f" — {l}" if l else "") for t, l, b, x in P]
snip(["for (p in papers) {", "    println(\"- \" + p.title + (p.link?.let { \" — \" + it } ?: \"\"))", "}"],
     printed=md)
snip([":quit"])
text = "\n".join(out) + "\n"
write_only(F1169, text, keys(F1169))
