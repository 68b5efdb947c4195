#!/usr/bin/env python3
"""751: an Adium transcript (the XML file inside `jiwoo.han@xmpp.example.org (2024-03-05T20.58.12+0900).chatlog`):
'<?xml version="1.0" encoding="UTF-8" ?>', the <chat> root in the Unified Logging Format name space
(http://purl.org/net/ulf/ns/0.4-02) with account / service / adiumversion / buildid, then one element a line:
<event type="windowOpened"/…>, <status type="online|away|offline"/>, <message sender time alias> holding
<div><span style="…">…</span></div> with <a href> links (&amp; escaped) and <br/>; ISO times with +09:00.
Korean XMPP chat between two lab members about LLM agents, tools and RL."""
import datetime, os, sys
from xml.sax.saxutils import escape
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, au, write_only
from make_expected import by_num, keys, GO

F = by_num(751)
A = lambda k: f"https://arxiv.org/abs/{k}"
ME, YOU = "jiwoo.han@xmpp.example.org", "seojun.park@xmpp.example.org"
AL = {ME: "한지우", YOU: "박서준"}
TZ = datetime.timezone(datetime.timedelta(hours=9))
t0 = datetime.datetime(2024, 3, 5, 20, 58, 12, tzinfo=TZ)
STY = {ME: "font-family: Helvetica; font-size: 12pt;", YOU: "color: #1d3c78; font-family: Apple SD Gothic Neo; font-size: 13pt;"}


def link(u, label=None):
    return f'<a href="{escape(u)}">{escape(label or u)}</a>'


# (seconds after t0, kind, sender, content) ; content: list of pieces, str = text to escape, ("a", url) = link
LOG = [
 (0, "event", ME, "windowOpened"),
 (3, "status", YOU, "online"),
 (41, "msg", YOU, ["지우 씨, 이번 주 목요일 에이전트 세미나 자료 정리 중인데 잠깐 괜찮아요?"]),
 (58, "msg", ME, ["네네 괜찮아요. 저도 마침 목록 보고 있었어요 ㅎㅎ"]),
 (95, "msg", YOU, ["첫 번째는 이걸로 하려고요: ", ("a", A("2303.11366")), ("br",), T("2303.11366"), ("br",),
                  au("2303.11366") + ". 실패한 시도를 말로 요약해서 메모리에 넣는 방식."]),
 (131, "msg", ME, ["좋아요. 그거랑 같이 보면 좋은 게 ", T("2310.11511"), " 인데, 검색할지 말지를 모델이 스스로 판단하는 거라 비교가 재밌을 듯."]),
 (160, "msg", YOU, ["오 그것도 넣죠. 링크 있어요?"]),
 (187, "msg", ME, ["아 지금 회사 VPN이라 arXiv가 안 열려요 😅 제목으로 검색하면 바로 나와요"]),
 (240, "msg", YOU, ["두 번째 파트는 도구 사용: ", T("2302.04761"), " — ", au("2302.04761"), ". 이건 작년에 한 번 읽었으니까 짧게."]),
 (276, "msg", ME, ["평가 쪽은 이 논문으로 하면 어때요? 리뷰 코멘트가 좋아서 OpenReview 페이지를 같이 보면 좋아요", ("br",),
                  ("a", f"https://openreview.net/forum?id={OR('2310.06770')}"), ("br",), T("2310.06770")]),
 (301, "msg", YOU, ["👍 리더보드(swebench.com)는 논문이 아니니까 슬라이드 마지막에 참고로만"]),
 (339, "status", ME, "away"),
 (902, "status", ME, "online"),
 (915, "msg", ME, ["돌아왔어요. 마인크래프트 에이전트 논문도 넣을까요? ", ("a", A("2305.16291"))]),
 (944, "msg", YOU, [T("2305.16291"), " 맞죠? 넣어요. 그럼 RL 쪽은 어떻게 할까요"]),
 (1003, "msg", ME, ["RL 쪽은 세 편 생각 중이에요:", ("br",),
                   "1) ", T("2205.06175"), " (arXiv 2205.06175) — ", au("2205.06175", 3), ("br",),
                   "2) ", T("2106.02039"), " ", ("a", A("2106.02039")), ("br",),
                   "3) 고전으로 ", T(GO), " (Nature 2017, arXiv에는 없음)"]),
 (1061, "msg", YOU, ["3번은 너무 길지 않아요? 발표 40분인데"]),
 (1090, "msg", ME, ["3번은 배경 설명으로 5분만요. 자기대국 부분만."]),
 (1122, "msg", YOU, ["오케이. 코드 데모는 langchain 말고 우리 랩 repo(agent-playground)로 해요. 그게 덜 헷갈림"]),
 (1150, "msg", ME, ["네. 그리고 Lilian Weng 블로그의 \"LLM Powered Autonomous Agents\" 글은 읽을거리로만 (블로그라서 목록엔 안 넣을게요)"]),
 (1187, "msg", YOU, ["좋아요. 정리하면 1부 세 편, 평가 한 편, 마인크래프트 한 편, RL 세 편. 제가 노션에 옮겨둘게요"]),
 (1203, "msg", ME, ["감사합니다!! 목요일 19시 7층 세미나실 & 줌 같이 켤게요"]),
 (1230, "msg", YOU, ["넵 👋"]),
 (1236, "status", YOU, "offline"),
 (1290, "event", ME, "windowClosed"),
]


def render(pieces):
    out = ""
    for p in pieces:
        if isinstance(p, str): out += escape(p)
        elif p[0] == "br": out += "<br/>"
        else: out += link(p[1])
    return out


ts = lambda s: (t0 + datetime.timedelta(seconds=s)).isoformat()
lines = ['<?xml version="1.0" encoding="UTF-8" ?>',
         f'<chat xmlns="http://purl.org/net/ulf/ns/0.4-02" account="{ME}" service="Jabber" adiumversion="1.5.10.4" buildid="1.5.10.4-0e8c21f"><event type="windowOpened" sender="{ME}" time="{ts(0)}"/>']
for s, kind, who, c in LOG[1:]:
    if kind == "event": lines.append(f'<event type="{c}" sender="{who}" time="{ts(s)}"/>')
    elif kind == "status": lines.append(f'<status type="{c}" sender="{who}" time="{ts(s)}" alias="{AL[who]}"/>')
    else: lines.append(f'<message sender="{who}" time="{ts(s)}" alias="{AL[who]}"><div><span style="{STY[who]}">{render(c)}</span></div></message>')
lines.append("</chat>")
text = "\n".join(lines) + "\n"
import html
write_only(F, text, keys(F), forms=[html.unescape(text)])
