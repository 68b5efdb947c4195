#!/usr/bin/env python3
"""1461: a BibTeX export of a Greek PhD student's collection ("Οπτικά backbones") from Anara (formerly Unriddle):
one entry per saved item, keys `surnameYYYYword`, two-space indented fields, `{{…}}`-protected acronyms in titles,
`author` in `Last, First and …` form with TeX accents, `url` / `doi` where the item had one, the student's Greek notes
in `note` and tags in `keywords`. Not papers: the timm repository (@software), Szeliski's book (@book), the
ImageNet-1k dataset page (@misc); ViT, DeiT, ConvNeXt, EfficientNetV2, DETR, COTR, LeNet, ResNet, Swin are names."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import F1461, keys, LENET

E = []


def entry(typ, key, fields):
    w = [f"@{typ}{{{key},"]
    for i, (k, v) in enumerate(fields):
        w.append(f"  {k} = {{{v}}}" + ("," if i < len(fields) - 1 else ""))
    w.append("}")
    E.append("\n".join(w))


def prot(t, words):
    for x in words:
        t = t.replace(x, "{" + x + "}", 1)
    return t


entry("inproceedings", "dosovitskiy2021image", [
 ("title", prot(T("2010.11929"), ["Transformers"])),
 ("author", "Dosovitskiy, Alexey and Beyer, Lucas and Kolesnikov, Alexander and Weissenborn, Dirk and Zhai, Xiaohua and Unterthiner, Thomas and Dehghani, Mostafa and Minderer, Matthias and Heigold, Georg and Gelly, Sylvain and Uszkoreit, Jakob and Houlsby, Neil"),
 ("booktitle", "International Conference on Learning Representations"), ("year", "2021"),
 ("url", f"https://openreview.net/forum?id={OR('2010.11929')}"),
 ("keywords", "ViT, transformer, ταξινόμηση"),
 ("note", "Το βασικό άρθρο του ViT. Διάβασε §3.1 και το παράρτημα D για τα patch embeddings. Πίνακας 2: σύγκριση με BiT."),
])
entry("inproceedings", "liu2022convnet", [
 ("title", prot(T("2201.03545"), ["ConvNet"])),
 ("author", "Liu, Zhuang and Mao, Hanzi and Wu, Chao-Yuan and Feichtenhofer, Christoph and Darrell, Trevor and Xie, Saining"),
 ("booktitle", "Proceedings of the IEEE/CVF Conference on Computer Vision and Pattern Recognition (CVPR)"),
 ("pages", "11976--11986"), ("year", "2022"),
 ("keywords", "ConvNeXt, CNN"),
 ("note", "«Εκσυγχρονισμός» του ResNet βήμα-βήμα. Καλό για την εισαγωγή της διατριβής (κεφ. 2)."),
])
entry("inproceedings", "tan2021efficientnetv2", [
 ("title", prot(T("2104.00298"), ["EfficientNetV2"])),
 ("author", "Tan, Mingxing and Le, Quoc V."),
 ("booktitle", "Proceedings of the 38th International Conference on Machine Learning"),
 ("series", "Proceedings of Machine Learning Research"), ("volume", "139"), ("pages", "10096--10106"), ("year", "2021"),
 ("url", "https://arxiv.org/abs/2104.00298"),
 ("keywords", "EfficientNetV2, NAS, progressive learning"),
 ("note", "Progressive learning: μικρές εικόνες στην αρχή, μεγάλες στο τέλος. Να το δοκιμάσουμε στο dataset του εργαστηρίου."),
])
entry("article", "bhojanapalli2021understanding", [
 ("title", T("2103.14586")),
 ("author", "Bhojanapalli, Srinadh and Chakrabarti, Ayan and Glasner, Daniel and Li, Daliang and Unterthiner, Thomas and Veit, Andreas"),
 ("journal", "CoRR"), ("volume", "abs/2103.14586"), ("year", "2021"),
 ("url", "https://arxiv.org/pdf/2103.14586"),
 ("keywords", "robustness, ViT"),
 ("note", "Ευρωστία ViT σε διαταραχές εισόδου και σε αφαίρεση επιπέδων. Σχετικό με το 3ο κεφάλαιο."),
])
entry("article", "li2020why", [
 ("title", T("2010.08515")),
 ("author", "Li, Zhiyuan and Zhang, Yi and Arora, Sanjeev"),
 ("journal", "arXiv preprint arXiv:2010.08515"), ("year", "2020"),
 ("keywords", "θεωρία, inductive bias"),
 ("note", "Θεωρητικό: γιατί τα CNN χρειάζονται λιγότερα δείγματα. Δύσκολο, το αφήνω για μετά την εξεταστική."),
])
entry("inproceedings", "zhu2021deformable", [
 ("title", prot(T("2010.04159"), ["DETR", "Transformers", "End-to-End"])),
 ("author", "Zhu, Xizhou and Su, Weijie and Lu, Lewei and Li, Bin and Wang, Xiaogang and Dai, Jifeng"),
 ("booktitle", "International Conference on Learning Representations"), ("year", "2021"),
 ("url", "https://arxiv.org/abs/2010.04159"),
 ("keywords", "ανίχνευση αντικειμένων, DETR"),
 ("note", "Multi-scale deformable attention· πολύ πιο γρήγορη σύγκλιση από το αρχικό DETR."),
])
entry("inproceedings", "jiang2021cotr", [
 ("title", prot(T("2103.14167"), ["COTR"])),
 ("author", "Jiang, Wei and Trulls, Eduard and Hosang, Jan and Tagliasacchi, Andrea and Yi, Kwang Moo"),
 ("booktitle", "Proceedings of the IEEE/CVF International Conference on Computer Vision (ICCV)"),
 ("pages", "6207--6217"), ("year", "2021"),
 ("keywords", "αντιστοιχίσεις, transformer"),
 ("note", "Για τη συνεργασία με την ομάδα φωτογραμμετρίας (Μάριος)."),
])
entry("article", "lecun1998gradient", [
 ("title", T(LENET)),
 ("author", "LeCun, Yann and Bottou, L{\\'e}on and Bengio, Yoshua and Haffner, Patrick"),
 ("journal", "Proceedings of the IEEE"), ("volume", "86"), ("number", "11"), ("pages", "2278--2324"), ("year", "1998"),
 ("doi", "10.1109/5.726791"),
 ("keywords", "LeNet, ιστορικό"),
 ("note", "Κλασικό, για την ιστορική αναδρομή. Το PDF είναι σκαναρισμένο, χωρίς OCR."),
])
entry("software", "wightman2019timm", [
 ("title", "PyTorch Image Models"), ("author", "Wightman, Ross"), ("year", "2019"),
 ("url", "https://github.com/huggingface/pytorch-image-models"),
 ("note", "Βιβλιοθήκη timm· εκεί υπάρχουν έτοιμα βάρη για ConvNeXt, ViT, Swin."),
])
entry("book", "szeliski2022computer", [
 ("title", "Computer Vision: Algorithms and Applications"), ("edition", "2"), ("author", "Szeliski, Richard"),
 ("publisher", "Springer"), ("address", "Cham"), ("year", "2022"),
 ("url", "https://szeliski.org/Book/"),
 ("note", "Σύγγραμμα του μαθήματος. Κεφ. 5 για βαθιά μάθηση."),
])
entry("misc", "imagenet1k", [
 ("title", "ImageNet-1k (ILSVRC 2012) -- dataset page"), ("year", "2012"),
 ("url", "https://www.image-net.org/challenges/LSVRC/2012/"),
 ("note", "Για τους όρους χρήσης του dataset."),
])
bib = "\n\n".join(E) + "\n"
flat = bib.replace("{", "").replace("}", "")
write_only(F1461, bib, keys(F1461), forms=(flat,))
