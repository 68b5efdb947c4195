#!/usr/bin/env python3
"""1738: a Japanese PhD student's terminal (pasted): three PDFs downloaded with curl (two from arXiv, one from
OpenReview), the folder listed with `ls -l` under ja_JP.UTF-8 (合計, " 3月 11"), a memo file, the Title line of every
PDF through `hexapdf info` in a loop, and two full `hexapdf info` outputs. Computed from the modelled folder: ls's
block total (4 KiB blocks) and column padding, hexapdf's File size equal to ls's size, the loop's lines in the glob's
order (the locale's order, which for these names is byte order), the value column of `hexapdf info`."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, au, write_only
from make_expected import keys, by_num

F = by_num(1738)
PS = "haruka@x1carbon:~/papers/long-context$ "
# name: (size, (month, day, hh:mm), title, author, creator, producer, created, pages, version)
P = {
 "1901.02860v3.pdf": (2190733, (1, 29, "22:14"), T("1901.02860"), "", "LaTeX with hyperref package", "pdfTeX-1.40.17", "2019-06-04 00:46:21 UTC", 20, "1.5"),
 "attention.pdf": (2215244, (3, 11, "10:42"), T("1706.03762"), "", "LaTeX with hyperref", "pdfTeX-1.40.25", "2024-03-11 01:37:56 UTC", 15, "1.5"),
 "bigbird.pdf": (1578112, (3, 11, "10:43"), T("2007.14062"), "", "LaTeX with hyperref", "pdfTeX-1.40.21", "2021-01-11 01:41:07 UTC", 52, "1.5"),
 "feedback-memory.pdf": (1024877, (3, 11, "10:44"), T("2002.09402"), "", "LaTeX with hyperref", "pdfTeX-1.40.21", "2020-10-02 17:20:33 UTC", 14, "1.5"),
 "flashattention2.pdf": (932514, (2, 20, "18:05"), T("2307.08691"), "Tri Dao", "LaTeX with hyperref", "pdfTeX-1.40.25", "2023-07-18 00:19:27 UTC", 14, "1.5"),
 "pagedattention.pdf": (3398205, (3, 11, "10:45"), T("2309.06180"), "", "LaTeX with acmart 2023/03/30 v1.90 Typesetting articles for the Association for Computing Machinery and hyperref 2023-02-07 v7.00v Hypertext links for LaTeX", "pdfTeX-1.40.25", "2023-09-13 00:30:01 UTC", 16, "1.5"),
 "pi_meta.pdf": (1297440, (2, 20, "18:07"), T("2306.15595"), "", "LaTeX with hyperref", "pdfTeX-1.40.25", "2023-06-29 00:25:48 UTC", 18, "1.5"),
 "synthesizer_icml21.pdf": (801236, (2, 2, "9:58"), T("2005.00743"), au("2005.00743", 4, ""), "LaTeX with hyperref", "pdfTeX-1.40.21", "2021-06-28 12:03:11 UTC", 12, "1.5"),
 "輪読会_第5回_資料.pdf": (655104, (3, 8, "16:31"), "長文脈アテンション輪読会 第5回", "森本はるか", "Keynote", "macOS バージョン14.3.1（ビルド23D60） Quartz PDFContext", "2024-03-08 07:30:12 UTC", 23, "1.3"),
}
MEMO = ["# 長文脈・効率的アテンション 輪読リスト（3月）",
        "",
        "- Transformer-XL は 1901.02860v3.pdf（1月にダウンロード済み）",
        "- attention.pdf は基礎の確認用、3節だけ読む",
        "- bigbird.pdf：ブロック疎アテンション、付録のグラフ理論の部分は飛ばす",
        "- feedback-memory.pdf は ICLR の OpenReview 版（査読コメントも見る）",
        "- pagedattention.pdf：vLLM の論文。KVキャッシュの話なので佐藤さん担当",
        "- FlashAttention-2 と位置補間（pi_meta.pdf）は第6回へ",
        "- Synthesizer は ICML 版（synthesizer_icml21.pdf）",
        ""]


def ls_l():
    rows = [("-rw-rw-r--", n, P[n][0], P[n][1]) for n in sorted(P, key=lambda s: s.encode())]
    rows.append(("-rw-rw-r--", "メモ.md", sum(len(l.encode()) + 1 for l in MEMO[:-1]), (3, 11, "10:51")))
    rows.sort(key=lambda r: r[1].encode())
    w = max(len(str(r[2])) for r in rows)
    tot = sum(-(-r[2] // 4096) * 4 for r in rows)
    out = [f"合計 {tot}"]
    for mode, n, size, (m, d, hm) in rows:
        out.append(f"{mode} 1 haruka haruka {str(size).rjust(w)} {m:2d}月 {d:2d} {hm.rjust(5)} {n}")
    return out


def info(n):
    size, _, title, author, creator, producer, created, pages, ver = P[n]
    kv = [("File name", n), ("File size", f"{size} bytes"), ("Title", title)]
    if author: kv.append(("Author", author))
    kv += [("Creator", creator), ("Producer", producer), ("Creation date", created), ("Modification date", created),
           ("Pages", str(pages)), ("Version", ver), ("Encrypted", "no")]
    return [f"{k + ':':19s}{v}" for k, v in kv]


def build():
    L = [PS + "curl -sL -o attention.pdf https://arxiv.org/pdf/1706.03762v7",
         PS + "curl -sL -o bigbird.pdf https://arxiv.org/pdf/2007.14062v2",
         PS + "curl -sL -o feedback-memory.pdf 'https://openreview.net/pdf?id=OCm0rwa1lx1'",
         PS + "curl -sL -o pagedattention.pdf https://arxiv.org/pdf/2309.06180v1",
         PS + "ls -l"] + ls_l()
    L += [PS + "cat メモ.md"] + MEMO[:-1]
    L += [PS + "for f in *.pdf; do printf '%s\\t' \"$f\"; hexapdf info \"$f\" | grep '^Title:'; done"]
    for n in sorted(P, key=lambda s: s.encode()):
        L.append(f"{n}\t{info(n)[2]}")
    L += [PS + "hexapdf info synthesizer_icml21.pdf"] + info("synthesizer_icml21.pdf")
    L += [PS + "hexapdf info pagedattention.pdf"] + info("pagedattention.pdf")
    L += [PS]
    return "\n".join(L)


if __name__ == "__main__":
    write_only(F, build(), keys(F))
