#!/usr/bin/env python3
"""1848: a Norwegian reading circle's launcher as a freedesktop Desktop Entry with Desktop Actions
(`~/.local/share/applications/lesesirkel.desktop`): the `[Desktop Entry]` group (Type=Application, localised Name /
GenericName / Comment / Keywords, Categories, an `Actions=` list) and one `[Desktop Action …]` group per item, which
GNOME, KDE and the docks show as the launcher's quicklist. Each action's Name is a paper's title and its Exec opens a
link with xdg-open (arXiv `/abs/`, `/pdf/….pdf`, an OpenReview forum URL quoted because of `?`) or a PDF in the shared
folder (title-only; one Name carries an arXiv id). Non-papers: a blog post, docs, a repository, a talk recording.
Written by hand in a text editor: UTF-8, LF, a final newline."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import keys, by_num

F = by_num(1848)
PDF = "/home/ingrid/Dokumenter/lesesirkel/pdf/"

# (action id, Name, Exec argument, comment line before the group or None)
ACTIONS = [
 ("react", T("2210.03629"), f'"https://openreview.net/forum?id={OR("2210.03629")}"', "Uke 10 – resonnering og handling"),
 ("memgpt", T("2310.08560"), "https://arxiv.org/abs/2310.08560", None),
 ("generative-agents", T("2304.03442"), "https://arxiv.org/pdf/2304.03442.pdf", "Uke 11 – agenter med minne"),
 ("expire-span", T("2105.06548"), PDF + "sukhbaatar-expire-span.pdf", None),
 ("gpm", T("2103.09762"), PDF + "saha-gpm-iclr21.pdf", "Uke 12 – å glemme og å huske (kontinuerlig læring)"),
 ("prompt-tuning", T("2104.08691") + " (arXiv 2104.08691)", PDF + "lester-prompt-tuning.pdf", "Uke 13 – tilpasning"),
 ("know", T("2207.05221"), PDF + "kadavath-mostly-know.pdf", "Uke 14 – kalibrering og sikkerhet"),
 ("attacks", T("2307.15043"), "https://arxiv.org/abs/2307.15043", None),
 ("llm-attacks-kode", "llm-attacks – koden til angrepsartikkelen (GitHub)", "https://github.com/llm-attacks/llm-attacks", "Ikke artikler"),
 ("weng-agenter", "LLM Powered Autonomous Agents – blogginnlegg av Lilian Weng", "https://lilianweng.github.io/posts/2023-06-23-agent/", None),
 ("langgraph-doc", "LangGraph-dokumentasjonen", "https://langchain-ai.github.io/langgraph/", None),
 ("opptak", "Opptak: gjesteforedrag om agentevaluering (internt)", "https://video.ifi.example.no/lesesirkel/2024-02-29", None),
]


def build():
    L = ["# lesesirkel.desktop – hurtigliste med vårens artikler",
         "# Legg fila i ~/.local/share/applications/ og fest «Lesesirkel» i docken / oppgavelinja.",
         "# Høyreklikk viser én handling per artikkel. Sjekk med: desktop-file-validate lesesirkel.desktop",
         "# PDF-ene uten lenke ligger i den delte mappa (synkes fra gruppeområdet). – Ingrid, rom 4118",
         "",
         "[Desktop Entry]",
         "Version=1.5",
         "Type=Application",
         "Name=Reading circle",
         "Name[nb]=Lesesirkel",
         "Name[nn]=Lesesirkel",
         "GenericName=Paper list",
         "GenericName[nb]=Artikkelliste",
         "Comment=Papers for the spring reading circle",
         "Comment[nb]=Artikler til lesesirkelen våren 2024: språkmodellagenter, minne og sikkerhet",
         "Icon=accessories-dictionary",
         "Exec=xdg-open https://wiki.ifi.example.no/lesesirkel/V2024",
         "Terminal=false",
         "Categories=Education;Science;ArtificialIntelligence;",
         "Keywords=papers;reading;agents;",
         "Keywords[nb]=artikler;lesesirkel;agenter;minne;",
         "StartupNotify=false",
         "Actions=" + "".join(a + ";" for a, *_ in ACTIONS)]
    for aid, name, arg, comment in ACTIONS:
        L.append("")
        if comment:
            L.append("# " + comment)
        L += [f"[Desktop Action {aid}]", f"Name={name}",
              "Icon=" + ("application-pdf" if arg.startswith("/") else "applications-internet"),
              f"Exec=xdg-open {arg}"]
    return "\n".join(L) + "\n"


if __name__ == "__main__":
    write_only(F, build(), keys(F))
