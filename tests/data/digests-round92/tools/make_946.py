#!/usr/bin/env python3
"""946 (negative): `thesis.log` of a Thai master's thesis compiled with XeLaTeX (TeX Live 2023) on the second run,
before BibTeX was ever run: the banner, the format and file lines, the class and package loading as XeTeX logs it
(`(` + path on open, `)` on close, `File:` / `Package:` lines, `\\c@…=\\count…` allocations, fontspec and polyglossia
info for the Thai font), `No file thesis.bbl.`, natbib's `Citation `key' on page N undefined on input line M.`
warnings (cite keys only — author + year + first word, the way a Thai student keys them), undefined references,
Overfull / Underfull `\\hbox` reports quoting Thai lines, `<use …>` graphics, page shipouts `[n]`, the closing
warnings, the memory statistics and `Output written on thesis.pdf (N pages).` Every line hard-wrapped at 79
characters as TeX's max_print_line does (mid-word, Thai included). It looks like it must be full of papers and holds
none: no title, no arXiv id, no link; the builder refuses any catalogue title and anything arXiv-shaped."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import write
from make_expected import by_num

F = by_num(946)
TL = "/usr/local/texlive/2023/texmf-dist/tex"
MAX = 79


class Log:
    """TeX's log writer: text is appended to the current line; a line reaching 79 characters is broken there"""

    def __init__(self):
        self.lines, self.cur = [], ""

    def p(self, s):
        for ch in s:
            if ch == "\n":
                self.lines.append(self.cur); self.cur = ""
                continue
            self.cur += ch
            if len(self.cur) == MAX:
                self.lines.append(self.cur); self.cur = ""

    def ln(self, s=""):
        """print_nl: start a new line unless at its start, then print s and end the line"""
        if self.cur:
            self.p("\n")
        self.p(s + "\n")

    def text(self):
        if self.cur:
            self.lines.append(self.cur)
        return "\n".join(self.lines) + "\n"


L = Log()
counters = iter(range(187, 400))
dimens = iter(range(140, 300))


def count(name):
    L.ln(f"\\{name}=\\count{next(counters)}")


def dimen(name):
    L.ln(f"\\{name}=\\dimen{next(dimens)}")


def pkg(path, name, date, ver, desc, body=()):
    L.p(f"({TL}/{path}")
    L.ln(f"Package: {name} {date} {ver} {desc}")
    for b in body:
        b()
    L.p(")")


L.ln("This is XeTeX, Version 3.141592653-2.6-0.999995 (TeX Live 2023) (preloaded format=xelatex 2023.11.20)  14 MAR 2024 22:41")
L.ln("entering extended mode")
L.ln(" restricted \\write18 enabled.")
L.ln(" %&-line parsing enabled.")
L.ln("**thesis.tex")
L.p("(./thesis.tex")
L.ln("LaTeX2e <2023-11-01> patch level 1")
L.ln("L3 programming layer <2024-01-22>")
L.p(f"({TL}/latex/base/report.cls")
L.ln("Document Class: report 2023/05/17 v1.4n Standard LaTeX document class")
L.p(f"({TL}/latex/base/size12.clo")
L.ln("File: size12.clo 2023/05/17 v1.4n Standard LaTeX file (size option)")
L.p(")")
for c in ("c@part", "c@chapter", "c@section", "c@subsection", "c@subsubsection", "c@paragraph", "c@subparagraph",
          "c@figure", "c@table"):
    count(c)
dimen("abovecaptionskip")
dimen("belowcaptionskip")
dimen("bibindent")
L.p(")")
pkg("latex/fontspec/fontspec.sty", "fontspec", "2024/01/20", "v2.9b", "Font selection for XeLaTeX and LuaLaTeX",
    [lambda: L.ln("\\l__fontspec_tmp_int=\\count" + str(next(counters)))])
pkg("latex/polyglossia/polyglossia.sty", "polyglossia", "2024/01/14", "v2.0", "Modern multilingual typesetting with XeLaTeX and LuaLaTeX",
    [lambda: L.ln("Package polyglossia Info: Default language is thai."),
     lambda: L.ln("Package polyglossia Info: Other languages: english.")])
pkg("latex/natbib/natbib.sty", "natbib", "2010/09/13", "8.31b", "(PWD, AO)",
    [lambda: count("bibhang") if False else L.ln("\\bibhang=\\skip" + str(next(dimens))),
     lambda: L.ln("\\bibsep=\\skip" + str(next(dimens)))])
pkg("latex/graphics/graphicx.sty", "graphicx", "2021/09/16", "v1.2d", "Enhanced LaTeX Graphics (DPC,SPQR)",
    [lambda: L.ln("\\Gin@req@height=\\dimen" + str(next(dimens))), lambda: L.ln("\\Gin@req@width=\\dimen" + str(next(dimens)))])
pkg("latex/hyperref/hyperref.sty", "hyperref", "2024-01-20", "v7.01h", "Hypertext links for LaTeX",
    [lambda: L.ln("Package hyperref Info: Hyper figures OFF on input line 4161."),
     lambda: L.ln("Package hyperref Info: Link nesting OFF on input line 4166."),
     lambda: L.ln("Package hyperref Info: Hyper index ON on input line 4169.")])
L.ln("")
L.ln("Package fontspec Info: Font family 'THSarabunNew(0)' created for font 'TH")
L.ln("(fontspec)             Sarabun New' with options [Script=Thai,Scale=1.4].")
L.ln("(fontspec)             ")
L.ln("(fontspec)             This font family consists of the following NFSS")
L.ln("(fontspec)             series/shapes:")
L.ln("(fontspec)             ")
L.ln("(fontspec)             - 'normal' (m/n) with NFSS spec.: <->s*[1.4]\"TH")
L.ln("(fontspec)             Sarabun New/OT:script=thai;language=dflt;\"")
L.ln("(fontspec)             - 'bold' (b/n) with NFSS spec.: <->s*[1.4]\"TH Sarabun")
L.ln("(fontspec)             New/B/OT:script=thai;language=dflt;\"")
L.ln("")
L.p("(./thesis.aux)")
L.ln("\\openout1 = `thesis.aux'.")
L.ln("")
L.ln("LaTeX Font Info:    Checking defaults for OML/cmm/m/it on input line 41.")
L.ln("LaTeX Font Info:    ... okay on input line 41.")
L.ln("LaTeX Font Info:    Checking defaults for TU/lmr/m/n on input line 41.")
L.ln("LaTeX Font Info:    ... okay on input line 41.")
L.ln("Package hyperref Info: Link coloring OFF on input line 41.")
L.ln("")

page = 0


def ship():
    global page
    page += 1
    L.p(f" [{page}]")


def cite(key, line):
    L.ln("")
    L.ln(f"Package natbib Warning: Citation `{key}' on page {page + 1} undefined on input line {line}.")
    L.ln("")


def ref(label, line):
    L.ln("")
    L.ln(f"LaTeX Warning: Reference `{label}' on page {page + 1} undefined on input line {line}.")
    L.ln("")


def overfull(pt, a, b, thai):
    L.ln("")
    L.ln(f"Overfull \\hbox ({pt}pt too wide) in paragraph at lines {a}--{b}")
    L.ln("[]\\TU/THSarabunNew(0)/m/n/16.8 " + thai)
    L.ln(" []")
    L.ln("")


def underfull(a, b, thai):
    L.ln("")
    L.ln(f"Underfull \\hbox (badness 10000) in paragraph at lines {a}--{b}")
    L.ln("[]\\TU/THSarabunNew(0)/m/n/16.8 " + thai)
    L.ln(" []")
    L.ln("")


def chapter(fname, n):
    L.ln("")
    L.p(f"(./chapters/{fname}")
    L.ln(f"Chapter {n}.")


# front matter
L.p(f"({TL}/latex/base/omlcmm.fd")
L.ln("File: omlcmm.fd 2023/04/13 v2.5m Standard LaTeX font definitions")
L.p(")")
for _ in range(6):
    ship()
L.ln("")
L.ln("No file thesis.toc.")
L.ln("\\tf@toc=\\write4")
L.ln("\\openout4 = `thesis.toc'.")
L.ln("")
ship()

chapter("ch1-intro.tex", 1)
cite("kittisak2019rice", 18)
cite("fao2021rice", 21)
overfull("6.81853", 23, 26, "โรคใบไหม้และโรคใบจุดสีน้ำตาลเป็นสาเหตุสำคัญที่ทำให้ผลผลิตข้าวของประเทศไทยลดลงในแต่ละปี")
ship()
cite("he2016deep", 37)
cite("howard2017mobilenets", 37)
cite("tan2019efficientnet", 38)
underfull(40, 41, "งาน วิจัย นี้ จึง มุ่ง ศึกษา")
ship()
ref("sec:scope", 52)
ship()
L.p(")")

chapter("ch2-background.tex", 2)
ship()
cite("lecun1998gradient", 12)
cite("krizhevsky2012imagenet", 15)
cite("simonyan2015very", 15)
cite("he2016deep", 19)
ship()
L.p("\nFile: figures/residual-block.pdf Graphic file (type pdf)\n")
L.ln("<use figures/residual-block.pdf>")
cite("sandler2018mobilenetv2", 31)
cite("howard2019searching", 33)
cite("chollet2017xception", 34)
overfull("2.40001", 35, 38, "ซึ่งใช้การคอนโวลูชันแบบแยกส่วนเชิงลึก (depthwise separable convolution) เพื่อลดจำนวนพารามิเตอร์")
ship()
cite("dosovitskiy2021image", 46)
cite("touvron2021training", 47)
cite("liu2021swin", 47)
ship()
cite("selvaraju2017gradcam", 61)
cite("ramesh2022rice", 66)
cite("chen2020using", 67)
cite("rahman2020identification", 68)
overfull("11.37799", 70, 73, "ชุดข้อมูลภาพใบข้าวที่เผยแพร่สาธารณะส่วนใหญ่ถ่ายในห้องปฏิบัติการ ภายใต้แสงและพื้นหลังที่ควบคุมได้")
ship()
ship()
L.p(")")

chapter("ch3-method.tex", 3)
L.p("\nFile: figures/pipeline.pdf Graphic file (type pdf)\n")
L.ln("<use figures/pipeline.pdf>")
ref("fig:pipeline", 9)
ship()
cite("shorten2019survey", 22)
cite("cubuk2020randaugment", 24)
cite("zhang2018mixup", 25)
ship()
cite("loshchilov2017sgdr", 40)
cite("kingma2015adam", 41)
underfull(44, 45, "อัตรา การ เรียน รู้ เริ่ม ต้น")
ship()
L.p("\nFile: figures/confusion-matrix.png Graphic file (type bmp)\n")
L.ln("<figures/confusion-matrix.png>")
ref("tab:hparams", 58)
ship()
ship()
L.p(")")
L.ln("No file thesis.bbl.")
ship()
ship()
L.p(" (./thesis.aux)")
L.ln("")
L.ln("LaTeX Warning: There were undefined references.")
L.ln("")
L.ln("")
L.ln("Package natbib Warning: There were undefined citations.")
L.ln("")
L.ln("")
L.ln("LaTeX Warning: Label(s) may have changed. Rerun to get cross-references right.")
L.ln("")
L.ln(" ) ")
L.ln("Here is how much of TeX's memory you used:")
L.ln(" 15203 strings out of 476179")
L.ln(" 321807 string characters out of 5796156")
L.ln(" 1933842 words of memory out of 5000000")
L.ln(" 36889 multiletter control sequences out of 15000+600000")
L.ln(" 560417 words of font info for 51 fonts, out of 8000000 for 9000")
L.ln(" 14 hyphenation exceptions out of 8191")
L.ln(" 84i,11n,93p,1127b,471s stack positions out of 10000i,1000n,20000p,200000b,200000s")
L.ln("")
L.ln(f"Output written on thesis.pdf ({page} pages).")
write(F, L.text(), negative=True)
