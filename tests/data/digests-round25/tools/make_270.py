#!/usr/bin/env python3
"""270: a Microsoft Teams group chat, messages selected and copied (Ctrl+C) from the new Teams client and pasted into a
text file, Yoruba. Each message as "[dd/mm/yyyy hh:mm] Display Name" (en-GB) then its text; link previews, reactions
and the compose box are not copied; a reply is pasted with the quoted message first ("Name\\ndd/mm/yyyy hh:mm\\ntext")."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write

A, B, C, D = "Adébáyọ̀ Ọláníyì", "Fúnmiláyọ̀ Àjàyí (Guest)", "Tèmítọ́pẹ́ Ògúnlẹ́yè", "Chinedu Okafor"
msgs = [
    ("11/03/2024 09:12", A, f"""Ẹ káàárọ̀ gbogbo yín 👋 Ní ìpàdé ẹgbẹ́ kíkà ti Ọjọ́bọ̀, a ó bẹ̀rẹ̀ àkòrí tuntun: àwọn "agent" tí a fi LLM kọ́.
Ìwé àkọ́kọ́ tí gbogbo ènìyàn gbọ́dọ̀ kà:
{T("2210.03629")}
https://openreview.net/forum?id=WE_vluYUL-X
(ICLR 2023 ni. Ẹ ka apá 3 àti 4 nìkan tí ẹ kò bá ní àkókò.)"""),
    ("11/03/2024 09:20", C, f"""Ó dára. Ṣé kí a fi {T("2303.11366")} kún un? Ó kúrú, ó sì bá ReAct mu dáadáa."""),
    ("11/03/2024 09:21", A, "Bẹ́ẹ̀ni, ẹ jẹ́ ká fi sí i."),
    ("11/03/2024 10:47", D, f"""Fún ìfihàn tó wúni lórí, ẹ wo ìwé "Generative Agents" yìí: https://arxiv.org/abs/2304.03442
Àkọlé rẹ̀ kíkún ni "{T("2304.03442")}". Àwọn ènìyàn 25 ní ìlú kékeré kan 😄"""),
    ("11/03/2024 10:52", B, f"""Ẹ káàsán. Èmi ni Fúnmi láti Unilag, Dr. Ọláníyì pè mí wá. Ohun tí mo ń ṣe ni robotics, nítorí náà mo dábàá:
- {T("2204.01691")} (SayCan)
- {T("2307.15818")} https://huggingface.co/papers/2307.15818
- {T("2205.06175")} (Gato, DeepMind)
Tí ó bá pọ̀ jù, ẹ mú RT-2 nìkan."""),
    ("11/03/2024 11:05", C, f"""{B}
11/03/2024 10:52
Tí ó bá pọ̀ jù, ẹ mú RT-2 nìkan.
Rárá, kò pọ̀ jù 🙂 Ṣùgbọ́n SayCan àti Gato ni a ó fi sí ọ̀sẹ̀ kẹta. Ẹ kú àbọ̀, Fúnmi!"""),
    ("12/03/2024 08:03", D, f"""Àwọn ìwé méjì fún àyẹ̀wò (evaluation):
{T("2308.03688")} — arXiv 2308.03688
{T("2310.06770")} (ICLR 2024). Leaderboard wọn wà ní swebench.com, ṣùgbọ́n ìwé náà ló ṣe pàtàkì."""),
    ("12/03/2024 08:15", A, f"""O ṣé, Chinedu. Nípa ìrántí (memory): {T("2310.08560")}
https://arxiv.org/pdf/2310.08560v2.pdf
àti {T("2310.11511")}, tí ẹ bá fẹ́ RAG."""),
    ("12/03/2024 08:40", C, f"""Minecraft ńkọ́? 😅 {T("2305.16291")} (arXiv:2305.16291). Mo rí fídíò Jim Fan lórí YouTube, ó dùn mọ́ni gan-an."""),
    ("12/03/2024 09:02", B, f"""Fún àwọn tó fẹ́ ìpìlẹ̀ RL: {T("2106.01345")}. Mi ò ní link báyìí, mo wà lórí fóònù."""),
    ("12/03/2024 09:30", A, """Ẹ ṣé o. Mo ti fi gbogbo rẹ̀ sí Files > Reading list.xlsx. Àwọn ohun tí kì í ṣe ìwé ìwádìí:
• ìwé blog Lilian Weng "LLM Powered Autonomous Agents" (lilianweng.github.io)
• LangChain docs àti repo AutoGPT lórí GitHub
• ọ̀rọ̀ Andrej Karpathy "Intro to Large Language Models" (YouTube, 1 wákàtí)
Toolformer àti "Voyager paper" ti wà nínú àkójọ ọ̀sẹ̀ kejì.
Ìpàdé: Ọjọ́bọ̀ 14/03, 4:00 ìrọ̀lẹ́, Yàrá 2.05, Ilé Ẹ̀kọ́ Ìmọ̀-ẹ̀rọ Kọ̀mpútà (àti lórí Teams)."""),
    ("12/03/2024 09:31", D, "👍"),
]
txt = "".join(f"[{ts}] {who}\n{body}\n\n" for ts, who, body in msgs)
write("270_teams_chat_copied_text_yoruba_llm_agents_reading_group.txt", txt)
