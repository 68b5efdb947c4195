#!/usr/bin/env python3
"""326 (NEGATIVE): the project gallery of an (invented) Dakar hackathon on Devpost, copied from the browser as text.
What such a copy has: Devpost's header, the hackathon's name, tagline, dates and place, its tabs (Overview, Rules,
Prizes, Judges, Project gallery, Updates, Discussions), "Project gallery", "Submissions (n)", the sort line
("Sort by: Popular" — most likes first), one card per project (name, tagline, "Winner" and the prize for winners,
"Built with" tags, likes and comments counts), the prizes with amounts, the judges, the dates (submission deadline,
judging, winners announced), the footer. Organisers' text and taglines in Wolof. Project names that read like paper
titles, software and datasets in "Built with", a YouTube demo playlist — and no paper: the builder refuses any
catalogue title and any arXiv-shaped number."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import write

PROJ = [  # name, tagline, prize or None, built with, likes, comments
    ("Xam-xam Bàyykat: Retrieval-Augmented Answers for Wolof-Speaking Farmers",
     "Ndimbal ci làkk wolof ngir bàyykat yi xam jamono ji ñuy ji ak ndox mi", "Premier prix — Agriculture",
     ["python", "langchain", "whisper", "fastapi", "whatsapp-api"], 41, 9),
    ("Wax Ma: Low-Resource Speech Recognition Is All We Had Time For",
     "Jàngale masin bi mu dégg wolof ci 24 waxtu rekk", "Prix du public",
     ["pytorch", "hugging-face", "common-voice", "gradio"], 37, 12),
    ("Seen Jàng: A Few-Shot Reading Tutor for Primary Schools",
     "Ndimbal ngir xale yi jàng wolof ak faransee", "Premier prix — Éducation",
     ["flutter", "tensorflow-lite", "firebase"], 29, 6),
    ("Ñaata la? Forecasting Market Prices at Sandaga with Gradient Boosting",
     "Xam njëg yi ci marse bi ba pare", None, ["python", "xgboost", "streamlit", "pandas"], 22, 4),
    ("Car Rapide Tracker: Towards Real-Time Bus Arrival Prediction in Dakar",
     "Xam kañ la car rapide bi di ñëw", None, ["kotlin", "google-maps", "postgresql"], 18, 3),
    ("Pénc: Detecting Misinformation in Wolof Voice Notes",
     "Xam ndax xibaar bi dëgg la walla fen", "Mention spéciale du jury",
     ["python", "wav2vec2", "label-studio", "docker"], 15, 7),
    ("Jàmm ak Wér: Triage Chatbot for Community Health Workers",
     "Ndimbal ñi di liggéey ci wér-gi-yaram ci dëkk yi", None, ["rasa", "python", "twilio"], 11, 2),
    ("Géej gi: Counting Pirogues on Satellite Images",
     "Waññ gaal yi ci tefes gi ak nataal yu satelit", None, ["pytorch", "yolov8", "sentinel-2", "qgis"], 8, 1),
]
PRIZES = [("Premier prix — Agriculture", "1 500 000 FCFA"), ("Premier prix — Éducation", "1 500 000 FCFA"),
          ("Prix du public", "500 000 FCFA"), ("Mention spéciale du jury", "250 000 FCFA + mentorat")]
PROJ.sort(key=lambda p: -p[4])
L = ["Devpost", "Join a hackathon", "Host a hackathon", "Resources", "Log in", "Sign up",
     "Hackathon IA Ndakaaru 2024", "Xelal yu bees ngir Senegaal: 36 waxtu ngir sos ay jumtukaay yu AI ci wolof",
     "Mar 23 - 24, 2024", "Dakar, Senegal", "Public", "Overview", "Rules", "Prizes", "Judges", "Project gallery",
     "Updates", "Discussions", "Project gallery", f"Submissions ({len(PROJ)})", "Sort by: Popular", ""]
for name, tag, prize, built, likes, com in PROJ:
    L += [name, tag]
    if prize:
        L += ["Winner", prize]
    L += ["Built with: " + ", ".join(built), f"{likes} likes · {com} comments", ""]
L += ["Prizes", f"{len(PRIZES)} prizes"]
for p, amt in PRIZES:
    L += [p, amt]
L += ["", "Judges", "Aminata Diop", "Dakar AI Community", "Moussa Ndiaye", "Université Cheikh Anta Diop (UCAD)",
      "Fatou Sarr", "Orange Digital Center Dakar", "",
      "Dates", "Submissions open: Mar 23, 2024 9:00 AM GMT", "Submission deadline: Mar 24, 2024 9:00 PM GMT",
      "Judging: Mar 25 - 27, 2024", "Winners announced: Mar 28, 2024", "",
      "Lu ñu bëgg: Ñépp ñu bëgg a xool demo yi, seetleen seen playlist YouTube \"Hackathon IA Ndakaaru 2024 — Demos\". "
      "Dataset yi ñu jëfandikoo: Common Voice wolof, ALFFA, ak nataal yu Sentinel-2.",
      "", "About", "Careers", "Contact", "Help", "Terms of service", "Privacy policy", "© 2024 Devpost, Inc."]
write("326_negative_devpost_hackathon_gallery_copied_text_wolof_ai_projects.txt", "\n".join(L) + "\n", negative=True)
