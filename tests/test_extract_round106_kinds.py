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
