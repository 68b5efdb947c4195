#!/usr/bin/env python3
"""731: astropy's `fitsheader` output for a FITS catalogue (two HDUs): '# HDU n in file:' lines, then the header
cards, each exactly 80 ASCII characters (fixed format: keyword in 1-8, '= ' in 9-10, numbers / logicals right-aligned
to column 30, strings from column 11 padded to 8 characters with '' for a quote), long strings with the OGIP
CONTINUE convention ('&' at the end of each piece), COMMENT / HISTORY text in columns 9-80 (titles may wrap over
two COMMENT cards), BINTABLE keywords with NAXIS1 = the sum of the TFORM widths. Indonesian; galaxy self-supervised
embedding catalogue; contrastive and self-supervised methods."""
import os, sys, textwrap, unicodedata
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, CAT, write_only
from make_expected import by_num, keys

F = by_num(731)
A = lambda k: f"https://arxiv.org/abs/{k}"
FN = "katalog_embedding_galaksi_dr3_v2.fits"


def ascii_(s):
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()


def names(k, n):
    a = [ascii_(x) for x in CAT[k]["authors"]]
    return ", ".join(a[:n]) + (" dkk." if len(a) > n else "")


def card(kw, val=None, com=None):
    if val is None:
        return kw.ljust(80)
    if isinstance(val, bool): v = ("T" if val else "F").rjust(20)
    elif isinstance(val, int): v = str(val).rjust(20)
    elif isinstance(val, float): v = repr(val).upper().rjust(20)
    else:
        q = val.replace("'", "''")
        v = "'" + q.ljust(8) + "'"
        if len(kw.ljust(8) + "= " + v) > 80 or len(q) > 68:
            return long_str(kw, val, com)
        v = v.ljust(20)
    c = kw.ljust(8) + "= " + v
    if com: c += " / " + com
    assert len(c) <= 80, c
    return c[:80].ljust(80)


def long_str(kw, val, com):
    q = val.replace("'", "''")
    parts, first = [], True
    while q:
        room = 67
        piece, q = q[:room], q[room:]
        if piece.endswith("'") and not piece.endswith("''"):
            piece, q = piece[:-1], "'" + q
        parts.append(piece)
    out = []
    for i, p in enumerate(parts):
        amp = "&" if i < len(parts) - 1 else ""
        head = kw.ljust(8) + "= " if i == 0 else "CONTINUE  "
        out.append((head + "'" + p + amp + "'").ljust(80))
    return "\n".join(out)


def text_cards(kw, para):
    return [card(kw.ljust(8) + l) for l in textwrap.wrap(para, 72, break_long_words=False, break_on_hyphens=False)]


h0 = [
 card("SIMPLE", True, "conforms to FITS standard"),
 card("BITPIX", 8, "array data type"),
 card("NAXIS", 0, "number of array dimensions"),
 card("EXTEND", True),
 card("DATE", "2024-03-08T11:42:17", "file creation date (UTC)"),
 card("ORIGIN", "Lab Astroinformatika ITBS", "institution that wrote the file"),
 card("CREATOR", "buat_katalog.py v2.3.1", "pipeline script"),
 card("TELESCOP", "SURVEY-LIAR", "citra sumber: survei fotometri publik"),
 card("DATASET", "DR3-cutout-64px", "potongan citra 64x64 piksel, pita g,r,z"),
 card("NOBJ", 48213, "jumlah galaksi"),
 card("LONGSTRN", "OGIP 1.0", "The OGIP long string convention may be used."),
]
h0 += text_cards("COMMENT", "Katalog ini berisi embedding swa-supervisi (self-supervised) untuk 48213 potongan citra "
    "galaksi. Embedding dipakai untuk pencarian galaksi serupa, klasterisasi morfologi, dan sebagai fitur awal "
    "regresi redshift fotometrik. Jangan dipakai untuk katalog sains final tanpa validasi spektroskopi.")
h0 += text_cards("COMMENT", "Dua kepala proyeksi dilatih terpisah. Kolom EMB_BARLOW (256 dimensi) berasal dari "
    "model redundansi-reduksi; kolom EMB_SUPCON (128 dimensi) dari model kontrastif terawasi yang memakai label "
    "morfologi Galaxy Zoo sebagai kelas. Rujukan metode ada di kata kunci METHn di bawah.")
h0 += [
 card("METH1", T("2103.03230")),
 card("METH1AUT", names("2103.03230", 3)),
 card("METH1URL", A("2103.03230")),
 card("METH2", T("2004.11362")),
 card("METH2AUT", names("2004.11362", 3)),
 card("METH2URL", A("2004.11362")),
 card("METH3", T("2006.07733")),
 card("METH3AUT", names("2006.07733", 3)),
 card("METH3ARX", "arXiv:2006.07733", "tanpa URL; versi jurnal belum ada"),
 card("METH4", T("2011.06182")),
 card("METH4URL", "https://openreview.net/forum?id=" + OR("2011.06182")),
]
h0 += text_cards("COMMENT", "METH3 hanya dipakai sebagai model guru untuk inisialisasi (tanpa pasangan negatif). "
    "METH4 dipakai saat fine-tuning kepala redshift: representasi dan label digabung sekaligus.")
h0 += text_cards("COMMENT", "Metode yang dicoba tetapi TIDAK dipakai untuk rilis ini (tanpa tautan, dari catatan "
    f"rapat tim): {T('2010.04592')} ({names('2010.04592', 2)}) -- sampel negatif sulit membuat klaster "
    f"spiral dan lentikular bercampur; {T('2011.04419')} ({names('2011.04419', 2)}) -- augmentasi mixup "
    f"di ruang laten menarik tapi tidak stabil untuk citra 64 piksel.")
h0 += text_cards("COMMENT", f"Pembanding supervised: {T('1912.11370')} ({names('1912.11370', 2)}); dan "
    f"pra-latih citra bertopeng {T('2106.08254')} ({names('2106.08254', 2)}). Keduanya dilatih ulang "
    "pada citra survei, hasil ada di laporan internal LAP-2024-03.")
h0 += [
 card("HISTORY", None) if False else card("HISTORY 2024-02-19 potong citra 64x64 dari DR3 (cutout service publik)"),
 card("HISTORY 2024-02-21 normalisasi asinh, augmentasi rotasi 90 derajat + flip"),
 card("HISTORY 2024-02-26 latih kepala METH1, 400 epoch, 4x A100, PyTorch 2.2"),
 card("HISTORY 2024-03-01 latih kepala METH2, label morfologi Galaxy Zoo DECaLS"),
 card("HISTORY 2024-03-08 tulis katalog dengan astropy 6.0 (fits.BinTableHDU)"),
 card("CHECKSUM", "gH9dhF7cgF7cgF7c", "HDU checksum updated 2024-03-08T11:42:17"),
 card("DATASUM", "0", "data unit checksum updated 2024-03-08T11:42:17"),
]
cols = [("OBJID", "K", None, "ID objek survei"), ("RA", "D", "deg", "asensio rekta J2000"),
        ("DEC", "D", "deg", "deklinasi J2000"), ("Z_PHOT", "E", None, "redshift fotometrik"),
        ("EMB_BARLOW", "256E", None, "embedding METH1"), ("EMB_SUPCON", "128E", None, "embedding METH2"),
        ("CLUSTER", "J", None, "label klaster HDBSCAN"), ("FLAG", "B", None, "0=baik 1=artefak 2=bintang")]
W = {"K": 8, "D": 8, "E": 4, "J": 4, "B": 1}
width = sum(int(f[:-1] or 1) * W[f[-1]] for _, f, _, _ in cols)
h1 = [card("XTENSION", "BINTABLE", "binary table extension"), card("BITPIX", 8, "array data type"),
      card("NAXIS", 2, "number of array dimensions"), card("NAXIS1", width, "length of dimension 1"),
      card("NAXIS2", 48213, "length of dimension 2"), card("PCOUNT", 0, "number of group parameters"),
      card("GCOUNT", 1, "number of groups"), card("TFIELDS", len(cols), "number of table fields")]
for i, (n, f, u, c) in enumerate(cols, 1):
    h1.append(card(f"TTYPE{i}", n, c))
    h1.append(card(f"TFORM{i}", f))
    if u: h1.append(card(f"TUNIT{i}", u))
h1 += [card("EXTNAME", "EMBED", "nama ekstensi"), card("TNULL7", -1, "klaster tidak terdefinisi")]
h1 += text_cards("COMMENT", "Baris dengan FLAG=2 adalah bintang latar depan yang lolos seleksi; embedding tetap "
    "disimpan agar indeks baris sama dengan katalog fotometri induk.")
h1 += [card("CHECKSUM", "Q9aFR7ZEQ7aEQ7ZE", "HDU checksum updated 2024-03-08T11:42:17"),
       card("DATASUM", "3870142211", "data unit checksum updated 2024-03-08T11:42:17")]

text = f"# HDU 0 in {FN}:\n" + "\n".join(h0) + f"\n\n# HDU 1 in {FN}:\n" + "\n".join(h1) + "\n"
assert text.isascii()
import re
lines = text.split("\n")
dec = re.sub(r"&'\s*\nCONTINUE  '", "", text)
com = " ".join(l[8:].strip() for l in lines if l.startswith("COMMENT "))
write_only(F, text, keys(F), forms=[dec, com])
