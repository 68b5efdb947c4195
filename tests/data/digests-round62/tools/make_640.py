#!/usr/bin/env python3
"""640: the last pages of a Czech master's thesis (chemistry / bio-imaging) run through pdftotext -layout-less
(default reading order): running head, body paragraphs with superscript citation numbers glued to words, page
numbers, form feeds between pages, then "Seznam použité literatury" in ACS style (numbered "(n)", authors
"Surname, I.; ...", title, italic journal or "In Proceedings...;" then year; pp; arXiv preprints as
"arXiv YYYY, arXiv:id" or with "https://arxiv.org/abs/... (accessed YYYY-MM-DD)"), lines wrapped at word boundaries
as in the PDF, non-paper items (software, data, a book, web pages)."""
import os, sys, textwrap
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, CAT, write_only
from make_expected import F640, keys, ALEXNET

def acs_auth(key, n=10):
    a = CAT[key]["authors"]
    def one(name):
        p = name.split()
        return p[-1] + ", " + " ".join(x[0] + "." for x in p[:-1] if x)
    s = "; ".join(one(x) for x in a[:n])
    return s + ("; et al." if len(a) > n else "")

REFS = [
 ("(1) " + acs_auth(ALEXNET) + " " + ALEXNET + ". In Advances in Neural Information Processing Systems 25; Pereira, F., Burges, C. J. C., Bottou, L., Weinberger, K. Q., Eds.; Curran Associates, Inc., 2012; pp 1097–1105."),
 ("(2) " + acs_auth("1502.01852") + " " + T("1502.01852") + ". In Proceedings of the IEEE International Conference on Computer Vision (ICCV); 2015; pp 1026–1034."),
 ("(3) " + acs_auth("1512.03385") + " " + T("1512.03385") + ". In Proceedings of the IEEE Conference on Computer Vision and Pattern Recognition (CVPR); 2016; pp 770–778."),
 ("(4) " + acs_auth("1905.11946") + " " + T("1905.11946") + ". In Proceedings of the 36th International Conference on Machine Learning; PMLR, 2019; Vol. 97, pp 6105–6114."),
 ("(5) " + acs_auth("2106.10270") + " " + T("2106.10270") + ". arXiv (Computer Science.Computer Vision and Pattern Recognition), June 18, 2021. https://arxiv.org/abs/2106.10270 (accessed 2024-02-11)."),
 ("(6) Goodfellow, I.; Bengio, Y.; Courville, A. Deep Learning; MIT Press: Cambridge, MA, 2016."),
 ("(7) PyTorch Foundation. PyTorch, version 2.1.2; software, 2023. https://pytorch.org (accessed 2024-01-20)."),
 ("(8) Wightman, R. PyTorch Image Models (timm), version 0.9.12; GitHub repository, 2023. https://github.com/huggingface/pytorch-image-models (accessed 2024-01-20)."),
 ("(9) " + acs_auth("2006.05929") + " " + T("2006.05929") + ". arXiv (Computer Science.Computer Vision and Pattern Recognition), June 10, 2020. https://arxiv.org/abs/2006.05929 (accessed 2024-02-14)."),
 ("(10) " + acs_auth("2103.14339") + " " + T("2103.14339") + ". arXiv (Electrical Engineering and Systems Science.Image and Video Processing), March 26, 2021. https://arxiv.org/abs/2103.14339 (accessed 2024-02-20)."),
 ("(11) " + acs_auth("2103.14338") + " " + T("2103.14338") + ". arXiv 2021, arXiv:2103.14338."),
 ("(12) Broad Bioimage Benchmark Collection. Human MCF7 cells – compound-profiling experiment (BBBC021). https://bbbc.broadinstitute.org/BBBC021 (accessed 2024-01-08)."),
 ("(13) Broad Institute Imaging Platform. CellProfiler, version 4.2.6; software, 2023. https://cellprofiler.org (accessed 2024-01-08)."),
 ("(14) Laboratoř bioobrazové analýzy. Interní protokol barvení a snímání buněčných kultur, verze 3; Ústav fyzikální chemie, Vysoká škola chemicko-technologická Brdy: Praha, 2022."),
 ("(15) Karpathy, A. CS231n: Convolutional Neural Networks for Visual Recognition; Stanford University, 2023. https://cs231n.github.io (accessed 2024-02-02)."),
]

def wrap(s, first="", rest="     "):
    return textwrap.wrap(s, width=92, initial_indent=first, subsequent_indent=rest, break_on_hyphens=False, break_long_words=False)

HEAD = "Kapitola 5. Diskuse a závěr"
pages = []
body1 = [
 "5.3 Srovnání architektur",
 "",
 *wrap("Z výsledků v tabulce 4.2 vyplývá, že hluboké konvoluční sítě trénované od nuly na našich snímcích buněk "
       "dosahují podstatně horší přesnosti než sítě předtrénované na obecných datech. Tento poznatek odpovídá "
       "zkušenosti, kterou přinesla již první úspěšná konvoluční síť na ImageNetu1 a která se v oblasti "
       "klasifikace obrazu opakovaně potvrzuje. Klíčovou roli hrála volba aktivační funkce a inicializace vah2; "
       "bez inicializace podle He et al. se nám síť s 50 vrstvami nepodařilo stabilně natrénovat.", "", ""),
 "",
 *wrap("Reziduální spojení3 zůstávají i po téměř deseti letech výchozí volbou pro mikroskopická data: v našem "
       "nastavení dosáhla síť ResNet-50 přesnosti 91,8 % (±0,6) na testovací sadě, zatímco škálovaná síť "
       "EfficientNet (varianta B3)4 dosáhla 92,4 % (±0,5) při přibližně třetinovém počtu parametrů. Rozdíl však není "
       "statisticky významný (párový t-test, p = 0,21).", "", ""),
 "",
 *wrap("Transformery pro vidění jsme zkoušeli podle doporučení pro trénování na menších datech5, tj. se silnou "
       "augmentací a regularizací. Ani tak jsme nedosáhli lepších výsledků než s konvolučními sítěmi, což "
       "přičítáme malé velikosti datové sady (necelých 14 000 snímků). Obecný úvod do problematiky poskytuje "
       "učebnice6; implementace všech modelů vychází z knihoven PyTorch7 a timm.8", "", ""),
]
pages.append(body1 + ["", "47"])
body2 = [
 "5.4 Omezení práce a výhled",
 "",
 *wrap("Významným omezením je náklad na anotaci snímků. Slibnou cestou je kondenzace datové sady9, která by "
       "umožnila rychlé ladění hyperparametrů na syntetickém zlomku dat, a aktivní výběr snímků k anotaci "
       "kombinující metaučení a posilované učení10, navržený původně pro rentgenové snímky. Jako inspiraci pro "
       "augmentaci tvarů buněk jsme krátce zkoumali i metody přenosu pohybu a textury z oblasti generování "
       "videa11, jejich přínos pro klasifikaci však zatím nebyl prokázán.", "", ""),
 "",
 *wrap("Ověření obou přístupů na veřejných datech12 (sada BBBC021) a na našich vlastních snímcích zpracovaných "
       "v programu CellProfiler13 ponecháváme pro navazující práci. Podrobnosti k přípravě vzorků uvádí "
       "interní protokol laboratoře14, výukové materiály pro nové členy skupiny vycházejí z kurzu CS231n.15", "", ""),
 "",
 "5.5 Závěr",
 "",
 *wrap("Práce ukázala, že pro klasifikaci fenotypů buněk je rozhodující předtrénování a pečlivé nastavení "
       "trénování, nikoli samotná volba architektury. Zdrojové kódy jsou k dispozici v repozitáři "
       "laboratoře (gitlab.vscht-brdy.example/bioimg/fenotypy).", "", ""),
]
pages.append(body2 + ["", "48"])
refl = []
for r in REFS:
    num, rest = r.split(" ", 1)
    refl += wrap(rest, first=num + " ", rest="     ")
    refl.append("")
pages.append(["Seznam použité literatury", ""] + refl[:24] + ["49"])
pages.append(refl[24:] + ["50"])

out = []
for p in pages:
    out.append(HEAD + "\n\n" + "\n".join(p) + "\n")
text = "\f".join(out) + "\f"
write_only(F640, text, keys(F640))
