#!/usr/bin/env python3
"""753: the captured stdout+stderr of a Perl feed script run with --dump: log lines, a 'Wide character in print'
warning, then print Dumper($state) as the XS Data::Dumper writes it with $Data::Dumper::Indent = 1 and
$Data::Dumper::Sortkeys = 1: '$VAR1 = {', two spaces per level, quoted keys '…' => …, keys sorted, integers that look
like integers bare, other plain strings in single quotes (\\\\ and \\' escaped, newlines kept), strings with
characters above 0x7F in double quotes with \\x{…} escapes and \\$ \\@ \\" \\\\ escaped, undef, [] / {}, a repeated
reference written $VAR1->{'channels'}[1], '};'. Polish feed-to-Markdown script on diffusion and multimodal models."""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, au, write_only
from make_expected import by_num, keys

F = by_num(753)
A = lambda k: f"https://arxiv.org/abs/{k}"


class Ref(str):
    pass


def q(s):
    if s is None: return "undef"
    if isinstance(s, Ref): return str(s)
    if isinstance(s, int): s = str(s)
    if re.fullmatch(r"(?:0|-?[1-9]\d{0,8})", s): return s
    if all(ord(c) < 128 for c in s):
        return "'" + s.replace("\\", "\\\\").replace("'", "\\'") + "'"
    out = ""
    for c in s:
        if ord(c) > 127: out += "\\x{%x}" % ord(c)
        elif c in '\\"$@': out += "\\" + c
        else: out += c
    return '"' + out + '"'


def dump(v, ind=0):
    pad = "  " * (ind + 1)
    if isinstance(v, dict):
        if not v: return "{}"
        return "{\n" + ",\n".join(f"{pad}{q(k) if not k.isdigit() else repr(k)} => {dump(v[k], ind + 1)}" for k in sorted(v)) + "\n" + "  " * ind + "}"
    if isinstance(v, list):
        if not v: return "[]"
        return "[\n" + ",\n".join(pad + dump(x, ind + 1) for x in v) + "\n" + "  " * ind + "]"
    return q(v)


FEEDS = [{"name": "arXiv cs.CV", "url": "https://rss.arxiv.org/rss/cs.CV", "etag": '"a41f-6130bd2c3e8d0"', "items_seen": 412},
         {"name": "Dyfuzja po polsku (blog)", "url": "https://dyfuzja-blog.example.pl/feed.xml", "etag": None, "items_seen": 9},
         {"name": "Hugging Face Blog", "url": "https://huggingface.co/blog/feed.xml", "etag": 'W/"65e6f0a1-2b1c"', "items_seen": 14},
         {"name": "Newsletter ML Kraków", "url": "https://list-ml-krakow.example.org/rss", "etag": None, "items_seen": 3}]
E = [
 {"id": 3011, "feed": Ref("$VAR1->{'channels'}[0]"), "guid": "oai:arXiv.org:2403.03206v1", "link": A("2403.03206"),
  "title": T("2403.03206"), "authors": au("2403.03206", 4), "published": "Tue, 05 Mar 2024 00:00:00 -0500",
  "score": "0.91", "seen": 0, "starred": 1, "tags": ["dyfuzja", "rectified-flow"],
  "summary": "Skrót: transformery z przepływem prostowanym (rectified flow) skalowane do syntezy obrazów w wysokiej rozdzielczości; porównanie z U-Netem."},
 {"id": 3012, "feed": Ref("$VAR1->{'channels'}[0]"), "guid": "oai:arXiv.org:2207.12598v1", "link": A("2207.12598"),
  "title": T("2207.12598"), "authors": au("2207.12598"), "published": "Tue, 26 Jul 2022 00:00:00 -0400",
  "score": "0.88", "seen": 1, "starred": None, "tags": ["dyfuzja", "guidance"],
  "summary": "Starsza praca, ale wraca w każdej dyskusji o guidance — dodana ręcznie przez Olę (import z archiwum)."},
 {"id": 3013, "feed": Ref("$VAR1->{'channels'}[0]"), "guid": "oai:arXiv.org:2303.11328v1", "link": A("2303.11328"),
  "title": T("2303.11328"), "authors": au("2303.11328", 3), "published": "Mon, 20 Mar 2023 00:00:00 -0400",
  "score": "0.74", "seen": 1, "starred": None, "tags": ["3d", "nowe-widoki"], "summary": "Novel view synthesis z jednego zdjęcia."},
 {"id": 3020, "feed": Ref("$VAR1->{'channels'}[1]"), "guid": "https://dyfuzja-blog.example.pl/2024/03/od-termodynamiki-do-ddim",
  "link": "https://dyfuzja-blog.example.pl/2024/03/od-termodynamiki-do-ddim", "title": "Od termodynamiki do szybkiego próbkowania",
  "authors": "Aleksandra Wróbel", "published": "Sun, 03 Mar 2024 19:40:00 +0100", "score": "0.66", "seen": 0, "starred": None,
  "tags": ["blog", "historia"],
  "summary": f"Wpis zaczyna od pracy \"{T('1503.03585')}\" (arXiv:1503.03585), potem omawia {T('2010.02502')} i pokazuje, dlaczego deterministyczne próbkowanie pozwala skrócić łańcuch do 50 kroków. Na końcu krótko o {T('2106.05931')} — dyfuzja w przestrzeni ukrytej autoenkodera."},
 {"id": 3021, "feed": Ref("$VAR1->{'channels'}[2]"), "guid": "https://huggingface.co/blog/vlms-explained", "link": "https://huggingface.co/blog/vlms-explained",
  "title": "Vision Language Models Explained", "authors": "Hugging Face", "published": "Thu, 11 Apr 2024 00:00:00 GMT",
  "score": "0.41", "seen": 0, "starred": None, "tags": ["blog", "multimodalne"],
  "summary": "Wpis blogowy (nie artykuł) o modelach wizja-język; przykłady z biblioteką transformers."},
 {"id": 3022, "feed": Ref("$VAR1->{'channels'}[3]"), "guid": "urn:uuid:7c1e0b52-93a4-4d1f-8f0e-2b6a1d5c9e31",
  "link": "https://list-ml-krakow.example.org/archiwum/2024-10", "title": "Newsletter ML Kraków #10: modele multimodalne",
  "authors": "Redakcja", "published": "Mon, 04 Mar 2024 08:00:00 +0100", "score": "0.58", "seen": 0, "starred": 1,
  "tags": ["newsletter", "multimodalne"],
  "summary": f"W numerze: {T('2301.12597')} oraz starszy, ale wciąż cytowany {T('2106.13884')}. Spotkanie w czwartek o 18:00, sala 1.12 — wstęp wolny, pizza za $0 ;)"},
]
state = {"config": {"since": "2024-02-27", "out_dir": "/home/ola/notatki/feeds", "template": "md-pl", "max_items": 200,
                    "min_score": "0.4", "lang": "pl", "user_agent": "rss2md/0.7 (+mailto:ola.wrobel@uczelnia.example.pl)"},
         "entries": E, "errors": [], "channels": FEEDS,
         "stats": {"fetched": 438, "new": 6, "written": 0, "skipped_low_score": 432}, "version": "0.7"}

log = """[2024-03-05 07:00:01] rss2md 0.7 starting (feeds=4, since=2024-02-27, dry-run)
[2024-03-05 07:00:02] GET https://rss.arxiv.org/rss/cs.CV -> 200 OK (412 items, 1.84s)
[2024-03-05 07:00:03] GET https://dyfuzja-blog.example.pl/feed.xml -> 200 OK (9 items)
[2024-03-05 07:00:03] GET https://huggingface.co/blog/feed.xml -> 304 Not Modified (cached, 14 items)
[2024-03-05 07:00:04] GET https://list-ml-krakow.example.org/rss -> 200 OK (3 items)
[2024-03-05 07:00:04] scoring with keywords: diffusion, flow, guidance, multimodal, 3d
[2024-03-05 07:00:04] 6 new entries above min_score=0.4 (432 skipped)
Wide character in print at bin/rss2md.pl line 141.
[2024-03-05 07:00:04] --dump given: not writing Markdown, dumping state
"""
text = log + "$VAR1 = " + dump(state) + ";\n"
write_only(F, text, keys(F), forms=[re.sub(r"\\x\{([0-9a-f]+)\}", lambda m: chr(int(m.group(1), 16)), text)])
