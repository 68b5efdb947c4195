#!/usr/bin/env python3
"""1000: the back matter of an Indonesian undergraduate thesis (skripsi, S1 Informatika) as `pdftotext` prints the
PDF that Word exported (reading order, no -layout): LF line ends, a form feed after every page, the page number
alone as the last line of each page (the chapter's numbering continued), lines broken where the PDF breaks them, no
indentation (the hanging indent of the reference list is lost). The pages: the end of BAB V (5.2 Saran),
DAFTAR PUSTAKA in the Harvard-like convention of Indonesian faculty guidelines — one
alphabetical list, `Surname, I.` authors joined by `dan`, more than three authors cut to three and `dkk.`, the year
after the authors, `Dalam:` for proceedings, `hlm.` for pages, `Tersedia pada: URL [Diakses DD Bulan YYYY].` for
online sources —, and LAMPIRAN (a table whose cells come one per line, a code excerpt). Student, advisor, university
and the Indonesian-language sources are invented.

Papers: three arXiv URLs after `Tersedia pada:` (links), one `arXiv:ID` at the end of a proceedings reference, four
titles only (two not on arXiv: Glorot and Bengio 2010, Hinton et al. 2006). Not papers: the Goodfellow–Bengio–
Courville book, an Indonesian textbook, a BPS statistics publication, the Kaggle rice-leaf data set, the PyTorch
and timm documentation; nicknames (ResNet-50, EfficientNet-B0, DARTS) in the conclusions are not labelled."""
import os, sys, textwrap
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import by_num, keys, GLOROT, DBN

F = by_num(1000)
K = dict(resnest="2004.08955", nas="2108.04392", autohas="2006.03656", prelu="1502.01852", resnet="1512.03385",
         effnet="1905.11946")
W = 86


def para(s):
    return textwrap.wrap(s, W, break_on_hyphens=False, break_long_words=False)


refs = [
    "Badan Pusat Statistik. 2023. Luas Panen dan Produksi Padi di Indonesia 2022 (Angka Tetap). Jakarta: Badan "
    "Pusat Statistik.",
    "Dong, X., Tan, M., Yu, A. W. dkk. 2020. " + T(K["autohas"]) + ". Tersedia pada: https://arxiv.org/pdf/"
    + K["autohas"] + ".pdf [Diakses 9 Februari 2024].",
    "Glorot, X. dan Bengio, Y. 2010. " + GLOROT + ". Dalam: Proceedings of the Thirteenth International "
    "Conference on Artificial Intelligence and Statistics (AISTATS), PMLR 9, hlm. 249–256.",
    "Goodfellow, I., Bengio, Y. dan Courville, A. 2016. Deep Learning. Cambridge, MA: MIT Press.",
    "He, K., Zhang, X., Ren, S. dkk. 2015. " + T(K["prelu"]) + ". Dalam: Proceedings of the IEEE "
    "International Conference on Computer Vision (ICCV), hlm. 1026–1034. arXiv:" + K["prelu"] + ".",
    "He, K., Zhang, X., Ren, S. dkk. 2016. " + T(K["resnet"]) + ". Dalam: Proceedings of the IEEE "
    "Conference on Computer Vision and Pattern Recognition (CVPR), hlm. 770–778.",
    "Hinton, G. E., Osindero, S. dan Teh, Y.-W. 2006. " + DBN + ". Neural Computation, 18(7), hlm. 1527–1554.",
    "Kaggle. 2020. Rice Leaf Diseases Dataset. Tersedia pada: https://www.kaggle.com/datasets/vbookshelf/"
    "rice-leaf-diseases [Diakses 12 Oktober 2023].",
    "PyTorch. 2024. PyTorch Documentation: torchvision.models. Tersedia pada: https://pytorch.org/vision/stable/"
    "models.html [Diakses 20 Februari 2024].",
    "Suyanto. 2019. Deep Learning: Modernisasi Machine Learning untuk Big Data. Bandung: Informatika.",
    "Tan, M. dan Le, Q. V. 2019. " + T(K["effnet"]) + ". Dalam: Proceedings of the 36th International "
    "Conference on Machine Learning (ICML), PMLR 97, hlm. 6105–6114.",
    "Wang, R., Cheng, M., Chen, X. dkk. 2021. " + T(K["nas"]) + ". Dalam: International Conference on "
    "Learning Representations (ICLR). Tersedia pada: https://arxiv.org/abs/" + K["nas"] + " [Diakses 15 Januari "
    "2024].",
    "Wightman, R. 2019. PyTorch Image Models (timm). GitHub repository. Tersedia pada: https://github.com/"
    "huggingface/pytorch-image-models [Diakses 20 Februari 2024].",
    "Zhang, H., Wu, C., Zhang, Z. dkk. 2022. " + T(K["resnest"]) + ". Dalam: Proceedings of the IEEE/CVF "
    "Conference on Computer Vision and Pattern Recognition Workshops (CVPRW), hlm. 2736–2746. Tersedia pada: "
    "https://arxiv.org/abs/" + K["resnest"] + " [Diakses 3 Maret 2024].",
]
START = r"^(?:[A-Z][\w'-]+, [A-Z]\.|Badan Pusat|Kaggle\.|PyTorch\.|Suyanto\.)"

p5a = [
    "5.2 Saran",
    *para("Berdasarkan hasil penelitian, terdapat beberapa saran untuk penelitian selanjutnya:"),
    *para("1. Ruang pencarian arsitektur dapat diperluas dengan blok split-attention seperti pada ResNeSt, karena "
          "pada percobaan awal blok tersebut memberikan kenaikan akurasi sekitar 1,2% dibandingkan ResNet-50 "
          "dengan jumlah parameter yang hampir sama."),
    *para("2. Pemilihan arsitektur akhir pada metode berbasis DARTS sebaiknya tidak hanya mengandalkan bobot "
          "arsitektur (α), tetapi juga diuji dengan pendekatan berbasis perturbasi sebagaimana disarankan oleh "
          "Wang dkk. (2021)."),
    *para("3. Dataset citra daun padi yang digunakan masih terbatas (3 kelas, 120 citra asli yang diperbanyak "
          "dengan augmentasi) dan diambil pada kondisi pencahayaan yang seragam. Penelitian selanjutnya disarankan menambah citra dari lahan petani di "
          "Kabupaten Karawang dan Indramayu dengan kondisi lapangan yang sebenarnya."),
    *para("4. Model EfficientNet-B0 hasil transfer learning masih lebih ringan untuk aplikasi mobile. Perlu "
          "dilakukan kuantisasi model sebelum diterapkan pada aplikasi Android untuk penyuluh pertanian."),
]
pages = [p5a]
daftar = ["DAFTAR PUSTAKA"]
for r in refs:
    ls = para(r)
    import re
    assert re.match(START, ls[0]), ls[0]
    assert not any(re.match(START, l) for l in ls[1:]), ls
    daftar += ls
pages += [daftar[:29], daftar[29:]]
lamp = [
    "LAMPIRAN",
    "Lampiran 1. Arsitektur terbaik hasil pencarian (sel normal)",
    "Tabel L.1 Operasi terpilih pada setiap tepi sel normal",
    "Tepi",
    "Operasi",
    "(0, 2)",
    "sep_conv_3x3",
    "(1, 2)",
    "sep_conv_3x3",
    "(0, 3)",
    "skip_connect",
    "(2, 3)",
    "dil_conv_5x5",
    "(1, 4)",
    "sep_conv_5x5",
    "(3, 4)",
    "max_pool_3x3",
    "Lampiran 2. Potongan kode pelatihan",
    "model = timm.create_model(\"efficientnet_b0\", pretrained=True, num_classes=3)",
    "optimizer = torch.optim.SGD(model.parameters(), lr=0.01, momentum=0.9, weight_decay=3e-4)",
    "scheduler = torch.optim.lr_scheduler.CosineAnnealingLR(optimizer, T_max=50)",
]
pages.append(lamp)
start_page = 61
out = []
for i, p in enumerate(pages):
    assert all(len(l) <= 90 for l in p), [l for l in p if len(l) > 90]
    out.append("\n".join(p) + "\n\n" + str(start_page + i) + "\n\f")
text = "".join(out)
write_only(F, text, keys(F), forms=[" ".join(text.split())])
