#!/usr/bin/env python3
"""820: a Russian term paper's text with a Turabian (9th ed., author-date) reference list, saved by macOS TextEdit as
RTF (Cocoa RTF writer): `{\\rtf1\\ansi\\ansicpg1252\\cocoartf2761`, \\cocoatextscaling0 \\cocoaplatform0, font and colour
tables with \\expandedcolortbl, \\paperw… \\viewkind0, `\\pard…\\partightenfactor0` paragraphs, `\\` + newline line
ends, italic by font switch (`\\f1\\i` … `\\f0\\i0`), cp1252 characters as `\\'xx` (curly quotes, dashes, ö), other
characters as `\\uc0\\uNNNN ` (Cyrillic), HYPERLINK fields, closing `}` without a final newline."""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, CAT, write_only
from make_expected import by_num, keys

F = by_num(820)


def enc(s):
    out, in_u = [], False
    for ch in s:
        o = ord(ch)
        if ch in "\\{}":
            out.append("\\" + ch); in_u = False
        elif o < 128:
            out.append(ch); in_u = False
        else:
            try:
                b = ch.encode("cp1252")
                out.append("\\'%02x" % b[0]); in_u = False
            except UnicodeEncodeError:
                out.append(("\\u%d " if in_u else "\\uc0\\u%d ") % o); in_u = True
    return "".join(out)


def rich(s):
    """*italic* and <url> markup -> Cocoa RTF"""
    parts = re.split(r"(\*[^*]+\*|<https?://[^>]+>)", s)
    out = []
    for p in parts:
        if p.startswith("*") and p.endswith("*"):
            out.append("\n\\f1\\i " + enc(p[1:-1]) + "\n\\f0\\i0 ")
        elif p.startswith("<http"):
            u = p[1:-1]
            out.append('{\\field{\\*\\fldinst{HYPERLINK "%s"}}{\\fldrslt \\cf2 \\ul \\ulc2 %s}}' % (u, u))
        else:
            out.append(enc(p))
    return "".join(out)


def names(k, n_max=10, show=7):
    a = CAT[k]["authors"]
    first = a[0].split()
    inv = first[-1] + ", " + " ".join(first[:-1])
    if len(a) == 1: return inv
    if len(a) > n_max:
        return inv + ", " + ", ".join(a[1:show]) + ", et al"
    return inv + ", " + ", ".join(a[1:-1]) + (", and " if len(a) > 2 else " and ") + a[-1]


def q(t):
    return "\u201c" + t + ("\u201d" if t.endswith("?") else ".\u201d")


REFS = [
    names("2103.14586") + ". 2021. " + q(T("2103.14586")) + " Preprint, arXiv, March 26, 2021. arXiv:2103.14586.",
    names("2010.11929", 10, 7) + ". 2021. " + q(T("2010.11929")) + " Paper presented at the International Conference on Learning Representations (ICLR 2021), virtual, May 3\u20137, 2021. <https://openreview.net/forum?id=YicbFdNTTy>.",
    names("2004.07780") + ". 2020. " + q(T("2004.07780")) + " *Nature Machine Intelligence* 2 (11): 665\u201373.",
    "Goodfellow, Ian, Yoshua Bengio, and Aaron Courville. 2016. *Deep Learning*. Cambridge, MA: MIT Press.",
    names("2010.08515") + ". 2021. " + q(T("2010.08515")) + " In *International Conference on Learning Representations (ICLR 2021)*.",
    names("2103.14030") + ". 2021. " + q(T("2103.14030").replace(" using ", " Using ")) + " In *Proceedings of the IEEE/CVF International Conference on Computer Vision (ICCV)*, 10012\u201322. <https://arxiv.org/abs/2103.14030>.",
    names("2201.03545") + ". 2022. " + q(T("2201.03545")) + " In *Proceedings of the IEEE/CVF Conference on Computer Vision and Pattern Recognition (CVPR)*, 11976\u201386. <https://arxiv.org/abs/2201.03545v2>.",
    names("2106.10270") + ". 2022. " + q(T("2106.10270").replace("train your", "Train Your")) + " *Transactions on Machine Learning Research*.",
    "Stanford University. 2023. \u201cCS231n: Deep Learning for Computer Vision.\u201d Course website. Accessed February 20, 2024.",
    "Wightman, Ross. 2019. *PyTorch Image Models*. GitHub repository. Software, version 0.9.12.",
    names("2106.04560") + ". 2022. " + q(T("2106.04560")) + " In *Proceedings of the IEEE/CVF Conference on Computer Vision and Pattern Recognition (CVPR)*, 12104\u201313. <https://arxiv.org/abs/2106.04560>.",
]

BODY = [
    ("h", "Реферат по курсу «Современные методы компьютерного зрения»"),
    ("c", "Трансформеры в компьютерном зрении: архитектуры, масштабирование и устойчивость"),
    ("c", "Выполнила: Анна Соколова, гр. ИВТ-41 · Руководитель: доц. П. А. Лебедев · Весна 2024"),
    ("p", "Введение. Ещё несколько лет назад сверточные сети считались безальтернативной основой для задач классификации изображений. "
          "Работа Досовицкого и соавторов (Dosovitskiy et al. 2021) показала, что «чистый» трансформер, работающий с последовательностью "
          "фрагментов изображения, при достаточном объёме данных не уступает сверточным моделям. В реферате рассматриваются три вопроса: "
          "как устроены иерархические варианты трансформеров, как они масштабируются и насколько устойчивы к сдвигам распределения."),
    ("p", "1. Архитектуры. Иерархическая модель со сдвигаемыми окнами (Liu et al. 2021) вернула в трансформеры индуктивные смещения, "
          "привычные по сверточным сетям: локальность и многомасштабность. В ответ авторы работы (Liu et al. 2022) модернизировали "
          "классическую сверточную сеть шаг за шагом и получили сопоставимое качество. Теоретическое объяснение преимуществ сверток "
          "в режиме малых данных дают Li, Zhang и Arora (2021)."),
    ("p", "2. Масштабирование и обучение. Zhai и соавторы (2022) исследуют законы масштабирования по размеру модели и данных; "
          "Steiner и соавторы (2022) показывают, что аугментации и регуляризация способны заменить увеличение датасета примерно на порядок. "
          "Для экспериментов в этой работе использовалась библиотека timm (Wightman 2019) — это программное обеспечение, а не статья."),
    ("p", "3. Устойчивость. Bhojanapalli и соавторы (2021) сравнивают устойчивость трансформеров и сверточных сетей к возмущениям и "
          "состязательным атакам. Более общий взгляд на проблему — «обучение по коротким путям» — даёт обзор Geirhos и соавторов (2020)."),
    ("p", "Заключение. Граница между сверточными и трансформерными архитектурами размывается; решающими оказываются данные, рецепт "
          "обучения и вычислительный бюджет. Оформление списка литературы — по Turabian (9-е изд., система «автор–дата»), как требует кафедра."),
    ("h", "Список литературы"),
]

HEAD = ("{\\rtf1\\ansi\\ansicpg1252\\cocoartf2761\n"
        "\\cocoatextscaling0\\cocoaplatform0{\\fonttbl\\f0\\froman\\fcharset0 TimesNewRomanPSMT;\\f1\\froman\\fcharset0 TimesNewRomanPS-ItalicMT;\\f2\\froman\\fcharset0 TimesNewRomanPS-BoldMT;\n}\n"
        "{\\colortbl;\\red255\\green255\\blue255;\\red5\\green99\\blue193;}\n"
        "{\\*\\expandedcolortbl;;\\cssrgb\\c0\\c47059\\c80000;}\n"
        "\\paperw11900\\paperh16840\\margl1440\\margr1440\\vieww14200\\viewh16020\\viewkind0\n"
        "\\deftab720\n")
out = [HEAD]
for kind, s in BODY:
    if kind == "h":
        out.append("\\pard\\pardeftab720\\sl480\\slmult1\\qc\\partightenfactor0\n\n\\f2\\b\\fs28 \\cf0 " + enc(s) + "\\\n\\f0\\b0\\fs24 \\\n")
    elif kind == "c":
        out.append("\\pard\\pardeftab720\\sl480\\slmult1\\qc\\partightenfactor0\n\\cf0 " + enc(s) + "\\\n")
    else:
        out.append("\\pard\\pardeftab720\\fi720\\sl480\\slmult1\\qj\\partightenfactor0\n\\cf0 " + enc(s) + "\\\n")
out.append("\\pard\\pardeftab720\\li720\\fi-720\\sl480\\slmult1\\partightenfactor0\n\\cf0 ")
out.append("\\\n".join(rich(r) for r in REFS))
out.append("}")
text = "".join(out)


def rtf_text(r):
    r = re.sub(r"\{\\\*\\fldinst\{HYPERLINK \"([^\"]+)\"\}\}", r" \1 ", r)
    r = re.sub(r"\{\\\*[^{}]*\}", "", r)
    r = re.sub(r"\\'([0-9a-f]{2})", lambda m: bytes([int(m.group(1), 16)]).decode("cp1252"), r)
    r = re.sub(r"\\uc0", "", r)
    r = re.sub(r"\\u(-?\d+) ?", lambda m: chr(int(m.group(1)) % 65536), r)
    r = r.replace("\\\n", "\n")
    r = re.sub(r"\\[a-z]+-?\d* ?", "", r)
    return r.replace("{", "").replace("}", "").replace("\\", "")


write_only(F, text, keys(F), forms=[rtf_text(text)])
