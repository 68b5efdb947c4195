#!/usr/bin/env python3
"""694: a Fossil SCM wiki artifact as `fossil artifact <hash>` prints it: cards in order D (ISO-8601 with milliseconds),
L (page name, spaces as \\s), N (mimetype text/x-fossil-wiki), P (parent artifact, 64-hex SHA3-256), U (user),
W <size> followed by exactly <size> bytes of page text and a newline, then Z <MD5 of everything before the Z card>.
The page text is Fossil wiki markup (HTML subset: <h1>-<h3>, <p>, <b>, <i>, <table>, <nowiki>; two-space "*" bullets
and "#" enumerations; [URL | label] hyperlinks and [Page] wiki links). A Czech lab's wiki page on vision backbones."""
import hashlib, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, authors, write_only
from make_expected import F694, keys, ALEXNET


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def au(k, n=3):
    a = authors(k)
    return ", ".join(a[:n]) + (" a kol." if len(a) > n else "")


W = f"""<h1>Čtenářský kroužek: páteřní sítě pro počítačové vidění</h1>

<p>Stránka kroužku skupiny <b>Strojové vnímání</b> (Ústav informatiky, Technická univerzita v Hradci nad Sázavou).
Scházíme se ve čtvrtek v 15:30 v zasedačce B-204, online přes Jitsi (odkaz v [Kalendář kroužku]).
Kdo referuje, vloží slajdy do repozitáře <nowiki>slides/</nowiki> a doplní řádek do tabulky níže.</p>

<h2>Pravidla</h2>

  *  Referát max. 35 minut, pak diskuse. Slajdy česky nebo anglicky.
  *  U každého článku uvádějte <b>celý název</b> a autory; odkaz na arXiv, pokud existuje.
  *  Blogy, repozitáře a videa patří do sekce [#zdroje | Další zdroje], ne do seznamu článků.

<h2>Seznam článků (jaro 2024)</h2>

<table border="1" cellpadding="4">
<tr><th>Datum</th><th>Článek</th><th>Referuje</th><th>Poznámka</th></tr>
<tr><td>22. 2.</td><td><i>{esc(T(ALEXNET))}</i><br>{esc(au(ALEXNET))} (NIPS 2012)</td><td>Dvořák</td>
<td>Historický úvod; PDF je ve sdíleném adresáři, odkaz na arXiv neexistuje.</td></tr>
<tr><td>29. 2.</td><td><i>{esc(T('2010.11929'))}</i><br>{esc(au('2010.11929'))}</td><td>Nováková</td>
<td>[https://openreview.net/forum?id=YicbFdNTTy | OpenReview (ICLR 2021)]</td></tr>
<tr><td>7. 3.</td><td><i>{esc(T('2106.10270'))}</i><br>{esc(au('2106.10270'))}</td><td>Horák</td>
<td>arXiv:2106.10270 — augmentace a regularizace vs. velikost dat; tabulky s &gt; 50 000 natrénovanými modely.</td></tr>
<tr><td>14. 3.</td><td><i>{esc(T('2106.04560'))}</i><br>{esc(au('2106.04560'))}</td><td>Nováková</td>
<td>[https://arxiv.org/abs/2106.04560 | arXiv] — škálovací zákony pro ViT-G/14.</td></tr>
<tr><td>21. 3.</td><td><i>{esc(T('2103.14030'))}</i><br>{esc(au('2103.14030'))}</td><td>Kučera</td>
<td>[https://arxiv.org/abs/2103.14030 | arXiv] — posunutá okna; porovnat s naší detekcí na datech z dronů.</td></tr>
<tr><td>28. 3.</td><td>—</td><td>—</td><td>Velikonoce, nekoná se.</td></tr>
<tr><td>4. 4.</td><td><i>{esc(T('2201.03545'))}</i><br>{esc(au('2201.03545'))}</td><td>Dvořák</td>
<td>Modernizace ResNetu krok za krokem; odkaz doplní Dvořák.</td></tr>
<tr><td>11. 4.</td><td><i>{esc(T('2010.08515'))}</i><br>{esc(au('2010.08515'))}</td><td>Šimek</td>
<td>Teorie: ekvivariance a vzorková složitost. Bez odkazu (PDF od autora přednášky).</td></tr>
<tr><td>18. 4.</td><td><i>{esc(T('2012.07177'))}</i><br>{esc(au('2012.07177'))}</td><td>Kučera</td>
<td>[https://arxiv.org/pdf/2012.07177v2 | PDF] — jednoduchá augmentace pro instanční segmentaci.</td></tr>
</table>

<h2>Zápisky</h2>

  #  <b>29. 2.</b> — diskuse o tom, proč transformer potřebuje tolik předtrénovacích dat; Horák ukázal
     vlastní pokus na ImageNet-1k (jen 300 epoch, 77,9 % top-1).
  #  <b>14. 3.</b> — na naše GPU (4× A100 40 GB) se největší varianty nevejdou; zkusit gradient checkpointing.
  #  <b>21. 3.</b> — výsledky detekce: tabulka je na stránce [Experimenty/Detekce 2024].
  #  <b>4. 4.</b> — zajímavá část je „makro design“ (poměr bloků 3:3:9:3) a větší jádra 7×7.

<h2><a name="zdroje">Další zdroje</a> (nejsou to články)</h2>

  *  Knihovna [https://github.com/huggingface/pytorch-image-models | timm] — předtrénované váhy a tréninkové skripty.
  *  Referenční tréninkové recepty torchvision (dokumentace).
  *  Kurz [https://cs231n.stanford.edu/ | CS231n] — přednášky 5–9.
  *  Kniha <i>Dive into Deep Learning</i>, kapitola o moderních konvolučních sítích.
  *  Žebříček ImageNet na Papers with Code (jen pro orientaci v číslech).
  *  Datová sada ImageNet-1k: přístup přes ústavní účet, ne stahovat na notebooky!

<h2>Organizace</h2>

  *  Rezervace místnosti: paní Benešová (sekretariát), vždy do pondělí předchozího týdne.
  *  Záznamy z Jitsi se neukládají; kdo chce záznam, domluví se s referujícím předem.
  *  Občerstvení střídavě: Dvořák → Horák → Kučera → Nováková → Šimek (viz [Kroužek/Služby]).
  *  Výpočetní čas pro reprodukce: fronta <nowiki>gpu-kruzek</nowiki> na clusteru, max. 48 GPU-hodin na osobu a týden.
  *  Pokud referát vychází z preprintu, uveďte verzi (v1, v2, …) — čísla v tabulkách se mezi verzemi liší.

<h2>Historie stránky</h2>

<p>Stránka vznikla v únoru 2024 sloučením stránek [Kroužek 2023] a [Páteřní sítě – poznámky].
Starší zápisky (2022–2023) jsou v archivu: [Archiv/Kroužek]. Poslední úpravy: doplněny odkazy u březnových
referátů, opraveno datum u velikonoční přestávky, přidána sekce Organizace.</p>

<h2>Plán na podzim</h2>

<p>Návrhy pište do [Kroužek/Návrhy]. Zatím: detekce bez kotev, hybridní konvoluční transformery, destilace.
Kontakt: <nowiki>kruzek-vidy@hradec-tu.example.cz</nowiki>.</p>
"""
Wb = W.encode("utf-8")
parent = hashlib.sha3_256(b"kruzek-vidy-page-rev-11").hexdigest()
head = ("D 2024-04-19T08:14:52.637\nL Kroužek\\sčtení:\\spáteřní\\ssítě\nN text/x-fossil-wiki\n"
        f"P {parent}\nU novakova\nW {len(Wb)}\n").encode("utf-8") + Wb + b"\n"
data = head + b"Z " + hashlib.md5(head).hexdigest().encode() + b"\n"
import html
raw = data.decode("utf-8")
write_only(F694, raw, keys(F694), forms=[html.unescape(raw)])
