#!/usr/bin/env python3
"""1448: a GNU Smalltalk (gst 3.2) REPL session (Brazilian Portuguese notes): a student keeps the vision group's
reading list as an OrderedCollection of literal Arrays (title, link or '', note). The REPL prints the value of every
statement (printString: strings quoted, embedded quotes doubled, Arrays `(… )`, OrderedCollection `OrderedCollection
(… )`, a space before each closing parenthesis), `printNl` prints its line and the REPL the value again, `size` counts
bytes (gst Strings are byte strings: a UTF-8 note is longer than it looks), a misspelt selector gives gst's
doesNotUnderstand report (Object: … error: …, the backtrace, `nil`), and a sort by title uses `<=` (titles chosen so
that case-blind and byte order agree). Every printed value is computed from the modelled collection. Not papers: the
timm model card, a course page (CS231n), the ResNeSt repository. Nicknames: ResNet, PReLU / Kaiming init, AlexNet,
ViT, SAM, ResNeSt — labelled where their titles are written in full."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import F1448, ALEXNET, keys

L = [  # title, link ('' = none), note
 (T("1512.03385"), "https://arxiv.org/abs/1512.03385", "ResNet: base do projeto, reler a seção 3.3 (atalhos de projeção)"),
 (T("1502.01852"), "", "arXiv:1502.01852 - PReLU e a inicialização \"He\"; apresentação da Letícia dia 21/05"),
 (T("1905.11946"), "https://arxiv.org/pdf/1905.11946", "escalonamento composto; comparar B0 x B3 no nosso conjunto"),
 (T("2106.10270"), "https://arxiv.org/abs/2106.10270", "receitas de augmentation/regularização; o 'zoo' do timm vem daqui"),
 (T("2304.02643"), "https://arxiv.org/abs/2304.02643", "SAM: máscaras para o conjunto de frutas, testar ViT-B primeiro"),
 (T("2103.14338"), "", "transferência de movimento - pedido do Caio, sem PDF ainda"),
 (ALEXNET, "", "clássico (NIPS 2012), para a aula de introdução"),
 (T("2004.08955"), "https://github.com/zhanghang1989/ResNeSt", "só o repositório por enquanto; atenção dividida"),
 ("resnet50.a1_in1k (timm)", "https://huggingface.co/timm/resnet50.a1_in1k", "pesos usados no baseline, não é artigo"),
 ("CS231n - notas de aula sobre CNNs", "https://cs231n.github.io/convolutional-networks/", "revisão para os calouros"),
]


def q(s):
    return "'" + s.replace("'", "''") + "'"


def arr(r):
    return "(" + "".join(q(x) + " " for x in r) + ")"


def oc(items):
    return "OrderedCollection (" + ("".join(i + " " for i in items) if items else " ") + ")"


def lit(r):
    return "#(" + " ".join(q(x) for x in r) + ")"


P = "leticia@visao-lab:~/leituras$ "
out = P + "gst\nGNU Smalltalk ready\n\n"
S = "st> "
out += S + "leituras := OrderedCollection new.\n" + oc([]) + "\n"
for r in L:
    out += S + f"leituras add: {lit(r)}.\n" + arr(r) + "\n"
out += S + "leituras size.\n" + f"{len(L)}\n"
sem = [r[0] for r in L if r[1] == ""]
out += S + "(leituras select: [:p | (p at: 2) isEmpty]) collect: [:p | p first].\n" + oc([q(t) for t in sem]) + "\n"
out += S + "leituras frist.\n"
out += ("Object: " + oc([arr(r) for r in L]) + " error: did not understand #frist\n"
        "MessageNotUnderstood(Exception)>>signal (ExcHandling.st:254)\n"
        "MessageNotUnderstood(Exception)>>signalOn:withIndex: (ExcHandling.st:264)\n"
        "OrderedCollection(Object)>>doesNotUnderstand: #frist (SysExcept.st:1448)\n"
        "UndefinedObject>>executeStatements (a String:1)\nnil\n")
out += S + "leituras first printNl.\n" + arr(L[0]) + "\n" + arr(L[0]) + "\n"
out += S + "(leituras at: 4) last size.\n" + f"{len(L[3][2].encode())}\n"
tit = [r[0] for r in L[:8]]
srt = sorted(tit, key=lambda t: t.lower())
assert srt == sorted(tit), "byte order and case-blind order differ"
out += S + "((leituras first: 8) collect: [:p | p first]) asSortedCollection: [:a :b | a <= b].\n"
out += "SortedCollection (" + "".join(q(t) + " " for t in srt) + ")\n"
com = [r for r in L if r[1].startswith("https://arxiv.org/")]
out += S + "(leituras select: [:p | (p at: 2) startsWith: 'https://arxiv.org/']) size.\n" + f"{len(com)}\n"
out += S + "leituras last first displayNl.\n" + L[-1][0] + "\n" + q(L[-1][0]) + "\n"
out += S + "\n" + P + "\n"
write_only(F1448, out, keys(F1448))
