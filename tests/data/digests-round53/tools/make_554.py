#!/usr/bin/env python3
"""554: Tesseract 5 hOCR output (`tesseract scan_0007.png scan_0007 -l ukr+eng hocr`) of a scanned, printed handout
for a Ukrainian computer-vision seminar: XHTML with the ocr-system / ocr-capabilities meta, one ocr_page with its
image and bbox, ocr_carea blocks, ocr_par paragraphs with lang, ocr_line spans with baseline / x_size /
x_descenders / x_ascenders, and one ocrx_word span per word with bbox and x_wconf — so every title is split into
word spans and some wrap over two printed lines. Papers: arXiv abs URLs printed (link), "arXiv:ID" printed
(arxiv-text), titles with venues (title-only). Not papers: the timm docs, CS231n, a textbook, the ImageNet site."""
import os, re, sys
from xml.sax.saxutils import escape
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import F554, keys

GLOROT = "Understanding the difficulty of training deep feedforward neural networks"
CW, LH, X0, WMAX = 23, 64, 236, 2010   # char width, line pitch, left margin, text width (pixels at 300 dpi)
blocks = [
 [["ПРИОЗЕРНИЙ НАЦІОНАЛЬНИЙ УНІВЕРСИТЕТ (приклад)", "Кафедра інтелектуальних систем"]],
 [["Науковий семінар «Комп'ютерний зір», весняний семестр 2024"],
  ["Заняття 6. Архітектури-основи (backbones), ініціалізація та передтренування. Читати до 28 березня; "
   "статті, позначені *, обов'язкові для всіх, інші розподіляємо між доповідачами."]],
 [["1*. He K., Zhang X., Ren S., Sun J. " + T("1512.03385") + ". CVPR 2016. https://arxiv.org/abs/1512.03385"],
  ["2*. Glorot X., Bengio Y. " + GLOROT + ". AISTATS 2010 (PMLR, т. 9), с. 249-256."],
  ["3. Zhang H., Wu C., Zhang Z. та ін. " + T("2004.08955") + ". CVPR Workshops 2022."],
  ["4. Kolesnikov A., Beyer L., Zhai X. та ін. " + T("1912.11370") + ". ECCV 2020. https://arxiv.org/abs/1912.11370"],
  ["5. Zoph B., Ghiasi G., Lin T.-Y. та ін. " + T("2006.06882") + ". NeurIPS 2020. https://arxiv.org/abs/2006.06882"],
  ["6. Jia C., Yang Y., Xia Y. та ін. " + T("2102.05918") + ". ICML 2021."],
  ["7. Xie C., Tan M., Gong B. та ін. " + T("2006.14536") + ". Препринт, 2020."],
  ["8*. Kirillov A., Mintun E., Ravi N. та ін. " + T("2304.02643") + ". ICCV 2023. arXiv:2304.02643"]],
 [["Додаткові матеріали (не статті): документація бібліотеки timm (huggingface.co/docs/timm); курс CS231n, "
   "лекції 5-7; підручник «Dive into Deep Learning», розд. 8; сайт ImageNet (image-net.org)."]],
 [["Доповідачі: п. 3 - Остап Кравчишин; п. 4 і 5 - Соломія Гнатюк; п. 6 - Тарас Бойчук; п. 7 - Ірина Лелюх."],
  ["Питання надсилайте на seminar-cv@pnu.example.ua до середи."]],
 [["Стор. 1 з 1"]],
]


def wrap(text):
    out, cur = [], []
    for w in text.split():
        if cur and (len(" ".join(cur + [w])) * CW) > WMAX:
            out.append(cur); cur = []
        cur.append(w)
    out.append(cur)
    return out


conf = [96, 93, 91, 95, 89, 96, 92, 94, 90, 95, 88, 96, 93, 91]
ci = 0
L = []
y = 212
ids = {"block": 0, "par": 0, "line": 0, "word": 0}


def bb(b):
    return f"bbox {b[0]} {b[1]} {b[2]} {b[3]}"


def union(bs):
    return [min(b[0] for b in bs), min(b[1] for b in bs), max(b[2] for b in bs), max(b[3] for b in bs)]


for bi, block in enumerate(blocks):
    ids["block"] += 1
    pars = []
    for par in block:
        ids["par"] += 1
        plines = []
        for ptext in par:
            for k, words in enumerate(wrap(ptext)):
                ids["line"] += 1
                indent = 46 if (k > 0 and re.match(r"\d", ptext)) else 0
                x = X0 + indent
                ws = []
                for w in words:
                    ids["word"] += 1
                    wid = len(w) * CW - 3
                    up = 2 if re.search(r"[A-ZА-ЯІЇЄҐ0-9бдйф(]", w) else 12
                    down = 12 if re.search(r"[gjpqyрук,;у(]", w) else 0
                    ws.append(([x, y + up, x + wid, y + 44 + down], w, ids["word"]))
                    x += wid + 3 + CW
                lb = union([b for b, _, _ in ws])
                plines.append((lb, ws, ids["line"]))
                y += LH
        pars.append((union([l[0] for l in plines]), plines, ids["par"], "ukr" if re.search("[А-Яа-яІіЇї]", " ".join(par)) else "eng"))
        y += 22
    bbx = union([p[0] for p in pars])
    L.append(f"   <div class='ocr_carea' id='block_1_{ids['block']}' title=\"{bb(bbx)}\">")
    for pb, plines, pid, lang in pars:
        L.append(f"    <p class='ocr_par' id='par_1_{pid}' lang='{lang}' title=\"{bb(pb)}\">")
        for lb, ws, lid in plines:
            L.append(f"     <span class='ocr_line' id='line_1_{lid}' title=\"{bb(lb)}; baseline 0.001 -12; x_size 56; x_descenders 12; x_ascenders 14\">")
            for b, w, wid in ws:
                c = conf[ci % len(conf)]; ci += 1
                L.append(f"      <span class='ocrx_word' id='word_1_{wid}' title='{bb(b)}; x_wconf {c}'>{escape(w)}</span>")
            L.append("     </span>")
        L.append("    </p>")
    L.append("   </div>")
    y += 60 if bi < 4 else 40
    if bi == len(blocks) - 2: y = max(y, 3330)
head = ['<?xml version="1.0" encoding="UTF-8"?>',
        '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN"',
        '    "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">',
        '<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="en" lang="en">', " <head>", "  <title></title>",
        '  <meta http-equiv="Content-Type" content="text/html;charset=utf-8"/>',
        "  <meta name='ocr-system' content='tesseract 5.3.4' />",
        "  <meta name='ocr-capabilities' content='ocr_page ocr_carea ocr_par ocr_line ocrx_word ocrp_wconf'/>",
        " </head>", " <body>",
        "  <div class='ocr_page' id='page_1' title='image \"/home/solomiia/scans/scan_0007.png\"; bbox 0 0 2480 3508; ppageno 0; scan_res 300 300'>"]
doc = "\n".join(head + L + ["  </div>", " </body>", "</html>", ""])
import html as _h
joined = "\n".join(" ".join(_h.unescape(w) for w in re.findall(r"class='ocrx_word'[^>]*>([^<]*)</span>", ln))
                   for ln in re.split(r"<span class='ocr_line'", doc))
write_only(F554, doc, keys(F554), [joined])
