#!/usr/bin/env python3
"""1555: a Tamil PhD student's Firefox tabs as exported by the Tab Session Manager add-on (JSON.stringify of the
sessions array: one line, no final newline, raw Unicode): a named session with two windows (RL; AutoML and
optimisation) and the automatic save from when the second window was closed. Counts, ids, indices and times are
computed from the modelled windows."""
import hashlib, json, os, sys, uuid
from urllib.parse import urlsplit
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import keys, by_num

F = by_num(1555)
FAV = {"arxiv.org": "https://arxiv.org/static/browse/0.3.4/images/icons/favicon-32x32.png",
       "scholar.google.com": "https://scholar.google.com/favicon.ico", "paperswithcode.com": "https://paperswithcode.com/static/favicon.ico",
       "gymnasium.farama.org": "https://gymnasium.farama.org/_static/img/favicon.png", "www.youtube.com": "https://www.youtube.com/s/desktop/favicon_32x32.png",
       "www.semanticscholar.org": "https://www.semanticscholar.org/img/favicon.png", "www.google.com": "https://www.google.com/favicon.ico",
       "duckduckgo.com": "https://duckduckgo.com/favicon.ico", "optuna.readthedocs.io": "https://optuna.readthedocs.io/favicon.ico"}
W1 = [
    ("https://arxiv.org/abs/2106.01345", "[2106.01345] " + T("2106.01345")),
    ("https://arxiv.org/abs/2006.05990", "[2006.05990] " + T("2006.05990")),
    ("https://scholar.google.com/scholar?hl=ta&q=arXiv%3A2101.03958", "arXiv:2101.03958 - Google Scholar"),
    ("https://paperswithcode.com/paper/evolving-reinforcement-learning-algorithms", "Papers with Code - " + T("2101.03958")),
    ("https://gymnasium.farama.org/environments/mujoco/", "MuJoCo - Gymnasium Documentation"),
    ("https://www.youtube.com/watch?v=Xr4vLq7c2mE", "வலுவூட்டல் கற்றல் — அறிமுகம் | பாடம் 3 (தமிழில்) - YouTube"),
]
W2 = [
    ("https://arxiv.org/pdf/2010.01412.pdf", T("2010.01412")),
    ("https://arxiv.org/abs/2108.04392", "[2108.04392] " + T("2108.04392")),
    ("https://www.semanticscholar.org/paper/" + hashlib.sha1(b"autohas-r153").hexdigest(), T("2006.03656") + " | Semantic Scholar"),
    ("https://www.google.com/search?q=Smooth+Adversarial+Training+pdf&client=firefox-b-d", T("2006.14536") + " pdf - Google தேடல்"),
    ("https://duckduckgo.com/?q=Why+Do+Local+Methods+Solve+Nonconvex+Problems%3F&ia=web", T("2103.13462") + " at DuckDuckGo"),
    ("https://optuna.readthedocs.io/en/stable/reference/samplers/index.html", "optuna.samplers — Optuna 3.6.1 documentation"),
]
D0 = 1717392645123   # 2024-06-03 05:30:45 UTC


def u4(s):
    return str(uuid.UUID(bytes=hashlib.md5(s.encode()).digest(), version=4))


def tab(tid, win, idx, url, title, active, acc):
    host = urlsplit(url).hostname
    return {"active": active, "attention": False, "audible": False, "autoDiscardable": True, "cookieStoreId": "firefox-default",
            "discarded": not active and idx > 1, "favIconUrl": FAV.get(host, ""), "height": 953, "hidden": False,
            "highlighted": active, "id": tid, "incognito": False, "index": idx, "isArticle": host == "arxiv.org" and "/abs/" in url,
            "isInReaderMode": False, "lastAccessed": acc, "mutedInfo": {"muted": False}, "pinned": False,
            "sharingState": {"camera": False, "microphone": False}, "status": "complete", "successorTabId": -1,
            "title": title, "url": url, "width": 1920, "windowId": win}


def window(win, tabs, first_id, date, active):
    out = {}
    for i, (u, t) in enumerate(tabs):
        acc = date - 1000 * int(hashlib.md5(u.encode()).hexdigest()[:5], 16) % 5400000 - 60000
        out[str(first_id + i)] = tab(first_id + i, win, i, u, t, i == active, acc)
    return out


def info(win, focused, title):
    return {"alwaysOnTop": False, "focused": focused, "height": 1052, "id": win, "incognito": False, "left": 0,
            "state": "maximized", "title": title, "top": 0, "type": "normal", "width": 1920}


def session(name, wins, date, tag, start):
    ws = {str(w): window(w, tabs, fid, date, act) for w, tabs, fid, act, _ in wins}
    return {"windows": ws, "windowsNumber": len(ws),
            "windowsInfo": {str(w): info(w, k == 0, title) for k, (w, _, _, _, title) in enumerate(wins)},
            "tabsNumber": sum(len(x) for x in ws.values()), "name": name, "date": date, "lastEditedTime": date,
            "tag": tag, "sessionStartTime": start, "id": u4(name + str(date))}


def build():
    S = [session("வலுவூட்டல் கற்றல் + AutoML — வாரம் 23 (ஆய்வேட்டு அத்தியாயம் 2)",
                 [(1, W1, 12, 0, W1[0][1] + " — Mozilla Firefox"), (2, W2, 31, 1, W2[1][1] + " — Mozilla Firefox")],
                 D0, ["_user"], D0 - 9120000),
         session("", [(2, W2, 31, 0, W2[0][1] + " — Mozilla Firefox")], D0 - 2700000, ["_auto", "winClose"], D0 - 9120000)]
    return json.dumps(S, ensure_ascii=False, separators=(",", ":"))


if __name__ == "__main__":
    write_only(F, build(), keys(F))
