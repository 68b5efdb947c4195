#!/usr/bin/env python3
"""2240: the last pages of a bachelor's thesis (выпускная квалификационная работа) of Petrozavodsk State University
(ПетрГУ, Институт математики и информационных технологий), copied from a PDF viewer: the end of «ЗАКЛЮЧЕНИЕ» citing
[1]–[12] and the «СПИСОК ИСПОЛЬЗОВАННЫХ ИСТОЧНИКОВ» in GOST R 7.0.100-2018 (as remembered: one to three authors → a
heading «Фамилия, И. О.» and all of them after « / »; four → no heading, all four after the slash; five or more → the
first three and «[et al.]» for a foreign source; areas separated by « – »; «// Container»; «– URL: … (дата обращения:
дд.мм.гггг)»; the content type «– Текст : электронный» or «– Текст : непосредственный»), entries numbered in order of
first citation. The copy keeps the page numbers alone on their lines at the page ends, no running header, no form feed;
lines wrapped at 95, continuations unindented. Russian with English titles.
Computed: author forms from the catalogue, the citation order (asserted), the wrapping (textwrap, not on hyphens)."""
import os, sys, textwrap
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import CAT, T, OR, key_of, write_only
from make_expected import by_num, keys, LSTM
F = by_num(2240)
W = 95


def ini(name):
    return " ".join(x[0] + "." for x in name.split()[:-1])


def heading(name):
    return f"{name.split()[-1]}, {ini(name)}"


def io(name):
    return f"{ini(name)} {name.split()[-1]}"


def resp(key):
    a = CAT[key_of(key)]["authors"]
    if len(a) <= 4:
        return ", ".join(io(x) for x in a)
    return ", ".join(io(x) for x in a[:3]) + " [et al.]"


def entry(key, rest):
    a = CAT[key_of(key)]["authors"]
    if len(a) <= 3:
        return f"{heading(a[0])} {T(key)} / {resp(key)}{rest}"
    return f"{T(key)} / {resp(key)}{rest}"


ARX = "– Текст : электронный // arXiv : [сайт]. – {y}. – URL: {u} (дата обращения: {d})."
REFS = [
 entry(LSTM, " // Neural Computation. – 1997. – Vol. 9, No. 8. – P. 1735–1780. – Текст : непосредственный."),
 entry("1410.5401", ". – London : Google DeepMind, 2014. – 26 p. – Текст : непосредственный."),
 entry("1901.02860", " // Proceedings of the 57th Annual Meeting of the Association for Computational Linguistics. – "
       "Florence : ACL, 2019. – P. 2978–2988. – Текст : непосредственный."),
 entry("2010.06891", ". – Текст : электронный // OpenReview : [сайт]. – 2021. – URL: "
       f"https://openreview.net/forum?id={OR('2010.06891')} (дата обращения: 02.03.2026)."),
 entry("2005.00743", " // Proceedings of the 38th International Conference on Machine Learning. – PMLR, 2021. – "
       "Vol. 139. – P. 10183–10192. – arXiv:2005.00743. – Текст : непосредственный."),
 entry("2004.11886", ". " + ARX.format(y=2020, u="https://arxiv.org/pdf/2004.11886.pdf", d="05.03.2026")),
 entry("2302.10866", ". " + ARX.format(y=2023, u="https://arxiv.org/abs/2302.10866", d="11.03.2026")),
 entry("2307.08621", ". " + ARX.format(y=2023, u="http://arxiv.org/abs/2307.08621", d="11.03.2026")),
 "Николенко, С. И. Глубокое обучение. Погружение в мир нейронных сетей / С. И. Николенко, А. А. Кадурин, "
 "Е. О. Архангельская. – Санкт-Петербург : Питер, 2018. – 480 с. – Текст : непосредственный.",
 "Гудфеллоу, Я. Глубокое обучение / Я. Гудфеллоу, И. Бенджио, А. Курвилль ; перевод с английского А. А. Слинкина. – "
 "2-е изд., испр. – Москва : ДМК Пресс, 2018. – 652 с. – Текст : непосредственный.",
 "Transformers : документация библиотеки / Hugging Face. – URL: https://huggingface.co/docs/transformers "
 "(дата обращения: 20.04.2026). – Текст : электронный.",
 "WikiText-103 : набор данных // Hugging Face Datasets : [сайт]. – URL: https://huggingface.co/datasets/Salesforce/wikitext "
 "(дата обращения: 20.04.2026). – Текст : электронный.",
]
CONCL = [
 "ЗАКЛЮЧЕНИЕ",
 "",
 "Рекуррентные сети с долгой краткосрочной памятью [1] и нейронная машина Тьюринга [2] остаются отправной точкой для "
 "сравнения: именно на них впервые была показана польза явной памяти. В работе проведён обзор трансформерных моделей с "
 "механизмами памяти: рекуррентность на уровне сегментов в Transformer-XL [3] и внешняя память Memformer [4].",
 "",
 "Отдельно рассмотрены подходы, отказывающиеся от полного скалярного произведения в механизме внимания: синтезированное "
 "внимание [5] и сочетание свёрток с локальным вниманием [6]. Наиболее перспективными для длинного контекста нам "
 "представляются субквадратичные архитектуры – иерархия Hyena [7] и RetNet [8], которые на наших экспериментах с "
 "корпусом карельских и вепсских текстов показали сопоставимую перплексию при меньших затратах памяти (таблица 3.4).",
 "",
 "Теоретической базой работы послужили учебники [9, 10]; эксперименты выполнены с библиотекой Transformers [11], для "
 "сравнения с опубликованными результатами использован набор данных WikiText-103 [12]. В дальнейшем планируется "
 "перенести лучшие модели на вычислительный кластер университета и расширить корпус.",
]
# citation order check: first citations in the text run 1..n
import re
firsts = []
for n in re.findall(r"\[(\d+)(?:, (\d+))?\]", " ".join(CONCL)):
    for x in n:
        if x and int(x) not in firsts: firsts.append(int(x))
assert firsts == list(range(1, len(REFS) + 1)), firsts


def wrap(s, first=""):
    return textwrap.wrap(first + s, W, break_on_hyphens=False, break_long_words=False)


lines = []
for p in CONCL:
    lines += wrap(p) if p else [""]
page1 = lines + ["", "38"]
ents = []
for i, r in enumerate(REFS, 1):
    ents.append(wrap(r, f"{i}. "))
page2 = ["СПИСОК ИСПОЛЬЗОВАННЫХ ИСТОЧНИКОВ", ""]
for e in ents[:7]:
    page2 += e
page2 += ["", "39"]
page3 = []
for e in ents[7:]:
    page3 += e
page3 += ["", "40"]
text = "\n".join(page1 + page2 + page3) + "\n"
assert all(len(l) <= W for l in text.split("\n"))
write_only(F, text, keys(F))
