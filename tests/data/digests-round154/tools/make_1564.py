#!/usr/bin/env python3
"""1564: a PGR21 (Korean community) question-board thread copied from the browser: the post and its comments."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import by_num, keys
F = by_num(1564)
comments = [
    ("하늘색고양이", "25/05/21 21:14", f"이미지 생성이면 고전부터요. {T('1907.05600')} https://arxiv.org/abs/1907.05600 스코어 기반 모델의 시작입니다."),
    ("Lunatic", "25/05/21 21:20", f"DALL·E 2 논문은 {T('2204.06125')} 입니다. https://arxiv.org/abs/2204.06125"),
    ("하늘색고양이", "25/05/21 21:23", "└ Lunatic 님 감사합니다. unCLIP이라고도 부르죠."),
    ("퇴근하고싶다", "25/05/21 21:41", f"요즘 거는 SD3 논문 {T('2403.03206')} https://arxiv.org/pdf/2403.03206 보시면 됩니다. 리플로우/플로우 매칭 얘기가 많아요."),
    ("ReLU조아", "25/05/21 22:05", f"{T('2106.05931')} 도 같이 보세요. 링크는 귀찮아서 생략 ㅋㅋ"),
    ("coffee2shot", "25/05/21 22:30", f"멀티모달 쪽이면 {T('2301.12597')} (arXiv:2301.12597) 추천합니다. 캡션 붙일 때 씁니다."),
    ("Lunatic", "25/05/21 22:47", f"3D 쪽은 {T('2303.11328')} 가 재밌었어요. 한 장으로 다른 각도 생성."),
    ("퇴근하고싶다", "25/05/21 23:02", f"텍스트 생성 디코딩은 {T('1904.09751')} — top-p 나온 논문이요. 제목만 적어둡니다."),
    ("ReLU조아", "25/05/22 00:15", f"기초 체력용으로 {T('1907.11692')} 도 읽어두면 좋습니다. 이미지랑 상관은 없지만요."),
    ("질문자아님", "25/05/22 08:40", "강의는 유튜브 '모두의연구소' 말고 스탠포드 CS236 (Deep Generative Models) 추천합니다. diffusers 문서도요."),
]
out = ["PGR21.com", "", "질문 게시판", "", "글쓰기  목록", "",
       "[질문] 생성 모델 공부하려는데 논문 순서 추천 부탁드립니다",
       "초록물고기", "조회 : 2,318 , 추천 : 0", "작성일 : 25/05/21 20:58:33", "",
       "회사에서 이미지 생성 PoC를 맡게 됐습니다 (제조업, ML 경험은 분류 모델 정도).",
       "diffusers 튜토리얼은 돌려봤는데 논문은 뭐부터 읽어야 할지 모르겠네요.",
       "arXiv 링크 같이 주시면 정말 감사하겠습니다. 🙏", "",
       "0", "추천", "", f"댓글 {len(comments)}개", ""]
for nick, date, body in comments:
    out += [nick, date, body, "답글", ""]
out += ["목록  글쓰기", "", "질문 게시판 | 자유 게시판 | 유머 게시판 | 스포츠/연예",
        "PGR21.com은 게임 커뮤니티에서 시작한 종합 커뮤니티입니다.", "Copyright PGR21.com All Rights Reserved.", ""]
text = "\n".join(out)
write_only(F, text, keys(F))
