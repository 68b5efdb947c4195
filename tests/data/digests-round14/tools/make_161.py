#!/usr/bin/env python3
"""Builds digests/161_grobid_tei_fulltext_peft_workshop_paper.tei.xml: what GROBID 0.8.0's processFulltextDocument
(consolidateHeader=0, consolidateCitations=0, includeRawCitations=1) returned for the PDF of a four-page workshop
paper on parameter-efficient fine-tuning.

As GROBID writes it: <TEI xml:space="preserve"> with the TEI, xsi and xlink namespaces and the Grobid.xsd schema
location, teiHeader (titleStmt, publicationStmt, sourceDesc/biblStruct with authors, affiliations, the MD5 idno,
encodingDesc/appInfo/application ident="GROBID", abstract), body divs that restate xmlns and carry <head n="…">,
<ref type="bibr" target="#bN"> in-text citations (with GROBID's unbalanced parentheses), a figure and a table
(<figure type="table">), back matter with acknowledgements and <listBibl>: one <biblStruct xml:id="bN"> per
reference with analytic/monogr, persName/forename/surname, <idno type="arXiv">, <idno type="DOI">, <ptr target>,
biblScope/date, and <note type="raw_reference"> holding the string as printed. One reference is mis-parsed the way
GROBID does (the title ends up as a monograph title, no analytic). The paper, its authors, affiliations, numbers and
prose are invented; the cited papers, their authors, venues and years are the catalogue's."""
import os, sys
from xml.sax.saxutils import escape as E
sys.path.insert(0, os.path.dirname(__file__))
from catalogue import authors

OUT = os.path.join(os.path.dirname(__file__), "..", "digests", "161_grobid_tei_fulltext_peft_workshop_paper.tei.xml")
T4, T5 = "\t" * 4, "\t" * 5


def pers(name, tabs="\t\t"):
    parts = name.split()
    if name.startswith("Elad Ben"):
        fn, sn = ["Elad"], "Ben Zaken"
    else:
        fn, sn = parts[:-1], parts[-1]
    f = "".join(f'<forename type="{"first" if i == 0 else "middle"}">{E(x)}</forename>' for i, x in enumerate(fn))
    return f"{tabs}<author>\n{tabs}\t<persName>{f}<surname>{E(sn)}</surname></persName>\n{tabs}</author>\n"


def bibl(i, raw, title=None, key=None, n=None, monogr="", date=None, scope="", idno="", ptr="", misparse=None):
    out = [f'<biblStruct xml:id="b{i}">\n']
    names = authors(key)[:n] if key else (n or [])
    if misparse:
        out.append("\t<monogr>\n" + f'\t\t<title level="m" type="main">{E(misparse)}</title>\n' + "".join(pers(a) for a in names))
    else:
        out.append("\t<analytic>\n")
        out.append(f'\t\t<title level="a" type="main">{E(title)}</title>\n')
        out.append("".join(pers(a) for a in names))
        out.append(idno)
        out.append("\t</analytic>\n\t<monogr>\n")
        out.append(monogr)
    out.append("\t\t<imprint>\n")
    if date:
        out.append(f'\t\t\t<date type="published" when="{date}">{date}</date>\n')
    out.append(scope)
    out.append("\t\t</imprint>\n\t</monogr>\n")
    out.append(ptr)
    out.append(f'\t<note type="raw_reference">{E(raw)}</note>\n</biblStruct>\n')
    return "".join(out)


def j(t, lvl="j"):
    return f'\t\t<title level="{lvl}">{E(t)}</title>\n'


def scope(unit, v=None, frm=None, to=None):
    if frm:
        return f'\t\t\t<biblScope unit="{unit}" from="{frm}" to="{to}" />\n'
    return f'\t\t\t<biblScope unit="{unit}">{E(v)}</biblScope>\n'


def meeting(name, addr=None):
    a = f"<address><addrLine>{E(addr)}</addrLine></address>" if addr else ""
    return f"\t\t<meeting>{E(name)}{a}</meeting>\n"


REFS = [
    bibl(0, "Elad Ben Zaken, Shauli Ravfogel, and Yoav Goldberg. 2021. BitFit: Simple parameter-efficient "
            "fine-tuning for transformer-based masked language-models. arXiv preprint, "
            "https://arxiv.org/abs/2106.10199.",
         "BitFit: Simple parameter-efficient fine-tuning for transformer-based masked language-models", "2106.10199",
         monogr=j("arXiv preprint"), date="2021", ptr='\t<ptr target="https://arxiv.org/abs/2106.10199" />\n'),
    bibl(1, "Junxian He, Chunting Zhou, Xuezhe Ma, Taylor Berg-Kirkpatrick, and Graham Neubig. 2022. Towards a "
            "unified view of parameter-efficient transfer learning. In International Conference on Learning "
            "Representations. https://openreview.net/forum?id=0RDcd5Axok.",
         "Towards a unified view of parameter-efficient transfer learning", "2110.04366",
         monogr=j("International Conference on Learning Representations", "m") + meeting("International Conference on Learning Representations"),
         date="2022", ptr='\t<ptr target="https://openreview.net/forum?id=0RDcd5Axok" />\n'),
    bibl(2, "Neil Houlsby, Andrei Giurgiu, Stanislaw Jastrzebski, Bruna Morrone, Quentin De Laroussilhe, Andrea "
            "Gesmundo, Mona Attariyan, and Sylvain Gelly. 2019. Parameter-efficient transfer learning for NLP. In "
            "Proceedings of the 36th International Conference on Machine Learning, volume 97 of Proceedings of "
            "Machine Learning Research, pages 2790-2799. PMLR.",
         "Parameter-efficient transfer learning for NLP", "1902.00751",
         monogr=j("Proceedings of the 36th International Conference on Machine Learning", "m")
         + meeting("the 36th International Conference on Machine Learning"),
         date="2019", scope='\t\t\t<publisher>PMLR</publisher>\n' + scope("volume", "97") + scope("page", frm="2790", to="2799")),
    bibl(3, "Jeremy Howard and Sebastian Ruder. 2018. Universal language model fine-tuning for text classification. "
            "In Proceedings of the 56th Annual Meeting of the Association for Computational Linguistics (Volume 1: "
            "Long Papers), pages 328-339, Melbourne, Australia.",
         key="1801.06146", date="2018", misparse="Universal language model fine-tuning for text classification",
         scope=scope("page", frm="328", to="339")),
    bibl(4, "Edward J. Hu, Yelong Shen, Phillip Wallis, Zeyuan Allen-Zhu, Yuanzhi Li, Shean Wang, Lu Wang, and "
            "Weizhu Chen. 2022. LoRA: Low-rank adaptation of large language models. In International Conference "
            "on Learning Representations. arXiv:2106.09685.",
         "LoRA: Low-rank adaptation of large language models", "2106.09685",
         idno='\t\t<idno type="arXiv">arXiv:2106.09685</idno>\n',
         monogr=j("International Conference on Learning Representations", "m"), date="2022"),
    bibl(5, "Brian Lester, Rami Al-Rfou, and Noah Constant. 2021. The power of scale for parameter-efficient prompt "
            "tuning. arXiv preprint arXiv:2104.08691.",
         "The power of scale for parameter-efficient prompt tuning", "2104.08691",
         idno='\t\t<idno type="arXiv">arXiv:2104.08691</idno>\n', monogr=j("arXiv preprint"), date="2021"),
    bibl(6, "Xiang Lisa Li and Percy Liang. 2021. Prefix-tuning: Optimizing continuous prompts for generation. In "
            "Proceedings of the 59th Annual Meeting of the Association for Computational Linguistics and the 11th "
            "International Joint Conference on Natural Language Processing (Volume 1: Long Papers), pages "
            "4582-4597, Online. Association for Computational Linguistics.",
         "Prefix-tuning: Optimizing continuous prompts for generation", "2101.00190",
         idno='\t\t<idno type="DOI">10.18653/v1/2021.acl-long.353</idno>\n',
         monogr=j("Proceedings of the 59th Annual Meeting of the Association for Computational Linguistics and the "
                  "11th International Joint Conference on Natural Language Processing", "m")
         + meeting("the 59th Annual Meeting of the Association for Computational Linguistics", "Online"),
         date="2021", scope='\t\t\t<publisher>Association for Computational Linguistics</publisher>\n'
         + scope("volume", "1") + scope("page", frm="4582", to="4597")),
    bibl(7, "Haokun Liu, Derek Tam, Mohammed Muqeeth, Jay Mohta, Tenghao Huang, Mohit Bansal, and Colin Raffel. "
            "2022. Few-shot parameter-efficient fine-tuning is better and cheaper than in-context learning. In "
            "Advances in Neural Information Processing Systems, volume 35, pages 1950-1965.",
         "Few-shot parameter-efficient fine-tuning is better and cheaper than in-context learning", "2205.05638",
         monogr=j("Advances in Neural Information Processing Systems", "m"), date="2022",
         scope=scope("volume", "35") + scope("page", frm="1950", to="1965")),
    bibl(8, "Xiao Liu, Yanan Zheng, Zhengxiao Du, Ming Ding, Yujie Qian, Zhilin Yang, and Jie Tang. 2021. GPT "
            "understands, too. CoRR, abs/2103.10385.",
         "GPT understands, too", "2103.10385", monogr=j("CoRR"), date="2021", scope=scope("volume", "abs/2103.10385")),
    bibl(9, "Shih-Yang Liu, Chien-Yi Wang, Hongxu Yin, Pavlo Molchanov, Yu-Chiang Frank Wang, Kwang-Ting Cheng, and "
            "Min-Hung Chen. 2024. DoRA: Weight-decomposed low-rank adaptation. arXiv preprint arXiv:2402.09353.",
         "DoRA: Weight-decomposed low-rank adaptation", "2402.09353",
         idno='\t\t<idno type="arXiv">arXiv:2402.09353</idno>\n', monogr=j("arXiv preprint"), date="2024"),
    bibl(10, "Sourab Mangrulkar, Sylvain Gugger, Lysandre Debut, Younes Belkada, Sayak Paul, and Benjamin Bossan. "
             "2022. PEFT: State-of-the-art parameter-efficient fine-tuning methods. "
             "https://github.com/huggingface/peft.",
         "PEFT: State-of-the-art parameter-efficient fine-tuning methods",
         n=["Sourab Mangrulkar", "Sylvain Gugger", "Lysandre Debut", "Younes Belkada", "Sayak Paul", "Benjamin Bossan"],
         date="2022", ptr='\t<ptr target="https://github.com/huggingface/peft" />\n'),
    bibl(11, "Colin Raffel, Noam Shazeer, Adam Roberts, Katherine Lee, Sharan Narang, Michael Matena, Yanqi Zhou, "
             "Wei Li, and Peter J. Liu. 2020. Exploring the limits of transfer learning with a unified text-to-text "
             "transformer. Journal of Machine Learning Research, 21(140):1-67.",
         "Exploring the limits of transfer learning with a unified text-to-text transformer", "1910.10683",
         monogr=j("Journal of Machine Learning Research"), date="2020",
         scope=scope("volume", "21") + scope("issue", "140") + scope("page", frm="1", to="67")),
    bibl(12, "Rohan Taori, Ishaan Gulrajani, Tianyi Zhang, Yann Dubois, Xuechen Li, Carlos Guestrin, Percy Liang, "
             "and Tatsunori B. Hashimoto. 2023. Stanford Alpaca: An instruction-following LLaMA model. Blog post, "
             "https://crfm.stanford.edu/2023/03/13/alpaca.html.",
         "Stanford Alpaca: An instruction-following LLaMA model",
         n=["Rohan Taori", "Ishaan Gulrajani", "Tianyi Zhang", "Yann Dubois", "Xuechen Li", "Carlos Guestrin",
            "Percy Liang", "Tatsunori B. Hashimoto"],
         monogr=j("Blog post", "m"), date="2023", ptr='\t<ptr target="https://crfm.stanford.edu/2023/03/13/alpaca.html" />\n'),
    bibl(13, "Qingru Zhang, Minshuo Chen, Alexander Bukharin, Nikos Karampatziakis, Pengcheng He, Yu Cheng, Weizhu Chen, and Tuo Zhao. "
             "2023. AdaLoRA: Adaptive budget allocation for parameter-efficient fine-tuning. In The Eleventh "
             "International Conference on Learning Representations. https://arxiv.org/pdf/2303.10512.",
         "AdaLoRA: Adaptive budget allocation for parameter-efficient fine-tuning", "2303.10512",
         monogr=j("The Eleventh International Conference on Learning Representations", "m"), date="2023",
         ptr='\t<ptr target="https://arxiv.org/pdf/2303.10512" />\n'),
]


def ref(i, txt):
    return f'<ref type="bibr" target="#b{i}">{txt}</ref>'


def div(n, head, *paras):
    ps = "".join(f"<p>{p}</p>" for p in paras)
    return f'<div xmlns="http://www.tei-c.org/ns/1.0"><head n="{n}">{head}</head>{ps}</div>\n'


BODY = (
    div("1", "Introduction",
        "Full fine-tuning of every weight has become the exception for instruction-tuned language models: adapters "
        f"{ref(2, '(Houlsby et al., 2019)')}, prompt-based methods {ref(6, '(Li and Liang, 2021;')}"
        f"{ref(5, 'Lester et al., 2021;')}{ref(8, 'Liu et al., 2021)')} and low-rank updates "
        f"{ref(4, '(Hu et al., 2022)')} reach most of its quality while training a small fraction of the parameters. "
        "In the multilingual setting the question is not only how many parameters to train but where: the "
        "languages of an instruction mix compete for the same budget.",
        "We study budget-aware placement: given a fixed number of trainable parameters, which layers and "
        "sub-modules should receive them, and does the answer change across languages?"),
    div("2", "Related Work",
        f"Pre-train-then-fine-tune pipelines for text classification {ref(3, '(Howard and Ruder, 2018)')} and "
        f"text-to-text transfer {ref(11, '(Raffel et al., 2020)')} made full fine-tuning the default. "
        f"{ref(1, 'He et al. (2022)')} show that adapters, prefix tuning and LoRA are instances of one family of "
        f"modifications to hidden states. BitFit {ref(0, '(Ben Zaken et al., 2021)')} trains only bias terms; "
        f"(IA)<hi rend=\"superscript\">3</hi> {ref(7, '(Liu et al., 2022)')} rescales activations. Closest to us, "
        f"AdaLoRA {ref(13, '(Zhang et al., 2023)')} re-allocates rank during training and DoRA "
        f"{ref(9, '(Liu et al., 2024)')} decomposes the update into magnitude and direction."),
    div("3", "Method",
        "We parameterise every linear layer with an optional low-rank update of rank r<hi rend=\"subscript\">l</hi> "
        "and choose the ranks with a greedy search under a global budget B, scored by the loss drop on a held-out "
        "set of 512 prompts per language.",
        "All runs use the PEFT library " + ref(10, "(Mangrulkar et al., 2022)") + " and an instruction mix "
        "translated from the Alpaca data " + ref(12, "(Taori et al., 2023)") + " into six languages."),
    div("4", "Experiments",
        "Table " + '<ref type="table" target="#tab_0">1</ref>' + " reports average accuracy over the six "
        "languages. With B = 4.2M parameters, budget-aware placement matches uniform rank 16 at half the budget "
        "and puts most of the rank into the upper feed-forward blocks (Figure "
        + '<ref type="figure" target="#fig_0">1</ref>' + ")."),
    div("5", "Conclusion",
        "Where the parameters go matters as much as how many there are. Code and the translated instruction mix "
        "will be released with the camera-ready version."),
)
FIGS = ('<figure xmlns="http://www.tei-c.org/ns/1.0" xml:id="fig_0"><head>Figure 1 :</head><label>1</label>'
        '<figDesc>Rank allocated per layer (x-axis) and sub-module (colour) by the greedy search for B = 4.2M.</figDesc>'
        '<graphic url="" coords="3,72.00,81.23,451.28,180.44" type="bitmap" /></figure>\n'
        '<figure xmlns="http://www.tei-c.org/ns/1.0" type="table" xml:id="tab_0"><head>Table 1 :</head><label>1</label>'
        '<figDesc>Average accuracy (%) over six languages; trainable parameters in millions.</figDesc>'
        '<table><row><cell>Method</cell><cell>Params</cell><cell>Acc.</cell></row>'
        '<row><cell>Full FT</cell><cell>6738</cell><cell>61.9</cell></row>'
        '<row><cell>Uniform r = 16</cell><cell>8.4</cell><cell>60.7</cell></row>'
        '<row><cell>Ours (B = 4.2M)</cell><cell>4.2</cell><cell>60.8</cell></row></table></figure>\n')

AUTH = [("Marta", "Oliveira", "marta.oliveira@tecnico.ulisboa.pt", "Instituto Superior Técnico", "Lisboa", "PT", "Portugal"),
        ("Tiago", "Reis", "tiago.reis@inesc-id.pt", "INESC-ID", "Lisboa", "PT", "Portugal"),
        ("Hyejin", "Park", "hyejin.park@kaist.ac.kr", "KAIST", "Daejeon", "KR", "Korea")]


def hauthor(i, a):
    fn, sn, mail, inst, city, cc, country = a
    return (f"\t\t\t\t\t\t<author>\n\t\t\t\t\t\t\t<persName><forename type=\"first\">{fn}</forename><surname>{sn}</surname></persName>\n"
            f"\t\t\t\t\t\t\t<email>{mail}</email>\n\t\t\t\t\t\t\t<affiliation key=\"aff{i}\">\n"
            f"\t\t\t\t\t\t\t\t<orgName type=\"institution\">{E(inst)}</orgName>\n"
            f"\t\t\t\t\t\t\t\t<address>\n\t\t\t\t\t\t\t\t\t<settlement>{city}</settlement>\n"
            f"\t\t\t\t\t\t\t\t\t<country key=\"{cc}\">{country}</country>\n\t\t\t\t\t\t\t\t</address>\n"
            f"\t\t\t\t\t\t\t</affiliation>\n\t\t\t\t\t\t</author>\n")


TITLE = "Where Should the Parameters Go? Budget-Aware Adapter Placement for Multilingual Instruction Tuning"
doc = f"""<?xml version="1.0" encoding="UTF-8"?>
<TEI xml:space="preserve" xmlns="http://www.tei-c.org/ns/1.0" 
xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" 
xsi:schemaLocation="http://www.tei-c.org/ns/1.0 https://raw.githubusercontent.com/kermitt2/grobid/master/grobid-home/schemas/xsd/Grobid.xsd"
 xmlns:xlink="http://www.w3.org/1999/xlink">
	<teiHeader xml:lang="en">
		<fileDesc>
			<titleStmt>
				<title level="a" type="main">{TITLE}</title>
			</titleStmt>
			<publicationStmt>
				<publisher/>
				<availability status="unknown"><licence/></availability>
			</publicationStmt>
			<sourceDesc>
				<biblStruct>
					<analytic>
{"".join(hauthor(i, a) for i, a in enumerate(AUTH))}						<title level="a" type="main">{TITLE}</title>
					</analytic>
					<monogr>
						<imprint>
							<date/>
						</imprint>
					</monogr>
					<idno type="MD5">9C2F61A4E07B3D8815AF2C6B0D4E7F13</idno>
				</biblStruct>
			</sourceDesc>
		</fileDesc>
		<encodingDesc>
			<appInfo>
				<application version="0.8.0" ident="GROBID" when="2024-03-18T10:41+0000">
					<desc>GROBID - A machine learning software for extracting information from scholarly documents</desc>
					<ref target="https://github.com/kermitt2/grobid"/>
				</application>
			</appInfo>
		</encodingDesc>
		<profileDesc>
			<abstract>
<div xmlns="http://www.tei-c.org/ns/1.0"><p>Parameter-efficient fine-tuning methods are usually compared at a fixed budget of trainable parameters spread uniformly over the network. We ask where the budget should go when one model is instruction-tuned for six languages at once. A greedy, loss-driven rank allocation matches uniform low-rank updates with half the parameters and concentrates capacity in the upper feed-forward blocks; the allocation is stable across languages but not across model sizes.</p></div>
			</abstract>
		</profileDesc>
	</teiHeader>
	<text xml:lang="en">
		<body>
{"".join(BODY)}{FIGS}		</body>
		<back>

			<div type="acknowledgement">
<div xmlns="http://www.tei-c.org/ns/1.0"><head>Acknowledgements</head><p>We thank the anonymous reviewers. Compute was provided by the INCD Deucalion pilot (project 2023.10412.CPCA).</p></div>
			</div>

			<div type="references">

				<listBibl>

{"".join(REFS)}
				</listBibl>
					</div>
		</back>
	</text>
</TEI>
"""
with open(OUT, "w", encoding="utf-8") as fh:
    fh.write(doc)
