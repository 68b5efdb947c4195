#!/usr/bin/env python3
"""Builds digests/237_telegram_desktop_html_export_uzbek_llm_history_channel.html: `messages.html` of a Telegram
Desktop "Export chat history" (format HTML, text only) of an (invented) Uzbek public channel, "LLM tarixi | Sunʼiy
intellekt", which ran a one-week series (#LLM_tarixi) on the history of large language models, one paper a post.

Layout, as Telegram Desktop's HTML exporter (export_output_html.cpp) writes it: the fixed head (charset, "Exported
Data", css/style.css, js/script.js, body onload="CheckLocation();"), page_wrap / page_header with the channel name /
page_body chat_page / history; every element opened on its own line, indented one space per level, its text on the
next line at column 0, a blank line after every closing tag; day separators as service messages with negative ids
(message-1, message-2, …) and English dates; posts as `message default clearfix` with a userpic (initials), body,
`pull_right date details` whose title is "DD.MM.YYYY HH:MM:SS UTC+05:00" and whose text is HH:MM, from_name (the
channel), the text div (entities as <strong>/<em>/<a href>; hashtags as `<a href="" onclick="return
ShowHashtag(&quot;…&quot;)">`; newlines as <br>; ' and " escaped as &apos; and &quot;), a signature (the channel has
signatures on), reactions (counts only); a post within 15 minutes of the previous one by the same sender is `joined`
(no userpic, no from_name); `reply_to details` ("In reply to this message"); a forwarded post (forwarded userpic and
body, the original date in the from_name line); a poll (media_poll, with the exporter's `total details&#x09;` class).
LF; the file ends with "</html>" and a newline.

Evidence: GPT-3's abs URL, PaLM's pdf behind "Maqola (PDF)", Minerva's alphaxiv URL behind its title, LLaMA's
huggingface.co/papers URL, the GCG attack paper's abs URL (link); "arXiv:2001.08361" (scaling laws), "arXiv
2306.11644v2" (phi-1) (arxiv-text); GPT-2's report (cdn.openai.com PDF, not on arXiv), Chinchilla, OPT (with the
metaseq repository), emergent abilities, Llama 2 (with Meta's product page), the RUC LLM survey (with its GitHub
repository), InstructGPT (announced for next week) (title-only). Non-papers: the metaseq, LLMSurvey and llm-attacks.org pages, llama.meta.com, a forwarded
meetup announcement with a Google Form, the poll. Nicknames not labelled: Gopher, GCG, phi-1.5. People, channel
names, message ids, reaction counts and times are invented."""
import os, sys
from datetime import datetime
sys.path.insert(0, os.path.dirname(__file__))
from catalogue import check_no_distractor

OUT = os.path.join(os.path.dirname(__file__), "..", "digests", "237_telegram_desktop_html_export_uzbek_llm_history_channel.html")
CHANNEL = "LLM tarixi | Sunʼiy intellekt"
CH_INITIALS, CH_PIC = "LT", 5
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]


def esc(s):
    """Telegram's SerializeString: & < > " ' escaped, newlines as <br>"""
    return (s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")
            .replace("'", "&apos;").replace("\n", "<br>"))


# text entities, written as the exporter writes them -------------------------------------------------------------
def B(s): return "<strong>" + esc(s) + "</strong>"
def I(s): return "<em>" + esc(s) + "</em>"
def URL(u): return f'<a href="{esc(u)}">{esc(u)}</a>'
def TL(text, u): return f'<a href="{esc(u)}">{esc(text)}</a>'
def H(tag): return f'<a href="" onclick="return ShowHashtag(&quot;{esc(tag)}&quot;)">#{esc(tag)}</a>'
def T(s): return esc(s)
def C(s): return "<code>" + esc(s) + "</code>"


class Out:
    def __init__(self):
        self.parts = []

    def open(self, depth, tag, attrs=""):
        self.parts.append("\n" + " " * depth + f"<{tag}{(' ' + attrs) if attrs else ''}>\n")

    def close(self, depth, tag):
        self.parts.append("\n" + " " * depth + f"</{tag}>\n")

    def text(self, s):
        self.parts.append(s)

    def div(self, depth, cls, content, extra=""):
        self.open(depth, "div", f'class="{cls}"' + extra)
        self.text(content)
        self.close(depth, "div")


def userpic(o, d, pic, initials, forwarded=False):
    o.open(d, "div", f'class="pull_left {"forwarded " if forwarded else ""}userpic_wrap"')
    o.open(d + 1, "div", f'class="userpic userpic{pic}" style="width: 42px; height: 42px"')
    o.div(d + 2, "initials", initials, ' style="line-height: 42px"')
    o.close(d + 1, "div")
    o.close(d, "div")


def stamp(dt):
    return f"{dt:%d.%m.%Y %H:%M:%S} UTC+05:00"


# the posts -----------------------------------------------------------------------------------------------------
DR, SA = "Dilnoza Rahimova", "Sardor Toshpoʻlatov"
POSTS = [
    # id, datetime, signature, text, extra (reply_to / reactions / forwarded / poll)
    (301, datetime(2024, 3, 4, 9, 0, 12), DR,
     "📚 " + B("#LLM_tarixi turkumi boshlandi!") + T("\n\nBu hafta har kuni bitta maqola: GPT-2 dan Llama 2 gacha katta "
     "til modellari (LLM) qanday oʻsganini koʻramiz. Har bir postda — maqola nomi, mualliflar, asosiy gʻoya va "
     "havola.\n\nBoshlanish nuqtasi — OpenAI ning 2019-yilgi hisoboti ") + I("«Language Models are Unsupervised "
     "Multitask Learners»") + T(" (Radford, Wu, Child, Luan, Amodei, Sutskever). Bu ish arXiv da yoʻq, faqat OpenAI "
     "saytida PDF sifatida chiqqan: ") + URL("https://cdn.openai.com/better-language-models/language_models_are_unsupervised_multitask_learners.pdf")
     + T("\n\nAsosiy gʻoya: 1.5B parametrli GPT-2 hech qanday maxsus oʻqitishsiz (zero-shot) tarjima, savol-javob va "
     "qisqa xulosa yozishni «oʻzi» oʻrganib oladi — faqat WebText dagi 40 GB matnni oʻqib.\n\n") + H("LLM_tarixi")
     + " " + H("GPT2"),
     {"reactions": [("👍", 84), ("🔥", 23)]}),
    (302, datetime(2024, 3, 4, 9, 6, 40), DR,
     T("Savollar va takliflarni izohlarda qoldiring 👇 Har bir maqola uchun qisqacha konspekt ham tayyorlayapmiz."),
     {}),
    (304, datetime(2024, 3, 4, 18, 30, 5), SA,
     "📈 " + B("Scaling Laws for Neural Language Models") + T("\nKaplan, McCandlish, Henighan, Brown va boshq. "
     "(OpenAI, 2020) — arXiv:2001.08361\n\nXulosa: test yoʻqotishi (loss) model hajmi N, maʼlumot hajmi D va "
     "hisoblash C ga nisbatan darajali qonun (power law) boʻyicha kamayadi, arxitektura tafsilotlari (chuqurlik/"
     "kenglik) esa deyarli ahamiyatsiz. Amaliy tavsiya oʻsha paytda shunday edi: hisoblash byudjeti oshsa, avvalo "
     "modelni kattalashtiring.\n\nBu tavsiya 2022-yilda qayta koʻrib chiqildi — chorshanba kuni shu haqda.\n\n")
     + H("LLM_tarixi"),
     {"reactions": [("👍", 61), ("🤯", 9)]}),
    (306, datetime(2024, 3, 5, 9, 0, 3), DR,
     "🧠 " + B("GPT-3") + T(": «Language Models are Few-Shot Learners» (Brown, Mann, Ryder, Subbiah va boshq., "
     "NeurIPS 2020)\n👉 ") + URL("https://arxiv.org/abs/2005.14165") + T("\n\n175 milliard parametr. Eng muhim "
     "kashfiyot — in-context learning: modelga promptda 2–3 ta misol koʻrsatsangiz, vaznlarni oʻzgartirmasdan yangi "
     "vazifani bajaradi. Maqola 75 sahifa, lekin 1–3-boʻlimlarni oʻqish kifoya.\n\n") + H("LLM_tarixi") + " "
     + H("GPT3"),
     {"reactions": [("👍", 112), ("❤", 17)]}),
    (307, datetime(2024, 3, 5, 13, 20, 44), DR, None,
     {"forwarded": ("Data Science Uzbekistan", "DS", 3, datetime(2024, 3, 5, 11, 2, 9),
                    T("📣 16-mart, shanba, soat 14:00 — Toshkentda «LLM lar amaliyotda» meetup!\n\n"
                      "🔹 Oʻzbek tili uchun tokenizer: muammolar va yechimlar\n🔹 RAG tizimini 1 haftada qurish\n"
                      "🔹 Panel: universitetlarda NLP taʼlimi\n\nJoylar soni cheklangan, roʻyxatdan oʻtish: ")
                    + URL("https://forms.gle/u7QmXc2RbYp4kLzA9") + T("\n\n") + H("meetup"))}),
    (309, datetime(2024, 3, 5, 18, 45, 31), SA,
     "🐭 " + B("Chinchilla") + T(" (DeepMind, 2022)\nToʻliq nomi: ") + I("Training Compute-Optimal Large Language "
     "Models") + T(" — Hoffmann, Borgeaud, Mensch, Buchatskaya va boshq.\n\nAsosiy xulosa: Kaplan va boshq. (2020) "
     "modellarni «kam oʻqitgan» ekan. Hisoblash byudjeti ikki barobar oshsa, model hajmini ham, tokenlar sonini ham "
     "teng oshirish kerak — taxminan har bir parametrga ~20 token. Natijada 70B parametrli Chinchilla 280B "
     "li Gopher dan deyarli barcha testlarda kuchli chiqdi.\n\nMaqolaning 3-boʻlimidagi IsoFLOP grafiklariga "
     "albatta qarang.\n\n") + H("LLM_tarixi"),
     {"reactions": [("👍", 77), ("🔥", 31)]}),
    (310, datetime(2024, 3, 6, 9, 0, 0), DR,
     "🌴 " + B("PaLM: Scaling Language Modeling with Pathways") + T("\nChowdhery, Narang, Devlin, Bosma va boshq., "
     "Google, 2022. ") + TL("Maqola (PDF)", "https://arxiv.org/pdf/2204.02311") + T("\n\n540B parametr, 6144 ta "
     "TPU v4 chipida Pathways tizimi bilan oʻqitilgan. BIG-bench dagi baʼzi vazifalarda model hajmi oshganda sifat "
     "sakrab koʻtariladi — bu hodisa haqida payshanba kuni alohida post boʻladi.\n\n") + H("LLM_tarixi"),
     {"reactions": [("👍", 58)]}),
    (311, datetime(2024, 3, 6, 9, 4, 18), DR,
     T("Tuzatish: PaLM 780 milliard token ustida oʻqitilgan (postda raqamni tushirib qoldiribman 🙈)."),
     {"reply_to": 310}),
    (313, datetime(2024, 3, 6, 19, 10, 52), SA,
     T("🔓 Meta ning ochiq javobi: ") + B("OPT: Open Pre-trained Transformer Language Models") + T(" (Zhang, Roller, "
     "Goyal, Artetxe va boshq., 2022). 125M dan 175B gacha modellar, kod va oʻqitish jurnali: ")
     + URL("https://github.com/facebookresearch/metaseq") + T("\n\nEng qiziq qismi — 175B modelni oʻqitish "
     "jurnali (logbook): qancha marta «loss spike» boʻlgani, qanday qilib qayta ishga tushirishgani. Muhandislar "
     "uchun darslik deyish mumkin.\n\n") + H("LLM_tarixi") + " " + H("ochiq_modellar"),
     {"reactions": [("👍", 49), ("🤝", 6)]}),
    (315, datetime(2024, 3, 7, 9, 0, 9), DR,
     "✨ " + B("Emergent Abilities of Large Language Models") + T(" (Wei, Tay, Bommasani, Raffel va boshq., TMLR "
     "2022)\n«Emergent» qobiliyat — kichik modellarda yoʻq, kattalarida birdan paydo boʻladigan qobiliyat: koʻp "
     "bosqichli arifmetika, soʻzlarni tiklash, chain-of-thought bilan masala yechish va h.k.\n\nMatematika boʻyicha "
     "eng yorqin misol — Google ning Minerva modeli: ") + TL("Solving Quantitative Reasoning Problems with Language "
     "Models", "https://www.alphaxiv.org/abs/2206.14858") + T(" (Lewkowycz va boshq., 2022).\n\n⚠️ Eslatma: "
     "keyinchalik bu «sakrash» baholash metrikasining tanlovidan kelib chiqadi, degan tanqidiy ish ham chiqdi — "
     "uni alohida koʻramiz.\n\n") + H("LLM_tarixi"),
     {"reactions": [("👍", 66), ("🤔", 14)]}),
    (316, datetime(2024, 3, 7, 12, 30, 0), SA, None,
     {"poll": ("Keyingi hafta qaysi mavzu boʻlsin?",
               [("RLHF va alignment", 58), ("Mixture-of-Experts", 23), ("Multimodal modellar", 31)])}),
    (318, datetime(2024, 3, 7, 18, 0, 26), DR,
     "🦙 " + B("LLaMA: Open and Efficient Foundation Language Models") + T("\nTouvron, Lavril, Izacard, Martinet va "
     "boshq., Meta AI, 2023 — ") + URL("https://huggingface.co/papers/2302.13971") + T("\n\n7B–65B parametr, faqat "
     "ochiq maʼlumotlar. LLaMA-13B koʻp testlarda GPT-3 (175B) dan yaxshi. Chinchilla gʻoyasining amaliy davomi: "
     "kichikroq model, lekin koʻproq token (1–1.4T) — inference arzonlashadi.\n\n") + H("LLM_tarixi") + " "
     + H("ochiq_modellar"),
     {"reactions": [("👍", 95), ("🔥", 40), ("❤", 12)]}),
    (319, datetime(2024, 3, 7, 18, 7, 2), DR,
     T("Llama 2 haqida ertaga ertalab 👇"),
     {}),
    (321, datetime(2024, 3, 8, 9, 0, 14), SA,
     "🦙🦙 " + B("Llama 2: Open Foundation and Fine-Tuned Chat Models") + T(" (Touvron, Martin, Stone, Albert va "
     "boshq., 2023)\nRasmiy sahifa: ") + URL("https://llama.meta.com/llama2/") + T("\n\n7B, 13B, 70B. Chat "
     "versiyalari SFT + RLHF (ikki xil reward model: foydalilik va xavfsizlik) bilan oʻqitilgan. Koʻp bosqichli "
     "suhbatda tizim koʻrsatmasini «unutmaslik» uchun Ghost Attention (GAtt) usuli — maqolaning eng qiziq "
     "joylaridan biri.\n\n") + H("LLM_tarixi"),
     {"reactions": [("👍", 70), ("🔥", 18)]}),
    (322, datetime(2024, 3, 8, 12, 40, 37), DR,
     T("📖 Sifat > miqdor? Microsoft ning phi-1 modeli: ") + B("Textbooks Are All You Need") + T(" (Gunasekar, Zhang, "
     "Aneja, Mendes va boshq., 2023), arXiv 2306.11644v2.\n1.3B parametr, bor-yoʻgʻi 7B token «darslik sifatidagi» "
     "maʼlumot (qisman GPT-3.5 yozgan sintetik matnlar) — HumanEval da 50.6% pass@1. Keyingi phi-1.5 va phi-2 ham "
     "shu gʻoyada.\n\n") + H("LLM_tarixi") + " " + H("kichik_modellar"),
     {"reactions": [("👍", 54), ("🤯", 7)]}),
    (324, datetime(2024, 3, 8, 18, 20, 3), SA,
     T("🛡 Xavfsizlik haqida ham gapiraylik: ") + B("Universal and Transferable Adversarial Attacks on Aligned Language "
     "Models") + T(" (Zou, Wang, Carlini, Nasr, Kolter, Fredrikson, 2023) — ") + URL("https://arxiv.org/abs/2307.15043")
     + T("\nDemo va kod: ") + URL("https://llm-attacks.org") + T("\n\nGCG hujumi: promptning oxiriga qoʻshiladigan "
     "«maʼnosiz» suffiks gradient yordamida topiladi va u ochiq modellardan yopiq chat-botlarga ham koʻchadi. "
     "Alignment — hali hal boʻlmagan masala.\n\n") + H("LLM_tarixi") + " " + H("xavfsizlik"),
     {"reactions": [("👍", 47), ("😱", 11)]}),
    (325, datetime(2024, 3, 8, 21, 0, 45), DR,
     T("🏁 Hafta yakuni! Hammasini bir joyda o'qimoqchi bo'lsangiz — ") + I("A Survey of Large Language Models")
     + T(" (Zhao, Zhou, Li, Tang va boshq., RUC, 2023) juda yaxshi sharh, muntazam yangilanib turadi. GitHub: ")
     + URL("https://github.com/RUCAIBox/LLMSurvey") + T("\n\nKeyingi hafta (so'rovnoma natijasiga ko'ra): RLHF va "
     "alignment. Birinchi maqola — InstructGPT: ") + I("Training language models to follow instructions with human "
     "feedback") + T(" (Ouyang va boshq., 2022). Kanalni do'stlaringizga ulashing! 🙏\n\n") + H("LLM_tarixi"),
     {"reactions": [("❤", 88), ("👍", 52)]}),
    (326, datetime(2024, 3, 8, 21, 2, 10), DR,
     T("P.S. Bu haftadagi barcha maqolalar roʻyxati kanal tavsifidagi Google Drive papkasida."),
     {"reply_to": 325}),
]


def build():
    o = Out()
    o.parts.append('<!DOCTYPE html>\n<html>\n\n <head>\n\n  <meta charset="utf-8"/>\n<title>Exported Data</title>\n\n'
                   '  <meta content="width=device-width, initial-scale=1.0" name="viewport"/>\n\n'
                   '  <link href="css/style.css" rel="stylesheet"/>\n\n'
                   '  <script src="js/script.js" type="text/javascript">\n\n  </script>\n\n </head>\n\n'
                   ' <body onload="CheckLocation();">\n')
    o.open(2, "div", 'class="page_wrap"')
    o.open(3, "div", 'class="page_header"')
    o.open(4, "div", 'class="content"')
    o.div(5, "text bold", esc(CHANNEL))
    o.close(4, "div")
    o.close(3, "div")
    o.open(3, "div", 'class="page_body chat_page"')
    o.open(4, "div", 'class="history"')
    prev, day, sep = None, None, 0
    for mid, dt, sig, text, extra in POSTS:
        if dt.date() != day:
            sep += 1
            day = dt.date()
            o.open(5, "div", f'class="message service" id="message-{sep}"')
            o.div(6, "body details", f"{dt.day} {MONTHS[dt.month - 1]} {dt.year}")
            o.close(5, "div")
            prev = None
        fwd = extra.get("forwarded")
        joined = (prev is not None and not fwd and not prev[3] and (dt - prev[1]).total_seconds() < 900
                  and prev[2] == sig)
        o.open(5, "div", f'class="message default clearfix{" joined" if joined else ""}" id="message{mid}"')
        if not joined:
            userpic(o, 6, CH_PIC, CH_INITIALS)
        o.open(6, "div", 'class="body"')
        o.div(7, "pull_right date details", f"{dt:%H:%M}", f' title="{stamp(dt)}"')
        if not joined:
            o.div(7, "from_name", esc(CHANNEL))
        if "reply_to" in extra:
            r = extra["reply_to"]
            o.div(7, "reply_to details", f'In reply to <a href="#go_to_message{r}" onclick="return GoToMessage({r})">this message</a>')
        if fwd:
            name, ini, pic, fdt, ftext = fwd
            userpic(o, 7, pic, ini, forwarded=True)
            o.open(7, "div", 'class="forwarded body"')
            o.div(8, "from_name", esc(name) + f'<span class="date details" title="{stamp(fdt)}"> {fdt:%d.%m.%Y %H:%M:%S}</span>')
            o.div(8, "text", ftext)
            o.div(8, "signature details", esc(sig))
            o.close(7, "div")
        if "poll" in extra:
            q, answers = extra["poll"]
            o.open(7, "div", 'class="media_wrap clearfix"')
            o.open(8, "div", 'class="media_poll"')
            o.div(9, "question bold", esc(q))
            o.div(9, "details", "Anonymous poll")
            for a, v in answers:
                o.div(9, "answer", f'- {esc(a)} <span class="details">{v} votes</span>')
            o.div(9, "total details&#x09;", f"{sum(v for _, v in answers)} votes")
            o.close(8, "div")
            o.close(7, "div")
        if text is not None:
            o.div(7, "text", text)
        if not fwd:
            o.div(7, "signature details", esc(sig))
        if extra.get("reactions"):
            o.open(7, "span", 'class="reactions"')
            for em, n in extra["reactions"]:
                o.open(8, "span", 'class="reaction"')
                o.open(9, "span", 'class="emoji"'); o.text(em); o.close(9, "span")
                o.open(9, "span", 'class="count"'); o.text(str(n)); o.close(9, "span")
                o.close(8, "span")
            o.close(7, "span")
        o.close(6, "div")
        o.close(5, "div")
        prev = (mid, dt, sig, bool(fwd))
    o.close(4, "div")
    o.close(3, "div")
    o.close(2, "div")
    o.parts.append("\n </body>\n\n</html>\n")
    return "".join(o.parts)


if __name__ == "__main__":
    s = build()
    check_no_distractor(s, "237")
    open(OUT, "w", encoding="utf-8", newline="").write(s)
    print(OUT, len(s))
