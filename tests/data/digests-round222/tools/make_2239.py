#!/usr/bin/env python3
"""2239: a reading list of a generative-models reading group at Hainan University (海南大学, Haikou), forwarded from QQ Mail
(web) by a student to two newcomers and saved as .eml (as remembered: the X-QQ-* headers, «X-QQ-MIME: TCMime 1.0 by
Tencent», «X-Mailer: QQMail 2.x», a Message-ID «<tencent_…@qq.com>», multipart/alternative with the boundary
«----=_NextPart_XXXXXXXX_XXXXXXXX_XXXXXXXX», «This is a multi-part message in MIME format.», a text/plain and a text/html
part, both charset="gb18030" and base64 in lines of 76; encoded-word From and Subject in gb18030 «B»; the forward block
«------------------&nbsp;原始邮件&nbsp;------------------» — the «&nbsp;» left in the plain part as QQ Mail leaves it —
with «发件人: / 发送时间: yyyy年m月d日(星期x) 晚上h:mm / 收件人: / 主题:», the Subject «转发：» + the original's).
Chinese with English titles. Computed: both dates (the original before the forward, asserted), the base64 bodies
(lines ≤ 76), the boundary from the Date, the Message-ID from sha1, CR LF line ends, the HTML part from the plain one
(html.escape, links as <a>)."""
import base64, datetime as dt, email.utils, hashlib, html, os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_raw
from make_expected import by_num, keys
F = by_num(2239)
TZ = dt.timezone(dt.timedelta(hours=8))
orig_d = dt.datetime(2026, 4, 13, 18, 2, 0, tzinfo=TZ)
fwd_d = dt.datetime(2026, 4, 14, 9, 12, 44, tzinfo=TZ)
assert orig_d < fwd_d
WD = "一二三四五六日"
SUBJ = "生成模型读书会 第5期 阅读清单（4月16日）"


def ampm(d):
    h = d.hour
    part = "凌晨" if h < 6 else "早上" if h < 9 else "上午" if h < 12 else "中午" if h < 13 else "下午" if h < 18 else "晚上"
    return f"{part}{h % 12 if h % 12 else 12}:{d.minute:02d}"


orig_date = f"{orig_d.year}年{orig_d.month}月{orig_d.day}日(星期{WD[orig_d.weekday()]}) {ampm(orig_d)}"
LINES = [
 "陈雨桐、王浩你们好：",
 "",
 "你们刚加入读书会，没收到林老师上周发的清单，我转发一下。周四（4月16日）晚上7点在信息楼B302，",
 "每人讲一篇，15分钟左右。讲稿放到群文件里就行。",
 "",
 "符晓琳",
 "海南大学 计算机科学与技术学院 2024级硕士",
 "",
 "",
 "------------------&nbsp;原始邮件&nbsp;------------------",
 "发件人: \"林海\"<linhai@hnu.example.cn>;",
 f"发送时间: {orig_date}",
 "收件人: \"生成模型读书会\"<genmodel-rg@hnu.example.cn>;",
 f"主题: {SUBJ}",
 "",
 "各位同学：",
 "",
 "第5期我们把扩散模型/score-based 方法和多模态串起来读。必读五篇：",
 "",
 f"1. {T('1907.05600')}",
 "   https://arxiv.org/abs/1907.05600 （NCSN，宋飏的经典工作）",
 f"2. {T('2106.05931')}（LSGM，arXiv:2106.05931，NeurIPS 2021）",
 f"3. {T('2204.06125')}",
 "   https://arxiv.org/pdf/2204.06125.pdf （就是 DALL·E 2）",
 f"4. {T('2403.03206')} http://arxiv.org/abs/2403.03206v1 （SD3 的技术报告）",
 f"5. {T('2301.12597')}：https://arxiv.org/abs/2301.12597",
 "",
 "选读（没有放链接，自己搜一下）：",
 f"- {T('2303.11328')}，做三维重建的同学可以看看；",
 f"- {T('2012.07177')}，和我们实验室的数据增强课题有关；",
 f"- {T('2205.06175')}（Gato），了解一下通用智能体的思路。",
 "",
 "不是论文但推荐：《动手学深度学习》第二版（zh.d2l.ai）、Hugging Face 的 diffusers 库、苏剑林的博客“科学空间”里关于扩散模型的系列文章，",
 "还有李宏毅老师的机器学习课程视频。",
 "",
 "林海",
]
plain = "\r\n".join(LINES) + "\r\n"


def to_html(lines):
    out = []
    for l in lines:
        if l == "":
            out.append("<div><br></div>"); continue
        s = html.escape(l, quote=False).replace("&amp;nbsp;", "&nbsp;")
        s = re.sub(r"(https?://[^\s（）：]+)", r'<a href="\1">\1</a>', s)
        out.append(f"<div>{s}</div>")
    return ('<meta http-equiv="Content-Type" content="text/html; charset=GB18030">'
            + "".join(out))


htm = to_html(LINES)


def b64lines(s):
    b = base64.b64encode(s.encode("gb18030")).decode("ascii")
    ls = [b[i:i + 76] for i in range(0, len(b), 76)]
    assert all(len(x) <= 76 for x in ls)
    return ls


def ew(s):
    return "=?gb18030?B?" + base64.b64encode(s.encode("gb18030")).decode("ascii") + "?="


h = hashlib.sha1(b"2239 qqmail").hexdigest().upper()
ts = int(fwd_d.timestamp())
BOUND = f"----=_NextPart_{ts:08X}_{h[:8]}_{h[8:16]}"
head = [
 "Return-Path: <2870564193@qq.com>",
 "Received: from xmbg-sh.qq.com (xmbg-sh.qq.com [203.0.113.27])",
 f"\tby mx.hnu.example.cn with ESMTPS; {email.utils.format_datetime(fwd_d + dt.timedelta(seconds=3))}",
 f"X-QQ-mid: xmsmtpt{ts}t{h[16:26].lower()}",
 f"From: \"{ew('符晓琳')}\" <2870564193@qq.com>",
 f"To: \"{ew('陈雨桐')}\" <chenyutong@hnu.example.cn>, \"{ew('王浩')}\" <wanghao@hnu.example.cn>",
 f"Subject: {ew('转发：' + SUBJ)}",
 "Mime-Version: 1.0",
 "Content-Type: multipart/alternative;",
 f"\tboundary=\"{BOUND}\"",
 "Content-Transfer-Encoding: 8Bit",
 f"Date: {email.utils.format_datetime(fwd_d)}",
 "X-Priority: 3",
 f"Message-ID: <tencent_{h[:40]}@qq.com>",
 "X-QQ-MIME: TCMime 1.0 by Tencent",
 "X-Mailer: QQMail 2.x",
 "X-QQ-Mailer: QQMail 2.x",
]
body = ["This is a multi-part message in MIME format.", "",
        f"--{BOUND}", "Content-Type: text/plain;", '\tcharset="gb18030"', "Content-Transfer-Encoding: base64", ""]
body += b64lines(plain) + ["", f"--{BOUND}", "Content-Type: text/html;", '\tcharset="gb18030"',
                           "Content-Transfer-Encoding: base64", ""]
body += b64lines(htm) + ["", f"--{BOUND}--", ""]
raw = "\r\n".join(head + [""] + body)
write_raw(F, raw.encode("ascii"), [raw, plain, html.unescape(re.sub(r"<[^>]+>", "\n", htm))], keys(F))
