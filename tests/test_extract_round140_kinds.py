"""Habits the blind rounds 138 to 141 brought (tests/data/digests-round138 to -round141), each written here in a
small digest of its own, in other words and languages than the round's."""

from __future__ import annotations

from paperlist.ingest.decode import decode_digest
from paperlist.ingest.extract import extract_document
from tests.reading import decoded_titles


def test_a_quoted_title_cited_after_a_few_words_without_a_stop_is_the_quoted_title_alone() -> None:
    # (a list item whose writer leads into the title with a few words of their own and no colon, the title's
    # citation right after its closing quote; a post named so is still no paper)
    page = (
        "## Muestreo\n\n"
        '- El beam search viene de "Sequence to Sequence Learning with Neural Networks" (Sutskever et al., 2014) '
        "y sigue siendo la base.\n"
        '- La idea sale del post "Understanding Diffusion Samplers" (2022), muy claro.\n'
        "- Temperatura: prueba valores bajos primero.\n"
    )
    _, titles = decoded_titles(page.encode(), "muestreo.md")
    assert "Sequence to Sequence Learning with Neural Networks" in titles
    assert not any(title and ("viene de" in title or "Samplers" in title) for title in titles)


def test_a_schedule_line_gives_its_title_past_the_week_its_date_and_who_presents_it() -> None:
    # (a reading group's mail: each line a session counted in the writer's language, its date in parentheses
    # without a separator after it, then the title; its link indented on the line below)
    mail = (
        "다음 달 세미나 일정입니다.\n\n"
        "1회차 (6/4) Deep Residual Learning for Image Recognition\n"
        "    https://arxiv.org/abs/1512.03385  (발표: 하늘)\n"
        "2회차 (6/11) Densely Connected Convolutional Networks\n"
        "    https://arxiv.org/abs/1608.06993\n"
        "Week 3 (Jun 18) Aggregated Residual Transformations for Deep Neural Networks\n"
        "    https://arxiv.org/abs/1611.05431\n"
        "6/25 (Mina) MobileNetV2: Inverted Residuals and Linear Bottlenecks\n"
        "    https://arxiv.org/abs/1801.04381\n"
    )
    _, titles = decoded_titles(mail.encode(), "seminar.txt")
    assert titles == {
        "Deep Residual Learning for Image Recognition": "1512.03385",
        "Densely Connected Convolutional Networks": "1608.06993",
        "Aggregated Residual Transformations for Deep Neural Networks": "1611.05431",
        "MobileNetV2: Inverted Residuals and Linear Bottlenecks": "1801.04381",
    }


def test_a_search_tools_hits_give_the_titles_their_lines_label_past_the_file_and_line_number() -> None:
    # (`rg -n` over a project: each hit its file's path, its line's number, then the line, a comment labelling the
    # paper the file implements, the label marked as a search page marks the word searched for)
    hits = (
        "$ rg -n 'paper:' src/\n"
        "src/attention/flash.py:3: # paper: FlashAttention: Fast and Memory-Efficient Exact Attention with IO-Awareness\n"
        "src/norm/rms.py:1: # **paper**: Root Mean Square Layer Normalization\n"
        "src/optim/lion.py:2: # paper: see the README\n"
    )
    _, titles = decoded_titles(hits.encode(), "hits.txt")
    assert set(titles) == {
        "FlashAttention: Fast and Memory-Efficient Exact Attention with IO-Awareness",
        "Root Mean Square Layer Normalization",
    }


def test_an_alert_mails_results_give_their_titles_when_their_links_are_papers_pages() -> None:
    # (a search alert's results, each its page's title, its source's name, a snippet cut short, then its link alone
    # in angle brackets; a news result's link is no paper's page, a PDF's is weakly one)
    alert = (
        "=== Web - 3 new results for [normalizing flows] ===\n\n"
        "Glow: Generative Flow with Invertible 1x1 Convolutions\n"
        "Advances in NeurIPS\n"
        "Flow-based generative models are conceptually attractive due to tractability of the exact log-likelihood ...\n"
        "<https://proceedings.neurips.cc/paper/2018/hash/d139db6a236200b21cc7f752979132d0-Abstract.html>\n\n"
        "Neural Spline Flows for Density Estimation in Practice\n"
        "Example Lab\n"
        "[PDF] We revisit spline couplings for normalizing flows and study their behaviour on tabular data ...\n"
        "<https://lab.example.org/reports/spline-flows.pdf>\n\n"
        "Startup Raises Funding for Generative Flow Models\n"
        "Tech News Daily\n"
        "The company said it would use the money to hire researchers ...\n"
        "<https://news.example.com/2024/05/startup-raises-funding>\n"
    )
    _, titles = decoded_titles(alert.encode(), "alert.txt")
    assert "Glow: Generative Flow with Invertible 1x1 Convolutions" in titles
    assert "Neural Spline Flows for Density Estimation in Practice" in titles
    assert not any(title and "Startup" in title for title in titles)


def test_a_research_title_alone_between_two_lines_of_the_writers_korean_or_chinese_is_weakly_a_paper() -> (
    None
):
    # (a team chat saved as text: a message naming a paper on a line of its own, the writer's words in their own
    # script right above and below it; an English line of the writer's own between them is no title)
    chat = (
        "[한지수] [오후 3:02] 이번 주 발표는 이걸로 할게요\n"
        "Improving Language Understanding by Generative Pre-Training\n"
        "(링크는 위키에)\n"
        "[박도윤] [오후 3:05] 좋아요, 저는 긴 문서 쪽으로\n"
        "Longformer: The Long-Document Transformer\n"
        "링크는 나중에 올릴게요\n"
        "[박도윤] [오후 3:07] 회의실은\n"
        "See you all on Monday\n"
        "월요일에 봬요\n"
    )
    _, titles = decoded_titles(chat.encode(), "chat.txt")
    assert set(titles) == {
        "Improving Language Understanding by Generative Pre-Training",
        "Longformer: The Long-Document Transformer",
    }


def test_a_syllabus_recommended_literature_reads_its_references_surnames_before_initials() -> None:
    # (a course programme's `Рекомендована література`, its references written surname then initials, hard-wrapped,
    # a page count or an issue's number after the year; a textbook in it is no paper)
    programme = (
        "9. Рекомендована література\n\n"
        "1. Bishop C. M. Pattern Recognition and Machine Learning. New York : Springer, 2006. 738 p.\n\n"
        "2. Srivastava N., Hinton G., Krizhevsky A., Sutskever I., Salakhutdinov R. Dropout: A Simple Way to\n"
        "Prevent Neural Networks from Overfitting. Journal of Machine Learning Research. 2014. Vol. 15, no. 56.\n"
        "P. 1929–1958.\n\n"
        "3. Kingma D. P., Ba J. Adam: A Method for Stochastic Optimization. arXiv:1412.6980. 2014. 13 p.\n\n"
        "4. Ioffe S., Szegedy C. Batch Normalization: Accelerating Deep Network Training by Reducing Internal\n"
        "Covariate Shift. 2015. 11 p.\n"
    )
    _, titles = decoded_titles(programme.encode(), "programme.txt")
    assert titles == {
        "Dropout: A Simple Way to Prevent Neural Networks from Overfitting": None,
        "Adam: A Method for Stochastic Optimization": "1412.6980",
        "Batch Normalization: Accelerating Deep Network Training by Reducing Internal Covariate Shift": None,
    }


def test_a_recommendation_mails_cards_give_their_titles_over_a_lower_case_byline() -> None:
    # (a research network's recommendation mail: each card a title, `by` and its first author on the line below,
    # a snippet, a view link to the network's own page; a card whose snippet holds the arXiv id takes the title)
    mail = (
        "Based on your research interests, here are papers you may be interested in.\n\n"
        "Manifold Mixup: Better Representations by Interpolating Hidden States\n"
        "by Vikas Verma\n\n"
        "Large deep neural networks are powerful, but exhibit undesirable behaviors such as memorization…\n\n"
        "View PDF ▸ https://www.research-network.example/5501/Manifold_Mixup\n\n"
        "Cutout: Improved Regularization of Convolutional Neural Networks\n"
        "by Terrance DeVries\n\n"
        "arXiv:1708.04552v2 [cs.CV] 29 Nov 2017 Convolutional neural networks are capable of learning…\n\n"
        "View PDF ▸ https://www.research-network.example/5502/Cutout\n"
    )
    _, titles = decoded_titles(mail.encode(), "mail.txt")
    assert titles == {
        "Manifold Mixup: Better Representations by Interpolating Hidden States": None,
        "Cutout: Improved Regularization of Convolutional Neural Networks": "1708.04552",
    }


def test_a_title_opening_a_reply_then_the_writers_note_in_their_own_script_is_a_paper() -> None:
    # (a group newsletter's answers, each a member's name, their city, then the title they propose, a full stop and
    # their note in Greek; a video series named the same way in Hebrew is no paper)
    answers = (
        "Τι διαβάζετε αυτόν τον μήνα;\n\n"
        "Μαρία Κ.\nΠάτρα\n"
        "Language Models are Unsupervised Multitask Learners. Το GPT-2, το διάβασα ξανά για τη διάλεξη και "
        "αξίζει.\n\n"
        "Γιώργος Π.\nΒόλος\n"
        "Deep Double Descent: Where Bigger Models and More Data Hurt. Ωραίο paper για το γιατί μεγαλύτερο δεν είναι "
        "πάντα καλύτερο.\n"
    )
    _, titles = decoded_titles(answers.encode(), "answers.txt")
    assert set(titles) == {
        "Language Models are Unsupervised Multitask Learners",
        "Deep Double Descent: Where Bigger Models and More Data Hurt",
    }
    post = "• מתמטיקה: הסרטונים Calculus Foundations for Machine Learning של ערוץ ביוטיוב.\n"
    assert decoded_titles(post.encode(), "post.txt")[1] == {}


def test_a_title_in_a_chinese_sentence_named_by_its_model_right_after_it_is_weakly_a_paper() -> None:
    # (a team chat in Cantonese: a title run into the sentence, then its short name after a full-width comma, or a
    # three-word title whose model the note in parentheses names first; three words and their own initials may be
    # a method's or a concept's name)
    chat = (
        "上午 09:12 阿詩: 仲有 Holistic Evaluation of Language Models，HELM 嗰個 leaderboard 都要睇\n"
        "上午 09:15 阿明: 我想加返 Zero-Shot Text-to-Image Generation（DALL-E，第一代）同埋 "
        "Proximal Policy Optimization（PPO，即係 RL 入門）\n"
    )
    _, titles = decoded_titles(chat.encode("utf-8"), "chat.txt")
    assert set(titles) == {"Holistic Evaluation of Language Models", "Zero-Shot Text-to-Image Generation"}


def test_a_hindi_thesis_bibliography_reads_its_vancouver_references_wrapped_over_lines() -> None:
    # (a thesis chapter headed `संदर्भ ग्रंथ सूची`, its Vancouver-style references numbered, each wrapped over
    # lines, the first author list going on onto the next line; the chapter's note naming the style is no paper)
    chapter = (
        "संदर्भ ग्रंथ सूची\n\n"
        "संदर्भ ICMJE (International Committee of Medical Journal Editors, 4था संस्करण) की शैली में दिए गए हैं।\n\n"
        "1. Raffel C, Shazeer N, Roberts A, Lee K, Narang S, Matena M, Zhou Y, Li W,\n"
        "Liu PJ, et al. Exploring the limits of transfer learning with a unified text-to-text transformer. In:\n"
        "Journal of Machine Learning Research 21; 2020. p. 1–67.\n"
        "2. Clark K, Luong MT, Le QV, Manning CD. ELECTRA: pre-training text encoders as discriminators rather\n"
        "than generators. In: 8th International Conference on Learning Representations (ICLR 2020); 2020.\n"
    )
    _, titles = decoded_titles(chapter.encode(), "chapter.txt")
    assert set(titles) == {
        "Exploring the limits of transfer learning with a unified text-to-text transformer",
        "ELECTRA: pre-training text encoders as discriminators rather than generators",
    }


def test_a_terminal_search_clients_results_give_titles_by_their_pages_and_project_addresses() -> None:
    # (a search client's numbered results, each its page's title, its address indented below, then a snippet
    # wrapped onto a last word that reads like a heading; a page title naming its site, a project page whose
    # address the title's words name, and a post or a tutorial named by neither)
    results = (
        '$ websearch -n 4 "neural radiance fields"\n\n'
        " 1.  Plenoxels: Radiance Fields without Neural Networks | OpenReview\n"
        "     https://openreview.net/forum?id=Pl3n0xE1sAB\n"
        "     We introduce Plenoxels (plenoptic voxels), a system for photorealistic view synthesis. Data from\n"
        "     sources\n\n"
        " 2.  Mip-NeRF: A Multiscale Representation for Anti-Aliasing Neural Radiance Fields\n"
        "     https://jonbarron.example.io/projects/mip-nerf/\n"
        "     The rendering procedure used by neural radiance fields (NeRF) samples a scene with a single ray ...\n\n"
        " 3.  NeRF explained in ten minutes - Example Blog\n"
        "     https://blog.example.com/p/nerf-explained-in-ten-minutes-x8Kq2\n"
        "     A gentle introduction with code ...\n\n"
        " 4.  [PDF] Instant Neural Graphics Primitives with a Multiresolution Hash Encoding | Semantic Scholar\n"
        "     https://www.semanticscholar.org/paper/Instant-Neural-Graphics-Primitives/0a1b2c3d4e5f\n"
        "     Neural graphics primitives, parameterized by fully connected neural networks, can be costly ...\n"
    )
    _, titles = decoded_titles(results.encode(), "results.txt")
    assert titles == {
        "Plenoxels: Radiance Fields without Neural Networks": "Pl3n0xE1sAB",
        "Mip-NeRF: A Multiscale Representation for Anti-Aliasing Neural Radiance Fields": None,
        "Instant Neural Graphics Primitives with a Multiresolution Hash Encoding": None,
    }


def test_a_query_shells_dumped_tuples_give_their_title_fields_and_its_log_lines_no_titles() -> None:
    # (a query shell's dump: a log line naming a logger's class before a colon, then a record a line, its fields
    # apart by bare commas, a title's own commas followed by a space; most title-like rows give an id, a holiday's
    # row in the writer's words gives none and is no reason to doubt the others)
    dump = (
        "grunt> DUMP lecturas;\n"
        "2024-03-02 09:15:11,204 [main] INFO  org.example.exec.PlannerProvider: Picked LOCAL as the Planner\n"
        "(1,Deep Residual Learning for Image Recognition,https://arxiv.org/abs/1512.03385,Lucía,CVPR 2016)\n"
        "(2,Identity Mappings in Deep Residual Networks,,Pablo,ECCV 2016, continuación)\n"
        "(3,Wide Residual Networks,https://arxiv.org/abs/1605.07146,Marta,BMVC)\n"
        "(4,Semana Santa: no hay sesión,,,)\n"
        "(5,Densely Connected Convolutional Networks,https://arxiv.org/abs/1608.06993,Lucía,)\n"
        "(6,Squeeze-and-Excitation Networks,https://arxiv.org/abs/1709.01507,Pablo,CVPR 2018, SE)\n"
    )
    _, titles = decoded_titles(dump.encode(), "dump.txt")
    assert titles == {
        "Deep Residual Learning for Image Recognition": "1512.03385",
        "Identity Mappings in Deep Residual Networks": None,
        "Wide Residual Networks": "1605.07146",
        "Densely Connected Convolutional Networks": "1608.06993",
        "Squeeze-and-Excitation Networks": "1709.01507",
    }


def test_a_debug_logs_compact_records_give_their_titles_and_its_request_lines_none() -> None:
    # (a reference manager's debug output: lines numbered by level and time, a compact JSON record of each item
    # it saved after the prefix, and its server's messages about the paths it handles)
    log = (
        "(3)(+0000012): Connector Server: Handling request /connector/saveItems\n"
        '(5)(+0000001): {"items":[{"itemType":"journalArticle","title":"Neural Ordinary Differential Equations",'
        '"creators":[{"firstName":"Ricky","lastName":"Chen","creatorType":"author"}],"date":"2018"}]}\n'
        "(3)(+0000040): Connector Server: Handling request /connector/saveSnapshot\n"
        "(3)(+0000002): Saved https://arxiv.org/abs/1810.01367\n"
        "(3)(+0000040): Connector Server: Handling request /connector/attachmentProgress\n"
        "(3)(+0000002): Saved https://arxiv.org/abs/1904.01681\n"
        '(5)(+0000001): {"items":[{"itemType":"webpage","title":"Home","url":"https://example.org/"}]}\n'
    )
    _, titles = decoded_titles(log.encode(), "debug.txt")
    assert {title for title in titles if title} == {"Neural Ordinary Differential Equations"}


def test_a_tsv_keyed_by_ids_gives_each_rows_title_cell_and_its_dash_keyed_rows_weakly() -> None:
    # (a shell's `cat` of a TSV: an arXiv id, the title, who reads it; a dash where a row has no id yet, its title a
    # weak paper among rows most of which give ids; the last cell is never part of the title)
    tsv = (
        "$ cat lecturas.tsv\n"
        "1512.03385v1\tDeep Residual Learning for Image Recognition\tAna (ResNet)\n"
        "1608.06993v5\tDensely Connected Convolutional Networks\tLuis\n"
        "1709.01507v4\tSqueeze-and-Excitation Networks\tAna (SENet)\n"
        "-\tMobileNetV2: Inverted Residuals and Linear Bottlenecks\tLuis (buscar la versión de CVPR)\n"
        "1905.11946v5\tEfficientNet: Rethinking Model Scaling for Convolutional Neural Networks\tAna\n"
    )
    _, titles = decoded_titles(tsv.encode(), "lecturas.txt")
    assert titles == {
        "Deep Residual Learning for Image Recognition": "1512.03385",
        "Densely Connected Convolutional Networks": "1608.06993",
        "Squeeze-and-Excitation Networks": "1709.01507",
        "MobileNetV2: Inverted Residuals and Linear Bottlenecks": None,
        "EfficientNet: Rethinking Model Scaling for Convolutional Neural Networks": "1905.11946",
    }


def test_a_file_managers_comments_on_pdfs_give_the_titles_written_after_their_names() -> None:
    # (a file manager's comment file, a line per file: its name, quoted when it holds spaces, then the comment, a
    # PDF's comment opening on the paper's title; a slide deck's and an archive's comments are no papers)
    comments = (
        "\ufeffslides_week3.pdf Слайди лекції 3, не стаття\r\n"
        '"Ioffe & Szegedy 2015.pdf" Batch Normalization: Accelerating Deep Network Training by Reducing Internal '
        "Covariate Shift — ICML 2015; нормалізація\r\n"
        "he2015delving.pdf Delving Deep into Rectifiers: Surpassing Human-Level Performance on ImageNet "
        "Classification — Microsoft Research; ініціалізація He\r\n"
        "dataset-v2.zip Архів даних для лабораторної\r\n"
    )
    _, titles = decoded_titles(comments.encode(), "descript.ion")
    assert set(titles) == {
        "Batch Normalization: Accelerating Deep Network Training by Reducing Internal Covariate Shift",
        "Delving Deep into Rectifiers: Surpassing Human-Level Performance on ImageNet Classification",
    }


def test_a_task_whose_notes_open_on_its_venue_and_year_and_link_its_code_is_a_paper() -> None:
    # (a task tracker's CSV: a reading task per paper, its title behind a reading verb, its description opening on
    # where and when it appeared, its one link the code; a task about a library's repository says no venue)
    rows = (
        '"Task ID","Task Title","Status","Description"\n'
        '"T-7","Czytać: Reformer: The Efficient Transformer","Open","ICLR 2020. Kod: https://github.com/example/reformer\n'
        'Porównać z Linformerem."\n'
        '"T-8","Czytać: Longformer: The Long-Document Transformer","Done","arXiv:2004.05150, implementacja w HF"\n'
        '"T-9","Zainstalować bibliotekę xformers","Open","https://github.com/example/xformers"\n'
    )
    _, titles = decoded_titles(rows.encode(), "zadania.csv")
    assert titles == {
        "Reformer: The Efficient Transformer": None,
        "Longformer: The Long-Document Transformer": "2004.05150",
    }


def test_links_whose_slashes_a_json_encoder_escaped_give_their_ids() -> None:
    # (a catalogue's API answer printed as PHP's encoder writes JSON, every slash of a link escaped)
    answer = (
        '$ curl -s "https://katalog.example.cz/api/v1/search?lookfor=ssl"\n'
        "{\n"
        '    "records": [\n'
        '        {"title": "A Simple Framework for Contrastive Learning of Visual Representations",\n'
        '         "urls": [{"url": "https:\\/\\/arxiv.org\\/abs\\/2002.05709", "desc": "arXiv"}]},\n'
        '        {"title": "Bootstrap your own latent",\n'
        '         "urls": [{"url": "https:\\/\\/arxiv.org\\/pdf\\/2006.07733v3", "desc": "PDF"}]}\n'
        "    ]\n"
        "}\n"
    )
    text, _ = decode_digest(answer.encode(), "answer.txt")
    ids = {reference.arxiv_id for reference in extract_document(text, "answer.txt").references}
    assert {"2002.05709", "2006.07733"} <= ids


def test_a_ris_records_full_text_link_and_its_journal_type_make_it_a_paper() -> None:
    # (a RIS export from a search engine's library: its `UR` the engine's own page of the record, `L1` the PDF;
    # a journal article whose only link is the engine's page is still a paper, a web page record is not)
    ris = (
        "TY  - JOUR\r\nTI  - Dropout: A Simple Way to Prevent Neural Networks from Overfitting\r\n"
        "AU  - Srivastava, Nitish\r\nJO  - Journal of Machine Learning Research\r\nPY  - 2014\r\n"
        "UR  - https://academic.example.cn/profile?id=9f3a&v=paper_preview\r\nER  - \r\n\r\n"
        "TY  - CONF\r\nTI  - Deep Residual Learning for Image Recognition\r\nAU  - He, Kaiming\r\n"
        "T2  - CVPR\r\nPY  - 2016\r\nUR  - https://academic.example.cn/profile?id=1b2c&v=paper_preview\r\n"
        "L1  - https://arxiv.org/pdf/1512.03385\r\nER  - \r\n\r\n"
        "TY  - ELEC\r\nTI  - Home\r\nUR  - https://academic.example.cn/\r\nER  - \r\n"
    )
    _, titles = decoded_titles(ris.encode(), "export.ris")
    assert titles == {
        "Dropout: A Simple Way to Prevent Neural Networks from Overfitting": None,
        "Deep Residual Learning for Image Recognition": "1512.03385",
    }


def test_a_media_librarys_talks_named_by_their_kind_are_no_papers() -> None:
    # (a media server's answer: recordings named `Talk: …`, `S2E5 Lecture: …`, `Panel: …`, in JSON quotes)
    answer = (
        '{"Items": [\n'
        '  {"Name": "Talk: Scaling Speech Recognition to Many Languages", "Type": "Video"},\n'
        '  {"Name": "S2E5 Lecture: Efficient Fine-tuning of Large Language Models", "Type": "Episode"},\n'
        '  {"Name": "Panel: Evaluating Multilingual Language Models", "Type": "Video"}\n'
        "]}\n"
    )
    assert decoded_titles(answer.encode(), "items.txt")[1] == {}


def test_a_science_style_references_and_notes_section_gives_its_titles() -> None:
    # (a review's `References and Notes` in Science's style, wrapped as a PDF's lines: initials before surnames, the
    # title's full stop or question mark, the journal, volume, pages and year in parentheses; a data bank's entry
    # is no paper)
    section = (
        "References and Notes\n\n"
        "1. K. He, X. Zhang, S. Ren, J. Sun, Deep residual learning for image recognition. Proc. IEEE Conf.\n"
        "Comput. Vis. Pattern Recognit. 2016, 770–778 (2016).\n"
        "2. D. Silver et al., Mastering the game of Go with deep neural networks and tree search. Nature\n"
        "529, 484–489 (2016).\n"
        "3. Materials Project (LBNL, 2024); https://materials.example.org.\n"
        "4. M. Raghu et al., Do vision transformers see like convolutional neural networks?\n"
        "arXiv:2108.08810 [cs.CV] (2021).\n"
    )
    _, titles = decoded_titles(section.encode(), "review.txt")
    assert titles == {
        "Mastering the game of Go with deep neural networks and tree search": None,
        "Do vision transformers see like convolutional neural networks?": "2108.08810",
        "Deep residual learning for image recognition": None,
    }


def test_a_table_of_tools_whose_notes_quote_the_papers_behind_them_gives_those_papers() -> None:
    # (an awesome list's table: a tool, its documentation's link, a note that quotes the paper it implements and
    # calls it one; a table of tools whose notes quote no paper gives none)
    table = (
        "| Оптимизатор | Документация | Заметки |\n"
        "| --- | --- | --- |\n"
        "| Adafactor | [docs](https://docs.example.org/adafactor) | статья: «Adafactor: Adaptive Learning Rates with "
        "Sublinear Memory Cost» (Shazeer, Stern) |\n"
        "| LAMB | [docs](https://docs.example.org/lamb) | статья: «Large Batch Optimization for Deep Learning: "
        "Training BERT in 76 minutes» |\n\n"
        "| Курс | Ссылка |\n"
        "| --- | --- |\n"
        "| Deep Learning Fall 2023 | [видео](https://video.example.org/dl) |\n"
    )
    _, titles = decoded_titles(table.encode(), "README.md")
    assert set(titles) == {
        "Adafactor: Adaptive Learning Rates with Sublinear Memory Cost",
        "Large Batch Optimization for Deep Learning: Training BERT in 76 minutes",
    }


def test_a_changelogs_section_headings_in_a_japanese_release_note_are_no_papers() -> None:
    # (a draft changelog a release tool built, its sections underlined as reStructuredText, its entries in Japanese;
    # one entry names the paper a sampler implements, quoted)
    changelog = (
        "ryusan 0.7.0 (2024-06-01)\n"
        "=========================\n\n"
        "Features\n"
        "--------\n\n"
        '- DDIM サンプラーを追加しました。"Denoising Diffusion Implicit Models" の実装です。 (#41)\n\n'
        "Bugfixes\n"
        "--------\n\n"
        "- 乱数シードが保存されない問題を修正しました。 (#44)\n\n"
        "Deprecations and Removals\n"
        "-------------------------\n\n"
        "- 古いスケジューラを削除しました。0.5 系で非推奨にしていたものです。 (#45)\n"
    )
    _, titles = decoded_titles(changelog.encode(), "NEWS.rst")
    assert set(titles) == {"Denoising Diffusion Implicit Models"}
