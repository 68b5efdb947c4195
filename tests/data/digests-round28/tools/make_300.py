#!/usr/bin/env python3
"""300: a bilingual terminology list for teaching machine learning through Gaelic, kept in Excel and saved with
"CSV UTF-8 (Comma delimited)": Scottish Gaelic with English terms and English paper titles. What such a file has:
Excel's byte order mark, CRLF row ends, quotes only around cells holding a comma, a quote or a line break (a line
break typed with Alt+Enter stays a bare LF inside its quoted cell), the header row, rows sorted by the English term
(the ID column keeps the order of entry, so the IDs are not in sequence), a status column with the committee's three
values, and for each term the source it was coined from: a paper cited in the "Tùs" column in the compiler's own
style ("Surname et al. (year). Title. Venue."), with a link or an "arXiv:ID" in "Ceangal", or a book, a dictionary,
a course, a talk that are not papers."""
import csv, io, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from alloc_keys import BACKPROP, LENET, ALEX, GLOROT

KEYS = [BACKPROP, LENET, ALEX, "1406.2661", "1503.03585", "1907.05600", "2105.05233", "1711.05101", "2010.01412",
        "1710.03740", "2006.05929", "2106.01345", GLOROT]
HEAD = ["ID", "Beurla", "Gàidhlig", "Seòrsa", "Mìneachadh", "Tùs", "Ceangal", "Staid", "Nòtaichean"]

rows = [
    ("AI-031", "AdamW", "AdamW (innleachd-àrdachaidh)", "ainm",
     "Atharrachadh air Adam far a bheil crìonadh nan cuideaman air a sgaradh bhon chaisead.",
     f"Loshchilov & Hutter (2019). {T('1711.05101')}. ICLR.", "arXiv:1711.05101", "aontaichte", ""),
    ("AI-007", "activation function", "gnìomh beothachaidh", "ainmear",
     "Gnìomh neo-loidhneach a thèid a chur air toradh gach neurain.", "Am Faclair Beag", "", "aontaichte", ""),
    ("AI-019", "AlexNet", "AlexNet", "ainm",
     "An lìonra co-fhillte a bhuannaich farpais ImageNet ann an 2012.",
     f"Krizhevsky, Sutskever & Hinton (2012). {T(ALEX)}. NIPS.", "", "aontaichte",
     "Na eadar-theangaich an t-ainm."),
    ("AI-004", "backpropagation", "cùl-iomadachadh", "ainmear",
     "Dòigh air caiseadan a' chall a thomhas tro gach ìre den lìonra, bhon toradh air ais chun an tòiseachaidh.",
     f"Rumelhart, Hinton & Williams (1986). {T(BACKPROP)}. Nature 323.", "", "aontaichte",
     "Cuideachd: \"cùl-sgaoileadh\" (SMO, 2019) — chan eil sinn ga chleachdadh."),
    ("AI-012", "convolutional neural network (CNN)", "lìonra neurach co-fhillte", "ainmear",
     "Lìonra anns a bheil na cuideaman air an roinn thar àiteachan ann an ìomhaigh.",
     f"LeCun, Bottou, Bengio & Haffner (1998). {T(LENET)}. Proceedings of the IEEE.", "", "aontaichte", ""),
    ("AI-044", "dataset condensation", "dùmhlachadh stòr-dàta", "ainmear",
     "Stòr-dàta beag fuadain a chruthachadh a bheir an aon toradh trèanaidh ris an stòr mhòr.",
     f"Zhao, Mopuri & Bilen (2021). {T('2006.05929')[0] + T('2006.05929')[1:].lower()}. ICLR.", "", "moladh",
     "Molaidh Ealasaid \"co-dhlùthachadh\" an àite \"dùmhlachadh\"; ri dheasbad aig a' choinneimh."),
    ("AI-046", "decision transformer", "cruth-atharraiche cho-dhùnaidh", "ainmear",
     "Modail a tha a' làimhseachadh ionnsachadh daingneachaidh mar shreath de thòcanan.",
     f"Chen et al. (2021). {T('2106.01345')}. NeurIPS.", "https://huggingface.co/papers/2106.01345", "moladh", ""),
    ("AI-001", "deep learning", "ionnsachadh domhainn", "ainmear",
     "Ionnsachadh innealta le lìonraidhean neurach anns a bheil mòran ìrean.",
     "Goodfellow, Bengio & Courville (2016). Deep Learning. MIT Press (leabhar).", "https://www.deeplearningbook.org/",
     "aontaichte", ""),
    ("AI-037", "diffusion model", "modail sgaoilidh", "ainmear",
     "Modail gineadach a dh'ionnsaicheas fuaim a thoirt air falbh bho dhàta, ceum air cheum.",
     f"Sohl-Dickstein, Weiss, Maheswaranathan & Ganguli (2015). {T('1503.03585')}. ICML.", "", "aontaichte",
     "Faic cuideachd \"stiùireadh seòrsaiche\"."),
    ("AI-038", "classifier guidance", "stiùireadh seòrsaiche", "ainmear",
     "A' cleachdadh caisead seòrsaiche gus modail sgaoilidh a stiùireadh gu clas sònraichte.",
     f"Dhariwal & Nichol (2021). {T('2105.05233')}. NeurIPS.", "", "moladh", ""),
    ("AI-003", "gradient", "caisead", "ainmear", "Vectar nan claon-thoraidhean.",
     "Faclair na Pàrlamaid", "", "aontaichte", ""),
    ("AI-028", "generative adversarial network (GAN)", "lìonra gineadach còmhstritheach", "ainmear",
     "Dà lìonra, gineadair agus leth-bhreitheamh, a' farpais an aghaidh a chèile.",
     f"Goodfellow et al. (2014). {T('1406.2661')}. NIPS.", "https://arxiv.org/abs/1406.2661", "aontaichte", ""),
    ("AI-021", "learning rate", "astar ionnsachaidh", "ainmear",
     "Meud a' cheum a thèid a ghabhail an aghaidh a' chaisead.", "", "", "aontaichte", ""),
    ("AI-006", "loss function", "gnìomh call", "ainmear",
     "Gnìomh a tha a' tomhas cho fada 's a tha ro-innse bhon fhreagairt cheart.", "Am Faclair Beag", "",
     "aontaichte", ""),
    ("AI-033", "mixed precision", "mionaideachd mheasgaichte", "ainmear",
     "Àireamhachadh le àireamhan 16-bit agus 32-bit còmhla gus cuimhne agus ùine a shàbhaladh.",
     f"Micikevicius et al. (2018). {T('1710.03740')}. ICLR.", f"https://openreview.net/forum?id={OR('1710.03740')}",
     "aontaichte", ""),
    ("AI-002", "neural network", "lìonra neurach", "ainmear",
     "Modail air a dhèanamh de neurain fuadain ceangailte ri chèile.", "Am Faclair Beag", "", "aontaichte", ""),
    ("AI-009", "overfitting", "ro-fhreagarrachadh", "ainmear",
     "Nuair a dh'ionnsaicheas modail an dàta trèanaidh ro mhath agus a dh'fhàilligeas e air dàta ùr.",
     "Cùrsa: Machine Learning (Andrew Ng, Coursera)", "", "aontaichte", ""),
    ("AI-040", "score-based model", "modail stèidhichte air sgòr", "ainmear",
     "Modail a dh'ionnsaicheas caisead log-dùmhlachd an dàta (an \"sgòr\").",
     f"Song & Ermon (2019). {T('1907.05600')}. NeurIPS.", "https://arxiv.org/pdf/1907.05600.pdf", "moladh", ""),
    ("AI-034", "sharpness-aware minimisation (SAM)", "lùghdachadh mothachail air gèiread", "ainmear",
     "Dòigh àrdachaidh a lorgas cuideaman ann an sgìre far a bheil an call rèidh.",
     f"Foret, Kleiner, Mobahi & Neyshabur (2021). {T('2010.01412')}. ICLR.", "arXiv:2010.01412", "ri dheasbad",
     "\"gèiread\" no \"geurachd\"?\nIarr beachd air Comataidh nam Briathran."),
    ("AI-015", "token", "tòcan", "ainmear", "Pìos teacsa (facal, pàirt de dh'fhacal, no comharra).",
     "Òraid: \"Gàidhlig agus modailean cànain mòra\" (Sabhal Mòr Ostaig, 2023)", "", "aontaichte", ""),
    ("AI-022", "training data", "dàta trèanaidh", "ainmear", "An dàta air a bheil modail ag ionnsachadh.", "", "",
     "aontaichte", ""),
    ("AI-024", "weight", "cuideam", "ainmear", "Paramadair a ghabhas ionnsachadh ann an lìonra.", "Am Faclair Beag", "",
     "aontaichte", ""),
    ("AI-026", "Xavier initialisation", "tùsachadh Xavier", "ainmear",
     "Dòigh air cuideaman tòiseachaidh a thaghadh a-rèir meud nan ìrean.",
     f"Glorot & Bengio (2010). {T(GLOROT)}. AISTATS.", "", "aontaichte", "Cuideachd \"tùsachadh Glorot\"."),
]
rows.sort(key=lambda r: r[1].lower())
buf = io.StringIO()
w = csv.writer(buf, lineterminator="\r\n")
w.writerow(HEAD)
for r in rows:
    w.writerow(r)
text = "\ufeff" + buf.getvalue()
write_only("300_excel_csv_utf8_terminology_list_scottish_gaelic_machine_learning_terms.csv", text, KEYS)
