#!/usr/bin/env python3
"""1020: the back matter of a Korean master's thesis (전자공학과, 「비전 트랜스포머를 이용한 소량 라벨 반도체 웨이퍼 맵
결함 분류에 관한 연구」, 2024년 2월) as `pdftotext` (reading order, no -layout) gives it from the PDF the Hangul word
processor exported: LF line ends, lines broken where the PDF broke them (about 40 Hangul syllables or 84 Latin
characters), no indentation kept, each page ended by a blank line, the centred page number `- N -` and a form feed.
Pages: the end of 제 5 장 결론 (5.2 향후 연구, citing references by number), 참 고 문 헌 in the IEEE style Korean
engineering departments use (numbered in order of citation; Korean sources in Korean with 「」 around book and report
titles, English sources with initials, `and` before the last author, titles in double quotes, `[Online]. Available:`
and `[Accessed: …]`), the English ABSTRACT page (title, `Surname, Given` name, `Advisor : Prof. …, Ph.D.`, department,
graduate school, abstract, `Keywords :`) and 감사의 글. The university and all people are invented.

Papers: two arXiv URLs and one OpenReview forum URL after `[Online]. Available:` (links), two `arXiv:ID` at the end
of a reference (arxiv-text), three references by title only (one not on arXiv; two wrapped over lines). Not papers:
the industry statistics yearbook, the Goodfellow–Bengio–Courville book, the WM-811K data set page, timm, the PyTorch
documentation, the Korean translation of Saito's textbook; nicknames (ViT, Swin, ConvNeXt, DeiT) are not labelled."""
import os, sys, unicodedata
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import by_num, keys, ALEXNET

F = by_num(1020)
K = dict(convnext="2201.03545", scaling="2106.04560", vit="2010.11929", swin="2103.14030", howto="2106.10270",
         alexnet=ALEXNET, robust="2103.14586", whyconv="2010.08515")
WIDTH = 84


def dw(s):
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def brk(text):
    """the PDF's line breaks: words filled to WIDTH display columns (Hangul counts two)"""
    out, cur = [], ""
    for w in text.split(" "):
        if cur and dw(cur) + 1 + dw(w) > WIDTH:
            out.append(cur); cur = w
        else:
            cur = (cur + " " + w) if cur else w
    return out + [cur]


def page(lines, n):
    return "\n".join(lines + ["", f"- {n} -"]) + "\n\f"


concl = ["5.2 향후 연구"]
concl += brk("본 연구에서는 라벨이 전체의 10 %만 주어진 조건에서 ViT-S/16 기반 분류기가 ConvNeXt-T와 비슷한 정확도를 "
             "보였으나, 데이터가 더 적어지면 합성곱 신경망의 귀납적 편향이 유리하다는 기존 분석[10]과 같은 경향이 "
             "나타났다. 향후에는 다음 세 가지 방향으로 연구를 확장하고자 한다.")
concl += brk("첫째, 사전학습 데이터의 규모와 모델 크기를 함께 늘렸을 때의 성능 변화를 체계적으로 측정한다. [8]에서 "
             "보고된 스케일링 경향이 웨이퍼 맵처럼 해상도가 낮고 클래스 불균형이 심한 데이터에서도 성립하는지는 아직 "
             "확인되지 않았다.")
concl += brk("둘째, [7]의 학습 레시피(강한 데이터 증강과 정규화)를 웨이퍼 맵의 회전·대칭 특성에 맞게 수정한다. 본 "
             "연구에서 사용한 RandAugment 설정은 자연 영상에 맞춰져 있어 일부 결함 패턴을 훼손할 수 있다.")
concl += brk("셋째, 공정 변화에 따른 분포 이동에 대한 강건성을 [9]의 방법론으로 평가한다. 실제 생산 라인에서는 장비 "
             "교체 직후 결함 분포가 크게 달라지므로, 이에 대한 평가 없이는 현장 적용이 어렵다.")

refs = [
    "한국반도체산업협회, 「2023 반도체산업 통계 연보」, 한국반도체산업협회, 2023.",
    "I. Goodfellow, Y. Bengio, and A. Courville, Deep Learning. Cambridge, MA, USA: MIT Press, 2016.",
    f"A. Krizhevsky, I. Sutskever, and G. E. Hinton, \"{T(K['alexnet'])},\" in Proc. Adv. Neural Inf. Process. "
    "Syst. (NIPS), 2012, pp. 1097-1105.",
    "A. Dosovitskiy, L. Beyer, A. Kolesnikov, D. Weissenborn, X. Zhai, T. Unterthiner, M. Dehghani, M. Minderer, "
    f"G. Heigold, S. Gelly, J. Uszkoreit, and N. Houlsby, \"{T(K['vit'])},\" in Proc. Int. Conf. Learn. Represent. "
    "(ICLR), 2021. [Online]. Available: https://openreview.net/forum?id=YicbFdNTTy",
    f"Z. Liu, Y. Lin, Y. Cao, H. Hu, Y. Wei, Z. Zhang, S. Lin, and B. Guo, \"{T(K['swin'])},\" in Proc. IEEE/CVF "
    f"Int. Conf. Comput. Vis. (ICCV), 2021, pp. 10012-10022, arXiv:{K['swin']}.",
    f"Z. Liu, H. Mao, C.-Y. Wu, C. Feichtenhofer, T. Darrell, and S. Xie, \"{T(K['convnext'])},\" in Proc. IEEE/CVF "
    f"Conf. Comput. Vis. Pattern Recognit. (CVPR), 2022, pp. 11976-11986. [Online]. Available: "
    f"https://arxiv.org/abs/{K['convnext']}",
    f"A. Steiner, A. Kolesnikov, X. Zhai, R. Wightman, J. Uszkoreit, and L. Beyer, \"{T(K['howto'])},\" Trans. Mach. "
    f"Learn. Res., 2022, arXiv:{K['howto']}.",
    f"X. Zhai, A. Kolesnikov, N. Houlsby, and L. Beyer, \"{T(K['scaling'])},\" in Proc. IEEE/CVF Conf. Comput. Vis. "
    f"Pattern Recognit. (CVPR), 2022, pp. 12104-12113. [Online]. Available: https://arxiv.org/pdf/{K['scaling']}.pdf",
    f"S. Bhojanapalli, A. Chakrabarti, D. Glasner, D. Li, T. Unterthiner, and A. Veit, \"{T(K['robust'])},\" in Proc. "
    "IEEE/CVF Int. Conf. Comput. Vis. (ICCV), 2021, pp. 10231-10241.",
    f"Z. Li, Y. Zhang, and S. Arora, \"{T(K['whyconv'])}\" in Proc. Int. Conf. Learn. Represent. (ICLR), 2021.",
    "MIR Lab, \"WM-811K wafer map dataset.\" [Online]. Available: http://mirlab.org/dataSet/public/ [Accessed: Oct. "
    "12, 2023].",
    "R. Wightman, \"PyTorch Image Models,\" GitHub repository, 2019. [Online]. Available: "
    "https://github.com/huggingface/pytorch-image-models",
    "PyTorch Contributors, \"torch.optim.AdamW,\" PyTorch 2.1 documentation. [Online]. Available: "
    "https://pytorch.org/docs/2.1/generated/torch.optim.AdamW.html [Accessed: Nov. 3, 2023].",
    "사이토 고키, 「밑바닥부터 시작하는 딥러닝」, 개앞맵시 옮김, 한빛미디어, 2017.",
]
ref_lines = ["참 고 문 헌", ""]
for i, r in enumerate(refs, 1):
    ref_lines += brk(f"[{i}] {r}")

abstract = [
    "ABSTRACT",
    "",
    "A Study on Semiconductor Wafer Map Defect Classification",
    "Using Vision Transformers with Limited Labeled Data",
    "",
    "Lee, Seoyeon",
    "Advisor : Prof. Park, Jinwoo, Ph.D.",
    "Department of Electronic Engineering",
    "Graduate School of Hangyeol University",
    "",
]
abstract += brk(
    "Wafer map defect patterns carry information about the root causes of yield loss, but labeling them requires "
    "process engineers and is expensive. This thesis studies whether Vision Transformer (ViT) classifiers, which "
    "have replaced convolutional networks in many natural-image benchmarks, remain competitive when only a small "
    "fraction of wafer maps is labeled. Using the public WM-811K data set, we compare ViT, Swin and DeiT models with "
    "ConvNeXt and ResNet baselines under label budgets from 1 % to 100 %, with and without self-supervised "
    "pre-training on the unlabeled maps.")
abstract += brk(
    "With 10 % of the labels, a ViT-S/16 pre-trained on the unlabeled maps reaches a macro F1 score of 0.861, close "
    "to ConvNeXt-T (0.868), while at 1 % the convolutional models are clearly better. A rotation- and "
    "flip-invariant augmentation policy designed for wafer maps improves all models by 1.5 to 3.2 points. The "
    "results suggest that the inductive bias of convolutions still matters for small, low-resolution industrial "
    "data, and that the data augmentation recipe is as important as the choice of architecture.")
abstract += [""] + brk("Keywords : Vision Transformer, wafer map, defect classification, label efficiency, data augmentation")

thanks = ["감사의 글", ""]
thanks += brk("먼저 부족한 저를 2년 동안 지도해 주신 박진우 교수님께 깊이 감사드립니다. 연구가 막힐 때마다 논문을 "
              "천천히 다시 읽어 보라고 하시던 말씀이 큰 힘이 되었습니다. 바쁘신 중에도 논문 심사를 맡아 주신 "
              "최은정 교수님과 한도현 교수님께도 감사드립니다.")
thanks += brk("매주 논문 세미나에서 함께 토론해 준 지능형시스템 연구실 선후배님들, 특히 웨이퍼 데이터 전처리를 "
              "도와준 김민재 선배와 실험 서버를 같이 관리해 준 정하윤 학우에게 고마움을 전합니다. 마지막으로 늘 "
              "믿고 기다려 준 가족에게 이 논문을 바칩니다.")
thanks += ["", "2024년 2월", "이서연"]

text = page(concl, 46) + page(ref_lines[:2] + ref_lines[2:34], 47) + page(ref_lines[34:], 48) + page(abstract, 49) \
    + page(thanks, 50)
for line in text.replace("\f", "").split("\n"):
    assert dw(line) <= WIDTH, line
write_only(F, text, keys(F))
