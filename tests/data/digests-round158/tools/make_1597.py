#!/usr/bin/env python3
"""1597: a course description page of LUIS (the University of Latvia's information system) copied from the browser,
Latvian: skip link, head, menu, breadcrumb, heading with credits, tabs, the course description fields, the calendar
plan as a TAB-separated table (16 weekly sessions on Wednesdays, spring semester 2025) with the reading per session,
literature, notes and the footer."""
import datetime as dt, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, au, write_only
from make_expected import by_num, keys, GLOVE, GPT1
F = by_num(1597)
CODE, NAME, KP = "DatZ5127", "Dabiskās valodas apstrādes pamati", 4
LV_WD = ["pirmdienās", "otrdienās", "trešdienās", "ceturtdienās", "piektdienās", "sestdienās", "svētdienās"]
first = dt.date(2025, 2, 5)          # the first Wednesday of the spring semester
# (topic, kind, reading)
plan = [
    ("Ievads. Valodas dati un uzdevumi", "L", "Jurafsky, Martin. Speech and Language Processing (3. izd. melnraksts), 1.–2. nod."),
    ("Teksta tokenizācija, latviešu valodas morfoloģija", "L+P", "Tēzaurs.lv un LVTB dokumentācija (e-studijās)"),
    ("N-grammu valodas modeļi", "L", "Jurafsky, Martin, 3. nod."),
    ("Vārdu vektori", "L+P", f"Pennington u.c. {T(GLOVE)} (EMNLP 2014)"),
    ("Rekurentie tīkli, LSTM", "L", "Goldberg. Neural Network Methods for Natural Language Processing, 10.–11. nod."),
    ("Secība-uz-secību modeļi", "L+P", f"Sutskever u.c. {T('1409.3215')} https://arxiv.org/abs/1409.3215"),
    ("Uzmanības mehānisms un Transformer", "L", f"Vaswani u.c. {T('1706.03762')} https://arxiv.org/pdf/1706.03762v7"),
    ("1. starppārbaudījums", "K", "—"),
    ("Ģeneratīvā priekšapmācība", "L", f"Radford u.c. {T(GPT1)} (OpenAI tehniskais ziņojums, 2018)"),
    ("Maskētie valodas modeļi", "L+P", f"Devlin u.c. {T('1810.04805')} https://arxiv.org/abs/1810.04805"),
    ("Permutāciju valodas modelēšana", "L", f"Yang u.c. {T('1906.08237')} (arXiv:1906.08237)"),
    ("Efektīvāka priekšapmācība", "L+P", f"Clark u.c. {T('2003.10555')} https://arxiv.org/abs/2003.10555"),
    ("Uzmanības varianti", "L", f"He u.c. {T('2006.03654')} (ICLR 2021; PDF e-studijās)"),
    ("Latviešu valodas modeļi", "P", "LVBERT modeļa kartīte Hugging Face; Latviešu valodas korpusu kolekcija (korpuss.lv)"),
    ("Projektu prezentācijas", "P", "—"),
    ("Projektu prezentācijas, kopsavilkums", "P", "—"),
]
rows = [f"{i}\t{(first + dt.timedelta(days=7 * (i - 1))):%d.%m.%Y.}\t{t}\t{k}\t{r}" for i, (t, k, r) in enumerate(plan, 1)]
last = first + dt.timedelta(days=7 * (len(plan) - 1))
lec, lab = 32, 32
out = f"""Pāriet uz saturu
LATVIJAS UNIVERSITĀTE
LUIS
Latvijas Universitātes informatīvā sistēma
Sākums   Kursu katalogs   Studiju programmas   Nodarbību saraksts   Palīdzība
LV | EN   Pieslēgties

Kursu katalogs / {CODE} / Kursa apraksts

{CODE} {NAME} ({KP} KP / {KP * 3 // 2} ECTS)
Kursa apraksts   Kursa īstenošana   Nodarbību saraksts   Drukāt

Kursa nosaukums
{NAME}
Kursa kods
{CODE}
Zinātnes nozare
Datorzinātne
Kredītpunkti
{KP}
ECTS kredītpunkti
{KP * 3 // 2}
Kopējais auditoro stundu skaits
{lec + lab}
Lekciju stundu skaits
{lec}
Laboratorijas darbu stundu skaits
{lab}
Kursa izstrādātājs(-i)
Dr. dat. Jānis Ozols, Mg. sc. comp. Līga Bērziņa
Priekšzināšanas
DatZ2062, Mašīnmācīšanās pamati; Python programmēšanas prasmes
Kursa anotācija
Kurss iepazīstina ar dabiskās valodas apstrādes pamatmetodēm no vārdu vektoriem līdz lielajiem valodas modeļiem. Īpaša uzmanība pievērsta latviešu valodas datiem: morfoloģiski bagātas valodas tokenizācijai, korpusiem un pieejamajiem modeļiem.
Rezultāti
Zināšanas: izprot valodas modeļu, vārdu vektoru un Transformer arhitektūras darbības principus.
Prasmes: prot sagatavot latviešu valodas datus, apmācīt un novērtēt teksta klasifikācijas un secību modeļus.
Kompetence: spēj kritiski lasīt jaunākās zinātniskās publikācijas un izvēlēties piemērotu metodi praktiskam uzdevumam.
Studējošo patstāvīgo darbu organizācija un uzdevumi
Katrai nodarbībai jāizlasa norādītā lasāmviela (sk. kalendāro plānu). Četri praktiskie darbi Jupyter piezīmjdatoros (iesniegšana e-studijās), grupu projekts (2–3 studenti) ar rakstisku atskaiti un prezentāciju.
Prasības kredītpunktu iegūšanai
Praktiskie darbi 40%, starppārbaudījums 20%, projekts 40%. Lai nokārtotu kursu, katrā daļā jāiegūst vismaz 40%. Vērtējums 10 ballu skalā.
Kursa saturs
Valodas dati; tokenizācija; n-grammu modeļi; vārdu vektori; rekurentie tīkli; secība-uz-secību modeļi un uzmanības mehānisms; Transformer; ģeneratīvā un maskētā priekšapmācība; latviešu valodas resursi.
Kalendārais plāns
Nr.\tDatums\tTēma\tVeids\tLasāmviela
""" + "\n".join(rows) + f"""
Apzīmējumi: L – lekcija, P – laboratorijas darbs, K – kontroldarbs.
Mācību pamatliteratūra
1. Jurafsky D., Martin J. H. Speech and Language Processing. 3rd ed. draft, 2024. Pieejams tiešsaistē.
2. Goldberg Y. Neural Network Methods for Natural Language Processing. Morgan & Claypool, 2017.
Papildliteratūra
1. Tunstall L., von Werra L., Wolf T. Natural Language Processing with Transformers. O'Reilly, 2022.
2. Hugging Face NLP Course (tiešsaistes kurss).
Periodika un citi informācijas avoti
1. ACL Anthology (aclanthology.org).
2. arXiv.org, sadaļa cs.CL.
Piezīmes
Kurss tiek docēts 2024./2025. ak. g. pavasara semestrī {LV_WD[first.weekday()]} 12:30–14:10, Raiņa bulv. 19, 13. aud. Pirmā nodarbība: {first:%d.%m.%Y.} Pēdējā nodarbība: {last:%d.%m.%Y.}
Lasāmviela un praktisko darbu uzdevumi e-studijās (Moodle). Kursam reģistrējušies 37 studenti.

Kursa apraksts apstiprināts: 14.01.2025. Pēdējās izmaiņas: 29.01.2025.
© 2025 Latvijas Universitāte. LUIS
"""
write_only(F, out, keys(F))
