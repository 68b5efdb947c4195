#!/usr/bin/env python3
"""773: the body of `GET /api/v1/links?offset=0&limit=all&searchtags=diffusion` from a Shaarli instance (REST API v1,
JWT-authenticated): PHP json_encode() with no flags, as Slim's withJson writes it when dev.debug is off — compact,
'/' escaped as '\\/', every non-ASCII character as a lower-case \\uXXXX escape, no final newline; a JSON array of
links with Shaarli's formatLink keys id, url, shorturl, title, description, tags, private, created, updated (ATOM
dates, '' when never updated), notes with url '/shaare/<shorturl>', newest first. Greek bookmarks on diffusion,
generative models and neural operators."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, au, write_only
from make_expected import by_num, keys

F = by_num(773)
A = lambda k: f"https://arxiv.org/abs/{k}"


def L(i, url, short, title, desc, tags, created, updated="", private=False):
    return {"id": i, "url": url or f"/shaare/{short}", "shorturl": short, "title": title, "description": desc.replace("et al..", "et al."), "tags": tags,
            "private": private, "created": created, "updated": updated}


R = [
 L(318, None, "Qx4Fbw", "Σημειώσεις: σεμινάριο γενετικών μοντέλων, εβδομάδα 5",
   f"Για την Πέμπτη:\n\n- {T('2204.06125')} ({au('2204.06125', 3)}) — διαβάζουμε την ενότητα για τον prior.\n"
   f"- {T('2010.08895')} ({au('2010.08895', 3)}) — εκτός θέματος διάχυσης, αλλά ο Νίκος θέλει να το συζητήσουμε για τις PDE.\n\n"
   "Τα PDF είναι στον κοινόχρηστο φάκελο του εργαστηρίου, δεν βάζω συνδέσμους.", ["diffusion", "seminario", "notes"],
   "2024-03-05T19:12:44+02:00", "2024-03-05T22:03:10+02:00", True),
 L(317, A("2307.01952"), "tG9cWQ", T("2307.01952"),
   f"{au('2307.01952', 4)}.\n\nΜεγαλύτερο UNet, δύο κωδικοποιητές κειμένου, refiner. Καλό για το κομμάτι «τι άλλαξε από το 2022».",
   ["diffusion", "latent", "text2image"], "2024-03-04T11:27:03+02:00"),
 L(315, "https://huggingface.co/docs/diffusers/index", "8kPzXA", "Diffusers — τεκμηρίωση",
   "Βιβλιοθήκη (λογισμικό), όχι δημοσίευση. Για το εργαστηριακό μάθημα.", ["diffusion", "code"], "2024-03-02T16:40:55+02:00"),
 L(314, A("2011.13456"), "mW2LrA", T("2011.13456"),
   f"{au('2011.13456', 3)}. Ενοποιεί τα score-based μοντέλα και την πιθανοτική διάχυση μέσω SDE· "
   "βλ. και την αντίστροφη SDE (εξ. 6).", ["diffusion", "sde", "score"], "2024-02-28T09:05:19+02:00", "2024-02-29T10:11:47+02:00"),
 L(312, "https://lilianweng.github.io/posts/2021-07-11-diffusion-models/", "c0UvYg", "What are Diffusion Models? | Lil'Log",
   f"Άρθρο ιστολογίου (όχι paper). Καλή εισαγωγή· αναφέρει και το {T('1907.05600')} των {au('1907.05600')} "
   "(arXiv:1907.05600), που είναι η βάση για το score matching με θόρυβο.", ["diffusion", "blog"], "2024-02-26T21:48:32+02:00"),
 L(311, A("2105.05233"), "Zp1yEw", T("2105.05233"),
   f"{au('2105.05233')}. Classifier guidance + βελτιωμένη αρχιτεκτονική UNet· FID σε ImageNet.", ["diffusion", "guidance"],
   "2024-02-22T14:02:08+02:00"),
 L(309, f"https://openreview.net/forum?id={OR('2010.02014')}", "v7HhoQ", T("2010.02014") + " | OpenReview",
   f"{au('2010.02014')}. Σελίδα OpenReview με τις κρίσεις. Σύνδεση VAE με αυτοεπιβλεπόμενους μετασχηματισμούς.",
   ["vae", "generative"], "2024-02-19T18:31:40+02:00"),
 L(306, "https://www.youtube.com/watch?v=Hq7fC3dE4sY", "JrF0nA", "Διάλεξη: Μοντέλα διάχυσης από το μηδέν (βίντεο)",
   f"Ομιλία (όχι paper). Στο 12:40 συγκρίνει με το κλασικό {T('1406.2661')} ({au('1406.2661', 3)}) — "
   "αξίζει να το διαβάσουμε ολόκληρο στην πρώτη εβδομάδα.", ["talk", "generative"], "2024-02-15T20:14:26+02:00"),
 L(305, "https://github.com/yang-song/score_sde_pytorch", "Hw3u5g", "yang-song/score_sde_pytorch",
   "Αποθετήριο κώδικα (PyTorch). Όχι δημοσίευση.", ["code", "score"], "2024-02-15T10:22:57+02:00"),
 L(301, "https://zenodo.example.org/records/104233", "2bXk8A", "Σύνολο δεδομένων: ροή γύρω από κύλινδρο (προσομοιώσεις εργαστηρίου)",
   "Dataset του εργαστηρίου για τα πειράματα με neural operators. Άδεια CC BY 4.0.", ["dataset", "pde"], "2024-02-09T13:37:01+02:00", "", True),
]
text = json.dumps(R, separators=(",", ":")).replace("/", "\\/")
write_only(F, text, keys(F), forms=[json.dumps(R, ensure_ascii=False)])
