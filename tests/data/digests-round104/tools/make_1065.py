#!/usr/bin/env python3
"""1065: a Korean graduate student's year-in-papers post on Postype, copied from the browser (Ctrl+A, Ctrl+C):
the site bar, the channel header and subscribe button, the title and subtitle, the author, `YYYY.MM.DD HH:MM`, the
series line, the body as rendered text (section titles, paragraphs, a quote; link texts only, so a URL survives
where the author wrote it out), the tags (`#태그` on one line), likes / comments / share, "이 채널의 다른 포스트"
with their dates, the comment list (nickname, date, text, "답글" marks a reply; the count in "댓글 N" includes
replies) and the footer. Papers named in full in the section headings or the text; two with their arXiv URL, one by
`arXiv:<id>`, one by OpenReview URL, four by title only. Not papers: the LLaVA demo, the gsplat / nerfstudio
repositories, a YouTube talk. Nicknames not labelled on their own: ALIGN, CLIP, SigLIP, Flamingo, LLaVA, SAM, 3DGS,
NeRF, VAE."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import by_num, keys

F = by_num(1065)
K = dict(llava="2304.08485", sam="2304.02643", ssvae="2010.02014", siglip="2303.15343", align="2102.05918",
         flamingo="2204.14198", gs="2308.04079", motion="2103.14338")
POST_DATE = "2024.01.07 22:15"
COMMENTS = [("데이터덕후", "2024.01.08 09:31", "SigLIP 배치 크기 실험 부분 저도 인상 깊었어요. 정리 감사합니다!", False),
            ("잠자는연구생", "2024.01.08 10:02", "감사합니다 :) 배치 32k 이상에서 차이가 줄어드는 게 재밌었죠", True),
            ("vision_kim", "2024.01.09 23:47", "3DGS는 gsplat으로 돌려보셨나요? 원 코드보다 메모리를 덜 먹더라고요", False),
            ("잠자는연구생", "2024.01.10 08:15", "네 다음 글에서 nerfstudio랑 같이 비교해 볼게요", True)]

body = f"""작년 한 해 연구실 세미나에서 발표했거나 혼자 읽은 논문 중에 다시 꺼내 볼 만한 것만 골랐습니다. 순서는 대충 읽은 순서예요.
1. 대규모 이미지-텍스트 사전학습
{T(K['align'])}
구글의 ALIGN. CLIP과 거의 같은 시기에 나왔는데, 정제하지 않은 18억 쌍의 alt-text로도 충분하다는 게 핵심입니다. 데이터 필터링을 "거의 안 해도 된다"는 메시지가 당시엔 꽤 충격이었어요.
그리고 2023년 버전의 후속 격으로 볼 수 있는 SigLIP — {T(K['siglip'])} (ICCV 2023, arXiv:{K['siglip']}). softmax 대신 시그모이드로 바꾸기만 했는데 배치 크기에 덜 민감해집니다. 세미나에서 제가 발표했던 논문이라 애정이 있습니다.
2. LLM과 비전의 결합
{T(K['flamingo'])} — 딥마인드. Perceiver Resampler와 gated cross-attention 구조는 지금 봐도 깔끔합니다. 논문이 길어서(부록 포함 70쪽 넘음) 3장과 4장만 읽어도 충분해요.
LLaVA는 {T(K["llava"])}이라는 제목 그대로, GPT-4로 만든 지시 데이터로 학습합니다. 논문: https://arxiv.org/abs/{K['llava']} (데모 페이지도 있는데 그건 논문이 아니니 생략)
3. 분할과 3D
{T(K['sam'])} — 메타의 SAM. https://arxiv.org/abs/{K['sam']}
데이터 엔진(모델이 라벨링을 돕고, 그 데이터로 다시 학습) 부분이 제일 재미있었습니다.
{T(K['gs'])} — SIGGRAPH 2023. NeRF 대신 3D 가우시안을 직접 최적화해서 실시간 렌더링이 됩니다. 코드는 공식 저장소 말고 gsplat으로 먼저 돌려 봤어요.
4. 번외: 생성 모델 두 편
연구실 프로젝트 때문에 읽은 {T(K['motion'])} (CVPR 2021). 몇 장의 사진으로 사람의 동작을 옮기는 문제인데, 기하와 텍스처를 분리해서 개인화하는 아이디어가 좋았습니다.
마지막은 VAE 쪽: {T(K['ssvae'])}. 아카이브 버전보다 리뷰 코멘트가 있는 OpenReview 페이지를 추천합니다 → https://openreview.net/forum?id={OR(K['ssvae'])}
"올해는 읽은 걸 정리하는 습관을 들이자"가 목표였는데, 해가 바뀌고 나서야 한 번에 몰아서 쓰네요. 올해는 매달 써 볼게요.
"""
out = f"""포스타입
홈
피드
구독
검색
글쓰기
알림
비전 읽는 밤
구독하기
2023년에 읽은 비전·멀티모달 논문 8편 정리 (+3D 하나)
연구실 세미나와 혼자 읽은 것 중에서 다시 꺼내 볼 만한 것만
잠자는연구생
{POST_DATE}
시리즈 논문 읽기 · 12
{body}#논문리뷰 #멀티모달 #컴퓨터비전 #2023결산
좋아요 38
댓글 {len(COMMENTS)}
공유하기
이 채널의 다른 포스트
논문 읽기 · 11 확산 모델 입문 세 편 요약
2023.11.19
논문 읽기 · 10 세미나 발표 자료 만드는 법
2023.10.02
댓글 {len(COMMENTS)}
"""
for nick, when, text, reply in COMMENTS:
    out += ("답글\n" if reply else "") + f"{nick}\n{when}\n{text}\n"
out += """댓글을 입력하세요
포스타입
서비스 소개
이용약관
개인정보 처리방침
고객센터
© Postype
"""
write_only(F, out, keys(F))
