#!/usr/bin/env python3
"""1572: a Korean vision lab's "papers we read" page marked up with RDFa Lite 1.1 and the schema.org vocabulary
(vocab / typeof ScholarlyArticle / property name, author Person, datePublished, url, sameAs, isPartOf), plus a
non-paper list (SoftwareSourceCode, Dataset, Course) in the same markup. Built from the modelled entries."""
import html, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, CAT, write_only
from make_expected import keys, by_num

F = by_num(1572)
E = [  # key, url or None, arXiv text or None, venue, memo
    ("2103.00020", "https://arxiv.org/abs/2103.00020", None, "ICML 2021", "이미지-텍스트 대조 학습, 제로샷 분류"),
    ("2102.05918", "https://arxiv.org/abs/2102.05918", None, "ICML 2021", "ALIGN, 노이즈 많은 alt-text 18억 쌍"),
    ("2106.13884", "https://arxiv.org/pdf/2106.13884.pdf", None, "NeurIPS 2021", "Frozen, 언어 모델 고정 후 비전 인코더만 학습"),
    ("2304.02643", None, "arXiv:2304.02643", "ICCV 2023", "SA-1B, 프롬프트 기반 분할 — 링크는 나중에"),
    ("2106.10270", None, None, "TMLR 2022", "AugReg, 데이터·증강·정규화 실험"),
    ("2103.03230", None, None, "ICML 2021", "Barlow Twins, 중복 감소 목적함수"),
    ("2004.08955", None, None, "CVPRW 2022", "Split-Attention 블록"),
    ("2011.04419", None, None, "ICML 2021", "DACL, 도메인 무관 대조 학습"),
]


def entry(i, k, url, ax, venue, memo):
    e = CAT[k]; a = e["authors"][:3]
    y = (e.get("published") or "2021")[:4]
    auth = ",\n        ".join(f'<span property="author" typeof="Person"><span property="name">{html.escape(n)}</span></span>' for n in a)
    t = html.escape(T(k), quote=False)
    name = f'<a property="url" href="{url}"><span property="name">{t}</span></a>' if url else f'<span property="name">{t}</span>'
    L = [f'    <li id="p{i}" property="itemListElement" typeof="ScholarlyArticle">',
         f'      <h3>{name}</h3>',
         f'      <p class="authors">{auth}{" 외" if len(e["authors"]) > 3 else ""}</p>',
         f'      <p class="meta"><span property="isPartOf" typeof="PublicationEvent"><span property="name">{venue}</span></span> · <time property="datePublished" datetime="{y}">{y}</time>']
    if ax:
        L.append(f'        · <code property="identifier">{ax}</code>')
    L[-1] += "</p>"
    L += [f'      <p class="memo" property="comment">{html.escape(memo)}</p>', '    </li>']
    return L


def build():
    L = ['<!DOCTYPE html>', '<html lang="ko">', '<head>', '<meta charset="utf-8">',
         '<title>읽은 논문 — 시각지능연구실</title>', '<link rel="stylesheet" href="/css/lab.css">', '</head>',
         '<body vocab="https://schema.org/">',
         '<header><a href="/">시각지능연구실 (VIL)</a> · <a href="/members.html">구성원</a> · <a href="/papers.html">읽은 논문</a></header>',
         '<main>', '  <h1>2024년 1학기 읽은 논문</h1>',
         f'  <p>매주 목요일 오후 4시, 공학관 507호. 총 {len(E)}편. 발표자는 슬랙 #reading 채널 참고.</p>',
         '  <ol typeof="ItemList">']
    for i, row in enumerate(E, 1):
        L += entry(i, *row)
    L += ['  </ol>', '  <h2>논문이 아닌 자료</h2>', '  <ul>',
          '    <li typeof="SoftwareSourceCode"><a property="codeRepository" href="https://github.com/facebookresearch/segment-anything"><span property="name">segment-anything</span></a> — 공식 코드</li>',
          '    <li typeof="SoftwareSourceCode"><a property="url" href="https://github.com/huggingface/pytorch-image-models"><span property="name">timm</span></a> — 백본 구현 모음</li>',
          '    <li typeof="Dataset"><span property="name">ImageNet-1k</span> (ILSVRC 2012) — 서버 /data/imagenet</li>',
          '    <li typeof="Course"><a property="url" href="https://cs231n.stanford.edu/"><span property="name">CS231n</span></a> — 신입생 필수 강의</li>',
          '  </ul>', '</main>',
          '<footer>© 2024 시각지능연구실 · 문의 <a href="mailto:seojun.park@vil.example.ac.kr">seojun.park@vil.example.ac.kr</a> · 최종 수정 2024-06-21</footer>',
          '</body>', '</html>']
    return "\n".join(L) + "\n"


if __name__ == "__main__":
    write_only(F, build(), keys(F))
