#!/usr/bin/env python3
"""1279: an arXiv cs daily listing forwarded from Samsung Email (Galaxy phone) with a Korean note, saved by the
recipient as .eml (CRLF). Samsung Email's header set (Date, Message-ID and X-Android-Message-ID at
email.android.com, Subject, From with an RFC 2047 B-word name, To, Importance, X-Priority, X-MSMail-Priority,
MIME-Version, Content-Type) and its multipart/alternative with the `--_com.samsung.android.email_<digits>` boundary
(so delimiter lines start `----_com…`); both parts UTF-8 in base64 (76-column lines). The plain part: the note, the
Korean default signature, the `-------- 원본 이메일 --------` header (발신 / 날짜 / 수신 / 제목) and the listing; the HTML
part: `<div dir="auto">` lines, `id="composer_signature"`, the forwarded header block and the listing under `<br>`.
The listing keeps one new entry (with its abstract) and three `replaced with revised version` entries (the writer
says she cut the rest); author names in arXiv's TeX accents. Papers: the listing's closing abs links, an `arXiv:` id
and three titles alone in the note; the lab NAS, a code directory in a repository and a room are not papers."""
import base64, datetime as dt, html, os, sys, textwrap
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, authors, write_raw
from make_expected import F1279, keys

KST = dt.timezone(dt.timedelta(hours=9))
SENT = dt.datetime(2024, 3, 7, 10, 14, 52, tzinfo=KST)
NAME, ME = "한지우", "jiwoo.han@vision.snu.example.ac.kr"
TO = "genmodel-study@vision.snu.example.ac.kr"
MID = "9c4qz1w7ehk2m5x8rba3tjnd.1709774092418@email.android.com"
AMID = "d71vx0k3p8yq2ncm6szhe4fb.1709774092418@email.android.com"
BOUND = "--_com.samsung.android.email_2386011451532090"


def tex(s):
    return s.replace("ü", '\\"u').replace("ö", '\\"o').replace("é", "\\'e").replace("è", "\\`e")


def wrap(prefix, text):
    return textwrap.wrap(prefix + text, 80, subsequent_indent="  ", break_on_hyphens=False, break_long_words=False)


RULE = "-" * 78
NEW = ("2403.03206", "Tue, 5 Mar 2024 22:08:41 GMT", 38412, "cs.CV",
       "Diffusion models turn noise into data by reversing a forward noising process; rectified flow instead connects data and noise along a straight line. We revisit noise sampling for training rectified flow models by biasing it towards perceptually relevant scales, and introduce a transformer-based architecture for text-to-image generation that uses separate weights for the two modalities with a bidirectional flow of information between image and text tokens. Our largest models outperform state-of-the-art models in human preference evaluations.")
REPL = [  # (id, replaced time GMT, size kb, categories, comments)
    ("2106.05931", "Tue, 5 Mar 2024 23:51:09 GMT", 29770, "stat.ML cs.LG", "NeurIPS 2021"),
    ("2303.11328", "Wed, 6 Mar 2024 04:12:37 GMT", 9817, "cs.CV cs.GR cs.RO", "Website: https://zero123.cs.columbia.edu/"),
    ("2301.12597", "Wed, 6 Mar 2024 11:30:58 GMT", 1374, "cs.CV", None),
]
listing = [RULE, RULE, "Send any comments regarding submissions directly to submitter.", RULE,
           "Archives at http://arxiv.org/", "To unsubscribe, e-mail To: cs@arXiv.org, Subject: cancel", RULE,
           " Submissions to:", "Computer Vision and Pattern Recognition", "Machine Learning",
           " received from  Tue  5 Mar 24 19:00:00 GMT  to  Wed  6 Mar 24 19:00:00 GMT", RULE]
aid, when, kb, cats, abst = NEW
listing += ["\\\\", f"arXiv:{aid}", f"Date: {when}   ({kb}kb,D)", ""]
listing += wrap("Title: ", T(aid)) + wrap("Authors: ", tex(", ".join(authors(aid))))
listing += [f"Categories: {cats}", "\\\\"]
listing += textwrap.wrap(abst, 78, initial_indent="  ", subsequent_indent="  ", break_on_hyphens=False)
listing += [f"\\\\ ( https://arxiv.org/abs/{aid} ,  {kb}kb)", RULE,
            "[... 새 논문 나머지 214편, cross-list 131편은 지웠어요 — 지우 ...]", RULE, "%%%---" * 13]
for aid, when, kb, cats, com in REPL:
    listing += ["\\\\", f"arXiv:{aid}", f"replaced with revised version {when}   ({kb}kb,D)", ""]
    listing += wrap("Title: ", T(aid)) + wrap("Authors: ", tex(", ".join(authors(aid))))
    listing += [f"Categories: {cats}"] + (wrap("Comments: ", com) if com else [])
    listing += [f"\\\\ ( https://arxiv.org/abs/{aid} ,  {kb}kb)", RULE]
listing += ["%%%---" * 13]

note = [
    "다들 안녕하세요,",
    "",
    "오늘 아침 cs 리스팅에서 우리 생성모델 스터디랑 관련된 것만 남기고 나머지는 지웠어요. 새 논문 1편, 갱신(replaced) 3편입니다.",
    "",
    "- SD3 논문이 드디어 올라왔네요. 다음 주 목요일 발표는 이걸로 바꿀게요 (제가 맡겠습니다).",
    f"- 지난번에 얘기한 CFG는 arXiv:2207.12598 ({T('2207.12598')}) 그대로 보시면 됩니다. 짧아요.",
    f"- 복습용으로 {T('1503.03585')}, 그리고 {T('2010.02502')} 두 편은 연구실 NAS의 /papers/diffusion 폴더에 PDF 있어요.",
    f"- 민호 씨가 물어본 그래프 기반 물리 시뮬레이션 논문은 \"{T('2010.03409')}\"예요. 코드는 google-deepmind/deepmind-research 저장소의 meshgraphnets 폴더.",
    "",
    "스터디 장소는 그대로 302동 315호, 오후 4시입니다.",
    "",
    "지우 드림",
]
sig = "Galaxy 스마트폰에서 보냈습니다."
fwd = ["-------- 원본 이메일 --------",
       "발신: send mail ONLY to cs <no-reply@arxiv.org>",
       "날짜: 2024. 3. 7. 오전 10:02 (GMT+09:00)",
       f"수신: {ME}",
       "제목: cs daily Subj-class mailing 2403 7"]
plain = "\n".join(note + ["", "", sig, "", *fwd, "", *listing]) + "\n"
E = lambda s: html.escape(s, quote=False)
hl = ['<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body dir="auto">']
hl += [f'<div dir="auto">{E(l) if l else "<br>"}</div>' for l in note]
hl += ['<div dir="auto"><br></div><div dir="auto"><br></div>',
       f'<div id="composer_signature" dir="auto"><div style="font-size:85%;color:#575757" dir="auto">{E(sig)}</div></div>',
       '<div dir="auto"><br></div>',
       '<div align="left" dir="auto" style="font-size:100%;color:#000000">' + "".join(f"<div>{E(l)}</div>" for l in fwd) + "</div>"]
hl += ["<br>".join(E(l) for l in listing) + "<br>", "</body></html>"]
htm = "\n".join(hl)


def b64(s):
    return base64.encodebytes(s.encode("utf-8")).decode("ascii").replace("\n", "\r\n")


def bword(s):
    return "=?UTF-8?B?" + base64.b64encode(s.encode("utf-8")).decode("ascii") + "?="


head = [
    f"Return-Path: <{ME}>",
    "Received: from mx2.vision.snu.example.ac.kr (mx2.vision.snu.example.ac.kr [192.0.2.41])\r\n\tby mail.vision.snu.example.ac.kr (Postfix) with ESMTPS id 4TqxH21LzMz3wKp\r\n"
    f"\tfor <{TO}>; Thu,  7 Mar 2024 10:14:55 +0900 (KST)",
    "Received: from [10.112.33.87] ([198.51.100.24])\r\n\tby smtp.vision.snu.example.ac.kr with ESMTPSA id 1f3c9a2e\r\n\t(TLS1.3:TLS_AES_256_GCM_SHA384:256); Thu, 07 Mar 2024 10:14:53 +0900",
    "Date: " + SENT.strftime("%a, %d %b %Y %H:%M:%S %z"),
    f"Message-ID: <{MID}>",
    f"X-Android-Message-ID: <{AMID}>",
    "Subject: Fwd: cs daily Subj-class mailing 2403 7",
    f"From: {bword(NAME)} <{ME}>",
    f"To: {TO}",
    "Importance: Normal",
    "X-Priority: 3",
    "X-MSMail-Priority: Normal",
    "MIME-Version: 1.0",
    f'Content-Type: multipart/alternative; boundary="{BOUND}"',
]
body = (f"--{BOUND}\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n{b64(plain)}"
        f"--{BOUND}\r\nContent-Type: text/html; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n{b64(htm)}"
        f"--{BOUND}--\r\n")
raw = "\r\n".join(head) + "\r\n\r\n" + body
write_raw(F1279, raw.encode("ascii"), [raw, plain, htm, html.unescape(htm)], keys(F1279))
