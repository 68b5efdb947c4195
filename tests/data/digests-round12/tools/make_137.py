#!/usr/bin/env python3
"""Builds digests/137_word_docx_vision_ssl_reading_list.docx: a reading list kept in Word (Microsoft 365, saved as
.docx) by a vision reading group, after two people edited it with Track Changes on and left comments.

A real OOXML package written with zipfile the way Word writes it: every member dated 1980-01-01 00:00:00,
[Content_Types].xml first, _rels/.rels, word/document.xml with its relationships in word/_rels/document.xml.rels
(styles, numbering, settings, webSettings, fontTable, comments, header, footer, people, and the external hyperlink
targets with TargetMode="External"), docProps/core.xml and app.xml.

document.xml is written as Word writes it: one line after the XML declaration, paragraphs w:p with w:rsidR /
w:rsidRDefault / w:rsidP, runs w:r split wherever Word splits them (an rsid change in the middle of a word, proofing
marks w:proofErr spellStart/spellEnd, a w:lang change, a bookmark), w:t with xml:space="preserve" where the run
starts or ends with a space, w:noBreakHyphen for a typed Ctrl+Shift+- hyphen, w:tab, w:hyperlink r:id=… with
w:history, a complex field (fldChar begin / instrText HYPERLINK "…" / separate / result runs / end), a numbered
list (ListParagraph + w:numPr → numbering.xml decimal list), a table (w:tbl / w:tr / w:tc with widths), headings,
a tracked insertion w:ins and deletion w:del/w:delText by another author, a comment (commentRangeStart/End +
commentReference, text in comments.xml), header and footer with a PAGE / NUMPAGES field, sectPr last."""
import os
import zipfile
from xml.sax.saxutils import escape

OUT = os.path.join(os.path.dirname(__file__), "..", "digests", "137_word_docx_vision_ssl_reading_list.docx")

W_NS = ('xmlns:wpc="http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas" '
        'xmlns:cx="http://schemas.microsoft.com/office/drawing/2014/chartex" '
        'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
        'xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
        'xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math" '
        'xmlns:v="urn:schemas-microsoft-com:vml" '
        'xmlns:wp14="http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing" '
        'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
        'xmlns:w10="urn:schemas-microsoft-com:office:word" '
        'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" '
        'xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml" '
        'xmlns:w16se="http://schemas.microsoft.com/office/word/2015/wordml/symex" '
        'xmlns:wpg="http://schemas.microsoft.com/office/word/2010/wordprocessingGroup" '
        'xmlns:wpi="http://schemas.microsoft.com/office/word/2010/wordprocessingInk" '
        'xmlns:wne="http://schemas.microsoft.com/office/word/2006/wordml" '
        'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
        'mc:Ignorable="w14 w15 w16se wp14"')
DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'

# rsids: the original author's sessions, then Amir's editing session (tracked) and a later session of Ines
R0, R1, R2, RA, R3 = "00B41D2E", "00C7E519", "004F0A63", "006A2F90", "00E13B77"

# ------------------------------------------------------------------ run helpers


def t(text):
    sp = ' xml:space="preserve"' if text != text.strip() else ""
    return f"<w:t{sp}>{escape(text)}</w:t>"


def r(text, rsid=None, b=False, i=False, style=None, lang=None, sz=None):
    props = ""
    if style: props += f'<w:rStyle w:val="{style}"/>'
    if b: props += "<w:b/><w:bCs/>"
    if i: props += "<w:i/><w:iCs/>"
    if sz: props += f'<w:sz w:val="{sz}"/><w:szCs w:val="{sz}"/>'
    if lang: props += f'<w:lang w:val="{lang}"/>'
    rp = f"<w:rPr>{props}</w:rPr>" if props else ""
    at = f' w:rsidRPr="{rsid}"' if rsid else ""
    return f"<w:r{at}>{rp}{t(text)}</w:r>"


def nbh(rsid=None):
    at = f' w:rsidRPr="{rsid}"' if rsid else ""
    return f"<w:r{at}><w:noBreakHyphen/></w:r>"


def tab():
    return "<w:r><w:tab/></w:r>"


SPELL_S = '<w:proofErr w:type="spellStart"/>'
SPELL_E = '<w:proofErr w:type="spellEnd"/>'
GRAM_S = '<w:proofErr w:type="gramStart"/>'
GRAM_E = '<w:proofErr w:type="gramEnd"/>'


def hl(rid, runs):
    return f'<w:hyperlink r:id="{rid}" w:history="1">{"".join(runs)}</w:hyperlink>'


def hr(text, rsid=None):
    return r(text, rsid=rsid, style="Hyperlink")


def p(content, style=None, num=None, rsid=R0, jc=None, keep=False, spacing=None):
    pp = ""
    if style: pp += f'<w:pStyle w:val="{style}"/>'
    if keep: pp += "<w:keepNext/>"
    if num: pp += f'<w:numPr><w:ilvl w:val="{num[1]}"/><w:numId w:val="{num[0]}"/></w:numPr>'
    if spacing: pp += f'<w:spacing {spacing}/>'
    if jc: pp += f'<w:jc w:val="{jc}"/>'
    ppr = f"<w:pPr>{pp}</w:pPr>" if pp else ""
    return f'<w:p w:rsidR="{rsid}" w:rsidRDefault="{R0}" w:rsidP="{rsid}">{ppr}{"".join(content)}</w:p>'


def ins(runs, wid, author="Amir Haddad", date="2024-02-26T16:41:00Z"):
    return f'<w:ins w:id="{wid}" w:author="{author}" w:date="{date}">{"".join(runs)}</w:ins>'


def dele(text, wid, author="Amir Haddad", date="2024-02-26T16:43:00Z", rsid=RA):
    return (f'<w:del w:id="{wid}" w:author="{author}" w:date="{date}"><w:r w:rsidDel="{rsid}">'
            f'<w:delText xml:space="preserve">{escape(text)}</w:delText></w:r></w:del>')


# ------------------------------------------------------------------ external links (rId → target)

LINKS = {
    "rId10": "https://arxiv.org/abs/1911.05722",
    "rId11": "https://arxiv.org/pdf/2111.06377v3.pdf",
    "rId12": "https://github.com/microsoft/Swin-Transformer",
    "rId13": "https://arxiv.org/abs/2106.10270",
    "rId14": "https://papers.nips.cc/paper_files/paper/2012/hash/c399862d3b9d6b76c8436e924a68c45b-Abstract.html",
    "rId15": "https://lilianweng.github.io/posts/2019-11-10-self-supervised/",
    "rId16": "https://huggingface.co/docs/timm/index",
    "rId17": "https://d2l.ai/chapter_computer-vision/index.html",
    "rId18": "https://teams.microsoft.com/l/meetup-join/19%3ameeting_NmQ4ZjE2YTgtYjA0Ny00ZDU1LWE3NzYtYzY2ZGJiZTk4ZjE0%40thread.v2/0?context=%7b%22Tid%22%3a%22c6f1e0a2-3b0d-4d8e-9f5c-1a2b3c4d5e6f%22%7d",
    "rId19": "https://vcl-tannfeld.sharepoint.com/sites/readinggroup/Shared%20Documents/Forms/AllItems.aspx",
}

# ------------------------------------------------------------------ body

B = []
B.append(p([r("Self", R0), r("-supervised vision: reading list", R0)], style="Title", rsid=R0))
B.append(p([r("Spring term 2024 · maintained by Ines Vogt · last edited 27 Feb 2024 · ", R1, i=True),
            r("please use comments instead of editing the table directly", R1, i=True)],
           style="Subtitle", rsid=R1))
B.append(p([r("How this works", R0)], style="Heading1", rsid=R0, keep=True))
B.append(p([r("We meet on Wednesdays, 14:15–15:45, room E.204 (hybrid, ", R0),
            hl("rId18", [hr("Teams link")]),
            r("). One paper per session; the presenter sends slides to the list by Tuesday evening. Papers marked ★ are "
              "core, the rest are backup if someone drops out. Slides go into the ", R0),
            hl("rId19", [hr("SharePoint folder")]),
            r(".", R0)], rsid=R0))
B.append(p([r("Sessions 1–4 are in Part A, 5–8 in Part B; Part C is the table at the end (pick one row each).", R1)],
           rsid=R1))

# --- Part A
B.append(p([r("Part A — Contrastive and non", R0), r("-contrastive methods", R2)], style="Heading1", rsid=R0,
           keep=True))
B.append(p([r("★ ", R0),
            hl("rId10", [hr("Momentum Contrast for Unsupervised ", R0), hr("Visual Representation ", R1),
                         hr("Learning", R1)]),
            r(" — He, Fan, Wu, Xie, ", R0), SPELL_S, r("Girshick", R0), SPELL_E,
            r(", CVPR 2020. Presenter: Jonas (6 Mar).", R0)],
           style="ListParagraph", num=(1, 0), rsid=R0))
B.append(p([r("Boot", R0), r("strap your own latent: A new approach to self", R1), r("-supervised ", R1),
            r("Learning", R1),
            r(" — ", R0), SPELL_S, r("Grill", R0), SPELL_E, r(" et al., NeurIPS 2020. ", R0),
            '<w:commentRangeStart w:id="0"/>',
            r("Presenter: Lea (13 Mar).", R0),
            '<w:commentRangeEnd w:id="0"/>',
            '<w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:commentReference w:id="0"/></w:r>'],
           style="ListParagraph", num=(1, 0), rsid=R0))
B.append(p([r("Exploring Simple ", R0), r("Siamese ", R2, lang="en-GB"), r("Representation Learning", R0),
            r(" — Chen & He, CVPR 2021 (", R0), SPELL_S, r("arXiv:2011.", R0), r("10566", R1), SPELL_E,
            r("). The stop", R0), nbh(R0), r("gradient ablation is the whole point.", R0)],
           style="ListParagraph", num=(1, 0), rsid=R0))
B.append(p(["<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r>",
            '<w:r><w:instrText xml:space="preserve"> HYPERLINK "https://arxiv.org/abs/2103.03230" </w:instrText></w:r>',
            "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>",
            hr("Barlow Twins: Self", R0), nbh(R0), hr("Supervised Learning via Redundancy ", R0),
            hr("Reduction", R2),
            "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>",
            r(" — ", R0), SPELL_S, r("Zbontar", R0), SPELL_E, r(", Jing, ", R0), SPELL_S, r("Misra", R0), SPELL_E,
            r(", LeCun, ", R0), SPELL_S, r("Deny", R0), SPELL_E, r(", ICML 2021. Presenter: ", R0),
            r("Amir", R0), r(" (20 Mar).", R0)],
           style="ListParagraph", num=(1, 0), rsid=R0))
B.append(p([r("Representation Learning with Contrastive Predictive Coding", R0),
            r(" — van den Oord, Li, ", R0), SPELL_S, r("Vinyals", R0), SPELL_E, r(", 2018", R0),
            dele(" (optional)", 3),
            ins([f'<w:r w:rsidR="{RA}">{t(" — background for session 1, read sections 2–3 only")}</w:r>'], 4),
            r(".", R0)],
           style="ListParagraph", num=(1, 0), rsid=R0))
B.append(p([r("We skip SimCLR (done in the autumn term, see the old list) and ", R1), GRAM_S, r("MoCo", R1),
            GRAM_E, r(" v3 / DINO are covered by Amir's overview talk on 27 Mar rather than a paper slot.", R1)],
           rsid=R1))

# --- Part B
B.append(p([r("Part B — Masked image modelling", R0)], style="Heading1", rsid=R0, keep=True))
B.append(p([r("★ ", R0),
            '<w:commentRangeStart w:id="1"/>',
            hl("rId11", [hr("Masked ", R0), hr("Autoencoders", R0), hr(" Are Scalable Vision Learners", R1)]),
            '<w:commentRangeEnd w:id="1"/>',
            '<w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:commentReference w:id="1"/></w:r>',
            r(" — He et al., CVPR 2022. Presenter: Ines (10 Apr).", R0)],
           style="ListParagraph", num=(2, 0), rsid=R0))
B.append(p([SPELL_S, r("BEiT", R0), SPELL_E, r(": BERT Pre", R0), r("-Training of Image Transformers", R2),
            r(" — Bao, Dong, ", R0), SPELL_S, r("Piao", R0), SPELL_E, r(", Wei, ICLR 2022. Presenter: tbd.", R0)],
           style="ListParagraph", num=(2, 0), rsid=R0))
B.append(f'<w:p w:rsidR="{RA}" w:rsidRDefault="{R0}" w:rsidP="{R0}"><w:pPr><w:pStyle w:val="ListParagraph"/>'
         f'<w:numPr><w:ilvl w:val="0"/><w:numId w:val="2"/></w:numPr>'
         f'<w:rPr><w:ins w:id="5" w:author="Amir Haddad" w:date="2024-02-26T16:44:00Z"/></w:rPr></w:pPr>'
         + ins([f'<w:r w:rsidR="{RA}">{t("Scaling Vision ")}</w:r>', f'<w:r w:rsidR="{RA}">{t("Transformers")}</w:r>',
                f'<w:r w:rsidR="{RA}">{t(" — Zhai, Kolesnikov, Houlsby, Beyer, CVPR 2022. Not MIM, but the data/model scaling curves are what we keep citing. Presenter: Amir (17 Apr).")}</w:r>'],
               6, date="2024-02-26T16:44:00Z")
         + "</w:p>")
B.append(p([r("Background if you have never seen a ViT: the original ViT paper and Lucas Beyer's ", R1),
            r("talk", R1), r("; both linked from the autumn list.", R1)], rsid=R1))

# --- Part C: table
B.append(p([r("Part C — Backbones and transfer", R0)], style="Heading1", rsid=R0, keep=True))
B.append(p([r("Pick one row and put your name in the Presenter column. ", R0),
            r("IDs in the Link/ID column are arXiv IDs where there is no link yet.", R3)], rsid=R0))

W = [567, 3969, 1418, 1701, 1134, 1247]


def cell(content, w, shade=False, rsid=R0):
    sh = '<w:shd w:val="clear" w:color="auto" w:fill="D9E2F3"/>' if shade else ""
    return (f'<w:tc><w:tcPr><w:tcW w:w="{w}" w:type="dxa"/>{sh}</w:tcPr>'
            f'<w:p w:rsidR="{rsid}" w:rsidRDefault="{R0}" w:rsidP="{rsid}"><w:pPr><w:spacing w:after="0" '
            f'w:line="240" w:lineRule="auto"/></w:pPr>{"".join(content)}</w:p></w:tc>')


ROWN = [0x3A1F0000]


def row(cells, header=False):
    ROWN[0] += 0x1B3
    trpr = "<w:trPr><w:tblHeader/></w:trPr>" if header else ""
    return (f'<w:tr w:rsidR="{R0}" w14:paraId="{ROWN[0]:08X}" w14:textId="77777777" w:rsidTr="{R0}">{trpr}'
            + "".join(cell(c, w, header) for c, w in zip(cells, W)) + "</w:tr>")


rows = [
    row([[r("#", b=True)], [r("Paper", b=True)], [r("Venue", b=True)], [r("Link / ID", b=True)],
         [r("Presenter", b=True)], [r("Status", b=True)]], header=True),
    row([[r("C1")], [r("Swin Transformer: Hierarchical Vision ", R0), r("Transformer using Shifted Windows", R1)],
         [r("ICCV 2021")], [hl("rId12", [hr("code")])], [r("Lea")], [r("✓ done 21 Feb")]]),
    row([[r("C2")], [r("Big Transfer (", R0), r("BiT", R0), r("): General Visual Representation Learning", R0)],
         [r("ECCV 2020")], [r("1912.", R0), r("11370", R3)], [r("Jonas")], [r("")]]),
    row([[r("C3")], [r("How to train your ", R0), r("ViT", R0), r("? Data, Augmentation, and ", R0),
                     r("Regularization in Vision Transformers", R2)],
         [r("TMLR 2022")], [hl("rId13", [hr("arXiv")])], [r("Amir")], [r("slides ready")]]),
    row([[r("C4")], [r("ImageNet Classification with Deep ", R0), r("Convolutional Neural Networks", R0)],
         [r("NIPS 2012")], [hl("rId14", [hr("proceedings")])], [r("Ines")], [r("history session")]]),
    row([[r("C5")], [r("ConvNeXt", R0), r(" (see autumn list — only if C1 is cancelled)", R0)],
         [r("CVPR 2022")], [r("—")], [r("")], [r("")]]),
]
B.append('<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/>'
         '<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" w:lastColumn="0" w:noHBand="0" '
         'w:noVBand="1"/></w:tblPr><w:tblGrid>' + "".join(f'<w:gridCol w:w="{w}"/>' for w in W) + "</w:tblGrid>"
         + "".join(rows) + "</w:tbl>")
B.append(p([], rsid=R0))

# --- not papers
B.append(p([r("Not papers, but useful", R0)], style="Heading1", rsid=R0, keep=True))
B.append(p([r("Lilian Weng, ", R0), hl("rId15", [hr("“Self-Supervised Representation Learning”")]),
            r(" (blog post, 2019) — the best single overview.", R0)], style="ListParagraph", num=(3, 0), rsid=R0))
B.append(p([hl("rId16", [hr("timm documentation")]), tab(),
            r("for pretrained ViT/Swin checkpoints (use ", R0), r("vit_base_patch16_224.mae", R0), r(").", R0)],
           style="ListParagraph", num=(3, 0), rsid=R0))
B.append(p([r("“Dive into Deep Learning”, chapter 14 (", R0), hl("rId17", [hr("d2l.ai")]),
            r(") — book chapter, for the newcomers.", R0)], style="ListParagraph", num=(3, 0), rsid=R0))
B.append(p([r("CVPR 2023 tutorial “Self-supervised learning: what is next?” — recording only, not a paper.", R3)],
           style="ListParagraph", num=(3, 0), rsid=R3))
B.append(p(['<w:bookmarkStart w:id="0" w:name="_GoBack"/><w:bookmarkEnd w:id="0"/>'], rsid=R3))

SECT = ('<w:sectPr w:rsidR="00B41D2E" w:rsidSect="00B41D2E"><w:headerReference w:type="default" r:id="rId8"/>'
        '<w:footerReference w:type="default" r:id="rId9"/><w:pgSz w:w="11906" w:h="16838"/>'
        '<w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" w:header="708" w:footer="708" '
        'w:gutter="0"/><w:cols w:space="708"/><w:docGrid w:linePitch="360"/></w:sectPr>')

DOCUMENT = (DECL + f"<w:document {W_NS}><w:body>" + "".join(B) + SECT + "</w:body></w:document>")

COMMENTS = (DECL + f"<w:comments {W_NS}>"
            '<w:comment w:id="0" w:author="Lea Brandt" w:date="2024-02-22T09:12:00Z" w:initials="LB">'
            '<w:p w:rsidR="00D51A0C" w:rsidRDefault="00D51A0C"><w:pPr><w:pStyle w:val="CommentText"/></w:pPr>'
            '<w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:annotationRef/></w:r>'
            + r("Can we swap with Jonas? I'm at the summer-school deadline that week. Also: there is a nice blog post "
                "by Fetterman & Albrecht on why BYOL does not collapse (batch norm!), worth 10 min.")
            + "</w:p></w:comment>"
            '<w:comment w:id="1" w:author="Amir Haddad" w:date="2024-02-26T16:47:00Z" w:initials="AH">'
            '<w:p w:rsidR="006A2F90" w:rsidRDefault="006A2F90"><w:pPr><w:pStyle w:val="CommentText"/></w:pPr>'
            '<w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:annotationRef/></w:r>'
            + r("Link goes to v3 of the PDF. Kaiming's ICCV workshop talk is a gentler intro than the paper, maybe "
                "watch it first.")
            + "</w:p></w:comment></w:comments>")

HEADER = (DECL + f"<w:hdr {W_NS}>"
          '<w:p w:rsidR="00B41D2E" w:rsidRDefault="00B41D2E"><w:pPr><w:pStyle w:val="Header"/><w:jc w:val="right"/>'
          '</w:pPr>' + r("VCL reading group · Universität Tannfeld · internal", sz="16") + "</w:p></w:hdr>")

FOOTER = (DECL + f"<w:ftr {W_NS}>"
          '<w:p w:rsidR="00B41D2E" w:rsidRDefault="00B41D2E"><w:pPr><w:pStyle w:val="Footer"/><w:jc w:val="center"/>'
          '</w:pPr>' + r("Page ") + '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
          '<w:r><w:instrText xml:space="preserve"> PAGE   \\* MERGEFORMAT </w:instrText></w:r>'
          '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:rPr><w:noProof/></w:rPr><w:t>1</w:t></w:r>'
          '<w:r><w:fldChar w:fldCharType="end"/></w:r>' + r(" of ")
          + '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
          '<w:r><w:instrText xml:space="preserve"> NUMPAGES   \\* MERGEFORMAT </w:instrText></w:r>'
          '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:rPr><w:noProof/></w:rPr><w:t>2</w:t></w:r>'
          '<w:r><w:fldChar w:fldCharType="end"/></w:r></w:p></w:ftr>')


def style(sid, name, kind="paragraph", extra=""):
    return (f'<w:style w:type="{kind}" w:styleId="{sid}"><w:name w:val="{name}"/>{extra}</w:style>')


STYLES = (DECL + '<w:styles xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
          'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
          'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" mc:Ignorable="w14">'
          '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:asciiTheme="minorHAnsi" w:eastAsiaTheme="minorHAnsi" '
          'w:hAnsiTheme="minorHAnsi" w:cstheme="minorBidi"/><w:kern w:val="2"/><w:sz w:val="22"/><w:szCs w:val="22"/>'
          '<w:lang w:val="en-US" w:eastAsia="en-US" w:bidi="ar-SA"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr>'
          '<w:spacing w:after="160" w:line="259" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>'
          + style("Normal", "Normal", extra='<w:qFormat/>')
          + style("Heading1", "heading 1", extra='<w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority '
                  'w:val="9"/><w:qFormat/><w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="240" w:after="0"/>'
                  '<w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:color w:val="2F5496"/><w:sz w:val="32"/></w:rPr>')
          + style("Title", "Title", extra='<w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:rPr>'
                  '<w:sz w:val="56"/></w:rPr>')
          + style("Subtitle", "Subtitle", extra='<w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>')
          + style("ListParagraph", "List Paragraph", extra='<w:basedOn w:val="Normal"/><w:uiPriority w:val="34"/>'
                  '<w:qFormat/><w:pPr><w:ind w:left="720"/><w:contextualSpacing/></w:pPr>')
          + style("Header", "header", extra='<w:basedOn w:val="Normal"/>')
          + style("Footer", "footer", extra='<w:basedOn w:val="Normal"/>')
          + style("CommentText", "annotation text", extra='<w:basedOn w:val="Normal"/>')
          + style("Hyperlink", "Hyperlink", "character", '<w:rPr><w:color w:val="0563C1" w:themeColor="hyperlink"/>'
                  '<w:u w:val="single"/></w:rPr>')
          + style("CommentReference", "annotation reference", "character", '<w:rPr><w:sz w:val="16"/></w:rPr>')
          + style("TableGrid", "Table Grid", "table", '<w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" '
                  'w:space="0" w:color="auto"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
                  '<w:insideH w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideV w:val="single" '
                  'w:sz="4" w:space="0" w:color="auto"/></w:tblBorders></w:tblPr>')
          + "</w:styles>")


def absnum(aid, fmt, text):
    return (f'<w:abstractNum w:abstractNumId="{aid}" w15:restartNumberingAfterBreak="0"><w:nsid w:val="1C6B{aid}2F0"/>'
            f'<w:multiLevelType w:val="hybridMultilevel"/><w:lvl w:ilvl="0" w:tplc="0809000F"><w:start w:val="1"/>'
            f'<w:numFmt w:val="{fmt}"/><w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/><w:pPr>'
            f'<w:ind w:left="720" w:hanging="360"/></w:pPr></w:lvl></w:abstractNum>')


NUMBERING = (DECL + '<w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
             'xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml" '
             'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="w15">'
             + absnum(0, "decimal", "%1.") + absnum(1, "decimal", "%1.") + absnum(2, "bullet", "•")
             + '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'
             '<w:num w:numId="2"><w:abstractNumId w:val="1"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="5"/>'
             '</w:lvlOverride></w:num><w:num w:numId="3"><w:abstractNumId w:val="2"/></w:num></w:numbering>')

SETTINGS = (DECL + '<w:settings xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
            '<w:zoom w:percent="110"/><w:trackRevisions/><w:defaultTabStop w:val="720"/>'
            '<w:characterSpacingControl w:val="doNotCompress"/><w:compat><w:compatSetting w:name="compatibilityMode" '
            'w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat><w:rsids>'
            + "".join(f'<w:rsid w:val="{x}"/>' for x in (R0, R1, R2, RA, R3, "00D51A0C"))
            + '</w:rsids><w:themeFontLang w:val="en-GB"/><w:decimalSymbol w:val="."/><w:listSeparator w:val=","/>'
            '</w:settings>')

WEBSETTINGS = (DECL + '<w:webSettings xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
               '<w:optimizeForBrowser/><w:allowPNG/></w:webSettings>')

FONTS = (DECL + '<w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
         '<w:font w:name="Calibri"><w:panose1 w:val="020F0502020204030204"/><w:charset w:val="00"/>'
         '<w:family w:val="swiss"/><w:pitch w:val="variable"/></w:font><w:font w:name="Times New Roman">'
         '<w:panose1 w:val="02020603050405020304"/><w:charset w:val="00"/><w:family w:val="roman"/>'
         '<w:pitch w:val="variable"/></w:font><w:font w:name="Calibri Light"><w:panose1 w:val="020F0302020204030204"/>'
         '<w:charset w:val="00"/><w:family w:val="swiss"/><w:pitch w:val="variable"/></w:font></w:fonts>')

PEOPLE = (DECL + '<w15:people xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml">'
          + "".join(f'<w15:person w15:author="{a}"><w15:presenceInfo w15:providerId="AD" w15:userId="S::{u}::{g}"/>'
                    f'</w15:person>' for a, u, g in
                    (("Amir Haddad", "amir.haddad@vcl-tannfeld.onmicrosoft.com", "0f3c7a52-91de-4f0b-b8a4-6e2d5c1a9e07"),
                     ("Lea Brandt", "lea.brandt@vcl-tannfeld.onmicrosoft.com", "5d2e9b10-7c44-4a3f-9e61-28b0f4d7c3a5")))
          + "</w15:people>")

CORE = (DECL + '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
        'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
        '<dc:title></dc:title><dc:subject></dc:subject><dc:creator>Ines Vogt</dc:creator><cp:keywords></cp:keywords>'
        '<dc:description></dc:description><cp:lastModifiedBy>Ines Vogt</cp:lastModifiedBy><cp:revision>14</cp:revision>'
        '<dcterms:created xsi:type="dcterms:W3CDTF">2024-01-29T08:57:00Z</dcterms:created>'
        '<dcterms:modified xsi:type="dcterms:W3CDTF">2024-02-27T10:03:00Z</dcterms:modified></cp:coreProperties>')

APP = (DECL + '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
       'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><Template>Normal.dotm</Template>'
       '<TotalTime>187</TotalTime><Pages>2</Pages><Words>598</Words><Characters>3411</Characters>'
       '<Application>Microsoft Office Word</Application><DocSecurity>0</DocSecurity><Lines>28</Lines>'
       '<Paragraphs>8</Paragraphs><ScaleCrop>false</ScaleCrop><Company>Universität Tannfeld</Company>'
       '<LinksUpToDate>false</LinksUpToDate><CharactersWithSpaces>4001</CharactersWithSpaces>'
       '<SharedDoc>false</SharedDoc><HyperlinksChanged>false</HyperlinksChanged><AppVersion>16.0000</AppVersion>'
       '</Properties>')

CT = (DECL + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
      '<Default Extension="xml" ContentType="application/xml"/>'
      '<Override PartName="/word/document.xml" '
      'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
      '<Override PartName="/word/numbering.xml" '
      'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>'
      '<Override PartName="/word/styles.xml" '
      'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
      '<Override PartName="/word/settings.xml" '
      'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>'
      '<Override PartName="/word/webSettings.xml" '
      'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.webSettings+xml"/>'
      '<Override PartName="/word/comments.xml" '
      'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/>'
      '<Override PartName="/word/header1.xml" '
      'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>'
      '<Override PartName="/word/footer1.xml" '
      'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>'
      '<Override PartName="/word/fontTable.xml" '
      'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml"/>'
      '<Override PartName="/word/people.xml" '
      'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.people+xml"/>'
      '<Override PartName="/docProps/core.xml" '
      'ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
      '<Override PartName="/docProps/app.xml" '
      'ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>')

RELS = (DECL + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
        'extended-properties" Target="docProps/app.xml"/>'
        '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/'
        'core-properties" Target="docProps/core.xml"/>'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
        'officeDocument" Target="word/document.xml"/></Relationships>')

REL_T = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
internal = [("rId1", "numbering", "numbering.xml"), ("rId2", "styles", "styles.xml"),
            ("rId3", "settings", "settings.xml"), ("rId4", "webSettings", "webSettings.xml"),
            ("rId5", "comments", "comments.xml"), ("rId8", "header", "header1.xml"),
            ("rId9", "footer", "footer1.xml"), ("rId20", "fontTable", "fontTable.xml")]
DOC_RELS = (DECL + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            + "".join(f'<Relationship Id="{i}" Type="{REL_T}{k}" Target="{tg}"/>' for i, k, tg in internal)
            + f'<Relationship Id="rId21" Type="http://schemas.microsoft.com/office/2011/relationships/people" '
              f'Target="people.xml"/>'
            + "".join(f'<Relationship Id="{i}" Type="{REL_T}hyperlink" Target="{escape(u, {chr(34): "&quot;"})}" '
                      f'TargetMode="External"/>' for i, u in LINKS.items())
            + "</Relationships>")

PARTS = [("[Content_Types].xml", CT), ("_rels/.rels", RELS), ("word/document.xml", DOCUMENT),
         ("word/_rels/document.xml.rels", DOC_RELS), ("word/comments.xml", COMMENTS),
         ("word/header1.xml", HEADER), ("word/footer1.xml", FOOTER), ("word/styles.xml", STYLES),
         ("word/numbering.xml", NUMBERING), ("word/settings.xml", SETTINGS), ("word/webSettings.xml", WEBSETTINGS),
         ("word/fontTable.xml", FONTS), ("word/people.xml", PEOPLE), ("docProps/core.xml", CORE),
         ("docProps/app.xml", APP)]

with zipfile.ZipFile(OUT, "w", zipfile.ZIP_DEFLATED) as z:
    for name, data in PARTS:
        zi = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
        zi.compress_type = zipfile.ZIP_DEFLATED
        z.writestr(zi, data.encode("utf-8"))
print("wrote", OUT)
