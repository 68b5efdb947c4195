#!/usr/bin/env python3
"""1646 (negative control): a post on blog.is (the blog platform of Morgunblaðið's mbl.is) copied from the browser with
its comments, Icelandic: the mbl.is head and menu, the blogger's name, nickname and description, title, date, the post
(a teacher on the first three months of a phone ban at her school), «Flokkur: … | Breytt … | Facebook»,
«Athugasemdir» with numbered comments («Smámynd: name», text, «name, d.m.yyyy kl. HH:MM»), the comment box, the
sidebar «Um bloggið» / «Nýjustu færslur» and the footer. No paper: only a book, a survey report, an institution, apps."""
import datetime as dt, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import write
from make_expected import by_num
F = by_num(1646)
isd = lambda d: f"{d.day}.{d.month}.{d.year}"
post = dt.datetime(2025, 3, 11, 21, 42)
edited = dt.datetime(2025, 3, 12, 8, 15)
body = """Í janúar tókum við upp símabann í skólanum mínum í Hafnarfirði. Nemendur í 8.–10. bekk skila símanum í skáp að morgni og fá hann aftur þegar skóladeginum lýkur. Ég var sjálf efins og bjóst við mótmælum, bæði frá nemendum og foreldrum. Nú eru liðnir þrír mánuðir og mig langar að segja frá því hvernig þetta hefur gengið.

Frímínúturnar breyttust fyrst. Í stað þess að sitja hlið við hlið hvert í sínum síma eru krakkarnir farnir að spila borðspil, fótbolta og jafnvel spjalla saman. Þetta hljómar eins og klisja, en ég sé það á hverjum degi.

Í kennslustundum er minna um truflanir. Áður þurfti ég að biðja nemendur að leggja frá sér símann oft á dag; það er liðin tíð. Sumir nemendur segja sjálfir að þeim líði betur og að þeir sofi betur, þó að erfitt sé að vita hvað er símabanninu að þakka og hvað ekki.

En þetta er ekki allt jákvætt. Nemendur með lesblindu notuðu símann til að láta lesa texta upphátt, og við þurftum að finna aðrar lausnir með spjaldtölvum skólans. Foreldrar hafa líka kvartað yfir því að ná ekki í börnin sín yfir daginn, þó að skrifstofan svari alltaf í síma.

Margir hafa bent mér á bókina The Anxious Generation eftir Jonathan Haidt. Hún er áhugaverð, en ég held að við eigum ekki að byggja skólastefnu á einni bók. Niðurstöður PISA 2022 voru vissulega slæmar fyrir Ísland, en þar spila margir þættir inn í, ekki bara símarnir.

Mín niðurstaða eftir þrjá mánuði: bannið er gott skref, en það kemur ekki í staðinn fyrir kennslu um skjánotkun. Við byrjum í apríl á námskeiði fyrir 9. bekk um samfélagsmiðla, TikTok og Snapchat, þar sem nemendur rannsaka sína eigin notkun.

Hvað finnst ykkur? Hafa fleiri skólar reynslu af þessu?"""
comments = [
    ("Jón Ólafsson", dt.datetime(2025, 3, 11, 22, 10),
     "Góð grein og yfirveguð. Við tókum þetta upp í Garðabæ í haust og reynslan er svipuð. Frímínúturnar eru allt aðrar."),
    ("Helga Björk Einarsdóttir", dt.datetime(2025, 3, 11, 23, 2),
     "Sem foreldri er ég ánægð, en það mætti láta okkur vita betur hvernig við getum náð í börnin ef eitthvað kemur upp á."),
    ("Sigríður Hafsteinsdóttir", dt.datetime(2025, 3, 12, 7, 48),
     "Takk Helga, þetta er góður punktur. Við ætlum að senda foreldrum bréf um þetta í næstu viku."),
    ("Gunnar Th. Gunnarsson", dt.datetime(2025, 3, 12, 12, 31),
     "Af hverju þurfti bann? Væri ekki nær að kenna börnunum að nota símann rétt? Boð og bönn hafa aldrei virkað."),
    ("Jón Ólafsson", dt.datetime(2025, 3, 12, 13, 5),
     "Gunnar, Sigríður segir einmitt að bannið komi ekki í staðinn fyrir kennsluna. Lestu greinina aftur."),
]
out = ["mbl.is", "Blog.is", "", "Forsíða  Innlent  Erlent  Viðskipti  Íþróttir  Fólk  Blogg", "Skráning  Innskráning", "",
       "Sigríður Hafsteinsdóttir", "Sigga kennari",
       "Kennari í Hafnarfirði til tuttugu ára. Skrifa um skólamál, börn og tækni.", "",
       "Símabann í skólum: fyrstu þrír mánuðirnir", f"{isd(post)} | {post:%H:%M}", "", body, "",
       f"Flokkur: Menntun og skóli | Breytt {isd(edited)} kl. {edited:%H:%M} | Facebook", "", "Athugasemdir", ""]
prev = post
for i, (who, when, text) in enumerate(comments, 1):
    assert when > prev; prev = when
    out += [f"{i} Smámynd: {who}", "", text, "", f"{who}, {isd(when)} kl. {when:%H:%M}", ""]
out += ["Bæta við athugasemd", "Ath. Til að geta skrifað athugasemd þarftu að vera innskráð(ur).", "",
        "Um bloggið", "Sigga kennari", "Sigríður Hafsteinsdóttir", "Færslur: 214", "Frá upphafi: 187 302", "", "Nýjustu færslur",
        "Símabann í skólum: fyrstu þrír mánuðirnir", "Samræmt námsmat – hvað tekur við?", "Lesskilningur og hljóðbækur", "",
        "Innskráning", "", "mbl.is", "Hádegismóum 2 · 110 Reykjavík · Sími 569 1100",
        "© Árvakur hf. 2025. Öll réttindi áskilin.", ""]
write(F, "\n".join(out), negative=True)
