#!/usr/bin/env python3
"""265: a Disqus comments export (Admin › Export comments, the XML mailed as a .xml.gz, unpacked) of a South African
ML blog, Afrikaans comments; two threads, replies via <parent dsq:id>, messages as HTML in CDATA with Disqus' link
markup (href = title)."""
import os, random, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write

R = random.Random(265)
FORUM = "masjienleer-blog"


def a(url):
    return f'<a href="{url}" rel="nofollow noopener" target="_blank" title="{url}">{url}</a>'


threads = [
    (8412277301, "https://masjienleer.example.co.za/2023/11/doeltreffende-fynafstemming/", "Doeltreffende fynafstemming: LoRA, adapters en vriende", "2023-11-14T08:12:44Z"),
    (8412279955, "https://masjienleer.example.co.za/2024/01/automl-sonder-die-hype/", "AutoML sonder die hype", "2024-01-22T06:30:02Z"),
]
posts = [
    # (id, thread idx, parent, created, name, username, html)
    (6310411001, 0, None, "2023-11-14T11:02:19Z", "Pieter Botha", "pbotha",
     f"<p>Lekker artikel, dankie! Jy noem adapters en LoRA, maar nie {T('2106.10199')} nie — net die bias-terme fyn-afstem. Hier is die PDF: {a('https://arxiv.org/pdf/2106.10199.pdf')}</p>"),
    (6310418874, 0, 6310411001, "2023-11-14T13:40:51Z", "Annelie van der Merwe", "annelie_vdm",
     f"<p>Goeie punt, Pieter. Ek sal dit byvoeg. Vir 'n oorsig van al die metodes saam is daar &quot;{T('2110.04366')}&quot; — {a('https://openreview.net/forum?id=' + OR('2110.04366'))}</p>"),
    (6310502213, 0, None, "2023-11-15T07:15:33Z", "Thandeka Nkosi", "thandi_n",
     "<p>Werk dit ook vir spraak? Ons probeer 'n Afrikaanse ASR-model op 12 uur data fyn-afstem (Common Voice + NCHLT).</p>"),
    (6310509920, 0, 6310502213, "2023-11-15T09:48:10Z", "Annelie van der Merwe", "annelie_vdm",
     f"<p>Ja! Ons het adapters op HuBERT gebruik: <i>{T('2106.07447')}</i>. Die Hugging Face-kursus oor oudio het 'n goeie hoofstuk daaroor.</p>"),
    (6310617342, 0, None, "2023-11-16T18:21:05Z", "Gert Coetzee", "gcoetzee",
     f"<p>Op die hardeware-kant: moenie {T('1710.03740')} vergeet nie ({a('https://openreview.net/forum?id=' + OR('1710.03740'))}). fp16 + loss scaling het ons geheue amper gehalveer op die RTX 3090.</p>"),
    (6310620018, 0, 6310617342, "2023-11-16T19:02:47Z", "Pieter Botha", "pbotha",
     "<p>bf16 is deesdae makliker as jou GPU dit ondersteun. Sien die PyTorch AMP-dokumentasie.</p>"),
    (6345100127, 1, None, "2024-01-22T09:05:58Z", "Johan Pretorius", "jpretorius",
     f"<p>Baie gebalanseerd. Twee referate wat ek sou byvoeg: {T('2101.08809')} ({a('https://arxiv.org/abs/2101.08809')}) en {T('2006.03656')}.</p>"),
    (6345104406, 1, 6345100127, "2024-01-22T10:17:30Z", "Annelie van der Merwe", "annelie_vdm",
     f"<p>Dankie Johan. Oor DARTS: &quot;{T('2108.04392')}&quot; (arXiv:2108.04392) wys dat die argitektuurgewigte nie noodwendig die beste operasie kies nie. Dis eintlik die kern van my 'sonder die hype'-argument.</p>"),
    (6345221780, 1, None, "2024-01-23T06:44:12Z", "Liesl Jacobs", "liesl_j",
     f"<p>Hoe pas kontinue leer hierby in? Ek lees tans {T('2103.09762')} vir my MSc.</p>"),
    (6345229915, 1, 6345221780, "2024-01-23T08:03:27Z", "Sipho Dlamini", "sdlamini",
     f"<p>Nie regtig AutoML nie, maar in dieselfde gees (federated, baie kliënte): {T('2111.04263')} — 2111.04263. Ons gebruik dit in die Wits-projek.</p>"),
    (6345340051, 1, None, "2024-01-24T15:29:40Z", "Ruan du Plessis", "ruandp",
     f"<p>Vir die teorie-mense: die boekhoofstuk &quot;{T('2103.13462')}&quot; verduidelik mooi hoekom SGD in die praktyk werk. En vir kennisgrafieke: {T('2011.03459')}.</p>"),
    (6345344120, 1, 6345340051, "2024-01-24T16:02:09Z", "Gaste", "",
     "<p>Spam-filter het my vorige kommentaar geëet. Weet iemand van 'n goeie kursus oor Bayesiese optimering? Die fast.ai-kursus dek dit nie.</p>"),
]
out = ['<?xml version="1.0" encoding="utf-8"?>',
       '<disqus xmlns="http://disqus.com" xmlns:dsq="http://disqus.com/disqus-internals" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
       'xsi:schemaLocation="http://disqus.com/api/schemas/1.0/disqus.xsd http://disqus.com/api/schemas/1.0/disqus-internals.xsd">',
       '<category dsq:id="5120994">', f"<forum>{FORUM}</forum>", "<title>General</title>", "<isDefault>true</isDefault>", "</category>"]
for tid, link, title, created in threads:
    out += [f'<thread dsq:id="{tid}">', "<id />", f"<forum>{FORUM}</forum>", '<category dsq:id="5120994" />', f"<link>{link}</link>",
            f"<title>{title}</title>", "<message />", f"<createdAt>{created}</createdAt>", "<author>",
            "<name>Annelie van der Merwe</name>", "<isAnonymous>false</isAnonymous>", "<username>annelie_vdm</username>", "</author>",
            "<isClosed>false</isClosed>", "<isDeleted>false</isDeleted>", "</thread>"]
for pid, ti, parent, created, name, user, msg in posts:
    anon = "true" if not user else "false"
    out += [f'<post dsq:id="{pid}">', "<id />", f"<message><![CDATA[{msg}]]></message>", f"<createdAt>{created}</createdAt>",
            "<isDeleted>false</isDeleted>", "<isSpam>false</isSpam>", "<author>", f"<name>{name}</name>", f"<isAnonymous>{anon}</isAnonymous>"]
    if user:
        out.append(f"<username>{user}</username>")
    out += ["</author>", f"<ipAddress>198.51.100.{R.randint(2, 250)}</ipAddress>", f'<thread dsq:id="{threads[ti][0]}" />']
    if parent:
        out.append(f'<parent dsq:id="{parent}" />')
    out.append("</post>")
out.append("</disqus>")
write("265_disqus_comments_export_xml_afrikaans_ml_blog_two_threads.xml", "\n".join(out) + "\n")
