#!/usr/bin/env python3
"""562: a SurveyMonkey "All individual responses" CSV export (Polish survey of paper proposals for a PEFT reading
group): two header rows (questions, then "Response" / choice labels / "Open-Ended Response"), the respondent
metadata columns, MM/DD/YYYY hh:mm:ss AM/PM dates, multi-select columns holding the choice label when ticked."""
import csv, io, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_raw
from make_expected import F562, keys

Q1 = "Którą pracę proponujesz na spotkanie? (pełny tytuł)"
Q2 = "Link do pracy lub identyfikator (arXiv, OpenReview, ACL Anthology…)"
Q3 = "Który termin Ci pasuje?"
Q4 = "Jakie tematy Cię interesują? (można zaznaczyć kilka)"
TOP = ["LoRA i pochodne", "Kwantyzacja", "Prompt / prefix tuning", "Adaptery", "Ewaluacja few-shot"]
Q5 = "Czy chcesz poprowadzić dyskusję?"
Q6 = "Uwagi dla organizatorów"
META = ["Respondent ID", "Collector ID", "Start Date", "End Date", "IP Address", "Email Address", "First Name", "Last Name", "Custom Data 1"]
h1 = META + [Q1, Q2, Q3, Q4] + [""] * (len(TOP) - 1) + ["", Q5, Q6]
h2 = [""] * len(META) + ["Open-Ended Response", "Open-Ended Response", "Response"] + TOP + ["Inne (proszę podać)", "Response", "Open-Ended Response"]
TERMS = ["wtorek 16:15", "czwartek 18:00", "obojętnie"]

R = [
 # id, start, end, ip, title, link, term, topics, other, lead, remarks
 ("118820431907", "03/04/2024 08:12:55 AM", "03/04/2024 08:16:02 AM", "89.64.12.201", T("2106.09685"), "https://arxiv.org/abs/2106.09685", 0, [0], "", "Tak", "Od tego warto zacząć, reszta to warianty."),
 ("118820587133", "03/04/2024 09:40:10 AM", "03/04/2024 09:47:38 AM", "156.17.90.44", T("2305.14314"), "https://arxiv.org/pdf/2305.14314.pdf", 1, [0, 1], "", "Tak", "NF4 + double quantization — mogę pokazać demo na jednej RTX 3090."),
 ("118821003364", "03/04/2024 11:02:41 AM", "03/04/2024 11:03:20 AM", "31.0.71.188", "", "", 2, [], "", "Nie", ""),
 ("118821346980", "03/04/2024 01:25:07 PM", "03/04/2024 01:33:51 PM", "156.17.90.61", "the power of scale for parameter-efficient prompt tuning", "arXiv 2104.08691", 0, [2], "", "Nie", "Lester i in., EMNLP 2021. Soft prompt tylko na wejściu."),
 ("118822170512", "03/04/2024 04:58:19 PM", "03/04/2024 05:06:44 PM", "83.27.140.9", T("1902.00751"), "PMLR vol. 97 (ICML 2019), https://proceedings.mlr.press/v97/houlsby19a.html", 1, [3], "", "Tak", "Klasyczne adaptery Houlsby'ego — dobre tło historyczne."),
 ("118823009477", "03/05/2024 07:31:02 AM", "03/05/2024 07:38:13 AM", "156.17.90.12", T("2101.00190"), "https://aclanthology.org/2021.acl-long.353/", 0, [2], "", "Nie", "Może razem z prompt tuningiem na jednym spotkaniu?"),
 ("118823411250", "03/05/2024 10:14:36 AM", "03/05/2024 10:19:57 AM", "37.47.203.5", "GPT Understands, Too (P-tuning)", "brak linku pod ręką, AI Open 2023", 2, [2], "", "Nie", ""),
 ("118824198801", "03/05/2024 02:47:50 PM", "03/05/2024 02:58:05 PM", "156.17.91.230", T("2205.05638"), "https://arxiv.org/abs/2205.05638v2", 1, [4], "(IA)^3", "Tak", "T-Few; porównanie z in-context learning jest bardzo konkretne (koszt FLOP)."),
 ("118825520476", "03/06/2024 09:03:29 AM", "03/06/2024 09:11:14 AM", "89.64.55.17", "Dokumentacja biblioteki PEFT (Hugging Face) — nie artykuł, ale przydałby się warsztat", "https://huggingface.co/docs/peft", 2, [0, 3], "", "Nie", "Może zamiast jednego artykułu zrobić sesję praktyczną?"),
 ("118826011939", "03/06/2024 12:40:03 PM", "03/06/2024 12:49:47 PM", "156.17.90.44", T("2003.10555"), "ICLR 2020", 0, [], "pre-training enkoderów", "Nie", "Nie PEFT, ale wraca na seminarium z NLP — ELECTRA jako baza do eksperymentów z adapterami."),
 ("118826950322", "03/06/2024 08:21:16 PM", "03/06/2024 08:22:02 PM", "5.173.8.190", "", "", 1, [1], "", "", ""),
 ("118827402287", "03/07/2024 07:55:48 AM", "03/07/2024 08:04:30 AM", "156.17.92.3", "Nagranie wykładu o LoRA z kanału koła naukowego", "https://video.example.pl/kolo-ai/lora-wyklad", 0, [0], "", "Nie", "To tylko film, jako materiał dodatkowy."),
]
rows = [h1, h2]
for rid, s, e, ip, q1, q2, term, tops, other, lead, rem in R:
    rows.append([rid, "431877206", s, e, ip, "", "", "", "", q1, q2, TERMS[term]] + [TOP[i] if i in tops else "" for i in range(len(TOP))] + [other, lead, rem])
buf = io.StringIO()
csv.writer(buf, lineterminator="\r\n").writerows(rows)
text = buf.getvalue()
check = text + "\nGPT Understands, Too"
assert T("2103.10385") == "GPT Understands, Too"
write_raw(F562, ("\ufeff" + text).encode("utf-8"), [text], keys(F562))
