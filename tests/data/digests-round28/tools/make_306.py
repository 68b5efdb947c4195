#!/usr/bin/env python3
"""306 (NEGATIVE): a doctoral student's "reading history" page in a university library's Koha OPAC with the te reo
Māori interface (mi-NZ, partly translated: some strings stay in English, as in a real partial translation),
(an invented university's library) selected in the browser and pasted as text. What such a copy has: the library's header, the search bar and its
index menu, the greeting and log-out link, the account menu, the page heading, the tabs and "Whakaatu"/sort
controls, the count of items, the table copied as tab-separated rows (title, author, item type, call number, date
borrowed, date returned or "Kei a koe tonu"), then the tags and lists boxes, the footer. The rows are books, a PhD
thesis, a conference proceedings volume, a journal issue, an e-book, a lecture-recording set, a dictionary,
charters and a laptop: many title-like lines, a nickname in a tag, and no paper. The builder refuses any catalogue
title and any arXiv-shaped number."""
import os, sys
from datetime import date
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import write

rows = [  # title, author, item type, call number, borrowed, returned (None = still out)
    ("Speech and Language Processing (3rd ed. draft, printed copy)", "Jurafsky, Daniel; Martin, James H.",
     "Pukapuka", "P98 .J87 2024", date(2024, 3, 11), None),
    ("Indigenous Data Sovereignty: Toward an Agenda", "Kukutai, Tahu; Taylor, John (eds.)", "Pukapuka",
     "JZ4097 .I53 2016", date(2024, 3, 4), None),
    ("Laptop — Dell Latitude 5440 (tuku poto, 3 rā)", "", "Taputapu", "LAP-27", date(2024, 2, 26), date(2024, 2, 29)),
    ("Proceedings of the 2023 Conference on Empirical Methods in Natural Language Processing", "", "Rauemi tāhiko",
     "ONLINE", date(2024, 2, 20), date(2024, 3, 5)),
    ("He reo kōrero, he reo rorohiko: te tuhi aunoa i te reo Māori ina iti ngā raraunga",
     "Parata, Hēmi", "Tuhinga whakapae (PhD)", "THESIS 2022 PAR", date(2024, 2, 12), date(2024, 3, 1)),
    ("Ngā reo o te reo irirangi: Māori radio broadcasts 1995–2004 (corpus on USB drive, with transcripts)",
     "Te Kura Rorohiko", "Huinga raraunga", "DATA 2019 RAD", date(2024, 2, 8), date(2024, 2, 22)),
    ("Hui-ā-Tau 2023 keynote: \"He taonga te raraunga\" (recording)", "Te Mana Raraunga", "Rauemi ataata",
     "AV 2023 HUI", date(2024, 2, 6), date(2024, 2, 7)),
    ("Decolonizing Methodologies: Research and Indigenous Peoples (3rd ed.)", "Smith, Linda Tuhiwai", "Pukapuka",
     "GN380 .S65 2021", date(2024, 2, 5), date(2024, 2, 26)),
    ("Computational Linguistics, vol. 49, no. 4 (December 2023)", "", "Moheni", "PER P98 .C65", date(2024, 1, 29),
     date(2024, 2, 5)),
    ("Natural Language Processing with Transformers: Building Language Applications with Hugging Face",
     "Tunstall, Lewis; von Werra, Leandro; Wolf, Thomas", "Pukapuka", "QA76.9 .N38 T86 2022", date(2024, 1, 22),
     date(2024, 2, 19)),
    ("He Pātaka Kupu: te kai a te rangatira", "Te Taura Whiri i te Reo Māori", "Pukapuka (Tohutoro)", "PL6465 .H4 2008",
     date(2024, 1, 15), date(2024, 1, 16)),
    ("TRR521 Deep Learning: ngā hopukanga kauhau, 2023", "Te Kura Rorohiko", "Rauemi ataata", "AV 2023 TRR521",
     date(2023, 12, 4), date(2023, 12, 18)),
    ("Deep Learning", "Goodfellow, Ian; Bengio, Yoshua; Courville, Aaron", "Pukapuka", "Q325.5 .G66 2016",
     date(2023, 11, 20), date(2024, 1, 15)),
    ("Te Mana Raraunga: Principles of Māori Data Sovereignty (charter, 2018)", "Te Mana Raraunga", "Pukapuka iti",
     "JZ4097 .T4 2018", date(2023, 11, 13), date(2023, 11, 27)),
    ("Dive into Deep Learning", "Zhang, Aston; Lipton, Zachary C.; Li, Mu; Smola, Alexander J.", "Pukapuka",
     "Q325.5 .Z43 2023", date(2023, 10, 30), date(2023, 11, 20)),
    ("Hands-On Machine Learning with Scikit-Learn, Keras, and TensorFlow (3rd ed.)", "Géron, Aurélien", "Pukapuka",
     "Q325.5 .G47 2022", date(2023, 10, 9), date(2023, 10, 30)),
]
out_now = [r for r in rows if r[5] is None]
d = lambda x: x.strftime("%d/%m/%Y")

out = ["Te Whare Pukapuka — Te Whare Wānanga o Rangiriri", "Rapu:", "Katoa", "Taitara", "Kaituhi", "Kaupapa",
       "ISBN", "Tau karanga", "Rapu", "Rapu matatau", "Ngā rārangi", "Kia ora, Aroha Ngata", "Takiputa", "",
       "Kāinga › Aroha Ngata › Tōku hītori pānui", "",
       "Tōku whakarāpopototanga", "Aku utu", "Aku taipitopito", "Aku tūtohu", "Huri kupuhipa", "Aku rapunga",
       "Tōku hītori pānui", "Aku tono hoko", "Aku rārangi", "",
       "Tōku hītori pānui", "",
       "Katoa\tNgā tuku\tNgā tuku i te wāhi", "",
       "Whakaatu: Katoa | 50 whakamutunga", "Sort by: Te rā (hou rawa)", "",
       f"{len(rows)} ngā tūemi", "",
       "Taitara\tKaituhi\tMomo tūemi\tTau karanga\tI tukuna\tI whakahokia"]
for t, a, kind, call, b, r in rows:
    out.append("\t".join([t, a, kind, call, d(b), d(r) if r else "Kei a koe tonu"]))
out += ["",
        f"Kei a koe ināianei: {len(out_now)} · Utu: $0.00 · Rāhui: 1 (\"Te Aka Māori–English, English–Māori "
        "Dictionary\", ka wātea ā te 22/03/2024)", "",
        "Aku tūtohu", "reo-rorohiko (6) · tuhinga-whakapae (4) · LoRA (1) · raraunga-Māori (3) · ASR (2)", "",
        "Aku rārangi", "Pānui mō te tuhinga whakapae (11 ngā tūemi) · Kaupapa Māori me te AI (5 ngā tūemi)", "",
        "Tono hoko (kei te tatari): \"Building LLM Powered Applications\" (Packt, 2024) — nā Aroha Ngata, 02/03/2024", "",
        "Te Whare Pukapuka · Gate 1, Knighton Road, Kirikiriroa · library@example.ac.nz",
        "Powered by Koha", ""]
write("306_negative_koha_opac_reading_history_copied_text_maori_library_loans.txt", "\n".join(out), negative=True)
