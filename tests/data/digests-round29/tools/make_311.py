#!/usr/bin/env python3
"""311: an episode page of an (invented) Igbo-language technology podcast on Apple Podcasts' web preview, copied from
the browser as text. What such a copy has: the web player's navigation, "Open in Podcasts", the show name, its
creators, category, rating line, the episode's date in capitals ("MAR 14, 2024"), "Ep. 37 · title", the show notes
(the hosts' Igbo text with chapters as "mm:ss" lines and a list of the papers discussed; URLs the hosts typed stay as
text), the length, the Information block (Show / Creator / Frequency / Released / Length / Season / Episode / Rating /
Copyright), "More Episodes" with earlier episodes, newest first, at the show's biweekly rhythm, "You Might Also Like",
Apple's footer. Papers: a title with a huggingface.co/papers, OpenReview forum or abs URL (link), with "arXiv:ID" or a
bare id (arxiv-text), titles alone with authors, a nickname or a year (title-only); a talk, a dictionary, a community
and a book are named too."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only

KEYS = ["2306.11644", "2206.14858", "2307.15043", "2002.08909", "2010.00904", "2005.14165", "2201.11903",
        "2302.13971", "2307.09288", "2001.08361", "2203.15556", "2009.03300"]

page = f"""Apple Podcasts
Listen Now
Browse
Top Charts
Search
Sign In
Try It Free
Open in Podcasts
Nkà na Ụzụ n'Igbo
Chidi Okafor na Ada Nwosu
Technology
5.0 • 12 Ratings
MAR 14, 2024
Ep. 37 · Ụdị asụsụ buru ibu: ihe ha na-amụta, na ihe ha anaghị amụta
N'ihe omume a, Chidi na Ada na-akọwa otú ụdị asụsụ buru ibu (LLM) si amụta, ihe mere ha ji na-eto ka e nyere ha data na kọmputa karịa, na ihe egwu dị na ha. Anyị na-ajụkwa ajụjụ: olee mgbe ChatGPT ga-asụ Igbo nke ọma?

Isiokwu:
00:00 Mmalite
03:12 GPT-3 na mmụta site n'ihe atụ ole na ole
11:40 Iwu nha (scaling laws) na Chinchilla
19:05 LLaMA na Llama 2: ụdị mepere emepe
27:30 Chain-of-thought na mgbakọ na mwepụ
35:48 Ịchọta ozi: REALM na GENRE
42:10 Mwakpo na nchekwa
48:55 Ajụjụ ndị na-ege ntị

Akwụkwọ nchọcha anyị kwuru maka ha:
• {T('2005.14165')} — Brown na ndị ọzọ, 2020 (akwụkwọ GPT-3)
• {T('2001.08361')} — arXiv:2001.08361
• {T('2203.15556')} ("Chinchilla")
• {T('2302.13971')} (Touvron na ndị ọzọ)
• {T('2307.09288')} https://huggingface.co/papers/2307.09288
• {T('2201.11903')} https://openreview.net/forum?id={OR('2201.11903')}
• {T('2206.14858')} (Minerva) https://arxiv.org/abs/2206.14858
• {T('2009.03300')} — MMLU, 2021
• {T('2002.08909')}
• {T('2010.00904')} (GENRE), 2010.00904
• {T('2307.15043')} https://arxiv.org/abs/2307.15043

Ada kwuru na ụdị nta nwere ike ime nke ọma ma ọ bụrụ na data dị mma, dịka e gosiri n'akwụkwọ "{T('2306.11644')}" (phi-1, 2023). Nke a bụ ozi ọma maka Igbo, ebe anyị enweghị data buru ibu.

Ihe ndị ọzọ anyị kpọtụrụ aha: okwu Andrej Karpathy "Intro to Large Language Models" na YouTube; ọkọwa okwu IgboAPI; obodo Masakhane; akwụkwọ "Ụtọ Asụsụ Igbo".

Zitere anyị ajụjụ gị: ajuju@nkanauzu.example.ng
52 min
Information
Show
Nkà na Ụzụ n'Igbo
Creator
Chidi Okafor na Ada Nwosu
Frequency
Updated Biweekly
Released
March 14, 2024 at 5:00 AM UTC
Length
52 min
Season
2
Episode
37
Rating
Clean
Copyright
© 2024 Nkà na Ụzụ n'Igbo
More Episodes
FEB 29, 2024
Ep. 36 · Ịntanetị na ime obodo: ihe ọma na ihe ọjọọ
Ada gara Nsukka ịhụ otú ụmụ akwụkwọ si eji ekwentị amụta ihe. Anyị na-ekwu maka data ekwentị na ọnụ ahịa ya.
41 min
FEB 15, 2024
Ep. 35 · Olee otú e si amụ mmụta igwe?
Ndụmọdụ maka ndị na-amalite: akwụkwọ, ihe omume n'ịntanetị, na otú e si achọ onye ndụmọdụ.
47 min
FEB 1, 2024
Ep. 34 · Ụda olu na kọmputa: ASR n'Igbo
Anyị na Obinna kparịtara ụka maka ịme ka kọmputa ghọta ụda olu Igbo, na data Common Voice.
55 min
JAN 18, 2024
Ep. 33 · Afọ ọhụrụ, atụmatụ ọhụrụ
Ihe anyị ga-eme n'afọ 2024, na ihe ndị na-ege ntị rịọrọ.
29 min
See All
You Might Also Like
Lex Fridman Podcast
Lex Fridman
Practical AI
Changelog Media
Copyright © 2024 Apple Inc. All rights reserved.
Internet Service Terms
Apple Podcasts web player & Privacy
Cookie Warning
Support
"""

write_only("311_apple_podcasts_episode_page_copied_text_igbo_large_language_models_episode.txt", page, KEYS)
