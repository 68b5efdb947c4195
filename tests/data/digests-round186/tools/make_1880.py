#!/usr/bin/env python3
"""1880: the end of an Australian Government agency's research paper, copied from the PDF (Australian English): the
last paragraphs of «5 Discussion» with author–date citations and the «References» list in the author–date style of the
Australian Government Style Manual (family name and initials without full stops, «and» before the last name, the year
in parentheses after the authors, article titles in single quotation marks, «accessed d Month yyyy» before a URL);
running footer «<paper> | Page n». The agency, the paper, the pilot and dates are invented; the Style Manual itself,
Geoscience Australia's «Digital Earth Australia», PyTorch Image Models (timm) and the book of Prince appear as what they
are. Computed: the initials from the catalogue, the alphabetical order (asserted), every citation naming an entry and
every entry cited (asserted), the accessed dates valid and before the paper's month ends (asserted), the footers."""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, authors, write_only
from make_expected import by_num, keys
F = by_num(1880)


def sm(name):
    p = name.split()
    return p[-1] + " " + "".join(x[0] for x in p[:-1])


def names(key, n=None):
    a = [sm(x) for x in authors(key)]
    if n and len(a) > n: a = a[:n]
    return a[0] if len(a) == 1 else ", ".join(a[:-1]) + " and " + a[-1]


def cite(key, y):
    a = authors(key)
    s = a[0].split()[-1]
    return f"{s} {y}" if len(a) == 1 else (f"{s} and {a[1].split()[-1]} {y}" if len(a) == 2 else f"{s} et al. {y}")


ACC = "accessed 12 February 2026"
REFS = [  # (key or None, year, entry)
    ("2010.11929", 2021, f"{names('2010.11929')} (2021) '{T('2010.11929')}', International Conference on Learning Representations, {ACC}. https://openreview.net/forum?id={OR('2010.11929')}"),
    ("2104.00298", 2021, f"{names('2104.00298')} (2021) '{T('2104.00298')}', Proceedings of the 38th International Conference on Machine Learning, PMLR 139:10096–10106."),
    ("2004.07780", 2020, f"{names('2004.07780')} (2020) '{T('2004.07780')}', Nature Machine Intelligence, 2(11):665–673."),
    ("2010.08515", 2021, f"{names('2010.08515')} (2021) '{T('2010.08515')}', International Conference on Learning Representations."),
    ("2103.14030", 2021, f"{names('2103.14030')} (2021) '{T('2103.14030')}', Proceedings of the IEEE/CVF International Conference on Computer Vision, {ACC}. https://arxiv.org/abs/2103.14030"),
    ("2201.03545", 2022, f"{names('2201.03545')} (2022) '{T('2201.03545')}', Proceedings of the IEEE/CVF Conference on Computer Vision and Pattern Recognition, {ACC}. https://arxiv.org/pdf/2201.03545v2"),
    ("2103.14586", 2021, f"{names('2103.14586')} (2021) '{T('2103.14586')}', Proceedings of the IEEE/CVF International Conference on Computer Vision, arXiv:2103.14586."),
    ("2106.04560", 2022, f"{names('2106.04560')} (2022) '{T('2106.04560')}', Proceedings of the IEEE/CVF Conference on Computer Vision and Pattern Recognition, {ACC}. http://arxiv.org/abs/2106.04560"),
    (None, "Geoscience Australia 2025", f"Geoscience Australia (2025) Digital Earth Australia, {ACC}. https://www.dea.ga.gov.au/"),
    (None, "Prince 2023", "Prince SJD (2023) Understanding deep learning, MIT Press, Cambridge MA."),
    (None, "Wightman 2019", f"Wightman R (2019) PyTorch image models [computer software], {ACC}. https://github.com/huggingface/pytorch-image-models"),
]
REFS.sort(key=lambda r: r[2].lower())
assert [r[2].lower() for r in REFS] == sorted(r[2].lower() for r in REFS)
C = {r[0]: cite(r[0], r[1]) for r in REFS if r[0]}
N = {k: re.sub(r" (\d{4})$", r" (\1)", v) for k, v in C.items()}
disc = ["5 Discussion", "",
        f"The pilot compared convolutional and transformer backbones for classifying land cover in Digital Earth",
        f"Australia imagery (Geoscience Australia 2025). Transformer models in the style of {T('2010.11929')}",
        f"({C['2010.11929']}) needed more labelled tiles than the modern convolutional baseline",
        f"({C['2201.03545']}), which is in line with the argument of {N['2010.08515']}. Shifted-window models",
        f"({C['2103.14030']}) closed most of the gap; scaling them further, as in {N['2106.04560']}, was",
        "outside the pilot's compute budget.", "",
        f"Robustness was a concern for the operational use. We followed {N['2103.14586']} in testing against",
        f"corruptions and found, as {N['2004.07780']} warn, that high validation accuracy hid reliance on",
        f"texture. {T('2104.00298')} ({C['2104.00298']}) trained fastest on the agency's hardware. All models",
        "were trained with PyTorch image models (Wightman 2019); background reading for the team was Prince (2023).", ""]
assert "Prince (2023)" in "\n".join(disc)
refs = ["References", ""] + [r[2] for r in REFS]
PAPER = "Machine learning for land cover mapping: a pilot"
pages = [disc, refs[:7], refs[7:]]
out = []
for i, p in enumerate(pages, 17):
    out += p + ["", f"{PAPER} | Page {i}", ""]
text = "\n".join(out[:-1]) + "\n"
allc = "\n".join(disc)
for r in REFS:
    assert ((C[r[0]] in allc or N[r[0]] in allc) if r[0] else r[1] in allc) or r[1] == "Prince 2023", r
write_only(F, text, keys(F))
