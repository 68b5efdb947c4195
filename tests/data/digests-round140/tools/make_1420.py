#!/usr/bin/env python3
"""1420: the reference list of a Hindi M.Tech thesis, CSE style (Council of Science Editors, 8th ed., citation-sequence:
numbered in order of first citation, up to ten authors then `et al.`, surname and initials without dots, titles in
sentence case, `[Preprint]`, `[accessed 2023 Aug 14]`, `Available from:`, `doi:`), copied from the thesis PDF in a
viewer: the hanging indent lost, lines broken where the PDF broke them, each page's running head and page number
copied between the entries. Not papers: the CSE manual, the Jurafsky–Martin book, the Transformers docs, the IndicCorp
data, the Bhashini site, two invented Hindi articles and an invented thesis."""
import os, sys, textwrap
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, CAT, write_only
from make_expected import F1420, keys


def cse_names(k, n=10):
    a = CAT[k]["authors"]
    def one(x):
        p = x.replace("-", " -").split()
        sur = p[-1]
        ini = "".join(q[0] if not q.startswith("-") else "-" + q[1] for q in p[:-1])
        return f"{sur} {ini}"
    s = ", ".join(one(x) for x in a[:n])
    return s + (", et al." if len(a) > n else ".")


SC = {  # the titles in CSE sentence case, as the thesis writes them (compared case-blind)
 "2005.14165": "Language models are few-shot learners",
 "1907.11692": "RoBERTa: a robustly optimized BERT pretraining approach",
 "1906.08237": "XLNet: generalized autoregressive pretraining for language understanding",
 "1909.08053": "Megatron-LM: training multi-billion parameter language models using model parallelism",
 "1701.06538": "Outrageously large neural networks: the sparsely-gated mixture-of-experts layer",
 "2205.01068": "OPT: open pre-trained transformer language models",
 "2302.13971": "LLaMA: open and efficient foundation language models",
 "2203.02155": "Training language models to follow instructions with human feedback",
}
for _k, _v in SC.items():
    assert _v.lower() == T(_k).lower(), _k


def sc(t):
    return next(v for k, v in SC.items() if T(k) == t)


colon_lower = sc


REFS = [
 f"{cse_names('2005.14165')} {sc(T('2005.14165'))}. In: Larochelle H, Ranzato M, Hadsell R, Balcan MF, Lin H, "
 "editors. Advances in Neural Information Processing Systems 33 (NeurIPS 2020); 2020 Dec 6–12; virtual. Red Hook "
 "(NY): Curran Associates; 2020.",
 "शर्मा आर, वर्मा के. हिंदी पाठ वर्गीकरण हेतु ट्रांसफ़ॉर्मर मॉडलों का तुलनात्मक अध्ययन. भारतीय भाषा प्रौद्योगिकी "
 "पत्रिका. 2022;14(2):45–58.",
 f"{cse_names('1907.11692')} {colon_lower(T('1907.11692'))}. arXiv:1907.11692 [Preprint]. 2019 [accessed 2023 Aug 14]. "
 "Available from: https://arxiv.org/abs/1907.11692",
 f"{cse_names('1906.08237')} {colon_lower(T('1906.08237'))}. In: Advances in Neural Information Processing Systems 32 "
 "(NeurIPS 2019); 2019 Dec 8–14; Vancouver (BC). Red Hook (NY): Curran Associates; 2019.",
 f"{cse_names('1909.08053')} {colon_lower(T('1909.08053'))} [Preprint]. 2019 [accessed 2023 Sep 2].",
 f"{cse_names('1701.06538')} {colon_lower(T('1701.06538'))}. In: 5th International Conference on Learning "
 "Representations (ICLR 2017); 2017 Apr 24–26; Toulon, France. Available from: https://openreview.net/forum?id=B1ckMDqlg",
 f"{cse_names('2205.01068')} {colon_lower(T('2205.01068'))}. arXiv:2205.01068 [Preprint]. 2022 [accessed 2023 Aug 14]. "
 "Available from: https://arxiv.org/abs/2205.01068",
 f"{cse_names('2302.13971')} {colon_lower(T('2302.13971'))} [Preprint]. 2023. doi:10.48550/arXiv.2302.13971.",
 f"{cse_names('2203.02155')} {sc(T('2203.02155'))}. In: Advances in Neural Information Processing Systems 35 "
 "(NeurIPS 2022); 2022 Nov 28–Dec 9; New Orleans (LA). Red Hook (NY): Curran Associates; 2022.",
 "AI4Bharat. IndicCorp v2: monolingual corpora for 24 Indic languages [dataset]. 2023 [accessed 2023 Oct 3]. "
 "Available from: https://github.com/AI4Bharat/IndicBERT",
 "मिश्रा ए. कम संसाधन वाली भारतीय भाषाओं के लिए लो-रैंक अनुकूलन [एम.टेक. शोध प्रबंध]. वाराणसी: पूर्वांचल प्रौद्योगिकी "
 "संस्थान; 2023.",
 "Hugging Face. Transformers documentation [Internet]. 2024 [accessed 2024 Feb 2]. Available from: "
 "https://huggingface.co/docs/transformers",
 "Jurafsky D, Martin JH. Speech and language processing. 3rd ed. draft [Internet]. 2024 [accessed 2024 Jan 5]. "
 "Available from: https://web.stanford.edu/~jurafsky/slp3/",
 "त्रिपाठी एस, यादव पी. देवनागरी लिपि के लिए उपशब्द टोकनीकरण: एक अनुभवजन्य विश्लेषण. संगणक विज्ञान शोध पत्रिका. "
 "2021;9(1):12–27.",
 "भाषिणी: राष्ट्रीय भाषा अनुवाद मिशन [Internet]. नई दिल्ली: इलेक्ट्रॉनिकी और सूचना प्रौद्योगिकी मंत्रालय; 2023 [accessed 2024 "
 "Jan 20]. Available from: https://bhashini.gov.in",
 "Council of Science Editors. Scientific style and format: the CSE manual for authors, editors, and publishers. 8th "
 "ed. Chicago (IL): University of Chicago Press; 2014.",
]
W = 92
lines, page = [], 87
HEAD = "हिंदी के लिए बड़े भाषा मॉडलों का अनुकूलन"
lines += ["अध्याय 8", "", "संदर्भ ग्रंथ सूची", ""]
lines += textwrap.wrap("इस शोध प्रबंध में संदर्भ CSE (Council of Science Editors, 8वाँ संस्करण) की उद्धरण-क्रम "
                       "(citation-sequence) प्रणाली के अनुसार दिए गए हैं; पाठ में कोष्ठक में दी गई संख्या इस सूची की क्रम "
                       "संख्या है।", W) + [""]
count = len(lines)
for i, r in enumerate(REFS):
    ls = textwrap.wrap(f"{i + 1}. {r}", W, break_long_words=False, break_on_hyphens=False)
    if count + len(ls) > 30:
        lines += [str(page), HEAD]
        page += 1
        count = 1
    lines += ls
    count += len(ls)
lines += [str(page)]
write_only(F1420, "\n".join(lines) + "\n", keys(F1420))
