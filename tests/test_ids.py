"""The identifier grammar: every form a digest or a user writes, and everything that only looks like an id."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from paperlist.ids import OLD_ARCHIVES, find_ids, parse_arxiv_id, parse_openreview_id
from paperlist.models import Evidence


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2004.11886", ("2004.11886", None)),
        ("2004.11886v2", ("2004.11886", 2)),
        ("arXiv:2004.11886", ("2004.11886", None)),
        ("arxiv: 2004.11886v3", ("2004.11886", 3)),
        ("  ARXIV 2004.11886 ", ("2004.11886", None)),
        ("https://arxiv.org/abs/2004.11886v1", ("2004.11886", 1)),
        ("http://www.arxiv.org/pdf/2004.11886", ("2004.11886", None)),
        ("https://arxiv.org/pdf/2004.11886v2.pdf", ("2004.11886", 2)),
        ("arxiv.org/html/2403.01744v1", ("2403.01744", 1)),
        ("https://export.arxiv.org/abs/2403.01744", ("2403.01744", None)),
        ("https://doi.org/10.48550/arXiv.2403.01744", ("2403.01744", None)),
        ("10.48550/ARXIV.2403.01744", ("2403.01744", None)),
        ("https://www.alphaxiv.org/abs/2403.01744", ("2403.01744", None)),
        ("https://huggingface.co/papers/2403.01744", ("2403.01744", None)),
        ("https://www.semanticscholar.org/arxiv/2403.01744", ("2403.01744", None)),
        ("hep-th/9901001", ("hep-th/9901001", None)),
        ("math.GT/0309136", ("math/0309136", None)),
        ("arXiv:hep-th/9901001v2", ("hep-th/9901001", 2)),
        ("https://arxiv.org/abs/math.GT/0309136v1", ("math/0309136", 1)),
        ("0704.0001", ("0704.0001", None)),  # the first new-style id
        ("1412.9999", ("1412.9999", None)),  # four digits until December 2014
        ("1501.00001", ("1501.00001", None)),  # five from January 2015
        ("astro-ph/9107001", ("astro-ph/9107001", None)),  # the first month of arXiv
        ("cond-mat/0703999", ("cond-mat/0703999", None)),  # the last month of old-style ids
    ],
)
def test_parse_arxiv_id_reads_every_form(text: str, expected: tuple[str, int | None]) -> None:
    assert parse_arxiv_id(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "2013.12345",  # month 13
        "2000.12345",  # month 00
        "1501.1234",  # four digits after 2014
        "1412.12345",  # five digits before 2015
        "2004.00000",  # sequence 0
        "0703.1234",  # before new-style ids began
        "2004.11886v0",  # version 0
        "hep-th/0704001",  # old style after March 2007
        "hep-th/9106001",  # before arXiv
        "hep-th/9913001",  # month 13
        "hep-th/9901000",  # sequence 0
        "foo-bar/9901001",  # not an archive
        "HEP-TH/9901001",  # archives are lower case
        "https://arxiv.org/search/?query=Quoc+V.+Le&searchtype=all",
        "https://arxiv.org/list/cs.LG/recent",
        "https://arxiv.org/a/le_q_1",
        "10.1145/3292500.3330701",  # another DOI
        "2004.11886 and more",  # not one id
        "",
    ],
)
def test_parse_arxiv_id_refuses_what_is_not_an_id(text: str) -> None:
    assert parse_arxiv_id(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("https://openreview.net/forum?id=zOGdf9K8aC", "zOGdf9K8aC"),
        ("https://openreview.net/forum?id=-bdp_8Itjwp", "-bdp_8Itjwp"),
        ("openreview.net/pdf?id=_adSMszz_g9", "_adSMszz_g9"),
        ("https://openreview.net/forum?noteId=abc123XYZ&id=ZaYZfu8pT_N", "ZaYZfu8pT_N"),
        ("https://openreview.net/forum?referrer=x&amp;id=OCm0rwa1lx1", "OCm0rwa1lx1"),
        ("https://openreview.net/forum?noteId=abc123XYZ", None),  # a comment, not the forum id
        ("https://openreview.net/group?id=ICLR.cc/2021/Conference", None),  # a venue page
        ("zOGdf9K8aC", None),
    ],
)
def test_parse_openreview_id(text: str, expected: str | None) -> None:
    assert parse_openreview_id(text) == expected


def test_find_ids_tells_links_from_citations_and_keeps_positions() -> None:
    text = "see https://arxiv.org/abs/2004.11886v1 and arXiv:2005.14165 [cs.CL], [2403.01744] Title"
    found = list(find_ids(text))
    assert [(m.arxiv_id, m.version, m.evidence) for m in found] == [
        ("2004.11886", 1, Evidence.ARXIV_LINK),
        ("2005.14165", None, Evidence.ARXIV_TEXT),
        ("2403.01744", None, Evidence.ARXIV_TEXT),
    ]
    assert text[found[0].start : found[0].end] == "https://arxiv.org/abs/2004.11886v1"
    assert text[found[1].start : found[1].end] == "arXiv:2005.14165"


def test_a_doi_link_is_read_once() -> None:
    found = list(find_ids("DOI: https://doi.org/10.48550/arXiv.2403.01744"))
    assert [(m.arxiv_id, m.evidence) for m in found] == [("2403.01744", Evidence.ARXIV_LINK)]


@pytest.mark.parametrize(
    "text",
    [
        "发表于 2021.12.01,阅读 2004.11886 次",  # a bare number is not an id
        "version 2104.00298 of the library",
        "电话 0755.12345678 或 138 0013 8000",
        "v1.2103.00001",
        "DOI 10.1145/3394486.3403172",
        "https://example.com/files/2004.11886.pdf",
        "[2013.12345] [1501.1234] [2004.00000]",
        "https://arxiv.org/search/?query=2004.11886",
        "myarxiv.org/abs/2004.11886",
        "path/to/cs/0101001 and foo/9901001",
        "https://openreview.net/group?id=ICLR.cc/2021/Conference",
    ],
)
def test_things_that_look_like_ids_are_not(text: str) -> None:
    assert list(find_ids(text)) == []


# --- properties ---------------------------------------------------------------------------------------------


@st.composite
def new_style_ids(draw: st.DrawFn) -> str:
    year = draw(st.integers(7, 99))
    month = draw(st.integers(4 if year == 7 else 1, 12))
    digits = 4 if year < 15 else 5
    number = draw(st.integers(1, 10**digits - 1))
    return f"{year:02d}{month:02d}.{number:0{digits}d}"


@st.composite
def old_style_ids(draw: st.DrawFn) -> tuple[str, str]:
    """(as written, canonical): maybe with a subject class, which the canonical form drops."""
    archive = draw(st.sampled_from(sorted(OLD_ARCHIVES)))
    year = draw(st.sampled_from([*range(91, 100), *range(8)]))
    low = 7 if year == 91 else 1
    high = 3 if year == 7 else 12
    month = draw(st.integers(low, high))
    number = draw(st.integers(1, 999))
    canonical = f"{archive}/{year:02d}{month:02d}{number:03d}"
    subject = draw(st.sampled_from(["", ".GT", ".AI", ".LG"])) if archive in ("math", "cs") else ""
    return f"{archive}{subject}/{year:02d}{month:02d}{number:03d}", canonical


@st.composite
def written_ids(draw: st.DrawFn) -> tuple[str, str, int | None]:
    """An id written in one of the forms digests use: (text, canonical id, version)."""
    if draw(st.booleans()):
        written = canonical = draw(new_style_ids())
    else:
        written, canonical = draw(old_style_ids())
    version = draw(st.none() | st.integers(1, 20))
    versioned = written + (f"v{version}" if version else "")
    forms = [
        f"https://arxiv.org/abs/{versioned}",
        f"http://export.arxiv.org/pdf/{versioned}.pdf",
        f"arxiv.org/html/{versioned}",
        f"arXiv:{versioned}",
        f"arxiv: {versioned}",
        f"ARXIV {versioned}",
    ]
    if "/" not in written:  # these services only know new-style ids
        forms += [
            f"[{versioned}]",
            f"【{versioned}】",
            f"https://huggingface.co/papers/{written}",
            f"https://www.alphaxiv.org/abs/{written}",
            f"https://doi.org/10.48550/arXiv.{written}",
        ]
    form = draw(st.sampled_from(forms))
    if "huggingface" in form or "alphaxiv" in form or "doi.org" in form:
        version = None
    return form, canonical, version


# Words, Chinese, digits and punctuation, without the characters that build an id form ([ 【 / :).
FILLER = st.text(
    alphabet=st.sampled_from([*list("abcdefxyz ABCXYZ 0123456789.,;-()论文链接自监督学习。，"), " ", "\n"]),
    max_size=60,
)


@settings(max_examples=300, deadline=None)
@given(written=written_ids(), before=FILLER, after=FILLER)
def test_any_valid_id_embedded_in_text_is_found_and_normalised(
    written: tuple[str, str, int | None], before: str, after: str
) -> None:
    form, canonical, version = written
    text = f"{before} {form} {after}"
    found = [(m.arxiv_id, m.version) for m in find_ids(text)]
    assert (canonical, version) in found
    assert parse_arxiv_id(form) == (canonical, version)


@settings(max_examples=300, deadline=None)
@given(text=FILLER, bare=st.lists(new_style_ids(), max_size=3))
def test_text_without_ids_yields_none(text: str, bare: list[str]) -> None:
    # Valid-looking numbers with no arXiv context around them (no link, no `arXiv:`, no brackets) are not ids.
    # (words part them from the filler, whose brackets right beside one would be such a context)
    assert list(find_ids(text + " x " + " ".join(bare) + " x " + text)) == []


def test_exact_forms_of_what_a_service_answers() -> None:
    """Ids, categories and DOIs a service answers must be exactly that, in the digests' grammar."""
    from paperlist.ids import exact_arxiv_id, is_category, is_doi, is_openreview_id

    assert exact_arxiv_id("2004.11886v2") == ("2004.11886", 2)
    assert exact_arxiv_id("math.GT/0309136") == ("math/0309136", None)
    for bad in (
        "javascript:alert(1)",
        "../../etc/passwd",
        '"><script>',
        "2004.11886v0",
        "arXiv:2004.11886",
        " 2004.11886",
    ):
        assert exact_arxiv_id(bad) is None, bad
    for category in (
        "cs.CL",
        "hep-th",
        "math-ph",
        "q-bio.NC",
        "cond-mat.str-el",
        "physics.acc-ph",
        "astro-ph.CO",
    ):
        assert is_category(category), category
    for bad in ("cs.CL}, note = {x", "cs CL", "", "<b>", "cs.CL\n"):
        assert not is_category(bad), bad
    assert is_doi("10.48550/arXiv.2004.11886")
    assert is_doi("10.1016/S0014-5793(97)00543-X")
    assert not is_doi("10.1000/x}, note = {y")
    assert not is_doi("javascript:alert(1)")
    assert is_openreview_id("-_zX9ab1C")
    assert not is_openreview_id("abc")
    assert not is_openreview_id("a b c d e")


def test_a_citation_wrapped_by_a_mail_client_before_its_id_is_found() -> None:
    text = "the pairwise loss of SigLIP, arXiv\n2303.15343, and of its successor (arXiv:\n  2502.14786v1)."
    assert [(m.arxiv_id, m.version) for m in find_ids(text)] == [("2303.15343", None), ("2502.14786", 1)]
    # ... but a number on the next line after the word, that is no id, is none
    assert list(find_ids("we posted it to arXiv\n2023.01 was a busy month")) == []


def test_an_id_filling_a_table_cell_is_an_id() -> None:
    table = "| arXiv | Title |\n| --- | --- |\n| 2106.09685 | LoRA |\n2305.14314v2 | QLoRA | cs.LG\n"
    assert [(m.arxiv_id, m.version) for m in find_ids(table)] == [("2106.09685", None), ("2305.14314", 2)]
    # ... but not a number inside a cell's words
    assert list(find_ids("| costs 2106.09685 dollars | total |")) == []


def test_ids_alone_on_their_lines_count_where_the_digest_writes_them_so() -> None:
    listing = "1\n▲ 120\narXiv:2310.06825\nMistral 7B\n\n2\n▲ 98\n2309.16609\nQwen Technical Report\n"
    assert [m.arxiv_id for m in find_ids(listing)] == ["2310.06825", "2309.16609"]
    several = (
        "2310.06825\nMistral 7B\n\n2309.16609\nQwen Technical Report\n\n2401.04088\nMixtral of Experts\n"
    )
    assert [m.arxiv_id for m in find_ids(several)] == ["2310.06825", "2309.16609", "2401.04088"]
    # A number alone on its line with nothing else written so is not taken for an id.
    assert list(find_ids("Release notes\n\n2310.06825\n\nBug fixes.\n")) == []


def test_an_id_after_a_dash_ending_the_line_that_names_it() -> None:
    text = (
        "• Switch Transformers: Scaling to Trillion Parameter Models — 2101.03961\nRoom — 2101.03961 booked\n"
    )
    assert [(m.arxiv_id, m.evidence) for m in find_ids(text)] == [("2101.03961", Evidence.ARXIV_TEXT)]
    assert (
        list(find_ids("Budget — 2101.0396\n")) == []
    )  # (no id: since 2015 an id has five digits after the dot)


def test_an_arxiv_pdfs_file_name_is_its_id() -> None:
    text = 'shared "2307.09288v2.pdf" and files/1706.03762.pdf; not report-2104.00001.pdf nor 2104.00002.pdf_thumb.jpg'
    assert [(m.arxiv_id, m.version) for m in find_ids(text)] == [("2307.09288", 2), ("1706.03762", None)]


def test_a_bare_id_in_parentheses_is_an_id_and_a_number_in_them_is_not() -> None:
    text = "Textual Inversion (2208.01618) and DreamBooth（2208.12242）, measured (2104.0029) and (1999.99)."
    assert [m.arxiv_id for m in find_ids(text)] == ["2208.01618", "2208.12242"]


def test_a_file_of_notes_named_by_its_papers_id_names_it() -> None:
    text = (
        " notes/kg/2011.03459-cqd.md | 29 +++++\n notes/2106.09685v2-lora.org | 3 +\n"
        " see https://example.com/2104.00001-x.md, release-2104.00002.md, 2104.00003.mdx"
    )
    assert [m.arxiv_id for m in find_ids(text)] == ["2011.03459", "2106.09685"]


def test_a_bare_id_said_to_be_on_arxiv_is_one() -> None:
    found = [
        m.arxiv_id
        for m in find_ids("It's 2008.07669 on arXiv, which confuses people. See 2302.10866 (arXiv).")
    ]
    assert found == ["2008.07669", "2302.10866"]
    assert list(find_ids("Invoice 2008.07669 on Amazon; version 1.2008.07669 on arxiv")) == []


@pytest.mark.parametrize(
    "text",
    ['"arxiv": "2208.07339",', "arxiv_id = '2208.07339'", "{'arXiv': '2208.07339'}", "arxiv=2208.07339"],
)
def test_an_id_given_as_the_value_of_an_arxiv_key_in_code_or_data_is_found(text: str) -> None:
    assert [(match.arxiv_id, match.evidence) for match in find_ids(text)] == [
        ("2208.07339", Evidence.ARXIV_TEXT)
    ]


def test_a_number_after_another_key_is_no_id() -> None:
    assert list(find_ids('"booking": "2208.07339", "room": 1813.0207')) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Title of a paper\n2310.11511 — ICLR 2024 (oral); compare with RAG\n", ["2310.11511"]),
        ("1911.02116 -- the XLM-R paper, read it first\n", ["1911.02116"]),
        ("Prices\n2310.11511 euros was the bill\n", []),
        ("Version 2301.0001 — a release\n", []),
        ("Pages\n2310.11511 - 2310.11600\n", []),
    ],
)
def test_a_bare_id_opening_its_line_before_a_spaced_dash_is_an_id(text: str, expected: list[str]) -> None:
    assert [match.arxiv_id for match in find_ids(text)] == expected


@pytest.mark.parametrize(
    "url",
    [
        "https://www.emergentmind.com/papers/2305.18290",
        "https://www.arxiv-vanity.com/papers/2305.18290/",
        "https://arxiv-sanity-lite.com/?rank=pid&pid=2305.18290",
        "https://paperswithcode.com/paper/2305.18290",
    ],
)
def test_a_reader_s_or_ranker_s_page_addressed_by_the_id_gives_it(url: str) -> None:
    assert [(match.arxiv_id, match.evidence) for match in find_ids(f"see {url} today")] == [
        ("2305.18290", Evidence.ARXIV_LINK)
    ]
