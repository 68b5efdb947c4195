#!/usr/bin/env python3
"""316 (NEGATIVE): a Meetup.com event page for an (invented) Samoan AI & data meetup's lightning-talk night, copied
from the browser as text; Meetup's interface in English, the organiser's text in Samoan. What such a copy has: the
site header (search, location, log in / sign up), the date line, the event title, "Hosted By" and the group with
"Public group", the Details text (the schedule as time lines with talk titles in quotes and speakers, books for the
raffle, datasets for the hands-on part, software to install, a recording note), "Attendees (n)" with a few names
and "See all", photos and comments counters, the side card (date, time range with the time zone, the recurrence,
the venue with "How to find us"), the spots left, related topics, the footer. No paper: talk titles that read like
paper titles, books, datasets, software, a YouTube channel, a Drive folder; no catalogue title, no arXiv-shaped
number (the builder refuses both)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import write

page = """Skip to content
Meetup
Search events
Apia, WS
Log in
Sign up
Tuesday, March 19, 2024
Lauga Pupu'u #7: Atamai Fa'akomepiuta i Motu Laiti
Hosted By
Lagi T.
Samoa AI & Data Meetup
Public group
Details
Talofa lava i tagata uma!

O le fonotaga lona fitu lenei o a tatou Lauga Pupu'u (lightning talks). E lima failauga, e lima i le fitu minute le umi o lauga taitasi, ona soso'o ai lea ma fesili. O le autu o lenei masina: Atamai Fa'akomepiuta (AI) i motu laiti o le Pasefika.

O le polokalame:
6:00 PM Fa'afeiloa'iga ma mea'ai
6:20 PM "Small Models, Big Islands: Running Chat Assistants Offline in Savai'i" — Lagi Tuimavave
6:30 PM "Fa'aliliuga i le Gagana Samoa: O le a le mea e sa'o ma le mea e sese" — Iosefa Leiataua
6:40 PM "Counting Coconut Palms from Drone Images with YOLO" — Mele Fa'asalele
6:50 PM "Tala o le Aso: Classifying Samoan News Headlines on a Budget" — Tavita Sapolu
7:00 PM "What the 2021 Census Tells Us About Digital Access in Samoa" — Sina Aiono
7:10 PM Fesili ma talanoaga
7:45 PM Fa'ata'ita'iga (hands-on): fa'aaoga se LLM i lau lava komepiuta
8:20 PM Tusi fa'amanuia (raffle)

Tusi e fa'amanuia i le fa'ai'uga (na foa'i mai e SamoaTech):
• Designing Machine Learning Systems — Chip Huyen
• Deep Learning with Python (lomiga lona 2) — François Chollet
• Natural Language Processing with Transformers — Tunstall, von Werra & Wolf

Fa'amaumauga (datasets) mo le fa'ata'ita'iga:
• Samoa Population and Housing Census 2021, laulau mai le Samoa Bureau of Statistics
• O ulutala o tala fou a le Samoa Observer, 2019–2023 (ua fa'amama e Tavita)
• Ata mai le drone o fa'ato'aga niu i Upolu (Mele)

Polokalama e tatau ona fa'apipi'i muamua: Ollama, Jupyter, Label Studio. Fa'amolemole aumai lau komepiuta ma sou uaea eletise.

E leai se totogi. O le a pu'eina lauga ma tu'uina i le matou YouTube (Samoa AI & Data Meetup); o ata o lauga o le a tu'uina i le Google Drive a le vaega.

Fa'afetai tele i le Iunivesite Aoao o Samoa mo le potu.
Attendees (34)
See all
Lagi T.
Organizer
Iosefa L.
Mele F.
Tavita S.
+30
Photos (0)
Comments (3)
Sina A.
Ou te aumaia le USB ma fa'amaumauga o le tusigaigoa mo le au e leai se initaneti.
Tavita S.
Fa'amolemole, e iai se mea e fa'apipi'i ai le projector i le Mac?
Lagi T.
Ioe, o iai le HDMI ma le USB-C.
Tuesday, March 19, 2024
6:00 PM to 8:30 PM WST
Every 3rd Tuesday of the month
Le Iunivesite Aoao o Samoa
Le Papaigalagala, To'omatagi · Apia
How to find us
Fale Fono 2, fogafale muamua, i tua o le faletusi.
Free
6 spots left
Attend
Related topics
Artificial Intelligence
Data Science
Machine Learning
Open Source
Pacific Islands
Create your own Meetup group
Get Started
Follow us
Meetup
© 2024 Meetup
Terms of Service
Privacy Policy
Cookie Policy
Help
"""
write("316_negative_meetup_event_page_copied_text_samoan_ai_lightning_talks.txt", page, negative=True)
