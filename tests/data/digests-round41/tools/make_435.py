#!/usr/bin/env python3
"""435: a HAR file (HTTP Archive 1.2, exported from Firefox's network panel "Save All As HAR", sensitive headers
left out) attached to a bug report about a reading-list web app ("Shelfmark"): the page load of a shared
ML-for-science list, the app's JSON API (list items, a failed POST of a paper whose title is longer than the app
allows, a PATCH), the arXiv API call that the metadata enrichment makes (answered "Rate exceeded."), static assets
without bodies. Response bodies are JSON / HTML strings inside the HAR's JSON. Papers: list items whose url is an
arxiv.org abs URL (link), items with an arxiv_id field and no URL, and the ids in the arXiv API query (arxiv-text),
items with a title and venue only, and the POST body's title (title-only; the backprop paper is not on arXiv). Not
papers: PDEBench (a dataset), the DeepXDE documentation, the app's help page, its GitHub issue, people."""
import json, os, sys
from urllib.parse import urlsplit, parse_qsl
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import F435, keys, BACKPROP

H = "https://shelfmark.example.com"
def item(i, title, venue=None, arxiv_id=None, url=None, kind="paper", by="noor.h", note=""):
    return {"id": i, "kind": kind, "title": title, "venue": venue, "arxiv_id": arxiv_id, "url": url,
            "added_by": by, "note": note}
items = [
 item(101, T("2010.08895"), "ICLR 2021", url="https://arxiv.org/abs/2010.08895", note="FNO — start here"),
 item(102, T("2010.03409"), "ICLR 2021", arxiv_id="2010.03409", by="t.okoro", note="MeshGraphNets; compare with FNO on cylinder flow"),
 item(103, T("2106.05234"), "NeurIPS 2021", url="https://arxiv.org/abs/2106.05234", by="t.okoro", note="Graphormer, for the molecule week"),
 item(104, T("2101.08809"), "NeurIPS 2020", arxiv_id="2101.08809", by="m.lindqvist", note="PyGlove; AutoML session"),
 item(105, T("2108.04392"), "ICLR 2021", by="m.lindqvist", note="DARTS architecture selection; metadata still missing"),
 item(106, T("2111.04263"), "ICLR 2021", by="noor.h", note="FedDyn — privacy/federated week"),
 item(107, T("2103.13462"), None, url="https://arxiv.org/abs/2103.13462", by="noor.h", note="book chapter draft, theory week"),
 item(108, T(BACKPROP), "Nature 323 (1986)", by="t.okoro", note="classic, for the history slide"),
 item(109, "PDEBench (datasets + baselines)", None, url="https://github.com/pdebench/PDEBench", kind="link", by="t.okoro", note="dataset, not a paper"),
 item(110, "DeepXDE documentation", None, url="https://deepxde.readthedocs.io/", kind="link", by="noor.h", note="docs"),
]
list_json = json.dumps({"list": {"slug": "ml4sci-spring", "name": "ML for Science — spring reading group", "owner": "noor.h",
                                  "visibility": "shared"}, "items": items, "next": None}, separators=(",", ":"))
post_body = json.dumps({"kind": "paper", "title": T("2103.14339"), "venue": None, "url": None,
                        "note": "medical week, suggested by Dana"}, separators=(",", ":"))
post_resp = json.dumps({"error": "validation_failed", "detail": [{"field": "title", "msg": "ensure this value has at most 100 characters"}]},
                       separators=(",", ":"))
patch_body = json.dumps({"note": "FedDyn — privacy/federated week (moved to 2 May)"}, separators=(",", ":"))
patch_resp = json.dumps({"id": 106, "updated": True}, separators=(",", ":"))
page_html = ("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>ML for Science — spring reading group · Shelfmark</title>"
             "<link rel=\"stylesheet\" href=\"/static/app.7c1e9b.css\"></head><body><div id=\"root\"></div>"
             "<script src=\"/static/app.3f9c2e.js\"></script></body></html>")

T0 = [0]
def entry(method, url, status, stext, mime, text=None, post=None, size=None, started="", timings=(0, 0, 0, 0, 1, 40, 2)):
    q = [{"name": k, "value": v} for k, v in parse_qsl(urlsplit(url).query)]
    tm = dict(zip(("blocked", "dns", "connect", "ssl", "send", "wait", "receive"), timings))
    req = {"bodySize": len(post.encode()) if post else 0, "method": method, "url": url, "httpVersion": "HTTP/2",
           "headers": [{"name": "Host", "value": urlsplit(url).netloc},
                       {"name": "User-Agent", "value": "Mozilla/5.0 (X11; Linux x86_64; rv:124.0) Gecko/20100101 Firefox/124.0"},
                       {"name": "Accept", "value": "application/json" if "/api/" in url else "*/*"}]
                      + ([{"name": "Content-Type", "value": "application/json"}] if post else []),
           "cookies": [], "queryString": q, "headersSize": -1}
    if post: req["postData"] = {"mimeType": "application/json", "params": [], "text": post}
    content = {"mimeType": mime, "size": len(text.encode()) if text is not None else size}
    if text is not None: content["text"] = text
    resp = {"status": status, "statusText": stext, "httpVersion": "HTTP/2",
            "headers": [{"name": "content-type", "value": mime}, {"name": "date", "value": "Thu, 18 Apr 2024 09:14:07 GMT"}],
            "cookies": [], "content": content, "redirectURL": "", "headersSize": -1,
            "bodySize": content["size"]}
    return {"pageref": "page_1", "startedDateTime": started, "request": req, "response": resp, "cache": {},
            "timings": tm, "time": sum(v for v in timings if v > 0), "_securityState": "secure"}

entries = [
 entry("GET", f"{H}/lists/ml4sci-spring", 200, "OK", "text/html; charset=utf-8", page_html,
       started="2024-04-18T11:14:06.512+02:00", timings=(1, 12, 18, 24, 0, 96, 3)),
 entry("GET", f"{H}/static/app.7c1e9b.css", 200, "OK", "text/css", size=18344, started="2024-04-18T11:14:06.661+02:00",
       timings=(2, 0, 0, 0, 0, 21, 4)),
 entry("GET", f"{H}/static/app.3f9c2e.js", 200, "OK", "application/javascript", size=412908,
       started="2024-04-18T11:14:06.662+02:00", timings=(2, 0, 0, 0, 0, 25, 38)),
 entry("GET", f"{H}/api/v2/lists/ml4sci-spring/items?limit=50&sort=added", 200, "OK", "application/json", list_json,
       started="2024-04-18T11:14:06.951+02:00", timings=(1, 0, 0, 0, 0, 143, 5)),
 entry("GET", "https://export.arxiv.org/api/query?id_list=2101.08809,2010.03409&max_results=2", 503, "Service Unavailable",
       "text/plain", "Rate exceeded.", started="2024-04-18T11:14:07.204+02:00", timings=(1, 9, 88, 97, 0, 211, 1)),
 entry("POST", f"{H}/api/v2/lists/ml4sci-spring/items", 422, "Unprocessable Entity", "application/json", post_resp,
       post=post_body, started="2024-04-18T11:15:41.077+02:00", timings=(1, 0, 0, 0, 1, 64, 1)),
 entry("PATCH", f"{H}/api/v2/lists/ml4sci-spring/items/106", 200, "OK", "application/json", patch_resp,
       post=patch_body, started="2024-04-18T11:16:02.530+02:00", timings=(1, 0, 0, 0, 1, 58, 1)),
 entry("GET", f"{H}/help/limits", 200, "OK", "text/html; charset=utf-8",
       "<!doctype html><html><head><title>Limits · Shelfmark help</title></head><body><h1>Limits</h1><p>Titles are limited to "
       "100 characters. This limit will be raised, see https://github.com/shelfmark-app/shelfmark/issues/212.</p></body></html>",
       started="2024-04-18T11:16:20.004+02:00", timings=(1, 0, 0, 0, 0, 47, 1)),
]
har = {"log": {"version": "1.2", "creator": {"name": "Firefox", "version": "124.0.2"},
               "browser": {"name": "Firefox", "version": "124.0.2"},
               "pages": [{"startedDateTime": "2024-04-18T11:14:06.512+02:00", "id": "page_1",
                          "title": "ML for Science — spring reading group · Shelfmark",
                          "pageTimings": {"onContentLoad": 847, "onLoad": 1302}}],
               "entries": entries}}
text = json.dumps(har, indent=2, ensure_ascii=False) + "\n"
forms = "\n".join([list_json, post_body] + [json.dumps(x, ensure_ascii=False) for x in items] + [T("2103.14339")])
write_only(F435, text, keys(F435), forms=[forms])
