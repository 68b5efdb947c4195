#!/usr/bin/env python3
"""383: an Italian X (Twitter) thread, selected in the browser's conversation view and pasted as text: the "Post"
bar, the author's name and @handle, the first post with its full time stamp "09:14 · 12 mar 2024" and view count,
then each post of the thread with "name / @handle / · / 12 mar / text / replies / reposts / likes / views", numbered
"n/10"; links shown as X shows them (display URLs of 23 characters, longer ones cut with "…"), link cards as
"domain / card title"; replies by two other accounts and "Mostra altre risposte". Papers: a display URL short enough
to keep the whole id ("arxiv.org/abs/1301.3781", "hf.co/papers/2211.17192") (link), "arXiv 2210.17323" typed
(arxiv-text), titles in «», in “”, in lower case, after "Titolo:", and as a link card's title under a cut display URL
whose id is incomplete (title-only). BERT, FlashAttention and vLLM are named only by nickname; the CS224N course,
the author's blog post and a newsletter are not papers."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import F383, keys

NAME, HANDLE = "Giulia Benedetti", "@giulia_bnd_nlp"
POSTS = [  # (text, card or None, replies, reposts, likes, views)
 ("🧵 Da word2vec agli LLM che girano sul portatile: 8 paper che secondo me vale ancora la pena leggere nel 2024, "
  "in ordine cronologico. Niente classifiche, solo quelli che cito più spesso a lezione. (1/10)", None, 14, 61, 248, "18,4K"),
 (f"2/10 Si parte dal 2013: «{T('1301.3781')}» di Mikolov et al., cioè word2vec. Poche pagine, "
  "e l'idea che il significato stia nel contesto è ancora lì. arxiv.org/abs/1301.3781", None, 2, 9, 87, "6.120"),
 ("3/10 Poi ELMo (2018): le rappresentazioni diventano contestuali, una per ogni occorrenza della parola. "
  "È il ponte tra gli embedding statici e tutto quello che viene dopo. arxiv.org/abs/1802.0536…",
  ("arxiv.org", T("1802.05365")), 1, 5, 52, "4.877"),
 (f"4/10 Titolo: \"{T('1910.13461')}\". Un encoder-decoder che impara a ricostruire testo rovinato: "
  "per riassunti e traduzione è ancora una base fortissima.", None, 3, 6, 71, "4.301"),
 (f"5/10 Non è un modello ma ha cambiato il mestiere: “{T('1910.03771')}” (Wolf et al.). "
  "Se usate la libreria da anni, leggete almeno la sezione sul design.", None, 5, 11, 93, "4.958"),
 (f"6/10 Sul decoding il mio preferito resta {T('1904.09751').lower()}: è il paper del nucleus sampling "
  "e spiega perché massimizzare la probabilità produce testo ripetitivo.", None, 2, 8, 66, "3.874"),
 (f"7/10 Inferenza veloce: «{T('2211.17192')}». Un modello piccolo propone, quello grande verifica. "
  "La pagina con discussione è qui: hf.co/papers/2211.17192", None, 4, 13, 102, "4.512"),
 (f"8/10 Quantizzazione: {T('2210.17323')} (arXiv 2210.17323). "
  "È il motivo per cui un 13B entra in una GPU da gaming.", None, 6, 10, 88, "4.210"),
 (f"9/10 E per chi fa fine-tuning con pochi esempi: «{T('2205.05638')}». arxiv.org/abs/2205.0563…",
  ("arxiv.org", T("2205.05638")), 2, 4, 49, "3.066"),
 ("10/10 Fine 🙏 Se partite da zero, il corso CS224N di Stanford è ancora il punto d'ingresso migliore. "
  "Il post lungo con le mie note è sul blog (link in bio) e ogni venerdì esce la newsletter.", None, 3, 7, 74, "3.551"),
]
OTHERS = [
 ("Marco Taddei", "@mtaddei_ml", "12 mar", "In risposta a @giulia_bnd_nlp", "Manca BERT! 😅", 1, 0, 12, "901"),
 ("Sara Conti", "@saraconti", "13 mar", "In risposta a @giulia_bnd_nlp",
  "Bellissimo thread. Aggiungerei il paper di FlashAttention e quello di vLLM per la parte di inferenza.", 1, 1, 9, "642"),
]
assert all(len(p[0]) <= 280 for p in POSTS)
out = ["Post", "", NAME, HANDLE, "Segui", POSTS[0][0], "09:14 · 12 mar 2024", "·", f"{POSTS[0][5]} Visualizzazioni",
       str(POSTS[0][2]), str(POSTS[0][3]), str(POSTS[0][4]), "Pubblica la tua risposta", "Rispondi", ""]
for text, card, r, rp, lk, v in POSTS[1:]:
    out += [NAME, HANDLE, "·", "12 mar", text]
    if card:
        out += [card[0], card[1]]
    out += [str(r), str(rp), str(lk), v, ""]
for name, h, d, inrep, text, r, rp, lk, v in OTHERS:
    out += [name, h, "·", d, inrep, text, str(r), str(rp), str(lk), v, ""]
out += ["Mostra altre risposte", ""]
text = "\n".join(out)
write_only(F383, text, keys(F383))
