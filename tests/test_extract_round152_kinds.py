"""Habits the blind rounds 152 and 153 brought (tests/data/digests-round152 and -round153), each written here in a
small digest of its own, in other words and languages than the rounds'."""

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


def test_a_title_over_its_labelled_address_on_a_paper_site_is_a_paper() -> None:
    # (a program printing each record's title, then its address and its identifiers under labels: the address of a
    # paper's page on a proceedings site)
    printout = (
        '$ jq -r \'.hits[] | .title, "  link: " + .url, "  ids: " + (.ids | join(" "))\' hits.json\n'
        "Neural Ordinary Differential Equations\n"
        "  link: https://arxiv.org/abs/1806.07366\n"
        "  ids: arXiv:1806.07366\n"
        "Augmented Neural ODEs for Learning Flexible Dynamics\n"
        "  link: https://proceedings.neurips.cc/paper/2019/hash/21be9a4bd4f81549a9d1d241981cec3c-Abstract.html\n"
        "  ids: \n"
    )
    references = _references(printout.encode(), "hits.txt")
    assert ("Augmented Neural ODEs for Learning Flexible Dynamics", None, Evidence.TITLE_ONLY) in references


def test_a_jobs_log_counting_out_the_papers_it_fetches_gives_their_titles() -> None:
    # (a workflow's log: each line its time and task, then `[n/5] Title` as it goes through the papers)
    prefix = "2024-05-02 08:30:{:02d}.{:03d} [run-77/fetch/{} (pid 90{:02d})] "
    titles = [
        "Neural Ordinary Differential Equations",
        "Latent ODEs for Irregularly-Sampled Time Series",
        "Augmented Neural ODEs for Flexible Dynamics",
        "Neural Controlled Differential Equations for Irregular Time Series",
        "Stable Neural Flows for Physical Systems",
    ]
    log = prefix.format(0, 0, 0, 0) + "Workflow starting (run-77).\n"
    log += "".join(
        prefix.format(number, 100 + number, number, number) + f"[{number}/5] {title}\n"
        for number, title in enumerate(titles, 1)
    )
    log += prefix.format(9, 900, 0, 0) + "Done.\n"
    found = [title for title, _, _ in _references(log.encode(), "run.log")]
    assert found == titles


def test_a_learning_platforms_course_named_in_prose_is_no_paper() -> None:
    # (a post in Hindi naming courses after their platforms, and one by its `Intro to` name, beside a paper)
    post = (
        "मैंने पहले Coursera का Neural Networks and Deep Learning Specialization किया, फिर fast.ai का Practical"
        " Deep Learning for Coders देखा।\n"
        "बाद में Intro to Neural Differential Equations भी पूरा किया।\n"
        "पेपर भी पढ़ा: Neural Ordinary Differential Equations (Chen et al., 2018)।\n"
    )
    titles = [title for title, _, _ in _references(post.encode(), "post.txt")]
    assert titles == ["Neural Ordinary Differential Equations"]


def test_pdf_titles_and_note_headings_printed_with_their_file_names_give_the_titles() -> None:
    # (GNU parallel with `--tag`: each file's name, a tab, then what the command printed for it: pdfinfo's `Title:`
    # line, a title a word processor made from a file's name, and the heading of notes kept in a Cyrillic folder)
    session = (
        "$ parallel --tag -k \"pdfinfo {} | grep '^Title:'\" ::: *.pdf\n"
        "node_2018.pdf\tTitle:          Neural Ordinary Differential Equations\n"
        "latent_ode.pdf\tTitle:          Latent ODEs for Irregularly-Sampled Time Series\n"
        "old_scan.pdf\tTitle:          Microsoft Word - ode_notes_v3.doc\n"
        "lecture05.pdf\tTitle:          Лекция 5 — жёсткие системы и их решатели (слайды)\n"
        "$ parallel --tag -k head -n 2 ::: заметки/*.md\n"
        "заметки/anode.md\t# Augmented Neural ODEs for Flexible Dynamics\n"
        "заметки/anode.md\tNeurIPS 2019 — ссылки пока нет\n"
        "заметки/ncde.md\t# Neural Controlled Differential Equations for Irregular Time Series\n"
        "заметки/ncde.md\thttps://arxiv.org/abs/2005.08926\n"
    )
    references = _references(session.encode(), "session.txt")
    titles = {title for title, _, _ in references}
    assert {
        "Neural Ordinary Differential Equations",
        "Latent ODEs for Irregularly-Sampled Time Series",
        "Augmented Neural ODEs for Flexible Dynamics",
    } <= titles
    assert not any(
        title and ("Microsoft" in title or "Title:" in title or "Лекция" in title) for title in titles
    )


def test_a_repl_printing_each_rows_count_and_title_gives_the_titles() -> None:
    # (a JavaScript REPL printing a list's index and title, one space between, counting up from 0; a line of its
    # own output that is no row breaks no run)
    session = (
        "> rows.forEach((r, i) => print(i, r.title))\n"
        "0 Neural Ordinary Differential Equations\n"
        "1 Latent ODEs for Irregularly-Sampled Time Series\n"
        "2 Augmented Neural ODEs for Flexible Dynamics\n"
        "3 Stable Neural Flows\n"
        "undefined\n"
        "> rows.length\n"
        "4\n"
    )
    titles = [title for title, _, _ in _references(session.encode(), "repl.txt")]
    assert titles == [
        "Neural Ordinary Differential Equations",
        "Latent ODEs for Irregularly-Sampled Time Series",
        "Augmented Neural ODEs for Flexible Dynamics",
        "Stable Neural Flows",
    ]


def test_a_query_consoles_counted_rows_with_a_status_before_each_title_give_the_titles() -> None:
    # (an XML database's console returning `no [status] title` for each record, the status in Czech)
    session = (
        "> XQUERY for $r in //clanek return $r/@no || ' [' || $r/@stav || '] ' || $r/title\n"
        "1 [přečteno] Neural Ordinary Differential Equations\n"
        "2 [čtu] Latent ODEs for Irregularly-Sampled Time Series\n"
        "3 [nečteno] Augmented Neural ODEs for Flexible Dynamics\n"
        "Query executed in 0.92 ms.\n"
    )
    titles = [title for title, _, _ in _references(session.encode(), "console.txt")]
    assert titles == [
        "Neural Ordinary Differential Equations",
        "Latent ODEs for Irregularly-Sampled Time Series",
        "Augmented Neural ODEs for Flexible Dynamics",
    ]


def test_a_link_printed_by_the_next_command_takes_no_title_from_the_commands_output_above() -> None:
    # (a console session: one query prints titles, the next the records' links; the first link is no title's)
    session = (
        "> XQUERY //clanek/title/string()\n"
        "Neural Ordinary Differential Equations\n"
        "Latent ODEs for Irregularly-Sampled Time Series\n"
        "Query executed in 1.10 ms.\n"
        "\n"
        "> XQUERY //clanek[url]/url/string()\n"
        "https://arxiv.org/abs/2005.08926\n"
        "Query executed in 0.80 ms.\n"
    )
    references = _references(session.encode(), "console.txt")
    assert ("2005.08926", None) in {(paper, title) for title, paper, _ in references if paper}


def test_a_lecture_named_by_its_number_is_no_paper() -> None:
    # (a playlist of papers read aloud and a course's recorded lecture among them, each a track with its title)
    playlist = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<playlist xmlns="http://xspf.org/ns/0/" version="1">\n'
        "  <title>Слухаю в дорозі</title>\n"
        "  <trackList>\n"
        "    <track><location>file:///home/u/audio/node.mp3</location>"
        "<title>Neural Ordinary Differential Equations</title><creator>Chen, Rubanova</creator></track>\n"
        "    <track><location>file:///home/u/audio/latent.mp3</location>"
        "<title>Latent ODEs for Irregularly-Sampled Time Series</title><creator>Rubanova</creator></track>\n"
        "    <track><location>file:///home/u/audio/l7.mp3</location>"
        "<title>EE364 Lecture 7 — Stiff Differential Equations</title><creator>Course staff</creator></track>\n"
        "  </trackList>\n"
        "</playlist>\n"
    )
    titles = [title for title, _, _ in _references(playlist.encode(), "doroga.xspf")]
    assert "Neural Ordinary Differential Equations" in titles
    assert not any(title and "Lecture" in title for title in titles)


def test_a_tabbed_plan_whose_column_is_the_reading_in_czech_gives_its_papers() -> None:
    # (a course page copied as text: week, date, topic and `četba`, what to read)
    page = (
        "Osnova\n"
        "týden\tdatum\ttéma\tčetba\n"
        "1\t19. 2. 2025\tÚvod\tNeural Ordinary Differential Equations (NeurIPS 2018)\n"
        "2\t26. 2. 2025\tStabilita\tStable Neural Flows (NeurIPS 2021)\n"
        "3\t5. 3. 2025\tŘízení\tNeural Controlled Differential Equations for Irregular Time Series (NeurIPS 2020)\n"
        "Zkouška: 28. 5., písemně.\n"
    )
    titles = [title for title, _, _ in _references(page.encode(), "predmet.txt")]
    assert titles == [
        "Neural Ordinary Differential Equations",
        "Stable Neural Flows",
        "Neural Controlled Differential Equations for Irregular Time Series",
    ]


def test_a_querys_rows_printed_with_bars_after_their_numbers_give_their_titles() -> None:
    # (SQL over a CSV, its rows printed with `|` between the fields: the record's number, its title, its year; no ids)
    session = (
        '$ q -H -d , -D "|" "select id, title, year from ./list.csv where link = \'\'"\n'
        "4|Neural Ordinary Differential Equations|2018\n"
        "5|Latent ODEs for Irregularly-Sampled Time Series|2019\n"
        "6|Augmented Neural ODEs for Flexible Dynamics|2019\n"
        "$ exit\n"
    )
    titles = [title for title, _, _ in _references(session.encode(), "q.txt")]
    assert titles == [
        "Neural Ordinary Differential Equations",
        "Latent ODEs for Irregularly-Sampled Time Series",
        "Augmented Neural ODEs for Flexible Dynamics",
    ]
