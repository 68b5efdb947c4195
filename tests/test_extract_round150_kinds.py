"""Habits the blind rounds 150 and 151 brought (tests/data/digests-round150 and -round151) and the misses of
earlier rounds read again this session, each written here in a small digest of its own, in other words and
languages than the rounds'."""

from __future__ import annotations

from paperlist.digests import Evidence
from paperlist.ingest.decode import decode_digest
from paperlist.ingest.extract import extract_document


def _references(data: bytes, name: str) -> list[tuple[str | None, str | None, Evidence]]:
    text, label = decode_digest(data, name)
    extraction = extract_document(text, name, html=label.startswith("html/"))
    return [
        (reference.title, reference.arxiv_id or reference.openreview_id, reference.evidence)
        for reference in extraction.references
    ]


def test_a_title_then_its_short_name_after_a_dash_then_its_id_is_titled() -> None:
    # (`Title — Name, arXiv:…`: the short name and a comma between the title and its id are a note on it)
    digest = (
        "Leseliste Woche 12\n\n"
        "Neural Ordinary Differential Equations — NODE, arXiv:1806.07366 (aus der Vorlesung)\n\n"
        "Latent ODEs for Irregularly-Sampled Time Series – ODE-RNN, arXiv:1907.03907\n"
    )
    assert _references(digest.encode(), "woche12.txt") == [
        ("Neural Ordinary Differential Equations", "1806.07366", Evidence.ARXIV_TEXT),
        ("Latent ODEs for Irregularly-Sampled Time Series", "1907.03907", Evidence.ARXIV_TEXT),
    ]


def test_a_title_line_whose_note_after_a_dash_is_in_the_writers_own_script_is_a_paper() -> None:
    # (a reading list's titles without links, each with the writer's note in Russian or Greek after a dash; a
    # reference's whole entry with its note so is a book, not a title)
    digest = (
        "Что читаем: https://arxiv.org/abs/1806.07366\n\n"
        "Augmented Neural ODEs for Learning Dynamics — ANODE, добавляют размерности, чтобы обойти ограничения.\n\n"
        "Score-Based Generative Modeling through Stochastic Differential Equations — το διαβάζουμε την Τρίτη μαζί.\n\n"
        "3 Smith J., Doe A. Dynamical Systems and Chaos. Springer, 2011 — учебник для студентов первого курса.\n\n"
        "- **Neural Controlled Differential Equations for Irregular Time Series** — продолжение, читать после.\n\n"
        "FFJORD Free-form Continuous Dynamics for Scalable Generative Models (FFJORD 2) — το δεύτερο για την Πέμπτη.\n"
    )
    titles = {title for title, _, _ in _references(digest.encode(), "spisok.txt")}
    assert "Augmented Neural ODEs for Learning Dynamics" in titles
    assert "Score-Based Generative Modeling through Stochastic Differential Equations" in titles
    # (in bold too; its short name in parentheses is the writer's, no word of its title)
    assert "Neural Controlled Differential Equations for Irregular Time Series" in titles
    assert "FFJORD Free-form Continuous Dynamics for Scalable Generative Models" in titles
    assert not any(title and "Springer" in title for title in titles)


def test_a_bold_title_whose_note_after_a_dash_is_in_the_writers_own_script_is_a_paper() -> None:
    # (an awesome list's section: a title in bold, a dash, the writer's note in Ukrainian; a title of names and
    # hyphenated words that prose would not weigh as a paper's)
    digest = (
        "## Оцінювання\n"
        "- **Judging LLM-as-a-Judge with MT-Bench and Chatbot Arena** — їхній рейтинг ведуть окремо, на сайті.\n"
    )
    titles = [title for title, _, _ in _references(digest.encode(), "README.md")]
    assert titles == ["Judging LLM-as-a-Judge with MT-Bench and Chatbot Arena"]


def test_a_latin_title_right_before_its_id_in_parentheses_after_other_words_is_one_paper() -> None:
    # (the writer's words in Chinese or a dash, then the title, then its id in parentheses: one paper with its
    # title, not an id alone beside a title alone)
    digest = (
        "本周推荐\n"
        "1. 连续深度模型 —— Neural Ordinary Differential Equations（arXiv:1806.07366）\n"
        "2. 不规则时间序列：Latent ODEs for Irregularly-Sampled Time Series (https://arxiv.org/abs/1907.03907)\n"
    )
    assert _references(digest.encode(), "tuijian.txt") == [
        ("Neural Ordinary Differential Equations", "1806.07366", Evidence.ARXIV_TEXT),
        ("Latent ODEs for Irregularly-Sampled Time Series", "1907.03907", Evidence.ARXIV_LINK),
    ]


def test_a_bibliography_page_as_a_table_of_numbered_entries_keeps_every_entry_and_its_links() -> None:
    # (a page a bibliography tool made: a table without headers, a row per entry, its number and its citation,
    # then the writer's note in Persian or Russian, then `[ bib | http ]`, a bar alone between two links)
    def row(number: int, citation: str, link: str | None) -> str:
        links = f'<a href="b.html#k{number}">bib</a>' + (
            f'&nbsp;| \n<a href="{link}">http</a>' if link else ""
        )
        return (
            f'<tr valign="top"><td class="num">[<a name="k{number}">{number}</a>]</td>'
            f'<td class="item">\n{citation}\n[&nbsp;{links}&nbsp;]\n</td></tr>\n'
        )

    page = (
        "<html><head><title>Список литературы</title></head><body><h1>Список литературы</h1><table>\n"
        + row(
            1,
            "Ricky T. Q. Chen, Yulia Rubanova, Jesse Bettencourt, and David Duvenaud.\n Neural ordinary differential"
            " equations.\n In <em>NeurIPS</em>, 2018.\n Читаем первым; основа курса.",
            None,
        )
        + row(
            2,
            "Yulia Rubanova, Ricky T. Q. Chen, and David Duvenaud.\n Latent ODEs for irregularly-sampled time"
            " series.\n In <em>NeurIPS</em>, 2019.\n Продолжение первой статьи.",
            "https://arxiv.org/abs/1907.03907",
        )
        + row(
            3,
            "Ke Li, Jun Wu, Yu Sun, and Wei Xu.\n Neural controlled differential equations"
            " for irregular time series.\n <em>arXiv preprint arXiv:2005.08926</em>, 2020.\n Версию NeurIPS не нашли;"
            " пока препринт.",
            None,
        )
        + "</table></body></html>\n"
    )
    assert _references(page.encode(), "literatura.html") == [
        ("Neural ordinary differential equations", None, Evidence.TITLE_ONLY),
        ("Latent ODEs for irregularly-sampled time series", "1907.03907", Evidence.ARXIV_LINK),
        (
            "Neural controlled differential equations for irregular time series",
            "2005.08926",
            Evidence.ARXIV_TEXT,
        ),
    ]


def test_a_programs_printout_of_numbered_rows_gives_its_title_column() -> None:
    # (Lua's REPL printing a sheet's rows with `%2d %-7s %s`: the number, who took it, the title; rows of about one
    # width, none going on from the one above however long; rows whose titles say documentation, a talk, a course
    # are none; the links, printed as a column of their own below, are not the rows' above them)
    rows = [
        ("Lena", "Neural Ordinary Differential Equations for Continuous-Depth Networks"),
        ("Jonas", "Score-Based Generative Modeling through Stochastic Differential Equations"),
        ("Mia", "Augmented Neural ODEs for Learning Flexible Dynamics in Latent Space"),
        ("Ole", "Latent ODEs for Irregularly-Sampled Time Series and Their Extensions"),
        ("Lena", "Neural Controlled Differential Equations for Irregular Time Series"),
        ("Mia", "Free-form Continuous Dynamics for Scalable Reversible Generative Models"),
        ("Ole", "Stable Neural Flows"),
        ("Jonas", "torchdiffeq Solvers and Adjoint Methods for Neural ODEs (Dokumentation)"),
        ("Lena", "Vortrag: Neuronale ODEs in der Praxis (Aufzeichnung)"),
        ("Mia", "Kurs: Dynamische Systeme, Kapitel 3"),
        ("Ole", "Übungsblatt 4"),
    ]
    session = (
        "> for i, r in ipairs(rows) do print(('%2d %-7s %s'):format(i, r[1], r[2])) end\n"
        + "".join(f"{number:2d} {name:<7} {title}\n" for number, (name, title) in enumerate(rows, 1))
        + "> for _, r in ipairs(rows) do print(('%q'):format(r[3])) end\n"
        + '"https://arxiv.org/abs/1806.07366"\n"https://arxiv.org/abs/2005.08926"\n'
        + '"-"\n' * 9
    )
    references = _references(session.encode(), "irb.txt")
    titles = [title for title, paper, _ in references if paper is None]
    assert titles == [title for _, title in rows[:-4]]
    assert {paper: title for title, paper, _ in references if paper} == {
        "1806.07366": None,
        "2005.08926": None,
    }


def test_an_identifier_given_by_its_system_is_the_records_arxiv_id() -> None:
    # (a record that keeps what it cites in a mapping of its own, its identifiers each a system and a value, as
    # FHIR's citations do; a bare id is an arXiv id because its system says so, and a DOI's is not)
    bundle = """{"entry": [
  {"resource": {"resourceType": "Citation", "title": "Neural Ordinary Differential Equations",
    "citedArtifact": {"identifier": [
      {"system": "https://doi.org", "value": "10.5555/3327757.3327764"},
      {"system": "https://arxiv.org", "value": "1806.07366"}]}}},
  {"resource": {"resourceType": "Citation", "title": "Latent ODEs for Irregularly-Sampled Time Series",
    "citedArtifact": {"identifier": [{"system": "urn:ietf:rfc:3986", "value": "1907.03907"}]}}}
]}
"""
    references = _references(bundle.encode(), "bundle.json")
    assert ("Neural Ordinary Differential Equations", "1806.07366", Evidence.ARXIV_TEXT) in references
    assert all(paper != "1907.03907" for _, paper, _ in references)


def test_a_title_with_a_word_in_parentheses_before_the_writers_note_is_read_whole() -> None:
    # (two titles in a Polish sentence, joined by its `oraz`, the second with a word in parentheses, then a dash
    # and the writer's note)
    message = (
        "Dorzućcie jeszcze: Neural Ordinary Differential Equations oraz Deep Networks (Sometimes) Forget What"
        " They Learn — oba na czwartek, linki wrzucę później.\n"
    )
    titles = {title for title, _, _ in _references(message.encode(), "czat.txt")}
    assert titles == {
        "Neural Ordinary Differential Equations",
        "Deep Networks (Sometimes) Forget What They Learn",
    }


def test_a_tabbed_syllabus_whose_reading_column_is_named_for_what_to_read_gives_its_papers() -> None:
    # (a course page copied as text: its plan a table whose cells tabs part, the column of papers named for the
    # required reading in German; a row that says there is none; a row citing two papers, each with its id)
    page = (
        "Seminar Dynamische Systeme und Lernen — Sommersemester\n\n"
        "Die Pflichtlektüre lesen alle vor der Sitzung; wer ein Referat hält, schickt die Folien am Vortag.\n"
        "Die Texte ohne Link liegen im Ordner der Veranstaltung.\n"
        "Fragen bitte ins Forum, nicht per Mail.\n"
        "Die Anwesenheit wird nicht kontrolliert.\n\n"
        "Sitzung\tTermin\tThema\tPflichtlektüre\tHinweise\n"
        "1\t15.04.\tEinführung\tNeural Ordinary Differential Equations (NeurIPS 2018)\tFolien im Moodle\n"
        "2\t22.04.\tLatente Modelle\tLatent ODEs for Irregularly-Sampled Time Series https://arxiv.org/abs/1907.03907"
        "\tReferat: Jonas\n"
        "3\t29.04.\tExkursion\tKeine Pflichtlektüre\tTreffpunkt am Institut\n"
        "4\t06.05.\tSteuerung\tKidger et al. (2020). Neural Controlled Differential Equations for Irregular Time"
        " Series. arXiv:2005.08926 — und — Morrill et al. (2021). Neural Rough Differential Equations for Long Time"
        " Series. https://arxiv.org/abs/2009.08295\tzwei Referate\n"
    )
    references = _references(page.encode(), "seminar.txt")
    assert ("Neural Ordinary Differential Equations", None, Evidence.TITLE_ONLY) in references
    assert (
        "Latent ODEs for Irregularly-Sampled Time Series",
        "1907.03907",
        Evidence.ARXIV_LINK,
    ) in references
    assert {paper for _, paper, _ in references if paper} == {"1907.03907", "2005.08926", "2009.08295"}
    assert not any(title and "Keine" in title for title, _, _ in references)


def test_a_sheets_reading_column_gives_its_titles_without_their_links_or_remarks() -> None:
    # (a sheet exported as TSV: the column of papers named for the required reading in Spanish; a title with its
    # link after it in the cell; a remark that names the column where a title would stand)
    sheet = (
        "Semana\tTema\tLectura obligatoria\tResponsable\n"
        "1\tIntroducción\tNeural Ordinary Differential Equations https://arxiv.org/abs/1806.07366\tAna\n"
        "2\tModelos latentes\tLatent ODEs for Irregularly-Sampled Time Series\tBruno\n"
        "3\tVisita\tSin lectura obligatoria\tCarla\n"
    )
    assert _references(sheet.encode(), "plan.tsv") == [
        ("Neural Ordinary Differential Equations", "1806.07366", Evidence.ARXIV_LINK),
        ("Latent ODEs for Irregularly-Sampled Time Series", None, Evidence.TITLE_ONLY),
    ]


def test_a_short_title_with_its_models_name_in_another_scripts_sentence_is_a_paper() -> None:
    # (three words of research, then the model's short name in parentheses, inside a Japanese sentence; a concept
    # and its short name in an English sentence that goes on about it is none)
    post = (
        "最近読んだ中では Neural Ordinary Differential (NODE) が面白かったです。\n\n"
        "Convolutional Neural Networks (ConvNets) are usually trained on labelled images first.\n"
    )
    titles = [title for title, _, _ in _references(post.encode(), "memo.txt")]
    assert titles == ["Neural Ordinary Differential"]


def test_a_book_by_its_edition_in_the_writers_language_and_documentation_cited_as_a_reference_are_no_papers() -> (
    None
):
    # (a Korean post naming a book by its edition in parentheses; a reference list citing a library's documentation,
    # its title subtitled after the word)
    post = "요즘 읽는 책: Hands-On Machine Learning with Scikit-Learn and TensorFlow (3판) 정말 좋아요.\n"
    assert _references(post.encode(), "post.txt") == []
    references = (
        "Referencias\n\n"
        "1. Chen, R. T. Q., Rubanova, Y. (2018). Neural ordinary differential equations. NeurIPS 31.\n"
        "2. SciPy (2024). scipy.integrate 1.13 documentation: ODE solvers and their options.\n"
        "   https://docs.scipy.org/doc/scipy/reference/integrate.html.\n"
    )
    titles = [title for title, _, _ in _references(references.encode(), "refs.txt")]
    assert titles == ["Neural ordinary differential equations"]


def test_a_record_titled_as_software_by_its_label_is_no_paper() -> None:
    # (a CSL-JSON export of what a group cites: a paper's record, and records whose titles say they are software,
    # in English and in Swedish)
    export = (
        '[{"title": "Neural Ordinary Differential Equations", "author": [{"family": "Chen"}],'
        ' "issued": {"date-parts": [[2018]]}},\n'
        ' {"title": "Software: Scalable Differential Equation Solvers 0.2.3", "author": [{"family": "Kidger"}],'
        ' "issued": {"date-parts": [[2021]]}},\n'
        ' {"title": "Programvara: Adaptive Neural Solvers for Stiff Systems", "author": [{"family": "Lind"}],'
        ' "issued": {"date-parts": [[2022]]}}]\n'
    )
    assert [title for title, _, _ in _references(export.encode(), "cited.json")] == [
        "Neural Ordinary Differential Equations"
    ]


def test_a_repositorys_page_title_among_search_results_is_no_paper() -> None:
    # (a search engine's results printed as title, address, snippet: a repository's page is titled by its host, its
    # owner and name, then what it does, in sentence case after a colon)
    results = (
        "[1806.07366] Neural Ordinary Differential Equations\n"
        "  https://arxiv.org/abs/1806.07366\n"
        "  We introduce a new family of deep neural network models.\n"
        "GitHub - example/NeuroFlow: Fast inference from neural differential equations via adaptive solvers\n"
        "  https://github.com/example/NeuroFlow\n"
        "  A library of solvers, its benchmarks and its notebooks.\n"
    )
    assert [title for title, _, _ in _references(results.encode(), "results.txt")] == [
        "Neural Ordinary Differential Equations"
    ]


def test_a_subtitled_title_and_a_long_note_after_its_last_colon_is_the_title_alone() -> None:
    # (an issue's comment listing papers, one with its link, one with the writer's note in Spanish after a colon)
    comment = (
        "  - Neural Ordinary Differential Equations: https://arxiv.org/abs/1806.07366\n"
        "- AutoFlow: Efficient Solver and Architecture Search: no encontré el enlace, creo que solo existe la versión"
        " del taller\n"
    )
    titles = [title for title, paper, _ in _references(comment.encode(), "issue.txt") if paper is None]
    assert titles == ["AutoFlow: Efficient Solver and Architecture Search"]
