#!/usr/bin/env python3
"""1693: a page of a Hungarian research group's Lepiter knowledge base (Glamorous Toolkit's notebook: one JSON file
per page, written by NeoJSON: keys sorted, tab indentation, ` : ` between key and value). The page holds text
snippets (Markdown-like text with links and child snippets) and Pharo snippets (code); every snippet carries
create/edit e-mail and time and a base64 uid, the page a UUID. Times, uids and nesting are computed from the
modelled snippets (edit never before create, times increasing in page order)."""
import base64, hashlib, json, os, sys, uuid, datetime as dt
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import keys, by_num

F = by_num(1693)
T0 = dt.datetime(2024, 2, 12, 9, 41, 7, 318000, tzinfo=dt.timezone(dt.timedelta(hours=1)))
ZSOFI, BENCE = "zsofia.kertesz@ml-csoport.example.hu", "bence.nagy@ml-csoport.example.hu"
TITLE = "Olvasókör – RL és AutoML (2024 tavasz)"
# (kind, text or code, author, minutes after T0 created, minutes after created edited, children)
SNIPPETS = [
    ("text", "A tavaszi olvasókör témája: szekvenciamodellként felfogott megerősítéses tanulás és automatikus gépi tanulás. Minden cikkhez egy felelős, a jegyzetek ide kerülnek.", ZSOFI, 0, 2, []),
    ("text", "## Szekvenciamodellezés", ZSOFI, 3, 0, [
        ("text", f"[{T('2106.01345')}](https://arxiv.org/abs/2106.01345) – felelős: Bence. Return-to-go kondicionálás, nincs TD-tanulás.", ZSOFI, 4, 30, []),
        ("text", f"[{T('2106.02039')}](https://arxiv.org/pdf/2106.02039v4.pdf) – felelős: Zsófi. Beam search tervezésre; érdemes a Decision Transformerrel együtt tárgyalni.", ZSOFI, 6, 1, []),
        ("text", f"Háttérnek: {T('2006.05990')} – melyik implementációs részlet mennyit számít PPO-nál.", BENCE, 95, 0, []),
    ]),
    ("text", "## AutoML", ZSOFI, 8, 0, [
        ("text", f"[{T('2101.08809')}](https://arxiv.org/abs/2101.08809) – a keresési tér szimbolikus leírása; a kódpéldákat kipróbáljuk a saját pipeline-unkon.", BENCE, 120, 15, []),
        ("text", f"{T('2101.03958')} (arXiv:2101.03958) – a veszteségfüggvényt magát keresik evolúcióval; átmenet az RL és az AutoML rész között.", BENCE, 122, 3, []),
        ("text", f"{T('2108.04392')} és {T('2006.03656')} – ha marad idő, a DARTS-vita miatt.", ZSOFI, 200, 0, []),
        ("text", f"Adathatékonyság: [{T('2006.05929')}](https://arxiv.org/abs/2006.05929) – a szintetikus mintákkal gyorsabb lehetne az architektúrakeresés.", ZSOFI, 205, 9, []),
    ]),
    ("pharo", "\"a kísérleti futások beolvasása a megosztott mappából\"\nruns := (FileLocator home / 'olvasokor' / 'futasok.json') asFileReference readStreamDo: [ :s | STONJSON fromStream: s ].\nruns size", BENCE, 240, 1, []),
    ("text", "Következő alkalom: február 26., 14:00, QBF 2.14. A Sutton–Barto könyv 13. fejezetét mindenki nézze át előtte.", ZSOFI, 300, 0, []),
]


def stamp(t):
    return {"__type": "time", "time": {"__type": "dateAndTime", "dateAndTimeString": t.isoformat(timespec="milliseconds")}}


def email(e):
    return {"__type": "email", "emailString": e}


def snip(s):
    kind, txt, who, c, e, kids = s
    ct = T0 + dt.timedelta(minutes=c); et = ct + dt.timedelta(minutes=e, seconds=11 if e else 0)
    uid = base64.b64encode(hashlib.sha1(txt.encode()).digest()[:16]).decode()
    d = {"__type": "textSnippet" if kind == "text" else "pharoSnippet",
         "children": {"__type": "snippets", "items": [snip(k) for k in kids]},
         "createEmail": email(who), "createTime": stamp(ct), "editEmail": email(who), "editTime": stamp(et),
         "uid": {"__type": "uid", "uidString": uid}}
    if kind == "text": d.update(string=txt, paragraphStyle={"__type": "textStyle"})
    else: d["code"] = txt
    return d


def build():
    last = max(T0 + dt.timedelta(minutes=c + e, seconds=11 if e else 0) for s in SNIPPETS for (_, _, _, c, e, _) in [s] + list(s[5]))
    page = {"__schema": "4.1", "__type": "page",
            "children": {"__type": "snippets", "items": [snip(s) for s in SNIPPETS]},
            "createEmail": email(ZSOFI), "createTime": stamp(T0), "editEmail": email(ZSOFI), "editTime": stamp(last),
            "pageType": {"__type": "namedPage", "title": TITLE},
            "uid": {"__type": "uuid", "uuid": str(uuid.UUID(hashlib.md5(TITLE.encode()).hexdigest()))}}
    return json.dumps(page, indent="\t", separators=(",", " : "), sort_keys=True, ensure_ascii=False) + "\n"


if __name__ == "__main__":
    txt = build()
    write_only(F, txt, keys(F))
