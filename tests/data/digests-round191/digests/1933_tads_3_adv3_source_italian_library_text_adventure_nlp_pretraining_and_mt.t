#charset "utf-8"

/*
 *   La biblioteca dei vettori — un'avventura testuale per il gruppo di lettura NLP
 *   (Dipartimento di Informatica, aula 2.11). Autrice: Giulia Ferrante.
 *   Compilare con: t3make -f biblioteca.t3m
 *   Nota: la libreria italiana per adv3 non c'è; il parser resta inglese, i testi sono in italiano.
 */

#include <adv3.h>
#include <en_us.h>

versionInfo: GameID
    IFID = '3DC4DED6-09B5-578D-B9E9-5E3B87239944'
    name = 'La biblioteca dei vettori'
    byline = 'di Giulia Ferrante'
    htmlByline = 'di <a href="mailto:g.ferrante@nlp-lettura.example.it">Giulia Ferrante</a>'
    version = '0.3'
    authorEmail = 'Giulia Ferrante <g.ferrante@nlp-lettura.example.it>'
    desc = 'Trova i quattro articoli prima della riunione del giovedì.'
    htmlDesc = 'Trova i quattro articoli prima della riunione del giovedì.'
;

gameMain: GameMainDef
    initialPlayerChar = me
    showIntro()
    {
        "Sono le 17:50. La riunione è alle 18. Mancano quattro articoli.<.p>";
    }
;

sala: Room 'Sala di lettura' 'la sala di lettura'
    "Tavoli lunghi, lampade verdi. A nord l'archivio, a est il laboratorio. "
    north = archivio
    east = laboratorio
;

+ me: Actor
;

+ bacheca: Fixture 'bacheca/avvisi' 'bacheca'
    "Un foglio appeso: <q>Giovedì 18:00, aula 2.11. Leggere almeno i primi due.</q> "
;

+ quaderno: Readable 'quaderno nero' 'quaderno nero'
    "Un quaderno con la copertina nera. "
    readDesc = "Prima pagina, con la grafia di Marco:
        <q>Efficient Estimation of Word Representations in Vector Space</q> — https://arxiv.org/abs/1301.3781 <.p>
        Sotto, sottolineato due volte: <q>Deep contextualized word representations</q> (arXiv 1802.05365). "
;

archivio: Room 'Archivio' 'l\'archivio'
    "Scaffali metallici. Odore di carta. A sud la sala di lettura. "
    south = sala
;

+ scaffale: Fixture, Surface 'scaffale/scaffali' 'scaffale'
    "Uno scaffale pieno di rilegature. "
;

++ rilegatura: Readable 'rilegatura blu' 'rilegatura blu'
    "Una rilegatura blu, etichetta <q>transfer</q>. "
    readDesc = "Dentro c'è la stampa di
        <q>Exploring the Limits of Transfer Learning with a Unified Text-to-Text Transformer</q>; in margine: https://arxiv.org/pdf/1910.10683v4 "
;

++ libro: Readable 'libro/manuale' 'manuale'
    "Jurafsky e Martin, Speech and Language Processing. Un libro, non un articolo. "
    readDesc = "Capitolo 6: vettori semantici. Qualcuno ha scritto: <q>vedi anche il dataset WikiText-103</q>. "
;

laboratorio: Room 'Laboratorio' 'il laboratorio'
    "Tre monitor accesi. A ovest la sala di lettura. "
    west = sala
;

+ monitor: Fixture, Readable 'monitor/schermo/schermi' 'monitor'
    "Sul monitor centrale c'è un terminale aperto. "
    readDesc = "Sullo schermo, due schede aperte:
        <q>Neural Machine Translation of Rare Words with Subword Units</q> http://arxiv.org/abs/1508.07909 e
        <q>Glancing Transformer for Non-Autoregressive Neural Machine Translation</q> https://arxiv.org/abs/2008.07905v1 .
        Nella terza scheda c'è il repository https://github.com/google/sentencepiece (codice, non un articolo). "
;

+ post_it: Readable 'post-it giallo/post-it' 'post-it giallo'
    "Un post-it attaccato al monitor. "
    readDesc = "<q>Per la prossima volta (Luca):
        Language Models are Unsupervised Multitask Learners;
        Improving Self-supervised Pre-training via a Fully-Explored Masked Language Model;
        Pre-Training Transformers as Energy-Based Cloze Models.
        Registrazione del seminario scorso: https://video.nlp-lettura.example.it/seminari/2024-03-07</q> "
;
