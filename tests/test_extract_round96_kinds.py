"""Habits the blind rounds 96 and 97 and a second look at rounds 90 to 95 brought (tests/data/digests-round9N),
each written here in a small digest of its own: a title asked as a question and answered by its subtitle, a chat
line's speaker and the writer's words in sentence case before the title on a link's line."""

from __future__ import annotations

from paperlist.ingest.decode import decode_digest, read_as_markdown
from paperlist.ingest.extract import extract_document
from tests.reading import decoded_titles


def test_a_title_asked_as_a_question_keeps_its_subtitle_after_the_writers_colon() -> None:
    digest = (
        "0:26:51.904,0:26:51.904\n"
        "Lucía Gómez : para robustez es obligatorio: Is BERT Really Robust? A Strong Baseline for Natural "
        "Language Attack on Text Classification and Entailment\n"
        "TextFooler cambia palabras por sinónimos y el modelo se cae.\n"
    )
    _, titles = decoded_titles(digest.encode(), "meet.sbv")
    assert titles == {
        "Is BERT Really Robust? A Strong Baseline for Natural Language Attack on Text Classification and "
        "Entailment": None
    }


def test_a_speaker_and_the_writers_words_before_a_links_title_are_not_the_title() -> None:
    digest = (
        "Mehmet Kaya : ilk okuma: Deep Residual Learning for Image Recognition https://arxiv.org/abs/1512.03385\n"
        "\n"
        "3B için: 3D Gaussian Splatting for Real-Time Radiance Field Rendering https://arxiv.org/abs/2308.04079\n"
        "\n"
        "for the video part: Video Swin Transformer https://arxiv.org/abs/2106.13230\n"
    )
    _, titles = decoded_titles(digest.encode(), "chat.txt")
    assert titles == {
        "Deep Residual Learning for Image Recognition": "1512.03385",
        "3D Gaussian Splatting for Real-Time Radiance Field Rendering": "2308.04079",
        "Video Swin Transformer": "2106.13230",
    }


def test_a_title_whose_name_is_in_sentence_case_keeps_its_name_on_a_links_line() -> None:
    digest = (
        "Llama 2: Open Foundation and Fine-Tuned Chat Models https://arxiv.org/abs/2307.09288\n"
        "\n"
        "wav2vec 2.0: A Framework for Self-Supervised Learning of Speech Representations "
        "https://arxiv.org/abs/2006.11477\n"
    )
    _, titles = decoded_titles(digest.encode(), "links.txt")
    assert titles == {
        "Llama 2: Open Foundation and Fine-Tuned Chat Models": "2307.09288",
        "wav2vec 2.0: A Framework for Self-Supervised Learning of Speech Representations": "2006.11477",
    }


def test_a_reference_lists_author_year_labels_are_not_part_of_its_titles() -> None:
    digest = (
        "## Αναφορές\n\n"
        "* \\biblabel{he2016}{He κ.ά. (2016)} K. He κ.ά. Deep Residual Learning for Image Recognition. CVPR 2016.\n"
        "* \\biblabel{ba2016}{Ba & Kiros (2016)} J. L. Ba, J. R. Kiros, G. E. Hinton. Layer Normalization. "
        "arXiv 2016.\n"
        "* Dosovitskiy et al. (2021) A. Dosovitskiy et al. An Image is Worth 16x16 Words: Transformers for Image "
        "Recognition at Scale. ICLR 2021.\n"
    )
    _, titles = decoded_titles(digest.encode(), "page.md")
    assert titles == {
        "Deep Residual Learning for Image Recognition": None,
        "Layer Normalization": None,
        "An Image is Worth 16x16 Words: Transformers for Image Recognition at Scale": None,
    }


def test_a_reference_written_initials_first_in_a_post_gives_its_title_alone() -> None:
    digest = (
        "Привет всем! На этой неделе читаем:\n\n"
        "- K. He et al. Deep Residual Learning for Image Recognition. CVPR 2016. Классика.\n\n"
        "И ещё одно: A. Gu, T. Dao. Mamba: Linear-Time Sequence Modeling with Selective State Spaces. "
        "arXiv:2312.00752.\n\n"
        "До встречи в четверг.\n"
    )
    _, titles = decoded_titles(digest.encode(), "post.md")
    assert titles == {
        "Deep Residual Learning for Image Recognition": None,
        "Mamba: Linear-Time Sequence Modeling with Selective State Spaces": "2312.00752",
    }


def test_a_title_after_its_authors_surnames_wrapped_over_its_link_is_the_links_title() -> None:
    digest = (
        "Week 4 · Optimisers and diffusion\n"
        "First the optimiser everyone uses:\n"
        "Kingma and Ba, Adam: A Method for\n"
        "Stochastic Optimization (ICLR 2015)\n"
        "https://arxiv.org/abs/1412.6980\n"
        "Then:\n"
        "Ho, Jain & Abbeel, Denoising Diffusion Probabilistic Models (NeurIPS 2020)\n"
        "https://arxiv.org/abs/2006.11239\n"
    )
    _, titles = decoded_titles(digest.encode(), "course.txt")
    assert titles == {
        "Adam: A Method for Stochastic Optimization": "1412.6980",
        "Denoising Diffusion Probabilistic Models": "2006.11239",
    }


NAMU_PAGE = """[[분류:인공지능]]
[목차]
== 개요 ==
'''어댑터'''는 사전 학습된 모델을 얼려 두고 작은 층만 학습하는 기법이다.

{{{#!folding [ 표 펼치기 · 접기 ]
||<tablealign=center><:> '''기법''' ||<:> '''원 논문''' ||<:> '''공개''' ||
||<:> '''LoRA''' || [[https://arxiv.org/abs/2106.09685|LoRA: Low-Rank Adaptation of Large Language Models]] || 2021년 ||
||<:> '''Prefix''' || Prefix-Tuning: Optimizing Continuous Prompts for Generation[* [[https://arxiv.org/abs/2101.00190|arXiv 초록]].] || 2021년 ||
}}}

옵티마이저는 AdamW를 쓴다. 원 논문 제목은 '''Decoupled Weight Decay Regularization'''로, 가중치 감쇠를 분리했다.
위치 보간으로 긴 문맥을 다룬다.[* Extending Context Window of Large Language Models via Positional Interpolation. arXiv:2306.15595. 메타 연구진.] 짧은 추가 학습이 필요하다.
"""


def test_a_namu_wiki_pages_folded_table_footnotes_and_bold_title_are_read() -> None:
    _, titles = decoded_titles(NAMU_PAGE.encode(), "peft.txt")
    assert titles == {
        "LoRA: Low-Rank Adaptation of Large Language Models": "2106.09685",
        "Prefix-Tuning: Optimizing Continuous Prompts for Generation": "2101.00190",
        "Decoupled Weight Decay Regularization": None,
        "Extending Context Window of Large Language Models via Positional Interpolation": "2306.15595",
    }


def test_a_wiki_pages_papers_keep_the_lines_they_stand_on() -> None:
    moin = (
        "## page was renamed from Reading\n#format wiki\n#language it\n= Letture =\n\n"
        "||<tablewidth=\"100%\"> '''Titolo''' || '''Sede''' ||\n"
        "|| [[https://arxiv.org/abs/1911.05722|Momentum Contrast for Unsupervised Visual Representation "
        "Learning]] || CVPR 2020 ||\n"
    )
    for page, name in ((moin, "letture.txt"), (NAMU_PAGE, "peft.txt")):
        text, label = decode_digest(page.encode(), name)
        references = extract_document(text, name, html=False, markdown=read_as_markdown(label)).references
        lines = page.split("\n")
        for reference in references:
            if reference.arxiv_id is not None:
                assert reference.arxiv_id in lines[reference.line - 1], (name, reference.arxiv_id)
