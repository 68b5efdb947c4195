#!/usr/bin/env python3
"""1567: a Czech lab's reading-list mails caught by a development Mailpit (the list's mailman test instance delivers to
it) read through Mailpit's REST API with curl and jq: the message list as @tsv (ID, Created, From, Subject; newest
first, messages_count first), then each message's Text body in a loop. IDs, times and counts are computed from the
modelled messages; subjects appear decoded, as the API returns them."""
import hashlib, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import keys, by_num

F = by_num(1567)
HOST = "mx1"
LIST = "ctenarsky-kruh@lists.ufal-lab.example.cz"
MSGS = [
    ("jana.novakova", "Jun  3 09:14:02", ["[ctenarsky-kruh] Příští týden: " + T("2011.04006")],
     ["Fórum: https://openreview.net/forum?id=" + OR("2011.04006"), "Benchmark kód: https://github.com/google-research/long-range-arena"]),
    ("petr.dvorak", "Jun  3 11:42:57", ["Re: [ctenarsky-kruh] " + T("2008.07905")],
     ["PDF z ICLR: https://openreview.net/pdf?id=" + OR("2008.07905"), "> Fórum: https://openreview.net/forum?id=" + OR("2011.04006")]),
    ("jana.novakova", "Jun  4 08:03:31", ["[ctenarsky-kruh] Jádra pro attention: " + T("2006.16236")],
     ["1) " + T("2006.16236"), "   https://arxiv.org/abs/2006.16236", "2) " + T("2006.04768"),
      "   https://arxiv.org/pdf/2006.04768.pdf", "Knihovna: https://github.com/idiap/fast-transformers (není článek)"]),
    ("tomas.kral", "Jun  4 16:20:12", ["Re: [ctenarsky-kruh] Jádra pro attention: " + T("2006.16236")],
     ["1) " + T("2001.04451") + " (arXiv:2001.04451) — LSH attention, chci to prezentovat", "2) trax notebook, ne článek"]),
    ("jana.novakova", "Jun  5 10:55:48", ["[ctenarsky-kruh] Seznam na léto (bez odkazů)"],
     ["1) " + T("2004.05150") + " – sliding window + globální tokeny", "2) " + T("2312.00752"),
      "3) " + T("2202.10447") + " (FLASH, GAU vrstva)", "4) přednáška Stanford CS25, jen video", "Zápis: https://wiki.ufal-lab.example.cz/ctenarsky-kruh/2024-leto"]),
]


B62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
PS = "jana@ctenarsky-dev:~/mailman-test$ "
API = "http://127.0.0.1:8025/api/v1"
MONTH = {"Jun": "06"}


def mid(i):
    n = int(hashlib.sha256(f"m{i}".encode()).hexdigest(), 16)
    return "".join(B62[(n >> (6 * k)) % 62] for k in range(22))


def created(ts, i):
    mon, d, t = ts.split()
    return f"2024-{MONTH[mon]}-{int(d):02d}T{t}.{(137 * (i + 3)) % 1000:03d}+02:00"


def build():
    order = list(range(len(MSGS)))[::-1]  # newest first
    L = [PS + f"curl -s '{API}/messages?limit=50' | jq -r '.messages_count, (.messages[] | [.ID, .Created, .From.Address, .Subject] | @tsv)'",
         str(len(MSGS))]
    for i in order:
        who, ts, subs, body = MSGS[i]
        L.append("\t".join([mid(i), created(ts, i), f"{who}@ufal-lab.example.cz", subs[0]]))
    L += [PS + f"for id in $(curl -s '{API}/messages?limit=50' | jq -r '.messages[].ID'); do curl -s \"{API}/message/$id\" | jq -r '\"== \" + .Subject, .Text'; done"]
    for i in order:
        who, ts, subs, body = MSGS[i]
        L += ["== " + subs[0]] + body + ["", "-- ", f"{who.split('.')[0].capitalize()} | ÚFAL čtenářský kruh", "_______________________________________________",
              "ctenarsky-kruh mailing list -- " + LIST, ""]
    L.append(PS)
    return "\n".join(L)


if __name__ == "__main__":
    write_only(F, build(), keys(F))
