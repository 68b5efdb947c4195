#!/usr/bin/env python3
"""1067: a Turkish PhD student's Denote note in Emacs (`~/notlar/20240305T101533--uzun-baglam-ve-verimli-dikkat-okuma-
notlari__dikkat_okuma_tez.org`), the file as it sits on disk: Denote's Org front matter (`#+title:`, `#+date:` with the
Turkish-locale day name, `#+filetags:` sorted, `#+identifier:`, values aligned), Org headings, paragraphs, `[[denote:ID]
[Title]]` links to other notes, `[[https://…][desc]]` links, an Org table aligned by org-table-align (widths counted
on the visible text, so rows holding links look ragged in the raw file), a TODO heading with a `[m/n]` checkbox
cookie, a quote and a source block, and last a `denote-links` dynamic block (one `- [[denote:ID][Title]]` per note
whose file name carries the `_makale` keyword, sorted by file name, i.e. by identifier). The vLLM documentation, the
flash-attention and x-transformers repositories and kaiokendev's blog are not papers; "Transformer-XL", "BigBird",
"Synthesizer", "Feedback Transformer", "PI", "Hyena", "FlashAttention-2", "PagedAttention", "vLLM", "RoPE", "ALiBi",
"YaRN" are nicknames."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import by_num, keys

F = by_num(1067)
K = dict(xl="1901.02860", fa2="2307.08691", fb="2002.09402", pi="2306.15595", hyena="2302.10866",
         synth="2005.00743", bigbird="2007.14062", paged="2309.06180")
NOTE_ID = "20240305T101533"
# the paper notes (keyword _makale), by identifier
PAPER_NOTES = [("20231120T091402", "xl"), ("20231127T143015", "synth"), ("20231204T101147", "bigbird"),
               ("20231218T160533", "fb"), ("20240109T112908", "hyena"), ("20240116T094251", "pi"),
               ("20240123T150016", "fa2"), ("20240130T133744", "paged")]
NID = {k: i for i, k in PAPER_NOTES}
MEETING = ("20240227T171208", "Danışman toplantısı — 27 Şubat")


def vis(cell):
    """the width org-table-align counts: a link shows only its description (or its target when it has none)"""
    import re
    return len(re.sub(r"\[\[([^\]]+)\](?:\[([^\]]+)\])?\]", lambda m: m.group(2) or m.group(1), cell))


def org_table(rows):
    w = [max(vis(r[c]) for r in rows if r) for c in range(len(rows[0]))]
    out = []
    for r in rows:
        if r is None:
            out.append("|" + "+".join("-" * (x + 2) for x in w) + "|")
        else:
            cells = []
            for c, x in zip(r, w):
                pad = " " * (x - vis(c))
                cells.append(" " + (pad + c if c.isdigit() else c + pad) + " ")
            out.append("|" + "|".join(cells) + "|")
    return "\n".join(out) + "\n"


def dl(k, desc=None):
    return f"[[denote:{NID[k]}][{desc or T(K[k])}]]"


table = org_table([
    ["#", "Makale", "Kaynak", "Kim sunuyor", "Durum"],
    None,
    ["1", "Transformer-XL", "[[https://arxiv.org/abs/1901.02860][arXiv]]", "ben", "okundu"],
    ["2", "Synthesizer", "ICML 2021", "Elif", "okundu"],
    ["3", "BigBird", "NeurIPS 2020", "Mert", "okundu"],
    ["4", "Feedback Transformer", "[[https://openreview.net/forum?id=OCm0rwa1lx1][OpenReview]]", "ben", "notlar eksik"],
    ["5", "Hyena", "arXiv:2302.10866", "Elif", "okunuyor"],
    ["6", "Position Interpolation (PI)", "arXiv:2306.15595", "ben", "okunuyor"],
    ["7", "FlashAttention-2", "[[https://arxiv.org/abs/2307.08691][arXiv]]", "Mert", "sırada"],
    ["8", "vLLM / PagedAttention", "SOSP 2023", "—", "sırada"],
])

dblock = ('#+BEGIN: denote-links :regexp "_makale" :sort-by-component nil :reverse-sort nil :id-only nil\n'
          + "".join(f"- [[denote:{i}][{T(K[k])}]]\n" for i, k in PAPER_NOTES) + "#+END:\n")

text = f"""#+title:      Uzun bağlam ve verimli dikkat — okuma notları
#+date:       [2024-03-05 Sal 10:15]
#+filetags:   :dikkat:okuma:tez:
#+identifier: {NOTE_ID}

Tez önerisinin 2. bölümü (uzun bağlam ve verimli dikkat) için çalışma notu. Her makalenin ayrı bir Denote notu var
(~_makale~ anahtar kelimesi); en alttaki blok onları otomatik listeliyor, =C-c C-x C-u= ile güncelleniyor.
Son danışman toplantısı: [[denote:{MEETING[0]}][{MEETING[1]}]].

* Neden uzun bağlam?

Standart öz-dikkat dizi uzunluğunda karesel. Okuduklarımı üç gruba ayırıyorum:

1. *Tekrarlayan bellek*: {dl("xl")} ve {dl("fb")}. İkincisi
   bütün katmanların geçmiş temsillerini tek bir belleğe topluyor; eğitim paralelliğini kaybediyor ama küçük
   modellerde bellek verimliliği şaşırtıcı.
2. *Seyrek / yaklaşık dikkat*: {dl("bigbird")} (global + pencere + rastgele
   bağlantılar) ve tamamen farklı bir soru soran "{T(K["synth"])}" — dikkat matrisini
   token-token etkileşiminden hiç hesaplamasak ne olur?
3. *Dikkatsiz ya da donanım odaklı*: Hyena operatörü ({T(K["hyena"])}, arXiv:2302.10866)
   ve {dl("fa2")}. FlashAttention-2 karmaşıklığı değiştirmiyor, IO'yu azaltıyor; yani "verimli" kelimesini iki ayrı
   anlamda kullandığımızı tezde açıkça yazmam gerek.

Bağlam penceresini sonradan genişletmek ayrı bir konu: {T(K["pi"])} (Chen vd., arXiv:2306.15595).
RoPE konumlarını ölçekleyip kısa bir ince ayarla 2k → 32k. İlk fikir kaiokendev'in blogunda çıkmış:
[[https://kaiokendev.github.io/til][Things I'm learning while training SuperHOT]] (blog yazısı, makale değil).

* Okuma sırası

{table}
Notlar:
- Satır 4'ün bağlantısı OpenReview forumu; ICLR yorumlarında bellek maliyeti tartışması var, mutlaka oku.
- Satır 8 için kaynak: {T(K["paged"])}. Kodu ve belgeleri:
  [[https://docs.vllm.ai/en/latest/][vLLM dokümantasyonu]] (belge, makale değil).
- Kod tarafında [[https://github.com/Dao-AILab/flash-attention][Dao-AILab/flash-attention]] ve
  [[https://github.com/lucidrains/x-transformers][lucidrains/x-transformers]] depoları yeterli.

* TODO Bu hafta [1/4]
SCHEDULED: <2024-03-08 Cum>

- [X] PI makalesindeki ölçekleme formülünü kendi kodumda dene
- [ ] Hyena notunu bitir ({dl("hyena")})
- [ ] BigBird ile Synthesizer'ı karşılaştıran bir tablo hazırla
- [ ] Danışmana 2. bölüm taslağını gönder (15 Mart)

#+begin_quote
"Uzun bağlam" derken modelin gerçekten kullandığı bağlamı mı, yoksa sadece kabul ettiği girdiyi mi kastediyoruz?
— Ayşe Hoca, 27 Şubat toplantısı
#+end_quote

#+begin_src python
# PI: konumları eğitim uzunluğuna geri ölçekle
def interpolate_positions(pos, train_len=2048, target_len=32768):
    return pos * train_len / target_len
#+end_src

* Makale notları

{dblock}"""
write_only(F, text, keys(F))
