#!/usr/bin/env python3
"""1057: a Norwegian bachelor student's copy (Ctrl+A, Ctrl+C in Chrome, pasted into a text file) of the "Planer" page
of an itslearning course, DAT254 Dyp læring for bildeanalyse (spring 2024), with two lines of his own on top: the
page chrome (skip link, top bar, course menu, page title, topic, buttons, "Vis: Alle planer (n)"), then the plan
table as Chrome copies a table — cells joined by TAB, rows by newline, line breaks inside a cell kept, so a row runs
over several lines and an empty last cell leaves a trailing TAB — and the footer links. Week N's time cell is Monday
to Friday of ISO week N. Link texts are copied without their URLs; only URLs the teacher pasted as text survive.
Not papers: the Goodfellow–Bengio–Courville book, the ImageNet site, the timm docs, lecture recordings, the
SmoothAdversarialTraining repository. Nicknames not labelled on their own: DBN, Xavier, PReLU, AlexNet, ResNet,
ResNet-18, EfficientNet, SAM."""
import os, sys, datetime as dt
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import by_num, keys, ALEXNET, GLOROT, DBN

F = by_num(1057)
K = dict(resnet="1512.03385", effnet="1905.11946", sam="2010.01412", prelu="1502.01852", smooth="2006.14536")


def week(n, year=2024):
    mon = dt.date.fromisocalendar(year, n, 1)
    return f"{mon:%d.%m.%Y} – {mon + dt.timedelta(days=4):%d.%m.%Y}"


g1, g2 = GLOROT.split(" deep ")
assert f"{g1} deep {g2}" == GLOROT
PLANS = [
 (3, "Oppstart og praktisk info",
  "Gjennomgang av emnet, arbeidskrav og eksamensform.\nVi setter opp brukere på GPU-klyngen i første lab (ta med egen pc).",
  "Fil: Emnebeskrivelse DAT254 V2024.pdf\nLenke: Veiledning – innlogging på GPU-klyngen\nLenke: Forelesning 1 (opptak)"),
 (4, "Historisk bakgrunn",
  f"Fra dype trosnett (DBN) til dagens nett. Les til torsdag:\nHinton, Osindero & Teh (2006): «{DBN}». Neural Computation 18(7), s. 1527–1554.\n"
  "Valgfri bakgrunn: kap. 1 og 6 i læreboka til Goodfellow, Bengio & Courville (MIT Press, 2016).",
  "Fil: hinton_osindero_teh_2006.pdf\nDiskusjon: Hvorfor forhåndstrening lag for lag?"),
 (5, "Initialisering og aktiveringsfunksjoner",
  f"Pensum:\n1) Glorot & Bengio (2010): «{g1} deep\n{g2}», AISTATS 2010 (Xavier-initialisering)\n"
  f"2) He, Zhang, Ren & Sun (2015): «{T(K['prelu'])}», arXiv:{K['prelu']} (PReLU og He-initialisering)",
  "Fil: Forelesningsnotater uke 5.pdf\nOppgave: Øving 1 – initialisering i PyTorch (frist 09.02.2024 kl. 23:59)"),
 (6, "AlexNet og ImageNet",
  f"Krizhevsky, Sutskever & Hinton (2012): {ALEXNET}, NIPS 2012.\nArtikkelen ligger ikke på arXiv – pdf-en finner dere under Ressurser.\n"
  "Vi ser også på selve ImageNet-datasettet og hvorfor GPU-trening ble avgjørende.",
  "Fil: krizhevsky_2012.pdf\nLenke: ImageNet – nettsiden til datasettet"),
 (7, "Residualnett",
  f"ResNet-artikkelen: {T(K['resnet'])}\nhttps://arxiv.org/abs/{K['resnet']}\nFokus på seksjon 3 og 4. Gruppearbeid: tegn en bottleneck-blokk på tavla.",
  "Fil: Forelesningsnotater uke 7.pdf\nOppgave: Øving 2 – ResNet-18 på CIFAR-10 (frist 01.03.2024 kl. 23:59)"),
 (8, "Vinterferie", "Ingen undervisning denne uka.", ""),
 (9, "Skalering av nettverk",
  f"{T(K['effnet'])} (Tan & Le, ICML 2019)\nhttps://arxiv.org/pdf/{K['effnet']}.pdf\nSammenlign med ResNet-familien fra uke 7.",
  "Lenke: timm – dokumentasjon for EfficientNet-modellene"),
 (10, "Generalisering og skarpe minima",
  f"Foret mfl. (2020): {T(K['sam'])}. arXiv:{K['sam']}\nSAM er lett å legge inn i treningsløkka – vi prøver det i øving 3.",
  "Oppgave: Øving 3 – SAM mot vanlig SGD (frist 22.03.2024 kl. 23:59)\nFil: sam_eksempel.ipynb"),
 (11, "Robusthet",
  f"Xie, Tan, Gong, Yuille & Le (2020): {T(K['smooth'])}\nKode: https://github.com/cihangxie/SmoothAdversarialTraining\n"
  "Gjesteforelesning ved Magnus Haugen (stipendiat) om angrep og forsvar.",
  "Lenke: Gjesteforelesning (opptak)"),
 (12, "Oppsummering",
  "Repetisjon av pensum og spørretime før midtveisevalueringen.",
  "Test: Midtveisevaluering (åpner 21.03.2024 kl. 09:00)"),
]

CHROME = """Hopp til hovedinnhold
itslearning
Kurs
Kalender
Oppgaver
Meldinger
Varsler
JB
Jonas Bakke
DAT254 Dyp læring for bildeanalyse (vår 2024)
Oversikt
Ressurser
Planer
Status og oppfølging
Deltakere
Kalender
Mer
Planer
Emne: Forelesnings- og leseplan
Skriv ut
Eksporter
"""
FOOT = """itslearning
Personvern
Tilgjengelighetserklæring
Hjelp
"""
NOTE = """kopiert fra itslearning 22.01 (plan-siden, så jeg har leselista offline på toget)
NB: Ingrid sa at pdf-ene ligger under Ressurser, ikke under planene

"""

out = NOTE + CHROME + f"Vis: Alle planer ({len(PLANS)})\n" + "Plan\tTid\tBeskrivelse\tRessurser og aktiviteter\n"
for n, title, desc, res in PLANS:
    out += f"Uke {n} – {title}\t{week(n)}\t{desc}\t{res}\n"
out += FOOT
write_only(F, out, keys(F))
