#!/usr/bin/env python3
"""1771: a Danish PhD student's Tab Wrangler export (`TabWranglerExport-2024-04-12.json`): the Chrome extension's
JSON.stringify of {savedTabs, totalTabsRemoved, totalTabsUnwrangled, totalTabsWrangled} (compact, one line, no final
newline). Saved tabs are chrome.tabs.Tab objects as Chrome hands them over (keys in alphabetical order) with the
`closedAt` Tab Wrangler adds, newest first (each wrangled tab is unshifted). Tab titles are what the pages call
themselves: arXiv's `[id] Title`, OpenReview's `Title | OpenReview`, a NeurIPS proceedings page's bare title, a Google
Scholar search `… - Google Scholar`, a local PDF under its document title. Computed from the modelled tabs: closedAt
falling, lastAccessed before closedAt, unique tab ids, indexes within their windows, the totals (wrangled >= saved)."""
import datetime as dt, hashlib, json, os, sys
from urllib.parse import quote_plus
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import keys, by_num, ALEXNET

F = by_num(1771)
AX_ICON = "https://arxiv.org/static/browse/0.3.4/images/icons/favicon-32x32.png"
T_END = dt.datetime(2024, 4, 12, 14, 37, 2, tzinfo=dt.timezone.utc)


def nips(title, year):
    h = hashlib.md5(title.encode()).hexdigest()
    return f"https://proceedings.neurips.cc/paper_files/paper/{year}/hash/{h}-Abstract.html"


# (url, title, favIconUrl, window, minutes before T_END it was wrangled)
TABS = [
 ("https://arxiv.org/abs/2004.08955", f"[2004.08955] {T('2004.08955')}", AX_ICON, 1, 3),
 ("https://di.example.dk/laesegruppe/cv-foraar-2024", "Læsegruppe i computer vision – forår 2024 – DIKU-wiki", "", 1, 3),
 ("https://arxiv.org/abs/2006.07733v3", f"[2006.07733] {T('2006.07733')}", AX_ICON, 1, 41),
 ("https://openreview.net/forum?id=3rRgu7OGgBI", f"{T('2011.06182')} | OpenReview", "https://openreview.net/favicon.ico", 1, 41),
 ("https://github.com/huggingface/pytorch-image-models", "GitHub - huggingface/pytorch-image-models: The largest collection of PyTorch image encoders / backbones. Including train, eval, inference, export scripts, and pretrained weights", "https://github.githubassets.com/favicons/favicon.svg", 1, 95),
 ("file:///home/signe/Overf%C3%B8rsler/1912.11370v3.pdf", T("1912.11370"), "", 2, 180),
 (nips(ALEXNET, 2012), ALEXNET, "https://proceedings.neurips.cc/static/images/favicon.ico", 2, 182),
 (nips(T("2006.06882"), 2020), T("2006.06882"), "https://proceedings.neurips.cc/static/images/favicon.ico", 2, 183),
 ("https://scholar.google.com/scholar?hl=da&q=" + quote_plus(T("2106.08254")), f"{T('2106.08254')} - Google Scholar", "https://scholar.google.com/favicon.ico", 2, 184),
 ("https://arxiv.org/abs/2304.02643", f"[2304.02643] {T('2304.02643')}", AX_ICON, 2, 1440 + 12),
 ("https://www.youtube.com/watch?v=Jx7kQ2mVb0E", "Forelæsning 9: Selvovervåget læring og transfer learning (Billedanalyse, forår 2024) - YouTube", "https://www.youtube.com/s/desktop/favicon.ico", 2, 1440 + 13),
 ("https://mail.example.dk/owa/#path=/mail/inbox", "Indbakke – signe.holm@di.example.dk – Outlook", "", 1, 1440 + 300),
 ("https://docs.example.dk/d/vejledermoede-marts", "Vejledermøde 11/4: noter og spørgsmål til Mads – Dokumenter", "", 2, 1440 + 301),
 ("https://lokaler.example.dk/bygning/universitetsparken-1", "Lokaleoversigt – Universitetsparken 1 – Booking", "", 1, 2880 + 77),
]
TOTALS = {"totalTabsRemoved": 2417, "totalTabsUnwrangled": 64, "totalTabsWrangled": 1389}


def build():
    saved, seen = [], {}
    for k, (url, title, icon, win, mins) in enumerate(TABS):
        closed = T_END - dt.timedelta(minutes=mins, seconds=k * 2)
        last = closed - dt.timedelta(minutes=30 + (k * 7) % 23)
        idx = seen.get(win, 0); seen[win] = idx + 1
        tab = {"active": False, "audible": False, "autoDiscardable": True, "discarded": False, "favIconUrl": icon,
               "groupId": -1, "height": 1015, "highlighted": False, "id": 1083200 + (k * 37) % 500 + k, "incognito": False,
               "index": idx + 1, "lastAccessed": int(last.timestamp() * 1000) + k * 13, "mutedInfo": {"muted": False},
               "pinned": False, "selected": False, "status": "complete", "title": title, "url": url, "width": 1903,
               "windowId": 1083100 + win}
        if not icon: del tab["favIconUrl"]
        tab["closedAt"] = int(closed.timestamp() * 1000) + k * 13 + 400
        saved.append(tab)
    data = {"savedTabs": saved, **TOTALS}
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))


if __name__ == "__main__":
    write_only(F, build(), keys(F))
