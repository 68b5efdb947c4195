#!/usr/bin/env python3
"""565: a Wayback Machine snapshot of a Chinese lab's reading-list page as web.archive.org serves it (saved from
the browser): the playback scripts and "End Wayback Rewrite JS Include" in <head>, the toolbar insert after <body>,
every link and asset rewritten to /web/<timestamp>[im_|cs_|js_]/<original URL>, and the archive's closing comments."""
import html, os, sys
from datetime import datetime, timezone
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, au, write_only
from make_expected import F565, keys

TS = "20230611084512"
ORIG = "https://vislab.example.edu.cn/reading/generative.html"
EPOCH = int(datetime.strptime(TS, "%Y%m%d%H%M%S").replace(tzinfo=timezone.utc).timestamp())
def W(u, kind=""): return f"https://web.archive.org/web/{TS}{kind}/{u}"
def rel(u, kind=""): return f"/web/{TS}{kind}/{u}"
def e(s): return html.escape(s, quote=False)

rows = [
 ("第 1 周", e(T("1406.2661")), e(au("1406.2661", 3)) + "，NeurIPS 2014",
  f'<a href="{W("https://papers.nips.cc/paper_files/paper/2014")}">NeurIPS 论文集</a>', "生成模型的起点，对抗训练的基本框架"),
 ("第 2 周", e(T("1907.05600")), e(au("1907.05600", 3)) + "，NeurIPS 2019", "arXiv:1907.05600", "NCSN：分数匹配 + 退火 Langevin 采样"),
 ("第 3 周", f'<a href="{W("https://openreview.net/forum?id=" + OR("2011.13456"))}">{e(T("2011.13456"))}</a>', e(au("2011.13456", 3)) + "，ICLR 2021",
  f'<a href="{W("https://openreview.net/pdf?id=" + OR("2011.13456"))}">PDF</a>', "SDE 统一视角；概率流 ODE"),
 ("第 4 周", e(T("2010.02502")), e(au("2010.02502", 3)) + "，ICLR 2021",
  f'<a href="{W("https://openreview.net/forum?id=" + OR("2010.02502"))}">OpenReview</a>', "DDIM：非马尔可夫前向过程，采样步数从 1000 降到 50"),
 ("第 5 周", e(T("2105.05233")), e(au("2105.05233", 3)) + "，NeurIPS 2021",
  f'<a href="{W("https://arxiv.org/abs/2105.05233")}">arXiv</a>', "分类器引导（classifier guidance）"),
 ("第 6 周", e(T("2204.06125")), e(au("2204.06125", 3)),
  f'<a href="{W("https://arxiv.org/abs/2204.06125")}">arXiv</a> · <a href="{W("https://openai.com/dall-e-2")}">产品页</a>', "DALL·E 2：CLIP 图像嵌入作为先验"),
 ("第 7 周", e(T("2307.01952")), e(au("2307.01952", 3)) + "，ICLR 2024", "—", "SDXL：更大的 UNet、两个文本编码器、refiner"),
 ("选读", e(T("2010.02014")), e(au("2010.02014", 2)), "—", "把下采样变换当作自监督信号的 VAE，和扩散模型对照阅读"),
]
trs = "\n".join(f"        <tr>\n          <td>{w}</td>\n          <td class=\"title\">{t}</td>\n          <td>{a}</td>\n          <td>{l}</td>\n          <td>{n}</td>\n        </tr>" for w, t, a, l, n in rows)
page = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head><script src="//archive.org/includes/athena.js" type="text/javascript"></script>
<script type="text/javascript">window.addEventListener('DOMContentLoaded',function(){{var v=archive_analytics.values;v.service='wb';v.server_name='wwwb-app221.us.archive.org';v.server_ms=287;archive_analytics.send_pageview({{}});}});</script>
<script type="text/javascript" src="https://web-static.archive.org/_static/js/bundle-playback.js?v=1WaXNDFE" charset="utf-8"></script>
<script type="text/javascript" src="https://web-static.archive.org/_static/js/wombat.js?v=txqj7nKC" charset="utf-8"></script>
<script>window.RufflePlayer=window.RufflePlayer||{{}};window.RufflePlayer.config={{"autoplay":"on","unmuteOverlay":"hidden"}};</script>
<script type="text/javascript" src="https://web-static.archive.org/_static/js/ruffle/ruffle.js"></script>
<script type="text/javascript">
    __wm.init("https://web.archive.org/web");
  __wm.wombat("{ORIG}","{TS}","https://web.archive.org/","web","https://web-static.archive.org/_static/",
	      "{EPOCH}");
</script>
<link rel="stylesheet" type="text/css" href="https://web-static.archive.org/_static/css/banner-styles.css?v=S1zqJCYt" />
<link rel="stylesheet" type="text/css" href="https://web-static.archive.org/_static/css/iconochive.css?v=3PDvdIFv" />
<!-- End Wayback Rewrite JS Include -->

  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>生成模型读书会 · 视觉智能实验室</title>
  <link rel="stylesheet" href="{rel("https://vislab.example.edu.cn/static/css/main.css", "cs_")}">
  <link rel="icon" href="{rel("https://vislab.example.edu.cn/favicon.ico", "im_")}">
  <script src="{rel("https://vislab.example.edu.cn/static/js/nav.js", "js_")}"></script>
</head>
<body><!-- BEGIN WAYBACK TOOLBAR INSERT -->
<script>__wm.rw(0);</script>
<div id="wm-ipp-base" lang="en" style="display:none;direction:ltr;">
<div id="wm-ipp" style="position:fixed;left:0;top:0;right:0;">
<div id="donato" style="position:relative;width:100%;">
  <div id="donato-base">
    <iframe id="donato-if" src="https://archive.org/includes/donate.php?as_page=1&amp;platform=wb&amp;referer=https%3A//web.archive.org/web/{TS}/{ORIG.replace("https://", "https%3A//")}"
	    scrolling="no" frameborder="0" style="width:100%; height:100%">
    </iframe>
  </div>
</div><div id="wm-ipp-inside">
  <div id="wm-toolbar" style="position:relative;display:flex;flex-flow:row nowrap;justify-content:space-between;">
    <div id="wm-logo" style="/*width:110px;*/padding-top:12px;">
      <a href="/web/" title="Wayback Machine home page"><img src="https://web-static.archive.org/_static/images/toolbar/wayback-toolbar-logo-200.png" srcset="https://web-static.archive.org/_static/images/toolbar/wayback-toolbar-logo-100.png, https://web-static.archive.org/_static/images/toolbar/wayback-toolbar-logo-150.png 1.5x, https://web-static.archive.org/_static/images/toolbar/wayback-toolbar-logo-200.png 2x" alt="Wayback Machine" style="width:100px" border="0" /></a>
    </div>
    <div class="c" style="display:flex;flex-flow:column nowrap;justify-content:space-between;flex:1;">
      <form class="u" style="display:flex;flex-direction:row;flex-wrap:nowrap;" target="_top" method="get" action="/web/submit" name="wmtb" id="wmtb"><input type="text" name="url" id="wmtbURL" value="{ORIG}" onfocus="this.focus();this.select();" style="flex:1;"/><input type="hidden" name="type" value="replay" /><input type="hidden" name="date" value="{TS}" /><input type="submit" value="Go" /></form>
      <div style="display:flex;flex-flow:row nowrap;align-items:flex-end;">
        <div class="s" id="wm-nav-captures" style="flex:1;"><a class="t" href="/web/{TS}*/{ORIG}" title="See a list of every capture for this URL">7 captures</a>
          <div class="r" title="Timespan for captures of this URL">22 Mar 2022 - 11 Jun 2023</div>
        </div>
        <div class="k">
          <a href="" id="wm-graph-anchor"><div id="wm-ipp-sparkline" title="Explore captures for this URL" style="position: relative"><canvas id="wm-sparkline-canvas" width="725" height="27" border="0"></canvas></div></a>
        </div>
      </div>
    </div>
  </div>
</div>
</div>
</div>
<div id="wm-ipp-print">The Wayback Machine - https://web.archive.org/web/{TS}/{ORIG}</div>
<script type="text/javascript">//<![CDATA[
__wm.bt(725,27,25,2,"web","{ORIG}","{TS}",1996,"https://web-static.archive.org/_static/",["https://web-static.archive.org/_static/css/banner-styles.css?v=S1zqJCYt","https://web-static.archive.org/_static/css/iconochive.css?v=3PDvdIFv"], false);
  __wm.rw(1);
//]]></script>
<!-- END WAYBACK TOOLBAR INSERT -->

  <header class="site-header">
    <a class="logo" href="{rel("https://vislab.example.edu.cn/")}"><img src="{rel("https://vislab.example.edu.cn/static/img/logo.png", "im_")}" alt="视觉智能实验室"></a>
    <nav>
      <a href="{rel("https://vislab.example.edu.cn/people.html")}">成员</a>
      <a href="{rel("https://vislab.example.edu.cn/publications.html")}">论文</a>
      <a href="{rel("https://vislab.example.edu.cn/reading/")}" class="active">读书会</a>
      <a href="{rel("https://vislab.example.edu.cn/join.html")}">加入我们</a>
    </nav>
  </header>

  <main class="container">
    <h1>生成模型读书会（2023 春季学期）</h1>
    <p class="meta">组织：孙梓萌 · 每周四 19:00 · 信息楼 B312 · 腾讯会议号见群公告</p>
    <p>本学期围绕<strong>生成模型</strong>展开，从 GAN 到分数模型与扩散模型，最后讨论文本到图像的大模型。每次由一位同学主讲（约 40 分钟），
    请提前一周把幻灯片放到组内网盘。下表中的论文按讲解顺序排列；<em>选读</em>不安排主讲。</p>

    <table class="reading">
      <thead>
        <tr><th>周次</th><th>论文</th><th>作者 / 会议</th><th>链接</th><th>讲解要点</th></tr>
      </thead>
      <tbody>
{trs}
      </tbody>
    </table>

    <h2>补充材料（非论文）</h2>
    <ul>
      <li><a href="{W("https://lilianweng.github.io/posts/2021-07-11-diffusion-models/")}">Lil'Log: What are Diffusion Models?</a>（博客）</li>
      <li><a href="{W("https://github.com/huggingface/diffusers")}">huggingface/diffusers</a>（代码库，作业 2 用）</li>
      <li><a href="{W("https://www.bilibili.com/video/BV1b541197HX")}">B 站：扩散模型原理讲解</a>（视频）</li>
      <li>CVPR 2022 Tutorial: Denoising Diffusion-based Generative Modeling（幻灯片在网盘）</li>
    </ul>

    <h2>往期读书会</h2>
    <ul>
      <li><a href="{rel("https://vislab.example.edu.cn/reading/ssl-2022.html")}">2022 秋：自监督表示学习</a></li>
      <li><a href="{rel("https://vislab.example.edu.cn/reading/detection-2022.html")}">2022 春：目标检测</a></li>
    </ul>
  </main>

  <footer>
    <p>© 2023 视觉智能实验室 · 某某大学计算机学院 · <a href="mailto:vislab@example.edu.cn">vislab@example.edu.cn</a></p>
    <p>最后更新：2023-06-09</p>
  </footer>
</body>
</html>
<!--
     FILE ARCHIVED ON 08:45:12 Jun 11, 2023 AND RETRIEVED FROM THE
     INTERNET ARCHIVE ON 02:17:40 Mar 19, 2024.
     JAVASCRIPT APPENDED BY WAYBACK MACHINE, COPYRIGHT INTERNET ARCHIVE.

     ALL OTHER CONTENT MAY ALSO BE PROTECTED BY COPYRIGHT (17 U.S.C.
     SECTION 108(a)(3)).
-->
<!--
playback timings (ms):
  captures_list: 0.713
  exclusion.robots: 0.027
  exclusion.robots.policy: 0.014
  esindex: 0.011
  cdx.remote: 28.402
  LoadShardBlock: 184.125 (3)
  PetaboxLoader3.datanode: 201.552 (4)
  load_resource: 96.318
  PetaboxLoader3.resolve: 61.207
-->
"""
write_only(F565, page, keys(F565), forms=[html.unescape(page)])
