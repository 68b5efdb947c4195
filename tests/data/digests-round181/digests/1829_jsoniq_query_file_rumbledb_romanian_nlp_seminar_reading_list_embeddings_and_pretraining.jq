(: lecturi.jq — lista de lecturi a seminarului de NLP, semestrul II 2023–2024
   Rulare: spark-submit rumbledb-1.21.0-for-spark-3.5.jar run lecturi.jq
   Cine adaugă un articol: o intrare nouă la sfârșitul listei, "stare": "de citit".
   Stările folosite: "citit", "în lucru", "de citit". (Ioana, martie 2024) :)

let $lecturi := [
  {
    "titlu": "Efficient Estimation of Word Representations in Vector Space",
    "link": null,
    "an": 2013,
    "stare": "citit",
    "prezintă": "Andrei",
    "note": "word2vec; arXiv:1301.3781, atelierul ICLR 2013"
  },
  {
    "titlu": "Neural Machine Translation of Rare Words with Subword Units",
    "link": "https://arxiv.org/abs/1508.07909",
    "an": 2016,
    "stare": "citit",
    "prezintă": "Ioana",
    "note": "BPE, baza tokenizării de azi; ACL 2016"
  },
  {
    "titlu": "Deep contextualized word representations",
    "link": "https://arxiv.org/pdf/1802.05365v2",
    "an": 2018,
    "stare": "citit",
    "prezintă": "Mihai",
    "note": "ELMo, NAACL 2018"
  },
  {
    "titlu": "Sentence-BERT: Sentence Embeddings using Siamese BERT-Networks",
    "link": "http://arxiv.org/abs/1908.10084",
    "an": 2019,
    "stare": "în lucru",
    "prezintă": "Radu",
    "note": "SBERT; de comparat cu embeddingurile medii"
  },
  {
    "titlu": "BART: Denoising Sequence-to-Sequence Pre-training for Natural Language Generation, Translation, and Comprehension",
    "link": "https://arxiv.org/abs/1910.13461",
    "an": 2020,
    "stare": "în lucru",
    "prezintă": "Ioana",
    "note": "ACL 2020; pentru proiectul de rezumare"
  },
  {
    "titlu": "Pre-Training Transformers as Energy-Based Cloze Models",
    "link": null,
    "an": 2020,
    "stare": "de citit",
    "prezintă": "Andrei",
    "note": "Electric, EMNLP 2020; PDF-ul e pe Drive-ul grupului"
  },
  {
    "titlu": "Attention is Not Only a Weight: Analyzing Transformers with Vector Norms",
    "link": null,
    "an": 2020,
    "stare": "de citit",
    "prezintă": "Mihai",
    "note": "EMNLP 2020; normele vectorilor în loc de ponderi"
  },
  {
    "titlu": "Complex Query Answering with Neural Link Predictors",
    "link": null,
    "an": 2021,
    "stare": "de citit",
    "prezintă": "Radu",
    "note": "ICLR 2021; grafuri de cunoștințe, poate în semestrul următor"
  },
  {
    "titlu": "Hugging Face NLP Course, capitolul 6 (tokenizatoare)",
    "link": "https://huggingface.co/learn/nlp-course/chapter6/1",
    "an": 2022,
    "stare": "citit",
    "prezintă": "Ioana",
    "note": "curs, nu articol"
  },
  {
    "titlu": "sentence-transformers (documentația de pe SBERT.net)",
    "link": "https://www.sbert.net/",
    "an": 2019,
    "stare": "în lucru",
    "prezintă": "Radu",
    "note": "bibliotecă și documentație"
  }
]

(: ce a mai rămas de discutat :)
let $deCitit := $lecturi[][$$.stare ne "citit"]
return {
  "seminar": "NLP — semestrul II",
  "total": size($lecturi),
  "de citit": [
    for $l in $deCitit
    order by $l.an ascending
    return $l.titlu || " (" || $l.an || ")"
  ],
  "pe stare": {|
    for $l in $lecturi[]
    group by $s := $l.stare
    return { $s : count($l) }
  |}
}
