#!/usr/bin/env python3
"""Writes digests/98_word_lab_meeting_agenda.htm as Word's "Save as Web Page" would: windows-1252 bytes (raw 0xB7
Symbol bullets, 0x96 en dashes, 0xE9 e-acute), smart quotes as &#8220;/&#8221; entities, lines wrapped near 76
columns wherever a space falls (inside tags and inside titles), spell-check spans, list markers in
<![if !supportLists]>, conditional comments holding the Office XML."""
import os, textwrap

BUL = ("<![if !supportLists]><span style='font-family:Symbol;mso-fareast-font-family:Symbol;mso-bidi-font-family: "
       "Symbol'><span style='mso-list:Ignore'>\u00b7<span style='font:7.0pt \"Times New Roman\"'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; "
       "</span></span></span><![endif]>")
NUM = ("<![if !supportLists]><span lang=EN-US style='mso-bidi-font-family:Calibri;mso-bidi-theme-font:minor-latin'><span "
       "style='mso-list:Ignore'>{n}.<span style='font:7.0pt \"Times New Roman\"'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; "
       "</span></span></span><![endif]>")


def li(body, pos, lfo=1, level=1, num=None):
    cls = {"first": "MsoListParagraphCxSpFirst", "mid": "MsoListParagraphCxSpMiddle", "last": "MsoListParagraphCxSpLast"}[pos]
    ind = "margin-left:36.0pt;" if level == 1 else "margin-left:72.0pt;"
    mark = NUM.format(n=num) if num else BUL
    return (f"<p class={cls} style='{ind}mso-add-space:auto;text-indent:-18.0pt;mso-list:l{lfo - 1} level{level} lfo{lfo}'>"
            f"{mark}<span lang=EN-US>{body}</span><o:p></o:p></p>")


def p(body, cls="MsoNormal", style=None):
    st = f" style='{style}'" if style else ""
    return f"<p class={cls}{st}><span lang=EN-US>{body}</span><o:p></o:p></p>"


def wrap(html):
    out = []
    for para in html.split("\n"):
        if len(para) <= 76:
            out.append(para); continue
        out.append("\n".join(textwrap.wrap(para, 76, break_long_words=False, break_on_hyphens=False)))
    return "\n".join(out)


HEAD = """<html xmlns:v="urn:schemas-microsoft-com:vml"
xmlns:o="urn:schemas-microsoft-com:office:office"
xmlns:w="urn:schemas-microsoft-com:office:word"
xmlns:m="http://schemas.microsoft.com/office/2004/12/omml"
xmlns="http://www.w3.org/TR/REC-html40">

<head>
<meta http-equiv=Content-Type content="text/html; charset=windows-1252">
<meta name=ProgId content=Word.Document>
<meta name=Generator content="Microsoft Word 15">
<meta name=Originator content="Microsoft Word 15">
<link rel=File-List href="Lab%20meeting%2029%20Jan_files/filelist.xml">
<link rel=Edit-Time-Data href="Lab%20meeting%2029%20Jan_files/editdata.mso">
<!--[if !mso]>
<style>
v\\:* {behavior:url(#default#VML);}
o\\:* {behavior:url(#default#VML);}
w\\:* {behavior:url(#default#VML);}
.shape {behavior:url(#default#VML);}
</style>
<![endif]-->
<title>Vision &amp; Perception Group</title>
<!--[if gte mso 9]><xml>
 <o:DocumentProperties>
  <o:Author>Kowalczyk, Anna</o:Author>
  <o:LastAuthor>Ren\u00e9 Dufour</o:LastAuthor>
  <o:Revision>9</o:Revision>
  <o:TotalTime>118</o:TotalTime>
  <o:Created>2024-01-22T08:47:00Z</o:Created>
  <o:LastSaved>2024-01-28T19:03:00Z</o:LastSaved>
  <o:Pages>2</o:Pages>
  <o:Words>701</o:Words>
  <o:Characters>3996</o:Characters>
  <o:Company>School of Informatics</o:Company>
  <o:Lines>33</o:Lines>
  <o:Paragraphs>9</o:Paragraphs>
  <o:CharactersWithSpaces>4688</o:CharactersWithSpaces>
  <o:Version>16.00</o:Version>
 </o:DocumentProperties>
 <o:OfficeDocumentSettings>
  <o:AllowPNG/>
 </o:OfficeDocumentSettings>
</xml><![endif]-->
<link rel=themeData href="Lab%20meeting%2029%20Jan_files/themedata.thmx">
<link rel=colorSchemeMapping
href="Lab%20meeting%2029%20Jan_files/colorschememapping.xml">
<!--[if gte mso 9]><xml>
 <w:WordDocument>
  <w:SpellingState>Clean</w:SpellingState>
  <w:GrammarState>Clean</w:GrammarState>
  <w:TrackMoves>false</w:TrackMoves>
  <w:TrackFormatting/>
  <w:PunctuationKerning/>
  <w:ValidateAgainstSchemas/>
  <w:SaveIfXMLInvalid>false</w:SaveIfXMLInvalid>
  <w:IgnoreMixedContent>false</w:IgnoreMixedContent>
  <w:AlwaysShowPlaceholderText>false</w:AlwaysShowPlaceholderText>
  <w:DoNotPromoteQF/>
  <w:LidThemeOther>EN-GB</w:LidThemeOther>
  <w:LidThemeAsian>X-NONE</w:LidThemeAsian>
  <w:LidThemeComplexScript>X-NONE</w:LidThemeComplexScript>
  <w:Compatibility>
   <w:BreakWrappedTables/>
   <w:SnapToGridInCell/>
   <w:WrapTextWithPunct/>
   <w:UseAsianBreakRules/>
   <w:DontGrowAutofit/>
   <w:SplitPgBreakAndParaMark/>
   <w:EnableOpenTypeKerning/>
   <w:DontFlipMirrorIndents/>
   <w:OverrideTableStyleHps/>
  </w:Compatibility>
  <m:mathPr>
   <m:mathFont m:val="Cambria Math"/>
   <m:brkBin m:val="before"/>
   <m:brkBinSub m:val="&#45;-"/>
   <m:smallFrac m:val="off"/>
   <m:dispDef/>
   <m:lMargin m:val="0"/>
   <m:rMargin m:val="0"/>
   <m:defJc m:val="centerGroup"/>
   <m:wrapIndent m:val="1440"/>
   <m:intLim m:val="subSup"/>
   <m:naryLim m:val="undOvr"/>
  </m:mathPr></w:WordDocument>
</xml><![endif]--><!--[if gte mso 9]><xml>
 <w:LatentStyles DefLockedState="false" DefUnhideWhenUsed="false"
  DefSemiHidden="false" DefQFormat="false" DefPriority="99"
  LatentStyleCount="376">
  <w:LsdException Locked="false" Priority="0" QFormat="true" Name="Normal"/>
  <w:LsdException Locked="false" Priority="9" QFormat="true" Name="heading 1"/>
  <w:LsdException Locked="false" Priority="9" SemiHidden="true"
   UnhideWhenUsed="true" QFormat="true" Name="heading 2"/>
  <w:LsdException Locked="false" Priority="10" QFormat="true" Name="Title"/>
  <w:LsdException Locked="false" Priority="34" QFormat="true"
   Name="List Paragraph"/>
  <w:LsdException Locked="false" Priority="39" Name="Table Grid"/>
  <w:LsdException Locked="false" SemiHidden="true" UnhideWhenUsed="true"
   Name="Hyperlink"/>
 </w:LatentStyles>
</xml><![endif]-->
<style>
<!--
 /* Font Definitions */
 @font-face
	{font-family:Symbol;
	panose-1:5 5 1 2 1 7 6 2 5 7;
	mso-font-charset:2;
	mso-generic-font-family:decorative;
	mso-font-pitch:variable;
	mso-font-signature:0 268435456 0 0 -2147483648 0;}
@font-face
	{font-family:"Cambria Math";
	panose-1:2 4 5 3 5 4 6 3 2 4;
	mso-font-charset:0;
	mso-generic-font-family:roman;
	mso-font-pitch:variable;
	mso-font-signature:-536869121 1107305727 33554432 0 415 0;}
@font-face
	{font-family:Calibri;
	panose-1:2 15 5 2 2 2 4 3 2 4;
	mso-font-charset:0;
	mso-generic-font-family:swiss;
	mso-font-pitch:variable;
	mso-font-signature:-469750017 -1040178053 9 0 511 0;}
 /* Style Definitions */
 p.MsoNormal, li.MsoNormal, div.MsoNormal
	{mso-style-unhide:no;
	mso-style-qformat:yes;
	mso-style-parent:"";
	margin:0cm;
	mso-pagination:widow-orphan;
	font-size:11.0pt;
	font-family:"Calibri",sans-serif;
	mso-ascii-font-family:Calibri;
	mso-ascii-theme-font:minor-latin;
	mso-fareast-language:EN-US;}
h1
	{mso-style-priority:9;
	mso-style-qformat:yes;
	mso-style-link:"Heading 1 Char";
	margin-top:12.0pt;
	margin-right:0cm;
	margin-bottom:0cm;
	margin-left:0cm;
	font-size:16.0pt;
	font-family:"Calibri Light",sans-serif;
	color:#2F5496;
	mso-font-kerning:0pt;
	font-weight:normal;}
p.MsoTitle, li.MsoTitle, div.MsoTitle
	{mso-style-priority:10;
	mso-style-qformat:yes;
	margin:0cm;
	font-size:28.0pt;
	font-family:"Calibri Light",sans-serif;
	letter-spacing:-.5pt;
	mso-font-kerning:14.0pt;}
a:link, span.MsoHyperlink
	{mso-style-priority:99;
	color:#0563C1;
	mso-themecolor:hyperlink;
	text-decoration:underline;
	text-underline:single;}
p.MsoListParagraphCxSpFirst, li.MsoListParagraphCxSpFirst, div.MsoListParagraphCxSpFirst
	{mso-style-priority:34;
	mso-style-qformat:yes;
	mso-style-type:export-only;
	margin-top:0cm;
	margin-right:0cm;
	margin-bottom:0cm;
	margin-left:36.0pt;
	mso-add-space:auto;
	font-size:11.0pt;
	font-family:"Calibri",sans-serif;}
span.SpellE
	{mso-style-name:"";
	mso-spl-e:yes;}
span.GramE
	{mso-style-name:"";
	mso-gram-e:yes;}
@page WordSection1
	{size:595.3pt 841.9pt;
	margin:72.0pt 72.0pt 72.0pt 72.0pt;
	mso-header-margin:35.4pt;
	mso-footer-margin:35.4pt;
	mso-paper-source:0;}
div.WordSection1
	{page:WordSection1;}
 /* List Definitions */
 @list l0
	{mso-list-id:1173685410;
	mso-list-type:hybrid;
	mso-list-template-ids:-1447405104 134807553 134807555 134807557 134807553 134807555 134807557 134807553 134807555 134807557;}
@list l0:level1
	{mso-level-number-format:bullet;
	mso-level-text:\\F0B7;
	mso-level-tab-stop:none;
	mso-level-number-position:left;
	text-indent:-18.0pt;
	font-family:Symbol;}
@list l1
	{mso-list-id:602346751;
	mso-list-type:hybrid;
	mso-list-template-ids:-922159400 134807567 134807577 134807579 134807567 134807577 134807579 134807567 134807577 134807579;}
@list l1:level1
	{mso-level-tab-stop:none;
	mso-level-number-position:left;
	text-indent:-18.0pt;}
-->
</style>
<!--[if gte mso 10]>
<style>
 /* Style Definitions */
 table.MsoNormalTable
	{mso-style-name:"Table Normal";
	mso-tstyle-rowband-size:0;
	mso-tstyle-colband-size:0;
	mso-style-noshow:yes;
	mso-style-priority:99;
	mso-style-parent:"";
	mso-padding-alt:0cm 5.4pt 0cm 5.4pt;
	mso-para-margin:0cm;
	font-size:11.0pt;
	font-family:"Calibri",sans-serif;}
table.MsoTableGrid
	{mso-style-name:"Table Grid";
	mso-tstyle-rowband-size:0;
	mso-tstyle-colband-size:0;
	mso-style-priority:39;
	mso-style-unhide:no;
	border:solid windowtext 1.0pt;
	mso-border-alt:solid windowtext .5pt;
	mso-padding-alt:0cm 5.4pt 0cm 5.4pt;}
</style>
<![endif]--><!--[if gte mso 9]><xml>
 <o:shapedefaults v:ext="edit" spidmax="1026"/>
</xml><![endif]--><!--[if gte mso 9]><xml>
 <o:shapelayout v:ext="edit">
  <o:idmap v:ext="edit" data="1"/>
 </o:shapelayout></xml><![endif]-->
</head>

<body lang=EN-GB link="#0563C1" vlink="#954F72" style='tab-interval:36.0pt;
word-wrap:break-word'>

<div class=WordSection1>
"""

body = []
A = body.append
A(p("Vision &amp; Perception Group \u2013 Lab Meeting", "MsoTitle"))
A(p("<b>Monday 29 January 2024, 10:00\u201312:00, Informatics Forum room G.07 + Teams</b>"))
A(p("<i>Chair: Anna Kowalczyk &nbsp;|&nbsp; Minutes: Karim Haddad</i>"))
A(p("<o:p>&nbsp;</o:p>"))
A("<h1><span lang=EN-US>1. Announcements<o:p></o:p></span></h1>")
A(li("CVPR camera-ready is due <b>8 April</b>. Please send Ren\u00e9 your final PDFs 48h before so he can run the format check.", "first"))
A(li("The GPU cluster (<span class=SpellE>gpu</span>-node 04\u201307) is down for maintenance on 6 Feb. Jobs queued before Friday will be held, not killed.", "mid"))
A(li("Reminder: the group&#8217;s shared <span class=SpellE>Zotero</span> library is the place for papers, not the Teams chat!", "last"))
A(p("<o:p>&nbsp;</o:p>"))
A("<h1><span lang=EN-US>2. Paper presentations<o:p></o:p></span></h1>")
A("""<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0
 style='border-collapse:collapse;border:none;mso-border-alt:solid windowtext .5pt;
 mso-yfti-tbllook:1184;mso-padding-alt:0cm 5.4pt 0cm 5.4pt'>
 <tr style='mso-yfti-irow:0;mso-yfti-firstrow:yes'>
  <td width=113 valign=top style='width:3.0cm;border:solid windowtext 1.0pt;
  mso-border-alt:solid windowtext .5pt;padding:0cm 5.4pt 0cm 5.4pt'>
  <p class=MsoNormal><b><span lang=EN-US>Presenter<o:p></o:p></span></b></p>
  </td>
  <td width=488 valign=top style='width:12.9cm;border:solid windowtext 1.0pt;
  border-left:none;mso-border-left-alt:solid windowtext .5pt;mso-border-alt:
  solid windowtext .5pt;padding:0cm 5.4pt 0cm 5.4pt'>
  <p class=MsoNormal><b><span lang=EN-US>Paper<o:p></o:p></span></b></p>
  </td>
 </tr>
 <tr style='mso-yfti-irow:1'>
  <td width=113 valign=top style='width:3.0cm;border:solid windowtext 1.0pt;
  border-top:none;mso-border-top-alt:solid windowtext .5pt;mso-border-alt:solid windowtext .5pt;
  padding:0cm 5.4pt 0cm 5.4pt'>
  <p class=MsoNormal><span lang=EN-US>Sebastian <span class=SpellE>Voigt</span><o:p></o:p></span></p>
  </td>
  <td width=488 valign=top style='width:12.9cm;border-top:none;border-left:
  none;border-bottom:solid windowtext 1.0pt;border-right:solid windowtext 1.0pt;
  mso-border-top-alt:solid windowtext .5pt;mso-border-left-alt:solid windowtext .5pt;
  mso-border-alt:solid windowtext .5pt;padding:0cm 5.4pt 0cm 5.4pt'>
  <p class=MsoNormal><span lang=EN-US><a href="https://arxiv.org/abs/2106.04560">Scaling Vision Transformers</a> (Zhai, Kolesnikov, <span class=SpellE>Houlsby</span>, Beyer) &#8211; focus on the data/compute scaling plots, not the ViT-G numbers<o:p></o:p></span></p>
  </td>
 </tr>
 <tr style='mso-yfti-irow:2;mso-yfti-lastrow:yes'>
  <td width=113 valign=top style='width:3.0cm;border:solid windowtext 1.0pt;
  border-top:none;mso-border-top-alt:solid windowtext .5pt;mso-border-alt:solid windowtext .5pt;
  padding:0cm 5.4pt 0cm 5.4pt'>
  <p class=MsoNormal><span lang=EN-US>Mei Lin Tan<o:p></o:p></span></p>
  </td>
  <td width=488 valign=top style='width:12.9cm;border-top:none;border-left:
  none;border-bottom:solid windowtext 1.0pt;border-right:solid windowtext 1.0pt;
  mso-border-top-alt:solid windowtext .5pt;mso-border-left-alt:solid windowtext .5pt;
  mso-border-alt:solid windowtext .5pt;padding:0cm 5.4pt 0cm 5.4pt'>
  <p class=MsoNormal><span class=GramE><span lang=EN-US>&#8220;Deformable</span></span><span lang=EN-US> DETR: Deformable Transformers for End-to-End Object Detection&#8221; (ICLR 2021) &#8211; with a short demo of our fork on the drone dataset<o:p></o:p></span></p>
  </td>
 </tr>
</table>""")
A(p("<o:p>&nbsp;</o:p>"))
A("<h1><span lang=EN-US>3. Reading list for new students (updated)<o:p></o:p></span></h1>")
A(p("Karim and I went through last year&#8217;s list and cut it down. Everyone joining this term should read the <b>Foundations</b> block before their first presentation. Links go to arXiv where there is a version there."))
A(p("<o:p>&nbsp;</o:p>"))
A(p("<b>Foundations</b>"))
A(li("Krizhevsky, <span class=SpellE>Sutskever</span> &amp; Hinton (2012). &#8220;ImageNet Classification with Deep Convolutional Neural Networks&#8221;. NIPS. (AlexNet \u2013 read it for the history, skim the GPU details)", "first", lfo=2, num=1))
A(li("He et al. (2016). <a href=\"https://arxiv.org/abs/1512.03385\">Deep Residual Learning for Image Recognition</a>. CVPR.", "mid", lfo=2, num=2))
A(li("He et al. (2015). &#8220;Delving Deep into Rectifiers: Surpassing Human-Level Performance on ImageNet Classification&#8221;. ICCV. (this is where the &#8220;He init&#8221; comes from)", "last", lfo=2, num=3))
A(p("<o:p>&nbsp;</o:p>"))
A(p("<b>Backbones</b>"))
A(li("Tan &amp; Le (2021). <a href=\"https://arxiv.org/pdf/2104.00298.pdf\"><span style='mso-bidi-font-family:Calibri'>EfficientNetV2: Smaller Models and Faster Training</span></a>. ICML.", "first"))
A(li("Zhang et al. (2022). <span class=SpellE>ResNeSt</span>: Split-Attention Networks. CVPR Workshops. arXiv:2004.08955", "mid"))
A(li("Bao et al. (2022). <span class=SpellE>BEiT</span>: BERT Pre-Training of Image Transformers. ICLR.", "mid"))
A(li("Szeliski, <i>Computer Vision: Algorithms and Applications</i>, 2nd ed. (book, free PDF on the author&#8217;s site) \u2013 chapters 5 and 6 only", "last"))
A(p("<o:p>&nbsp;</o:p>"))
A(p("<b>Detection &amp; segmentation</b>"))
A(li("<a href=\"https://openaccess.thecvf.com/content/CVPR2021/html/Ghiasi_Simple_Copy-Paste_Is_a_Strong_Data_Augmentation_Method_for_Instance_CVPR_2021_paper.html\">Simple Copy-Paste is a Strong Data Augmentation Method for Instance Segmentation</a> (Ghiasi et al., CVPR 2021)", "first"))
A(li("Kirillov et al. (2023). <a href=\"https://segment-anything.com/\">Segment Anything</a>. ICCV. (the project page has the demo + SA-1B download)", "mid"))
A(li("See Mei Lin&#8217;s talk above for Deformable DETR", "last"))
A(p("<o:p>&nbsp;</o:p>"))
A("<h1><span lang=EN-US>4. AOB<o:p></o:p></span></h1>")
A(li("<span class=SpellE>Karim</span>: invited talk by Dr. Ines <span class=SpellE>Moreau</span> on 12 Feb, &#8220;Open-vocabulary detection in the wild: lessons from three deployments&#8221; (14:00, G.03). Please come!", "first"))
A(li("Next lab meeting: 12 February. Presenters: Ren\u00e9 (3D) and Olu (video).", "last"))
A(p("<o:p>&nbsp;</o:p>"))
A(p("<span style='font-size:9.0pt;color:#7F7F7F'>Last edited by Ren\u00e9 Dufour, 28/01/2024</span>"))

TAIL = """
</div>

</body>

</html>
"""

html = HEAD + wrap("\n\n".join(body)) + TAIL
html = html.replace("\n", "\r\n")
root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
with open(os.path.join(root, "digests", "98_word_lab_meeting_agenda.htm"), "wb") as fh:
    fh.write(html.encode("cp1252"))
