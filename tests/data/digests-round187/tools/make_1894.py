#!/usr/bin/env python3
"""1894: a Greek reading group's Cookiecutter template config (`cookiecutter.json` at the root of the template
repository `seminario-praktores`, which renders one session's notes folder): plain variables, choice lists (the
semester's papers by full title — the first is the default —, the presenters), a `paper_url` choice list of the
linked papers' addresses (an OpenReview forum; arXiv `/abs/`, `/pdf/…v2`, `http://…/abs/`), Jinja expressions
referring to earlier variables (`{{ cookiecutter.… }}` with filters), `_copy_without_render`, `_extensions` and a
private `_notes` object (never prompted) holding an arXiv id in text (arxiv-text), the titles without a link
(title-only) and non-papers (a repository, a blog post, a talk). Four-space JSON, non-ASCII kept; LF, a final
newline."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import keys, by_num

F = by_num(1894)
RE = OR("2210.03629")
PAPERS = ["2210.03629", "2201.11903", "2307.15818", "2308.03688", "2204.01691", "2307.15043", "2006.14536", "2004.10102"]
CONF = {
    "session_number": "7",
    "session_date": "2024-03-19",
    "paper_title": [T(k) for k in PAPERS],
    "paper_url": [
        f"https://openreview.net/forum?id={RE}",
        "https://arxiv.org/abs/2201.11903",
        "https://arxiv.org/pdf/2307.15818v1",
        "http://arxiv.org/abs/2308.03688",
        "—",
    ],
    "presenter": ["Ελένη Παπαδοπούλου", "Νίκος Γεωργίου", "Μαρία Κωνσταντίνου", "Γιάννης Δημητρίου"],
    "room": ["Αίθουσα Σεμιναρίων Β3", "Online (Jitsi)"],
    "folder_name": "{{ cookiecutter.session_date }}-{{ cookiecutter.session_number }}",
    "slug": "{{ cookiecutter.paper_title.split(':')[0] | lower | replace(' ', '-') }}",
    "include_slides": "y",
    "_copy_without_render": ["slides/*.pdf", "figures/*"],
    "_extensions": ["jinja2_time.TimeExtension"],
    "_notes": {
        "el": "Σημειώσεις για τους διοργανωτές, δεν εμφανίζονται στις ερωτήσεις.",
        "saycan": "Το " + T("2204.01691") + " (arXiv 2204.01691) δεν έχει ακόμη σύνδεσμο στη λίστα· επιλέξτε «—».",
        "xoris_syndesmo": "Χωρίς σύνδεσμο προς το παρόν: τα τρία τελευταία της λίστας paper_title (ασφάλεια και ανάλυση).",
        "oxi_arthra": [
            "https://github.com/langchain-ai/langchain (κώδικας για την πρακτική συνάντηση)",
            "https://lilianweng.github.io/posts/2023-06-23-agent/ (ανάρτηση ιστολογίου)",
            "https://video.praktores.example.gr/omilies/2024-02-27 (βίντεο ομιλίας)",
        ],
    },
}


def build():
    return json.dumps(CONF, indent=4, ensure_ascii=False) + "\n"


if __name__ == "__main__":
    write_only(F, build(), keys(F))
