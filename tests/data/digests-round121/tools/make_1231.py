#!/usr/bin/env python3
"""1231: a ksqlDB CLI session (Greek): a Thessaloniki-like NLP group feeds its reading suggestions into the Kafka
topic `anagnoseis` (a Python producer: json.dumps's default form, so the Greek notes travel as \\uXXXX escapes, the
English titles raw) and a member looked at it from the ksqlDB CLI, then pasted the terminal into a file. The session:
the command, the CLI banner (ASCII-art box, copyright, versions, server status, help line), SHOW STREAMS (ksqlDB's `|`-separated
listing between dashed rules), PRINT of the topic FROM BEGINNING LIMIT 11 (`Key format:` / `Value format:` lines,
then `rowtime: yyyy/MM/dd HH:mm:ss.SSS Z, key: …, value: …, partition: 0`, then `Topic printing ceased`), a SET with
its confirmation, a push query SELECT … EMIT CHANGES LIMIT 11 laid out as the CLI does on a 168-column terminal
(three equal columns of 54, values hard-wrapped inside their cells, null printed as `null`), `Limit Reached`,
`Query terminated`, and exit. OpenReview and arXiv links are links; `arXiv:…` in a note with no link is arxiv-text;
rows with no link and no id are title-only; fairseq, subword-nmt, the sentence-transformers docs and a course are
not papers. Every title is whole in the PRINT lines (the SELECT table wraps some)."""
import datetime as dt, json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import F1231, keys

R = [  # title, link, note
 (T("1508.07909"), None, "arXiv:1508.07909 — το κλασικό για BPE· το χρησιμοποιούμε στον tokenizer της 2ης εργασίας"),
 ("facebookresearch/fairseq", "https://github.com/facebookresearch/fairseq", "αποθετήριο κώδικα, όχι άρθρο — για τα παραδείγματα μετάφρασης"),
 (T("2008.07905"), "https://openreview.net/forum?id=ZaYZfu8pT_N", "μη αυτοπαλίνδρομη μετάφραση· πρόταση της Ελένης"),
 (T("1910.13461"), "https://arxiv.org/abs/1910.13461", "denoising προεκπαίδευση· θα το συγκρίνουμε με το T5 στη συνάντηση"),
 (T("2010.06040"), "https://openreview.net/pdf?id=cYr2OPNyTz7", "εναλλακτική μάσκα για MLM· μόνο το PDF βρήκα"),
 (T("2012.08561"), None, "ELECTRA-συγγενές· δεν βρήκα σύνδεσμο, ψάξτε το"),
 (T("2104.08691"), None, "prompt tuning — arXiv:2104.08691 (χωρίς σύνδεσμο στο μήνυμα του Νίκου)"),
 ("sentence-transformers — Documentation", "https://www.sbert.net/docs/quickstart.html", "τεκμηρίωση της βιβλιοθήκης, όχι άρθρο"),
 (T("1908.10084"), None, "για την ομάδα ανάκτησης· ο σύνδεσμος χάθηκε στο Slack"),
 (T("2004.10102"), None, "ανάλυση προσοχής με νόρμες διανυσμάτων· για τη συζήτηση ερμηνευσιμότητας"),
 ("ΜΥΕ-041 Επεξεργασία Φυσικής Γλώσσας — διαφάνειες 2023-24", "https://nlp-mathima.example.gr/mye041/diafaneies", "διαφάνειες μαθήματος (κεφ. 7–9), όχι άρθρο"),
]
BANNER = r"""                  
                  ===========================================
                  =       _              _ ____  ____       =
                  =      | | _____  __ _| |  _ \| __ )      =
                  =      | |/ / __|/ _` | | | | |  _ \      =
                  =      |   <\__ \ (_| | | |_| | |_) |     =
                  =      |_|\_\___/\__, |_|____/|____/      =
                  =                   |_|                   =
                  =        The Database purpose-built       =
                  =        for stream processing apps       =
                  ===========================================

Copyright 2017-2022 Confluent Inc.

CLI v0.29.0, Server v0.29.0 located at http://ksqldb.nlp-lab.example.gr:8088
Server Status: RUNNING

Having trouble? Type 'help' (case-insensitive) for a rundown of how things work!
""".split("\n")[:-1]
L = ["$ ksql http://ksqldb.nlp-lab.example.gr:8088"] + BANNER + [""]
L.append("ksql> SHOW STREAMS;")
rows = [("ANAGNOSEIS", "anagnoseis", "KAFKA", "JSON", "false"),
        ("KSQL_PROCESSING_LOG", "default_ksql_processing_log", "KAFKA", "JSON", "false")]
hdr = ("Stream Name", "Kafka Topic", "Key Format", "Value Format", "Windowed")
w = [max(len(x[i]) for x in rows + [hdr]) for i in range(5)]
line = lambda t: " " + " | ".join(v.ljust(w[i]) for i, v in enumerate(t)) + " "
rule = "-" * len(line(hdr))
L += ["", line(hdr), rule] + [line(r) for r in rows] + [rule]
L.append("ksql> PRINT 'anagnoseis' FROM BEGINNING LIMIT 11;")
L += ["Key format: KAFKA_STRING", "Value format: JSON or KAFKA_STRING"]
t0 = dt.datetime(2024, 5, 15, 7, 12, 3, 145000)
for i, (t, link, note) in enumerate(R):
    ts = t0 + dt.timedelta(minutes=17 * i + i * i, seconds=11 * i, milliseconds=389 * i)
    v = json.dumps({"titlos": t, "syndesmos": link, "simeiosi": note}, separators=(",", ":"))
    L.append(f"rowtime: {ts:%Y/%m/%d %H:%M:%S}.{ts.microsecond // 1000:03d} Z, key: anagn-{i + 1:03d}, value: {v}, partition: 0")
L.append("Topic printing ceased")
L.append("ksql> SET 'auto.offset.reset' = 'earliest';")
L.append("Successfully changed local property 'auto.offset.reset' to 'earliest'. Use the UNSET command to revert your change.")
L.append("ksql> SELECT TITLOS, SYNDESMOS, SIMEIOSI FROM ANAGNOSEIS EMIT CHANGES LIMIT 11;")
CW = 54
border = "+" + "+".join("-" * CW for _ in range(3)) + "+"


def row(cells):
    parts = [[c[j:j + CW] for j in range(0, len(c), CW)] or [""] for c in cells]
    n = max(len(p) for p in parts)
    return ["|" + "|".join((p[k] if k < len(p) else "").ljust(CW) for p in parts) + "|" for k in range(n)]


L += [border] + row(["TITLOS", "SYNDESMOS", "SIMEIOSI"]) + [border]
for t, link, note in R:
    L += row([t, link if link is not None else "null", note])
L += ["Limit Reached", "Query terminated", "ksql> exit", "Exiting ksqlDB."]
text = "\n".join(L) + "\n"
write_only(F1231, text, keys(F1231), forms=[json.dumps(R, ensure_ascii=False)])
