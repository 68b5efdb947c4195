#!/usr/bin/env python3
"""1500: the end of a Korean paper in the Journal of Korean Institute of Communications and Information Sciences
(한국통신학회논문지, JKICS), copied from the PDF viewer: the last part of the conclusion with numbered citations, the
References list in the journal's IEEE-like style (English entries `A. B. Surname, ..., and C. Surname, "Title," in
Proc. ..., pp. a-b, Mon. Year.`, Korean entries `이름, "제목," 한국통신학회논문지, 제N권, 제M호, pp. a-b, YYYY년 M월.`,
web entries `..., Retrieved Mon. D, YYYY, from URL`), then the authors' biographies (저자 소개) with ORCID iDs. The PDF's
two-column lines come out as short lines (wrapped at spaces, ~60 columns), with the running head and the page number at
each page break. ORCID check digits are computed (ISO 7064 MOD 11-2). Not papers: the PyTorch docs, the
long-range-arena repository, AI Hub's data set, the xformers library. Nicknames: Performer, RFA, Hyena, Memformer —
labelled where the full titles are written. Two Korean references are invented."""
import os, sys, unicodedata
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, CAT, initials, write_only
from make_expected import F1500, keys


def ini(name):
    """'Da-Cheng Juan' -> 'D.-C. Juan' (the journal keeps hyphenated initials)"""
    parts = name.split()
    return " ".join(".-".join(q[0] for q in p.split("-")) + "." if not p.endswith(".") else p for p in parts[:-1]) + " " + parts[-1]


def auths(k, n=None):
    a = [ini(x) for x in CAT[k]["authors"]]
    if n and len(a) > n: return ", ".join(a[:n]) + ", et al."
    return a[0] if len(a) == 1 else (" and ".join(a) if len(a) == 2 else ", ".join(a[:-1]) + ", and " + a[-1])


REFS = [
    f'{auths("1901.02860")}, "{T("1901.02860")}," in Proc. ACL, pp. 2978-2988, Florence, Italy, Jul. 2019. arXiv:1901.02860.',
    f'{auths("2009.14794", 6)}, "{T("2009.14794")}," in Proc. ICLR, Virtual, May 2021. (https://arxiv.org/abs/2009.14794)',
    f'{auths("2103.02143")}, "{T("2103.02143")}," in Proc. ICLR, Virtual, May 2021. (https://openreview.net/forum?id={OR("2103.02143")})',
    f'{auths("2005.00743")}, "{T("2005.00743")}," in Proc. ICML, pp. 10183-10192, Virtual, Jul. 2021.',
    f'{auths("2004.11886")}, "{T("2004.11886")}," in Proc. ICLR, Addis Ababa, Ethiopia, Apr. 2020.',
    f'{auths("2010.06891")}, "{T("2010.06891")}," in Findings of AACL-IJCNLP, pp. 308-318, Nov. 2022.',
    f'{auths("2307.08691")}, "{T("2307.08691")}," in Proc. ICLR, Vienna, Austria, May 2024. (https://arxiv.org/abs/2307.08691)',
    f'{auths("2302.10866", 6)}, "{T("2302.10866")}," in Proc. ICML, pp. 28043-28078, Honolulu, USA, Jul. 2023. (https://arxiv.org/abs/2302.10866)',
    '이민호, 박지은, 정우성, "경량 트랜스포머 기반 실시간 음성 명령 인식 기법," 한국통신학회논문지, 제48권, 제2호, pp. 201-210, 2023년 2월.',
    '최유나, 김서준, 한동욱, "긴 시계열 입력을 위한 선형 어텐션의 수치 안정성 분석," 2023년도 한국통신학회 하계종합학술발표회, pp. 1187-1188, 제주, 2023년 6월.',
    'Google Research, long-range-arena, Retrieved Mar. 4, 2024, from https://github.com/google-research/long-range-arena',
    'PyTorch 2.2 documentation, torch.nn.functional.scaled_dot_product_attention, Retrieved Mar. 5, 2024, from https://pytorch.org/docs/2.2/',
    'AI Hub, 한국어 문서 요약 텍스트 데이터, Retrieved Feb. 26, 2024, from https://www.aihub.or.kr/',
]
CONC = """V. 결 론
본 논문에서는 긴 시퀀스 입력에서 어텐션 연산의 메모리와 지연 시간을 줄이기 위한 기법들을 동일한 조건에서 비교하였다. 세그먼트 단위 재귀 구조[1]와 커널 기반 선형 어텐션[2][3]은 시퀀스 길이 8K 이상에서 메모리 사용량을 크게 줄였으나, 한국어 문서 요약 데이터[13]에서는 정확도가 1.2~2.4%p 낮았다. 합성 어텐션[4]과 경량 구조[5]는 짧은 입력에서 지연 시간이 가장 작았고, 메모리 증강 구조[6]는 문서 수준 문맥을 유지하는 데 유리하였다. 정확한 어텐션을 유지하면서 입출력을 줄이는 커널[7]은 실험한 모든 길이에서 가장 안정적인 결과를 보였으며, 합성곱 기반 대체 연산[8]은 64K 길이에서 가장 빠른 추론 속도를 보였다. 향후에는 온디바이스 음성 인식[9] 및 수치 안정성 분석[10]과 연계하여, 제안한 벤치마크 환경[11][12]을 공개할 예정이다.

감사의 글
이 논문은 2023년도 정부(과학기술정보통신부)의 재원으로 정보통신기획평가원의 지원을 받아 수행된 연구임 (No. 2023-0-00817)."""

HEAD_EVEN = "한국통신학회논문지 '24-06 Vol.49 No.06"
HEAD_ODD = "논문 / 장문 시퀀스 처리를 위한 효율적 어텐션 기법의 비교 분석"
P0 = 1036


def dw(s):
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def wrap(s, w=60):
    """wrap at spaces by display width (Hangul counts two columns), as the PDF's column lines come out"""
    out, cur = [], ""
    for word in s.split(" "):
        if cur and dw(cur + " " + word) > w:
            out.append(cur); cur = word
        else:
            cur = (cur + " " + word) if cur else word
    return out + [cur]


def orcid(base15):
    total = 0
    for ch in base15: total = (total + int(ch)) * 2
    r = (12 - total % 11) % 11
    d = base15 + ("X" if r == 10 else str(r))
    return "-".join(d[i:i + 4] for i in range(0, 16, 4))


BIOS = [("김서준 (Seojun Kim)", ["2019년 2월 : 한빛대학교 전자공학과 졸업", "2021년 2월 : 한빛대학교 전자공학과 석사",
                               "2021년 3월~현재 : 한빛대학교 전자공학과 박사과정"], "효율적 딥러닝, 시계열 신호 처리", "000000031742866"),
        ("최유나 (Yuna Choi)", ["2020년 2월 : 한빛대학교 정보통신공학과 졸업", "2022년 2월 : 한빛대학교 전자공학과 석사",
                              "2022년 3월~현재 : 한빛대학교 전자공학과 박사과정"], "자연어 처리, 모델 경량화", "000000022931547"),
        ("한동욱 (Donguk Han)", ["2005년 2월 : 서울과학기술원 전기및전자공학부 졸업", "2011년 8월 : 서울과학기술원 전기및전자공학부 박사",
                              "2011년 9월~2015년 2월 : 한결전자 종합기술원 책임연구원", "2015년 3월~현재 : 한빛대학교 전자공학과 교수"],
         "딥러닝 가속기, 온디바이스 AI, 무선 통신", "000000018867320")]

conc_lines = []
for para in CONC.split("\n\n"):
    for part in para.split("\n"):
        conc_lines += wrap(part)
    conc_lines.append("")
ref_lines = ["References"]
for i, r in enumerate(REFS, 1):
    ref_lines += wrap(f"[{i}] {r}")
split = ref_lines.index(next(l for l in ref_lines if l.startswith("[5]")))
page1 = [HEAD_ODD, ""] + conc_lines + ref_lines[:split] + ["", str(P0 + 1)]
page2 = [HEAD_EVEN, ""] + ref_lines[split:] + ["", "저자 소개", ""]
for name, steps, interest, oid in BIOS:
    page2 += [name] + steps + [f"<관심분야> {interest}", f"[ORCID:{orcid(oid)}]", ""]
page2 += [str(P0 + 2)]
text = "\n".join(page1 + [""] + page2) + "\n"
write_only(F1500, text, keys(F1500))
