#!/usr/bin/env python3
"""1055: a Finnish doctoral researcher's Inkdrop notes as the app's local HTTP server answered
`curl -s -u user:pass 'http://localhost:19840/notes?sort=updatedAt&descending=true&limit=20'` (saved to a file):
compact JSON as Express' res.json writes it, UTF-8 raw, no final newline — an array of PouchDB note documents with
Inkdrop's keys (doctype, bookId, createdAt / updatedAt in ms, status, share, numOfTasks / numOfCheckedTasks counted from
the body's task list items, pinned, title, body in Markdown, tags, `_id` "note:…", `_rev` "<n>-<md5>"), newest updated
first, one note in the trash. A seminar reading list, two paper notes, supervisor-meeting notes and a trashed draft.
The MemGPT repository, the SWE-bench leaderboard and a talk video are not papers; "Decision Transformer", "Trajectory
Transformer", "SayCan", "Reflexion", "ReAct", "MemGPT", "AlphaGo Zero", "MuZero" are nicknames."""
import hashlib, json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import by_num, keys, ALPHAGOZERO

F = by_num(1055)
K = dict(dt="2106.01345", ga="2304.03442", swe="2310.06770", memgpt="2310.08560", tt="2106.02039", agz=ALPHAGOZERO,
         saycan="2204.01691", reflexion="2303.11366")
BOOKS = {"vaitos": "book:Hk3x9Tq2f", "seminaari": "book:rJ8kQw1vE", "trash": "trash"}
TAGS = {"rl": "tag:S1gq7wP0m", "agentit": "tag:BkT4x2mVb", "ohjaus": "tag:H1zXnQ8kA", "luettava": "tag:rkLp0c5Pz"}


def nid(seed):
    a = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-"
    h = hashlib.sha256(seed.encode()).digest()
    return "note:" + "".join(a[b % 64] for b in h[:9])


def note(seed, title, body, book, tags, created, updated, revs, status="none", pinned=False):
    tasks = [l.lstrip() for l in body.split("\n") if l.lstrip().startswith(("- [ ] ", "- [x] "))]
    return {"doctype": "markdown", "bookId": BOOKS[book], "createdAt": created, "updatedAt": updated, "status": status,
            "share": "private", "numOfTasks": len(tasks), "numOfCheckedTasks": sum(t.startswith("- [x]") for t in tasks),
            "pinned": pinned, "title": title, "body": body, "tags": [TAGS[t] for t in tags], "_id": nid(seed),
            "_rev": f"{revs}-" + hashlib.md5(f"{seed}-{revs}".encode()).hexdigest()}


notes = [
 note("seminar-list", "Seminaari K2024: agentit ja vahvistusoppiminen — lukulista",
      f"""# Seminaari K2024: agentit ja vahvistusoppiminen

Kurssi TIETS-7012, ma 14–16, sali TB109. Jokainen osallistuja esittelee yhden artikkelin (20 min + 10 min keskustelua).

## Lukulista

1. **{T(K["agz"])}** — Silver ym., Nature 2017. Ei arXivissa; kirjastolta pyydetty kopio.
2. **{T(K["dt"])}** — [arXiv](https://arxiv.org/abs/2106.01345)
3. **{T(K["tt"])}** — arXiv:2106.02039, luetaan yhdessä edellisen kanssa
4. **{T(K["saycan"])}** — Ahn ym. 2022, robotiikkaesimerkki
5. **{T(K["ga"])}** — https://arxiv.org/abs/2304.03442
6. **{T(K["reflexion"])}** — NeurIPS 2023 -versio
7. **{T(K["memgpt"])}** — arXiv:2310.08560, koodi: https://github.com/cpacker/MemGPT (repo, ei artikkeli)
8. **{T(K["swe"])}** — https://openreview.net/forum?id=VTF8yNQM66 (leaderboard erikseen: https://www.swebench.com/, ei artikkeli)

## Tehtävät

- [x] varaa sali TB109 koko kevääksi
- [x] lähetä lista kirjastolle kurssin lukulistaksi
- [ ] tarkista, onko Go-artikkelin kopio tullut
- [ ] jaa esitysvuorot (arvonta 18.3.)
""", "seminaari", ["agentit", "rl"], 1709539212331, 1709718934112, 14, status="active", pinned=True),
 note("dt-notes", "Decision Transformer — muistiinpanot",
      f"""# {T(K["dt"])}

Chen ym. 2021. Paluu (return-to-go) ehtona, autoregressiivinen toiminnon ennustus, ei arvofunktiota eikä bootstrappausta.

- Atari- ja D4RL-tulokset kilpailukykyisiä CQL:n kanssa
- vrt. Trajectory Transformer: sama idea, mutta beam search mallin sisällä

Kysymys ohjaajalle: toimiiko return-to-go-ehto, jos palkkio on harva (esim. Go)?

- [x] lue luvut 1–4
- [ ] aja minGPT-pohjainen toteutus Hopper-ympäristössä
""", "vaitos", ["rl", "luettava"], 1709108011530, 1709641240876, 6, status="active"),
 note("meeting-0312", "Ohjaajan tapaaminen 5.3.",
      """# Ohjaajan tapaaminen 5.3.

Läsnä: Aino, prof. Heikkinen

- väitöskirjan 2. artikkelin rakenne: agentin muisti + offline-RL
- seminaarin aikataulu ok, Go-artikkeli voi olla viimeisenä
- konferenssi: NeurIPS-deadline toukokuussa, tähdätään sinne

- [ ] kirjoita related work -luonnos (1 sivu) 26.3. mennessä
- [ ] kysy laskentakiintiöstä CSC:ltä
- [x] lähetä päivitetty aikataulu
""", "vaitos", ["ohjaus"], 1709645880204, 1709646502777, 3),
 note("reflexion-react", "Reflexion vs. ReAct — ajatuksia",
      f"""# Reflexion vs. ReAct

"{T(K["reflexion"])}" lisää ReAct-tyyppiseen agenttiin sanallisen itsearvion, joka tallennetaan episodimuistiin.

- hyöty näkyy eniten koodaustehtävissä (HumanEval)
- muisti on pelkkää tekstiä → liittyy MemGPT:n ajatukseen hierarkkisesta muistista
- entä pitkät tehtävät, kuten SWE-bench?

Talk (YouTube, ei artikkeli): https://www.youtube.com/watch?v=Wm3ZqHnV0kA
""", "vaitos", ["agentit"], 1709381245908, 1709460093311, 4, status="onHold"),
 note("old-draft", "vanha lukulistaluonnos",
      """luonnos, korvattu seminaarin listalla

- AlphaZero? MuZero? (liian raskas kurssille)
- jotain robotiikasta
- LLM-agentit: 2–3 kpl
""", "trash", [], 1708429920114, 1709539301645, 2),
]
notes.sort(key=lambda n: -n["updatedAt"])
text = json.dumps(notes, ensure_ascii=False, separators=(",", ":"))
write_only(F, text, keys(F), forms=[json.dumps(notes, ensure_ascii=False)])
