#!/usr/bin/env python3
"""569: a Moodle question-bank file in GIFT format (Italian NLP course quiz): // comments, $CATEGORY lines,
::name:: question titles, [html] / [moodle] text formats, multiple choice (= / ~ with %weights and # feedback),
true/false, numerical {#…}, short answer, matching (=… -> …), an essay {}; GIFT's escapes (\: \= \# \{ \} \~) in
every text, so titles with a colon and URLs (https\://…, ?id\=…) are written escaped; questions separated by a blank
line."""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, au, OR, write_only
from make_expected import F569 as NAME, keys

KEYS = keys(NAME)


def e(s):
    return re.sub(r"([~=#{}:])", r"\\\1", s)


def unescape(s):
    return re.sub(r"\\([~=#{}:])", r"\1", s).replace("\\n", "\n")


out = []
A = out.append
A("// Banca domande — Elaborazione del linguaggio naturale (LM-18), a.a. 2023/24")
A("// Esportata da Moodle (formato GIFT) — prof.ssa B. Carraro, Università di Valtorre")
A("// ATTENZIONE: le domande 7–9 sono ancora in bozza, non usarle nel quiz del 12 marzo")
A("")
A("$CATEGORY: $course$/top/Quiz 2 - Rappresentazioni e pre-addestramento")
A("")
A("::Q01 word2vec - articolo::[html]<p>Quale articolo ha introdotto i modelli <b>CBOW</b> e <b>Skip-gram</b>?</p>{")
A("\t=" + e(T("1301.3781")) + "#" + e("Giusto: Mikolov, Chen, Corrado, Dean (ICLR 2013, workshop track)."))
A("\t~" + e("Il manuale di Jurafsky & Martin, cap. 6") + "#" + e("È un libro, non l'articolo originale."))
A("\t~" + e("La documentazione di gensim") + "#" + e("gensim è una libreria: implementa word2vec, non lo ha proposto."))
A("\t~" + e("Il tutorial di TensorFlow sugli embedding"))
A("}")
A("")
A("::Q02 word2vec - anno::In che anno è apparso l'articolo di Mikolov et al. sugli embedding Skip-gram? {#2013}")
A("")
A("::Q03 BPE::[html]<p>" + e("Nel lavoro di Sennrich, Haddow e Birch (ACL 2016) si propone di segmentare le parole rare in unità "
  "sub-lessicali con l'algoritmo <i>byte pair encoding</i>. Il titolo è:") + "</p>{")
A("\t=" + e(T("1508.07909")) + "#[html]" + e('Sì. Testo: <a href="https://arxiv.org/abs/1508.07909">arXiv</a>.'))
A("\t~%-25%" + e("SentencePiece: la libreria di Kudo e Richardson") + "#" + e("Quella è una libreria, più recente."))
A("\t~%-25%" + e("WordPiece (Google, sistema di traduzione)"))
A("}")
A("")
A("::Q04 seq2seq::[html]<p>" + e("Abbina ogni sigla/soprannome al titolo corretto dell'articolo.") + "</p>{")
A("\t=seq2seq -> " + e(T("1409.3215")))
A("\t=RoBERTa -> " + e(T("1907.11692") + " (arXiv:1907.11692)"))
A("\t=CPC -> " + e(T("1807.03748")))
A("\t=" + e("Frozen (DeepMind, NeurIPS 2021)") + " -> " + e(T("2106.13884")))
A("}")
A("")
A("::Q05 seq2seq - inversione::[moodle]" + e("Nell'articolo di Sutskever, Vinyals e Le (NeurIPS 2014) invertire l'ordine "
  "delle parole della frase sorgente migliora la traduzione.") + "{TRUE#" + e("Esatto: BLEU da 25,9 a 30,6 con l'inversione.") + "}")
A("")
A("::Q06 CPC::[html]<p>" + e("Il Contrastive Predictive Coding (van den Oord, Li, Vinyals) ottimizza una funzione "
  "obiettivo chiamata:") + "</p>{")
A("\t=InfoNCE#[html]" + e('Sì. Articolo: <a href="https://arxiv.org/pdf/1807.03748">PDF su arXiv</a>, '
  + "titolo «" + T("1807.03748") + "»."))
A("\t~" + e("entropia incrociata con label smoothing"))
A("\t~" + e("perdita a margine (triplet loss)"))
A("}")
A("")
A("$CATEGORY: $course$/top/Quiz 2 - Rappresentazioni e pre-addestramento/Bozze")
A("")
A("// TODO (B.C.) riformulare: troppo facile?")
A("::Q07 MLM fully-explored::[html]<p>" + e("Quale articolo (Zheng et al., ICLR 2021) propone di campionare le "
  "maschere del MLM in modo da ridurre la varianza del gradiente?") + "</p>{")
A("\t=" + e(T("2010.06040")) + "#[html]" + e('Sì. Versione recensita: <a href="https://openreview.net/forum?id='
  + OR("2010.06040") + '">OpenReview</a>.'))
A("\t~" + e("ELECTRA") + "#" + e("ELECTRA usa la rilevazione dei token sostituiti, non maschere scelte ad hoc."))
A("\t~" + e("SpanBERT"))
A("}")
A("")
A("::Q08 Electric::[html]<p>" + e("Clark, Luong, Le e Manning (EMNLP 2020) reinterpretano il pre-addestramento "
  "come modello basato sull'energia. Scrivi il titolo esatto dell'articolo (senza virgolette).") + "</p>{")
A("\t=%100%" + e(T("2012.08561")))
A("\t=%50%" + e("Electric"))
A("}")
A("")
A("::Q09 Frozen::[html]<p>" + e("Commenta in max. 150 parole: perché in «" + T("2106.13884") + "» (Tsimpoukelli "
  "et al.) il modello linguistico resta congelato e si addestra solo l'encoder visivo?") + "</p>{}")
A("")
A("$CATEGORY: $course$/top/Varie")
A("")
A("::Q10 Tokenizzatori::Quale di queste è una <b>libreria</b> e non un articolo? {")
A("\t=" + e("Hugging Face tokenizers"))
A("\t~" + e("l'articolo di Sennrich et al. sulla segmentazione in sottoparole"))
A("}")
A("")
A("::Q11 Orario::Il quiz si svolge in aula informatica 3, dalle 14\\:30 alle 15\\:30. {T}")
A("")
text = "\n".join(out) + "\n"
write_only(NAME, text, KEYS, forms=[unescape(text)])
