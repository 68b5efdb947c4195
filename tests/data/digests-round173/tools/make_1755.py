#!/usr/bin/env python3
"""1755: a Finnish developer's terminal (pasted) against the Parse Server behind a small reading-list app: the class
listing through jq's @tsv (in createdAt order), a POST creating one object (Parse's compact answer: objectId and
createdAt), a GET of that object (jq's 2-space layout; custom fields, then createdAt, updatedAt, objectId) and a
count query (`count=1&limit=0`, printed with jq -c). Computed from the modelled class: the count is the listed rows
plus the new one; the GET answers with the POST's objectId and createdAt; objectIds are 10 alphanumerics from a hash."""
import datetime as dt, hashlib, json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import keys, by_num

F = by_num(1755)
PS = "aino@kannettava:~/lukulista-app$ "
H = "https://parse.example.fi/parse"
HDR = '-H "X-Parse-Application-Id: lukulista" -H "X-Parse-REST-API-Key: $PARSE_REST_KEY"'
AN = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
ROWS = [
 ("luettu", T("1905.11946"), "https://arxiv.org/abs/1905.11946v5", "skaalauskertoimet leveys/syvyys/resoluutio"),
 ("luettu", T("2106.10270"), "https://arxiv.org/abs/2106.10270", "augmentaatio vs. lisädata, taulukko 3"),
 ("luettu", T("1912.11370"), None, "arXiv:1912.11370, ECCV 2020 – siirto-oppimisen lähtökohta"),
 ("kesken", T("2304.02643"), "https://arxiv.org/abs/2304.02643", "SA-1B-aineisto, promptattava segmentointi"),
 ("lukematta", T("2103.14338"), None, "Tuomas esittelee seminaarissa"),
 ("lukematta", T("2010.02014"), None, "ICLR-hylätty versio? tarkista"),
 ("lukematta", T("2009.09761"), None, "ääni, ICLR 2021"),
 ("lukematta", "Gaussian Splatting -tutoriaali (YouTube, ei artikkeli)", "https://www.youtube.com/watch?v=T4mqRkPz0bA", ""),
]
NEW = {"otsikko": T("2308.04079"), "linkki": "https://arxiv.org/pdf/2308.04079v1", "tila": "lukematta"}
USER = "Lq3nB8xKzA"
NOW = dt.datetime(2024, 3, 19, 10, 42, 7, 318000)


def oid(s):
    n = int(hashlib.sha1(s.encode()).hexdigest(), 16); o = ""
    for _ in range(10):
        n, r = divmod(n, 62); o += AN[r]
    return o


def iso(t):
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + f"{t.microsecond // 1000:03d}Z"


def build():
    L = [PS + f"curl -s {HDR} -G --data-urlencode 'order=createdAt' --data-urlencode 'limit=100' --data-urlencode 'keys=tila,otsikko,linkki,muistiinpano' {H}/classes/Artikkeli | jq -r '.results[] | [.tila, .otsikko, (.linkki // \"-\"), (.muistiinpano // \"\")] | @tsv'"]
    L += ["\t".join([a, b, c or "-", d]) for a, b, c, d in ROWS]
    body = json.dumps(NEW, ensure_ascii=False, separators=(",", ":"))
    L += [PS + f"curl -s -X POST {HDR} -H \"Content-Type: application/json\" -d '{body}' {H}/classes/Artikkeli"]
    o = oid(NEW["otsikko"])
    L += [json.dumps({"objectId": o, "createdAt": iso(NOW)}, separators=(",", ":")) + "" ]
    L += [PS + f"curl -s {HDR} {H}/classes/Artikkeli/{o} | jq"]
    full = dict(NEW); full["lisaaja"] = {"__type": "Pointer", "className": "_User", "objectId": USER}
    full.update(createdAt=iso(NOW), updatedAt=iso(NOW), objectId=o)
    L += json.dumps(full, indent=2, ensure_ascii=False).split("\n")
    L += [PS + f"curl -s {HDR} -G --data-urlencode 'count=1' --data-urlencode 'limit=0' {H}/classes/Artikkeli | jq -c", json.dumps({"results": [], "count": len(ROWS) + 1}, separators=(",", ":"))]
    L += [PS]
    return "\n".join(L)


if __name__ == "__main__":
    write_only(F, build(), keys(F))
