#!/usr/bin/env python3
"""681: a Referencer (GNOME reference manager, 1.2.x) library file (.reflib): <?xml … encoding="UTF-8"?>, <library>
with <manage_target braces utf8>, <library_folder monitor>, <taglist> of <tag><uid><name>, <doclist> of <doc> with
tab-indented children in Referencer's order (filename, relative_filename, key, notes, tagged*, bib_type, bib_doi,
bib_title, bib_authors, bib_journal, bib_volume, bib_number, bib_pages, bib_year, bib_extra key=…*), file:// URIs
percent-encoded, GLib markup escaping (&amp; &lt; &gt; &apos; &quot;), LF. A Dutch PhD student's library on
parameter-efficient fine-tuning and NLP representations, with Dutch notes."""
import os, sys
from urllib.parse import quote
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, authors, write_only
from make_expected import F681, keys

K = keys(F681)


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("'", "&apos;").replace('"', "&quot;")


TAGS = ["PEFT", "representaties", "seq2seq", "hoofdstuk 2", "software", "achtergrond"]
DIR = "/home/sanne/Documenten/Promotie/Literatuur/"
docs = []


def doc(fname, key, notes, tags, typ, title, auths, journal="", volume="", number="", pages="", year="", doi="", extra=()):
    docs.append((fname, key, notes, tags, typ, title, auths, journal, volume, number, pages, year, doi, extra))


def A(k):
    return " and ".join(authors(k))


doc("2106.09685v2.pdf", "hu2021lora", "Kernartikel voor hoofdstuk 2. Rang r = 8 was in onze Nederlandse NER-experimenten genoeg;\n"
    "r = 64 gaf geen winst. Let op: alpha/r-schaling verschilt tussen de officiële code en de PEFT-bibliotheek.",
    [0, 3], "article", T("2106.09685"), A("2106.09685"), "arXiv preprint", year="2021",
    extra=[("url", "https://arxiv.org/abs/2106.09685"), ("eprint", "2106.09685"), ("archivePrefix", "arXiv"), ("primaryClass", "cs.CL")])
doc("houlsby19a.pdf", "houlsby2019parameter", "De adapter-architectuur (bottleneck na attention én na FFN). "
    "Tabel 1 vergelijken met onze BERTje-resultaten. Geen preprintlink opgenomen — de PMLR-versie is de officiële.",
    [0, 3], "inproceedings", T("1902.00751"), A("1902.00751"), "Proceedings of the 36th International Conference on Machine Learning",
    volume="97", pages="2790--2799", year="2019",
    extra=[("booktitle", "Proceedings of the 36th International Conference on Machine Learning"), ("series", "Proceedings of Machine Learning Research"),
           ("publisher", "PMLR"), ("url", "https://proceedings.mlr.press/v97/houlsby19a.html")])
doc("li-liang-prefix.pdf", "li2021prefix", "Prefix van lengte 10 voor tabel-naar-tekst; reparametrisatie via MLP is nodig voor stabiliteit.\n"
    "Preprint: arXiv:2101.00190 (ACL 2021-versie heeft een andere tabel 2).",
    [0], "inproceedings", T("2101.00190"), A("2101.00190"), "Proceedings of ACL-IJCNLP 2021", pages="4582--4597", year="2021",
    extra=[("eprint", "2101.00190"), ("archivePrefix", "arXiv")])
doc("2305.14314v1.pdf", "dettmers2023qlora", "4-bit NormalFloat + dubbele kwantisatie. Getest met bitsandbytes 0.41 op de A40's van het cluster:\n"
    "Llama-2-13B past in 24 GB met paged optimizers.",
    [0, 3], "article", T("2305.14314"), A("2305.14314"), "arXiv preprint", year="2023",
    extra=[("url", "https://arxiv.org/abs/2305.14314"), ("primaryClass", "cs.LG")])
doc("lester-prompt-tuning-emnlp.pdf", "lester2021power", "Soft prompts; het verschil met fine-tuning verdwijnt rond 10B parameters.\n"
    "Voor onze kleinere modellen (<1B) dus weinig bruikbaar, maar goed voor de inleiding.",
    [0], "inproceedings", T("2104.08691"), A("2104.08691"), "Proceedings of EMNLP 2021", pages="3045--3059", year="2021",
    extra=[("publisher", "Association for Computational Linguistics"), ("url", "https://aclanthology.org/2021.emnlp-main.243")])
doc("1908.10084.pdf", "reimers2019sentence", "Siamese netwerken voor zinsembeddings; basis voor de zoekmodule van het RechtspraakQA-project.",
    [1], "article", T("1908.10084"), A("1908.10084"), "arXiv preprint", year="2019",
    extra=[("url", "https://arxiv.org/abs/1908.10084"), ("note", "EMNLP-IJCNLP 2019")])
doc("kobayashi-norms-emnlp2020.pdf", "kobayashi2020attention", "Aandachtsgewichten alleen zeggen weinig; normen ||αf(x)|| zijn informatiever.\n"
    "Gebruiken voor de analyse in §2.4 (welke tokens de adapters \"zien\").",
    [1, 3], "inproceedings", T("2004.10102"), A("2004.10102"), "Proceedings of EMNLP 2020", pages="7057--7075", year="2020",
    extra=[("publisher", "Association for Computational Linguistics")])
doc("1910.13461.pdf", "lewis2019bart", "Denoising seq2seq; onze samenvattingsbaseline (mBART-variant voor het Nederlands).",
    [2], "article", T("1910.13461"), A("1910.13461"), "arXiv preprint", year="2019",
    extra=[("url", "https://arxiv.org/pdf/1910.13461"), ("primaryClass", "cs.CL")])
doc("peft-docs-0.10.pdf", "peft2024docs", "Geprinte documentatie van de PEFT-bibliotheek (Hugging Face), versie 0.10. Geen artikel —\n"
    "alleen voor de configuratieopties van LoraConfig en PromptTuningConfig.",
    [4], "misc", "PEFT: State-of-the-art Parameter-Efficient Fine-Tuning methods (documentatie, v0.10.0)", "Hugging Face", "",
    year="2024", extra=[("url", "https://huggingface.co/docs/peft/v0.10.0/en/index"), ("howpublished", "Software documentation")])
doc("jurafsky-martin-ch6.pdf", "jurafsky2024slp", "Boek, hoofdstuk 6 (vector semantics). Handig voor de achtergrondsectie; "
    "derde editie is nog een concept.",
    [5], "book", "Speech and Language Processing (3rd ed. draft), Chapter 6", "Dan Jurafsky and James H. Martin", "",
    year="2024", extra=[("publisher", "Stanford University (online draft)"), ("url", "https://web.stanford.edu/~jurafsky/slp3/")])
doc("robbert-model-card.pdf", "robbert2023card", "Modelkaart van RobBERT-2023 (Nederlands RoBERTa-model) van de Hugging Face Hub; "
    "geen artikel, alleen voor de tokenizer-details.",
    [4], "misc", "RobBERT-2023 model card", "DTAI KU Leuven", "", year="2023",
    extra=[("url", "https://huggingface.co/DTAI-KULeuven/robbert-2023-dutch-large")])
doc("slides-lot-wintersschool.pdf", "lot2024slides", "Slides van de LOT Winterschool 2024 (cursus \"Efficient NLP\"). Geen publicatie.",
    [5], "misc", "Efficient NLP — cursusslides LOT Winterschool 2024", "Landelijke Onderzoekschool Taalwetenschap", "", year="2024")

out = ['<?xml version="1.0" encoding="UTF-8"?>', "<library>", '<manage_target braces="false" utf8="true"></manage_target>',
       '<library_folder monitor="false"></library_folder>', "<taglist>"]
for i, t in enumerate(TAGS):
    out += ["<tag>", f"\t<uid>{i}</uid>", f"\t<name>{esc(t)}</name>", "</tag>"]
out += ["</taglist>", "<doclist>"]
for (fname, key, notes, tags, typ, title, auths, journal, volume, number, pages, year, doi, extra) in docs:
    out += ["<doc>", f"\t<filename>file://{quote(DIR + fname)}</filename>", f"\t<relative_filename>{esc(fname)}</relative_filename>",
            f"\t<key>{esc(key)}</key>", f"\t<notes>{esc(notes)}</notes>"]
    out += [f"\t<tagged>{t}</tagged>" for t in tags]
    out += [f"\t<bib_type>{typ}</bib_type>", f"\t<bib_doi>{esc(doi)}</bib_doi>", f"\t<bib_title>{esc(title)}</bib_title>",
            f"\t<bib_authors>{esc(auths)}</bib_authors>", f"\t<bib_journal>{esc(journal)}</bib_journal>",
            f"\t<bib_volume>{volume}</bib_volume>", f"\t<bib_number>{number}</bib_number>", f"\t<bib_pages>{pages}</bib_pages>",
            f"\t<bib_year>{year}</bib_year>"]
    out += [f'\t<bib_extra key="{k}">{esc(v)}</bib_extra>' for k, v in extra]
    out += ["</doc>"]
out += ["</doclist>", "</library>", ""]
text = "\n".join(out)
write_only(F681, text, K)
