#!/usr/bin/env python3
"""737: an OpenProject API v3 response, GET /api/v3/projects/{id}/work_packages (HAL+JSON WorkPackageCollection), as
the Rails app writes it: one line, UTF-8 kept, <, > and & escaped as \\u003c \\u003e \\u0026, `/` unescaped. Each work
package is a session of a Polish reading group (description in Markdown `raw` plus rendered `html` with op-uc-*
classes), with `_links` (type, status, priority, project, version, author, assignee, ...)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, au, write_only
from common import A, ORL, rails_json
from make_expected import by_num, keys

F = by_num(737)
PROJ = {"href": "/api/v3/projects/14", "title": "Seminarium: agenci i rozumowanie"}
USERS = {9: "Zofia Wierzbicka", 12: "Tomasz Jędrzejczak", 17: "Agnieszka Pawlina", 21: "Michał Stróżyk"}
STATUS = {1: "New", 7: "In progress", 12: "Closed", 13: "Rejected"}


def html_of(md):
    """OpenProject's CommonMark renderer as we remember it: op-uc-p paragraphs, op-uc-list, op-uc-link anchors"""
    import re
    out, in_list = [], False
    for para in md.split("\n\n"):
        lines = para.split("\n")
        if all(l.startswith("- ") for l in lines):
            items = "".join(f'<li class="op-uc-list--item">{inline(l[2:])}</li>' for l in lines)
            out.append(f'<ul class="op-uc-list">{items}</ul>')
        elif para.startswith("**") and para.endswith("**") and "\n" not in para:
            out.append(f'<p class="op-uc-p"><strong>{inline(para[2:-2])}</strong></p>')
        else:
            out.append(f'<p class="op-uc-p">{"<br>".join(inline(l) for l in lines)}</p>')
    return "".join(out)


def inline(s):
    import re, html
    s = html.escape(s, quote=False)
    s = re.sub(r"\[([^\]]+)\]\((https?://[^)]+)\)",
               lambda m: f'<a href="{m.group(2)}" rel="noopener noreferrer" target="_top" class="op-uc-link">{m.group(1)}</a>', s)
    s = re.sub(r"\*\*([^*]+)\*\*", r"<strong>\1</strong>", s)
    s = re.sub(r"(?<![\w*])\*([^*]+)\*(?![\w*])", r"<em>\1</em>", s)
    s = re.sub(r"`([^`]+)`", r'<code class="op-uc-code">\1</code>', s)
    return s


def wp(i, subject, md, start, due, status, assignee, author=9, created="2024-02-19T08:41:17.204Z",
       updated="2024-02-26T14:02:51.880Z", lock=2, typ=(1, "Task"), done=0, est="PT3H"):
    return {
        "derivedStartDate": None, "derivedDueDate": None, "spentTime": "PT0S", "_type": "WorkPackage", "id": i, "lockVersion": lock,
        "subject": subject, "description": {"format": "markdown", "raw": md, "html": html_of(md) if md else ""},
        "scheduleManually": False, "startDate": start, "dueDate": due, "estimatedTime": est,
        "derivedEstimatedTime": None, "duration": None, "ignoreNonWorkingDays": False, "percentageDone": done,
        "createdAt": created, "updatedAt": updated,
        "_links": {
            "attachments": {"href": f"/api/v3/work_packages/{i}/attachments"},
            "self": {"href": f"/api/v3/work_packages/{i}", "title": subject},
            "schema": {"href": f"/api/v3/work_packages/schemas/14-{typ[0]}"},
            "activities": {"href": f"/api/v3/work_packages/{i}/activities"},
            "type": {"href": f"/api/v3/types/{typ[0]}", "title": typ[1]},
            "priority": {"href": "/api/v3/priorities/8", "title": "Normal"},
            "project": PROJ,
            "status": {"href": f"/api/v3/statuses/{status}", "title": STATUS[status]},
            "author": {"href": f"/api/v3/users/{author}", "title": USERS[author]},
            "responsible": {"href": None},
            "assignee": {"href": f"/api/v3/users/{assignee}", "title": USERS[assignee]} if assignee else {"href": None},
            "version": {"href": "/api/v3/versions/6", "title": "Semestr letni 2024"},
            "parent": {"href": "/api/v3/work_packages/301", "title": "Plan seminarium"},
        },
    }


k = keys(F)
S = {kk: T(kk) for kk in k}
els = [
 wp(302, "Spotkanie organizacyjne + podział referatów",
    "Krótka lista zasad:\n\n- referat 25 min + 20 min dyskusji\n- slajdy wrzucamy do Nextcloud (folder `seminarium/2024L`) najpóźniej w poniedziałek\n- nie czytamy wpisów blogowych ani repozytoriów jako „prac” – tylko artykuły\n\nOsoby bez przydziału: dopisać się w komentarzu.",
    "2024-02-27", "2024-02-27", 12, 9, done=100, est="PT1H30M"),
 wp(303, f"Referat 1: {S['2201.11903']}",
    f"**{S['2201.11903']}**\n\n{au('2201.11903', 3, ' i in.')} (2022).\nPDF: [{A('2201.11903')}]({A('2201.11903')})\n\nDo przygotowania: przykłady z GSM8K z tabeli 1, porównanie ze zwykłym few-shot promptingiem. Zofia prosi o *krótkie* demo w notebooku (bez API – lokalny model `lab-7b-instruct`).",
    "2024-03-05", "2024-03-05", 12, 12, done=100, lock=4, created="2024-02-19T08:43:02.551Z", updated="2024-03-05T16:20:44.017Z"),
 wp(304, f"Referat 2: {S['2210.03629']}",
    f"**{S['2210.03629']}**\n\n{au('2210.03629', 3, ' i in.')}, ICLR 2023.\nForum z recenzjami: {ORL('2210.03629')}\n\nWarto przeczytać recenzje na OpenReview – dyskusja o ewaluacji na HotpotQA i ALFWorld. Tomasz: pokazać ślad „Thought / Action / Observation” na jednym przykładzie.",
    "2024-03-12", "2024-03-12", 7, 17, done=40, lock=3, created="2024-02-19T08:44:30.118Z", updated="2024-03-08T11:05:12.730Z"),
 wp(305, f"Referat 3: {S['2308.03688']}",
    f"**{S['2308.03688']}**\n\n{au('2308.03688', 3, ' i in.')} (2023). Link do wersji z konferencji dopisze referent.\n\n- osiem środowisk (system operacyjny, baza danych, graf wiedzy, gry…)\n- porównanie modeli API i otwartych – tabela wyników jest długa, wybrać 2–3 wnioski\n- uwaga: leaderboard na stronie projektu to nie artykuł, nie cytujemy go w referacie",
    "2024-03-19", "2024-03-19", 1, 21, created="2024-02-19T08:45:51.662Z", updated="2024-02-26T14:02:51.880Z"),
 wp(306, f"Referat 4: {S['2307.15043']}",
    f"**{S['2307.15043']}**\n\n{au('2307.15043', 3, ' i in.')} (2023)\n[{A('2307.15043')}]({A('2307.15043')})\n\nTemat bezpieczeństwa: sufiksy generowane metodą GCG przenoszą się między modelami. Agnieszka: omówić też ograniczenia i odpowiedź dostawców modeli (bez szczegółów ataku na slajdach!).",
    "2024-03-26", "2024-03-26", 1, 17, created="2024-02-19T08:47:09.340Z", updated="2024-03-01T09:12:00.415Z"),
 wp(307, "Przerwa świąteczna – brak spotkania", "", "2024-04-02", "2024-04-02", 12, None, typ=(6, "Milestone"), est=None,
    created="2024-02-19T08:47:40.003Z", updated="2024-02-19T08:47:40.003Z", lock=0),
 wp(308, "Referat 5: RL – co naprawdę ma znaczenie",
    f"Praca przeglądowo-eksperymentalna o algorytmach on-policy:\n\n**{S['2006.05990']}**\n\n{au('2006.05990', 3, ' i in.')} – arXiv:2006.05990 (wersja z ICLR 2021).\n\nPonad 250 tys. agentów, rekomendacje dot. normalizacji obserwacji, inicjalizacji polityki itd. Michał: porównać z notatkami z kursu RL (materiały kursu to nie publikacja).",
    "2024-04-09", "2024-04-09", 1, 21, created="2024-02-19T08:49:55.271Z", updated="2024-02-28T17:33:41.906Z"),
 wp(309, f"Referat 6: {S['2106.01345']}",
    f"**{S['2106.01345']}**\n\n{au('2106.01345', 3, ' i in.')} (NeurIPS 2021).\n\nRL jako modelowanie sekwencji – łącznik między częścią o agentach LLM a klasycznym RL. Referent do ustalenia; link dopiszemy po podziale.",
    "2024-04-16", "2024-04-16", 1, None, created="2024-02-19T08:51:12.845Z", updated="2024-02-26T14:02:51.880Z"),
 wp(310, f"Referat 7: {S['2307.15818']}",
    f"**{S['2307.15818']}**\n\n{au('2307.15818', 3, ' i in.')} (2023)\nPDF: [{A('2307.15818', 'pdf')}]({A('2307.15818', 'pdf')})\n\nModele wizja–język–akcja. Strona projektu z filmami jest fajna, ale na seminarium liczy się artykuł. Tomasz załatwia projektor w sali 2.14.",
    "2024-04-23", "2024-04-23", 1, 12, created="2024-02-19T08:52:38.120Z", updated="2024-02-27T10:15:09.554Z"),
 wp(311, f"Referat 8 (opcjonalny): {S['2011.03459']}",
    f"**{S['2011.03459']}**\n\n{au('2011.03459', 4, '')}, ICLR 2021.\n\nRozumowanie na grafach wiedzy – jeśli starczy czasu. Dane: FB15k-237 i NELL (zbiory danych, nie prace).",
    "2024-04-30", "2024-04-30", 13, None, created="2024-02-19T08:54:01.777Z", updated="2024-03-04T12:48:26.301Z", lock=1),
 wp(312, "Podsumowanie semestru + ankieta",
    "Ankieta w LimeSurvey (link w mailu). Wnioski do raportu z działalności koła naukowego.\n\n- co czytać w semestrze zimowym?\n- czy zostajemy przy wtorkach?",
    "2024-05-07", "2024-05-07", 1, 9, est="PT1H", created="2024-02-19T08:55:20.640Z", updated="2024-02-19T08:55:20.640Z", lock=0),
]
q = "filters=%5B%7B%22status%22%3A%7B%22operator%22%3A%22%2A%22%2C%22values%22%3A%5B%5D%7D%7D%5D&offset=1&pageSize=20&sortBy=%5B%5B%22startDate%22%2C%22asc%22%5D%5D"
doc = {"_type": "WorkPackageCollection", "total": len(els), "count": len(els), "pageSize": 20, "offset": 1,
       "_embedded": {"elements": els},
       "_links": {"self": {"href": f"/api/v3/projects/14/work_packages?{q}"},
                  "jumpTo": {"href": "/api/v3/projects/14/work_packages?filters=%5B%7B%22status%22%3A%7B%22operator%22%3A%22%2A%22%2C%22values%22%3A%5B%5D%7D%7D%5D&offset=%7Boffset%7D&pageSize=20", "templated": True},
                  "changeSize": {"href": "/api/v3/projects/14/work_packages?filters=%5B%7B%22status%22%3A%7B%22operator%22%3A%22%2A%22%2C%22values%22%3A%5B%5D%7D%7D%5D&offset=1&pageSize=%7Bsize%7D", "templated": True},
                  "createWorkPackage": {"href": "/api/v3/projects/14/work_packages/form", "method": "post"},
                  "createWorkPackageImmediate": {"href": "/api/v3/projects/14/work_packages", "method": "post"}}}
import json
text = rails_json(doc)
write_only(F, text, k, forms=[json.dumps(json.loads(text), ensure_ascii=False)])
