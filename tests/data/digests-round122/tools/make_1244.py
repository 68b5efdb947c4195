#!/usr/bin/env python3
"""1244: a forum.ge thread (Georgian) saved from the browser as "HTML only": the board is an Invision Power Board 1.3
descendant served as iso-8859-1, so every Georgian letter (and the emoji) is a decimal character reference (`&#4306;`)
and the file is pure ASCII. IPB 1.3 markup: the navstrip, the topic's maintitle with its description, page links,
one `ipbtable` per post (`<a name="entryN">`, normalname, postdetails with the date, the member box with group /
posts / registration / ID, `postcolor` body, quotes as quotetop / quotemain), the quick-reply strip and the IPB
footer. Papers: arXiv abs / pdf links (autolinked), an OpenReview forum link, an `arXiv:` id, titles alone; the
leaderboard, repositories, a model and a course are not papers."""
import os, sys, html
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_raw
from make_expected import F1244, keys

TOPIC, FORUM, FID = 35298641, "მეცნიერება და ტექნოლოგიები", 36
TITLE = "LLM-ები: რა წავიკითხოთ?"
DESC = "სტატიები, ბენჩმარკები, კოდი"


def ent(s):
    return "".join(c if ord(c) < 128 else f"&#{ord(c)};" for c in s)


def link(u):
    return f'<a href="{u}" target="_blank">{u}</a>'


USERS = {  # nick: (id, group, posts, registered)
    "GiorgiML": (412877, "მომხმარებელი", 1287, "14.09.2016"),
    "ნინო_ბ": (538120, "მომხმარებელი", 342, "02.02.2020"),
    "data_lasha": (501963, "მომხმარებელი", 2051, "27.11.2018"),
    "Tornike88": (233410, "VIP", 9874, "08.05.2011"),
    "sandro_dev": (597305, "მომხმარებელი", 118, "19.07.2022"),
}
P = [  # (entry id, nick, date, body html, with Georgian as text to encode)
 (61004215, "GiorgiML", "11 Mar 2024, 21:14",
  f"გამარჯობა ყველას. ვხსნი თემას, სადაც დიდ ენობრივ მოდელებზე (LLM) სტატიებს გავაზიარებთ — ოღონდ სტატიებს, "
  f"და არა YouTube-ის ვიდეოებს.<br /><br />დავიწყოთ ღია მოდელებით:<br /><b>{T('2302.13971')}</b><br />"
  f"{link('https://arxiv.org/abs/2302.13971')}<br /><br />ვისაც დიდი მოდელების წვრთნა აინტერესებს, კლასიკაა "
  f"{T('1909.08053')} (NVIDIA, 2019). კოდი: {link('https://github.com/NVIDIA/Megatron-LM')}"),
 (61004398, "ნინო_ბ", "11 Mar 2024, 22:40",
  f"აგენტებზე ორი სტატია მაქვს:<br />1. {T('2303.11366')} — {link('https://arxiv.org/abs/2303.11366')}<br />"
  f"2. {T('2310.06770')} — ICLR 2024, {link('https://openreview.net/forum?id=VTF8yNQM66')}<br /><br />"
  f"მეორე უფრო ბენჩმარკია, მაგრამ მაგარი წასაკითხია."),
 (61005127, "data_lasha", "12 Mar 2024, 09:03",
  f"<div class='quotetop'>ციტატა (ნინო_ბ @ 11 Mar 2024, 22:40 )</div><div class='quotemain'>მეორე უფრო ბენჩმარკია, "
  f"მაგრამ მაგარი წასაკითხია.</div><br />ვეთანხმები. RAG-ზე კიდევ: {T('2310.11511')}, arXiv:2310.11511<br />"
  f"და გრძელ კონტექსტზე აუცილებლად: {T('2307.03172')} — შუაში მოთავსებულ ინფორმაციას მოდელი ცუდად იყენებს."),
 (61006880, "Tornike88", "12 Mar 2024, 13:27",
  f"შეფასებაზე რამე? მე ამას ვკითხულობ: {T('2306.05685')}<br />რეიტინგი აქ არის (ეს არ არის სტატია): "
  f"{link('https://chat.lmsys.org/?leaderboard')}"),
 (61007514, "sandro_dev", "12 Mar 2024, 18:52",
  f"ინფერენსის სიჩქარეზე: {T('2307.08691')}<br />{link('https://arxiv.org/pdf/2307.08691.pdf')}<br /><br />"
  f"პრაქტიკაში vLLM-ს ვიყენებ: {link('https://github.com/vllm-project/vllm')}"),
 (61009036, "GiorgiML", "13 Mar 2024, 10:11",
  f"მადლობა ყველას &#128079; ქართულ ენაზე ვინმე ცდილობს? HF-ზე ვნახე ეს მოდელი: "
  f"{link('https://huggingface.co/tbilisi-nlp/kartuli-mistral-7b')}<br />და კურსი დამწყებთათვის: "
  f"{link('https://huggingface.co/learn/nlp-course')}"),
]


def post(eid, nick, date, body):
    uid, grp, n, reg = USERS[nick]
    return f"""<table class='ipbtable' cellspacing="1">
<tr>
<td valign="middle" class="row4" width="1%"><a name="entry{eid}"></a><span class="normalname"><a href="https://forum.ge/?showuser={uid}">{ent(nick)}</a></span></td>
<td class="row4" valign="top" width="99%"><div align="left" class="row4" style="float:left;padding-top:4px;padding-bottom:4px"><span class="postdetails"><b>{ent('დაწერილია:')}</b> {date}</span></div><div align="right"><a href="https://forum.ge/?act=Post&amp;CODE=06&amp;f={FID}&amp;t={TOPIC}&amp;p={eid}">{ent('ციტატა')}</a></div></td>
</tr>
<tr>
<td valign="top" class="post2"><span class="postdetails">{ent('ჯგუფი')}: {ent(grp)}<br />{ent('პოსტები')}: {n}<br />{ent('რეგისტრ.')}: {reg}<br />ID: {uid}</span></td>
<td width="100%" valign="top" class="post2"><div class="postcolor">{ent(body)}</div></td>
</tr>
</table>
<div class="darkrow1" style="height:5px"><!-- --></div>
"""


posts = "".join(post(*p) for p in P)
page = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xml:lang="en" lang="en" xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="content-type" content="text/html; charset=iso-8859-1" />
<title>Forum.Ge -&gt; {ent(TITLE)}</title>
</head>
<body>
<div id="ipbwrapper">
<div class="borderwrap"><div id="logostrip"><a href="https://forum.ge/"><img src="https://forum.ge/style_images/1/logo4.gif" alt="Forum.Ge" /></a></div></div>
<div id="navstrip"><a href="https://forum.ge/">Forum.Ge</a>&nbsp;&gt;&nbsp;<a href="https://forum.ge/?f={FID}">{ent(FORUM)}</a>&nbsp;&gt;&nbsp;{ent(TITLE)}</div>
<br />
<table width="100%" style="padding:0px" cellspacing="0" cellpadding="0">
<tr>
<td align="left" width="20%" nowrap="nowrap">{ent('გვერდები')}: (1) [1]&nbsp;</td>
<td align="right" width="80%"><a href="https://forum.ge/?act=Post&amp;CODE=02&amp;f={FID}&amp;t={TOPIC}">{ent('პასუხი')}</a></td>
</tr>
</table>
<div class="borderwrap">
<div class="maintitle"><b>{ent(TITLE)}</b>, {ent(DESC)}</div>
<div class="row2">{ent('პასუხები')}: {len(P) - 1} &middot; {ent('ნანახია')}: 1384</div>
{posts}</div>
<table width="100%" style="padding:0px" cellspacing="0" cellpadding="0">
<tr>
<td align="left" width="20%" nowrap="nowrap">{ent('გვერდები')}: (1) [1]&nbsp;</td>
<td align="right" width="80%"><a href="https://forum.ge/?act=Post&amp;CODE=02&amp;f={FID}&amp;t={TOPIC}">{ent('პასუხი')}</a></td>
</tr>
</table>
<div class="copyright">Powered by Invision Power Board(U) v1.3.1 Final &copy; 2003 &nbsp;<a href="http://www.invisionpower.com" target="_blank">IPS, Inc.</a></div>
</div>
</body>
</html>
"""
assert all(ord(c) < 128 for c in page)
write_raw(F1244, page.encode("ascii"), [page, html.unescape(page)], keys(F1244))
