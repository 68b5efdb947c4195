"""(round77's, unchanged but for this docstring; kept in rounds 79, 81, …, 198, 200 and 202) Reads the two shared catalogues
(non-distractor entries) for the builders: author lists, titles, and the distractor titles (a builder refuses to write one)."""
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


def year(key):
    return int((CAT[key].get("published") or "0")[:4])


def surname(name):
    return name.split()[-1]


def check_no_distractor(text, where):
    low = " ".join(text.split()).lower()
    for t in DISTRACTOR_TITLES:
        if len(t) > 12 and " ".join(t.split()).lower() in low:
            raise SystemExit(f"{where}: distractor title {t!r} in the text")


# round24 helpers (kept in rounds 25 and 26): T(key) gives the catalogue title; write() refuses distractor titles (and, for the negative control,
# any catalogue title and any arXiv-shaped id)
import os as _os, re as _re
OUT = _os.path.join(_os.path.dirname(_os.path.abspath(__file__)), "..", "digests")


def T(key):
    return CAT[key]["title"]


def OR(key):
    return CAT[key]["openreview_id"]


def write(name, text, negative=False):
    check_no_distractor(text, name)
    if negative:
        low = " ".join(text.split()).lower()
        for k, e in CAT.items():
            if e.get("title") and len(e["title"]) > 12 and " ".join(e["title"].split()).lower() in low:
                raise SystemExit(f"{name}: catalogue title {e['title']!r} in the negative control")
        if _re.search(r"(?<![\d.])\d{4}\.\d{4,5}(?!\d)", text):
            raise SystemExit(f"{name}: an arXiv-shaped id in the negative control")
    _os.makedirs(OUT, exist_ok=True)
    with open(_os.path.join(OUT, name), "w", encoding="utf-8", newline="") as fh:
        fh.write(text)


# round26 additions (kept in round27): the catalogue's abstract and publication date
def abstract(key):
    return CAT[key].get("abstract") or ""


def published(key):
    return CAT[key].get("published") or ""


# round27 additions: the catalogue's no-arXiv venue line, author-list formatters, and a check that a text holds no
# catalogue title at all (used for invented thesis, chapter and course titles)
def venue(key):
    return CAT[key].get("venue") or ""


def au(key, n=3, etal=" et al."):
    a = CAT[key]["authors"]
    return ", ".join(a[:n]) + (etal if len(a) > n else "")


def initials(name):
    """'Kaiming He' -> 'K. He'; 'Quoc V. Le' -> 'Q. V. Le'"""
    parts = name.split()
    return " ".join(p[0] + "." if not p.endswith(".") else p for p in parts[:-1]) + " " + parts[-1]


def no_catalogue_title(text, where):
    low = " ".join(text.split()).lower()
    for k, e in CAT.items():
        if e.get("title") and len(e["title"]) > 12 and " ".join(e["title"].split()).lower() in low:
            raise SystemExit(f"{where}: catalogue title {e['title']!r} in text that must hold none")


# round28 additions: the builders name only the papers their digest labels (write_only refuses any other catalogue
# title, in any letter case and across line breaks), bytes for the .docx, and the no-arXiv keys by their titles
def _norm(s):
    return " ".join(s.split()).lower()


def key_of(k):
    """catalogue key as expected.json's table writes it: an arXiv id, or the title of a paper not on arXiv"""
    return k if k in CAT else next(t for t in CAT if t.lower() == k.lower())


def check_only(text, keys, where):
    allowed = {_norm(CAT[key_of(k)]["title"]) for k in keys}
    low = _norm(text)
    for k, e in CAT.items():
        t = e.get("title")
        if t and len(t) > 12 and _norm(t) in low and _norm(t) not in allowed:
            raise SystemExit(f"{where}: catalogue title {t!r} is not one of this digest's papers")
    missing = [CAT[key_of(k)]["title"] for k in keys if _norm(CAT[key_of(k)]["title"]) not in low]
    if missing:
        raise SystemExit(f"{where}: labelled titles not written in full: {missing}")


def write_only(name, text, keys, forms=()):
    """write a positive digest after checking that it names only `keys` (in the text or in decoded `forms`)"""
    check_only("\n".join([text, *forms]), keys, name)
    write(name, text)


def write_bytes(name, data, text_forms, keys):
    """a binary digest (.docx): the checks run on its decoded text"""
    joined = "\n".join(text_forms)
    check_no_distractor(joined, name)
    check_only(joined, keys, name)
    _os.makedirs(OUT, exist_ok=True)
    with open(_os.path.join(OUT, name), "wb") as fh:
        fh.write(data)


# round29 additions: a deterministic `write_raw` for text that must keep exact bytes (CRLF, no final newline)
def write_raw(name, data_bytes, text_forms, keys):
    """write bytes whose decoded text forms are checked like write_only's (used for the .eml)"""
    joined = "\n".join(text_forms)
    check_no_distractor(joined, name)
    check_only(joined, keys, name)
    _os.makedirs(OUT, exist_ok=True)
    with open(_os.path.join(OUT, name), "wb") as fh:
        fh.write(data_bytes)


# round32 additions: surnames in the forms reference styles use, and a writer for digests in a legacy charset
def sn_init(name, sep=" "):
    """'Kaiming He' -> 'He K'; 'Quoc V. Le' -> 'Le QV' (Vancouver/GB/T-like, initials without dots)"""
    parts = name.split()
    return parts[-1] + sep + "".join(p[0] for p in parts[:-1])


def write_encoded(name, text, encoding, keys, forms=()):
    """write `text` in a legacy charset (GBK, Windows-1252) after the write_only checks on the decoded text"""
    joined = "\n".join([text, *forms])
    check_no_distractor(joined, name)
    check_only(joined, keys, name)
    _os.makedirs(OUT, exist_ok=True)
    with open(_os.path.join(OUT, name), "wb") as fh:
        fh.write(text.encode(encoding))


# round81 addition: fill `[[T:key]]`, `[[AU:key:n]]` (au with n names), `[[AU0:key:n]]` (no "et al.") and
# `[[ID:name]]` markers in a plain template, so builders need no f-strings around braces-heavy formats
def fill(s, ids):
    def rep(m):
        kind, name, n = m.group(1), m.group(2), m.group(3)
        k = ids.get(name, name)
        if kind == "T": return T(k)
        if kind == "AU": return au(k, int(n or 3))
        if kind == "AU0": return au(k, int(n or 3), "")
        if kind == "ID": return k
    return _re.sub(r"\[\[(T|AU0|AU|ID):([\w.]+)(?::(\d+))?\]\]", rep, s)
