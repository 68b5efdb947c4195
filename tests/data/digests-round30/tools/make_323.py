#!/usr/bin/env python3
"""323: an interview with a (invented) speech-and-language researcher on an (invented) Hawaiian-language university
news site ("Ka Puka Aniani"), copied from the browser as text. What such a copy has: the site's menu, the section
("Nā Nīnauele"), the headline and standfirst, the byline, the date and an update date in Hawaiian, "Heluhelu: n
minuke" (the reading time the site computes at 200 words a minute), a photo caption with its credit, the intro, the
questions and answers as paragraphs opening with the speakers' initials (declared in the intro), a box of the papers
mentioned, tags, share buttons, related stories, footer. The ʻokina is U+02BB throughout (the site's editors never
use an apostrophe for it). Papers: the box's entries with an OpenReview forum, arXiv abs / pdf or huggingface.co/papers
URL (link), "arXiv:ID" or a bare id (arxiv-text); titles the researcher says in her answers or the box gives without
an id (title-only). Whisper, wav2vec, Common Voice, a dictionary and a radio archive are named and are not papers."""
import math, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from alloc_keys import CTC

KEYS = ["2106.07447", CTC, "2103.00020", "2102.05918", "2204.14198", "2106.13884", "2301.12597", "2304.08485",
        "2303.15343", "1908.10084", "1807.03748", "2006.05576"]

article = [
    "Ua kamaʻilio ʻo Kawika Kahale (KK) me Kauka Lehua Kealoha (LK), he kanaka noiʻi ma ke Kulanui, e pili ana i kāna "
    "papahana e aʻo i nā kamepiula e hoʻomaopopo i ka ʻōlelo Hawaiʻi i ʻōlelo ʻia.",
    "KK: Pehea i hoʻomaka ai kēia papahana?",
    "LK: Ua hoʻomaka ma 2021. Ua loaʻa iā mākou nā hola he nui o nā hoʻopaʻa leo kahiko mai ka papahana lekiō Ka "
    "Leo Hawaiʻi, akā ʻaʻohe palapala o ka hapa nui. No laila ua koho mākou i nā ʻano hana e aʻo ai mai ka leo me ka "
    f"palapala ʻole. Ua heluhelu mākou i ka pepa {T('1807.03748')}, a laila i ka HuBERT.",
    "KK: He aha ka HuBERT?",
    "LK: He kumu hoʻohālike e aʻo ana i ke ʻano o ka leo ma ka wānana ʻana i nā ʻāpana i hūnā ʻia. Ma hope o ia aʻo "
    f"ʻana, ua aʻo mākou iā ia me nā hola ʻumi wale nō o ka leo me ka palapala, me ka hana kahiko {T(CTC)}. ʻOi aku "
    "ka maikaʻi ma mua o Whisper no ka ʻōlelo Hawaiʻi, no ka mea, ʻaʻole nui ka ʻōlelo Hawaiʻi i loko o kāna ʻikepili.",
    "KK: Ua ʻōlelo ʻoe he hana kāu me nā kiʻi pū kekahi.",
    "LK: ʻAe. Makemake mākou e kōkua i nā kumu kula kaiapuni e ʻimi i nā kiʻi kahiko ma ka ʻōlelo Hawaiʻi. Ua hoʻomaka "
    "mākou me CLIP a me ALIGN, nā kumu hoʻohālike i aʻo ʻia mai nā kiʻi a me nā huaʻōlelo mai ka pūnaewele. Ma ka pepa "
    f"ALIGN, {T('2102.05918')}, ua hōʻike ʻia he hiki ke aʻo me nā huaʻōlelo haumia inā nui loa ka ʻikepili. ʻAʻohe "
    "ʻikepili nui o ia ʻano ma ka ʻōlelo Hawaiʻi, no laila ua unuhi mākou i nā huaʻōlelo.",
    "KK: A me nā kumu hoʻohālike ʻōlelo nui e ʻike ana i nā kiʻi?",
    f"LK: Ua hoʻāʻo mākou. Ua heluhelu mākou i {T('2106.13884')} a me {T('2204.14198')}; ua hōʻike lāua he hiki ke "
    "hoʻopili i kahi kumu hoʻohālike kiʻi i kahi kumu hoʻohālike ʻōlelo paʻa. Ua hoʻohana mākou i kekahi kumu "
    "hoʻohālike e like me LLaVA, akā pane mau ia ma ka ʻōlelo Pelekānia.",
    "KK: He aha ka mea paʻakikī loa?",
    "LK: ʻO ka loiloi ʻana. No ka huli ʻana i nā palapala, ua hoʻohana mākou i ke ʻano o ka pepa "
    f"{T('1908.10084')}, akā pono mākou e kākau i nā nīnau hoʻāʻo a pau ma ka lima. Ua kōkua nā haumāna he ʻumikūmālua.",
    "KK: He aha kāu ʻōlelo aʻo i nā haumāna makemake e komo i kēia hana?",
    "LK: E aʻo i ka ʻōlelo Hawaiʻi ma mua. ʻO ka ʻenehana, hiki ke aʻo ma hope.",
]
words = sum(len(p.split()) for p in article)
box = [
    "Nā pepa noiʻi i ʻōlelo ʻia ma kēia nīnauele",
    f"{T('2106.07447')} — https://arxiv.org/abs/2106.07447",
    f"{T(CTC)} (ICML 2006)",
    f"{T('2103.00020')} (CLIP) — arXiv:2103.00020",
    f"{T('2301.12597')} — 2301.12597",
    f"{T('2304.08485')} (LLaVA) — https://huggingface.co/papers/2304.08485",
    f"{T('2303.15343')} — https://arxiv.org/pdf/2303.15343",
    f"{T('2006.05576')} — https://openreview.net/forum?id={OR('2006.05576')}",
]
page = "\n".join([
    "Ka Puka Aniani", "Nā Nūhou", "Nā Nīnauele", "Ka ʻIke Noiʻi", "Nā Haumāna", "E Kākoʻo", "Huli",
    "Nā Nīnauele",
    "Ke aʻo nei ʻo Kauka Lehua Kealoha i nā kamepiula e hoʻolohe i ka ʻōlelo Hawaiʻi",
    "Mai nā hoʻopaʻa leo lekiō kahiko a i nā kiʻi o ke kula kaiapuni: he nīnauele e pili ana i ka naʻauao kamepiula "
    "no ka ʻōlelo makuahine",
    "Na Kawika Kahale",
    "Malaki 14, 2024",
    "Hōʻano hou ʻia: Malaki 18, 2024",
    f"Heluhelu: {math.ceil(words / 200)} minuke",
    "ʻO Kauka Lehua Kealoha ma kona keʻena noiʻi. (Kiʻi na Makana Akana)",
] + article + box + [
    "Nā Lepili: naʻauao kamepiula, ʻōlelo Hawaiʻi, noiʻi",
    "Kaʻana like: Facebook · X · Leka uila",
    "Nā moʻolelo pili",
    "Ua hoʻolaha ʻia ka puke wehewehe ʻōlelo hou ma ka pūnaewele",
    "Nā haumāna o ke kula kaiapuni i ka hōʻikeʻike ʻepekema",
    "© 2024 Ka Puka Aniani. Ua mālama ʻia nā kuleana a pau.",
]) + "\n"
write_only("323_university_news_interview_copied_text_hawaiian_speech_and_vision_language.txt", page, KEYS)
