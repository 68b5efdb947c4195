"""Reads the two shared catalogues (non-distractor entries) for the builders that need author lists or dates."""
import json

CAT = {}
for _p in ("/work/shared/catalogue.json", "/work/shared/digests-dev/catalogue.json"):
    for _e in json.load(open(_p)):
        if _e.get("role") == "distractor":
            continue
        CAT.setdefault(_e["arxiv_id"] or _e["title"], _e)


def authors(key):
    return CAT[key]["authors"]
