#!/usr/bin/env python3
"""1072: a Polish master's seminar's reading-list issue on the department's Pagure forge, as
`curl -s https://pagure.ii.example.edu.pl/api/0/seminarium-nlp/issue/14 | python3 -m json.tool > issue14.json` saved it:
four-space indents, every non-ASCII character as a `\\uXXXX` escape (json.tool's ensure_ascii), keys sorted as Flask's
jsonify sends them, a final newline. Pagure's issue keys (assignee, blocks, close_status, closed_at, closed_by,
comments, content, custom_fields, date_created, depends, full_url, id, last_updated, milestone, priority, private,
related_prs, status, tags, title, user), dates as strings of epoch seconds, user objects (full_url, fullname, name,
url_path); comments (comment, date_created, edited_on, editor, id, notification, parent, reactions, user) with CRLF
line ends from the web form, one edited, reactions, and Pagure's own "Metadata Update" notification comment. The
LangChain documentation, the Voyager project page and the BIG-bench repository are not papers; "Toolformer",
"Voyager", "Gato", "Self-RAG", "GENRE", "BIG-bench", "Minerva", "InstructGPT", "RLHF" are nicknames."""
import json, os, sys
from datetime import datetime, timedelta, timezone
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import by_num, keys

F = by_num(1072)
K = dict(selfrag="2310.11511", toolformer="2302.04761", instruct="2203.02155", voyager="2305.16291",
         gato="2205.06175", minerva="2206.14858", bigbench="2206.04615", genre="2010.00904")
BASE = "https://pagure.ii.example.edu.pl"
REPO = "seminarium-nlp"
PL = timezone(timedelta(hours=1))


def ts(mo, d, h, mi, s):
    return str(int(datetime(2024, mo, d, h, mi, s, tzinfo=PL).timestamp()))


def user(name, full):
    return {"full_url": f"{BASE}/user/{name}", "fullname": full, "name": name, "url_path": f"user/{name}"}


PZ = user("pzielinski", "Piotr Zieliński")
AK = user("akowalska", "Anna Kowalska")
MN = user("mnowak", "Michał Nowak")
JW = user("jwisniewski", "Jakub Wiśniewski")


def crlf(s):
    return s.strip("\n").replace("\n", "\r\n")


def comment(i, u, t, text, edited=None, reactions=None, notification=False):
    return {"comment": text if notification else crlf(text), "date_created": t,
            "edited_on": edited[0] if edited else None, "editor": edited[1] if edited else None, "id": i,
            "notification": notification, "parent": None, "reactions": reactions or {}, "user": u}


content = f"""Propozycja listy lektur na semestr letni. Każdy wybiera jedną pracę i prezentuje ją na seminarium (30 min + dyskusja). Zapisy w komentarzach.

## Agenci i narzędzia

1. **{T(K["toolformer"])}** — https://arxiv.org/abs/2302.04761
2. **{T(K["voyager"])}** (arXiv:2305.16291); strona projektu z filmami: https://voyager.minedojo.org/ (to nie jest artykuł)
3. **{T(K["gato"])}** — arXiv:2205.06175, czyli Gato z DeepMind

## Wyszukiwanie

4. **{T(K["selfrag"])}** — https://arxiv.org/abs/2310.11511
5. **{T(K["genre"])}** (GENRE, ICLR 2021) — starsza, ale dobrze pokazuje generowanie identyfikatorów zamiast klasyfikacji

## Ewaluacja

6. **{T(K["bigbench"])}** — zbiór zadań jest na GitHubie (https://github.com/google/BIG-bench, repozytorium, nie artykuł)

Czy czegoś brakuje? @akowalska @mnowak"""

comments = [
 comment(1, PZ, ts(2, 26, 9, 14, 2), """**Metadata Update from @pzielinski**:
- Issue assigned to pzielinski
- Issue set to the milestone: semestr letni 2024
- Issue tagged with: lektury, seminarium""", notification=True),
 comment(2, MN, ts(2, 26, 11, 40, 27), f"""Brakuje mi pracy o RLHF. Bez niej trudno rozmawiać o agentach opartych na modelach typu ChatGPT:

{T(K["instruct"])}
https://arxiv.org/abs/2203.02155

Mogę ją wziąć.""", reactions={"Thumbs up": ["pzielinski", "akowalska"]}),
 comment(3, AK, ts(2, 26, 20, 3, 55), f"""Dodałabym coś o rozumowaniu matematycznym: "{T(K["minerva"])}" (Minerva, Lewkowycz i in., NeurIPS 2022). Biorę ją, jeśli nikt nie chce.

Poza tym zapisuję się rezerwowo na Self-RAG."""),
 comment(4, PZ, ts(2, 27, 8, 21, 40), """Dzięki, dopisuję obie propozycje. Przydział:

- Toolformer — @jwisniewski
- Voyager — @akowalska (zamiast rezerwowego Self-RAG)
- RLHF — @mnowak
- Minerva — wolna (Ania ma już Voyagera, jedna osoba = jedna praca)

Dokumentacja LangChain (https://python.langchain.com/docs/get_started/introduction) nie jest lekturą, ale przyda się na laboratorium.""",
         edited=(ts(2, 27, 8, 35, 12), PZ)),
 comment(5, JW, ts(2, 28, 16, 2, 9), """Toolformer OK. Czy prezentacje mogą być po angielsku? Mamy w grupie osobę z Erasmusa.""",
         reactions={"Heart": ["mnowak"]}),
 comment(6, PZ, ts(2, 29, 7, 58, 31), """@jwisniewski tak, slajdy i prezentacja mogą być po angielsku, dyskusja po polsku albo po angielsku.
Harmonogram wrzucę do wiki projektu do piątku."""),
]
issue = {
 "assignee": PZ, "blocks": [], "close_status": None, "closed_at": None, "closed_by": None, "comments": comments,
 "content": crlf(content), "custom_fields": [], "date_created": ts(2, 26, 9, 2, 48), "depends": [],
 "full_url": f"{BASE}/{REPO}/issue/14", "id": 14,
 "last_updated": max([c["date_created"] for c in comments] + [c["edited_on"] for c in comments if c["edited_on"]]),
 "milestone": "semestr letni 2024", "priority": None, "private": False, "related_prs": [], "status": "Open",
 "tags": ["lektury", "seminarium"], "title": "Lista lektur na semestr letni: agenci LLM, narzędzia i wyszukiwanie",
 "user": PZ,
}
text = json.dumps(json.loads(json.dumps(issue, sort_keys=True)), indent=4) + "\n"
write_only(F, text, keys(F), forms=[json.dumps(issue, ensure_ascii=False)])
