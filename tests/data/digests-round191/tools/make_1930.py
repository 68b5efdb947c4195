#!/usr/bin/env python3
"""1930: an Indonesian reading group's Dialogflow ES agent export, one intent file (`intents/bacaan.minggu_ini.json`,
two-space JSON as the console's export zip writes it): id, name, contexts, one response with an action, affected
contexts, a parameter, messages — text (type 0) variants, a Telegram card (type 1) with buttons, a custom payload
(type 4) — and the intent's flags. Papers: an OpenReview forum link, arXiv `/abs/` (a button postback), `/pdf/….pdf`,
`http://` links, one id in a text (arxiv-text), three titles alone — beside non-papers (a repository, a blog post, a
book, a talk). LF, a final newline."""
import json, os, sys, uuid
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import keys, by_num

F = by_num(1930)
U = lambda s: str(uuid.uuid5(uuid.NAMESPACE_URL, "bacaan.example.id/" + s))


def build():
    speech_now = [
        f"Minggu ini kita baca {T('2201.11903')}. Tautan: https://openreview.net/forum?id={OR('2201.11903')} — diskusi Kamis 15.30 di R. 3.07.",
        f"Bacaan minggu ini: {T('2201.11903')}. Jangan lupa bawa catatan ya, $nama.",
    ]
    later = [
        f"Setelah itu berturut-turut: {T('2304.03442')} (https://arxiv.org/pdf/2304.03442.pdf) dan {T('2310.08560')} — http://arxiv.org/abs/2310.08560",
        f"Untuk robotika Pak Bayu minta {T('2204.01691')} (arXiv 2204.01691); PDF-nya cari sendiri ya.",
        f"Daftar tunggu (belum ada tautan): {T('2206.07682')}; {T('2207.05221')}; {T('2307.15818')}.",
    ]
    intent = {
        "id": U("bacaan.minggu_ini"),
        "name": "bacaan.minggu_ini",
        "auto": True,
        "contexts": [],
        "responses": [{
            "resetContexts": False,
            "action": "bacaan.minggu_ini",
            "affectedContexts": [{"name": "bacaan-followup", "lifespan": 2}],
            "parameters": [{
                "id": U("param/nama"), "name": "nama", "required": False, "dataType": "@sys.given-name",
                "value": "$nama", "defaultValue": "", "isList": False, "prompts": [], "promptMessages": [],
                "noMatchPromptMessages": [], "noInputPromptMessages": [], "outputDialogContexts": []}],
            "messages": [
                {"type": 0, "lang": "id", "condition": "", "speech": speech_now},
                {"type": 0, "lang": "id", "condition": "", "speech": later},
                {"type": 1, "platform": "telegram", "lang": "id", "condition": "",
                 "title": T("2210.03629"), "subtitle": "Bacaan pendamping (opsional)",
                 "imageUrl": "https://bacaan.example.id/img/kartu-react.png",
                 "buttons": [{"text": "Buka di arXiv", "postback": "https://arxiv.org/abs/2210.03629"},
                             {"text": "Kode (bukan paper)", "postback": "https://github.com/langchain-ai/langchain"}]},
                {"type": 0, "lang": "id", "condition": "", "speech": [
                    "Bukan paper tapi berguna: blog Lilian Weng \"LLM Powered Autonomous Agents\", buku Russell & Norvig (Artificial Intelligence: A Modern Approach), dan rekaman talk minggu lalu https://video.bacaan.example.id/talk/2024-03-07"]},
                {"type": 4, "lang": "id", "condition": "", "payload": {"telegram": {"parse_mode": "HTML",
                    "text": "<b>Kamis 15.30</b>, R. 3.07 — moderator: Dewi Lestari (dewi.lestari@bacaan.example.id)"}}},
            ],
            "speech": [],
        }],
        "priority": 500000,
        "webhookUsed": False,
        "webhookForSlotFilling": False,
        "fallbackIntent": False,
        "events": [],
        "conditionalResponses": [],
        "condition": "",
        "conditionalFollowupEvents": [],
    }
    return json.dumps(intent, indent=2, ensure_ascii=False) + "\n"


if __name__ == "__main__":
    write_only(F, build(), keys(F))
