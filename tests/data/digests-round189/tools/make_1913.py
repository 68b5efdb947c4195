#!/usr/bin/env python3
"""1913: a Czech reading group's AIML file (`ctenarsky-klub.aiml`, AIML 2.0 for a Pandorabots-style bot): the XML
declaration, an `<aiml version="2.0">` root, categories with upper-case patterns without diacritics (`*`, `_`),
templates with `<random>`, `<srai>`, `<set>`, `<get>`, `<think>` and `<that>`, the papers named in answers — an
OpenReview forum link, arXiv `/abs/`, `/pdf/….pdf`, `http://` links (one inside a `<link><url>` rich-media element),
one id in an answer (arxiv-text), three titles alone (one not on arXiv) — and non-papers (a repository, a blog post,
a book, a talk). LF, a final newline."""
import os, sys
from xml.sax.saxutils import escape
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import keys, by_num, GPT2

F = by_num(1913)


def cat(pattern, template, that=None, comment=None):
    L = []
    if comment: L.append(f"<!-- {comment} -->")
    L.append("<category>")
    L.append(f"    <pattern>{pattern}</pattern>")
    if that: L.append(f"    <that>{that}</that>")
    L += ["    <template>"] + ["        " + t for t in template] + ["    </template>", "</category>", ""]
    return L


def build():
    e = escape
    L = ['<?xml version="1.0" encoding="UTF-8"?>',
         '<aiml version="2.0">',
         "<!-- Čtenářský klub agentů (FIT, místnost A-112). Bot: Čtenář. Správce: Tomáš Horák, tomas.horak@agenti.example.cz -->",
         "<!-- Vzory bez diakritiky a velkými písmeny (bot normalizuje vstup). Poslední úprava 2024-03-13. -->",
         ""]
    L += cat("AHOJ", ["<random>", "    <li>Ahoj! Jsem Čtenář. Zeptej se mě, co čteme tento týden.</li>",
                      "    <li>Nazdar, <get name=\"name\"/>! Napiš CO CTEME.</li>", "</random>"])
    L += cat("JMENUJI SE *", ["<think><set name=\"name\"><star/></set></think>", "Těší mě, <get name=\"name\"/>."])
    L += cat("CO CTEME", [e(f"Tento týden: {T('2210.03629')}."),
                          f"Odkaz: https://openreview.net/forum?id={OR('2210.03629')}",
                          "Chceš i minulý týden?"], comment="týdenní článek; mění Tomáš každé pondělí")
    L += cat("ANO", [e(f"Minulý týden: {T('2304.03442')} — https://arxiv.org/abs/2304.03442")],
             that="CHCES I MINULY TYDEN")
    L += cat("_ PAMET *", [e(f"O paměti agentů čteme {T('2310.08560')}:"),
                           "<link>", "    <text>PDF</text>", "    <url>https://arxiv.org/pdf/2310.08560.pdf</url>", "</link>"])
    L += cat("JAK SE AGENTI HODNOTI", [e(f"Benchmark: {T('2308.03688')}, http://arxiv.org/abs/2308.03688")])
    L += cat("_ BEZPECNOST *", [e(f"Na 27. 3. připravuje Jana: {T('2307.15043')} (arXiv 2307.15043)."),
                               "Odkaz si dohledej sám, bot odkazy na útoky nedává."])
    L += cat("CO DAL", ["Kandidáti na duben (zatím bez odkazů):", "<random>",
                        e(f"    <li>{T(GPT2)} — klasika, kterou by měl znát každý.</li>").replace("&lt;li&gt;", "<li>").replace("&lt;/li&gt;", "</li>"),
                        e(f"    <li>{T('2207.05221')}</li>").replace("&lt;li&gt;", "<li>").replace("&lt;/li&gt;", "</li>"),
                        e(f"    <li>{T('2306.11644')}</li>").replace("&lt;li&gt;", "<li>").replace("&lt;/li&gt;", "</li>"),
                        "</random>"])
    L += cat("DALSI CTENI", ["<srai>CO DAL</srai>"])
    L += cat("ZDROJE", ["Nejsou to články, ale hodí se:",
                        "kód https://github.com/langchain-ai/langchain ;",
                        "blog Lilian Weng \"LLM Powered Autonomous Agents\" ;",
                        "kniha Russell &amp; Norvig, Artificial Intelligence: A Modern Approach ;",
                        "záznam přednášky: https://video.agenti.example.cz/prednasky/2024-02-21"])
    L += cat("*", ["<random>", "    <li>Tomu nerozumím. Zkus CO CTEME nebo ZDROJE.</li>",
                   "    <li>Hmm. Napiš DALSI CTENI.</li>", "</random>"])
    L += ["</aiml>"]
    return "\n".join(L) + "\n"


if __name__ == "__main__":
    t = build()
    import html
    write_only(F, t, keys(F), forms=[html.unescape(t)])
