"""Habits of the blind rounds 220 and 221 (and the misses of earlier rounds they led back to), each written here in
a small digest of its own, in other words and languages than the rounds' (the titles, hosts and names are
invented)."""

from __future__ import annotations

from tests.reading import decoded_titles


def test_a_textbook_label_then_its_author_and_quoted_name_is_no_paper() -> None:
    # (`Podręcznik: K. Murphy, "…", wyd. 2`: the word for a textbook, its colon, its author with an initial, then
    # the quoted name: a book, whatever its Title Case says)
    text = (
        "# Lektura\n"
        "#   Sparse Token Routing for Long Context Encoders (arXiv:2301.00031)\n"
        '# Podręcznik: K. Murphy, "Probabilistic Machine Learning: Advanced Topics", wyd. 2.\n'
    )
    _, titles = decoded_titles(text.encode(), "SConstruct")
    assert titles == {"Sparse Token Routing for Long Context Encoders": "2301.00031"}


def test_a_course_named_in_cyrillic_before_its_quoted_name_is_no_paper() -> None:
    # (`курс "…"`: a course, in Ukrainian or Russian, quoted after the word that says so)
    text = (
        '# Для новачків: курс "Practical Deep Learning for Coders" (перші три лекції);\n'
        '# книжка "Designing Machine Learning Systems" (Huyen), розділ 7.\n'
        "# Стаття тижня: https://arxiv.org/abs/2302.00045\n"
    )
    _, titles = decoded_titles(text.encode(), ".bazelrc")
    assert "Practical Deep Learning for Coders" not in titles
    assert "Designing Machine Learning Systems" not in titles
    assert "2302.00045" in titles.values()


def test_a_sentence_case_title_cited_in_parentheses_by_authors_and_venue() -> None:
    # (`Title in sentence case (Surname, Surname; VENUE 2011)`, `… (Surname, Surname, 2011)`: its citation's
    # parenthesis, its authors a comma apart, makes a title in sentence case a paper, as `and` between them did)
    text = (
        "Still to print:\n\n"
        "Calibrated retrieval heads for multilingual question answering (Okafor, Lindqvist; ACL 2021)\n\n"
        "Hierarchical memory slots for streaming speech recognition (Tanaka, Moreau, 2019)\n"
    )
    _, titles = decoded_titles(text.encode(), "notes.txt")
    assert "Calibrated retrieval heads for multilingual question answering" in titles
    assert "Hierarchical memory slots for streaming speech recognition" in titles


def test_a_sentence_of_prose_with_a_citation_stays_prose() -> None:
    # (the same parenthesis after a sentence of the writer's: no research title before it)
    text = "Notes:\n\nWe tried this on our own data and it worked well (Okafor, Lindqvist; ACL 2021)\n"
    _, titles = decoded_titles(text.encode(), "notes.txt")
    assert titles == {}


def test_two_titles_on_two_lines_of_a_cjk_file_are_two_papers() -> None:
    # (a Japanese file's comment listing titles one a line, whose lengths make the text look hard-wrapped at their
    # width: the first line's Latin words do not go on over the second, nor is the second a wrapped line)
    text = (
        "// rootlogon.C: 研究室の ROOT 起動マクロ。輪読の準備もここで表示する (毎週月曜に更新する)\n"
        "// Setup notes for new members: run root -l once, then check that the palette below is loaded\n"
        "// and that fit_helpers.C compiles; ask on the lab channel when ACLiC complains about the headers.\n"
        "// The macros assume the data lives under ~/data/run2024 and the plots go to ~/plots/weekly.\n"
        "void rootlogon() {\n"
        "   gStyle->SetPalette(kViridis); gStyle->SetOptStat(0); gStyle->SetOptFit(1111);\n"
        "   // 輪読の候補 (順番は未定):\n"
        "   //   Hierarchical Memory Slots for Streaming Speech Recognition (arXiv:2303.00011)\n"
        "   //   Sparse Token Routing for Long Context Encoders -- 実験に使えるか確認する\n"
        "   //   Calibrated Retrieval Heads for Multilingual Question Answering\n"
        "   //   Gradient Noise Shaping for Stable Mixed Precision Training\n"
        "   // 参考: 研究室の発表資料は共有フォルダにある。録画は研究室のサーバーにある。\n"
        '   printf("ヒストグラムの既定のスタイルを設定しました。フィットの結果も表示します。\\n");\n'
        "}\n"
    )
    _, titles = decoded_titles(text.encode(), "rootlogon.C")
    assert "Calibrated Retrieval Heads for Multilingual Question Answering" in titles
    assert "Gradient Noise Shaping for Stable Mixed Precision Training" in titles


def test_a_comment_s_titles_among_titles_with_ids_and_notes_are_a_list_of_papers() -> None:
    # (`#   Title (arXiv:…)` / `#   Title` / `#   Title` / `#   Title -- note`: the bare titles of a comment's list
    # whose other lines give an id or the writer's note are its papers too, however long their subtitles)
    text = (
        "# Đọc sau:\n"
        "#   Hierarchical memory slots for streaming speech recognition (arXiv:2303.00011)\n"
        "#   Sparse Token Routing: Long Context Encoders for Retrieval, Ranking, and Generation\n"
        "#   Calibrated Retrieval Heads for Multilingual Question Answering\n"
        "#   Gradient Noise Shaping for Stable Mixed Precision Training -- nhóm khác mượn buổi 12\n"
        "Pry.config.editor = 'vim'\n"
    )
    _, titles = decoded_titles(text.encode(), ".pryrc")
    assert "Sparse Token Routing: Long Context Encoders for Retrieval, Ranking, and Generation" in titles
    assert "Calibrated Retrieval Heads for Multilingual Question Answering" in titles


def test_a_vim_script_comment_s_titles_are_a_list_of_papers() -> None:
    # (`"   Title` one a line in a Vim-style configuration: its comment's mark is a double quote)
    text = (
        '" À lire en janvier :\n'
        '"   Hierarchical Memory Slots for Streaming Speech Recognition (arXiv:2303.00011)\n'
        '"   Sparse Token Routing for Long Context Encoders\n'
        '"   Calibrated Retrieval Heads for Multilingual Question Answering\n'
        "\" Pour les nouveaux : « Le livre de l'apprentissage » (Dupont), chapitre 2.\n"
        "set smoothscroll true\n"
    )
    _, titles = decoded_titles(text.encode(), ".tridactylrc")
    assert "Sparse Token Routing for Long Context Encoders" in titles
    assert "Calibrated Retrieval Heads for Multilingual Question Answering" in titles


def test_titles_joined_by_semicolons_are_no_bare_title_line() -> None:
    # (`#   Title; Title;` in a comment's sentence-list, between lines of titles: no one title, no paper made of two)
    text = (
        "# Titles for the panel: Hierarchical Memory Slots for Streaming Speech Recognition;\n"
        "#   Sparse Token Routing for Long Context Encoders; Calibrated Retrieval Heads for Multilingual QA;\n"
        "#   Gradient Noise Shaping for Stable Mixed Precision Training.\n"
        "#   Contrastive Pretraining of Tabular Encoders (arXiv:2304.00077) -- instead of 01?\n"
    )
    _, titles = decoded_titles(text.encode(), "kustomization.yaml")
    assert not any("; " in title for title in titles)


def test_a_chapter_to_read_after_the_authors_says_a_book() -> None:
    # (`- /Title/ – Authors; chapter 11 (topic)`, `kabanata 11` in Filipino: a chapter of it to read, so a book)
    text = (
        "* Mga babasahin\n"
        "- [[https://arxiv.org/abs/2301.00031][Sparse Token Routing for Long Context Encoders]] – Reyes, 2023.\n"
        "- /Foundations of Probabilistic Deep Learning/ – Santos, Cruz & Lim; kabanata 11 (attention).\n"
        "- /Statistical Learning with Sparse Models/ – Hale and Moreau; chapter 4.\n"
    )
    _, titles = decoded_titles(text.encode(), "README.org")
    assert titles == {"Sparse Token Routing for Long Context Encoders": "2301.00031"}


def test_a_chat_message_s_list_under_a_lead_saying_books_is_no_paper() -> None:
    # (a LINE message `หนังสือที่แนะนำ:` (books recommended) over numbered English names: books, not papers)
    text = (
        "[LINE] Chat history in กลุ่มอ่าน ML\n"
        "Saved on: 3/2/2026, 21:00\n\n"
        "Mon, 3/2/2026\n"
        "19:58\tKanya S.\tสวัสดีทุกคน เทอมนี้เริ่มจากหนังสือพื้นฐานก่อนนะ\n"
        '20:01\tKanya S.\t"หนังสือที่แนะนำ:\n'
        "1) Deep Learning for Sequence Modeling and Representation – Moreau (มีที่ห้องสมุด)\n"
        "2) Neural Networks for Visual Recognition – อ่านฟรีออนไลน์\n"
        '3) Statistical Learning with Sparse Models – Hale"\n'
        "20:02\tTon P.\t[Sticker]\n"
        "20:03\tTon P.\tขอบคุณครับ\n"
    )
    _, titles = decoded_titles(text.encode(), "chat.txt")
    assert titles == {}


def test_a_book_said_so_in_armenian_after_a_dash_is_no_paper() -> None:
    # (`• «Title» (Authors) — գիրք, …`: the writer's word for a book after the dash)
    text = (
        "Ոչ հոդվածներ, բայց օգտակար\n\n"
        "• «Probabilistic Models for Sequence Learning» (Moreau, Hale) — գիրք, անվճար PDF։\n"
    )
    _, titles = decoded_titles(text.encode(), "post.txt")
    assert titles == {}


def test_the_writer_s_english_sentence_after_another_language_is_no_title() -> None:
    # (a comment in Armenian, then `I'd love to try it on …`: the writer's own English sentence, not a title in
    # sentence case)
    text = (
        "Ani Hakobyan\n"
        "Mar 3\n"
        "Կտեղադրե՞ք notebook-ը GitHub-ում։ I'd love to try it on our river sensor data.\n"
        "Like (2)\n"
    )
    _, titles = decoded_titles(text.encode(), "comments.txt")
    assert titles == {}


def test_an_item_s_note_after_a_comma_with_a_name_inside_is_cut() -> None:
    # (`- Title, c'est-à-dire NAME, qui …`: the writer's note in French after the first comma, a short name and a
    # comma inside it; the title is what is before it)
    text = (
        "Pour aller plus loin, sans lien :\n"
        "- Sparse Token Routing for Long Context Encoders (Reyes & Moreau, ACL 2023), le point de départ ;\n"
        "- Calibrated Retrieval Heads for Multilingual Question Answering, c'est-à-dire CRH, qui nous intéresse"
        " pour le breton ;\n"
        "- Gradient Noise Shaping for Stable Mixed Precision Training, si quelqu'un veut parler d'optimisation.\n"
    )
    _, titles = decoded_titles(text.encode(), "mail.txt")
    assert "Calibrated Retrieval Heads for Multilingual Question Answering" in titles


def test_a_sheet_header_in_two_languages_names_its_paper_column() -> None:
    # (`Paper / بابەت`: a header in English and Kurdish; its paper column makes a sentence-case title a paper)
    rows = [
        "#\tڕێکەوت / Date\tPaper / بابەت\tLink\tتێبینی / Notes",
        "1\t3/4/2026\tSparse Token Routing for Long Context Encoders\thttps://arxiv.org/abs/2301.00031\tباش",
        "2\t3/11/2026\tCalibrated retrieval heads for multilingual question answering\t\tچاوەڕوان",
        "3\t3/18/2026\tGradient Noise Shaping for Stable Mixed Precision Training\thttps://arxiv.org/abs/2303.00011\t",
    ]
    _, titles = decoded_titles(("\r\n".join(rows) + "\r\n").encode(), "sheet.tsv")
    assert "Calibrated retrieval heads for multilingual question answering" in titles


def test_a_short_title_opening_on_an_indefinite_article_in_japanese_prose() -> None:
    # (`… の Name、つまり A Three Word Title も読みました`: a Title Case run of three words opening on `A`, as no
    # product's name does, inside a Japanese sentence)
    text = (
        "今週の読書メモ\n\n"
        "研究室の先輩に勧められて、Gato の元になった A Generalist Controller も読みました（半分くらいしか理解できていません）。\n"
        "ほかに DeepMind のブログも読みましたが、こちらは論文ではありません。\n"
    )
    _, titles = decoded_titles(text.encode(), "note.txt")
    assert "A Generalist Controller" in titles


def test_a_title_before_its_address_in_angle_brackets_is_the_link_s() -> None:
    # (`1. Title <https://arxiv.org/abs/…>`, as plain-text mail writes an address: the title is all before the
    # bracket, none of it the bracket; `And Title <…>.`: past the sentence's first word)
    text = (
        "Readings for Thursday:\n\n"
        "1. Sparse Token Routing for Long Context Encoders <https://arxiv.org/abs/2301.00031>\n"
        "2. Calibrated Retrieval Heads for Multilingual Question Answering <https://arxiv.org/pdf/2302.00045v2>\n"
        "Memory next week. The classic needs no link.\n"
        "And Gradient Noise Shaping for Stable Mixed Precision Training <http://arxiv.org/abs/2303.00011>.\n"
    )
    _, titles = decoded_titles(text.encode(), "mail.txt")
    assert titles == {
        "Sparse Token Routing for Long Context Encoders": "2301.00031",
        "Calibrated Retrieval Heads for Multilingual Question Answering": "2302.00045",
        "Gradient Noise Shaping for Stable Mixed Precision Training": "2303.00011",
    }


def test_a_sentence_or_a_wrapped_title_before_a_bracketed_address_is_not_taken_whole() -> None:
    # (the writer's sentence naming a title before the bracket, and a title's end wrapped onto the link's line:
    # neither the sentence nor the wrapped end is the title)
    text = (
        "Captioning works well with Sparse Token Routing for Long Context Encoders"
        " <https://arxiv.org/abs/2301.00031>, called from Julia.\n\n"
        "Could we squeeze in one for the robotics week? Calibrated Retrieval Heads for\n"
        "Multilingual Question Answering <https://arxiv.org/abs/2302.00045>\n"
    )
    _, titles = decoded_titles(text.encode(), "mail.txt")
    assert not any(title and (title.startswith("Captioning") or title.endswith("<")) for title in titles)
    assert "Multilingual Question Answering" not in titles
