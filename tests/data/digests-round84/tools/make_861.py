#!/usr/bin/env python3
"""861: a BibTeX file exported by Papers 3 for Mac (File → Export → BibTeX Library): the two `%%` header lines
("Created using Papers on …", the papersapp.com address), Papers' universal citekeys `Surname:YYYYxx` (first author's
surname, year, two letters), fields written flush left (no indentation) in Papers' order, titles in double braces,
arXiv papers as `@article` with `journal = {arXiv.org}` and `eprint` / `eprinttype` / `eprintclass`, bare month macros,
`annote` (the user's notes), `read`, `rating`, `date-added` / `date-modified` (`…GMT`), `abstract`, `url`, `local-url`
(percent-encoded `file://localhost/…` into `~/Library/Application Support/Papers3/Articles/`), `file`, and
`uri = {\\url{papers3://publication/uuid/…}}`; a blank line between entries, LF, final newline. A Greek PhD
student's collection on self-supervised learning and robustness, notes in Greek; eight papers (conference entries
without any arXiv or OpenReview id are title-only; Shortcut Learning's journal entry keeps only its `eprint`), plus
a book and a blog post that are not papers."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import CAT, T, fill, write_only, key_of
from make_expected import by_num, keys

F = by_num(861)
HOME = "/Users/kpapadopoulou/Library/Application Support/Papers3/Articles"


def bibauthors(k):
    out = []
    for n in CAT[key_of(k)]["authors"]:
        p = n.split()
        out.append(f"{p[-1]}, {' '.join(p[:-1])}")
    return " and ".join(out)


def pct(path):
    return path.replace(" ", "%20")


E = []  # (key, fields) in export order (date added)


def entry(kind, key, fields):
    body = ",\n".join(f"{k} = {v}" for k, v in fields)
    E.append(f"@{kind}{{{key},\n{body}\n}}")


def files(year, sur, venue):
    name = f"{venue} {year} {sur}.pdf"
    path = f"{HOME}/{year}/{sur}/{name}"
    return [("local-url", "{file://localhost" + pct(path) + "}"), ("file", "{{" + f"{name}:{path}:application/pdf" + "}}")]


def uri(u):
    return ("uri", "{\\url{papers3://publication/uuid/" + u + "}}")


entry("article", "Chen:2020wz", [
 ("author", "{" + bibauthors("2002.05709") + "}"),
 ("title", "{{" + T("2002.05709") + "}}"),
 ("journal", "{arXiv.org}"), ("year", "{2020}"),
 ("eprint", "{2002.05709v3}"), ("eprinttype", "{arxiv}"), ("eprintclass", "{cs.LG}"), ("month", "feb"),
 ("annote", "{SimCLR. Το βασικό άρθρο για το κεφάλαιο 2. Τρία πράγματα μετράνε: ισχυρή επαύξηση (crop + color "
            "jitter), projection head και μεγάλα batch. Πίνακας 5: χωρίς color distortion η απόδοση πέφτει πολύ. "
            "Η απώλεια NT-Xent να γραφτεί με τον δικό μας συμβολισμό.}"),
 ("read", "{Yes}"), ("rating", "{5}"),
 ("date-added", "{2021-03-04T09:12:44GMT}"), ("date-modified", "{2023-04-28T16:03:10GMT}"),
 ("abstract", "{Contrastive self-supervised learning of visual representations with composed data augmentations, "
              "a learnable nonlinear projection head and large batches, without memory banks or specialised "
              "architectures.}"),
 ("url", "{http://arxiv.org/abs/2002.05709v3}"),
 *files(2020, "Chen", "arXiv"), uri("5B1F0C2E-8A3D-4F7B-9C21-0E6D4A8B3F17")])

entry("inproceedings", "Chen:2021ub", [
 ("author", "{" + bibauthors("2011.10566") + "}"),
 ("title", "{{" + T("2011.10566") + "}}"),
 ("booktitle", "{2021 IEEE/CVF Conference on Computer Vision and Pattern Recognition (CVPR)}"),
 ("year", "{2021}"), ("month", "jun"), ("publisher", "{IEEE}"),
 ("annote", "{SimSiam: χωρίς αρνητικά ζεύγη, χωρίς momentum encoder — αρκεί το stop-gradient. Η ενότητα 5 με την "
            "ερμηνεία τύπου EM είναι η πιο ενδιαφέρουσα. Το PDF είναι από το CVF open access, όχι από arXiv.}"),
 ("read", "{Yes}"), ("rating", "{4}"),
 ("date-added", "{2021-06-21T18:40:02GMT}"), ("date-modified", "{2022-11-02T10:15:37GMT}"),
 *files(2021, "Chen", "CVPR"), uri("A3C94E10-27B6-4D58-8F0A-91E2C7B4D605")])

entry("inproceedings", "Ghiasi:2021ri", [
 ("author", "{" + bibauthors("2012.07177") + "}"),
 ("title", "{{" + T("2012.07177") + "}}"),
 ("booktitle", "{2021 IEEE/CVF Conference on Computer Vision and Pattern Recognition (CVPR)}"),
 ("year", "{2021}"), ("month", "jun"), ("publisher", "{IEEE}"),
 ("annote", "{Όχι SSL, αλλά το χρειάζομαι για την ενότητα για επαυξήσεις: απλό copy-paste αντικειμένων μεταξύ "
            "εικόνων, χωρίς μοντελοποίηση πλαισίου, δίνει κέρδη σε LVIS. Καλό αντιπαράδειγμα στα «σύνθετα» "
            "pipelines επαύξησης.}"),
 ("read", "{No}"), ("rating", "{3}"),
 ("date-added", "{2021-09-13T08:05:51GMT}"), ("date-modified", "{2021-09-13T08:05:51GMT}"),
 *files(2021, "Ghiasi", "CVPR"), uri("0D7E2B91-C4F3-48A6-B1E5-6F2A9C3D8E40")])

entry("inproceedings", "Tsai:2021ky", [
 ("author", "{" + bibauthors("2006.05576") + "}"),
 ("title", "{{" + T("2006.05576") + "}}"),
 ("booktitle", "{International Conference on Learning Representations}"),
 ("year", "{2021}"),
 ("annote", "{Θεωρητική ματιά: η αυτοεπίβλεψη ως μάθηση από δύο «όψεις» του ίδιου δείγματος, με όρους "
            "αμοιβαίας πληροφορίας. Χρήσιμο για την εισαγωγή του κεφαλαίου 2. Η έκδοση ICLR (OpenReview) διαφέρει "
            "από την πρώτη έκδοση arXiv — παραπέμπουμε στην ICLR.}"),
 ("read", "{Yes}"), ("rating", "{4}"),
 ("date-added", "{2021-11-30T14:22:09GMT}"), ("date-modified", "{2023-01-17T09:48:55GMT}"),
 ("url", "{https://openreview.net/forum?id=-bdp_8Itjwp}"),
 *files(2021, "Tsai", "ICLR"), uri("E91B3A47-5C20-4E8D-A6F1-2B7D0C94E3A8")])

entry("article", "Geirhos:2020fd", [
 ("author", "{" + bibauthors("2004.07780") + "}"),
 ("title", "{{" + T("2004.07780") + "}}"),
 ("journal", "{Nature Machine Intelligence}"), ("year", "{2020}"), ("volume", "{2}"), ("number", "{11}"),
 ("pages", "{665--673}"), ("month", "nov"),
 ("eprint", "{2004.07780}"), ("eprinttype", "{arxiv}"), ("eprintclass", "{cs.CV}"),
 ("annote", "{Perspective άρθρο. Ορισμός του shortcut learning και παραδείγματα (texture bias, background). "
            "Η ανοιχτή έκδοση είναι το preprint με το eprint παραπάνω· το PDF του περιοδικού είναι πίσω από "
            "paywall. Να συνδεθεί με την ενότητα για ευρωστία.}"),
 ("read", "{Yes}"), ("rating", "{5}"),
 ("date-added", "{2022-02-08T11:03:27GMT}"), ("date-modified", "{2022-02-09T07:51:12GMT}"),
 *files(2020, "Geirhos", "Nature Machine Intelligence"), uri("7C2F8D05-9E41-4B3A-8D6C-F0A1E5B2C937")])

entry("inproceedings", "Zheltonozhskii:2022vh", [
 ("author", "{" + bibauthors("2103.13646") + "}"),
 ("title", "{{" + T("2103.13646") + "}}"),
 ("booktitle", "{2022 IEEE/CVF Winter Conference on Applications of Computer Vision (WACV)}"),
 ("year", "{2022}"), ("month", "jan"), ("publisher", "{IEEE}"),
 ("annote", "{C2D: αυτοεπιβλεπόμενη προεκπαίδευση (SimCLR/BYOL) πριν από μεθόδους για θορυβώδεις ετικέτες "
            "όπως το DivideMix, ώστε το warm-up να μην απομνημονεύει τον θόρυβο. Άμεσα σχετικό με το δικό μας "
            "πείραμα στο CIFAR-100 με 50% θόρυβο. Κώδικας στο GitHub (ContrastToDivide/C2D).}"),
 ("read", "{Yes}"), ("rating", "{5}"),
 ("date-added", "{2022-05-19T16:30:48GMT}"), ("date-modified", "{2023-03-02T12:07:19GMT}"),
 *files(2022, "Zheltonozhskii", "WACV"), uri("3F6A0E82-B1D9-47C5-9E24-8A5C3D7F1B06")])

entry("book", "Goodfellow:2016wf", [
 ("author", "{Goodfellow, Ian and Bengio, Yoshua and Courville, Aaron}"),
 ("title", "{{Deep Learning}}"),
 ("publisher", "{MIT Press}"), ("year", "{2016}"), ("series", "{Adaptive Computation and Machine Learning}"),
 ("annote", "{Βιβλίο (όχι άρθρο). Κεφ. 15 για representation learning — για τους ορισμούς της εισαγωγής.}"),
 ("read", "{Yes}"), ("rating", "{4}"),
 ("date-added", "{2022-06-01T09:00:13GMT}"), ("date-modified", "{2022-06-01T09:00:13GMT}"),
 ("url", "{https://www.deeplearningbook.org/}"), uri("B84D1F36-0A7E-4C92-B5E8-13F9D6A2C7E4")])

entry("article", "Caron:2021tm", [
 ("author", "{" + bibauthors("2104.14294") + "}"),
 ("title", "{{" + T("2104.14294") + "}}"),
 ("journal", "{arXiv.org}"), ("year", "{2021}"),
 ("eprint", "{2104.14294v2}"), ("eprinttype", "{arxiv}"), ("eprintclass", "{cs.CV}"), ("month", "apr"),
 ("annote", "{DINO: αυτο-απόσταξη χωρίς ετικέτες με teacher = EMA του student, centering και sharpening. Οι "
            "χάρτες προσοχής του [CLS] τμηματοποιούν αντικείμενα χωρίς επίβλεψη (Σχ. 1). Δημοσιεύτηκε στο ICCV "
            "2021 — να ενημερωθεί το πεδίο booktitle πριν την υποβολή.}"),
 ("read", "{Yes}"), ("rating", "{5}"),
 ("date-added", "{2022-10-10T13:45:30GMT}"), ("date-modified", "{2023-04-30T20:11:04GMT}"),
 ("url", "{http://arxiv.org/abs/2104.14294v2}"),
 *files(2021, "Caron", "arXiv"), uri("D05E7A19-3B8C-4F62-A0D4-C7E1B9F3A258")])

entry("misc", "Weng:2019uv", [
 ("author", "{Weng, Lilian}"),
 ("title", "{{Self-Supervised Representation Learning}}"),
 ("year", "{2019}"), ("month", "nov"),
 ("note", "{Lil'Log (blog post)}"),
 ("annote", "{Ανάρτηση σε blog, όχι άρθρο· καλή επισκόπηση των pretext tasks πριν από τις αντιθετικές μεθόδους.}"),
 ("read", "{Yes}"), ("rating", "{3}"),
 ("date-added", "{2023-01-09T10:20:00GMT}"), ("date-modified", "{2023-01-09T10:20:00GMT}"),
 ("url", "{https://lilianweng.github.io/posts/2019-11-10-self-supervised/}"),
 uri("6E1A9C73-F2B4-4D08-9A57-E3C0B8D4F162")])

entry("article", "Oquab:2023qx", [
 ("author", "{" + bibauthors("2304.07193") + "}"),
 ("title", "{{" + T("2304.07193") + "}}"),
 ("journal", "{arXiv.org}"), ("year", "{2023}"),
 ("eprint", "{2304.07193v1}"), ("eprinttype", "{arxiv}"), ("eprintclass", "{cs.CV}"), ("month", "apr"),
 ("annote", "{DINOv2: κλιμάκωση του DINO/iBOT σε επιμελημένο σύνολο 142M εικόνων (LVD-142M). Τα παγωμένα "
            "χαρακτηριστικά δουλεύουν σε ταξινόμηση, τμηματοποίηση και βάθος χωρίς fine-tuning. Να δοκιμαστεί ως "
            "backbone στο πείραμα με τα θορυβώδη δεδομένα (βλ. C2D).}"),
 ("read", "{No}"), ("rating", "{0}"),
 ("date-added", "{2023-04-18T07:58:41GMT}"), ("date-modified", "{2023-04-18T08:02:15GMT}"),
 ("url", "{http://arxiv.org/abs/2304.07193v1}"),
 *files(2023, "Oquab", "arXiv"), uri("9A4C6B28-E7D1-4F35-B0E9-2D8F5A1C3B70")])

text = "%% Created using Papers on Tue, 02 May 2023.\n%% http://papersapp.com/papers/\n\n" + "\n\n".join(E) + "\n"
if __name__ == "__main__":
    import re
    write_only(F, text, keys(F), [re.sub(r"[{}]", "", text)])
