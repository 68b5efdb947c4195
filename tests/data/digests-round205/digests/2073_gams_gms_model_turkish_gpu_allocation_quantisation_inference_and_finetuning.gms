$title GPU tahsisi: nicemleme, çıkarım ve ince ayar deneyleri (bahar dönemi)
$ontext
Hazırlayan: Elif Karataş <elif.karatas@hesap-lab.example.com.tr>
Depo: https://github.com/hesap-lab/gpu-tahsis
Belgeler: https://www.gams.com/latest/docs/UG_MAIN.html
Kitap: Williams, "Model Building in Mathematical Programming", 5. baskı, bölüm 12

Deneylerin dayandığı makaleler (okuma grubu listesi):
  Mixed Precision Training - https://openreview.net/forum?id=r1gs9JgRZ
  GPTQ: Accurate Post-Training Quantization for Generative Pre-trained Transformers - https://arxiv.org/abs/2210.17323
  LLM.int8(): 8-bit Matrix Multiplication for Transformers at Scale - https://arxiv.org/pdf/2208.07339v2
  DoRA: Weight-Decomposed Low-Rank Adaptation - http://arxiv.org/abs/2402.09353
Seminer kaydı: https://video.hesap-lab.example.com.tr/seminer/2024-04
$offtext

* taslak çözücü için: Fast Inference from Transformers via Speculative Decoding (arXiv: 2211.17192)
Set
   g  'GPU düğümleri' / a100a, a100b, l40s /
   e  'deneyler'
      / gptq   'GPTQ yeniden üretimi'
        int8   'LLM.int8 ölçüm'
        dora   'DoRA ince ayar'
        gpt2   'Language Models are Unsupervised Multitask Learners'
        llama  'Llama 2: Open Foundation and Fine-Tuned Chat Models'
        hf     "HuggingFace's Transformers: State-of-the-art Natural Language Processing"
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
