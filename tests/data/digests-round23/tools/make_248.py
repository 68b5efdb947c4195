#!/usr/bin/env python3
"""248: a Beamer lecture deck (Lithuanian) as `pdftotext deck.pdf` (no -layout) writes it: each slide's text blocks in
reading order, lines as the slide wraps them, the infolines footline (author, short title, date, "n / N") at the
end of every page, a form feed after every page."""
import os, sys, textwrap
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import title as T, check_no_distractor

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "digests",
                   "248_pdftotext_beamer_lecture_slides_lithuanian_cnn_training.txt")
W = 58  # the slide's text width in characters


def wrap(s, width=W, indent=""):
    return textwrap.wrap(s, width, break_long_words=False, break_on_hyphens=False, subsequent_indent=indent)


slides = []
slides.append(["Gilusis mokymasis", "4 paskaita: kaip apmokyti gilius konvoliucinius tinklus", "",
               "doc. dr. Aistė Petrauskienė", "", "Vilniaus universitetas", "Matematikos ir informatikos fakultetas", "",
               "2024 m. kovo 12 d."])
slides.append(["Turinys", "", "1 Atgalinis sklidimas ir inicializacija", "", "2 Optimizavimas ir reguliarizacija", "",
               "3 Architektūros: nuo LeNet iki ConvNeXt", "", "4 Literatūra"])
s = ["Atgalinis sklidimas: istorija", ""]
s += wrap("Idėja sena: Rumelhart, Hinton ir Williams (1986) Nature straipsnis " + T("Learning representations by back-propagating errors") + " parodė, kad paslėptieji sluoksniai išmoksta naudingų požymių.")
s += [""] + wrap("Pirmas praktinis konvoliucinis tinklas – LeNet-5, aprašytas " + T("Gradient-Based Learning Applied to Document Recognition") + " (Proc. IEEE, 1998).")
s += ["", "Kodėl tai svarbu mums: tos pačios lygtys, tik GPU ir daugiau duomenų."]
slides.append(s)
s = ["Inicializacija", ""]
s += wrap("Xavier/Glorot: „" + T("Understanding the difficulty of training deep feedforward neural networks") + "“ (AISTATS 2010) – dispersija ∝ 2/(nin + nout).")
s += [""] + wrap("He (Kaiming) inicializacija ReLU tinklams – " + T("1502.01852") + ":")
s += ["arxiv.org/abs/1502.01852", "", "Var(w) = 2 / n_in", "",
      "PyTorch: torch.nn.init.kaiming_normal_(w, mode=\"fan_in\")"]
slides.append(s)
s = ["Optimizavimas: Adam ir svorių mažinimas", ""]
s += wrap("L2 reguliarizacija ≠ svorių mažinimas, kai naudojamas Adam: " + T("1711.05101") + " (Loshchilov & Hutter, arXiv:1711.05101). Todėl naudojame AdamW.")
s += [""] + wrap("Plokšti minimumai generalizuoja geriau: SAM optimizuoja blogiausią atvejį ρ-aplinkoje. " + T("2010.01412") + ", arXiv 2010.01412.")
s += ["", "θ ← θ − η ∇L(θ + ε̂(θ))", "", "Praktikoje: SAM ≈ 2× lėtesnis žingsnis."]
slides.append(s)
s = ["Kodėl konvoliucijos?", ""]
s += wrap("Teorinis argumentas: " + T("2010.08515") + " – yra uždavinių, kuriems pilnai jungtiems tinklams reikia Ω(d²) pavyzdžių, o CNN – O(1).")
s += ["", "Indukcinis šališkumas = duomenų taupymas."]
slides.append(s)
s = ["Architektūrų mastelis", ""]
s += wrap(T("1905.11946") + ": gylis, plotis ir raiška didinami kartu (compound scaling).")
s += ["arxiv.org/pdf/1905.11946", ""]
s += wrap("Tęsinys „" + T("2104.00298") + "“ – progresyvus mokymas: mažos nuotraukos pradžioje, didesnės pabaigoje.")
s += [""] + wrap(T("2004.08955") + " – split-attention blokai, huggingface.co/papers/2004.08955")
slides.append(s)
s = ["Perkeliamasis mokymas", ""]
s += wrap("„" + T("1912.11370") + "“: didelis išankstinis apmokymas + paprastas BiT-HyperRule derinimas.")
s += ["", "Mūsų laboratorijoje: ImageNet-21k → medicininiai vaizdai."]
slides.append(s)
s = ["ConvNeXt: CNN atsako transformeriams", ""]
s += wrap("Liu ir kt. (2022) žingsnis po žingsnio „modernizuoja“ ResNet-50 ir pasiekia Swin lygį. Straipsnis „" + T("2201.03545") + "“: arxiv.org/abs/2201.03545")
s += ["", "7×7 depthwise konvoliucijos", "LayerNorm vietoj BatchNorm", "GELU, mažiau aktyvacijų", "", "Kodas: github.com/facebookresearch/ConvNeXt"]
slides.append(s)
s = ["Namų darbas", ""]
s += wrap("Apmokykite ResNet-18 su CIFAR-10: (a) SGD, (b) AdamW, (c) SAM. Palyginkite tikslumą ir mokymo laiką.")
s += ["", "Įkelkite į Moodle iki kovo 26 d.", "Duomenys: torchvision.datasets.CIFAR10"]
slides.append(s)
slides.append(["Literatūra", "", "Vadovėlis: I. Goodfellow, Y. Bengio, A. Courville. Deep", "Learning. MIT Press, 2016. 6–8 skyriai.",
               "", "D2L: d2l.ai, 7–8 skyriai.", "", "Kiti šaltiniai – skaidrėse.", "", "Klausimai?"])
N = len(slides)
pages = []
for i, s in enumerate(slides, 1):
    foot = ["", "A. Petrauskienė (VU MIF)", "", "Gilusis mokymasis, 4 paskaita", "", "2024-03-12", "", f"{i} / {N}"]
    pages.append("\n".join(s + foot) + "\n\n")
text = "\f".join(pages) + "\f"
check_no_distractor(text, "248")
open(OUT, "w", encoding="utf-8", newline="\n").write(text)
