#!/usr/bin/env python3
"""1287: a YaCy search answer (`yacysearch.json`, German): a Karlsruhe-like reading circle ("Lesekreis ML") runs its own
YaCy peer in robinson mode (resource=local) that crawls the circle's wiki, blog, slides and the pages members link to
(arXiv, OpenReview, GitHub, the Hugging Face docs, a lecture video). A member (Jonas Weber) asked the peer's JSON API
for "attention" and saved the answer as `yacy-attention.json` to paste into the circle's chat. YaCy writes its JSON
from a hand-written template: a `channels` array with one channel (title / description / link / image — with `&amp;`
left in the links, as the template is shared with the RSS answer), string-valued totals, the items (title, link, code,
description, pubDate in RFC 822, size / sizename, guid = urlhash, faviconUrl, host, path, file, ranking) and the
navigation facets, laid out with the template's own indentation. Items: two arXiv pages (one a PDF), two OpenReview
forum pages, a wiki page with an `arXiv:` id, a blog post and a slide deck that name papers by title only, a GitHub
repository, the Hugging Face docs page and a lecture video (not papers). FLASH and LSH attention are nicknames."""
import base64, hashlib, json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import F1287, keys

PEER = "http://lesekreis-peer.ml.example.de:8090"
Q = "attention"


def s(v):
    return json.dumps(v, ensure_ascii=False)


def urlhash(u):
    return base64.b64encode(hashlib.sha1(u.encode()).digest(), altchars=b"-_").decode()[:12]


def split(u):
    rest = u.split("://", 1)[1]
    host, _, path = rest.partition("/")
    path = "/" + path
    p = path.split("?")[0]
    return host, path, p.rsplit("/", 1)[1] or ""


items = [
 ("https://arxiv.org/abs/2006.04768", f"[2006.04768] {T('2006.04768')}",
  "Large transformer models have shown extraordinary success in achieving state-of-the-art results in many natural language processing applications. However, training and deploying these models can be prohibitively costly for long sequences, as the standard self-attention mechanism of the Transformer uses O(n^2) time and space with respect to sequence length.",
  "Mon, 08 Jun 2020 00:00:00 +0000", 48213, "936721408"),
 (f"https://openreview.net/forum?id={OR('2011.04006')}", f"{T('2011.04006')} | OpenReview",
  "Transformers do not scale very well to long sequence lengths largely because of quadratic self-attention complexity. In the recent months, a wide spectrum of efficient, fast Transformers have been proposed to tackle this problem ... Keywords: Transformers, Attention, Deep Learning",
  "Tue, 12 Jan 2021 00:00:00 +0000", 91540, "912204800"),
 ("https://arxiv.org/pdf/2004.05150", T("2004.05150"),
  "Transformer-based models are unable to process long sequences due to their self-attention operation, which scales quadratically with the sequence length. To address this limitation, we introduce the Longformer with an attention mechanism that scales linearly with sequence length",
  "Wed, 02 Dec 2020 00:00:00 +0000", 1052377, "887537664"),
 (f"https://openreview.net/forum?id={OR('2105.06548')}", f"{T('2105.06548')} | OpenReview",
  "Attention mechanisms have shown promising results in sequence modeling tasks that require long-term memory ... We propose Expire-Span, a method that learns to retain the most important information and expire the irrelevant information.",
  "Fri, 21 May 2021 00:00:00 +0000", 77012, "864026624"),
 ("https://lesekreis.ml.example.de/wiki/Sitzung_12", "Sitzung 12: Mamba und selektive Zustandsräume – Lesekreis ML",
  f"Sitzung 12 (Do, 18.04.2024, 16:00, Raum 3.14 / BBB). Vortrag: Jonas Weber. Paper: {T('2312.00752')} (arXiv:2312.00752). Diskussionsfrage: Ersetzt die Selektivität wirklich die Attention, oder nur bei Sprache? Code: state-spaces/mamba.",
  "Thu, 18 Apr 2024 00:00:00 +0000", 23318, "851443712"),
 ("https://blog.ml.example.de/2024/04/effiziente-attention-ueberblick/", "Effiziente Attention – ein Überblick | Lesekreis-Blog",
  f"Für die nächsten Sitzungen haben wir die Klassiker gesammelt: {T('2001.04451')} (LSH-Attention, reversible Schichten) und {T('2006.16236')} (Kernel-Trick statt Softmax). Links ergänzen wir nach der Sitzung. Geschrieben von Lena Hoffmann.",
  "Tue, 09 Apr 2024 00:00:00 +0000", 38761, "838860800"),
 ("https://github.com/lucidrains/linear-attention-transformer", "GitHub - lucidrains/linear-attention-transformer: Transformer based on a variant of attention that is linear complexity in respect to sequence length",
  "Transformer based on a variant of attention that is linear complexity in respect to sequence length. Install: pip install linear-attention-transformer. MIT license.",
  "Sat, 16 Mar 2024 00:00:00 +0000", 301844, "826277888"),
 ("https://lesekreis.ml.example.de/files/folien-sitzung-13.pdf", "Folien Sitzung 13: FLASH und Gated Attention Unit",
  f"Lesekreis ML, Sitzung 13 (25.04.2024), Folien: Paul Richter. Paper: {T('2202.10447')} (Hua et al., ICML 2022). Gated Attention Unit (GAU), gemischte Chunk-Attention, Vergleich mit Performer und Linformer.",
  "Thu, 25 Apr 2024 00:00:00 +0000", 2291730, "813694976"),
 ("https://huggingface.co/docs/transformers/model_doc/longformer", "Longformer",
  f"The Longformer model was presented in {T('2004.05150')} by Iz Beltagy, Matthew E. Peters, Arman Cohan. Longformer self attention employs self attention on both a \"local\" context and a \"global\" context.",
  "Mon, 13 May 2024 00:00:00 +0000", 164902, "801112064"),
 ("https://www.youtube.com/watch?v=Kx3rW9tQe2M", "Vorlesung Effiziente Transformer (SS 2024), Teil 3: Attention in linearer Zeit - YouTube",
  "Aufzeichnung der Vorlesung vom 07.05.2024: Kernel-Attention, Low-Rank-Projektionen und Zustandsraummodelle. Folien im ILIAS-Kurs.",
  "Tue, 07 May 2024 00:00:00 +0000", 712455, "788529152"),
]
TOTAL = 37
domains = [("arxiv.org", 9), ("openreview.net", 6), ("lesekreis.ml.example.de", 11), ("blog.ml.example.de", 5),
           ("github.com", 3), ("huggingface.co", 2), ("www.youtube.com", 1)]
filetypes = [("html", 33), ("pdf", 4)]
assert sum(n for _, n in domains) == TOTAL and sum(n for _, n in filetypes) == TOTAL


def sizename(n):
    return f"{n // 1024} kbyte" if n < 1024 * 1024 else f"{n / 1048576:.1f} mbyte".replace(".0 ", " ")


base = f"{PEER}/yacysearch.html?query={Q}&amp;resource=local&amp;contentdom=text"
out = ["{", '  "channels": [{',
       f'    "title": {s("YaCy P2P-Search for " + Q)},',
       f'    "description": {s("Search for " + Q)},',
       f'    "link": {s(base)},',
       '    "image": {',
       f'      "url": {s(PEER + "/env/grafics/yacy.png")},',
       f'      "title": {s("Search for " + Q)},',
       f'      "link": {s(base)}',
       '    },',
       f'    "totalResults": "{TOTAL}",',
       '    "startIndex": "0",',
       '    "itemsPerPage": "10",',
       f'    "searchTerms": {s(Q)},',
       '',
       '    "items": [']
for n, (link, title, desc, date, size, rank) in enumerate(items):
    host, path, file = split(link)
    h = urlhash(link)
    fav = f"{PEER}/ViewImage.png?width=16&amp;height=16&amp;code={h}&amp;isStatic=true"
    out += ['    {',
            f'      "title": {s(title)},',
            f'      "link": {s(link)},',
            '      "code": "",',
            f'      "description": {s(desc)},',
            f'      "pubDate": {s(date)},',
            f'      "size": "{size}",',
            f'      "sizename": {s(sizename(size))},',
            f'      "guid": "{h}",',
            f'      "faviconUrl": {s(fav)},',
            f'      "host": {s(host)},',
            f'      "path": {s(path)},',
            f'      "file": {s(file)},',
            f'      "urlhash": "{h}",',
            f'      "ranking": "{rank}"',
            '    }' + ("," if n < len(items) - 1 else "")]
out += ['    ],', '', '    "navigation": [']
facets = [("domains", "Provider", domains, lambda v: "site%3A" + v), ("filetypes", "Filetype", filetypes, lambda v: "filetype%3A" + v)]
for fn, (name, disp, els, mod) in enumerate(facets):
    out += ['    {',
            f'      "facetname": "{name}",',
            f'      "displayname": "{disp}",',
            '      "type": "String",',
            '      "min": "0",',
            '      "max": "0",',
            '      "mean": "0",',
            '      "elements": [']
    for en, (v, c) in enumerate(els):
        u = f"/yacysearch.json?query={Q}+{mod(v)}&amp;maximumRecords=10&amp;resource=local&amp;urlmaskfilter=.*&amp;prefermaskfilter=&amp;nav=all"
        out.append(f'        {{"name": {s(v)}, "count": "{c}", "modifier": {s(mod(v))}, "url": {s(u)}}}' + ("," if en < len(els) - 1 else ""))
    out += ['      ]', '    }' + ("," if fn < len(facets) - 1 else "")]
out += ['    ]', '  }]', '}']
text = "\n".join(out) + "\n"
d = json.loads(text)
for it in d["channels"][0]["items"]:
    assert Q in (it["title"] + it["description"]).lower(), it["title"]
write_only(F1287, text, keys(F1287))
