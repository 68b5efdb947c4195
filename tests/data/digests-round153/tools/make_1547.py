#!/usr/bin/env python3
"""1547: a Japanese lab's reading database in BaseX, queried from the standalone console (`basex`): OPEN, a count,
an ordered listing, one entry serialised, the entries without url, a mistyped FLWOR (XPST0003), the non-paper links,
EXIT. Every answer is computed from the modelled database (the XML below); timings come from a hash."""
import hashlib, os, sys
import xml.etree.ElementTree as ET
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, au, write_only
from make_expected import keys, by_num

F = by_num(1547)
PS = "kenta@nlp-lab-12:~/yomu$ "
# (no, state, title, url or None, memo)
PAPERS = [
    (1, "読了", T("2001.04451"), "https://openreview.net/forum?id=rkgNKkHtvB", "LSHアテンション＋可逆層。ICLR 2020版をOpenReviewで読んだ"),
    (2, "読了", T("2006.16236"), "https://arxiv.org/abs/2006.16236", "カーネル化で線形注意。RNNとして推論できる点が面白い"),
    (3, "読書中", T("2202.10447"), "https://arxiv.org/abs/2202.10447", "FLASH。GAU＋chunk単位の線形注意"),
    (4, "読書中", T("2205.14135"), None, "arXiv:2205.14135 — 実装は flash-attn リポジトリ。IO を意識したタイル化"),
    (5, "未読", T("2006.03236"), "https://arxiv.org/pdf/2006.03236.pdf", "系列をプーリングで短くする。NeurIPS 2020"),
    (6, "未読", T("1904.10509"), None, "固定パターンの疎な注意。OpenAIの技術報告、リンク未登録"),
    (7, "未読", T("2103.14636"), None, "サーベイ。輪講の第1回で全体像をつかむ用（佐藤さん推薦）"),
    (8, "未読", T("2211.17192"), None, "推論高速化の回で扱う。ドラフトモデルで投機的に生成"),
]
OTHERS = [
    ("https://github.com/Dao-AILab/flash-attention", "flash-attn の実装（論文ではない）"),
    ("https://facebookresearch.github.io/xformers/", "xFormers のドキュメント"),
    ("https://lilianweng.github.io/posts/2023-01-27-the-transformer-family-v2/", "ブログ: The Transformer Family Version 2.0"),
    ("https://www.youtube.com/watch?v=gMOAud7hZg4", "勉強会の録画（第3回）"),
]


def model():
    root = ET.Element("yomu", {"kikan": "2024年度 前期 輪講"})
    for no, st, t, url, memo in PAPERS:
        r = ET.SubElement(root, "ronbun", {"no": str(no), "joutai": st})
        ET.SubElement(r, "title").text = t
        if url: ET.SubElement(r, "url").text = url
        ET.SubElement(r, "memo").text = memo
    for href, what in OTHERS:
        ET.SubElement(root, "sonota", {"href": href}).text = what
    return root


def ms(s):
    h = int(hashlib.sha256(s.encode()).hexdigest()[:6], 16)
    return f"{0.4 + (h % 3000) / 1000:.2f}"


def ser(el, ind=0):
    """BaseX's indented serialisation of a small element (attributes in document order, text-only children inline)"""
    pad = "  " * ind
    attrs = "".join(f' {k}="{v}"' for k, v in el.attrib.items())
    if len(el) == 0:
        return [f"{pad}<{el.tag}{attrs}>{esc(el.text or '')}</{el.tag}>"]
    out = [f"{pad}<{el.tag}{attrs}>"]
    for c in el: out += ser(c, ind + 1)
    return out + [f"{pad}</{el.tag}>"]


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def build():
    root = model()
    rs = root.findall("ronbun")
    L = [PS + "basex", "BaseX 11.0 [Standalone]", "Try 'help' to get more information.", "",
         "> OPEN yomu", f"Database 'yomu' was opened in {ms('open')} ms.", ""]
    def q(src, res):
        L.extend(["> XQUERY " + src] + res + [f"Query executed in {ms(src)} ms.", ""])
    q("count(//ronbun)", [str(len(rs))])
    q('for $r in //ronbun order by xs:integer($r/@no) return $r/@no || " [" || $r/@joutai || "] " || $r/title',
      [f"{r.get('no')} [{r.get('joutai')}] {r.findtext('title')}" for r in rs])
    q('//ronbun[@no = "4"]', ser(rs[3]))
    q("//ronbun[not(url)]/title/string()", [r.findtext("title") for r in rs if r.find("url") is None])
    bad = "for $r in //ronbun where $r/@joutai = '未読' retrun $r/title"
    L.extend(["> XQUERY " + bad, f"Stopped at ., 1/{bad.index('retrun') + 1}:",
              "[XPST0003] Incomplete FLWOR expression: expecting 'return'.", ""])
    q("for $r in //ronbun where $r/@joutai = '未読' return $r/title/string()",
      [r.findtext("title") for r in rs if r.get("joutai") == "未読"])
    q('for $r in //ronbun[url] return $r/@no || " " || $r/url', [f"{r.get('no')} {r.findtext('url')}" for r in rs if r.find("url") is not None])
    q("//sonota/(@href || '  ' || .)", [f"{s.get('href')}  {s.text}" for s in root.findall("sonota")])
    q('//ronbun[@no = "1"]', ser(rs[0]))
    L += ["> EXIT", "See you.", PS]
    return "\n".join(L) + "\n"


if __name__ == "__main__":
    write_only(F, build(), keys(F))
