#!/usr/bin/env python3
"""1899: a mailing-list digest forwarded inline from the Mulberry mail client (British English), saved as .eml with CR
LF: the header (X-Mailer Mulberry), a text/plain UTF-8 body in base64; inside, a short note, Mulberry's «Forwarded
Message» block and a Mailman digest «llm-reading Digest, Vol 4, Issue 2» (topics, messages, footer). People, addresses,
hosts, the list and the dates are invented; Megatron-LM (repo), nanoGPT and a talk video appear as what they are.
Computed: the Date header with its weekday and London's offset, the topics from the messages (asserted), base64 by
Python's base64 module in lines of 76."""
import base64, datetime as dt, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_raw
from make_expected import by_num, keys, GPT1
F = by_num(1899)
WD = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MO = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def rfc(d, off):
    return f"{WD[d.weekday()]}, {d.day:02d} {MO[d.month - 1]} {d.year} {d:%H:%M:%S} {off}"


LIST = "llm-reading"
MSGS = [
 ("Priya Natarajan <p.natarajan@cs.oxbridge-lab.example.ac.uk>", "Scaling papers for term 2",
  f"Proposed order for next term:\n\n  week 1: {GPT1}\n  week 2: {T('2005.14165')}\n          https://arxiv.org/abs/2005.14165\n"
  f"  week 3: {T('1909.08053')}\n          http://arxiv.org/abs/1909.08053v4\n\nThe Megatron-LM repository is worth a look before week 3,\nbut please read the paper, not the code."),
 ("Tom Ashdown <ta412@oxbridge-lab.example.ac.uk>", "Re: Scaling papers for term 2",
  f"Could we add {T('1701.06538')}?\nhttps://openreview.net/forum?id={OR('1701.06538')}\n\nIt is older than the rest but explains where the MoE layers come from."),
 ("Hannah Kerr <hkerr@stats.oxbridge-lab.example.ac.uk>", "Open models",
  f"For the open-weights session I'd pair {T('2302.13971')} (https://arxiv.org/pdf/2302.13971v1)\nwith {T('2205.01068')}, arXiv:2205.01068, which has the logbook in the appendix.\n"
  "Karpathy's nanoGPT is a good warm-up exercise, and his \"Let's build GPT\" video is fine for newcomers."),
 ("Tom Ashdown <ta412@oxbridge-lab.example.ac.uk>", "Re: Open models",
  f"Agree. If there is time, the encoder side: {T('1907.11692')} and\n{T('1906.08237')}. No need for links, everyone has them."),
]
hdr = [f"Send {LIST} mailing list submissions to", f"\t{LIST}@lists.oxbridge-lab.example.ac.uk", "",
       "When replying, please edit your Subject line so it is more specific", f"than \"Re: Contents of {LIST} digest...\"", "",
       "Today's Topics:", ""]
hdr += [f"   {i}. {s} ({n.split(' <')[0]})" for i, (n, s, _) in enumerate(MSGS, 1)]
hdr += ["", "", "----------------------------------------------------------------------", ""]
inner = dt.datetime(2026, 2, 27, 12, 0, 3)
for i, (n, s, b) in enumerate(MSGS, 1):
    hdr += ["Message: %d" % i, f"Date: {rfc(inner, '+0000')}", f"From: {n}", f"To: {LIST}@lists.oxbridge-lab.example.ac.uk",
            f"Subject: [{LIST}] {s}", "", *b.split("\n"), "", "", "------------------------------", ""]
hdr += [f"End of {LIST} Digest, Vol 4, Issue 2", "**********************************"]
sent = dt.datetime(2026, 3, 2, 9, 14, 51)
body = ["Dear all,", "", "Forwarding the last digest for those of you who are not on the list yet. Papers for",
        "term 2 are in there, please sign up for a week by Friday.", "", "Best,", "Imogen", "", "",
        "------------ Forwarded Message ------------", f"Date: {inner.day} {['January','February','March'][inner.month-1]} {inner.year} 12:00:03 +0000",
        f"From: {LIST}-request@lists.oxbridge-lab.example.ac.uk", f"To: i.fairweather@oxbridge-lab.example.ac.uk",
        f"Subject: {LIST} Digest, Vol 4, Issue 2", ""] + hdr + ["", "---------- End Forwarded Message ----------", ""]
text = "\n".join(body)
b64 = base64.encodebytes(text.encode("utf-8")).decode("ascii").rstrip("\n").split("\n")
assert all(len(l) <= 76 for l in b64)
H = [f"Date: {rfc(sent, '+0000')}", "From: Imogen Fairweather <i.fairweather@oxbridge-lab.example.ac.uk>",
     "To: ml-group-all@oxbridge-lab.example.ac.uk", f"Subject: Fwd: {LIST} Digest, Vol 4, Issue 2",
     "Message-ID: <C8E2A91F4B7D3E6A0F12@imogen-mbp.oxbridge-lab.example.ac.uk>", "X-Mailer: Mulberry/4.0.8 (Mac OS X)",
     "MIME-Version: 1.0", "Content-Type: text/plain; charset=utf-8; format=flowed", "Content-Transfer-Encoding: base64",
     "Content-Disposition: inline"]
raw = "\r\n".join(H + [""] + b64) + "\r\n"
write_raw(F, raw.encode("ascii"), [raw, text], keys(F))
