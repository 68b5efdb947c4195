#!/usr/bin/env python3
"""1059: a forward from NetEase 163 webmail (Coremail) as the recipient's client saved it (.eml, CRLF): Coremail's
headers (the `user$domain` webmail Received line, X-Mailer, X-Coremail-Locale, Coremail Message-ID, GBK encoded-words,
a JavaMail-style `----=_Part_` boundary), a DKIM signature whose bh is the relaxed body hash of this body, and a
multipart/alternative of text/plain and text/html, both GBK and base64 (76-character lines). The Chinese note
(思远, a PhD student) names three more papers by title and two by id / OpenReview URL; below it Coremail's forward
block ("-------- 转发邮件信息 --------") and the arXiv cs.CL daily mailing he trimmed to three entries (one
cross-list, two replacements), each closed by `\\\\ ( https://arxiv.org/abs/<id> ,  <size>kb)`. The HTML part is the
editor's <div>s, the forward block and the listing in a <pre>, and NetEase's `neteasefooter` span.
Not papers: lm-evaluation-harness, the Open LLM Leaderboard, the lab's shared drive. Nicknames not labelled on their
own: GCG, Chinchilla, CoT."""
import base64, hashlib, html, os, re, sys, textwrap
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, authors, write_raw
from make_expected import by_num, keys

F = by_num(1059)
K = dict(agent="2308.03688", gcg="2307.15043", survey="2303.18223", cot="2201.11903", chin="2203.15556",
         emergent="2206.07682", switch="2101.03961", textbooks="2306.11644")
SEP = "-" * 78
BOUND = "----=_Part_391276_1129736043.1691547761234"
ABS_AGENT = ("Large Language Models (LLMs) are becoming increasingly smart and autonomous, targeting real-world "
             "pragmatic missions beyond traditional NLP tasks. As a result, there has been an urgent need to evaluate "
             "LLMs as agents on challenging tasks in interactive environments. We present AgentBench, a "
             "multi-dimensional evolving benchmark that currently consists of 8 distinct environments to assess "
             "LLM-as-Agent's reasoning and decision-making abilities in a multi-turn open-ended generation setting. "
             "Our extensive test over 25 LLMs (including APIs and open-sourced models) shows that, while top "
             "commercial LLMs present a strong ability of acting as agents in complex environments, there is a "
             "significant disparity in performance between them and open-sourced competitors. Datasets, "
             "environments, and an integrated evaluation package for AgentBench are released.")


def wrap_authors(names):
    return textwrap.fill("Authors: " + ", ".join(names), width=80, subsequent_indent="  ", break_on_hyphens=False)


def entry(aid, kind, dateline, size, cats, comments, abstract=None):
    lines = ["\\\\", f"arXiv:{aid}" + (f" (*{kind}*)" if kind else ""), dateline + f"   ({size}kb,D)", "",
             textwrap.fill(f"Title: {T(aid)}", width=80, subsequent_indent="  ", break_on_hyphens=False), wrap_authors(authors(aid)), f"Categories: {cats}"]
    if comments: lines.append(f"Comments: {comments}")
    if abstract:
        lines.append("\\\\")
        lines += textwrap.wrap(abstract, width=78, initial_indent="  ", subsequent_indent="", break_on_hyphens=False)
    lines.append(f"\\\\ ( https://arxiv.org/abs/{aid} ,  {size}kb)")
    lines.append(SEP)
    return "\n".join(lines) + "\n"


listing = (SEP + "\n" + SEP + "\nSend any comments regarding submissions directly to submitter.\n" + SEP +
           "\nArchives at http://arxiv.org/\nTo unsubscribe, e-mail To: cs@arXiv.org, Subject: cancel\n" + SEP +
           "\n Submissions to:\nComputation and Language\n received from  Mon  7 Aug 23 18:00:00 GMT  to  Tue  8 Aug 23 18:00:00 GMT\n"
           + SEP + "\n" + SEP + "\n（中间 68 条新投稿略——思远）\n" + "%%--" * 20 + "\n" + SEP + "\n"
           + entry(K["agent"], "cross-listing", "Date: Mon, 7 Aug 2023 17:43:08 GMT", 2263, "cs.AI cs.CL cs.LG",
                   "38 pages", ABS_AGENT)
           + "（其余 41 条 cross-list 略）\n" + "%%%---" * 13 + "\n" + SEP + "\n"
           + entry(K["gcg"], "replaced", "replaced with revised version Tue, 8 Aug 2023 01:12:45 GMT", 1256,
                   "cs.CL cs.AI cs.CR cs.LG", "Website: http://llm-attacks.org/")
           + entry(K["survey"], "replaced", "replaced with revised version Mon, 7 Aug 2023 19:36:02 GMT", 9102,
                   "cs.CL cs.AI", "ongoing work; 58 pages, 363 references")
           + "（其余替换略）\n" + "%%--" * 20 + "\n---\n")

note = f"""各位好，

今天 cs.CL 的列表我剪了一下，只留了跟我们组这学期方向（大模型的规模、评测和安全）相关的三条，原邮件太长就不全贴了：
1. AgentBench 是今天新出的（cross-list），做 agent 评测的同学看一下，和我们想搭的评测框架很像；
2. GCG 那篇（通用对抗后缀）今天更新了版本，安全小组上周讨论过；
3. 人大那篇综述又更新了，写 related work 的时候直接引最新版。

另外上次组会提到、还没发链接的几篇：
- {T(K["cot"])}，NeurIPS 版本在 OpenReview：https://openreview.net/forum?id={OR(K["cot"])}
- Chinchilla：{T(K["chin"])}（arXiv:{K["chin"]}），周五读书会我来讲；
- {T(K["emergent"])}（TMLR 2022）、{T(K["switch"])}、{T(K["textbooks"])}
  这三篇大家自己搜一下，PDF 我放组里网盘“读书会/2023秋”文件夹了。

评测代码先用 EleutherAI 的 lm-evaluation-harness（GitHub 上那个库），排行榜参考 Hugging Face 的 Open LLM Leaderboard，这两个都不是论文，不用引。

思远
"""
fwd = """-------- 转发邮件信息 --------
发件人："arXiv" <no-reply@arxiv.org>
发送日期：2023-08-09 09:14:22
收件人："cs daily title/abstract distribution" <rabble@arxiv.org>
主题：cs daily Subj-class mailing 1011 1
"""
plain = note + "\n\n" + fwd + "\n" + listing

esc = lambda s: html.escape(s, quote=False)
divs = "".join(f"<div>{esc(l) if l else '<br>'}</div>" for l in note.rstrip("\n").split("\n"))
hpart = ('<div style="line-height:1.7;color:#000000;font-size:14px;font-family:Arial">' + divs +
         '<br><br><br><div style="position:relative;zoom:1">' + "<br>".join(esc(l) for l in fwd.rstrip("\n").split("\n")) +
         "<br><pre>" + esc(listing) + "</pre></div></div><br><br><span title=\"neteasefooter\"><p>&nbsp;</p></span>")


def b64(s):
    enc = base64.b64encode(crlf(s).encode("gbk")).decode()
    return "\r\n".join(enc[i:i + 76] for i in range(0, len(enc), 76))


def crlf(s):
    return s.replace("\r\n", "\n").replace("\n", "\r\n")


def ew(s):
    return "=?GBK?B?" + base64.b64encode(s.encode("gbk")).decode() + "?="


body = (f"--{BOUND}\r\nContent-Type: text/plain; charset=GBK\r\nContent-Transfer-Encoding: base64\r\n\r\n{b64(plain)}\r\n"
        f"--{BOUND}\r\nContent-Type: text/html; charset=GBK\r\nContent-Transfer-Encoding: base64\r\n\r\n{b64(hpart)}\r\n"
        f"--{BOUND}--\r\n")


def relaxed_body(b):
    ls = [re.sub(r"[ \t]+", " ", l).rstrip(" \t") for l in b.split("\r\n")]
    while ls and ls[-1] == "": ls.pop()
    return ("\r\n".join(ls) + "\r\n").encode() if ls else b""


bh = base64.b64encode(hashlib.sha256(relaxed_body(body)).digest()).decode()
sig = base64.b64encode(hashlib.sha512(("sig" + bh).encode()).digest() + hashlib.sha512(bh.encode()).digest()).decode()
headers = f"""Return-Path: <chensiyuan_nlp@163.example.com>
Received: from m16.mail.163.example.com (m16.mail.163.example.com [192.0.2.16])
	by mx.nlp-lab.example.edu.cn (Postfix) with ESMTP id 4RLJ2x0Q7Kz9vB
	for <nlp-group@nlp-lab.example.edu.cn>; Wed,  9 Aug 2023 10:22:44 +0800 (CST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=163.example.com;
	s=s110527; h=Date:From:Subject:Content-Type:MIME-Version:
	Message-ID; bh={bh};
	b={sig[:64]}
	{sig[64:128]}
	{sig[128:172]}
Received: from chensiyuan_nlp$163.example.com ( [198.51.100.23] ) by
 ajax-webmail-wmsvr16 (Coremail) ; Wed, 9 Aug 2023 10:22:41 +0800 (CST)
X-Originating-IP: [198.51.100.23]
Date: Wed, 9 Aug 2023 10:22:41 +0800 (CST)
From: {ew("陈思远")} <chensiyuan_nlp@163.example.com>
To: nlp-group@nlp-lab.example.edu.cn
Subject: {ew("转发：cs daily Subj-class mailing 1011 1")}
X-Priority: 3
X-Mailer: Coremail Webmail Server Version XT5.0.14 build 20230109(dcb5de15)
 Copyright (c) 2002-2023 www.mailtech.cn 163com
X-NTES-SC: AL_QuySAvydu0Au4SmeYekXn0oTju85XMCzuf8n1YVQOpE0sSTs3xsQWG9bNnfm1/uGDiGlvAWmXyR16/VSSLlJZLtOyQ7BQYLUqBuyxuCSv6mZ
Content-Type: multipart/alternative; 
	boundary="{BOUND}"
MIME-Version: 1.0
Message-ID: <6c2d7a3b.4f1e.189d7a0b2c1.Coremail.chensiyuan_nlp@163.example.com>
X-Coremail-Locale: zh_CN
X-CM-TRANSID:EMGowAC3n7YR+tJkcvkBAA--.48211W
X-CM-SenderInfo: hfkqh1x1lxd0fqjrqiytrvqqyrwqqiywtou0bp/1tbiQh3Xh1aEFa7ZbwAAsv
X-Coremail-Antispam: 1U5529EdanIXcx71UUUUU7vcSsGvfC2KfnxnUU==

"""
raw = crlf(headers) + body
write_raw(F, raw.encode("ascii"), [plain, hpart, html.unescape(hpart)], keys(F))
