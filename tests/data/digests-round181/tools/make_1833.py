#!/usr/bin/env python3
"""1833: a Catalan robotics lab's reading seminar kept as an eLabFTW experiment (the lab's electronic lab notebook),
saved from the API (`GET /api/v2/experiments/318`, `curl -o experiment-318.json`): one line of JSON as PHP's
json_encode writes it behind Symfony's JsonResponse defaults (slashes as `\\/`, every non-ASCII character as a
lower-case `\\uXXXX`, and `<` `>` `&` `'` `"` inside strings as `\\u003C` `\\u003E` `\\u0026` `\\u0027` `\\u0022`), no
final newline. The experiment's body is TinyMCE HTML (a paragraph, a sessions table, a list of pending papers, a
resources paragraph); steps, an upload and a comment follow. Papers are in the body as linked titles, plain titles
and one arXiv id in text. Session dates are weekly Thursdays."""
import datetime as dt, hashlib, json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import keys, by_num

F = by_num(1833)
ID = 318
START = dt.date(2024, 3, 14)  # a Thursday
# (article html, presenter, note)
SESSIONS = [
 (f'<a href="https://arxiv.org/abs/2304.02643">{T("2304.02643")}</a>', "Jordi", "SAM; màscares per a la pinça"),
 (f'<a href="https://arxiv.org/pdf/2303.15343">{T("2303.15343")}</a>', "Laia", "SigLIP, ICCV 2023"),
 (f'{T("2102.05918")} (arXiv:2102.05918)', "Marc", "ALIGN, ICML 2021; comparar amb SigLIP"),
 (f'<a href="https://arxiv.org/abs/2304.08485v2">{T("2304.08485")}</a>', "Núria", "LLaVA, NeurIPS 2023"),
 (f'<a href="https://arxiv.org/abs/2307.15818">{T("2307.15818")}</a>', "Jordi", "per al braç UR5 del laboratori"),
 (f'{T("2308.04079")}', "Laia", "SIGGRAPH 2023; el PDF és al NAS"),
]
PENDING = [
 f"{T('2106.13884')} (NeurIPS 2021): el PDF és a la carpeta compartida del NAS",
 f"{T('2103.14339')}: proposta d'en Marc, per al projecte amb l'hospital",
]


def php_json(v):
    """json_encode with Symfony JsonResponse's default flags (HEX_TAG | HEX_APOS | HEX_AMP | HEX_QUOT)"""
    if v is None: return "null"
    if v is True: return "true"
    if v is False: return "false"
    if isinstance(v, int): return str(v)
    if isinstance(v, list): return "[" + ",".join(php_json(x) for x in v) + "]"
    if isinstance(v, dict): return "{" + ",".join(php_json(k) + ":" + php_json(x) for k, x in v.items()) + "}"
    out = []
    for ch in v:
        o = ord(ch)
        if ch == "\\": out.append("\\\\")
        elif ch == "/": out.append("\\/")
        elif ch in "<>&'\"": out.append("\\u%04X" % o)
        elif ch == "\n": out.append("\\n")
        elif ch == "\t": out.append("\\t")
        elif o < 0x20: out.append("\\u%04x" % o)
        elif o < 0x80: out.append(ch)
        elif o < 0x10000: out.append("\\u%04x" % o)
        else:
            o -= 0x10000
            out.append("\\u%04x\\u%04x" % (0xD800 + (o >> 10), 0xDC00 + (o & 0x3FF)))
    return '"' + "".join(out) + '"'


def body():
    B = ["<h2>Seminari de lectura: visió-llenguatge i robòtica</h2>",
         "<p>Ens trobem els dijous a les 11:00 a la sala de reunions del grup (edifici Omega, S-215). "
         "Cada setmana una persona presenta un article i la resta el llegeix abans. "
         "Les diapositives es pugen com a fitxer adjunt d'aquest experiment.</p>",
         '<table style="border-collapse: collapse; width: 100%;" border="1">',
         "<tbody>",
         "<tr>",
         "<th>Data</th>",
         "<th>Article</th>",
         "<th>Presenta</th>",
         "<th>Notes</th>",
         "</tr>"]
    for i, (a, p, n) in enumerate(SESSIONS):
        d = START + dt.timedelta(days=7 * i)
        B += ["<tr>", f"<td>{d.strftime('%d/%m')}</td>", f"<td>{a}</td>", f"<td>{p}</td>", f"<td>{n}</td>", "</tr>"]
    B += ["</tbody>", "</table>", "<h3>Pendents (sense data)</h3>", "<ul>"]
    B += [f"<li>{x}</li>" for x in PENDING]
    B += ["</ul>",
          "<p>Recursos que no són articles: el conjunt de dades "
          '<a href="https://robotics-transformer-x.github.io/">Open X-Embodiment</a>, '
          'el repositori <a href="https://github.com/haotian-liu/LLaVA">LLaVA</a> a GitHub i la '
          '<a href="https://docs.ultralytics.com/models/sam/">documentació de SAM a Ultralytics</a>.</p>']
    return "\n".join(B)


def h40(s):
    return hashlib.sha1(s.encode()).hexdigest()


def build():
    created = "2024-03-11 09:12:44"
    perm = lambda b: json.dumps({"base": b, "teams": [], "users": [], "teamgroups": []})
    exp = {
        "id": ID, "elabid": "20240311-" + h40("elabid-318"), "date": "2024-03-11",
        "title": "Seminari de lectura: visió-llenguatge i robòtica (primavera 2024)",
        "body": body(), "content_type": 1,
        "category": 4, "category_title": "Seminari", "category_color": "5A8EAA",
        "status": 2, "status_title": "En curs", "status_color": "29AEB9",
        "rating": 0, "locked": 0, "userid": 12, "fullname": "Núria Puig", "firstname": "Núria", "lastname": "Puig",
        "orcid": None, "team": 3, "team_name": "Robòtica i percepció", "custom_id": None,
        "created_at": created, "modified_at": "2024-04-04 17:40:03", "state": 1, "metadata": None,
        "tags": "lectura|multimodal|robòtica", "tags_id": "7,19,23",
        "canread": perm(30), "canwrite": perm(20),
        "sharelink": f"https://elab.robotica.example.cat/experiments.php?mode=view&id={ID}",
        "page": "experiments", "type": "experiments",
        "steps": [
            {"id": 51, "item_id": ID, "body": "Reservar la sala S-215 fins al juny", "ordering": 1, "finished": 1,
             "finished_time": "2024-03-12 08:30:10", "deadline": None, "deadline_notif": 0},
            {"id": 52, "item_id": ID, "body": "Triar l'article del 25/04 i afegir-lo a la taula", "ordering": 2,
             "finished": 0, "finished_time": None, "deadline": "2024-04-18 18:00:00", "deadline_notif": 1},
        ],
        "experiments_links": [], "items_links": [],
        "uploads": [
            {"id": 77, "real_name": "diapositives-14-03-SAM.pdf", "long_name": h40("upload-77")[:2] + "/" + h40("upload-77") + ".pdf",
             "comment": "Diapositives de la sessió del 14/03", "item_id": ID, "userid": 15, "type": "experiments",
             "created_at": "2024-03-14 12:05:51", "filesize": 2483211, "hash": hashlib.sha256(b"upload-77").hexdigest(),
             "hash_algorithm": "sha256", "state": 1, "immutable": 0},
        ],
        "comments": [
            {"id": 88, "created_at": "2024-03-15 10:02:11", "modified_at": "2024-03-15 10:02:11",
             "comment": "He penjat les diapositives del 14/03. La setmana vinent comencem amb SigLIP.",
             "userid": 15, "fullname": "Jordi Vila", "firstname": "Jordi", "lastname": "Vila", "orcid": None,
             "item_id": ID, "immutable": 0},
        ],
    }
    return exp


def strings(v):
    if isinstance(v, str): return [v]
    if isinstance(v, list): return [s for x in v for s in strings(x)]
    if isinstance(v, dict): return [s for k, x in v.items() for s in [k] + strings(x)]
    return []


if __name__ == "__main__":
    exp = build()
    text = php_json(exp)
    assert json.loads(text) == exp
    write_only(F, text, keys(F), forms=["\n".join(strings(exp))])
