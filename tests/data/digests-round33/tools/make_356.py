#!/usr/bin/env python3
"""356 (NEGATIVE): an ML meetup's e-mail newsletter in Mailchimp's plain-text version (as the "Plain-Text Email"
tab generates it and a subscriber saved it): "** " headings over 60-dash rules, links as "text (url)", the
"View this email in your browser" line, the merge-tag greeting already filled, the sponsor block, the standard
footer (Copyright ©, why you receive this, mailing address, update preferences / unsubscribe). Full of paper-like
noise and no paper: talk titles in title case ("Shipping Retrieval to Production Without Losing Your Mind",
"Small Models, Big Wins"), a lightning-talk list, a quoted slogan, product and library names with versions
(Ollama, LangGraph, DuckDB, vLLM as a product), a hackathon, a podcast episode, job ads, ticket and room numbers
that are not arXiv-shaped. The builder refuses any catalogue title and any arXiv-shaped number."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import write, no_catalogue_title
from make_expected import F356

R = "-" * 60


def h(t):
    return f"** {t}\n{R}"


text = f"""View this email in your browser (https://mailchi.mp/example/applied-ml-spree-58)

{h("Applied ML Spree — Newsletter #58 (March 2024)")}

Hi Jonas,

spring is here, the coffee machine at the Kreuzberg venue is finally fixed, and we have a packed
month. Three things in this issue: the March meetup (two talks + lightning round), the "Build
Something Small" hackathon, and a few jobs from our community.

{h("March Meetup: Thursday, 14 March 2024, 18:30")}

Venue: Werkhalle Süd, Room 2.14 (enter through the courtyard, 3rd floor)
RSVP: Meetup event 299114372 (https://www.meetup.example/applied-ml-spree/events/299114372/)
Doors 18:30 · Talks 19:00 · Pizza & drinks afterwards

TALK 1 — Shipping Retrieval to Production Without Losing Your Mind
Dr. Mirela Ionescu (Search Lead, Kiezkauf) on what broke when their retrieval-augmented support bot
went from 50 to 50,000 users a day: chunking, stale indexes, and why "just add a reranker" was not
the answer. Stack: DuckDB, LangGraph 0.0.26, self-hosted vLLM.

TALK 2 — Small Models, Big Wins: Distilling a 7B Assistant into Something That Runs on a Laptop
Tobias Brandt (freelance ML engineer) shows his Ollama 0.1.29 setup, quantized GGUF files, and an
honest latency table on an M2 MacBook Air. Spoiler: "Good enough is a feature."

LIGHTNING ROUND (5 minutes each, sign up at the door)
* Evaluating Chatbots When Nobody Agrees on What "Good" Means
* A Tiny Feature Store in 200 Lines of Python
* Lessons Learned from Labeling 40,000 Receipts

{h("Hackathon: Build Something Small — Saturday, 6 April 2024")}

One day, one rule: your model has to fit on a Raspberry Pi 5. Teams of up to four, mentors from
three local startups, prizes sponsored by our friends at Rechenwerk Cloud (200 GPU hours for the
winning team). Tickets are free but limited: use code SPREE-58-HACK (https://tickets.example/spree-hack).

{h("From the Community")}

* Podcast: our co-organizer Hanna was on episode 117 of "Daten & Döner" talking about
  "Benchmarks Are a Social Construct" (https://podcast.example/117)
* Slides from February's talk "Vector Databases: The Good, the Bad and the Overhyped" are now
  online (https://speakerdeck.example/spree/vector-dbs)
* Recording of the January panel "Open Weights, Closed Data?" — 1h 12min (https://video.example/spree-panel-jan)

{h("Jobs")}

* Kiezkauf — Senior ML Engineer, Search & Ranking (Berlin / hybrid), ref. KK-2024-031
* Rechenwerk Cloud — Developer Advocate, Inference Platform (remote EU)
* Uferlicht Health — Working Student, Data Labeling Tools (20 h/week)
Want your job here? Reply to this mail; community listings are free for teams under 50 people.

{h("Thanks to Our Sponsors")}

Rechenwerk Cloud (https://rechenwerk.example) — GPU hours for the hackathon
Werkhalle Süd (https://werkhalle.example) — our venue since 2022
Kiezkauf (https://kiezkauf.example) — pizza for meetup #58

See you on the 14th!
Hanna, Jonas & Emre

============================================================
Copyright © 2024 Applied ML Spree e.V., All rights reserved.
You are receiving this email because you signed up at one of our meetups or on our website.

Our mailing address is:
Applied ML Spree e.V.
Musterstraße 12
10999 Berlin
Germany

Add us to your address book (https://spree.us21.list-manage.example/vcard?u=4f9c2a7e1b&id=7d3e5a19c0)

Want to change how you receive these emails?
You can update your preferences (https://spree.us21.list-manage.example/profile?u=4f9c2a7e1b&id=7d3e5a19c0&e=b21f9c) or unsubscribe from this list (https://spree.us21.list-manage.example/unsubscribe?u=4f9c2a7e1b&id=7d3e5a19c0&e=b21f9c)
"""
no_catalogue_title(text, F356)
write(F356, text, negative=True)
