#!/usr/bin/env python3
"""1704: a thread of the HWBOX.gr forum (XenForo, Greek interface as remembered) copied from the browser as text,
Greek: the site head, the breadcrumb at the top and the bottom, the thread title with «Έναρξη θέματος από nick» and
the start date, posts with the member's name, title, «Μηνύματα» and «Αντιδράσεις», the date and «#n», quotes «nick
είπε:» ending «Πατήστε για ανάπτυξη...», «Απάντηση», a reaction line, the guest box, the footer. The members, counts and
dates are invented; Hugging Face, nanoGPT, llama.cpp, Meltemi, GREEK-BERT, an RTX 4090 and Karpathy's videos appear as
what they are, never labelled; GPT and BERT are names of models here, never labelled; the papers are labelled by full
title where the thread names them."""
import datetime as dt, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import by_num, keys, GPT1
F = by_num(1704)
MO = ["Ιαν", "Φεβ", "Μαρ", "Απρ", "Μαΐ", "Ιουν", "Ιουλ", "Αυγ", "Σεπ", "Οκτ", "Νοε", "Δεκ"]


def gd(d):
    return f"{d.day} {MO[d.month - 1]} {d.year}"


CRUMB = "Φόρουμ › Software › Προγραμματισμός"
TITLE = "Από πού να ξεκινήσω για language models; Λίστα με papers"
U = {"nikos_dev": ("Μέλος", 412, 187), "sparta_gpu": ("Γνωστό μέλος", 2318, 1904), "eleni.k": ("Νέο μέλος", 23, 11),
     "thanasis77": ("Μέλος", 901, 455)}
D = dt.date
posts = [
    ("nikos_dev", D(2025, 2, 3), None,
     ["Καλησπέρα. Είμαι φοιτητής πληροφορικής και θέλω να καταλάβω πώς φτάσαμε στα σημερινά LLM, όχι μόνο να τρέχω "
      "μοντέλα από το Hugging Face. Έχετε μια σειρά από papers να διαβάσω; Έχω δει ήδη τα βίντεο του Karpathy και το nanoGPT."], 0),
    ("sparta_gpu", D(2025, 2, 3), None,
     ["Με τη σειρά που θα τα διάβαζα εγώ:",
      f"1. {T('1801.06146')} (Howard & Ruder, 2018) – η ιδέα του fine-tuning σε κείμενο.",
      f"2. {GPT1} – το αρχικό GPT της OpenAI (τεχνική αναφορά, δεν είναι στο arXiv).",
      f"3. {T('1907.11692')}", "https://arxiv.org/abs/1907.11692",
      f"4. {T('2005.14165')}", "https://arxiv.org/abs/2005.14165",
      "Για BERT θα βρεις παντού υλικό, δεν χρειάζεται να το βάλω."], 7),
    ("eleni.k", D(2025, 2, 4), ("sparta_gpu", "Για BERT θα βρεις παντού υλικό, δεν χρειάζεται να το βάλω."),
     ["Για ελληνικά αξίζει να δει και τα πολυγλωσσικά μοντέλα:",
      f"{T('1911.02116')} – arXiv:1911.02116",
      "Πάνω σε αυτό έχουν βγει και τα GREEK-BERT και Meltemi."], 4),
    ("thanasis77", D(2025, 2, 5), None,
     ["Λείπει η μνήμη/μακρύ context, που είναι η μισή ιστορία:",
      f"- {T('1901.02860')} (Dai et al., ACL 2019)",
      f"- {T('1906.08237')} https://arxiv.org/pdf/1906.08237",
      f"- {T('2002.09402')} (Fan et al., 2020)",
      "Όλα τρέχουν και σε μία RTX 4090 σε μικρό μέγεθος, αν θες να πειραματιστείς με llama.cpp αργότερα."], 5),
    ("nikos_dev", D(2025, 2, 6), None, ["Ευχαριστώ πολύ όλους! Ξεκινάω με τη σειρά του sparta_gpu και θα ενημερώσω."], 2),
]
L = ["Μετάβαση στο περιεχόμενο", "HWBOX.gr", "Αρχική", "Φόρουμ", "Νέα", "Reviews", "Σύνδεση", "Εγγραφή", "",
     CRUMB, "", TITLE, f"Έναρξη θέματος από {posts[0][0]}", f"Ημερομηνία έναρξης {gd(posts[0][1])}", ""]
prev = None
for i, (nick, d, quote, text, likes) in enumerate(posts, 1):
    assert prev is None or d >= prev; prev = d
    rank, msgs, reacts = U[nick]
    L += [nick, rank, f"Μηνύματα {msgs}", f"Αντιδράσεις {reacts}", "", f"{gd(d)}", f"#{i}", ""]
    if quote:
        L += [f"{quote[0]} είπε:", quote[1], "Πατήστε για ανάπτυξη...", ""]
    L += [*text, ""]
    if likes: L += [f"Αντιδράσεις: {likes}", ""]
    L += ["Απάντηση", ""]
L += ["Πρέπει να συνδεθείτε ή να εγγραφείτε για να απαντήσετε εδώ.", "", CRUMB, "",
      "Επικοινωνία", "Όροι και κανόνες", "Πολιτική απορρήτου", "Βοήθεια", "Αρχική",
      "Community platform by XenForo® © 2010-2025 XenForo Ltd."]
write_only(F, "\n".join(L) + "\n", keys(F))
