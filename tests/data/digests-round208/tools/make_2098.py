#!/usr/bin/env python3
"""2098: a reading-group digest of Daugavpils University forwarded inline from Mutt («----- Forwarded message from
Name <addr> -----» … «----- End forwarded message -----», the forwarded Date / From / To / Subject lines), sent with
Content-Transfer-Encoding: quoted-printable (UTF-8, soft line breaks at 76 columns): Latvian with a Latgalian line.
The people, lists and texts are invented. Computed: Date headers (email.utils), the QP body (quopri, lines of at most 76,
asserted), CR LF, the message count."""
import datetime as dt, email.utils, os, quopri, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_raw
from make_expected import by_num, keys
F = by_num(2098)
Z = dt.timezone(dt.timedelta(hours=2))
d0, d1 = dt.datetime(2026, 2, 9, 8, 12, tzinfo=Z), dt.datetime(2026, 2, 10, 19, 41, 5, tzinfo=Z)
assert d0 < d1
MSGS = [
 ("Ilze Kalniņa", [
  "Sveiki visiem! Pirmdien sākam ar LoRA:",
  f"{T('2106.09685')}",
  "https://arxiv.org/abs/2106.09685",
  f"Kam nav GPU, lai paskatās arī {T('2305.14314')} -- https://arxiv.org/pdf/2305.14314v1.pdf"]),
 ("Jānis Ozoliņš", [
  "Vēsturei: adapteri sākās ar",
  f"{T('1902.00751')} (Houlsby et al., ICML 2019, http://arxiv.org/abs/1902.00751).",
  f"Salīdzinājumam der {T('2110.04366')}:",
  f"https://openreview.net/forum?id={OR('2110.04366')}",
  f"Un prefiksi: {T('2101.00190')}, arXiv:2101.00190 (ACL 2021)."]),
 ("Aivars Vaivods", [
  f"Pagājušajā nedēļā mēs ar Ilzi salīdzinājām {T('2303.10512')} ar parasto LoRA uz",
  "latviešu ziņu datiem -- ranga budžets palīdz tikai mazos modeļos.",
  f"Jānis jautāja, vai der arī BitFit (tas ir {T('2106.10199')}),",
  "bet mēs to atlikām uz martu.",
  f"Ārpus tēmas, bet interesanti: kā rāda {T('2101.01761')},",
  "arī dropout var iemācīties. Latgaliski: \"Vysu lobu, pasaverit!\""]),
]
body = ["Sveiks, Andri,", "", "pārsūtu lasīšanas grupas kopsavilkumu, kas tev nepienāca.", "Linda", "",
        f"----- Forwarded message from Jānis Ozoliņš <janis.ozolins@du.example.lv> -----", "",
        f"Date: {email.utils.format_datetime(d0)}", "From: Jānis Ozoliņš <janis.ozolins@du.example.lv>",
        "To: lasisana@lists.du.example.lv", "Subject: [lasisana] Kopsavilkums nr. 3: PEFT", "",
        f"Lasīšanas grupas kopsavilkums nr. 3 -- {len(MSGS)} ziņas", ""]
for i, (who, ls) in enumerate(MSGS, 1):
    body += [f"{i}. {who}:", *[f"   {l}" for l in ls], ""]
body += ["Citi resursi (nav raksti): PEFT bibliotēka https://github.com/huggingface/peft,",
         "grāmata \"Natural Language Processing with Transformers\" (bibliotēkā, 2 eks.).", "",
         "-- ", "Lasīšanas grupa, Daugavpils Universitāte, Parādes iela 1, 3. stāvs", "",
         "----- End forwarded message -----", ""]
text = "\n".join(body)
qp = quopri.encodestring(text.encode("utf-8")).decode("ascii")
assert all(len(l) <= 76 for l in qp.split("\n"))
head = ["Return-Path: <linda.berzina@du.example.lv>",
        "From: =?utf-8?Q?Linda_B=C4=93rzi=C5=86a?= <linda.berzina@du.example.lv>",
        "To: =?utf-8?Q?Andris_Pud=C4=81ns?= <andris.pudans@du.example.lv>",
        "Subject: Fwd: [lasisana] Kopsavilkums nr. 3: PEFT",
        f"Date: {email.utils.format_datetime(d1)}",
        "Message-ID: <20260210174105.GA3121@lapa.du.example.lv>",
        "MIME-Version: 1.0", "Content-Type: text/plain; charset=utf-8", "Content-Disposition: inline",
        "Content-Transfer-Encoding: quoted-printable", "User-Agent: Mutt/2.2.12 (2023-09-09)"]
raw = "\r\n".join(head) + "\r\n\r\n" + qp.replace("\n", "\r\n")
write_raw(F, raw.encode("ascii"), [raw, text], keys(F))
