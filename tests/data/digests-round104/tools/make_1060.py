#!/usr/bin/env python3
"""1060: `pdftotext -f 3 -l 4` (default reading order, no -layout) of a four-page paper for the 38th Annual Conference
of the Japanese Society for Artificial Intelligence (JSAI 2024, 人工知能学会全国大会), Japanese, on combining subject
personalisation with layout control in diffusion models: the running header and the page number on each page, a
form feed after each page, the two columns one after the other (the left column's Japanese lines cut at the column
width, Table 2 as one cell per line), then 「参考文献」 in JSAI's style — `[Surname YY] Surname, I., …, and Surname, I.:
Title, in Venue, pp. (year)` sorted by label, cut at the column width only at spaces, so titles run over lines and
URLs stay whole; some entries end with an arXiv URL, an OpenReview URL or `arXiv:<id>`, the rest give the venue only.
Not papers: the Diffusers library, 岡谷's textbook, JSPS grant. Nicknames not labelled on their own: LDM, DreamBooth,
ControlNet, Textual Inversion, DDPM, DiffWave, Consistency Models is written in full only in its reference."""
import os, sys, unicodedata
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, authors, write_only
from make_expected import by_num, keys

F = by_num(1060)
K = dict(ldm="2112.10752", control="2302.05543", sde="2011.13456", dream="2208.12242", cm="2303.01469",
         ddpm="2006.11239", ti="2208.01618", diffwave="2009.09761")
HEAD = "The 38th Annual Conference of the Japanese Society for Artificial Intelligence, 2024"
W_JA, W_REF = 50, 52


def vw(s):
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


NO_START = set("，．、。）」』：；？！ー")


def wrap_ja(par, width=W_JA):
    """cut a Japanese paragraph at the column width (full-width = 2), never before closing punctuation (kinsoku);
    citations `[… YY]` are kept whole"""
    toks, i = [], 0
    while i < len(par):
        if par[i] == "[":
            j = par.index("]", i) + 1; toks.append(par[i:j]); i = j
        elif par[i].isascii() and par[i] not in " []":
            j = i
            while j < len(par) and par[j].isascii() and par[j] not in " []": j += 1
            toks.append(par[i:j]); i = j
        else:
            toks.append(par[i]); i += 1
    lines, cur = [], ""
    for t in toks:
        if vw(cur + t) > width and cur.strip() and t not in NO_START:
            lines.append(cur.rstrip()); cur = t.lstrip()
        else:
            cur += t
    if cur.strip(): lines.append(cur.rstrip())
    return lines


def wrap_ref(s, width=W_REF):
    out, cur = [], ""
    for w in s.split(" "):
        if cur and vw(cur + " " + w) > width:
            out.append(cur); cur = w
        else:
            cur = (cur + " " + w) if cur else w
    out.append(cur)
    return out


def jsai_authors(key):
    names = authors(key)
    fm = []
    for n in names:
        p = n.split()
        fm.append(p[-1] + ", " + " ".join(x[0] + "." for x in p[:-1]))
    return fm[0] if len(fm) == 1 else ", ".join(fm[:-1]) + ", and " + fm[-1]


def ref(label, key, venue, tail=""):
    return f"[{label}] {jsai_authors(key)}: {T(key)}, {venue}" + (f", {tail}" if tail else "")


REFS = [
 ("Gal 23", ref("Gal 23", K["ti"], "in International Conference on Learning Representations (ICLR) (2023)")),
 ("Ho 20", ref("Ho 20", K["ddpm"], "in Advances in Neural Information Processing Systems (NeurIPS), Vol. 33, pp. 6840–6851 (2020)")),
 ("Kong 21", ref("Kong 21", K["diffwave"], "in International Conference on Learning Representations (ICLR) (2021)")),
 ("岡谷 22", "[岡谷 22] 岡谷貴之: 深層学習 改訂第 2 版, 機械学習プロフェッショナルシリーズ, 講談社 (2022)"),
 ("von Platen 22", "[von Platen 22] von Platen, P., Patil, S., Lozhkov, A., Cuenca, P., Lambert, N., Rasul, K., "
                   "Davaadorj, M., and Wolf, T.: Diffusers: State-of-the-art diffusion models, "
                   "https://github.com/huggingface/diffusers (2022)"),
 ("Rombach 22", ref("Rombach 22", K["ldm"], "in Proceedings of the IEEE/CVF Conference on Computer Vision and Pattern "
                    "Recognition (CVPR), pp. 10684–10695 (2022)", f"https://arxiv.org/abs/{K['ldm']}")),
 ("Ruiz 23", ref("Ruiz 23", K["dream"], "in Proceedings of the IEEE/CVF Conference on Computer Vision and Pattern "
                 "Recognition (CVPR), pp. 22500–22510 (2023)", f"arXiv:{K['dream']}")),
 ("Song 21", ref("Song 21", K["sde"], "in International Conference on Learning Representations (ICLR) (2021)",
                 f"https://openreview.net/forum?id={OR(K['sde'])}")),
 ("Song 23", ref("Song 23", K["cm"], "in Proceedings of the 40th International Conference on Machine Learning (ICML), "
                 "PMLR 202, pp. 32211–32252 (2023)", f"arXiv:{K['cm']}")),
 ("Zhang 23", ref("Zhang 23", K["control"], "in Proceedings of the IEEE/CVF International Conference on Computer Vision "
                  "(ICCV), pp. 3836–3847 (2023)", f"https://arxiv.org/abs/{K['control']}")),
]

P_LEFT = [
 "表 2 に結果を示す．提案手法は DreamBooth [Ruiz 23] と同程度の被写体忠実度を保ちつつ，ControlNet [Zhang 23] による構図条件への一致度を改善した．一方，Textual Inversion [Gal 23] は学習が軽いものの，ロゴや文字などの細部が崩れる傾向が見られた．",
 "学習時間は A100 1 枚で被写体あたり約 6 分であり，DreamBooth の全パラメータ更新（約 14 分）より短い．",
]
TABLE = ["表 2: 被写体忠実度 (DINO) と構図一致度 (mIoU) の比較", "手法", "DINO ↑", "mIoU ↑",
         "Textual Inversion [Gal 23]", "0.569", "0.412", "DreamBooth [Ruiz 23]", "0.668", "0.437",
         "DreamBooth + ControlNet", "0.641", "0.583", "提案手法", "0.662", "0.611"]
P_RIGHT = [
 ("4. 考察", [
  "本手法は潜在拡散モデル [Rombach 22] を前提としており，サンプリングには 50 ステップを要する．一貫性モデル [Song 23] のような少ステップ生成と組み合わせれば，対話的な編集への応用が期待できる．",
  "また，拡散過程を確率微分方程式として捉える枠組み [Song 21] から見ると，構図条件の強さを時刻に応じて変えることは，逆過程のドリフト項を時刻依存で補正することに相当する．学習目的は DDPM [Ho 20] の簡略化した損失をそのまま用いたが，音声合成の DiffWave [Kong 21] のように他のモダリティへ広げることも今後の課題である．"]),
 ("5. まとめ", [
  "本稿では，少数の画像による被写体の個人化と構図制御を両立させる手法を検討し，被写体忠実度を大きく損なわずに構図一致度を改善できることを示した．実装には Diffusers [von Platen 22] を用いた．拡散モデルの基礎については [岡谷 22] も参照されたい．"]),
 ("謝辞", ["本研究の一部は JSPS 科研費 JP23K17482 の助成を受けたものである．計算資源の一部は学内 GPU クラスタを利用した．"]),
]

cited = set()
page3 = [HEAD]
for p in P_LEFT: page3 += wrap_ja(p)
page3 += TABLE
for h, ps in P_RIGHT:
    page3.append(h)
    for p in ps: page3 += wrap_ja(p)
page3.append("参考文献")
ref_lines = [l for _, r in REFS for l in wrap_ref(r)]
cut = 20
page3 += ref_lines[:cut] + ["- 3 -"]
page4 = [HEAD] + ref_lines[cut:] + ["- 4 -"]
out = "\n".join(page3) + "\n\f" + "\n".join(page4) + "\n\f"
write_only(F, out, keys(F))
