#!/usr/bin/env python3
"""1343: poezio's log of an XMPP group chat (MUC) where a Tbilisi-like lab reads about LLM agents — the file poezio
keeps per room under `~/.local/share/poezio/logs/` (named by the room's JID). One record per message, as poezio's
logger writes it: `MR` (a message), the time in UTC as `YYYYMMDDTHH:MM:SSZ`, the number of continuation lines as three
digits, `<nick>`, two spaces, the first line; each further line of a multi-line message on its own line after one
space. Georgian (Mkhedruli) messages with English titles and „…“ quotes; the lab meets at 14:00 Tbilisi time
(10:00Z) on three Mondays. Papers: arXiv abs / pdf links, an OpenReview forum link, an `arXiv:` id, three titles
alone; the SWE-bench leaderboard and repository, the LangChain docs, MineDojo, a Jitsi room and a wiki page are not
papers."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import F1343, keys

MSGS = [
    ("20240304T09:51:12Z", "nino_b", "გამარჯობა ყველას! დღეს 14:00-ზე ვიწყებთ აგენტების ციკლს, ოთახი: https://meet.ml-lab.example.ge/agentebi"),
    ("20240304T09:52:40Z", "nino_b", f"პირველი სტატია:\n{T('2303.11366')}\nhttps://arxiv.org/abs/2303.11366\nმოხსენებელი: ლევანი"),
    ("20240304T09:54:03Z", "levan.k", "კი, სლაიდები მზადაა. მოკლედ: აგენტი შეცდომის შემდეგ თავად წერს ტექსტურ „რეფლექსიას“ და შემდეგ ცდაში იყენებს მეხსიერებიდან"),
    ("20240304T09:55:31Z", "tamuna", f"შედარებისთვის კარგი იქნება {T('2302.04761')} https://arxiv.org/abs/2302.04761v1 — მოდელი თავად სწავლობს API-ების გამოძახებას"),
    ("20240304T09:56:10Z", "giorgi", "Toolformer-ის კოდი ოფიციალურად არ გამოქვეყნებულა, არა?"),
    ("20240304T09:56:48Z", "tamuna", "არა, მხოლოდ არაოფიციალური იმპლემენტაციებია. LangChain-ის დოკუმენტაციაში tools-ის ნაწილი ჰგავს: https://python.langchain.com/docs/modules/tools/"),
    ("20240304T11:47:22Z", "nino_b", "მადლობა ლევანს! ჩანაწერი ვიკიზე: https://wiki.ml-lab.example.ge/agentebi/2024-03-04"),
    ("20240311T09:49:05Z", "giorgi", f"დღევანდელი თემა — კოდის აგენტები და შეფასება:\n„{T('2310.06770')}“\nhttps://openreview.net/forum?id={OR('2310.06770')}\nლიდერბორდი: https://www.swebench.com/\nრეპო: https://github.com/princeton-nlp/SWE-bench"),
    ("20240311T09:50:37Z", "levan.k", "Lite ვერსია ცალკეა, 300 ამოცანა. ჩვენს GPU-ზე სრული ვერსია დღეებს წაიღებს"),
    ("20240311T09:52:14Z", "tamuna", f"ფონისთვის RLHF-ზეც ვისაუბროთ: {T('2203.02155')} (arXiv:2203.02155) — InstructGPT"),
    ("20240311T09:53:01Z", "giorgi", "კარგი, 10 წუთს დავუთმობ"),
    ("20240311T11:40:44Z", "nino_b", "შემდეგ კვირას: retrieval + თვითკრიტიკა. თამუნა, შენ გაქვს?"),
    ("20240311T11:41:20Z", "tamuna", f"კი. {T('2310.11511')}\nhttps://arxiv.org/pdf/2310.11511"),
    ("20240318T09:48:30Z", "tamuna", "სლაიდები ატვირთულია ვიკიზე. Self-RAG-ის reflection token-ები ცალკე სლაიდზეა"),
    ("20240318T09:50:02Z", "levan.k", f"სიაში დასამატებლად ორი:\n1) „{T('2305.16291')}“ — Minecraft-ში, MineDojo-ს გარემოთი\n2) „{T('2205.06175')}“ — Gato, ერთი ტრანსფორმერი ყველაფრისთვის"),
    ("20240318T09:51:45Z", "giorgi", f"და მათემატიკისთვის {T('2206.14858')} — Minerva. PDF ვერ ვიპოვე თავისუფლად, ვინმეს გაქვს?"),
    ("20240318T09:52:30Z", "nino_b", "მე მაქვს, გამოგიგზავნი პირადში"),
    ("20240318T11:38:09Z", "nino_b", "დღეს ყველას მადლობა! 25 მარტს შეხვედრა არ გვაქვს, შემდეგი — 1 აპრილს."),
]
out = []
for t, nick, msg in MSGS:
    first, *rest = msg.split("\n")
    out.append(f"MR {t} {len(rest):03d} <{nick}>  {first}\n" + "".join(f" {l}\n" for l in rest))
text = "".join(out)
write_only(F1343, text, keys(F1343))
