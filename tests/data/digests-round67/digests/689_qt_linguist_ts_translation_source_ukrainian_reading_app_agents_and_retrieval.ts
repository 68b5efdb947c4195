<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk_UA">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../src/aboutdialog.cpp" line="12"/>
        <source>About %1</source>
        <translation>Про %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reading-group helper of the Dnipro Valley Computational Linguistics Lab.
Bug reports: reading-app@dnipro-valley.example.org</source>
        <translation>Помічник читацької групи Лабораторії комп’ютерної лінгвістики «Дніпровська долина».
Повідомлення про помилки: reading-app@dnipro-valley.example.org</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Built with Qt %1. Icons: Breeze (LGPL).</source>
        <translation>Зібрано з Qt %1. Піктограми: Breeze (LGPL).</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../src/mainwindow.cpp" line="64"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import BibTeX…</source>
        <translation>&amp;Імпорт BibTeX…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import from &amp;arXiv ID…</source>
        <translation>Імпорт за ідентифікатором &amp;arXiv…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Quit</source>
        <translation>&amp;Вийти</translation>
    </message>
    <message numerus="yes">
        <location line="+47"/>
        <source>%n paper(s) in the library</source>
        <translation>
            <numerusform>%n стаття в бібліотеці</numerusform>
            <numerusform>%n статті в бібліотеці</numerusform>
            <numerusform>%n статей у бібліотеці</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Search titles, authors, tags…</source>
        <translation>Пошук у назвах, авторах, тегах…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading group: &lt;b&gt;%1&lt;/b&gt; — next meeting %2</source>
        <translation>Читацька група: &lt;b&gt;%1&lt;/b&gt; — наступна зустріч %2</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Could not reach arxiv.org. Check the proxy settings.</source>
        <translation>Не вдалося з&apos;єднатися з arxiv.org. Перевірте налаштування проксі.</translation>
    </message>
    <message>
        <source>Export as BibTeX</source>
        <translation type="vanished">Експортувати як BibTeX</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../src/preferencesdialog.cpp" line="22"/>
        <source>Preferences</source>
        <translation>Налаштування</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Mirror for PDF downloads:</source>
        <translation>Дзеркало для завантаження PDF:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use export.arxiv.org for API calls</source>
        <translation>Використовувати export.arxiv.org для запитів API</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Open</source>
        <comment>verb, button in the PDF column</comment>
        <translation>Відкрити</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <comment>state of a reading-group session</comment>
        <translation>Відкритий</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Language (restart required):</source>
        <translation>Мова (потрібен перезапуск):</translation>
    </message>
</context>
<context>
    <name>ReminderDialog</name>
    <message numerus="yes">
        <location filename="../src/reminderdialog.cpp" line="17"/>
        <source>Remind me in %n day(s)</source>
        <translation>
            <numerusform>Нагадати через %n день</numerusform>
            <numerusform>Нагадати через %n дні</numerusform>
            <numerusform>Нагадати через %n днів</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Remind me before the session on %1</source>
        <translation>Нагадати перед заняттям %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Reminder text may contain &lt;i&gt;HTML&lt;/i&gt; &amp; links.</source>
        <translation>Текст нагадування може містити &lt;i&gt;HTML&lt;/i&gt; і посилання.</translation>
    </message>
</context>
<context>
    <name>StarterLibrary</name>
    <message>
        <location filename="../src/starterlibrary.cpp" line="38"/>
        <source>Starter library</source>
        <translation>Стартова бібліотека</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>These entries are added to a new library so that you can try tags, notes and reminders.</source>
        <translation>Ці записи додаються до нової бібліотеки, щоб можна було спробувати теги, нотатки й нагадування.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>MemGPT: Towards LLMs as Operating Systems — Charles Packer, Sarah Wooders, Kevin Lin et al.. https://arxiv.org/abs/2310.08560</source>
        <extracomment>Paper title: do not translate the title, authors or link.</extracomment>
        <translatorcomment>Назву статті залишаємо англійською (так домовились у групі).</translatorcomment>
        <translation>MemGPT: Towards LLMs as Operating Systems — Charles Packer, Sarah Wooders, Kevin Lin et al.. https://arxiv.org/abs/2310.08560</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Toolformer: Language Models Can Teach Themselves to Use Tools (Timo Schick, Jane Dwivedi-Yu, Roberto Dessì et al.), https://arxiv.org/abs/2302.04761v1</source>
        <extracomment>Paper title: do not translate the title, authors or link.</extracomment>
        <translation>Toolformer: Language Models Can Teach Themselves to Use Tools (Timo Schick, Jane Dwivedi-Yu, Roberto Dessì et al.), https://arxiv.org/abs/2302.04761v1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>SWE-bench: Can Language Models Resolve Real-World GitHub Issues? — ICLR 2024, https://openreview.net/forum?id=VTF8yNQM66</source>
        <extracomment>Paper title: do not translate the title, authors or link.</extracomment>
        <translation>SWE-bench: Can Language Models Resolve Real-World GitHub Issues? — ICLR 2024, https://openreview.net/forum?id=VTF8yNQM66</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Self-RAG: Learning to Retrieve, Generate, and Critique through Self-Reflection (Akari Asai, Zeqiu Wu, Yizhong Wang et al.), arXiv:2310.11511</source>
        <extracomment>Paper title: do not translate the title, authors or link.</extracomment>
        <translation>Self-RAG: Learning to Retrieve, Generate, and Critique through Self-Reflection (Akari Asai, Zeqiu Wu, Yizhong Wang et al.), arXiv:2310.11511</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>REALM: Retrieval-Augmented Language Model Pre-Training — Kelvin Guu, Kenton Lee, Zora Tung et al., ICML 2020. https://arxiv.org/abs/2002.08909</source>
        <extracomment>Paper title: do not translate the title, authors or link.</extracomment>
        <translation>REALM: Retrieval-Augmented Language Model Pre-Training — Kelvin Guu, Kenton Lee, Zora Tung et al., ICML 2020. https://arxiv.org/abs/2002.08909</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Example note: compare with &apos;Reflexion: Language Agents with Verbal Reinforcement Learning&apos; before the agents session.</source>
        <translatorcomment>Лапки-ялинки замість англійських.</translatorcomment>
        <translation>Приклад нотатки: порівняти з «Reflexion: Language Agents with Verbal Reinforcement Learning» перед заняттям про агентів.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Example reminder: read &quot;Voyager: An Open-Ended Embodied Agent with Large Language Models&quot; (no link yet)</source>
        <translation>Приклад нагадування: прочитати «Voyager: An Open-Ended Embodied Agent with Large Language Models» (посилання ще немає)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Example tag &quot;retrieval&quot;: Autoregressive Entity Retrieval</source>
        <translatorcomment>Не встиг — перевірити, як виглядає довгий рядок у списку.</translatorcomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not a paper: the LangChain documentation &amp; the smolagents repository (examples of web links).</source>
        <translation>Не стаття: документація LangChain і репозиторій smolagents (приклади веб-посилань).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not a paper: lecture videos of an agents course (playlist)</source>
        <translation>Не стаття: відео лекцій курсу про агентів (плейлист)</translation>
    </message>
</context>
</TS>
