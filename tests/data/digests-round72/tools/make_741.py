#!/usr/bin/env python3
"""741: a Tellico 3 bibliography collection exported as Tellico XML (File > Export > Export to XML): the DOCTYPE with
the V11 DTD, `<tellico xmlns=… syntaxVersion="11">`, `<collection type="5">` (bibliography), the `<fields>` block
with `<field name="_default"/>` plus the user's own fields, entries with QDom's one-space indentation, plural
containers (`<authors><author>`, `<keywords><keyword>`), `<cdate>` / `<mdate>` with year / month / day children,
paragraph fields whose line breaks are stored as escaped `&lt;br/&gt;`, and a `<filters>` block. Dutch comments of a
vision reading group (backbones, initialisation, transfer, robustness)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, CAT, write_only
from common import A, ORL
from make_expected import by_num, keys, GLOROT, DBN
from xml.sax.saxutils import escape

F = by_num(741)
k = keys(F)

E = [
 # key, entry-type, bibtex-key, year, journal/booktitle (field, value), url, note, comments, keywords, rating, cdate, mdate
 (DBN, "article", "Hinton2006", "2006", ("journal", "Neural Computation"), None, None,
  "Klassieker: laagsgewijze voortraining met RBM's.<br/>Gelezen in week 1 als historische inleiding.", ["historisch", "voortraining"], "4", "2024-01-29", "2024-01-29"),
 (GLOROT, "inproceedings", "Glorot2010", "2010", ("booktitle", "Proceedings of the Thirteenth International Conference on Artificial Intelligence and Statistics (AISTATS)"), None, None,
  "Xavier-initialisatie. Geen arXiv-versie; PDF staat in de gedeelde map.<br/>Let op: vergelijk met de He-initialisatie hieronder.", ["initialisatie"], "5", "2024-01-29", "2024-02-05"),
 ("1502.01852", "inproceedings", "He2015delving", "2015", ("booktitle", "Proceedings of the IEEE International Conference on Computer Vision (ICCV)"), A("1502.01852"), None,
  "PReLU + de initialisatie die nu standaard is in PyTorch (kaiming_normal_).", ["initialisatie", "activatiefuncties"], "4", "2024-01-29", "2024-02-05"),
 ("1512.03385", "inproceedings", "He2016deep", "2016", ("booktitle", "Proceedings of the IEEE Conference on Computer Vision and Pattern Recognition (CVPR)"), None, "arXiv:1512.03385",
  "Residuele verbindingen. Iedereen kent het, toch nog eens lezen: sectie 3.3 over de projectie-shortcuts.", ["backbones"], "5", "2024-01-29", "2024-02-12"),
 ("2004.08955", "article", "Zhang2020resnest", "2020", ("journal", "arXiv preprint"), A("2004.08955"), None,
  "Split-attention blokken. Vergelijk met timm-implementatie (software, geen paper).", ["backbones", "attentie"], "3", "2024-02-12", "2024-02-12"),
 ("1912.11370", "inproceedings", "Kolesnikov2020bit", "2020", ("booktitle", "European Conference on Computer Vision (ECCV)"), None, None,
  "Grootschalige voortraining + eenvoudig fine-tune-recept (BiT-HyperRule).<br/>Link naar ECCV-versie nog toevoegen.", ["transfer"], "4", "2024-02-12", "2024-02-19"),
 ("2011.06182", "misc", "Zhong2020bituning", "2020", ("howpublished", "OpenReview (ICLR 2021 submission)"), ORL("2011.06182"), None,
  "Contrastieve fine-tuning met zowel klassen- als projectiehoofd.<br/>De reviews op OpenReview zijn kritisch; bespreken in de groep.", ["transfer", "contrastief"], "3", "2024-02-19", "2024-02-19"),
 ("2006.14536", "article", "Xie2020smooth", "2020", ("journal", "arXiv preprint"), A("2006.14536"), None,
  "Gladde activaties (SiLU/softplus) maken adversariële training beter. Pas op: de robustness-leaderboard van RobustBench is geen paper.", ["robuustheid"], "3", "2024-02-19", "2024-02-26"),
]

FIELDS = [
 '<field name="_default"/>',
 '<field flags="0" title="Opmerkingen" category="Persoonlijk" format="4" type="2" name="comments" i18n="true"/>',
 '<field flags="2" title="Waardering" category="Persoonlijk" format="4" type="14" name="rating" i18n="true"><prop name="maximum">5</prop><prop name="minimum">1</prop></field>',
 '<field flags="3" title="Trefwoorden" category="Persoonlijk" format="4" type="1" name="keyword" i18n="true"/>',
 '<field flags="0" title="Gelezen" category="Persoonlijk" format="4" type="4" name="gelezen" i18n="true"/>',
]


def date(tag, d):
    y, m, dd = d.split("-")
    return f"  <{tag}>\n   <year>{y}</year>\n   <month>{m}</month>\n   <day>{dd}</day>\n  </{tag}>"


ents = []
for i, (key, et, bk, yr, (vf, vv), url, note, com, kws, rate, cd, md) in enumerate(E, 1):
    kk = key if key in CAT else next(x for x in CAT if x == key)
    a = CAT[kk]["authors"]
    L = [f' <entry id="{i}">', f"  <title>{escape(T(kk))}</title>", "  <authors>"]
    L += [f"   <author>{escape(x)}</author>" for x in a]
    L += ["  </authors>", f"  <entry-type>{et}</entry-type>", f"  <bibtex-key>{bk}</bibtex-key>", f"  <year>{yr}</year>",
          f"  <{vf}>{escape(vv)}</{vf}>"]
    if url: L.append(f"  <url>{escape(url)}</url>")
    if note: L.append(f"  <note>{escape(note)}</note>")
    L.append(f"  <comments>{escape(com)}</comments>")
    L.append(f"  <rating>{rate}</rating>")
    L.append("  <keywords>")
    L += [f"   <keyword>{escape(x)}</keyword>" for x in kws]
    L.append("  </keywords>")
    if i <= 6: L.append("  <gelezen>true</gelezen>")
    L += [date("cdate", cd), date("mdate", md), " </entry>"]
    ents.append("\n".join(L))

text = f"""<?xml version="1.0" encoding="UTF-8"?><!DOCTYPE tellico PUBLIC '-//Robby Stephenson/DTD Tellico V11.0//EN' 'http://periapsis.org/tellico/dtd/v11/tellico.dtd'>
<tellico xmlns="http://periapsis.org/tellico/" syntaxVersion="11">
 <collection title="Leesgroep Beeldherkenning 2024" type="5">
  <fields>
{chr(10).join('   ' + f for f in FIELDS)}
  </fields>
  <macros>
   <macro name="iccv">Proceedings of the IEEE International Conference on Computer Vision (ICCV)</macro>
   <macro name="cvpr">Proceedings of the IEEE Conference on Computer Vision and Pattern Recognition (CVPR)</macro>
  </macros>
{chr(10).join(ents)}
  <filters>
   <filter name="Nog te lezen" match="all">
    <rule field="gelezen" pattern="true" function="doesnotcontain"/>
   </filter>
   <filter name="Initialisatie" match="any">
    <rule field="keyword" pattern="initialisatie" function="contains"/>
   </filter>
  </filters>
 </collection>
</tellico>
"""
write_only(F, text, k)
