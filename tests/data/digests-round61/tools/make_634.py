#!/usr/bin/env python3
"""634: a pretalx schedule export in the frab / C3VOC schedule XML format (…/schedule/export/schedule.xml): the
"Made with love by pretalx" comment, <generator>, <version>, <conference> (acronym, title, start, end, days,
timeslot_duration, base_url, time_zone_name, tracks), one <day> with <room>s of <event>s (guid, id, date, start,
duration, room, slug, url, recording, title, subtitle, track, type, language, abstract, description, persons, links,
attachments), 4-space indentation. A Spanish one-day reading workshop on self-supervised and multimodal learning."""
import os, sys, uuid, html
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, au, write_only
from make_expected import F634, keys

ACR = "jornada-autosup-2024"
BASE = "https://pretalx.grupo-vision.example/jornada-autosup-2024/"
DAY = "2024-04-12"
E = lambda s: html.escape(s, quote=False)


def guid(n):
    return str(uuid.uuid5(uuid.NAMESPACE_URL, BASE + f"talk/{n}"))


def event(eid, code, start, dur, room, title, track, typ, abstract, desc, persons, links=()):
    slug = f"{ACR}-{eid}-" + "-".join("".join(c for c in w.lower() if c.isalnum()) for w in title.split()[:6])
    out = f"""            <event guid='{guid(eid)}' id='{eid}'>
                <date>{DAY}T{start}:00+02:00</date>
                <start>{start}</start>
                <duration>{dur}</duration>
                <room>{E(room)}</room>
                <slug>{slug}</slug>
                <url>{BASE}talk/{code}/</url>
                <recording>
                    <license></license>
                    <optout>false</optout>
                </recording>
                <title>{E(title)}</title>
                <subtitle></subtitle>
                <track>{E(track)}</track>
                <type>{E(typ)}</type>
                <language>es</language>
                <abstract>{E(abstract)}</abstract>
                <description>{E(desc)}</description>
                <logo></logo>
                <persons>
"""
    for pid, pcode, name in persons:
        out += f"                    <person id='{pid}' code='{pcode}' public_name='{E(name)}' guid='{uuid.uuid5(uuid.NAMESPACE_URL, BASE + 'speaker/' + pcode)}'>{E(name)}</person>\n"
    out += "                </persons>\n"
    if links:
        out += "                <links>\n" + "".join(f'                    <link href="{E(h)}">{E(t)}</link>\n' for h, t in links) + "                </links>\n"
    else:
        out += "                <links></links>\n"
    return out + "                <attachments></attachments>\n            </event>\n"


R1, R2 = "Aula Magna", "Sala de Seminarios 2.14"
PAPER, TUT, ORG = "Presentación de artículo (20 min)", "Tutorial (45 min)", "Organización"
SSL, MM, ROB = "Aprendizaje autosupervisado", "Visión y lenguaje", "Robustez y aplicaciones"
room1 = [
 event(101, "QK7RNC", "09:00", "00:15", R1, "Bienvenida y organización del día", "", ORG,
       "Presentación de la jornada, normas para las preguntas y wifi.", "La red de invitados es «GV-Invitados»; la contraseña estará en la pizarra. Las comidas son en la cafetería de la Facultad.",
       [(7, "M3DLXA", "Lucía Ferrándiz")]),
 event(102, "8HZT2P", "09:15", "00:20", R1, T("1807.03748"), SSL, PAPER,
       f"{au('1807.03748')}. El artículo que introdujo la pérdida InfoNCE: predecir representaciones futuras en un espacio latente.",
       "Presenta: Andrés Mateu. Se recomienda leer antes las secciones 2 y 3.",
       [(11, "P9WQRV", "Andrés Mateu")], [("https://arxiv.org/abs/1807.03748", "arXiv")]),
 event(103, "CN4KJU", "09:40", "00:20", R1, T("2002.05709"), SSL, PAPER,
       f"{au('2002.05709')} (ICML 2020), arXiv:2002.05709. Aumentos de datos fuertes, cabeza de proyección y lotes grandes.",
       "Presenta: Inés Olmedo. Incluye una demostración con la biblioteca solo-learn (software, no artículo).",
       [(12, "T2MZBS", "Inés Olmedo")]),
 event(104, "W6EYDH", "10:00", "00:20", R1, T("2006.05576"), SSL, PAPER,
       f"{au('2006.05576')}. Una visión teórica del aprendizaje autosupervisado desde la teoría de la información con varias vistas.",
       "Presenta: Pablo Berenguer.",
       [(13, "F8KGNW", "Pablo Berenguer")], [("https://openreview.net/forum?id=-bdp_8Itjwp", "OpenReview")]),
 event(105, "JR3VXQ", "10:20", "00:30", R1, "Pausa café", "", ORG, "Café y bollería en el vestíbulo.", "", [(7, "M3DLXA", "Lucía Ferrándiz")]),
 event(106, "BD5NAM", "10:50", "00:20", R1, T("2103.00020"), MM, PAPER,
       f"{au('2103.00020')}. Preentrenamiento contrastivo imagen–texto con 400 millones de pares.",
       "Presenta: Carmen Valls. Para la parte práctica se usa open_clip.",
       [(14, "H6VJPE", "Carmen Valls")], [("https://arxiv.org/abs/2103.00020", "arXiv")]),
 event(107, "ZP2MKT", "11:10", "00:20", R1, T("2106.13884"), MM, PAPER,
       f"{au('2106.13884')} (NeurIPS 2021). Un codificador visual que produce un prefijo para un modelo de lenguaje congelado.",
       "Presenta: Jorge Salvà.",
       [(15, "R4BXCY", "Jorge Salvà")], [("https://arxiv.org/pdf/2106.13884.pdf", "PDF")]),
 event(108, "VA8QGE", "11:30", "00:20", R1, T("2204.14198"), MM, PAPER,
       f"{au('2204.14198')} (NeurIPS 2022). Capas de atención cruzada con compuertas entre un modelo de visión y uno de lenguaje congelados.",
       "Presenta: Lucía Ferrándiz. El PDF está en la carpeta compartida de la jornada.",
       [(7, "M3DLXA", "Lucía Ferrándiz")]),
]
room2 = [
 event(201, "KX9TFB", "09:15", "00:45", R2, "Tutorial: entrenar modelos autosupervisados en un portátil con lightly", SSL, TUT,
       "Tutorial práctico con la biblioteca lightly y el conjunto de datos STL-10.",
       "Traed portátil con Python 3.11 y PyTorch instalado. Cuaderno en el repositorio del grupo.",
       [(16, "N7CWAZ", "Marta Gil")]),
 event(202, "GE4RPH", "10:50", "00:20", R2, T("2004.07780"), ROB, PAPER,
       f"{au('2004.07780')} (Nature Machine Intelligence, 2020). Por qué las redes aprenden atajos y cómo detectarlos.",
       "Presenta: Sergio Ribas.",
       [(17, "D3LQUM", "Sergio Ribas")]),
 event(203, "Y5HNWS", "11:10", "00:20", R2, T("2103.14339"), ROB, PAPER,
       f"{au('2103.14339')}. Selección de ejemplos a etiquetar en imagen médica con metaaprendizaje y aprendizaje por refuerzo.",
       "Presenta: Elena Puig. Relacionado con el proyecto de radiografías del hospital.",
       [(18, "U8ZKRA", "Elena Puig")]),
 event(204, "M2FVLJ", "11:50", "00:30", R2, "Mesa redonda: datasets y recursos", ROB, "Mesa redonda",
       "ImageNet, COCO, Conceptual Captions, CheXpert: licencias y buenas prácticas.",
       "Moderan: Marta Gil y Sergio Ribas. No es una presentación de artículo.",
       [(16, "N7CWAZ", "Marta Gil"), (17, "D3LQUM", "Sergio Ribas")]),
]


def room(name, n, evs):
    return f"        <room name='{E(name)}' guid='{uuid.uuid5(uuid.NAMESPACE_URL, BASE + 'room/' + str(n))}'>\n" + "".join(evs) + "        </room>\n"


text = f"""<?xml version='1.0' encoding='utf-8' ?>
<!-- Made with love by pretalx v2024.1.0. -->
<schedule>
    <generator name="pretalx" version="2024.1.0" />
    <version>1.0</version>
    <conference>
        <acronym>{ACR}</acronym>
        <title>Jornada de lectura: aprendizaje autosupervisado y multimodal</title>
        <start>{DAY}</start>
        <end>{DAY}</end>
        <days>1</days>
        <timeslot_duration>00:05</timeslot_duration>
        <base_url>{BASE}schedule/</base_url>
        <logo>{BASE}media/jornada-logo.png</logo>
        <time_zone_name>Europe/Madrid</time_zone_name>
        <track name="{SSL}" color="#2e7d32" />
        <track name="{MM}" color="#1565c0" />
        <track name="{ROB}" color="#ad1457" />
    </conference>
    <day index='1' date='{DAY}' start='{DAY}T04:00:00+02:00' end='2024-04-13T03:59:00+02:00'>
{room(R1, 1, room1)}{room(R2, 2, room2)}    </day>
</schedule>
"""
write_only(F634, text, keys(F634))
