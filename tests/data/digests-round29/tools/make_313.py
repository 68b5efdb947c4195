#!/usr/bin/env python3
"""313: a question bank exported from Moodle in GIFT format (`Export questions` → GIFT, a `.txt`), for an (invented)
master's course on deep learning for vision taught in Occitan (Lengadocian). What such an export has: per category
a `// question: 0  name: Switch category to …` comment and `$CATEGORY: $course$/top/…`; per question a
`// question: <id>  name: <name>` comment, `::name::`, the format marker (`[html]` for text from the editor,
`[moodle]` for auto-format), the text with GIFT's special characters escaped by Moodle (`\\:` in every colon —
titles' colons, `https\\://`, `arXiv\\:` —, `\\=` in `href\\="…"`), the answer block: multiple choice `=`/`~` with
`#feedback`, weights `~%50%`, true/false `{T}`/`{F}`, short answer, numerical `{#224}`, matching `=a -> b`, essay
`{}`; one empty line between questions. Papers appear in question texts: in « », as link text (abs, pdf,
huggingface.co/papers), after "arXiv\\:", with a bare id, in lower case, inside matching items."""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only

KEYS = ["1502.01852", "2004.08955", "2012.07177", "2101.01761", "2006.14536", "2006.06882", "2010.08515",
        "2108.04392", "2006.03656", "2101.08809", "2103.14586", "1905.11946"]


def g(s):
    """GIFT escaping as Moodle's exporter does it"""
    for ch in "\\~=#{}:":
        s = s.replace(ch, "\\" + ch)
    return s


Q = []  # (id, name, body)


def cat(path):
    Q.append((0, f"Switch category to $course$/top/{path}", f"$CATEGORY: $course$/top/{path}"))


def q(qid, name, text, answer, fmt="[html]"):
    Q.append((qid, name, f"::{g(name)}::{fmt}{text}{answer}"))


cat("Visio prigonda M1/Setmana 5 - Arquitecturas")
q(1041, "S5-01 PReLU", g(f"<p>Dins l'article «{T('1502.01852')}» (He e al., 2015), quina foncion d'activacion es prepausada?</p>"),
  "{\n\t=PReLU, amb un pendís negatiu aprés#Plan. L'article prepausa tanben una inicializacion novèla dels pesses.\n"
  "\t~Leaky ReLU amb un pendís fixat#Non, lo pendís es aprés.\n\t~GELU#Non, GELU es venguda pus tard.\n\t~Swish#Non.\n}")
q(1042, "S5-02 ResNeSt", g('<p>Legissètz <a href="https://arxiv.org/abs/2004.08955">') + g(T('2004.08955')) +
  g("</a>. Dins un blòc Split-Attention, cossí se sòna lo nombre de grops de caracteristicas?</p>"),
  "{\n\t=cardinalitat#Òc, coma dins ResNeXt.\n\t~radix#Non, lo radix es lo nombre de division dins cada grop.\n\t~prigondor#Non.\n}")
q(1043, "S5-03 EfficientNet B0", g(f"<p>Dins «{T('1905.11946')}» (https://arxiv.org/abs/1905.11946), quina es la resolucion d'entrada d'EfficientNet-B0, en pixèls?</p>"),
  "{#224}")
q(1044, "S5-04 NAS diferenciable", g(f"<p>Segon l'article {T('2108.04392').lower()}, los pesses α de DARTS...</p>"),
  "{\n\t=mesuran mal la fòrça vertadièra de las operacions#Òc\\: l'article prepausa una seleccion per perturbacion.\n"
  "\t~son totjorn un bon indicator de l'operacion melhora#Non.\n\t~son pas jamai utilizats#Non.\n}")
q(1045, "S5-05 Associacions", g("<p>Associatz cada article a son idèa principala.</p>"),
  "{\n\t=" + g(f"{T('2006.03656')} (2006.03656)") + " -> cercar ensems los iperparamètres e l'arquitectura\n"
  "\t=" + g("ResNeSt (2020)") + " -> atencion entre grops de caracteristicas\n"
  "\t=" + g("EfficientNet (2019)") + " -> escalar prigondor, largor e resolucion ensems\n}")
q(1046, "S5-06 PyGlove", g(f"<p><a href=\"https://huggingface.co/papers/2101.08809\">{T('2101.08809')}</a> representa un espaci de cèrca coma...</p>"),
  "{\n\t=un programa simbolic que se pòt modificar#Òc.\n\t~un graf fixat d'operacions#Non.\n\t~una taula d'iperparamètres#Non.\n}")
cat("Visio prigonda M1/Setmana 6 - Regularizacion e robustesa")
q(1051, "S6-01 AutoDropout", g(f"<p>AutoDropout (arXiv:2101.01761), o «{T('2101.01761')}», utiliza quin tipe de contrarotlador per aprene los motius de dropout? (un mot)</p>"),
  "{\n\t=RL\n\t=reinforcement learning\n\t=aprendissatge per refortiment\n}")
q(1052, "S6-02 Copy-Paste", g(f"<p>Segon {T('2012.07177')} (Ghiasi e al., CVPR 2021), cal totjorn modelizar lo contèxte dels objèctes copiats per que la tecnica fonccione.</p>"),
  "{F#Non\\: una còpia aleatòria simpla basta, es çò que mòstra l'article.}")
q(1053, "S6-03 Pre-training vs self-training", g(f"<p>L'article «{T('2006.06882')}» (Zoph e al., NeurIPS 2020) mòstra que l'auto-entraïnament ajuda quitament quand lo pre-entraïnament sus ImageNet ajuda pas.</p>"),
  "{T#Òc, subretot amb d'augmentacion fòrta.}")
q(1054, "S6-04 Smooth adversarial training", g(f"<p>Dins {T('2006.14536')}, perqué ReLU es remplaçada?</p>"),
  "{\n\t=son gradient es pas liscat, çò que nosís a l'entraïnament adversarial#Plan.\n"
  "\t~ReLU es tròp lenta sus GPU#Non.\n\t~ReLU pòt pas èsser utilizada amb BatchNorm#Non.\n}")
q(1055, "S6-05 Robustesa dels ViT", g(f"<p>{T('2103.14586')} (Bhojanapalli e al., ICCV 2021): quinas afirmacions son vertadièras? (doas)</p>"),
  "{\n\t~%50%los ViT son al mens tan robustes coma los ResNet quand son pre-entraïnats sus pro de donadas\n"
  "\t~%50%suprimir un sol blòc a pauc d'efièch, levat lo primièr\n\t~%-100%los ViT son totjorn mens robustes\n}")
q(1056, "S6-06 Eficacitat dels CNN", g(f"<p>Legissètz <a href=\"https://arxiv.org/pdf/2010.08515\">{T('2010.08515')}</a> e explicatz en 150 mots perqué l'invariança per translacion redutz lo nombre d'exemples necessaris.</p>"),
  "{}")

out = []
for qid, name, body in Q:
    out += [f"// question: {qid}  name: {name}", body, ""]
text = "\n".join(out)
write_only("313_moodle_gift_question_bank_export_occitan_deep_learning_for_vision.txt", text, KEYS,
           forms=[re.sub(r"\\([~=#{}:\\])", r"\1", text)])
