#!/usr/bin/env python3
"""Writes digests/100_cvf_openaccess_iccv2021_search.html: the ICCV 2021 Open Access Repository after a search
for "transformer" (CVF's own markup: dt.ptitle, one author-search <form> per author, [pdf] [supp] [arXiv] links --
CVF writes arXiv links as http:// -- and a hidden div.bibref per paper)."""
import os

papers = [
    # (key, title as CVF writes it, authors, pages, arxiv or None, has_supp)
    ("Liu", "Swin_Transformer_Hierarchical_Vision_Transformer_Using_Shifted_Windows",
     "Swin Transformer: Hierarchical Vision Transformer Using Shifted Windows",
     ["Ze Liu", "Yutong Lin", "Yue Cao", "Han Hu", "Yixuan Wei", "Zheng Zhang", "Stephen Lin", "Baining Guo"], "10012-10022", "2103.14030", True),
    ("Jiang", "COTR_Correspondence_Transformer_for_Matching_Across_Images",
     "COTR: Correspondence Transformer for Matching Across Images",
     ["Wei Jiang", "Eduard Trulls", "Jan Hosang", "Andrea Tagliasacchi", "Kwang Moo Yi"], "6207-6217", "2103.14167", True),
    ("Caron", "Emerging_Properties_in_Self-Supervised_Vision_Transformers",
     "Emerging Properties in Self-Supervised Vision Transformers",
     ["Mathilde Caron", "Hugo Touvron", "Ishan Misra", "Herv\u00e9 J\u00e9gou", "Julien Mairal", "Piotr Bojanowski", "Armand Joulin"], "9650-9660", None, True),
    ("Bhojanapalli", "Understanding_Robustness_of_Transformers_for_Image_Classification",
     "Understanding Robustness of Transformers for Image Classification",
     ["Srinadh Bhojanapalli", "Ayan Chakrabarti", "Daniel Glasner", "Daliang Li", "Thomas Unterthiner", "Andreas Veit"], "10231-10241", "2103.14586", False),
    ("Qiu", "Describing_and_Localizing_Multiple_Changes_With_Transformers",
     "Describing and Localizing Multiple Changes With Transformers",
     ["Yue Qiu", "Shintaro Yamamoto", "Kodai Nakashima", "Ryota Suzuki", "Kenji Iwata", "Hirokatsu Kataoka", "Yutaka Satoh"], "1971-1980", None, True),
]


def bib_author(name):
    parts = name.split()
    return f"{parts[-1]}, {' '.join(parts[:-1])}"


def entry(key, slug, title, authors, pages, arxiv, supp):
    base = f"{key}_{slug}_ICCV_2021"
    fid = f"{key}2021ICCV"
    lines = [f'<dt class="ptitle"><br><a href="/content/ICCV2021/html/{base}_paper.html">{title}</a></dt>', "<dd>"]
    for i, a in enumerate(authors):
        sep = "," if i < len(authors) - 1 else ""
        lines += [f'<form id="form-{fid}-author-{i}" action="/ICCV2021" method="post" class="authsearch">',
                  f'<input type="hidden" name="query_author" value="{a}">',
                  f'<a href="#" onclick="document.getElementById(\'form-{fid}-author-{i}\').submit();">{a}</a>{sep}',
                  "</form>"]
    lines += ["</dd>", "<dd>", f'[<a href="/content/ICCV2021/papers/{base}_paper.pdf">pdf</a>]']
    if supp:
        lines.append(f'[<a href="/content/ICCV2021/supplemental/{base}-supplemental.pdf">supp</a>]')
    if arxiv:
        lines.append(f'[<a href="http://arxiv.org/abs/{arxiv}">arXiv</a>]')
    bib_auth = " and ".join(bib_author(a) for a in authors)
    lines += ['<div class="link2">[<a class="fakelink" onclick="$(this).siblings(\'.bibref\').slideToggle()">bibtex</a>]',
              f'<div class="bibref pre-white-space">@InProceedings{{{key}_2021_ICCV,',
              f"    author    = {{{bib_auth}}},",
              f"    title     = {{{title}}},",
              "    booktitle = {Proceedings of the IEEE/CVF International Conference on Computer Vision (ICCV)},",
              "    month     = {October},",
              "    year      = {2021},",
              f"    pages     = {{{pages}}}",
              "}", "</div>", "</div>", "</dd>"]
    return "\n".join(lines)


head = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="en" lang="en">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>ICCV 2021 Open Access Repository</title>
<link rel="stylesheet" type="text/css" href="../../static/conf.css" />
<script type="text/javascript" src="../../static/jquery.js"></script>
<!-- Global site tag (gtag.js) - Google Analytics -->
<script async src="https://www.googletagmanager.com/gtag/js?id=UA-111842813-1"></script>
<script>
  window.dataLayer = window.dataLayer || [];
  function gtag(){dataLayer.push(arguments);}
  gtag('js', new Date());
  gtag('config', 'UA-111842813-1');
</script>
</head>
<body>
<div id="header">
<div id="header_left">
<a href="https://iccv2021.thecvf.com"><img src="../../img/iccv2021_logo.png" width="175" border="0" alt="ICCV 2021" /></a>
<a href="https://www.thecvf.com"><img src="../../img/cropped-cvf-s.jpg" width="175" height="112" border="0" alt="CVF" /></a>
</div>
<div id="header_right">
<div id="header_title">
<a href="https://iccv2021.thecvf.com">ICCV 2021</a> <a href="/menu" class="a_monochrome">open access</a>
</div>
<div id="help" >
These ICCV 2021 papers are the Open Access versions, provided by the <a href="https://www.thecvf.com/">Computer Vision Foundation.</a><br /> Except for the watermark, they are identical to the accepted versions; the final published version of the proceedings is available on IEEE Xplore.
</div>
<div id="disclaimer" >
This material is presented to ensure timely dissemination of scholarly and technical work. Copyright and all rights therein are retained by authors or by other copyright holders. All persons copying this information are expected to adhere to the terms and constraints invoked by each author's copyright.<br /><br />
<form action="/ICCV2021" method="post">
<input type="text" name="query" value="transformer" />
<input type="submit" value="Search" />
</form>
</div>
</div>
</div>
<div class="clear"></div>
<div id="content">
<dl>
<dd><a href="/ICCV2021">Back</a></dd>
<dd><div id="search_results">Search results for &quot;transformer&quot; (showing papers in the main conference; see <a href="/ICCV2021_workshops/menu">Workshops</a> for workshop papers)</div></dd>
"""

tail = """
</dl>
</div>
<div id="footer">
<p>&copy; 2021 <a href="https://www.thecvf.com">Computer Vision Foundation</a>. Powered by <a href="https://www.thecvf.com/?page_id=120">CVF</a>. Questions: <a href="mailto:openaccess@thecvf.com">openaccess@thecvf.com</a></p>
<p><a href="/menu">All conferences</a> | <a href="/ICCV2021?day=2021-10-12">Day 1: 2021-10-12</a> | <a href="/ICCV2021?day=2021-10-13">Day 2: 2021-10-13</a> | <a href="/ICCV2021?day=2021-10-14">Day 3: 2021-10-14</a> | <a href="/ICCV2021?day=2021-10-15">Day 4: 2021-10-15</a> | <a href="/ICCV2021?day=all">All Papers</a></p>
</div>
</body>
</html>
"""

body = "\n\n".join(entry(*p) for p in papers)
root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
with open(os.path.join(root, "digests", "100_cvf_openaccess_iccv2021_search.html"), "w") as fh:
    fh.write(head + body + tail)
