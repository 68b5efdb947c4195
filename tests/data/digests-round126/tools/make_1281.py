#!/usr/bin/env python3
"""1281: a BibTeX file exported from Synapsen (the card-index reference manager) by a Turkish PhD student, notes in
Turkish. The export as Synapsen writes it (as remembered, see README): a `%` comment header naming the program, the
export time and the encoding; entries sorted by key, keys `Surname_Year` (letters of the first author's surname only,
with a/b for clashes), one field a line with two spaces of indent, `field = {value}`, a comma after every field but
the last, `}` alone, a blank line between entries; titles with braces protecting acronyms; the card number in
`zettel`, keywords, the reader's notes in `annote`. Papers: arXiv abs / pdf URLs in `url`, an `eprint` with
`archiveprefix = {arXiv}` and an ACL Anthology DOI (no arXiv URL), titles alone (PMLR / ACL Anthology links or no
link); a book, a software package and a master's thesis are not papers."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, authors, write_only
from make_expected import F1281, keys


def au(k):
    out = []
    for a in authors(k):
        p = a.split()
        if a == "Elad Ben Zaken": out.append("Ben Zaken, Elad")
        elif a == "Quentin de Laroussilhe": out.append("de Laroussilhe, Quentin")
        else: out.append(p[-1] + ", " + " ".join(p[:-1]))
    return " and ".join(out)


def bt(k, *protect):
    t = T(k)
    for w in protect: t = t.replace(w, "{" + w + "}", 1)
    return t


E = [  # key, type, fields
 ("BenZaken_2022", "inproceedings", [("author", au("2106.10199")), ("title", bt("2106.10199", "BitFit")),
   ("booktitle", "Proceedings of the 60th Annual Meeting of the Association for Computational Linguistics (Volume 2: Short Papers)"),
   ("year", "2022"), ("pages", "1--9"), ("publisher", "Association for Computational Linguistics"), ("address", "Dublin, Ireland"),
   ("doi", "10.18653/v1/2022.acl-short.1"), ("zettel", "PEFT/07"), ("keywords", "peft; bias; baseline"),
   ("annote", "Sadece bias terimlerini eğitmek. Tablo 1'i tezdeki temel çizgi tablosuna ekle. Türkçe BERTurk üzerinde denemek 20 dakika sürdü, sonuçlar fena değil.")]),
 ("Dettmers_2023", "inproceedings", [("author", au("2305.14314")), ("title", bt("2305.14314", "QLoRA", "LLMs")),
   ("booktitle", "Advances in Neural Information Processing Systems 36 (NeurIPS 2023)"), ("year", "2023"),
   ("url", "https://arxiv.org/pdf/2305.14314.pdf"), ("zettel", "PEFT/03"), ("keywords", "peft; quantization; 4-bit"),
   ("annote", "NF4 + double quantization + paged optimizers. 48 GB'lık tek kartta 65B modeli ince ayarlamak mümkün. bitsandbytes sürümüne dikkat (0.41 ve sonrası).")]),
 ("He_2022", "inproceedings", [("author", au("2110.04366")), ("title", T("2110.04366")),
   ("booktitle", "International Conference on Learning Representations (ICLR 2022)"), ("year", "2022"),
   ("url", "https://arxiv.org/abs/2110.04366"), ("zettel", "PEFT/01"), ("keywords", "peft; adapter; prefix; survey"),
   ("annote", "Tezin 2. bölümündeki sınıflandırmanın temeli: adapter, prefix ve LoRA'yı tek bir çerçevede yazıyor. Şekil 1'i Türkçeleştirip kullan (izin?).")]),
 ("Houlsby_2019", "inproceedings", [("author", au("1902.00751")), ("title", bt("1902.00751", "NLP")),
   ("booktitle", "Proceedings of the 36th International Conference on Machine Learning"), ("series", "Proceedings of Machine Learning Research"),
   ("volume", "97"), ("year", "2019"), ("pages", "2790--2799"), ("publisher", "PMLR"),
   ("url", "https://proceedings.mlr.press/v97/houlsby19a.html"), ("zettel", "PEFT/02"), ("keywords", "peft; adapter"),
   ("annote", "Adapter katmanlarının ilk makalesi. Darboğaz boyutu m=64 ile GLUE'da tam ince ayara 0,4 puan yakın.")]),
 ("Hu_2021", "inproceedings", [("author", au("2106.09685")), ("title", bt("2106.09685", "LoRA")),
   ("booktitle", "International Conference on Learning Representations (ICLR 2022)"), ("year", "2021"),
   ("url", "https://arxiv.org/abs/2106.09685"), ("zettel", "PEFT/04"), ("keywords", "peft; low-rank; lora"),
   ("annote", "Yıl alanı arXiv sürümüne göre (2021), yayın ICLR 2022. Ana deneyler için r=8, alfa=16; q ve v projeksiyonlarına uygulandı. Hoca: \"tezde mutlaka ayrıntılı anlat\".")]),
 ("Li_2021", "inproceedings", [("author", au("2101.00190")), ("title", T("2101.00190")),
   ("booktitle", "Proceedings of the 59th Annual Meeting of the Association for Computational Linguistics and the 11th International Joint Conference on Natural Language Processing (Volume 1: Long Papers)"),
   ("year", "2021"), ("pages", "4582--4597"), ("publisher", "Association for Computational Linguistics"), ("address", "Online"),
   ("doi", "10.18653/v1/2021.acl-long.353"), ("eprint", "2101.00190"), ("archiveprefix", "arXiv"), ("primaryclass", "cs.CL"),
   ("zettel", "PEFT/05"), ("keywords", "peft; prefix; generation"),
   ("annote", "Üretim görevleri (table-to-text, özetleme). Ön ek uzunluğu 10 ile 200 arası; MLP ile yeniden parametreleme şart, yoksa eğitim kararsız.")]),
 ("Mangrulkar_2022", "misc", [("author", "Mangrulkar, Sourab and Gugger, Sylvain and Debut, Lysandre and Belkada, Younes and Paul, Sayak and Bossan, Benjamin"),
   ("title", "{PEFT}: State-of-the-art Parameter-Efficient Fine-Tuning methods"), ("year", "2022"),
   ("howpublished", "\\url{https://github.com/huggingface/peft}"), ("zettel", "Araç/02"), ("keywords", "software"),
   ("annote", "Yazılım; deneylerde 0.9.0 sürümü kullanıldı. requirements.txt içinde sabitle.")]),
 ("Shoeybi_2019", "misc", [("author", au("1909.08053")), ("title", bt("1909.08053", "Megatron-LM")),
   ("year", "2019"), ("howpublished", "NVIDIA teknik raporu"), ("zettel", "Altyapı/01"), ("keywords", "parallelism; training"),
   ("annote", "PEFT değil ama tensör paralelliği bölümünde gerekiyor. Kütüphanedeki basılı kopyadan okudum, kenar notları Zettel Altyapı/01'de.")]),
 ("Tunstall_2022", "book", [("author", "Tunstall, Lewis and von Werra, Leandro and Wolf, Thomas"),
   ("title", "Natural Language Processing with Transformers"), ("edition", "Revised"), ("year", "2022"),
   ("publisher", "O'Reilly Media"), ("address", "Sebastopol, CA"), ("isbn", "978-1-098-13679-6"), ("zettel", "Kitap/03"),
   ("keywords", "book"), ("annote", "Kitap. 2. ve 7. bölümler giriş dersi için yeterli.")]),
 ("Yildirim_2023", "mastersthesis", [("author", "Yıldırım, Elif"),
   ("title", "Türkçe büyük dil modellerinde parametre-verimli ince ayar yöntemlerinin karşılaştırılması"),
   ("school", "Karadeniz Kıyı Üniversitesi, Fen Bilimleri Enstitüsü"), ("year", "2023"), ("type", "Yüksek lisans tezi"),
   ("zettel", "Tez/04"), ("keywords", "thesis; turkish"), ("annote", "Türkçe veri kümeleri listesi için iyi. Deney düzeni bizimkine yakın.")]),
 ("Zhang_2023", "inproceedings", [("author", au("2303.10512")), ("title", bt("2303.10512", "AdaLoRA")),
   ("booktitle", "International Conference on Learning Representations (ICLR 2023)"), ("year", "2023"),
   ("zettel", "PEFT/06"), ("keywords", "peft; low-rank; budget"),
   ("annote", "Rank bütçesini SVD biçimli parametreleştirmeyle katmanlar arasında dağıtıyor. Bizim düşük kaynaklı Türkçe görevlerde LoRA'dan farkı küçük çıktı.")]),
]
out = ["% This file was created with Synapsen 5.1.2 (https://www.verzetteln.de/synapsen/)",
       "% Export: Literaturverzeichnis > BibTeX, 2024-03-06 21:14:08",
       "% Encoding: UTF-8", "% Kartei: doktora-peft.syn", ""]
for key, typ, fields in sorted(E):
    out.append(f"@{typ}{{{key},")
    for i, (k, v) in enumerate(fields):
        out.append(f"  {k} = {{{v}}}" + ("," if i < len(fields) - 1 else ""))
    out += ["}", ""]
text = "\n".join(out)
write_only(F1281, text, keys(F1281), forms=[text.replace("{", "").replace("}", "")])
