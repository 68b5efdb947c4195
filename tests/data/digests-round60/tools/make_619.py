#!/usr/bin/env python3
"""619: a Unix mbox folder as Alpine (UW c-client "unix" driver) keeps it: the first message is the pseudo-message
"DON'T DELETE THIS MESSAGE -- FOLDER INTERNAL DATA" with X-IMAP; every message starts with a "From " line, carries
Status / X-Status / X-Keywords / X-UID, body lines starting with "From " are written ">From ", LF line ends. Message 2
forwards (Alpine's "---------- Forwarded message ----------") an arXiv cs daily listing trimmed to three replacement
entries (wrapped titles, "\\\\ ( https://arxiv.org/abs/… ,  NNNkb)" lines); message 3 is a Swedish reply. Topic:
scaling, mixture-of-experts and training systems."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, CAT, write_only
from make_expected import F619, keys

RULE = "-" * 78


def wrap_title(t, width=78):
    words, lines, cur = t.split(), [], "Title:"
    for w in words:
        if len(cur) + 1 + len(w) > width:
            lines.append(cur); cur = "  " + w
        else:
            cur += " " + w
    lines.append(cur)
    return "\n".join(lines)


def wrap_authors(names, width=78):
    out, cur = [], "Authors:"
    for i, n in enumerate(names):
        piece = n + ("," if i < len(names) - 1 else "")
        if len(cur) + 1 + len(piece) > width:
            out.append(cur); cur = "  " + piece
        else:
            cur += " " + piece
    out.append(cur)
    return "\n".join(out)


def replaced(aid, when, kb, cats, comments=None):
    e = CAT[aid]
    s = f"{RULE}\n\\\\\narXiv:{aid}\nreplaced with revised version {when}   ({kb}kb,D)\n\n{wrap_title(e['title'])}\n"
    s += wrap_authors(e["authors"]) + f"\nCategories: {cats}\n"
    if comments: s += f"Comments: {comments}\n"
    s += f"\\\\ ( https://arxiv.org/abs/{aid} ,  {kb}kb)\n"
    return s


listing = f"""{RULE}
{RULE}
Send any comments regarding submissions directly to submitter.
{RULE}
Archives at http://arxiv.org/
To unsubscribe, e-mail To: cs@arXiv.org, Subject: cancel
{RULE}
 Submissions to:
Computation and Language
Distributed, Parallel, and Cluster Computing
Machine Learning
 received from  Fri  8 Mar 24 19:00:00 GMT  to  Mon 11 Mar 24 18:00:00 GMT
{RULE}
{RULE}

[... 214 nya bidrag och 97 korslistningar bortklippta /KL ...]

%%--%%--%%--%%--%%--%%--%%--%%--%%--%%--%%--%%--%%--%%--%%--%%--%%--%%--%%--%%--
{replaced('2307.08691', 'Mon, 11 Mar 2024 16:02:11 GMT', 2087, 'cs.LG')}{replaced('2006.16668', 'Sat, 9 Mar 2024 04:47:30 GMT', 1409, 'cs.CL cs.LG stat.ML')}{replaced('2203.15556', 'Mon, 11 Mar 2024 09:13:58 GMT', 4523, 'cs.CL cs.LG')}
[... 151 ersättningar till bortklippta /KL ...]

%%%---%%%---%%%---%%%---%%%---%%%---%%%---%%%---%%%---%%%---%%%---%%%---%%%---
"""

INTERNAL = """From MAILER-DAEMON Mon Feb  5 09:02:17 2024
Date: 05 Feb 2024 09:02:17 +0100
From: Mail System Internal Data <MAILER-DAEMON@hugin.ekvall-hogskola.example>
Subject: DON'T DELETE THIS MESSAGE -- FOLDER INTERNAL DATA
Message-ID: <1707120137@hugin.ekvall-hogskola.example>
X-IMAP: 1707120137 0000000003
Status: RO

This text is part of the internal format of your mail folder, and is not
a real message.  It is created automatically by the mail system software.
If deleted, important folder data will be lost, and it will be re-created
with the data reset to initial values.

"""

m1_body = f"""Hej alla i läsgruppen,

dagens listning från arXiv hade tre ersättningar (nya versioner) av artiklar
som står på vår läslista för vårterminen, så jag klipper ut just dem. Resten
av listningen har jag tagit bort, den var över 300 poster lång.

Notera att FlashAttention-2 har fått en ny version med uppdaterade siffror
för H100, och att GShard-artikeln tydligen fått en omarbetad appendix om
sharding-annoteringarna. Chinchilla-artikeln har bara en liten rättelse
i tabell 3, som jag förstår det.

Vi tar de tre på torsdag kl. 13.15 i seminarierum Gamma (eller Zoom, länk
i kalendern).

Hälsningar
Kerstin

---------- Forwarded message ----------
Date: Mon, 11 Mar 2024 20:00:04 -0400
From: no-reply@arxiv.org
To: cs daily title/abstract distribution <rabble@arxiv.org>
Subject: cs daily Subj-class mailing 1015 1

{listing}"""

m2_body = f"""On Tue, 12 Mar 2024, Kerstin Lindqvist wrote:

> dagens listning från arXiv hade tre ersättningar (nya versioner) av artiklar
> som står på vår läslista för vårterminen, så jag klipper ut just dem.

Tack! Innan vi läser GShard tycker jag att vi borde repetera grunderna för
mixture-of-experts. Originalartikeln är

  "{T('1701.06538')}"
  (Shazeer m.fl., ICLR 2017)
  https://openreview.net/forum?id=B1ckMDqlg

och sedan uppföljaren "{T('2101.03961')}"
(Fedus, Zoph, Shazeer), arXiv 2101.03961. Den andra förklarar top-1-routing
mycket tydligare än GShard gör.

För dem som inte läst systemdelen förra terminen föreslår jag också:

  - "{T('1909.08053')}"
    (Shoeybi m.fl., 2019) -- tensorparallellism inom ett lager
  - "{T('1910.02054')}"
    (Rajbhandari m.fl., SC 2020) -- partitionering av optimerartillstånd
  - "{T('2001.08361')}"
    (Kaplan m.fl., 2020) -- behövs som bakgrund till Chinchilla-diskussionen

PDF:erna ligger i gruppens Nextcloud-mapp "Läsgrupp/VT24", så ni behöver inte
leta. DeepSpeed-dokumentationen är också bra som komplement; ett citat därifrån
som jag sparat:

From the DeepSpeed docs: "ZeRO-Offload enables training of models with up to
13 billion parameters on a single GPU." (dokumentation, inte en artikel)

Och för den som vill ha något lättare: Lilian Wengs blogginlägg om storskalig
träning är en bra översikt, men det är ett blogginlägg, inte en artikel.

/Jonas

-- 
Jonas Ekström, doktorand
Institutionen för datavetenskap, Ekvall högskola (fiktiv)
"""
m2_body = "\n".join(">" + l if l.startswith("From ") else l for l in m2_body.split("\n"))

m1 = f"""From kerstin.lindqvist@ekvall-hogskola.example Tue Mar 12 08:41:03 2024
Date: Tue, 12 Mar 2024 08:41:03 +0100 (CET)
From: Kerstin Lindqvist <kerstin.lindqvist@ekvall-hogskola.example>
To: lasgrupp-skalning@lists.ekvall-hogskola.example
Subject: Fwd: cs daily Subj-class mailing 1015 1 (utdrag: tre ersättningar)
Message-ID: <alpine.DEB.2.22.394.2403120833210.48213@hugin.ekvall-hogskola.example>
User-Agent: Alpine 2.26 (DEB 649 2022-06-02)
MIME-Version: 1.0
Content-Type: TEXT/PLAIN; charset=UTF-8
Content-Transfer-Encoding: 8BIT
Status: RO
X-Status: 
X-Keywords:                  
X-UID: 1

{m1_body}
"""
m2 = f"""From jonas.ekstrom@ekvall-hogskola.example Tue Mar 12 10:17:45 2024
Date: Tue, 12 Mar 2024 10:17:45 +0100 (CET)
From: Jonas Ekstrom <jonas.ekstrom@ekvall-hogskola.example>
To: lasgrupp-skalning@lists.ekvall-hogskola.example
Subject: Re: Fwd: cs daily Subj-class mailing 1015 1 (utdrag: tre ersättningar)
In-Reply-To: <alpine.DEB.2.22.394.2403120833210.48213@hugin.ekvall-hogskola.example>
References: <alpine.DEB.2.22.394.2403120833210.48213@hugin.ekvall-hogskola.example>
Message-ID: <alpine.DEB.2.22.394.2403121002480.51177@munin.ekvall-hogskola.example>
User-Agent: Alpine 2.26 (DEB 649 2022-06-02)
MIME-Version: 1.0
Content-Type: TEXT/PLAIN; charset=UTF-8; format=flowed
Content-Transfer-Encoding: 8BIT
Status: RO
X-Status: A
X-Keywords:                  
X-UID: 2

{m2_body}
"""
text = INTERNAL + m1 + m2
write_only(F619, text, keys(F619))
