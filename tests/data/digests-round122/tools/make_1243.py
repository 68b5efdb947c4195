#!/usr/bin/env python3
"""1243: a Zangi group chat exported as text (Armenian), the "Export chat" file of the Android app as this builder
imagines it (LF): one line per message `[dd.mm.yyyy, HH:mm:ss] Անուն Ազգանուն: text`, continuation lines unprefixed,
system lines without a sender (group created, member added, group renamed) in Armenian, `<Մեդիա ֆայլը բաց է
թողնված>` for media and `Այս հաղորդագրությունը ջնջվել է` for a deleted message. Papers as people paste them in chat:
arXiv abs / pdf links, two OpenReview links (forum and pdf), an `arXiv:` id, titles alone; a repository, a video and
a library are not papers."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import F1243, keys

A, TG, N, D = "Անի Հովհաննիսյան", "Տիգրան Սարգսյան", "Նարե Պետրոսյան", "Դավիթ Գրիգորյան"
G = "Արդյունավետ attention"
msgs = [
 ("04.03.2024, 17:58:02", None, f"{A} ստեղծեց «{G}» խումբը"),
 ("04.03.2024, 17:58:02", None, f"{A} ավելացրեց {TG}"),
 ("04.03.2024, 17:58:03", None, f"{A} ավելացրեց {N}"),
 ("04.03.2024, 17:58:03", None, f"{A} ավելացրեց {D}"),
 ("04.03.2024, 18:02:11", A, "Բարև բոլորին 👋 Մարտ ամսին կարդում ենք արդյունավետ attention-ի և երկար կոնտեքստի մասին։ "
                            "Հանդիպումները՝ հինգշաբթի օրերին, 19:00, 305 լսարան։"),
 ("04.03.2024, 18:03:40", A, f"Առաջինը՝ {T('2007.14062')}\nhttps://arxiv.org/abs/2007.14062"),
 ("04.03.2024, 18:10:27", TG, f"Performer-ի ICLR տարբերակը՝ {T('2009.14794')}\nhttps://openreview.net/pdf?id=Ua6zuk0WRH"),
 ("04.03.2024, 18:12:05", TG, "FAVOR+ մասը 4-րդ բաժնում է, մնացածը կարելի է արագ անցնել"),
 ("04.03.2024, 18:31:56", N, f"Նույն գաղափարը, բայց gating-ով՝ {T('2103.02143')}\nhttps://openreview.net/forum?id=QtTKTdVrFBB"),
 ("04.03.2024, 19:47:13", D, "<Մեդիա ֆայլը բաց է թողնված>"),
 ("04.03.2024, 19:47:40", D, "Սա Long Range Arena-ի աղյուսակն է, տեսեք՝ ով ինչքան է արագ 😅"),
 ("05.03.2024, 09:15:22", D, f"{T('2302.10866')}\nhttps://arxiv.org/pdf/2302.10866.pdf\nկոդը՝ https://github.com/HazyResearch/safari"),
 ("05.03.2024, 09:16:01", D, "Այս հաղորդագրությունը ջնջվել է"),
 ("05.03.2024, 10:02:48", TG, f"RetNet-ն էլ ավելացնենք՝ {T('2307.08621')} (arXiv:2307.08621)"),
 ("05.03.2024, 10:05:30", N, f"Բջջայինների համար՝ {T('2004.11886')}, ICLR 2020։ Հոդվածը կարճ է"),
 ("05.03.2024, 12:40:19", A, f"{T('2010.06891')} — Դավիթ, սա քեզ համար է, հիշողությամբ մոդել էիր ուզում"),
 ("05.03.2024, 13:22:07", D, f"Երկար կոնտեքստի համար ամենագործնականը՝ {T('2306.15595')}\n"
                             "Llama 2-ով փորձել եմ, 4k → 16k աշխատում է, մի քիչ fine-tune-ով"),
 ("05.03.2024, 13:25:44", D, "Իսկ FlashAttention-ի գրադարանը՝ https://github.com/Dao-AILab/flash-attention (pip install flash-attn)"),
 ("05.03.2024, 20:10:31", N, "Ով չի հասցնում կարդալ, այս վիդեոն լավ ամփոփում է linear attention-ը՝ https://www.youtube.com/watch?v=Hq9vE2nLtUo"),
 ("06.03.2024, 08:30:00", None, f"{A} փոխեց խմբի անունը՝ «{G} 📚»"),
 ("06.03.2024, 08:31:12", A, "Ժամանակացույց\n07.03 — Big Bird + Performer (Տիգրան)\n14.03 — RFA + Hyena (Նարե)\n"
                            "21.03 — RetNet + Lite Transformer (Դավիթ)\n28.03 — Memformer + Positional Interpolation (Անի)"),
 ("06.03.2024, 08:33:47", TG, "👍"),
 ("07.03.2024, 18:20:05", N, "Ուշանում եմ 10 րոպե, սկսեք առանց ինձ"),
]
out = []
for ts, who, text in msgs:
    tl = text.split("\n")
    out.append(f"[{ts}] {who}: {tl[0]}" if who else f"[{ts}] {tl[0]}")
    out += tl[1:]
txt = "\n".join(out) + "\n"
write_only(F1243, txt, keys(F1243))
