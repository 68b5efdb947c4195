#!/usr/bin/env python3
"""267: an Outlook reply chain saved as .eml (File › Save As), Amharic. Three people, four messages; the newest is
top-posted and the older ones follow Outlook's "From: / Sent: / To: / Subject:" blocks; one older message came from
Gmail and keeps its "On … wrote:" line and "> " quoting. multipart/alternative: text/plain and text/html, both UTF-8
quoted-printable, CRLF. In the plain part Outlook writes a hyperlink as "text<url>"."""
import base64, html, os, sys
from email import quoprimime
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write

SEL = "Selamawit Tesfaye <selamawit.tesfaye@example.edu.et>"
YON = "Yonas Bekele <yonas.bekele@example.edu.et>"
HAN = "Hana Girma <hana.girma.nlp@example.com>"
H = lambda s: "=?utf-8?B?" + base64.b64encode(s.encode()).decode() + "?="

# message blocks, newest first: (header lines or None, list of paragraphs); a paragraph may hold (text, url) links
msgs = [
    (None, [
        "ሰላም ዮናስ እና ሃና፣",
        "ዝርዝሩን አስተካክዬዋለሁ። ለሐሙስ ሴሚናር የመጀመሪያዎቹ ሶስት ጽሑፎች ግዴታ ናቸው፣ የተቀሩት ለፕሮጀክት ሃሳብ ብቻ ናቸው፦",
        ["1. ", ("Neural Machine Translation by Jointly Learning to Align and Translate", "https://arxiv.org/abs/1409.0473"), " — attention የተጀመረበት ጽሑፍ"],
        f"2. {T('1409.3215')} (arXiv:1409.3215) — ከ1 ጋር አብሮ ይነበብ",
        ["3. ", (T("1802.05365"), "https://arxiv.org/pdf/1802.05365v2"), " (ELMo)"],
        f"4. ለቋንቋ ሞዴሎች ታሪክ፦ “{T('Improving Language Understanding by Generative Pre-Training')}” (OpenAI, 2018) — የPDF አገናኝ የለኝም፣ ሃና ካላት ትላክልን።",
        ["5. ", ("Exploring the Limits of Transfer Learning with a Unified Text-to-Text Transformer", "https://arxiv.org/abs/1910.10683"), " — T5፣ ለአማርኛ mT5ም አለ"],
        "ዮናስ ያነሳውን BERT ጉዳይ በሚቀጥለው ሳምንት እናየዋለን። ስለ mBERT ብቻ ሳይሆን ስለ XLM-R ጽሑፍም እናውራ።",
        "ክፍል 214 (ምህንድስና ሕንፃ)፣ ሐሙስ 8:30። Zoom ለሚፈልጉ፦ Meeting ID 842 1573 0042, Passcode 605118.",
        "መልካም ቀን፣",
        "ሰላማዊት",
        "--",
        "Dr. Selamawit Tesfaye",
        "Assistant Professor, School of Information Science",
        "Addis Ababa University | Tel. +251 11 123 9047 ext. 4471",
    ]),
    ([f"From: {SEL.replace(' <', ' <')}", "Sent: Wednesday, March 13, 2024 6:02 PM", f"To: {YON}; {HAN}",
      "Subject: RE: የሐሙስ ሴሚናር የንባብ ዝርዝር (Amharic NLP)"], [
        "አመሰግናለሁ ሃና። ሁለቱን የቃላት ውክልና ጽሑፎች ወደ ዝርዝሩ እጨምራለሁ፤ ግን ለሐሙስ አይደለም።",
        "ሰላማዊት",
    ]),
    ([f"From: {HAN}", "Sent: Wednesday, March 13, 2024 4:47 PM", f"To: {SEL}; {YON}",
      "Subject: Re: የሐሙስ ሴሚናር የንባብ ዝርዝር (Amharic NLP)"], [
        "ሰላም ዶ/ር ሰላማዊት፣",
        f"ከቃላት ውክልና ጀምረን ብንሄድ ጥሩ ይመስለኛል፦ {T('1301.3781')} (Mikolov et al.) እና {T('GloVe: Global Vectors for Word Representation')} (EMNLP 2014)። ፋስትቴክስት (fastText) ለአማርኛ ሞርፎሎጂ ይሻላል ግን ጽሑፉን አላነበብኩትም።",
        f"እንዲሁም ለfine-tuning፦ {T('1801.06146')} — ULMFiT አነስተኛ ዳታ ላላቸው ቋንቋዎች ይጠቅማል።",
        ["ለብዙ ቋንቋዎች፦ ", ("Unsupervised Cross-lingual Representation Learning at Scale", "https://arxiv.org/abs/1911.02116"), " (XLM-R፣ አማርኛን ያካትታል)።"],
        ["Masakhane ማህበረሰብ የአማርኛ ዳታ አለው፦ ", ("https://github.com/masakhane-io", "https://github.com/masakhane-io"), " ፣ የJay Alammar ብሎግ “The Illustrated Transformer” ደግሞ ለመግቢያ ጥሩ ነው።"],
        "ሃና",
        "",
        "On Wed, Mar 13, 2024 at 2:15 PM Yonas Bekele <yonas.bekele@example.edu.et> wrote:",
        "> ሰላም ሁላችሁም፣",
        ">",
        "> ለሐሙስ ሴሚናር የፕሪትሬኒንግ ጽሑፎችን ሀሳብ አቀርባለሁ፦",
        f"> - {T('1907.11692')} (arXiv 1907.11692)",
        f"> - {T('1910.13461')}, arXiv:1910.13461",
        f"> - {T('2003.10555')} (ICLR 2020)",
        f"> - {T('1906.08237')}",
        ">",
        "> BERT ራሱ ሁሉም ሰው ያውቀዋል ብዬ ስላሰብኩ አልጨመርኩትም። የHugging Face ኮርስም (huggingface.co/learn/nlp-course) አለ።",
        "> በተጨማሪ የአማርኛ Wikipedia dump (amwiki-20240301) ለሙከራ እንጠቀም?",
        ">",
        "> ዮናስ",
    ]),
]


def plain_para(p):
    return p if isinstance(p, str) else "".join(x if isinstance(x, str) else f"{x[0]}<{x[1]}>" for x in p)


def html_para(p):
    if isinstance(p, str):
        return html.escape(p, quote=False) if p else "&nbsp;"
    return "".join(html.escape(x, quote=False) if isinstance(x, str) else f'<a href="{x[1]}">{html.escape(x[0], quote=False)}</a>' for x in p)


plain, htm = [], []
SEP = "________________________________"
for hdr, paras in msgs:
    if hdr:
        plain += ["", SEP] + hdr + [""]
        htm.append('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0in 0in 0in">')
        htm.append('<p class="MsoNormal">' + "<br>\n".join(f"<b>{h.split(': ', 1)[0]}:</b> " + html.escape(h.split(": ", 1)[1], quote=False) for h in hdr) + "</p></div>")
    quoting = False
    for p in paras:
        plain.append(plain_para(p))
        if isinstance(p, str) and p.startswith(">") and not quoting:
            htm.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">'); quoting = True
        if quoting:
            htm.append('<p class="MsoNormal">' + html_para(p.lstrip("> ") if isinstance(p, str) else p) + "</p>")
        else:
            htm.append('<p class="MsoNormal">' + html_para(p) + "</p>")
    if quoting:
        htm.append("</blockquote>")
plain_s = "\r\n".join(plain) + "\r\n"
html_s = ('<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word">\r\n'
          '<head>\r\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\r\n'
          '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\r\n'
          '<style><!--p.MsoNormal {margin:0in; font-size:11.0pt; font-family:"Nyala",serif;}--></style>\r\n</head>\r\n'
          '<body lang="EN-US" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\r\n<div class="WordSection1">\r\n'
          + "\r\n".join(htm) + "\r\n</div>\r\n</body>\r\n</html>\r\n")
qp = lambda s: quoprimime.body_encode(s, maxlinelen=76, eol="\r\n")
B = "_000_DM6PR04MB6217A3C5E2F1B9D0C4E8A1F2DM6PR04MB6217namp_"
MID = ["<CAF3kq+Wd9x2Lm8sQ0e1bJrT5YzKp7uN4vHcAa@mail.gmail.com>",
       "<CAJ8mPx1Vb7e5nTq3yL0aD2wGzR6kS9fUh4oEc@mail.gmail.com>",
       "<DM6PR04MB62179B41C7D2E5A8F03B6C11DM6PR04MB6217@DM6PR04MB6217.namprd04.prod.outlook.com>"]
head = [
    "Received: from DM6PR04MB6217.namprd04.prod.outlook.com ([fe80::5d1:c3a9:7e2b:4410]) by",
    " DM6PR04MB6217.namprd04.prod.outlook.com ([fe80::5d1:c3a9:7e2b:4410%6]) with",
    " mapi id 15.20.7386.017; Thu, 14 Mar 2024 06:41:22 +0000",
    f"From: {H('ሰላማዊት ተስፋዬ')} <selamawit.tesfaye@example.edu.et>",
    f"To: Yonas Bekele <yonas.bekele@example.edu.et>, Hana Girma",
    "\t<hana.girma.nlp@example.com>",
    f"Subject: {H('RE: የሐሙስ ሴሚናር የንባብ ዝርዝር (Amharic NLP)')}",
    f"Thread-Topic: {H('የሐሙስ ሴሚናር የንባብ ዝርዝር (Amharic NLP)')}",
    "Thread-Index: AQHadU8c3qFh2b0WlUG7mRZ3x5ZkULE2BvDAgAASo4CAAQ5nkA==",
    "Date: Thu, 14 Mar 2024 06:41:22 +0000",
    "Message-ID: <DM6PR04MB6217A3C5E2F1B9D0C4E8A1F2DM6PR04MB6217@DM6PR04MB6217.namprd04.prod.outlook.com>",
    f"References: {MID[0]}",
    f" {MID[1]}",
    f" {MID[2]}",
    f"In-Reply-To: {MID[2]}",
    "Accept-Language: en-US, am-ET",
    "Content-Language: en-US",
    "X-MS-Has-Attach:",
    "X-MS-TNEF-Correlator:",
    f'Content-Type: multipart/alternative;\r\n\tboundary="{B}"',
    "MIME-Version: 1.0",
]
out = "\r\n".join(head) + "\r\n\r\n"
for ctype, body in (("text/plain", plain_s), ("text/html", html_s)):
    out += f"--{B}\r\nContent-Type: {ctype}; charset=\"utf-8\"\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n{qp(body)}\r\n\r\n"
out += f"--{B}--\r\n"
write("267_outlook_reply_chain_eml_amharic_nlp_seminar_reading_list.eml", out)
