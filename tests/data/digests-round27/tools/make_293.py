#!/usr/bin/env python3
"""293: a student's lecture notes made of slide photos run through Google Lens ("Copy text") and pasted one after
another into a phone note, Malayalam slides with English paper references in the slide footers. What such a paste
looks like: the student's own header line, one block per photo introduced by the camera's file name
(IMG_YYYYMMDD_HHMMSS.jpg), the recognised text line by line as it stood on the slide (a reference split where the
slide wrapped it, a bullet read as "•" or "e", a stray "|" from the slide frame, OCR slips in ordinary words),
the slide's footer (course, college, "n/38"), and the student's remarks typed after ">> "."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write

CTC = "Connectionist Temporal Classification: Labelling Unsegmented Sequence Data with Recurrent Neural Networks"
GPT1 = "Improving Language Understanding by Generative Pre-Training"
FOOT = "CS464 Deep Learning · GEC Thrissur"
N = 38

slides = [
    ("100412", 4, ["സീക്വൻസ് മോഡലുകൾ: ഇന്നത്തെ ക്ലാസ്", "• സീക്വൻസ് ടു സീക്വൻസ്, CTC", "• സ്പീച്ച്: സെൽഫ്-സൂപ്പർവൈസ്ഡ് പ്രീട്രെയിനിംഗ്",
                   "e ഡീകോഡിംഗ്, റിട്രീവൽ, Mixture of Experts", "• അറ്റൻഷൻ വിശകലനം"], []),
    ("101037", 7, ["സീക്വൻസ് ടു സീക്വൻസ് മോഡലുകൾ", "• എൻകോഡർ ഇൻപുട്ട് വാക്യത്തെ ഒരു വെക്ടറാക്കുന്നു",
                   "• ഡീകോഡർ ഓരോ വാക്കായി ഔട്ട്പുട്ട് ഉണ്ടാക്കുന്നു", "• 4 ലെയർ LSTM, ഇൻപുട്ട് തിരിച്ചിട്ട് (reverse) നൽകി",
                   "Sutskever, Vinyals, Le. Sequence to Sequence Learning", "with Neural Networks. NeurIPS 2014. arXiv:1409.3215"],
     ["ഇത് പരീക്ഷയ്ക്ക് വരും എന്ന് സർ പറഞ്ഞു"]),
    ("101604", 10, ["CTC: അലൈൻമെന്റ് ഇല്ലാതെ പരിശീലനം", "• ഓരോ ഫ്രെയിമിനും ഒരു ലേബൽ അല്ലെങ്കിൽ blank",
                    "• എല്ലാ അലൈൻമെന്റുകളുടെയും പ്രോബബിലിറ്റി കൂട്ടുന്നു |",
                    "Graves et al., Connectionist Temporal Classification:", "Labelling Unsegmented Sequence Data with Recurrent",
                    "Neural Networks, ICML 2006"], []),
    ("102251", 13, ["സ്പീച്ചിനുള്ള സെൽഫ്-സൂപ്പർവൈസ്ഡ് പഠനം", "• മാസ്‌ക് ചെയ്ത ഫ്രെയിമുകളുടെ hidden unit പ്രവചിക്കുന്നു",
                    "• ലേബൽ ഇല്ലാത്ത 6Ok മണിക്കൂർ ഓഡിയോ", "HuBERT: Self-Supervised Speech Representation Learning by",
                    "Masked Prediction of Hidden Units",
                    "arxiv.org/abs/2106.07447"], ["HuBERT — മലയാളം ASR പ്രോജക്റ്റിന് ഉപയോഗിക്കാം"]),
    ("103118", 17, ["ജനറേറ്റീവ് പ്രീട്രെയിനിംഗ് (GPT-1)", "• ലേബൽ ഇല്ലാത്ത ടെക്സ്റ്റിൽ ഭാഷാ മോഡൽ", "• പിന്നീട് ഓരോ ടാസ്കിനും fine-tuning",
                    "Radford et al. 2018, Improving Language Understanding by", "Generative Pre-Training (OpenAI report)"], []),
    ("103540", 19, ["ഡീകോഡിംഗ്: ന്യൂക്ലിയസ് സാമ്പിളിംഗ്", "• greedy / beam search → ആവർത്തനം, മങ്ങിയ ടെക്സ്റ്റ്",
                    "• top-p: പ്രോബബിലിറ്റി മാസ്സിന്റെ 0.9 വരെ മാത്രം", "Holtzman et al., The Curious Case of Neural Text",
                    "Degeneration, ICLR 2020"], ["top-k vs top-p ചോദ്യം കഴിഞ്ഞ വർഷം വന്നിരുന്നു"]),
    ("104206", 22, ["വാക്യ എംബെഡിംഗുകൾ", "• സയാമീസ് BERT, cosine similarity", "• 65 മണിക്കൂർ → 5 സെക്കൻഡ് (10,000 വാക്യങ്ങൾ)",
                    "Reimers & Gurevych, Sentence-BERT: Sentence Embeddings", "using Siamese BERT-Networks, EMNLP 2019",
                    "arXiv:1908.10084"], []),
    ("104733", 24, ["റിട്രീവൽ ഉപയോഗിക്കുന്ന ഭാഷാ മോഡലുകൾ", "• പ്രീട്രെയിനിംഗിൽ തന്നെ ഡോക്യുമെന്റ് തിരയൽ",
                    "• " + T("2002.08909"), "(Guu et al., ICML 2020, arXiv:2002.08909)",
                    "• GENRE: Autoregressive Entity Retrieval (De Cao et al., ICLR 2021)"], []),
    ("105419", 27, ["നോൺ-ഓട്ടോറിഗ്രസീവ് വിവർത്തനം", "• എല്ലാ വാക്കുകളും ഒരുമിച്ച് — 15x വേഗം", "• glancing sampling: പരിശീലനത്തിൽ ഭാഗികമായി ഉത്തരം കാണിക്കുന്നു",
                    "Qian et al., Glancing Transformer for Non-Autoregressive Neural", "Machine Translation, ACL 2021",
                    f"https://openreview.net/forum?id={OR('2008.07905')}"], []),
    ("110102", 30, ["Mixture of Experts", "• ഓരോ ടോക്കണിനും കുറച്ച് expert-കൾ മാത്രം", "• 137B പാരാമീറ്റർ, gating network",
                    "Shazeer et al., Outrageously Large Neural Networks: The", "Sparsely-Gated Mixture-of-Experts Layer, ICLR 2017",
                    f"openreview.net/forum?id={OR('1701.06538')}"], ["Switch Transformer, GShard — അടുത്ത ആഴ്ച"]),
    ("111530", 34, ["അറ്റൻഷൻ വെയിറ്റുകൾ മാത്രം നോക്കിയാൽ മതിയോ?", "• ‖f(x)‖ കൂടി നോക്കണം: വെക്ടർ നോം വിശകലനം",
                    "Kobayashi et al., Attention is Not Only a Weight: Analyzing", "Transformers with Vector Norms, EMNLP 2020",
                    "• വിഷ്വലൈസേഷൻ: Dodrio: Exploring Transformer Models with", "Interactive Visualization (ACL 2021 demo)",
                    "• ടൂൾ: bertviz (GitHub), ഉദാഹരണം ലാബിൽ"], []),
    ("112048", 38, ["വായിക്കാൻ / അടുത്ത ക്ലാസിന് മുമ്പ്", "• Sutskever 2014, Graves 2006 — നിർബന്ധം",
                    "• The Illustrated Transformer (Jay Alammar ബ്ലോഗ്)", "• CS224n ലെക്ചർ 7 വീഡിയോ (YouTube)",
                    "• ചോദ്യങ്ങൾ: cs464.gect@example.in"], ["ലാബ് റെക്കോർഡ് വെള്ളിയാഴ്ച സമർപ്പിക്കണം"]),
]
out = ["DL ക്ലാസ് 12/03/2024 — സ്ലൈഡ് ഫോട്ടോകൾ, Google Lens വഴി കോപ്പി ചെയ്തത് (ക്രമത്തിൽ)", ""]
for t, n, lines, notes in slides:
    out.append(f"--- IMG_20240312_{t}.jpg ---")
    out += lines + [FOOT, f"{n}/{N}"]
    out += [">> " + x for x in notes]
    out.append("")
write("293_google_lens_ocr_text_of_lecture_slide_photos_malayalam_sequence_models.txt", "\n".join(out))
