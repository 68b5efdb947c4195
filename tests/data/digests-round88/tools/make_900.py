#!/usr/bin/env python3
"""900: a Hindi-speaking MTech student's reading notes (plain text, LF) built around references she copied from the
web page of an MDPI review article (the article itself is not named): Firefox copies the reference list with its
numbers, and each entry ends with the link labels MDPI prints after it (`[Google Scholar]`, `[CrossRef]`,
`[Green Version]`). MDPI's reference style (ACS-like): `Surname, I.I.; Surname, I.` (semicolons, initials without
spaces, hyphenated initials `J.-H.`), the title in the authors' capitals, `In Proceedings of the …, City, ST, Country,
D–D Month YYYY; pp. a–b.`, a journal as `Abbrev. Title Year, Vol, a–b.`, preprints as `arXiv Year, arXiv:ID.`,
web sources as `Year. Available online: URL (accessed on D Month YYYY).`, a book as `Title; Publisher: City, Country,
Year.`; en dashes in ranges. Under some entries her Hindi notes add the arXiv link she actually read. A textbook and a
software library from the same list are not papers; nicknames in her reading order are not labels."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, CAT, write_only
from make_expected import by_num, keys, ALEXNET

F = by_num(900)
K = dict(scalevit="2106.04560", effnet="1905.11946", copypaste="2012.07177", howvit="2106.10270", resnet="1512.03385",
         prelu="1502.01852", shortcut="2004.07780")


def mdpi_name(n):
    """'Tsung-Yi Lin' -> 'Lin, T.-Y.'; 'Ekin D. Cubuk' -> 'Cubuk, E.D.'; 'Quoc V. Le' -> 'Le, Q.V.'"""
    parts = n.split()
    ini = "".join("-".join(x[0] + "." for x in p.split("-")) for p in parts[:-1])
    return f"{parts[-1]}, {ini}"


def authors(names):
    return "; ".join(mdpi_name(n) for n in names)


AU = {
    "resnet": ["Kaiming He", "Xiangyu Zhang", "Shaoqing Ren", "Jian Sun"],
    "alexnet": ["Alex Krizhevsky", "Ilya Sutskever", "Geoffrey E. Hinton"],
    "effnet": ["Mingxing Tan", "Quoc Le"],
    "howvit": CAT[K["howvit"]]["authors"],
    "scalevit": CAT[K["scalevit"]]["authors"],
    "copypaste": ["Golnaz Ghiasi", "Yin Cui", "Aravind Srinivas", "Rui Qian", "Tsung-Yi Lin", "Ekin D. Cubuk",
                  "Quoc V. Le", "Barret Zoph"],
    "shortcut": ["Robert Geirhos", "Jörn-Henrik Jacobsen", "Claudio Michaelis", "Richard Zemel", "Wieland Brendel",
                 "Matthias Bethge", "Felix A. Wichmann"],
}
GS, CR, GV = "[Google Scholar]", "[CrossRef]", "[Green Version]"
REFS = {
    2: f"Goodfellow, I.; Bengio, Y.; Courville, A. Deep Learning; MIT Press: Cambridge, MA, USA, 2016. {GS}",
    3: f"{authors(AU['alexnet'])} {ALEXNET}. In Proceedings of the Advances in Neural Information Processing Systems 25 "
       f"(NIPS 2012), Lake Tahoe, NV, USA, 3–6 December 2012; pp. 1097–1105. {GS}",
    7: f"{authors(AU['resnet'])} {T(K['resnet'])}. In Proceedings of the 2016 IEEE Conference on Computer Vision and "
       f"Pattern Recognition (CVPR), Las Vegas, NV, USA, 27–30 June 2016; pp. 770–778. {GS} {CR}",
    8: f"{authors(AU['resnet'])} {T(K['prelu'])}. In Proceedings of the 2015 IEEE International Conference on Computer "
       f"Vision (ICCV), Santiago, Chile, 7–13 December 2015; pp. 1026–1034. {GS} {CR} {GV}",
    12: f"{authors(AU['effnet'])} {T(K['effnet'])}. In Proceedings of the 36th International Conference on Machine "
        f"Learning (ICML), Long Beach, CA, USA, 9–15 June 2019; pp. 6105–6114. {GS}",
    21: f"{authors(AU['howvit'])} {T(K['howvit'])}. arXiv 2021, arXiv:2106.10270. {GS}",
    22: f"{authors(AU['scalevit'])} {T(K['scalevit'])}. 2021. Available online: https://arxiv.org/abs/2106.04560 "
        f"(accessed on 15 May 2023). {GS}",
    30: f"{authors(AU['copypaste'])} {T(K['copypaste'])}. In Proceedings of the 2021 IEEE/CVF Conference on Computer "
        f"Vision and Pattern Recognition (CVPR), Nashville, TN, USA, 20–25 June 2021; pp. 2918–2928. {GS} {CR}",
    35: f"{authors(AU['shortcut'])} {T(K['shortcut'])}. Nat. Mach. Intell. 2020, 2, 665–673. {GS} {CR}",
    41: f"Wightman, R. PyTorch Image Models. 2019. Available online: https://github.com/rwightman/pytorch-image-models "
        f"(accessed on 10 May 2023). {GS} {CR}",
}


def ref(n, note=None):
    s = f"{n}. {REFS[n]}"
    return s + ("\n   → " + note if note else "")


text = "\n".join([
    "CNN बनाम ViT — review paper (MDPI, Applied Sciences 2023) के references से पढ़ने की सूची",
    "=====================================================================",
    "अपडेट: 12 मार्च 2024 | गाइड: डॉ. मेहता | लैब मीटिंग: शुक्रवार 15 मार्च, 3 बजे",
    "",
    "नीचे के references सीधे MDPI की वेबसाइट के References सेक्शन से कॉपी किए हैं (Firefox से, इसलिए नंबर",
    "review वाले ही हैं)। [Google Scholar] / [CrossRef] वाले टुकड़े वेबसाइट के लिंक के लेबल हैं, हटाए नहीं।",
    "",
    "## पहले ये (बुनियाद)",
    "",
    ref(3, "AlexNet. थीसिस के intro में इसका ज़िक्र ज़रूरी है, PDF डॉ. मेहता ने लैब ड्राइव पर डाल दी है।"),
    ref(7, "ResNet — residual connection वाला हिस्सा (सेक्शन 3) ध्यान से।"),
    ref(8, "PReLU + He initialization. हमारे training code में kaiming_normal_ यहीं से आता है।"),
    "",
    "## फिर scaling और training recipe",
    "",
    ref(12, "arXiv वाला version पढ़ा: https://arxiv.org/abs/1905.11946 (v5 में appendix बड़ा है)।"),
    ref(21, "ViT को छोटे dataset पर train करने के लिए augmentation + regularization का पूरा study. AugReg वाले "
            "checkpoints timm में हैं।"),
    ref(22),
    ref(30, "PDF: https://arxiv.org/pdf/2012.07177 — LVIS वाले प्रयोग हमारे segmentation project के काम के।"),
    "",
    "## आख़िर में (robustness पर चर्चा के लिए)",
    "",
    ref(35, "Nature Machine Intelligence. शुक्रवार की चर्चा इसी पर: मॉडल texture पर निर्भर तो नहीं?"),
    "",
    "## paper नहीं (पर काम के)",
    "",
    ref(2, "किताब है — chapter 9 (CNN) दोबारा।"),
    ref(41, "timm library है, paper नहीं। ViT/EfficientNet के pretrained weights यहीं से लेंगे।"),
    "",
    "TODO:",
    "- ResNet → EfficientNet → ViT (AugReg) क्रम में slides, हर paper पर 3–4 slide",
    "- Copy-Paste augmentation को अपने dataset पर आज़माना (detectron2 config तैयार)",
    "- Review में जो tables हैं उनमें ImageNet top-1 के आँकड़े दोबारा जाँचने हैं",
    "",
])
write_only(F, text, keys(F))
