#!/usr/bin/env python3
"""1865: the web version of a newsletter sent with Newsleopard (電子豹, the Taiwanese e-mail marketing service), saved as
HTML, Taiwanese Mandarin in traditional characters: the hidden preheader, the tracked «在瀏覽器中開啟» link, the
masthead with issue and month, three sections, «延伸閱讀» (a list), the events with dates «YYYY 年 M 月 D 日（星期X）»,
the footer with the tracked «取消訂閱» and «更新訂閱資料», ©, the open pixel. Click tracking (invented):
«https://t.newsleopard.example/c/<campaign>/<n>/<subscriber>?u=<the target URL in base64url, no padding>», n = 1, 2, …
in page order — an OpenReview and an arXiv page among the targets, seen only once the token is decoded; two arXiv pages
are linked directly. The reading group, its newsletter, the venues, the campaign and subscriber ids, the talk and the
dates are invented; diffusers, ComfyUI, COSCUP and the Chinese edition of David Foster's «Generative Deep Learning»
appear as what they are. Computed: the link numbers in page order, the base64url tokens, the weekdays, HTML escaping."""
import base64, datetime as dt, html, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import by_num, keys
F = by_num(1865)
HOST, CAMP, SUB = "t.newsleopard.example", "nl26c0412", "u7f31c2a9"
ZH_WD = ["一", "二", "三", "四", "五", "六", "日"]
ISSUE, YEAR, MONTH = 12, 2026, 4
n = [0]
targets = []


def b64u(s): return base64.urlsafe_b64encode(s.encode()).decode().rstrip("=")


def trk(url):
    n[0] += 1
    targets.append(url)
    return f"https://{HOST}/c/{CAMP}/{n[0]}/{SUB}?u={b64u(url)}"


def a(url, text, tracked=True):
    return f'<a href="{trk(url) if tracked else url}" style="color:#0b6e4f">{html.escape(text, quote=False)}</a>'


def zhd(d): return f"{d.year} 年 {d.month} 月 {d.day} 日（星期{ZH_WD[d.weekday()]}）"


E1, E2 = dt.date(2026, 4, 16), dt.date(2026, 4, 30)
mast = f"第 {ISSUE} 期・{YEAR} 年 {MONTH} 月"
body = f"""<!DOCTYPE html>
<html lang="zh-Hant-TW">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>生成模型讀書會電子報 {mast}</title>
</head>
<body style="margin:0;padding:0;background:#f2f2ee">
<div style="display:none;max-height:0;overflow:hidden">本期：DDIM 加速取樣、無分類器引導、DALL·E 2 的 CLIP 潛在空間，還有四月的兩場聚會。</div>
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:#f2f2ee">
<tr><td align="center" style="padding:12px 0;font-size:12px;color:#777">看不到圖片嗎？{a("https://genmodel-reading.example.tw/newsletter/12", "在瀏覽器中開啟")}</td></tr>
<tr><td align="center">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:'Noto Sans TC','PingFang TC','Microsoft JhengHei',sans-serif;font-size:15px;line-height:1.7;color:#222">
<tr><td style="padding:28px 32px;background:#0b6e4f;color:#ffffff">
<h1 style="margin:0;font-size:24px">生成模型讀書會電子報 <span style="font-size:14px;font-weight:normal">{mast}</span></h1>
</td></tr>
<tr><td style="padding:24px 32px">
<p>各位讀書會的朋友好！這一期整理三月兩次聚會的重點，主題是擴散模型從理論到文字生成影像的發展。投影片和錄影都放在共享雲端資料夾，沒有權限的人請回信告訴我們。</p>
<h2 style="font-size:18px;color:#0b6e4f">一、擴散模型的起點與加速</h2>
<p>一切要從 {T('1503.03585')}（arXiv:1503.03585）說起：把資料慢慢加噪，再學習反向過程。當時效果普通，五年後才被重新發現。</p>
<p>取樣太慢是最大的問題，{a(f"https://openreview.net/forum?id={OR('2010.02502')}", T('2010.02502'))} 把馬可夫鏈換成非馬可夫的過程，只要 50 步就能得到差不多的品質。上次阿哲現場示範了 DDIM 反轉，大家反應熱烈。</p>
<h2 style="font-size:18px;color:#0b6e4f">二、引導與條件生成</h2>
<p>{a("https://arxiv.org/abs/2105.05233", T('2105.05233'))} 提出用分類器的梯度來引導取樣，代價是要另外訓練一個在雜訊影像上的分類器。一年後的 {a("https://arxiv.org/pdf/2207.12598.pdf", T('2207.12598'), tracked=False)} 直接把有條件和無條件的模型混在一起，現在幾乎所有文字生成影像系統都用這招。</p>
<h2 style="font-size:18px;color:#0b6e4f">三、文字生成影像</h2>
<p>DALL·E 2 的論文 {a("http://arxiv.org/abs/2204.06125v1", T('2204.06125'), tracked=False)} 先用 prior 把文字轉成 CLIP 影像嵌入，再用擴散解碼器生成影像。小安整理了和潛在擴散模型的比較表，附在雲端資料夾裡。</p>
<h2 style="font-size:18px;color:#0b6e4f">延伸閱讀</h2>
<ul>
<li>{T('1406.2661')}：2014 年的經典，想知道擴散模型到底「打敗」了什麼，從這裡開始。</li>
<li>{T('1907.05600')}：score matching 加上 Langevin 取樣，和擴散模型其實是同一件事的兩面。</li>
<li>{T('2010.00554')}：和生成無關，但上次有人問到「把 PCA 看成賽局」，這篇很好玩。</li>
<li>書：《生成式深度學習（第二版）》，David Foster 著，歐萊禮出版，適合入門。</li>
<li>工具：{a("https://github.com/huggingface/diffusers", "diffusers")} 和 ComfyUI，四月的實作會用到。</li>
</ul>
<h2 style="font-size:18px;color:#0b6e4f">活動預告</h2>
<p>・{zhd(E1)} 19:30，第 13 次讀書會，台北市大安區共同工作空間（地址見報名頁）。主題：潛在擴散與 SDXL。<br>
・{zhd(E2)} 20:00，線上實作：用 diffusers 在筆電上跑擴散模型。<br>
・另外，小安會在 COSCUP 2026 分享〈在筆電上跑擴散模型〉，議程公布後再通知大家。</p>
<p>{a("https://genmodel-reading.example.tw/events", "報名與活動頁面")}</p>
</td></tr>
<tr><td style="padding:20px 32px;background:#fafaf7;font-size:12px;color:#888">
您會收到這封信，是因為您訂閱了生成模型讀書會電子報。<br>
{a("https://genmodel-reading.example.tw/unsubscribe", "取消訂閱")} ｜ {a("https://genmodel-reading.example.tw/preferences", "更新訂閱資料")}<br>
© {YEAR} 生成模型讀書會 · 本信由電子豹 Newsleopard 寄送
</td></tr>
</table>
</td></tr>
</table>
<img src="https://{HOST}/o/{CAMP}/{SUB}.gif" width="1" height="1" alt="">
</body>
</html>
"""
decoded = body
for t in targets:
    decoded = decoded.replace(b64u(t), t)
write_only(F, body, keys(F), forms=[decoded, html.unescape(body)])
