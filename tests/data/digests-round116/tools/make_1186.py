#!/usr/bin/env python3
"""1186 (negative): the README of an awesome list of Korean NLP tools (Korean): shields.io badges in the header and
in every table row (GitHub stars, license, PyPI version), a table of contents whose anchors are GitHub's slugs of the
headings, tables of libraries, morphological analysers, datasets and pretrained checkpoints (no papers: the list's
paper section only points elsewhere), contribution rules. GitHub-flavoured Markdown, LF, final newline. No catalogue
title and nothing arXiv-shaped."""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import write


def slug(h):
    return re.sub(r"[^\w\- ]", "", h.lower()).replace(" ", "-")


def stars(repo):
    return f"![GitHub stars](https://img.shields.io/github/stars/{repo}?style=flat-square)"


S = [
 ("형태소 분석기", ["이름", "설명", "스타", "라이선스"], [
   ("[KoNLPy](https://github.com/konlpy/konlpy)", "여러 형태소 분석기를 파이썬에서 한 번에 쓰는 래퍼", stars("konlpy/konlpy"), "![license](https://img.shields.io/badge/license-GPL--3.0-blue)"),
   ("[Kiwi](https://github.com/bab2min/Kiwi)", "빠르고 설치가 쉬운 C++ 형태소 분석기, 파이썬 바인딩 kiwipiepy", stars("bab2min/Kiwi"), "![license](https://img.shields.io/badge/license-LGPL--3.0-blue)"),
   ("[MeCab-ko-dic](https://bitbucket.org/eunjeon/mecab-ko-dic)", "은전한닢 프로젝트 사전", "—", "![license](https://img.shields.io/badge/license-Apache--2.0-blue)"),
 ]),
 ("토크나이저", ["이름", "설명", "스타", "PyPI"], [
   ("[tokenizers](https://github.com/huggingface/tokenizers)", "BPE·WordPiece·Unigram 학습과 추론", stars("huggingface/tokenizers"), "![PyPI](https://img.shields.io/pypi/v/tokenizers)"),
   ("[sentencepiece](https://github.com/google/sentencepiece)", "언어 독립 서브워드 토크나이저", stars("google/sentencepiece"), "![PyPI](https://img.shields.io/pypi/v/sentencepiece)"),
 ]),
 ("데이터셋", ["이름", "설명", "규모", "라이선스"], [
   ("[KorQuAD 2.1](https://korquad.github.io/)", "위키백과 기반 기계독해", "10만+ 질문", "![license](https://img.shields.io/badge/license-CC%20BY--ND%202.0-lightgrey)"),
   ("[KLUE](https://github.com/KLUE-benchmark/KLUE)", "한국어 이해 평가 8개 과제 묶음", "—", "![license](https://img.shields.io/badge/license-CC%20BY--SA%204.0-lightgrey)"),
   ("[NSMC](https://github.com/e9t/nsmc)", "네이버 영화 리뷰 감성 분류", "20만 문장", "![license](https://img.shields.io/badge/license-CC0-lightgrey)"),
   ("[모두의 말뭉치](https://corpus.korean.go.kr/)", "국립국어원 말뭉치 (신청 후 다운로드)", "—", "—"),
 ]),
 ("사전학습 체크포인트", ["이름", "설명", "스타", "라이선스"], [
   ("[KoBERT](https://github.com/SKTBrain/KoBERT)", "한국어 위키 기반 BERT", stars("SKTBrain/KoBERT"), "![license](https://img.shields.io/badge/license-Apache--2.0-blue)"),
   ("[KoGPT2](https://github.com/SKT-AI/KoGPT2)", "한국어 GPT-2 (125M)", stars("SKT-AI/KoGPT2"), "![license](https://img.shields.io/badge/license-CC%20BY--NC--SA%204.0-lightgrey)"),
   ("[KR-SBERT](https://github.com/snunlp/KR-SBERT)", "문장 임베딩", stars("snunlp/KR-SBERT"), "![license](https://img.shields.io/badge/license-MIT-green)"),
 ]),
]
out = ["# Awesome Korean NLP Tools [![Awesome](https://awesome.re/badge.svg)](https://awesome.re)", "",
       "![last commit](https://img.shields.io/github/last-commit/hangul-nlp/awesome-korean-nlp-tools) ![PRs welcome](https://img.shields.io/badge/PRs-welcome-brightgreen)", "",
       "> 한국어 자연어처리에 바로 쓸 수 있는 **도구·데이터·체크포인트** 모음입니다. 논문 목록은 따로 관리합니다.", "",
       "## 목차", ""]
heads = [h for h, _, _ in S] + ["논문", "기여하기"]
out += [f"- [{h}](#{slug(h)})" for h in heads] + [""]
for h, cols, rows in S:
    out += [f"## {h}", "", "| " + " | ".join(cols) + " |", "|" + "|".join(" --- " for _ in cols) + "|"]
    out += ["| " + " | ".join(r) + " |" for r in rows] + [""]
out += ["## 논문", "",
        "논문 정리는 2023년 말부터 별도 저장소 [hangul-nlp/korean-nlp-papers](https://github.com/hangul-nlp/korean-nlp-papers)로 옮겼습니다.",
        "여기에는 설치해서 쓸 수 있는 것만 올려 주세요. (논문 링크가 들어간 PR은 그쪽으로 안내드립니다.)", "",
        "## 기여하기", "",
        "1. 표의 형식(이름 | 설명 | 배지 | 라이선스)을 지켜 주세요.",
        "2. 배지는 [shields.io](https://shields.io/)에서 만들어 주세요.",
        "3. 관리가 끊긴 지 2년 넘은 저장소는 `보관됨` 섹션으로 옮깁니다.", "",
        "[![CC0](https://licensebuttons.net/p/zero/1.0/88x31.png)](https://creativecommons.org/publicdomain/zero/1.0/)"]
text = "\n".join(out) + "\n"
write("1186_negative_shields_badge_awesome_list_markdown_korean_nlp_tools_no_papers.md", text, negative=True)
