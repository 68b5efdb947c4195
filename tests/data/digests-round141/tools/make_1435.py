#!/usr/bin/env python3
"""1435: a terminal session (German): a lab member reads the pending review requests of the `optim` group from the
lab's Review Board through its Web API with curl and `python3 -m json.tool` (four-space indents, `ensure_ascii`, so
every umlaut, ß, α and dash is a `\\uXXXX` escape; keys in the server's order): the review-request list
(`review_requests`, `total_results`, `links`, `stat: ok`) and the reviews of one request. Descriptions and review
bodies are Markdown (`text_type`). URLs, ids and counts are computed from the modelled requests. Not papers: the
lab's repository, an issue, pytest runs, the CIFAR-10 numbers. Nicknames: SAM, SAT, DARTS, CQD, RBM pre-training."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import F1435, keys, DBN

H = "https://reviews.optlab.example.de"
U = {"jonas": "Jonas Weber", "lea": "Lea Hoffmann", "tim": "Tim Krüger", "sophie": "Sophie Brandt"}
RR = [  # id, submitter, summary, description, testing, branch, bugs, time_added, last_updated, ship_its, open issues, people
 (412, "jonas", "SAM-Optimierer in optlab.optim",
  f"Fügt `optlab.optim.SAM` hinzu, nach *{T('2010.01412')}* (Foret et al., ICLR 2021), https://arxiv.org/abs/2010.01412.\n\n"
  "- zwei Vorwärts-/Rückwärtsdurchläufe pro Schritt\n- `rho` als Hyperparameter (Standard 0.05)\n\n"
  f"Hintergrund zur Verlustlandschaft: *{T('2103.13462')}* — nur Lektüre, nichts davon implementiert.",
  "`pytest tests/optim/test_sam.py -q` → 14 passed\nCIFAR-10, ResNet-18, 200 Epochen: 95,6 % → 96,1 % (3 Seeds)",
  "feature/sam", [], "2024-05-06T09:12:40Z", "2024-05-13T07:58:02Z", 1, 0, ["lea"]),
 (415, "lea", "Glatte Aktivierungen im adversariellen Training",
  f"Setzt die Idee aus {T('2006.14536')} um ([PDF](https://arxiv.org/pdf/2006.14536.pdf)): ReLU wird im "
  "adversariellen Training durch SiLU bzw. GELU ersetzt, damit die Gradienten der Angriffe glatter sind.\n\n"
  "Neue Option `--adv-activation {relu,silu,gelu}`.",
  "PGD-10 auf CIFAR-10: robuste Genauigkeit 48,2 % → 50,9 %", "feature/smooth-at", [], "2024-05-08T14:30:11Z",
  "2024-05-10T16:04:55Z", 0, 2, ["tim"]),
 (418, "tim", "NAS-Suchraum mit PyGlove neu aufsetzen",
  f"Ersetzt unseren eigenen Suchraum-Code durch PyGlove.\n\nPaper: {T('2101.08809')}, https://arxiv.org/abs/2101.08809\n\n"
  f"Als nächster Schritt ist {T('2006.03656')} geplant (arXiv:2006.03656): gemeinsame Suche über Hyperparameter und "
  f"Architektur.\n\nFür die Auswahl der finalen Architektur folgen wir *{T('2108.04392')}* (ICLR 2021) statt der "
  "Größe der α-Gewichte wie im ursprünglichen DARTS.",
  "Smoke-Test mit 2 Trials auf dem Spielzeug-Suchraum; volle Suche läuft noch auf dem Cluster (Job 88213).",
  "refactor/pyglove", [], "2024-05-10T11:02:37Z", "2024-05-13T08:41:22Z", 0, 1, ["jonas", "sophie"]),
 (420, "sophie", "KG-Abfragen: CQD als Baseline",
  f"Baseline aus *{T('2011.03459')}* (ICLR 2021) für unsere Experimente mit komplexen Abfragen, siehe Issue #87.\n\n"
  "Der Code ist an das offizielle Repository angelehnt (nur gelesen, nichts kopiert); Lizenzhinweis in `NOTICE`.",
  "FB15k-237, 1p/2p/3p: Hits@3 wie in Tabelle 2 des Papers (±0,4)", "feature/cqd-baseline", ["87"],
  "2024-05-12T18:20:05Z", "2024-05-12T18:20:05Z", 0, 0, ["tim"]),
]


def link(path, title=None, method="GET"):
    d = {"method": method, "href": H + path}
    if title: d["title"] = title
    return d


def rr(r):
    i, sub, summ, desc, test, br, bugs, added, upd, ships, issues, people = r
    return {
        "links": {"self": link(f"/api/review-requests/{i}/"), "submitter": link(f"/api/users/{sub}/", sub),
                  "repository": link("/api/repositories/3/", "optlab"), "diffs": link(f"/api/review-requests/{i}/diffs/"),
                  "reviews": link(f"/api/review-requests/{i}/reviews/")},
        "id": i, "absolute_url": f"{H}/r/{i}/", "approval_failure": "Es fehlen noch Ship-Its." if not ships else None,
        "approved": bool(ships), "blocks": [], "branch": br, "bugs_closed": bugs, "changenum": None,
        "close_description": None, "close_description_text_type": "plain", "commit_id": None, "depends_on": [],
        "description": desc, "description_text_type": "markdown", "extra_data": {},
        "issue_dropped_count": 0, "issue_open_count": issues, "issue_resolved_count": 0, "issue_verifying_count": 0,
        "last_updated": upd, "public": True, "ship_it_count": ships, "status": "pending", "summary": summ,
        "target_groups": [link("/api/groups/optim/", "optim")],
        "target_people": [link(f"/api/users/{p}/", p) for p in people],
        "testing_done": test, "testing_done_text_type": "markdown", "text_type": None, "time_added": added,
        "url": f"/r/{i}/"}


Q = "/api/review-requests/?to-groups=optim&status=pending&max-results=25"
LIST = {"review_requests": [rr(r) for r in sorted(RR, key=lambda r: r[8], reverse=True)], "total_results": len(RR),
        "links": {"self": link(Q), "create": link("/api/review-requests/", method="POST")}, "stat": "ok"}
REVIEWS = [
 (1031, "jonas", False, f"Sieht gut aus. Eine Frage zum alten Code: das RBM-Vortraining nach *{DBN}* (Hinton et al., 2006) "
  "in `optlab/legacy/pretrain.py` wird von nichts mehr importiert — kann das in diesem Zug raus?", "", "2024-05-11T09:40:13Z"),
 (1036, "sophie", False, "Bitte die Seeds in `configs/nas/pyglove_toy.yaml` festhalten, sonst ist der Smoke-Test nicht reproduzierbar.",
  "Ansonsten +1, warte noch auf die volle Suche.", "2024-05-13T08:41:22Z"),
]
RV = {"reviews": [{"links": {"self": link(f"/api/review-requests/418/reviews/{i}/"), "user": link(f"/api/users/{u}/", u)},
                   "id": i, "absolute_url": f"{H}/r/418/#review{i}", "body_bottom": bot, "body_bottom_text_type": "markdown",
                   "body_top": top, "body_top_text_type": "markdown", "extra_data": {}, "public": True, "ship_it": ship,
                   "text_type": None, "timestamp": ts} for i, u, ship, top, bot, ts in REVIEWS],
      "total_results": len(REVIEWS), "links": {"self": link("/api/review-requests/418/reviews/"),
                                               "create": link("/api/review-requests/418/reviews/", method="POST")}, "stat": "ok"}
P = "mara@optlab-ws07:~/optlab$ "
out = P + f"curl -s -H 'Accept: application/json' '{H}{Q}' | python3 -m json.tool\n" + json.dumps(LIST, indent=4) + "\n"
out += P + f"curl -s -H 'Accept: application/json' {H}/api/review-requests/418/reviews/ | python3 -m json.tool\n" + json.dumps(RV, indent=4) + "\n"
out += P + "\n"
forms = [json.dumps(LIST, ensure_ascii=False), json.dumps(RV, ensure_ascii=False)]
write_only(F1435, out, keys(F1435), forms=forms)
