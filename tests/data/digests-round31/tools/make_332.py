#!/usr/bin/env python3
"""332: an application to a research ethics committee for a user study of a health-and-maths tutoring chatbot,
filled in on the committee's web portal and copied from its print view as text, in Tetum. The committee, the
institute, the people and the application are invented. What such a copy has: the portal's header line with the
application number and "Imprime", the form's title, sections A–F with numbered questions (A1, A2, … — label, then the
answer on the next lines), the participant groups with their numbers and the total, the planned start and end dates
and the duration in months, the information-sheet version, the references "[n]" in the literature answer and the
reference list, the declaration, the print footer with the same application number. Papers: references with an
arXiv abs/pdf URL or an OpenReview forum URL (link), "arXiv:ID" (arxiv-text), title and venue only (title-only);
the chatbot's base model, WhatsApp, the national curriculum and a questionnaire are not papers."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only

KEYS = ["2203.02155", "2201.11903", "2009.03300", "2206.14858", "2307.15043", "1904.09751", "2106.09685",
        "2305.14314", "2002.08909", "2010.00904"]
APP = "KEP-2024-017"
GROUPS = [("Estudante universidade (tinan 18–25)", 30), ("Profesór matemátika eskola sekundária", 15),
          ("Enfermeira iha sentru saúde", 15)]
REFS = [
    f"Ouyang L. et al. {T('2203.02155')}. NeurIPS 2022.",
    f"Hu E. J. et al. {T('2106.09685')}. ICLR 2022. arXiv:2106.09685",
    f"Dettmers T. et al. {T('2305.14314')}. NeurIPS 2023. https://arxiv.org/pdf/2305.14314",
    f"Guu K. et al. {T('2002.08909')}. ICML 2020.",
    f"De Cao N. et al. {T('2010.00904')}. ICLR 2021. arXiv:2010.00904",
    f"Wei J. et al. {T('2201.11903')}. NeurIPS 2022. https://openreview.net/forum?id={OR('2201.11903')}",
    f"Lewkowycz A. et al. {T('2206.14858')}. NeurIPS 2022.",
    f"Hendrycks D. et al. {T('2009.03300')}. ICLR 2021.",
    f"Holtzman A. et al. {T('1904.09751')}. ICLR 2020.",
    f"Zou A. et al. {T('2307.15043')}. 2023. https://arxiv.org/abs/2307.15043",
]
S = [
    ("A", "Informasaun jerál", [
        ("Títulu projetu", "Chatbot tutór ba matemátika no saúde iha lian Tetun: estudu ho utilizadór"),
        ("Peskizadór prinsipál", "Dra. Aurora da Costa Belo"),
        ("Instituisaun", "Institutu Peskiza Teknolojia no Edukasaun, Díli"),
        ("Data submisaun", "04/03/2024"),
        ("Data hahú planeadu", "01/05/2024"),
        ("Data remata planeadu", "31/10/2024"),
        ("Durasaun (fulan)", "6"),
    ]),
    ("B", "Deskrisaun projetu", [
        ("Objetivu", "Hatene se chatbot ida iha lian Tetun bele ajuda estudante no profesór sira atu komprende "
         "matemátika báziku no informasaun saúde, no hatene risku saida mak iha."),
        ("Kontestu no literatura", "Chatbot modernu sira uza modelu lian boot ne'ebé hetan treinu atu tuir "
         "instrusaun, hanesan iha [1]. Ami sei adapta modelu ki'ik ida ba Tetun ho LoRA [2] no QLoRA [3], tanba ami "
         "iha GPU rua de'it. Atu hatán ho loos kona-ba saúde, chatbot sei buka informasaun iha dokumentu Ministériu "
         "nian, tuir ideia husi " + T('2002.08909') + " [4] no " + T('2010.00904') + " [5]. Ba matemátika, chatbot "
         "sei esplika pasu ba pasu, tuir [6] no [7]."),
        ("Metodolojia", "Partisipante sira sei uza chatbot durante semana rua liuhusi WhatsApp, depois prienche "
         "kestionáriu ida. Ami mós sei sukat koñesimentu modelu nian ho teste ida hanesan " + T('2009.03300') +
         " [8], tradús ba Tetun, no ami sei kompara manera hili liafuan oioin (\"sampling\"), tuir [9]."),
    ]),
    ("C", "Partisipante", [
        ("Grupu partisipante", "\n".join(f"{g}: {n}" for g, n in GROUPS)),
        ("Totál partisipante", str(sum(n for _, n in GROUPS))),
        ("Idade mínima", "18"),
    ]),
    ("D", "Risku no benefísiu", [
        ("Risku", "Chatbot bele fó resposta sala kona-ba saúde. Ema bele mós uza pergunta espesiál atu halo chatbot "
         "hatán buat perigozu, hanesan hatudu iha " + T('2307.15043') + " [10]. Ami sei filtra resposta no sei "
         "hakerek iha ekrã katak chatbot la'ós doutór."),
        ("Benefísiu", "Partisipante sira hetan asesu ba material aprende iha sira-nia lian rasik."),
    ]),
    ("E", "Konsentimentu informadu", [
        ("Versaun folla informasaun", "2.1 (Tetun no Portugés)"),
        ("Oinsá hetan konsentimentu", "Asinatura iha papél, ka marka polegar ho sasin ida."),
    ]),
]
out = [f"Portál Étika · Aplikasaun {APP} · Imprime", "", "KOMISAUN ÉTIKA BA PESKIZA",
       "Formuláriu Aplikasaun — Peskiza ho Ema", ""]
for letter, name, qs in S:
    out += [f"Seksaun {letter}: {name}", ""]
    for i, (lab, ans) in enumerate(qs, 1):
        out.append(f"{letter}{i}. {lab}")
        for para in ans.split("\n"):
            out.append(para)  # a browser copy keeps a paragraph on one line
        out.append("")
out += ["Seksaun F: Referénsia", ""]
out += [f"[{i}] {r}" for i, r in enumerate(REFS, 1)]
out += ["", "Deklarasaun", "Ha'u deklara katak informasaun iha formuláriu ne'e loos no kompletu.",
        "Asina: Aurora da Costa Belo · 04/03/2024", "", f"Imprime iha 14/03/2024 10:22 · {APP} · Pájina 1/1", ""]
write_only("332_research_ethics_application_copied_text_tetum_llm_tutor_chatbot_study.txt", "\n".join(out), KEYS)
