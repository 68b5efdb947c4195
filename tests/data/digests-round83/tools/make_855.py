#!/usr/bin/env python3
"""855: a cqlsh session (cqlsh 6.1 against Cassandra 4.1) copied from the terminal: the connection banner,
`cqlsh>` / `cqlsh:<keyspace>>` prompts, tabular results as cqlsh prints them (one space of margin, every header and
value right-aligned to its column, `-+-` rules, `(N rows)` after an empty line, `null` for missing values, text
unquoted), `EXPAND ON` with its notice and `@ Row n` records (names left-aligned, `-+-` rule), a `Warnings :` block,
and `TRACING`-free plain statements. A Turkish reading keyspace on LLM reasoning and scaling papers; a dataset,
a package, a blog post and a leaderboard are rows too, not papers."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, au, write_only
from make_expected import by_num, keys, GPT2

F = by_num(855)


def table(cols, rows):
    rows = [["null" if v is None else str(v) for v in r] for r in rows]
    ws = [max([len(c)] + [len(r[i]) for r in rows]) for i, c in enumerate(cols)]
    out = [" " + " | ".join(c.rjust(w) for c, w in zip(cols, ws)), "-" + "-+-".join("-" * w for w in ws) + "-"]
    out += [" " + " | ".join(v.rjust(w) for v, w in zip(r, ws)) for r in rows]
    return "\n".join(out) + f"\n\n({len(rows)} rows)\n"


def expanded(cols, rows):
    out = []
    nw = max(len(c) for c in cols)
    for n, r in enumerate(rows, 1):
        vals = ["null" if v is None else str(v) for v in r]
        vw = max(len(v) for v in vals)
        out.append(f"@ Row {n}")
        out.append("-" + "-" * nw + "-+-" + "-" * vw)
        out += [" " + c.ljust(nw) + " | " + v for c, v in zip(cols, vals)]
        out.append("")
    return "\n".join(out) + f"\n({len(rows)} rows)\n"


P = [  # konu, id, key, yil, url, ref, durum, not
 ("akil-yurutme", 1, "2201.11903", 2022, "https://openreview.net/forum?id=_VjQlMeSB_J", None, "okundu",
  "Ara adımları yazdırmak büyük modellerde doğruluğu artırıyor; küçük modellerde etki yok."),
 ("akil-yurutme", 2, "2207.05221", 2022, None, None, "okunacak",
  "Modelin kendi yanıtına güveni (P(True)); kalibrasyon bölümü önemli. Bağlantı eklenecek."),
 ("akil-yurutme", 3, "2004.10102", 2020, None, None, "okunacak",
  "Dikkat ağırlığı yerine ağırlık x vektör normu. EMNLP 2020. PDF ortak klasörde."),
 ("olcekleme", 4, "2206.07682", 2022, None, "arXiv:2206.07682", "okundu",
  "Belirli bir ölçeğin altında rastgele, üstünde ani sıçrama yapan görevler. TMLR 2022."),
 ("olcekleme", 5, "2204.02311", 2022, "https://arxiv.org/abs/2204.02311", None, "okundu",
  "540B parametre, Pathways ile iki TPU pod üzerinde eğitim."),
 ("olcekleme", 6, GPT2, 2019, None, None, "okundu",
  "arXiv'de yok; OpenAI teknik raporu. Sıfır örnekli görev aktarımı."),
 ("acik-modeller", 7, "2307.09288", 2023, "https://arxiv.org/abs/2307.09288v2", None, "okunuyor",
  "Sohbet ince ayarı + RLHF ayrıntıları; güvenlik değerlendirmesi bölüm 4."),
 ("erisim", 8, "2002.08909", 2020, "https://arxiv.org/pdf/2002.08909.pdf", None, "okunacak",
  "Ön eğitim sırasında erişimci ile birlikte öğrenme; açık alan soru yanıtlama."),
]
R = [
 ("kaynak", 1, "TR-MMLU benzeri değerlendirme seti (veri seti)", "veri seti", "https://huggingface.co/datasets/ornek/tr-degerlendirme"),
 ("kaynak", 2, "vLLM (sunucu yazılımı)", "yazılım", "https://github.com/vllm-project/vllm"),
 ("kaynak", 3, "Grup blogu: Türkçe istem mühendisliği notları", "blog", "https://blog.example.com.tr/istem-notlari"),
 ("kaynak", 4, "Open LLM Leaderboard (sıralama tablosu)", "sıralama", "https://huggingface.co/spaces/open-llm-leaderboard"),
]

parts = ["$ cqlsh 10.20.4.11 -u okuyucu",
         "Password: ",
         "Connected to okuma-kumesi at 10.20.4.11:9042",
         "[cqlsh 6.1.0 | Cassandra 4.1.4 | CQL spec 3.4.6 | Native protocol v5]",
         "Use HELP for help.",
         "okuyucu@cqlsh> USE okuma;",
         "okuyucu@cqlsh:okuma> SELECT konu, id, durum FROM makaleler WHERE konu IN ('akil-yurutme', 'olcekleme', 'acik-modeller', 'erisim');",
         "",
         table(["konu", "id", "durum"], [(p[0], p[1], p[6]) for p in P]),
         "okuyucu@cqlsh:okuma> SELECT id, baslik, yil FROM makaleler WHERE konu = 'akil-yurutme';",
         "",
         table(["id", "baslik", "yil"], [(p[1], T(p[2]), p[3]) for p in P if p[0] == "akil-yurutme"]),
         "okuyucu@cqlsh:okuma> SELECT count(*) FROM makaleler WHERE durum = 'okunacak' ALLOW FILTERING;",
         "",
         table(["count"], [(sum(1 for p in P if p[6] == "okunacak"),)]).rstrip("\n"),
         "",
         "Warnings :",
         "Aggregation query used without partition key",
         "",
         "",
         "okuyucu@cqlsh:okuma> EXPAND ON;",
         "Now Expanded output is enabled",
         "okuyucu@cqlsh:okuma> SELECT id, baslik, yazarlar, yil, url, referans, notlar FROM makaleler WHERE konu IN ('olcekleme', 'acik-modeller', 'erisim', 'akil-yurutme');",
         "",
         expanded(["id", "baslik", "yazarlar", "yil", "url", "referans", "notlar"],
                  [(p[1], T(p[2]), au(p[2], 3), p[3], p[4], p[5], p[7]) for p in sorted(P, key=lambda p: (["olcekleme", "acik-modeller", "erisim", "akil-yurutme"].index(p[0]), p[1]))]),
         "okuyucu@cqlsh:okuma> EXPAND OFF;",
         "Disabled Expanded output.",
         "okuyucu@cqlsh:okuma> SELECT id, ad, tur, url FROM kaynaklar WHERE grup = 'kaynak';",
         "",
         table(["id", "ad", "tur", "url"], [(r[1], r[2], r[3], r[4]) for r in R]),
         "okuyucu@cqlsh:okuma> UPDATE makaleler SET durum = 'okunuyor' WHERE konu = 'erisim' AND id = 8;",
         "okuyucu@cqlsh:okuma> exit",
         ""]
text = "\n".join(parts)
write_only(F, text, keys(F))
