#!/usr/bin/env python3
"""471: the JSON that `exiftool -j -a -G0:1`-less plain `exiftool -j` prints for a folder of PDFs on a Japanese
researcher's Mac (`exiftool -j -ext pdf ~/Documents/論文/古典`), including the macOS metadata exiftool reads
(MDItemWhereFroms, MDItemUserTags, MDItemFinderComment): exiftool's layout (one object per file, two-space
indentation, numbers unquoted, lists as arrays), files in the order exiftool walks the directory. Papers: PDF
Title fields, Finder comments and file names; WhereFroms URLs on arxiv.org (link) and openreview.net (link); an
arXiv id only in the file name (arxiv-text); a university page, CVF open access, a Google Drive link (title-only).
Not papers: lecture slides, a book chapter, a conference receipt, a poster."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, au, write_only
from make_expected import F471, keys, DBN

D = "/Users/haruka/Documents/論文/古典"

def f(name, size, kb, mod, pdfv, pages, extra, where=None, tags=None, comment=None):
    o = {"SourceFile": f"{D}/{name}", "ExifToolVersion": 12.76, "FileName": name, "Directory": D,
         "FileSize": size, "FileModifyDate": mod, "FileAccessDate": "2024:04:22 08:41:17+09:00",
         "FileInodeChangeDate": mod, "FilePermissions": "-rw-r--r--", "FileType": "PDF", "FileTypeExtension": "pdf",
         "MIMEType": "application/pdf", "PDFVersion": pdfv, "Linearized": "No", "PageCount": pages}
    o.update(extra)
    if where: o["MDItemWhereFroms"] = where
    if tags: o["MDItemUserTags"] = tags
    if comment: o["MDItemFinderComment"] = comment
    return o

files = [
 f("1301.3781v3.pdf", "219 kB", 219, "2023:11:02 10:15:40+09:00", 1.4, 12,
   {"Producer": "dvips + GPL Ghostscript GIT PRERELEASE 9.08", "Creator": "LaTeX with hyperref package",
    "CreateDate": "2013:09:09 20:21:52-04:00", "ModifyDate": "2013:09:09 20:21:52-04:00"},
   tags=["古典", "読了", "NLP"], comment="word2vec。" + T("1301.3781") + "（Mikolov ほか 2013）。CBOW と skip-gram の比較表は講義で使う。"),
 f("2308.04079.pdf", "48 MB", 0, "2024:01:18 22:47:03+09:00", 1.5, 14,
   {"Producer": "pdfTeX-1.40.25", "Creator": "LaTeX with acmart 2023/03/30 v1.90 Typesetting articles for the Association for Computing Machinery and hyperref 2023-02-07 v7.00v Hypertext markup for LaTeX",
    "Title": T("2308.04079"), "Author": au("2308.04079", 4, ""),
    "CreateDate": "2023:08:09 00:13:50Z", "ModifyDate": "2023:08:09 00:13:50Z"},
   where=["https://repo-sam.inria.fr/fungraph/3d-gaussian-splatting/", "https://www.google.com/"],
   tags=["3D", "未読"], comment="SIGGRAPH 2023。古典じゃないけど一旦ここに置く"),
 f("Goodfellow_2014_GAN.pdf", "518 kB", 0, "2023:10:30 09:02:11+09:00", 1.4, 9,
   {"Producer": "pdfTeX-1.40.12", "Creator": "LaTeX with hyperref package", "Title": T("1406.2661"),
    "Author": "Ian J. Goodfellow, Jean Pouget-Abadie, Mehdi Mirza, Bing Xu, David Warde-Farley, Sherjil Ozair, Aaron Courville, Yoshua Bengio",
    "CreateDate": "2014:06:11 00:14:34Z", "ModifyDate": "2014:06:11 00:14:34Z", "Trapped": "False"},
   where=["https://arxiv.org/pdf/1406.2661v1", "https://arxiv.org/abs/1406.2661"],
   tags=["古典", "読了", "生成モデル"], comment="ゼミ第2回で紹介済み"),
 f("He_2015_ResNet.pdf", "800 kB", 0, "2023:10:30 09:05:48+09:00", 1.5, 12,
   {"Producer": "pdfTeX-1.40.15", "Creator": "LaTeX with hyperref package", "Title": T("1512.03385"),
    "Author": "Kaiming He, Xiangyu Zhang, Shaoqing Ren, Jian Sun",
    "CreateDate": "2015:12:11 01:48:01Z", "ModifyDate": "2015:12:11 01:48:01Z"},
   where=["https://arxiv.org/pdf/1512.03385.pdf", "https://www.bing.com/"],
   tags=["古典", "読了", "画像認識"]),
 f("He_2015_PReLU_ICCV.pdf", "1.1 MB", 0, "2023:10:30 09:07:26+09:00", 1.3, 9,
   {"Producer": "PDFlib+PDI 9.0.3 (OS X)", "Creator": "", "Title": T("1502.01852"),
    "Author": "Kaiming He, Xiangyu Zhang, Shaoqing Ren, Jian Sun", "Subject": "2015 IEEE International Conference on Computer Vision (ICCV)",
    "CreateDate": "2015:11:18 14:21:34-08:00", "ModifyDate": "2015:11:18 14:21:34-08:00"},
   where=["https://openaccess.thecvf.com/content_iccv_2015/papers/He_Delving_Deep_into_ICCV_2015_paper.pdf",
          "https://openaccess.thecvf.com/ICCV2015"],
   tags=["古典", "画像認識"], comment="He の初期化（Kaiming init）の元論文。式(10)"),
 f("Hinton_Osindero_Teh_2006.pdf", "376 kB", 0, "2023:10:31 18:30:02+09:00", 1.3, 28,
   {"Producer": "Acrobat Distiller 6.0 (Windows)", "Creator": "PScript5.dll Version 5.2.2", "Title": "fastnc.dvi",
    "Author": "hinton", "CreateDate": "2006:05:16 17:12:53-04:00", "ModifyDate": "2006:05:16 17:12:53-04:00"},
   where=["https://www.cs.toronto.edu/~hinton/absps/fastnc.pdf"],
   tags=["古典", "読了"], comment=f"{DBN}（Neural Computation 18(7), 2006）。PDF の Title が fastnc.dvi のままなので Zotero 側で直した"),
 f("NTM_Graves.pdf", "1.6 MB", 0, "2024:02:05 13:55:10+09:00", 1.5, 26,
   {"Producer": "pdfTeX-1.40.14", "Creator": "LaTeX with hyperref package", "Title": T("1410.5401"),
    "Author": "Alex Graves, Greg Wayne, Ivo Danihelka", "CreateDate": "2014:12:11 01:24:19Z", "ModifyDate": "2014:12:11 01:24:19Z"},
   where=["https://drive.google.com/uc?id=1Qz4pL0mWcX8aE2rT7yN3vBd&export=download", "https://mail.google.com/"],
   tags=["古典", "記憶", "未読"], comment="研究室の共有ドライブから。外部メモリの回で読む"),
 f("gatopoulos_tomczak_ssvae.pdf", "3.4 MB", 0, "2024:02:19 16:12:44+09:00", 1.5, 18,
   {"Producer": "pdfTeX-1.40.21", "Creator": "LaTeX with hyperref", "Title": T("2010.02014"),
    "Author": "Ioannis Gatopoulos, Jakub M. Tomczak", "CreateDate": "2020:10:02 12:08:31Z", "ModifyDate": "2020:10:02 12:08:31Z"},
   where=["https://openreview.net/pdf?id=" + OR("2010.02014")],
   tags=["生成モデル", "VAE", "未読"], comment="ICLR 2021 投稿版"),
 f("ゼミ資料_第3回_生成モデル入門.pdf", "6.2 MB", 0, "2024:04:15 11:40:33+09:00", 1.7, 41,
   {"Producer": "macOS バージョン14.4（ビルド23E214） Quartz PDFContext", "Creator": "Keynote",
    "Title": "ゼミ資料 第3回 生成モデル入門", "Author": "山根 はるか", "CreateDate": "2024:04:15 02:40:21Z", "ModifyDate": "2024:04:15 02:40:21Z"},
   tags=["ゼミ", "スライド"]),
 f("深層学習_改訂第2版_第4章.pdf", "9.8 MB", 0, "2024:03:01 09:00:12+09:00", 1.6, 38,
   {"Producer": "Adobe PDF Library 15.0", "Creator": "Adobe InDesign 16.4 (Macintosh)", "Title": "深層学習 改訂第2版 第4章 畳み込みニューラルネットワーク",
    "CreateDate": "2022:01:17 10:33:48+09:00", "ModifyDate": "2022:01:17 10:35:02+09:00"},
   tags=["書籍"], comment="教科書の章（スキャンではなく購入した電子版）"),
 f("領収書_参加費_MIRU2024.pdf", "88 kB", 0, "2024:04:20 19:27:55+09:00", 1.4, 1,
   {"Producer": "Skia/PDF m123", "Creator": "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) Chrome/123.0.0.0 Safari/537.36",
    "Title": "領収書", "CreateDate": "2024:04:20 10:27:51Z", "ModifyDate": "2024:04:20 10:27:51Z"},
   where=["https://conf.example.jp/miru2024/receipt?no=24-01187"], tags=["事務"], comment="経理に提出済み"),
]
files.sort(key=lambda o: o["FileName"])
SEP = (",", ":")
def dump(o):
    return "{\n" + ",\n".join(f"  {json.dumps(k)}: {json.dumps(v, ensure_ascii=False, separators=SEP if isinstance(v, list) else None)}" for k, v in o.items()) + "\n}"
text = "[" + ",\n".join(dump(o) for o in files) + "]\n"
write_only(F471, text, keys(F471))
