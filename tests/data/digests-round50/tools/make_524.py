#!/usr/bin/env python3
"""524 (NEGATIVE): a Korean ML-engineering newsletter's web archive page on Stibee ("웹에서 보기" saved as HTML):
doctype, lang="ko", og: meta, the email's nested layout tables (stb-container / stb-block / stb-text-box classes),
a preheader, header, issue number and date, sections on tool releases, events, a dataset, a job post, a reader's
question, the sponsor block, share buttons, the footer with the sender's address, 수신거부 and "스티비로 만든
뉴스레터". It names no paper: no catalogue title, nothing arXiv-shaped."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import write
from make_expected import F524


def block(inner):
    return f"""<table class="stb-block" width="100%" border="0" cellpadding="0" cellspacing="0" style="border-collapse: collapse;">
<tbody><tr><td class="stb-text-box" style="padding: 15px 30px; font-size: 16px; line-height: 1.7; color: #333333;">
{inner}
</td></tr></tbody></table>"""


items = [
 block("""<h2 style="font-size: 20px; margin: 0 0 10px 0;">🛠️ 이번 주 릴리스</h2>
<ul>
<li><b>PyTorch 2.3</b> — <code>torch.compile</code>이 사용자 정의 Triton 커널을 그대로 받아들입니다. 텐서 병렬 API도 정식으로 들어왔어요. <a href="https://pytorch.org/blog/pytorch2-3/" target="_blank" style="color: #2b6cb0;">릴리스 노트</a></li>
<li><b>vLLM 0.4.1</b> — 멀티 LoRA 서빙이 훨씬 빨라졌고, 프리픽스 캐싱이 기본값이 되었습니다. <a href="https://github.com/vllm-project/vllm/releases" target="_blank" style="color: #2b6cb0;">GitHub</a></li>
<li><b>Ollama 0.1.32</b> — 윈도우 GPU 지원이 안정화되었습니다. 사내 PC에서 돌려 보기 좋습니다.</li>
<li><b>uv 0.1.35</b> — pip 대신 써 본 팀원들 반응이 좋아서, 다음 호에 사용기를 싣습니다.</li>
</ul>"""),
 block("""<h2 style="font-size: 20px; margin: 0 0 10px 0;">📅 행사 &amp; 모임</h2>
<p><b>5월 9일(목) 저녁 7시, 판교</b> — ML 엔지니어 밋업 12회 "추론 서버 운영기". 발표 두 개: 「GPU 한 장으로 챗봇 세 개 돌리기」, 「모니터링 대시보드를 버리고 알람만 남긴 이야기」. <a href="https://festa.example.kr/events/ml-meetup-12" target="_blank" style="color: #2b6cb0;">신청하기</a> (선착순 80명)</p>
<p><b>5월 18일(토)</b> — 오픈소스 기여 해커톤. 이번 주제는 한국어 토크나이저 문서 번역과 예제 코드 정리입니다.</p>
<p><b>6월 3일 마감</b> — 국내 학술대회 워크숍 발표 신청. 포스터 세션만 있고, 2쪽 초록이면 됩니다.</p>"""),
 block("""<h2 style="font-size: 20px; margin: 0 0 10px 0;">📦 데이터셋</h2>
<p>공공 데이터 포털에 <b>민원 상담 대화 말뭉치 2차분</b>이 올라왔습니다. 약 12만 건, 상업적 이용 가능(출처 표시). 개인정보는 가명 처리되어 있지만, 전화번호 패턴이 일부 남아 있으니 전처리할 때 한 번 더 걸러 주세요.</p>"""),
 block("""<h2 style="font-size: 20px; margin: 0 0 10px 0;">💬 독자 질문</h2>
<p><i>"사내에서 RAG 챗봇을 만들었는데, 평가를 어떻게 해야 할지 모르겠어요. 정답 셋을 만들 여력이 없습니다."</i></p>
<p>→ 저희 팀은 실제 문의 로그에서 200건을 뽑아 담당자 두 명이 '쓸 만함 / 애매함 / 틀림' 세 단계로만 매깁니다. 완벽하지 않지만 배포 전후 비교에는 충분했습니다. 자동 평가 도구는 참고용으로만 씁니다.</p>"""),
 block("""<h2 style="font-size: 20px; margin: 0 0 10px 0;">🧑‍💻 채용</h2>
<p>물류 스타트업 '라인홀'에서 MLOps 엔지니어를 찾습니다(경력 3년 이상, 쿠버네티스 필수). 뉴스레터 구독자 전형이 따로 있으니 지원서에 "주간 ML 도구"라고 적어 주세요.</p>"""),
 block("""<p style="font-size: 13px; color: #888888; border-top: 1px solid #eeeeee; padding-top: 10px;">이번 호 후원: <b>클라우드랩</b> — A100 시간당 요금 20% 할인 쿠폰 코드 <code>MLTOOLS24</code> (5월 31일까지)</p>"""),
]

text = f"""<!DOCTYPE html>
<html lang="ko">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>[주간 ML 도구 #87] PyTorch 2.3, vLLM 멀티 LoRA, 판교 밋업</title>
<meta property="og:type" content="article">
<meta property="og:title" content="[주간 ML 도구 #87] PyTorch 2.3, vLLM 멀티 LoRA, 판교 밋업">
<meta property="og:description" content="이번 주 릴리스와 행사, 독자 질문 하나.">
<meta property="og:url" content="https://page.stibee.com/archives/2841737">
<meta property="og:image" content="https://img.stibee.com/54321_1713920000.png">
<link rel="stylesheet" href="https://resource.stibee.com/css/archive.css">
</head>
<body style="margin: 0; padding: 0; background-color: #f4f4f4;">
<div class="stb-preheader" style="display: none; max-height: 0; overflow: hidden;">이번 주 릴리스와 행사, 독자 질문 하나.</div>
<table class="stb-container" width="100%" border="0" cellpadding="0" cellspacing="0" style="background-color: #f4f4f4;">
<tbody><tr><td align="center">
<table class="stb-inner" width="640" border="0" cellpadding="0" cellspacing="0" style="background-color: #ffffff;">
<tbody><tr><td>
<table class="stb-block" width="100%" border="0" cellpadding="0" cellspacing="0">
<tbody><tr><td style="padding: 30px 30px 10px 30px; text-align: center;">
<img src="https://img.stibee.com/54321_1700000000.png" width="180" alt="주간 ML 도구" style="display: block; margin: 0 auto;">
<p style="font-size: 13px; color: #888888; margin: 10px 0 0 0;">#87 · 2024년 4월 24일 수요일 · 읽는 데 4분</p>
</td></tr></tbody></table>
{block('<p>안녕하세요, 주간 ML 도구입니다. 이번 주는 릴리스가 몰려서 행사 소개는 짧게 갑니다. 지난 호 설문에 답해 주신 312분께 감사드려요. 가장 많이 요청하신 "사내 GPU 예약 시스템 만들기"는 6월 특집으로 준비하고 있습니다.</p>')}
{chr(10).join(items)}
<table class="stb-block" width="100%" border="0" cellpadding="0" cellspacing="0">
<tbody><tr><td style="padding: 20px 30px; text-align: center;">
<a href="https://page.stibee.com/subscriptions/54321" target="_blank" style="display: inline-block; padding: 10px 24px; background-color: #2b6cb0; color: #ffffff; text-decoration: none; border-radius: 4px;">친구에게 구독 추천하기</a>
<p style="font-size: 13px; color: #888888;">공유하기: <a href="https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fpage.stibee.com%2Farchives%2F2841737" target="_blank">페이스북</a> · <a href="https://twitter.com/intent/tweet?url=https%3A%2F%2Fpage.stibee.com%2Farchives%2F2841737" target="_blank">X</a> · <a href="https://page.stibee.com/archives/2841737" target="_blank">링크 복사</a></p>
</td></tr></tbody></table>
<table class="stb-footer" width="100%" border="0" cellpadding="0" cellspacing="0" style="background-color: #fafafa;">
<tbody><tr><td style="padding: 20px 30px; font-size: 12px; line-height: 1.6; color: #999999; text-align: center;">
주간 ML 도구<br>
mltools@example.kr<br>
서울특별시 성동구 예시로 12, 3층 010-0000-0000<br>
<a href="https://stibee.com/api/v1.0/lists/54321/unsubscribe" target="_blank" style="color: #999999;">수신거부 Unsubscribe</a>
<br><br>
<a href="https://stibee.com" target="_blank" style="color: #bbbbbb;">스티비로 만든 뉴스레터</a>
</td></tr></tbody></table>
</td></tr></tbody></table>
</td></tr></tbody></table>
</body>
</html>
"""
write(F524, text, negative=True)
