#!/usr/bin/env python3
"""1002: a Korean lab's paper-reading sheet kept in Hancom Office Hancell (한셀) and saved as "CSV (쉼표로 분리)" on
a Korean Windows: the legacy code page CP949 (no byte-order mark), CRLF row ends with CRLF inside quoted multi-line
cells too, fields quoted only when they hold a comma, a double quote or a line break (`""` inside), dates as
`YYYY-MM-DD`, an empty field as nothing between commas. The columns: 번호, 주차, 분야, 논문 제목, 저자(제1저자 외),
학회/저널, 연도, 링크, 발표자, 발표일, 상태, 비고.

Papers: two arXiv URLs and two OpenReview URLs (one `pdf?id=`) in the link column, one `arXiv:ID` typed there, three
titles only (one cell pasted from a PDF with a line break inside the title). Not papers: Lilian Weng's blog post, the
solo-learn repository, a YouTube talk; nicknames (SimCLR, MoCo v3, VICReg) are not labelled."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_raw
from make_expected import by_num, keys

F = by_num(1002)
K = dict(supcon="2004.11362", byol="2006.07733", bituning="2011.06182", ssvae="2010.02014", beit="2106.08254",
         barlow="2103.03230", hardneg="2010.04592", dacl="2011.04419")
HEAD = ["번호", "주차", "분야", "논문 제목", "저자(제1저자 외)", "학회/저널", "연도", "링크", "발표자", "발표일", "상태", "비고"]
dacl_a, dacl_b = T(K["dacl"]).split(" Contrastive")
rows = [
    ["1", "1", "대조학습", "BYOL - " + T(K["byol"]), "Grill 외", "NeurIPS", "2020", f"https://arxiv.org/abs/{K['byol']}",
     "김도윤", "2024-03-07", "완료", "negative 없이 붕괴 안 되는 이유 = predictor + EMA. 슬라이드 공유폴더에 있음"],
    ["2", "1", "대조학습", T(K["supcon"]), "Khosla 외", "NeurIPS", "2020", f"https://arxiv.org/abs/{K['supcon']}",
     "이서진", "2024-03-07", "완료", "라벨 있는 contrastive. SimCLR 손실과 식 비교할 것"],
    ["3", "2", "대조학습", T(K["hardneg"]), "Robinson 외", "ICLR", "2021", "", "박지훈", "2024-03-14", "완료",
     "링크 나중에 추가, 코드는 저자 GitHub"],
    ["4", "2", "대조학습", T(K["barlow"]), "Zbontar 외", "ICML", "2021", "", "최유나", "2024-03-14", "완료",
     "VICReg랑 같이 보면 좋음 (VICReg는 다음 학기)"],
    ["5", "3", "도메인 일반화", dacl_a + "\r\nContrastive" + dacl_b, "Verma 외", "ICML", "2021", "", "정하람",
     "2024-03-21", "완료", "PDF에서 제목 복사해서 줄바꿈 들어감, mixup 기반 증강"],
    ["6", "3", "생성모델", T(K["ssvae"]), "Gatopoulos, Tomczak", "Entropy", "2021",
     "https://openreview.net/pdf?id=zOGdf9K8aC", "김도윤", "2024-03-21", "완료", "VAE 쪽 self-supervision, 범위 밖이지만 재미있음"],
    ["7", "4", "마스크 모델링", T(K["beit"]), "Bao 외", "ICLR", "2022", f"arXiv:{K['beit']}", "이서진", "2024-03-28",
     "발표 준비", "토크나이저(dVAE) 부분 설명 필요, \"visual token\" 용어 정리"],
    ["8", "4", "전이학습", T(K["bituning"]), "Zhong 외", "arXiv", "2020",
     "https://openreview.net/forum?id=3rRgu7OGgBI", "박지훈", "2024-03-28", "발표 준비", "ICLR 2021 리뷰 의견도 같이 읽기"],
    ["9", "5", "참고자료", "Contrastive Representation Learning (Lilian Weng 블로그)", "", "블로그", "2021",
     "https://lilianweng.github.io/posts/2021-05-31-contrastive/", "", "", "참고", "논문 아님, 정리용"],
    ["10", "5", "참고자료", "solo-learn (자기지도학습 라이브러리)", "", "GitHub", "2022",
     "https://github.com/vturrisi/solo-learn", "", "", "참고", "실습 코드 베이스로 사용"],
    ["11", "5", "참고자료", "MoCo v3 / DINO 비교 발표 영상", "", "YouTube", "2022", "", "", "", "보류",
     "영상 링크 찾는 중"],
]


def cell(v):
    return '"' + v.replace('"', '""') + '"' if any(c in v for c in ',"\r\n') else v


for r in rows:
    assert len(r) == len(HEAD), r
text = "".join(",".join(cell(v) for v in r) + "\r\n" for r in [HEAD] + rows)
write_raw(F, text.encode("cp949"), [text], keys(F))
