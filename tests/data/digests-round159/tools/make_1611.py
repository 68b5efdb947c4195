#!/usr/bin/env python3
"""1611: a CmapTools concept map (.cxl, "Export as CXL") for a Greek undergraduate course on the foundations of deep
learning: res-meta (Dublin Core title, description, creator vCard, format, language, created / modified), then the
map: concept-list (labels, short-comment / long-comment hover texts), linking-phrase-list, connection-list (concept ->
phrase -> concept), the appearance lists with positions, and resource-group-list (web links attached to concepts).
Ids, positions and sizes are computed from the modelled graph."""
import hashlib, os, sys
from xml.sax.saxutils import quoteattr, escape
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import keys, by_num, ALEXNET, GLOROT, DBN

F = by_num(1611)
B36 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def b36(n, w):
    s = ""
    while n: n, r = divmod(n, 36); s = B36[r] + s
    return s.rjust(w, "0")[-w:]


def cid(tag):
    h = int(hashlib.sha256(tag.encode()).hexdigest(), 16)
    return f"1{b36(h, 8)}-{b36(h >> 60, 7)}-{b36(h >> 100, 2)}"


# concepts: key, label, long-comment (hover text), resource (label, url) or None, position
CONCEPTS = [
    ("root", "Βαθιά μάθηση: θεμέλια", "Χάρτης εννοιών για το μάθημα ΠΛΗ-412, εβδομάδες 1-6", None, (520, 40)),
    ("pre", "Προεκπαίδευση ανά επίπεδο", DBN + " (Hinton, Osindero, Teh, Neural Computation 2006)", None, (120, 180)),
    ("init", "Αρχικοποίηση βαρών", GLOROT + " (Glorot & Bengio, AISTATS 2010) — «Xavier init»", None, (360, 180)),
    ("cnn", "Συνελικτικά δίκτυα", ALEXNET + " (NIPS 2012) — το «AlexNet», διαφάνειες 3ης εβδομάδας", None, (620, 180)),
    ("relu", "PReLU και αρχικοποίηση He", T("1502.01852") + " — ICCV 2015, arXiv:1502.01852", None, (360, 320)),
    ("res", "Υπολειμματικά δίκτυα", None, (T("1512.03385"), "https://arxiv.org/abs/1512.03385"), (620, 320)),
    ("scale", "Κλιμάκωση αρχιτεκτονικών", None, (T("1905.11946"), "https://arxiv.org/pdf/1905.11946.pdf"), (880, 320)),
    ("opt", "Βελτιστοποίηση", "Γιατί δουλεύει η SGD σε μη κυρτά προβλήματα;", None, (120, 460)),
    ("flat", "Επίπεδα ελάχιστα", None, (T("2010.01412"), "https://arxiv.org/abs/2010.01412v3"), (360, 460)),
    ("ma", "Θεωρία: τοπικές μέθοδοι", T("2103.13462") + " (Tengyu Ma) — προαιρετικό, κεφάλαιο σε βιβλίο", None, (120, 600)),
    ("book", "Βιβλίο μαθήματος", "Goodfellow, Bengio, Courville — Deep Learning (MIT Press), κεφ. 6-9",
     ("Deep Learning — online έκδοση", "https://www.deeplearningbook.org/"), (880, 40)),
    ("lab", "Εργαστήριο PyTorch", "Σημειωματάριο στο eclass, ImageNet μόνο ως υποσύνολο (Imagenette)",
     ("Εργαστήριο 2 — σημειώσεις", "https://eclass.pli.example.gr/courses/PLH412/lab2"), (880, 180)),
]
PHRASES = [  # key, label, from, to
    ("p1", "ξεκινά από", "root", "pre"), ("p2", "σταθεροποιείται με", "root", "init"), ("p3", "για εικόνες", "root", "cnn"),
    ("p4", "βελτιώνεται με", "init", "relu"), ("p5", "βαθύτερα με", "cnn", "res"), ("p6", "μεγαλύτερα με", "res", "scale"),
    ("p7", "απαιτεί", "root", "opt"), ("p8", "π.χ.", "opt", "flat"), ("p9", "εξηγείται από", "opt", "ma"),
    ("p10", "βλ.", "root", "book"), ("p11", "στην πράξη", "cnn", "lab"),
]


def build():
    ids = {k: cid("c-" + k) for k, *_ in CONCEPTS}
    ids.update({k: cid("p-" + k) for k, *_ in PHRASES})
    A = quoteattr
    L = ['<?xml version="1.0" encoding="UTF-8"?>',
         '<cmap xmlns:dcterms="http://purl.org/dc/terms/" xmlns="http://cmap.ihmc.us/xml/cmap/" '
         'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:vcard="http://www.w3.org/2001/vcard-rdf/3.0#">',
         "    <res-meta>",
         "        <dc:title>ΠΛΗ-412 — Θεμέλια βαθιάς μάθησης (χάρτης εννοιών)</dc:title>",
         "        <dc:description>Για την επανάληψη πριν την πρόοδο. Τα άρθρα χωρίς σύνδεσμο είναι στο eclass.</dc:description>",
         "        <dc:creator>",
         "            <vcard:FN>Ελένη Παπαδοπούλου</vcard:FN>",
         "            <vcard:EMAIL>epapad@pli.example.gr</vcard:EMAIL>",
         "            <vcard:ORG>",
         "                <vcard:Orgname>Τμήμα Πληροφορικής</vcard:Orgname>",
         "            </vcard:ORG>",
         "        </dc:creator>",
         "        <dc:format>x-cmap/x-storable</dc:format>",
         "        <dc:language>el</dc:language>",
         "        <dcterms:created>2024-02-19T18:42:10+02:00</dcterms:created>",
         "        <dcterms:modified>2024-03-11T22:05:37+02:00</dcterms:modified>",
         "    </res-meta>",
         '    <map width="1160" height="700">',
         "        <concept-list>"]
    for k, label, lc, res, _ in CONCEPTS:
        L.append(f"            <concept id={A(ids[k])} label={A(label)}" + (f" long-comment={A(lc)}" if lc else "") + "/>")
    L += ["        </concept-list>", "        <linking-phrase-list>"]
    L += [f"            <linking-phrase id={A(ids[k])} label={A(lab)}/>" for k, lab, *_ in PHRASES]
    L += ["        </linking-phrase-list>", "        <connection-list>"]
    for k, lab, a, b in PHRASES:
        L.append(f"            <connection id={A(cid('x1-' + k))} from-id={A(ids[a])} to-id={A(ids[k])}/>")
        L.append(f"            <connection id={A(cid('x2-' + k))} from-id={A(ids[k])} to-id={A(ids[b])}/>")
    L += ["        </connection-list>", "        <concept-appearance-list>"]
    pos = {k: p for k, *_, p in CONCEPTS}
    for k, label, *_ in CONCEPTS:
        x, y = pos[k]
        L.append(f'            <concept-appearance id={A(ids[k])} x="{x}" y="{y}" width="{min(40 + 7 * len(label), 220)}" height="{28 if len(label) < 26 else 44}"/>')
    L += ["        </concept-appearance-list>", "        <linking-phrase-appearance-list>"]
    for k, lab, a, b in PHRASES:
        x, y = (pos[a][0] + pos[b][0]) // 2, (pos[a][1] + pos[b][1]) // 2
        L.append(f'            <linking-phrase-appearance id={A(ids[k])} x="{x}" y="{y}" width="{20 + 7 * len(lab)}" height="14"/>')
    L += ["        </linking-phrase-appearance-list>", "        <connection-appearance-list>"]
    for k, *_ in PHRASES:
        for t in ("x1-", "x2-"):
            L.append(f'            <connection-appearance id={A(cid(t + k))} from-pos="center" to-pos="center" arrowhead="{"yes" if t == "x2-" else "no"}"/>')
    L += ["        </connection-appearance-list>", "        <resource-group-list>"]
    for k, label, lc, res, _ in CONCEPTS:
        if not res: continue
        L += [f'            <resource-group parent-id={A(ids[k])} group-type="text-and-image">',
              f'                <resource id={A(cid("r-" + k))} label={A(res[0])} resource-url={A(res[1])} resource-type="text/html"/>',
              "            </resource-group>"]
    L += ["        </resource-group-list>", "    </map>", "</cmap>"]
    return "\n".join(L) + "\n"


if __name__ == "__main__":
    write_only(F, build(), keys(F))
