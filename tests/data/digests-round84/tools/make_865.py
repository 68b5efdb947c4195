#!/usr/bin/env python3
"""865: a Naver 지식iN (KnowledgeiN) Q&A page selected whole in the browser (Ctrl+A, Ctrl+C) and pasted into Windows
Notepad (UTF-8 without BOM, CRLF): the page's text in reading order — skip link, NAVER / 지식iN header, the service
menu, the category path (Q&A › IT/기술 › 컴퓨터통신 › 인공지능), the question (title, 내공, body, #tags, date, 조회수,
"궁금해요"), "답변 2개" with the sort options, each answer's profile block (nickname + "님 답변", grade such as 수호신,
채택답변수 / 받은감사수, the field ranks), the "질문자 채택" badge, the answer body, "출처", "도움이 됐어요" counts, a
comment ("의견 쓰기"), then 관련 질문 / 파워링크 ads / footer. A Korean student asks for papers to read on transformers in
vision applications before contacting labs; the adopted answer lists eight papers (a few with arXiv links, one
with an arXiv id, the rest by title), the second answer points to a course, a blog and a leaderboard, which are not
papers."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, au, fill, write_only
from make_expected import by_num, keys

F = by_num(865)
ids = {"ddetr": "2010.04159", "blip2": "2301.12597", "z123": "2303.11328", "cotr": "2103.14167", "gan": "1406.2661",
       "change": "2103.14146", "dodrio": "2103.14625", "gato": "2205.06175"}

PAGE = """본문 바로가기
NAVER
지식iN
검색
검색
로그인
지식iN 홈
Q&A
지식백과
지식기부
명예지식인
지식인 활동
전문가 답변
Q&A
IT/기술
컴퓨터통신
인공지능
질문
비전 트랜스포머 응용 쪽 논문 추천 부탁드립니다 (대학원 컨택 준비)
비공개 질문 수 12
내공 100
안녕하세요. 컴공 4학년이고 내년에 컴퓨터비전 쪽 대학원 진학을 준비하고 있습니다.
교수님들께 컨택 메일 보내기 전에 논문을 좀 읽어 두려고 하는데, CNN 기초(ResNet 정도)는 수업에서 배웠고 트랜스포머는 NLP 쪽만 조금 알아요.
트랜스포머를 검출, 매칭, 비전-언어, 3D 같은 응용에 쓴 논문 중에 꼭 읽어야 할 것들 추천 부탁드립니다.
가능하면 링크도 같이 주시면 감사하겠습니다!
#인공지능 #컴퓨터비전 #논문추천 #대학원
2024.03.09. 조회수 1,287
궁금해요
0
공유
신고
답변 2개
정렬 옵션
추천순
최신순
1번째 답변
프로필 사진
vision_gogi 님 답변
vision_gogi님 프로필 사진
수호신
채택답변수 1,204
받은감사수 317
인공지능 2위, 컴퓨터통신 18위, 프로그래밍 분야에서 활동
질문자 채택
안녕하세요. 비전 쪽 석사 마치고 회사에서 검출 모델 만들고 있는 사람입니다.
컨택 준비용이면 "최신 SOTA"보다 흐름을 설명할 수 있는 논문 위주로 읽으시는 게 좋아요. 순서대로 정리해 드릴게요.

1. 생성 모델 기초 (트랜스포머는 아니지만 면접 단골)
- [[T:gan]] ([[AU:gan:2]], 2014)
→ 생성자와 판별자의 미니맥스 게임. 뒤에 나오는 3D/생성 쪽 논문을 읽으려면 기본으로 알아야 합니다.

2. 검출 / 매칭
- [[T:ddetr]]
https://arxiv.org/abs/2010.04159
→ DETR이 수렴이 너무 느린 문제를, 기준점 주변 몇 개 점만 보는 deformable attention으로 해결했습니다. 현업에서도 많이 씁니다.
- [[T:cotr]] (arXiv:2103.14167, ICCV 2021)
→ 두 이미지 사이 대응점 찾기를 트랜스포머로. 질의한 점의 대응점만 뽑을 수 있는 게 특징.

3. 비전-언어
- [[T:blip2]]
https://arxiv.org/abs/2301.12597
→ 이미지 인코더와 LLM은 얼려 두고 가운데 Q-Former만 학습. 요즘 멀티모달 모델 구조 이해하는 데 필수입니다.
- [[T:change]]
→ 두 이미지 사이의 여러 변화를 찾아서 문장으로 설명하는 change captioning 논문이에요. 주제가 특이해서 컨택 메일에 쓰기 좋습니다.

4. 3D / 생성
- [[T:z123]]
https://arxiv.org/abs/2303.11328
→ 사진 한 장에서 다른 시점의 이미지를 생성 (카메라 변환 조건을 준 확산 모델). 3D 재구성까지 이어집니다.

5. 덤
- [[T:gato]] (DeepMind의 Gato)
→ 아타리, 캡셔닝, 로봇 팔까지 하나의 트랜스포머로. 비전만 하실 거면 가볍게 훑어보세요.
- [[T:dodrio]]
→ 어텐션 헤드를 시각화해서 살펴보는 인터랙티브 도구 논문. 트랜스포머 내부가 궁금하면 재밌게 읽힙니다.

링크 없는 건 제목으로 구글 스칼라에서 검색하시면 바로 나옵니다.
컨택 메일에는 "읽었다"보다 "이 논문의 어떤 한계를 이렇게 풀어 보고 싶다" 한 줄이 훨씬 효과적이에요. 화이팅입니다!
출처 : 본인 작성
2024.03.09.
도움이 됐어요
41
감사 인사
의견 쓰기 3
감사합니다!! Deformable DETR부터 읽어 보겠습니다 ㅎㅎ
2024.03.10.
2번째 답변
프로필 사진
dev_hamster 님 답변
dev_hamster님 프로필 사진
별 2 
채택답변수 38
받은감사수 4
인공지능, 프로그래밍 분야에서 활동
위 답변에 추가로, 논문 읽기 전에 cs231n 강의(스탠퍼드, 유튜브에 있음)를 먼저 들으시면 훨씬 수월합니다.
최신 순위는 Papers with Code 리더보드에서 태스크별로 볼 수 있고요, 한국어로 정리된 블로그도 많으니 "논문 리뷰"로 검색해 보세요.
2024.03.10.
도움이 됐어요
3
의견 쓰기
관련 질문
컴퓨터비전 대학원 준비 순서 질문드립니다
2023.11.02. 답변 4
딥러닝 논문 읽는 법 알려주세요
2024.01.15. 답변 7
파워링크
광고
AI 대학원 입시 컨설팅 | 합격 포트폴리오 1:1 코칭
www.example-consulting.co.kr
현직 연구원 멘토, 연구계획서·컨택 메일 첨삭
지식iN 서비스 정책
이용약관
개인정보처리방침
책임의 한계와 법적고지
지식iN 고객센터
ⓒ NAVER Corp.
"""

text = fill(PAGE, ids).replace("\n", "\r\n")
if __name__ == "__main__":
    write_only(F, text, keys(F))
