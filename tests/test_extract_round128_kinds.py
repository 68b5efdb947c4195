"""Habits the blind rounds 126 to 131 brought (tests/data/digests-round126 to -round131), each written here in a
small digest of its own, in other words and languages than the round's."""

from __future__ import annotations

from paperlist.ingest.extract import extract_document
from paperlist.ingest.extract.entries import title_quality
from tests.reading import decoded_titles

_BOOKMARKS_HEADER = "title,url,tags,note,added\n"


def test_a_bookmark_of_a_sites_home_a_leaderboard_or_a_data_set_is_no_paper() -> None:
    # (a bookmark manager's export: each row a page's title as the browser showed it and its address; a site's home
    # is a book's, a course's or a tool's, a page titled with the site's name after a bar is that site's page, and
    # a data set's name is no paper's, while a paper's page or project page titled by the paper is one)
    rows = (
        "Mathematics for Machine Learning,https://mml-book.example.org/,książka,Rozdziały 2–5 na egzamin.,2025-01-04\n"
        "Monocular Depth Estimation on NYU-Depth V2 | Papers with Code,"
        "https://paperswithcode.com/sota/monocular-depth-estimation-on-nyu-depth-v2,ranking,Do slajdów.,2025-01-05\n"
        "STL-10 and SVHN datasets,https://data.example.edu/~lab/stl10-svhn.html,dane,Do zadania 2.,2025-01-06\n"
        "Deep Residual Learning for Image Recognition,https://arxiv.org/abs/1512.03385,artykuł,Klasyk.,2025-01-07\n"
        "Denoising Diffusion Probabilistic Models,https://ddpm-example.github.io/,artykuł,Strona projektu.,2025-01-08\n"
        "Neural Ordinary Differential Equations,https://proceedings.neurips.cc/paper/2018/hash/69386f6b.html,"
        "artykuł,NeurIPS 2018.,2025-01-09\n"
    )
    _, titles = decoded_titles((_BOOKMARKS_HEADER + rows).encode(), "zakladki.csv")
    assert "Mathematics for Machine Learning" not in titles
    assert not any("Depth Estimation" in str(title) for title in titles)
    assert not any("SVHN" in str(title) for title in titles)
    assert titles.get("Deep Residual Learning for Image Recognition") == "1512.03385"
    assert "Neural Ordinary Differential Equations" in titles
    assert "Denoising Diffusion Probabilistic Models" in titles


def test_an_rdf_graph_as_n_triples_gives_each_described_paper_with_its_own_id_and_authors() -> None:
    # (a triple store's dump, a statement a line, in schema.org's and FOAF's words: a paper typed as an article is
    # one whatever its title's case, its identifier and address its own; a person, an event and a book are not;
    # an arXiv address only pointed at is a paper; an event's description is read for the papers it names)
    graph = (
        "<https://kg.example.pt/evento/7> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> "
        "<https://schema.org/Event> .\n"
        '<https://kg.example.pt/evento/7> <https://schema.org/name> "Sess\\u00E3o 7: redes recorrentes"@pt .\n'
        "<https://kg.example.pt/evento/7> <https://schema.org/about> <https://kg.example.pt/artigo/lstm> .\n"
        "<https://kg.example.pt/evento/7> <https://schema.org/about> <https://arxiv.org/abs/1409.3215> .\n"
        '<https://kg.example.pt/evento/7> <https://schema.org/description> "Extra: ver arXiv:1412.3555 para '
        'compara\\u00E7\\u00E3o"@pt .\n'
        "<https://kg.example.pt/artigo/lstm> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> "
        "<https://schema.org/ScholarlyArticle> .\n"
        '<https://kg.example.pt/artigo/lstm> <https://schema.org/name> "Long short-term memory"@en .\n'
        "<https://kg.example.pt/artigo/lstm> <https://schema.org/author> _:b1 .\n"
        '_:b1 <http://xmlns.com/foaf/0.1/name> "Sepp Hochreiter" .\n'
        "<https://kg.example.pt/artigo/seq> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> "
        "<https://schema.org/ScholarlyArticle> .\n"
        '<https://kg.example.pt/artigo/seq> <https://schema.org/name> "Neural machine translation by jointly '
        'learning to align and translate" .\n'
        "<https://kg.example.pt/artigo/seq> <http://www.w3.org/2002/07/owl#sameAs> "
        "<https://arxiv.org/abs/1409.0473> .\n"
        "<https://kg.example.pt/livro/dl> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> "
        "<https://schema.org/Book> .\n"
        '<https://kg.example.pt/livro/dl> <https://schema.org/name> "Deep Learning for Natural Language Processing" .\n'
        "<https://kg.example.pt/livro/pr> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> "
        "<https://dblp.org/rdf/schema#Publication> .\n"
        "<https://kg.example.pt/livro/pr> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> "
        "<https://dblp.org/rdf/schema#Book> .\n"
        '<https://kg.example.pt/livro/pr> <https://dblp.org/rdf/schema#title> "Pattern Recognition and Neural '
        'Networks" .\n'
        "<https://kg.example.pt/pessoa/ana> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> "
        "<https://schema.org/Person> .\n"
        '<https://kg.example.pt/pessoa/ana> <https://schema.org/name> "Ana Ribeiro" .\n'
    )
    extraction = extract_document(graph, "grafo.txt")
    titles = {reference.title: reference.arxiv_id for reference in extraction.references}
    assert extraction.shape == "n-triples"
    assert titles.get("Long short-term memory", "missing") is None
    assert titles.get("Neural machine translation by jointly learning to align and translate") == "1409.0473"
    assert {"1409.3215", "1412.3555"} <= {reference.arxiv_id for reference in extraction.references}
    assert [
        reference.authors
        for reference in extraction.references
        if reference.title == "Long short-term memory"
    ] == ["Sepp Hochreiter"]
    assert "Deep Learning for Natural Language Processing" not in titles
    assert "Pattern Recognition and Neural Networks" not in titles
    assert not any(title and ("Ana" in title or "Sess" in title) for title in titles)


def test_an_emphasised_title_in_sentence_case_among_a_lists_papers_is_one() -> None:
    # (a newsletter's list, each item an emphasised title and the writer's note after a dash: one in sentence case
    # among titles in Title Case and one with its id is a paper too, weakly; the same sentence in a list of
    # announcements, or an emphasised sentence that is no title, is not)
    newsletter = (
        "## Taustaksi\n\n"
        "- **Deep Residual Learning for Image Recognition** (arXiv:1512.03385) – klassikko, lue ensin.\n"
        "- **Neural Ordinary Differential Equations: Continuous Depth Models** – jatkuvat mallit.\n"
        "- **Adam: A Method for Stochastic Optimization** – optimoinnin perusta.\n"
        "- **Understanding deep learning requires rethinking generalization** – yleistymisestä.\n"
        "- **Registration for the summer school closes on friday** – muistakaa ilmoittautua.\n\n"
        "## Tapahtumat\n\n"
        "- **Kesäkoulu alkaa maanantaina** – sali A.\n"
        "- **Understanding deep learning requires rethinking generalization** – lukupiirin aihe.\n"
        "- **Kahvitauko klo 14** – keittiössä.\n"
    )
    _, titles = decoded_titles(newsletter.encode(), "uutiskirje.md")
    assert "Understanding deep learning requires rethinking generalization" in titles
    assert not any(title and "Registration" in title for title in titles)
    assert titles.get("Deep Residual Learning for Image Recognition") == "1512.03385"


def test_a_terminal_session_printing_a_csv_file_and_its_table_gives_each_rows_title_and_id() -> None:
    # (a shell session: `head` prints a CSV file, then a tool prints it as a table whose rule has spaces inside its
    # bars; each row's title is a paper, its id cell its own; a cell labelled as a lecture is not a paper)
    session = (
        "ana@pc:~/leituras$ head -n 4 lista.csv\n"
        "num,titulo,arxiv,quem\n"
        "1,Deep Residual Learning for Image Recognition,1512.03385,Ana\n"
        "2,Neural Ordinary Differential Equations,,Rui\n"
        "3,Adam: A Method for Stochastic Optimization,1412.6980,Ana\n"
        "ana@pc:~/leituras$ csvlook lista.csv\n"
        "| num | titulo                                                  |      arxiv | quem |\n"
        "| --- | ------------------------------------------------------- | ---------- | ---- |\n"
        "|   4 | Batch Normalization: Accelerating Deep Network Training |            | Rui  |\n"
        "|   5 | Aula: Introdução ao PyTorch (slides da turma)           |            | Ana  |\n"
        "|   6 | Layer Normalization                                     |            | Rui  |\n"
        "ana@pc:~/leituras$\n"
    )
    _, titles = decoded_titles(session.encode(), "sessao.txt")
    assert titles.get("Deep Residual Learning for Image Recognition") == "1512.03385"
    assert titles.get("Adam: A Method for Stochastic Optimization") == "1412.6980"
    assert titles.get("Neural Ordinary Differential Equations", "missing") is None
    assert titles.get("Batch Normalization: Accelerating Deep Network Training", "missing") is None
    assert not any(title and "PyTorch" in title for title in titles)


def test_an_abstract_pages_subject_classes_are_no_title() -> None:
    # (an arXiv abstract page's `Subjects:` row, read where a page's rows may be papers: `Machine Learning (cs.LG)`
    # is a subject class, not a paper, whatever surrounds it; a title naming a subject without its class is one)
    assert title_quality("Computer Vision and Pattern Recognition (cs.CV); Machine Learning") is not None
    assert title_quality("Statistical Mechanics of Learning (cond-mat.dis-nn)") is not None
    assert title_quality("Deep Residual Learning for Image Recognition") is None


def test_records_printed_one_a_line_after_their_keys_give_their_titles_without_the_keys() -> None:
    # (a REPL printing a list of records, each line its key, its title, the writer's note and its link or a dash:
    # the key is no part of the title, a title with no link is a paper among the others, and the line as stored
    # keeps its key)
    printed = (
        ">>> for r in kayitlar: print(r['id'], r['text'], r['url'] or '-')\n"
        "...\n"
        "k01 Deep Residual Learning for Image Recognition — artık bağlantılar https://arxiv.org/abs/1512.03385\n"
        "k02 Adam: A Method for Stochastic Optimization — uyarlamalı öğrenme oranı https://arxiv.org/abs/1412.6980\n"
        "k03 Neural Ordinary Differential Equations — sürekli derinlik; bağlantı yok -\n"
        "k04 Layer Normalization — RNN'ler için normalleştirme https://arxiv.org/abs/1607.06450\n"
        ">>> len(kayitlar)\n"
        "4\n"
    )
    extraction = extract_document(printed, "oturum.txt")
    titles = {reference.title: reference.arxiv_id for reference in extraction.references}
    assert titles.get("Deep Residual Learning for Image Recognition") == "1512.03385"
    assert titles.get("Adam: A Method for Stochastic Optimization") == "1412.6980"
    assert titles.get("Neural Ordinary Differential Equations", "missing") is None
    assert [
        reference.raw[:4] for reference in extraction.references if reference.arxiv_id == "1512.03385"
    ] == ["k01 "]


def test_bullets_each_a_title_its_year_and_the_writers_note_are_papers_without_the_year() -> None:
    # (an assistant's answer listing two papers, each `- Title (Year): note` or `- Title (Year) — note` in another
    # language: a title and its year, not an author–year citation whose title is the note)
    for mark in (":", " —"):
        answer = (
            "Додано до списку:\n\n"
            f"- Neural Ordinary Differential Equations for Continuous Time Series (2018){mark} неперервна глибина.\n"
            f"- Layer Normalization for Recurrent Neural Network Training (2016){mark} нормалізація без батчів.\n"
        )
        extraction = extract_document(answer, "відповідь.txt")
        assert [reference.title for reference in extraction.references] == [
            "Neural Ordinary Differential Equations for Continuous Time Series",
            "Layer Normalization for Recurrent Neural Network Training",
        ]


def test_a_reference_list_whose_entries_end_without_a_full_stop_is_split_at_each_authors_and_year() -> None:
    # (Springer's basic style copied from a PDF: `Surname AB, Surname C, et al (Year) Title. Venue`, hard-wrapped,
    # an entry ending without a full stop on a place or a word; each entry keeps its own title and id)
    references = (
        "Tài liệu tham khảo\n"
        "Goodfellow I, Bengio Y, Courville A (2016) Deep Learning. MIT Press, Cambridge, MA\n"
        "He K, Zhang X, Ren S, et al (2016) Deep residual learning for image recognition. In: Proceedings of\n"
        "the IEEE Conference on Computer Vision and Pattern Recognition, pp 770–778, arXiv:1512.03385\n"
        "Kingma DP, Ba J (2015) Adam: A method for stochastic optimization. In: International Conference on\n"
        "Learning Representations\n"
        "Ba JL, Kiros JR, Hinton GE (2016) Layer normalization. arXiv preprint arXiv:1607.06450\n"
    )
    extraction = extract_document(references, "luanvan.txt")
    titles = {reference.title: reference.arxiv_id for reference in extraction.references}
    assert titles.get("Deep residual learning for image recognition") == "1512.03385"
    assert titles.get("Adam: A method for stochastic optimization", "missing") is None
    assert titles.get("Layer normalization") == "1607.06450"


def test_a_five_word_title_a_japanese_sentence_calls_a_paper_is_one() -> None:
    # (a chat line in Japanese naming a paper by its title of five words right after the word for a paper and a
    # particle; the same run of words with nothing calling it a paper is a name, not a title)
    _, titles = decoded_titles(
        "10:16 mori: 元になった論文として Deep Residual Image Recognition Networks も読んでください\n".encode(),
        "chat.log",
    )
    assert "Deep Residual Image Recognition Networks" in titles
    _, titles = decoded_titles(
        "10:17 mori: 今日は Deep Residual Image Recognition Networks の実装を動かしました\n".encode(),
        "chat.log",
    )
    assert "Deep Residual Image Recognition Networks" not in titles


def test_json_flattened_by_gron_gives_each_records_title_with_its_id() -> None:
    # (gron prints a reading list's JSON an assignment a line: a title's key in another language, its address on
    # the next line, a description that is the writer's note; each title clean, with its own id)
    flattened = (
        "ana@pc:~$ gron lista.json\n"
        "json = {};\n"
        "json.papers = [];\n"
        "json.papers[0] = {};\n"
        'json.papers[0].titulo = "Deep Residual Learning for Image Recognition";\n'
        'json.papers[0].url = "https://arxiv.org/abs/1512.03385";\n'
        "json.papers[1] = {};\n"
        'json.papers[1].titulo = "Neural Ordinary Differential Equations";\n'
        'json.papers[1].url = "";\n'
        'json.papers[1].description = "Profundidad continua; falta el \\"enlace\\".";\n'
        "json.papers[2] = {};\n"
        'json.papers[2].titulo = "Adam: A Method for Stochastic Optimization";\n'
        'json.papers[2].url = "https://arxiv.org/abs/1412.6980";\n'
    )
    _, titles = decoded_titles(flattened.encode(), "sesion.txt")
    assert titles == {
        "Deep Residual Learning for Image Recognition": "1512.03385",
        "Neural Ordinary Differential Equations": None,
        "Adam: A Method for Stochastic Optimization": "1412.6980",
    }


def test_a_listing_of_numbered_pdfs_with_their_sizes_gives_each_files_title() -> None:
    # (a torrent's or an archive's file list: a folder named in another script, each file numbered, its size after
    # it; a file named by its arXiv id and title gives both; a video and an archive are no paper)
    listing = (
        "FILES\n\n"
        "  Чтения 2024/01 Batch Normalization: Accelerating Deep Network Training.pdf (1.4 MB)\n"
        "  Чтения 2024/02 - Neural Ordinary Differential Equations.pdf (1.27 MB)\n"
        "  Чтения 2024/03 1412.6980 - Adam: A Method for Stochastic Optimization.pdf (600 kB)\n"
        "  Чтения 2024/видео/семинар-04.mp4 (341.9 MB)\n"
        "  Чтения 2024/код/resnet-impl-0.9.tar.gz (2.11 MB)\n"
    )
    _, titles = decoded_titles(listing.encode(), "torrent.txt")
    assert titles == {
        "Batch Normalization: Accelerating Deep Network Training": None,
        "Neural Ordinary Differential Equations": None,
        "Adam: A Method for Stochastic Optimization": "1412.6980",
    }


def test_a_syllabus_pages_references_cell_listing_its_readings_gives_each_one() -> None:
    # (a course page's table under its references heading, in another language: one cell lists the readings as
    # an HTML list, each an author–year reference with its link or id; a book among them is no paper)
    page = (
        "<html><body><h4>Bibliografía</h4><table><tr><th>Apuntes</th><th>Otras lecturas</th></tr>"
        "<tr><td>Diapositivas semanales en el campus virtual.</td><td><ol>"
        "<li>He, K., Zhang, X., Ren, S., Sun, J. (2016). Deep Residual Learning for Image Recognition. CVPR 2016. "
        "https://arxiv.org/abs/1512.03385</li>"
        "<li>Kingma, D. P., Ba, J. (2015). Adam: A Method for Stochastic Optimization. ICLR 2015.</li>"
        "<li>Bishop, C. M. (2006). Pattern Recognition and Machine Learning. Springer.</li>"
        "<li>Ba, J. L., Kiros, J. R., Hinton, G. E. (2016). Layer Normalization. arXiv:1607.06450</li>"
        "</ol></td></tr></table></body></html>"
    )
    _, titles = decoded_titles(page.encode(), "programa.html")
    assert titles == {
        "Deep Residual Learning for Image Recognition": "1512.03385",
        "Adam: A Method for Stochastic Optimization": None,
        "Layer Normalization": "1607.06450",
    }


def test_json_a_packet_dissector_prints_gives_each_objects_title_with_its_link_or_id() -> None:
    # (a capture's request bodies as Wireshark's JSON dissector prints them: each member's key, its value a level
    # down, the key again; every title with its own address or id, none titled by the dissector's words)
    dissected = (
        "JavaScript Object Notation: application/json\n"
        "    Array\n"
        "        Object\n"
        "            Member Key: title\n"
        "                String value: Deep Residual Learning for Image Recognition\n"
        "                Key: title\n"
        "            Member Key: url\n"
        "                String value: https://arxiv.org/abs/1512.03385\n"
        "                Key: url\n"
        "        Object\n"
        "            Member Key: title\n"
        "                String value: Adam: A Method for Stochastic Optimization\n"
        "                Key: title\n"
        "            Member Key: url\n"
        "                String value:\n"
        "                Key: url\n"
        "            Member Key: arxiv\n"
        "                String value: 1412.6980\n"
        "                Key: arxiv\n"
    )
    _, titles = decoded_titles(dissected.encode(), "captura.txt")
    assert titles == {
        "Deep Residual Learning for Image Recognition": "1512.03385",
        "Adam: A Method for Stochastic Optimization": "1412.6980",
    }


def test_an_xbel_bookmarks_file_gives_its_paper_bookmarks_and_leaves_out_repositories_and_pages() -> None:
    # (the XML Bookmark Exchange Language, as a browser extension syncs it: folders named in another language, each
    # bookmark a page's title and address; an arXiv page titles its paper, a local PDF its file's title, a post
    # titled by a paper's whole title and the writer's note the paper, weakly; a repository, a course page no paper)
    bookmarks = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<!DOCTYPE xbel PUBLIC "+//IDN python.org//DTD XML Bookmark Exchange Language 1.0//EN//XML" '
        '"http://pyxml.sourceforge.net/topics/dtds/xbel.dtd">\n'
        '<xbel version="1.0">\n<folder id="1">\n    <title>Lecturas — otoño</title>\n'
        '    <bookmark href="https://arxiv.org/abs/1512.03385" id="2">\n'
        "    <title>[1512.03385] Deep Residual Learning for Image Recognition</title>\n</bookmark>\n"
        '<bookmark href="file:///home/ana/papers/node.pdf" id="3">\n'
        "    <title>Neural Ordinary Differential Equations.pdf</title>\n</bookmark>\n"
        '<bookmark href="https://github.com/example/resnet-impl" id="4">\n'
        "    <title>GitHub - example/resnet-impl: Deep Residual Learning in PyTorch</title>\n</bookmark>\n"
        '<bookmark href="https://blog.example.es/2024/05/adam-resumen" id="6">\n'
        "    <title>Adam: A Method for Stochastic Optimization — resumen en el blog del grupo</title>\n</bookmark>\n"
        '<bookmark href="https://campus.example.es/course/view.php?id=12" id="5">\n'
        "    <title>Aprendizaje profundo — página del curso</title>\n</bookmark>\n"
        "</folder>\n</xbel>\n"
    )
    extraction = extract_document(bookmarks, "bookmarks.xbel")
    titles = {reference.title: reference.arxiv_id for reference in extraction.references}
    assert extraction.shape == "xbel"
    assert titles == {
        "Deep Residual Learning for Image Recognition": "1512.03385",
        "Neural Ordinary Differential Equations": None,
        "Adam: A Method for Stochastic Optimization": None,
    }


def test_a_title_a_repl_prints_first_with_the_writers_note_in_japanese_under_it_is_a_paper() -> None:
    # (a search library's stored documents printed in the Python REPL: the title first, the writer's note in
    # Japanese under it, no link; an error a program prints there is no paper)
    session = (
        ">>> print(index.doc('node').contents())\n"
        "Neural Ordinary Differential Equations for Continuous Depth Models\n"
        "連続的な深さのモデル。リンクはまだない。\n"
        ">>> print(index.doc('missing').contents())\n"
        "Traceback (most recent call last):\n"
        "AttributeError: 'NoneType' object has no attribute 'contents'\n"
    )
    _, titles = decoded_titles(session.encode(), "session.txt")
    assert titles == {"Neural Ordinary Differential Equations for Continuous Depth Models": None}


def test_references_in_iso_style_tell_a_short_report_from_a_book_and_a_degree_work() -> None:
    # (a thesis's references in an ISO 690 style, in Spanish: a company's report of a dozen pages from its place
    # and publisher is a paper; a book of hundreds of pages and a degree's final work are not)
    references = (
        "REFERENCIAS\n\n"
        "BROWN, Ana, et al. Scaling Laws for Sparse Expert Language Models [en línea]. San Diego: Example Labs, 2021. "
        "14 p. Disponible en: <https://labs.example.com/reports/sparse.pdf>\n\n"
        "GOODFELLOW, Ian; BENGIO, Yoshua y COURVILLE, Aaron. Deep Learning. Cambridge: MIT Press, 2016. 775 p.\n\n"
        "PÉREZ GÓMEZ, Juan. Detección de comentarios tóxicos con modelos de lenguaje. Trabajo de grado Ingeniería de "
        "Sistemas. Bogotá: Universidad Ejemplo, 2023. 88 p.\n\n"
        "VASWANI, Ashish, et al. Attention Is All You Need. En: Advances in Neural Information Processing Systems. "
        "2017. vol. 30. arXiv:1706.03762\n"
    )
    _, titles = decoded_titles(references.encode(), "tesis.txt")
    assert titles == {
        "Scaling Laws for Sparse Expert Language Models": None,
        "Attention Is All You Need": "1706.03762",
    }


def test_a_json_records_title_under_its_url_of_a_page_of_no_paper_is_that_pages() -> None:
    # (request bodies a proxy printed, each a JSON object with its address first, then its title: a blog post's
    # or a tutorial's title, in Title Case or not, names that page, not a paper; an arXiv page's title is a paper)
    flows = (
        ">> POST https://clips.example.org/api/clip\n"
        "    {\n"
        '        "url": "https://blog.example-lab.org/2023/05/sparse-mixture-of-experts-explained.html",\n'
        '        "title": "Sparse Mixture of Experts: Scaling Language Models Efficiently – Example Lab Blog",\n'
        '        "note": "ブログ記事"\n'
        "    }\n"
        ">> POST https://clips.example.org/api/clip\n"
        "    {\n"
        '        "url": "https://arxiv.org/abs/1512.03385",\n'
        '        "title": "Deep Residual Learning for Image Recognition",\n'
        '        "note": "論文"\n'
        "    }\n"
    )
    extraction = extract_document(flows, "flows.txt")
    assert not any(reference.title and "Sparse" in reference.title for reference in extraction.references)
    assert "Deep Residual Learning for Image Recognition" in {
        reference.title for reference in extraction.references
    }
    assert "1512.03385" in {reference.arxiv_id for reference in extraction.references}


def test_json_objects_a_terminal_prints_one_a_line_are_read_as_records() -> None:
    # (a database dump printed as JSON, an object a line, between a shell's commands: each object a record, its
    # kind field leaving a course out, its title in sentence case a paper's, its id field its id)
    session = (
        "ana@db:~$ mongoexport --collection=lecturas --quiet\n"
        '{"_id":{"$oid":"65f0"},"title":"Adam: A Method for Stochastic Optimization","arxiv":"1412.6980","kind":"paper"}\n'
        '{"_id":{"$oid":"65f1"},"title":"Layer normalization","url":"https://aclanthology.org/X99-1001/","kind":"paper"}\n'
        '{"_id":{"$oid":"65f2"},"title":"Curso de PyTorch — Capítulo 3: Entrenamiento","url":"https://curso.example.es/3",'
        '"kind":"course"}\n'
        "ana@db:~$ exit\n"
    )
    _, titles = decoded_titles(session.encode(), "sesion.txt")
    assert titles == {"Adam: A Method for Stochastic Optimization": "1412.6980", "Layer normalization": None}


def test_a_table_whose_title_column_is_headed_in_bengali_or_georgian_gives_its_unlinked_titles() -> None:
    # (an awesome list's generated table of two rows, headed in the list's language: its title column's unlinked
    # titles are papers, the header naming the column)
    for title_word, venue_word in (("শিরোনাম", "ভেন্যু"), ("სათაური", "კონფერენცია")):
        table = (
            f"| {title_word} | {venue_word} |\n"
            "|---|---|\n"
            "|Neural Ordinary Differential Equations|NeurIPS|\n"
            "|Adam: A Method for Stochastic Optimization|ICLR|\n"
        )
        _, titles = decoded_titles(table.encode(), "README.md")
        assert titles == {
            "Neural Ordinary Differential Equations": None,
            "Adam: A Method for Stochastic Optimization": None,
        }


def test_a_syllabus_cell_of_numbered_references_written_initials_first_with_a_colon_gives_each() -> None:
    # (a course page's row of references, one cell, each `[n] I. Surname, …: Title, Venue (Year), pp.` apart by
    # line breaks, as Japanese syllabi write them: each its own title and id, none run into another)
    page = (
        "<html><body><table><tr><th>授業計画</th><td>第1回 導入</td></tr>"
        "<tr><th>参考文献</th><td>[1] K. He, X. Zhang, S. Ren, J. Sun: Deep Residual Learning for Image Recognition, "
        'CVPR 2016, pp. 770–778. <a href="https://arxiv.org/abs/1512.03385">https://arxiv.org/abs/1512.03385</a>'
        "<br>[2] D. P. Kingma, J. Ba: Adam: A Method for Stochastic Optimization, ICLR 2015."
        "<br>[3] J. L. Ba, J. R. Kiros, G. E. Hinton: Layer Normalization, 2016. arXiv:1607.06450</td></tr>"
        "</table></body></html>"
    )
    _, titles = decoded_titles(page.encode(), "syllabus.html")
    assert titles == {
        "Deep Residual Learning for Image Recognition": "1512.03385",
        "Adam: A Method for Stochastic Optimization": None,
        "Layer Normalization": "1607.06450",
    }


def test_a_task_boards_csv_with_its_description_column_headed_in_persian_reads_the_descriptions_papers() -> (
    None
):
    # (a board's cards exported as CSV, headed in Persian: each card named for a session in the writer's language,
    # its description naming the paper and its link; the paper's title, not the card's name, goes with the id)
    board = (
        "شناسه,عنوان,برچسب‌ها,توضیحات\n"
        '1,جلسه‌ی ۱: شبکه‌های باقیمانده,مقاله,"مقاله‌ی پایه: Deep Residual Learning for Image Recognition\n'
        "https://arxiv.org/abs/1512.03385\n"
        'ارائه: سارا"\n'
        '2,جلسه‌ی ۲: بهینه‌سازی,مقاله,"«Adam: A Method for Stochastic Optimization» — ICLR 2015\n'
        'https://openreview.net/forum?id=8gmWwjFyLj"\n'
    )
    _, titles = decoded_titles(board.encode(), "board.csv")
    assert titles == {
        "Deep Residual Learning for Image Recognition": "1512.03385",
        "Adam: A Method for Stochastic Optimization": "8gmWwjFyLj",
    }
