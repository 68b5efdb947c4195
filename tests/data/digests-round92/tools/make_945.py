#!/usr/bin/env python3
"""945: a post on Kakao's 브런치스토리 (brunch.co.kr, the Brunch blogging site) saved from the browser as "HTML only":
a Korean ML engineer's year-end look back at eight papers. The page as remembered: `<html lang="ko">`, the charset and
viewport metas, `<title>` = the post title, og:site_name 브런치스토리, og:type article, og:title / og:description /
og:url / og:image (a daumcdn thumbnail), canonical = og:url `https://brunch.co.kr/@id/N`, the service header, the
cover block (`h1.cover_title`, `p.cover_sub_title`, `span.text_author` "by" + the author link, `span.date` in Brunch's
`Mon DD. YYYY` form), the body `div.wrap_body` of `wrap_item item_type_text` items (h4 / p / blockquote), each with
its `data-app` JSON (entity-escaped) holding the same text, an `hr` item, the keyword list (`/keyword/…` links), the
likes / comments counts, and the author's profile box with the previous / next post links. The papers: four arXiv URLs
(abs and pdf), one arXiv id as text, three titles only; Tengyu Ma's lecture notes, CleanRL's blog post, fairseq and a
YouTube talk are not papers."""
import html, json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import by_num, keys

F = by_num(945)
K = dict(bart="1910.13461", norm="2004.10102", dnas="2108.04392", ppo="2006.05990", cqa="2011.03459",
         elmo="1802.05365", autohas="2006.03656", local="2103.13462")
URL = "https://brunch.co.kr/@mlnotes-sy/42"
TITLE = "2023년, 내가 읽은 논문 8편"
SUB = "ML 엔지니어의 연말 회고 — 일하다가 다시 펼친 논문들"
DESC = "올해는 새 논문보다 예전 논문을 다시 읽은 해였다. 회사 일과 공부 사이에서 기억에 남은 여덟 편을 정리해 둔다."


def seg_text(parts):
    """the item's visible HTML and its data-app segments: parts are str or (text, url)"""
    vis, segs = "", []
    for p in parts:
        if isinstance(p, tuple):
            t, u = p
            vis += f'<a href="{html.escape(u)}" target="_blank" class="link">{html.escape(t, quote=False)}</a>'
            segs.append({"type": "text", "text": t, "styleType": "link", "url": u})
        else:
            vis += html.escape(p, quote=False)
            segs.append({"type": "text", "text": p})
    return vis, segs


def item(tag, parts, extra=""):
    vis, segs = seg_text(parts)
    app = json.dumps({"type": "text", "data": segs}, ensure_ascii=False, separators=(",", ":"))
    return f'<{tag} class="wrap_item item_type_text{extra}" data-app="{html.escape(app)}">{vis}</{tag}>'


body = [
    item("p", ["올해는 이상하게 새 논문보다 예전 논문을 다시 읽은 해였다. 회사에서 요약 모델을 붙이고, 사이드로 "
               "강화학습을 만지고, 틈틈이 AutoML 스터디를 하면서 \"아 이거 예전에 읽었는데\" 하고 다시 펼친 것들. "
               "순서는 그냥 읽은 순서다."]),
    item("h4", ["1. 다시 읽은 고전"]),
    item("p", ["첫 번째는 ELMo. 제목은 \"" + T(K["elmo"]) + "\"이다. BERT 이전에 문맥에 따라 단어 벡터가 바뀐다는 "
               "걸 처음 제대로 보여 준 논문이라 신입 온보딩 자료를 만들다가 다시 읽었다. 지금 읽어도 "
               "층별로 다른 정보를 담는다는 분석 부분이 좋다."]),
    item("p", ["두 번째는 회사 요약 모델의 베이스였던 BART. ",
               (T(K["bart"]), "https://arxiv.org/abs/1910.13461"),
               " — 노이즈 함수(텍스트 채우기, 문장 섞기)를 비교한 표 하나만으로도 읽을 가치가 있다. 코드는 fairseq에 "
               "있지만 우리는 결국 transformers 버전을 썼다."]),
    item("h4", ["2. 어텐션을 믿지 말 것"]),
    item("p", ["요약 결과를 설명해 달라는 요청이 와서 어텐션 가중치를 시각화했다가 낭패를 봤다. 그때 찾은 게 ",
               (T(K["norm"]), "https://arxiv.org/abs/2004.10102"),
               ". 가중치만 보지 말고 변환된 벡터의 노름까지 곱해서 봐야 한다는 주장인데, 실제로 해 보니 "
               "[SEP] 같은 토큰에 몰리던 어텐션이 대부분 사라졌다. 도호쿠대 팀의 논문이다."]),
    item("h4", ["3. AutoML 스터디"]),
    item("p", ["스터디에서 DARTS 계열을 한 달 내내 팠다. 제일 기억에 남는 건 ",
               (T(K["dnas"]), "https://arxiv.org/pdf/2108.04392.pdf"),
               " (ICLR 2021 outstanding paper). 아키텍처 파라미터 α의 크기로 연산을 고르면 안 된다는 것, 대신 "
               "하나씩 빼 보면서 성능 변화를 보라는 것. 단순한데 설득력이 있다."]),
    item("p", ["같이 읽은 \"" + T(K["autohas"]) + "\"는 하이퍼파라미터와 아키텍처를 한 번에 찾는 이야기인데, "
               "솔직히 재현은 못 했다. 다음에 다시 도전."]),
    item("blockquote", ["\"좋은 베이스라인은 대부분의 NAS 결과를 이긴다\" — 스터디장 민준 님이 매주 한 말"],
         " item_type_quote"),
    item("h4", ["4. 강화학습 사이드 프로젝트"]),
    item("p", ["PPO를 직접 짜다가 하이퍼파라미터 지옥에 빠졌을 때 구원이 된 논문. ",
               (T(K["ppo"]), "https://arxiv.org/abs/2006.05990"),
               " 수백 개 설정을 대규모로 돌려서 뭐가 실제로 중요한지 정리해 준다. 같이 보면 좋은 건 CleanRL 쪽의 "
               "'The 37 Implementation Details of PPO' 블로그 글(논문은 아님)."]),
    item("h4", ["5. 이론 한 편, 그래프 한 편"]),
    item("p", ["연말에는 Tengyu Ma의 \"" + T(K["local"]) + "\"를 읽었다. 원래 책(Beyond the Worst-Case Analysis of "
               "Algorithms)의 한 장으로 쓰인 글이라 깔끔하다. 강의 노트도 공개되어 있는데 그건 논문이 아니니 "
               "여기서는 생략."]),
    item("p", ["마지막은 지식 그래프 질의응답. \"" + T(K["cqa"]) + "\" (arXiv:2011.03459). 복잡한 질의를 "
               "학습시키지 않고, 링크 예측기 하나와 t-norm 최적화만으로 답한다. 회사 검색팀에 공유했더니 반응이 좋았다."]),
    '<hr class="wrap_item item_type_hr hr_type1">',
    item("p", ["내년에는 새 논문도 좀 읽자. 그래도 한 편 한 편 다시 읽을 때마다 예전엔 안 보이던 게 보이는 건 "
               "신기하다. 유튜브에 올라온 ICLR 발표 영상들도 같이 보면 좋다."]),
]

keywords = ["인공지능", "머신러닝", "논문리뷰"]
page = "\n".join([
    "<!DOCTYPE html>",
    '<html lang="ko">',
    "<head>",
    '<meta charset="utf-8">',
    '<meta http-equiv="X-UA-Compatible" content="IE=edge">',
    '<meta name="viewport" content="width=device-width, initial-scale=1.0, maximum-scale=1.0, user-scalable=no">',
    f"<title>{html.escape(TITLE)}</title>",
    f'<meta name="description" content="{html.escape(DESC)}">',
    '<meta property="og:site_name" content="브런치스토리">',
    '<meta property="og:type" content="article">',
    f'<meta property="og:title" content="{html.escape(TITLE)}">',
    f'<meta property="og:description" content="{html.escape(DESC)}">',
    f'<meta property="og:url" content="{URL}">',
    '<meta property="og:image" content="https://img1.daumcdn.net/thumb/R1280x0/?fname=http%3A%2F%2Ft1.daumcdn.net%2Fbrunch%2Fservice%2Fuser%2F8xQ2%2Fimage%2Fk3JmVbq7XyTfR0cWnH5sLpA9eUo.png">',
    '<meta name="twitter:card" content="summary_large_image">',
    f'<link rel="canonical" href="{URL}">',
    '<link rel="stylesheet" type="text/css" href="https://t1.daumcdn.net/brunch/static/dist/css/service.min.css">',
    "</head>",
    '<body class="service_frontend">',
    '<div id="wrap">',
    '<div class="service_header"><a href="/" class="link_brunch"><span class="ico_brunch">brunch</span></a>'
    '<a href="/search" class="btn_search">검색</a><a href="/signin" class="btn_start">시작하기</a></div>',
    '<div class="wrap_cover"><div class="cover_item"><div class="cover_inner">',
    f'<h1 class="cover_title">{html.escape(TITLE)}</h1>',
    f'<p class="cover_sub_title">{html.escape(SUB)}</p>',
    '<div class="cover_cell"><span class="f_l text_author"><span class="txt_by">by</span> '
    '<a href="/@mlnotes-sy" class="link_profileid">김서윤</a></span><span class="f_l date">Dec 31. 2023</span></div>',
    "</div></div></div>",
    '<div class="wrap_body text_align_left finish_txt">',
] + body + [
    "</div>",
    '<div class="wrap_keyword"><ul class="list_keyword">'
    + "".join(f'<li><a href="/keyword/{k}" class="link_keyword">{k}</a></li>' for k in keywords) + "</ul></div>",
    '<div class="wrap_info"><span class="txt_like">라이킷 <span class="num_like">87</span></span>'
    '<span class="txt_comment">댓글 <span class="num_comment">12</span></span><span class="txt_share">공유</span></div>',
    '<div class="wrap_profile"><a href="/@mlnotes-sy" class="link_profile"><strong class="tit_writer">김서윤</strong></a>'
    '<p class="desc_writer">추천 시스템과 NLP를 만드는 ML 엔지니어. 퇴근 후 논문 읽기.</p>'
    '<span class="num_subscription">구독자 1,204</span></div>',
    '<div class="wrap_nextprev"><a href="/@mlnotes-sy/41" class="link_prev">이전 글: 사내 논문 스터디 1년 운영기</a>'
    '<a href="/@mlnotes-sy/43" class="link_next">다음 글: RAG를 붙이기 전에 알았으면 좋았을 것들</a></div>',
    "</div>",
    "</body>",
    "</html>",
]) + "\n"
write_only(F, page, keys(F))
