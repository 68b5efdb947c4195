#!/usr/bin/env python3
"""Builds digests/166_negative_vcard_android_lab_contacts.vcf: a negative control. An Android Contacts
"Export to .vcf" of a lab's shared phone (external collaborators, vendors, IT, a podcast host, a recruiter).

As Android writes it: vCard 2.1, CRLF, BEGIN/VERSION/N/FN first; any value with non-ASCII characters written with
";CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE" and every byte as =XX, the encoded value cut into
chunks of at most 74 characters joined by soft line breaks ("=" + CRLF); ASCII values as is; TEL;CELL/WORK, EMAIL;WORK/HOME, ORG with a department after ";",
TITLE, ADR;WORK, URL, BDAY, NOTE, X-ANDROID-CUSTOM nickname rows, one PHOTO;ENCODING=BASE64;JPEG block (continuation
lines indented by a space, an empty line after it). No paper is referenced: the id-shaped numbers are a contract
number (0813.44120: month 13), a support-request number (2212.7781: four digits after a 2022 month) and an inventory
number (1900.31227: month 00); the quoted titles are a talk, a book, a podcast episode, a thesis and a meetup talk;
the links are profiles, a status page, a meetup page, a podcast and a helpdesk. Everything is invented."""
import base64, hashlib, os

OUT = os.path.join(os.path.dirname(__file__), "..", "digests", "166_negative_vcard_android_lab_contacts.vcf")


def qp(s):
    enc = "".join(f"={b:02X}" for b in s.encode("utf-8"))
    lines, cur = [], ""
    for i in range(0, len(enc), 3):
        if len(cur) + 3 > 74:
            lines.append(cur + "="); cur = ""
        cur += enc[i:i + 3]
    return "\r\n".join(lines + [cur])


def prop(name, value):
    if all(ord(c) < 128 for c in value):
        return f"{name}:{value}"
    return f"{name};CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:{qp(value)}"


def card(n, fn, *rows, photo=None):
    out = ["BEGIN:VCARD", "VERSION:2.1", prop("N", n), prop("FN", fn)]
    for r in rows:
        out.append(prop(*r))
    if photo:
        data = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + b"".join(hashlib.sha256(f"{photo}{i}".encode()).digest() for i in range(40)) + b"\xff\xd9"
        b = base64.b64encode(data).decode()
        out.append("PHOTO;ENCODING=BASE64;JPEG:" + b[:48])
        out += [" " + b[i:i + 76] for i in range(48, len(b), 76)]
        out.append("")
    out.append("END:VCARD")
    return "\r\n".join(out) + "\r\n"


C = [
    card("Möller;Jürgen;;Dr.;", "Dr. Jürgen Möller",
         ("TEL;WORK", "+49 9131 776-1402"), ("TEL;CELL", "+49 171 3394720"),
         ("EMAIL;WORK", "juergen.moeller@iis.fraunhofer.de"), ("ORG", "Fraunhofer IIS;Maschinelles Lernen"),
         ("TITLE", "Gruppenleiter"), ("URL", "https://scholar.google.com/citations?user=q3TXi0kAAAAJ&hl=de"),
         ("NOTE", "Kennengelernt beim Vortrag „Shipping Models on Tuesdays“ (PyData Berlin 2023). Kooperationsvertrag "
                  "Nr. 0813.44120, Rechnungen über SAP an Frau Dietz.")),
    card("Raghunathan;Priya;;;", "Priya Raghunathan",
         ("TEL;CELL", "+1 408-555-0187"), ("EMAIL;WORK", "praghunathan@nvidia.com"),
         ("ORG", "NVIDIA;Developer Relations"), ("TITLE", "Senior Solutions Architect"),
         ("NOTE", "DGX H100 quote: support request SR 2212.7781 (reopened Feb). Recommended the book "
                  "\"Designing Machine Learning Systems\" for the MLOps course.")),
    card("Kowalczyk;Hanna;;;", "Hanna Kowalczyk",
         ("TEL;WORK", "+49 931 31-85522"), ("EMAIL;WORK", "hpc-support@rz.uni-wuerzburg.de"),
         ("ORG", "Rechenzentrum;HPC-Team"), ("TITLE", "Administratorin GPU-Cluster"),
         ("URL", "https://status.rz.uni-wuerzburg.de/"),
         ("NOTE", "Quota-Ticket INC 2401.88 (erledigt). Inventarnummer des A100-Knotens: 1900.31227. "
                  "Wartungsfenster immer dienstags 7–9 Uhr.")),
    card("Bellandi;Marco;;;", "Marco Bellandi",
         ("TEL;CELL", "+39 347 118 2290"), ("EMAIL;HOME", "marco@gradientdescentradio.fm"),
         ("ORG", "Gradient Descent Radio"), ("TITLE", "Host"), ("URL", "https://gradientdescentradio.fm/episodes/87"),
         ("NOTE", "Recorded episode 87 \"Why your eval set is lying to you\" with Ines, airs in April. Wants a follow-up "
                  "on \"reading groups that survive the semester\".")),
    card("Fontaine;Léa;;Dr.;", "Dr. Léa Fontaine",
         ("TEL;WORK", "+33 1 39 63 52 04"), ("EMAIL;WORK", "lea.fontaine@inria.fr"), ("ORG", "Inria Saclay;Équipe TAU"),
         ("TITLE", "Chargée de recherche"),
         ("NOTE", "Jury de thèse : « Apprentissage robuste sous décalage de distribution » (A. Mercier), soutenance le "
                  "14/06 à 14h, salle 2.301.")),
    card("Albrecht;Sören;;;", "Sören Albrecht",
         ("TEL;CELL", "+49 160 90412277"), ("EMAIL;WORK", "soeren.albrecht@talentbridge.io"),
         ("ORG", "TalentBridge GmbH"), ("TITLE", "Recruiter (ML/AI)"), ("URL", "https://www.linkedin.com/in/soeren-albrecht-tb/"),
         ("NOTE", "Nicht weitergeben. Ruft ca. alle 3 Monate an.")),
    card("Tanabe;Yuki;;;", "Yuki Tanabe",
         ("TEL;CELL", "+81 90-4471-2093"), ("EMAIL;HOME", "yuki.tanabe.ml@gmail.com"),
         ("ORG", "Tokyo ML Reading Circle"), ("TITLE", "Co-organiser"), ("URL", "https://www.meetup.com/tokyo-ml-reading-circle/"),
         ("X-ANDROID-CUSTOM", "vnd.android.cursor.item/nickname;Yuki-san;1;;;;;;;;;;;;;"),
         ("NOTE", "Gave the talk \"Lessons from three years of weekly reading groups\" — slides on the meetup page."),
         photo="tanabe"),
    card("王;磊;;;", "王磊 (Wang Lei)",
         ("TEL;CELL", "+86 138 1077 5521"), ("EMAIL;WORK", "wanglei.wl@alibaba-inc.com"),
         ("ORG", "Alibaba Cloud;PAI"), ("TITLE", "Staff Engineer"),
         ("NOTE", "微信: wl_ml_2019 — 春季来访 (3月), 讨论推理集群合作。")),
    card("Souza;Ana;;;", "Ana Souza",
         ("TEL;WORK", "+49 931 31-86110"), ("EMAIL;WORK", "ana.souza@uni-wuerzburg.de"),
         ("ORG", "Universität Würzburg;Lehrstuhl für Informatik X"), ("TITLE", "Lehrkoordination"),
         ("BDAY", "1988-09-23"),
         ("NOTE", "Co-teaching \"ML-Praktikum\" (Modul INF-ML-24), Raumbuchung über WueStudy.")),
    card(";;;;", "IT-Helpdesk Rechenzentrum",
         ("TEL;WORK", "+49 931 31-85050"), ("EMAIL;WORK", "it-support@uni-wuerzburg.de"),
         ("URL", "https://www.rz.uni-wuerzburg.de/helpdesk/")),
]
with open(OUT, "w", encoding="utf-8", newline="") as fh:
    fh.write("".join(C))
