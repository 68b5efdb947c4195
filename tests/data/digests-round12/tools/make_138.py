#!/usr/bin/env python3
"""Builds digests/138_wordpad_rtf_mt_seminar_reading_list.rtf: a seminar reading list typed in WordPad (Windows 10,
RichEdit 10.0) and saved as .rtf.

Written as RichEdit writes it: CRLF line ends, one line per paragraph ending in \\par, the header
{\\rtf1\\ansi\\ansicpg1252\\deff0\\nouicompat\\deflang1033{\\fonttbl…}} / {\\colortbl ;…} / {\\*\\generator Riched20
10.0.19041}\\viewkind4\\uc1, \\pard\\sa200\\sl276\\slmult1 paragraph formatting, \\lang9 / \\lang1045 language runs
(the author switches to a Polish keyboard layout now and then, and RichEdit starts a new \\lang run even inside a
word), \\b … \\b0, \\i … \\i0, \\fs sizes, cp1252 letters as \\'xx (lower-case hex), everything else as \\uN? (\\uc1),
typographic punctuation as RichEdit's symbol control words (\\ldblquote, \\rdblquote, \\rquote, \\endash, \\emdash,
\\bullet), numbered paragraphs as {\\pntext\\f0 1.\\tab}{\\*\\pn\\pnlvlbody…\\pndec{\\pntxta.}} and bullets as
{\\pntext\\f1\\'B7\\tab}{\\*\\pn\\pnlvlblt\\pnf1…{\\pntxtb\\'B7}}, and two kinds of hyperlink field: a URL that
RichEdit auto-detected, written {{\\field{\\*\\fldinst{HYPERLINK url }}{\\fldrslt{url\\ul0\\cf0}}}}, and a
"friendly name" link inserted with a display text, written with the URL in quotes:
{{\\field{\\*\\fldinst{HYPERLINK "url" }}{\\fldrslt{\\ul\\cf1\\cf1\\ul text}}}}. Both are followed, as RichEdit does,
by the font/size of the surrounding text (\\f0\\fs22)."""
import os

OUT = os.path.join(os.path.dirname(__file__), "..", "digests", "138_wordpad_rtf_mt_seminar_reading_list.rtf")

SYM = {"“": "\\ldblquote ", "”": "\\rdblquote ", "‘": "\\lquote ", "’": "\\rquote ", "–": "\\endash ",
       "—": "\\emdash ", "•": "\\bullet "}


def esc(s):
    out = []
    for ch in s:
        if ch in SYM:
            out.append(SYM[ch])
        elif ch in "\\{}":
            out.append("\\" + ch)
        elif ord(ch) < 128:
            out.append(ch)
        else:
            try:
                b = ch.encode("cp1252")
                out.append("\\'%02x" % b[0])
            except UnicodeEncodeError:
                n = ord(ch)
                out.append("\\u%d?" % (n if n < 32768 else n - 65536))
    return "".join(out)


def auto(url):
    """a URL RichEdit detected while typing"""
    return "{{\\field{\\*\\fldinst{HYPERLINK %s }}{\\fldrslt{%s\\ul0\\cf0}}}}\\f0\\fs22 " % (url, url)


def named(url, text):
    """a link inserted with a display text (friendly name)"""
    return '{{\\field{\\*\\fldinst{HYPERLINK "%s" }}{\\fldrslt{\\ul\\cf1\\cf1\\ul %s}}}}\\f0\\fs22 ' % (url, esc(text))


PARA = "\\pard\\sa200\\sl276\\slmult1 "
NUM_FIRST = "{\\pntext\\f0 %d.\\tab}{\\*\\pn\\pnlvlbody\\pnf0\\pnindent0\\pnstart%d\\pndec{\\pntxta.}}" \
            "\\fi-360\\li720\\sa200\\sl276\\slmult1 "
NUM_NEXT = "{\\pntext\\f0 %d.\\tab}"
BUL_FIRST = "\\pard{\\pntext\\f1\\'B7\\tab}{\\*\\pn\\pnlvlblt\\pnf1\\pnindent0{\\pntxtb\\'B7}}\\fi-360\\li720" \
            "\\sa200\\sl276\\slmult1 "
BUL_NEXT = "{\\pntext\\f1\\'B7\\tab}"

L = []
L.append("{\\rtf1\\ansi\\ansicpg1252\\deff0\\nouicompat\\deflang1033{\\fonttbl{\\f0\\fnil\\fcharset0 Calibri;}"
         "{\\f1\\fnil\\fcharset2 Symbol;}{\\f2\\fnil\\fcharset238 Calibri;}}")
L.append("{\\colortbl ;\\red5\\green99\\blue193;\\red89\\green89\\blue89;}")
L.append("{\\*\\generator Riched20 10.0.19041}\\viewkind4\\uc1 ")
L.append(PARA + "\\b\\f0\\fs32\\lang9 " + esc("Seminar: From word vectors to pretrained Transformers – reading list")
         + "\\b0\\fs22\\par")
L.append(PARA + "\\cf2\\i " + esc("WS 2023/24 • Thursdays 10:15–11:45 • Room 0.14 (Institut für Sprachverarbeitung) • "
                                  "Dr. ") + "J\\'f3zef Wi\\lang1045\\u347?niewski\\lang9 " + "\\i0\\cf0\\par")
L.append(PARA + esc("Each participant presents one paper (30 minutes + 15 minutes discussion) and hands in a two-page "
                    "summary one week later. Papers in ") + "\\b bold\\b0  " + esc(
    "are the “core” readings everyone reads before the session. The background chapters from Jurafsky & Martin, ")
         + "\\i Speech and Language Processing\\i0  " + esc(
    "(3rd ed. draft, https://web.stanford.edu/~jurafsky/slp3/) are a textbook, not papers – read them anyway.")
         + "\\par")
L.append(PARA + esc("Presentation slots are assigned on 19 October; swap among yourselves and tell me. Max. 2 people "
                    "per paper.") + "\\par")
L.append("")
# block 1
L.append(PARA + "\\b\\fs26 " + esc("Block 1 – Recurrent models and attention (26.10.–16.11.)") + "\\b0\\fs22\\par")
L.append("")
L.append("\\pard" + NUM_FIRST % (1, 1) + "\\b Long Short-Term Memory\\b0  " + esc(
    "– Hochreiter & Schmidhuber, Neural Computation 9(8), 1997. Dense; Chris Olah’s blog post “Understanding LSTM "
    "Networks” is the gentler way in: ") + auto("https://colah.github.io/posts/2015-08-Understanding-LSTMs/")
         + "\\par")
L.append(NUM_NEXT % 2 + esc("“Sequence to Sequence Learning with Neural ") + "Net\\lang1045 works\\lang9 " + esc(
    "” – Sutskever, Vinyals, Le, NIPS 2014. Presenter: Ana L") + "\\'fa" + esc("cia Gon") + "\\'e7" + esc(
    "alves.") + "\\par")
L.append(NUM_NEXT % 3 + named("https://arxiv.org/abs/1409.0473",
                              "Neural Machine Translation by Jointly Learning to Align and Translate")
         + esc(" – Bahdanau, Cho, Bengio, ICLR 2015 (“the Bahdanau paper”; additive attention). Presenter: S")
         + "\\'f8" + esc("ren Dahl.") + "\\par")
L.append(NUM_NEXT % 4 + esc("Neural Machine Translation of Rare Words with Subword Units (arXiv:1508.07909) – "
                            "Sennrich, Haddow, Birch, ACL 2016. BPE; compare with the fairseq implementation: ")
         + auto("https://github.com/facebookresearch/fairseq") + "\\par")
L.append(NUM_NEXT % 5 + esc("Neural Turing Machines – Graves, Wayne, Danihelka, 2014. Optional, only if we have "
                            "a free slot; differentiable external memory, read with content-based attention – a "
                            "nice bridge to item 3.") + "\\par")
L.append("")
# block 2
L.append("\\pard\\sa200\\sl276\\slmult1\\b\\fs26 " + esc("Block 2 – Word vectors (23.11.–30.11.)") + "\\b0\\fs22\\par")
L.append("")
L.append("\\pard" + NUM_FIRST % (6, 6) + "\\b " + esc("Efficient Estimation of Word Representations in Vector Space")
         + "\\b0  " + esc("– Mikolov, Chen, Corrado, Dean, 2013: ") + auto("https://arxiv.org/abs/1301.3781")
         + esc(" (“word2vec”; the C tool itself is software, no need to read the code).") + "\\par")
L.append(NUM_NEXT % 7 + esc("GloVe: Global Vectors for Word Representation – Pennington, Socher, Manning, EMNLP 2014, ")
         + auto("https://aclanthology.org/D14-1162/") + "\\par")
L.append("")
# block 3
L.append("\\pard\\sa200\\sl276\\slmult1\\b\\fs26 " + esc("Block 3 – Pretraining (7.12.–1.2.)") + "\\b0\\fs22\\par")
L.append("")
L.append("\\pard" + NUM_FIRST % (8, 8) + esc("Deep contextualized word representations – Peters et al., NAACL 2018 "
                                             "(ELMo). Presenter: Mikkel.") + "\\par")
L.append(NUM_NEXT % 9 + esc("Universal Language Model Fine-") + "\\lang1045 tuning\\lang9 " + esc(
    " for Text Classification – Howard & Ruder, ACL 2018, arXiv 1801.06146 (ULMFiT).") + "\\par")
L.append(NUM_NEXT % 10 + esc("Improving Language Understanding by Generative Pre-Training – Radford, Narasimhan, "
                            "Salimans, Sutskever, OpenAI 2018 (not on arXiv; PDF: ")
         + auto("https://cdn.openai.com/research-covers/language-unsupervised/language_understanding_paper.pdf")
         + esc(") – “GPT-1”.") + "\\par")
L.append(NUM_NEXT % 11 + "\\b " + esc("BERT: Pre-training of Deep Bidirectional Transformers for Language Understanding")
         + "\\b0  " + esc("– Devlin et al., NAACL 2019 ") + "(" + named("https://arxiv.org/abs/1810.04805v2", "arXiv")
         + ")" + esc(". Two presenters: Paulina and Kacper.") + "\\par")
L.append(NUM_NEXT % 12 + esc("Exploring the Limits of Transfer Learning with a Unified Text-to-Text Transformer – "
                             "Raffel et al., JMLR 21(140), 2020 (“T5”). Sections 1–3 only, it is 67 pages.")
         + "\\par")
L.append("")
L.append("\\pard\\sa200\\sl276\\slmult1\\b\\fs26 " + esc("Not papers, but useful") + "\\b0\\fs22\\par")
L.append(BUL_FIRST + esc("Stanford CS224n lecture videos (Winter 2023): ")
         + auto("https://web.stanford.edu/class/cs224n/") + "\\par")
L.append(BUL_NEXT + esc("Jay Alammar, “The Illustrated BERT, ELMo, and co.” (blog post): ")
         + auto("https://jalammar.github.io/illustrated-bert/") + "\\par")
L.append(BUL_NEXT + esc("Lena Voita’s NLP Course | For You, “Seq2seq and Attention” chapter: ")
         + auto("https://lena-voita.github.io/nlp_course/seq2seq_and_attention.html") + "\\par")
L.append(BUL_NEXT + esc("Our own slides from last year (Moodle, course 4417) cover Transformer-XL, ELMo and T5 "
                        "in one lecture – enough for the exam, but not a substitute for the papers.") + "\\par")
L.append("")
L.append("\\pard\\sa200\\sl276\\slmult1\\cf2\\fs18 " + esc("Last changed 12.10.2023 – ") + "J. Wi\\lang1045\\u347?"
         + "niewski\\lang9 " + esc(" (j.wisniewski@isv.uni-rosenau.example) • Sprechstunde: Mi 14–15 Uhr, Raum ")
         + "0.1\\lang1045 7\\lang9 \\cf0\\fs22\\par")
L.append("}")

data = ("\r\n".join(L) + "\r\n\x00").replace("\\slmult1 \\", "\\slmult1\\")
with open(OUT, "w", encoding="ascii", newline="") as f:
    f.write(data)
print("wrote", OUT)
