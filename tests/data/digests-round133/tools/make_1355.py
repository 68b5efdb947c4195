#!/usr/bin/env python3
"""1355: a Node-RED flow export (Polish): a Warsaw-like vision lab's reading group posts its weekly list to the
lab's Mattermost from a Node-RED flow; Bartek exported the tab (Export → formatted → Download) as `flows.json` for the
lab's repository. The layout as remembered from Node-RED 3.1: an array of nodes, the tab first (`id`, `type`, `label`,
`disabled`, `info`, `env`), then comment / inject / function / template / http request / debug nodes with their own
fields in the editor's order, `z` = the tab, `x`, `y`, `wires`; ids of 16 hex digits; JSON.stringify with four-space
indentation, raw UTF-8, no final newline. The function node's code holds the list (titles and links) and the comment
node's info the Markdown plan. The 3DGS project page, the SAM demo, the timm docs and the course are not papers;
SAM, BEiT, Bi-tuning, DNAS are nicknames."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import F1355, keys

Z = "5f2a9c1e8b7d4a30"
ID = {"c1": "a3f1c2d4e5b60718", "c2": "0b9e7d6c5a4f3e21", "inj": "7c4d2e1f0a9b8c36", "fn": "e2d1c0b9a8f7e6d5",
      "tpl": "19a8b7c6d5e4f302", "http": "4e5f6a7b8c9d0e1f", "dbg": "b6c5d4e3f2a1b0c9", "dbg2": "d0e1f2a3b4c5d6e7"}
lista = [
 (T("2010.02014"), f"https://openreview.net/forum?id={OR('2010.02014')}", "Kasia", "20 maja"),
 (T("2011.06182"), f"https://openreview.net/pdf?id={OR('2011.06182')}", "Bartek", "20 maja"),
 (T("2304.02643"), "https://arxiv.org/abs/2304.02643", "Ola", "27 maja"),
 (T("2006.06882"), "https://arxiv.org/pdf/2006.06882.pdf", "Michał", "27 maja"),
 (T("2308.04079"), "https://repo-sam.inria.fr/fungraph/3d-gaussian-splatting/", "Zosia", "3 czerwca"),
 (T("2006.05929"), "", "Kasia", "3 czerwca"),
 (T("2108.04392"), "", "Michał", "10 czerwca"),
]
func = "// lista lektur — edytować tutaj, nie w szablonie\nconst lektury = [\n" + ",\n".join(
    f"    {{ tytul: {json.dumps(t, ensure_ascii=False)}, link: {json.dumps(l)}, prowadzi: {json.dumps(p, ensure_ascii=False)}, termin: {json.dumps(d, ensure_ascii=False)} }}"
    for t, l, p, d in lista) + "\n];\n\nconst tydzien = msg.payload ? new Date(msg.payload) : new Date();\n" \
    "msg.lektury = lektury.map(l => ({ ...l, link: l.link || \"(brak linku)\" }));\n" \
    "msg.tydzien = tydzien.toLocaleDateString(\"pl-PL\");\nreturn msg;"
plan = f"""## Plan czytelni — maj/czerwiec

* 20.05 — VAE i dostrajanie: Self-Supervised VAE, Bi-tuning
* 27.05 — segmentacja i pre-training (SAM, self-training)
* 3.06 — {T('2308.04079')} (Zosia) + kondensacja danych
* 10.06 — DNAS; dodatkowo BEiT dla chętnych: {T('2106.08254')}, arXiv:2106.08254

Nie są to artykuły: demo SAM (https://segment-anything.com/demo), dokumentacja timm, kurs „Widzenie komputerowe II”."""
tpl = """**Czytelnia — tydzień {{tydzien}}**
{{#lektury}}
* {{tytul}} — {{link}} (prowadzi: {{prowadzi}}, {{termin}})
{{/lektury}}
Sala 2.14 albo https://meet.wizja-lab.example.pl/czytelnia"""
nodes = [
 {"id": Z, "type": "tab", "label": "Czytelnia — przegląd tygodnia", "disabled": False,
  "info": "Co poniedziałek o 8:00 wysyła listę lektur na kanał ~czytelnia w Mattermost.\nWłaściciel: Bartek (bartek@wizja-lab.example.pl)", "env": []},
 {"id": ID["c1"], "type": "comment", "z": Z, "name": "Plan czytelni (szczegóły w info)", "info": plan, "x": 190, "y": 60, "wires": []},
 {"id": ID["c2"], "type": "comment", "z": Z, "name": "Webhook: zmienna MM_HOOK w ustawieniach", "info": "", "x": 640, "y": 60, "wires": []},
 {"id": ID["inj"], "type": "inject", "z": Z, "name": "pon. 8:00", "props": [{"p": "payload"}, {"p": "topic", "vt": "str"}],
  "repeat": "", "crontab": "00 08 * * 1", "once": False, "onceDelay": 0.1, "topic": "czytelnia", "payload": "",
  "payloadType": "date", "x": 130, "y": 140, "wires": [[ID["fn"]]]},
 {"id": ID["fn"], "type": "function", "z": Z, "name": "zbuduj listę", "func": func, "outputs": 1, "timeout": 0,
  "noerr": 0, "initialize": "", "finalize": "", "libs": [], "x": 310, "y": 140, "wires": [[ID["tpl"], ID["dbg2"]]]},
 {"id": ID["tpl"], "type": "template", "z": Z, "name": "wiadomość (Markdown)", "field": "payload", "fieldType": "msg",
  "format": "handlebars", "syntax": "mustache", "template": tpl, "output": "str", "x": 520, "y": 140, "wires": [[ID["http"]]]},
 {"id": ID["http"], "type": "http request", "z": Z, "name": "Mattermost ~czytelnia", "method": "POST", "ret": "txt",
  "paytoqs": "ignore", "url": "https://chat.wizja-lab.example.pl/hooks/${MM_HOOK}", "tls": "", "persist": False,
  "proxy": "", "insecureHTTPParser": False, "authType": "", "senderr": False, "headers": [], "x": 740, "y": 140,
  "wires": [[ID["dbg"]]]},
 {"id": ID["dbg"], "type": "debug", "z": Z, "name": "odpowiedź", "active": True, "tosidebar": True, "console": False,
  "tostatus": True, "complete": "statusCode", "targetType": "msg", "statusVal": "statusCode", "statusType": "msg",
  "x": 940, "y": 140, "wires": []},
 {"id": ID["dbg2"], "type": "debug", "z": Z, "name": "lista (podgląd)", "active": False, "tosidebar": True,
  "console": False, "tostatus": False, "complete": "lektury", "targetType": "msg", "statusVal": "", "statusType": "auto",
  "x": 530, "y": 200, "wires": []},
]
write_only(F1355, json.dumps(nodes, ensure_ascii=False, indent=4), keys(F1355), forms=[func, plan])
