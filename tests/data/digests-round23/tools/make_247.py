#!/usr/bin/env python3
"""247: a Google Docs document downloaded as Markdown (File > Download > Markdown (.md)), Estonian NLP reading circle.
Docs' Markdown writer escapes Markdown punctuation in text runs (\\- \\_ \\* \\[ \\] \\# \\+ \\! \\. after a leading
number), writes bullets as '* ', tables with ':----' alignment rows, links as [text](url) and inline images as
![][imageN] with base64 data-URI definitions at the end."""
import base64, hashlib, os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import title, check_no_distractor

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "digests",
                   "247_google_docs_markdown_download_estonian_nlp_reading_circle.md")


def esc(s):
    """Docs' escaping of a text run (not of URLs)"""
    s = re.sub(r"([\\`*_\[\]#+\-!<>~|])", r"\\\1", s)
    return s


def link(text, url):
    return f"[{esc(text)}]({url})"


def png(seed):
    raw = b"\x89PNG\r\n\x1a\n" + hashlib.sha256(seed.encode()).digest() * 6
    return base64.b64encode(raw).decode()


T = title
L = []
a = L.append
a("# " + esc("NLP lugemisring — kevad 2024"))
a("")
a(esc("Teisipäeviti kell 16:15, Delta õppehoone ruum 2034 (Narva mnt 18) ja Zoomis. Ringi veab Kadri Tamm, "
      "küsimused Slacki kanalisse #nlp-lugemisring või e-postiga kadri.tamm@näide.ee."))
a("")
a("![][image1]")
a("")
a("## " + esc("Kuidas see töötab"))
a("")
a("* " + esc("Igal kohtumisel on üks põhiartikkel ja üks-kaks taustaartiklit; ettekandja teeb 20-minutilise ülevaate."))
a("* " + esc("Loe põhiartikkel enne kohtumist läbi ja kirjuta üks küsimus allolevasse tabelisse."))
a("* " + esc("Slaidid pane jagatud kausta ") + link("NLP lugemisring / slaidid", "https://drive.google.com/drive/folders/1kq3ZrW8vYd0pQeLm5sTnXo7HcBfAgJ2u") + esc("."))
a("")
a("## " + esc("Ajakava"))
a("")
rows = [
    ("5\\. märts", "Sõnavektorid", link(T("1301.3781"), "https://arxiv.org/abs/1301.3781") + "<br>" + esc("taust: ") + "*" + esc(T("GloVe: Global Vectors for Word Representation")) + "*", "Kadri"),
    ("12\\. märts", "Seq2seq ja tähelepanu", esc(T("1409.3215") + " (arXiv:1409.3215)") + "<br>" + esc("taust: ") + esc(T("1409.0473")), "Mihkel"),
    ("19\\. märts", "Kontekstuaalsed esitused", link(T("1802.05365"), "https://arxiv.org/pdf/1802.05365.pdf") + "<br>" + esc("taust: ULMFiT ehk ") + "*" + esc(T("1801.06146")) + "*", "Liis"),
    ("26\\. märts", "GPT", esc(T("Improving Language Understanding by Generative Pre-Training")) + " (" + link("OpenAI PDF", "https://cdn.openai.com/research-covers/language-unsupervised/language_understanding_paper.pdf") + ")", "Kristjan"),
    ("2\\. aprill", esc("— vaheaeg —"), "", ""),
    ("9\\. aprill", esc("XLNet ja RoBERTa"), link(T("1906.08237"), "https://huggingface.co/papers/1906.08237") + "<br>" + esc(T("1907.11692") + ", arXiv 1907.11692v1"), "Mari"),
    ("16\\. aprill", esc("Seq2seq eeltreenimine"), esc(T("1910.13461")), "Andres"),
]
a("| " + " | ".join(esc(h) for h in ["Kuupäev", "Teema", "Artiklid", "Ettekandja"]) + " |")
a("| :---- | :---- | :---- | :---- |")
for r in rows:
    a("| " + " | ".join(r) + " |")
a("")
a("## " + esc("Lisalugemine (kui aega üle jääb)"))
a("")
a("1. " + esc(T("1911.02116")) + esc(" — XLM-R, eesti keel on treeningandmetes olemas, tasub vaadata tabelit 1"))
a("2. " + link(T("2003.10555"), "https://www.alphaxiv.org/abs/2003.10555") + esc(" — ELECTRA, väga odav eeltreenida"))
a("3. " + "**" + esc(T("2006.03654")) + "**" + esc(" (ICLR 2021)"))
a("4. " + esc("EstBERT-i artikkel ja mudel: ") + link("tartunlp/EstBERT", "https://huggingface.co/tartunlp/EstBERT") + esc(" (mudelikaart, mitte artikkel)"))
a("")
a("![][image2]")
a("")
a("## " + esc("Küsimused ja märkmed"))
a("")
a("| " + " | ".join(esc(h) for h in ["Kes", "Küsimus"]) + " |")
a("| :---- | :---- |")
a("| Liis | " + esc("Kas word2vec-i negative sampling ja GloVe kaalufunktsioon on sisuliselt sama asi?") + " |")
a("| Mihkel | " + esc("Miks BART-i artiklis on text infilling parem kui token masking?") + " |")
a("| Andres | " + esc("Kas keegi on proovinud XLM-R-i eesti NER-i peal? Vt ka ") + link("EstNLTK", "https://github.com/estnltk/estnltk") + " |")
a("")
a("---")
a("")
a(esc("Viimati muudetud: 4. märts 2024. Dokumenti saavad muuta kõik ringi liikmed."))
a("")
a(f"[image1]: <data:image/png;base64,{png('ringi logo')}>")
a("")
a(f"[image2]: <data:image/png;base64,{png('transformer skeem')}>")
text = "\n".join(L) + "\n"
check_no_distractor(text, "247")
open(OUT, "w", encoding="utf-8", newline="\n").write(text)
