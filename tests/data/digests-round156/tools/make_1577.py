#!/usr/bin/env python3
"""1577: a course page of ÕIS2 (the University of Tartu's study information system, ois2.ut.ee) copied from the
browser: the menu, the course data fields, the spring 2025 instance with its timetable and a weekly reading plan as a
tab-separated table, literature, the footer. Estonian."""
import datetime as dt, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import fill, write_only
from make_expected import by_num, keys
F = by_num(1577)
ids = {"bah": "1409.0473", "ele": "2003.10555", "deb": "2006.03654", "hub": "2106.07447", "rob": "1907.11692",
       "glove": "GloVe: Global Vectors for Word Representation", "lstm": "Long Short-Term Memory",
       "ctc": "Connectionist Temporal Classification: Labelling Unsegmented Sequence Data with Recurrent Neural Networks"}
YEAR_START = dt.date(2024, 9, 2)     # study week 1 of 2024/2025 (the University of Tartu numbers weeks through the year)
FIRST_WEEK = 24                      # spring semester: weeks 24-39
start = YEAR_START + dt.timedelta(days=7 * (FIRST_WEEK - 1) + 1)   # the Tuesday of week 24
plan = [
    ("Sissejuhatus: keeletehnoloogia ülesanded ja andmed", "Jurafsky & Martin, ptk 1–2 (raamat, mitte artikkel)"),
    ("Sõnavektorid", "[[T:glove]] (EMNLP 2014, arXivis ei ole)"),
    ("Rekurrentsed võrgud", "[[T:lstm]] (Neural Computation, 1997)"),
    ("Kõnetuvastus ilma joondamiseta", "[[T:ctc]] (ICML 2006)"),
    ("Tähelepanumehhanism", "[[T:bah]] https://arxiv.org/abs/1409.0473"),
    ("Eeltreenitud kodeerijad I", "[[T:rob]] (arXiv:1907.11692); BERT ise on eeldatud teadmine"),
    ("Eeltreenitud kodeerijad II", "[[T:ele]] https://arxiv.org/pdf/2003.10555"),
    ("Eeltreenitud kodeerijad III", "[[T:deb]] https://arxiv.org/abs/2006.03654v6"),
    ("Projektinädal, loengut ei toimu", ""),
    ("Isejuhendatud kõnemudelid", "[[T:hub]] https://arxiv.org/abs/2106.07447"),
    ("wav2vec 2.0 ja Whisper praktikas (mudelid, mitte lugemine)", "Hugging Face'i mudelikaardid"),
    ("Eesti keele ressursid", "Eesti keele ühendkorpus; EstBERT mudel Hugging Face Hubis"),
    ("Kõnesüntees", "külalisloeng, slaidid Moodle'is"),
    ("Hindamine ja vead", "loengukonspekt"),
    ("Projektide esitlused I", ""),
    ("Projektide esitlused II", ""),
]
rows = []
for i, (topic, read) in enumerate(plan):
    d = start + dt.timedelta(days=7 * i)
    rows.append(f"{FIRST_WEEK + i}\t{d:%d.%m.%Y}\t{topic}\t{read}")
last = start + dt.timedelta(days=7 * (len(plan) - 1))
text = """Jäta menüü vahele
TARTU ÜLIKOOL
ÕIS2
Õppeinfosüsteem
Avaleht   Õppeained   Õppekavad   Tunniplaan   Minu õpingud   Hinded
Kadri Tamm (üliõpilane, informaatika MA)   EST | ENG   Logi välja
Õppeained / LTAT.01.057 / Aine versioon / Toimumine 2024/2025 kevad

LTAT.01.057 Kõne- ja keeletehnoloogia alused
Speech and Language Technology: Foundations
6 EAP   Eristav hindamine   Kinnitatud
Üldandmed   Toimumised   Registreerunud (48)   Hindamine   Õppematerjalid
Aine kood
LTAT.01.057
Aine nimetus
Kõne- ja keeletehnoloogia alused
Aine nimetus inglise keeles
Speech and Language Technology: Foundations
Ainepunktid
6
Õppeaste
magistriõpe
Vastutav struktuuriüksus
arvutiteaduse instituut
Aine vastutav õppejõud
Mart Saar
Õppekeel
eesti keel
Eeldusained
LTAT.02.002 Masinõpe I või samaväärne
Eesmärgid
Aine eesmärk on anda ülevaade kõne- ja keeletehnoloogia põhimeetoditest sõnavektoritest kuni eeltreenitud kodeerijate ja isejuhendatud kõnemudeliteni ning õpetada lugema algseid teadusartikleid.
Lühikirjeldus
Loengud (16 × 90 min), praktikumid Pythonis ja PyTorchis, iganädalane lugemine ja lühikokkuvõte (0,5 lk). Kursuse lõpus väike rühmaprojekt eesti keele või kõne andmetel.
Õpiväljundid
Aine läbinud üliõpilane
- selgitab tähelepanumehhanismi ja eeltreenimise eesmärke;
- võrdleb maskeeritud ja diskrimineerivat eeltreenimist;
- rakendab isejuhendatud kõnemudelit eesti kõne andmetel;
- kirjutab lühikese kriitilise kokkuvõtte teadusartiklist.
Toimumine 2024/2025 kevad
Õppejõud
Mart Saar (vastutav õppejõud), Liisa Kask (praktikumide juhendaja)
Toimumise nädalad
WEEKS
Tunniplaan
T 10:15–11:45 loeng, Narva mnt 18 - 1021 (FIRSTD–LASTD)
N 14:15–15:45 praktikum, Narva mnt 18 - 2048
Nädalaplaan ja lugemismaterjal
(lugemine tehakse enne loengut; kokkuvõte Moodle'isse hiljemalt esmaspäeval kell 23.59)
Nädal\tKuupäev\tTeema\tLugemine
""" + "\n".join(rows) + """
Viimane loeng: LASTD. Projektiaruande tähtaeg 06.06.2025.
Hindamine
Iganädalased kokkuvõtted 30%, praktikumid 20%, rühmaprojekt 30%, suuline eksam 20%. Hindamisskaala: A, B, C, D, E, F, mitteilmunud.
Kordussooritus: suuline eksam eksamisessiooni ajal, vt Moodle.
Kirjandus
Jurafsky, D.; Martin, J. H. Speech and Language Processing. 3rd ed. draft, 2025.
Goldberg, Y. Neural Network Methods for Natural Language Processing. Morgan & Claypool, 2017.
Artiklid: vt nädalaplaani.
Muu informatsioon
Kursuse kodulehekülg ja foorum on Moodle'is (kursuse kood LTAT.01.057). Praktikumides kasutatakse ülikooli HPC keskuse Rocket klastrit; konto taotlemine vt arvutiteaduse instituudi juhendist.
Viimati muudetud 27.01.2025 09:41 (Liisa Kask)

Tartu Ülikool   Kasutustingimused   Andmekaitsetingimused   Kasutajatugi
© 2025 Tartu Ülikool. ÕIS2
"""
text = text.replace("\\t", "\t").replace("WEEKS", f"{FIRST_WEEK}-{FIRST_WEEK + len(plan) - 1}")
text = text.replace("FIRSTD", f"{start:%d.%m.%Y}").replace("LASTD", f"{last:%d.%m.%Y}")
write_only(F, fill(text, ids), keys(F))
