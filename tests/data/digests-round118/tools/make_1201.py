#!/usr/bin/env python3
"""1201: a RIS export from refbase (the web reference manager), an invented Tehran-like vision lab's install
(`refbase.vision.example.ir`), “vision architectures and robustness” records selected and exported for a reading
group. RIS as refbase writes it: `TAG  - value` lines, CRLF, one `TY` first and `ER  - ` last per record, a blank
line between records; authors `Last, First` one per AU line; the lab's Persian notes and keywords; refbase's own N1
line “exported from refbase (…show.php?record=N), last updated on …” in every record. Evidence: UR with an arXiv abs or
pdf URL, a note holding a bare `arXiv:` id, and records with only the venue (and a DOI that is not an arXiv DOI).
A program, a documentation page and a book are not papers."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, authors, write_only
from make_expected import F1201, keys

BASE = "http://refbase.vision.example.ir/show.php?record="


def ris_name(n):
    w = n.split()
    return f"{w[-1]}, {' '.join(w[:-1])}"


recs = [
 # (serial, TY, key or None, title, authors, year, fields, persian note, keywords, updated)
 (412, "CONF", "2106.04560", None, None, 2022,
  [("T2", "Proceedings of the IEEE/CVF Conference on Computer Vision and Pattern Recognition (CVPR)"), ("SP", "12104"), ("EP", "12113"),
   ("UR", "https://arxiv.org/abs/2106.04560")],
  "قانون مقیاس برای ViT؛ نمودار شکل ۱ را برای جلسه آماده کنید.", ["ترنسفورمر بینایی", "مقیاس‌پذیری"], "Sat, 04 May 2024 10:12:37 +0330"),
 (415, "CONF", "2103.14030", None, None, 2021,
  [("T2", "Proceedings of the IEEE/CVF International Conference on Computer Vision (ICCV)"), ("SP", "10012"), ("EP", "10022"),
   ("UR", "https://arxiv.org/pdf/2103.14030.pdf")],
  "پنجره‌های جابه‌جاشونده؛ backbone پیش‌فرض پروژهٔ تشخیص.", ["ترنسفورمر بینایی", "backbone"], "Sat, 04 May 2024 10:20:05 +0330"),
 (417, "CONF", "2201.03545", None, None, 2022,
  [("T2", "Proceedings of the IEEE/CVF Conference on Computer Vision and Pattern Recognition (CVPR)"), ("SP", "11976"), ("EP", "11986")],
  "ConvNeXt — پاسخ CNNها به Swin. نسخهٔ پیش‌چاپ: arXiv:2201.03545", ["شبکهٔ کانولوشنی", "backbone"], "Sun, 05 May 2024 09:03:51 +0330"),
 (421, "JOUR", "2004.07780", None, None, 2020,
  [("JF", "Nature Machine Intelligence"), ("VL", "2"), ("IS", "11"), ("SP", "665"), ("EP", "673"), ("DO", "10.1038/s42256-020-00257-z")],
  "مقالهٔ مروری؛ مثال گاو روی ساحل را در ارائه بیاورید.", ["استحکام", "تعمیم"], "Sun, 05 May 2024 09:40:12 +0330"),
 (422, "CONF", "2103.14586", None, None, 2021,
  [("T2", "Proceedings of the IEEE/CVF International Conference on Computer Vision (ICCV)"), ("SP", "10231"), ("EP", "10241"),
   ("UR", "https://arxiv.org/abs/2103.14586")],
  "مقایسهٔ استحکام ViT و ResNet در برابر اختلال و حملهٔ تخاصمی.", ["استحکام", "ترنسفورمر بینایی"], "Mon, 06 May 2024 14:25:40 +0330"),
 (430, "CONF", "2010.08515", None, None, 2021,
  [("T2", "International Conference on Learning Representations (ICLR)")],
  "بخش نظری؛ فقط قضیهٔ اصلی و شکل ۱ را بخوانید.", ["نظریه", "شبکهٔ کانولوشنی"], "Mon, 06 May 2024 15:02:18 +0330"),
 (431, "CONF", "2104.00298", None, None, 2021,
  [("T2", "Proceedings of the 38th International Conference on Machine Learning (ICML)"), ("VL", "139"), ("SP", "10096"), ("EP", "10106"),
   ("PB", "PMLR")],
  "progressive learning؛ برای آموزش روی GPUهای محدود آزمایشگاه مهم است.", ["شبکهٔ کانولوشنی", "آموزش کارا"], "Tue, 07 May 2024 11:47:09 +0330"),
 (433, "CONF", "2010.04159", None, None, 2021,
  [("T2", "International Conference on Learning Representations (ICLR)")],
  "Deformable DETR؛ همگرایی سریع‌تر از DETR. کد در مخزن fundamentalvision.", ["تشخیص شیء", "ترنسفورمر بینایی"], "Tue, 07 May 2024 12:10:55 +0330"),
 (440, "COMP", None, "PyTorch Image Models (timm)", ["Wightman, Ross"], 2019,
  [("PB", "GitHub"), ("UR", "https://github.com/huggingface/pytorch-image-models")],
  "کتابخانه است، نه مقاله؛ وزن‌های از پیش آموزش‌دیده از اینجا.", ["نرم‌افزار"], "Wed, 08 May 2024 08:30:00 +0330"),
 (441, "ELEC", None, "torchvision.models — Models and pre-trained weights", ["PyTorch Contributors"], 2024,
  [("UR", "https://pytorch.org/vision/stable/models.html")],
  "مستندات torchvision؛ برای مقایسهٔ دقت‌های گزارش‌شده.", ["مستندات"], "Wed, 08 May 2024 08:34:21 +0330"),
 (442, "BOOK", None, "Dive into Deep Learning", ["Zhang, Aston", "Lipton, Zachary C.", "Li, Mu", "Smola, Alexander J."], 2023,
  [("PB", "Cambridge University Press"), ("CY", "Cambridge"), ("UR", "https://d2l.ai")],
  "کتاب درسی؛ فصل ۱۱ (مکانیزم توجه) پیش‌نیاز است.", ["کتاب"], "Wed, 08 May 2024 08:40:44 +0330"),
]
out = []
for serial, ty, key, title, au, year, fields, note, kws, upd in recs:
    lines = [("TY", ty)]
    for n in (authors(key) if key else au):
        lines.append(("AU", ris_name(n) if key else n))
    lines.append(("TI", T(key) if key else title))
    lines.append(("PY", str(year)))
    lines += fields
    lines += [("KW", k) for k in kws]
    lines.append(("N1", note))
    lines.append(("N1", f"exported from refbase ({BASE}{serial}), last updated on {upd}"))
    lines.append(("LA", "English"))
    lines.append(("ID", str(serial)))
    out.append("\r\n".join(f"{t}  - {v}" for t, v in lines) + "\r\nER  - \r\n")
ris = "\r\n".join(out)
write_only(F1201, ris, keys(F1201))
