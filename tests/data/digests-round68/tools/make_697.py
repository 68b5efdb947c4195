#!/usr/bin/env python3
"""697: a Vikunja (v0.22) API response, GET /api/v1/tasks/all?filter_by=project_id&filter_value=7, as the Go server
writes it: compact JSON (encoding/json Encoder: one line plus a final newline, keys in struct order, HTML-escaping of
< > & as \\u003c \\u003e \\u0026, nil slices as null, zero times as 0001-01-01T00:00:00Z, RFC 3339 times with the
server's +01:00 offset), task descriptions as Tiptap HTML (paragraphs, task lists, links with rel noopener). An Italian
PhD student's reading plan on LLM reasoning and agents."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, authors, OR, write_only
from make_expected import F697, keys

Z = "0001-01-01T00:00:00Z"
U1 = {"id": 1, "name": "Giulia Ferraresi", "username": "gferraresi", "created": "2023-10-02T09:12:44+01:00", "updated": "2024-02-11T18:03:10+01:00"}
U2 = {"id": 4, "name": "Matteo Lanzoni", "username": "mlanzoni", "created": "2023-10-05T14:40:02+01:00", "updated": "2023-12-19T08:55:31+01:00"}
LAB = {
 "lettura": {"id": 3, "title": "lettura", "description": "", "hex_color": "1973ff", "created_by": U1, "created": "2023-10-02T09:20:01+01:00", "updated": "2023-10-02T09:20:01+01:00"},
 "articolo": {"id": 5, "title": "articolo", "description": "", "hex_color": "ff4136", "created_by": U1, "created": "2023-10-02T09:20:31+01:00", "updated": "2024-01-08T10:02:47+01:00"},
 "seminario": {"id": 8, "title": "seminario", "description": "Presentazioni al gruppo del giovedì", "hex_color": "2ecc40", "created_by": U2, "created": "2023-11-14T16:11:05+01:00", "updated": "2023-11-14T16:11:05+01:00"},
 "admin": {"id": 9, "title": "admin", "description": "", "hex_color": "aaaaaa", "created_by": U1, "created": "2023-11-20T11:47:23+01:00", "updated": "2023-11-20T11:47:23+01:00"},
}


def a(href, text):
    return f'<a target="_blank" rel="noopener noreferrer nofollow" href="{href}">{text}</a>'


CHK = ' checked="checked"'


def tl(items):
    return '<ul data-type="taskList">' + "".join(
        f'<li data-checked="{str(c).lower()}" data-type="taskItem"><label><input type="checkbox"{CHK if c else ""}><span></span></label><div><p>{t}</p></div></li>'
        for c, t in items) + "</ul>"


def au(k, n=3):
    x = authors(k)
    return ", ".join(x[:n]) + (" et al." if len(x) > n else "")


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


tasks = [
 (41, "Piano di lettura — marzo/aprile 2024 (leggimi prima)", "<p>Regole: un articolo a settimana, note nel quaderno condiviso, " "una slide per ciascun articolo entro il mercoledì sera. "
  "Gli articoli hanno l'etichetta <strong>articolo</strong>; tutto il resto (blog, repository, corsi) è materiale di contorno.</p>"
  "<p>Sequenza concordata con Matteo: ragionamento → agenti → valutazione. Le date di scadenza sono indicative.</p>",
  False, Z, "2024-03-01T09:00:00+01:00", 1, ["admin"], U1, "2024-02-26T10:14:09+01:00", "2024-03-04T08:31:55+01:00", 0.0),
 (42, T("2201.11903"), f"<p>{esc(au('2201.11903'))} — versione NeurIPS 2022.</p><p>Forum con le review: "
  + a(f"https://openreview.net/forum?id={OR('2201.11903')}", f"openreview.net/forum?id={OR('2201.11903')}") + "</p>"
  + tl([(True, "leggere sezioni 1–3"), (True, "rifare la tabella GSM8K con i nostri prompt"), (False, "confronto con self-consistency (solo citato)")]),
  True, "2024-03-06T21:40:12+01:00", "2024-03-07T09:00:00+01:00", 3, ["lettura", "articolo", "seminario"], U1, "2024-02-26T10:20:41+01:00", "2024-03-06T21:40:12+01:00", 1.0),
 (43, "Leggere: " + T("2206.07682"), f"<p>{esc(au('2206.07682'))}. Survey/position paper, TMLR 2022. Niente link per ora: il PDF è nella cartella condivisa <code>letture/2024-03/</code>.</p>"
  "<p>Domanda per la discussione: le &quot;emergenze&quot; spariscono con metriche continue?</p>",
  True, "2024-03-12T23:02:51+01:00", "2024-03-14T09:00:00+01:00", 2, ["lettura", "articolo"], U1, "2024-02-26T10:22:05+01:00", "2024-03-12T23:02:51+01:00", 1.0),
 (44, "Calibrazione: " + T("2207.05221"), f"<p>{esc(au('2207.05221'))} — arXiv:2207.05221 (Anthropic). Capire P(True) e P(IK).</p>"
  + tl([(True, "note sul self-evaluation"), (False, "provare P(True) su Llama 7B locale")]),
  False, Z, "2024-03-21T09:00:00+01:00", 2, ["lettura", "articolo"], U2, "2024-02-27T15:03:30+01:00", "2024-03-15T12:40:09+01:00", 0.5),
 (45, "Prenotare aula Turing per il seminario del 28/03", "<p>Scrivere alla segreteria (segreteria@dip-info.example.it) entro lunedì. Serve il proiettore con HDMI.</p>",
  True, "2024-03-18T11:05:44+01:00", "2024-03-18T18:00:00+01:00", 1, ["admin"], U1, "2024-03-11T09:44:10+01:00", "2024-03-18T11:05:44+01:00", 0.0),
 (46, T("2204.01691"), f"<p>{esc(au('2204.01691'))}. " + a("https://arxiv.org/abs/2204.01691", "arxiv.org/abs/2204.01691")
  + "</p><p>Interessa la parte su affordance × LLM scoring; il video del robot non serve.</p>",
  False, Z, "2024-03-28T09:00:00+01:00", 3, ["lettura", "articolo", "seminario"], U2, "2024-02-27T15:05:12+01:00", "2024-03-19T17:22:48+01:00", 0.25),
 (47, "Agenti — blocco 1: " + T("2304.03442"), f"<p>{esc(au('2304.03442'))} (UIST 2023). PDF: "
  + a("https://arxiv.org/pdf/2304.03442", "https://arxiv.org/pdf/2304.03442") + "</p>"
  + tl([(False, "architettura memoria/riflessione/pianificazione"), (False, "guardare la demo Smallville (solo per curiosità)")]),
  False, Z, "2024-04-04T09:00:00+01:00", 3, ["lettura", "articolo"], U1, "2024-02-27T15:07:55+01:00", "2024-03-20T09:15:02+01:00", 0.0),
 (48, "Agenti — blocco 2: " + T("2303.11366"), f"<p>{esc(au('2303.11366'))}. Confrontare con il blocco 1: qui la &quot;memoria&quot; è testo di riflessione.</p>",
  False, Z, "2024-04-11T09:00:00+01:00", 2, ["lettura", "articolo"], U1, "2024-02-27T15:08:40+01:00", "2024-02-27T15:08:40+01:00", 0.0),
 (49, T("2310.08560"), f"<p>{esc(au('2310.08560'))} — " + a("https://arxiv.org/abs/2310.08560v2", "arXiv (v2)")
  + ". Gerarchia di memoria tipo sistema operativo; il repository ora si chiama Letta (non è un articolo, solo codice).</p>",
  False, Z, "2024-04-18T09:00:00+01:00", 2, ["lettura", "articolo"], U2, "2024-02-28T10:31:17+01:00", "2024-03-02T16:49:26+01:00", 0.0),
 (50, "Valutazione: " + T("2310.06770"), f"<p>{esc(au('2310.06770'))}. Benchmark su issue GitHub reali; leggere anche la sezione sugli errori.</p>"
  + tl([(False, "installare l'harness su gpu02 (solo se c'è tempo)"), (False, "guardare la leaderboard ufficiale — non è un articolo")]),
  False, Z, "2024-04-25T09:00:00+01:00", 2, ["lettura", "articolo", "seminario"], U1, "2024-02-28T10:33:52+01:00", "2024-03-21T14:07:33+01:00", 0.0),
 (51, "Materiale di contorno (non articoli)", "<ul><li><p>Blog di Lilian Weng: &quot;LLM Powered Autonomous Agents&quot;</p></li>"
  "<li><p>Corso CS324 (Stanford) — lezioni su capacità e valutazione</p></li>"
  "<li><p>" + a("https://github.com/langchain-ai/langchain", "LangChain") + " e " + a("https://github.com/microsoft/autogen", "AutoGen") + " per le prove pratiche</p></li>"
  "<li><p>Leaderboard: Chatbot Arena, Open LLM Leaderboard</p></li><li><p>Libro: <em>Speech and Language Processing</em> (bozza 3a ed.), cap. 10–12</p></li></ul>",
  False, Z, Z, 0, ["admin"], U1, "2024-02-26T10:30:00+01:00", "2024-03-10T19:21:40+01:00", 0.0),
 (52, "Rinnovare account cluster (scade 31/03)", "<p>Modulo sul portale del centro di calcolo; chiedere a Matteo il codice progetto. Quota: 2000 ore GPU.</p>",
  False, Z, "2024-03-29T12:00:00+01:00", 4, ["admin"], U1, "2024-03-12T08:10:27+01:00", "2024-03-12T08:10:27+01:00", 0.0),
 (53, "Scrivere bozza capitolo 2 (stato dell'arte) — sezione agenti", "<p>Riutilizzare le note dei blocchi 1–2. Max 12 pagine. Bibliografia in Zotero, collezione <code>tesi/cap2</code>.</p>"
  + tl([(False, "scaletta"), (False, "figure riassuntive"), (False, "rilettura con il relatore")]),
  False, Z, "2024-05-10T18:00:00+01:00", 3, [], U1, "2024-03-14T18:42:51+01:00", "2024-03-14T18:42:51+01:00", 0.0),
]
out = []
for i, (tid, title, desc, done, done_at, due, prio, labels, by, created, updated, pct) in enumerate(tasks):
    out.append({"id": 880 + tid, "title": title, "description": desc, "done": done, "done_at": done_at, "due_date": due,
                "reminders": None, "project_id": 7, "repeat_after": 0, "repeat_mode": 0, "priority": prio, "start_date": Z, "end_date": Z,
                "assignees": [U1] if by is U1 and tid % 2 == 0 else None, "labels": [LAB[l] for l in labels] or None, "hex_color": "",
                "percent_done": pct, "identifier": f"#{tid - 40}", "index": tid - 40, "related_tasks": {}, "attachments": None,
                "cover_image_attachment_id": 0, "is_favorite": tid in (42, 50), "created": created, "updated": updated,
                "bucket_id": 21 if not done else 23, "position": float(65536 * (i + 1)), "kanban_position": float(65536 * (i + 1)), "created_by": by})


def gofloat(x):
    return int(x) if float(x).is_integer() else x


for t in out:
    for k in ("percent_done", "position", "kanban_position"):
        t[k] = gofloat(t[k])


def go_json(o):
    s = json.dumps(o, ensure_ascii=False, separators=(",", ":"))
    return s.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


raw = go_json(out) + "\n"
forms = ["\n".join(t["title"] + "\n" + t["description"] for t in out)]
import html
forms.append(html.unescape(forms[0]))
write_only(F697, raw, keys(F697), forms=forms)
