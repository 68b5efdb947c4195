#!/usr/bin/env python3
"""2104: the web version of a Mailchimp campaign (the «campaign archive» page: us-host archive URL, «View this email in
your browser», table-based template with mcnTextBlock / mcnButton classes, «*|UNSUB|*»-style footer already merged,
«Copyright © 2026 …», «Want to change how you receive these emails?») of an invented newsletter of a group at
Aberystwyth University: Welsh and English side by side. The group, people and texts are invented. Computed:
html.escape of every text, the title = the preheader's issue line, the list address line."""
import html, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import by_num, keys
F = by_num(2104)
e = html.escape
ISSUE = "Cylchlythyr Golwg Peiriant / Machine Vision Newsletter — Rhifyn 9"
BLOCKS = [
 ("Papurau'r mis / Papers of the month", [
  f'<a href="https://arxiv.org/abs/2111.06377" target="_blank">{e(T("2111.06377"))}</a> — the MAE paper. Darllenwch adran 4 / read section 4.',
  f'{e(T("2103.14030"))}: <a href="https://arxiv.org/pdf/2103.14030v2.pdf" target="_blank">https://arxiv.org/pdf/2103.14030v2.pdf</a>',
  f'The classic: <a href="http://arxiv.org/abs/2010.11929" target="_blank" style="color:#007C89">{e(T("2010.11929"))}</a> (ICLR 2021).',
  f'And the convnet answer, {e(T("2201.03545"))} (<a href="https://arxiv.org/abs/2201.03545v2" target="_blank">arXiv</a>).',
 ]),
 ("O'r grŵp darllen / From the reading group", [
  f'Last week Gwenllian compared {e(T("2106.04560"))} (arXiv:2106.04560) with our own small models on the Ceredigion coast photos.',
  f'Rhodri argued, as {e(T("2012.07177"))} showed, that copy-paste augmentation is the cheapest win for our seal-pup counts; '
  'Sioned was not convinced.',
  f'For the matching project, Dafydd recommends {e(T("2103.14167"))} (Jiang et al., ICCV 2021) — '
  'ei hoff bapur eleni / his favourite paper this year.',
  f'Worth a look if you like theory: {e(T("2010.08515"))}',
 ]),
 ("Adnoddau / Resources (not papers)", [
  '<a href="https://github.com/huggingface/pytorch-image-models" target="_blank">timm</a> — library; '
  '<a href="https://pytorch.org/vision/stable/" target="_blank">torchvision docs</a>; '
  'Szeliski, <em>Computer Vision: Algorithms and Applications</em> (book, 2nd ed.); '
  'seminar recording: «Gweledigaeth peiriant yng Nghymru» by Dr Elin Morgan (video, 48 min).',
 ]),
]
body = []
for h, ps in BLOCKS:
    body.append(f'<tr><td valign="top" class="mcnTextBlockInner" style="padding:9px 18px;">\n<h2>{e(h)}</h2>')
    body += [f"<p>{p}</p>" for p in ps]
    body.append("</td></tr>")
out = ["<!doctype html>", '<html xmlns="http://www.w3.org/1999/xhtml" xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">',
       "<head>", '<meta charset="UTF-8">', '<meta http-equiv="X-UA-Compatible" content="IE=edge">',
       '<meta name="viewport" content="width=device-width, initial-scale=1">', f"<title>{e(ISSUE)}</title>",
       '<meta property="og:url" content="https://us14.campaign-archive.com/?u=5d1e0c7a9f&amp;id=b41c27e0aa">',
       "</head>", "<body>", "<center>",
       '<span class="mcnPreviewText" style="display:none !important;">' + e(ISSUE) + "</span>",
       '<table align="center" border="0" cellpadding="0" cellspacing="0" height="100%" width="100%" id="bodyTable">',
       '<tr><td valign="top" id="templatePreheader"><a href="https://us14.campaign-archive.com/?u=5d1e0c7a9f&amp;id=b41c27e0aa" target="_blank">View this email in your browser</a></td></tr>',
       f'<tr><td valign="top" id="templateHeader"><h1>{e(ISSUE)}</h1><p>Chwefror / February 2026 · Adran Cyfrifiadureg, Prifysgol Aberystwyth</p></td></tr>',
       *body,
       '<tr><td class="mcnButtonContent"><a class="mcnButton" title="Ymuno / Join" href="https://golwg.example.ac.uk/ymuno" target="_blank">Ymuno / Join the group</a></td></tr>',
       '<tr><td valign="top" id="templateFooter">',
       "<em>Copyright © 2026 Grŵp Golwg Peiriant, All rights reserved.</em><br>",
       "You are receiving this email because you joined the Golwg reading list.<br><br>",
       "<strong>Our mailing address is:</strong><br>Grŵp Golwg Peiriant · Llandinam Building · Penglais · Aberystwyth SY23 3DB · United Kingdom<br><br>",
       'Want to change how you receive these emails?<br>You can <a href="https://golwg.us14.list-manage.com/profile?u=5d1e0c7a9f&amp;id=71ac90e2d3">update your preferences</a> or <a href="https://golwg.us14.list-manage.com/unsubscribe?u=5d1e0c7a9f&amp;id=71ac90e2d3">unsubscribe from this list</a>.',
       "</td></tr>", "</table>", "</center>", "</body>", "</html>"]
text = "\n".join(out) + "\n"
write_only(F, text, keys(F), forms=[html.unescape(text)])
