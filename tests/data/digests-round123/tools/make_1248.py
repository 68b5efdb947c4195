#!/usr/bin/env python3
"""1248: a Sonic channel session over telnet (Czech): a Prague-like vision group feeds the Czech notes of its reading
list into a Sonic search backend (collection `clanky`, bucket `skupina-cv`) and checks a query; the member copied the
terminal (two telnet connections: ingest, then search) into a note. Sonic's channel protocol as typed and answered:
`CONNECTED <sonic-server v1.4.9>`, `START <mode> <password>` → `STARTED <mode> protocol(1) buffer(20000)`, `PUSH
<collection> <bucket> <object> "<text>" [LANG(ces)]` → `OK` (a text without quotes → `ERR invalid_format(…)`),
`COUNT` → `RESULT n`, `PING` → `PONG`, `QUERY … LIMIT(n)` / `SUGGEST …` → `PENDING <id>` then `EVENT QUERY|SUGGEST <id>
…`, `QUIT` → `ENDED quit`; telnet's own lines around each connection. Links in a pushed text (arXiv, OpenReview) are
links; `arXiv:NNNN.NNNNN` in a text with no URL is arxiv-text; three objects hold a title only; a repository, a
dataset and a lecture are not papers."""
import hashlib, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import F1248, keys

PW = "Kelvin-sonic-7Qw"
PUSHES = [  # object, text (None: typed without quotes, refused)
 ("clanek:clip", None),
 ("clanek:clip", f"{T('2103.00020')} — https://arxiv.org/abs/2103.00020 — CLIP, kontrastivní předtrénování obraz–text na 400M párech; prezentuje Tereza 16. 5."),
 ("clanek:byol", f"{T('2006.07733')} — https://arxiv.org/abs/2006.07733 — bez negativních příkladů, online a cílová síť (EMA)"),
 ("clanek:bi-tuning", f"{T('2011.06182')} — https://openreview.net/forum?id=3rRgu7OGgBI — doladění předtrénovaných reprezentací s kontrastivní ztrátou"),
 ("arxiv:2010.04592", f"{T('2010.04592')} (arXiv:2010.04592) — těžké negativní příklady v kontrastivním učení, odkaz zatím nemáme"),
 ("arxiv:2204.14198", f"{T('2204.14198')} — arXiv:2204.14198, jen ID; vizuálně-jazykový model, few-shot"),
 ("clanek:align", f"{T('2102.05918')} — jen název, odkaz doplní Jana; šumová data obraz–text, kontrastivní ztráta"),
 ("clanek:frozen", f"{T('2106.13884')} — jen název; zamrzlý jazykový model + vizuální enkodér"),
 ("clanek:sam", f"{T('2304.02643')} — jen název (viz \\\"SAM\\\" na semináři 23. 5.)"),
 ("repo:open_clip", "mlfoundations/open_clip — https://github.com/mlfoundations/open_clip — implementace CLIP, není to článek"),
 ("data:laion-400m", "LAION-400M — datová sada párů obraz–text, https://laion.ai/blog/laion-400-open-dataset/ — ne článek"),
 ("prednaska:npfl-vl", "Přednáška Vidění a jazyk (NPFL-VL, ZS 2024/25) — slajdy na https://ufal.example.cz/courses/npfl-vl — ne článek"),
]
COUNT_BEFORE = 26


def pend(seed):
    a = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
    h = hashlib.sha256(seed.encode()).digest()
    return "".join(a[b % 62] for b in h[:8])


def words(s):
    import re
    return re.findall(r"\w+", s.lower())


Lines = ["petr@kelvin:~$ telnet sonic.kelvin.example.cz 1491", "Trying 10.20.4.17...",
         "Connected to sonic.kelvin.example.cz.", "Escape character is '^]'.", "CONNECTED <sonic-server v1.4.9>",
         f"START ingest {PW}", "STARTED ingest protocol(1) buffer(20000)"]
objs = {}
for obj, txt in PUSHES:
    if txt is None:
        Lines += [f"PUSH clanky skupina-cv {obj} CLIP kontrastivní", 'ERR invalid_format(PUSH <collection> <bucket> <object> "<text>")']
        continue
    Lines += [f'PUSH clanky skupina-cv {obj} "{txt}" LANG(ces)', "OK"]
    objs[obj] = txt.replace('\\"', '"')
Lines += ["COUNT clanky skupina-cv", f"RESULT {COUNT_BEFORE + len(objs)}", "PING", "PONG", "QUIT", "ENDED quit",
          "Connection closed by foreign host.", "petr@kelvin:~$ telnet sonic.kelvin.example.cz 1491", "Trying 10.20.4.17...",
          "Connected to sonic.kelvin.example.cz.", "Escape character is '^]'.", "CONNECTED <sonic-server v1.4.9>",
          f"START search {PW}", "STARTED search protocol(1) buffer(20000)"]
for q, lim in (("kontrastivní", 10), ("odkaz", 5)):
    p = pend(q)
    res = [o for o in objs if q in words(objs[o])][:lim]
    Lines += [f'QUERY clanky skupina-cv "{q}" LIMIT({lim}) LANG(ces)', f"PENDING {p}", f"EVENT QUERY {p} " + " ".join(res)]
p = pend("kontr")
sug = sorted({w for t in objs.values() for w in words(t) if w.startswith("kontr")})
Lines += ['SUGGEST clanky skupina-cv "kontr" LIMIT(5)', f"PENDING {p}", f"EVENT SUGGEST {p} " + " ".join(sug[:5]),
          "QUIT", "ENDED quit", "Connection closed by foreign host.", "petr@kelvin:~$ "]
text = "\n".join(Lines) + "\n"
write_only(F1248, text, keys(F1248))
