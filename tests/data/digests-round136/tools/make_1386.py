#!/usr/bin/env python3
"""1386 (negative control): a post of a Brno-like ML lab's XOOPS site (the news module, XOOPS 2.5) with its comments,
saved by Firefox as "Web Page, complete": Firefox's re-serialised DOM (a <tbody> in every table, attributes in double
quotes), the stylesheets, scripts and images rewritten to `./<file name>_files/` with the folder name
percent-encoded, the XOOPS page (`<title>article - module - site</title>`, the generator meta, the news item's
itemHead / itemInfo / itemBody / itemFoot blocks with poster, date and read count, the previous / next links), the
comment bar (display mode, order) and the comments in flat mode (`comment<ID>` anchors, poster blocks with joined
date and post count, `Re:` titles), and the `Powered by XOOPS` footer. In Czech. No paper at all: software and
versions, hardware, a benchmark, datasets and corpora, a course, a conference talk, a repository, people, dates, order
and ticket ids — the builder refuses any catalogue title and anything arXiv-shaped."""
import datetime as dt, html, os, sys
from urllib.parse import quote
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import write
from make_expected import F1386

SITE, HOST = "Laboratoř strojového učení (příklad)", "https://mlab.fi-priklad.example.cz"
STORY, TITLE = 57, "Jak jsme postavili laboratorní GPU server"
FILE = f"{TITLE} - Novinky - {SITE}"
FOLDER = "./" + quote(FILE + "_files", safe="()")
E = lambda s: html.escape(s, quote=False)
POSTED = dt.datetime(2024, 3, 12, 14, 5)
BODY = [
    "Po půl roce čekání na dodávku (objednávka FV-2024-0117) konečně běží náš nový výpočetní server <strong>turing2</strong>. Sepsali jsme, co jsme koupili, jak je nastavený a jak o přístup požádat.",
    "<strong>Hardware.</strong> 2× AMD EPYC 9354, 768 GB RAM, 4× NVIDIA RTX 6000 Ada (48 GB), 2× 7,68 TB NVMe pro data a 25GbE do univerzitní sítě. Skříň stojí v serverovně v suterénu budovy C, spotřeba při plné zátěži kolem 2,4 kW.",
    "<strong>Software.</strong> Ubuntu 22.04 LTS, ovladač NVIDIA 550.54.14, CUDA 12.4, Slurm 23.11 jako plánovač úloh, Apptainer pro kontejnery a JupyterHub 4.1 pro výuku. PyTorch 2.2.1 a JAX 0.4.25 jsou v modulech (<code>module load pytorch/2.2.1</code>), vlastní prostředí si každý staví přes mamba.",
    "<strong>Data.</strong> Na <code>/data/shared</code> jsou připravené korpusy, které nejčastěji používáme: Český národní korpus (SYN v13, jen pro členy týmu kvůli licenci), paralelní korpus CzEng 2.0 a výřez Common Crawl pro češtinu. Nahrávky pro rozpoznávání řeči přibudou v dubnu.",
    "<strong>Výkon.</strong> Pro kontrolu jsme pustili referenční úlohy MLPerf Training (BERT a ResNet-50) – výsledky jsou v tabulce na wiki a zhruba odpovídají tomu, co udává výrobce. Podrobnosti o ladění NCCL jsou v repozitáři <a href=\"https://gitlab.fi-priklad.example.cz/mlab/infra/turing2\">mlab/infra/turing2</a>.",
    "<strong>Přístup.</strong> Studenti kurzu KSU/ML2 (Hluboké učení II) dostanou účet automaticky, ostatní napíšou přes helpdesk (požadavek typu „GPU účet“, např. #2024-031). Kvóta je 48 GPU-hodin týdně, delší běhy po domluvě.",
    "O zkušenostech s plánovačem bude Petr Novák mluvit na konferenci ML Prague 2024 v sekci o infrastruktuře.",
]
COMMENTS = [  # (id, poster, joined, posts, time, text)
    (181, "mhorak", "2019-09-30", 212, dt.datetime(2024, 3, 12, 16, 41), "Pěkné! Jak řešíte chlazení? V létě nám v serverovně C loni vypadávala klimatizace."),
    (182, "pnovak", "2018-02-14", 388, dt.datetime(2024, 3, 12, 17, 3), "Přibyla druhá jednotka, teploty hlídá Zabbix a při 35 °C se úlohy ve Slurmu pozastaví."),
    (185, "jdvorakova", "2022-10-03", 17, dt.datetime(2024, 3, 13, 9, 20), "Můžou o účet požádat i studenti bakalářských prací? Potřebovala bych zhruba 20 GPU-hodin na dotrénování modelu pro češtinu."),
    (186, "pnovak", "2018-02-14", 389, dt.datetime(2024, 3, 13, 10, 2), "Ano, stačí, když požadavek potvrdí vedoucí práce. Na začátek doporučuji menší model a data z /data/shared."),
    (190, "Anonym", None, None, dt.datetime(2024, 3, 15, 21, 47), "Bude někde záznam přednášky z ML Prague?"),
]
fmt = lambda d: d.strftime("%d.%m.%Y %H:%M")


def poster(name, joined, posts):
    if joined is None:
        return f'<td class="odd" rowspan="2" style="width:20%;vertical-align:top;">{name}</td>'
    return (f'<td class="odd" rowspan="2" style="width:20%;vertical-align:top;"><a href="{HOST}/userinfo.php?uid={sum(map(ord, name)) % 97 + 2}">{name}</a><br>'
            f'<img src="{FOLDER}/blank.gif" alt=""><br><small>Registrován: {joined}<br>Příspěvky: {posts}</small></td>')


comments = "".join(f"""<a id="comment{cid}"></a>
<table class="outer" cellspacing="1"><tbody>
<tr>{poster(name, joined, posts)}<td class="head"><div class="comTitle"><img src="{FOLDER}/no_posticon.gif" alt=""> Re: {E(TITLE)}</div><div class="comDate"><span class="comDateCaption">Odesláno:</span> {fmt(t)}</div></td></tr>
<tr><td class="odd"><div class="comText">{E(text)}</div></td></tr>
</tbody></table>
""" for cid, name, joined, posts, t, text in COMMENTS)
page = f"""<!DOCTYPE html>
<html lang="cs"><head>
<meta http-equiv="content-type" content="text/html; charset=UTF-8">
<meta name="robots" content="index,follow">
<meta name="keywords" content="GPU, server, Slurm, laboratoř">
<meta name="description" content="Novinky laboratoře strojového učení">
<meta name="generator" content="XOOPS">
<title>{E(FILE)}</title>
<link rel="shortcut icon" type="image/ico" href="{FOLDER}/favicon.ico">
<link rel="stylesheet" type="text/css" media="all" href="{FOLDER}/xoops.css">
<link rel="stylesheet" type="text/css" media="all" href="{FOLDER}/style.css">
<script type="text/javascript" src="{FOLDER}/jquery.js"></script>
<script type="text/javascript" src="{FOLDER}/xoops.js"></script>
</head>
<body id="news" class="cs">
<div id="xo-canvas">
<div id="xo-header"><a href="{HOST}/" title="{E(SITE)}"><img src="{FOLDER}/logo.png" alt="{E(SITE)}"></a></div>
<div id="xo-canvas-content">
<div id="xo-canvas-leftcolumn">
<div class="xo-block"><div class="xo-blocktitle">Hlavní menu</div><div class="xo-blockcontent">
<ul class="mainmenu"><li><a class="menuTop" href="{HOST}/">Domů</a></li><li><a class="menuMain" href="{HOST}/modules/news/">Novinky</a></li><li><a class="menuMain" href="{HOST}/modules/wiki/">Wiki</a></li><li><a class="menuMain" href="{HOST}/modules/contact/">Kontakt</a></li></ul>
</div></div>
</div>
<div id="xo-page">
<div id="xo-content">
<div class="news-item">
<div class="item">
<div class="itemHead"><span class="itemTitle"><a href="{HOST}/modules/news/index.php?storytopic=2">Infrastruktura</a>: <a href="{HOST}/modules/news/article.php?storyid={STORY}">{E(TITLE)}</a></span></div>
<div class="itemInfo"><span class="itemPoster">Odeslal: <a href="{HOST}/userinfo.php?uid=3">pnovak</a></span> <span class="itemPostDate">dne {fmt(POSTED)}</span> (<span class="itemStats">1 274 čtení</span>)</div>
<div class="itemBody"><div class="itemText">
""" + "\n".join(f"<p>{p}</p>" for p in BODY) + f"""
</div></div>
<div class="itemFoot"><span class="itemPermaLink"><a href="{HOST}/modules/news/article.php?storyid={STORY}#comments">Komentáře ({len(COMMENTS)})</a> | <a href="{HOST}/modules/news/print.php?storyid={STORY}">Verze pro tisk</a> | <a href="{HOST}/modules/news/makepdf.php?storyid={STORY}">PDF</a></span></div>
</div>
</div>
<div style="text-align: left;"><a href="{HOST}/modules/news/article.php?storyid={STORY - 1}">« Předchozí článek</a> | <a href="{HOST}/modules/news/article.php?storyid={STORY + 1}">Další článek »</a></div>
<div id="comments" style="text-align: center; padding: 3px; margin: 3px;">
<form method="get" action="{HOST}/modules/news/article.php"><table width="95%" class="outer" cellspacing="1"><tbody><tr><td class="even" align="center"><select name="com_mode"><option value="flat" selected="selected">Ploché</option><option value="thread">Ve vláknech</option><option value="nest">Vnořené</option></select> <select name="com_order"><option value="0" selected="selected">Nejstarší první</option><option value="1">Nejnovější první</option></select><input type="hidden" name="storyid" value="{STORY}"> <input type="submit" value="Obnovit" class="formButton"> <input type="button" onclick="self.location.href='{HOST}/modules/news/comment_new.php?com_itemid={STORY}'" class="formButton" value="Odeslat komentář"></td></tr></tbody></table></form>
Vlastníkem komentářů jsou jejich autoři. Nejsme zodpovědní za jejich obsah.
</div>
<div style="margin:3px; padding: 3px;">
{comments}</div>
</div>
</div>
</div>
<div id="xo-footer">Powered by XOOPS © 2001-2024 <a href="https://xoops.org" title="XOOPS Project">The XOOPS Project</a> | Laboratoř strojového učení, Botanická 68a (příklad), Brno</div>
</div>
</body></html>
"""
write(F1386, page, negative=True)
