#!/usr/bin/env python3
"""296 (NEGATIVE): a doctoral thesis defence announced on a university's news page, selected in the browser and
pasted as text, Malagasy with French and English titles. The site's menu, the breadcrumb, the announcement's title,
"Navoaka:" (published) date, the facts (date with weekday, time range, room, Zoom link and meeting id, livestream),
the candidate, the thesis title (French, with an English translation), the jury (president, two rapporteurs,
examiners, supervisor) with their institutions, a summary, the six chapter titles (title-like lines that are not
papers), datasets, code and data links, a talk and a poster, contact, share buttons, other news with dates, and the
footer. No paper is named: the builder refuses any catalogue title and any arXiv-shaped number."""
import os, sys
from datetime import date
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import write

DAYS = ["Alatsinainy", "Talata", "Alarobia", "Alakamisy", "Zoma", "Asabotsy", "Alahady"]
MONTHS = ["Janoary", "Febroary", "Martsa", "Aprily", "Mey", "Jona", "Jolay", "Aogositra", "Septambra", "Oktobra",
          "Novambra", "Desambra"]


def mg(d, weekday=False):
    s = f"{d.day} {MONTHS[d.month - 1]} {d.year}"
    return f"{DAYS[d.weekday()]} {s}" if weekday else s


TITLE = "Fiarovana tezy ho an'ny doctorat: Rakotomalala Fanja Hasina"
DEF = date(2024, 5, 16)
PUB = date(2024, 4, 29)
ZOOM = "84522109376"
out = [
    "Oniversiten'i Antananarivo", "Fandraisana", "Ny Oniversite", "Sekoly sy Fakiolte", "Fikarohana", "Vaovao",
    "Fifandraisana", "MG | FR | EN", "",
    f"Fandraisana / Vaovao / Fiarovana tezy / {TITLE}", "",
    TITLE, f"Navoaka: {mg(PUB)}", "",
    f"Daty: {mg(DEF, True)}",
    "Ora: 09:00 – 12:30 (ora eto Madagasikara, GMT+3)",
    "Toerana: Efitrano Rabemananjara, Sekoly Ambony Politeknika, Vontovorona",
    f"Zoom: https://univ-antananarivo.zoom.us/j/{ZOOM} (ID: {ZOOM[:3]} {ZOOM[3:7]} {ZOOM[7:]}, tenimiafina: 2024)",
    "Fandefasana mivantana: https://www.youtube.com/@UnivTanaTV/live", "",
    "Mpianatra: Rakotomalala Fanja Hasina",
    "Sekoly Dokotora: Sekoly Dokotora Siansa sy Teknolojia (EDST)",
    "Lohateny: Apprentissage profond pour la cartographie des rizières à Madagascar à partir d'images Sentinel-2",
    "(amin'ny teny anglisy: Deep learning for rice paddy mapping in Madagascar from Sentinel-2 imagery)", "",
    "Mpitsara", "",
    "Filoha: Prof. Rakotondraompiana Solofo, Oniversiten'i Antananarivo",
    "Mpanadihady: Prof. Marie Dubois, Université de Montpellier (Frantsa)",
    "Mpanadihady: Dr. Kwame Mensah, University of Ghana",
    "Mpandinika: Dr. Andrianasolo Voahirana, CNRE Antananarivo",
    "Mpitarika: Prof. Razafindrakoto Jean Aimé, Oniversiten'i Antananarivo", "",
    "Famintinana", "",
    "Ny vary no sakafo fototra eto Madagasikara, nefa tsy misy sarintany havanana sy vaovao momba ny tanimbary. "
    "Ity tezy ity dia manolotra fomba fianarana lalina (deep learning) hanaovana sarintanin'ny tanimbary isaky ny "
    "vanim-potoana, avy amin'ny sary zanabolana Sentinel-2 (10 m), amin'ny faritra Alaotra-Mangoro sy Vakinankaratra. "
    "Nahatratra 91,4 % ny fahamarinana (F1 0,87) tamin'ny faritra 12 400 km², ary 3 herinandro mialoha ny fijinjana "
    "no efa azo vinavinaina ny velaran-tany.", "",
    "Toko", "",
    "Toko 1: Introduction and Study Areas",
    "Toko 2: Sentinel-2 Time Series and Cloud Masking over the Highlands",
    "Toko 3: Self-Supervised Pretraining on Unlabelled Satellite Image Time Series",
    "Toko 4: A Temporal Attention Network for Rice Paddy Segmentation",
    "Toko 5: Early-Season Area Estimation and Uncertainty",
    "Toko 6: Conclusion and Perspectives", "",
    "Angona sy fitaovana nampiasaina: EuroSAT, BigEarthNet, sary Sentinel-2 L2A (Copernicus), ary angona an-tsaha "
    "1 850 teboka nangonina tamin'ny 2021–2023. Kaody: https://github.com/fanja-rh/rizieres-s2 · Angona: "
    "https://doi.org/10.5281/zenodo.10452871", "",
    "Fandraisana anjara hafa: lahateny tamin'ny IndabaX Madagascar 2023 (\"Mapping rice with free satellite data\"), "
    "afisy (poster) tamin'ny Deep Learning Indaba 2023, Accra.", "",
    "Fifandraisana: Sekretariatan'ny EDST, edst@example.mg, +261 20 22 326 39", "",
    "Zarao", "Facebook", "LinkedIn", "WhatsApp", "Adikao ny rohy", "",
    "Vaovao hafa", "",
    "Fiarovana tezy: Randriamanantena Tojo (fizika) — 22 Aprily 2024",
    "Antso ho an'ny mpianatra Master 2 — IA sy Angona, taom-pianarana 2024-2025 — 15 Aprily 2024",
    "Sekoly fahavaratra momba ny IA, Mahajanga — 2 Aprily 2024",
    "Fanavaozana ny tranonkala an'ny tranomboky — 18 Martsa 2024", "",
    "© 2024 Oniversiten'i Antananarivo · BP 566, Ankatso, Antananarivo 101 · Politika momba ny fiainana manokana", "",
]
write("296_negative_phd_defence_announcement_copied_text_malagasy_rice_mapping.txt", "\n".join(out), negative=True)
