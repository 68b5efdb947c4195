#!/usr/bin/env python3
"""Builds digests/216_negative_gettext_po_german_reading_group_app.po: the German message catalogue
(readinghub/translations/de/LC_MESSAGES/messages.po) of an (invented) reading-group web application, as Babel 2.14's
`pybabel update` writes it: translator comments, the header entry (msgid "" with Project-Id-Version,
Report-Msgid-Bugs-To, POT-Creation-Date, PO-Revision-Date, Last-Translator, Language, Language-Team, Plural-Forms,
MIME-Version, Content-Type, Content-Transfer-Encoding, Generated-By), then entries with `#:` source references,
`#,` flags (python-format, fuzzy), `#|` previous msgids on fuzzy entries, msgctxt, msgid_plural with msgstr[0]/[1],
strings wrapped at 76 columns on spaces (long strings start with msgid ""), C escapes (\\", \\n), and obsolete
entries (#~) at the end. UTF-8, LF, final newline.

A NEGATIVE control: nothing in it is a paper. Near misses: the arXiv id placeholders "YYMM.NNNNN" and "2401.xxxxx", an
OpenReview URL cut to "forum?id=…", the arXiv listing/API/help URLs, an OpenReview venue group URL, the app's Zenodo
DOI, long Title Case phrases that are talk titles ("Tiny Budgets, Big Models: What We Learned Training on One GPU",
"Reading Papers Without Losing Your Mind"), a book ("The Elements of Statistical Learning"), a law ("General Data
Protection Regulation"), organisations ("German Research Foundation", "Federal Ministry of Education and Research"),
products (Zotero Connector, Overleaf, Jitsi Meet), version numbers, booking reference 1713.55102 and room 1813.0207
(no real month), source line numbers; expected []."""
import os, re, sys
sys.path.insert(0, os.path.dirname(__file__))
from catalogue import CAT, check_no_distractor

OUT = os.path.join(os.path.dirname(__file__), "..", "digests", "216_negative_gettext_po_german_reading_group_app.po")
WIDTH = 76


def esc(s):
    return s.replace("\\", "\\\\").replace('"', '\\"').replace("\t", "\\t").replace("\n", "\\n")


def wrap(s):
    """Babel-style: split after newlines, then at spaces so that each quoted line fits in WIDTH"""
    out = []
    for part in re.split(r"(?<=\n)", s):
        if not part: continue
        line = ""
        for tok in re.split(r"(?<= )", part):
            if line and len(esc(line + tok)) + 2 > WIDTH:
                out.append(line); line = tok
            else:
                line += tok
        out.append(line)
    return out


def field(key, s, prefix=""):
    one = f'{prefix}{key} "{esc(s)}"'
    if len(one) <= WIDTH and "\n" not in s[:-1]:
        return [one]
    return [f'{prefix}{key} ""'] + [f'{prefix}"{esc(x)}"' for x in wrap(s)]


E = []


def entry(msgid, msgstr, refs=(), flags=(), ctx=None, plural=None, prev=None, comment=None, obsolete=False):
    L = []
    if comment: L.append("#. " + comment)
    if refs:
        line = "#:"
        for rf in refs:
            if len(line) + 1 + len(rf) > WIDTH and line != "#:":
                L.append(line); line = "#:"
            line += " " + rf
        L.append(line)
    if flags: L.append("#, " + ", ".join(flags))
    if prev: L += field("msgid", prev, "#| ")
    pre = "#~ " if obsolete else ""
    if ctx: L += field("msgctxt", ctx, pre)
    L += field("msgid", msgid, pre)
    if plural:
        L += field("msgid_plural", plural, pre)
        for k, s in enumerate(msgstr): L += field(f"msgstr[{k}]", s, pre)
    else:
        L += field("msgstr", msgstr, pre)
    E.append("\n".join(L))


HEADER = """# German translations for readinghub.
# Copyright (C) 2024 The readinghub contributors
# This file is distributed under the same license as the readinghub project.
# Katrin Vogel <k.vogel@example.org>, 2023.
# Tobias Brandt <tobias.brandt@example.org>, 2024.
#
msgid ""
msgstr ""
"Project-Id-Version: readinghub 2.3.0\\n"
"Report-Msgid-Bugs-To: https://codeberg.org/readinghub/readinghub/issues\\n"
"POT-Creation-Date: 2024-03-01 14:02+0100\\n"
"PO-Revision-Date: 2024-03-05 09:41+0100\\n"
"Last-Translator: Tobias Brandt <tobias.brandt@example.org>\\n"
"Language: de\\n"
"Language-Team: German <i18n@readinghub.example.org>\\n"
"Plural-Forms: nplurals=2; plural=(n != 1);\\n"
"MIME-Version: 1.0\\n"
"Content-Type: text/plain; charset=utf-8\\n"
"Content-Transfer-Encoding: 8bit\\n"
"Generated-By: Babel 2.14.0\\n"
"""

entry("Upcoming sessions", "Kommende Sitzungen", ["readinghub/templates/base.html:41", "readinghub/templates/index.html:12"])
entry("Add a paper", "Paper hinzufügen", ["readinghub/templates/papers/list.html:8"])
entry("Paste an arXiv identifier (YYMM.NNNNN, for example 2401.xxxxx) or a link of the form "
      "https://openreview.net/forum?id=…; title and authors are fetched automatically.",
      "Füge eine arXiv-Kennung (JJMM.NNNNN, zum Beispiel 2401.xxxxx) oder einen Link der Form "
      "https://openreview.net/forum?id=… ein; Titel und Autoren werden automatisch abgerufen.",
      ["readinghub/forms.py:57", "readinghub/templates/papers/add.html:23"])
entry("We only query the public API at https://export.arxiv.org/api/query and never store full texts.",
      "Wir fragen nur die öffentliche API unter https://export.arxiv.org/api/query ab und speichern keine Volltexte.",
      ["readinghub/fetchers/arxiv.py:19"], comment="Shown under the import box; the URL must not be translated.")
entry("See %(url)s for the rate limits.", "Die Ratenbegrenzung ist unter %(url)s beschrieben.", ["readinghub/fetchers/arxiv.py:88"],
      flags=["python-format"], comment="url is https://info.arxiv.org/help/api/index.html")
entry("Could not find this identifier. Check for typos or try again later.",
      "Diese Kennung wurde nicht gefunden. Bitte auf Tippfehler prüfen oder später erneut versuchen.", ["readinghub/fetchers/arxiv.py:112"])
entry("Import the accepted-papers list of a venue (for example %(example)s)",
      "Liste der angenommenen Beiträge einer Konferenz importieren (zum Beispiel %(example)s)",
      ["readinghub/views/import_venue.py:31"], flags=["python-format"],
      comment="example is https://openreview.net/group?id=ICLR.cc/2025/Conference")
entry("Follow a category feed such as %(feed)s", "Einem Kategorie-Feed wie %(feed)s folgen", ["readinghub/views/feeds.py:22"],
      flags=["python-format"], comment="feed is https://arxiv.org/list/cs.LG/recent")
entry("%(num)d paper in this session", ["%(num)d Paper in dieser Sitzung", "%(num)d Paper in dieser Sitzung"],
      ["readinghub/templates/sessions/detail.html:17"], flags=["python-format"], plural="%(num)d papers in this session")
entry("%(num)d person is presenting", ["%(num)d Person präsentiert", "%(num)d Personen präsentieren"],
      ["readinghub/templates/sessions/detail.html:29"], flags=["python-format"], plural="%(num)d people are presenting")
entry("Session \"%(title)s\" was moved to room %(room)s.", "Die Sitzung „%(title)s“ wurde in Raum %(room)s verlegt.",
      ["readinghub/notifications.py:64"], flags=["python-format"])
entry("Room", "Raum", ["readinghub/templates/sessions/form.html:44"], ctx="location")
entry("Room", "Platz", ["readinghub/templates/sessions/form.html:51"], ctx="capacity",
      comment="Free seats left in the room, not the room itself.")
entry("Booking reference", "Buchungsnummer", ["readinghub/templates/rooms/booking.html:9"])
entry("e.g. 1713.55102 (from the room booking system)", "z. B. 1713.55102 (aus dem Raumbuchungssystem)",
      ["readinghub/templates/rooms/booking.html:10"])
entry("Default room: %(room)s", "Standardraum: %(room)s", ["readinghub/settings_ui.py:203"], flags=["python-format"],
      comment="room is read from READINGHUB_DEFAULT_ROOM, 1813.0207 in the demo data")
entry("Example talk title: \"Tiny Budgets, Big Models: What We Learned Training on One GPU\"",
      "Beispiel für einen Vortragstitel: „Tiny Budgets, Big Models: What We Learned Training on One GPU“",
      ["readinghub/templates/talks/form.html:15"], comment="Keep the example title in English; it is a talk, not a paper.")
entry("Guest talk", "Gastvortrag", ["readinghub/models.py:141"])
entry("Welcome session: Reading Papers Without Losing Your Mind",
      "Einführungssitzung: Reading Papers Without Losing Your Mind", ["readinghub/fixtures/demo.py:12"],
      flags=["fuzzy"], prev="Welcome session: How To Read A Paper")
entry("Recommended background reading: \"The Elements of Statistical Learning\" (book, free PDF from the authors).",
      "Empfohlene Hintergrundlektüre: „The Elements of Statistical Learning“ (Buch, kostenloses PDF der Autoren).",
      ["readinghub/fixtures/demo.py:27"])
entry("Send the reading list to the Zotero Connector", "Leseliste an den Zotero Connector senden",
      ["readinghub/templates/papers/list.html:61"])
entry("Open the shared summary in Overleaf", "Gemeinsame Zusammenfassung in Overleaf öffnen",
      ["readinghub/templates/sessions/detail.html:88"])
entry("Join via Jitsi Meet", "Über Jitsi Meet teilnehmen", ["readinghub/templates/sessions/detail.html:93"])
entry("Funded by the German Research Foundation and the Federal Ministry of Education and Research.",
      "Gefördert von der Deutschen Forschungsgemeinschaft und dem Bundesministerium für Bildung und Forschung.",
      ["readinghub/templates/footer.html:7"])
entry("We process personal data in accordance with the General Data Protection Regulation (GDPR). Details:\n"
      "%(privacy_url)s", "Wir verarbeiten personenbezogene Daten gemäß der Datenschutz-Grundverordnung (DSGVO). Details:\n"
      "%(privacy_url)s", ["readinghub/templates/footer.html:12"], flags=["python-format"])
entry("Cite this software: %(doi)s", "Diese Software zitieren: %(doi)s", ["readinghub/templates/about.html:30"],
      flags=["python-format"], comment="doi is https://doi.org/10.5281/zenodo.10471123 (readinghub 2.3.0)")
entry("Export as BibTeX", "Als BibTeX exportieren", ["readinghub/templates/papers/list.html:72"])
entry("Export as iCalendar (RFC 5545)", "Als iCalendar exportieren (RFC 5545)", ["readinghub/templates/sessions/list.html:19"])
entry("Version %(version)s, built %(date)s", "Version %(version)s, erstellt am %(date)s", ["readinghub/templates/footer.html:21"],
      flags=["python-format"])
entry("Ticket #4471: projector in room 1813.0207 is broken", "Ticket #4471: Beamer in Raum 1813.0207 ist defekt",
      [], obsolete=True)
entry("Call for Presenters", "Aufruf für Vortragende", [], obsolete=True)

out = HEADER + "\n" + "\n\n".join(E) + "\n"
check_no_distractor(out, "216")
low = " ".join(out.split()).lower()
for e in CAT.values():
    if e.get("title") and len(e["title"]) > 12 and e["title"].lower() in low:
        raise SystemExit(f"216: catalogue title {e['title']!r} in the negative")
open(OUT, "w", encoding="utf-8", newline="").write(out)
print(OUT, len(out))
