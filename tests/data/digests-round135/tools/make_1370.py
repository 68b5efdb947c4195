#!/usr/bin/env python3
"""1370: a terminal session (Greek): an Athens-like NLP lab's student (Ελένη Παπαδοπούλου, `eleni`) dumps the Berkeley DB
file behind the reading group's old Perl script (`anagnosi.pl`, DB_File with $DB_BTREE): `file`, then `db_dump -p`
(VERSION=3 header, one space before every key and value line, printable ASCII kept, `\\\\` doubled, every other byte as
`\\xx` lower-case hex — so each Greek letter shows as two escapes, and the script's 0x1f field separator as `\\1f`; keys
in byte order as a btree returns them), then a Perl one-liner printing each key's tags (raw UTF-8). Records are
title, url, arxiv, tags, who, note. The HF NLP course, sentencepiece, the fastText vectors, the transformers repository
and a talk video are not papers; BPE, SBERT, ELECTRA / Electric, Expire-Span are nicknames."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import F1370, keys

US = "\x1f"
REC = {
 "2024-02-06#1": [T("2006.03236"), "", "", "αποδοτικότητα,προεκπαίδευση", "eleni", "Το PDF είναι στον κοινό φάκελο· ψάχνω ακόμα τον σύνδεσμο."],
 "2024-02-06#2": [T("2008.07905"), "https://openreview.net/forum?id=ZaYZfu8pT_N", "", "μετάφραση,NAT", "nikos", "Παρουσιάζει ο Νίκος."],
 "2024-02-13#1": [T("2010.06040"), "https://openreview.net/pdf?id=cYr2OPNyTz7", "", "προεκπαίδευση,MLM", "eleni", ""],
 "2024-02-13#2": [T("1508.07909"), "https://arxiv.org/abs/1508.07909", "", "tokenization,κλασικά", "maria", "BPE: να το συγκρίνουμε με το sentencepiece."],
 "2024-02-20#1": [T("1908.10084"), "https://arxiv.org/pdf/1908.10084.pdf", "", "embeddings", "giorgos", "Για το πείραμα ανάκτησης στα ελληνικά."],
 "2024-02-20#2": [T("2105.06548"), "", "2105.06548", "μνήμη", "nikos", "Expire-Span· ο σύνδεσμος λείπει, μόνο το id."],
 "2024-02-27#1": [T("1910.03771"), "https://github.com/huggingface/transformers", "", "βιβλιοθήκες", "maria", "Ο σύνδεσμος είναι το αποθετήριο, όχι το άρθρο."],
 "2024-02-27#2": [T("2012.08561"), "", "", "προεκπαίδευση,ELECTRA", "giorgos", "Electric· ζήτησα το PDF από τον Γιώργο."],
 "2024-03-05#1": ["Hugging Face NLP Course, chapter 6 (tokenizers)", "https://huggingface.co/learn/nlp-course/chapter6/1", "", "μάθημα", "maria", "Όχι άρθρο· για τους καινούργιους."],
 "2024-03-05#2": ["sentencepiece", "https://github.com/google/sentencepiece", "", "λογισμικό", "eleni", ""],
 "2024-03-05#3": ["fastText cc.el.300 vectors", "https://fasttext.cc/docs/en/crawl-vectors.html", "", "δεδομένα", "giorgos", "Ελληνικά διανύσματα λέξεων."],
 "2024-03-12#1": ["Ομιλία: Tokenizers για τα ελληνικά (βίντεο)", "https://video.glossa-lab.example.gr/v/1184", "", "ομιλία", "nikos", "Βίντεο από το σεμινάριο, όχι άρθρο."],
 "_meta:owner": "Ελένη Παπαδοπούλου <eleni@glossa-lab.example.gr>",
 "_meta:schema": "title|url|arxiv|tags|who|note",
 "_meta:updated": "2024-03-12T18:22:10+02:00",
}


def val(v):
    return (US.join(v) if isinstance(v, list) else v).encode("utf-8")


def esc(b):
    return "".join(chr(x) if 0x20 <= x <= 0x7e and x != 0x5c else ("\\\\" if x == 0x5c else f"\\{x:02x}") for x in b)


items = sorted(((k.encode("utf-8"), val(v)) for k, v in REC.items()))
dump = "VERSION=3\nformat=print\ntype=btree\ndb_pagesize=4096\nHEADER=END\n"
dump += "".join(f" {esc(k)}\n {esc(v)}\n" for k, v in items) + "DATA=END\n"
tags = "".join(f"{k.decode()}\t{v.decode().split(US)[3]}\n" for k, v in items if not k.startswith(b"_"))
P = "eleni@glossa:~/anagnosi$ "
PERL = ("perl -MDB_File -MFcntl -e 'tie my %h, \"DB_File\", \"anagnosi.db\", O_RDONLY, 0644, $DB_BTREE or die $!; "
        "for (keys %h) { next if /^_/; print \"$_\\t\", (split /\\x1f/, $h{$_})[3], \"\\n\" }'")
text = (P + "file anagnosi.db\nanagnosi.db: Berkeley DB (Btree, version 9, native byte-order)\n" +
        P + "db_dump -p anagnosi.db\n" + dump + P + PERL + "\n" + tags + P + "\n")
forms = ["\n".join(x.decode("utf-8") for kv in items for x in kv)]
write_only(F1370, text, keys(F1370), forms=forms)
