"""Habits the blind rounds 118 and 119 brought (tests/data/digests-round118 and -round119), each written here in a
small digest of its own, in other words and languages than the round's."""

from __future__ import annotations

from pathlib import Path

from tests.reading import decoded_titles, folder_titles, write_digest


def test_a_mail_forwarded_as_an_attachment_is_read_after_the_note_that_forwards_it(tmp_path: Path) -> None:
    # (a client's "forward as attachment": the alert itself is a `message/rfc822` part, base64 inside it)
    import base64

    alert = (
        "Your weekly picks:\n\n"
        "1. Deep Residual Learning for Image Recognition\n"
        "   Kaiming He, Xiangyu Zhang, Shaoqing Ren et al.\n"
        "   arXiv (Cornell University) · Dec 2015\n"
        "   Read on arXiv: https://arxiv.org/abs/1512.03385\n"
    )
    mail = (
        "From: Ana <ana@example.org>\nTo: group@example.org\nSubject: Fwd: weekly picks\n"
        'MIME-Version: 1.0\nContent-Type: multipart/mixed; boundary="outer"\n\n'
        "--outer\nContent-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: quoted-printable\n\n"
        "Veja abaixo, ol=C3=A1!\n\n"
        '--outer\nContent-Type: message/rfc822\nContent-Disposition: attachment; filename="picks.eml"\n\n'
        "From: Alerts <alerts@example.com>\nSubject: Your weekly picks\nMIME-Version: 1.0\n"
        "Content-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: base64\n\n"
        f"{base64.encodebytes(alert.encode()).decode()}\n"
        "--outer--\n"
    )
    _, titles = decoded_titles(mail.encode(), "fwd.eml")
    # (and the source and month under the title are no title of the link's)
    assert titles == {"Deep Residual Learning for Image Recognition": "1512.03385"}


def test_a_number_counting_the_word_after_it_does_not_end_a_title() -> None:
    digest = (
        "Bom dia!\n\n"
        "Here are 3 papers picked for you this week, based on your topics:\n"
        "Computer Vision · Representation Learning · Robustness\n\n"
        "1. Deep Residual Learning for Image Recognition\n"
        "   Kaiming He, Xiangyu Zhang, Shaoqing Ren et al.\n"
        "   Proceedings of the IEEE Conference on Computer Vision and Pattern Recognition · 2016\n"
    )
    _, titles = decoded_titles(digest.encode(), "picks.txt")
    assert titles == {"Deep Residual Learning for Image Recognition": None}


def test_ams_style_references_give_the_title_between_the_authors_full_names_and_the_venue() -> None:
    # (`amsalpha`: `[Label] First Last, First Last, and First Last, Title, Venue, Year, pp.`, copied from a PDF
    # whose page ended inside the list: its number and running head are no entry's words; a label in the thesis'
    # own script opens an entry too)
    references = (
        "Литература\n\n"
        "[HZRS16] Kaiming He, Xiangyu Zhang, Shaoqing Ren, and Jian Sun, Deep Residual Learning for Image\n"
        "Recognition, Proceedings of the IEEE Conference on Computer Vision and Pattern Recognition (CVPR),\n"
        "2016, pp. 770–778.\n"
        "[KB15] Diederik P. Kingma and Jimmy Ba, Adam: A Method for Stochastic Optimization, International\n"
        "Conference on Learning Representations (ICLR), 2015.\n"
        "41\n"
        "42 ЛИТЕРАТУРА\n"
        "[GBC16] Ian Goodfellow, Yoshua Bengio, and Aaron Courville, Deep Learning, MIT Press, Cambridge,\n"
        "MA, 2016.\n"
        "[SHK+14] Nitish Srivastava, Geoffrey Hinton, Alex Krizhevsky, Ilya Sutskever, et al., Dropout: A\n"
        "Simple Way to Prevent Neural Networks from Overfitting, Journal of Machine Learning Research 15\n"
        "(2014), 1929–1958.\n"
        "[Иван20] Иван Петров, Глубокое обучение: конспект лекций, Москва, 2020.\n"
    )
    _, titles = decoded_titles(references.encode(), "literatura.txt")
    assert set(titles) == {
        "Deep Residual Learning for Image Recognition",
        "Adam: A Method for Stochastic Optimization",
        "Dropout: A Simple Way to Prevent Neural Networks from Overfitting",
    }


def test_a_label_in_the_lines_language_before_a_title_in_its_prose() -> None:
    # (a word no English name is spelt with, then a colon, then a title that ends in a question mark)
    post = (
        "## Olvasnivaló\n\n"
        "Képfelismeréshez: Do Vision Transformers See Like Convolutional Neural Networks? – érdemes "
        "elolvasni, mielőtt a saját modellünket építjük, és a függelék is hasznos.\n"
    )
    _, titles = decoded_titles(post.encode(), "bejegyzes.md")
    assert titles == {"Do Vision Transformers See Like Convolutional Neural Networks?": None}


def test_two_titles_each_with_its_venue_and_year_on_one_line_are_two_papers() -> None:
    post = (
        "## Kimaradt\n\n"
        "Deep Residual Learning for Image Recognition (CVPR 2016) és Densely Connected Convolutional "
        "Networks (CVPR 2017) – mindkettő klasszikus, a következő alkalomra.\n"
    )
    _, titles = decoded_titles(post.encode(), "bejegyzes.md")
    assert set(titles) == {
        "Deep Residual Learning for Image Recognition",
        "Densely Connected Convolutional Networks",
    }


def test_a_page_named_in_the_note_on_a_title_does_not_take_the_title_from_it(tmp_path: Path) -> None:
    # (`- Title : the writer's note … ([docs](…))`: the documentation belongs to the note's tool, not the title)
    write_digest(
        tmp_path,
        "answer.md",
        """\
        데이터가 적을 때 추천합니다.

        - Mixup: Beyond Empirical Risk Minimization : 두 이미지를 섞는 방식입니다. timm으로 바로 쓸 수 있어요 ([문서](https://timm.readthedocs.io/))
        - Improved Regularization of Convolutional Neural Networks with Cutout : 구현은 간단합니다.
        """,
    )
    assert folder_titles(tmp_path) == {
        "Mixup: Beyond Empirical Risk Minimization": None,
        "Improved Regularization of Convolutional Neural Networks with Cutout": None,
    }


def test_a_book_cited_with_its_isbn_or_its_edition_is_no_paper() -> None:
    # (a DIN 1505 list and a Spanish syllabus: a book's title reads like a paper's; its ISBN or `3.ª ed.` says
    # what it is, and no proceedings, journal or pages follow it; the ISBN's digits are no pages)
    references = (
        "Literaturverzeichnis\n\n"
        "[Murphy 2012] MURPHY, Kevin P.: Machine Learning: A Probabilistic Perspective. Cambridge :\n"
        "MIT, 2012 (Adaptive Computation and Machine Learning). – ISBN 978-0-262-01802-9\n\n"
        "[He u. a. 2016] HE, Kaiming ; ZHANG, Xiangyu ; REN, Shaoqing u. a.: Deep Residual Learning for Image\n"
        "Recognition. In: Proceedings of the IEEE Conference on Computer Vision and Pattern Recognition (CVPR),\n"
        "2016, S. 770–778\n"
    )
    _, titles = decoded_titles(references.encode(), "literatur.txt")
    assert set(titles) == {"Deep Residual Learning for Image Recognition"}
    syllabus = (
        "BIBLIOGRAFÍA FUNDAMENTAL\n\n"
        "  •   Goodfellow, I., Bengio, Y. y Courville, A. (2016). Deep Learning Methods and Applications (2.ª ed.).\n"
        "  •   He, K., Zhang, X., Ren, S. y Sun, J. (2016). Deep Residual Learning for Image Recognition. En:\n"
        "      Proceedings of the IEEE Conference on Computer Vision and Pattern Recognition, pp. 770–778.\n"
    )
    _, titles = decoded_titles(syllabus.encode(), "guia.txt")
    assert set(titles) == {"Deep Residual Learning for Image Recognition"}


def test_an_entry_goes_on_over_a_page_break_and_a_list_of_citations_quotes_in_corner_brackets() -> None:
    # (a Harvard list copied from a PDF: the page's number and running head cut an entry in two; its link is below
    # them. And a blog's list of citations, one title in 「」, one after `Surname et al.`, with its id)
    references = (
        "References\n\n"
        "He, K., Zhang, X., Ren, S. and Sun, J. (2016) ‘Deep residual learning for image recognition’, in\n"
        "Proceedings of the IEEE Conference on Computer Vision and Pattern Recog-\n"
        "12\n"
        "2.4. References 13\n"
        "nition (CVPR), pp. 770–778. Available at: https://arxiv.org/abs/1512.03385 (Accessed: 2 May 2024).\n"
        "Kingma, D.P. and Ba, J. (2015) ‘Adam: a method for stochastic optimization’, in International\n"
        "Conference on Learning Representations (ICLR).\n"
    )
    _, titles = decoded_titles(references.encode(), "thesis.txt")
    assert titles == {
        "Deep residual learning for image recognition": "1512.03385",
        "Adam: a method for stochastic optimization": None,
    }
    post = (
        "今回読んだもの\n\n"
        "- Rumelhart, Hinton, Williams「Learning representations by back-propagating errors」Nature 323 (1986)\n"
        '- Hochreiter & Schmidhuber, "Long Short-Term Memory", Neural Computation, 1997\n'
        "- Srivastava et al., Dropout: A Simple Way to Prevent Neural Networks from Overfitting, JMLR, 2014\n"
        "- Graves et al. Neural Turing Machines (arXiv:1410.5401)\n"
    )
    _, titles = decoded_titles(post.encode(), "memo.md")
    assert titles == {
        "Learning representations by back-propagating errors": None,
        "Long Short-Term Memory": None,
        "Dropout: A Simple Way to Prevent Neural Networks from Overfitting": None,
        "Neural Turing Machines": "1410.5401",
    }


def test_a_config_languages_records_in_a_folder_give_each_link_its_title(tmp_path: Path) -> None:
    # (Pkl, whose `.pkl` a pickle shares: read when its text cites a paper by id; each `new { … }` record's title
    # field is its link's title, over the record's own block of authors; a pickle's bytes are never read)
    write_digest(
        tmp_path,
        "lista.pkl",
        """\
        /// Lista lektur seminarium.
        module seminarium.lektury

        pozycje: Listing<Pozycja> = new {
          new {
            tytul = "Deep Residual Learning for Image Recognition"
            autorzy {
              "Kaiming He"
              "Jian Sun"
            }
            rok = 2016
            link = "https://arxiv.org/abs/1512.03385"
          }
          new {
            tytul = "Layer Normalization"
            autorzy {
              "Jimmy Lei Ba"
            }
            link = "https://arxiv.org/abs/1607.06450"
          }
          new {
            tytul = "Densely Connected Convolutional Networks"
            link = null
            uwagi = "tylko tytuł"
          }
        }
        """,
    )
    (tmp_path / "cache.pkl").write_bytes(b"\x80\x04\x95\x10\x00\x00\x00\x00\x00\x00\x00}\x94.")
    assert folder_titles(tmp_path) == {
        "Deep Residual Learning for Image Recognition": "1512.03385",
        "Layer Normalization": "1607.06450",
        "Densely Connected Convolutional Networks": None,
    }


def test_a_typedb_answer_gives_each_link_the_title_typed_below_it() -> None:
    session = (
        "$ typedb console --core=localhost:1729\n\n"
        "> transaction lab data read\n"
        "lab::data::read> match $p isa paper, has title $t, has link $l; get $t, $l;\n\n"
        "{\n    $l https://arxiv.org/abs/1512.03385 isa link;\n"
        "    $t Deep Residual Learning for Image Recognition isa title;\n}\n"
        "answers: 1, total duration: 12 ms\n"
        "lab::data::read> match $p isa paper, has title $t, has note $n; get $t, $n;\n\n"
        "{\n    $n พี่ต้นขอให้อ่านก่อนประชุม isa note;\n"
        "    $t Densely Connected Convolutional Networks isa title;\n}\n"
        "lab::data::read> match $r isa resource, has title $t, has link $l; get $t, $l;\n\n"
        "{\n    $l https://cs231n.stanford.edu/ isa link;\n"
        "    $t CS231n: Deep Learning for Computer Vision isa title;\n}\n"
    )
    _, titles = decoded_titles(session.encode(), "session.txt")
    assert titles == {
        "Deep Residual Learning for Image Recognition": "1512.03385",
        "Densely Connected Convolutional Networks": None,
    }


def test_rows_given_as_lists_of_cells_are_named_by_the_columns_beside_them() -> None:
    # (a query service's answer: ClickHouse's `meta` / `data`; a row's kind column says which rows are papers)
    import json

    answer = {
        "meta": [
            {"name": "title", "type": "String"},
            {"name": "kind", "type": "String"},
            {"name": "url", "type": "String"},
            {"name": "note", "type": "String"},
        ],
        "data": [
            [
                "Deep Residual Learning for Image Recognition",
                "paper",
                "https://arxiv.org/abs/1512.03385",
                "ResNet",
            ],
            ["Densely Connected Convolutional Networks", "paper", "", "DenseNet, sem link"],
            ["PyTorch Image Models", "software", "https://github.com/huggingface/pytorch-image-models", ""],
        ],
        "rows": 3,
        "statistics": {"elapsed": 0.001, "rows_read": 3},
    }
    _, titles = decoded_titles(json.dumps(answer).encode(), "answer.json")
    assert titles == {
        "Deep Residual Learning for Image Recognition": "1512.03385",
        "Densely Connected Convolutional Networks": None,
    }


def test_a_pages_toml_front_matter_title_and_a_documentation_links_words_are_no_papers() -> None:
    post = (
        '+++\ntitle = "Papers I Read This Winter"\ndate = 2024-12-29\n[cover]\nimage = "/img/cover.jpg"\n+++\n\n'
        "What stuck this winter: [Deep Residual Learning for Image Recognition](https://arxiv.org/abs/1512.03385), "
        "and for the training side the [PyTorch docs: Efficient Training on Many Machines at Once]"
        "(https://pytorch.org/docs/stable/distributed.html) page, which I keep open all day.\n"
    )
    _, titles = decoded_titles(post.encode(), "winter.md")
    assert titles == {"Deep Residual Learning for Image Recognition": "1512.03385"}


def test_a_title_cited_by_its_first_author_and_et_al_in_the_writers_language() -> None:
    # (no year: `(Zhao и др.)`, `(He i in.)`; the citation in parentheses says the words before it are a title)
    notes = (
        "Обязательное чтение к лекции 2: Deep Residual Learning for Image Recognition (He и др.); "
        "дополнительно — конспекты семинаров.\n\n"
        "Na zajęcia: Densely Connected Convolutional Networks (Huang i in.), potem ćwiczenia w notatniku.\n"
    )
    _, titles = decoded_titles(notes.encode(), "notatki.txt")
    assert set(titles) == {
        "Deep Residual Learning for Image Recognition",
        "Densely Connected Convolutional Networks",
    }


def test_an_apps_fields_given_as_labelled_values_say_what_its_item_is() -> None:
    # (an app's API answer, each item's fields a list of `{"label": …, "values": [{"value": …}]}`: a category's
    # value `데이터셋` makes its item a data set, and the link preview inside an item is the item again, its link
    # the item's)
    import json

    def item(title: str, category: str, url: str) -> dict[str, object]:
        return {
            "item_id": 7,
            "title": title,
            "fields": [
                {
                    "field_id": 1,
                    "type": "text",
                    "external_id": "jemog",
                    "label": "제목",
                    "values": [{"value": title}],
                },
                {
                    "field_id": 2,
                    "type": "embed",
                    "external_id": "ringkeu",
                    "label": "링크",
                    "values": [{"embed": {"type": "link", "title": title, "url": url}}],
                },
                {
                    "field_id": 3,
                    "type": "category",
                    "external_id": "bunryu",
                    "label": "분류",
                    "values": [{"value": {"status": "active", "text": category, "id": 3}}],
                },
            ],
        }

    answer = {
        "total": 2,
        "items": [
            item("Deep Residual Learning for Image Recognition", "논문", "https://arxiv.org/abs/1512.03385"),
            item("ImageNet Large Scale Visual Recognition Challenge", "데이터셋", "https://image-net.org/"),
        ],
    }
    _, titles = decoded_titles(json.dumps(answer, ensure_ascii=False).encode(), "items.json")
    assert titles == {"Deep Residual Learning for Image Recognition": "1512.03385"}


def test_iop_style_references_end_the_title_where_the_abbreviated_venue_starts() -> None:
    # (the Institute of Physics' style: initials with no full stops, the year, a title in sentence case with no mark
    # after it, the venue abbreviated; a book's publisher in parentheses)
    references = (
        "Bibliografie\n\n"
        "[1] Bishop C M 2006 Pattern Recognition and Machine Learning (New York: Springer)\n"
        "[2] He K, Zhang X, Ren S and Sun J 2016 Deep residual learning for image recognition Proc. IEEE\n"
        "Conf. on Computer Vision and Pattern Recognition (CVPR) pp 770–8\n"
        "[3] Ba J L, Kiros J R and Hinton G E 2016 Layer normalization (arXiv:1607.06450)\n"
        "[4] Huang G et al 2017 Densely connected convolutional networks Proc. IEEE Conf. on Computer Vision\n"
        "and Pattern Recognition (CVPR) pp 4700–8 URL https://arxiv.org/abs/1608.06993\n"
    )
    _, titles = decoded_titles(references.encode(), "bibliografie.txt")
    assert titles == {
        "Deep residual learning for image recognition": None,
        "Layer normalization": "1607.06450",
        "Densely connected convolutional networks": "1608.06993",
    }


def test_a_mail_magazines_marked_titles_and_the_authors_line_that_gives_an_id() -> None:
    # (a Japanese mail magazine's back number: `▼Title`, then `Authors（Venue Year）arXiv:…` under it; any geometric
    # shape marks a title so)
    issue = (
        "■1. 分布シフト\n\n"
        "▼Deep Residual Learning for Image Recognition\n"
        "He ほか（CVPR 2016）arXiv:1512.03385\n"
        "残差接続の原点。\n\n"
        "◎Densely Connected Convolutional Networks\n"
        "Huang, Liu（CVPR 2017）\n"
        "密な接続。\n"
    )
    _, titles = decoded_titles(issue.encode(), "backnumber.txt")
    assert titles == {
        "Deep Residual Learning for Image Recognition": "1512.03385",
        "Densely Connected Convolutional Networks": None,
    }


def test_xit_to_dos_read_with_their_states_priorities_and_due_dates() -> None:
    # ([x]it!: `[@]` ongoing, `[?]` in question, priority marks after the box, a due date and tags after the title;
    # each box opens an item of its own, however long the one above; titles alone among items most of which give
    # their id)
    todo = (
        "قائمة القراءة\n"
        "[x] Deep Residual Learning for Image Recognition https://arxiv.org/abs/1512.03385 #vision\n"
        "[@] ! Layer Normalization (arXiv:1607.06450)، يقرؤها عمر الآن -> 2024-05-20 #nlp\n"
        "[ ] Identity Mappings in Deep Residual Networks — بلا رابط، اسأل يوسف #vision\n"
        "[ ] .! Batch Normalization: Accelerating Deep Network Training by Reducing Internal Covariate Shift\n"
        "[ ] !! Dropout: A Simple Way to Prevent Neural Networks from Overfitting\n"
        "    https://jmlr.org/papers/v15/srivastava14a.html — JMLR -> 2024-W22 #regularization\n"
        "[x] Adam: A Method for Stochastic Optimization https://arxiv.org/abs/1412.6980 #optim\n"
        "[ ] Searching for Activation Functions arXiv:1710.05941 -> 2024-W23 #optim\n"
    )
    _, titles = decoded_titles(todo.encode(), "reading.xit")
    assert titles == {
        "Deep Residual Learning for Image Recognition": "1512.03385",
        "Layer Normalization": "1607.06450",
        "Identity Mappings in Deep Residual Networks": None,
        "Batch Normalization: Accelerating Deep Network Training by Reducing Internal Covariate Shift": None,
        "Dropout: A Simple Way to Prevent Neural Networks from Overfitting": None,
        "Adam: A Method for Stochastic Optimization": "1412.6980",
        "Searching for Activation Functions": "1710.05941",
    }


def test_a_desktop_searchs_hits_give_their_documents_titles_and_ids() -> None:
    # (Recoll's `recollq -A`: type, [address], [title], size; an arXiv page's title opens on its id, a PDF on disk
    # is named by its id or is a paper by its title; a note's file name and a library's page are no papers; the
    # abstract's first line repeats the title with its authors run on)
    hits = (
        "$ recollq -A 'residual'\n12 results\n"
        "text/html\t[https://arxiv.org/abs/1512.03385]\t[[1512.03385] Deep Residual Learning for Image Recognition]"
        "\t48213\tbytes\t\nABSTRACT\nDeep Residual Learning for Image Recognition Kaiming He Deeper neural networks"
        " are more difficult to train ...\n/ABSTRACT\n"
        "application/pdf\t[file:///home/yu/papers/1608.06993v5.pdf]\t[Densely Connected Convolutional Networks]"
        "\t1432576\tbytes\t\nABSTRACT\nRecent work has shown ...\n/ABSTRACT\n"
        "application/pdf\t[file:///home/yu/papers/NIPS-2012-imagenet-Paper.pdf]"
        "\t[ImageNet Classification with Deep Convolutional Neural Networks]\t1405112\tbytes\t\n"
        "text/markdown\t[file:///home/yu/notes/ResNet.md]\t[ResNet.md]\t6317\tbytes\t\n"
        "text/html\t[https://pytorch.org/docs/stable/index.html]\t[PyTorch documentation — PyTorch 2.3 documentation]"
        "\t21934\tbytes\t\n"
    )
    _, titles = decoded_titles(hits.encode(), "hits.txt")
    assert titles == {
        "Deep Residual Learning for Image Recognition": "1512.03385",
        "Densely Connected Convolutional Networks": "1608.06993",
        "ImageNet Classification with Deep Convolutional Neural Networks": None,
    }


def test_a_search_results_site_profile_and_a_quoted_course_number_are_no_papers() -> None:
    # (a search API's answer: each result's `profile` names the site it is on; an SML record quotes a course by its
    # number, `"CS 285: …"`)
    import json

    answer = {
        "web": {
            "results": [
                {
                    "title": "Deep Residual Learning for Image Recognition",
                    "url": "https://arxiv.org/abs/1512.03385",
                    "profile": {
                        "name": "Meta AI",
                        "url": "https://ai.meta.com/research/",
                        "long_name": "ai.meta.com",
                    },
                }
            ]
        }
    }
    _, titles = decoded_titles(json.dumps(answer).encode(), "answer.json")
    assert titles == {"Deep Residual Learning for Image Recognition": "1512.03385"}
    session = (
        '- val spysok = [\n=   {nazva = "Deep Residual Learning for Image Recognition", posylannia = ""},\n'
        '=   {nazva = "CS 231N: Deep Learning for Computer Vision (Stanford)", posylannia = ""}];\n'
    )
    _, titles = decoded_titles(session.encode(), "sml.txt")
    assert "CS 231N: Deep Learning for Computer Vision (Stanford)" not in titles
    assert "CS 231N: Deep Learning for Computer Vision" not in titles


def test_a_link_after_another_papers_title_is_that_papers_not_the_cited_ones() -> None:
    # (a syllabus's cell, and a reference list's entry: a citation with no arXiv version, then `— Name: Title —` and
    # a link: the link is the second paper's)
    plan = (
        "| Semana | Tema | Lecturas |\n| --- | --- | --- |\n"
        "| 9 | Preentrenamiento | Radford et al., “Improving Language Understanding by Generative Pre-Training”, "
        "informe técnico de OpenAI, 2018 (sin versión en arXiv). — BERT: Pre-training of Deep Bidirectional "
        "Transformers for Language Understanding — https://arxiv.org/pdf/1810.04805.pdf |\n"
        "| 10 | Atención | Bahdanau, Cho y Bengio, “Neural Machine Translation by Jointly Learning to Align and "
        "Translate”, ICLR 2015 — https://arxiv.org/abs/1409.0473 |\n"
    )
    _, titles = decoded_titles(plan.encode(), "plan.md")
    assert titles == {
        "Improving Language Understanding by Generative Pre-Training": None,
        "BERT: Pre-training of Deep Bidirectional Transformers for Language Understanding": "1810.04805",
        "Neural Machine Translation by Jointly Learning to Align and Translate": "1409.0473",
    }
    references = (
        "Referencias\n\n"
        "[1] Radford, A. et al. (2018). “Improving Language Understanding by Generative Pre-Training”. Informe "
        "técnico. — BERT: Pre-training of Deep Bidirectional Transformers for Language Understanding — "
        "https://arxiv.org/abs/1810.04805\n"
        "[2] Vaswani, A. et al. (2017). “Attention Is All You Need”. NeurIPS. https://arxiv.org/abs/1706.03762\n"
    )
    _, titles = decoded_titles(references.encode(), "refs.txt")
    assert titles.get("Improving Language Understanding by Generative Pre-Training") is None
    assert (
        titles["BERT: Pre-training of Deep Bidirectional Transformers for Language Understanding"]
        == "1810.04805"
    )


def test_a_post_and_a_course_quoted_after_their_kind_in_a_korean_answer_are_no_papers() -> None:
    # (`블로그지만 Lilian Weng의 "…" 글`: a blog, but, its writer's name and possessive, then the quoted post; `단기
    # 강좌 "…"`: a short course; the paper quoted beside them is one)
    answer = (
        '에이전트 입문이라면 먼저 "ReAct: Synergizing Reasoning and Acting in Language Models" 논문부터 보세요.\n\n'
        '그리고 블로그지만 Lilian Weng의 "Prompt Engineering for Autonomous Reasoning Systems" 글이 전체 지도를 그리는 데 '
        "좋습니다.\n\n"
        '강의로는 DeepLearning.AI의 단기 강좌 "Multi Agent Systems with Planning and Memory"가 무료입니다.\n'
    )
    _, titles = decoded_titles(answer.encode(), "answer.md")
    assert titles == {"ReAct: Synergizing Reasoning and Acting in Language Models": None}


def test_a_bulleted_title_in_sentence_case_with_its_models_name_after_a_dash() -> None:
    # (`- Title in sentence case – InstructGPT. …`: the model the paper made names it, as a note's words do not)
    answer = (
        "기본기 두 편은 꼭 보시길:\n\n"
        "- Training language models to follow instructions with human feedback – InstructGPT. RLHF가 중요합니다.\n"
        "- Language models are few-shot learners – GPT-3, 모든 것의 시작.\n"
    )
    _, titles = decoded_titles(answer.encode(), "answer.md")
    assert titles == {
        "Training language models to follow instructions with human feedback": None,
        "Language models are few-shot learners": None,
    }
