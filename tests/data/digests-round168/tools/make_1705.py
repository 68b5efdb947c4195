#!/usr/bin/env python3
"""1705: the web version of a Focussend campaign (a Chinese e-mail marketing service) saved from the browser as HTML,
Simplified Chinese: a table layout with inline styles, the preheader, «在浏览器中查看», the masthead with issue number and
date («2025年4月18日 星期五»), the editor's note, three article blocks with buttons, «本周推荐阅读», «活动预告», the footer
with the privacy note, «退订» and the «由 Focussend 发送» badge. The lab «智能计算与科学发现实验室», its bulletin, people
and hosts (`aisci.example.cn`) are invented, and so are the Focussend web-version and unsubscribe URL shapes (one
campaign id and one token); Stable Diffusion 3, diffusers, OpenFold and PDEBench appear as what they are, never
labelled; DALL·E 2, SD3, FNO and NCSN are nicknames here, their papers labelled by full title."""
import datetime as dt, html, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import by_num, keys, ALPHAFOLD
F = by_num(1705)
WD = "一二三四五六日"


def zh(d):
    return f"{d.year}年{d.month}月{d.day}日 星期{WD[d.weekday()]}"


CID, TOK = "2207815", "f3k9q2mz7xw1c8va"
ISSUE, DAY = 37, dt.date(2025, 4, 18)
e = html.escape
WEB = f"https://edm.focussend.com/webview/?cid={CID}&amp;t={TOK}"
UNS = f"https://edm.focussend.com/unsubscribe/?cid={CID}&amp;t={TOK}"


def block(kicker, title, text, href, label):
    return f"""<tr><td style="padding:24px 32px 8px 32px;font-family:'Microsoft YaHei',Arial,sans-serif;">
<p style="margin:0;font-size:12px;color:#1f5fbf;">{e(kicker)}</p>
<h2 style="margin:6px 0 10px 0;font-size:19px;color:#1b1b1b;">{e(title)}</h2>
<p style="margin:0 0 14px 0;font-size:14px;line-height:24px;color:#333333;">{text}</p>
<a href="{href}" style="display:inline-block;background:#1f5fbf;color:#ffffff;padding:9px 18px;border-radius:4px;text-decoration:none;font-size:13px;">{e(label)}</a>
</td></tr>"""


blocks = [
    block("图像生成", T("2403.03206"),
          "Stable Diffusion 3 背后的论文：把整流流（rectified flow）和多模态 Transformer 结合起来，在高分辨率文生图上取得了很好的效果。"
          "组里的复现实验基于 diffusers，代码已放到内部 GitLab。", "https://arxiv.org/abs/2403.03206", "阅读论文"),
    block("三维视觉", T("2303.11328"),
          "只用一张图片就能合成新视角，进而重建三维物体。王磊在上周组会上做了详细报告，幻灯片见组内网盘。",
          "https://arxiv.org/pdf/2303.11328", "下载 PDF"),
    block("AI for Science", T("2010.08895"),
          "神经算子在傅里叶空间中学习偏微分方程的解算子，我们在 PDEBench 的 Navier–Stokes 任务上做了对比实验。",
          "https://arxiv.org/abs/2010.08895v3", "阅读论文"),
]
reads = [
    f"《{e(T('2204.06125'))}》（Ramesh et al., 2022）&mdash; 即 DALL&middot;E 2，<a href=\"https://arxiv.org/abs/2204.06125\">arXiv 链接</a>。",
    f"《{e(T('2106.05931'))}》（Vahdat et al., NeurIPS 2021, arXiv:2106.05931）&mdash; 在潜空间中做分数模型。",
    f"《{e(T('1907.05600'))}》（Song &amp; Ermon, NeurIPS 2019）&mdash; NCSN，分数模型的起点。",
    f"《{e(T('2010.03409'))}》（Pfaff et al., ICLR 2021）&mdash; 基于图网络的网格仿真。",
    f"《{e(ALPHAFOLD)}》（Jumper et al., Nature 2021）&mdash; 蛋白质结构预测，开源复现见 OpenFold。",
]
events = [
    (dt.date(2025, 4, 24), "组会：扩散模型在气象降尺度中的应用，主讲人：陈思远，信息楼 502，14:00。"),
    (dt.date(2025, 5, 8), "读书会：科学计算中的神经算子，线上腾讯会议，19:30。"),
]
h = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>AI 科学周报 第{ISSUE}期 &middot; {DAY.year}年{DAY.month}月</title>
</head>
<body style="margin:0;padding:0;background:#eef1f6;">
<div style="display:none;max-height:0;overflow:hidden;">本期：整流流文生图、单图三维重建、神经算子，以及推荐阅读和活动预告。</div>
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:#eef1f6;">
<tr><td align="center">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;">
<tr><td style="padding:8px 32px;font-family:'Microsoft YaHei',Arial,sans-serif;font-size:12px;color:#888888;text-align:right;">邮件显示不正常？<a href="{WEB}" style="color:#888888;">在浏览器中查看</a></td></tr>
<tr><td style="padding:24px 32px;background:#1f5fbf;font-family:'Microsoft YaHei',Arial,sans-serif;color:#ffffff;">
<h1 style="margin:0;font-size:24px;">AI 科学周报</h1>
<p style="margin:4px 0 0 0;font-size:13px;">第{ISSUE}期 &middot; {DAY.year}年{DAY.month}月 &middot; {zh(DAY)}</p>
</td></tr>
<tr><td style="padding:24px 32px 0 32px;font-family:'Microsoft YaHei',Arial,sans-serif;font-size:14px;line-height:24px;color:#333333;">
<p style="margin:0 0 12px 0;">各位老师、同学好：</p>
<p style="margin:0;">本期介绍组里最近讨论的三篇论文，另附五篇推荐阅读和下两周的活动安排。欢迎投稿或推荐论文，请直接回复本邮件或写信至 <a href="mailto:weekly@aisci.example.cn">weekly@aisci.example.cn</a>。</p>
</td></tr>
{chr(10).join(blocks)}
<tr><td style="padding:24px 32px 8px 32px;font-family:'Microsoft YaHei',Arial,sans-serif;">
<h2 style="margin:0 0 10px 0;font-size:17px;color:#1b1b1b;">本周推荐阅读</h2>
<ul style="margin:0;padding-left:20px;font-size:14px;line-height:23px;color:#333333;">
{chr(10).join(f"<li>{r}</li>" for r in reads)}
</ul>
</td></tr>
<tr><td style="padding:24px 32px 8px 32px;font-family:'Microsoft YaHei',Arial,sans-serif;">
<h2 style="margin:0 0 10px 0;font-size:17px;color:#1b1b1b;">活动预告</h2>
{chr(10).join(f'<p style="margin:0 0 8px 0;font-size:14px;color:#333333;"><strong>{zh(d)}</strong> &mdash; {t}</p>' for d, t in events)}
</td></tr>
<tr><td style="padding:24px 32px;background:#f5f6f8;font-family:'Microsoft YaHei',Arial,sans-serif;font-size:12px;line-height:18px;color:#888888;">
<p style="margin:0 0 8px 0;">您收到此邮件，是因为您订阅了智能计算与科学发现实验室的《AI 科学周报》。我们依照<a href="https://aisci.example.cn/privacy" style="color:#888888;">隐私政策</a>处理您的个人信息。</p>
<p style="margin:0 0 8px 0;">智能计算与科学发现实验室 &middot; 信息科学楼 5 层</p>
<p style="margin:0 0 12px 0;">不想再收到此类邮件？<a href="{UNS}" style="color:#888888;">退订</a></p>
<p style="margin:0;"><a href="https://www.focussend.com/" style="color:#aaaaaa;text-decoration:none;">由 Focussend 发送</a></p>
</td></tr>
</table>
</td></tr>
</table>
</body>
</html>
"""
write_only(F, h, keys(F), forms=[html.unescape(h)])
