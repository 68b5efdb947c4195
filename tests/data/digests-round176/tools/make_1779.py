#!/usr/bin/env python3
"""1779: an .eml of a mail forwarded from Tencent Exmail (腾讯企业邮箱, the enterprise edition of QQ Mail), Chinese:
CR LF; the headers QQ Mail's servers write (X-QQ-mid with the send time, X-QQ-SSF, X-QQ-GoodBg, X-QQ-MIME, X-Mailer
«QQMail 2.x», Feedback-ID of the business relay, Message-ID «<tencent_…@qq.com>»), names and subject as GB18030
B-words, multipart/alternative with QQ's «----=_NextPart_<send time in hex>_…» boundary and preamble, a text/plain and a
text/html part, both GB18030 in base64 (lines of 76, the text in canonical CR LF form); the note, QQ's forward block
(«------------------ 原始邮件 ------------------», 发件人 / 发送时间 «yyyy年m月d日(星期X) 时段h:mm» / 收件人 / 主题) and
a Google Groups digest («Today's topic summary», «Group:», «Url:», topics with «[n Updates]», «---------- i of n
----------» message blocks with From / Date / Url, a quoted reply «在 … 写道：», the subscription footer); the HTML
part as QQ Mail builds a forward (the grey header box, the digest below with its URLs linked). The group
ml-reading@googlegroups.com, its members, the lab, Zhang Xin (`zhangxin@nlp-lab.example.cn`), the recipient, the
message ids and the documentation-range IP are invented; vLLM, SGLang, LangGraph, OpenCompass and the SWE-bench
leaderboard are not papers. Nicknames SWE-bench, Reflexion, Self-RAG, MMLU, MT-Bench, PagedAttention appear where the
papers are written in full."""
import base64, datetime as dt, html, os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_raw
from make_expected import by_num, keys
F = by_num(1779)
TZ = dt.timezone(dt.timedelta(hours=8))
GRP = "ml-reading"
GA = f"{GRP}@googlegroups.com"
WD = "一二三四五六日"


def period(h):
    return "凌晨" if h < 6 else "早上" if h < 9 else "上午" if h < 12 else "中午" if h < 13 else "下午" if h < 18 else "晚上"


def qq_time(d):
    h12 = d.hour if d.hour <= 12 else d.hour - 12
    return f"{d.year}年{d.month}月{d.day}日(星期{WD[d.weekday()]}) {period(d.hour)}{h12}:{d:%M}"


t1 = [
    (dt.datetime(2025, 3, 10, 9, 12, 44, tzinfo=TZ), "李娜", "lina@cs.example.edu.cn", "Xa91LpQ0BgAJ",
     "各位好，\n\n"
     "下周读书会想聚焦“怎么评测智能体”。推荐两篇：\n\n"
     f"1. {T('2310.06770')}\n   https://openreview.net/forum?id=VTF8yNQM66\n"
     "   用真实 GitHub issue 来考模型，排行榜上的数字最近涨得很快，值得看看任务到底是怎么构造的。\n"
     f"2. {T('2303.11366')}\n   https://arxiv.org/abs/2303.11366\n"
     "   不改权重，只靠语言形式的“反思”记忆来改进下一次尝试。\n\n"
     "欢迎补充。\n李娜"),
    (dt.datetime(2025, 3, 10, 13, 40, 5, tzinfo=TZ), "王磊", "wanglei@nlp-lab.example.cn", "Hk2Vb7mQCAAJ",
     "在 2025年3月10日星期一 UTC+8 上午9:12:44，李娜 写道：\n"
     "> 下周读书会想聚焦“怎么评测智能体”。推荐两篇：\n\n"
     "补充一点长上下文的视角：智能体的轨迹一长，信息放在中间就容易被忽略。\n"
     f"{T('2307.03172')}\nhttps://arxiv.org/pdf/2307.03172v3\n\n"
     "另外，如果要和通用能力对比，老一点的 "
     f"{T('2009.03300')}（Hendrycks 等，ICLR 2021）\n"
     f"还有用强模型当裁判的 {T('2306.05685')}\n"
     "都可以当背景材料，我们组在 OpenCompass 上跑过的结果也可以拿来讲。\n\n"
     "王磊"),
    (dt.datetime(2025, 3, 10, 21, 5, 31, tzinfo=TZ), "李娜", "lina@cs.example.edu.cn", "Rt4Wc0pNCQAJ",
     "谢谢王磊！再加两篇和“记忆/检索”有关的：\n\n"
     f"- {T('2310.11511')}，arXiv:2310.11511 —— 模型自己决定什么时候检索，并给检索结果打分；\n"
     f"- {T('2010.06891')}（Wu 等，2020），外部记忆跨段读写，和我们用 LangGraph 搭的长会话助手思路接近。\n\n"
     "那就定这几篇，周四下午两点，老地方。"),
]
t2 = [
    (dt.datetime(2025, 3, 10, 16, 2, 18, tzinfo=TZ), "陈磊", "chenlei@nlp-lab.example.cn", "Jm8Tz2kfBwAJ",
     "我们实验室的推理服务下个月要从单卡改成多卡，打算直接上 vLLM。它背后的论文：\n"
     f"{T('2309.06180')}\nhttps://arxiv.org/abs/2309.06180\n"
     "KV cache 按页管理的思路讲得很清楚，建议做部署的同学都读一下。"),
    (dt.datetime(2025, 3, 10, 19, 47, 56, tzinfo=TZ), "赵敏", "zhaomin@cs.example.edu.cn", "Pq3Ld9vWCgAJ",
     "我们这边 vLLM 和 SGLang 都试过，单机 8 卡 70B 模型，吞吐差别不大，主要看批大小和上下文长度。\n"
     "有需要可以把压测脚本发给你。"),
]
topics = [("智能体评测与长上下文", "Qm7Xp3tRk2A", t1), ("推理服务：显存管理", "Vn2Ks8dYw4E", t2)]
dig_at = dt.datetime(2025, 3, 11, 0, 4, 12, tzinfo=TZ)
fwd_at = dt.datetime(2025, 3, 11, 8, 47, 15, tzinfo=TZ)
n_up = sum(len(m) for *_, m in topics)
dsubj = f"Digest for {GA} - {n_up} updates in {len(topics)} topics"
EQ = "=" * 77
D = [EQ, "Today's topic summary", EQ, "", f"Group: {GA}", f"Url: https://groups.google.com/g/{GRP}/topics?utm_source=digest&utm_medium=email", ""]
for name, tid, msgs in topics:
    D.append(f"  - {name} [{len(msgs)} Update{'s' if len(msgs) != 1 else ''}]")
D += ["", ""]
for name, tid, msgs in topics:
    D += [EQ, f"Topic: {name}", f"Url: https://groups.google.com/g/{GRP}/t/{tid}?utm_source=digest&utm_medium=email", EQ, ""]
    prev = None
    for i, (d, who, addr, mid, body) in enumerate(msgs, 1):
        assert prev is None or d > prev; prev = d
        D += [f"---------- {i} of {len(msgs)} ----------", f"From: {who} <{addr}>", f"Date: {d:%b %d %I:%M%p} +0800",
              f"Url: https://groups.google.com/g/{GRP}/c/{tid}/m/{mid}?utm_source=digest&utm_medium=email", "", body, ""]
    D.append("")
D += [EQ, "You received this digest because you're subscribed to updates for this group. You can change your settings on the group membership page:",
      f"https://groups.google.com/g/{GRP}/membership?utm_source=digest&utm_medium=email",
      f"To unsubscribe from this group and stop receiving emails from it send an email to {GRP}+unsubscribe@googlegroups.com."]
note = ["王老师好，", "",
        "转发一下今天 ml-reading 小组的 digest。第一个话题里几篇关于智能体评测和长上下文的文章，和我们下周组会要讨论的",
        "内容正好对上；第二个话题是推理服务，陈磊那边部署的时候可以参考。", "", "张欣", ""]
fw = ["------------------ 原始邮件 ------------------", f'发件人: "{GRP}" <{GA}>;', f"发送时间: {qq_time(dig_at)}",
      f'收件人: "Digest recipients"<{GA}>;', f"主题: {dsubj}", ""]
plain = "\n".join(note + fw + D) + "\n"


def link(s):
    return re.sub(r"(https://[^\s<>&]+(?:&amp;[^\s<>&]+)*)", lambda m: f'<a href="{m[1]}" target="_blank">{m[1]}</a>', s)


H = ['<meta http-equiv="Content-Type" content="text/html; charset=GB18030">']
H += [f"<div>{html.escape(x)}</div>" if x else "<div><br></div>" for x in note[:-1]]
H += ['<div><br></div><div style="font-size: 12px;font-family: Arial Narrow;padding:2px 0 2px 0;">------------------&nbsp;原始邮件&nbsp;------------------</div>',
      '<div style="font-size: 12px;background:#efefef;padding:8px;">',
      f'<div><b>发件人:</b>&nbsp;"{GRP}" &lt;{GA}&gt;;</div>',
      f"<div><b>发送时间:</b>&nbsp;{qq_time(dig_at)}</div>",
      f'<div><b>收件人:</b>&nbsp;"Digest recipients"&lt;{GA}&gt;;<wbr></div>', "<div></div>",
      f"<div><b>主题:</b>&nbsp;{html.escape(dsubj)}</div>", "</div>", "<div><br></div>",
      '<div style="font-family:Arial,Helvetica,sans-serif;font-size:13px">']
for x in D:
    H.append("<div>" + link(html.escape(x, quote=False)).replace("\n", "<br>") + "</div>" if x else "<div><br></div>")
H += ["</div>"]
htm = "\n".join(H) + "\n"
TS = int(fwd_at.timestamp())
BD = f"----=_NextPart_{TS:08X}_0A2B9C60_1E4F7D2B"


def b64(s):
    return base64.encodebytes(s.replace("\n", "\r\n").encode("gb18030")).decode("ascii").replace("\n", "\r\n")


def ew(s):
    return "=?gb18030?B?" + base64.b64encode(s.encode("gb18030")).decode("ascii") + "?="


body = ("This is a multi-part message in MIME format.\r\n\r\n"
        f"--{BD}\r\nContent-Type: text/plain;\r\n\tcharset=\"gb18030\"\r\nContent-Transfer-Encoding: base64\r\n\r\n{b64(plain)}\r\n"
        f"--{BD}\r\nContent-Type: text/html;\r\n\tcharset=\"gb18030\"\r\nContent-Transfer-Encoding: base64\r\n\r\n{b64(htm)}\r\n"
        f"--{BD}--\r\n\r\n")
Hd = [f"X-QQ-mid: bizesmtp87t{TS}t7k2f9q3x",
      "X-QQ-Originating-IP: 4bTqLm2eF1sVpX8cR0yNaKjW5dHgUoZ3iEtB6vCf9Ms=",
      "Received: from WS-ZHANGXIN ( [192.0.2.61])",
      "\tby bizesmtp.qq.com (ESMTP) with SMTP id 0",
      f"\tfor <wangjg@nlp-lab.example.cn>; {fwd_at:%a, %d %b %Y %H:%M:%S} +0800 (CST)",
      "X-QQ-SSF: 00400000000000F0",
      "X-QQ-GoodBg: 1",
      f"From: \"{ew('张欣')}\" <zhangxin@nlp-lab.example.cn>",
      f"To: \"{ew('王建国')}\" <wangjg@nlp-lab.example.cn>",
      f"Subject: {ew('转发：' + dsubj)}",
      "Mime-Version: 1.0",
      f"Content-Type: multipart/alternative;\r\n\tboundary=\"{BD}\"",
      "Content-Transfer-Encoding: 8Bit",
      f"Date: {fwd_at:%a, %d %b %Y %H:%M:%S} +0800",
      "X-Priority: 3",
      f"Message-ID: <tencent_1E4F7D2B0A2B9C60{TS:08X}@qq.com>",
      "X-QQ-MIME: TCMime 1.0 by Tencent",
      "X-Mailer: QQMail 2.x",
      "X-QQ-Mailer: QQMail 2.x",
      "Feedback-ID: bizesmtp:nlp-lab.example.cn:qybglogicsvrgz:qybglogicsvrgz7a-0"]
raw = "\r\n".join(Hd) + "\r\n\r\n" + body
write_raw(F, raw.encode("ascii"), [raw, plain, htm, html.unescape(re.sub(r"<[^>]+>", "", htm))], keys(F))
