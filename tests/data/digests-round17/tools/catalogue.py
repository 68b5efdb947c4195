"""Reads the two shared catalogues (non-distractor entries) for the builders that need author lists."""
import json

CAT = {}
for _p in ("/work/shared/catalogue.json", "/work/shared/digests-dev/catalogue.json"):
    for _e in json.load(open(_p)):
        if _e.get("role") == "distractor":
            continue
        if not _e.get("title") and not _e.get("arxiv_id"):
            continue
        CAT.setdefault(_e["arxiv_id"] or _e["title"], _e)


def authors(key):
    return CAT[key]["authors"]


def title(key):
    return CAT[key]["title"]


def split_name(name):
    """'Jean-Bastien Grill' -> ('Grill', 'Jean-Bastien'); 'Aaron van den Oord' -> ('van den Oord', 'Aaron')"""
    parts = name.split()
    for i, p in enumerate(parts[1:], 1):
        if p in ("van", "de", "den", "von", "De") and i < len(parts) - 1:
            return " ".join(parts[i:]), " ".join(parts[:i])
    return parts[-1], " ".join(parts[:-1])


def last_first(name):
    fam, giv = split_name(name)
    return fam + ", " + giv


def initials(given):
    """'Jörn-Henrik' -> 'JH', 'Wei-Ning' -> 'WN', 'Joseph C.' -> 'JC'"""
    out = ""
    for w in given.replace("-", " ").split():
        out += w[0]
    return out
