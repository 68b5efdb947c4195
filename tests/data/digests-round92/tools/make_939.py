#!/usr/bin/env python3
"""939: a forward sent with Foxmail 7.2 (Chinese edition) by a PhD student of a Chinese NLP lab to the lab's reading
list, as a member's Foxmail saved it (.eml, CRLF): Return-Path and the lab server's Received line, then Foxmail's
headers (Date, From, To, Cc, Subject as `=?gb18030?B?…?=` words, X-Priority, X-GUID, X-Has-Attach, X-Mailer
`Foxmail 7.2.25.228[cn]`, Mime-Version, Message-ID `<YYYYMMDDHHMMSS + digits@host>` from the Date), a
multipart/alternative with the `----=_001_NextPart<12 digits>_=----` boundary: text/plain gb18030 base64 (76-column
lines) and text/html gb18030 quoted-printable (Foxmail's composer markup: `<div>` lines, the 210px `#b5c4df` rule above
the default signature — the account's address —, the quoted header box with `#B5C4DF` top border and `#efefef`
background, 发件人 / 发送时间 / 收件人 / 主题). Forwarded: arXiv's cs daily Subj-class mailing (Computation and Language),
the new submissions cut by the forwarder and three `replaced with revised version` entries kept. His note names the
next sessions' papers: one OpenReview URL, one arXiv id as text, three titles only. The AgentBench repository, the
Chatbot Arena leaderboard, C-Eval's site and a Bilibili video are not papers."""
import base64, html, os, quopri, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, CAT, OR, write_raw
from make_expected import by_num, keys

F = by_num(939)
K = dict(survey="2303.18223", agentbench="2308.03688", middle="2307.03172", cot="2201.11903", react="2210.03629",
         mmlu="2009.03300", sbert="1908.10084", attacks="2307.15043")
CRLF = "\r\n"
ME, ME_ADDR = "周子涵", "zhouzh@nlp.lab.example.cn"
CC_NAME, CC_ADDR = "何晓宇", "hexy@nlp.lab.example.cn"
SUBJECT = "转发：cs daily Subj-class mailing 8a31c 1（附下周读书会安排）"
BOUNDARY = "----=_001_NextPart582034716925_=----"


def enc_word(s, limit=45):
    """RFC 2047 B-words in gb18030, whole characters, at most `limit` encoded bytes of text each"""
    words, cur = [], ""
    for ch in s:
        if len((cur + ch).encode("gb18030")) > limit:
            words.append(cur); cur = ch
        else:
            cur += ch
    words.append(cur)
    return "\r\n\t".join("=?gb18030?B?" + base64.b64encode(w.encode("gb18030")).decode("ascii") + "?=" for w in words)


RULE = "-" * 78
PCT = "%%%---" * 13


def listing_field(label, value):
    words, lines, cur = value.split(" "), [], label + ":"
    for w in words:
        if len(cur) + 1 + len(w) > 79:
            lines.append(cur); cur = "  " + w
        else:
            cur += " " + w
    lines.append(cur)
    return lines


def entry(aid, when, kb, cats, comments):
    s = ["\\\\", f"arXiv:{aid}", f"replaced with revised version {when}   ({kb}kb,D)", ""]
    s += listing_field("Title", T(aid)) + listing_field("Authors", ", ".join(CAT[aid]["authors"]))
    s.append(f"Categories: {cats}")
    s += listing_field("Comments", comments)
    s.append(f"\\\\ ( https://arxiv.org/abs/{aid} ,  {kb}kb)")
    return s


listing = [
    RULE, RULE,
    "Send any comments regarding submissions directly to submitter.",
    RULE,
    "Archives at http://arxiv.org/",
    "To unsubscribe, e-mail To: cs@arXiv.org, Subject: cancel",
    RULE,
    " Submissions to:",
    "Computation and Language",
    " received from  Fri  8 Mar 24 19:00:00 GMT  to  Mon 11 Mar 24 18:00:00 GMT",
    RULE, RULE,
    "[……新投稿和 cross-list 共 214 篇，已删。——子涵]",
    PCT,
] + entry(K["survey"], "Sun, 10 Mar 2024 14:02:11 GMT", 8342, "cs.CL cs.AI",
          "ongoing work; 124 pages, 946 citations") + [RULE] + \
    entry(K["agentbench"], "Mon, 11 Mar 2024 03:47:55 GMT", 4410, "cs.AI cs.CL cs.LG",
          "ICLR 2024; code and data: https://github.com/THUDM/AgentBench") + [RULE] + \
    entry(K["middle"], "Fri, 8 Mar 2024 22:15:40 GMT", 1117, "cs.CL",
          "18 pages, 16 figures. Accepted for publication in Transactions of the Association for "
          "Computational Linguistics (TACL), 2023") + [RULE, PCT]

note = [
    "各位好，",
    "",
    "转一下今天早上的 arXiv cs.CL 邮件。新投稿太多我都删了，只留了三篇 replaced（都是之前组会上提过的）：",
    "",
    "1. 人大那篇综述又更新了，这次加了不少 agent 和评测的章节，写 related work 的同学可以直接对照它的分类。",
    "2. AgentBench 是 ICLR 2024 的最终版，环境比 v1 多了。仓库里有 docker 配置，孙浩说可以先在 A100 那台机器上跑起来。",
    "3. Lost in the Middle 是 TACL 版本，图和 v2 基本一样。",
    "",
    "下周四（3/21）读书会安排，地点还是 FIT 1-315，晚上 7 点：",
    "",
    "- 主讲：何晓宇 —— \"" + T(K["cot"]) + "\"，建议看 OpenReview 上 NeurIPS 的版本，审稿意见也挺有意思：",
    "  https://openreview.net/forum?id=" + OR(K["cot"]),
    "- 对比阅读：" + T(K["react"]) + "（arXiv:2210.03629），就是那篇把推理和调用工具交替起来的，",
    "  和 CoT 放在一起读正好。",
    "- 评测部分林佳怡讲 MMLU，原文题目是 " + T(K["mmlu"]) + "，顺便对比一下 C-Eval（官网 cevalbenchmark.com，不是论文）",
    "  和 Chatbot Arena 排行榜的差别。",
    "",
    "4 月的安全专题：高敏提的 \"" + T(K["attacks"]) + "\" 先放那里，到时候再分工。",
    "",
    "另外有人问检索那块从哪读起 —— 我觉得还是先读 Sentence-BERT 原文 \"" + T(K["sbert"]) + "\"，",
    "再看 Lost in the Middle 里面的检索实验会更好懂。B 站上有个讲 RAG 的视频也可以看看（链接我发群里）。",
    "",
    "子涵",
]
sig_addr = ME_ADDR
fwd_head = [("发件人", "send mail ONLY to cs", "no-reply@arxiv.org"), ("发送时间", "2024-03-12 08:31", None),
            ("收件人", "zhouzh", ME_ADDR), ("主题", "cs daily Subj-class mailing 8a31c 1", None)]

plain = note + ["", "", "", sig_addr, "", " "] + \
    [f"{k}： {v}" for k, v, _ in fwd_head] + listing
plain_text = CRLF.join(plain) + CRLF


def div(s):
    if not s.strip():
        return "<div><br></div>"
    lead = len(s) - len(s.lstrip(" "))
    body = html.escape(s.lstrip(" "), quote=False).replace("  ", " &nbsp;")
    for url in ("https://openreview.net/forum?id=" + OR(K["cot"]),):
        body = body.replace(url, f'<a href="{url}">{url}</a>')
    return "<div>" + "&nbsp;" * lead + body + "</div>"


head_box = "".join(
    f"<div><b>{k}：</b>&nbsp;" + (f'<a href="mailto:{addr}">{html.escape(v)}</a>' if addr else v.replace(" ", "&nbsp;"))
    + "</div>" for k, v, addr in fwd_head)
html_lines = [
    '<html><head><meta http-equiv="content-type" content="text/html; charset=gb18030"><style>body { line-height: 1.5; }'
    'blockquote { margin-top: 0px; margin-bottom: 0px; margin-left: 0.5em; }body { font-size: 14px; font-family: '
    "'Microsoft YaHei UI'; color: rgb(0, 0, 0); line-height: 1.5; }</style></head><body>",
    "<div><span></span>" + html.escape(note[0], quote=False) + "</div>",
] + [div(s) for s in note[1:]] + [
    "<div><br></div>",
    '<hr style="width: 210px; height: 1px;" color="#b5c4df" size="1" align="left">',
    '<div><span><div style="MARGIN: 10px; FONT-FAMILY: verdana; FONT-SIZE: 10pt"><div>' + sig_addr + "</div></div></span></div>",
    '<blockquote style="margin-Top: 0px; margin-Bottom: 0px; margin-Left: 0.5em; margin-Right: inherit"><div>&nbsp;</div>'
    '<div style="border:none;border-top:solid #B5C4DF 1.0pt;padding:3.0pt 0cm 0cm 0cm"><div style="PADDING-RIGHT: 8px; '
    'PADDING-LEFT: 8px; FONT-SIZE: 12px;FONT-FAMILY:tahoma;COLOR:#000000; BACKGROUND: #efefef; PADDING-BOTTOM: 8px; '
    'PADDING-TOP: 8px">' + head_box + "</div></div>",
    "<div>",
] + [div(s) for s in listing] + ["</div>", "</blockquote>", "</body></html>"]
html_text = CRLF.join(html_lines) + CRLF

b64 = base64.encodebytes(plain_text.encode("gb18030")).decode("ascii").replace("\n", CRLF)
qp = quopri.encodestring(html_text.encode("gb18030")).decode("ascii")

headers = [
    f"Return-Path: <{ME_ADDR}>",
    "Received: from DESKTOP-ZZH07 (unknown [10.12.3.45])\r\n\tby mail.nlp.lab.example.cn (Postfix) with ESMTPA id 4TvB1q3R7zz9sWk;"
    "\r\n\tTue, 12 Mar 2024 10:21:36 +0800 (CST)",
    "Date: Tue, 12 Mar 2024 10:21:34 +0800",
    f'From: "{enc_word(ME)}" <{ME_ADDR}>',
    'To: "nlp-reading" <nlp-reading@lab.example.cn>',
    f'Cc: "{enc_word(CC_NAME)}" <{CC_ADDR}>',
    f"Subject: {enc_word(SUBJECT)}",
    "X-Priority: 3",
    "X-GUID: 3F7A9C21-5B8E-4D06-A1E2-7C94B03D58F6",
    "X-Has-Attach: no",
    "X-Mailer: Foxmail 7.2.25.228[cn]",
    "Mime-Version: 1.0",
    "Message-ID: <2024031210213458473912@nlp.lab.example.cn>",
    f'Content-Type: multipart/alternative;\r\n\tboundary="{BOUNDARY}"',
]
msg = CRLF.join(headers) + CRLF + CRLF + "This is a multi-part message in MIME format." + CRLF + CRLF + \
    f"--{BOUNDARY}" + CRLF + 'Content-Type: text/plain;\r\n\tcharset="gb18030"' + CRLF + \
    "Content-Transfer-Encoding: base64" + CRLF + CRLF + b64 + CRLF + \
    f"--{BOUNDARY}" + CRLF + 'Content-Type: text/html;\r\n\tcharset="gb18030"' + CRLF + \
    "Content-Transfer-Encoding: quoted-printable" + CRLF + CRLF + qp + CRLF + \
    f"--{BOUNDARY}--" + CRLF + CRLF
write_raw(F, msg.encode("ascii"), [plain_text, html.unescape(html_text), ME, CC_NAME, SUBJECT], keys(F))
