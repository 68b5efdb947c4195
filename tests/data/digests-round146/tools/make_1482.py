#!/usr/bin/env python3
"""1482: a chat room exported as text from Brity Messenger (Samsung SDS's work messenger; Korean study group on
self-supervised learning and speech): a head (room, member count, exporter, export time), day separators with the
Korean weekday (computed), `[HH:MM] 이름 : 내용` messages whose extra lines follow unprefixed, system lines for joins,
and placeholders for files, photos and emoticons."""
import os, sys
import datetime as dt
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import by_num, keys

F = by_num(1482)
KEYS = keys(F)
KO_WD = "월화수목금토일"
ROOM = "표현학습 스터디 SSL·음성"
MEMBERS = ["김도현", "박서연", "이준호", "최유진", "정민재", "한소희"]
# (date, time, name, text) — name None = a system line
MSG = [
 ("2024-05-20", "09:12", "김도현", "이번 주 목요일(23일) 6주차 자료 분담 정리할게요. 주제는 대조학습 + 음성 표현입니다.\n한 사람당 15분, 발표 자료는 수요일 밤까지 공유 폴더에 올려주세요."),
 ("2024-05-20", "09:13", "김도현", "(파일) 표현학습_스터디_6주차_계획.pdf (2.4 MB)"),
 ("2024-05-20", "09:31", "박서연", f"저는 SimCLR 할게요\n{T('2002.05709')}\nhttps://arxiv.org/abs/2002.05709"),
 ("2024-05-20", "09:40", "이준호", f"그럼 저는 MoCo\n{T('1911.05722')}\nhttps://arxiv.org/abs/1911.05722\nv2, v3는 시간 되면 슬라이드 한 장으로만 언급하겠습니다"),
 ("2024-05-20", "09:41", "박서연", "(이모티콘)"),
 ("2024-05-20", "11:05", "최유진", f"음성 쪽은 wav2vec 계열 들어가기 전에 CPC부터 보는 게 좋을 것 같아요\n\"{T('1807.03748')}\" arXiv:1807.03748\n오디오 실험 부분 위주로 준비할게요"),
 ("2024-05-20", "13:22", "정민재", f"저는 DINOv2 맡겠습니다. 사내 데이터 임베딩 뽑는 데 실제로 쓰고 있어서요\nhttps://arxiv.org/pdf/2304.07193\n({T('2304.07193')})"),
 ("2024-05-20", "13:24", "정민재", "(사진)"),
 ("2024-05-21", "10:02", None, "한소희님이 대화방에 참여했습니다."),
 ("2024-05-21", "10:05", "김도현", "소희님 환영합니다~ 노이즈 라벨 쪽 하고 계셔서 초대했어요"),
 ("2024-05-21", "10:11", "한소희", f"안녕하세요! 저는 노이즈 라벨 + 자기지도 사전학습 논문 하나 가져올게요\n{T('2103.13646')}\nhttps://openreview.net/pdf?id=uB5x7Y2qsFR\n(C2D라고 부르더라고요)"),
 ("2024-05-21", "14:47", "최유진", f"음성 기초로 CTC 원 논문도 같이 보면 좋겠어요. arXiv에는 없고 ICML 2006 proceedings에 있어요\n{T('Connectionist Temporal Classification: Labelling Unsegmented Sequence Data with Recurrent Neural Networks')}"),
 ("2024-05-21", "14:49", "최유진", "(파일) ctc_graves2006.pdf (1.1 MB)"),
 ("2024-05-21", "16:30", "이준호", f"이론 쪽 하나 추가 제안합니다\n{T('2006.05576')}\n왜 대조학습이 되는지 정보이론 관점으로 설명하는 논문이에요. 필수는 아니고 관심 있는 분만"),
 ("2024-05-22", "09:03", "김도현", f"좋습니다. 마지막 토론 주제로는 \"{T('2004.07780')}\" 읽고 오시면 됩니다 (전원, 발표 없음)\n자기지도 표현도 shortcut을 배우는지 얘기해 봐요"),
 ("2024-05-22", "09:04", "김도현", "장소: 본관 7층 세미나실 B / 목 19:00\nGPU 서버 계정 없는 분은 정민재님께 말씀해 주세요"),
 ("2024-05-22", "17:55", "정민재", "(이모티콘)"),
]
lines = [f"Brity Messenger 대화 내보내기", f"대화방: {ROOM} ({len(MEMBERS)}명)",
         f"참여자: {', '.join(MEMBERS)}", "내보낸 사람: 김도현", "내보낸 날짜: 2024-05-22 18:40", ""]
day = None
for d, t, n, x in MSG:
    if d != day:
        day = d
        wd = KO_WD[dt.date.fromisoformat(d).weekday()]
        lines.append(f"--------------- {d} ({wd}) ---------------")
    lines.append(f"[{t}] {x}" if n is None else f"[{t}] {n} : {x}")
text = "\n".join(lines) + "\n"
write_only(F, text, KEYS)
