#!/usr/bin/env python3
"""639: SquirrelMail 1.4's printer-friendly view (src/printer_friendly_bottom.php) saved from the browser: the HTML 4.01
Transitional page titled "SquirrelMail", the header table (Finnish labels Aihe / Lähettäjä / Päiväys / Vastaanottaja /
Kopio), a rule, then the text/plain body as SquirrelMail renders it: HTML-escaped, lines ended by <br />, runs of
spaces as &nbsp;, URLs made clickable (<a href=... target="_blank">). The message is a Finnish forward of a trimmed
arXiv cs.CL daily listing (four replacements) with the forwarder's note."""
import html, os, re, sys, textwrap
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, au, CAT, write_only
from make_expected import F639, keys

SEP = "-" * 78


def wrap_field(label, value):
    lines = textwrap.wrap(f"{label}: {value}", width=79, subsequent_indent="  ", break_on_hyphens=False)
    return "\n".join(lines)


def repl(aid, date, kb, cats, comments=None):
    a = CAT[aid]["authors"]
    out = [SEP, "\\\\", f"arXiv:{aid}", f"replaced with revised version {date}   ({kb}kb)", "",
           wrap_field("Title", T(aid)), wrap_field("Authors", ", ".join(a[:-1]) + " and " + a[-1] if len(a) > 1 else a[0]),
           f"Categories: {cats}"]
    if comments:
        out.append(wrap_field("Comments", comments))
    out.append(f"\\\\ ( https://arxiv.org/abs/{aid} ,  {kb}kb)")
    return "\n".join(out)


listing = "\n".join([
 "------------------------------------------------------------------------------",
 "------------------------------------------------------------------------------",
 "Send any comments regarding submissions directly to submitter.",
 "------------------------------------------------------------------------------",
 "Archives at http://arxiv.org/",
 "To unsubscribe, e-mail To: cs@arXiv.org, Subject: cancel",
 "------------------------------------------------------------------------------",
 " Submissions to:",
 "Computation and Language",
 " received from  Wed 24 Jan 24 19:00:00 GMT  to  Thu 25 Jan 24 19:00:00 GMT",
 "------------------------------------------------------------------------------",
 "[... 61 uutta lähetystä ja 19 ristiinlistausta poistettu välittäjän toimesta ...]",
 "%%--%%--%%--%%--%%--%%--%%--%%--%%--%%--%%--%%--%%--%%--%%--%%--%%--%%--%%--%%--%%",
 repl("1301.3781", "Thu, 25 Jan 2024 10:12:44 GMT", 219, "cs.CL",
      "12 pages, 2 figures; updated references"),
 repl("1910.10683", "Thu, 25 Jan 2024 13:40:02 GMT", 1214, "cs.LG cs.CL stat.ML",
      "Final version as published in JMLR"),
 repl("1910.13461", "Thu, 25 Jan 2024 16:05:31 GMT", 563, "cs.CL cs.LG stat.ML"),
 repl("2010.06040", "Thu, 25 Jan 2024 17:48:19 GMT", 745, "cs.CL cs.LG"),
 "%%--%%--%%--%%--%%--%%--%%--%%--%%--%%--%%--%%--%%--%%--%%--%%--%%--%%--%%--%%--%%",
 "[... 22 muuta korvausta poistettu ...]",
 "------------------------------------------------------------------------------",
 "For subscribe options to combined physics and cs lists, visit:",
 "  https://arxiv.org/help/subscribe",
 "------------------------------------------------------------------------------",
])

note = f"""Hei kaikki,

tässä eilisen cs.CL-listauksen kiinnostavimmat palat lukupiiriä varten. Poistin
uudet lähetykset (niitä oli taas yli 60), jäljelle jäi neljä korvausta, jotka
osuvat suoraan kevään teemaan "esikoulutus ja siirtovaikutus". Ehdotan, että
käymme ne läpi järjestyksessä vanhimmasta uusimpaan:

  1) word2vec-paperi (listauksessa ensimmäisenä)
  2) T5 -- pitkä, lukekaa ainakin luvut 2 ja 3
  3) BART
  4) "Fully-Explored" MLM -- tästä on myös ICLR-katselmointikeskustelu
     OpenReviewissä, mutta linkki on listauksessa arXiviin

Taustaksi kannattaa vilkaista myös kolmea vanhempaa paperia, joita ei ole
listauksessa (PDF:t ovat ryhmän jaetussa kansiossa, en laita linkkejä):

  - "{T('1802.05365')}" ({au('1802.05365', 2)}, NAACL 2018)
  - "{T('1508.07909')}"
    ({au('1508.07909', 3, '')}, ACL 2016)
  - "{T('2012.08561')}"
    ({au('2012.08561', 4, '')}, EMNLP 2020)

Ja jos aikaa jää, Kalle ehdotti vielä paperia "{T('2006.03236')}" (arXiv 2006.03236),
koska se liittyy tehokkaaseen esikoulutukseen.

Tapaaminen torstaina 1.2. klo 14.15, sali B213. Kahvit tuo Aino.

Muistutuksena: Hugging Facen kurssi (huggingface.co/learn/nlp-course) ja
Jay Alammarin blogikirjoitus "The Illustrated Transformer" ovat hyviä
johdantoja uusille jäsenille -- ne eivät ole artikkeleita, joten niitä ei
tarvitse lisätä lukulistaan.

t. Juho

-- 
Juho Hirvikallio
Kieliteknologian tutkimusryhmä, Pohjanlahden yliopisto
juho.hirvikallio@example.fi

---------------------------- Alkuperäinen viesti -----------------------------
Aihe:    cs daily Subj-class mailing 300001 45
Lähettäjä: "send mail ONLY to cs" <no-reply@arxiv.example>
Päiväys: To 25.1.2024 21:04
Vastaanottaja: "cs daily title/abstract distribution" <rabble@arxiv.example>
--------------------------------------------------------------------------

{listing}
"""

URL = re.compile(r"(https?://[^\s<>\"]+)")
def render(body):
    out = []
    for line in body.split("\n"):
        esc = html.escape(line, quote=True)
        esc = URL.sub(lambda m: f'<a href="{m.group(1)}" target="_blank">{m.group(1)}</a>', esc)
        esc = re.sub(r"(?<= ) ", "&nbsp;", esc)
        esc = re.sub(r"^ ", "&nbsp;", esc)
        out.append(esc + "<br />")
    return "\n".join(out)


def hrow(label, value):
    return f'<tr><td valign="top" width="5%" nowrap><b>{label}</b>&nbsp;</td><td valign="top">{value}</td></tr>\n'


page = ('<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">\n\n<html>\n<head>\n'
        '<meta name="robots" content="noindex,nofollow">\n<title>SquirrelMail</title>'
        '<meta http-equiv="Content-type" content="text/html; charset=utf-8">\n</head>\n\n'
        '<body text="#000000" bgcolor="#FFFFFF" link="#000000" vlink="#000000" alink="#000000">\n'
        '<table width="100%" cellspacing="0" cellpadding="1" border="0">\n'
        + hrow("Aihe:", "VL: cs daily Subj-class mailing 300001 45 (lukupiirin poiminnat)")
        + hrow("Lähettäjä:", "&quot;Juho Hirvikallio&quot; &lt;juho.hirvikallio@example.fi&gt;")
        + hrow("Päiväys:", "Pe 26.1.2024 9:37")
        + hrow("Vastaanottaja:", "nlp-lukupiiri@lists.example.fi")
        + hrow("Kopio:", "&quot;Aino Kettunen&quot; &lt;aino.kettunen@example.fi&gt;")
        + hrow("Prioriteetti:", "Normaali")
        + '</table>\n<hr noshade size="1" />\n<table width="100%" cellspacing="0" cellpadding="0" border="0">\n<tr><td>\n'
        + '<tt>\n' + render(note) + '\n</tt>\n'
        + '</td></tr>\n</table>\n<hr noshade size="1" />\n<table width="100%" cellspacing="0" cellpadding="2" border="0">\n'
        + '<tr><td><b>Liitteet:</b></td></tr>\n'
        + '<tr><td>&nbsp;&nbsp;&nbsp;lukupiiri-kevat2024.ics&nbsp;&nbsp;&nbsp;1.2 k&nbsp;&nbsp;&nbsp;[&nbsp;text/calendar&nbsp;]&nbsp;&nbsp;</td></tr>\n'
        + '</table>\n</body></html>\n')
write_only(F639, page, keys(F639), forms=[note])
