#!/usr/bin/env python3
"""917: a reply a Greek postdoc sent from GNOME Evolution (the copy in her Sent folder, saved as .eml) to a
colleague's message on the lab's reading list. He had pasted arXiv's cs daily Subj-class mailing under a
Thunderbird-style `-------- Forwarded Message --------` block (tab after each label), cut the new submissions and
kept three `replaced with revised version` entries; she answers inline, bottom-posting between the quoted parts.
Evolution's headers (Message-ID `<40 hex.camel@host>`, Subject, From, To, Cc, Date, In-Reply-To, References,
Organization, Content-Type, Content-Transfer-Encoding, `User-Agent: Evolution 3.50.2 (3.50.2-1.fc39) ` with its trailing
blank, MIME-Version), RFC 2047 B-words for the Greek names, subject and organisation, 8bit UTF-8 text/plain with LF;
her own lines wrapped at 72 columns, quoted lines prefixed `> ` (`>` on blank lines), the Greek attribution line
`Στις Τρι, 2023-12-12 στις 09:41 +0200, ο/η … έγραψε:`, and her signature after `-- `. Her comments name the later
sessions' papers by title (one with its arXiv id as text). The DomainBed and BIG-bench repositories, lm-evaluation-
harness, Chatbot Arena's leaderboard and a YouTube talk are not papers."""
import base64, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, CAT, write_only
from make_expected import by_num, keys

F = by_num(917)
K = dict(judge="2306.05685", bigbench="2206.04615", eigen="2010.00554", domainbed="2007.01434", adamw="1711.05101",
         autodrop="2101.01761", feddyn="2111.04263", genre="2010.00904")


def b64(s, limit=45):
    """RFC 2047 B-words of whole characters (at most `limit` bytes each), folded with a space"""
    words, cur = [], ""
    for ch in s:
        if len((cur + ch).encode("utf-8")) > limit:
            words.append(cur); cur = ch
        else:
            cur += ch
    words.append(cur)
    return "\n ".join("=?UTF-8?b?" + base64.b64encode(w.encode("utf-8")).decode("ascii") + "?=" for w in words)


def wrap(text, width=72):
    """Evolution's composer wrap: greedy at spaces, a word longer than the line kept whole"""
    out = []
    for para in text.split("\n"):
        line = ""
        for w in para.split(" "):
            if line and len(line) + 1 + len(w) > width:
                out.append(line); line = w
            else:
                line = (line + " " + w) if line else w
        out.append(line)
    return "\n".join(out)


def quote(text):
    return "\n".join(("> " + l) if l else ">" for l in text.split("\n"))


def listing_field(label, value):
    words, lines, cur = value.split(" "), [], label + ":"
    for w in words:
        if len(cur) + 1 + len(w) > 79:
            lines.append(cur); cur = "  " + w
        else:
            cur += " " + w
    lines.append(cur)
    return "\n".join(lines)


def entry(aid, when, kb, cats, authors, comments=None):
    s = ["\\\\", f"arXiv:{aid}", f"replaced with revised version {when}   ({kb}kb,D)", "",
         listing_field("Title", T(aid)), listing_field("Authors", authors), f"Categories: {cats}"]
    if comments:
        s.append(listing_field("Comments", comments))
    s.append(f"\\\\ ( https://arxiv.org/abs/{aid} ,  {kb}kb)")
    return "\n".join(s)


RULE = "-" * 78
PCT = "%%%---" * 13
ME = "Κατερίνα Ζαχαρίου"
HIM = "Σπύρος Μαυρίδης"
SUBJECT = "Re: Fwd: arXiv cs.LG — αντικαταστάσεις Δευτέρας (MT-Bench, BIG-bench)"
ORG = "Εργαστήριο Μηχανικής Μάθησης, Τμήμα Πληροφορικής"
MID_HIS = "<5b0e1f7c3a9d2468e1c0b7a5f3d9e2c4a6b8d0f1.camel@ml.lab.example.gr>"
MID_PREV = "<CAJx8QmVq0r3Rk6w2T1YpZ-7nD4u@mail.example.gr>"

headers = [
    "Message-ID: <8c2f0e5b1d7a4c39e6f2b08a1d5c7e93f4a6b2c1.camel@ml.lab.example.gr>",
    f"Subject: {b64(SUBJECT)}",
    f"From: {b64(ME)} <k.zachariou@ml.lab.example.gr>",
    f"To: {b64(HIM)} <s.mavridis@ml.lab.example.gr>",
    "Cc: ml-reading@lists.lab.example.gr",
    "Date: Tue, 12 Dec 2023 11:07:33 +0200",
    f"In-Reply-To: {MID_HIS}",
    f"References: {MID_PREV}\n\t {MID_HIS}",
    f"Organization: {b64(ORG)}",
    'Content-Type: text/plain; charset="UTF-8"',
    "Content-Transfer-Encoding: 8bit",
    "User-Agent: Evolution 3.50.2 (3.50.2-1.fc39) ",
    "MIME-Version: 1.0",
]

judge_auth = ", ".join(CAT[K["judge"]]["authors"])
big_auth = ", ".join(CAT[K["bigbench"]]["authors"]) + ", et al. (440 additional authors not shown)"
eig_auth = ", ".join(CAT[K["eigen"]]["authors"])

his_note = wrap(
    "Καλημέρα σε όλους,\n\n"
    "προωθώ τη χθεσινή λίστα του arXiv (cs.LG). Τα καινούργια άρθρα τα έκοψα — ήταν πάνω από 400 — και κράτησα "
    "μόνο τις αντικαταστάσεις που μας αφορούν για τη συνάντηση της Πέμπτης. Κατερίνα, εσύ είχες πει ότι θα "
    "παρουσιάσεις το MT-Bench: βγήκε νέα έκδοση.\n\nΣ.") + "\n\n"

fwd = "\n".join([
    "-------- Forwarded Message --------",
    "Subject: \tcs daily Subj-class mailing 2c41e 1",
    "Date: \tMon, 11 Dec 23 20:31:07 -0500",
    "From: \tsend mail ONLY to cs <no-reply@arxiv.org>",
    "Reply-To: \tcs@arxiv.org",
    "To: \trabble@arxiv.org",
    "", "",
    RULE, RULE,
    "Send any comments regarding submissions directly to submitter.",
    RULE,
    "Archives at http://arxiv.org/",
    "To unsubscribe, e-mail To: cs@arXiv.org, Subject: cancel",
    RULE,
    " Submissions to:",
    "Machine Learning",
    " received from  Fri  8 Dec 23 19:00:00 GMT  to  Mon 11 Dec 23 19:00:00 GMT",
    RULE, RULE,
    "[... 412 νέα άρθρα και cross-lists κομμένα — Σ.]",
    PCT,
])
e_judge = entry(K["judge"], "Sun, 10 Dec 2023 22:52:17 GMT", 1903, "cs.CL cs.AI", judge_auth,
                "NeurIPS 2023 Datasets and Benchmarks Track")
e_big = entry(K["bigbench"], "Mon, 11 Dec 2023 09:14:40 GMT", 6781, "cs.CL cs.AI cs.CY cs.LG stat.ML", big_auth,
              "27 pages, 17 figures + references and appendices, repo: https://github.com/google/BIG-bench")
e_eig = entry(K["eigen"], "Fri, 8 Dec 2023 21:36:02 GMT", 2244, "cs.LG cs.GT stat.ML", eig_auth,
              "ICLR 2021 (Outstanding Paper Award)")

attrib = f"Στις Τρι, 2023-12-12 στις 09:41 +0200, ο/η {HIM} έγραψε:"

r1 = wrap(
    "Ναι, το κρατάω εγώ. Η v4 διορθώνει κυρίως τον πίνακα συμφωνίας με τους ανθρώπους· θα δείξω και το "
    "leaderboard του Chatbot Arena όπως είναι σήμερα (δεν είναι άρθρο, απλώς για να δούμε τα Elo).")
r2 = wrap(
    "Αυτό θα το πιάσω μαζί με το MT-Bench, για σύγκριση: στο \"" + T(K["bigbench"]) + "\" οι εργασίες "
    "βαθμολογούνται αυτόματα, ενώ στο \"" + T(K["judge"]) + "\" κρίνει άλλο LLM. Για τα πειράματα θα "
    "χρησιμοποιήσουμε το lm-evaluation-harness αντί για το repo τους, είναι πιο εύκολο στο cluster.")
r3 = wrap(
    "Όμορφο άρθρο, αλλά δεν ταιριάζει φέτος· ίσως στο μπλοκ βελτιστοποίησης τον Φεβρουάριο, αν ο Νίκος θέλει να "
    "το πάρει.")
r4 = wrap(
    "Και μια πρόταση για τον Ιανουάριο, αφού μαζευτήκαμε για βελτιστοποίηση και γενίκευση:\n\n"
    "- 9/1: \"" + T(K["domainbed"]) + "\" (arXiv:2007.01434) — ο κώδικας είναι στο "
    "https://github.com/facebookresearch/DomainBed, αξίζει να τρέξει κάποιος το ERM baseline πριν.\n"
    "- 16/1: \"" + T(K["adamw"]) + "\" — το κλασικό για το AdamW, μαζί με το \"" + T(K["autodrop"]) + "\" "
    "των Pham & Le.\n"
    "- 23/1: ομοσπονδιακή μάθηση, \"" + T(K["feddyn"]) + "\" (FedDyn). Το διάβασε ήδη η Ελένη.\n"
    "- 30/1: κάτι εκτός θέματος για αλλαγή: \"" + T(K["genre"]) + "\" (GENRE), ανάκτηση οντοτήτων με "
    "αυτοπαλίνδρομη παραγωγή.\n\n"
    "Υπάρχει και μια καλή ομιλία για το domain generalization στο YouTube, θα τη στείλω χωριστά.\n\n"
    "Η αίθουσα Β.2 είναι κλεισμένη κάθε Πέμπτη 16:00–17:30 μέχρι τέλος Ιανουαρίου.\n\n"
    "Κ.")

sig = "-- \nΚατερίνα Ζαχαρίου\nΜεταδιδακτορική ερευνήτρια\nΕργαστήριο Μηχανικής Μάθησης\n"

quoted1 = quote(his_note + fwd + "\n" + e_judge)
quoted2 = quote(RULE + "\n" + e_big)
quoted3 = quote(RULE + "\n" + e_eig + "\n" + RULE + "\n" + PCT)

body = "\n".join([
    attrib, quoted1, "", r1, "", quoted2, "", r2, "", quoted3, "", r3, "", r4, "", sig])
text = "\n".join(headers) + "\n\n" + body
write_only(F, text, keys(F), forms=(ME, HIM, SUBJECT, ORG))
