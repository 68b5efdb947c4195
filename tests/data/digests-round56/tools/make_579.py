#!/usr/bin/env python3
"""579: a HyperKitty (Mailman 3 archiver) REST answer, GET /hyperkitty/api/list/<list>/email/<hash>/?format=json,
for a Romanian lab member's forward of an arXiv cs listing (trimmed to three records) with her note about vision
backbones: url, mailinglist, message_id, message_id_hash, thread, sender, sender_name, subject, date, parent,
children, content (the plain-text body, wrapped at 72 / the mailing's 79-column lines), attachments — compact JSON
as Django REST framework renders it (non-ASCII kept)."""
import json, os, sys, textwrap
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, CAT, write_only
from make_expected import F579, keys

def wrapabs(s):
    return "\n".join(textwrap.wrap(" ".join(s.split()), 79, initial_indent="  ", subsequent_indent=""))

def rec(aid, date, size, cats, comments=None):
    e = CAT[aid]
    tl = textwrap.wrap("Title: " + e["title"], 79, subsequent_indent="  ")
    al = textwrap.wrap("Authors: " + ", ".join(e["authors"][:-1]) + " and " + e["authors"][-1], 79, subsequent_indent="  ")
    out = ["------------------------------------------------------------------------------", "\\\\",
           f"arXiv:{aid}", f"Date: {date}   ({size}kb)", ""] + tl + al + [f"Categories: {cats}"]
    if comments: out.append(f"Comments: {comments}")
    out += ["\\\\", wrapabs(e["abstract"]), "\\\\", f"\\\\ ( https://arxiv.org/abs/{aid} ,  {size}kb)"]
    return "\n".join(out)

note = f"""Salut tuturor,

v-am dat mai jos trei intrari din listingul de azi care mi s-au parut
relevante pentru noi (restul de ~180 le-am taiat, e prea lung pentru
lista). MedSelect e interesant pentru proiectul cu radiografiile lui
Vlad; survey-ul e bun ca lectura de fond pentru seminarul de joi.

Pentru sedinta de backbone-uri din aprilie propun, in ordinea asta:

  1. "{T('1512.03385')}" (He et al., CVPR 2016) -- clasicul,
     il stie toata lumea dar merita recitit sectiunea 3.3
  2. "{T('1502.01852')}"
     -- arXiv:1502.01852 (PReLU + initializarea "He")
  3. {T('1905.11946')}
     (Tan & Le, ICML 2019)
  4. "{T('1912.11370')}"
     (ECCV 2020)
  5. "{T('2106.10270')}"
     (TMLR 2022) -- daca avem timp

Codul pentru 3 si 4 e in timm, nu mai trebuie sa-l clonam separat.
Slide-urile de anul trecut sunt pe wiki-ul grupului:
https://wiki.vedere.example.ro/Seminar/Backbones2020

Ioana

-------- Forwarded Message --------
Subject: cs daily Subj-class mailing 1e0b 1
Date: Fri, 26 Mar 2021 04:21:17 GMT
From: no-reply@arxiv.org
To: ioana.dumitrescu@vedere.example.ro

------------------------------------------------------------------------------
------------------------------------------------------------------------------
Send any comments regarding submissions directly to submitter.
------------------------------------------------------------------------------
Archives at http://arxiv.org/
To unsubscribe, e-mail To: cs@arXiv.org, Subject: cancel
------------------------------------------------------------------------------
 Submissions to:
Computer Vision and Pattern Recognition
Machine Learning
 received from  Wed 24 Mar 21 18:00:00 GMT  to  Thu 25 Mar 21 18:00:00 GMT
------------------------------------------------------------------------------
"""
body = note + "\n".join([
    rec("2103.14338", "Thu, 25 Mar 2021 09:14:52 GMT", 8120, "cs.CV"),
    rec("2103.14339", "Thu, 25 Mar 2021 10:02:11 GMT", 1741, "cs.CV cs.AI cs.LG", "10 pages"),
    rec("2103.14636", "Thu, 25 Mar 2021 17:40:03 GMT", 2283, "cs.LG"),
]) + """
------------------------------------------------------------------------------
[... restul listingului taiat de Ioana ...]
------------------------------------------------------------------------------
%%--%%--%%--%%--%%--%%--%%--%%--%%--%%--%%--%%--%%--%%--%%--%%--%%--%%--%%--%%
"""
content = body + "_______________________________________________\nvedere-lab mailing list -- vedere-lab@lists.vedere.example.ro\nTo unsubscribe send an email to vedere-lab-leave@lists.vedere.example.ro\n"
h = "K3ZQX7WJ4M2DFRN6UYT5PLBHAVCE0GSO"
base = "https://lists.vedere.example.ro/hyperkitty/api"
doc = {
 "url": f"{base}/list/vedere-lab@lists.vedere.example.ro/email/{h}/",
 "mailinglist": f"{base}/list/vedere-lab@lists.vedere.example.ro/",
 "message_id": "b7e1c2d4-5a9f-4e31-9c0d-3f8a61e2c7b4@vedere.example.ro",
 "message_id_hash": h,
 "thread": f"{base}/list/vedere-lab@lists.vedere.example.ro/thread/{h}/",
 "sender": {"address": "ioana.dumitrescu (a) vedere.example.ro", "mailman_id": "5d0c7e2a91f34b6c8e2a0d4f1b7c9e63",
            "emails": f"{base}/sender/5d0c7e2a91f34b6c8e2a0d4f1b7c9e63/emails/"},
 "sender_name": "Ioana Dumitrescu",
 "subject": "[vedere-lab] Fwd: cs daily Subj-class mailing 1e0b 1 (3 lucrari + propuneri backbone)",
 "date": "2021-03-26T09:47:33+02:00",
 "parent": None,
 "children": [f"{base}/list/vedere-lab@lists.vedere.example.ro/email/7WQ2R5NXH3KCJY6ZD4TMB8PLFVAEUGS1/"],
 "content": content,
 "attachments": [],
}
text = json.dumps(doc, ensure_ascii=False, separators=(",", ":")) + "\n"
write_only(F579, text, keys(F579), [content])
