#!/usr/bin/env python3
"""1807: a German reading circle's list (`leseliste.json`) inspected in a Deno REPL pasted from the terminal: Deno's
banner, `> ` prompts, `undefined` after declarations, Deno's inspect layout (strings in double quotes, arrays and
objects broken over lines with two-space indent when they do not fit 72 columns, keys quoted only when not
identifiers), a `for` loop's console.log lines (status padded with padEnd(10)), a count by status through
Object.groupBy, then close(). Computed here from the modelled list: length, the titles' array, the loop lines, the
group counts. Ends on a bare shell prompt without a final newline."""
import json, os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import keys, by_num

F = by_num(1807)
PS = "lena@ThinkPad-T14:~/lesekreis$ "
# (titel, link, status, notiz)
ITEMS = [
 (T("2203.15556"), "https://arxiv.org/abs/2203.15556", "gelesen", "Chinchilla: Tokens und Parameter gleich skalieren"),
 (T("2201.11903"), f"https://openreview.net/forum?id={OR('2201.11903')}", "gelesen", "NeurIPS 2022; Sitzung 2"),
 (T("2104.08691"), "https://arxiv.org/pdf/2104.08691", "gelesen", "Soft Prompts, Vergleich mit Fine-Tuning"),
 (T("2303.18223"), "https://arxiv.org/abs/2303.18223v13", "in Arbeit", "Überblick, nur Kap. 4 und 5"),
 (T("2308.03688"), None, "in Arbeit", "arXiv 2308.03688, Benchmark für Agenten"),
 (T("2306.11644"), None, "offen", "phi-1, Datenqualität statt Größe"),
 (T("2307.15043"), None, "offen", "GCG-Angriff, für die Sicherheitssitzung"),
 (T("2206.07682"), None, "offen", "TMLR 2022; Diskussion mit Jonas"),
 ("Lilian Wengs Blog: Prompt Engineering", "https://lilianweng.github.io/posts/2023-03-15-prompt-engineering/", "gelesen", "Blogpost, kein Paper"),
 ("nanoGPT (Repository von Karpathy)", "https://github.com/karpathy/nanoGPT", "offen", "Code zum Nachbauen"),
]


def s(v):
    return json.dumps(v, ensure_ascii=False)


def inspect_list(strs, indent=0):
    one = "[ " + ", ".join(s(x) for x in strs) + " ]"
    if len(one) + indent <= 72: return [one]
    return ["["] + [" " * (indent + 2) + s(x) + ("," if i < len(strs) - 1 else "") for i, x in enumerate(strs)] + [" " * indent + "]"]


def build():
    L = [PS + "deno", "Deno 1.41.3", "exit using ctrl+d, ctrl+c, or close()",
         '> const liste = JSON.parse(await Deno.readTextFile("leseliste.json"));', "undefined",
         "> liste.length", str(len(ITEMS)),
         '> liste.filter((p) => p.status !== "gelesen").map((p) => p.titel)']
    L += inspect_list([t for t, _, st, _ in ITEMS if st != "gelesen"])
    L += ['> for (const p of liste) console.log(`${p.status.padEnd(10)}${p.titel}\\n${" ".repeat(10)}${p.link ?? "(kein Link)"} | ${p.notiz}`)']
    for t, u, st, n in ITEMS:
        L += [st.ljust(10) + t, " " * 10 + (u or "(kein Link)") + " | " + n]
    L += ["undefined", "> Object.fromEntries(Object.entries(Object.groupBy(liste, (p) => p.status)).map(([k, v]) => [k, v.length]))"]
    groups = {}
    for _, _, st, _ in ITEMS: groups[st] = groups.get(st, 0) + 1
    L += ["{ " + ", ".join((k if re.fullmatch(r"[A-Za-z_$][\w$]*", k) else s(k)) + ": " + str(v) for k, v in groups.items()) + " }"]
    L += ["> close()", PS]
    return "\n".join(L)


if __name__ == "__main__":
    write_only(F, build(), keys(F))
