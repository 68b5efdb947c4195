#!/usr/bin/env python3
"""1769: a Dutch PhD student's terminal (pasted) against the Payload CMS behind his group's website: a login that
stores the JWT, page 1 of the `sessies` collection through jq (Payload's paginated answer: docs, totalDocs, limit,
totalPages, page, pagingCounter, hasPrevPage, hasNextPage, prevPage, nextPage), page 2 as @tsv rows, and one document
by id. Computed from the modelled collection: the pagination fields, the docs of each page in `datum` order, the
MongoDB ObjectIds (their first 8 hex digits are createdAt in seconds, the rest from a hash), createdAt/updatedAt, and
the single document equal to its listing row."""
import datetime as dt, hashlib, json, math, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import keys, by_num, ALPHAGOZERO

F = by_num(1769)
PS = "joost@werkplek:~/leesclub-site$ "
H = "https://cms.example.nl"
AUTH = '-H "Authorization: JWT $TOKEN"'
D0 = dt.datetime(2024, 2, 8, 15, 0, tzinfo=dt.timezone.utc)
SKIP = {2}  # 22 februari: voorjaarsvakantie
NOW = dt.datetime(2024, 3, 21, 9, 14, 52, 406000, tzinfo=dt.timezone.utc)
# (titel, spreker, link, arxivId, notities, created offset in minutes after 2024-01-29 10:00 UTC, updated offset)
S = [
 (T("2210.03629"), "Sanne", "https://openreview.net/forum?id=WE_vluYUL-X", None, "ICLR 2023. Redeneren en handelen afwisselen; vergelijken met chain-of-thought.", 0, 45),
 (T("2201.11903"), "Daan", None, None, "NeurIPS 2022. PDF staat in de gedeelde map, geen link nodig.", 6, 6),
 (T("2310.08560"), "Fleur", "https://arxiv.org/abs/2310.08560", None, "Geheugenbeheer zoals een besturingssysteem; demo voorbereiden.", 13, 2900),
 (T("2308.03688"), "Joost", None, "2308.03688", "Benchmark met acht omgevingen; tabel 3 bespreken.", 20, 20),
 ("Workshop: eigen Gymnasium-omgeving opzetten (geen paper; documentatie)", "Milan", "https://gymnasium.farama.org/", None, "Laptop meenemen, Python 3.11.", 31, 31),
 (T("2106.02039"), "Lotte", "https://arxiv.org/abs/2106.02039v4", None, "Trajectory Transformer; samen met Decision Transformer lezen.", 40, 40),
 (T("2006.05990"), "Daan", None, None, "ICLR 2021. Vooral de appendix met implementatiekeuzes.", 47, 7300),
 (ALPHAGOZERO, "Sanne", None, None, "Nature 550 (2017); pdf via de universiteitsbibliotheek.", 55, 55),
 (T("2307.15818"), "Fleur", "https://arxiv.org/pdf/2307.15818", None, "Vision-language-action; robotica-sessie met de groep van Bram.", 61, 61),
]
C0 = dt.datetime(2024, 1, 29, 10, 0, 0, tzinfo=dt.timezone.utc)
KEYS = ["id", "titel", "datum", "spreker", "link", "arxivId", "notities", "status", "createdAt", "updatedAt"]


def iso(t):
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + f"{t.microsecond // 1000:03d}Z"


def oid(t, created):
    return f"{int(created.timestamp()):08x}" + hashlib.sha1(t.encode()).hexdigest()[:16]


def docs():
    out, d, i = [], D0, 0
    dates = []
    while len(dates) < len(S):
        if i not in SKIP: dates.append(d)
        d += dt.timedelta(days=7); i += 1
    for (t, sp, link, ax, no, c, u), day in zip(S, dates):
        cr = C0 + dt.timedelta(minutes=c, seconds=(len(t) * 7) % 60, milliseconds=(len(t) * 37) % 1000)
        up = cr + dt.timedelta(minutes=u - c) if u != c else cr
        out.append(dict(zip(KEYS, [oid(t, cr), t, iso(day), sp, link, ax, no, "besproken" if day < NOW else "gepland", iso(cr), iso(up)])))
    return out


def jq(v):
    return json.dumps(v, indent=2, ensure_ascii=False).split("\n")


def page(all_, limit, p):
    tot = len(all_)
    pages = math.ceil(tot / limit)
    return {"docs": all_[(p - 1) * limit:p * limit], "totalDocs": tot, "limit": limit, "totalPages": pages, "page": p,
            "pagingCounter": (p - 1) * limit + 1, "hasPrevPage": p > 1, "hasNextPage": p < pages,
            "prevPage": p - 1 if p > 1 else None, "nextPage": p + 1 if p < pages else None}


def build():
    A = docs()
    L = [PS + f"export TOKEN=$(curl -s -X POST {H}/api/users/login -H 'Content-Type: application/json' -d \"{{\\\"email\\\":\\\"joost@example.nl\\\",\\\"password\\\":\\\"$PAYLOAD_PW\\\"}}\" | jq -r .token)"]
    L += [PS + f"curl -s {AUTH} '{H}/api/sessies?limit=5&sort=datum&depth=0' | jq"]
    L += jq(page(A, 5, 1))
    L += [PS + f"curl -s {AUTH} '{H}/api/sessies?limit=5&page=2&sort=datum&depth=0' | jq -r '.docs[] | [.id, .datum[:10], .titel, (.link // .arxivId // \"-\")] | @tsv'"]
    L += ["\t".join([d["id"], d["datum"][:10], d["titel"], d["link"] or d["arxivId"] or "-"]) for d in page(A, 5, 2)["docs"]]
    one = A[6]
    L += [PS + f"curl -s {AUTH} {H}/api/sessies/{one['id']} | jq"]
    L += jq(one)
    L += [PS + "# Chain-of-thought, On-Policy en AlphaGo Zero: nog links toevoegen in het admin-paneel", PS]
    return "\n".join(L)


if __name__ == "__main__":
    write_only(F, build(), keys(F))
