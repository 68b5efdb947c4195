#!/usr/bin/env python3
"""1119: a Korean student forwards three entries of arXiv's cs daily Subj-class mailing (the replacements part) from
Daum Mail (the web mailer, an invented address on an example domain) to her reading group, with a Korean note adding
four more papers. Saved as .eml: CRLF, RFC 2047 subject, multipart/alternative with text/plain and text/html parts in
base64 (76-character lines, computed). The listing keeps arXiv's TeX escapes in author names and its 80-column
folding (computed)."""
import base64, html, os, sys, textwrap
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, CAT, write_raw
from make_expected import F1119, keys

SEP = "-" * 78


def fold(label, value):
    lines = textwrap.wrap(f"{label}: {value}", 79, subsequent_indent="  ", break_long_words=False, break_on_hyphens=False)
    return "\n".join(lines)


def entry(aid, when, size, cats, comments, authors_tex):
    return "\n".join([SEP, "\\\\", f"arXiv:{aid}", f"replaced with revised version {when}   ({size}kb)", "",
                      fold("Title", T(aid)), fold("Authors", authors_tex), f"Categories: {cats}",
                      fold("Comments", comments), f"\\\\ ( https://arxiv.org/abs/{aid} ,  {size}kb)"])


listing = "\n".join([
    entry("2006.04768", "Mon, 4 Mar 2024 12:30:02 GMT", 611, "cs.LG stat.ML",
          "typo fixes in Table 2", "Sinong Wang, Belinda Z. Li, Madian Khabsa, Han Fang, Hao Ma"),
    entry("2006.16236", "Mon, 4 Mar 2024 09:12:55 GMT", 1480, "cs.LG stat.ML",
          "ICML 2020, project at https://linear-transformers.com/", "Angelos Katharopoulos, Apoorv Vyas, Nikolaos Pappas, Fran\\c{c}ois Fleuret"),
    entry("2103.14636", "Mon, 4 Mar 2024 16:41:09 GMT", 2131, "cs.LG cs.CL",
          "Accepted at ACM Computing Surveys. 40 pages, 18 figures", "Quentin Fournier, Ga\\'etan Marceau Caron, Daniel Aloise"),
    SEP])

note = f"""안녕하세요, 지우입니다.

오늘 아침 cs 리스팅 replacements 쪽에 효율적 어텐션 관련 예전 논문 세 편이 한꺼번에 새 버전으로 올라와서,
다음 주 목요일(3/14) 읽기모임은 이걸로 하면 어떨까 싶어 아래에 그대로 붙여 둡니다.
서베이는 ACM CSUR 게재 버전으로 바뀌면서 분류표가 꽤 정리됐어요.

같이 보면 좋을 것들 (링크 없는 건 각자 찾아 주세요):
 1) {T('2011.04006')}
    - 벤치마크라 비교표 볼 때 필수. 리뷰 코멘트까지 보려면 OpenReview 버전: https://openreview.net/forum?id=qVyeW-grC2k
 2) {T('2004.05150')} (arXiv:2004.05150)
    - 슬라이딩 윈도우 + 글로벌 토큰. 한국어 긴 문서 실험에 쓸 후보
 3) "{T('1904.10509')}" - OpenAI, 2019. 희소 패턴의 원조
 4) {T('2202.10447')} (FLASH라고 부르는 그 논문, ICML 2022)
    발표는 민석 씨가 맡아 주기로 했습니다.
 5) 시간 남으면 {T('2006.03236')} 도요.

비논문 자료: Lilian Weng 블로그 "The Transformer Family Version 2.0", xformers 라이브러리 문서.
장소는 공학관 412호, 오후 4시입니다.

한지우 드림
"""

fwd_head = """---------- 원본 메일 ----------
보낸사람: no-reply@arxiv.org
받는사람: jiwoo.han@hanmail.example.net
날짜: 24.03.05 09:52 GMT +0900
제목: cs daily Subj-class mailing 9b5 3
"""
plain = note + "\n\n" + fwd_head + "\n" + listing + "\n"


def to_html(t):
    out = []
    for l in t.split("\n"):
        e = html.escape(l, quote=False).replace("  ", "&nbsp; ")
        out.append(e if e else "")
    return '<div style="font-family:\'맑은 고딕\',\'Malgun Gothic\',sans-serif;font-size:10pt">' + "<br>".join(out) + "</div>"


html_part = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=UTF-8\"></head><body>" + \
    to_html(note) + "<br><br><div style=\"border-top:1px solid #ccc;padding-top:6px\">" + to_html(fwd_head + "\n" + listing) + "</div></body></html>"


def b64(s):
    e = base64.b64encode(s.replace("\n", "\r\n").encode("utf-8")).decode("ascii")
    return "\r\n".join(e[i:i + 76] for i in range(0, len(e), 76))


subj = "[읽기모임] FW: cs daily Subj-class mailing 9b5 3"
subj_enc = "=?UTF-8?B?" + base64.b64encode(subj.encode("utf-8")).decode("ascii") + "?="
name_enc = "=?UTF-8?B?" + base64.b64encode("한지우".encode("utf-8")).decode("ascii") + "?="
B = "----=_Part_48213_1709600412.5519"
msg = "\r\n".join([
    "Return-Path: <jiwoo.han@hanmail.example.net>",
    "Received: from wmail-af03.hanmail.example.net (wmail-af03.hanmail.example.net [203.0.113.58])",
    "\tby mx2.lab.example.ac.kr with ESMTP id 4TpQ7h2cWdz9sH3",
    "\tfor <attn-reading@lab.example.ac.kr>; Tue, 05 Mar 2024 10:20:14 +0900 (KST)",
    "Date: Tue, 05 Mar 2024 10:20:12 +0900 (KST)",
    f"From: {name_enc} <jiwoo.han@hanmail.example.net>",
    "To: attn-reading@lab.example.ac.kr",
    "Cc: minseok.kang@lab.example.ac.kr",
    "Message-ID: <20240305102012.Wm7qXa3bS0uN4eYtJc1R8g@hanmail.example.net>",
    f"Subject: {subj_enc}",
    "MIME-Version: 1.0",
    "X-Mailer: Daum Web Mailer v1.0",
    "X-Originating-IP: [198.51.100.23]",
    f'Content-Type: multipart/alternative; boundary="{B}"',
    "",
    f"--{B}",
    "Content-Type: text/plain; charset=UTF-8",
    "Content-Transfer-Encoding: base64",
    "",
    b64(plain),
    f"--{B}",
    "Content-Type: text/html; charset=UTF-8",
    "Content-Transfer-Encoding: base64",
    "",
    b64(html_part),
    f"--{B}--",
    ""])
write_raw(F1119, msg.encode("ascii"), [msg, plain, html.unescape(html_part), subj], keys(F1119))
