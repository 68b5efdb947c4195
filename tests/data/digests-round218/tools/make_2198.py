#!/usr/bin/env python3
"""2198: a reading-group digest of the Sveučilište u Mostaru forwarded from Roundcube «as attachment» (as remembered:
User-Agent «Roundcube Webmail/1.6.x», a Message-ID «<hex@host>», multipart/mixed with a short quoted-printable UTF-8
note and the original mail as a message/rfc822 part, named «….eml»; the original's text/plain body is base64 UTF-8,
lines of 76). Croatian. Computed: Date headers (email.utils, the forward after the original, asserted), base64 and QP
bodies, the boundary and Message-IDs from sha1, CR LF line ends."""
import base64, datetime as dt, email.utils, hashlib, os, quopri, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_raw
from make_expected import by_num, keys, GPT1
F = by_num(2198)
TZ = dt.timezone(dt.timedelta(hours=2))
orig_d = dt.datetime(2026, 4, 20, 19, 42, 5, tzinfo=TZ)
fwd_d = dt.datetime(2026, 4, 21, 8, 3, 51, tzinfo=TZ)
assert orig_d < fwd_d
h = lambda s: hashlib.sha1(s.encode()).hexdigest()
inner_text = "\n".join([
 "Pozdrav svima,",
 "",
 "za četvrtak (23. 4., dvorana 14, FPMOZ) čitamo prednaučavanje jezičnih modela.",
 "Redoslijed je kronološki, svatko uzima jedan rad:",
 "",
 f"1. {T('1706.03762')}",
 "   https://arxiv.org/abs/1706.03762",
 f"2. {GPT1} (Radford i sur., 2018) - tehničko izvješće OpenAI-ja, nema ga na arXivu",
 f"3. {T('1810.04805')} - http://arxiv.org/abs/1810.04805v2",
 f"4. {T('2003.10555')} (https://arxiv.org/pdf/2003.10555.pdf)",
 f"5. {T('2006.03654')} (He i sur., arXiv:2006.03654)",
 "",
 f"Za drugi dio sastanka: {T('2005.14165')} (dovoljan je 2. odjeljak),",
 f"pa usporedba s otvorenim modelima: {T('2205.01068')} i",
 f"{T('2302.13971')} <https://arxiv.org/pdf/2302.13971v1>.",
 "",
 "Nisu radovi, ali korisno: knjiga «Speech and Language Processing» (Jurafsky i Martin),",
 "biblioteka Hugging Face Transformers i snimka predavanja «Jezični modeli za hrvatski» s FESB-a.",
 "",
 "Lijep pozdrav,",
 "Ivana Marić",
 "Fakultet prirodoslovno-matematičkih i odgojnih znanosti",
 ""])
note = "Bok Ante,\n\nprosljeđujem ti Ivaninu poruku kao privitak, nisi bio na listi.\nVidimo se u četvrtak.\n\nMarko\n"
B = "=_" + h("2198 boundary")[:32]
inner_hdr = [
 f"Date: {email.utils.format_datetime(orig_d)}",
 "From: =?UTF-8?Q?Ivana_Mari=C4=87?= <ivana.maric@fpmoz.sum.example.ba>",
 "To: citanje-nlp@fpmoz.sum.example.ba",
 "Subject: =?UTF-8?Q?=C4=8Citanje_u_=C4=8Detvrtak=3A_prednau=C4=8Davanje_jezi=C4=8Dnih_modela?=",
 f"Message-ID: <{h('inner')[:32]}@fpmoz.sum.example.ba>",
 "User-Agent: Roundcube Webmail/1.6.9",
 "MIME-Version: 1.0",
 "Content-Type: text/plain; charset=UTF-8; format=flowed",
 "Content-Transfer-Encoding: base64",
]
b64 = base64.encodebytes(inner_text.encode("utf-8")).decode("ascii").strip().split("\n")
inner = inner_hdr + [""] + b64
qp = quopri.encodestring(note.encode("utf-8")).decode("ascii").strip().split("\n")
outer = [
 f"Date: {email.utils.format_datetime(fwd_d)}",
 "From: Marko Bevanda <marko.bevanda@fpmoz.sum.example.ba>",
 "To: Ante Zovko <ante.zovko@student.sum.example.ba>",
 "Subject: =?UTF-8?Q?Fwd=3A_=C4=8Citanje_u_=C4=8Detvrtak=3A_prednau=C4=8Davanje_jezi=C4=8Dnih_modela?=",
 f"Message-ID: <{h('outer')[:32]}@fpmoz.sum.example.ba>",
 "User-Agent: Roundcube Webmail/1.6.9",
 "MIME-Version: 1.0",
 f'Content-Type: multipart/mixed; boundary="{B}"',
 "",
 "This is a multi-part message in MIME format.",
 "",
 f"--{B}",
 "Content-Type: text/plain; charset=UTF-8; format=flowed",
 "Content-Transfer-Encoding: quoted-printable",
 "",
] + qp + [
 "",
 f"--{B}",
 'Content-Type: message/rfc822; name="Citanje u cetvrtak.eml"',
 'Content-Disposition: attachment; filename="Citanje u cetvrtak.eml"',
 "",
] + inner + ["", f"--{B}--", ""]
raw = "\r\n".join(outer)
assert all(len(l) <= 76 for l in b64 + qp)
write_raw(F, raw.encode("ascii"), [raw, inner_text, note], keys(F))
