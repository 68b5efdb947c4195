#!/usr/bin/env python3
"""1649: a French gemlog post on LLM scaling read in AV-98 (the command-line Gemini client), pasted from a terminal:
`go` to the capsule's gemlog index and a post, AV-98's rendering of gemtext (headings kept with their `#`, text
wrapped at 80 columns, list items `• `, quote lines `> `, links numbered `[n]` — with the scheme for non-Gemini links,
`[n https]` —), `ls -l` listing the page's links with their URLs, `add` (bookmark) and `q`. Wrapping, link numbers and
the listing are computed from the modelled gemtext."""
import os, sys, textwrap
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import keys, by_num, GPT2

F = by_num(1649)
PS = "camille@pavillon:~$ "
CAP = "gemini://carnet.sillage.example.fr"
INDEX = [
    "# Le carnet de Camille",
    "",
    "Notes de lecture, vélo et un peu d'apprentissage automatique. Écrit depuis Grenoble.",
    "",
    "## Billets",
    f"=> {CAP}/gemlog/2024-03-10-lois-d-echelle.gmi 2024-03-10 Lois d'échelle : ce que j'ai retenu du groupe de lecture",
    f"=> {CAP}/gemlog/2024-02-18-col-du-coq.gmi 2024-02-18 Le col du Coq sous la neige",
    f"=> {CAP}/gemlog/2024-01-29-notes-emacs.gmi 2024-01-29 Mes notes de lecture dans Emacs",
    "",
    f"=> {CAP}/gemlog/atom.xml Flux Atom",
    "=> gemini://antenne.example.org/ Antenne (agrégateur)",
]
POST = [
    "# Lois d'échelle : ce que j'ai retenu du groupe de lecture",
    "",
    "Depuis janvier, notre petit groupe de lecture du labo se retrouve le jeudi midi pour lire des articles sur "
    "l'entraînement des grands modèles de langage. Voici mes notes, en vrac, pour celles et ceux qui n'ont pas pu venir "
    "(et pour moi dans six mois).",
    "",
    "## Le point de départ",
    "",
    "Nous avons commencé par relire le rapport d'OpenAI de 2019 :",
    "",
    f"* {GPT2} — pas de lien officiel stable, chacun avait sa copie du PDF. Ce qui frappe aujourd'hui, c'est à quel "
    "point l'idée du « zero-shot » y était déjà.",
    "",
    f"=> https://arxiv.org/abs/2001.08361 {T('2001.08361')}",
    "",
    "La loi de puissance entre perte et nombre de paramètres tient sur sept ordres de grandeur. Lucas a refait la figure "
    "1 avec nos propres petits modèles : la pente est la même, à peu de chose près.",
    "",
    "## Combien de tokens ?",
    "",
    f"=> https://arxiv.org/pdf/2203.15556.pdf {T('2203.15556')}",
    "",
    "> À budget de calcul fixé, il faut faire grandir le modèle et les données au même rythme.",
    "",
    "C'est le fameux résultat « Chinchilla ». Pour notre cluster, la conséquence pratique est simple : entraîner plus "
    "petit, plus longtemps.",
    "",
    "## Les gros modèles",
    "",
    f"* {T('2204.02311')} (arXiv:2204.02311) — 540 milliards de paramètres, et la section sur la mémorisation.",
    f"* {T('2206.07682')} : Élodie n'est pas convaincue, elle pense que c'est surtout une question de métrique.",
    "",
    f"=> https://arxiv.org/abs/2101.03961 {T('2101.03961')}",
    "",
    "Un seul expert par token, c'est élégant ; Lucas voudrait essayer sur nos données.",
    "",
    f"=> https://arxiv.org/abs/2307.09288v2 {T('2307.09288')}",
    "",
    "## La prochaine fois",
    "",
    f"On lira {T('2306.11644')}, et la question des données synthétiques. Le cours CS324 de Stanford a de bonnes "
    "diapositives sur le sujet, et le dépôt nanoGPT suffit pour refaire une petite expérience un après-midi.",
    "",
    "=> https://github.com/karpathy/nanoGPT nanoGPT",
    f"=> {CAP}/gemlog/ Retour au gemlog",
]


def render(gmi, base):
    out, links = [], []
    for line in gmi:
        if line.startswith("=>"):
            url, _, text = line[2:].strip().partition(" ")
            links.append((url, text or url))
            scheme = url.split(":", 1)[0]
            tag = f"[{len(links)}]" if scheme == "gemini" else f"[{len(links)} {scheme}]"
            out += textwrap.wrap(f"{tag} {text or url}", 80, subsequent_indent=" " * (len(tag) + 1))
        elif line.startswith("#") or line == "":
            out.append(line)
        elif line.startswith("* "):
            out += textwrap.wrap(line[2:], 80, initial_indent="• ", subsequent_indent="  ")
        elif line.startswith("> "):
            out += textwrap.wrap(line[2:], 80, initial_indent="> ", subsequent_indent="> ")
        else:
            out += textwrap.wrap(line, 80)
    return out, links


def build():
    L = [PS + "av98", "Welcome to AV-98!", "Enjoy your patrol through Geminispace...", f"AV-98> go {CAP}/gemlog/"]
    r, links = render(INDEX, CAP)
    L += r + ["AV-98> 1"]
    r, links = render(POST, CAP)
    L += r + ["AV-98> ls -l"]
    L += [f"[{i}] {u} {t}" for i, (u, t) in enumerate(links, 1)]
    L += ["AV-98> add", "Bookmark added.", "AV-98> q", "", "Thank you for flying AV-98!", PS]
    return "\n".join(L)


if __name__ == "__main__":
    write_only(F, build(), keys(F))
