#!/usr/bin/env python3
"""1631: a Turkish PhD student renders the group's reading list with glow (`glow -w 100 okuma-listesi.md`) and pastes
the terminal: glamour's dark style as plain text (colours lost in the copy, trailing blanks dropped by the terminal):
a blank line before and after, a 2-space document margin, `## ` / `### ` heading prefixes, the H1 padded by one
space, "• " list items with hanging indent, links as "text url", block quotes with "│ ", words wrapped at the
width. The rendering is computed from the modelled markdown source (also shown with `ls -l` sizes)."""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import keys, by_num, DBN

F = by_num(1631)
PS = "elif@dizustu:~/okuma$ "
W = 100
MD = [  # (kind, text) in markdown
    ("h1", "Okuma listesi: üretken modeller ve güvenlik"),
    ("p", "Bahar dönemi okuma grubu, her çarşamba 15:30, B-204. Sunum yapacak kişi makaleyi **bir hafta önce** "
          "kanala atsın. Liste haftalık güncellenir."),
    ("h2", "Difüzyon ve skor tabanlı modeller"),
    ("li", f"[{T('2011.13456')}](https://openreview.net/forum?id={OR('2011.13456')}) — SDE bakış açısı, 6 Mart, sunan: Elif"),
    ("li", f"{T('2303.01469')} (arXiv:2303.01469) — tek adımda örnekleme, 13 Mart, sunan: Burak"),
    ("li", f"[{T('2307.01952')}](https://arxiv.org/abs/2307.01952) — 20 Mart, sunan: Zeynep"),
    ("h2", "Koşullu üretim ve kişiselleştirme"),
    ("li", f"[{T('2302.05543')}](https://arxiv.org/pdf/2302.05543.pdf) — ControlNet, 27 Mart"),
    ("li", f"{T('2208.01618')} — Textual Inversion, ICLR 2023; proje sayfasında örnekler var, sunan: Can"),
    ("h2", "Gizil değişkenli modeller (arka plan)"),
    ("li", f"{DBN} — Hinton ve ark., Neural Computation 2006; tarihsel arka plan için"),
    ("li", f"{T('2010.02014')} — Gatopoulos ve Tomczak; VAE tarafını kısaca konuşacağız"),
    ("h2", "Güvenlik"),
    ("li", f"[{T('2307.15043')}](https://arxiv.org/abs/2307.15043v2) — hizalanmış dil modellerine saldırılar; "
           "üretken modellerin kötüye kullanımı oturumu, 3 Nisan"),
    ("quote", "Not: Hugging Face diffusers belgelerindeki eğitimler ve fast.ai'nin Stable Diffusion dersi sunum "
              "hazırlarken işe yarıyor ama listeye makale olarak girmiyor."),
    ("h3", "Kurallar"),
    ("li", "Sunum 25 dakika + 15 dakika tartışma."),
    ("li", "Kod demosu isteğe bağlı; GPU sunucusu için Burak'a yazın."),
]


def inline(s):
    s = re.sub(r"\[([^\]]+)\]\(([^)]+)\)", r"\1 \2", s)
    return s.replace("**", "")


def wrap(text, width, first, rest):
    out, cur = [], first
    for w in text.split():
        if len(cur) > len(first) and len(cur) + 1 + len(w) > width:
            out.append(cur); cur = rest + w
        else:
            cur = cur + (" " if len(cur) > len(first) else "") + w
    out.append(cur)
    return out


def source():
    L, prev = [], None
    for k, t in MD:
        if prev == "li" and k != "li": L.append("")
        L.append({"h1": "# ", "h2": "## ", "h3": "### ", "li": "- ", "quote": "> ", "p": ""}[k] + t)
        if k != "li": L.append("")
        prev = k
    return "\n".join(L) + "\n"


def render():
    L, prev = [""], None
    for k, t in MD:
        if prev is not None and not (prev == "li" and k == "li"): L.append("")
        t = inline(t)
        if k == "h1": L.append("   " + t)
        elif k in ("h2", "h3"): L.append("  " + ("## " if k == "h2" else "### ") + t)
        elif k == "p": L += wrap(t, W, "  ", "  ")
        elif k == "li": L += wrap(t, W, "  • ", "    ")
        elif k == "quote": L += wrap(t, W, "  │ ", "  │ ")
        prev = k
    return L + [""]


def build():
    src = source()
    out = render()
    body = "\n".join(out)
    for k in keys(F):
        t = T(k) if k != DBN else DBN
        assert t in body, ("title broken by the wrap", t)
    L = [PS + "ls -l", "total 12", f"-rw-r--r-- 1 elif elif {len(src.encode())} Mar 11 22:47 okuma-listesi.md",
         "-rw-r--r-- 1 elif elif 1204 Feb 28 10:02 sunum-sablonu.md", "drwxr-xr-x 2 elif elif 4096 Mar  6 17:31 slaytlar",
         PS + f"glow -w {W} okuma-listesi.md"] + out
    n = sum(1 for l in out if "arxiv.org" in l)
    L += [PS + f"glow -w {W} okuma-listesi.md | grep -c arxiv.org", str(n), PS]
    return "\n".join(L), src


if __name__ == "__main__":
    text, src = build()
    write_only(F, text, keys(F))
