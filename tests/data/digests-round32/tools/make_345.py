#!/usr/bin/env python3
"""345: a panel moderator's script for a one-hour panel at a university AI week, written in Google Docs and
downloaded as Plain text (.txt): a BOM, CRLF, bullets "* ", table cells flattened to lines. Brazilian Portuguese
(the event, the university and the panellists are invented; none of them is an author of the papers named). What
such a script has: the panel's title, date, room and length, the panellists with a one-line bio, the running order
as time blocks "00:00–00:05" that follow each other and end at the stated length, the questions numbered P1…Pn,
each with the reading the moderator wants to mention in “…” quotes, a closing note. Papers: named in the questions —
an arXiv abs URL and a pdf URL (link), "arXiv:ID" (arxiv-text), the title in quotes with authors and year
(title-only, seven of them not on arXiv); the AlexNet/LeNet nicknames, the MNIST and ImageNet data sets and the
documentary are not papers."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, CAT, surname, write_only
from make_expected import F345, keys
from alloc_keys import BACKPROP, DBN, LENET, ALEXNET, GLOROT, LSTM, CTC

q = lambda k: f"“{T(k)}”"


def ay(k, y):
    a = CAT[k]["authors"]
    return (f"{surname(a[0])} et al., {y}") if len(a) > 2 else f"{' e '.join(surname(x) for x in a)}, {y}"


BLOCKS = [(5, "Abertura e apresentação dos painelistas"), (15, "Bloco 1: as origens (P1–P3)"),
          (15, "Bloco 2: sequências e fala (P4–P5)"), (15, "Bloco 3: modelos generativos (P6–P8)"),
          (10, "Perguntas do público e encerramento")]
TOTAL = 60
QS = [
    f"P1. (para Ana) Em 1986 saiu {q(BACKPROP)} ({ay(BACKPROP, 1986)}). Por que a retropropagação demorou tanto para pegar?",
    f"P2. (para Rafael) O que mudou com {q(DBN)} ({ay(DBN, 2006)}) e, logo depois, com "
    f"{q(GLOROT)} ({ay(GLOROT, 2010)})? Eram truques ou teoria?",
    f"P3. (para Ana) A LeNet e a AlexNet: de {q(LENET)} ({ay(LENET, 1998)}) a {q(ALEXNET)} ({ay(ALEXNET, 2012)}), "
    "o que foi dado, o que foi GPU e o que foi ideia nova? Citar o MNIST e o ImageNet.",
    f"P4. (para Beatriz) Sequências: {q(LSTM)} ({ay(LSTM, 1997)}) e {q('1409.3215')} ({ay('1409.3215', 2014)}). "
    "A tradução automática foi o primeiro grande sucesso?",
    f"P5. (para Beatriz) Fala: {q(CTC)} ({ay(CTC, 2006)}). Como era o reconhecimento de fala antes disso?",
    f"P6. (para Rafael) GANs: {q('1406.2661')} (arXiv:1406.2661). Por que dominaram a geração de imagens por quase "
    "uma década?",
    f"P7. (para Rafael) A difusão começou em {q('1503.03585')} (https://arxiv.org/abs/1503.03585), passou por "
    f"{q('1907.05600')} ({ay('1907.05600', 2019)}) e virou o padrão com {q('2105.05233')} "
    "(https://arxiv.org/pdf/2105.05233). O que faltava em 2015?",
    f"P8. (para Beatriz) E no áudio? {q('2009.09761')} (arXiv:2009.09761). A voz sintética ainda é reconhecível?",
]
L = ["Roteiro do mediador", "Painel: “De volta às origens: 40 anos de redes neurais”",
     "Semana de Inteligência Artificial da UFVR – 2024", "Data: 23/10/2024, 14h", "Local: Auditório Central",
     f"Duração: {TOTAL} min", "Mediador: Prof. Carlos Menezes", "", "Painelistas",
     "* Ana Ribeiro – professora de visão computacional, UFVR",
     "* Rafael Tanaka – pesquisador em modelos generativos, laboratório Lumen",
     "* Beatriz Lopes – engenheira de fala, startup Vozes", "", "Cronograma"]
t = 0
for d, what in BLOCKS:
    L += [f"{t // 60:02d}:{t % 60:02d}–{(t + d) // 60:02d}:{(t + d) % 60:02d}", what]
    t += d
assert t == TOTAL
L += ["", "Perguntas"] + QS + ["", "Encerramento",
      "* Agradecer aos painelistas e à organização; lembrar a exibição do documentário às 18h.",
      "* Não deixar passar de 15h: o próximo painel começa 15h15."]
text = "\ufeff" + "\r\n".join(L) + "\r\n"
write_only(F345, text, keys(F345))
