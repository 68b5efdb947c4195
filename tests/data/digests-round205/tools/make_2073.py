#!/usr/bin/env python3
"""2073: a GAMS model (`gpu_tahsis.gms` of an invented lab's GPU allocation), Turkish: arXiv links (`/abs/`,
`/pdf/…v2`, `http://`) and an OpenReview forum link in a `$ontext` block and `*` comments, one id in a `*` comment,
three titles alone in a set's explanatory texts (one not on arXiv; one in double quotes for its apostrophe), and
non-papers (the GAMS docs, a book, the lab's repository, a talk). LF."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import fill, write_only, OR
from make_expected import keys, by_num, GPT2

F = by_num(2073)
TXT = fill('''$title GPU tahsisi: nicemleme, çıkarım ve ince ayar deneyleri (bahar dönemi)
$ontext
Hazırlayan: Elif Karataş <elif.karatas@hesap-lab.example.com.tr>
Depo: https://github.com/hesap-lab/gpu-tahsis
Belgeler: https://www.gams.com/latest/docs/UG_MAIN.html
Kitap: Williams, "Model Building in Mathematical Programming", 5. baskı, bölüm 12

Deneylerin dayandığı makaleler (okuma grubu listesi):
  [[T:1710.03740]] - https://openreview.net/forum?id=[[ID:ORMP]]
  [[T:2210.17323]] - https://arxiv.org/abs/2210.17323
  [[T:2208.07339]] - https://arxiv.org/pdf/2208.07339v2
  [[T:2402.09353]] - http://arxiv.org/abs/2402.09353
Seminer kaydı: https://video.hesap-lab.example.com.tr/seminer/2024-04
$offtext

* taslak çözücü için: [[T:2211.17192]] (arXiv: 2211.17192)
Set
   g  'GPU düğümleri' / a100a, a100b, l40s /
   e  'deneyler'
      / gptq   'GPTQ yeniden üretimi'
        int8   'LLM.int8 ölçüm'
        dora   'DoRA ince ayar'
        gpt2   '[[T:GPT2]]'
        llama  '[[T:2307.09288]]'
        hf     "[[T:1910.03771]]"
        spec   'spekülatif çözme' /;

Parameter
   saat(e) 'tahmini GPU saati'
      / gptq 18, int8 12, dora 40, gpt2 6, llama 55, hf 4, spec 20 /
   kapasite(g) 'haftalık GPU saati'
      / a100a 120, a100b 120, l40s 80 /;

Table bellek(e,g) 'sığar mı (1 = evet)'
          a100a  a100b  l40s
   gptq       1      1     1
   int8       1      1     1
   dora       1      1     0
   gpt2       1      1     1
   llama      1      1     0
   hf         1      1     1
   spec       1      1     1;

Binary Variable x(e,g) 'deney e düğüm g üzerinde';
Variable toplam 'kullanılan toplam saat';

Equation
   atama(e)    'her deney bir düğüme'
   kap(g)      'kapasite sınırı'
   amac        'amaç';

atama(e)..  sum(g$bellek(e,g), x(e,g)) =e= 1;
kap(g)..    sum(e, saat(e)*x(e,g)) =l= kapasite(g);
amac..      toplam =e= sum((e,g), saat(e)*x(e,g));

Model tahsis / all /;
Solve tahsis using mip minimizing toplam;
Display x.l, toplam.l;
''', {"GPT2": GPT2, "ORMP": OR("1710.03740")})

if __name__ == "__main__":
    write_only(F, TXT, keys(F))
