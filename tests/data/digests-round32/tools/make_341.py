#!/usr/bin/env python3
"""341: a final-year undergraduate's first e-mail to a professor whose lab she hopes to join for a master's degree
(a "컨택 메일"), as Gmail sent it and she kept it (Show original › Download, `.eml`): CRLF, multipart/alternative with
a text/plain and a text/html part, both UTF-8 in base64 (76-column lines), RFC 2047 B-encoded Subject and From
name, Gmail's Message-ID and boundary shape. Korean (the people and the university are invented). What such a mail
has: greeting, who she is (school, year, GPA), why this lab, the papers she has read and reproduced, a request for a
short meeting, the CV as a Drive link, sign-off with phone number. In the text part links follow their text in
<…>, in the HTML part they are <a href>. Papers: the numbered list and the prose — an arXiv abs URL, OpenReview forum
URLs (link), "arXiv:ID" (arxiv-text), titles alone (title-only); LangChain, the CV link and the lab page are not
papers."""
import base64, html, os, re, sys
from email.header import Header
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_raw
from make_expected import F341, keys

B = "000000000000f3a71c0619a4e2b8"
ITEMS = [  # (text, url or None)
    (T("2210.03629"), f"https://openreview.net/forum?id={OR('2210.03629')}"),
    (T("2302.04761"), None),
    (T("2303.11366"), "https://arxiv.org/abs/2303.11366"),
    (T("2304.03442"), None),
    (T("2305.16291"), None),
    (f"{T('2308.03688')} (arXiv:2308.03688)", None),
    (T("2310.06770"), f"https://openreview.net/forum?id={OR('2310.06770')}"),
    (T("2310.08560"), None),
    (T("2310.11511"), "https://arxiv.org/abs/2310.11511"),
]
P1 = ["김민준 교수님께,", "",
      "안녕하세요, 교수님. 저는 한빛대학교 컴퓨터공학과 4학년에 재학 중인 이서연입니다. 2025년 전기 석사과정 입학을 준비하고 있으며, "
      "교수님 연구실의 LLM 에이전트 연구에 관심이 많아 이렇게 연락드립니다.", "",
      f"처음 이 분야에 관심을 갖게 된 것은 {T('2303.18223')}를 읽으면서였습니다. 특히 {T('2206.07682')}와 "
      f"{T('2207.05221')} (arXiv:2207.05221)를 읽고, 모델이 스스로 무엇을 모르는지 판단하는 문제가 에이전트의 신뢰성과 "
      f"직결된다고 생각하게 되었습니다. 평가에 대해서는 {T('2206.04615')}도 일부 읽었습니다.", "",
      "지난 1년 동안 학부 연구생으로 아래 논문들을 읽고, 그중 1번과 3번은 LangChain 없이 직접 구현해 보았습니다.", ""]
P2 = ["", "특히 7번 벤치마크에서 에이전트가 실패하는 사례를 분석하면서, 기억과 자기 반성을 결합하는 방법에 관심이 생겼습니다. "
      "교수님 연구실에서 이 방향으로 연구할 수 있다면 정말 기쁘겠습니다.", "",
      "혹시 시간이 괜찮으시다면 15분 정도 온라인으로 면담을 할 수 있을지 여쭙고 싶습니다. 이력서와 성적표는 아래 링크에 "
      "올려 두었습니다(학점 4.21/4.5).", "", "이력서: https://drive.google.com/file/d/1Qx7cVn0sEyL-example/view", "",
      "바쁘신 와중에 긴 메일 읽어 주셔서 감사합니다.", "", "이서연 드림", "한빛대학교 컴퓨터공학과 4학년",
      "010-2345-6789"]
plain = P1 + [f"{i}. {t}" + (f" <{u}>" if u else "") for i, (t, u) in enumerate(ITEMS, 1)] + P2
text = "\r\n".join(plain) + "\r\n"


def h(s):
    return html.escape(s, quote=False)


hp = ['<div dir="ltr">']
for l in P1[:-1]:
    hp.append(f"<div>{h(l)}</div>" if l else "<div><br></div>")
hp.append("<ol>" + "".join(f'<li><a href="{u}">{h(t)}</a></li>' if u else f"<li>{h(t)}</li>" for t, u in ITEMS) + "</ol>")
for l in P2[1:]:
    l2 = re.sub(r"(https://\S+)", r'<a href="\1">\1</a>', h(l))
    hp.append(f"<div>{l2}</div>" if l else "<div><br></div>")
hp.append("</div>")
htm = "".join(hp) + "\r\n"


def b64(s):
    e = base64.b64encode(s.encode("utf-8")).decode("ascii")
    return "\r\n".join(e[i:i + 76] for i in range(0, len(e), 76))


def enc_word(s, field):
    """RFC 2047 B words, folded as the header would be (each encoded word at most 75 characters)"""
    return Header(s, "utf-8", header_name=field).encode(linesep="\r\n").replace("=?utf-8?b?", "=?UTF-8?B?")


hdr = ["MIME-Version: 1.0", "Date: Tue, 5 Nov 2024 09:12:44 +0900",
       "Message-ID: <CAH7kQx2mVb+9rW3T0fY8dJ4=pNq5sLx1ZcA0eUo@mail.gmail.com>",
       "Subject: " + enc_word("[석사과정 지원 문의] LLM 에이전트 연구 관련 면담 요청드립니다", "Subject"),
       "From: " + enc_word("이서연", "From") + " <seoyeon.lee.hb@gmail.com>",
       "To: mjkim@ai.hanbit-univ.example",
       f'Content-Type: multipart/alternative; boundary="{B}"']
raw = "\r\n".join(hdr) + "\r\n\r\n" + "\r\n".join([
    f"--{B}", 'Content-Type: text/plain; charset="UTF-8"', "Content-Transfer-Encoding: base64", "", b64(text), "",
    f"--{B}", 'Content-Type: text/html; charset="UTF-8"', "Content-Transfer-Encoding: base64", "", b64(htm), "",
    f"--{B}--", ""])
write_raw(F341, raw.encode("ascii"), [text, html.unescape(re.sub(r"<[^>]+>", "\n", htm))], keys(F341))
