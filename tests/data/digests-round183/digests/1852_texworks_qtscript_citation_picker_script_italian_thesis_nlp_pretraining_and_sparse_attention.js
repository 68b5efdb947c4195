// TeXworksScript
// Title: Inserisci citazione (lista del gruppo di lettura)
// Description: Sceglie una voce dalla lista del gruppo di lettura NLP e inserisce \cite{chiave} nel documento
// Author: Chiara Bellini
// Version: 0.4
// Date: 2024-03-18
// Script-Type: standalone
// Context: TeXDocument
// Shortcut: Ctrl+Alt+C

// Le chiavi sono quelle del file tesi.bib (esportato da Zotero con Better BibTeX).
// Se una voce non ha url, il PDF è solo in Zotero: lo script lo ricorda con un avviso.
// Aggiornata dopo l'incontro del 14 marzo (aula Seminari, secondo piano).

var articoli = [
  { chiave: "sennrich2016bpe", titolo: "Neural Machine Translation of Rare Words with Subword Units", anno: 2016, tipo: "articolo",
    url: "https://arxiv.org/abs/1508.07909", nota: "ACL 2016; cap. 2, tokenizzazione" },
  { chiave: "reimers2019sbert", titolo: "Sentence-BERT: Sentence Embeddings using Siamese BERT-Networks", anno: 2019, tipo: "articolo",
    url: "https://arxiv.org/abs/1908.10084v1", nota: "EMNLP 2019; baseline del cap. 4" },
  { chiave: "wolf2020transformers", titolo: "HuggingFace's Transformers: State-of-the-art Natural Language Processing", anno: 2020, tipo: "articolo",
    url: "", nota: "EMNLP 2020 (demo); citare per la libreria, PDF in Zotero" },
  { chiave: "child2019sparse", titolo: "Generating Long Sequences with Sparse Transformers", anno: 2019, tipo: "articolo",
    url: "", nota: "arXiv 1904.10509, mai pubblicato altrove: citare come preprint" },
  { chiave: "beltagy2020longformer", titolo: "Longformer: The Long-Document Transformer", anno: 2020, tipo: "articolo",
    url: "https://arxiv.org/pdf/2004.05150", nota: "attenzione a finestra, cap. 3" },
  { chiave: "clark2020electric", titolo: "Pre-Training Transformers as Energy-Based Cloze Models", anno: 2020, tipo: "articolo",
    url: "", nota: "EMNLP 2020; PDF in Zotero, collezione «Tesi/cap3»" },
  { chiave: "qian2021glat", titolo: "Glancing Transformer for Non-Autoregressive Neural Machine Translation", anno: 2021, tipo: "articolo",
    url: "https://openreview.net/forum?id=ZaYZfu8pT_N", nota: "traduzione non autoregressiva, ACL 2021" },
  { chiave: "zheng2020fullyexplored", titolo: "Improving Self-supervised Pre-training via a Fully-Explored Masked Language Model", anno: 2020, tipo: "articolo",
    url: "", nota: "MLM con mascheramento «esplorato»; chiedere a Davide il PDF" },
  { chiave: "kudo2018sentencepiece-sw", titolo: "sentencepiece (software, repository GitHub)", anno: 2018, tipo: "software",
    url: "https://github.com/google/sentencepiece", nota: "citare la versione usata: 0.1.99" },
  { chiave: "jurafsky2024slp3", titolo: "Speech and Language Processing, 3a ed. (bozza)", anno: 2024, tipo: "libro",
    url: "https://web.stanford.edu/~jurafsky/slp3/", nota: "capitoli 2 e 10" },
  { chiave: "cs224n", titolo: "CS224N: Natural Language Processing with Deep Learning (corso)", anno: 2024, tipo: "corso",
    url: "https://web.stanford.edu/class/cs224n/", nota: "non citare in tesi, solo per ripasso" }
];

var voci = [];
for (var i = 0; i < articoli.length; i++) {
  voci.push(articoli[i].titolo + " (" + articoli[i].anno + ")");
}

var scelta = TW.getItem(null, "Gruppo di lettura", "Voce da citare:", voci, 0, false);
if (scelta != undefined) {
  var a = articoli[voci.indexOf(scelta)];
  if (a.tipo == "corso") {
    TW.warning(null, "Gruppo di lettura", "Questa voce è un corso: non va in bibliografia.");
  } else {
    TW.target.insertText("\\cite{" + a.chiave + "}");
    if (a.url == "") {
      TW.information(null, "Gruppo di lettura", "Nessun link: il PDF è in Zotero.\n" + a.nota);
    }
  }
}
TW.result = scelta;
undefined;
