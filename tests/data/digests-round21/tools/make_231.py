#!/usr/bin/env python3
"""Builds digests/231_docusaurus_mdx_blog_post_finnish_pretraining_objectives.mdx: a post of a Finnish university
NLP group's Docusaurus 3 site (`blog/2024-03-18-esikoulutustavoitteet/index.mdx`), the reading circle's winter
summary on pre-training objectives. MDX v2 as Docusaurus 3 reads it: YAML front matter (slug, title quoted because it
has a colon, authors as keys of authors.yml, tags, image, description, date), ES `import` lines, `{/* truncate */}`
(HTML comments are not allowed in MDX 2), `:::note[Otsikko]` / `:::tip` / `:::info` admonitions, `<Tabs>` /
`<TabItem>` with Markdown inside (blank lines around it), a custom `<PaperCard … />` component whose props carry a
title and an `arxiv` id or an `href`, a `<Figure>`, an explicit heading id `{#…}`, GFM footnotes written in Chicago
notes style (“Title,” with the comma inside English curly quotes), a code block. Finnish prose quotes titles with
Finnish ”…” (the same closing quote on both sides) and inflects around them ("-artikkelissa", "BERT:n").

Evidence: DeBERTa's PaperCard `href` (its Hugging Face papers page), the Electric and REALM footnotes with abs / pdf URLs (link); the
fully-explored MLM paper as a Markdown link to its OpenReview forum (link, OpenReview); ELECTRA's PaperCard
`arxiv="2003.10555"` (the card renders the URL only on the site) and RoBERTa's footnote "arXiv:1907.11692"
(arxiv-text); BERT in ”…”, XLNet and BART inside TabItems, GENRE's title with a Finnish case ending, the CQD paper,
Dodrio inside a tip (title-only). Non-papers: the TurkuNLP FinBERT model page, the transformers docs, "The
Illustrated BERT" blog post, a YouTube talk. Names and the site are invented."""
import os, sys
sys.path.insert(0, os.path.dirname(__file__))
from catalogue import check_no_distractor

OUT = os.path.join(os.path.dirname(__file__), "..", "digests", "231_docusaurus_mdx_blog_post_finnish_pretraining_objectives.mdx")

TEXT = """---
slug: esikoulutustavoitteet-talvi-2024
title: "Maskeista erottelijoihin: mitä luimme esikoulutustavoitteista talvella 2024"
authors: [aino, ville]
tags: [kielimallit, lukupiiri, esikoulutus]
image: ./kansikuva.png
description: Lukupiirin talven 2024 artikkelit BERT:stä DeBERTaan ja hakua hyödyntäviin malleihin.
date: 2024-03-18T10:00
---

import Tabs from '@theme/Tabs';
import TabItem from '@theme/TabItem';
import PaperCard from '@site/src/components/PaperCard';
import Figure from '@site/src/components/Figure';

Lukupiirimme kävi talven aikana läpi kymmenkunta artikkelia siitä, *millä tavoitteella* kielimalli kannattaa esikouluttaa. Tässä koosteessa kerromme, mitä opimme, ja mitkä artikkelit kannattaa lukea, jos aikaa on vain yhteen iltaan.

{/* truncate */}

## Lähtöpiste: maskattu kielimalli {#lahtopiste}

Kaikki alkoi ”BERT: Pre-training of Deep Bidirectional Transformers for Language Understanding” -artikkelista. BERT:n tavoite on yksinkertainen: peitetään 15 % tokeneista ja ennustetaan ne. Ongelmia on kaksi: `[MASK]`-tokenia ei esiinny hienosäädössä, ja malli oppii vain peitetyistä kohdista.

:::note[Terminologiaa]

Käytämme tässä lyhenteitä MLM (*masked language modeling*) ja RTD (*replaced token detection*). Suomenkielistä vakiintunutta termiä kummallekaan ei vielä ole.

:::

## Kolme tapaa korjata MLM:ää

<Tabs groupId="tavoite">
  <TabItem value="xlnet" label="XLNet" default>

XLNet: Generalized Autoregressive Pretraining for Language Understanding ratkaisee `[MASK]`-ongelman permutoimalla ennustusjärjestyksen: malli on autoregressiivinen, mutta näkee silti kontekstin molemmin puolin.

  </TabItem>
  <TabItem value="roberta" label="RoBERTa">

RoBERTa[^roberta] ei muuta tavoitetta lainkaan, vaan näyttää, että BERT oli alikoulutettu: enemmän dataa, isommat erät, dynaaminen maskaus ja NSP-tavoitteen poisto riittävät.

  </TabItem>
  <TabItem value="bart" label="BART">

BART: Denoising Sequence-to-Sequence Pre-training for Natural Language Generation, Translation, and Comprehension yhdistää kaksisuuntaisen enkooderin ja autoregressiivisen dekooderin; kohinafunktioista paras oli tekstijaksojen täyttö (*text infilling*).

  </TabItem>
</Tabs>

## Erottelija generaattorin sijaan

Talven selvä suosikki oli ELECTRA:

<PaperCard
  title="ELECTRA: Pre-training Text Encoders as Discriminators Rather Than Generators"
  arxiv="2003.10555"
  venue="ICLR 2020"
  note="RTD: pieni generaattori korvaa tokeneita, erottelija arvaa mitkä korvattiin."
/>

Koska erottelija saa signaalin *jokaisesta* tokenista, laskentaa tarvitaan murto-osa BERT:iin verrattuna. Saman ryhmän jatkotyö Electric[^electric] tulkitsee saman idean energiapohjaisena mallina.

<Figure src="./rtd-vs-mlm.png" caption="GLUE-tulos laskennan funktiona (uudelleenpiirretty ELECTRA-artikkelin kuvasta 1)." />

Myös [Improving Self-supervised Pre-training via a Fully-Explored Masked Language Model](https://openreview.net/forum?id=cYr2OPNyTz7) yrittää saada MLM:stä enemmän irti: maskit valitaan niin, että eri maskausten gradienttien varianssi pienenee.

Lopuksi DeBERTa, joka on yhä monen suomenkielisen luokittelijan pohja:

<PaperCard
  title="DeBERTa: Decoding-enhanced BERT with Disentangled Attention"
  href="https://huggingface.co/papers/2006.03654"
  venue="ICLR 2021"
  note="Sisältö ja sijainti erillisinä vektoreina; absoluuttinen sijainti vasta dekooderissa."
/>

## Haku osana esikoulutusta

Kaksi artikkelia kytki esikoulutuksen hakuun. REALM[^realm] oppii noutajan ja kielimallin yhdessä niin, että noutajan gradientti tulee MLM-tappiosta. ”Autoregressive Entity Retrieval” -artikkelin GENRE taas generoi entiteetin nimen merkki kerrallaan sen sijaan, että vertaisi vektoreita.

Sivupolkuna luimme myös Complex Query Answering with Neural Link Predictors -artikkelin (ICLR 2021), koska siinä monihyppyiset kyselyt ratkaistaan yhdistämällä valmiiksi koulutetun linkkiennustajan pisteet t-normeilla; idea sopii hyvin tietograafien ja kielimallien rajapintaan.

:::tip

Jos haluat *nähdä*, mitä huomiopäät tekevät, kokeile Dodrio: Exploring Transformer Models with Interactive Visualization -työkalun demoa. Se ei ole esikoulutusartikkeli, mutta auttoi meitä ymmärtämään DeBERTan erillistä sijaintihuomiota.

:::

## Kokeile itse

Suomenkielinen lähtömalli löytyy Hugging Facesta (TurkuNLP:n FinBERT, [mallisivu](https://huggingface.co/TurkuNLP/bert-base-finnish-cased-v1)). Hienosäätö onnistuu parilla rivillä:

```python
from transformers import AutoTokenizer, AutoModelForSequenceClassification

nimi = "TurkuNLP/bert-base-finnish-cased-v1"
tok = AutoTokenizer.from_pretrained(nimi)
malli = AutoModelForSequenceClassification.from_pretrained(nimi, num_labels=3)
```

:::info[Lisälukemista]

- [transformers-kirjaston dokumentaatio](https://huggingface.co/docs/transformers/index)
- Jay Alammarin blogikirjoitus [The Illustrated BERT, ELMo, and co.](https://jalammar.github.io/illustrated-bert/)
- Kevin Clarkin esitelmä ELECTRAsta [YouTubessa](https://www.youtube.com/watch?v=QWu7j1nb_jI)

:::

Seuraavaksi lukupiiri siirtyy puhemalleihin. Tervetuloa mukaan torstaisin klo 14 salissa B121!

[^roberta]: Yinhan Liu et al., “RoBERTa: A Robustly Optimized BERT Pretraining Approach” (preprint, July 26, 2019), arXiv:1907.11692.
[^electric]: Kevin Clark et al., “Pre-Training Transformers as Energy-Based Cloze Models,” in *Proceedings of the 2020 Conference on Empirical Methods in Natural Language Processing (EMNLP)* (Association for Computational Linguistics, 2020), 285–94, https://arxiv.org/abs/2012.08561.
[^realm]: Kelvin Guu et al., “REALM: Retrieval-Augmented Language Model Pre-Training,” in *Proceedings of the 37th International Conference on Machine Learning* (PMLR, 2020), 3929–38, https://arxiv.org/pdf/2002.08909.pdf.
"""

if __name__ == "__main__":
    check_no_distractor(TEXT, "231")
    open(OUT, "w", encoding="utf-8", newline="").write(TEXT)
    print(OUT, len(TEXT))
