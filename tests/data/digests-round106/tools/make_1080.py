#!/usr/bin/env python3
"""1080: `pdftotext -f 9 -l 10` (no -layout) of the last two pages of a paper in the KIISE journal (정보과학회논문지,
a Korean-language journal typeset in two columns): on each page the running header first (odd pages the short title
and the page number, even pages the page number and the journal line "정보과학회논문지 제51권 제4호(2024. 4)"), the
left column, then the right, each page closed by a form feed. Page 9: the end of section 5 (a discussion citing every
reference, table 4 with its Korean and English captions and one cell per line), section 6 (결론 및 향후 연구), the
acknowledgement, then "References" — in KIISE's style all references are written in English (`[n] A. Surname, B.
Surname, and C. Surname, "Title," venue, pp., year.`; web resources `Name [Online]. Available: URL (downloaded
YYYY, Mon. D)`), in citation order; page 10: the rest of the references and the authors' profiles (names spaced by
syllable, degrees by year, 관심분야). Lines are cut at spaces at 48 display columns (Hangul counts two), so titles
run over lines; a token longer than the rest of a line (a URL) moves whole to the next.
Not papers: bitsandbytes, the PEFT library, the KLUE benchmark site, the NIKL corpus site. Nicknames not labelled on
their own: Linformer, Performer, RFA, Synthesizer, LLM.int8(), BitFit, AdaLoRA, LoRA, KLUE-MRC."""
import os, sys, unicodedata
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, CAT, write_only
from make_expected import by_num, keys

F = by_num(1080)
K = dict(lin="2006.04768", perf="2009.14794", rfa="2103.02143", syn="2005.00743", mpt="1710.03740", int8="2208.07339",
         bitfit="2106.10199", ada="2303.10512")
W = 48
JOURNAL = "정보과학회논문지 제51권 제4호(2024. 4)"
SHORT = "저정밀도 연산과 효율적 어텐션을 결합한 한국어 언어모델의 경량 미세조정"


def vw(s):
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def wrap(text, width=W):
    out, cur = [], ""
    for tok in text.split(" "):
        cand = tok if not cur else cur + " " + tok
        if vw(cand) <= width or not cur:
            cur = cand
        else:
            out.append(cur); cur = tok
    if cur: out.append(cur)
    return out


SPECIAL = {"Elad Ben Zaken": "E. Ben Zaken", "Da-Cheng Juan": "D.-C. Juan", "Belinda Z. Li": "B. Z. Li"}


def ini(name):
    if name in SPECIAL: return SPECIAL[name]
    parts = name.split()
    return " ".join(p[0] + "." for p in parts[:-1]) + " " + parts[-1]


def names(key):
    a = [ini(n) for n in CAT[key]["authors"]]
    return ", ".join(a[:-1]) + ", and " + a[-1] if len(a) > 2 else " and ".join(a)


ICLR = "Proc. of the {n}th International Conference on Learning Representations, {y}."
REFS = [
 f'{names(K["lin"])}, "{T(K["lin"])}," arXiv preprint arXiv:{K["lin"]}, 2020.',
 f'{names(K["perf"])}, "{T(K["perf"])}," ' + ICLR.format(n=9, y=2021) + f" [Online]. Available: https://openreview.net/forum?id={OR(K['perf'])}",
 f'{names(K["rfa"])}, "{T(K["rfa"])}," ' + ICLR.format(n=9, y=2021) + f" [Online]. Available: https://openreview.net/forum?id={OR(K['rfa'])}",
 f'{names(K["syn"])}, "{T(K["syn"])}," Proc. of the 38th International Conference on Machine Learning, PMLR 139, pp. 10183-10192, 2021.',
 f'{names(K["mpt"])}, "{T(K["mpt"])}," ' + ICLR.format(n=6, y=2018),
 f'{names(K["int8"])}, "{T(K["int8"])}," Advances in Neural Information Processing Systems 35, pp. 30318-30332, 2022. https://arxiv.org/abs/{K["int8"]}',
 "bitsandbytes [Online]. Available: https://github.com/TimDettmers/bitsandbytes (downloaded 2023, Nov. 2)",
 f'{names(K["bitfit"])}, "{T(K["bitfit"])}," Proc. of the 60th Annual Meeting of the Association for Computational Linguistics (Volume 2: Short Papers), pp. 1-9, 2022.',
 f'{names(K["ada"])}, "{T(K["ada"])}," ' + ICLR.format(n=11, y=2023) + f" arXiv:{K['ada']}",
 "Hugging Face, PEFT library [Online]. Available: https://github.com/huggingface/peft (downloaded 2023, Nov. 2)",
 "KLUE Benchmark [Online]. Available: https://klue-benchmark.com (downloaded 2023, Oct. 27)",
 "National Institute of Korean Language, Modu Corpus [Online]. Available: https://corpus.korean.go.kr (downloaded 2023, Oct. 27)",
]


def ref_lines(i, r):
    return wrap(f"[{i}] {r}")


def para(s):
    return "\n".join(wrap(s))


body_left = [
 "이 결과는 입력 길이가 길어질수록 더 뚜렷해졌다. 표 4는 문서 길이가 4,096 토큰인 KLUE-MRC 변형 데이터[11]에서 어텐션 근사 방식별 정확도와 메모리 사용량을 비교한 것이다. 키와 값을 저차원으로 투영하는 방식[1]은 메모리 사용량이 가장 적었지만 정확도 하락이 가장 컸고, 무작위 특징으로 소프트맥스 커널을 근사하는 두 방식[2,3]은 전체 어텐션과의 차이가 2%p 이내였다. 질의-키 내적 없이 어텐션 가중치를 직접 학습하는 방식[4]은 짧은 문서에서는 경쟁력이 있었으나 긴 문서에서는 성능이 떨어졌다.",
 "표 4 어텐션 근사 방식별 성능 비교\nTable 4 Comparison of attention approximations\n방식\n정확도(%)\n메모리(GB)\n전체 어텐션\n71.8\n38.2\nLinformer[1]\n66.9\n11.4\nPerformer[2]\n69.7\n14.9\nRFA[3]\n70.1\n15.6\nSynthesizer[4]\n67.5\n21.3",
 "저정밀도 연산의 영향도 확인하였다. FP16 혼합 정밀도 학습[5]에 8비트 행렬 연산[6]을 더하면 추론 메모리가 다시 약 45% 줄었으며, 구현은 공개 라이브러리[7]를 그대로 사용하였다. 미세조정 단계에서는 편향 항만 학습하는 방법[8]과 특이값 분해 형태로 랭크를 적응적으로 배분하는 방법[9]을 비교하였고, 후자를 PEFT 라이브러리[10] 위에 구현하였다.",
 "6. 결론 및 향후 연구",
 "본 논문에서는 효율적 어텐션과 저정밀도 연산, 매개변수 효율적 미세조정을 결합하여 단일 GPU에서 한국어 사전학습 언어모델을 긴 문서 과제에 적응시키는 방법을 제안하였다. 모두의 말뭉치[12]와 KLUE[11] 과제에서 제안 방법은 전체 미세조정 대비 메모리를 78% 줄이면서 평균 성능 하락을 1.3%p 이내로 유지하였다. 향후에는 4비트 양자화와 상태 공간 모델 계열로 실험을 확장할 계획이다.",
]
ack = "이 논문은 2023년도 정부(과학기술정보통신부)의 재원으로 정보통신기획평가원의 지원을 받아 수행된 연구임 (No. 2023-0-00000)"
bios = [
 ("김 지 현", ["2017년 한빛대학교 컴퓨터공학과(학사)", "2019년 한빛대학교 인공지능학과(석사)",
              "2019년~현재 한빛대학교 인공지능학과 박사과정. 관심분야는 효율적 딥러닝, 자연어처리"]),
 ("박 성 훈", ["1999년 한빛대학교 전산학과(학사)", "2001년 한빛대학교 전산학과(석사)", "2006년 한빛대학교 전산학과(박사)",
              "2006년~2010년 한국전자통신연구원 선임연구원", "2010년~현재 한빛대학교 인공지능학과 교수. 관심분야는 자연어처리, 기계학습, 정보검색"]),
]
refs = [ref_lines(i + 1, r) for i, r in enumerate(REFS)]
split = 6
page9 = (f"{SHORT} 359\n\n" + "\n\n".join(para(p) if not p.startswith("표 4") else p for p in body_left) + "\n\n" + para(ack)
         + "\n\nReferences\n" + "\n".join("\n".join(r) for r in refs[:split]) + "\n\f")
page10 = (f"360 {JOURNAL}\n\n" + "\n".join("\n".join(r) for r in refs[split:]) + "\n\n"
          + "\n\n".join(n + "\n" + "\n".join("\n".join(wrap(l, 30)) for l in ls) for n, ls in bios) + "\n\f")
out = page9 + page10
write_only(F, out, keys(F))
