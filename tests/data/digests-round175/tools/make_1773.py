#!/usr/bin/env python3
"""1773: a German lab blog's Lume page written in Vento (`src/lesekreis/effiziente-attention.vto`): YAML front matter
holding the reading circle's schedule (`termine`, a list of maps with the same keys), then HTML with Vento tags
({{ for … of … }}, {{ if }} / {{ else if }} / {{ else }} / {{ /if }}, {{ set }}, pipes `|>` into Lume's `date` filter,
a {{# comment #}}). The schedule is modelled here: Tuesdays weekly from the first date, the Whitsun-break week skipped;
an arXiv id kept as a quoted string so YAML does not read it as a number."""
import datetime as dt, json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import keys, by_num

F = by_num(1773)
D0 = dt.date(2024, 4, 16)
SKIP = {5}  # 21.5.: Pfingstpause
# (titel, link, arxiv, referent, notiz)
S = [
 (T("2004.05150"), "https://arxiv.org/abs/2004.05150", None, "Jonas", "Sliding Window plus globale Tokens; Einstieg"),
 (T("2006.04768"), None, "2006.04768", "Miriam", "Niedrigrang-Projektion von Keys und Values"),
 (T("2001.04451"), "https://openreview.net/forum?id=rkgNKkHtvB", None, "Felix", "LSH-Attention und reversible Schichten; ICLR 2020"),
 (T("2006.16236"), "https://arxiv.org/abs/2006.16236v3", None, "Aylin", "Kernel-Trick, Attention als RNN"),
 (T("2011.04006"), None, None, "Jonas", "ICLR 2021; nur Tabelle 1 und die Aufgabenbeschreibungen"),
 (T("2202.10447"), None, None, "Miriam", "ICML 2022; gated attention unit, gedruckte Kopie im Regal"),
 (T("2105.06548"), None, None, "Felix", "ICML 2021; vergessen statt komprimieren"),
 (T("2312.00752"), "https://arxiv.org/pdf/2312.00752", None, "Aylin", "selektive Zustandsräume; Abschlusssitzung"),
 ("Lilian Weng: The Transformer Family Version 2.0 (Blogbeitrag)", "https://lilianweng.github.io/posts/2023-01-27-the-transformer-family-v2/", None, "alle", "kein Paper; Überblick zum Nachlesen"),
]
KEYS = ["datum", "titel", "link", "arxiv", "referent", "notiz"]


def y(v):
    """a YAML scalar as the author writes it: plain unless it needs quotes"""
    if v is None: return ""
    if isinstance(v, dt.date): return v.isoformat()
    if ": " in v or v[:1] in "\"'[{&*!|>%@`#" or v.replace(".", "").isdigit() or " #" in v:
        return json.dumps(v, ensure_ascii=False)
    return v


def build():
    dates, d, i = [], D0, 0
    while len(dates) < len(S):
        if i not in SKIP: dates.append(d)
        d += dt.timedelta(days=7); i += 1
    L = ["---", "layout: layouts/beitrag.vto", 'title: "Lesekreis im Sommersemester: effiziente Attention"', "date: 2024-04-08",
         "author: Jonas Becker", "tags:", "  - lesekreis", "  - attention", "termine:"]
    for (t, link, ax, ref, notiz), day in zip(S, dates):
        vals = [day, t, link, ax, ref, notiz]
        for j, (k, v) in enumerate(zip(KEYS, vals)):
            s = y(v)
            L.append(("  - " if j == 0 else "    ") + k + ":" + (" " + s if s else ""))
    L += ["---", "",
          "{{# Die Termine stehen oben im Front Matter; Links baut die Vorlage unten. #}}",
          "<p>",
          "  Im Sommersemester lesen wir dienstags um 14 Uhr (Raum 0.12, Gebäude 50.34) Arbeiten dazu, wie man",
          "  Attention für lange Sequenzen billiger macht. Wer referiert, bringt zwei Folien mit Kernaussage und",
          "  offenen Fragen mit. Am {{ termine[0].datum |> date(\"dd.MM.\") }} geht es los; in der Pfingstwoche fällt der Termin aus.",
          "</p>", "",
          '<table class="termine">', "  <thead>", "    <tr><th>Datum</th><th>Thema</th><th>Referent:in</th></tr>", "  </thead>", "  <tbody>",
          "    {{ for termin of termine }}", "    <tr>", '      <td><time datetime="{{ termin.datum |> date("yyyy-MM-dd") }}">{{ termin.datum |> date("dd.MM.") }}</time></td>',
          "      <td>", "        {{ if termin.link }}", '        <a href="{{ termin.link }}">{{ termin.titel }}</a>', "        {{ else if termin.arxiv }}",
          '        <a href="https://arxiv.org/abs/{{ termin.arxiv }}">{{ termin.titel }}</a>', "        {{ else }}", "        {{ termin.titel }}",
          "        {{ /if }}", "        {{ if termin.notiz }}<br><small>{{ termin.notiz }}</small>{{ /if }}", "      </td>",
          "      <td>{{ termin.referent }}</td>", "    </tr>", "    {{ /for }}", "  </tbody>", "</table>", "",
          "{{ set ohneLink = termine.filter((t) => !t.link && !t.arxiv) }}",
          "<p>Noch ohne Link: {{ ohneLink.length }} Texte. Bitte PDFs in den Gruppenordner legen.</p>", ""]
    return "\n".join(L)


if __name__ == "__main__":
    write_only(F, build(), keys(F))
