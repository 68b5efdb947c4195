#!/usr/bin/env python3
"""1329: a pickletools disassembly (Korean): a Seoul-like NLP lab's student (지우) keeps the reading group's list as a
pickled dict that her Telegram bot loads; when the bot choked on it she ran `python3 -m pickletools` on the cache and
pasted the terminal (an `ls -l` in the ko_KR locale first, her Korean shell comments). The pickle is made here with the
standard library (protocol 4, the dict below, a datetime for `updated`) and the listing is pickletools.dis's own text for
those bytes (offsets, FRAME, MEMOIZE indices, the reprs of str / bytes, `highest protocol among opcodes = 4`), so the
listing is exactly what the program prints for that pickle. Papers are dicts with title / url / arxiv / memo; title-only
ones have url and arxiv None. The Transformers docs and a course page are not papers; BART, ELMo, word2vec, T5, GCG
are nicknames."""
import io, math, os, pickle, pickletools, sys, datetime as dt
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import F1329, keys


def P(k, key, url, arxiv, memo, tags, read):
    return {"key": key, "title": T(k) if k else None, "url": url, "arxiv": arxiv, "memo": memo, "tags": tags, "read": read}


papers = [
 P("1910.13461", "bart", "https://arxiv.org/abs/1910.13461", None, "BART — 노이즈 복원형 seq2seq. 5/21 발표: 지우", ["생성", "사전학습"], True),
 P("1802.05365", "elmo", "https://arxiv.org/pdf/1802.05365", None, "ELMo, 문맥 임베딩의 시작", ["임베딩"], True),
 P("2008.07905", "glat", f"https://openreview.net/forum?id={OR('2008.07905')}", None, "비자기회귀 번역. 민수 추천", ["번역"], False),
 P("2010.06040", "femlm", f"https://openreview.net/pdf?id={OR('2010.06040')}", None, "MLM 마스킹 분석", ["사전학습"], False),
 P("1301.3781", "word2vec", None, "1301.3781", "word2vec 원 논문 (PDF는 서버 폴더에)", ["임베딩", "고전"], True),
 P("1910.10683", "t5", None, None, "T5 — 링크는 아직, 제목만 적어 둠", ["사전학습"], False),
 P("2011.03459", "cqd", None, None, "지식 그래프 질의 응답, 링크 없음", ["지식그래프"], False),
 P("2307.15043", "gcg", None, None, "GCG 공격. 안전성 세션 후보, 링크는 서연이가 보낼 예정", ["안전성"], False),
 P(None, "hf-docs", "https://huggingface.co/docs/transformers/index", None, "논문 아님 — Transformers 라이브러리 문서", ["도구"], False),
 P(None, "cs224n", "https://web.stanford.edu/class/cs224n/", None, "논문 아님 — 강의 페이지", ["강의"], False),
]
obj = {"version": 2, "updated": dt.datetime(2024, 5, 14, 21, 6, 52), "owner": "jiwoo@nlp-gpu03", "papers": papers}
data = pickle.dumps(obj, protocol=4)
buf = io.StringIO()
pickletools.dis(data, out=buf)
blocks = math.ceil(len(data) / 4096) * 4
PR = "jiwoo@nlp-gpu03:~/ilgi-moim$ "
text = (f"{PR}# 봇이 목록을 못 읽어서 캐시 파일을 직접 열어 봄\n"
        f"{PR}ls -l cache/\n합계 {blocks}\n-rw-r--r-- 1 jiwoo jiwoo {len(data)}  5월 14 21:06 reading_list.pkl\n"
        f"{PR}python3 -m pickletools cache/reading_list.pkl\n{buf.getvalue()}"
        f"{PR}# 파일 자체는 멀쩡함. 봇 쪽 문제인 듯\n{PR}\n")
write_only(F1329, text, keys(F1329))
