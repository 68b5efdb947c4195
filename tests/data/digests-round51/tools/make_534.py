#!/usr/bin/env python3
"""534: a Mathematica notebook (.nb, saved by Mathematica 13.3) of a Russian physics department's seminar
"Машинное обучение в физике": the file header comments and the internal cache header, Notebook[{…}] with Title /
Subtitle / Section / Text / Item / Input / Output cells, TextData with ButtonBox hyperlinks (BaseStyle->"Hyperlink",
ButtonData->{URL[…], None}), CellChangeTimes / CellLabel / ExpressionUUID options, the notebook options, and the
cell outline cache at the end. As Mathematica writes files, the text is 7-bit ASCII: Cyrillic as \\:XXXX, dashes and
guillemets as \\[LongDash], \\[LeftGuillemet]…, long strings as "\\<\\ … \\>" with backslash-newline continuations
(some titles are split that way). Papers: ButtonBox links to arXiv (link) and OpenReview (link), "arXiv:2010.00554"
in text (arxiv-text), titles in Item cells and in running text (title-only; AlphaFold with its Nature link). Not
papers: Wolfram documentation, the Wolfram Neural Net Repository, the neuraloperator repository, PDEBench, a book."""
import hashlib, os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import F534, keys, ALPHAFOLD

NAMED = {"—": "\\[LongDash]", "–": "\\[Dash]", "«": "\\[LeftGuillemet]", "»": "\\[RightGuillemet]", "…": "\\[Ellipsis]",
         "→": "\\[RightArrow]", "≈": "\\[TildeTilde]", "×": "\\[Times]", "’": "\\[CloseCurlyQuote]"}
n_uuid = [0]


def uu():
    n_uuid[0] += 1
    h = hashlib.sha1(f"round51/534/{n_uuid[0]}".encode()).hexdigest()
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{'89ab'[int(h[16], 16) % 4]}{h[17:20]}-{h[20:32]}"


def mstr(s, width=66):
    """a Mathematica string literal as the front end writes it"""
    out = []
    for ch in s:
        if ch == '"': out.append('\\"')
        elif ch == "\\": out.append("\\\\")
        elif ch in NAMED: out.append(NAMED[ch])
        elif ord(ch) > 126: out.append("\\:%04x" % ord(ch))
        else: out.append(ch)
    body = "".join(out)
    if len(body) <= width:
        return '"' + body + '"'
    words, lines, cur = re.split(r"(?<= )", body), [], ""
    for w in words:
        if cur and len(cur) + len(w) > width:
            lines.append(cur); cur = w
        else:
            cur += w
    lines.append(cur)
    return '"\\<\\\n' + "\\\n".join(lines) + '\\>"'


def btn(title, url):
    return (f'  ButtonBox[{mstr(title)},\n   BaseStyle->"Hyperlink",\n   ButtonData->{{\n     URL["{url}"], None}},\n'
            f'   ButtonNote->"{url}"]')


T0 = 3.9166e9
ct = [0]


def times():
    ct[0] += 1
    a = T0 + ct[0] * 731.37
    return "{{%s, %s}}" % (("%.10e" % a).replace("e+09", "*^9"), ("%.10e" % (a + 95.2)).replace("e+09", "*^9"))


def cell(content, style, label=None):
    opts = [f"CellChangeTimes->{times()}"]
    if label: opts.insert(0, f'CellLabel->"{label}"')
    return f'Cell[{content}, "{style}",\n ' + ",\n ".join(opts) + f',ExpressionUUID->"{uu()}"]'


def text(*parts, style="Text"):
    if len(parts) == 1 and isinstance(parts[0], str):
        return cell(mstr(parts[0]), style)
    items = [mstr(p) if isinstance(p, str) else btn(*p) for p in parts]
    return cell("TextData[{\n " + ",\n ".join(items) + "\n }]", style)


def group(head, cells, open_=True):
    return "Cell[CellGroupData[{\n" + ",\n\n".join([head] + cells) + "\n}, " + ("Open  " if open_ else "Closed") + "]]"


inputs = 0
def inp(box, out=None):
    global inputs
    inputs += 1
    c = [cell("BoxData[\n " + box + "]", "Input", f"In[{inputs}]:=")]
    if out:
        c.append(cell("BoxData[\n " + out + "]", "Output", f"Out[{inputs}]="))
    return c


program = group(cell(mstr("Программа"), "Section"), [
 text("Каждую неделю один доклад (40 минут) и обсуждение. Статьи — по списку ниже; кто хочет заменить статью, пишите "
      "Ольге Викторовне до понедельника."),
 text("1. Операторное обучение для уравнений в частных производных: ",
      (T("2010.08895"), "https://arxiv.org/abs/2010.08895"),
      " (ICLR 2021). Код: neuraloperator на GitHub; данные для задачи Бюргерса — из PDEBench.", style="Item"),
 text("2. Графовые трансформеры для молекул: ", (T("2106.05234"), "https://arxiv.org/abs/2106.05234"),
      " (NeurIPS 2021), Graphormer — победитель OGB-LSC.", style="Item"),
 text("3. «" + T(ALPHAFOLD) + "», Nature 596 (2021) — доклад делает группа биофизики, см. ",
      ("nature.com", "https://www.nature.com/articles/s41586-021-03819-2"), ".", style="Item"),
 text("4. Генеративные модели: ", (T("2010.02014"), "https://openreview.net/forum?id=" + OR("2010.02014")),
      " — вариационные автокодировщики, которые учатся на собственных преобразованиях данных.", style="Item"),
 text("5. Спектральные методы: " + T("2010.00554") + " (ICLR 2021), arXiv:2010.00554 — метод главных компонент как "
      "игра; сравним с обычным Eigensystem ниже.", style="Item"),
 text("6. Управление плазмой и RL: «" + T("2006.05990") + "» (ICLR 2021) — что на самом деле важно в PPO.", style="Item"),
 text("7. Обзорный доклад: " + T("2205.06175") + " (Reed et al., TMLR 2022) — один трансформер для Atari, "
      "робототехники и текста.", style="Item"),
 text("8. Теория: Tengyu Ma, «" + T("2103.13462") + "» — глава из книги Beyond the Worst-Case Analysis of Algorithms "
      "(Cambridge University Press, 2021).", style="Item"),
])
pca = group(cell(mstr("К докладу 5: PCA через Eigensystem"), "Section"), [
 text("Для сравнения с EigenGame: обычное разложение ковариационной матрицы на синтетических данных (1000 точек "
      "в \\[DoubleStruckCapitalR]^3)." if False else "Для сравнения с EigenGame: обычное разложение ковариационной "
      "матрицы на синтетических данных (1000 точек, 3 признака)."),
 *inp('RowBox[{\n  RowBox[{"data", "=", \n   RowBox[{"RandomVariate", "[", \n    RowBox[{\n     '
      'RowBox[{"MultinormalDistribution", "[", \n      RowBox[{\n       RowBox[{"{", \n        RowBox[{"0", ",", "0", ",", "0"}], "}"}], ",", \n'
      '        "cov"}], "]"}], ",", "1000"}], "]"}]}], ";"}]'),
 *inp('RowBox[{\n  RowBox[{"{", \n   RowBox[{"vals", ",", "vecs"}], "}"}], "=", \n  RowBox[{"Eigensystem", "[", \n'
      '   RowBox[{"Covariance", "[", "data", "]"}], "]"}]}]',
      'RowBox[{"{", \n  RowBox[{\n   RowBox[{"{", \n    RowBox[{"4.02711", ",", "0.98415", ",", "0.25102"}], "}"}], ",", \n'
      '   RowBox[{"{", \n    RowBox[{"\\[Ellipsis]", "}"}], "}"}]}], "}"}]'),
 text("Документация: ", ("Eigensystem", "paclet:ref/Eigensystem"), "; готовые сети — ",
      ("Wolfram Neural Net Repository", "https://resources.wolframcloud.com/NeuralNetRepository/"), "."),
])
admin = group(cell(mstr("Организационное"), "Section"), [
 text("Семинар по четвергам, 16:45, ауд. 5-18 (физфак). Зачёт — доклад + отчёт по мини-проекту."),
 text("Литература для начинающих: Bishop, Pattern Recognition and Machine Learning (Springer, 2006), главы 3, 5 и 12."),
], open_=False)
cells = [group(cell(mstr("Семинар «Машинное обучение в физике»"), "Title"), [
    cell(mstr("Весенний семестр 2024 — кафедра теоретической физики"), "Subtitle"),
    text("Ведущие: О. В. Лаптева, Д. С. Кравец. Ноутбук обновляется после каждого занятия."),
    program, pca, admin])]
nb_body = "Notebook[{\n\n" + ",\n\n".join(cells) + "\n},\n" + \
    "WindowSize->{1440, 847},\nWindowMargins->{{0, Automatic}, {Automatic, 0}},\n" + \
    'FrontEndVersion->"13.3 for Mac OS X ARM (64-bit) (July 24, 2023)",\nStyleDefinitions->"Default.nb",\n' + \
    f'ExpressionUUID->"{uu()}"\n]\n'
head_pre = ("(* Content-type: application/vnd.wolfram.mathematica *)\n\n(*** Wolfram Notebook File ***)\n"
            "(* http://www.wolfram.com/nb *)\n\n(* CreatedBy='Mathematica 13.3' *)\n\n(*CacheID: 234*)\n")


def cache_head(pos, line, length, nlines, opt_pos, opt_line):
    return ("(* Internal cache information:\nNotebookFileLineBreakTest\nNotebookFileLineBreakTest\n"
            f"NotebookDataPosition[{pos:>10d},{line:>10d}]\nNotebookDataLength[{length:>10d},{nlines:>10d}]\n"
            f"NotebookOptionsPosition[{opt_pos:>10d},{opt_line:>10d}]\nNotebookOutlinePosition[{opt_pos + 421:>10d},{opt_line + 17:>10d}]\n"
            f"CellTagsIndexPosition[{opt_pos + 378:>10d},{opt_line + 14:>10d}]\nWindowFrame->Normal*)\n\n"
            "(* Beginning of Notebook Content *)\n")


tmp = head_pre + cache_head(0, 0, 0, 0, 0, 0)
pos, line = len(tmp), tmp.count("\n")
opt_at = nb_body.index("WindowSize->")
head = head_pre + cache_head(pos, line, len(nb_body), nb_body.count("\n"), pos + opt_at, line + nb_body[:opt_at].count("\n"))
outline = []
offs, start = 0, None
for ln in nb_body.split("\n"):
    if ln.startswith("Cell[") and not ln.startswith("Cell[CellGroupData"):
        start = offs
    m = re.search(r'"(\w+)",\n?$', "") if False else None
    mm = re.search(r'ExpressionUUID->"([0-9a-f-]+)"\]', ln)
    if mm and start is not None:
        end = offs + len(ln)
        chunk = nb_body[start:end]
        style = re.findall(r'\], "(\w+)",\n|^Cell\[.*?, "(\w+)",\n|\}\], "(\w+)",\n|", "(\w+)",\n', chunk)
        st = [x for x in style[-1] if x][0]
        outline.append(f'Cell[{pos + start}, {line + nb_body[:start].count(chr(10))}, {end - start}, '
                       f'{chunk.count(chr(10)) + 1}, {end - start - 40}, "{st}",ExpressionUUID->"{mm.group(1)}"]')
        start = None
    offs += len(ln) + 1
tail = ("(* End of Notebook Content *)\n\n(* Internal cache information *)\n(*CellTagsOutline\nCellTagsIndex->{}\n*)\n"
        "(*CellTagsIndex\nCellTagsIndex->{}\n*)\n(*NotebookFileOutline\nNotebook[{\n" + ",\n".join(outline) + "\n}\n]\n*)\n\n"
        "(* End of internal cache information *)\n\n")
out = head + nb_body + tail


def decode(s):
    s = s.replace("\\\n", "").replace("\\<", "").replace("\\>", "")
    s = re.sub(r"\\:([0-9a-fA-F]{4})", lambda m: chr(int(m.group(1), 16)), s)
    for k, v in NAMED.items(): s = s.replace(v, k)
    return s.replace('\\"', '"')


write_only(F534, out, keys(F534), forms=[decode(out)])
