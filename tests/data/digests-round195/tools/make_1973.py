#!/usr/bin/env python3
"""1973: an Italian modder's Mount & Blade II: Bannerlord module language file
(`ModuleData/Languages/IT/std_studiosi_strings-ita.xml`): the XML declaration, `<base type="string">` with the
language tag Italiano and `<string id text/>` lines, `{PLAYER.NAME}` / `{newline}` text variables, XML comments — with
the papers in a scholar's dialogue and in comments: an OpenReview forum link, arXiv links (`/abs/`, `/pdf/…v3`,
`http://`), one id in text (arxiv-text), three titles alone — and non-papers (a repository, a book, a blog post, a
talk). Two-space indentation. LF, a final newline."""
import os, sys
from xml.sax.saxutils import quoteattr
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import keys, by_num

F = by_num(1973)
S = [
    None, "<!-- Dialoghi dello studioso di Pravend. Fonti (non mostrate in gioco):",
    "  " + T("2004.11362") + " https://arxiv.org/abs/2004.11362",
    "  " + T("2011.06182") + " https://openreview.net/forum?id=" + OR("2011.06182") + " -->",
    ("studioso_saluto", "Salute, {PLAYER.NAME}. Cerchi sapienza o solo un tetto per la notte?"),
    ("studioso_gemelli", "Ho letto di gemelli che non si copiano: " + T("2103.03230")
     + "{newline}https://arxiv.org/pdf/2103.03230v3"),
    ("studioso_latente", "Il mio maestro diceva: " + T("2006.07733") + " — http://arxiv.org/abs/2006.07733"),
    ("studioso_negativi", "I negativi difficili insegnano di più: " + T("2010.04592") + " (arXiv 2010.04592)."),
    ("studioso_frasi", "Per confrontare frasi, un monaco mi consigliò " + T("1908.10084") + "."),
    ("studioso_dominio", "Su ogni terra, anche senza immagini: " + T("2011.04419") + "."),
    ("studioso_cloze", "E poi c'è questo rotolo: " + T("2012.08561") + ". Non l'ho ancora capito."),
    ("studioso_biblioteca", "Il codice sta in github.com/facebookresearch/barlowtwins (un repository, non un libro)."),
    ("studioso_libro", "Libro consigliato: \"Deep Learning\" di Goodfellow, Bengio e Courville."),
    ("studioso_blog", "Un cantastorie scrisse \"Understanding Contrastive Learning\" nel suo blog: bello, ma non è uno studio."),
    ("studioso_talk", "La conferenza al torneo è registrata: https://video.studiosi.example.it/torneo-2024"),
    ("studioso_addio", "Che la tua spada sia affilata come un gradiente, {PLAYER.NAME}."),
]


def build():
    out = ['<?xml version="1.0" encoding="utf-8"?>',
           '<base xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:xsd="http://www.w3.org/2001/XMLSchema" type="string">',
           "  <tags>", '    <tag language="Italiano" />', "  </tags>", "  <strings>"]
    for s in S[1:]:
        if isinstance(s, str): out.append("    " + s)
        else: out.append(f"    <string id={quoteattr(s[0])} text={quoteattr(s[1])} />")
    out += ["  </strings>", "</base>"]
    return "\n".join(out) + "\n"


if __name__ == "__main__":
    write_only(F, build(), keys(F))
