#!/usr/bin/env python3
"""Builds digests/109_google_scholar_my_library.html: a Google Scholar "My library" page (label "nlp-pretraining")
saved from the browser. Each entry is a `gs_r gs_or gs_scl` block: optional `gs_ggs` side link ("[PDF] arxiv.org"),
`gs_rt` title (a link, or a `[CITATION]` / `[BOOK]` tag), `gs_a` author–venue–year–domain line with Scholar's
truncation ("…") and `&nbsp;- `, a `gs_rs` snippet, and the `gs_fl` footer (Delete / Cite / Cited by / Related
articles / All N versions). Titles are in Scholar's capitalisation (publisher metadata, e.g. "Bert:", "Xlnet:")."""
import os
from html import escape

E = lambda s: escape(s, quote=False)
A = lambda s: escape(s, quote=True)
SAV = ('<svg viewBox="0 0 15 16" class="gs_or_svg"><path d="M7.5 11.57l3.824 2.308-1.015-4.35 3.379-2.926-4.45-.378L7.5 '
       '2.122 5.761 6.224l-4.449.378 3.379 2.926-1.015 4.35z"></path></svg>')
CIT = ('<svg viewBox="0 0 15 16" class="gs_or_svg"><path d="M6.5 3.5H1.5V8.5H3.75L1.75 12.5H4.75L6.5 9V3.5zM13.5 '
       '3.5H8.5V8.5H10.75L8.75 12.5H11.75L13.5 9V3.5z"></path></svg>')
MOR = ('<svg viewBox="0 0 15 16" class="gs_or_svg"><path d="M0.75 5.5l2-2L7.25 8l-4.5 4.5-2-2L3.25 8zM7.75 '
       '5.5l2-2L14.25 8l-4.5 4.5-2-2L10.25 8z"></path></svg>')
rows = []


def entry(cid, title, href, authors, rest, cited=None, versions=None, side=None, snippet=None, kind=None, cites=None):
    """authors: list of (name, profile-user-or-None); rest: text after the authors, e.g. ' - Journal …, 2020 - x.org'."""
    r = [f'<div class="gs_r gs_or gs_scl" data-cid="{cid}" data-did="{cid}" data-lid="" data-aid="{cid}" data-rp="{len(rows)}">']
    if side:
        tag, dom, url = side
        r.append(f'<div class="gs_ggs gs_fl"><div class="gs_ggsd"><div class="gs_or_ggsm" ontouchstart="gs_evt_dsp(event)" '
                 f'tabindex="-1"><a href="{A(url)}" data-clk="hl=en&amp;sa=T&amp;oi=gga&amp;ct=gga&amp;cd={len(rows)}&amp;d='
                 f'{cites or 0}&amp;ei=Wm0PZpXrIu2Ly9YP3Y6QkA8" data-clk-atid="{cid}"><span class="gs_ctg2">[{tag}]</span> {E(dom)}'
                 f'</a></div></div></div>')
    r.append('<div class="gs_ri">')
    if kind:
        k1 = {"CITATION": "C", "BOOK": "B", "HTML": "H"}[kind]
        pre = f'<span class="gs_ctu"><span class="gs_ct1">[{kind}]</span><span class="gs_ct2">[{k1}]</span></span> '
        if kind == "BOOK":
            pre = f'<span class="gs_ctc"><span class="gs_ct1">[{kind}]</span><span class="gs_ct2">[{k1}]</span></span> '
    else:
        pre = ""
    if href:
        r.append(f'<h3 class="gs_rt" ontouchstart="gs_evt_dsp(event)">{pre}<a id="{cid}" href="{A(href)}" '
                 f'data-clk="hl=en&amp;sa=T&amp;ct=res&amp;cd={len(rows)}&amp;d={cites or 0}&amp;ei=Wm0PZpXrIu2Ly9YP3Y6QkA8" '
                 f'data-clk-atid="{cid}">{E(title)}</a></h3>')
    else:
        r.append(f'<h3 class="gs_rt" ontouchstart="gs_evt_dsp(event)">{pre}<span id="{cid}">{E(title)}</span></h3>')
    au = ", ".join(f'<a href="/citations?user={u}&amp;hl=en&amp;oi=sra">{E(n)}</a>' if u else E(n) for n, u in authors)
    r.append(f'<div class="gs_a">{au}{rest}</div>')
    if snippet:
        r.append(f'<div class="gs_rs">{snippet}</div>')
    fl = [f'<a href="javascript:void(0)" class="gs_or_sav gs_or_btn" role="button">{SAV}<span class="gs_or_btn_lbl">Delete</span></a>',
          f'<a href="javascript:void(0)" class="gs_or_cit gs_or_btn gs_nph" role="button" aria-controls="gs_cit" aria-haspopup="true">{CIT}<span>Cite</span></a>']
    if cited:
        fl.append(f'<a href="/scholar?cites={cites}&amp;as_sdt=2005&amp;sciodt=0,5&amp;hl=en">Cited by {cited}</a>')
    fl.append(f'<a href="/scholar?q=related:{cid}:scholar.google.com/&amp;scioq=&amp;hl=en&amp;as_sdt=0,5">Related articles</a>')
    if versions:
        fl.append(f'<a href="/scholar?cluster={cites}&amp;hl=en&amp;as_sdt=0,5" class="gs_nph">All {versions} versions</a>')
    fl.append(f'<a href="javascript:void(0)" title="More" class="gs_or_mor gs_oph" role="button">{MOR}<span class="gs_or_btn_lbl">More</span></a>')
    r.append('<div class="gs_fl gs_flb">' + " ".join(fl) + '</div>')
    r.append('</div></div>')
    rows.append("\n".join(r))


D = "&nbsp;- "
entry("wQ0t0Aa7YbYJ", "Deep contextualized word representations", "https://aclanthology.org/N18-1202/",
      [("ME Peters", "K3ht_ZUAAAAJ"), ("M Neumann", None), ("M Iyyer", "rb5ydgMAAAAJ"), ("M Gardner", None)],
      f"…{D}Proceedings of the 2018 …, 2018{D}aclanthology.org", cited="15234", versions="17",
      side=("PDF", "arxiv.org", "https://arxiv.org/pdf/1802.05365"), cites="9703558373125296833",
      snippet="Abstract We introduce a new type of <b>deep contextualized</b> word representation that models both (1) "
              "complex characteristics of word use (eg, syntax and semantics), and (2) how these uses vary across "
              "linguistic contexts (ie, to model polysemy) …")
entry("1m8U5yqQzhAJ", "Xlnet: Generalized autoregressive pretraining for language understanding",
      "https://proceedings.neurips.cc/paper/2019/hash/dc6a7e655d7e5840e66733e9ee67cc69-Abstract.html",
      [("Z Yang", None), ("Z Dai", "RVyYrXYAAAAJ"), ("Y Yang", None), ("J Carbonell", None)],
      f"…{D}Advances in neural …, 2019{D}proceedings.neurips.cc", cited="10876", versions="14",
      side=("PDF", "neurips.cc", "https://proceedings.neurips.cc/paper_files/paper/2019/file/dc6a7e655d7e5840e66733e9ee67cc69-Paper.pdf"),
      cites="15488916727163843404",
      snippet="With the capability of modeling bidirectional contexts, denoising autoencoding based pretraining like "
              "BERT achieves better performance than pretraining approaches based on autoregressive language "
              "modeling …")
entry("b2Zz3sO1iuMJ", "Transformer-xl: Attentive language models beyond a fixed-length context",
      "https://arxiv.org/abs/1901.02860",
      [("Z Dai", "RVyYrXYAAAAJ"), ("Z Yang", None), ("Y Yang", None), ("J Carbonell", None), ("QV Le", "vfT6-XIAAAAJ")],
      f"…{D}arXiv preprint arXiv …, 2019{D}arxiv.org", cited="4521", versions="11", cites="9848462547096498023",
      side=("PDF", "arxiv.org", "https://arxiv.org/pdf/1901.02860"))
entry("9a1pTzNAkXYJ", "Exploring the limits of transfer learning with a unified text-to-text transformer",
      "https://www.jmlr.org/papers/v21/20-074.html",
      [("C Raffel", "I66ZBYwAAAAJ"), ("N Shazeer", None), ("A Roberts", None), ("K Lee", None), ("S Narang", None)],
      f"…{D}Journal of machine learning …, 2020{D}jmlr.org", cited="19875", versions="22",
      side=("PDF", "jmlr.org", "https://www.jmlr.org/papers/volume21/20-074/20-074.pdf"), cites="2399519221813224406",
      snippet="Transfer learning, where a model is first pre-trained on a data-rich task before being fine-tuned on a "
              "downstream task, has emerged as a powerful technique in natural language processing (NLP) …")
entry("vR4bBGgpBn8J", "Bart: Denoising sequence-to-sequence pre-training for natural language generation, "
      "translation, and comprehension", "https://aclanthology.org/2020.acl-main.703/",
      [("M Lewis", None), ("Y Liu", None), ("N Goyal", None), ("M Ghazvininejad", None)],
      f"…{D}Proceedings of the 58th …, 2020{D}aclanthology.org", cited="9987", versions="10",
      side=("PDF", "aclanthology.org", "https://aclanthology.org/2020.acl-main.703.pdf"), cites="9130982001520224062")
entry("p0w1dhbWs2wJ", "Electra: Pre-training text encoders as discriminators rather than generators",
      "https://arxiv.org/abs/2003.10555",
      [("K Clark", "0yvnbFcAAAAJ"), ("MT Luong", None), ("QV Le", "vfT6-XIAAAAJ"), ("CD Manning", "1zmDOdwAAAAJ")],
      f"{D}arXiv preprint arXiv:2003.10555, 2020{D}arxiv.org", cited="4102", versions="6", cites="6185346394596591637",
      snippet="Masked language modeling (MLM) pre-training methods such as BERT corrupt the input by replacing some "
              "tokens with [MASK] and then train a model to reconstruct the original tokens …")
entry("Q9jRxvW5-pQJ", "Deberta: Decoding-enhanced bert with disentangled attention",
      "https://www.microsoft.com/en-us/research/publication/deberta-decoding-enhanced-bert-with-disentangled-attention-2/",
      [("P He", None), ("X Liu", None), ("J Gao", "CQ1cqKkAAAAJ"), ("W Chen", None)],
      f"{D}arXiv preprint arXiv:2006.03654, 2020{D}microsoft.com", cited="2687", versions="5",
      side=("PDF", "microsoft.com", "https://www.microsoft.com/en-us/research/uploads/prod/2021/01/DeBERTa_ICLR2021.pdf"),
      cites="4117390734523719412")
entry("ZyIYlLm6YQ8J", "Unsupervised cross-lingual representation learning at scale",
      "https://aclanthology.org/2020.acl-main.747/",
      [("A Conneau", None), ("K Khandelwal", None), ("N Goyal", None), ("V Chaudhary", None)],
      f"…{D}Proceedings of the 58th …, 2020{D}aclanthology.org", cited="5890", versions="9",
      side=("PDF", "arxiv.org", "https://arxiv.org/pdf/1911.02116"), cites="1100211926226431319",
      snippet="This paper shows that pretraining multilingual language models at scale leads to significant "
              "performance gains for a wide range of cross-lingual transfer tasks …")
entry("4kP2B1a0tV8J", "Neural machine translation of rare words with subword units", "https://aclanthology.org/P16-1162/",
      [("R Sennrich", "XTpJvjEAAAAJ"), ("B Haddow", None), ("A Birch", None)],
      f"{D}Proceedings of the 54th Annual Meeting of the …, 2016{D}aclanthology.org", cited="8970", versions="15",
      side=("PDF", "aclanthology.org", "https://aclanthology.org/P16-1162.pdf"), cites="1307964014330144942")
entry("Xh2fSb3RvCkJ", "Pre-training transformers as energy-based cloze models",
      "https://aclanthology.org/2020.emnlp-main.20/",
      [("K Clark", "0yvnbFcAAAAJ"), ("MT Luong", None), ("QV Le", "vfT6-XIAAAAJ"), ("CD Manning", "1zmDOdwAAAAJ")],
      f"{D}arXiv preprint arXiv:2012.08561, 2020{D}aclanthology.org", cited="91", versions="7",
      side=("HTML", "aclanthology.org", "https://aclanthology.org/2020.emnlp-main.20/"), cites="12011823388921077331")
entry("c2zqC5tN0I8J", "Improving language understanding by generative pre-training", None,
      [("A Radford", None), ("K Narasimhan", None), ("T Salimans", None), ("I Sutskever", None)],
      f"{D}2018", cited="11406", versions="3", kind="CITATION", cites="11719009657574567193")
entry("IVlE-uGqGtYJ", "Speech and language processing", "https://books.google.com/books?id=fZmj5UNK8AQC",
      [("D Jurafsky", "uZg9l58AAAAJ"), ("JH Martin", None)], f"{D}2009{D}books.google.com", cited="13455",
      versions="20", kind="BOOK", cites="4134123622430087212",
      snippet="For undergraduate or advanced undergraduate courses in Classical Natural Language Processing, "
              "Statistical Natural Language Processing, Speech Recognition, Computational Linguistics, and Human "
              "Language Processing …")
entry("R7rQd7bW2u0J", "Natural language processing with transformers", "https://books.google.com/books?id=7hhyzgEACAAJ",
      [("L Tunstall", None), ("L Von Werra", None), ("T Wolf", None)], f"{D}2022{D}books.google.com", cited="433",
      versions="4", kind="BOOK", cites="17062131254411352883")

HEAD = """<!doctype html><html><head><title>My library - Google Scholar</title><meta http-equiv="Content-Type" content="text/html;charset=UTF-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><meta name="referrer" content="origin-when-cross-origin"><meta name="viewport" content="width=device-width,initial-scale=1,minimum-scale=1,maximum-scale=2"><meta name="format-detection" content="telephone=no"><link rel="shortcut icon" href="/favicon.ico"><style>html,body,form,table,div,h1,h2,h3,h4,h5,h6,img,ol,ul,li,button{margin:0;padding:0;border:0;}table{border-collapse:collapse;border-width:0;empty-cells:show;}html,body{height:100%}#gs_top{position:relative;box-sizing:border-box;min-height:100%;min-width:964px;-webkit-tap-highlight-color:rgba(0,0,0,0);}body{background-color:#fff;color:#222;-webkit-text-size-adjust:100%;-moz-text-size-adjust:none;}body,td,input,button{font-family:Arial,sans-serif;font-size:13px;line-height:1.24;}a:link{color:#1a0dab;text-decoration:none}a:visited{color:#660099;text-decoration:none}a:active{color:#d14836}.gs_r{position:relative;margin:0 0 20px 0}.gs_rt{position:relative;font-weight:normal;font-size:17px;line-height:20px;margin-bottom:2px;}.gs_rt a:link,.gs_rt a:visited{color:#1a0dab}.gs_a{color:#006621;}.gs_a a:link,.gs_a a:visited{text-decoration:underline;color:#006621}.gs_rs{margin:2px 0;word-wrap:break-word;}.gs_fl{color:#777777;}.gs_fl a:link,.gs_fl a:visited{color:#1a0dab}.gs_ggs{position:relative;z-index:1;float:right;margin-left:24px;min-width:200px;max-width:256px;width:calc(100% - 620px);font-size:16px;line-height:20px;}.gs_ctg2{font-size:13px;font-weight:bold}.gs_ct1{display:inline}.gs_ct2{display:none}.gs_ctc,.gs_ctu{vertical-align:2px;font-size:11px;font-weight:bold}.gs_or_svg{position:relative;width:29px;height:16px;vertical-align:text-bottom;fill:none;stroke:#1a0dab;}.gs_or_btn{display:inline-block;}#gs_lbl_sb{margin-top:16px}.gs_lbl_a{display:block;line-height:24px}.gs_lbl_sel{font-weight:bold;color:#d14836}</style><script>var gs_ie_ver=100;function gs_id(i){return document.getElementById(i)}function gs_evt_dsp(e){var t=e.target||e.srcElement;while(t&&t.nodeType!=1)t=t.parentNode;}window.gs_evt_clk=function(e){};</script></head><body><div id="gs_top" onclick=""><div id="gs_hdr" role="banner"><a id="gs_hdr_mnu" href="javascript:void(0)" role="button" aria-controls="gs_gb"><span class="gs_ico gs_ico_mnu"></span></a><a id="gs_hdr_lgo" href="/schhp?hl=en" aria-label="Homepage"></a><div id="gs_hdr_md"><h1 id="gs_hdr_tsi">My library</h1><form id="gs_hdr_frm" action="/scholar" role="search"><input type="hidden" name="scilib" value="1"><input type="hidden" name="scilu" value=""><input type="text" class="gs_in_txt" name="q" value="" placeholder="Search my library" maxlength="2048" autocapitalize="off" aria-label="Search"><button type="submit" id="gs_hdr_tsb" name="btnG" aria-label="Search"><span class="gs_ico"></span></button></form></div><div id="gs_hdr_act"><a id="gs_hdr_act_i" href="https://accounts.google.com/SignOutOptions?hl=en&amp;continue=https://scholar.google.com/scholar%3Fscilib%3D1%26scilu%3D%26hl%3Den" aria-label="Account" role="button"><span class="gs_hdr_act_av">L</span></a></div></div><div id="gs_bdy"><div id="gs_bdy_sb" role="navigation"><div id="gs_bdy_sb_in"><ul id="gs_res_sb_yyf" class="gs_pad"><li class="gs_ind gs_bdy_sb_sel"><a href="/scholar?scilib=1&amp;hl=en">Any time</a></li><li class="gs_ind"><a href="/scholar?scilib=1&amp;as_ylo=2024&amp;hl=en">Since 2024</a></li><li class="gs_ind"><a href="/scholar?scilib=1&amp;as_ylo=2023&amp;hl=en">Since 2023</a></li><li class="gs_ind"><a href="/scholar?scilib=1&amp;as_ylo=2020&amp;hl=en">Since 2020</a></li></ul><ul class="gs_pad"><li class="gs_ind gs_bdy_sb_sel"><a href="/scholar?scilib=1&amp;scisbd=0&amp;hl=en">Sort by relevance</a></li><li class="gs_ind"><a href="/scholar?scilib=1&amp;scisbd=1&amp;hl=en">Sort by date</a></li></ul><div id="gs_lbl_sb"><a class="gs_lbl_a" href="/scholar?scilib=1&amp;hl=en">My library</a><a class="gs_lbl_a" href="/scholar?scilib=2&amp;hl=en">My publications</a><a class="gs_lbl_a" href="/scholar?scilib=4&amp;hl=en">Trash</a><a class="gs_lbl_a gs_lbl_sel" href="/scholar?scilib=1&amp;scilu=nlp-pretraining&amp;hl=en">nlp-pretraining</a><a class="gs_lbl_a" href="/scholar?scilib=1&amp;scilu=thesis-ch2&amp;hl=en">thesis-ch2</a><a class="gs_lbl_a" href="/scholar?scilib=1&amp;scilu=to-read&amp;hl=en">to-read</a><a class="gs_lbl_a" href="javascript:void(0)" id="gs_lbl_mng">Manage labels...</a></div></div></div><div id="gs_bdy_ccl" role="main"><div id="gs_ab_md"><div class="gs_ab_mdw">13 results in nlp-pretraining</div></div><div id="gs_res_ccl_mid">
"""
TAIL = """
</div><div id="gs_n" role="navigation"><center><table cellpadding="0" width="1%"><tr align="center" valign="top"><td align="right" nowrap><span class="gs_ico gs_ico_nav_previous"></span></td><td><span class="gs_ico gs_ico_nav_current"></span><b>1</b></td><td align="left" nowrap><span class="gs_ico gs_ico_nav_next"></span></td></tr></table></center></div><div id="gs_lbl_ftr" class="gs_fl">Export all: <a href="/scholar.bib?scilib=1&amp;scilu=nlp-pretraining&amp;hl=en">BibTeX</a> <a href="/scholar.enw?scilib=1&amp;scilu=nlp-pretraining&amp;hl=en">EndNote</a> <a href="/scholar.ris?scilib=1&amp;scilu=nlp-pretraining&amp;hl=en">RefMan</a> <a href="/scholar.csv?scilib=1&amp;scilu=nlp-pretraining&amp;hl=en">CSV</a></div></div></div><div id="gs_ftr_sp" role="presentation"></div><div id="gs_ftr" role="contentinfo"><div id="gs_ftr_rt"><a href="//www.google.com/intl/en/policies/privacy/">Privacy</a><a href="//www.google.com/intl/en/policies/terms/">Terms</a><a href="javascript:void(0)" class="gs_press" role="button">Help</a></div></div></div></body></html>
"""
root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
with open(os.path.join(root, "digests", "109_google_scholar_my_library.html"), "w", encoding="utf-8") as fh:
    fh.write(HEAD + "\n".join(rows) + TAIL)
