#!/usr/bin/env python3
"""1330: Shiori's `shiori print` (Turkish): an Ankara-like RL lab's student (Emre) keeps the reading group's bookmarks
in Shiori (the CLI bookmark manager, v1.5) on the lab server and pasted two commands into the group's issue: `shiori
print` (every bookmark) and `shiori print 4 -j`. The plain layout as remembered from printBookmarks: `ID. title`, then
lines indented by the width of `ID. ` with `> url`, `+ excerpt` (when set) and `# tag, tag` (when tagged), a blank
line after each; no colours when piped. `-j` is json.MarshalIndent with four spaces (Go's \\u0026 / \\u003c / \\u003e
escapes, id / url / title / excerpt / author / public / modified / imageURL / hasContent / hasArchive / tags /
createArchive). Docs, a repository and a course are not papers; the Google blog post is bookmarked under the paper's
title with its arXiv id in the excerpt; SayCan, AlphaGo Zero, DT are nicknames."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import F1330, keys, ALPHAGO0, GLOROT, DBN

W = "https://wiki.rl-lab.example.com.tr/okuma"
B = [  # id, url, title, excerpt, tags, modified, hasContent, hasArchive
 (1, "https://arxiv.org/abs/2006.05990", T("2006.05990"), "PPO ayrıntılarının etkisi üzerine büyük deney; hiperparametre seçiminde başvuru kaynağı.", ["okuma-grubu", "pekiştirmeli-öğrenme"], "2024-04-02 10:14:55", True, True),
 (2, "https://arxiv.org/pdf/2106.01345.pdf", T("2106.01345"), "", ["okuma-grubu", "dizi-modelleme"], "2024-04-02 10:16:31", False, False),
 (3, "https://arxiv.org/abs/2204.01691v2", T("2204.01691"), "SayCan: dil modeli + robotun yapabilirlik fonksiyonu. 23 Nisan sunumu (Zeynep).", ["okuma-grubu", "robotik"], "2024-04-09 16:40:02", True, True),
 (4, "https://blog.research.google/2021/04/evolving-reinforcement-learning.html", T("2101.03958"), "Blog yazısı; makale arXiv:2101.03958 (kaybı öğrenen algoritmalar, DQN'in ötesi).", ["meta-öğrenme"], "2024-04-11 09:02:47", True, False),
 (5, "https://www.nature.com/articles/nature24270", ALPHAGO0, "AlphaGo Zero — Nature 2017, arXiv'de yok.", ["klasikler", "okuma-grubu"], "2024-04-15 20:31:18", False, False),
 (6, "https://proceedings.mlr.press/v9/glorot10a.html", GLOROT, "Xavier ilklendirmesi bu makaleden (AISTATS 2010).", ["klasikler"], "2024-04-15 20:33:40", True, True),
 (7, "https://www.cs.toronto.edu/~hinton/absps/fastnc.pdf", DBN, "", ["klasikler"], "2024-04-15 20:35:09", False, False),
 (8, f"{W}/yerel-yontemler", f"{T('2103.13462')} — okuma notları", "Wiki sayfası; makale bağlantısını Kerem ekleyecek.", ["kuram"], "2024-04-30 13:12:26", True, False),
 (9, "https://spinningup.openai.com/en/latest/", "Welcome to Spinning Up in Deep RL! — Spinning Up documentation", "Makale değil: belgeler.", ["araçlar"], "2024-05-02 11:47:39", True, True),
 (10, "https://github.com/vwxyzjn/cleanrl", "GitHub - vwxyzjn/cleanrl: High-quality single file implementation of Deep Reinforcement Learning algorithms with research-friendly features (PPO, DQN, C51, DDPG, TD3, SAC, PPG)", "", ["araçlar", "kod"], "2024-05-02 11:50:03", True, False),
 (11, "https://gymnasium.farama.org/", "Gymnasium Documentation", "Ortamlar <CartPole & LunarLander> için.", ["araçlar"], "2024-05-06 08:25:14", True, False),
 (12, "https://wiki.rl-lab.example.com.tr/dersler/derin-ogrenmeye-giris", "Derin Öğrenmeye Giriş — ders notları (bahar 2024)", "Ders sayfası, makale değil.", ["ders"], "2024-05-13 17:58:21", False, False),
]
TAG_IDS = {t: i + 1 for i, t in enumerate(sorted({t for b in B for t in b[4]}))}
P = "emre@pekistirme:~$ "
out = [f"{P}shiori print"]
for i, u, t, ex, tags, *_ in B:
    ind = f"{i}. "; sp = " " * len(ind)
    out.append(ind + t)
    out.append(f"{sp}> {u}")
    if ex: out.append(f"{sp}+ {ex}")
    if tags: out.append(f"{sp}# {', '.join(tags)}")
    out.append("")
b = B[3]
js = [{"id": b[0], "url": b[1], "title": b[2], "excerpt": b[3], "author": "", "public": 0, "modified": b[5],
       "imageURL": "", "hasContent": b[6], "hasArchive": b[7], "tags": [{"id": TAG_IDS[t], "name": t} for t in b[4]],
       "createArchive": False}]
dump = json.dumps(js, ensure_ascii=False, indent=4).replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")
out += [f"{P}shiori print 4 -j", dump, P]
write_only(F1330, "\n".join(out) + "\n", keys(F1330))
