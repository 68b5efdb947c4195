#!/usr/bin/env python3
"""274: a ResearchGate Q&A page (a question with its answers) selected in the browser and pasted as text, English
with a Hausa answer. The top bar, "Question", "Asked 12th Mar, 2024", the asker and affiliation, the question title
and text, topic tags, "Most recent answer" (repeated at the top, as the page does), "All Answers (N)", each answer
with its date, author, affiliation, text, "Cite", "N Recommendations", then "Similar questions and discussions"."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write


def od(d):
    return str(d) + ("th" if 11 <= d % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th"))


answers = [
    (12, "Kofi Mensah", "Kwame Nkrumah University of Science and Technology", f"""Start with the scaling papers, otherwise the rest will not make sense: "{T("2001.08361")}" (Kaplan et al., 2020) and then the Chinchilla paper, {T("2203.15556")} (arXiv:2203.15556), which revised how many tokens you need per parameter.""", 3),
    (12, "Aisha Bello", "Bayero University Kano", f"""Sannu Musa. Ga takardun da na fi so don buɗaɗɗun samfura (open models):
- {T("2302.13971")} https://arxiv.org/abs/2302.13971
- {T("2307.09288")} – wannan ya fi muhimmanci saboda lasisin sa.
- {T("2205.01068")} (https://arxiv.org/abs/2205.01068v4)
Hakanan ka duba Masakhane a GitHub da kuma HausaNLP.""", 5),
    (13, "Rajesh Kumar", "Indian Institute of Technology Madras", f"""For evaluation you must know "{T("2009.03300")}" (MMLU). Most open-model tables report it. I would also read {T("2206.07682")} — https://huggingface.co/papers/2206.07682 — with some skepticism.""", 2),
    (13, "Elena Popescu", "Politehnica University of Bucharest", f"""If you are thinking of multimodal models later: {T("2204.14198")} (arXiv 2204.14198) and {T("2301.12597")} https://arxiv.org/pdf/2301.12597.pdf. The older {T("2106.13884")} is short and explains the frozen-LM idea well.""", 1),
    (14, "Musa Abdullahi Garba", "Ahmadu Bello University", """Thank you all, this is very helpful. Aisha, na gode! I have also found the Hugging Face course and Sebastian Raschka's book "Build a Large Language Model (From Scratch)". Is PaLM still worth reading?""", 0),
    (14, "Kofi Mensah", "Kwame Nkrumah University of Science and Technology", f"""@Musa: yes, {T("2204.02311")} is long but section 6 on multilingual results is relevant for Hausa. Also consider {T("2205.05638")} if you only have a few hundred labelled examples.""", 2),
    (15, "Thomas Weber", "Technical University of Munich", """A practical note: for Hausa, check the tokenizer fertility before choosing a model. Our lab's blog post on this (and the HF tokenizers docs) may help. Good luck!""", 1),
]
out = ["ResearchGate", "Home", "Questions", "Discover by Jobs", "", "Search for publications, researchers, or questions", "",
       "Join for free", "Log in", "", "Question", f"Asked {od(12)} Mar, 2024", "", "Musa Abdullahi Garba", "Ahmadu Bello University", "",
       "Which papers should I read to understand open large language models for a low-resource language (Hausa)?", "",
       "I am a lecturer in Computer Science at ABU Zaria and I am starting a project on adapting open LLMs to Hausa. "
       "I know the basics of Transformers and BERT, but the literature since 2020 is huge. Which papers (not blog posts "
       "or courses) would you recommend, in which order? Our compute budget is 2 x A100 for 3 months.", "",
       "Large Language Models", "Natural Language Processing", "Low-Resource Languages", "Machine Learning", "",
       "Share", "", "Get help with your research", "Join ResearchGate to ask questions, get input, and advance your work.", "",
       "Join for free", "Log in", "", "Most recent answer", ""]
d, who, aff, body, rec = answers[-1]
out += [f"{od(d)} Mar, 2024", who, aff, body, "", "Cite", "", f"{rec} Recommendation" + ("" if rec == 1 else "s"), "",
        "Popular answers (1)", ""]
pd, pwho, paff, pbody, prec = answers[1]
out += [f"{od(pd)} Mar, 2024", pwho, paff, pbody, "", "Cite", "", f"{prec} Recommendations", "",
        f"All Answers ({len(answers)})", ""]
for d, who, aff, body, rec in answers:
    out += [f"{od(d)} Mar, 2024", who, aff, body, "", "Cite", ""]
    if rec: out += [f"{rec} Recommendation" + ("" if rec == 1 else "s"), ""]
out += ["Similar questions and discussions", "",
        "How to fine-tune a multilingual LLM with limited GPU memory?", "Question", "4 answers", "Asked 2nd Feb, 2024", "Chinedu Eze", "",
        "Is there a Hausa benchmark for text classification?", "Question", "6 answers", "Asked 21st Nov, 2023", "Fatima Yusuf", "",
        "What is the best tokenizer for agglutinative African languages?", "Question", "3 answers", "Asked 3rd Jan, 2024", "Samuel Okoro", "",
        "Company", "About us", "News", "Careers", "Support", "Help Center", "Business solutions", "Advertising", "Recruiting", "",
        "© 2008-2024 ResearchGate GmbH. All rights reserved.", "Terms", "Privacy", "Copyright", "Imprint", "Consent preferences", ""]
write("274_researchgate_question_answers_copied_text_hausa_open_llms.txt", "\n".join(out))
