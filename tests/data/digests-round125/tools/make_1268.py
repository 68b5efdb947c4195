#!/usr/bin/env python3
"""1268: Jina's search endpoint (s.jina.ai) answer as plain text (Korean): a Seoul-like grad student ran
`curl -H "Accept: text/plain" "https://s.jina.ai/LLM%20에이전트%20추론%20논문%20정리"` to paste the top pages into an
LLM chat, and shared the answer `jina_검색결과.txt` with the seminar. The endpoint writes one block per result:
`[n] Title:`, `[n] URL Source:`, `[n] Description:`, `[n] Published Time:` (when the page has one) and
`[n] Markdown Content:` followed by the page turned into Markdown the way Jina's reader does it (setext headings
underlined with fifteen = or -, `*   ` bullets, `![Image n: alt](src)` numbered per page, links inline, tables as
pipe tables, arXiv's page chrome and backslash-escaped brackets kept). Five results: a member's blog post (an
OpenReview forum link, an arXiv link, three papers by title only), arXiv's abstract page of an LLM survey (links), a
news article (an `arXiv:` id, no link), a lab seminar page (an `arXiv:` id, no link) and a LangChain tutorial page
(no paper). Repositories, docs, a video, a benchmark leaderboard and the nickname ReAct are not labelled."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, CAT, write_only
from make_expected import F1268, keys

H1 = "=" * 15
H2 = "-" * 15


def block(n, title, url, desc, content, published=None):
    out = [f"[{n}] Title: {title}", f"[{n}] URL Source: {url}", f"[{n}] Description: {desc}"]
    if published: out.append(f"[{n}] Published Time: {published}")
    out.append(f"[{n}] Markdown Content:")
    return "\n".join(out) + "\n" + content.strip("\n") + "\n"


B = "https://blog.dalbit.example.kr"
r1 = f"""
LLM 에이전트 & 추론 논문 읽기 목록 (봄 세미나 준비)
{H1}

[![Image 1: 김지우](https://blog.dalbit.example.kr/images/profile/jiwoo-k.png)](https://blog.dalbit.example.kr/@jiwoo-k)

[김지우](https://blog.dalbit.example.kr/@jiwoo-k)·2024년 4월 28일

[LLM](https://blog.dalbit.example.kr/tags/LLM)[에이전트](https://blog.dalbit.example.kr/tags/%EC%97%90%EC%9D%B4%EC%A0%84%ED%8A%B8)[세미나](https://blog.dalbit.example.kr/tags/%EC%84%B8%EB%AF%B8%EB%82%98)

세미나(5월) 준비하면서 읽은 것들을 정리합니다. 링크가 없는 건 아직 PDF를 못 찾았거나 교수님이 출력본으로 주신 것들이에요. 틀린 내용이 있으면 댓글 부탁드립니다 🙏

1\\. 추론 (Reasoning)
{H2}

*   **{T("2201.11903")}** — [OpenReview](https://openreview.net/forum?id=_VjQlMeSB_J) (NeurIPS 2022). few-shot 예시에 풀이 과정을 넣기만 해도 산술/상식 추론이 좋아진다는 논문. 모델이 충분히 클 때만 효과가 있다는 게 포인트.
*   **{T("2206.07682")}** — TMLR 2022. "창발" 능력의 정의와 사례 모음. 위 논문과 같이 읽으면 좋음 (링크는 나중에 추가)
*   **{T("2207.05221")}** — 모델이 자기 답이 맞을 확률(P(True))을 얼마나 잘 맞히는지. calibration 파트만 읽어도 됨.

2\\. 에이전트
{H2}

*   **[{T("2304.03442")}](https://arxiv.org/abs/2304.03442)** — 스몰빌(Smallville)의 25명 에이전트. memory stream → reflection → planning 구조. 코드: [joonspk-research/generative\\_agents](https://github.com/joonspk-research/generative_agents)
*   ReAct 방식은 논문 대신 [LangChain 문서](https://python.langchain.com/docs/modules/agents/)로 대체 (세미나에서는 실습만)

3\\. 기타
{H2}

*   **{T("2306.11644")}** — phi-1. 에이전트 논문은 아니지만 "데이터 품질" 얘기가 나와서 같이 읽기로 함.

![Image 2: 세미나 일정표](https://blog.dalbit.example.kr/images/post/2024-04-28/schedule.png)

* * *

[이전 포스트 RAG 파이프라인 삽질기](https://blog.dalbit.example.kr/@jiwoo-k/rag-pipeline-notes)[다음 포스트 vLLM으로 로컬 서빙하기](https://blog.dalbit.example.kr/@jiwoo-k/vllm-local)

댓글 2개

[박서연](https://blog.dalbit.example.kr/@seoyeon)2024년 4월 29일

Emergent Abilities는 TMLR 페이지 링크 걸어두면 좋을 것 같아요!
"""

sv = T("2303.18223")
au = CAT["2303.18223"]["authors"]
def asearch(n):
    p = n.split(); last = p[-1]; ini = "+".join(x[0] for x in p[:-1])
    return f"[{n}](https://arxiv.org/search/cs?searchtype=author&query={last},+{ini})"
abst = ("Language is essentially a complex, intricate system of human expressions governed by grammatical rules. It poses a "
        "significant challenge to develop capable AI algorithms for comprehending and grasping a language. As a major approach, "
        "language modeling has been widely studied for language understanding and generation in the past two decades, evolving "
        "from statistical language models to neural language models. Recently, pre-trained language models (PLMs) have been "
        "proposed by pre-training Transformer models over large-scale corpora, showing strong capabilities in solving various "
        "NLP tasks. Since researchers have found that model scaling can lead to performance improvement, they further study the "
        "scaling effect by increasing the model size to an even larger size.")
r2 = f"""
\\[2303.18223\\] {sv}
{H1}

[Skip to main content](https://arxiv.org/abs/2303.18223#content)

[![Image 1: Cornell University](https://arxiv.org/static/browse/0.3.4/images/icons/cu/cornell-reduced-white-SMALL.svg)](https://www.cornell.edu/)

We gratefully acknowledge support from the Simons Foundation, [member institutions](https://info.arxiv.org/about/ourmembers.html), and all contributors. [Donate](https://info.arxiv.org/about/donate.html)

[![Image 2: arxiv logo](https://arxiv.org/static/browse/0.3.4/images/arxiv-logo-one-color-white.svg)](https://arxiv.org/)\\>[cs](https://arxiv.org/list/cs/recent)\\>arXiv:2303.18223

[Help](https://info.arxiv.org/help) | [Advanced Search](https://arxiv.org/search/advanced)

Computer Science > Computation and Language
{H1}

**arXiv:2303.18223** (cs)

\\[Submitted on 31 Mar 2023 ([v1](https://arxiv.org/abs/2303.18223v1)), last revised 24 Nov 2023 (this version, v13)\\]

Title:{sv}
{H1}

Authors:{", ".join(asearch(a) for a in au)}

View a PDF of the paper titled {sv}, by Wayne Xin Zhao and 21 other authors

[View PDF](https://arxiv.org/pdf/2303.18223)

> Abstract:{abst}

|  |  |
| --- | --- |
| Comments: | ongoing work; 97 pages, 683 citations |
| Subjects: | Computation and Language (cs.CL); Artificial Intelligence (cs.AI) |
| Cite as: | [arXiv:2303.18223](https://arxiv.org/abs/2303.18223) \\[cs.CL\\] |
|  | (or [arXiv:2303.18223v13](https://arxiv.org/abs/2303.18223v13) \\[cs.CL\\] for this version) |
|  | [https://doi.org/10.48550/arXiv.2303.18223](https://doi.org/10.48550/arXiv.2303.18223) |

Submission history
{H2}

From: Wayne Xin Zhao \\[[view email](https://arxiv.org/show-email/c2f58e0b/2303.18223)\\]
"""

r3 = f"""
칭화대 연구진, LLM '에이전트 능력' 평가하는 벤치마크 공개…"오픈소스 모델은 아직 멀었다"
{H1}

![Image 1: AI타임스 로고](https://aitimes.example.kr/image/logo/toplogo_20230101.png)

*   [AI 산업](https://aitimes.example.kr/news/articleList.html?sc_section_code=S1N1)
*   [AI 연구](https://aitimes.example.kr/news/articleList.html?sc_section_code=S1N2)
*   [오피니언](https://aitimes.example.kr/news/articleList.html?sc_section_code=S1N5)

*   이하늘 기자
*   승인 2023.08.09 14:21

![Image 2: (사진=셔터스톡)](https://aitimes.example.kr/news/photo/202308/152731_164410_1427.jpg)

(사진=셔터스톡)

중국 칭화대학교 연구진이 대형언어모델(LLM)을 '에이전트'로서 평가하는 벤치마크를 공개했다.

연구진은 지난 7일 논문 '{T("2308.03688")}'(arXiv:2308.03688)를 발표하고, 운영체제·데이터베이스·지식 그래프·카드 게임·웹 쇼핑 등 8개 환경에서 25개 LLM을 비교했다고 밝혔다.

결과에 따르면 GPT-4가 가장 높은 점수를 기록했으며, 오픈소스 모델과 상용 API 모델 간의 격차가 컸다. 벤치마크 코드와 리더보드는 깃허브에서 공개됐다.

이하늘 기자 sky.lee@aitimes.example.kr

**관련기사**

*   [오픈AI, 'GPT-4' 기술 보고서 공개](https://aitimes.example.kr/news/articleView.html?idxno=149802)
*   [메타, 라마 2 상업적 이용 허용](https://aitimes.example.kr/news/articleView.html?idxno=151877)
"""

r4 = f"""
2024년 봄학기 NLP 연구실 세미나
{H1}

*   [홈](https://nlp.hanbit.example.ac.kr/)
*   [구성원](https://nlp.hanbit.example.ac.kr/people)
*   [세미나](https://nlp.hanbit.example.ac.kr/seminar)

매주 목요일 오후 4시, 공학관 503호. 발표 자료는 전날 자정까지 [공유 드라이브](https://drive.hanbit.example.ac.kr/seminar-2024s)에 올려 주세요.

| 날짜 | 발표자 | 주제 | 비고 |
| --- | --- | --- | --- |
| 3/14 | 박서연 | {T("2307.15043")} (arXiv:2307.15043) | GCG 공격, 코드: [llm-attacks](https://github.com/llm-attacks/llm-attacks) |
| 3/21 | 정민호 | 튜토리얼: LangChain으로 에이전트 만들기 | 논문 아님, 실습 |
| 3/28 | \\- | 휴강 (학회 마감) |  |
| 4/4 | 김지우 | LLM 에이전트 논문 읽기 (1) | [블로그 정리](https://blog.dalbit.example.kr/@jiwoo-k/llm-agent-papers) |
| 4/11 | 최유나 | Open LLM Leaderboard 분석 | 리더보드, 논문 아님 |
| 4/18 | 이준혁 | 특강 영상 시청: "Intro to Large Language Models" | [YouTube](https://www.youtube.com/watch?v=rV4kcA3mQ2s) |

문의: 조교 정민호 (minho.jung@nlp.hanbit.example.ac.kr)
"""

r5 = f"""
03\\. 에이전트(Agent) - 랭체인(LangChain) 입문부터 응용까지
{H1}

*   [위키독스](https://wikidocs.example.net/)

[랭체인(LangChain) 입문부터 응용까지](https://wikidocs.example.net/book/8812)
{H2}

에이전트는 LLM이 어떤 도구(Tool)를 어떤 순서로 쓸지 스스로 결정하게 하는 구성 요소입니다. 이 장에서는 ReAct 방식의 에이전트를 만들고, 검색 도구와 계산기 도구를 연결해 봅니다.

```python
from langchain.agents import AgentExecutor, create_react_agent
from langchain_community.tools.tavily_search import TavilySearchResults

tools = [TavilySearchResults(max_results=3)]
agent = create_react_agent(llm, tools, prompt)
executor = AgentExecutor(agent=agent, tools=tools, verbose=True)
```

> 참고: langchain 0.1.16, langchain-community 0.0.34 기준입니다.

[이전 02\\. 프롬프트 템플릿](https://wikidocs.example.net/231164)[다음 04\\. 메모리](https://wikidocs.example.net/231166)
"""

text = "\n".join([
    block(1, "LLM 에이전트 & 추론 논문 읽기 목록 (봄 세미나 준비)", "https://blog.dalbit.example.kr/@jiwoo-k/llm-agent-papers",
          "세미나(5월) 준비하면서 읽은 것들을 정리합니다. 링크가 없는 건 아직 PDF를 못 찾았거나 교수님이 출력본으로 주신 것들이에요.", r1,
          "2024-04-28T12:31:07.000Z"),
    block(2, f"[2303.18223] {sv}", "https://arxiv.org/abs/2303.18223", abst[:abst.index(". Since")] + "...", r2),
    block(3, "칭화대 연구진, LLM '에이전트 능력' 평가하는 벤치마크 공개…\"오픈소스 모델은 아직 멀었다\"",
          "https://aitimes.example.kr/news/articleView.html?idxno=152731",
          "중국 칭화대학교 연구진이 대형언어모델(LLM)을 '에이전트'로서 평가하는 벤치마크를 공개했다. 연구진은 지난 7일 논문을 발표하고...", r3,
          "2023-08-09T14:21:00+09:00"),
    block(4, "2024년 봄학기 NLP 연구실 세미나", "https://nlp.hanbit.example.ac.kr/seminar/2024-spring",
          "한빛대학교 자연어처리 연구실 세미나 일정", r4),
    block(5, "03. 에이전트(Agent) - 랭체인(LangChain) 입문부터 응용까지", "https://wikidocs.example.net/231165",
          "에이전트는 LLM이 어떤 도구(Tool)를 어떤 순서로 쓸지 스스로 결정하게 하는 구성 요소입니다.", r5),
])
write_only(F1268, text, keys(F1268))
