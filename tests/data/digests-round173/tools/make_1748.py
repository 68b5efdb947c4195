#!/usr/bin/env python3
"""1748: a Czech PhD student's Simple Tab Groups backup (the Firefox add-on's "manual backup" JSON): version, the
groups in creation order (id, title, iconColor, iconViewType, tabs, catchTabRules, isSticky), pinned tabs and
lastCreatedGroupPosition (= the largest group id). Tab titles are what the pages call themselves: arXiv's
`[id] Title`, Semantic Scholar's `[PDF] Title | Semantic Scholar`, a PMLR page's bare title, Papers with Code's
`Papers with Code - Title`, a local PDF shown under its document title. Written as JSON.stringify(data, null, 2)
with no final newline."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import keys, by_num

F = by_num(1748)
AX_ICON = "https://arxiv.org/static/browse/0.3.4/images/icons/favicon-32x32.png"


def ax(i, v=""):
    return dict(url=f"https://arxiv.org/abs/{i}{v}", title=f"[{i}] {T(i)}", favIconUrl=AX_ICON)


def tab(url, title, icon=None):
    return dict(url=url, title=title, favIconUrl=icon or "")


GROUPS = [
 ("Kontrastivní učení – číst", "blue", [
   ax("2103.03230"),
   ax("2006.07733", "v3"),
   tab("file:///home/tereza/Sta%C5%BEen%C3%A9/2004.11362v5.pdf", T("2004.11362")),
   tab("https://www.semanticscholar.org/paper/Contrastive-Learning-with-Hard-Negative-Samples-Robinson-Chuang/4f7a4b3c9d2e61a0b8f5c3e7d9a1b2c4e6f80913",
       f"[PDF] {T('2010.04592')} | Semantic Scholar", "https://www.semanticscholar.org/img/favicon.png"),
   tab("https://proceedings.mlr.press/v139/verma21a.html", T("2011.04419"), "https://proceedings.mlr.press/favicon.ico"),
   tab("https://lilianweng.github.io/posts/2021-05-31-contrastive/", "Contrastive Representation Learning | Lil'Log", "https://lilianweng.github.io/favicon.ico"),
 ]),
 ("Vision–language (kap. 3)", "green", [
   ax("2102.05918"),
   ax("2303.15343", "v4"),
   tab("https://huggingface.co/google/siglip-so400m-patch14-384", "google/siglip-so400m-patch14-384 · Hugging Face", "https://huggingface.co/favicon.ico"),
   tab("https://colab.research.google.com/drive/1Qm7cV0zN4pXrT8sLwK2bYdE5hJ9uAfGo", "siglip_zero_shot_cz.ipynb - Colab", "https://ssl.gstatic.com/colaboratory-static/common/favicon.ico"),
   tab("https://paperswithcode.com/paper/beit-bert-pre-training-of-image-transformers", f"Papers with Code - {T('2106.08254')}", "https://paperswithcode.com/static/favicon.ico"),
 ]),
 ("Seminář + škola", "orange", [
   tab("https://is.example.cz/predmet/NPFL-S23", "Seminář strojového učení – NPFL-S23 – rozvrh a materiály", ""),
   tab("https://www.overleaf.com/project/65e1c0a7d4b2f90012ab34cd", "disertace-kap3 - Online LaTeX Editor Overleaf", "https://www.overleaf.com/favicon.ico"),
   tab("https://github.com/facebookresearch/barlowtwins", "GitHub - facebookresearch/barlowtwins: PyTorch implementation of Barlow Twins.", "https://github.githubassets.com/favicons/favicon.svg"),
   tab("https://www.youtube.com/watch?v=Fq3kN0v4bXc", "Přednáška: Self-supervised learning v počítačovém vidění (MFF, 2023) - YouTube", "https://www.youtube.com/s/desktop/favicon.ico"),
 ]),
]


def build():
    groups = []
    for n, (title, color, tabs) in enumerate(GROUPS, 1):
        for t in tabs: t["cookieStoreId"] = "firefox-default"
        groups.append({"id": n, "title": title, "iconColor": color, "iconUrl": None, "iconViewType": "main-squares",
                       "tabs": tabs, "catchTabRules": "", "catchTabContainers": [], "isSticky": False,
                       "isMain": n == 1, "dontDiscardTabsAfterHideThisGroup": False})
    data = {"version": "5.2", "groups": groups, "lastCreatedGroupPosition": len(groups), "pinnedTabs": [
        {"url": "https://mail.example.cz/", "title": "Pošta – tereza.novakova@mff.example.cz", "favIconUrl": "", "pinned": True, "cookieStoreId": "firefox-default"}]}
    return json.dumps(data, indent=2, ensure_ascii=False)


if __name__ == "__main__":
    write_only(F, build(), keys(F))
