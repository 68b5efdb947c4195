#!/usr/bin/env python3
"""1421: a Scinapse (scinapse.io) collection exported as BibTeX by a Korean lab (collection "자기지도 표현학습 세미나"):
Google-Scholar-like entries (`key={value}`, two-space indent, no space around `=`, keys surname + year + first title
word), metadata from the Microsoft Academic Graph that Scinapse was built on — venue names lower-cased as MAG
normalised them (`computer vision and pattern recognition`), arXiv papers as `journal={arXiv: …}` — and each paper's
collection memo in `note` (Korean). Entries in the collection's order (newest added first); Korean journal papers
with Korean names. Not papers of the catalogue: two invented Korean articles; MoCo, SimCLR, MAE, CPC, ConvNeXt, CTC,
BLIP-2 are also used as names in the memos."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, CAT, write_only, key_of
from make_expected import F1421, keys, CTC


def bib_author(k):
    out = []
    for a in CAT[key_of(k)]["authors"]:
        p = a.split()
        if p[0] == "Aaron" and p[1] == "van": out.append("van den Oord, Aaron"); continue
        out.append(f"{p[-1]}, {' '.join(p[:-1])}")
    return " and ".join(out)


E = [  # type, key, catalogue key, fields (without title/author), memo
 ("article", "he2021masked", "2111.06377",
  [("journal", "arXiv: Computer Vision and Pattern Recognition"), ("year", "2021"), ("url", "https://arxiv.org/abs/2111.06377")],
  "[5주차 발표: 이서준] 패치 75% 마스킹, 인코더는 보이는 패치만. 복원 타깃 = 정규화한 픽셀. ViT-L 파인튜닝 결과 표 3 꼭 볼 것."),
 ("inproceedings", "li2023blip", "2301.12597",
  [("booktitle", "international conference on machine learning"), ("pages", "19730--19742"), ("year", "2023"), ("url", "https://arxiv.org/abs/2301.12597")],
  "멀티모달 쪽 확장. Q-Former 구조만 정리하면 됨 (6주차 보충)."),
 ("inproceedings", "tsai2021self", "2006.05576",
  [("booktitle", "international conference on learning representations"), ("year", "2021"), ("url", "https://openreview.net/forum?id=-bdp_8Itjwp")],
  "이론 파트. 정보이론 관점에서 대조학습 + 예측 학습 목적함수를 묶어서 설명. 수식 많음 → 박사과정 선배님께 질문."),
 ("inproceedings", "liu2022convnet", "2201.03545",
  [("booktitle", "computer vision and pattern recognition"), ("pages", "11976--11986"), ("year", "2022")],
  "백본 비교용. 지도학습이지만 MAE 파인튜닝 백본 비교할 때 필요."),
 ("article", "kim2022hangugeo", None,
  [("journal", "정보과학회논문지"), ("volume", "49"), ("number", "7"), ("pages", "512--521"), ("year", "2022")],
  "국문 논문. 한국어 음성에 wav2vec류 표현 적용한 비교 실험 — 우리 데이터셋과 비슷함."),
 ("inproceedings", "chen2020simple", "2002.05709",
  [("booktitle", "international conference on machine learning"), ("pages", "1597--1607"), ("year", "2020"), ("url", "https://arxiv.org/pdf/2002.05709.pdf")],
  "[3주차 발표: 정유나] 증강 조합 + projection head + 큰 배치. NT-Xent 손실 직접 구현해 보기."),
 ("inproceedings", "he2020momentum", "1911.05722",
  [("booktitle", "computer vision and pattern recognition"), ("pages", "9729--9738"), ("year", "2020")],
  "[2주차 발표: 최민호] 큐 + 모멘텀 인코더. SimCLR과 배치 크기 의존성 비교."),
 ("article", "oord2018representation", "1807.03748",
  [("journal", "arXiv preprint arXiv:1807.03748"), ("year", "2018")],
  "[1주차 발표: 김하늘] InfoNCE의 출발점. 음성 실험 부분이 우리 과제와 직접 관련."),
 ("inproceedings", "graves2006connectionist", CTC,
  [("booktitle", "international conference on machine learning"), ("pages", "369--376"), ("year", "2006")],
  "배경지식. 음성 다운스트림 평가(ASR 파인튜닝)에 쓰는 손실. 4주차 전에 읽기."),
 ("article", "park2021jagijido", None,
  [("journal", "한국통신학회논문지"), ("volume", "46"), ("number", "11"), ("pages", "1893--1902"), ("year", "2021")],
  "국문 리뷰 논문. 용어 번역(자기지도/대조/예측) 참고용."),
]
KO = {
 "kim2022hangugeo": ("한국어 음성 인식을 위한 자기지도 사전학습 표현의 비교 분석", "김민지 and 박준영 and 이상훈"),
 "park2021jagijido": ("자기지도 표현학습 기법의 동향과 과제", "박성현 and 오지은"),
}
out = []
for typ, key, k, fields, memo in E:
    if k: title, author = T(k), bib_author(k)
    else: title, author = KO[key]
    fs = [("title", title), ("author", author)] + fields + [("note", memo)]
    out.append(f"@{typ}{{{key},\n" + ",\n".join(f"  {n}={{{v}}}" for n, v in fs) + "\n}")
write_only(F1421, "\n\n".join(out) + "\n", keys(F1421))
