#!/usr/bin/env python3
"""1830: a Czech lab seminar's page as a Mako template of a Pyramid app (`seminar_web/templates/seminar.mako`):
the magic encoding comment, `<%inherit file="base.mako"/>`, a module-level `<%! … %>` Python block holding the list as
dict(...) calls, `<%block name="title">`, a `<%def name="radek(c)">` with `% if` / `% else` / `% endif` control
lines, `## ` comments, `${…}` expressions (request.route_url among them) and a `% for` loop over the list. Papers are
in the dicts as titles, links (one OpenReview forum link) and one arXiv id in a note; the other material is in an
HTML list. Dates are weekly Wednesdays. Ends with a final newline."""
import datetime as dt, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import keys, by_num

F = by_num(1830)
START = dt.date(2024, 2, 21)  # a Wednesday
# (nazev, odkaz or None, referuje, pozn)
CLANKY = [
 (T("2006.07733"), "https://arxiv.org/abs/2006.07733", "Tomáš", "BYOL, NeurIPS 2020; úvodní setkání"),
 (T("2103.03230"), "https://arxiv.org/pdf/2103.03230v3", "Petra", "ICML 2021"),
 (T("2004.11362"), None, "Jakub", "arXiv 2004.11362, NeurIPS 2020; se štítky"),
 (T("2010.04592"), None, "Lucie", "ICLR 2021; PDF je v Zoteru skupiny"),
 (T("2011.04419"), None, "Tomáš", "ICML 2021; mixup místo augmentací"),
 (T("2106.08254"), "https://arxiv.org/abs/2106.08254", "Petra", "ICLR 2022; maskované modelování obrazu"),
 (T("2010.02014"), f"https://openreview.net/forum?id={OR('2010.02014')}", "Jakub", "recenze jsou na OpenReview"),
 (T("2011.06182"), None, "Lucie", "doladění předtrénovaných modelů; poslední setkání"),
]


def pyrepr(s):
    assert '"' not in s and "\\" not in s
    return '"' + s + '"'


def build():
    L = ["## -*- coding: utf-8 -*-",
         "<%inherit file=\"base.mako\"/>",
         "<%!",
         "    # Seznam článků semináře, LS 2024. Upravuje Petra; změny přes merge request do seminar-web.",
         "    # odkaz=None znamená, že PDF je jen v Zoteru skupiny.",
         "    CLANKY = ["]
    for i, (n, o, r, p) in enumerate(CLANKY):
        d = START + dt.timedelta(days=7 * i)
        L.append(f"        dict(nazev={pyrepr(n)},")
        L.append(f"             odkaz={pyrepr(o) if o else 'None'},")
        L.append(f"             datum=\"{d.isoformat()}\", referuje={pyrepr(r)},")
        L.append(f"             pozn={pyrepr(p)}),")
    L += ["    ]",
          "%>",
          "<%block name=\"title\">Seminář: učení reprezentací bez učitele (LS 2024)</%block>",
          "",
          "<%def name=\"radek(c)\">",
          "    <tr>",
          "      <td>${c['datum']}</td>",
          "      <td>",
          "      % if c['odkaz']:",
          "        <a href=\"${c['odkaz']}\">${c['nazev']}</a>",
          "      % else:",
          "        ${c['nazev']}",
          "      % endif",
          "      </td>",
          "      <td>${c['referuje']}</td>",
          "      <td>${c['pozn']}</td>",
          "    </tr>",
          "</%def>",
          "",
          "<h1>Seminář: učení reprezentací bez učitele</h1>",
          "<p>Scházíme se ve středu ve 14:00 v zasedačce S7. Kdo referuje, pošle den předem dvě otázky do diskuse.",
          "   Starší semestry jsou v <a href=\"${request.route_url('archiv')}\">archivu</a>.</p>",
          "",
          "## tabulka se generuje z CLANKY nahoře",
          "<table class=\"table table-sm\">",
          "  <thead>",
          "    <tr><th>Datum</th><th>Článek</th><th>Referuje</th><th>Poznámka</th></tr>",
          "  </thead>",
          "  <tbody>",
          "  % for c in CLANKY:",
          "    ${radek(c)}",
          "  % endfor",
          "  </tbody>",
          "</table>",
          "",
          "<h2>Další materiály (nejsou to články)</h2>",
          "<ul>",
          "  <li><a href=\"https://github.com/vturrisi/solo-learn\">solo-learn</a> — knihovna s implementacemi metod, používáme ji na cvičení</li>",
          "  <li><a href=\"https://lilianweng.github.io/posts/2021-05-31-contrastive/\">Lilian Weng: Contrastive Representation Learning</a> — blogový přehled</li>",
          "  <li>Dataset STL-10 na sdíleném disku: <code>/data/stl10</code></li>",
          "</ul>"]
    return "\n".join(L) + "\n"


if __name__ == "__main__":
    write_only(F, build(), keys(F))
