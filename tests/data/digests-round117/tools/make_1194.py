#!/usr/bin/env python3
"""1194: an INim (Nim REPL) session (Turkish): an Ankara student (Elif) keeps the vision reading list as a Nim seq of
tuples and looks at it in inim. Banner, `nim> ` prompts, `.... ` continuation lines (indented blocks end with an empty
continuation), expression results as `value == type T`; len, filterIt/mapIt of the rows without a link, a for loop
echoing linked rows, quit. The second field is a URL (arXiv or OpenReview), an arXiv id as text, or empty (title
only); one row is a library's docs. Every result is computed from the rows."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import F1194, keys, LENET

rows = [
 (LENET, "", "LeNet-5 ve MNIST; klasik, arXiv'de yok."),
 (T("1711.05101"), "arXiv:1711.05101", "AdamW; tüm deneylerde varsayılan."),
 (T("2010.04159"), "https://arxiv.org/abs/2010.04159", "çok ölçekli deforme dikkat; DETR'den hızlı yakınsıyor."),
 (T("2101.01761"), "", "dropout desenlerini arayan denetleyici; bağlantı eklenecek."),
 (T("2103.13646"), "https://openreview.net/forum?id=" + OR("2103.13646"), "gürültülü etiketler için önce SSL."),
 (T("2103.14146"), "", "değişiklik betimleme; Cem sunacak."),
 (T("2103.14167"), "arXiv:2103.14167", "görüntüler arası eşleme; stereo projesi için."),
 (T("2104.00298"), "https://arxiv.org/pdf/2104.00298", "progressive learning + Fused-MBConv."),
 ("torchvision belgeleri: models", "https://pytorch.org/vision/stable/models.html", "belge, makale değil."),
]


def s(x):
    return '"' + x.replace("\\", "\\\\").replace('"', '\\"') + '"'


P, C = "nim> ", ".... "
out = ["$ inim", "👑 INim 0.6.1", "Nim Compiler Version 2.0.2 [Linux: amd64]",
       P + "import std/[sequtils, strutils]",
       P + "type Makale = tuple[baslik, baglanti, notu: string]",
       P + "let liste: seq[Makale] = @["]
out += [C + "  (" + ", ".join(s(x) for x in r) + ")," for r in rows]
out += [C + "]", P + "liste.len", f"{len(rows)} == type int",
        P + 'liste.filterIt(it.baglanti == "").mapIt(it.baslik)',
        "@[" + ", ".join(s(r[0]) for r in rows if not r[1]) + "] == type seq[string]",
        P + "for m in liste:",
        C + '  if m.baglanti.startsWith("https://"): echo m.baslik, " -> ", m.baglanti', C]
out += [f"{t} -> {l}" for t, l, n in rows if l.startswith("https://")]
out += [P + "quit"]
text = "\n".join(out) + "\n"
write_only(F1194, text, keys(F1194))
