#!/usr/bin/env python3
"""380: the references of a thesis chapter in Harvard style (Cite Them Right: "Surname, I. and Surname, I. (Year)
‘Sentence-case title’, in Proceedings …, pp. x–y. Available at: URL (Accessed: d Month yyyy)."), selected in a PDF
viewer and pasted as text: the last lines of the chapter above the heading, lines broken where the PDF broke them,
words hyphenated at line ends by LaTeX ("recog-/nition", "Sci-/ence") and compounds broken after their own hyphen
("human-/level", "split-/attention"), the fi ligature (U+FB01) where the font had one, a page break inside an entry
(the page number and the next page's running head), URLs broken after "https://". Papers: "Available at:" arXiv
abs/pdf URLs (link), "arXiv preprint arXiv:ID" / "Preprint: arXiv:ID" (arxiv-text), the rest with proceedings,
pages and a DOI only (title-only). A textbook, an MSc thesis, the torchvision documentation and the timm repository
are references but not papers. The text as pasted is the digest; the validator also reads it with ligatures undone
(NFKC) and line-end hyphens joined both ways."""
import os, re, sys, unicodedata
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import write_only
from make_expected import F380, keys

LINES = """on ImageNet-1k only, so the comparison in Table 2.3 is between training recipes rather than
between architectures (He et al., 2016; Liu et al., 2022), and we return to it in Chapter 4.

References

Ghiasi, G., Cui, Y., Srinivas, A., Qian, R., Lin, T.-Y., Cubuk, E.D., Le, Q.V. and Zoph, B.
(2021) ‘Simple copy-paste is a strong data augmentation method for instance segmentation’,
in Proceedings of the IEEE/CVF Conference on Computer Vision and Pattern Recognition
(CVPR), pp. 2918–2928.
Glorot, X. and Bengio, Y. (2010) ‘Understanding the difficulty of training deep feedforward
neural networks’, in Teh, Y.W. and Titterington, M. (eds) Proceedings of the Thirteenth
International Conference on Artificial Intelligence and Statistics. Chia Laguna Resort,
Sardinia, 13–15 May. PMLR (Proceedings of Machine Learning Research, 9), pp. 249–256.
Goodfellow, I., Bengio, Y. and Courville, A. (2016) Deep learning. Cambridge, MA: MIT Press.
He, K., Zhang, X., Ren, S. and Sun, J. (2015) ‘Delving deep into rectifiers: surpassing human-
level performance on ImageNet classiﬁcation’, in Proceedings of the IEEE International
Conference on Computer Vision (ICCV). Santiago, Chile, 7–13 December, pp. 1026–1034.
He, K., Zhang, X., Ren, S. and Sun, J. (2016) ‘Deep residual learning for image recog-
nition’, in Proceedings of the IEEE Conference on Computer Vision and Pattern Recognition
(CVPR). Las Vegas, NV, 27–30 June, pp. 770–778. doi:10.1109/CVPR.2016.90.
Kolesnikov, A., Beyer, L., Zhai, X., Puigcerver, J., Yung, J., Gelly, S. and Houlsby, N. (2020)
‘Big transfer (BiT): general visual representation learning’, in Vedaldi, A., Bischof, H.,
Brox, T. and Frahm, J.-M. (eds) Computer Vision – ECCV 2020. Lecture Notes in Computer Sci-
46
2.6. References 47
ence. Cham: Springer, pp. 491–507. Available at: https://arxiv.org/abs/1912.11370 (Accessed:
14 February 2024).
Krizhevsky, A., Sutskever, I. and Hinton, G.E. (2012) ‘ImageNet classiﬁcation with deep con-
volutional neural networks’, in Pereira, F., Burges, C.J.C., Bottou, L. and Weinberger, K.Q.
(eds) Advances in Neural Information Processing Systems 25. Curran Associates, pp. 1097–1105.
Liu, Z., Lin, Y., Cao, Y., Hu, H., Wei, Y., Zhang, Z., Lin, S. and Guo, B. (2021) ‘Swin trans-
former: hierarchical vision transformer using shifted windows’, in Proceedings of the IEEE/CVF
International Conference on Computer Vision (ICCV), pp. 10012–10022.
Liu, Z., Mao, H., Wu, C.-Y., Feichtenhofer, C., Darrell, T. and Xie, S. (2022) ‘A ConvNet for
the 2020s’, in Proceedings of the IEEE/CVF Conference on Computer Vision and Pattern Recog-
nition (CVPR), pp. 11976–11986. Available at: https://arxiv.org/abs/2201.03545v2 (Accessed:
2 March 2024).
Okonkwo, M. (2023) Label noise in ﬁne-grained bird recognition. MSc thesis. Harrowgate Univer-
sity.
PyTorch (2024) torchvision.models: models and pre-trained weights. Available at: https://
pytorch.org/vision/stable/models.html (Accessed: 2 March 2024).
Steiner, A., Kolesnikov, A., Zhai, X., Wightman, R., Uszkoreit, J. and Beyer, L. (2022) ‘How
to train your ViT? Data, augmentation, and regularization in vision transformers’, Trans-
actions on Machine Learning Research. Available at: https://arxiv.org/pdf/2106.10270.pdf
(Accessed: 2 March 2024).
Tan, M. and Le, Q.V. (2019) ‘EfficientNet: rethinking model scaling for convolutional neural
networks’, in Chaudhuri, K. and Salakhutdinov, R. (eds) Proceedings of the 36th International
Conference on Machine Learning. Long Beach, CA, 9–15 June. PMLR (Proceedings of Machine
Learning Research, 97), pp. 6105–6114. Available at: https://arxiv.org/abs/1905.11946.
Wightman, R. (2019) PyTorch image models [Computer program]. GitHub. Available at: https://
github.com/huggingface/pytorch-image-models (Accessed: 2 March 2024).
Zhai, X., Kolesnikov, A., Houlsby, N. and Beyer, L. (2022) ‘Scaling vision transformers’, in
Proceedings of the IEEE/CVF Conference on Computer Vision and Pattern Recognition (CVPR),
pp. 12104–12113. Preprint: arXiv:2106.04560.
Zhang, H., Wu, C., Zhang, Z., Zhu, Y., Lin, H., Zhang, Z., Sun, Y., He, T., Mueller, J., Man-
matha, R., Li, M. and Smola, A. (2022) ‘ResNeSt: split-
attention networks’, in Proceedings of the IEEE/CVF Conference on Computer Vision and Pattern
Recognition Workshops (CVPRW), pp. 2736–2746. arXiv preprint arXiv:2004.08955.
48
"""


def pdf_forms(text):
    """the paste as a reader repairs it: ligatures undone (NFKC), line-end hyphens kept (compounds) or dropped
    (hyphenated words)"""
    out = []
    for t in (text, unicodedata.normalize("NFKC", text)):
        out += [re.sub(r"-\n", "-", t), re.sub(r"-\n", "", t)]
    return out


if __name__ == "__main__":
    write_only(F380, LINES, keys(F380), forms=pdf_forms(LINES))
