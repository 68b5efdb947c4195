#!/usr/bin/env python3
"""1834: a Turkish PhD student's Pale Moon bookmarks backup (Bookmarks → Show All Bookmarks → Import and Backup →
Backup…, `bookmarks-2024-04-02.json`): the places tree as JSON.stringify writes it, one line, raw UTF-8, no final
newline. The root `placesRoot` holds the four Turkish-titled roots (menu, toolbar, tags, unsorted); containers,
bookmarks (`text/x-moz-place`, with `uri` and, when the user wrote one, a description in `annos`) and separators
carry guid, title, index, dateAdded/lastModified (PRTime microseconds) and id. Papers are bookmarks in a reading-group
folder: arXiv pages titled the way arXiv titles them (`[id] Title`), an OpenReview forum page (`Title | OpenReview`),
a PDF retitled by hand, and local PDFs (`file:///…`) whose titles are the papers' (title-only; one description holds
an arXiv id)."""
import base64, hashlib, json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import keys, by_num

F = by_num(1834)
HOME = "file:///home/elif/Belgeler/makaleler/"
t0 = 1709280000000000  # 2024-03-01 08:00 UTC in microseconds
_n = [0]
_id = [5]


def guid(s):
    return base64.urlsafe_b64encode(hashlib.sha1(s.encode()).digest()).decode()[:12]


def stamp(step_minutes):
    _n[0] += step_minutes
    return t0 + _n[0] * 60 * 1000000 + (_n[0] * 7919 % 1000) * 1000


def bm(title, uri, desc=None, edited=0):
    _id[0] += 1
    a = stamp(37)
    d = {"guid": guid(uri + title), "title": title, "index": 0, "dateAdded": a,
         "lastModified": a + edited * 3600 * 1000000, "id": _id[0]}
    if desc:
        d["annos"] = [{"name": "bookmarkProperties/description", "flags": 0, "expires": 4, "value": desc}]
    d["type"] = "text/x-moz-place"
    d["uri"] = uri
    return d


def sep(tag):
    _id[0] += 1
    a = stamp(3)
    return {"guid": guid("sep" + tag), "title": "", "index": 0, "dateAdded": a, "lastModified": a, "id": _id[0],
            "type": "text/x-moz-place-separator"}


def folder(title, desc=None):
    """a container created now; its children are added afterwards (they get later ids and dates)"""
    _id[0] += 1
    a = stamp(5)
    d = {"guid": guid("folder" + title), "title": title, "index": 0, "dateAdded": a, "lastModified": a, "id": _id[0]}
    if desc:
        d["annos"] = [{"name": "bookmarkProperties/description", "flags": 0, "expires": 4, "value": desc}]
    d["type"] = "text/x-moz-place-container"
    d["children"] = []
    return d


def add(f, *kids):
    f["children"] += list(kids)
    return f


def fix(node):
    """indexes by position; a container's lastModified is its newest child's"""
    kids = node.get("children")
    if kids:
        for i, k in enumerate(kids):
            k["index"] = i
            fix(k)
        node["lastModified"] = max(node["lastModified"], *(k["lastModified"] for k in kids))


def build():
    pm = folder("Pale Moon")
    add(pm, bm("Pale Moon Eklentileri", "https://addons.palemoon.org/"),
        bm("Pale Moon Forumu", "https://forum.palemoon.org/"))
    s_menu = sep("menu")
    grup = folder("LLM ajanları okuma grubu", desc="Çarşamba 13:30, B-204. Sunum sırası grup takviminde.")
    okundu = folder("Okundu")
    add(okundu,
        bm(f"{T('2210.03629')} | OpenReview", f"https://openreview.net/forum?id={OR('2210.03629')}",
           "ICLR 2023. Düşünce + eylem izleri; grubun ilk oturumu"),
        bm(f"[2201.11903] {T('2201.11903')}", "https://arxiv.org/abs/2201.11903", "NeurIPS 2022"),
        bm(f"[2204.01691] {T('2204.01691')}", "https://arxiv.org/abs/2204.01691v2",
           "SayCan. Robot tarafı için Can Hoca önerdi", edited=26))
    okunacak = folder("Okunacak")
    add(okunacak,
        bm(T("2310.08560"), "https://arxiv.org/pdf/2310.08560.pdf", "PDF sekmesinden eklendi, başlığı elle düzelttim", edited=2),
        bm(T("2308.03688"), HOME + "agentbench.pdf", "arXiv 2308.03688; ICLR 2024, değerlendirme oturumu için"),
        bm(T("2104.08691"), HOME + "prompt-tuning-lester.pdf", "EMNLP 2021; soft prompt"),
        bm(T("2402.09353"), HOME + "dora-agirlik-ayristirma.pdf", "ICML 2024; LoRA ile karşılaştır"),
        bm(T("2307.15043"), HOME + "gcg-saldiri.pdf", "güvenlik oturumu (Mayıs)"))
    add(grup, okundu, okunacak, sep("grup"),
        bm("LLM Powered Autonomous Agents | Lil'Log", "https://lilianweng.github.io/posts/2023-06-23-agent/", "blog yazısı, makale değil"),
        bm("Agents | LangChain belgeleri", "https://python.langchain.com/docs/modules/agents/", "belgeler"))
    menu = {"guid": "menu________", "title": "Yer İmleri Menüsü", "index": 0, "dateAdded": t0 - 86400000000 * 40,
            "lastModified": t0, "id": 2, "type": "text/x-moz-place-container", "root": "bookmarksMenuFolder",
            "children": [pm, s_menu, grup]}
    toolbar = {"guid": "toolbar_____", "title": "Yer İmleri Araç Çubuğu", "index": 1, "dateAdded": t0 - 86400000000 * 40,
               "lastModified": t0, "id": 3, "type": "text/x-moz-place-container", "root": "toolbarFolder",
               "children": [bm("Bölüm web postası", "https://posta.bil.example.edu.tr/"),
                            bm("arXiv cs.CL yeni gönderiler", "https://arxiv.org/list/cs.CL/new"),
                            bm("Prompt Engineering Guide", "https://www.promptingguide.ai/")]}
    tags = {"guid": "tags________", "title": "Etiketler", "index": 2, "dateAdded": t0 - 86400000000 * 40,
            "lastModified": t0 - 86400000000 * 40, "id": 4, "type": "text/x-moz-place-container", "root": "tagsFolder"}
    unfiled = {"guid": "unfiled_____", "title": "Sıralanmamış Yer İmleri", "index": 3, "dateAdded": t0 - 86400000000 * 40,
               "lastModified": t0, "id": 5, "type": "text/x-moz-place-container", "root": "unfiledBookmarksFolder",
               "children": [bm("AutoGPT (GitHub deposu)", "https://github.com/Significant-Gravitas/AutoGPT")]}
    root = {"guid": "root________", "title": "", "index": 0, "dateAdded": t0 - 86400000000 * 40, "lastModified": t0,
            "id": 1, "type": "text/x-moz-place-container", "root": "placesRoot",
            "children": [menu, toolbar, tags, unfiled]}
    fix(root)
    return root


def strings(v):
    if isinstance(v, str): return [v]
    if isinstance(v, list): return [s for x in v for s in strings(x)]
    if isinstance(v, dict): return [s for k, x in v.items() for s in [k] + strings(x)]
    return []


if __name__ == "__main__":
    tree = build()
    write_only(F, json.dumps(tree, ensure_ascii=False, separators=(",", ":")), keys(F), forms=["\n".join(strings(tree))])
