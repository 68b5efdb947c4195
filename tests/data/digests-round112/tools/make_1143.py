#!/usr/bin/env python3
"""1143: a JANDI topic's conversation exported as text (토픽 대화 내보내기): a header (topic, export time, members),
a rule, then messages grouped under date lines `YYYY-MM-DD (요일)` (weekday computed), each message
`[이름] [오전|오후 h:mm] text` with continuation lines for multi-line messages, file shares, link previews and
reactions as JANDI writes them in the export (as remembered), a system line for a member joining. CRLF (the Windows
desktop app). Korean. Papers shared as arXiv links, an OpenReview link, an arXiv id in text and titles alone
(one in 「」, one inside a sentence, one in a pasted list)."""
import datetime as dt, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import F1143, keys

WD = "월화수목금토일"
MEMBERS = ["김도윤", "박서연", "이준호", "최하은", "정민재"]


def tm(h, m):
    return f"{'오전' if h < 12 else '오후'} {h if h <= 12 else h - 12}:{m:02d}"


days = [
    (dt.date(2024, 5, 7), [
        ("김도윤", 10, 12, ["이번 달 스터디는 비전 백본 + 검출 순서로 갑니다.",
                           "1주차: " + T("2010.11929"),
                           "https://openreview.net/forum?id=YicbFdNTTy",
                           "ICLR 리뷰 코멘트도 같이 보면 재밌어요. 발표는 제가 할게요."]),
        ("박서연", 10, 15, ["넵 👍 ViT 다음엔 Swin 하는 거죠?"]),
        ("김도윤", 10, 16, ["네 2주차 " + T("2103.14030"), "https://arxiv.org/abs/2103.14030"]),
        ("이준호", 10, 31, ["[링크] timm (pytorch-image-models) - GitHub", "https://github.com/huggingface/pytorch-image-models",
                           "실습은 timm 으로 하면 편합니다. 논문 아니고 라이브러리요"]),
        ("SYSTEM", 11, 2, ["정민재님이 토픽에 참여했습니다."]),
        ("정민재", 11, 5, ["안녕하세요! 검출 쪽 담당할게요. " + T("2010.04159") + " 이거 발표해도 될까요?",
                           "https://arxiv.org/abs/2010.04159"]),
        ("김도윤", 11, 7, ["좋아요 🙆 3주차로 넣을게요"]),
    ]),
    (dt.date(2024, 5, 9), [
        ("최하은", 14, 40, ["어제 얘기 나온 스케일링 논문 제목 「" + T("2106.04560") + "」 맞죠?",
                           "2B 모델이랑 few-shot 전이 결과 있는 거. 링크는 못 찾았는데 구글에 치면 바로 나와요"]),
        ("박서연", 14, 44, ["네 그거요. 그리고 " + T("2201.03545") + " 도 꼭 같이 읽어야 할 듯",
                           "https://arxiv.org/abs/2201.03545", "ConvNeXt가 Swin 설계를 하나씩 CNN에 옮겨오는 구성이라 비교하기 좋아요"]),
        ("이준호", 15, 2, ["[파일] swin_week2_slides.pdf (2.4MB)"]),
        ("정민재", 16, 20, ["매칭 쪽도 하나 넣고 싶은데 이거 어떠세요?", T("2103.14167") + " (arXiv:2103.14167)",
                           "ICCV 2021 논문이고, 트랜스포머로 dense correspondence 하는 거예요"]),
        ("김도윤", 16, 25, ["(👍 2) 좋습니다. 4주차 후보로"]),
    ]),
    (dt.date(2024, 5, 13), [
        ("최하은", 9, 58, ["오늘 못 끝낸 것들 정리해 둡니다 (링크 없는 건 각자 검색 ㅠ)",
                           "- " + T("2012.07177") + " (Copy-Paste, 데이터 증강)",
                           "- " + T("2103.14586"),
                           "- mmdetection 공식 문서 → 설정 파일 구조 참고용 (문서임)"]),
        ("정민재", 10, 3, ["Copy-Paste는 Deformable DETR 발표 때 증강 얘기하면서 같이 다룰게요",
                           "그리고 Yannic Kilcher 유튜브 ViT 리뷰 영상 추천합니다 (영상이라 자료실에만 올림)"]),
        ("박서연", 18, 41, ["다음 주 장소 변경: 공학관 402호 📍"]),
    ]),
]
out = ["[JANDI] 토픽 '비전-백본-스터디' 대화 내보내기",
       "팀 : 예시대학교 비전연구실",
       "내보낸 날짜 : 2024-05-13 18:47",
       "참여 멤버 : " + ", ".join(MEMBERS),
       "-" * 62, ""]
for d, msgs in days:
    out.append(f"{d:%Y-%m-%d} ({WD[d.weekday()]})")
    for who, h, m, lines in msgs:
        if who == "SYSTEM":
            out.append(f"[{tm(h, m)}] * {lines[0]}")
            continue
        out.append(f"[{who}] [{tm(h, m)}] {lines[0]}")
        out += lines[1:]
    out.append("")
text = "\r\n".join(out)
write_only(F1143, text, keys(F1143))
