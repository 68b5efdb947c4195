#!/usr/bin/env python3
"""2180: a BibDesk BibTeX library of a reading seminar at the Universidade dos Açores (Ponta Delgada), as BibDesk saves
it (as remembered: the «%% This BibTeX bibliography file was created using BibDesk.» header with the creator line and
«Saved with string encoding Unicode (UTF-8)», entries with tab-indented fields in alphabetical order, «date-added» /
«date-modified» stamps with the local UTC offset, «bdsk-url-1», double-braced titles, Portuguese «annote» notes, and the
«@comment{BibDesk Static Groups{…}}» plist at the end). Portuguese.
Computed: author fields from the catalogue, the UTC offsets of the stamps (Azores: -0100 in winter, +0000 from the last
Sunday of March; asserted), fields sorted (asserted), citation keys «Surname:yyyyaa»."""
import datetime as dt, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, authors, year, write_only
from make_expected import by_num, keys, GLOVE, BACKPROP, LSTM
F = by_num(2180)


def off(d):
    # EU summer time starts on the last Sunday of March at 01:00 UTC
    last = max(dt.date(d.year, 3, x) for x in range(25, 32) if dt.date(d.year, 3, x).weekday() == 6)
    return "+0000" if d.date() > last else "-0100"


def stamp(s):
    d = dt.datetime.strptime(s, "%Y-%m-%d %H:%M:%S")
    return f"{s} {off(d)}"


def entry(kind, key, fields, added, modified):
    assert added < modified
    f = dict(fields, **{"date-added": stamp(added), "date-modified": stamp(modified)})
    names = sorted(f)
    assert names == sorted(names)
    return f"@{kind}{{{key},\n" + ",\n".join(f"\t{n} = {{{f[n]}}}" for n in names) + "}"


def au(k):
    return " and ".join(authors(k))


E = [
 ("inproceedings", "Bahdanau:2015aa", {"author": au("1409.0473"), "booktitle": "International Conference on Learning Representations (ICLR)",
   "title": "{" + T("1409.0473") + "}", "year": "2015", "url": "https://arxiv.org/abs/1409.0473", "bdsk-url-1": "https://arxiv.org/abs/1409.0473",
   "annote": "Sessão 3. A atenção nasce aqui; comparar com o modelo da Ana para crioulo."}, "2026-03-02 09:14:11", "2026-03-10 17:40:02"),
 ("inproceedings", "Sutskever:2014aa", {"author": au("1409.3215"), "booktitle": "Advances in Neural Information Processing Systems 27",
   "title": "{" + T("1409.3215") + "}", "year": "2014", "url": "https://arxiv.org/pdf/1409.3215v3.pdf", "bdsk-url-1": "https://arxiv.org/pdf/1409.3215v3.pdf",
   "annote": "Sessão 2. Inverter a ordem da frase de entrada: porquê ajuda?"}, "2026-03-02 09:16:40", "2026-03-02 09:20:55"),
 ("article", "Hochreiter:1997aa", {"author": au(LSTM), "journal": "Neural Computation", "number": "8", "pages": "1735--1780",
   "title": "{" + T(LSTM) + "}", "volume": "9", "year": "1997", "doi": "10.1162/neco.1997.9.8.1735",
   "annote": "Sessão 1. Ler só as secções 1--4; a figura da célula de memória é a que interessa."}, "2026-02-26 11:02:09", "2026-03-30 10:05:47"),
 ("article", "Rumelhart:1986aa", {"author": au(BACKPROP), "journal": "Nature", "pages": "533--536",
   "title": "{" + T(BACKPROP) + "}", "volume": "323", "year": "1986", "doi": "10.1038/323533a0",
   "annote": "Sessão 1 (leitura histórica, 4 páginas)."}, "2026-02-26 11:05:30", "2026-02-26 11:06:02"),
 ("inproceedings", "Pennington:2014aa", {"author": au(GLOVE), "booktitle": "Proceedings of the 2014 Conference on Empirical Methods in Natural Language Processing (EMNLP)",
   "pages": "1532--1543", "title": "{" + T(GLOVE) + "}", "year": "2014", "url": "https://aclanthology.org/D14-1162", "bdsk-url-1": "https://aclanthology.org/D14-1162",
   "annote": "Sessão 2. Vetores treinados no corpus de notícias açorianas do Rui."}, "2026-03-01 20:31:12", "2026-03-04 08:12:00"),
 ("misc", "Graves:2014aa", {"author": au("1410.5401"), "howpublished": "Preprint, Google DeepMind", "title": "{" + T("1410.5401") + "}", "year": "2014",
   "annote": "Sessão 4, opcional. Memória externa endereçável; ponte para os Transformers."}, "2026-03-12 14:50:33", "2026-04-02 09:00:14"),
 ("article", "Oord:2018aa", {"author": au("1807.03748"), "title": "{" + T("1807.03748") + "}", "year": "2018",
   "journal": "CoRR", "url": "http://arxiv.org/abs/1807.03748", "bdsk-url-1": "http://arxiv.org/abs/1807.03748",
   "annote": "Sessão 5. InfoNCE; relacionar com os áudios do projeto de falares micaelenses."}, "2026-03-20 16:22:19", "2026-04-01 12:31:40"),
 ("inproceedings", "Yang:2019aa", {"author": au("1906.08237"), "booktitle": "Advances in Neural Information Processing Systems 32",
   "title": "{" + T("1906.08237") + "}", "year": "2019", "note": "arXiv:1906.08237",
   "annote": "Sessão 6. Permutações da ordem de fatorização -- difícil, ler com calma."}, "2026-03-20 16:25:02", "2026-04-06 18:44:51"),
 ("book", "Goodfellow:2016aa", {"author": "Ian Goodfellow and Yoshua Bengio and Aaron Courville", "publisher": "MIT Press",
   "title": "{Deep Learning}", "year": "2016", "url": "https://www.deeplearningbook.org", "bdsk-url-1": "https://www.deeplearningbook.org",
   "annote": "Livro de apoio (capítulo 10)."}, "2026-02-26 10:58:00", "2026-02-26 10:58:41"),
 ("misc", "CETEMPublico:2000aa", {"author": "{Linguateca}", "howpublished": "Corpus", "title": "{CETEMPúblico: corpus de extratos de textos eletrónicos MCT/Público}",
   "year": "2000", "url": "https://www.linguateca.pt/CETEMPublico/", "bdsk-url-1": "https://www.linguateca.pt/CETEMPublico/",
   "annote": "Dados para os exercícios de embeddings (não é artigo)."}, "2026-03-01 20:40:00", "2026-03-01 20:40:09"),
]
out = ["%% This BibTeX bibliography file was created using BibDesk.", "%% https://bibdesk.sourceforge.io/", "",
       "%% Created for Leonor Medeiros at " + stamp("2026-04-06 18:45:03") + " ", "", "", "%% Saved with string encoding Unicode (UTF-8) ", "", ""]
body = [entry(*e) for e in E]
grp = ("@comment{BibDesk Static Groups{\n<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE plist PUBLIC \"-//Apple//DTD PLIST 1.0//EN\" "
       "\"http://www.apple.com/DTDs/PropertyList-1.0.dtd\">\n<plist version=\"1.0\">\n<array>\n\t<dict>\n\t\t<key>group name</key>\n"
       "\t\t<string>Seminário 2026</string>\n\t\t<key>keys</key>\n\t\t<string>" + ",".join(e[1] for e in E[:8]) +
       "</string>\n\t</dict>\n</array>\n</plist>\n}}")
text = "\n".join(out) + "\n" + "\n\n".join(body) + "\n\n" + grp + "\n"
write_only(F, text, keys(F))
