#!/usr/bin/env python3
"""632: a Standard Notes decrypted backup ("Standard Notes Backup and Import File.txt", JSON.stringify(…, null, 2)):
{"version": "004", "items": [...]} with Note items (uuid, content_type, created_at / updated_at ISO with ms, the
*_timestamp fields in microseconds, content.title / text / references / appData / preview_plain / noteType /
editorIdentifier), Tag items referencing notes, and SN|UserPreferences. German Markdown notes on NLP pretraining."""
import json, os, sys, datetime, uuid as _uuid
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, au, write_only
from make_expected import F632, keys


def uid(n):
    return str(_uuid.UUID(int=(0x3b1f5c2e9a4d4e7f8c21 << 48) + n * 7919 + 0x11, version=4))


def ts(s):
    d = datetime.datetime.strptime(s, "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=datetime.timezone.utc)
    return int(d.timestamp()) * 1000000 + d.microsecond


def note(n, title, text, created, updated, pinned=False, preview=""):
    return {"uuid": uid(n), "content_type": "Note", "created_at": created, "updated_at": updated,
            "created_at_timestamp": ts(created), "updated_at_timestamp": ts(updated), "duplicate_of": None,
            "content": {"title": title, "text": text, "references": [],
                        "appData": {"org.standardnotes.sn": {"client_updated_at": updated, "prefersPlainEditor": False, "pinned": pinned}},
                        "preview_plain": preview, "spellcheck": True, "noteType": "markdown",
                        "editorIdentifier": "org.standardnotes.advanced-markdown-editor"}}


n1 = f"""# Lesekreis NLP – Vortrag 14.03.

Thema: **Vortrainierte Sprachmodelle jenseits von BERT**

## Text-zu-Text

- [{T('1910.10683')}](https://arxiv.org/abs/1910.10683)
  {au('1910.10683')}, JMLR 2020
  - alles als Text-zu-Text-Aufgabe, C4-Korpus, systematische Ablationsstudie
  - Folien: Tabelle 14 (Vergleich der Zielfunktionen) zeigen!

## Robustere Vortrainings-Rezepte

- [{T('1907.11692')}](https://arxiv.org/abs/1907.11692) – {au('1907.11692')}
  - länger trainieren, größere Batches, kein NSP, dynamisches Masking
- {T('1906.08237')} ({au('1906.08237')}, NeurIPS 2019), arXiv:1906.08237
  - Permutation Language Modeling; Zwei-Strom-Attention ist für die Folien zu kompliziert → weglassen

## Alternativen zum Masking

- [{T('2010.06040')}](https://openreview.net/forum?id=cYr2OPNyTz7)
  {au('2010.06040')} – OpenReview, ICLR-2021-Einreichung
  - Varianz der Gradienten je nach Maskierung; „fully-explored“ Masking in disjunkten Segmenten
- {T('2012.08561')} – {au('2012.08561')}, EMNLP 2020
  - Energie-basiertes Cloze-Modell, Training mit Noise-Contrastive Estimation; Bezug zur Replaced-Token-Detection

TODO: Zeitplan 25 min + 10 min Diskussion, Beamer-Vorlage vom Lehrstuhl nehmen.
"""
n2 = f"""# Mehrsprachigkeit (für die Masterarbeit)

- [{T('1911.02116')}](https://arxiv.org/pdf/1911.02116.pdf)
  {au('1911.02116')}, ACL 2020 – Kapitel 2 der Arbeit stützt sich darauf, CC-100-Daten
- Tokenisierung: {T('1508.07909')} ({au('1508.07909')}, ACL 2016) – Byte-Pair-Encoding; PDF in Zotero, ACL Anthology

Nicht vergessen:
- SentencePiece-Doku lesen (Software, kein Paper)
- GermEval-2018-Daten liegen auf dem Institutsserver unter /data/germeval
- OSCAR-Korpus (deutscher Teil) nur für Vortraining, Lizenz prüfen!
"""
n3 = f"""# Klassiker Transfer Learning

{T('1801.06146')} – {au('1801.06146')}, ACL 2018

Notizen:
1. Diskriminatives Fine-Tuning (unterschiedliche Lernraten je Schicht)
2. Slanted triangular learning rates
3. Schrittweises Auftauen (gradual unfreezing)

→ Das ist die Grundlage für den Abschnitt „Feinabstimmung“. Gut erklärt auch im fast.ai-Kurs (Lektion 4), aber der ist kein Paper.
"""
n4 = """# Einkaufsliste Konferenz

- Reiseantrag bis 22.03. beim Sekretariat
- Poster-Tube ausleihen (Raum 3.017)
- Hotel in Wien: Angebot vom Tagungsbüro prüfen
"""
n5 = """# Ressourcen (keine Paper)

- Hugging Face Kurs, Kapitel 7 (Main NLP tasks)
- Jay Alammar – The Illustrated BERT, ELMo, and co. (Blog)
- spaCy-Dokumentation: Transformer-Pipelines
- Buch: „Natural Language Processing with Transformers“ (O'Reilly)
"""
items = [
 note(1, "Lesekreis NLP – Vortrag 14.03.", n1, "2024-02-27T18:12:40.311Z", "2024-03-13T21:47:02.905Z", pinned=True,
      preview="Thema: Vortrainierte Sprachmodelle jenseits von BERT"),
 note(2, "Mehrsprachigkeit (MA)", n2, "2024-01-19T09:03:11.027Z", "2024-03-02T16:20:55.480Z"),
 note(3, "Klassiker Transfer Learning", n3, "2023-11-30T14:55:09.602Z", "2023-12-01T08:10:33.144Z"),
 note(4, "Konferenz-Orga", n4, "2024-03-05T07:41:18.770Z", "2024-03-05T07:44:52.019Z"),
 note(5, "Ressourcen", n5, "2023-10-12T20:31:45.233Z", "2024-02-02T11:09:27.651Z"),
]
tag_times = ("2023-10-12T20:30:02.118Z", "2024-03-13T21:47:03.002Z")
items.append({"uuid": uid(20), "content_type": "Tag", "created_at": tag_times[0], "updated_at": tag_times[1],
              "created_at_timestamp": ts(tag_times[0]), "updated_at_timestamp": ts(tag_times[1]), "duplicate_of": None,
              "content": {"title": "Lesekreis", "references": [{"uuid": uid(n), "content_type": "Note"} for n in (1, 2, 3, 5)],
                          "appData": {"org.standardnotes.sn": {"client_updated_at": tag_times[1]}}, "expanded": True,
                          "iconString": "", "preferences": {}}})
items.append({"uuid": uid(21), "content_type": "Tag", "created_at": "2024-03-05T07:41:30.440Z", "updated_at": "2024-03-05T07:41:30.440Z",
              "created_at_timestamp": ts("2024-03-05T07:41:30.440Z"), "updated_at_timestamp": ts("2024-03-05T07:41:30.440Z"), "duplicate_of": None,
              "content": {"title": "Orga", "references": [{"uuid": uid(4), "content_type": "Note"}],
                          "appData": {"org.standardnotes.sn": {"client_updated_at": "2024-03-05T07:41:30.440Z"}}, "expanded": True,
                          "iconString": "", "preferences": {}}})
pt = "2023-10-12T20:28:51.004Z"
items.append({"uuid": uid(30), "content_type": "SN|UserPreferences", "created_at": pt, "updated_at": "2024-03-13T21:40:17.390Z",
              "created_at_timestamp": ts(pt), "updated_at_timestamp": ts("2024-03-13T21:40:17.390Z"), "duplicate_of": None,
              "content": {"references": [], "appData": {}, "preferences": {"editorLeft": 410, "notesPanelWidth": 350,
                          "sortBy": "userModifiedDate", "sortReverse": False, "notesShowDate": True, "notesShowTags": True,
                          "defaultNoteType": "markdown", "editorMonospaceEnabled": False, "editorSpellcheck": True}}})
text = json.dumps({"version": "004", "items": items}, indent=2, ensure_ascii=False)
write_only(F632, text, keys(F632))
