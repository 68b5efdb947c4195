#!/usr/bin/env python3
"""Builds digests/234_mkdocs_material_lecture_notes_swahili_nlp_foundations.md: the Markdown source of lecture 3 of
an (invented) Swahili-language introductory NLP course site built with MkDocs + Material for MkDocs
(`docs/mihadhara/mhadhara-03.md`): YAML front matter (title, description, tags, hide), admonitions `!!! info "…"` /
`??? tip "…"` / `!!! warning` with four-space-indented bodies, content tabs `=== "PyTorch"`, heading attribute lists
`{ #id }`, a grid of cards (`<div class="grid cards" markdown>`), `:material-…:` icons, `{ .md-button }` links,
`$$` math, footnotes, a `--8<--` snippet include and abbreviation definitions `*[RNN]: …`, and a reference list
"Marejeo" in APA 7 style (sentence-case titles, italic venues, DOIs and URLs), cited in the text as (Author, Year)
and Author (Year). LF, a final newline.

Evidence: word2vec's and XLM-R's APA entries ending in arXiv abs / pdf URLs (link); GLAT as a Markdown link to its
OpenReview forum (link, OpenReview); seq2seq's APA entry ending in https://doi.org/10.48550/arXiv.1409.3215 and
ULMFiT "(arXiv:1801.06146)" in a tip (arxiv-text); backprop, LSTM, LeNet, GloVe and GPT-1 (none on arXiv), Bahdanau
attention, BPE and ELMo (ACL DOIs) as APA entries, some also in the text (title-only). Non-papers: Jurafsky & Martin's
book (an APA entry), the Masakhane site, "The Illustrated Transformer" blog post, a Colab notebook, a YouTube video,
the Swahili Wikipedia dump. Names, the course and the university are invented."""
import os, sys
sys.path.insert(0, os.path.dirname(__file__))
from catalogue import check_no_distractor

OUT = os.path.join(os.path.dirname(__file__), "..", "digests", "234_mkdocs_material_lecture_notes_swahili_nlp_foundations.md")

TEXT = """---
title: "Mhadhara wa 3: Kutoka RNN hadi Transformer"
description: Maelezo ya mhadhara wa tatu wa kozi ya NLP — mitandao ya kujirudia, umakini (attention) na uwakilishi wa maneno.
tags:
  - NLP
  - mihadhara
hide:
  - navigation
---

# Mhadhara wa 3: Kutoka RNN hadi Transformer

!!! info "Kabla ya mhadhara"
    Soma sehemu 2.1–2.3 za maelezo ya mhadhara wa 2. Slaidi zitawekwa kwenye Moodle saa 24 kabla ya kipindi. Kipindi ni Jumanne, saa 8:00 mchana, ukumbi wa LT-4.

[:material-file-pdf-box: Pakua slaidi](../slaidi/mhadhara-03.pdf){ .md-button } [:material-notebook: Fungua daftari la Colab](https://colab.research.google.com/drive/1sWz3Kq7LpXm9TnB2vYc5RdA0eHfJ8uQi){ .md-button .md-button--primary }

## 3.1 Historia fupi { #historia }

Mitandao ya neva hufunzwa kwa uenezaji wa nyuma (*backpropagation*), uliofafanuliwa na Rumelhart na wenzake (1986) katika makala *Learning representations by back-propagating errors*. Mitandao ya kwanza ya konvolusheni iliyotumika kibiashara ilisoma hundi za benki (LeCun et al., 1998).

Kwa mfuatano wa maneno tunahitaji kumbukumbu. RNN ya kawaida husahau haraka kwa sababu ya gradienti zinazotoweka; suluhisho la kwanza lililodumu ni LSTM (Hochreiter & Schmidhuber, 1997)[^1].

$$
h_t = o_t \\odot \\tanh(c_t), \\qquad c_t = f_t \\odot c_{t-1} + i_t \\odot \\tilde{c}_t
$$

## 3.2 Uwakilishi wa maneno { #uwakilishi }

Kabla ya mitandao mikubwa, kila neno liliwakilishwa kwa vekta moja isiyobadilika:

<div class="grid cards" markdown>

-   :material-vector-line: __word2vec__

    ---

    Mikolov et al. (2013): *skip-gram* na CBOW; vekta za "mfalme − mwanamume + mwanamke" hukaribia "malkia".

-   :material-matrix: __GloVe__

    ---

    Pennington et al. (2014) hutumia takwimu za matukio ya pamoja (*co-occurrence*) za korpasi nzima.

-   :material-text-box-multiple: __ELMo__

    ---

    Peters et al. (2018): vekta hutegemea muktadha; "benki" ya mto si "benki" ya fedha.

</div>

!!! warning "Tahadhari kwa Kiswahili"
    Kiswahili kina mofolojia tajiri (kiambishi awali cha ngeli, viambishi vya nafsi na njeo), kwa hiyo msamiati wa maneno mazima unalipuka. Ndiyo sababu tunatumia vipande vya maneno (*subwords*): BPE ya Sennrich et al. (2016) hugawa "wanafunzi" kuwa `wana` + `funzi`.

## 3.3 Mfuatano hadi mfuatano na umakini { #seq2seq }

Sutskever et al. (2014) walionyesha kwamba LSTM mbili — kisimbaji na kisimbuaji — zinatosha kwa tafsiri ya mashine. Tatizo ni kwamba sentensi nzima inabanwa katika vekta moja. Bahdanau et al. (2015) waliongeza **umakini** (*attention*): kisimbuaji huangalia kila neno la chanzo kwa uzito tofauti.

=== "PyTorch"

    ```python
    import torch.nn.functional as F

    def umakini(q, K, V):
        # q: (d,), K na V: (n, d)
        alama = K @ q / K.shape[-1] ** 0.5
        uzito = F.softmax(alama, dim=0)
        return uzito @ V
    ```

=== "NumPy"

    ```python
    import numpy as np

    def umakini(q, K, V):
        alama = K @ q / np.sqrt(K.shape[-1])
        uzito = np.exp(alama - alama.max())
        uzito /= uzito.sum()
        return uzito @ V
    ```

Kwa tafsiri ya haraka bila kusubiri neno kwa neno, angalia pia [Glancing Transformer for Non-Autoregressive Neural Machine Translation](https://openreview.net/forum?id=ZaYZfu8pT_N) — tutaijadili katika mhadhara wa 6.

## 3.4 Kufunza awali, kisha kurekebisha { #pretraining }

Wazo la kufunza modeli ya lugha kwenye maandishi mengi kisha kuirekebisha kwa kazi maalum lilienea kupitia ULMFiT (Howard & Ruder, 2018) na GPT ya kwanza (Radford et al., 2018). Kwa lugha zenye rasilimali chache kama Kiswahili, modeli za lugha nyingi ni muhimu: XLM-R (Conneau et al., 2020) ilifunzwa kwa lugha 100, ikiwemo Kiswahili.

??? tip "Kwa wanaotaka kusoma zaidi"
    Makala ya ULMFiT — Universal Language Model Fine-tuning for Text Classification (arXiv:1801.06146) — ni fupi na inasomeka kwa urahisi; angalia hasa mbinu ya *discriminative fine-tuning*. Kwa Kiswahili, jumuiya ya [Masakhane](https://www.masakhane.io/) ina modeli na data nyingi za lugha za Kiafrika.

## 3.5 Zoezi { #zoezi }

1. Funza vekta za word2vec kwenye dampo la Wikipedia ya Kiswahili (`swwiki-latest-pages-articles.xml.bz2`) na ulinganishe majirani wa karibu wa "shule" na "chuo".
2. Tekeleza umakini wa Bahdanau kwenye daftari la Colab na uchore ramani ya uzito kwa sentensi tano.
3. Soma blogu ya Jay Alammar, "The Illustrated Transformer", kabla ya mhadhara wa 4.

Video ya marudio: [YouTube — mhadhara wa 3 (2023)](https://www.youtube.com/watch?v=Hk2sZp9QwLm).

## Marejeo

Bahdanau, D., Cho, K., & Bengio, Y. (2015). Neural machine translation by jointly learning to align and translate. *International Conference on Learning Representations*.

Conneau, A., Khandelwal, K., Goyal, N., Chaudhary, V., Wenzek, G., Guzmán, F., Grave, E., Ott, M., Zettlemoyer, L., & Stoyanov, V. (2020). Unsupervised cross-lingual representation learning at scale. In *Proceedings of the 58th Annual Meeting of the Association for Computational Linguistics* (pp. 8440–8451). https://arxiv.org/pdf/1911.02116.pdf

Hochreiter, S., & Schmidhuber, J. (1997). Long short-term memory. *Neural Computation, 9*(8), 1735–1780. https://doi.org/10.1162/neco.1997.9.8.1735

Howard, J., & Ruder, S. (2018). Universal language model fine-tuning for text classification. In *Proceedings of the 56th Annual Meeting of the Association for Computational Linguistics* (pp. 328–339).

Jurafsky, D., & Martin, J. H. (2024). *Speech and language processing* (3rd ed. draft). https://web.stanford.edu/~jurafsky/slp3/

LeCun, Y., Bottou, L., Bengio, Y., & Haffner, P. (1998). Gradient-based learning applied to document recognition. *Proceedings of the IEEE, 86*(11), 2278–2324. https://doi.org/10.1109/5.726791

Mikolov, T., Chen, K., Corrado, G., & Dean, J. (2013). Efficient estimation of word representations in vector space. *arXiv*. https://arxiv.org/abs/1301.3781

Pennington, J., Socher, R., & Manning, C. D. (2014). GloVe: Global vectors for word representation. In *Proceedings of the 2014 Conference on Empirical Methods in Natural Language Processing* (pp. 1532–1543). https://doi.org/10.3115/v1/D14-1162

Peters, M. E., Neumann, M., Iyyer, M., Gardner, M., Clark, C., Lee, K., & Zettlemoyer, L. (2018). Deep contextualized word representations. In *Proceedings of NAACL-HLT 2018* (pp. 2227–2237). https://doi.org/10.18653/v1/N18-1202

Radford, A., Narasimhan, K., Salimans, T., & Sutskever, I. (2018). *Improving language understanding by generative pre-training* [Technical report]. OpenAI.

Rumelhart, D. E., Hinton, G. E., & Williams, R. J. (1986). Learning representations by back-propagating errors. *Nature, 323*(6088), 533–536. https://doi.org/10.1038/323533a0

Sennrich, R., Haddow, B., & Birch, A. (2016). Neural machine translation of rare words with subword units. In *Proceedings of the 54th Annual Meeting of the Association for Computational Linguistics* (pp. 1715–1725). https://doi.org/10.18653/v1/P16-1162

Sutskever, I., Vinyals, O., & Le, Q. V. (2014). Sequence to sequence learning with neural networks. *Advances in Neural Information Processing Systems, 27*. https://doi.org/10.48550/arXiv.1409.3215

[^1]: Kwa maelezo ya kina ya LSTM na GRU, soma sura ya 8 ya kitabu cha Jurafsky & Martin (2024).

--8<-- "includes/vifupisho.md"

*[RNN]: Recurrent Neural Network — mtandao wa neva wa kujirudia
*[LSTM]: Long Short-Term Memory
*[BPE]: Byte-Pair Encoding
*[CBOW]: Continuous Bag-of-Words
"""

if __name__ == "__main__":
    check_no_distractor(TEXT, "234")
    open(OUT, "w", encoding="utf-8", newline="").write(TEXT)
    print(OUT, len(TEXT))
