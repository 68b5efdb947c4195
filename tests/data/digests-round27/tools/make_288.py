#!/usr/bin/env python3
"""288: a conference trip report written in Word and converted for the group's wiki with
`pandoc -s -f docx -t markdown --extract-media=. reesbericht.docx` (pandoc 2.17, as Debian 12 ships it), Luxembourgish with English paper
titles. What pandoc's Markdown writer leaves: a YAML metadata block from Word's Title/Subtitle/Author/Date
paragraphs (keys in alphabetical order), ATX headings, paragraphs wrapped greedily at 72 columns (breaks also inside
link texts and between an image's attributes, never inside a URL, nor before a word that would start a line
as a list marker), "-   " bullets and "1.  " numbers with
four-space continuations, Word's curly quotes, apostrophes and dashes "unsmartened" to ", ', --, ---, underlined
text as [..]{.underline}, images as ![alt](./media/imageN.ext){width="..in" height="..in"}, Word tables as multiline
tables (columns scaled to 72, cells wrapped inside their columns, rows apart by blank lines), hyperlinks as [text](url) or <url>, footnotes [^n] with
their text at the end."""
import os, re, sys, textwrap
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, CAT, write

W = 72


NB = "\x00"
MARKER = re.compile(r"(\d+|[A-Za-z]|[ivxlcdmIVXLCDM]+)[.)]")


def glue(text):
    """pandoc's avoidBadWraps: no break before a word that would start a line as a list marker ("2022)", "a.")
    or a block quote (">..."), nor before a final lone "-", "*" or "+" ."""
    out = []
    toks = text.split(" ")
    for i, t in enumerate(toks):
        if out and (MARKER.fullmatch(t) or t.startswith(">") or (i == len(toks) - 1 and t in ("-", "*", "+"))):
            out[-1] += NB + t
        else:
            out.append(t)
    return " ".join(out)


def wrap(text, first="", rest=""):
    return [l.replace(NB, " ") for l in textwrap.wrap(glue(text), width=W, initial_indent=first, subsequent_indent=rest,
                                                      break_long_words=False, break_on_hyphens=False)]


def P(text):
    return wrap(text) + [""]


def H(n, text):
    return ["#" * n + " " + text, ""]


def UL(*items):
    out = []
    for it in items:
        out += wrap(it, "-   ", "    ")
    return out + [""]


def OL(*items):
    out = []
    for i, it in enumerate(items, 1):
        out += wrap(it, f"{i}.".ljust(4), "    ")
    return out + [""]


def mtable(widths, header, rows):
    """pandoc's multiline table (what it writes for a Word table whose cells are single paragraphs): indented two
    spaces, a rule as wide as the columns, the header, dashes per column, rows wrapped inside their column widths
    and separated by blank lines (a wrapped row's later lines keep the padding up to the empty last cell), the closing rule"""
    rule = "  " + "-" * (sum(widths) + len(widths) - 1)

    def row(cells):
        cols = [textwrap.wrap(c, width=w, break_long_words=False, break_on_hyphens=False) or [""] for c, w in zip(cells, widths)]
        out = []
        for k in range(max(len(c) for c in cols)):
            parts = [(c[k] if k < len(c) else "") for c in cols]
            out.append("  " + " ".join(p.ljust(w) for p, w in zip(parts[:-1], widths)) + " " + parts[-1])
        return out

    out = [rule] + row(header) + ["  " + " ".join("-" * w for w in widths)]
    for i, r in enumerate(rows):
        out += ([""] if i else []) + row(r)
    return out + [rule, ""]


def img(n, ext, alt, w, h):
    return P(f'![{alt}](./media/image{n}.{ext}){{width="{w}in" height="{h}in"}}')


doc = ["---", "author: Claire Muller", "date: 20. Dezember 2023",
       "subtitle: NeurIPS 2023, New Orleans, 10.--16. Dezember 2023", "title: Reesbericht", "---", ""]
doc += H(1, "Iwwerbléck")
doc += P("Ech war vum 10. bis de 16. Dezember op der NeurIPS 2023 zu New Orleans. Et waren dëst Joer iwwer 16.000 "
         "Participanten an 3.584 akzeptéiert Pabeieren, dat heescht ech hu mech op eis Themen konzentréiert: "
         "Skaléierung vu grousse Sproochmodeller, Evaluatioun a Sécherheet. Dëse Bericht ass fir de Grupp "
         "geduecht; d'Slides vun de Keynotes sinn op der offizieller Säit (<https://neurips.cc/virtual/2023/index.html>) "
         "an d'Opzeechnungen um SlidesLive.[^1]")
doc += P("[Wichteg:]{.underline} d'Rechnungen an d'Boarding-Päss sinn am Dossier \"Reesen 2023\" op eisem "
         "SharePoint; d'Ofrechnung ass bis den 31. Januar fälleg.")
doc += img(1, "png", "", "6.268055555555556", "3.5256944444444445")
doc += H(1, "Pabeieren, déi ech matgeholl hunn")
doc += H(2, "Skaléierung an Trainingsbudget")
doc += P(f"De Klassiker fir d'Diskussioun iwwer Compute ass ëmmer nach [{T('2203.15556')}](https://arxiv.org/abs/2203.15556) "
         "(\"Chinchilla\"): bei fixem Budget sollen Parameteren an Tokenen ongeféier am selwechte Mooss wuessen. "
         f"Dat ass e Géigepol zu de fréiere *{T('2001.08361')}*[^2], déi nach vill méi grouss Modeller recommandéiert "
         "hunn. Op der Tutorial-Sessioun iwwer Skaléierung gouf dat nach eng Kéier schéin gewisen.")
doc += UL(f"**{T('2204.02311')}** -- Chowdhery et al., JMLR 2023 (och als Poster): <https://arxiv.org/pdf/2204.02311.pdf>",
          f"*{T('2205.01068')}* (Zhang et al., 2022) -- d'Logbicher vum Training sinn dat Interessantst dorun.",
          f"[{T('2101.03961')}](https://arxiv.org/abs/2101.03961) an dee fréiere Mixture-of-Experts-Pabeier "
          "vu Lepikhin et al.[^3]")
doc += H(2, "Open Modeller a Fine-Tuning")
doc += P(f"Bal all Poster iwwer Instruction-Tuning huet op Llama 2 opgebaut. De Pabeier selwer ({T('2307.09288')}) "
         "hunn ech nach eng Kéier gelies; Link op d'Säit mat Diskussioun: [Paper](https://huggingface.co/papers/2307.09288). "
         "Fir kleng Modeller war de Message vu Phi-1 iwwerall: méi propper Donnéeën amplaz méi Donnéeën.")
doc += H(2, "Evaluatioun a Sécherheet")
doc += OL(f"{T('2206.07682')} -- Wei et al. Vill Leit hunn op der Konferenz drop higewisen, datt d'\"Emergenz\" "
          "staark vun der Metrik ofhänkt.",
          f"\"{T('2207.05221')}\" (Kadavath et al., 2022): Kalibratioun vu Sproochmodeller, relevant fir eise "
          "Projet iwwer Froen-Äntwerten op Lëtzebuergesch.",
          f"{T('2307.15043')}, arXiv 2307.15043 -- Zou et al.; e Workshop-Talk huet gewisen, datt d'Suffixer "
          "och op méi nei Modeller transferéieren.",
          f"{T('2206.14858')} (arXiv:2206.14858), de Minerva-Pabeier; Mathematik-Benchmarks waren e grousst "
          "Thema.")
doc += img(2, "jpeg", "Poster Sessioun, Hall B2", "4.5", "3.375")
doc += P("Poster-Sessioun an der Hall B2, Mëttwoch den 13. Dezember (Foto: C. Muller).")
doc += H(1, "Liesplang fir de Grupp (Januar--Mäerz 2024)")
doc += P("Mir hu beim Debriefing decidéiert, dës Pabeieren an der Lieskrees ze huelen; d'Reiefolleg kann nach "
         "änneren:")
doc += mtable([26, 20, 24], ["Titel", "Wien", "Datum"],
            [[T("2303.18223"), "Claire", "11.01.2024"],
             [T("2306.11644"), "Jang", "25.01.2024"],
             ["Dive into Deep Learning, Kap. 11 (Buch, keen Pabeier)", "Sven", "08.02.2024"],
             ["Tutorial-Opzeechnung \"Scaling\" (Video)", "all", "22.02.2024"]])
doc += H(1, "Käschten")
doc += mtable([46, 24], ["Posten", "Betrag (EUR)"],
            [["Aschreiwung (Student, fréi)", "495,00"], ["Fluch LUX--MSY via CDG", "1.284,60"],
             ["Hotel (6 Nuechten)", "1.506,00"], ["Per diem (7 Deeg)", "490,00"],
             ["Total", "3.775,60"]])
doc += P("Ech hu wéi ëmmer d'Notizen och op GitHub gesat: [neurips23-notes](https://github.com/cmuller-lu/neurips23-notes). "
         "Froen u mech per Mail: <claire.muller@example.lu>.")
doc += wrap("[^1]: D'Keynotes goufen opgezeechent; de Link op d'Playlist ass "
            "<https://www.youtube.com/playlist?list=PLxNeurIPS2023Keynotes> (net offiziell).", "", "    ") + [""]
doc += wrap(f"[^2]: Kaplan et al., 2020: {T('2001.08361')}, https://arxiv.org/abs/2001.08361", "", "    ") + [""]
doc += wrap(f"[^3]: {T('2006.16668')} (ICLR 2021).", "", "    ")
doc += [""]
write("288_word_docx_to_pandoc_markdown_luxembourgish_neurips_trip_report_llms.md", "\n".join(doc[:-1]) + "\n")
