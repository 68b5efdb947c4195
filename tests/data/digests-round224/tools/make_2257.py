#!/usr/bin/env python3
"""2257: the Leganto reading list (pensumliste) of a course at Nord universitet (Bodø), opened from the course page and
copied as text from the browser with the Norwegian Bokmål interface (as assumed: the skip link «Hopp til hovedinnhold»,
the library's top bar, Leganto's menu «Mine lister / Mine kurs / Finn lister / Hjelp / Logg ut», the list header — course
name with the term, «Pensumliste · Vår 2026 · code», «Sist oppdatert …», «N elementer · n seksjoner», «k av N lest»,
«Eksporter / Del / Utvid alle» — then the sections with their date span, «n elementer» and a description, and each
citation as a block: type («Artikkel», «Bok», «Bokkapittel», «Konferanseartikkel», «Nettside», «Video»), title,
«Forfatter: …», the source line with « · » separators, an optional «Lenke: URL», the tag («Obligatorisk», «Anbefalt»,
«Tilleggslitteratur»), an optional «Les innen: dd.mm.yyyy», an optional «Merknad: …» and the status «Lest» or «Merk som
lest»; the footer «Drevet av Ex Libris Leganto» last). Norwegian Bokmål, English titles.
Computed: the author lines from the catalogue, the item counts per section and in total, the read count, the «Les
innen» dates (the Friday of each section's first week, increasing, inside the term; asserted)."""
import datetime as dt, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import CAT, T, OR, key_of, write_only
from make_expected import by_num, keys, BACKPROP, LSTM
F = by_num(2257)
NB_M = ["januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "desember"]
term_start, term_end = dt.date(2026, 1, 5), dt.date(2026, 5, 29)


def forf(key):
    a = CAT[key_of(key)]["authors"]
    f = ["{}, {}".format(x.split()[-1], " ".join(x.split()[:-1])) for x in a[:3]]
    return "Forfatter: " + "; ".join(f) + ("; m.fl." if len(a) > 3 else "")


def week_friday(w):
    """the Friday of ISO week w of 2026"""
    return dt.date.fromisocalendar(2026, w, 5)


# sections: (title, first week, last week, description, items); item = (type, title, author line, source, link, tag,
# due?, note, read?)
S = [
 ("Grunnlaget: tilbakepropagering og rekurrente nett", 2, 4,
  "Vi begynner med de to klassiske artiklene. Begge finnes i Oria; lenkene her går ofte ut på dato, så søk på tittelen.",
  [("Artikkel", BACKPROP, forf(BACKPROP), "Nature · 1986 · 323 (6088) · s. 533–536", None, "Obligatorisk", True,
    "Fire sider – les alt.", True),
   ("Artikkel", LSTM, forf(LSTM), "Neural Computation · 1997 · 9 (8) · s. 1735–1780", None, "Obligatorisk", False,
    "Avsnitt 1–4 holder; resten er eksperimenter fra 1997.", True),
   ("Bokkapittel", "Deep Learning: Foundations and Concepts, kap. 8: Backpropagation",
    "Forfatter: Bishop, Christopher M.; Bishop, Hugh", "Springer · 2024 · s. 233–256", None, "Anbefalt", False, None, True),
   ("Video", "Neural Networks: Zero to Hero – del 1 (micrograd)", "Forfatter: Karpathy, Andrej",
    "YouTube · 2022 · 2 t 25 min", "https://www.youtube.com/watch?v=VMj-3S1tku0", "Tilleggslitteratur", False, None, False)]),
 ("Minne i nevrale nett", 5, 7,
  "Fra LSTM til ekstern, adresserbar hukommelse. Artikkelen er lang; kapittel 3 og 4 er pensum.",
  [("Artikkel", T("1410.5401"), forf("1410.5401"), "arXiv · 2014", "https://arxiv.org/pdf/1410.5401v2.pdf",
    "Obligatorisk", True, None, True),
   ("Nettside", "Understanding LSTM Networks (blogginnlegg)", "Forfatter: Olah, Christopher", "colah.github.io · 2015",
    "https://colah.github.io/posts/2015-08-Understanding-LSTMs/", "Anbefalt", False, "Fine figurer – ikke en artikkel.", False)]),
 ("Språkmodeller som agenter", 8, 11,
  "Agenter som bruker verktøy, henter kilder og retter egne feil. Vi leser tre artikler og prøver LangGraph på lab.",
  [("Konferanseartikkel", T("2303.11366"), forf("2303.11366"), "NeurIPS · 2023", "https://arxiv.org/abs/2303.11366",
    "Obligatorisk", True, None, False),
   ("Artikkel", T("2310.11511"), forf("2310.11511"), "arXiv · 2023 · arXiv:2310.11511", None, "Obligatorisk", False,
    "Lenken i Oria peker til feil versjon; bruk arXiv-nummeret.", False),
   ("Konferanseartikkel", T("2310.06770"), forf("2310.06770"), "ICLR · 2024",
    f"https://openreview.net/forum?id={OR('2310.06770')}", "Obligatorisk", False,
    "Les også anmeldelsene på OpenReview.", False),
   ("Nettside", "LangGraph – dokumentasjon (programvare)", "Forfatter: LangChain", "langchain-ai.github.io · 2026",
    "https://langchain-ai.github.io/langgraph/", "Tilleggslitteratur", False, None, False)]),
 ("Evaluering av språkmodeller", 12, 14,
  "Hvordan vet vi at en modell eller en agent er god? Referansetester, modeller som dommere og leaderboards.",
  [("Konferanseartikkel", T("2009.03300"), forf("2009.03300"),
    "International Conference on Learning Representations (ICLR) · 2021", None, "Obligatorisk", True,
    "Ikke tilgjengelig via lenke ennå – søk i Oria.", False),
   ("Konferanseartikkel", T("2306.05685"), forf("2306.05685"), "NeurIPS Datasets and Benchmarks · 2023",
    "http://arxiv.org/abs/2306.05685", "Obligatorisk", False, None, False),
   ("Nettside", "LMArena (tidligere Chatbot Arena) – leaderboard", "Forfatter: LMArena", "lmarena.ai · 2026",
    "https://lmarena.ai/leaderboard", "Tilleggslitteratur", False, "Leaderboard, ikke pensum.", False)]),
 ("Ressurser (ikke pensum)", 2, 22,
  "Bøker, kurs, data og verktøy vi bruker på lab. Ingen av disse er artikler.",
  [("Nettside", "Hugging Face Agents Course", "Forfatter: Hugging Face", "huggingface.co · 2025",
    "https://huggingface.co/learn/agents-course", "Tilleggslitteratur", False, None, False),
   ("Bok", "Speech and Language Processing (3. utg., utkast)", "Forfatter: Jurafsky, Daniel; Martin, James H.",
    "Stanford · 2025", "https://web.stanford.edu/~jurafsky/slp3/", "Tilleggslitteratur", False, None, False),
   ("Nettside", "NCC – Norwegian Colossal Corpus (datasett)", "Forfatter: Nasjonalbiblioteket",
    "huggingface.co · 2022", "https://huggingface.co/datasets/NbAiLab/NCC", "Tilleggslitteratur", False,
    "Til prosjektoppgaven på norsk.", False)]),
]
n_items = sum(len(s[4]) for s in S)
n_read = sum(1 for s in S for it in s[4] if it[8])
out = ["Hopp til hovedinnhold", "Nord universitet – Universitetsbiblioteket", "Leganto",
       "Mine lister", "Mine kurs", "Finn lister", "Hjelp", "Logg ut", "",
       "DTV2207 Nevrale nettverk: fra tilbakepropagering til språkagenter (V26)",
       "Pensumliste · Vår 2026 · DTV2207",
       "Emneansvarlig: Ingrid Solberg Mo",
       "Sist oppdatert 9. januar 2026",
       f"{n_items} elementer · {len(S)} seksjoner",
       f"{n_read} av {n_items} lest",
       "Eksporter", "Del", "Utvid alle", ""]
prev_due = None


def nb(d):
    return f"{d.day}. {NB_M[d.month - 1]}"


for title, w1, w2, desc, items in S:
    a, b = dt.date.fromisocalendar(2026, w1, 1), dt.date.fromisocalendar(2026, w2, 5)
    assert term_start <= a <= b <= term_end
    out += [title, f"Uke {w1}–{w2} ({nb(a)} – {nb(b)} {b.year})", f"{len(items)} elementer", desc, ""]
    for typ, ti, au_, src, link, tag, due, note, read in items:
        out += [typ, ti, au_, src]
        if link: out.append(f"Lenke: {link}")
        out.append(tag)
        if due:
            d = week_friday(w1)
            assert term_start <= d <= term_end and (prev_due is None or d > prev_due)
            prev_due = d
            out.append(f"Les innen: {d:%d.%m.%Y}")
        if note: out.append(f"Merknad: {note}")
        out += ["Lest" if read else "Merk som lest", ""]
out += ["Personvern · Tilgjengelighetserklæring · Kontakt biblioteket", "Drevet av Ex Libris Leganto"]
text = "\n".join(out) + "\n"
write_only(F, text, keys(F))
