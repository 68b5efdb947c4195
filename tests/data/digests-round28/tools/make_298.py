#!/usr/bin/env python3
"""298: a department's "thesis topics" page on a university website (2024/2025 bachelor and master topics),
selected in the browser and pasted as text, Turkmen with English paper titles. What such a copy has: the site name,
the language switcher and the menu, a breadcrumb ending with the page title, published / last-changed dates and a
view counter, an introduction, a count line ("Jemi: 9 tema …, boş: 6"), each topic as a numbered title followed by
its level, supervisor, status and a short description, and (for most) a "Başlangyç edebiýat:" list with bullet
lines in the supervisors' mixed citation habits (a URL after the reference, "arXiv:ID", the title alone, a book);
the application procedure with a deadline, contacts, share buttons, latest news with dates, the footer."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from alloc_keys import GLOVE, LSTM, CTC

KEYS = ["1301.3781", GLOVE, "1409.0473", "1508.07909", LSTM, "1810.04805", "1409.3215", "1801.06146", "1911.02116",
        "1802.05365", "1908.10084", CTC]
TITLE = "Diplom we magistrlik işleriniň temalary — 2024/2025 okuw ýyly"

topics = [
    ("Türkmen dili üçin söz wektorlaryny öwrenmek we bahalandyrmak", "bakalawr", "mugallym Aýna Orazowa", "boş",
     "Türkmen Wikipediýasy we habar saýtlary esasynda korpus ýygnamak, word2vec we GloVe modellerini öwretmek, "
     "meňzeşlik we analogiýa synaglary üçin 500 jübütden ybarat türkmen test toplumyny taýýarlamak.",
     ["Mikolov T., Chen K., Corrado G., Dean J. " + T("1301.3781") + ". 2013. https://arxiv.org/abs/1301.3781",
      "Pennington J., Socher R., Manning C. D. " + T(GLOVE) + ". EMNLP, 2014."]),
    ("Türkmen–rus neýron maşyn terjimesi", "magistr", "dosent Serdar Baýramow", "boş",
     "Parallel korpus (takmynan 300 müň jübüt sözlem) esasynda attention mehanizmli we Transformer modellerini "
     "deňeşdirmek, BLEU we chrF bilen bahalandyrmak, türkmen sözleriniň bölekleriniň (subword) täsirini öwrenmek.",
     [T("1409.3215")[0] + T("1409.3215")[1:].lower() + " (Sutskever, Vinyals, Le, 2014)",
      "Bahdanau D., Cho K., Bengio Y. " + T("1409.0473") + ". ICLR 2015.",
      "Sennrich R., Haddow B., Birch A. " + T("1508.07909") + ". ACL 2016. https://arxiv.org/pdf/1508.07909.pdf"]),
    ("Habar makalalaryny temalar boýunça awtomatik toparlara bölmek", "bakalawr", "mugallym Aýna Orazowa", "eýelenen",
     "Türkmen habar saýtlaryndan 12 temadaky 20 müň makala. Esasy model hökmünde öňünden öwredilen dil modelini "
     "türkmen maglumatlarynda gutarnykly öwretmek (fine-tuning).",
     ["Howard J., Ruder S. " + T("1801.06146") + ", ACL 2018",
      "Peters M. E. we başg. " + T("1802.05365") + ". NAACL 2018. arXiv:1802.05365",
      "Devlin J. we başg. BERT, 2019 (arXiv:1810.04805) — doly ady: " + T("1810.04805")]),
    ("Türkmen sözlemleriniň semantik meňzeşligi we soraga jogap gözlegi", "magistr", "dosent Serdar Baýramow", "boş",
     "Uniwersitetiň düzgünnamalary boýunça sorag-jogap ulgamy: sözlem wektorlary, köp dilli modeller, türkmen "
     "dili üçin test toplumy.",
     [T("1908.10084") + " — Reimers & Gurevych, EMNLP 2019, https://arxiv.org/abs/1908.10084",
      "Conneau A. we başg. " + T("1911.02116") + ". ACL 2020. https://huggingface.co/papers/1911.02116"]),
    ("Türkmen gepleşigini tanamak (ASR) üçin akustik model", "magistr", "professor Merdan Annaýew", "boş",
     "Radio we teleýaýlymlardan ýygnalan 40 sagatlyk ýazgylar. Yzygiderlik modelleri we CTC ýitgi funksiýasy "
     "bilen gepleşigi tekste öwürmek, sözlük we dil modeli bilen deňeşdirmek.",
     ["Hochreiter S., Schmidhuber J. " + T(LSTM) + ". Neural Computation, 9(8), 1997.",
      "Graves A., Fernández S., Gomez F., Schmidhuber J. " + T(CTC) + ". ICML 2006."]),
    ("Pagta meýdanlaryny hemra suratlary boýunça kartalaşdyrmak", "bakalawr", "uly mugallym Döwlet Hojaýew", "boş",
     "Sentinel-2 suratlary, Mary welaýatynyň meýdan maglumatlary. Edebiýat ýolbaşçy bilen ylalaşylýar.", []),
    ("Kabul ediş toparynyň soraglary üçin çat-bot", "bakalawr", "uly mugallym Döwlet Hojaýew", "eýelenen",
     "Talyp: Aýgül Nurýagdyýewa (IT-41). Tema tassyklandy.", []),
    ("Arap elipbiýindäki köne türkmen golýazmalaryny tanamak (OCR)", "magistr", "professor Merdan Annaýew", "eýelenen",
     "Milli golýazmalar institutynyň sanlaşdyrylan 1 200 sahypasy. Talyp: Kerim Gurbanow (magistratura, 1-nji ýyl).",
     ["Kitap: Türkmen diliniň orfografik sözlügi. Aşgabat, 2016."]),
    ("Türkmen dili üçin orfografik barlag guraly", "bakalawr", "mugallym Aýna Orazowa", "boş",
     "LibreOffice we brauzer üçin goşmaça (Hunspell sözlügi), ýalňyşlary düzedýän kiçi model.",
     ["Kitap: Türkmen diliniň orfografik sözlügi. Aşgabat, 2016.", "Hunspell resminamalary: https://hunspell.github.io/"]),
]
free = sum(1 for t in topics if t[3] == "boş")
lev = {"bakalawr": 0, "magistr": 0}
for t in topics:
    lev[t[1]] += 1

out = ["Oguz han adyndaky Inžener-tehnologiýalar uniwersiteti", "TM  RU  EN", "Gözleg", "",
       "Baş sahypa", "Uniwersitet", "Fakultetler", "Talyplar üçin", "Ylym", "Habarlar", "Habarlaşmak", "",
       "Baş sahypa › Fakultetler › Maglumat tehnologiýalary fakulteti › Emeli aň we maglumat ylmy kafedrasy › " + TITLE,
       "", TITLE, "",
       "Çap edildi: 02.09.2024 | Soňky üýtgeşme: 12.09.2024 | Görülen: 1 284", "",
       "Hormatly talyplar! Aşakda kafedranyň mugallymlarynyň 2024/2025 okuw ýylynda hödürleýän diplom (bakalawr) we "
       "magistrlik işleriniň temalary berilýär. Her temanyň ýanynda başlangyç edebiýat görkezilýär: bu makalalary "
       "temany saýlamazdan öň okamagyňyzy maslahat berýäris. Öz temaňyzy hem teklip edip bilersiňiz.", "",
       f"Jemi: {len(topics)} tema (bakalawr: {lev['bakalawr']}, magistr: {lev['magistr']}), boş: {free}", ""]
for i, (name, level, sup, state, desc, lit) in enumerate(topics, 1):
    out += [f"{i}. {name}", f"Derejesi: {level}", f"Ýolbaşçy: {sup}", f"Ýagdaýy: {state}", desc]
    if lit:
        out.append("Başlangyç edebiýat:")
        out += ["• " + x for x in lit]
    out.append("")
out += ["Temany saýlamak tertibi", "",
        "1) Ýolbaşçy bilen gürleşiň (konsultasiýa sagatlary kafedranyň tagtasynda).",
        "2) 27.09.2024 senesine çenli ai-kafedra@example.edu.tm salgysyna ýüz tutmany iberiň: adyňyz, toparyňyz, "
        "saýlan temaňyz.",
        "3) Temalar kafedranyň 04.10.2024 senesindäki mejlisinde tassyklanýar.", "",
        "Habarlaşmak üçin: kafedranyň müdiri, dosent Serdar Baýramow, B binasy, 312-nji otag, tel. +993 12 00 00 00", "",
        "Paýlaş:", "Facebook", "Telegram", "Imo", "Baglanyşygy göçür", "",
        "Soňky habarlar", "",
        "Talyplaryň ylmy maslahaty: arzalar kabul edilýär — 10.09.2024",
        "Täze okuw ýylyna taýýarlyk: kitaphananyň iş tertibi — 28.08.2024",
        "Halkara maglumat ylmy bäsleşiginde üstünlik — 15.07.2024", "",
        "© 2024 Oguz han adyndaky Inžener-tehnologiýalar uniwersiteti. Ähli hukuklar goralan.", ""]
write_only("298_university_thesis_topics_page_copied_text_turkmen_nlp_and_speech_theses.txt", "\n".join(out), KEYS)
