#!/usr/bin/env python3
"""1293: N-Triples as `rapper` (Raptor) writes them (Russian): a Novosibirsk-like NLP seminar keeps its knowledge graph
of sessions and papers in Turtle (`seminar.ttl`); its maintainer (Анна Кузнецова) converted it with
`rapper -i turtle -o ntriples seminar.ttl > seminar.nt` for a SPARQL endpoint and attached the .nt file to a message.
Raptor's N-Triples: one triple a line, full IRIs in <>, blank nodes `_:genidN`, literals in double quotes with `@lang`
or `^^<datatype>`, and every non-ASCII character written as a `\\uXXXX` escape (upper-case hex) — so the Russian
session titles, comments, statuses and names are escapes, while the English paper titles stay readable. Triples come
in the order of the Turtle file, subject by subject. Papers are subjects named by their arXiv URL (link), local IRIs
with a `bibo:identifier "arXiv:…"` (arxiv-text), or local IRIs with a title only. The tokenizers library, the GLUE
site, the CS224N course and a talk video are not papers; BPE, ELMo, SBERT, ELECTRIC, BART and CQD are nicknames."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, authors, write_only
from make_expected import F1293, keys

KG = "https://nlp-seminar.example.ru/kg/"
NS = KG + "ns#"
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
DCT = "http://purl.org/dc/terms/"
BIBO = "http://purl.org/ontology/bibo/"
FOAF = "http://xmlns.com/foaf/0.1/"
XSD = "http://www.w3.org/2001/XMLSchema#"
SDO = "https://schema.org/"
DOAP = "http://usefulinc.com/ns/doap#"
DCAT = "http://www.w3.org/ns/dcat#"


def esc(s):
    out = []
    for c in s:
        o = ord(c)
        if c == "\\": out.append("\\\\")
        elif c == '"': out.append('\\"')
        elif c == "\n": out.append("\\n")
        elif c == "\r": out.append("\\r")
        elif c == "\t": out.append("\\t")
        elif o < 0x20 or o == 0x7F or 0x7F < o <= 0xFFFF: out.append("\\u%04X" % o)
        elif o > 0xFFFF: out.append("\\U%08X" % o)
        else: out.append(c)
    return "".join(out)


def I(x): return f"<{x}>"
def L(s, lang=None, dt=None): return '"' + esc(s) + '"' + (f"@{lang}" if lang else f"^^<{dt}>" if dt else "")


trip = []
bn = [0]


def add(s, p, o): trip.append(f"{s} {I(p)} {o} .")




def paper(subj, key, year, ident=None, comment=None, n_auth=3):
    add(I(subj), RDF + "type", I(BIBO + "AcademicArticle"))
    add(I(subj), DCT + "title", L(T(key), "en"))
    for a in authors(key)[:n_auth]:
        add(I(subj), DCT + "creator", L(a))
    add(I(subj), DCT + "issued", L(str(year), dt=XSD + "gYear"))
    if ident: add(I(subj), BIBO + "identifier", L(ident))
    if comment: add(I(subj), RDFS + "comment", L(comment, "ru"))


def session(n, date, title, presenter, room, papers, status, extra=()):
    s = I(f"{KG}session/{n}")
    b = f"_:genid{n}"
    add(s, RDF + "type", I(NS + "Session"))
    add(s, DCT + "title", L(title, "ru"))
    add(s, NS + "date", L(date, dt=XSD + "date"))
    add(s, NS + "room", L(room, "ru"))
    add(s, NS + "presenter", b)
    for p in papers: add(s, NS + "discusses", I(p))
    add(s, NS + "status", L(status, "ru"))
    for p, o in extra: add(s, p, o)
    add(b, RDF + "type", I(FOAF + "Person"))
    add(b, FOAF + "name", L(presenter, "ru"))


P_BPE, P_ELMO = "https://arxiv.org/abs/1508.07909", KG + "paper/elmo"
P_SBERT, P_NORM = KG + "paper/sbert", KG + "paper/norm-analysis"
P_BART, P_ELEC = "https://arxiv.org/pdf/1910.13461", KG + "paper/electric"
P_CQD, P_SURV = "https://arxiv.org/abs/2011.03459", KG + "paper/fast-light-survey"
session(1, "2024-02-15", "Подсловная токенизация и контекстные эмбеддинги", "Анна Кузнецова", "ауд. 313, главный корпус",
        [P_BPE, P_ELMO], "проведено", [(RDFS + "seeAlso", I("https://github.com/huggingface/tokenizers"))])
paper(P_BPE, "1508.07909", 2016)
paper(P_ELMO, "1802.05365", 2018, comment="NAACL 2018; ссылку на arXiv не нашли, берём версию из ACL Anthology позже")
session(2, "2024-02-29", "Эмбеддинги предложений и что на самом деле делает внимание", "Дмитрий Орлов", "ауд. 313, главный корпус",
        [P_SBERT, P_NORM], "проведено")
paper(P_SBERT, "1908.10084", 2019, ident="arXiv:1908.10084")
paper(P_NORM, "2004.10102", 2020, ident="arXiv:2004.10102", comment="анализ норм векторов, EMNLP 2020")
session(3, "2024-03-14", "Шумоподавляющее предобучение seq2seq и энергетические модели", "Екатерина Смирнова", "онлайн (Zoom)",
        [P_BART, P_ELEC], "проведено", [(NS + "recording", I("https://www.youtube.com/watch?v=Zt4bQm8rVcE"))])
paper(P_BART, "1910.13461", 2019)
paper(P_ELEC, "2012.08561", 2020, comment="ELECTRIC; ссылки пока нет, есть только название")
session(4, "2024-03-28", "Логические запросы к графам знаний", "Илья Воронцов", "ауд. 210, корпус лингвистики",
        [P_CQD], "проведено", [(RDFS + "seeAlso", I("https://gluebenchmark.com/"))])
paper(P_CQD, "2011.03459", 2021)
session(5, "2024-04-11", "Обзор эффективных трансформеров", "Анна Кузнецова", "ауд. 313, главный корпус",
        [P_SURV], "запланировано")
paper(P_SURV, "2103.14636", 2021, comment="только название: «\u2009обзор на 40 страниц\u2009», PDF пришлёт Илья")
add(I("https://github.com/huggingface/tokenizers"), RDF + "type", I(DOAP + "Project"))
add(I("https://github.com/huggingface/tokenizers"), DOAP + "name", L("tokenizers"))
add(I("https://github.com/huggingface/tokenizers"), RDFS + "comment", L("библиотека, не статья", "ru"))
add(I("https://gluebenchmark.com/"), RDF + "type", I(DCAT + "Dataset"))
add(I("https://gluebenchmark.com/"), DCT + "title", L("GLUE Benchmark", "en"))
add(I("https://web.stanford.edu/class/cs224n/"), RDF + "type", I(SDO + "Course"))
add(I("https://web.stanford.edu/class/cs224n/"), SDO + "name", L("CS224N: Natural Language Processing with Deep Learning", "en"))
add(I("https://web.stanford.edu/class/cs224n/"), RDFS + "comment", L("курс, не статья; лекции 2023 года", "ru"))
add(I("https://www.youtube.com/watch?v=Zt4bQm8rVcE"), RDF + "type", I(SDO + "VideoObject"))
add(I("https://www.youtube.com/watch?v=Zt4bQm8rVcE"), SDO + "name", L("Семинар NLP, 14 марта: запись", "ru"))
text = "\n".join(trip) + "\n"
import re
decoded = re.sub(r"\\u([0-9A-F]{4})", lambda m: chr(int(m.group(1), 16)), text)
write_only(F1293, text, keys(F1293), forms=[decoded])
