#!/usr/bin/env python3
"""2053: an OpenWrt UCI config file (`/etc/config/ajenda`, read by an invented seminar-agenda page served by the lab
router's uhttpd), Greek: `config` sections with tab-indented `option` / `list` lines, arXiv links (`/abs/`, `/pdf/…v3`,
`http://`) in `option url`, one id in a note, four titles alone (one not on arXiv), and non-papers (a repository, the
OpenWrt UCI docs, a book, a talk). LF."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import keys, by_num, GO

F = by_num(2053)


def sec(typ, name, *opts):
    out = [f"config {typ} '{name}'"]
    for kind, k, v in opts:
        assert "'" not in v, v
        out.append(f"\t{kind} {k} '{v}'")
    return "\n".join(out) + "\n"


O = lambda k, v: ("option", k, v)
Li = lambda k, v: ("list", k, v)
SECS = [
    sec("ajenda", "main", O("enabled", "1"), O("title", "Σεμινάριο Ενισχυτικής Μάθησης - Εργαστήριο Ευφυών Συστημάτων"),
        O("listen", "/www/ajenda"), O("refresh", "3600"), O("maintainer", "Νίκος Παπαδόπουλος <npapad@eufyh.example.gr>"),
        O("source", "https://github.com/eufyh-lab/ajenda")),
    sec("paper", "p1", O("title", T("2101.08809")), O("url", "https://arxiv.org/abs/2101.08809"),
        O("presenter", "Ελένη Γεωργίου"), O("date", "2024-10-03"), Li("tag", "automl")),
    sec("paper", "p2", O("title", T("2108.04392")), O("url", "https://arxiv.org/pdf/2108.04392v3"),
        O("presenter", "Κώστας Δημητρίου"), O("date", "2024-10-10"), Li("tag", "nas")),
    sec("paper", "p3", O("title", T("2106.02039")), O("url", "http://arxiv.org/abs/2106.02039"),
        O("presenter", "Μαρία Κωνσταντίνου"), O("date", "2024-10-17"), Li("tag", "offline-rl"), Li("tag", "sequence")),
    sec("paper", "p4", O("title", T("2103.09762")), O("note", "arXiv: 2103.09762 - συνεχής μάθηση, σύνδεση με το RL"),
        O("presenter", "Ελένη Γεωργίου"), O("date", "2024-10-24"), Li("tag", "continual")),
    sec("paper", "p5", O("title", GO), O("note", "Nature 2017, χωρίς σύνδεσμο· το PDF είναι στον κοινό φάκελο"),
        O("date", "2024-10-31"), Li("tag", "rl")),
    sec("paper", "p6", O("title", T("2103.14339")), O("note", "για την ομάδα ιατρικής απεικόνισης"),
        O("date", "2024-11-07"), Li("tag", "meta-learning")),
    sec("paper", "p7", O("title", T("2006.06882")), O("date", "2024-11-14"), Li("tag", "pretraining")),
    sec("paper", "p8", O("title", T("2006.05990")), O("note", "να φέρετε τα δικά σας PPO logs"),
        O("date", "2024-11-21"), Li("tag", "rl")),
    sec("extra", "docs", O("label", "Τεκμηρίωση UCI"), O("url", "https://openwrt.org/docs/guide-user/base-system/uci")),
    sec("extra", "book", O("label", "Βιβλίο: Sutton & Barto, Reinforcement Learning: An Introduction, κεφ. 13")),
    sec("extra", "talk", O("label", "Βίντεο ομιλίας"), O("url", "https://video.eufyh.example.gr/omilia/2024-09")),
]
TXT = ("# /etc/config/ajenda - πρόγραμμα σεμιναρίου για τη σελίδα http://192.168.8.1/ajenda/\n"
       "# Αλλαγές: uci set ajenda.pN.title=... && uci commit ajenda (ή επεξεργασία εδώ)\n\n"
       + "\n".join(SECS))

if __name__ == "__main__":
    write_only(F, TXT, keys(F))
