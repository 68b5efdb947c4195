"""Kinds and habits the blind rounds 83 to 85 brought (tests/data/digests-round83 …), each written here in a small
digest of its own: .NET XML documentation comments, fish's history and commit messages in any shell's history,
expanded records of a SQL shell (psql's `\\x`, cqlsh's `EXPAND ON`), a title's authors' full names in parentheses,
a data record's note quoted whole, a title after its label that holds a colon of its own, labels typed without their
diacritics."""

from __future__ import annotations

from pathlib import Path

from tests.reading import decoded_titles

DATA = Path(__file__).parent / "data"

CSHARP = """\ufeff// <copyright file="Planner.cs" company="Lab">MIT</copyright>
using System;

namespace Lab.Agents
{
    /// <summary>
    /// Plans moves as sequence modelling.
    /// </summary>
    /// <remarks>
    /// <para>
    /// Follows <see href="https://arxiv.org/abs/1706.03762">Attention Is All You Need</see>
    /// (NeurIPS 2017); see <see cref="T:Lab.Agents.Beam"/> for the decoder &amp; its cache.
    /// </para>
    /// <list type="bullet">
    ///   <item><description>Proximal Policy Optimization Algorithms — John Schulman, Filip Wolski et al. (2017).
    ///   Our clipping in <c>Clip()</c> is theirs.</description></item>
    ///   <item><description>Repository (code, not a paper): <c>github.com/lab/agents</c>.</description></item>
    /// </list>
    /// </remarks>
    /// <param name="steps">How far to plan.</param>
    /// <example>
    /// <code>
    /// var plan = planner.Plan("Go to the door and open it quickly", 4);
    /// </code>
    /// </example>
    public sealed class Planner
    {
        public int Plan(string goal, int steps) => steps;
    }
}
"""


def test_a_csharp_sources_xml_documentation_is_read_as_markdown() -> None:
    _, titles = decoded_titles(CSHARP.replace("\n", "\r\n").encode(), "Planner.cs")
    assert titles == {
        "Attention Is All You Need": "1706.03762",
        "Proximal Policy Optimization Algorithms": None,
    }


def test_a_visual_basic_sources_xml_documentation_is_read_too() -> None:
    source = (
        "''' <summary>\n"
        "''' Ranks retrieved passages as in\n"
        "''' <see href=\"https://arxiv.org/abs/2004.04906\">Dense Passage Retrieval for Open-Domain Question"
        " Answering</see>.\n"
        "''' </summary>\n"
        "Public Function Rank(query As String) As Integer\n"
        "    Return 0\n"
        "End Function\n"
    )
    _, titles = decoded_titles(source.encode(), "Ranker.vb")
    assert titles == {"Dense Passage Retrieval for Open-Domain Question Answering": "2004.04906"}


FISH = r"""- cmd: cd ~/thesis
  when: 1709309820
- cmd: wget -O pdf/vit.pdf https://arxiv.org/pdf/2010.11929v2
  when: 1709309840
- cmd: echo '- [ ] Dropout: A Simple Way to Prevent Neural Networks from Overfitting -- section 3 before the seminar' >> todo.md
  when: 1709309870
  paths:
    - todo.md
- cmd: git commit -m "notes: Batch Normalization: Accelerating Deep Network Training by Reducing Internal Covariate Shift (Sergey Ioffe, Christian Szegedy) -- table 2"
  when: 1709309900
- cmd: for f in runs/*\n    echo $f\nend
  when: 1709309950
- cmd: python -c 'print(\"done\")'
  when: 1709309990
"""


def test_a_fish_history_is_read_for_its_notes_links_and_commit_messages() -> None:
    label, titles = decoded_titles(FISH.encode(), "fish_history")
    assert label.startswith("shell-history/")
    assert titles == {
        None: "2010.11929",
        "Dropout: A Simple Way to Prevent Neural Networks from Overfitting": None,
        "Batch Normalization: Accelerating Deep Network Training by Reducing Internal Covariate Shift": None,
    }


def test_a_commit_message_in_a_bash_history_is_a_note_and_the_command_is_no_title() -> None:
    history = (
        "#1709309820\ncd ~/notes\n"
        "#1709309830\ngit -C ~/notes commit -am 'reading: Sequence to Sequence Learning with Neural Networks"
        " (Ilya Sutskever, Oriol Vinyals, Quoc V. Le)'\n"
        "#1709309840\ngit push\n"
        "#1709309850\nls\n"
    )
    _, titles = decoded_titles(history.encode(), ".bash_history")
    assert titles == {"Sequence to Sequence Learning with Neural Networks": None}


CQLSH = """okuyucu@cqlsh:reading> EXPAND ON;
Now Expanded output is enabled
okuyucu@cqlsh:reading> SELECT id, titulo, url, notlar FROM papers;

@ Row 1
--------+---------------------------------------------------
 id     | 1
 titulo | Deep Residual Learning for Image Recognition
 url    | https://arxiv.org/abs/1512.03385
 notlar | Skip connections. Read section 3.

@ Row 2
--------+---------------------------------------------------
 id     | 2
 titulo | Learning Transferable Visual Models From Natural Language Supervision
 url    | null
 notlar | Not on our list yet; 400M pairs.

(2 rows)
"""


def test_cqlsh_expanded_records_are_read_as_labelled_fields() -> None:
    _, titles = decoded_titles(CQLSH.encode(), "session.txt")
    assert titles == {
        "Deep Residual Learning for Image Recognition": "1512.03385",
        "Learning Transferable Visual Models From Natural Language Supervision": None,
    }


def test_psql_expanded_records_in_the_servers_language_are_read_as_labelled_fields() -> None:
    session = (
        "lesekreis=> \\x\nErweiterte Anzeige ist an.\nlesekreis=> SELECT * FROM papiere;\n"
        "-[ DATENSATZ 1 ]---------------------------------------------\n"
        "id    | 17\n"
        "titel | Neural Machine Translation by Jointly Learning to Align and Translate\n"
        "url   |\n"
        "notiz | Aufmerksamkeit, Abschnitt 3.\n"
        "-[ DATENSATZ 2 ]---------------------------------------------\n"
        "id    | 18\n"
        "titel | Sequence to Sequence Learning with Neural Networks\n"
        "url   | https://arxiv.org/abs/1409.3215\n"
        "notiz | LSTM-Encoder und -Decoder.\n\n"
        "lesekreis=> \\q\n"
    )
    _, titles = decoded_titles(session.encode(), "psql.txt")
    assert titles == {
        "Neural Machine Translation by Jointly Learning to Align and Translate": None,
        "Sequence to Sequence Learning with Neural Networks": "1409.3215",
    }


def test_a_sql_shells_pipe_table_is_not_taken_for_expanded_records() -> None:
    from paperlist.ingest.boxtables import looks_like_expanded_records

    table = " id | title\n----+------\n  1 | Deep Residual Learning for Image Recognition\n(1 row)\n"
    assert not looks_like_expanded_records(table)


def test_a_title_followed_by_its_authors_full_names_in_parentheses_then_the_writers_words() -> None:
    text = (
        "Nuestra versión con búsqueda en haz sigue\n"
        "Decision Transformer: Reinforcement Learning via Sequence Modeling (Lili Chen, Kevin Lu, Aravind"
        " Rajeswaran); el artículo también discute el caso disperso.\n"
    )
    _, titles = decoded_titles(text.encode(), "notas.txt")
    assert titles == {"Decision Transformer: Reinforcement Learning via Sequence Modeling": None}


def test_a_title_case_phrase_before_a_parenthesis_of_words_is_no_cited_title() -> None:
    # (the parenthesis lists topics, not people: no author list vouches for the words before it)
    text = "Sparse Models and Dense Layers in Practice (Mixture, Experts, Routing), notes for Monday.\n"
    _, titles = decoded_titles(text.encode(), "notes.txt")
    assert titles == {}


SVELTE = """<script lang="ts">
  const reading = [
    {
      titel: 'Bootstrap your own latent: A new approach to self-supervised Learning',
      autoren: 'Jean-Bastien Grill, Florian Strub et al.',
      link: 'https://arxiv.org/abs/2006.07733',
      notiz: 'Zielnetz; keine Negativbeispiele. Warum kollabiert das nicht? Diskussion vorbereiten.',
    },
    {
      titel: 'Momentum Contrast for Unsupervised Visual Representation Learning',
      autoren: 'Kaiming He, Haoqi Fan et al.',
      link: null,
      anmerkung: 'Warteschlange negativer Beispiele; Abschnitte 3 und 4 lesen.',
    },
  ];
</script>

{#each reading as item}<li>{item.titel}</li>{/each}
"""


def test_a_labelled_titles_own_colon_keeps_the_words_before_it() -> None:
    _, titles = decoded_titles(SVELTE.encode(), "+page.svelte")
    assert titles["Bootstrap your own latent: A new approach to self-supervised Learning"] == "2006.07733"


def test_a_records_note_quoted_whole_is_no_title() -> None:
    _, titles = decoded_titles(SVELTE.encode(), "+page.svelte")
    assert set(titles) == {
        "Bootstrap your own latent: A new approach to self-supervised Learning",
        "Momentum Contrast for Unsupervised Visual Representation Learning",
    }


def test_labels_typed_without_their_diacritics_are_known() -> None:
    from paperlist.ingest.extract.vocabulary import Label, label_of

    assert label_of("titulo") is Label.TITLE  # (título)
    assert label_of("tytul") is Label.TITLE  # (tytuł)
    assert label_of("zrodlo") is Label.LINK  # (źródło)
    assert label_of("ozet") is Label.SUMMARY  # (özet)
    assert label_of("tinder") is None


def test_a_list_items_note_in_another_script_after_its_title_is_the_writers_words() -> None:
    # (as a Chinese note after a Latin title is: the title is read alone, the note is its summary)
    thread = (
        "Прочитал пока:\n"
        "1. Sequence to Sequence Learning with Neural Networks https://arxiv.org/abs/1409.3215\n"
        "2. Dropout: A Simple Way to Prevent Neural Networks from Overfitting (этой статьи нет на arXiv)\n"
        "3. ALBERT: A Lite BERT for Self-supervised Learning of Language Representations от Google\n"
    )
    _, titles = decoded_titles(thread.encode(), "thread.txt")
    assert titles == {
        "Sequence to Sequence Learning with Neural Networks": "1409.3215",
        "Dropout: A Simple Way to Prevent Neural Networks from Overfitting": None,
        "ALBERT: A Lite BERT for Self-supervised Learning of Language Representations": None,
    }


def test_words_in_another_script_inside_a_citation_do_not_cut_the_title() -> None:
    line = "רשימת קריאה\n\n- Why Do Local Methods Solve Nonconvex Problems? (Tengyu Ma, פרק מתוך ספר, 2021)\n"
    _, titles = decoded_titles(line.encode(), "list.txt")
    assert titles == {"Why Do Local Methods Solve Nonconvex Problems?": None}


def test_a_short_latin_name_before_another_scripts_words_is_no_title() -> None:
    advert = (
        "Вакансии:\n"
        "• Junior ML Engineer, агротех-стартап, удалённо\n"
        "• 8 × NVIDIA A100 80GB GPU кластерге жетүү\n"
        "• «Speech Recognition in the Wild» семинар сериясы\n"
    )
    _, titles = decoded_titles(advert.encode(), "advert.txt")
    assert titles == {}


def test_a_title_then_its_authors_full_names_then_a_hyphen_and_a_note() -> None:
    line = (
        "오늘 읽은 것\n\n"
        "Dodrio: Exploring Transformer Models with Interactive Visualization (Zijie J. Wang, Robert Turko,"
        " Duen Horng Chau) - 어텐션 헤드 시각화 도구 논문\n"
    )
    _, titles = decoded_titles(line.encode(), "post.txt")
    assert titles == {"Dodrio: Exploring Transformer Models with Interactive Visualization": None}


def test_a_quoted_name_the_writer_says_is_no_paper_is_none_in_any_language() -> None:
    notes = (
        "Weitere Quellen\n\n"
        '- Kurs "Feinabstimmung großer Sprachmodelle in der Praxis" (Kurs, kein Paper)\n'
        '- Khoá học "Fine-tuning LLM thực chiến cho người mới" (khoá học, không phải paper)\n'
        '- Read "Improving Language Understanding by Generative Pre-Training", the paper behind it all\n'
    )
    _, titles = decoded_titles(notes.encode(), "notes.md")
    assert titles == {"Improving Language Understanding by Generative Pre-Training": None}


def test_a_three_word_title_then_its_authors_full_names_in_parentheses() -> None:
    newsletter = (
        "КЛАССИКА\n=========\n\n"
        "* Generative Adversarial Networks (Ian J. Goodfellow, Jean Pouget-Abadie et al.)\n"
        "  чтобы понимать, с чем сравнивают.\n\n"
        "* Deep Unsupervised Learning using Nonequilibrium Thermodynamics (Jascha Sohl-Dickstein, Eric A. Weiss)\n"
        "  arXiv:1503.03585 — с неё всё началось.\n"
    )
    _, titles = decoded_titles(newsletter.encode(), "letter.txt")
    assert titles == {
        "Generative Adversarial Networks": None,
        "Deep Unsupervised Learning using Nonequilibrium Thermodynamics": "1503.03585",
    }


CLICKHOUSE = """ch :) SELECT id, title, status FROM papers

Query id: 3ffa0c9e-5f7e-459c-a31e-e56e5cd89428

┌─id─┬─title──────────────────────────────────────────────────────┬─status─┐
│ 38 │ Scaling Laws for Neural Language Models                    │ read   │
│ 47 │ Sequence to Sequence Learning with Neural Networks         │ want   │
└────┴────────────────────────────────────────────────────────────┴────────┘

2 rows in set. Elapsed: 0.004 sec.
"""


def test_clickhouse_tables_with_their_names_in_the_top_border_are_read_by_their_title_column() -> None:
    label, titles = decoded_titles(CLICKHOUSE.encode(), "session.txt")
    assert label.startswith("md/box-tables/")
    assert titles == {
        "Scaling Laws for Neural Language Models": None,
        "Sequence to Sequence Learning with Neural Networks": None,
    }


def test_an_interactive_sessions_prompt_ends_the_entry_above_it() -> None:
    # (the link a later command fetches is not the paper a note printed above it names)
    session = (
        "In [8]: for title, note in reading.items(): print(f'• {title}\\n    ↳ {note}')\n"
        "• A Fast Learning Algorithm for Deep Belief Nets\n"
        "    ↳ Neural Computation 2006, for history only\n\n"
        "In [9]: !curl -sL https://arxiv.org/abs/2010.01412 | grep -o '<title>.*</title>'\n"
        "<title>[2010.01412] Sharpness-Aware Minimization for Efficiently Improving Generalization</title>\n"
    )
    _, titles = decoded_titles(session.encode(), "session.txt")
    assert titles.get("A Fast Learning Algorithm for Deep Belief Nets") is None
    assert "2010.01412" in titles.values()


def test_a_sentence_case_item_over_a_notes_arrow_and_its_venue_is_a_paper() -> None:
    notes = (
        "Reading\n\n"
        "• Understanding the difficulty of training deep feedforward neural networks\n"
        "    ↳ AISTATS 2010, the PDF from the proceedings\n"
    )
    _, titles = decoded_titles(notes.encode(), "notes.txt")
    assert titles == {"Understanding the difficulty of training deep feedforward neural networks": None}


def test_a_records_only_id_written_in_its_note_is_its_own() -> None:
    record = (
        "#### paper ####\n"
        "title: Deep contextualized word representations\n----\n"
        "authors: Matthew E. Peters, Mark Neumann et al.\n----\n"
        "note: Session 2. Its code is arXiv:1802.05365, the link still to paste.\n"
        "#### paper ####\n"
        "title: Neural Machine Translation by Jointly Learning to Align and Translate\n----\n"
        "note: Compare arXiv:1409.3215 and arXiv:1706.03762 before reading it.\n"
    )
    _, titles = decoded_titles(record.encode(), "contents.md")
    assert titles["Deep contextualized word representations"] == "1802.05365"
    # (a note naming two papers gives neither to its record)
    assert titles["Neural Machine Translation by Jointly Learning to Align and Translate"] is None


def test_an_id_in_a_note_is_not_the_next_records_whatever_the_shape() -> None:
    # (read as text, where the fields are no record: the note's id stays its own, not given to the title below it)
    record = (
        "#### paper ####\n"
        "title: Deep contextualized word representations\n----\n"
        "note: Session 2. Its code is arXiv:1802.05365, the link still to paste.\n"
        "#### paper ####\n"
        "title: Neural Machine Translation by Jointly Learning to Align and Translate\n----\n"
        "note: read section 3 first.\n"
    )
    _, titles = decoded_titles(record.encode(), "contents.lr")
    assert titles.get("Neural Machine Translation by Jointly Learning to Align and Translate") is None
    assert "1802.05365" in titles.values()


def test_a_messages_date_time_and_read_status_line_is_no_title() -> None:
    export = (
        "Mar 05, 2024  9:04:31 PM (Read by you after 31 seconds)\n"
        "Mori\n"
        "https://arxiv.org/abs/2308.03688\n\n"
        "Mar 05, 2024  9:23:32 PM (Read by them after 2 minutes, 10 seconds)\n"
        "Me\n"
        "ok\n"
    )
    _, titles = decoded_titles(export.encode(), "chat.txt")
    assert titles == {None: "2308.03688"}


def test_a_latin_title_over_a_short_note_in_japanese_is_a_paper() -> None:
    chat = (
        "チャット\n\n"
        "安全性の回も作ろうよ。\n"
        "Universal and Transferable Adversarial Attacks on Aligned Language Models\n"
        "（接尾辞を最適化して拒否を外すやつ。デモは控えめに）\n"
    )
    _, titles = decoded_titles(chat.encode(), "chat.txt")
    assert titles == {"Universal and Transferable Adversarial Attacks on Aligned Language Models": None}


AAAI_REFERENCES = """Notes copied from the PDF.

References
Clark, K.; Luong, M.-T.; Le, Q. V.; and Manning, C. D.
2020. ELECTRA: Pre-training Text Encoders as Dis-
criminators Rather Than Generators. In International
Conference on Learning Representations.
Conneau, A.; Khandelwal, K.; Goyal, N.; Chaudhary, V.;
Wenzek, G.; Guzmán, F.; Grave, E.; Ott, M.; Zettle-
moyer, L.; and Stoyanov, V. 2019. Unsupervised Cross-
lingual Representation Learning at Scale. arXiv
preprint arXiv:1911.02116.
Habash, N. Y. 2010. Introduction to Arabic Natural Lan-
guage Processing. Synthesis Lectures on Human Language
Technologies. Morgan & Claypool.
Ma, T. 2021. Why Do Local Methods Solve Nonconvex Problems? In
Roughgarden, T., ed., Beyond the Worst-Case Analysis of Algorithms.
Cambridge University Press.
Wikimedia Foundation. 2023. Arabic Wikipedia database
dump (arwiki-20230601). https://dumps.wikimedia.org/
arwiki/.
"""


def test_aaai_references_copied_from_a_pdf_split_at_each_entrys_authors() -> None:
    # (the authors on lines of their own above the year: each entry keeps its own id, none takes the next one's)
    _, titles = decoded_titles(AAAI_REFERENCES.encode(), "refs.txt")
    assert titles.get("ELECTRA: Pre-training Text Encoders as Discriminators Rather Than Generators") is None
    assert titles["Unsupervised Cross-lingual Representation Learning at Scale"] == "1911.02116"


def test_a_reference_published_by_a_publisher_alone_is_a_book_and_a_dump_is_data() -> None:
    _, titles = decoded_titles(AAAI_REFERENCES.encode(), "refs.txt")
    assert "Introduction to Arabic Natural Language Processing" not in titles
    assert not any(title and "Wikipedia" in title for title in titles)
    # (a chapter of an edited book is cited as a paper is)
    assert "Why Do Local Methods Solve Nonconvex Problems?" in titles


def test_a_reference_whose_venue_says_blog_post_in_chinese_is_no_paper() -> None:
    refs = "参考资料\n\n[1] Lilian Weng. What are Diffusion Models? 博客文章, 2021.\n\n[2] Jonathan Ho, Ajay Jain, Pieter Abbeel. Denoising Diffusion Probabilistic Models. NeurIPS, 2020.\n"
    _, titles = decoded_titles(refs.encode(), "post.txt")
    assert titles == {"Denoising Diffusion Probabilistic Models": None}


def test_an_items_authors_with_a_full_width_venue_are_no_title() -> None:
    wiki = (
        "### 第7回\n\n"
        "**Why Are Convolutional Nets More Sample-Efficient than Fully-Connected Nets?**\n\n"
        "- Zhiyuan Li, Yi Zhang, Sanjeev Arora（ICLR 2021）\n"
        "- 要点：畳み込みネットのサンプル複雑度の分離を証明。\n"
    )
    _, titles = decoded_titles(wiki.encode(), "wiki.md")
    assert titles == {"Why Are Convolutional Nets More Sample-Efficient than Fully-Connected Nets?": None}


def test_a_note_in_parentheses_that_another_script_runs_into_is_cut_from_the_title() -> None:
    answer = (
        "5. 덤\n- A Generalist Agent (DeepMind의 Gato)\n→ 아타리, 캡셔닝, 로봇 팔까지 하나의 트랜스포머로.\n"
    )
    _, titles = decoded_titles(("추천 논문\n\n" + answer).encode(), "answer.txt")
    assert titles == {"A Generalist Agent": None}


def test_a_citation_closed_by_a_devanagari_full_stop_cuts_the_title() -> None:
    letter = (
        "🧬 विज्ञान\n\n"
        "Highly accurate protein structure prediction with AlphaFold (John Jumper, Richard Evans et al., Nature"
        " 2021)। AlphaFold 2 वाला पेपर — MSA पर attention।\n"
    )
    _, titles = decoded_titles(letter.encode(), "letter.txt")
    assert titles == {"Highly accurate protein structure prediction with AlphaFold": None}


def test_a_sheet_row_its_notes_call_a_course_in_dutch_is_no_paper() -> None:
    sheet = (
        "id,Titel,Link,Tags,Samenvatting\n"
        "3,Towards a Unified View of Parameter-Efficient Transfer Learning,https://openreview.net/forum?id=0RDcd5Axok,"
        '"adapters, theorie","Brengt adapters en LoRA onder één noemer."\n'
        '18,"Cursus: CS224N (Stanford), college over finetuning",https://web.stanford.edu/class/cs224n/,cursus,'
        '"Cursus, geen artikel — voor de nieuwe masterstudenten."\n'
    )
    _, titles = decoded_titles(sheet.encode(), "lijst.csv")
    assert titles == {"Towards a Unified View of Parameter-Efficient Transfer Learning": "0RDcd5Axok"}


BIGQUERY = """{
  "kind": "bigquery#getQueryResultsResponse",
  "schema": {"fields": [
    {"name": "id", "type": "INTEGER", "mode": "REQUIRED"},
    {"name": "judul", "type": "STRING", "mode": "REQUIRED"},
    {"name": "tautan", "type": "STRING", "mode": "NULLABLE"},
    {"name": "penulis", "type": "STRING", "mode": "REPEATED"},
    {"name": "komentar", "type": "RECORD", "mode": "REPEATED", "fields": [
      {"name": "oleh", "type": "STRING", "mode": "NULLABLE"}, {"name": "isi", "type": "STRING", "mode": "NULLABLE"}]}
  ]},
  "rows": [
    {"f": [{"v": "101"}, {"v": "Deep Residual Learning for Image Recognition"},
           {"v": "https://arxiv.org/abs/1512.03385"}, {"v": [{"v": "Kaiming He"}, {"v": "Xiangyu Zhang"}]},
           {"v": [{"v": {"f": [{"v": "Dewi"}, {"v": "Slide sudah diunggah."}]}}]}]},
    {"f": [{"v": "102"}, {"v": "Big Transfer (BiT): General Visual Representation Learning"}, {"v": null},
           {"v": [{"v": "Alexander Kolesnikov"}]}, {"v": []}]}
  ],
  "totalRows": "2",
  "jobComplete": true
}
"""


def test_bigquery_rows_are_read_as_records_named_by_the_schema() -> None:
    label, titles = decoded_titles(BIGQUERY.encode(), "results.json")
    assert label.startswith("json/bigquery/")
    assert titles == {
        "Deep Residual Learning for Image Recognition": "1512.03385",
        "Big Transfer (BiT): General Visual Representation Learning": None,
    }


LOGFMT = """time=2024-03-08T08:59:58.000+07:00 level=INFO msg=started version=1.4.2
time=2024-03-08T09:00:00.090+07:00 level=DEBUG msg="fetching metadata" url=https://arxiv.org/abs/2307.01952 source=arxiv
time=2024-03-08T09:00:00.502+07:00 level=INFO msg=fetched id=2307.01952 title="SDXL: Improving Latent Diffusion Models for High-Resolution Image Synthesis" authors="Dustin Podell et al."
time=2024-03-08T09:01:42.234+07:00 level=WARN msg="no link or arXiv id: kept as a title only" title="Denoising Diffusion Probabilistic Models" by=nattaya
time=2024-03-08T09:03:46.283+07:00 level=INFO msg="skipped a link that is no paper" url=https://github.com/huggingface/diffusers kind=repo
"""


def test_a_logfmt_log_is_read_a_line_a_record() -> None:
    label, titles = decoded_titles(LOGFMT.encode(), "digestbot.log")
    assert label.startswith("json/logfmt/")
    assert titles == {
        "SDXL: Improving Latent Diffusion Models for High-Resolution Image Synthesis": "2307.01952",
        "Denoising Diffusion Probabilistic Models": None,
    }


def test_a_log_of_plain_lines_is_not_logfmt() -> None:
    from paperlist.ingest.datajson import looks_like_logfmt

    log = "[2024-03-08 09:00:00] INFO started\n[2024-03-08 09:00:01] INFO level=3 reached\nplain words here\n"
    assert not looks_like_logfmt(log)


def test_an_empty_line_in_an_html_value_ends_the_list_above_it() -> None:
    work_item = (
        '{"value": [{"id": 5152, "fields": {"System.Title": "הדמו נשמע מתכתי", "Microsoft.VSTS.TCM.ReproSteps": '
        '"<div>1. לשאול שאלה.</div><div>2. ללחוץ על הקרא.</div><div><br></div><div>חשד: ה-vocoder. כדאי לבדוק את '
        'DiffWave: A Versatile Diffusion Model for Audio Synthesis במקום ה-vocoder הנוכחי.</div>"}}]}\n'
    )
    _, titles = decoded_titles(work_item.encode(), "workitems.json")
    assert titles == {"DiffWave: A Versatile Diffusion Model for Audio Synthesis": None}


def test_a_court_case_emphasised_in_a_footnote_is_no_paper() -> None:
    chapter = r"""
A related point concerns the sharding of training across many parties. Where a model is trained in a federated
manner, no single operator performs the whole computation.\footnote{Durmus Alp Emre Acar and others, `Federated Learning Based on Dynamic Regularization' (2021)
<\url{https://arxiv.org/abs/2111.04263}> accessed 3~March 2024; on the data-protection side of federated training see
Case C-311/18 \textit{Data Protection Commissioner v Facebook Ireland and Maximillian Schrems} EU:C:2020:559 (on
transfers, not on training, but routinely cited in this context).} Article 51 aggregates `cumulative' computation, but
it does not say whose. Game-theoretic reformulations of classical learning problems, in which many agents each
compute a part of the answer,\footnote{Ian Gemp and others, `EigenGame: PCA as a Nash Equilibrium' (International Conference on Learning
Representations, 2021).} show that the question is not hypothetical.

\section{Interim conclusion}\label{sec:compute-interim}
"""
    _, titles = decoded_titles(chapter.encode(), "chapter.tex")
    assert not any(title and " v " in title for title in titles)
    assert "2111.04263" in titles.values()


def test_a_table_whose_headers_say_paper_and_code_in_hindi_reads_its_rows() -> None:
    page = (
        "## बैकबोन\n\n"
        "| पेपर | उपनाम | वर्ष | लिंक | कोड |\n"
        "| :--- | :---: | :---: | :--- | :--- |\n"
        "| ResNeSt: Split-Attention Networks | ResNeSt | 2020 | — | [GitHub](https://github.com/zhanghang1989/ResNeSt) |\n"
        "| Segment Anything | SAM | 2023 | [arXiv](https://arxiv.org/abs/2304.02643) | [code](https://github.com/facebookresearch/segment-anything) |\n"
        "| 3D Gaussian Splatting for Real-Time Radiance Field Rendering | 3DGS | 2023 | — | [code](https://github.com/graphdeco-inria/gaussian-splatting) |\n"
    )
    _, titles = decoded_titles(page.encode(), "index.mdx")
    assert titles == {
        "ResNeSt: Split-Attention Networks": None,
        "Segment Anything": "2304.02643",
        "3D Gaussian Splatting for Real-Time Radiance Field Rendering": None,
    }


ICML_REFERENCES = """یادداشت‌های داوری داخلی

---- مراجع (از بخش References کپی شده) ----

Brown, T., Mann, B., Ryder, N., Subbiah, M., Kaplan, J.
D., Dhariwal, P., Neelakantan, A., Shyam, P., Sastry, G.,
Askell, A., et al. Language Models are Few-Shot Learners.
In Advances in Neural Information Processing Systems,
volume 33, pp. 1877–1901, 2020.

↑ همان GPT-3.

Fedus, W., Zoph, B., and Shazeer, N. Switch Transformers:
Scaling to Trillion Parameter Models with Simple and
Efficient Sparsity. Journal of Machine Learning Research,
23(120):1–39, 2022.

Kaplan, J., McCandlish, S., Henighan, T., Brown, T. B.,
Chess, B., Child, R., Gray, S., Radford, A., Wu, J., and
Amodei, D. Scaling Laws for Neural Language Models. arXiv
preprint, 2020. URL https://arxiv.org/abs/2001.08361.
"""


def test_icml_references_a_paragraph_each_with_no_heading_are_read_as_references() -> None:
    _, titles = decoded_titles(ICML_REFERENCES.encode(), "notes.txt")
    assert titles == {
        "Language Models are Few-Shot Learners": None,
        "Switch Transformers: Scaling to Trillion Parameter Models with Simple and Efficient Sparsity": None,
        "Scaling Laws for Neural Language Models": "2001.08361",
    }


def test_a_japanese_question_in_corner_brackets_is_no_title_and_a_korean_book_is_none() -> None:
    post = (
        "<blockquote><p>読者の方から「ReAct は LangChain のエージェントと同じもの？」と質問をいただきました。</p></blockquote>\n"
        "<p>책은 Dive into Deep Learning 무료판 추천.</p>\n"
    )
    _, titles = decoded_titles(post.encode(), "letter.html")
    assert titles == {}


def test_a_short_title_a_korean_sentence_introduces_with_a_colon() -> None:
    thread = (
        "robust_j 2일전 [-]\n"
        "적대적 강건성도 하나 끼워 넣자면:\n"
        "Smooth Adversarial Training\n"
        "ReLU 를 부드러운 활성함수로 바꾸기만 해도 adversarial training 이 잘 된다는 내용.\n"
    )
    _, titles = decoded_titles(("스레드\n\n" + thread).encode(), "thread.txt")
    assert titles == {"Smooth Adversarial Training": None}


def test_a_table_cells_reference_then_a_note_in_another_script() -> None:
    page = """### Εβδομαδιαίο πρόγραμμα και αναγνώσματα

| Εβδ.  | Ημ/νία  | Θέμα  | Ανάγνωσμα |
| --- | --- | --- | --- |
| 2  | 04/03  | Οπισθοδιάδοση  | “Learning representations by back-propagating errors”, Rumelhart, Hinton & Williams, Nature 323, 1986. Σύντομο (4 σελίδες), διαβάστε το ολόκληρο. |
| 3  | 11/03  | Αρχικοποίηση και βάθος  | Glorot & Bengio, “Understanding the difficulty of training deep feedforward neural networks”, AISTATS 2010. Προαιρετικά: το σημείωμα του διδάσκοντα για την αρχικοποίηση He. |
| 4  | 18/03  | Μη επιβλεπόμενη προεκπαίδευση (ιστορικά)  | Hinton, Osindero & Teh, “A Fast Learning Algorithm for Deep Belief Nets”, Neural Computation 18(7), 2006. |
| 6  | 01/04  | Βελτιστοποίηση σε μη κυρτά τοπία  | T. Ma, “Why Do Local Methods Solve Nonconvex Problems?” ( https://arxiv.org/pdf/2103.13462 ) — κεφάλαιο του τόμου Beyond the Worst-Case Analysis of Algorithms. |
| 10  | 29/04  | Εξωτερική μνήμη  | Graves, Wayne & Danihelka, “Neural Turing Machines”, arXiv:1410.5401 (2014). |
"""
    _, titles = decoded_titles(page.encode(), "course.md")
    assert "Understanding the difficulty of training deep feedforward neural networks" in titles
    assert titles["Neural Turing Machines"] == "1410.5401"


SQLPLUS = """SQL> select id, arxiv_id, title from papers order by id;

        ID ARXIV      TITLE
---------- ---------- ------------------------------------------------------------
         1            Universal Language Model Fine-tuning for Text Classification
         2 1906.08237 XLNet: Generalized Autoregressive Pretraining for Language
                      Understanding
         3 2012.08561 Pre-Training Transformers as Energy-Based Cloze Models

3 rows selected.
"""


def test_sqlplus_results_under_a_rule_of_dashes_are_read_as_a_table() -> None:
    # (its ARXIV column's bare ids and its TITLE column's titles, a wrapped title read whole)
    _, titles = decoded_titles(SQLPLUS.encode(), "lab4.lst")
    assert titles == {
        "Universal Language Model Fine-tuning for Text Classification": None,
        "XLNet: Generalized Autoregressive Pretraining for Language Understanding": "1906.08237",
        "Pre-Training Transformers as Energy-Based Cloze Models": "2012.08561",
    }


def test_a_table_of_dashes_inside_a_code_block_stays_as_it_is() -> None:
    from paperlist.ingest.boxtables import dashed_tables_to_markdown

    text = "```\nmethod   cost\n------   ----\nsoftmax  O(n^2)\n```\nAfter the block.\n"
    assert dashed_tables_to_markdown(text) == text


KINTONE = """{"records": [
 {"$id": {"type": "__ID__", "value": "27"},
  "作成者": {"type": "CREATOR", "value": {"code": "m.tanaka", "name": "田中 美咲"}},
  "タイトル": {"type": "SINGLE_LINE_TEXT", "value": "BitFit: Simple Parameter-efficient Fine-tuning for Transformer-based Masked Language-models"},
  "URL": {"type": "LINK", "value": ""},
  "arXiv_ID": {"type": "SINGLE_LINE_TEXT", "value": "2106.10199"},
  "担当者": {"type": "USER_SELECT", "value": [{"code": "m.tanaka", "name": "田中 美咲"}]},
  "関連リンク": {"type": "SUBTABLE", "value": [{"id": "47980", "value": {"リンク先": {"type": "LINK", "value": "https://github.com/example/bitfit"}}}]}},
 {"$id": {"type": "__ID__", "value": "26"},
  "タイトル": {"type": "SINGLE_LINE_TEXT", "value": "PyGlove: Symbolic Programming for Automated Machine Learning"},
  "URL": {"type": "LINK", "value": ""},
  "arXiv_ID": {"type": "SINGLE_LINE_TEXT", "value": ""},
  "担当者": {"type": "USER_SELECT", "value": [{"code": "s.yamamoto", "name": "山本 翔"}]}}
], "totalCount": "2"}
"""


def test_kintone_records_are_read_by_their_fields_values_and_an_assignee_is_no_entry() -> None:
    label, titles = decoded_titles(KINTONE.encode(), "records.json")
    assert label.startswith("json/typed-values/")
    assert titles == {
        "BitFit: Simple Parameter-efficient Fine-tuning for Transformer-based Masked Language-models": "2106.10199",
        "PyGlove: Symbolic Programming for Automated Machine Learning": None,
    }


def test_a_bigbluebutton_chats_name_and_role_are_no_part_of_the_title() -> None:
    chat = (
        "system: Willkommen im Lesekreis!\n \n"
        "[18:02] [Lea Schäfer : VIEWER]: Performer mit Reviews: https://openreview.net/forum?id=Ua6zuk0WRH\n"
        "[18:02] [Lea Schäfer : VIEWER]: Titel: Rethinking Attention with Performers (ICLR 2021)\n"
        "[18:04] [Jonas Weber : MODERATOR]: Danke!\n"
    )
    _, titles = decoded_titles(chat.encode(), "chat.txt")
    assert all(title is None or "VIEWER" not in title for title in titles)
    assert "Ua6zuk0WRH" in titles.values()


BUKU = """1. CS231n Convolutional Neural Networks for Visual Recognition [12]
   > https://cs231n.github.io/convolutional-networks/
   + Apuntes de CS231n (curso, no artículo).
   # clásicos,cnn,visión

2. [2103.14030] Swin Transformer: Hierarchical Vision Transformer using Shifted Windows [31]
   > https://arxiv.org/abs/2103.14030
   + Ventanas desplazadas.
   # backbone,visión

3. Notas de lectura sobre ViT – El cuaderno de Lucía [35]
   > https://lucia.example.es/notas/escalado-vit/
   + Resumen en español; blog, no el artículo.
   # blog,visión

4. Papers with Code - ImageNet Benchmark (Image Classification) [53]
   > https://paperswithcode.com/sota/image-classification-on-imagenet
   # benchmark,visión
"""


def test_buku_bookmarks_are_read_as_records_and_their_tags_say_what_they_are() -> None:
    label, titles = decoded_titles(BUKU.encode(), "bookmarks.txt")
    assert label.startswith("json/buku/")
    assert titles == {"Swin Transformer: Hierarchical Vision Transformer using Shifted Windows": "2103.14030"}


def test_a_title_in_tex_single_quotes_is_read_as_quoted() -> None:
    chapter = (
        "\\section{Search}\n\n"
        "Search is a learned quantity.\\footnote{Ruochen Wang and others, `Rethinking Architecture Selection in"
        " Differentiable NAS' (International Conference on Learning\nRepresentations, 2021).} Even so.\n"
    )
    _, titles = decoded_titles(chapter.encode(), "chapter.tex")
    assert titles == {"Rethinking Architecture Selection in Differentiable NAS": None}


def test_a_linkchecker_reports_quoted_name_is_still_read_after_tex_quotes_are() -> None:
    # (round 51's LinkChecker report: its names in GNU's quotes, `` `Title' ``, which decoding now makes curly)
    report = next((DATA / "digests-round51" / "digests").glob("535_*"))
    _, titles = decoded_titles(report.read_bytes(), report.name)
    assert "Visual Instruction Tuning" in titles


FIRESTORE = """{"documents": [
 {"name": "projects/lab/databases/(default)/documents/papers/2s5orO1QWwA1wyClhVZq",
  "fields": {"title": {"stringValue": "LLaMA: Open and Efficient Foundation Language Models"},
             "arxivId": {"stringValue": "2302.13971"},
             "addedBy": {"mapValue": {"fields": {"name": {"stringValue": "佐々木 悠真"}}}},
             "tags": {"arrayValue": {"values": [{"stringValue": "LLM"}]}},
             "read": {"booleanValue": true}},
  "createTime": "2024-02-26T05:12:08.412907Z", "updateTime": "2024-02-27T01:03:55.118244Z"},
 {"name": "projects/lab/databases/(default)/documents/papers/BkJhijbNlFuyz0IAJaiv",
  "fields": {"title": {"stringValue": "Measuring Massive Multitask Language Understanding"},
             "arxivId": {"stringValue": "2009.03300"},
             "url": {"stringValue": "https://github.com/hendrycks/test"},
             "reactions": {"integerValue": "4"}},
  "createTime": "2024-03-02T01:47:30.300Z", "updateTime": "2024-03-02T01:47:30.300Z"}
]}
"""


def test_firestore_documents_are_read_as_records_their_camel_case_keys_as_words() -> None:
    label, titles = decoded_titles(FIRESTORE.encode(), "documents.json")
    assert label.startswith("json/typed-values/")
    assert titles == {
        "LLaMA: Open and Efficient Foundation Language Models": "2302.13971",
        "Measuring Massive Multitask Language Understanding": "2009.03300",
    }


TRILIUM = """{"formatVersion": 2, "files": [
 {"noteId": "y4zDtPOQ6kyj", "title": "Классика", "type": "text", "children": [
  {"noteId": "YfNMyIJgCFMF", "title": "Long Short-Term Memory", "type": "text",
   "attributes": [{"type": "label", "name": "авторы", "value": "Sepp Hochreiter, Jürgen Schmidhuber",
                   "isInheritable": false, "position": 40},
                  {"type": "label", "name": "arxiv", "value": "", "isInheritable": false, "position": 50}]},
  {"noteId": "Qz1x", "title": "Neural Machine Translation by Jointly Learning to Align and Translate", "type": "text",
   "attributes": [{"type": "label", "name": "arxiv", "value": "1409.0473", "isInheritable": false,
                   "position": 50}]}
 ]}
]}
"""


def test_a_notes_name_value_attributes_are_its_fields_and_its_authors_vouch_for_a_short_title() -> None:
    _, titles = decoded_titles(TRILIUM.encode(), "!!!meta.json")
    assert titles["Long Short-Term Memory"] is None
    assert titles["Neural Machine Translation by Jointly Learning to Align and Translate"] == "1409.0473"


def test_an_event_pages_hosts_are_no_title() -> None:
    page = (
        "Explore Events\nSign In\n"
        "Paper Reading Club BKK #14 — คืน MoE (Mixture-of-Experts)\n"
        "Hosted by Pim Srisuk & Nattapong Chaiyasit\nThursday, March 21\n"
    )
    _, titles = decoded_titles(page.encode(), "event.txt")
    assert titles == {}


HWPML = (
    '<?xml version="1.0" encoding="UTF-8" standalone="no" ?><HWPML Version="2.91"><HEAD SecCnt="1"><DOCSUMMARY>'
    '<TITLE>세미나 계획</TITLE></DOCSUMMARY></HEAD><BODY><SECTION Id="0">'
    '<TEXT CharShape="0"><CHAR>이번 학기 주제는 검출 백본입니다.</CHAR></TEXT>'
    '<TEXT CharShape="0"><TABLE ColCount="3" RowCount="3">'
    "<ROW><CELL><PARALIST><TEXT><CHAR>날짜</CHAR></TEXT></PARALIST></CELL><CELL><PARALIST><TEXT><CHAR>논문</CHAR></TEXT>"
    "</PARALIST></CELL><CELL><PARALIST><TEXT><CHAR>비고</CHAR></TEXT></PARALIST></CELL></ROW>"
    "<ROW><CELL><PARALIST><TEXT><CHAR>3월 12일</CHAR></TEXT></PARALIST></CELL><CELL><PARALIST><TEXT><CHAR>Deformable"
    " DETR: Deformable Transformers for End-to-End Object Detection</CHAR></TEXT><TEXT><FIELDBEGIN"
    ' Command="https\\://arxiv.org/abs/2010.04159;1;0;0;" Type="Hyperlink"/><CHAR>https://arxiv.org/abs/2010.04159'
    '</CHAR><FIELDEND Type="Hyperlink"/></TEXT></PARALIST></CELL><CELL><PARALIST><TEXT><CHAR>코드 공개됨</CHAR>'
    "</TEXT></PARALIST></CELL></ROW>"
    "<ROW><CELL><PARALIST><TEXT><CHAR>3월 26일</CHAR></TEXT></PARALIST></CELL><CELL><PARALIST><TEXT><CHAR>ResNeSt:"
    " Split-Attention Networks</CHAR></TEXT></PARALIST></CELL><CELL><PARALIST><TEXT><CHAR>링크는 추후 추가</CHAR>"
    "</TEXT></PARALIST></CELL></ROW></TABLE></TEXT>"
    '<TEXT CharShape="0"><CHAR>SAM 실습 코드(저장소, 논문 아님): </CHAR></TEXT><TEXT CharShape="3"><FIELDBEGIN'
    ' Command="https\\://github.com/facebookresearch/segment-anything;1;0;0;" Type="Hyperlink"/><CHAR>'
    'https://github.com/facebookresearch/segment-anything</CHAR><FIELDEND Type="Hyperlink"/></TEXT>'
    "</SECTION></BODY></HWPML>"
)


def test_an_hwpml_document_is_read_as_its_body_its_tables_as_tables() -> None:
    label, titles = decoded_titles(HWPML.encode(), "seminar.hml")
    assert label.startswith("md/hwpml/")
    assert titles == {
        "Deformable DETR: Deformable Transformers for End-to-End Object Detection": "2010.04159",
        "ResNeSt: Split-Attention Networks": None,
    }


def test_a_quoted_name_given_on_a_video_site_is_a_talk_not_a_paper() -> None:
    notes = (
        "Материалы\n\n"
        'Для интуиции — доклад Саши Раша "Do we need Attention?" на YouTube. Код Mamba: https://github.com/state-spaces/mamba\n'
        'Статья "Mamba: Linear-Time Sequence Modeling with Selective State Spaces" — основа.\n'
    )
    _, titles = decoded_titles(notes.encode(), "notes.txt")
    assert titles == {"Mamba: Linear-Time Sequence Modeling with Selective State Spaces": None}


def test_links_each_with_a_note_of_their_own_are_no_one_papers_two_links() -> None:
    # (a syllabus's links, each noted with its session: the arXiv link under the OpenReview one is another paper's,
    # and does not take the title above them; it took it, and the online test found the wrong paper)
    syllabus = (
        "シラバス\n\n"
        "教科書\t使用しない（各回の論文は研究室Wikiで配布する）\n"
        "A. Zhang, Z. C. Lipton, M. Li, A. J. Smola, Dive into Deep Learning, Cambridge University Press, 2023\n"
        "参考URL\thttps://arxiv.org/abs/2103.00020 （第6回）\n"
        "https://openreview.net/forum?id=-bdp_8Itjwp （第5回）\n"
        "https://arxiv.org/pdf/2103.09762.pdf （第8回）\n"
    )
    from paperlist.ingest.decode import decode_digest
    from paperlist.ingest.extract import extract_document

    text, _ = decode_digest(syllabus.encode(), "syllabus.txt")
    references = extract_document(text, "syllabus.txt").references
    last = next(reference for reference in references if reference.arxiv_id == "2103.09762")
    assert last.title is None
