#!/usr/bin/env python3
"""1061: a Turkish PhD student's thesis bibliography (chapter 2, efficient attention and state-space models) after
`bibtool -s -d`: entries sorted by key, keys generated as `<surname>.<surname>.ea:<first title word>` (one or two
surnames, `.ea` for more), entry types capitalised (`@Article`, `@InProceedings`, `@Misc`), field names lower case,
the key and the values aligned at column 18 with TABs (width 8) then spaces, values cut at spaces to lines of at most
77 columns and continued after `\\t\\t  `, numbers unbraced, no comma after the last field, a blank line between
entries; her own `@Comment` on top and Turkish `annote` / `keywords` kept. Title words are braced where BibTeX would
lower-case them ({RNNs}, {IO}, {HiPPO}, {FlashAttention}). Evidence: `url` fields with arXiv or OpenReview URLs, one
`eprint` / `archiveprefix` pair, the rest venue only (one PMLR URL). Not papers: the xFormers library and Lilian
Weng's blog post. Nicknames not labelled on their own: Performer, Linformer, S4, Mamba."""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, authors, write_only
from make_expected import by_num, keys

F = by_num(1061)
K = dict(linear="2006.16236", flash="2205.14135", sparse="1904.10509", s4="2111.00396", survey="2103.14636",
         flashq="2202.10447", funnel="2006.03236", hippo="2008.07669")
TEX = {"ç": r"{\c{c}}", "é": r"{\'e}", "ö": r'{\"o}', "ü": r'{\"u}'}
STOP = {"a", "an", "the", "on", "of", "and", "for", "to", "in", "with"}


def tex(s):
    return "".join(TEX.get(c, c) for c in s)


def plain(s):
    s = re.sub(r"\{\\c\{(\w)\}\}", lambda m: {"c": "ç"}[m.group(1)], s)
    s = re.sub(r"\{\\'(\w)\}", lambda m: {"e": "é"}[m.group(1)], s)
    return s.replace("{", "").replace("}", "")


def genkey(author_field, title_field):
    names = [n.strip() for n in plain(author_field).split(" and ")]
    sur = [re.sub(r"[^a-z]", "", n.split()[-1].lower().translate(str.maketrans("çéöüşğı", "ceousgi"))) for n in names]
    head = ".".join(sur[:2]) + (".ea" if len(sur) > 2 else "")
    words = [re.sub(r"[^a-z0-9]", "", w.lower()) for w in plain(title_field).split()]
    return head + ":" + next(w for w in words if w and w not in STOP)


def col(s):
    c = 0
    for ch in s:
        c = (c // 8 + 1) * 8 if ch == "\t" else c + 1
    return c


def tabs_to(prefix, target=16):
    t = ""
    while col(prefix + t) < target: t += "\t"
    return t


def field_lines(name, value, last):
    head = "  " + name
    head += tabs_to(head) + "= "
    text = (value if re.fullmatch(r"\d+", value) else "{" + value + "}") + ("" if last else ",")
    lines, cur = [], head
    for i, w in enumerate(text.split(" ")):
        cand = cur + ("" if cur.endswith("= ") or cur == "\t\t  " else " ") + w
        if col(cand) > 77 and not (cur.endswith("= ") or cur == "\t\t  "):
            lines.append(cur); cur = "\t\t  " + w
        else:
            cur = cand
    lines.append(cur)
    return lines


def entry(typ, fields):
    key = genkey(fields["author"], fields["title"])
    first = "@" + typ + "{"
    out = [first + tabs_to(first) + "  " + key + ","]
    items = list(fields.items())
    for i, (n, v) in enumerate(items):
        out += field_lines(n, v, i == len(items) - 1)
    return key, "\n".join(out) + "\n}\n"


def au(k):
    return " and ".join(tex(a) for a in authors(k))


E = [
 ("InProceedings", dict(author=au(K["linear"]), title="Transformers are {RNNs}: Fast Autoregressive Transformers with Linear Attention",
   booktitle="Proceedings of the 37th International Conference on Machine Learning", series="Proceedings of Machine Learning Research",
   volume="119", pages="5156--5165", year="2020", url=f"https://arxiv.org/abs/{K['linear']}",
   keywords="doğrusal dikkat, çekirdek", annote="Tez 2.3: softmax yerine özellik eşlemesi; nedensel durumda RNN gibi çalışıyor. Deneylerde temel çizgi.")),
 ("InProceedings", dict(author=au(K["flash"]), title="{FlashAttention}: Fast and Memory-Efficient Exact Attention with {IO}-Awareness",
   booktitle="Advances in Neural Information Processing Systems", volume="35", year="2022", url=f"https://arxiv.org/abs/{K['flash']}",
   keywords="donanım, bellek", annote="Yaklaşık değil, tam dikkat; kazanç HBM okuma/yazmalarını azaltmaktan geliyor. Bölüm 2.5'te karşılaştırma tablosu.")),
 ("Article", dict(author=au(K["sparse"]), title="Generating Long Sequences with Sparse Transformers",
   journal="arXiv preprint", year="2019", url=f"https://arxiv.org/abs/{K['sparse']}",
   keywords="seyrek dikkat", annote="Sabit seyrek desenler; Longformer ve BigBird'den önceki halka.")),
 ("InProceedings", dict(author=au(K["s4"]), title="Efficiently Modeling Long Sequences with Structured State Spaces",
   booktitle="International Conference on Learning Representations", year="2022", url=f"https://openreview.net/forum?id={OR(K['s4'])}",
   keywords="durum uzayı", annote="S4. Danışman hocam özellikle LRA sonuçlarını istedi; Mamba ayrı alt bölümde.")),
 ("Article", dict(author=au(K["survey"]), title="A Practical Survey on Faster and Lighter Transformers",
   journal="ACM Computing Surveys", volume="55", number="14s", year="2023", eprint=K["survey"], archiveprefix="arXiv",
   primaryclass="cs.LG", keywords="derleme", annote="Genel çerçeve için iyi; Performer ve Linformer özetleri burada.")),
 ("InProceedings", dict(author=au(K["flashq"]), title=T(K["flashq"]),
   booktitle="Proceedings of the 39th International Conference on Machine Learning", series="Proceedings of Machine Learning Research",
   volume="162", pages="9099--9117", year="2022", url="https://proceedings.mlr.press/v162/hua22a.html",
   keywords="kapılı dikkat", annote="FLASH: GAU katmanı + parça parça doğrusal dikkat.")),
 ("InProceedings", dict(author=au(K["funnel"]), title=T(K["funnel"]),
   booktitle="Advances in Neural Information Processing Systems", volume="33", pages="4271--4283", year="2020",
   keywords="sıkıştırma", annote="Dizi uzunluğunu katmanlar boyunca havuzlama ile kısaltıyor; kodlayıcı tarafı için ilginç.")),
 ("InProceedings", dict(author=au(K["hippo"]), title="{HiPPO}: Recurrent Memory with Optimal Polynomial Projections",
   booktitle="Advances in Neural Information Processing Systems", volume="33", pages="1474--1487", year="2020",
   keywords="durum uzayı, bellek", annote="S4'ün matematiksel temeli; Legendre izdüşümü kısmını tekrar oku.")),
 ("Misc", dict(author="Benjamin Lefaudeux and Francisco Massa and Diana Liskovich and Wenhan Xiong and Vittorio Caggiano and Sean Naren and Min Xu and Jieru Hu and Marta Tintore and Susan Zhang and Patrick Labatut and Daniel Haziza",
   title="{xFormers}: A modular and hackable Transformer modelling library", howpublished="\\url{https://github.com/facebookresearch/xformers}",
   year="2022", annote="Yazılım, makale değil; deney kodunda kullanılıyor.")),
 ("Misc", dict(author="Lilian Weng", title="The Transformer Family Version 2.0",
   howpublished="\\url{https://lilianweng.github.io/posts/2023-01-27-the-transformer-family-v2/}", year="2023",
   note="Blog yazısı", annote="Giriş bölümü için iyi bir harita.")),
]
entries = sorted((entry(t, f) for t, f in E), key=lambda x: x[0].lower())
assert len({k for k, _ in entries}) == len(entries)
COMMENT = ("@Comment{Tez — Bölüm 2: Verimli dikkat ve durum uzayı modelleri. Zotero'dan dışa aktarıldı, "
           "bibtool -s -d ile düzenlendi (Mart 2024). Elle düzeltme yapmayın, önce Zotero'yu güncelleyin.}\n")
out = COMMENT + "".join("\n" + e for _, e in entries)
forms = [plain(out)]
write_only(F, out, keys(F), forms)
