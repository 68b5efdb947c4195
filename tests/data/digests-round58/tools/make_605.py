#!/usr/bin/env python3
"""605: an .eml downloaded from Roundcube Webmail 1.6 ("More ▸ Download (.eml)"): a message forwarded inline with
Roundcube's Czech forward header ("-------- Původní zpráva --------" / Předmět / Datum / Od / Komu), the forwarder's
note on top, and the arXiv cs daily listing e-mail below it, trimmed to the new submission and the replacements the
forwarder wanted (\\\\ separators, "arXiv:ID" / "Date:" or "replaced with revised version" lines, Title / Authors /
Categories / Comments wrapped at 80 columns, abstracts, "\\\\ ( https://arxiv.org/abs/ID ,  NNkb)", the %%--%% and
%%%---%%% separators). RFC 5322 headers, CRLF line ends, 8bit UTF-8. Czech, a self-supervised vision reading group."""
import os, sys, textwrap
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import CAT, T, OR, fill, write_raw
from make_expected import F605, keys

DASH = "-" * 78


def wrapfield(label, value):
    lines = textwrap.wrap(f"{label}: {value}", 80, subsequent_indent="  ", break_long_words=False, break_on_hyphens=False)
    return lines


def entry_new(k, date, size, comments=None):
    e = CAT[k]
    out = ["\\\\", f"arXiv:{k}", f"Date: {date}   ({size}kb,D)", ""]
    out += wrapfield("Title", e["title"]) + wrapfield("Authors", ", ".join(e["authors"]))
    out += [f"Categories: {' '.join(e.get('categories') or ['cs.CV'])}"]
    if comments: out += wrapfield("Comments", comments)
    out += ["\\\\"] + textwrap.wrap("  " + e["abstract"], 80, break_long_words=False)
    out += [f"\\\\ ( https://arxiv.org/abs/{k} ,  {size}kb)", DASH]
    return out


def entry_repl(k, date, size, comments=None):
    e = CAT[k]
    out = ["\\\\", f"arXiv:{k}", f"replaced with revised version {date}   ({size}kb,D)", ""]
    out += wrapfield("Title", e["title"]) + wrapfield("Authors", ", ".join(e["authors"]))
    out += [f"Categories: {' '.join(e.get('categories') or ['cs.CV'])}"]
    if comments: out += wrapfield("Comments", comments)
    out += [f"\\\\ ( https://arxiv.org/abs/{k} ,  {size}kb)", DASH]
    return out


note = fill("""Ahoj všichni,

přeposílám pondělní výpis z arXivu (cs.CV), zkrácený jen na to, co se týká
našeho čtenářského kroužku o samoučení (self-supervised learning). Zbytek
výpisu (asi 140 záznamů) jsem smazala, ať to nezahltí schránky.

Hlavní novinka je DINOv2 – navrhuji ji na čtvrtek 27. 4. Zároveň se v tomtéž
výpisu objevily nové verze dvou starších článků, které máme v plánu na květen,
takže si prosím stáhněte aktuální PDF (odkazy jsou níže ve výpisu).

K tomu ještě doplňuji věci, které ve výpisu nejsou, ale patří do stejného
bloku:

 - ⟦2002.05709⟧ (Chen, Kornblith,
   Norouzi, Hinton; ICML 2020) – arXiv:2002.05709, pro nováčky jako úvod.
 - ⟦2103.13646⟧ (Zheltonozhskii, Baskin, Mendelson, Bronstein,
   Litany) – fórum s recenzemi:
   https://openreview.net/forum?id=@@OR_C2D@@
   (Ondra to chce spojit s naším projektem s šumovými anotacemi.)
 - ⟦1807.03748⟧ (van den Oord, Li, Vinyals)
   – historický základ, PDF je ve sdílené složce kroužku.
 - ⟦2006.05576⟧ (Tsai, Wu,
   Salakhutdinov, Morency; ICLR 2021) – teoretický pohled, spíš jako
   doplňkové čtení.
 - ⟦2012.07177⟧
   (Ghiasi, Cui, Srinivas, Qian, Lin, Cubuk, Le, Zoph; CVPR 2021) – není to
   samoučení, ale augmentace, kterou používáme při dolaďování na COCO.

Podklady: kód k DINOv2 je v repozitáři facebookresearch/dinov2 na GitHubu
(software, ne článek), natrénované modely jsou i v knihovně timm. Jako úvod
doporučuji přednášku o samoučení z kurzu CS231n a blog Lilian Weng
(„Self-Supervised Representation Learning“).

Místnost: S510 (Malostranské nám.), čtvrtek 15:40, jako obvykle.

Petra
""").replace("@@OR_C2D@@", OR("2103.13646"))

listing = [DASH, DASH, "Send any comments regarding submissions directly to submitter.", DASH,
           "Archives at http://arxiv.org/", "To unsubscribe, e-mail To: cs@arXiv.org, Subject: cancel", DASH,
           " Submissions to:", "Computer Vision and Pattern Recognition",
           " received from  Thu 13 Apr 23 18:00:00 GMT  to  Fri 14 Apr 23 18:00:00 GMT", DASH, DASH]
listing += ["[… zkráceno: 38 nových záznamů vynecháno …]", DASH]
listing += entry_new("2304.07193", "Fri, 14 Apr 2023 17:58:17 GMT", 38092)
listing += ["[… zkráceno: 61 nových záznamů a křížových odkazů vynecháno …]", DASH]
listing += ["%%--%%--%%--%%--%%--%%--%%--%%--%%--%%--%%--%%--%%--%%--%%--%%--%%--%%--%%--%%", DASH]
listing += entry_repl("2104.14294", "Fri, 14 Apr 2023 08:41:09 GMT", 21517, "21 pages")
listing += ["[… zkráceno: 22 náhrad vynecháno …]", DASH]
listing += entry_repl("2011.10566", "Fri, 14 Apr 2023 12:07:33 GMT", 1893, "Technical report, 10 pages")
listing += ["%%%---%%%---%%%---%%%---%%%---%%%---%%%---%%%---%%%---%%%---%%%---%%%---%%%---"]

fwd = ["-------- Původní zpráva --------", "Předmět: cs daily Subj-class mailing 100 17", "Datum: 2023-04-17 02:36",
       "Od: send mail ONLY to cs <no-reply@arxiv.org>", "Komu: cs daily title abstracts <petra.novakova@ufal-kruh.example>", ""]
sig = ["-- ", "Petra Nováková", "Kroužek strojového vidění, Katedra informatiky (fiktivní pracoviště)",
       "petra.novakova@ufal-kruh.example | místnost S512"]
headers = ["Return-Path: <petra.novakova@ufal-kruh.example>",
           "Delivered-To: ssl-kruh@ufal-kruh.example",
           "Received: from mail.ufal-kruh.example (localhost [127.0.0.1])",
           "\tby mail.ufal-kruh.example (Postfix) with ESMTPSA id 4Q0K1s2b7Lz9rxL",
           "\tfor <ssl-kruh@ufal-kruh.example>; Mon, 17 Apr 2023 09:14:52 +0200 (CEST)",
           "MIME-Version: 1.0",
           "Date: Mon, 17 Apr 2023 09:14:52 +0200",
           "From: =?UTF-8?Q?Petra_Nov=C3=A1kov=C3=A1?= <petra.novakova@ufal-kruh.example>",
           "To: ssl-kruh@ufal-kruh.example",
           "Subject: Fwd: cs daily Subj-class mailing 100 17",
           "Message-ID: <7c41e0b95d2a83f6e1b0c9d4a7f25e18@ufal-kruh.example>",
           "X-Sender: petra.novakova@ufal-kruh.example",
           "User-Agent: Roundcube Webmail/1.6.1",
           "Content-Type: text/plain; charset=UTF-8",
           "Content-Transfer-Encoding: 8bit"]
body = note.rstrip("\n").split("\n") + [""] + fwd + listing + ["", *sig]
text = "\r\n".join(headers + [""] + body) + "\r\n"
write_raw(F605, text.encode("utf-8"), [text], keys(F605))
