#!/usr/bin/env python3
"""1190: the stderr of a Rust tool with env_logger (German): a Tübingen reading group's `lesekreis-digest` reads the
group's TOML list and renders the week's digest on memory and long context; run as
`RUST_LOG=lesekreis_digest=debug cargo run --release -- --woche 19 2> digest.log`, so cargo's own two status lines
come first. env_logger's default format `[%Y-%m-%dT%H:%M:%SZ LEVEL target] msg`, the level padded to 5; targets are
module paths. An entry has a link (arXiv or OpenReview), an arXiv id as text, or only its title (WARN). The closing
counts are computed from the lines."""
import os, sys, random
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import F1190, keys, LSTM

rnd = random.Random(1190)
sec = [(6 * 3600 + 45 * 60 + 10)]
out = ["   Compiling lesekreis-digest v0.4.2 (/home/jonas/lesekreis-digest)",
       "    Finished `release` profile [optimized] target(s) in 14.82s",
       "     Running `target/release/lesekreis-digest --woche 19`"]


def L(lv, tg, msg, lo=0, hi=1):
    sec[0] += rnd.randint(lo, hi)
    s = sec[0]
    out.append(f"[2024-05-08T{s // 3600:02d}:{s // 60 % 60:02d}:{s % 60:02d}Z {lv:<5} lesekreis_digest{tg}] {msg}")


E = [  # (title, ref) ref: URL, arXiv:…, "" (title only), None (not a paper)
 (T("2002.09402"), "https://openreview.net/forum?id=" + OR("2002.09402")),
 (T("2010.06891"), "https://openreview.net/pdf?id=" + OR("2010.06891")),
 (T("2007.14062"), "https://arxiv.org/abs/2007.14062"),
 (T("2306.15595"), "arXiv:2306.15595"),
 (LSTM, ""),
 (T("1410.5401"), ""),
 ("Vortrag: Lange Kontexte in der Praxis (YouTube, 48 min)", None),
 (T("2302.10866"), ""),
 (T("2307.03172"), ""),
 ("Blogpost: The Annotated Transformer", None),
]
L("INFO", "", "lesekreis-digest 0.4.2 startet (Woche 19)")
L("DEBUG", "::config", "lese /home/jonas/lesekreis/liste.toml")
L("INFO", "::liste", f"{len(E)} Einträge gelesen, Thema: Gedächtnis und lange Kontexte")
for i, (t, r) in enumerate(E, 1):
    if r is None:
        L("DEBUG", "::liste", f"Eintrag {i} übersprungen (kein Paper): {t}")
    elif r == "":
        L("WARN", "::liste", f"Eintrag {i} ohne Link oder ID, nur Titel: \"{t}\"")
    elif r.startswith("arXiv:"):
        L("INFO", "::liste", f"Eintrag {i}: \"{t}\" ({r}, kein Link)")
    else:
        L("INFO", "::liste", f"Eintrag {i}: \"{t}\" <{r}>")
L("DEBUG", "::render", "Vorlage templates/woche.md.tera geladen")
L("WARN", "::render", "Feld `sprecher` fehlt in Eintrag 6, setze \"offen\"")
L("INFO", "::render", "geschrieben: ausgabe/woche-19.md (5.7 KiB)", 0, 2)
P = [x for x in E if x[1] is not None]
L("INFO", "", f"fertig: {len(P)} Paper ({sum(1 for x in P if x[1])} mit Link oder ID, {sum(1 for x in P if not x[1])} nur Titel), "
  f"{len(E) - len(P)} übersprungen")
text = "\n".join(out) + "\n"
write_only(F1190, text, keys(F1190))
