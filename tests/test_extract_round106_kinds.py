"""Habits the blind rounds 106 and 107 brought (tests/data/digests-round10N), each written here in a small digest of
its own."""

from __future__ import annotations

import json

from tests.reading import decoded_titles


def test_an_http_answer_printed_with_its_headers_is_read_as_the_json_it_carries() -> None:
    # (`curl -i` under the command typed: a status line and headers, a blank line, then a REST API's records)
    records = [
        {"id": 1, "title": "Deep Residual Learning for Image Recognition", "note": "기초. 잔차 연결 부분만"},
        {"id": 2, "title": "Denoising Diffusion Probabilistic Models", "note": "3월 발표 후보", "url": None},
    ]
    answer = (
        '$ curl -i "https://db.example.org/rest/v1/readings?select=id,title,note"\r\n'
        "HTTP/2 200 \r\ncontent-type: application/json; charset=utf-8\r\ncontent-range: 0-1/2\r\n"
        "x-kong-upstream-latency: 7\r\n\r\n" + json.dumps(records, ensure_ascii=False) + "\n"
    )
    _, titles = decoded_titles(answer.encode(), "readings.txt")
    assert set(titles) == {record["title"] for record in records}


def test_a_web_of_science_export_is_read_record_by_record_and_a_book_in_it_is_no_paper() -> None:
    # (`savedrecs.txt`: two-letter tags, a field's further lines indented three spaces, `ER` after each record)
    export = (
        "\ufeffFN Clarivate Analytics Web of Science\nVR 1.0\n"
        "PT C\nAU Ho, J\n   Jain, A\n   Abbeel, P\nAF Ho, Jonathan\n   Jain, Ajay\n   Abbeel, Pieter\n"
        "TI Denoising Diffusion Probabilistic Models\n"
        "SO ADVANCES IN NEURAL INFORMATION PROCESSING SYSTEMS 33 (NEURIPS 2020)\nDT Proceedings Paper\n"
        "AB We present high quality image synthesis results using diffusion probabilistic models, a class of\n"
        "   latent variable models inspired by considerations from nonequilibrium thermodynamics.\n"
        "PY 2020\nUT WOS:000627697006073\nER\n\n"
        "PT J\nAU Ho, J\n   Salimans, T\nTI Classifier-Free Diffusion Guidance\nSO arXiv\nDT Preprint\nPY 2022\n"
        "DI 10.48550/arXiv.2207.12598\nUT PPRN:53812064\nER\n\n"
        "PT B\nAU Murphy, KP\nTI Probabilistic Machine Learning: Advanced Topics\nSE Adaptive Computation and\n"
        "   Machine Learning Series\nDT Book\nPU MIT PRESS\nPY 2023\nER\n\nEF\n"
    )
    _, titles = decoded_titles(export.encode(), "savedrecs.txt")
    assert titles == {
        "Denoising Diffusion Probabilistic Models": None,
        "Classifier-Free Diffusion Guidance": "2207.12598",
    }
