#!/usr/bin/env python3
"""1203: an Inflearn community Q&A thread saved from the browser (Korean): “데이터가 적을 때 파인튜닝 과적합… PEFT랑
정규화 뭘 먼저 공부해야 하나요?” under a course's 질문&답변 board, with the site header, the question (tags, status
해결됨, date), `답변 N` = the answer blocks (the 지식공유자's answer first, marked as accepted, each with a date and
좋아요 count, one with a comment), and related posts. HTML5, UTF-8, LF; dates `YYYY.MM.DD HH:MM` not before the
question's and not decreasing. Papers appear with an OpenReview forum link, arXiv abs / pdf links, `arXiv:` ids in
parentheses, and titles alone; the PEFT docs and library, a course and Detectron2 are not papers."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import F1203, keys

answers = [
 ("딥러닝호랑이", True, "2024.05.11 10:27", 14,
  "<p>안녕하세요, 지식공유자입니다. 좋은 질문이라 조금 길게 답변드릴게요.</p>\n"
  "<p><strong>1. PEFT 쪽</strong>은 방법이 너무 많아서 하나씩 보기보다 통합 관점으로 보는 게 빠릅니다.</p>\n"
  "<ul>\n"
  f"<li>{T('2110.04366')} — <a href=\"https://openreview.net/forum?id={OR('2110.04366')}\" target=\"_blank\" rel=\"noopener\">https://openreview.net/forum?id={OR('2110.04366')}</a> (ICLR 2022). LoRA, adapter, prefix tuning을 한 식으로 정리합니다.</li>\n"
  f"<li>{T('2303.10512')} — <a href=\"https://arxiv.org/abs/2303.10512\" target=\"_blank\" rel=\"noopener\">https://arxiv.org/abs/2303.10512</a> (rank를 레이어마다 다르게 배분)</li>\n"
  f"<li>{T('2106.10199')} (arXiv:2106.10199) — bias만 학습합니다. 데이터가 정말 적으면 의외로 잘 됩니다.</li>\n"
  "</ul>\n"
  "<p><strong>2. 정규화</strong>는 optimizer부터 확인하세요. Adam에 L2를 섞는 것과 weight decay를 분리하는 건 다릅니다: "
  f"{T('1711.05101')} (arXiv:1711.05101).</p>\n"
  "<p>실습은 강의 섹션 7 코드와 <a href=\"https://huggingface.co/docs/peft/index\" target=\"_blank\" rel=\"noopener\">PEFT 공식 문서</a>를 같이 보시면 됩니다 (라이브러리: <a href=\"https://github.com/huggingface/peft\" target=\"_blank\" rel=\"noopener\">huggingface/peft</a>).</p>"),
 ("mlops_jay", False, "2024.05.11 22:04", 6,
  "<p>few-shot이면 in-context learning이랑도 비교해 보세요. 이 논문이 딱 그 비교입니다.</p>\n"
  f"<p>{T('2205.05638')}<br><a href=\"https://arxiv.org/pdf/2205.05638.pdf\" target=\"_blank\" rel=\"noopener\">https://arxiv.org/pdf/2205.05638.pdf</a> (T-Few, (IA)³)</p>\n"
  f"<p>프롬프트 쪽으로는 {T('2103.10385')} 도 있는데 P-tuning이라고 부르는 그거요. 한국어 NLU에서도 꽤 씁니다.</p>"),
 ("비전하는곰", False, "2024.05.12 09:51", 3,
  "<p>비전 쪽 세그멘테이션도 하신다고 해서 덧붙여요. 데이터 적을 때 augmentation이 제일 싸게 먹힙니다.</p>\n"
  f"<p>- {T('2012.07177')} : 객체를 잘라서 다른 이미지에 붙이기만 해도 성능이 오릅니다. Detectron2로 구현 쉬워요 (<a href=\"https://detectron2.readthedocs.io/\" target=\"_blank\" rel=\"noopener\">문서</a>).<br>\n"
  f"- {T('2101.01761')} : dropout 패턴 자체를 찾는 방식인데, 재현은 좀 어렵습니다.</p>"),
]
comments = {2: ("질문자 · 성장하는개발자", "2024.05.12 13:20", "Copy-Paste 바로 적용해 볼게요! 감사합니다 🙇")}

blocks = []
for i, (who, acc, ts, likes, body) in enumerate(answers, 1):
    c = ""
    if i in comments:
        cw, cts, ct = comments[i]
        c = (f'<div class="comment"><span class="comment__author">{cw}</span> <time class="comment__date">{cts}</time>'
             f'<p>{ct}</p></div>\n')
    blocks.append(
        f'<article class="answer{" answer--accepted" if acc else ""}" id="answer-{1180400 + i * 13}">\n'
        f'<header class="answer__header"><span class="answer__author">{who}</span>'
        + (' <span class="badge badge--instructor">지식공유자</span>' if acc else "")
        + f' <time class="answer__date">{ts}</time></header>\n'
        + f'<div class="answer__body">\n{body}\n</div>\n'
        + f'<footer class="answer__footer"><button class="like">좋아요 <span class="like__count">{likes}</span></button></footer>\n'
        + c + "</article>")
html = f"""<!DOCTYPE html>
<html lang="ko">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>데이터가 적을 때 파인튜닝 과적합… PEFT랑 정규화 뭘 먼저 공부해야 하나요? - 인프런 | 커뮤니티 질문&amp;답변</title>
<link rel="canonical" href="https://www.inflearn.com/questions/1180400">
</head>
<body>
<header class="gnb"><a class="gnb__logo" href="https://www.inflearn.com/">인프런</a>
<nav class="gnb__menu"><a href="https://www.inflearn.com/courses">강의</a> <a href="https://www.inflearn.com/community/questions">커뮤니티</a> <a href="https://www.inflearn.com/roadmaps">로드맵</a></nav></header>
<main class="community-post">
<nav class="breadcrumb"><a href="https://www.inflearn.com/community/questions">질문 &amp; 답변</a> › <a href="https://www.inflearn.com/course/llm-finetuning-hands-on">[실습] 적은 데이터로 LLM 파인튜닝하기</a></nav>
<section class="question" id="question-1180400">
<h1>데이터가 적을 때 파인튜닝 과적합… PEFT랑 정규화 뭘 먼저 공부해야 하나요?</h1>
<div class="question__meta"><span class="question__author">성장하는개발자</span> <time class="question__date">2024.05.10 23:48</time> <span class="status status--resolved">해결됨</span> <span class="views">조회 412</span></div>
<div class="question__body">
<p>안녕하세요. 섹션 7까지 들었습니다.<br>
회사 데이터가 2천 건 정도밖에 없어서 LoRA로 학습하면 3 epoch부터 validation loss가 올라갑니다.<br>
LoRA 말고 다른 PEFT 방법을 더 공부해야 할지, 아니면 정규화(드롭아웃, weight decay)나 augmentation을 먼저 봐야 할지 모르겠어요.<br>
참고로 같은 팀에서 이미지 세그멘테이션도 같이 하고 있습니다.</p>
</div>
<ul class="tags"><li>#LLM</li><li>#fine-tuning</li><li>#PEFT</li><li>#overfitting</li></ul>
</section>
<section class="answers">
<h2>답변 {len(answers)}</h2>
{chr(10).join(blocks)}
</section>
<aside class="related">
<h2>이 강의의 다른 질문</h2>
<ul>
<li><a href="https://www.inflearn.com/questions/1179952">QLoRA 4bit 학습 시 CUDA OOM 문제</a></li>
<li><a href="https://www.inflearn.com/questions/1178311">섹션 5 토크나이저 추가 토큰 질문입니다</a></li>
</ul>
</aside>
</main>
<footer class="footer"><p>© INFLAB Corp. All rights reserved.</p></footer>
</body>
</html>
"""
write_only(F1203, html, keys(F1203))
