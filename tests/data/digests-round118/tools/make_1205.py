#!/usr/bin/env python3
"""1205: a blog.hu post with its comments, saved from the browser (Hungarian): the invented blog “gépház”
(`gephaz.blog.hu`), post “Amit tavasszal olvastam: GPU-k, skálázás és egy kis tudomány”. HTML5, UTF-8, LF. Blog
header, the post (date shown in Hungarian `2024. május 12. 20:41` = the <time> datetime, body with a list and
paragraphs, címkék), the trackback line blog.hu prints under posts, then `N komment` = the numbered comment blocks
(`#1`…, `Válasz erre: #k` pointing to an earlier one, times `YYYY.MM.DD. HH:MM:SS` after the post and not
decreasing) and the sidebar. Papers are written with an arXiv abs / pdf link, an `arXiv:` id, or the title alone (one
title only in a comment); docs, repos, a library and a talk video are not papers."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import F1205, keys

HU_MON = ["január", "február", "március", "április", "május", "június", "július", "augusztus", "szeptember", "október",
          "november", "december"]
URL = "https://gephaz.blog.hu/2024/05/12/amit_tavasszal_olvastam_gpu_k_skalazas_es_egy_kis_tudomany"
post = (
 "<p>Félév vége, úgyhogy összeszedtem, mit olvastam az elmúlt hónapokban munka mellett. Nem mind friss, de mindegyiket "
 "megérte elővenni.</p>\n"
 "<h2>GPU-k és kiszolgálás</h2>\n"
 "<ul>\n"
 f"<li><a href=\"https://arxiv.org/abs/2307.08691\">{T('2307.08691')}</a> – Tri Dao egyszemélyes cikke; a kódot "
 "a <a href=\"https://github.com/Dao-AILab/flash-attention\">Dao-AILab/flash-attention</a> repóban találjátok.</li>\n"
 f"<li>{T('2309.06180')} (<a href=\"https://arxiv.org/pdf/2309.06180.pdf\">PDF</a>) – ez a vLLM mögötti cikk; "
 "a gyakorlati részhez inkább a <a href=\"https://docs.vllm.ai/en/latest/\">vLLM dokumentációt</a> ajánlom.</li>\n"
 f"<li>{T('2006.16668')}, arXiv:2006.16668 – régi, de a mixture-of-experts sharding máig innen jön.</li>\n"
 "</ul>\n"
 "<h2>Tudomány és gráfok</h2>\n"
 f"<p>Munkahelyen áramlásszimulációval foglalkozunk, ezért a <a href=\"https://arxiv.org/abs/2010.08895\">{T('2010.08895')}</a> "
 "volt a tavasz kedvence. A <a href=\"https://neuraloperator.github.io/dev/index.html\">neuraloperator</a> könyvtárral két nap alatt "
 "lefutott nálunk is.</p>\n"
 f"<p>Gráfokra: {T('2106.05234')} – a Graphormer, ami megnyerte az OGB-LSC-t. Érdemes mellé a PyTorch Geometric "
 "dokumentációját is nyitva tartani.</p>\n"
 "<h2>Ami kimaradt, de a listán van</h2>\n"
 f"<p>{T('2111.04263')} (ICLR 2021) és {T('2010.00554')} (ICLR 2021) – mindkettő a \"furcsa optimalizálás\" "
 "kategória. A NeurIPS-en volt egy jó előadás is a témáról: "
 "<a href=\"https://www.youtube.com/watch?v=Tq3mN8cVx2E\">videó</a>.</p>")
comments = [
 ("kovacs_bence", "2024.05.12. 21:14:07", None,
  "Köszi a listát! A PagedAttention cikket mi is olvastuk, a vLLM-mel tényleg kétszer annyi kérés fér el."),
 ("Eszter_ML", "2024.05.12. 22:03:41", 1,
  "Ugyanez a tapasztalatunk, bár a FlashAttention-2 kernelt ARM-on még nem sikerült fordítani."),
 ("gépház", "2024.05.13. 08:19:55", 2,
  "Ott a Dao-AILab repó issue-jaiban van egy megkerülő megoldás, megnézem és frissítem a bejegyzést."),
 ("nagy.tamas", "2024.05.14. 17:46:30", None,
  f"Képi párosításhoz ajánlom még a {T('2103.14167')} cikket (ICCV 2021), a Tudomány-részhez nem illik, de nagyon szép munka."),
]
cblocks = []
for i, (nick, ts, reply, text) in enumerate(comments, 1):
    cblocks.append(
        f'<div class="comment" id="comment{4815160 + i * 3}">\n'
        f'<div class="comment-head"><span class="comment-num">#{i}</span> <span class="comment-author">{nick}</span> '
        f'<span class="comment-date">{ts}</span></div>\n'
        + (f'<div class="comment-reply">Válasz erre: <a href="#comment{4815160 + reply * 3}">#{reply}</a></div>\n' if reply else "")
        + f'<div class="comment-body"><p>{text}</p></div>\n</div>')
html = f"""<!DOCTYPE html>
<html lang="hu">
<head>
<meta charset="utf-8">
<title>Amit tavasszal olvastam: GPU-k, skálázás és egy kis tudomány - gépház</title>
<meta property="og:url" content="{URL}">
<meta property="og:title" content="Amit tavasszal olvastam: GPU-k, skálázás és egy kis tudomány">
<link rel="canonical" href="{URL}">
</head>
<body>
<header id="blog-header"><a class="blog-title" href="https://gephaz.blog.hu/">gépház</a>
<p class="blog-desc">gépi tanulás, GPU-k és minden, ami közte van</p>
<nav class="bloghu-bar"><a href="https://blog.hu/">blog.hu</a> <a href="https://blog.hu/regisztracio">Regisztráció</a> <a href="https://blog.hu/belepes">Belépés</a></nav></header>
<main id="content">
<article class="post" id="post1738425">
<h1 class="post-title">Amit tavasszal olvastam: GPU-k, skálázás és egy kis tudomány</h1>
<div class="post-meta"><time datetime="2024-05-12T20:41:00+02:00">2024. {HU_MON[4]} 12. 20:41</time> · <span class="post-author">gépház</span></div>
<div class="post-body">
{post}
</div>
<div class="post-tags">Címkék: <a href="https://gephaz.blog.hu/tags/g%C3%A9pi_tanul%C3%A1s">gépi tanulás</a>, <a href="https://gephaz.blog.hu/tags/gpu">gpu</a>, <a href="https://gephaz.blog.hu/tags/olvasnival%C3%B3">olvasnivaló</a></div>
<div class="trackback">A bejegyzés trackback címe: https://gephaz.blog.hu/api/trackback/id/tr1738425</div>
</article>
<section id="comments">
<h2>{len(comments)} komment</h2>
<p class="comment-disclaimer">A hozzászólások a vonatkozó jogszabályok értelmében felhasználói tartalomnak minősülnek, értük a szolgáltatás technikai üzemeltetője semmilyen felelősséget nem vállal.</p>
{chr(10).join(cblocks)}
</section>
</main>
<aside id="sidebar">
<h3>Friss bejegyzések</h3>
<ul>
<li><a href="https://gephaz.blog.hu/2024/04/28/otthoni_gpu_szerver_ii_resz">Otthoni GPU-szerver, II. rész</a></li>
<li><a href="https://gephaz.blog.hu/2024/04/03/kvantalas_a_gyakorlatban">Kvantálás a gyakorlatban</a></li>
</ul>
</aside>
<footer id="footer"><p>Blog.hu · Minden jog fenntartva</p></footer>
</body>
</html>
"""
write_only(F1205, html, keys(F1205))
