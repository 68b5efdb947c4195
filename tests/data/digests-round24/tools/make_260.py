#!/usr/bin/env python3
"""260: the responses sheet of a Google Form ("Form responses 1") downloaded as CSV (File › Download › .csv), a Welsh
reading-group suggestion form; en-GB timestamps, e-mail collection on."""
import csv, io, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write

H = ["Timestamp", "Email address", "Enw", "Teitl y papur", "Dolen (arXiv / OpenReview / arall)", "Pam dylen ni ei ddarllen?",
     "Pa wythnos sy'n gyfleus i chi?", "Ydych chi'n fodlon arwain y drafodaeth?"]
rows = [
    ["12/01/2024 09:14:37", "g.pritchard@bangor.example.ac.uk", "Gwen Pritchard", T("1904.10509"), "https://arxiv.org/abs/1904.10509",
     "Man cychwyn da: sylw tenau (sparse attention) cyn Longformer a BigBird.", "Wythnos 3", "Ydw"],
    ["12/01/2024 10:02:05", "d.morgan@bangor.example.ac.uk", "Dafydd Morgan", T("2001.04451"), "https://openreview.net/forum?id=" + OR("2001.04451"),
     "LSH attention + reversible layers. Papur ICLR 2020.", "Wythnos 4", "Efallai"],
    ["12/01/2024 13:45:51", "s.haf@bangor.example.ac.uk", "Siân Haf", T("1901.02860"), "https://arxiv.org/pdf/1901.02860.pdf",
     "Cof ar draws segmentau; sylfaen i Memformer a'r Compressive Transformer.", "Wythnos 3, Wythnos 5", "Na"],
    ["13/01/2024 08:20:12", "rh.evans@bangor.example.ac.uk", "Rhys Evans", T("2004.11886"), "2004.11886",
     "Perthnasol i'n gwaith ni ar ddyfeisiau symudol (cyfieithu peirianyddol ar ffôn).", "Wythnos 6", "Ydw"],
    ["13/01/2024 11:31:40", "m.jones22@bangor.example.ac.uk", "Mared Jones", T("2005.00743"), "",
     "Ydy sylw dot-product yn angenrheidiol o gwbl? Cwestiwn da i'r grŵp.", "Wythnos 5", "Efallai"],
    ["14/01/2024 19:03:26", "t.lloyd@bangor.example.ac.uk", "Tomos Lloyd", "Sgwrs Yannic Kilcher ar Linformer (fideo)", "https://www.youtube.com/watch?v=-_2AF9Lhweo",
     "Fideo 40 munud, esboniad da cyn darllen y papur ei hun.", "Unrhyw wythnos", "Na"],
    ["15/01/2024 09:55:02", "g.pritchard@bangor.example.ac.uk", "Gwen Pritchard", T("2006.04768"), "https://arxiv.org/abs/2006.04768",
     "Y papur ei hun (ar ôl fideo Tomos).", "Wythnos 4", "Ydw"],
    ["15/01/2024 16:12:48", "a.roberts@bangor.example.ac.uk", "Angharad Roberts", T("2008.07669"), "https://proceedings.neurips.cc/paper/2020/hash/102f0bb6efb3a6128a3c750dd16729be-Abstract.html",
     "Cyn S4 a Mamba. Mathemateg drom, ond gwerth chweil.", "Wythnos 7", "Efallai"],
    ["16/01/2024 10:40:19", "d.morgan@bangor.example.ac.uk", "Dafydd Morgan", T("2010.06891"), "https://openreview.net/forum?id=" + OR("2010.06891"),
     "Cof allanol, tebyg i NTM.", "Wythnos 5", "Na"],
    ["16/01/2024 10:44:03", "d.morgan@bangor.example.ac.uk", "Dafydd Morgan", T("1410.5401"), "",
     "Clasur 2014 - cefndir i Memformer (uchod).", "Wythnos 5", "Na"],
    ["17/01/2024 14:27:33", "l.wyn@bangor.example.ac.uk", "Llinos Wyn", T("2105.06548"), "https://proceedings.mlr.press/v139/sukhbaatar21a.html",
     "Anghofio'n ddetholus; ICML 2021.", "Wythnos 6", "Ydw"],
    ["18/01/2024 09:09:09", "rh.evans@bangor.example.ac.uk", "Rhys Evans", T("2008.07905"), "https://aclanthology.org/2021.acl-long.155/",
     "Cyfieithu an-atchweliadol - i'r rhai ohonom sy'n gweithio ar Gymraeg-Saesneg.", "Wythnos 8", "Ydw"],
    ["19/01/2024 12:15:57", "s.haf@bangor.example.ac.uk", "Siân Haf", "Reformer (eto!)", "",
     "Pleidlais arall i Reformer - gweler awgrym Dafydd.", "Wythnos 4", "Na"],
    ["20/01/2024 17:48:21", "c.owen@bangor.example.ac.uk", "Cai Owen", T("2006.16668") + " (arXiv:2006.16668)", "https://github.com/tensorflow/lingvo",
     "MoE ar raddfa fawr; cod Lingvo yn y ddolen.", "Wythnos 9", "Efallai"],
    ["22/01/2024 08:03:44", "m.jones22@bangor.example.ac.uk", "Mared Jones", T("2103.14636"), "",
     "Arolwg - da ar gyfer y sesiwn olaf (crynodeb o'r tymor).", "Wythnos 10", "Ydw"],
    ["22/01/2024 21:30:10", "t.lloyd@bangor.example.ac.uk", "Tomos Lloyd", "Blog Lilian Weng: The Transformer Family Version 2.0", "https://lilianweng.github.io/posts/2023-01-27-the-transformer-family-v2/",
     "Nid papur, ond trosolwg gwych o bopeth uchod.", "Unrhyw wythnos", "Na"],
]
buf = io.StringIO()
w = csv.writer(buf, lineterminator="\r\n")
w.writerow(H)
for r in rows:
    w.writerow(r)
write("260_google_forms_responses_csv_welsh_efficient_transformers_reading_group.csv", buf.getvalue()[:-2])
