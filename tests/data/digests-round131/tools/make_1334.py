#!/usr/bin/env python3
"""1334: a BasKet Note Pads basket file (Czech): a Prague-like generative-models group's student (Tereza) keeps the
reading group's board in BasKet (KDE) and sent the basket's folder to a colleague; this is its `.basket` file
(`~/.local/share/basket/baskets/basket4/.basket`). The layout as remembered from BasKet 2.x: `<!DOCTYPE basket>`, a
one-space-indented QDom tree, `<properties>` (name, icon, appearance, disposition with the column count, shortcut,
protection), `<notes>` holding one `<group>` a column (column groups carry a width) and nested groups, each `<note>` with
added / lastModification (ISO, lastModification ≥ added) and a type: link notes hold the url as content with
title / icon / autoTitle / autoIcon attributes, html notes only the name of their separate file (noteN.html, not in this
file); `<tags>` with state ids; a final newline. Link titles are page titles or titles typed in. The diffusers docs, a
project page, slides and a course page are not papers; ControlNet, DDPM, LDM, DreamBooth are nicknames."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import F1334, keys


def x(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def link(added, mod, url, title, tags="", icon="text-html", auto_title="false"):
    return ("N", added, mod, "link", url, {"title": title, "icon": icon, "autoTitle": auto_title, "autoIcon": "true"}, tags)


def html(added, mod, n, tags=""):
    return ("N", added, mod, "html", f"note{n}.html", None, tags)


COLS = [
 ("G", 'width="342"', [
    html("2024-04-08T09:02:11", "2024-04-29T18:40:03", 1, "important"),
    ("G", None, [
       link("2024-04-08T09:05:40", "2024-04-08T09:05:40", "https://arxiv.org/abs/2006.11239", f"[2006.11239] {T('2006.11239')}", "todo_done"),
       link("2024-04-08T09:07:12", "2024-04-15T17:21:09", "https://arxiv.org/abs/2112.10752", f"{T('2112.10752')} — LDM", "todo_done"),
       link("2024-04-15T17:25:44", "2024-04-15T17:25:44", "https://arxiv.org/pdf/2302.05543v3", f"{T('2302.05543')} (ControlNet)", "todo_unchecked"),
    ]),
    html("2024-04-15T17:30:02", "2024-04-15T17:30:02", 4),
 ]),
 ("G", 'width="318"', [
    link("2024-04-22T10:11:37", "2024-04-22T10:11:37", "https://arxiv.org/abs/2303.01469", f"[2303.01469] {T('2303.01469')}", "todo_unchecked;priority_high"),
    link("2024-04-22T10:14:20", "2024-05-06T08:52:31", "https://textual-inversion.github.io/", f"{T('2208.01618')} — projektová stránka, článek arXiv:2208.01618", "todo_unchecked"),
    link("2024-04-22T10:16:05", "2024-04-22T10:16:05", "file:///home/tereza/clanky/dreambooth-cvpr2023.pdf", f"{T('2208.12242')} (PDF z konference, bez odkazu)", "todo_unchecked", "application-pdf"),
    link("2024-04-29T18:44:51", "2024-04-29T18:44:51", "https://www.timothybrooks.com/instruct-pix2pix", f"{T('2211.09800')} — stránka projektu", "todo_unchecked"),
    link("2024-04-29T18:47:30", "2024-04-29T18:47:30", "https://diffwave-demo.github.io/", f"{T('2009.09761')} — ukázky zvuku", "", "audio-x-generic"),
 ]),
 ("G", 'width="296"', [
    html("2024-04-08T09:12:48", "2024-05-06T08:58:14", 9),
    link("2024-04-08T09:14:03", "2024-04-08T09:14:03", "https://huggingface.co/docs/diffusers/index", "Diffusers — dokumentace (není článek)", "", "text-html", "true"),
    link("2024-04-15T17:40:19", "2024-04-15T17:40:19", "https://is.generativni-skupina.example.cz/predmety/NPGM042/slajdy-difuze.pdf", "Slajdy: Difuzní modely v kostce (přednáška, ne článek)", "", "application-pdf"),
    link("2024-05-06T09:01:57", "2024-05-06T09:01:57", "https://is.generativni-skupina.example.cz/predmety/NPGM042", "NPGM042 Generativní modely — stránka předmětu", "", "text-html", "true"),
 ]),
]


def ser(item, d):
    s = " " * d
    if item[0] == "G":
        _, attr, kids = item
        return [f"{s}<group folded=\"false\"{' ' + attr if attr else ''}>"] + [l for k in kids for l in ser(k, d + 1)] + [f"{s}</group>"]
    _, added, mod, typ, content, attrs, tags = item
    a = "".join(f' {k}="{x(v)}"' for k, v in (attrs or {}).items())
    out = [f'{s}<note added="{added}" lastModification="{mod}" type="{typ}">', f"{s} <content{a}>{x(content)}</content>"]
    if tags: out.append(f"{s} <tags>{tags}</tags>")
    return out + [f"{s}</note>"]


L = ["<!DOCTYPE basket>", "<basket>", " <properties>", "  <name>Difuzní modely — čtenářský kroužek (léto 2024)</name>",
     "  <icon>knotes</icon>", '  <appearance backgroundColor="" backgroundImage="none" textColor=""/>',
     f'  <disposition columnCount="{len(COLS)}" free="false" mindMap="false"/>', '  <shortcut action="0" combination=""/>',
     '  <protection key="" type="0"/>', " </properties>", " <notes>"]
for c in COLS: L += ser(c, 2)
L += [" </notes>", "</basket>"]
write_only(F1334, "\n".join(L) + "\n", keys(F1334))
