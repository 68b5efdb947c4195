#!/usr/bin/env python3
"""1154: a xonsh session (Greek), copied from a terminal: a Thessaloniki student looks at her reading list on text
and multimodal embeddings (a JSON file, `cat`), loads it in Python mode, counts it, lists the papers without link or
ref, prints the schedule in a two-line loop (continuation prompt: dots as wide as the prompt), reads her notes and
counts their lines. Prompts `user@host cwd @ ` follow `cd`; Python values are printed as repr."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, au, write_only
from make_expected import F1154, keys

papers = [
 {"date": "2024-10-03", "title": T("1301.3781"), "link": None, "ref": "arXiv:1301.3781", "who": "Ελένη", "note": "word2vec· η βάση για όλα τα υπόλοιπα"},
 {"date": "2024-10-03", "title": T("1802.05365"), "link": None, "ref": None, "who": "Νίκος", "note": "ELMo· το PDF είναι στο κοινόχρηστο"},
 {"date": "2024-10-10", "title": T("1908.10084"), "link": "https://arxiv.org/abs/1908.10084", "ref": None, "who": "Γιώργος", "note": "siamese fine-tuning για embeddings προτάσεων"},
 {"date": "2024-10-10", "title": T("1910.13461"), "link": "https://arxiv.org/abs/1910.13461", "ref": None, "who": "Ελένη", "note": "denoising seq2seq"},
 {"date": "2024-10-17", "title": T("2011.03459"), "link": None, "ref": None, "who": "Μαρία", "note": "γράφοι γνώσης· ICLR 2021"},
 {"date": "2024-10-17", "title": T("2102.05918"), "link": None, "ref": None, "who": "Νίκος", "note": "ALIGN· θορυβώδη ζεύγη εικόνας-κειμένου"},
 {"date": "2024-10-24", "title": T("2303.15343"), "link": "https://arxiv.org/pdf/2303.15343.pdf", "ref": None, "who": "Γιώργος", "note": "SigLIP· sigmoid αντί για softmax"},
 {"date": "2024-10-24", "title": T("2304.08485"), "link": "https://arxiv.org/abs/2304.08485", "ref": None, "who": "Μαρία", "note": "LLaVA· κώδικας: https://github.com/haotian-liu/LLaVA"},
]
notes = f"""# Σημειώσεις — ομάδα ανάγνωσης (φθινόπωρο 2024)

- Θέμα: embeddings κειμένου και πολυτροπικά μοντέλα.
- Συναντήσεις κάθε Πέμπτη 17:00, αίθουσα Β2 (ή Zoom).
- Για το ALIGN ({au('2102.05918', 2)}) δεν έχουμε σύνδεσμο ακόμα· ο Νίκος θα το ανεβάσει.
- Καλό υλικό (όχι paper): το μάθημα CS224N και το blog του Jay Alammar, https://jalammar.github.io/illustrated-word2vec/
- Το sentence-transformers (https://www.sbert.net/) το χρησιμοποιούμε για τα πειράματα.
"""
H = "eleni@thess-ws"
def P(cwd): return f"{H} {cwd} @ "
L = []
def cmd(cwd, c): L.append(P(cwd) + c)
cmd("~", "cd ~/anagnoseis")
cmd("~/anagnoseis", "ls")
L.append("anagnoseis.json  simeioseis.md")
cmd("~/anagnoseis", "cat anagnoseis.json")
L += json.dumps(papers, ensure_ascii=False, indent=2).split("\n")
cmd("~/anagnoseis", "import json")
cmd("~/anagnoseis", "papers = json.load(open('anagnoseis.json', encoding='utf-8'))")
cmd("~/anagnoseis", "len(papers)")
L.append(str(len(papers)))
cmd("~/anagnoseis", "[p['title'] for p in papers if not p['link'] and not p['ref']]")
L.append(repr([p["title"] for p in papers if not p["link"] and not p["ref"]]))
cmd("~/anagnoseis", "for p in papers:")
L.append("." * len(P("~/anagnoseis")) + "    print(p['date'], p['who'], '-', p['title'])")
L.append("." * len(P("~/anagnoseis")))
L += [f"{p['date']} {p['who']} - {p['title']}" for p in papers]
cmd("~/anagnoseis", "cat simeioseis.md")
L += notes.rstrip("\n").split("\n")
cmd("~/anagnoseis", "wc -l simeioseis.md")
L.append(f"{notes.count(chr(10))} simeioseis.md")
cmd("~/anagnoseis", "exit")
write_only(F1154, "\n".join(L) + "\n", keys(F1154))
