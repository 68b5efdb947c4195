#!/usr/bin/env python3
"""1728: a Korean developer's terminal (pasted): a yaegi (Go interpreter) REPL session prototyping the paper list of
a team chat bot (`nonmunbot`). Declarations and statements print nothing; an expression prints `: value` (%v);
fmt.Println/Printf return (n, err), printed as `: {n <nil>}` with n the byte count of what they wrote (UTF-8). Every
output is computed from the modelled slice; the session ends with Ctrl-D and a bare shell prompt."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import keys, by_num

F = by_num(1728)
GPT2 = "Language Models are Unsupervised Multitask Learners"
PS = "minsu@dev-box:~/go/src/nonmunbot$ "
PAPERS = [
 (T("2201.11903"), "https://arxiv.org/abs/2201.11903", "프롬프트 예시 3개 발췌해서 봇 도움말에 넣기"),
 (T("2204.02311"), "https://arxiv.org/abs/2204.02311", "스케일링 그래프만"),
 (T("2307.09288"), "https://arxiv.org/pdf/2307.09288v2", "모델 카드는 huggingface.co/meta-llama 쪽 링크"),
 (T("2204.14198"), "https://arxiv.org/pdf/2204.14198.pdf", "멀티모달 세션 첫 논문"),
 (T("2206.07682"), "", "arXiv:2206.07682, TMLR 2022 — 발표 슬라이드 12쪽"),
 (GPT2, "", "OpenAI PDF, arXiv에 없음"),
 (T("2207.05221"), "", "Anthropic, calibration 부분만"),
 (T("2106.13884"), "", "NeurIPS 2021 — Flamingo 이전 작업"),
]


def gq(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def build():
    L = [PS + "go version", "go version go1.22.1 linux/amd64", PS + "yaegi"]
    out = lambda *a: L.extend(a)
    def call(src, printed):
        out("> " + src, *printed.rstrip("\n").split("\n"), f": {{{len(printed.encode())} <nil>}}")
    out('> import "fmt"', '> import "strings"', "> type Paper struct { Title, URL, Note string }", "> var papers []Paper")
    for t, u, n in PAPERS:
        out(f"> papers = append(papers, Paper{{{gq(t)}, {gq(u)}, {gq(n)}}})")
    out("> len(papers)", f": {len(PAPERS)}")
    out('> for i, p := range papers { fmt.Printf("%d. %s\\n", i+1, p.Title) }')
    out(*[f"{i + 1}. {t}" for i, (t, u, n) in enumerate(PAPERS)])
    out("> links := 0", '> for _, p := range papers { if strings.Contains(p.URL, "arxiv.org") { links++ } }', "> links",
        f": {sum('arxiv.org' in u for t, u, n in PAPERS)}")
    t, u, n = PAPERS[5]
    out("> papers[5]", f": {{{t} {u} {n}}}")
    t, u, n = PAPERS[4]
    call('fmt.Println(papers[4].Title, "/", papers[4].Note)', f"{t} / {n}\n")
    call('fmt.Printf("%s\\n  %s\\n", papers[2].Title, papers[2].URL)', f"{PAPERS[2][0]}\n  {PAPERS[2][1]}\n")
    out("> ", PS)
    return "\n".join(L)


if __name__ == "__main__":
    write_only(F, build(), keys(F))
