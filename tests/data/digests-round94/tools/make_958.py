#!/usr/bin/env python3
"""958: a Korean lab member's awesome-style paper table written in Typora and exported with File → Export → HTML
(Typora 1.x, Windows): `<!doctype html>`, the charset / viewport metas on one line, the theme's font link and its
inline `<style type='text/css'>` (the GitHub theme, trimmed), `<title>` = the file name, `<body class='typora-export
os-windows'>`, `<div class='typora-export-content'>`, `<div id='write'  class=''>`; every block written on one line
after the other, text in `<span>`, heading ids made from the heading text, tables as `<figure
class='table-figure'><table>` with newlines inside, links `<a href='…'><span>…</span></a>`, bare URLs as `<a href='…'
target='_blank' class='url'>…</a>`, inline code, `<hr />`, single-quoted attributes, `&nbsp;` in empty cells.
Papers: three arXiv URLs (a link cell, a PDF link, a bare URL), one OpenReview URL, one arXiv id as inline code, three
titles only. bitsandbytes, the transformers and unify-parameter-efficient-tuning repositories, the vLLM docs and Lilian
Weng's inference post are not papers."""
import html, os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import by_num, keys

F = by_num(958)
K = dict(gptq="2210.17323", flash="2205.14135", spec="2211.17192", mpt="1710.03740", int8="2208.07339",
         unified="2110.04366", hf="1910.03771", pyglove="2101.08809")
DOC = "효율적인 LLM 학습·추론 논문 정리 (2024 봄)"

CSS = """html {overflow-x: initial !important;}:root { --bg-color: #ffffff; --text-color: #333333; --select-text-bg-color: #B5D6FC; --select-text-font-color: auto; --monospace: "Lucida Console",Consolas,"Courier",monospace; --title-bar-height: 20px; }
.mac-os-11 { --title-bar-height: 28px; }
html { font-size: 14px; background-color: var(--bg-color); color: var(--text-color); font-family: "Helvetica Neue", Helvetica, Arial, sans-serif; -webkit-font-smoothing: antialiased; }
body { margin: 0px; padding: 0px; height: auto; inset: 0px; font-size: 1rem; line-height: 1.42857; overflow-x: hidden; background: inherit; tab-size: 4; }
a:active, a:hover { outline: 0px; }
#write { max-width: 860px; margin: 0px auto; padding: 30px 30px 100px; }
#write > ul:first-child, #write > ol:first-child { margin-top: 30px; }
a { color: #4183C4; }
h1, h2, h3, h4, h5, h6 { position: relative; margin-top: 1rem; margin-bottom: 1rem; font-weight: bold; line-height: 1.4; cursor: text; }
h1 { font-size: 2.25em; line-height: 1.2; border-bottom: 1px solid rgb(238, 238, 238); }
h2 { font-size: 1.75em; line-height: 1.225; border-bottom: 1px solid rgb(238, 238, 238); }
table { padding: 0px; word-break: initial; }
table tr { border: 1px solid rgb(223, 226, 229); margin: 0px; padding: 0px; }
table tr:nth-child(2n), thead { background-color: rgb(248, 248, 248); }
table th { font-weight: bold; border-width: 1px 1px 0px; border-top-style: solid; border-right-style: solid; border-left-style: solid; border-top-color: rgb(223, 226, 229); border-right-color: rgb(223, 226, 229); border-left-color: rgb(223, 226, 229); border-image: initial; border-bottom-style: initial; border-bottom-color: initial; margin: 0px; padding: 6px 13px; }
table td { border: 1px solid rgb(223, 226, 229); margin: 0px; padding: 6px 13px; }
blockquote { border-left: 4px solid rgb(223, 226, 229); padding: 0px 15px; color: rgb(119, 119, 119); }
code { background-color: rgb(243, 244, 244); padding: 0px 2px; }
hr { height: 2px; padding: 0px; margin: 16px 0px; background-color: rgb(231, 231, 231); border: 0px none; overflow: hidden; box-sizing: content-box; }
@media print {
  html { font-size: 13px; }
  pre { page-break-inside: avoid; word-wrap: break-word; }
}
"""


def e(s):
    return html.escape(s, quote=False)


def sp(s):
    return "<span>" + e(s) + "</span>"


def hid(s):
    return re.sub(r"\s+", "-", re.sub(r"[^\w\s-]", "", s.lower()).strip())


def a(url, text):
    return f"<a href='{e(url)}'>{sp(text)}</a>"


def autolink(url):
    return f"<a href='{e(url)}' target='_blank' class='url'>{e(url)}</a>"


def strong(s):
    return "<strong>" + sp(s) + "</strong>"


def code(s):
    return "<code>" + e(s) + "</code>"


def h(level, text):
    return f"<h{level} id='{hid(text)}'>{sp(text)}</h{level}>"


def p(*parts):
    return "<p>" + "".join(parts) + "</p>"


def table(head, rows):
    out = "<figure class='table-figure'><table>\n<thead>\n<tr>" + "".join(f"<th>{sp(c)}</th>" for c in head) + "</tr></thead>\n<tbody>"
    for r in rows:
        out += "<tr>" + "".join(f"<td>{c if c else '&nbsp;'}</td>" for c in r) + "</tr>"
    return out + "</tbody>\n</table></figure>"


def ul(items):
    return "<ul>" + "".join(f"<li><p>{it}</p></li>" for it in items) + "</ul>"


HEAD = ["연도", "논문", "링크", "코드", "한줄평"]
GH = "https://github.com/"
blocks = [
    h(1, DOC),
    "<blockquote>" + p(sp("연구실 스터디용 정리. 링크 칸이 비어 있는 논문은 PDF를 팀 드라이브 /papers 폴더에 올려 두었습니다. "
                          "추가하고 싶은 논문은 슬랙 #study-efficient 에 남겨 주세요. — 윤서")) + "</blockquote>",
    h(2, "1. 학습: 정밀도와 미세조정"),
    table(HEAD, [
        [sp("2018 (ICLR)"), strong(T(K["mpt"])), a("https://openreview.net/forum?id=" + OR(K["mpt"]), "OpenReview"), "",
         sp("FP16 + loss scaling + FP32 마스터 가중치. AMP의 원조라서 제일 먼저 읽기 👍")],
        [sp("2022 (ICLR)"), strong(T(K["unified"])), "", a(GH + "jxhe/unify-parameter-efficient-tuning", "jxhe/unify-parameter-efficient-tuning"),
         sp("어댑터·프리픽스 튜닝·LoRA를 하나의 틀로 묶어서 설명. 3절 그림이 핵심")],
    ]),
    h(2, "2. 양자화"),
    table(HEAD, [
        [sp("2022"), strong(T(K["int8"])), code("arXiv:2208.07339"), a(GH + "TimDettmers/bitsandbytes", "bitsandbytes"),
         sp("outlier 차원만 FP16으로 분리하는 혼합 분해. 175B도 8비트 추론 가능")],
        [sp("2023 (ICLR)"), strong(T(K["gptq"])), a("https://arxiv.org/abs/" + K["gptq"], "arXiv"), a(GH + "IST-DASLab/gptq", "IST-DASLab/gptq"),
         sp("2차 정보 기반 one-shot 가중치 양자화 (3~4비트). 우리 서빙 모델도 이걸로 양자화함")],
    ]),
    h(2, "3. 어텐션 커널과 디코딩"),
    table(HEAD, [
        [sp("2022 (NeurIPS)"), strong(T(K["flash"])), a("https://arxiv.org/pdf/" + K["flash"] + ".pdf", "PDF"), a(GH + "Dao-AILab/flash-attention", "flash-attention"),
         sp("타일링 + 재계산으로 HBM 접근을 줄임. IO 복잡도 분석 부분은 천천히 읽기")],
        [sp("2023 (ICML)"), strong(T(K["spec"])), autolink("https://arxiv.org/abs/" + K["spec"]), "",
         sp("작은 모델이 초안을 쓰고 큰 모델이 한 번에 검증. 출력 분포가 바뀌지 않는다는 증명이 깔끔함")],
    ]),
    h(2, "4. 도구와 프레임워크"),
    table(HEAD, [
        [sp("2020 (EMNLP Demo)"), strong(T(K["hf"])), "", a(GH + "huggingface/transformers", "huggingface/transformers"),
         sp("라이브러리 설계 철학 정리. 인용할 때 이 논문으로")],
        [sp("2020 (NeurIPS)"), strong(T(K["pyglove"])), "", "",
         sp("AutoML 탐색 공간을 심볼릭 프로그램으로 다루는 방식. 하이퍼파라미터 탐색 코드 정리할 때 참고")],
    ]),
    "<hr />",
    h(3, "참고 자료 (논문 아님)"),
    ul([
        a("https://docs.vllm.ai/", "vLLM 문서") + sp(" — PagedAttention 서빙 세팅할 때"),
        a("https://lilianweng.github.io/posts/2023-01-10-inference-optimization/", "Lilian Weng, Large Transformer Model Inference Optimization") + sp(" (블로그)"),
        sp("bitsandbytes / flash-attention 설치 메모는 팀 위키 참고"),
    ]),
    p(sp("마지막 수정: 2024-03-11 · 다음 스터디: 3/14(목) GPTQ 발표 — 민재")),
    "<p>&nbsp;</p>",
]

doc = ("<!doctype html>\n<html>\n<head>\n<meta charset='UTF-8'><meta name='viewport' content='width=device-width initial-scale=1'>\n\n"
       "<link href='https://fonts.loli.net/css?family=Open+Sans:400italic,700italic,700,400&subset=latin,latin-ext' rel='stylesheet' type='text/css' />"
       "<style type='text/css'>" + CSS + "</style><title>" + e(DOC) + "</title>\n</head>\n"
       "<body class='typora-export os-windows'><div class='typora-export-content'>\n<div id='write'  class=''>"
       + "".join(blocks) + "</div></div>\n</body>\n</html>")
write_only(F, doc, keys(F), forms=[html.unescape(doc)])
