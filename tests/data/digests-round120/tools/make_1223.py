#!/usr/bin/env python3
"""1223: a HashCode (하시코드) Q&A page (Korean), saved from the browser: site header, the question (title, body, tags,
author, date, views, votes), `답변 N개`, answers with the accepted one first (채택된 답변) and the rest by votes, comments
under posts, related questions. Papers appear as answerers write them: an OpenReview forum link, arXiv abs and pdf
links, an `arXiv:` id, titles alone; docs, a repository, a leaderboard, a blog post, a course and a video are not
papers. Markup reduced to a skeleton (no scripts or styles)."""
import html, os, sys
from urllib.parse import quote
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import F1223, keys

e = html.escape
QID = 61748
QT = "LLM 에이전트 공부하려는데 논문 읽는 순서 추천 부탁드립니다"


def a(url, text=None):
    return f'<a href="{e(url)}" rel="nofollow">{e(text or url)}</a>'


def comment(who, when, body):
    return f'<li class="comment"><span class="comment-body">{body}</span> – <a class="user" href="https://hashcode.co.kr/users/{quote(who)}">{e(who)}</a> <time>{when}</time></li>'


question = f"""<p>LangChain으로 간단한 RAG 챗봇까지는 만들어 봤고, 이제 에이전트(도구 사용, 자기 피드백, 코드 수정 등) 쪽을 제대로 공부해 보고 싶습니다.</p>
<p>논문이 너무 많아서 어디서부터 읽어야 할지 모르겠네요. 석사 1학기라 수학이 아주 강하진 않습니다. 읽는 순서나 꼭 봐야 할 논문 추천 부탁드립니다 🙏</p>
<p>참고로 지금 보고 있는 건 {a('https://langchain-ai.github.io/langgraph/')} 문서입니다.</p>"""

answers = [
 dict(id=61755, who="agent_kim", when="2024-03-12 16:03", votes=14, accepted=True, body=f"""<p>저는 이 순서를 추천합니다. (연구실 세미나에서 실제로 이 순서로 읽었어요)</p>
<ol>
<li><strong>도구 사용</strong>: {e(T('2302.04761'))}<br>{a('https://arxiv.org/abs/2302.04761')}</li>
<li><strong>자기 반성</strong>: {e(T('2303.11366'))} – {a('https://arxiv.org/abs/2303.11366')}</li>
<li><strong>검색 + 자기 비평</strong>: {e(T('2310.11511'))}<br>{a('https://arxiv.org/pdf/2310.11511.pdf')}</li>
<li><strong>장기 과제 / 스킬 라이브러리</strong>: {e(T('2305.16291'))} (arXiv:2305.16291) – 마인크래프트 에이전트인데 구조가 깔끔합니다.</li>
<li><strong>평가</strong>: {e(T('2310.06770'))}<br>{a('https://openreview.net/forum?id=' + OR('2310.06770'))} (ICLR 2024)</li>
</ol>
<p>SWE-bench 읽고 나면 SWE-agent 코드({a('https://github.com/princeton-nlp/SWE-agent')})를 직접 돌려 보시는 걸 추천해요. 논문만 읽는 것보다 훨씬 빨리 감이 옵니다.</p>""",
  comments=[comment("질문자_hj", "2024-03-12 16:40", "와 감사합니다! Reflexion부터 읽어 볼게요."),
            comment("agent_kim", "2024-03-12 17:02", "ReAct는 목록에 없는데 Reflexion 읽다 보면 자연스럽게 보게 됩니다 ㅎㅎ")]),
 dict(id=61760, who="nlp_bear", when="2024-03-12 21:47", votes=6, accepted=False, body=f"""<p>에이전트 논문 들어가기 전에 기본기 두 편은 꼭 보시길:</p>
<ul>
<li>{e(T('2203.02155'))} – InstructGPT. RLHF가 뭔지 모르면 요즘 에이전트 논문의 절반이 이해가 안 됩니다.</li>
<li>{e(T('2206.14858'))} – Minerva. 추론(수학) 쪽 감을 잡기 좋아요.</li>
</ul>
<p>그리고 블로그지만 Lilian Weng의 "LLM Powered Autonomous Agents" 글({a('https://lilianweng.github.io/posts/2023-06-23-agent/')})이 전체 지도를 그리는 데 제일 좋습니다. 논문은 아니에요.</p>""",
  comments=[comment("hyun_dev", "2024-03-13 09:15", "Lilian Weng 글 강추합니다 👍")]),
 dict(id=61771, who="eval_park", when="2024-03-13 10:22", votes=3, accepted=False, body=f"""<p>에이전트를 직접 만들면 결국 "어떻게 평가하지?"에서 막힙니다. LLM으로 채점하는 방법은 {e(T('2306.05685'))} 이 기본 레퍼런스예요. 리더보드는 {a('https://lmarena.ai/', 'Chatbot Arena 리더보드')}에서 보시면 되고요.</p>
<p>강의로는 DeepLearning.AI의 단기 강좌 "AI Agents in LangGraph"가 무료라 가볍게 보기 좋습니다. 유튜브 설명 영상도 있어요: {a('https://www.youtube.com/watch?v=hvAPnpSfSGo')}</p>""",
  comments=[]),
]


def post_block(x):
    cls = "answer accepted" if x["accepted"] else "answer"
    badge = '<div class="accepted-badge">✔ 채택된 답변</div>\n' if x["accepted"] else ""
    cm = ("<ul class=\"comments\">\n" + "\n".join(x["comments"]) + "\n</ul>\n") if x["comments"] else ""
    return (f'<div class="{cls}" id="answer-{x["id"]}">\n{badge}<div class="vote"><span class="vote-count">{x["votes"]}</span></div>\n'
            f'<div class="post-body">\n{x["body"]}\n</div>\n<div class="post-meta"><a class="user" href="https://hashcode.co.kr/users/{quote(x["who"])}">{e(x["who"])}</a> '
            f'<time>{x["when"]}</time></div>\n{cm}</div>')


page = f"""<!DOCTYPE html>
<html lang="ko">
<head>
<meta charset="utf-8">
<title>{e(QT)} - HashCode</title>
<link rel="canonical" href="https://hashcode.co.kr/questions/{QID}">
</head>
<body>
<header class="site-header"><a class="logo" href="https://hashcode.co.kr/">HashCode</a>
<nav><a href="https://hashcode.co.kr/">질문</a> <a href="https://hashcode.co.kr/tags">태그</a> <a href="https://hashcode.co.kr/users">사용자</a> <a href="https://hashcode.co.kr/questions/new">질문하기</a></nav></header>
<main>
<div class="question" id="question-{QID}">
<h1>{e(QT)}</h1>
<div class="question-info">조회수 1,284 · 질문일 <time>2024-03-12 14:21</time></div>
<div class="vote"><span class="vote-count">9</span></div>
<div class="post-body">
{question}
</div>
<div class="tags"><a class="tag" href="https://hashcode.co.kr/tags/llm">llm</a> <a class="tag" href="https://hashcode.co.kr/tags/agent">agent</a> <a class="tag" href="https://hashcode.co.kr/tags/langchain">langchain</a> <a class="tag" href="https://hashcode.co.kr/tags/nlp">nlp</a></div>
<div class="post-meta"><a class="user" href="https://hashcode.co.kr/users/{quote("질문자_hj")}">질문자_hj</a> <time>2024-03-12 14:21</time></div>
</div>
<h2 class="answer-count">답변 {len(answers)}개</h2>
{chr(10).join(post_block(x) for x in answers)}
<div class="your-answer"><h3>답변을 작성하시려면 로그인이 필요합니다.</h3></div>
</main>
<aside class="related"><h3>관련 질문</h3>
<ul>
<li><a href="https://hashcode.co.kr/questions/60211">RAG에서 chunk 크기는 어떻게 정하나요?</a></li>
<li><a href="https://hashcode.co.kr/questions/59874">LangGraph에서 상태(state) 저장이 안 됩니다</a></li>
<li><a href="https://hashcode.co.kr/questions/61102">파이썬 asyncio로 OpenAI API 병렬 호출하기</a></li>
</ul>
</aside>
<footer>© HashCode · <a href="https://hashcode.co.kr/terms">이용약관</a></footer>
</body>
</html>
"""
write_only(F1223, page, keys(F1223), forms=[html.unescape(page)])
