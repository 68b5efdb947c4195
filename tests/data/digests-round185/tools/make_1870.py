#!/usr/bin/env python3
"""1870: a Polish reading circle's site test as a Selenium IDE project (`kolo-czytelnicze.side`, Selenium IDE 3.17,
saved as JSON.stringify(project, null, 2): no final newline): the project (id, version 2.0, name, url, tests, suites,
urls, plugins), two tests recorded on the semester page — `open`, `setWindowSize`, `assertTitle`, `verifyText` on the
list items (with the alternative `targets` the recorder stores: css:finder, xpath:position, xpath:innerText),
`storeWindowHandle` root, `click` on a title link that opens a tab (`opensWindow`, `windowHandleName`,
`windowTimeout`; its xpath:href target holds the link), `selectWindow`, `assertTitle` of the arXiv / OpenReview page
(`[id] title`), `close` — and a suite. Papers are verified list texts and clicked links (arXiv `/abs/`, `/pdf/…v2`,
an OpenReview forum), titles without a link (title-only) and one note with an arXiv id. Non-papers: a repository, docs
and a talk recording in the "Materiały" list. UUIDs are derived deterministically from names."""
import hashlib, json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import keys, by_num

F = by_num(1870)
BASE = "https://kolo-ml.ii.example.edu.pl"


def uid(name):
    h = hashlib.sha256(("1870:" + name).encode()).hexdigest()
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{'89ab'[int(h[16], 16) % 4]}{h[17:20]}-{h[20:32]}"


# the page's list: (title, href or None, note)
LISTA = [
 (T("2111.00396"), "https://arxiv.org/abs/2111.00396", "7 III · referuje Kasia"),
 (T("2008.07669"), None, "7 III · tło do S4, arXiv 2008.07669 · PDF w folderze koła"),
 (T("2312.00752"), "https://arxiv.org/abs/2312.00752", "14 III · referuje Michał"),
 (T("2004.05150"), "https://arxiv.org/pdf/2004.05150v2", "21 III · referuje Ola"),
 (T("1904.10509"), None, "21 III · PDF w folderze koła"),
 (T("2006.04768"), None, "28 III · PDF w folderze koła"),
 (T("2011.04006"), f"https://openreview.net/forum?id={OR('2011.04006')}", "4 IV · referuje Kasia"),
 (T("2103.14636"), None, "11 IV · przegląd na zakończenie, PDF w folderze koła"),
]
MATERIALY = [
 ("google-research/long-range-arena (kod benchmarku)", "https://github.com/google-research/long-range-arena"),
 ("Dokumentacja Longformera w Hugging Face Transformers", "https://huggingface.co/docs/transformers/model_doc/longformer"),
 ("Nagranie spotkania z 14 III (Mamba)", "https://wideo.ii.example.edu.pl/kolo-ml/2024-03-14"),
]


class Rec:
    def __init__(self, test):
        self.test, self.cmds, self.n = test, [], 0

    def add(self, command, target="", value="", targets=(), comment="", **extra):
        self.n += 1
        c = {"id": uid(f"{self.test}/{self.n}"), "comment": comment, "command": command, "target": target,
             "targets": [list(t) for t in targets], "value": value}
        c.update(extra)
        self.cmds.append(c)


def li_targets(i, sub=".tytul"):
    tag = {".tytul": "span", ".uwagi": "small"}[sub]
    return [(f"css=#lista > li:nth-child({i}) {sub}", "css:finder"),
            (f"xpath=//ol[@id='lista']/li[{i}]/{tag}", "xpath:position")]


def link_targets(i, title, href):
    return [(f"linkText={title}", "linkText"),
            (f"css=#lista > li:nth-child({i}) a", "css:finder"),
            (f"xpath=//a[contains(text(),'{title}')]", "xpath:link"),
            (f"xpath=//a[contains(@href, '{href}')]", "xpath:href"),
            (f"xpath=//li[{i}]/span/a", "xpath:position"),
            (f"xpath=//a[contains(.,'{title}')]", "xpath:innerText")]


def build():
    t1 = Rec("lista")
    t1.add("open", "/czytamy/lato-2024/")
    t1.add("setWindowSize", "1280x860")
    t1.add("assertTitle", "Koło czytelnicze ML · semestr letni 2024")
    for i, (title, href, note) in enumerate(LISTA, 1):
        if href:
            t1.add("verifyText", f"linkText={title}", title, targets=link_targets(i, title, href))
        else:
            t1.add("verifyText", f"css=#lista > li:nth-child({i}) .tytul", title, targets=li_targets(i))
        t1.add("verifyText", f"css=#lista > li:nth-child({i}) .uwagi", note, targets=li_targets(i, ".uwagi"))
    for j, (name, url) in enumerate(MATERIALY, 1):
        t1.add("verifyElementPresent", f"linkText={name}",
               targets=[(f"linkText={name}", "linkText"), (f"css=#materialy li:nth-child({j}) > a", "css:finder"),
                        (f"xpath=//a[contains(@href, '{url}')]", "xpath:href")])

    t2 = Rec("linki")
    t2.add("open", "/czytamy/lato-2024/")
    t2.add("setWindowSize", "1280x860")
    t2.add("storeWindowHandle", "root", comment="nagrane 5 III przez Olę; karty z PDF pomijamy")
    wins = iter([4127, 8813, 2269])
    for i, (title, href, note) in enumerate(LISTA, 1):
        if not href or "/pdf/" in href:
            continue
        w = f"win{next(wins)}"
        t2.add("click", f"linkText={title}", targets=link_targets(i, title, href),
               opensWindow=True, windowHandleName=w, windowTimeout=2000)
        t2.add("selectWindow", "handle=${" + w + "}")
        page = f"{title} | OpenReview" if "openreview" in href else f"[{href.rsplit('/', 1)[1]}] {title}"
        t2.add("assertTitle", page)
        t2.add("close")
        t2.add("selectWindow", "handle=${root}")
    t2.add("echo", "Longformer ma link do PDF (arXiv v2) — tytułu karty nie sprawdzamy")

    tests = [("lista artykułów — semestr letni", t1), ("linki otwierają właściwe strony", t2)]
    project = {
        "id": uid("project"),
        "version": "2.0",
        "name": "Koło czytelnicze ML — strona",
        "url": BASE,
        "tests": [{"id": uid("test/" + t.test), "name": name, "commands": t.cmds} for name, t in tests],
        "suites": [{"id": uid("suite"), "name": "Semestr letni 2024", "persistSession": False, "parallel": False,
                    "timeout": 300, "tests": [uid("test/" + t.test) for _, t in tests]}],
        "urls": [BASE + "/"],
        "plugins": [],
    }
    return json.dumps(project, indent=2, ensure_ascii=False)


if __name__ == "__main__":
    text = build()
    write_only(F, text, keys(F))
