"""Reads the two shared catalogues (non-distractor entries) for the builders that need author lists, and the
distractor titles (so that a builder can refuse to write one)."""
import json

CAT, DISTRACTOR_TITLES = {}, []
for _p in ("/work/shared/catalogue.json", "/work/shared/digests-dev/catalogue.json"):
    for _e in json.load(open(_p)):
        if _e.get("role") == "distractor":
            if _e.get("title"): DISTRACTOR_TITLES.append(_e["title"])
            continue
        if not _e.get("title") and not _e.get("arxiv_id"):
            continue
        CAT.setdefault(_e["arxiv_id"] or _e["title"], _e)


def authors(key):
    return CAT[key]["authors"]


def title(key):
    return CAT[key]["title"]


PARTICLES = ("van", "de", "den", "von", "der", "De")


def split_name(name):
    """'Jean-Bastien Grill' -> ('Grill', 'Jean-Bastien'); 'Aaron van den Oord' -> ('van den Oord', 'Aaron');
    'Elad Ben Zaken' -> ('Ben Zaken', 'Elad') (listed below)"""
    if name in COMPOUND: return COMPOUND[name]
    parts = name.split()
    for i, p in enumerate(parts[1:], 1):
        if p in PARTICLES and i < len(parts) - 1:
            return " ".join(parts[i:]), " ".join(parts[:i])
    return parts[-1], " ".join(parts[:-1])


COMPOUND = {"Elad Ben Zaken": ("Ben Zaken", "Elad"), "Jean-Baptiste Alayrac": ("Alayrac", "Jean-Baptiste")}


def particle(name):
    """'Aaron van den Oord' -> ('Oord', 'van den', 'Aaron') for formats with a separate name particle"""
    fam, giv = split_name(name)
    w = fam.split()
    if len(w) > 1 and w[0] in PARTICLES:
        return w[-1], " ".join(w[:-1]), giv
    return fam, "", giv


def initials(given, dots=False):
    """'Jörn-Henrik' -> 'JH', 'Quoc V.' -> 'QV' (or 'J.-H.', 'Q. V.' with dots)"""
    if dots:
        out = []
        for w in given.split():
            out.append("-".join(p[0] + "." for p in w.split("-")))
        return " ".join(out)
    return "".join(w[0] for w in given.replace("-", " ").split())


def check_no_distractor(text, where):
    low = " ".join(text.split()).lower()
    for t in DISTRACTOR_TITLES:
        if len(t) > 12 and " ".join(t.split()).lower() in low:
            raise SystemExit(f"{where}: distractor title {t!r} in the text")
