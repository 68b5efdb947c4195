#!/usr/bin/env python3
"""1874: a Swedish lab site's component tests as a Jest snapshot file
(`src/components/__snapshots__/Lasecirkel.test.jsx.snap`, Jest 29 with react-test-renderer, default snapshotFormat):
the `// Jest Snapshot v1, https://goo.gl/fbAQLP` header and three `exports[\\`… 1\\`]` entries in Jest's natural
sort order — the rendered reading list (pretty-format's React test output: props one a line, sorted, `>` on its own
line, text children on their own lines; a button with `onClick={[Function]}`), the rendered resources list, and a
plain-object snapshot (sorted keys, trailing commas). Papers are the list's link texts (arXiv `/abs/`, `/pdf/….pdf`,
`/abs/…v2`, `http://`), titles in spans with a "PDF i gruppmappen" note (title-only) and one entry with an arXiv id
and no link (also the object snapshot). Non-papers: a repository, a blog post, a dataset page and a talk recording.
LF, a final newline."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import keys, by_num

F = by_num(1874)
# (title, link or None, meta, read?)
ARTIKLAR = [
 (T("2304.03442"), "https://arxiv.org/abs/2304.03442", "v. 10 · Park m.fl. · UIST 2023", True),
 (T("2310.08560"), "https://arxiv.org/pdf/2310.08560.pdf", "v. 11 · Packer m.fl. · arXiv 2023", True),
 (T("2105.06548"), None, "v. 12 · Sukhbaatar m.fl. · ICML 2021 · PDF i gruppmappen", True),
 (T("2308.03688"), None, "v. 12 · Liu m.fl. · arXiv 2308.03688 · länk saknas i CMS:et", False),
 (T("2103.09762"), None, "v. 13 · Saha, Garg, Roy · ICLR 2021 · PDF i gruppmappen", False),
 (T("2106.13884"), None, "v. 14 · Tsimpoukelli m.fl. · NeurIPS 2021 · PDF i gruppmappen", False),
 (T("2204.14198"), "http://arxiv.org/abs/2204.14198", "v. 14 · Alayrac m.fl. · NeurIPS 2022", False),
 (T("2204.01691"), "https://arxiv.org/abs/2204.01691v2", "v. 15 · Ahn m.fl. · CoRL 2022", False),
]
RESURSER = [
 ("microsoft/autogen – kod för agentramverket", "https://github.com/microsoft/autogen"),
 ("Lilian Weng: LLM Powered Autonomous Agents (blogginlägg)", "https://lilianweng.github.io/posts/2023-06-23-agent/"),
 ("Open X-Embodiment – datamängdens sida", "https://robotics-transformer-x.github.io/"),
 ("Inspelning: gästföreläsning om minne i agenter, 7 mars", "https://play.lab.example.se/lasecirkel/2024-03-07"),
]


def el(tag, props, children, ind):
    """pretty-format's printing of a react-test-renderer element"""
    pad = " " * ind
    out = []
    if props:
        out.append(f"{pad}<{tag}")
        for k in sorted(props):
            v = props[k]
            out.append(f"{pad}  {k}={v}" if v.startswith("{") else f'{pad}  {k}="{v}"')
        out.append(f"{pad}>" if children else f"{pad}/>")
    else:
        out.append(f"{pad}<{tag}>" if children else f"{pad}<{tag} />")
    if children:
        for c in children:
            out += c(ind + 2) if callable(c) else [" " * (ind + 2) + c]
        out.append(f"{pad}</{tag}>")
    return out


def E(tag, props=None, *children):
    return lambda ind: el(tag, props or {}, list(children), ind)


def lista():
    items = []
    for t, link, meta, last in ARTIKLAR:
        cls = "artikel artikel--last" if last else "artikel"
        head = E("a", {"href": link, "rel": "noreferrer", "target": "_blank"}, t) if link else \
            E("span", {"className": "artikel__titel"}, t)
        items.append(E("li", {"className": cls}, head, E("span", {"className": "artikel__meta"}, meta)))
    tree = E("section", {"className": "lasecirkel"},
             E("h2", None, "Läscirkeln VT 2024 – agenter, minne och multimodalitet"),
             E("button", {"className": "lasecirkel__filter", "onClick": "{[Function]}", "type": "button"},
               "Dölj lästa"),
             E("ol", {"className": "lasecirkel__lista"}, *items))
    return tree(0)


def resurser():
    items = [E("li", None, E("a", {"href": url, "rel": "noreferrer", "target": "_blank"}, name))
             for name, url in RESURSER]
    tree = E("aside", {"className": "lasecirkel__resurser"},
             E("h3", None, "Övrigt att titta på (inte artiklar)"),
             E("ul", None, *items))
    return tree(0)


def objekt():
    t, _, _, _ = ARTIKLAR[3]
    d = {"arxiv": '"2308.03688"', "lank": "null", "titel": f'"{t}"', "vecka": "12", "last": "false"}
    return ["{"] + [f'  "{k}": {d[k]},' for k in sorted(d)] + ["}"]


def snap(name, lines):
    body = "\n".join(lines)
    assert "`" not in body and "${" not in body and "\\" not in body
    return f"exports[`{name}`] = `\n{body}\n`;"


def build():
    parts = [snap("Läslista renderar vårens artiklar 1", lista()),
             snap("Läslista visar övriga resurser 1", resurser()),
             snap("normaliseraPost ersätter tom länk med null 1", objekt())]
    return "// Jest Snapshot v1, https://goo.gl/fbAQLP\n\n" + "\n\n".join(parts) + "\n"


if __name__ == "__main__":
    write_only(F, build(), keys(F))
