#!/usr/bin/env python3
"""539: a message page of a lab mailing-list archive made by MHonArc 2.6 (the X- comment headers MHonArc writes, with
X-From-R13 the ROT13 of the From line; HTML 4.01; Date / Thread Prev-Next navigation; the subject header; the <ul>
of To / Subject / From / Date / Message-id with addresses masked "@xxxxxxxxxx"; the body in <pre> with &lt; &amp;
escaped and URLs made into <a rel="nofollow"> links; Follow-Ups; bottom Prev / Next by date and thread; index links).
In it a Hungarian postdoc forwards Monday's arXiv cs mailing (window Thu 25 Mar 21 18:00 GMT to Fri 26 Mar 21 18:00
GMT, banner and three `\\\\` records kept, titles and author lists wrapped the mailing's way) to the reading group
with a note. Papers: the listing records (arXiv id + abs URL: link), an abs URL in the note (link), "arXiv:ID"
(arxiv-text), three titles in the note with a venue or a CVF open-access link (title-only). Not papers: the group's
wiki, the Teams room, the MHonArc indexes and follow-ups."""
import html, os, re, sys, textwrap, codecs
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import CAT, T, write_only
from make_expected import F539, keys


def wrap_field(label, value):
    return textwrap.fill(value, width=80, initial_indent=label, subsequent_indent="  ", break_on_hyphens=False)


def record(aid, date, size, cats, comments=None):
    e = CAT[aid]
    out = ["\\\\", f"arXiv:{aid}", f"Date: {date}   ({size}kb,D)", "", wrap_field("Title: ", e["title"]),
           wrap_field("Authors: ", ", ".join(e["authors"])), f"Categories: {cats}"]
    if comments: out.append(wrap_field("Comments: ", comments))
    out += ["\\\\", textwrap.fill(e["abstract"], width=80, initial_indent="  ", subsequent_indent="", break_on_hyphens=False),
            f"\\\\ ( https://arxiv.org/abs/{aid} ,  {size}kb)"]
    return "\n".join(out)


RULE = "-" * 78
listing = "\n".join([
 RULE, RULE,
 "Send any comments regarding submissions directly to submitter.",
 RULE,
 "Archives at http://arxiv.org/",
 "To unsubscribe, e-mail To: cs@arXiv.org, Subject: cancel",
 RULE,
 " Submissions to:",
 "Artificial Intelligence",
 "Computer Vision and Pattern Recognition",
 "Machine Learning",
 " received from  Thu 25 Mar 21 18:00:00 GMT  to  Fri 26 Mar 21 18:00:00 GMT",
 RULE, RULE,
 record("2103.14167", "Thu, 25 Mar 2021 21:03:37 GMT", 14806, "cs.CV"),
 RULE,
 record("2103.14339", "Fri, 26 Mar 2021 04:16:52 GMT", 1587, "cs.CV cs.AI cs.LG"),
 RULE,
 record("2103.14586", "Fri, 26 Mar 2021 16:47:55 GMT", 2714, "cs.CV cs.LG"),
 RULE,
 "[ ... a lista többi része (kb. 170 tétel) törölve / R. ]",
])
note = f"""Sziasztok!

Továbbítom a hétfői arXiv-listát, kigyomlálva arra, ami a csütörtöki olvasókörhöz
kell. Javaslatok:

1. A ViT-ek robusztussága (a harmadik tétel lent) -- szerintem ezzel kezdjünk,
   Bence úgyis ezen dolgozik.
2. A COTR (első tétel) inkább Daninak szól, a párosítós projekthez.
3. A MedSelect csak azért maradt bent, mert Zsófi kérte (orvosi képek,
   kevés címke).

A csütörtöki listából ez is ide tartozik, a zajos címkés előtanításhoz:
{T('2103.13646')}
<https://arxiv.org/abs/2103.13646>

Háttérnek, ha valaki nem olvasta még: arXiv:2004.07780 (Geirhos és mtsai.,
„{T('2004.07780')}”), erre a robusztussági cikk is épít.

A múlt heti vitából függőben maradt:
  - {T('2010.08515')} (ICLR 2021) -- Marci viszi
  - „{T('2106.04560')}” (Zhai et al.) -- ha kijön a végleges változat
  - {T('2012.07177')}
    https://openaccess.thecvf.com/content/CVPR2021/html/Ghiasi_Simple_Copy-Paste_Is_a_Strong_Data_Augmentation_Method_for_Instance_CVPR_2021_paper.html

Beosztás a wikin: https://wiki.kepfeldolgozas.example.hu/olvasokor/2021-tavasz
A Teams-szoba ugyanaz, mint eddig.

Üdv,
Réka

-- 
Dr. Kovács Réka, tudományos munkatárs
Képfeldolgozási Kutatócsoport
Példa Tudományegyetem, Informatikai Kar

---------- Továbbított levél ----------
Feladó: no-reply@arxiv.org
Dátum: 2021. márc. 29., H 6:12
Tárgy: cs daily Subj-class mailing 12 1
Címzett: <kovacs.reka@kepfeldolgozas.example.hu>

{listing}
"""

URL = re.compile(r"https?://[^\s<>\"\)]+")


def mhonarc_body(s):
    out, pos = [], 0
    for m in URL.finditer(s):
        out.append(html.escape(s[pos:m.start()], quote=False))
        u = m.group(0).rstrip(".,")
        out.append(f'<a rel="nofollow" href="{html.escape(u)}">{html.escape(u, quote=False)}</a>')
        out.append(html.escape(m.group(0)[len(u):], quote=False))
        pos = m.end()
    out.append(html.escape(s[pos:], quote=False))
    body = "".join(out)
    return re.sub(r"[\w.+-]+@([\w-]+\.)+[a-z]{2,}", lambda m: m.group(0).split("@")[0] + "@xxxxxxxxxx", body)


SUBJ = "Fwd: cs daily Subj-class mailing 12 1 (olvasókör csütörtök)"
FROM = "Kovács Réka <kovacs.reka@kepfeldolgozas.example.hu>"
page = f"""<!-- MHonArc v2.6.19+ -->
<!--X-Subject: {html.escape(SUBJ)} -->
<!--X-From-R13: {html.escape(codecs.encode(FROM, 'rot13'))} -->
<!--X-Date: Mon, 29 Mar 2021 09:47:13 +0200 -->
<!--X-Message-Id: CAF3kQ2y8xV0m+Tq1pR7jWn5bZk4sHd6uLc9eA_0gYo=Xp4rN2w@mail.example.hu -->
<!--X-Content-Type: text/plain -->
<!--X-Head-End-->
<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN"
        "http://www.w3.org/TR/html4/loose.dtd">
<html>
<head>
<title>{html.escape(SUBJ)}</title>
<link rev="made" href="mailto:kovacs.reka@xxxxxxxxxx">
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
</head>
<body>
<!--X-Body-Begin-->
<!--X-User-Header-->
<a href="../">olvasokor-cv</a> &middot; <a href="maillist.html">2021-03</a> &middot; Képfeldolgozási Kutatócsoport levelezőlista-archívum
<!--X-User-Header-End-->
<!--X-TopPNI-->
<hr>
[<a href="msg00041.html">Date Prev</a>][<a href="msg00043.html">Date Next</a>][<a href="msg00039.html">Thread Prev</a>][<a href="msg00045.html">Thread Next</a>][<a href="maillist.html#00042">Date Index</a>][<a href="threads.html#00042">Thread Index</a>]
<!--X-TopPNI-End-->
<!--X-MsgBody-->
<!--X-Subject-Header-Begin-->
<h1>{html.escape(SUBJ)}</h1>
<hr>
<!--X-Subject-Header-End-->
<!--X-Head-of-Message-->
<ul>
<li><em>To</em>: <a href="mailto:olvasokor-cv@DOMAIN.HIDDEN">olvasokor-cv@xxxxxxxxxx</a></li>
<li><em>Subject</em>: {html.escape(SUBJ)}</li>
<li><em>From</em>: Kovács Réka &lt;<a href="mailto:kovacs.reka@DOMAIN.HIDDEN">kovacs.reka@xxxxxxxxxx</a>&gt;</li>
<li><em>Date</em>: Mon, 29 Mar 2021 09:47:13 +0200</li>
<li><em>Message-id</em>: &lt;<a href="msg00042.html">CAF3kQ2y8xV0m+Tq1pR7jWn5bZk4sHd6uLc9eA_0gYo=Xp4rN2w@mail.example.hu</a>&gt;</li>
</ul>
<!--X-Head-of-Message-End-->
<!--X-Head-Body-Sep-Begin-->
<hr>
<!--X-Head-Body-Sep-End-->
<!--X-Body-of-Message-->
<pre>{mhonarc_body(note)}</pre>
<!--X-Body-of-Message-End-->
<!--X-MsgBody-End-->
<!--X-Follow-Ups-->
<hr>
<ul><li><strong>Follow-Ups</strong>:
<ul>
  <li><strong><a name="00045" href="msg00045.html">Re: Fwd: cs daily Subj-class mailing 12 1 (olvasókör csütörtök)</a></strong>
<ul><li><em>From:</em> Szalai Bence &lt;szalai.bence@xxxxxxxxxx&gt;</li></ul></li>
  <li><strong><a name="00047" href="msg00047.html">Re: Fwd: cs daily Subj-class mailing 12 1 (olvasókör csütörtök)</a></strong>
<ul><li><em>From:</em> Fekete Zsófia &lt;fekete.zsofia@xxxxxxxxxx&gt;</li></ul></li>
</ul></li></ul>
<!--X-Follow-Ups-End-->
<!--X-References-->
<!--X-References-End-->
<!--X-BotPNI-->
<ul>
<li>Prev by Date:
<strong><a href="msg00041.html">terem csütörtökön: IK-207 helyett IK-112</a></strong>
</li>
<li>Next by Date:
<strong><a href="msg00043.html">Re: GPU-kvóta április</a></strong>
</li>
<li>Previous by thread:
<strong><a href="msg00039.html">olvasókör beosztás, tavasz 2021</a></strong>
</li>
<li>Next by thread:
<strong><a href="msg00045.html">Re: Fwd: cs daily Subj-class mailing 12 1 (olvasókör csütörtök)</a></strong>
</li>
<li>Index(es):
<ul>
<li><a href="maillist.html#00042"><strong>Date</strong></a></li>
<li><a href="threads.html#00042"><strong>Thread</strong></a></li>
</ul>
</li>
</ul>

<!--X-BotPNI-End-->
<!--X-User-Footer-->
<hr>
<address>Archívum: <a href="../">olvasokor-cv</a> &middot; MHonArc</address>
<!--X-User-Footer-End-->
</body>
</html>
"""
write_only(F539, page, keys(F539), [html.unescape(re.sub(r"<[^>]+>", "", page))])
