#!/usr/bin/env python3
"""1027: the `Notes` file of a Polish PhD student's Vivaldi profile on Windows
(`%LOCALAPPDATA%\\Vivaldi\\User Data\\Default\\Notes`, copied out as Notes.json): Chromium's JSONWriter with pretty
printing — keys sorted, three-space indents, lists written `[ {` … `}, {` … `} ]`, CRLF line ends (Windows), a final
CRLF, `<` escaped as `\\u003C`, UTF-8 raw — holding the notes tree (folders, notes with `subject` = the first line of
`content`, an optional `url` of the page the note was taken on, Chrome-epoch `date_added` strings in microseconds
since 1601), a trash folder and the MD5 `checksum` over the tree. Topic: self-supervised and vision-language
representation learning for her thesis. Lilian Weng's blog post, the MoCo repository, the Segment Anything demo page
and the timm documentation are not papers; "ALIGN", "CLIP", "SupCon", "MoCo" are nicknames."""
import hashlib, os, sys
from datetime import datetime, timezone
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import by_num, keys

F = by_num(1027)
K = dict(mae="2111.06377", siglip="2303.15343", sam="2304.02643", resnest="2004.08955", moco="1911.05722",
         align="2102.05918", supcon="2004.11362", dacl="2011.04419")
NL = "\r\n"


def esc(s):
    out = []
    for c in s:
        o = ord(c)
        if c in '"\\': out.append("\\" + c)
        elif c == "\b": out.append("\\b")
        elif c == "\f": out.append("\\f")
        elif c == "\n": out.append("\\n")
        elif c == "\r": out.append("\\r")
        elif c == "\t": out.append("\\t")
        elif c == "<": out.append("\\u003C")
        elif c in "\u2028\u2029": out.append("\\u%04X" % o)
        elif o < 0x20: out.append("\\u%04X" % o)
        else: out.append(c)
    return '"' + "".join(out) + '"'


def cw(v, depth=0):
    """Chromium base::JSONWriter, OPTIONS_PRETTY_PRINT (dict keys sorted, lists on one line with their dicts)"""
    if isinstance(v, bool): return "true" if v else "false"
    if isinstance(v, int): return str(v)
    if isinstance(v, str): return esc(v)
    if isinstance(v, list):
        return "[ " + ", ".join(cw(x, depth) for x in v) + " ]"
    parts = []
    for k in sorted(v):
        parts.append("   " * (depth + 1) + esc(k) + ": " + cw(v[k], depth + 1))
    return "{" + NL + ("," + NL).join(parts) + NL + "   " * depth + "}"


def ctime(s, salt):
    dt = datetime.strptime(s, "%Y-%m-%d %H:%M:%S").replace(tzinfo=timezone.utc)
    us = int(hashlib.sha256(salt.encode()).hexdigest()[:8], 16) % 1000000
    return str((int(dt.timestamp()) + 11644473600) * 1000000 + us)


def note(i, when, content, url=None):
    n = {"content": content, "date_added": ctime(when, content), "id": str(i), "subject": content.split("\n")[0], "type": "note"}
    if url is not None: n["url"] = url
    return n


def folder(i, when, subject, children, kind="folder"):
    d = ctime(when, subject)
    mod = max([d] + [c["date_added"] for c in children], key=int)
    return {"children": children, "date_added": d, "date_modified": mod, "id": str(i), "subject": subject, "type": kind}


def checksum(root):
    h = hashlib.md5()
    def walk(n):
        for c in n["children"]:
            h.update(c["id"].encode()); h.update(c["subject"].encode("utf-16-le"))
            if c["type"] == "note":
                h.update(b"note"); h.update(c["content"].encode("utf-16-le")); h.update(c.get("url", "").encode())
            else:
                h.update(c["type"].encode()); walk(c)
    walk(root)
    return h.hexdigest()


thesis = folder(3, "2023-10-09 08:41:12", "Doktorat — reprezentacje wizualne", [
    note(7, "2023-10-09 08:47:55",
         T(K["mae"]) + "\n"
         "— maskują 75% łatek (!), enkoder widzi tylko widoczne łatki, lekki dekoder odtwarza piksele\n"
         "— do rozdziału 2: porównać z metodami kontrastowymi przy małej liczbie etykiet\n"
         "— ViT-L i 1600 epok pretreningu… u nas nie ma szans, sprawdzić wariant z 400 epokami",
         "https://arxiv.org/abs/2111.06377"),
    note(8, "2023-10-12 19:03:27",
         "MoCo — kod\n"
         "Repo jest zarchiwizowane, ale działa z PyTorch 1.13 po drobnej poprawce w main_moco.py.\n"
         "Artykuł: " + T(K["moco"]) + " (arXiv:1911.05722).\n"
         "Kolejka 65536 negatywów, enkoder momentum m = 0.999; u nas kolejka 16384, bo mało pamięci.",
         "https://github.com/facebookresearch/moco"),
    note(9, "2023-11-20 21:16:40",
         T(K["siglip"]) + "\n"
         "Zamiast softmaksu po całym batchu — sigmoid dla każdej pary obraz–tekst osobno.\n"
         "Podobno działa już przy batchu 4–8 tys.; sprawdzić tabelę z ablacją rozmiaru batcha.\n"
         "Pytanie do promotora: czy to ma sens dla naszych par obraz–opis z histopatologii (<1000 par)?",
         "https://arxiv.org/abs/2303.15343"),
    note(10, "2024-01-08 10:22:03",
         T(K["resnest"]) + "\n"
         "Backbone do porównań w tabeli 3 (resnest50d w timm). Split-attention = grupy kanałów + uwaga po\n"
         "gałęziach. Uwaga: część wyników z detekcji liczona z innym harmonogramem uczenia niż baseline.",
         "https://arxiv.org/pdf/2004.08955v2"),
    note(11, "2024-02-02 14:55:31",
         "Segment Anything — demo\n"
         "Wgrałam trzy nasze preparaty: maski komórek zaskakująco dobre, tło z artefaktami barwienia już nie.\n"
         "Artykuł: https://arxiv.org/abs/2304.02643 (pełny tytuł po prostu \"" + T(K["sam"]) + "\").",
         "https://segment-anything.com/demo"),
])
seminar = folder(4, "2024-02-26 09:10:44", "Seminarium — do przeczytania", [
    note(12, "2024-02-26 09:14:18",
         "Marzec — do przeczytania przed seminarium\n"
         "1. " + T(K["align"]) + " (ALIGN) — porównać z CLIP; 1,8 mld zaszumionych par\n"
         "2. " + T(K["supcon"]) + " — strata SupCon; czy pomaga przy niezbalansowanych klasach?\n"
         "3. " + T(K["dacl"]) + " — mixup zamiast augmentacji; ważne dla danych medycznych,\n"
         "   gdzie nie ma sensownych augmentacji\n"
         "Prezentacja: 14.03, rozdział 2 do promotora: 31.03"),
    note(13, "2024-02-27 22:31:09",
         "Lilian Weng — wpis o uczeniu kontrastowym (blog)\n"
         "Najlepszy przegląd strat kontrastowych, ale to wpis na blogu, nie artykuł — we wstępie cytować oryginały.",
         "https://lilianweng.github.io/posts/2021-05-31-contrastive/"),
])
root_children = [
    thesis, seminar,
    note(14, "2024-03-04 16:02:51",
         "Konsultacje z prof. Nowakiem\n"
         "czwartek 11:30, pok. B2-17\n"
         "— przynieść wykresy t-SNE dla trzech wariantów pretreningu\n"
         "— zapytać o godziny na klastrze (kolejka gpu-long)"),
    note(15, "2024-03-05 11:40:26",
         "timm — dokumentacja\n"
         "nazwy modeli: resnest50d, vit_base_patch16_224.mae, vit_base_patch16_siglip_224",
         "https://huggingface.co/docs/timm/index"),
    folder(2, "2023-10-09 08:40:57", "Kosz", [
        note(16, "2023-10-20 12:12:12", "lista zakupów na konferencję\nadapter HDMI, ładowarka, wizytówki"),
    ], kind="trash"),
]
root = folder(1, "2023-10-09 08:40:57", "Notatki", root_children)
doc = {"checksum": checksum(root), **{k: v for k, v in root.items()}, "version": 1}
text = cw(doc) + NL
write_only(F, text, keys(F))
