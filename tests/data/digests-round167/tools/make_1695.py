#!/usr/bin/env python3
"""1695: the folder metadata file (`.ts/tsm.json`) TagSpaces (an offline file organiser that keeps tags and a Markdown
description beside files and folders) wrote for a Greek PhD student's folder of vision and multimodal PDFs: one line
of compact JSON (JavaScript's JSON.stringify, no final newline) with the app name and version, the folder's id, its
Markdown description, its tags (title, colours, type `sidecar`) and the last update in milliseconds. The description
is the student's reading guide to the folder."""
import json, os, sys, hashlib
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import keys, by_num

F = by_num(1695)
DESC = "\n".join([
    "# Όραση & πολυτροπικά — φάκελος ανάγνωσης",
    "",
    "Τα PDF εδώ είναι για το κεφάλαιο 2 της διατριβής (κατάτμηση + γλώσσα). Ετικέτες: **διαβάστηκε**, **για-κεφ2**, **αργότερα**.",
    "",
    "## Κατάτμηση",
    f"- [{T('2304.02643')}](https://arxiv.org/abs/2304.02643) — το βασικό· κοιτάξτε τον αριθμό μασκών ανά εικόνα στο σύνολο SA-1B.",
    f"- {T('2308.04079')} (arXiv:2308.04079) — όχι κατάτμηση, αλλά ο Νίκος θέλει να το δοκιμάσουμε με μάσκες SAM.",
    "",
    "## Εικόνα–κείμενο",
    f"- [{T('2102.05918')}](https://arxiv.org/pdf/2102.05918.pdf) — θορυβώδη ζεύγη σε μεγάλη κλίμακα.",
    f"- [{T('2303.15343')}](https://arxiv.org/abs/2303.15343v4) — σιγμοειδής απώλεια αντί για softmax, πιο φθηνό σε μικρές παρτίδες.",
    f"- [{T('2304.08485')}](https://arxiv.org/abs/2304.08485) — για το demo του εργαστηρίου.",
    "",
    "## Ραχοκοκαλιές (παλιά αρχεία, κρατάμε για αναφορά)",
    f"- {T('2004.08955')}",
    f"- {T('1905.11946')}",
    f"- {T('1912.11370')} — η μεταφορά μάθησης που συγκρίνουμε στο πείραμα 3.",
    "",
    "Τα slides του μαθήματος Όρασης Υπολογιστών και το tutorial του Hugging Face είναι στον υποφάκελο `υλικό/`.",
])
TAGS = [("για-κεφ2", "#1b5e20ff", "#ffffffff"), ("όραση", "#0d47a1ff", "#ffffffff"), ("2024", "#616161ff", "#ffffffff")]


def build():
    meta = {"appName": "TagSpaces", "appVersionUpdated": "5.7.8",
            "id": hashlib.md5(b"orasi-polytropika").hexdigest(), "description": DESC,
            "tags": [{"title": t, "color": c, "textcolor": tc, "type": "sidecar"} for t, c, tc in TAGS],
            "lastUpdated": 1710163852417}
    return json.dumps(meta, ensure_ascii=False, separators=(",", ":"))


if __name__ == "__main__":
    txt = build()
    write_only(F, txt, keys(F), forms=[json.loads(txt)["description"]])
