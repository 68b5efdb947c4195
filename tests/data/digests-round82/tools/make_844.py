#!/usr/bin/env python3
"""844: a DC Inside minor-gallery post (gall.dcinside.com/mgallery/board/view/?id=…&no=…) saved from the browser:
gallery header and tabs, `<h3 class="title ub-word">` with `[정보]` head text, `gall_writer ub-writer` with data-nick /
data-uid / data-ip (floating writers show the first two IP octets "(121.190)", fixed nicks a `writer_nikcon` icon),
`gall_date` title "yyyy.mm.dd hh:mm:ss", view / recommend / comment counts, the body in `<div class="write_div">` with
`<p>`s and plain `<a target="_blank">` links, "- dc official App" signature; the comment list `<ul class="cmt_list">`
with `<li id="comment_li_N">`, `usertxt ub-word`, `date_time` "mm.dd hh:mm:ss"; ads and a "개념글" list. Korean.
Efficient Transformer and LLM-serving papers; a library, a GPU, a blog post and a leaderboard are not papers."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, au, write_only
from make_expected import by_num, keys

F = by_num(844)
GID, NO = "llmdev", 81234


def a(u):
    return f'<a href="{u}" target="_blank">{u}</a>'


def writer(nick, uid, ip, extra=""):
    if uid:
        return (f'<span class="gall_writer ub-writer" data-nick="{nick}" data-uid="{uid}" data-ip="" data-loc="{extra}"><span class="nickname in" title="{nick}"><em>{nick}</em></span>'
                f'<a class="writer_nikcon"><img src="https://nstatic.dcinside.com/dc/w/images/fix_nik.gif" border="0" title="{uid} : 갤로그로 이동합니다." width="12" height="11" style="margin-left:2px;cursor:pointer;" onClick="window.open(\'//gallog.dcinside.com/{uid}\');" alt="갤로그로 이동합니다."></a></span>')
    return (f'<span class="gall_writer ub-writer" data-nick="{nick}" data-uid="" data-ip="{ip}" data-loc="{extra}"><span class="nickname" title="{nick}"><em>{nick}</em></span>'
            f'<span class="ip">({ip})</span></span>')


BODY = [
 "요즘 갤에 추론 속도 질문이 많아서 내가 읽은 거 정리함. 틀린 거 있으면 댓글로 ㄱㄱ",
 "",
 "<b>0. 원조</b>",
 f"{T('1706.03762')}",
 a("https://arxiv.org/abs/1706.03762"),
 "다들 아는 그거. self-attention이 시퀀스 길이 제곱이라는 게 모든 문제의 시작임",
 "",
 "<b>1. 커널 레벨 최적화</b>",
 f"{T('2307.08691')} ({au('2307.08691')})",
 a("https://arxiv.org/abs/2307.08691"),
 "HBM 왕복을 줄이는 타일링 + 워프 간 작업 분배 개선. 메모리 계층 그림 한 장만 이해하면 끝",
 "",
 "<b>2. 서빙</b>",
 f"{T('2309.06180')}",
 a("https://arxiv.org/pdf/2309.06180.pdf"),
 "KV 캐시를 OS 페이지처럼 블록 단위로 관리함. 배치 크기가 몇 배로 늘어남. 서빙 엔진 쓰는 사람은 꼭 읽으셈",
 "",
 "<b>3. 어텐션 자체를 바꾸는 쪽</b>",
 f"- {T('2001.04451')} → {a('https://arxiv.org/abs/2001.04451')} (LSH로 비슷한 쿼리끼리만 어텐션)",
 f"- {T('2007.14062')} → arXiv:2007.14062 (희소 어텐션 + 글로벌 토큰, 이론 증명까지 있음)",
 f"- {T('2302.10866')} → 어텐션을 아예 긴 합성곱으로 대체 (링크는 귀찮아서 생략)",
 f"- {T('2004.11886')} → 모바일용, 지역/전역 분리",
 "",
 "<b>4. 번외</b>",
 f"{T('2103.14625')} ({au('2103.14625')}) - 어텐션 헤드 시각화 도구 논문. 공부용으로 좋음",
 "",
 "요약: 학습이면 1번, 서빙이면 2번, 긴 문맥 연구면 3번부터 보면 됨",
 "",
 "- dc official App",
]

COMMENTS = [
 (3012345, "ㅇㅇ", "", "211.36", "03.12 14:30:11", "개추 ㅋㅋ 정리 깔끔하네"),
 (3012351, "어텐션장인", "attnmaster77", "", "03.12 14:41:52", "3번 중에 첫번째 거는 실무에서는 거의 안 씀. 구현이 까다롭고 배치 처리가 애매함"),
 (3012360, "ㅇㅇ", "", "121.190", "03.12 14:58:03", "4090 한 장으로 7B 서빙 되냐? 블로그 글 보니까 된다던데"),
 (3012366, "글쓴 ㅇㅇ", "", "118.235", "03.12 15:04:40", "ㄴ 4비트 양자화하면 됨. 근데 그건 논문이 아니라 라이브러리 문서 보셈"),
 (3012388, "GPU부족", "gpuless_dev", "", "03.12 16:20:17", "리더보드 순위는 이런 최적화랑 상관없음 ㅇㅇ 속도 리더보드는 따로 있음"),
 (3012402, "ㅇㅇ", "", "175.223", "03.12 19:47:25", "번외 논문 처음 알았네 ㄱㅅ"),
 (3012415, "어텐션장인", "attnmaster77", "", "03.13 09:12:08", "2번 논문 저자들이 만든 서빙 엔진 깃허브 스타 수 미쳤음"),
]

body = "\n".join(f"<p>{l}</p>" if l else "<p><br></p>" for l in BODY)
cm = "\n".join(f'''<li id="comment_li_{n}" class="ub-content"><div class="cmt_info clear" data-no="{n}" data-rcnt="0" data-article-no="{NO}"><div class="cmt_nickbox">{writer(nick, uid, ip)}</div><div class="clear cmt_txtbox btn_reply_write_all"><p class="usertxt ub-word">{txt}</p></div><div class="fr clear"><span class="date_time">{d}</span><div class="cmt_mdf_del" data-type="cmt" re_no="{n}" data-my="N" data-article-no="{NO}" data-c-no="{n}"><button type="button" class="btn_cmt_delete">삭제</button></div></div></div></li>'''
               for n, nick, uid, ip, d, txt in COMMENTS)
CONCEPT = ["[정보] 로컬 LLM 양자화 방법별 속도 비교표", "[질문] 파인튜닝 데이터 몇 개면 됨?", "[일반] 오늘자 오픈 모델 리더보드 근황",
           "[정보] 어텐션 커널 직접 짜본 후기 (CUDA 초보)", "[일반] 학회 데드라인 3일 남음 살려줘"]
concept = "\n".join(f'<li><a href="/mgallery/board/view/?id={GID}&amp;no={80000 + i * 311}&amp;exception_mode=recommend">{t}</a></li>' for i, t in enumerate(CONCEPT))
TITLE = "추론 속도 관련 논문 정리함 (어텐션 커널, 서빙, 희소 어텐션)"
html = f'''<!DOCTYPE html>
<html lang="ko">
<head>
<meta charset="UTF-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>{TITLE} - LLM 개발 마이너 갤러리</title>
<meta name="description" content="요즘 갤에 추론 속도 질문이 많아서 내가 읽은 거 정리함.">
<meta property="og:url" content="https://gall.dcinside.com/mgallery/board/view/?id={GID}&amp;no={NO}">
<link rel="stylesheet" type="text/css" href="https://gall.dcinside.com/_css/common.css?v=240229">
<link rel="stylesheet" type="text/css" href="https://gall.dcinside.com/_css/contents.css?v=240229">
</head>
<body>
<div id="top" class="dcwrap width1160 view_wrap">
<header class="dcheader typea"><div class="dchead"><h1 class="dc_logo"><a href="https://www.dcinside.com/">디시인사이드</a></h1><div class="gall_search"><input type="text" class="in_keyword" title="검색어 입력"></div></div></header>
<div class="wrap_inner"><main id="container" class="clear minor_view">
<section>
<header><div class="page_head clear"><div class="fl clear"><h2><a href="https://gall.dcinside.com/mgallery/board/lists/?id={GID}">LLM 개발 마이너 갤러리</a></h2></div></div></header>
<div class="ad_bottom_list"><!-- 광고 --></div>
<article><h2 class="blind">본문 영역</h2>
<div class="view_content_wrap">
<header><div class="gallview_head clear ub-content">
<h3 class="title ub-word"><span class="title_headtext">[정보]</span> <span class="title_subject">{TITLE}</span><span class="title_device"><img src="https://nstatic.dcinside.com/dc/w/images/view_app.png" alt="모바일에서 작성"></span></h3>
<div class="gall_writer ub-writer" data-nick="ㅇㅇ" data-uid="" data-ip="118.235" data-loc="view"><div class="fl"><span class="nickname" title="ㅇㅇ"><em>ㅇㅇ</em></span><span class="ip">(118.235)</span><span class="gall_date" title="2024.03.12 14:22:05">2024.03.12 14:22:05</span></div>
<div class="fr"><span class="gall_count">조회 2140</span><span class="gall_reply_num">추천 31</span><span class="gall_comment"><a href="#focus_cmt">댓글 {len(COMMENTS)}</a></span></div></div>
</div></header>
<div class="gallview_contents"><div class="inner clear"><div class="writing_view_box"><div class="write_div" style="overflow:hidden;width:900px;">
{body}
</div></div></div></div>
<div class="btn_recommend_box clear"><div class="inner_box"><div class="inner fl"><div class="up_num_box"><p class="up_num font_red" id="recommend_view_up_{NO}">31</p></div></div></div></div>
</div>
</article>
<div class="view_comment"><div class="comment_wrap show" id="focus_cmt"><div class="comment_count"><div class="fl num_box">전체 댓글 <em class="font_red"><span id="comment_total_{NO}">{len(COMMENTS)}</span></em>개</div></div>
<div class="comment_box"><ul class="cmt_list">
{cm}
</ul></div></div></div>
<div class="ad_bottom_list"><!-- 광고 --></div>
<section class="concept_wrap"><h3>개념글</h3><ul>
{concept}
</ul></section>
</section>
</main></div>
<footer class="dcfoot"><div class="info_policy"><a href="https://www.dcinside.com/policy/">이용약관</a> <a href="https://www.dcinside.com/policy/privacy">개인정보처리방침</a></div><address class="dc_ltd">Copyright ⓒ 1999 - 2024 dcinside. All rights reserved.</address></footer>
</div>
</body>
</html>
'''
write_only(F, html, keys(F))
