#!/usr/bin/env python3
"""1821: a BibTeX export of a user's saved items («내 서재») on Naver Academic (네이버 학술정보), Korean: entries as the
export writes them (Google-Scholar-like keys «surnameYEARfirstword», «field={value}» lines indented by two spaces,
authors «Last, First and …», Korean items with Hangul names and Korean publishers, «url», «eprint» / «archivePrefix», the user's memos as «annote»),
LF, UTF-8. A graduate student's library for a thesis on Korean text encoders. The Korean book, its author, the
master's thesis and its author are invented; the English papers are real. Computed: the keys from the first author's
surname, the year and the title's first word; the ISBN check digit; page ranges (asserted increasing)."""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import CAT, T, key_of, write_only
from make_expected import by_num, keys
F = by_num(1821)


def last_first(n):
    p = n.split()
    return f"{p[-1]}, {' '.join(p[:-1])}"


def authors(k):
    return " and ".join(last_first(a) for a in CAT[key_of(k)]["authors"])


def bkey(k, year):
    first = CAT[key_of(k)]["authors"][0].split()[-1].lower()
    word = re.sub(r"[^a-z0-9]", "", T(k).split()[0].lower())
    if word in ("a", "an", "the", "do", "why"): word = re.sub(r"[^a-z0-9]", "", T(k).split()[1].lower())
    return f"{first}{year}{word}"


def isbn13(stem):
    d = [int(c) for c in stem if c.isdigit()]
    return stem + "-" + str((10 - sum(x * (1 if i % 2 == 0 else 3) for i, x in enumerate(d)) % 10) % 10)


def entry(typ, key, fields):
    for name, v in fields:
        if name == "pages":
            a, b = v.split("--"); assert int(a) < int(b), v
    body = ",\n".join(f"  {n}={{{v}}}" for n, v in fields)
    return f"@{typ}{{{key},\n{body}\n}}\n"


E = []
E.append(entry("inproceedings", bkey("1810.04805", 2019), [
    ("title", T("1810.04805")), ("author", authors("1810.04805")),
    ("booktitle", "Proceedings of the 2019 Conference of the North American Chapter of the Association for Computational Linguistics: Human Language Technologies"),
    ("pages", "4171--4186"), ("year", "2019"), ("publisher", "Association for Computational Linguistics"),
    ("url", "https://arxiv.org/abs/1810.04805"), ("annote", "2장 배경. MLM과 NSP 설명에 인용")]))
E.append(entry("article", bkey("1907.11692", 2019), [
    ("title", T("1907.11692")), ("author", authors("1907.11692")), ("journal", "CoRR"),
    ("year", "2019"), ("url", "https://arxiv.org/pdf/1907.11692.pdf"), ("annote", "동적 마스킹, NSP 제거 — 실험 설정 참고")]))
E.append(entry("inproceedings", bkey("1906.08237", 2019), [
    ("title", T("1906.08237")), ("author", authors("1906.08237")),
    ("booktitle", "Advances in Neural Information Processing Systems"), ("volume", "32"), ("year", "2019"),
    ("url", "http://arxiv.org/abs/1906.08237v2")]))
E.append(entry("inproceedings", bkey("2003.10555", 2020), [
    ("title", T("2003.10555")), ("author", authors("2003.10555")),
    ("booktitle", "International Conference on Learning Representations"), ("year", "2020"),
    ("url", "https://arxiv.org/abs/2003.10555")]))
E.append(entry("inproceedings", bkey("2006.03654", 2021), [
    ("title", T("2006.03654")), ("author", authors("2006.03654")),
    ("booktitle", "International Conference on Learning Representations"), ("year", "2021"),
    ("eprint", "2006.03654"), ("archivePrefix", "arXiv"), ("primaryClass", "cs.CL"), ("annote", "KLUE 실험에서 가장 좋은 기준 모델")]))
E.append(entry("inproceedings", bkey("1801.06146", 2018), [
    ("title", T("1801.06146")), ("author", authors("1801.06146")),
    ("booktitle", "Proceedings of the 56th Annual Meeting of the Association for Computational Linguistics (Volume 1: Long Papers)"),
    ("pages", "328--339"), ("year", "2018"), ("publisher", "Association for Computational Linguistics")]))
E.append(entry("inproceedings", bkey("1911.02116", 2020), [
    ("title", T("1911.02116")), ("author", authors("1911.02116")),
    ("booktitle", "Proceedings of the 58th Annual Meeting of the Association for Computational Linguistics"),
    ("pages", "8440--8451"), ("year", "2020"), ("publisher", "Association for Computational Linguistics"), ("annote", "다국어 인코더 비교용")]))
E.append(entry("inproceedings", bkey("1711.05101", 2019), [
    ("title", T("1711.05101")), ("author", authors("1711.05101")),
    ("booktitle", "International Conference on Learning Representations"), ("year", "2019"), ("annote", "옵티마이저 설정(AdamW) 근거")]))
E.append(entry("book", "jeong2023transformer", [
    ("title", "트랜스포머로 배우는 한국어 자연어 처리"), ("author", "정하늘"), ("publisher", "한빛미디어"),
    ("address", "서울"), ("year", "2023"), ("isbn", isbn13("979-11-6921-184")), ("language", "Korean")]))
E.append(entry("mastersthesis", "park2022hangul", [
    ("title", "한국어 사전학습 인코더의 형태소 단위 토큰화 비교 연구"), ("author", "박서준"),
    ("school", "고려대학교 대학원 컴퓨터학과"), ("address", "서울"), ("year", "2022"), ("type", "석사학위논문"),
    ("language", "Korean")]))
keys_ = [re.match(r"@\w+\{([^,]+),", e)[1] for e in E]
assert len(set(keys_)) == len(keys_), keys_
write_only(F, "\n".join(E), keys(F))
