#!/usr/bin/env python3
"""1018: a GitHub Gist page (a Russian search engineer's awesome-style list of efficient-attention papers in one
Markdown file, with the comment thread under it) as a reader copied it from Chrome (select all, copy, paste into a
text file): LF line ends; the gist chrome one item a line (skip link, All gists / Back to GitHub / Sign in / Sign up,
the session alerts, "Instantly share code, notes, and snippets.", `@user`, `user/file.md`, "Last active …", Star /
Fork counts, Code / Revisions / Stars / Forks, the Embed menu texts, GitHub's double-escaped `Clone this repository
at &lt;script src=&quot;…&quot;&gt;&lt;/script&gt;` label, "Save user/id to your computer …", Download ZIP, the
description, Raw and the file name); the rendered Markdown as Chrome pastes it (headings and paragraphs one a line,
list markers dropped, tables as TAB-separated rows, links reduced to their visible text); each comment as `@user`,
`Author` for the gist's owner, `user commented Mon D, YYYY` (with ` •` and `edited` when edited) and its text; the
sign-up prompt and GitHub's footer. The users, the gist id and the company are invented.

Papers: one bare arXiv abs URL in a table cell, one arXiv pdf URL and one OpenReview pdf URL pasted in comments, one
OpenReview forum URL in the text (links), one `arXiv:ID` cell (arxiv-text), three rows whose link cell reads only
"arXiv" / "OpenReview" because the Markdown link text hides the URL (title-only; one title with a doubled blank).
Not papers: the repositories in the code column, Lilian Weng's post, xformers, an internal meetup recording;
nicknames (BigBird, Reformer, Performer, FAVOR+, RFA, LRA, the Tay et al. survey) are not labelled alone."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import by_num, keys

F = by_num(1018)
K = dict(sparse="1904.10509", linformer="2006.04768", lra="2011.04006", performer="2009.14794", synth="2005.00743",
         funnel="2006.03236", longformer="2004.05150", rfa="2103.02143")
USER, FILE, GID = "mkorolev", "efficient-attention.md", "3f8a1c2e9d7b4a6f0e5c1b2a7d4e5f60"
HEAD = "Статья\tГод\tСсылка\tКод\tКоротко"


def row(*cells):
    assert len(cells) == 5
    return "\t".join(cells)


chrome = [
    "Skip to content",
    "All gists",
    "Back to GitHub",
    "Sign in",
    "Sign up",
    "Sign in",
    "Sign up",
    "You signed in with another tab or window. Reload to refresh your session. You signed out in another tab or window. "
    "Reload to refresh your session. You switched accounts on another tab or window. Reload to refresh your session.",
    "Dismiss alert",
    "Instantly share code, notes, and snippets.",
    "",
    f"@{USER}",
    f"{USER}/{FILE}",
    "Last active 2 weeks ago",
    "Star",
    "57",
    "Fork",
    "11",
    "Code",
    "Revisions",
    "14",
    "Stars",
    "57",
    "Forks",
    "11",
    "Embed",
    "Embed",
    "Embed this gist in your website.",
    "Share",
    "Copy sharable link for this gist.",
    "Clone via HTTPS",
    "Clone using the web URL.",
    "Learn more about clone URLs",
    f"Clone this repository at &lt;script src=&quot;https://gist.github.com/{USER}/{GID}.js&quot;&gt;&lt;/script&gt;",
    f"Save {USER}/{GID} to your computer and use it in GitHub Desktop.",
    "Download ZIP",
    "Подборка статей про эффективное внимание (для команды поиска): таблицы + короткие заметки",
    "Raw",
    FILE,
]
md = [
    "Эффективное внимание: что читать",
    "Собираю для себя и для ребят из команды поиска. Нас интересует длинный контекст в энкодерах (ранжирование "
    "длинных документов), поэтому трюков для декодеров вроде KV-кэша здесь почти нет. Внутри разделов порядок "
    "примерно хронологический.",
    "Легенда: ⭐ — читать обязательно, 🧪 — пробовали у себя, 📎 — есть официальный код.",
    "1. Разреженное и локальное внимание",
    HEAD,
    row("⭐ " + T(K["sparse"]), "2019", f"https://arxiv.org/abs/{K['sparse']}", "openai/sparse_attention 📎",
        "факторизованное внимание, strided и fixed паттерны; O(n√n)"),
    row("⭐🧪 " + T(K["longformer"]), "2020", "arXiv", "allenai/longformer 📎",
        "скользящее окно + глобальные токены; у нас на ранжировании +2.1 nDCG@10 к BERT с обрезкой до 512"),
    row("BigBird", "2020", "—", "—", "добавлю, см. комментарии"),
    "2. Низкий ранг и ядра",
    HEAD,
    row(T(K["linformer"]), "2020", "PDF", "—", "проецирует K и V по длине в k измерений; для авторегрессии не годится"),
    row("⭐ " + T(K["performer"]), "2020 (ICLR 2021)", "OpenReview", "google-research/performer 📎",
        "FAVOR+, положительные случайные признаки, несмещённая оценка softmax"),
    row(T(K["rfa"]).replace("Feature ", "Feature  "), "2021", "OpenReview", "—",
        "RFA: случайные признаки + гейт, который даёт «забывание»; похоже на Performer"),
    row("🧪 " + T(K["synth"]), "2020", f"arXiv:{K['synth']}", "—",
        "а нужен ли вообще dot-product? Dense и Random Synthesizer; Dense у нас не хуже обычного на коротких запросах"),
    "3. Сжатие последовательности",
    HEAD,
    row(T(K["funnel"]), "2020", "arXiv", "laiguokun/Funnel-Transformer 📎",
        "пулинг по длине внутри энкодера; для классификации и ранжирования то что надо"),
    "4. Как сравнивать",
    f"{T(K['lra'])} — https://openreview.net/forum?id=qVyeW-grC2k",
    "Шесть задач длиной до 16K токенов. Код: google-research/long-range-arena. Цифры в их таблице сильно зависят от "
    "гиперпараметров, см. обсуждение в issues репозитория и комментарии ниже.",
    "Не статьи, но полезно",
    "Пост Лилиан Венг «The Transformer Family Version 2.0» — хорошая карта всей области.",
    "xformers (facebookresearch/xformers) — готовые ядра для многих вариантов внимания.",
    "Запись доклада Серёжи с внутреннего митапа (Confluence, только для своих).",
]
comments = [
    ("ivan-petrenko", "Feb 12, 2024", False,
     "Спасибо, очень в тему! У Linformer ссылка «PDF» ведёт на первую версию без приложения, вот актуальная: "
     f"https://arxiv.org/pdf/{K['linformer']}v3"),
    (USER, "Feb 12, 2024", False,
     "@ivan-petrenko спасибо, поправлю. Performer заодно перевёл на OpenReview, там camera-ready с исправленными "
     "доказательствами: https://openreview.net/pdf?id=Ua6zuk0WRH"),
    ("a-orlova", "Mar 3, 2024", True,
     "Добавьте BigBird и Reformer? И обзор Tay et al. 2020 про эффективные трансформеры, он хорошо раскладывает "
     "всё по полочкам.\nМы сейчас пробуем Synthesizer (Dense) на коротких запросах — напишу, что получится."),
    (USER, "Mar 4, 2024", False,
     "BigBird добавлю. Reformer был в первых ревизиях, убрал: LSH на наших длинах не окупился 🙂 Обзор Тэя — "
     "это статья, так что в раздел «Не статьи» не пойдёт, подумаю, куда его."),
    ("d-sizov", "Mar 19, 2024", False,
     "Для тех, кто будет гонять LRA: у нас Performer на ListOps и Text давал на 2–3 пункта меньше, чем в статье, "
     "пока не поставили те же seed и lr, что в их конфиге. Так что сравнивайте только со своими прогонами."),
]
out = chrome + md
for user, date, edited, text in comments:
    out += [f"@{user}"] + (["Author"] if user == USER else [])
    out += [f"{user} commented {date}" + (" •" if edited else "")] + (["edited"] if edited else [])
    out += text.split("\n")
out += [
    "@ghost",
    "Sign up for free to join this conversation on GitHub. Already have an account? Sign in to comment",
    "Footer",
    "© 2024 GitHub, Inc.",
    "Footer navigation",
    "Terms",
    "Privacy",
    "Security",
    "Status",
    "Docs",
    "Contact",
    "Manage cookies",
    "Do not share my personal information",
]
text = "\n".join(out) + "\n"
write_only(F, text, keys(F))
