#!/usr/bin/env python3
"""689: a Qt Linguist translation source (.ts) for the Ukrainian translation of a lab's reading-group desktop app, as
lupdate (Qt 6) writes it: `<?xml version="1.0" encoding="utf-8"?>`, `<!DOCTYPE TS>`, `<TS version="2.1"
language="uk_UA">`, contexts sorted by name with 4-space indentation, `<location filename=… line=…/>` for the first
message of a file in a context and relative `<location line="+n"/>` after it, `<source>` / `<comment>` /
`<extracomment>` / `<translatorcomment>` / `<translation>` (type="unfinished" / "vanished"), numerus forms (three for
Ukrainian), `&amp; &lt; &gt; &quot; &apos;` escaped. The starter library shipped with the app holds the papers."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, authors, write_only
from make_expected import F689, keys


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;").replace("'", "&apos;")


def au(k, n=3):
    a = authors(k)
    return ", ".join(a[:n]) + (" et al." if len(a) > n else "")


# context -> list of (file, line, source, translation, extra) ; extra: dict(comment, extracomment, tcomment, type, numerus)
C = {}


def m(ctx, fn, line, src, tr, **kw):
    C.setdefault(ctx, []).append((fn, line, src, tr, kw))


S = "../src/starterlibrary.cpp"
m("StarterLibrary", S, 38, "Starter library", "Стартова бібліотека")
m("StarterLibrary", S, 39, "These entries are added to a new library so that you can try tags, notes and reminders.",
  "Ці записи додаються до нової бібліотеки, щоб можна було спробувати теги, нотатки й нагадування.")
m("StarterLibrary", S, 52, f"{T('2310.08560')} — {au('2310.08560')}. https://arxiv.org/abs/2310.08560",
  f"{T('2310.08560')} — {au('2310.08560')}. https://arxiv.org/abs/2310.08560",
  extracomment="Paper title: do not translate the title, authors or link.",
  tcomment="Назву статті залишаємо англійською (так домовились у групі).")
m("StarterLibrary", S, 57, f"{T('2302.04761')} ({au('2302.04761')}), https://arxiv.org/abs/2302.04761v1",
  f"{T('2302.04761')} ({au('2302.04761')}), https://arxiv.org/abs/2302.04761v1",
  extracomment="Paper title: do not translate the title, authors or link.")
m("StarterLibrary", S, 61, f"{T('2310.06770')} — ICLR 2024, https://openreview.net/forum?id=VTF8yNQM66",
  f"{T('2310.06770')} — ICLR 2024, https://openreview.net/forum?id=VTF8yNQM66",
  extracomment="Paper title: do not translate the title, authors or link.")
m("StarterLibrary", S, 66, f"{T('2310.11511')} ({au('2310.11511')}), arXiv:2310.11511",
  f"{T('2310.11511')} ({au('2310.11511')}), arXiv:2310.11511",
  extracomment="Paper title: do not translate the title, authors or link.")
m("StarterLibrary", S, 70, f"{T('2002.08909')} — {au('2002.08909')}, ICML 2020. https://arxiv.org/abs/2002.08909",
  f"{T('2002.08909')} — {au('2002.08909')}, ICML 2020. https://arxiv.org/abs/2002.08909",
  extracomment="Paper title: do not translate the title, authors or link.")
m("StarterLibrary", S, 81, f"Example note: compare with '{T('2303.11366')}' before the agents session.",
  f"Приклад нотатки: порівняти з «{T('2303.11366')}» перед заняттям про агентів.",
  tcomment="Лапки-ялинки замість англійських.")
m("StarterLibrary", S, 84, f"Example reminder: read \"{T('2305.16291')}\" (no link yet)",
  f"Приклад нагадування: прочитати «{T('2305.16291')}» (посилання ще немає)")
m("StarterLibrary", S, 88, f"Example tag \"retrieval\": {T('2010.00904')}",
  "", type="unfinished", tcomment="Не встиг — перевірити, як виглядає довгий рядок у списку.")
m("StarterLibrary", S, 95, "Not a paper: the LangChain documentation & the smolagents repository (examples of web links).",
  "Не стаття: документація LangChain і репозиторій smolagents (приклади веб-посилань).")
m("StarterLibrary", S, 97, "Not a paper: lecture videos of an agents course (playlist)",
  "Не стаття: відео лекцій курсу про агентів (плейлист)")
W = "../src/mainwindow.cpp"
m("MainWindow", W, 64, "&File", "&Файл")
m("MainWindow", W, 65, "&Import BibTeX…", "&Імпорт BibTeX…")
m("MainWindow", W, 66, "Import from &arXiv ID…", "Імпорт за ідентифікатором &arXiv…")
m("MainWindow", W, 71, "&Quit", "&Вийти")
m("MainWindow", W, 118, "%n paper(s) in the library", ["%n стаття в бібліотеці", "%n статті в бібліотеці", "%n статей у бібліотеці"], numerus=True)
m("MainWindow", W, 140, "Search titles, authors, tags…", "Пошук у назвах, авторах, тегах…")
m("MainWindow", W, 141, "Reading group: <b>%1</b> — next meeting %2", "Читацька група: <b>%1</b> — наступна зустріч %2")
m("MainWindow", W, 203, "Could not reach arxiv.org. Check the proxy settings.", "Не вдалося з&apos;єднатися з arxiv.org. Перевірте налаштування проксі.".replace("&apos;", "'"))
m("MainWindow", W, 250, "Export as BibTeX", "Експортувати як BibTeX", type="vanished")
P = "../src/preferencesdialog.cpp"
m("PreferencesDialog", P, 22, "Preferences", "Налаштування")
m("PreferencesDialog", P, 30, "Mirror for PDF downloads:", "Дзеркало для завантаження PDF:")
m("PreferencesDialog", P, 31, "Use export.arxiv.org for API calls", "Використовувати export.arxiv.org для запитів API")
m("PreferencesDialog", P, 44, "Open", "Відкрити", comment="verb, button in the PDF column")
m("PreferencesDialog", P, 45, "Open", "Відкритий", comment="state of a reading-group session")
m("PreferencesDialog", P, 58, "Language (restart required):", "Мова (потрібен перезапуск):")
R = "../src/reminderdialog.cpp"
m("ReminderDialog", R, 17, "Remind me in %n day(s)", ["Нагадати через %n день", "Нагадати через %n дні", "Нагадати через %n днів"], numerus=True)
m("ReminderDialog", R, 29, "Remind me before the session on %1", "Нагадати перед заняттям %1")
m("ReminderDialog", R, 40, "Reminder text may contain <i>HTML</i> & links.", "Текст нагадування може містити <i>HTML</i> і посилання.")
A = "../src/aboutdialog.cpp"
m("AboutDialog", A, 12, "About %1", "Про %1")
m("AboutDialog", A, 15, "Reading-group helper of the Dnipro Valley Computational Linguistics Lab.\nBug reports: reading-app@dnipro-valley.example.org",
  "Помічник читацької групи Лабораторії комп’ютерної лінгвістики «Дніпровська долина».\nПовідомлення про помилки: reading-app@dnipro-valley.example.org")
m("AboutDialog", A, 19, "Built with Qt %1. Icons: Breeze (LGPL).", "Зібрано з Qt %1. Піктограми: Breeze (LGPL).")

out = ['<?xml version="1.0" encoding="utf-8"?>', "<!DOCTYPE TS>", '<TS version="2.1" language="uk_UA">']
for ctx in sorted(C):
    out += ["<context>", f"    <name>{ctx}</name>"]
    prev = None
    for fn, line, src, tr, kw in C[ctx]:
        out.append('    <message numerus="yes">' if kw.get("numerus") else "    <message>")
        if kw.get("type") == "vanished":
            pass
        elif prev and prev[0] == fn:
            out.append(f'        <location line="{line - prev[1]:+d}"/>')
        else:
            out.append(f'        <location filename="{fn}" line="{line}"/>')
        if kw.get("type") != "vanished": prev = (fn, line)
        out.append(f"        <source>{esc(src)}</source>")
        if kw.get("comment"): out.append(f"        <comment>{esc(kw['comment'])}</comment>")
        if kw.get("extracomment"): out.append(f"        <extracomment>{esc(kw['extracomment'])}</extracomment>")
        if kw.get("tcomment"): out.append(f"        <translatorcomment>{esc(kw['tcomment'])}</translatorcomment>")
        typ = f' type="{kw["type"]}"' if kw.get("type") else ""
        if kw.get("numerus"):
            out.append(f"        <translation{typ}>")
            out += [f"            <numerusform>{esc(x)}</numerusform>" for x in tr]
            out.append("        </translation>")
        else:
            out.append(f"        <translation{typ}>{esc(tr)}</translation>" if tr else f"        <translation{typ}></translation>")
        out.append("    </message>")
    out.append("</context>")
out.append("</TS>")
raw = "\n".join(out) + "\n"
import html
write_only(F689, raw, keys(F689), forms=[html.unescape(raw)])
