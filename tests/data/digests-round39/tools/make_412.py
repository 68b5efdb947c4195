#!/usr/bin/env python3
"""412: a chapter of a Polish master's thesis in Word, copied as text with the field codes shown (Alt+F9): every
Zotero citation appears as "{ ADDIN ZOTERO_ITEM CSL_CITATION {…JSON…} }" — citationID, properties
(formattedCitation / plainCitation in the Polish APA style, "i in." for et al., "&" between two authors), citationItems with the Zotero URI and
the item's CSL-JSON (type, container-title, DOI, note, number, page, publisher, source, title, URL, author, issued …),
schema — and the bibliography as "{ ADDIN ZOTERO_BIBL {…} CSL_BIBLIOGRAPHY }". Papers: items with an arxiv.org URL
(link), with an openreview.net forum URL (link), with "arXiv:ID" in note / number and no arXiv URL (arxiv-text),
with an ACL Anthology URL, a DOI or no URL (title-only; GloVe is not on arXiv); two titles again in the Polish prose
in „…” quotes, one of them in sentence case. Not papers: Jurafsky & Martin's book (type book), fastText (software),
CC-100 (dataset), the Hugging Face NLP course (webpage), word2vec / BERT / mBERT / HerBERT (names only), the thesis."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, CAT, write_only
from make_expected import F412, keys, GLOVE

USER = "http://zotero.org/users/9120437/items/"
SCHEMA = "https://github.com/citation-style-language/schema/raw/master/csl-citation.json"


CORPORATE = {"Facebook Research", "Statistical Machine Translation Group", "Hugging Face"}


def people(names):
    return [{"literal": n} if n in CORPORATE else {"family": n.split()[-1], "given": " ".join(n.split()[:-1])} for n in names]


def fam(a):
    return a.get("family") or a["literal"]


def item(iid, zkey, ty, fields, authors, issued, accessed=None):
    d = {"id": iid, "type": ty}
    d.update(fields)
    d["author"] = people(authors)
    if accessed: d["accessed"] = {"date-parts": [accessed]}
    d["issued"] = {"date-parts": [issued]}
    return (iid, USER + zkey, d)


def A(k):
    return CAT[k]["authors"]


ACL = "Association for Computational Linguistics"
I = {
 "glove": item(1203, "7QWJ2KXN", "paper-conference", {
     "container-title": "Proceedings of the 2014 Conference on Empirical Methods in Natural Language Processing (EMNLP)",
     "DOI": "10.3115/v1/D14-1162", "event-place": "Doha, Qatar", "page": "1532–1543", "publisher": ACL,
     "publisher-place": "Doha, Qatar", "source": "ACLWeb", "title": GLOVE, "title-short": "GloVe",
     "URL": "https://aclanthology.org/D14-1162"}, CAT[GLOVE]["authors"], ["2014", 10], ["2024", 2, 12]),
 "slp": item(1207, "Q2B8N4XZ", "book", {"edition": "3rd ed. draft", "title": "Speech and Language Processing",
     "URL": "https://web.stanford.edu/~jurafsky/slp3/"}, ["Daniel Jurafsky", "James H. Martin"], ["2024"], ["2024", 2, 12]),
 "fasttext": item(1211, "M9R3TC2E", "software", {"genre": "C++", "source": "GitHub", "title": "fastText",
     "URL": "https://github.com/facebookresearch/fastText"}, ["Facebook Research"], ["2016"], ["2024", 2, 14]),
 "elmo": item(1219, "XH6D4PWA", "paper-conference", {
     "container-title": "Proceedings of the 2018 Conference of the North American Chapter of the Association for Computational Linguistics: Human Language Technologies, Volume 1 (Long Papers)",
     "DOI": "10.18653/v1/N18-1202", "event-place": "New Orleans, Louisiana", "page": "2227–2237", "publisher": ACL,
     "publisher-place": "New Orleans, Louisiana", "source": "ACLWeb", "title": T("1802.05365"),
     "URL": "https://aclanthology.org/N18-1202"}, A("1802.05365"), ["2018", 6], ["2024", 2, 14]),
 "ulmfit": item(1220, "5KZ2VJ8D", "article", {
     "DOI": "10.48550/arXiv.1801.06146", "note": "arXiv:1801.06146 [cs, stat]", "number": "arXiv:1801.06146",
     "publisher": "arXiv", "source": "arXiv.org", "title": T("1801.06146"),
     "URL": "http://arxiv.org/abs/1801.06146"}, A("1801.06146"), ["2018", 5, 23], ["2024", 2, 14]),
 "bpe": item(1224, "TR7WQ3M6", "paper-conference", {
     "container-title": "Proceedings of the 54th Annual Meeting of the Association for Computational Linguistics (Volume 1: Long Papers)",
     "DOI": "10.18653/v1/P16-1162", "event-place": "Berlin, Germany", "page": "1715–1725", "publisher": ACL,
     "publisher-place": "Berlin, Germany", "source": "ACLWeb", "title": T("1508.07909"),
     "URL": "https://aclanthology.org/P16-1162"}, A("1508.07909"), ["2016", 8], ["2024", 2, 19]),
 "seq2seq": item(1225, "J4C9HVNP", "paper-conference", {
     "container-title": "Advances in Neural Information Processing Systems", "publisher": "Curran Associates, Inc.",
     "source": "Neural Information Processing Systems", "title": T("1409.3215"), "volume": "27"},
     A("1409.3215"), ["2014"]),
 "bart": item(1231, "8WYF5LQB", "article", {
     "DOI": "10.48550/arXiv.1910.13461", "note": "arXiv:1910.13461 [cs, stat]", "number": "arXiv:1910.13461",
     "publisher": "arXiv", "source": "arXiv.org", "title": T("1910.13461"), "title-short": "BART",
     "URL": "http://arxiv.org/abs/1910.13461"}, A("1910.13461"), ["2019", 10, 29], ["2024", 2, 21]),
 "electra": item(1232, "DN3X7K2R", "paper-conference", {
     "container-title": "International Conference on Learning Representations", "note": "arXiv: 2003.10555",
     "source": "Google Scholar", "title": T("2003.10555"), "title-short": "ELECTRA"},
     A("2003.10555"), ["2020"], ["2024", 2, 21]),
 "femlm": item(1236, "ZP6G9E3W", "article", {
     "source": "openreview.net", "title": T("2010.06040"),
     "URL": "https://openreview.net/forum?id=" + CAT["2010.06040"]["openreview_id"]},
     A("2010.06040"), ["2020", 9, 28], ["2024", 2, 22]),
 "xlmr": item(1240, "B7M2KQ9T", "paper-conference", {
     "container-title": "Proceedings of the 58th Annual Meeting of the Association for Computational Linguistics",
     "DOI": "10.18653/v1/2020.acl-main.747", "event-place": "Online", "note": "arXiv:1911.02116",
     "page": "8440–8451", "publisher": ACL, "publisher-place": "Online", "source": "ACLWeb",
     "title": T("1911.02116")}, A("1911.02116"), ["2020", 7], ["2024", 2, 26]),
 "cc100": item(1241, "R3VN8W5F", "dataset", {"title": "CC-100: Monolingual Datasets from Web Crawl Data",
     "URL": "https://data.statmt.org/cc-100/"}, ["Statistical Machine Translation Group"], ["2020"], ["2024", 2, 26]),
 "glat": item(1245, "H8K4D2XS", "article", {
     "source": "openreview.net", "title": T("2008.07905"),
     "URL": "https://openreview.net/forum?id=" + CAT["2008.07905"]["openreview_id"]},
     A("2008.07905"), ["2020", 9, 28], ["2024", 2, 27]),
 "hf": item(1250, "W2T6PX4J", "paper-conference", {
     "container-title": "Proceedings of the 2020 Conference on Empirical Methods in Natural Language Processing: System Demonstrations",
     "DOI": "10.18653/v1/2020.emnlp-demos.6", "event-place": "Online", "page": "38–45", "publisher": ACL,
     "publisher-place": "Online", "source": "ACLWeb", "title": T("1910.03771"), "title-short": "Transformers",
     "URL": "https://aclanthology.org/2020.emnlp-demos.6"}, A("1910.03771"), ["2020", 10], ["2024", 3, 1]),
 "course": item(1251, "F5Q9ZC7M", "webpage", {"container-title": "Hugging Face", "title": "NLP Course",
     "URL": "https://huggingface.co/learn/nlp-course"}, ["Hugging Face"], ["2022"], ["2024", 3, 1]),
}


def short(d):
    a = d["author"]; y = d["issued"]["date-parts"][0][0]
    if len(a) == 1: return f"{fam(a[0])}, {y}"
    if len(a) == 2: return f"{fam(a[0])} & {fam(a[1])}, {y}"
    return f"{fam(a[0])} i in., {y}"


CIDS = iter(["kQ2vTz8L", "Rf7mXa3N", "c9WbE2pJ", "Yt4hLs6D", "nB8qZr1F", "Gx5uKe7W", "pM3dVj9H", "Lw6sCy2T", "aZ7nQf4B",
             "Hv2rTk8M", "eJ9gPx5S", "Uq4bWn6C", "sD8fMz3R", "Wm5kBd9X", "tP3zNc7V", "Qe8jLa2G"])


def cite(*names):
    its = sorted((I[n] for n in names), key=lambda x: (fam(x[2]["author"][0]), str(x[2]["issued"]["date-parts"][0][0])))
    fc = "(" + "; ".join(short(d) for _, _, d in its) + ")"
    obj = {"citationID": next(CIDS), "properties": {"formattedCitation": fc, "plainCitation": fc, "noteIndex": 0},
           "citationItems": [{"id": iid, "uris": [uri], "itemData": d} for iid, uri, d in its], "schema": SCHEMA}
    return "{ ADDIN ZOTERO_ITEM CSL_CITATION " + json.dumps(obj, ensure_ascii=False, separators=(",", ":")) + " }"


glat_sc = T("2008.07905")[0] + T("2008.07905")[1:].lower()
P = [
 "Rozdział 2. Przegląd literatury",
 "2.1. Od statycznych do kontekstowych reprezentacji słów",
 f"Pierwsze szeroko stosowane reprezentacje słów były statyczne: każdemu słowu odpowiadał jeden wektor, niezależnie od kontekstu. Obok word2vec najczęściej używa się wektorów GloVe {cite('glove')}, uczonych na globalnej macierzy współwystąpień; dobre omówienie obu podejść zawiera podręcznik Jurafsky'ego i Martina {cite('slp')}. Dla języka polskiego punktem odniesienia pozostają wektory fastText {cite('fasttext')}, które dzięki n-gramom znakowym lepiej radzą sobie z bogatą fleksją.",
 f"Przełomem było uzależnienie reprezentacji od kontekstu. ELMo łączy stany dwukierunkowego modelu języka z różnych warstw {cite('elmo')}, a ULMFiT pokazał, że jeden wstępnie wytrenowany model języka można dostroić do klasyfikacji tekstu przy niewielkiej liczbie przykładów {cite('ulmfit')}. Obie prace zwykle cytuje się razem {cite('elmo', 'ulmfit')}, choć różnią się sposobem użycia modelu: ELMo dostarcza cech, ULMFiT dostraja całą sieć.",
 "2.2. Tokenizacja i architektura koder–dekoder",
 f"Słownik podsłów stosowany w niemal wszystkich współczesnych modelach wywodzi się z pracy Sennricha i in. „{T('1508.07909')}” {cite('bpe')}, w której algorytm BPE zaadaptowano do segmentacji słów. Architektura koder–dekoder, w której jedna sieć czyta sekwencję wejściową, a druga generuje wyjście, została spopularyzowana przez Sutskevera i in. {cite('seq2seq')}.",
 "2.3. Cele wstępnego uczenia",
 f"Poza maskowanym modelowaniem języka znanym z BERT-a rozważa się cele odszumiające i dyskryminacyjne. BART uczy koder–dekoder odtwarzać tekst po zaszumieniu (maskowanie fragmentów, permutacja zdań) {cite('bart')}, a ELECTRA zastępuje przewidywanie tokenów zadaniem wykrywania tokenów podmienionych przez mały generator {cite('electra')}, co znacząco poprawia efektywność obliczeniową. Zheng i in. proponują z kolei pełniej eksplorowane maskowanie, w którym sekwencja dzielona jest na rozłączne fragmenty {cite('femlm')}.",
 f"Dla modeli wielojęzycznych kluczowy jest XLM-R {cite('xlmr')}, trenowany na korpusie CC-100 {cite('cc100')}; w naszych eksperymentach porównujemy go z HerBERT-em i mBERT-em.",
 "2.4. Generowanie nieautoregresyjne",
 f"W rozdziale 5 korzystamy z dekodera nieautoregresyjnego. Punktem wyjścia jest praca „{glat_sc}” {cite('glat')}, w której model w trakcie uczenia „zerka” na część docelowej sekwencji.",
 "2.5. Narzędzia",
 f"Wszystkie modele trenujemy i ewaluujemy w bibliotece Transformers {cite('hf')}; do wprowadzenia w jej użycie polecamy kurs Hugging Face {cite('course')}.",
 "Bibliografia",
 '{ ADDIN ZOTERO_BIBL {"uncited":[],"omitted":[],"custom":[]} CSL_BIBLIOGRAPHY }',
]
text = "\n".join(P) + "\n"
write_only(F412, text, keys(F412))
