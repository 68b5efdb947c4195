#!/usr/bin/env python3
"""637: a Wekan board export (Board menu → Export board → Wekan JSON; /api/boards/<id>/export) as the server sends
it: JSON.stringify without indentation, one line, raw UTF-8, no final newline; the board document (_id, title,
permission, color, slug, archived, createdAt, modifiedAt, labels, members, ...) then "_format": "wekan-board-1.0.0"
and the collections lists / cards / comments / activities / checklists / checklistItems / swimlanes / customFields /
users. Meteor ids (17 characters of Random.id's alphabet), ISO dates with milliseconds. A Polish reading-group
board (reading plan) on LLM agents and reasoning."""
import json, os, random, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, au, OR, write_only
from make_expected import F637, keys

RND = random.Random(637)
ALPH = "23456789ABCDEFGHJKLMNPQRSTWXYZabcdefghijkmnopqrstuvwxyz"
def mid():
    return "".join(RND.choice(ALPH) for _ in range(17))

BOARD, SWIM = mid(), mid()
U = {"ola": mid(), "kuba": mid(), "marta": mid(), "tomek": mid()}
NAMES = {"ola": "Aleksandra Wrzosek", "kuba": "Jakub Sieradzki", "marta": "Marta Kołodziej", "tomek": "Tomasz Brzeziński"}
LAB = {n: mid() for n in ("agenci", "rozumowanie", "ewaluacja", "kurs", "pilne", "narzędzia")}
COL = {"agenci": "green", "rozumowanie": "purple", "ewaluacja": "orange", "kurs": "sky", "pilne": "red", "narzędzia": "navy"}
LISTS = [(mid(), t) for t in ("Do przeczytania", "W trakcie czytania", "Omówione na seminarium", "Materiały dodatkowe")]

def iso(day, hh, mm, ss, ms):
    return f"2024-{day}T{hh:02d}:{mm:02d}:{ss:02d}.{ms:03d}Z"

cards, comments, checklists, items, acts = [], [], [], [], []
def card(li, sort, title, desc, user, labels, created, members=(), due=None, com=(), check=None, received=None):
    cid = mid()
    c = {"_id": cid, "title": title, "members": [U[m] for m in members], "labelIds": [LAB[l] for l in labels],
         "customFields": [], "listId": LISTS[li][0], "boardId": BOARD, "sort": sort, "swimlaneId": SWIM,
         "type": "cardType-card", "archived": False, "parentId": "", "coverId": "", "createdAt": created,
         "modifiedAt": created, "dateLastActivity": created, "description": desc, "requestedBy": "", "assignedBy": "",
         "spentTime": 0, "isOvertime": False, "userId": U[user], "subtaskSort": -1, "linkedId": "", "vote": {},
         "poker": {}, "targetId_gantt": [], "linkType_gantt": [], "linkId_gantt": [], "assignees": [U[m] for m in members[:1]]}
    if received: c["receivedAt"] = received
    if due: c["dueAt"] = due
    cards.append(c)
    acts.append({"_id": mid(), "userId": U[user], "activityType": "createCard", "boardId": BOARD, "listName": LISTS[li][1],
                 "listId": LISTS[li][0], "cardId": cid, "cardTitle": title, "swimlaneName": "Semestr letni",
                 "swimlaneId": SWIM, "createdAt": created, "modifiedAt": created})
    for who, when, text in com:
        comments.append({"_id": mid(), "boardId": BOARD, "cardId": cid, "text": text, "createdAt": when,
                         "modifiedAt": when, "userId": U[who]})
    if check:
        kid = mid()
        checklists.append({"_id": kid, "cardId": cid, "title": check[0], "sort": 0, "createdAt": created,
                           "modifiedAt": created, "finishedAt": None, "showAtMinicard": False})
        for i, (txt, done) in enumerate(check[1]):
            items.append({"_id": mid(), "title": txt, "checklistId": kid, "cardId": cid, "sort": i, "isFinished": done,
                          "createdAt": created, "modifiedAt": created})
    return cid

card(0, 0, T("2308.03688"),
     f"**Autorzy:** {au('2308.03688')}\n\n**Link:** https://arxiv.org/abs/2308.03688\n\n"
     "Benchmark z ośmioma środowiskami (system operacyjny, baza danych, graf wiedzy, gry karciane, zakupy w sieci...). "
     "Przed spotkaniem warto przejrzeć tabelę 3 — duża przepaść między modelami API a otwartymi.\n\n"
     "Kod i środowiska: repozytorium THUDM/AgentBench na GitHubie (to jest kod, nie osobna publikacja).",
     "kuba", ["agenci", "ewaluacja"], iso("02-05", 8, 12, 33, 512), members=("kuba",), due=iso("03-12", 15, 0, 0, 0),
     com=[("ola", iso("02-06", 9, 41, 7, 230), "Kuba, weźmiesz też przykład z zadaniem w bazie danych? Na ostatnim seminarium było dużo pytań o SQL."),
          ("kuba", iso("02-06", 10, 2, 51, 884), "Jasne, przygotuję dwa slajdy z trajektoriami.")])
card(0, 1, T("2204.01691"),
     f"{au('2204.01691')} (2022).\n\nModel językowy proponuje kroki, a funkcje wartości robota oceniają, "
     "które z nich są wykonalne w danej sytuacji. PDF jest w folderze seminarium na dysku zespołu — "
     "linku celowo nie wklejam, bo wersja z dysku ma nasze adnotacje.",
     "marta", ["agenci"], iso("02-05", 8, 20, 4, 91), members=("marta",), due=iso("03-19", 15, 0, 0, 0),
     check=("Przygotowanie", [("Przeczytać sekcje 3–4", True), ("Obejrzeć wideo z demonstracją na stronie projektu", False), ("Slajdy (max 12)", False)]))
card(0, 2, T("2310.08560"),
     f"{au('2310.08560')}.\n\nPamięć hierarchiczna dla agentów: kontekst modelu jako „RAM”, a zewnętrzna baza jako „dysk”. "
     "Dobre uzupełnienie tematu agentów z długą pamięcią. Do zrobienia po majówce.",
     "tomek", ["agenci", "narzędzia"], iso("02-07", 14, 3, 19, 447), members=("tomek",),
     com=[("marta", iso("02-08", 7, 55, 12, 5), "Czy to nie za dużo systemowych szczegółów jak na seminarium? Może połączyć z kartą o generatywnych agentach.")])
card(1, 0, T("2304.03442"),
     f"**Autorzy:** {au('2304.03442')}\n\nhttps://arxiv.org/abs/2304.03442\n\n"
     "Symulacja miasteczka Smallville z 25 agentami. Najciekawsze: strumień pamięci, refleksja, planowanie dnia. "
     "Demo (interaktywna powtórka) jest na stronie autorów.",
     "ola", ["agenci"], iso("02-05", 8, 31, 45, 760), members=("ola", "tomek"), due=iso("03-05", 15, 0, 0, 0), received=iso("02-20", 11, 0, 0, 0),
     com=[("tomek", iso("02-21", 19, 14, 2, 318), "Przeczytane do sekcji 5. Ocena z ludźmi-aktorami jest dość słaba metodologicznie, do dyskusji."),
          ("ola", iso("02-22", 8, 3, 40, 671), "Zgadzam się, dodam to jako pytanie otwarte.")],
     check=("Prezentacja", [("Schemat architektury", True), ("Przykład z walentynkowym przyjęciem", True), ("Pytania do dyskusji", False)]))
card(1, 1, T("2303.11366"),
     f"{au('2303.11366')}, arXiv:2303.11366 (NeurIPS 2023).\n\n"
     "Agent zapisuje werbalną refleksję po nieudanej próbie i korzysta z niej w kolejnym podejściu — bez aktualizacji wag. "
     "Porównać z kartą o benchmarku (które zadania zyskują najwięcej).",
     "kuba", ["agenci", "rozumowanie"], iso("02-09", 12, 44, 8, 16), members=("kuba",), due=iso("03-05", 15, 0, 0, 0))
card(2, 0, T("2201.11903"),
     f"{au('2201.11903')}.\n\nRecenzje i wersja konferencyjna (NeurIPS 2022): https://openreview.net/forum?id={OR('2201.11903')}\n\n"
     "Omówione 20.02. Wnioski: efekt pojawia się dopiero przy dużych modelach; samo „Let's think step by step” to już inna praca (zero-shot).",
     "marta", ["rozumowanie"], iso("01-29", 10, 0, 13, 300), members=("marta",),
     com=[("kuba", iso("02-20", 17, 5, 26, 902), "Dzięki za świetne slajdy! Wrzuć proszę PDF do folderu.")])
card(2, 1, T("2206.07682"),
     f"{au('2206.07682')} (TMLR 2022).\n\nDyskusja: czy „emergencja” to artefakt wyboru metryki? "
     "Na seminarium Tomek pokazał wykresy w skali log — polecam jego notatki w wiki zespołu.",
     "tomek", ["rozumowanie", "ewaluacja"], iso("01-29", 10, 6, 52, 118), members=("tomek",))
card(2, 2, T("2207.05221"),
     f"**Autorzy:** {au('2207.05221')}\n\n[arXiv](https://arxiv.org/abs/2207.05221)\n\n"
     "Kalibracja: P(True) i P(IK). Dobrze łączy się z tematem rozumowania — model często „wie”, że nie zna odpowiedzi.",
     "ola", ["ewaluacja"], iso("01-30", 9, 15, 37, 455), members=("ola",))
card(3, 0, "Kurs: Hugging Face Agents Course (unit 1–2)",
     "Darmowy kurs online o agentach (smolagents, LlamaIndex, LangGraph). Nie artykuł — materiał dla nowych osób w grupie.\n\nhttps://huggingface.co/learn/agents-course",
     "marta", ["kurs"], iso("02-10", 13, 22, 1, 640))
card(3, 1, "Środowiska: ALFWorld, WebShop, BabyAI",
     "Zbiory zadań do eksperymentów z agentami. Instalacja opisana w README naszego repozytorium `agenci-sandbox`.",
     "kuba", ["narzędzia"], iso("02-10", 13, 30, 44, 2))
card(3, 2, "Blog: Lilian Weng — LLM Powered Autonomous Agents",
     "Przeglądowy wpis na blogu (lilianweng.github.io), dobry jako wstęp przed seminarium. Wpis na blogu, nie publikacja.",
     "ola", ["kurs"], iso("02-11", 18, 47, 29, 381))
card(3, 3, "Sala 2.17 zarezerwowana na wtorki 15:00–16:30",
     "Rezerwacja do końca semestru. Klucz do szafy z projektorem u pani Haliny w sekretariacie.",
     "tomek", ["pilne"], iso("02-12", 7, 58, 0, 12))

board = {"_id": BOARD, "title": "Seminarium: agenci LLM i rozumowanie (semestr letni 2024)", "permission": "private",
         "color": "belize", "slug": "seminarium-agenci-llm-i-rozumowanie-semestr-letni-2024", "archived": False,
         "archivedAt": None, "createdAt": iso("01-29", 9, 58, 2, 71), "modifiedAt": iso("02-22", 8, 3, 40, 671),
         "stars": 3, "labels": [{"_id": LAB[n], "name": n, "color": COL[n]} for n in LAB],
         "members": [{"userId": U[u], "isAdmin": u == "ola", "isActive": True, "isNoComments": False,
                      "isCommentOnly": False, "isWorker": False} for u in U],
         "description": "Plan lektur zespołu NLP, Wydział Informatyki, Politechnika Nadwiślańska (przykład). Karty = artykuły lub materiały; listy = etap czytania.",
         "subtasksDefaultBoardId": None, "subtasksDefaultListId": None, "dateSettingsDefaultBoardId": None,
         "dateSettingsDefaultListId": None, "allowsSubtasks": True, "allowsAttachments": True, "allowsChecklists": True,
         "allowsComments": True, "allowsDescriptionTitle": True, "allowsDescriptionText": True, "allowsCardNumber": False,
         "allowsActivities": True, "allowsLabels": True, "allowsCreator": True, "allowsAssignee": True,
         "allowsMembers": True, "allowsRequestedBy": True, "allowsCardSortingByNumber": True,
         "allowsShowLists": True, "allowsAssignedBy": True, "allowsReceivedDate": True, "allowsStartDate": True,
         "allowsEndDate": True, "allowsDueDate": True, "presentParentTask": "no-parent", "isOvertime": False,
         "type": "board", "sort": 4, "_format": "wekan-board-1.0.0"}
board["lists"] = [{"_id": lid, "title": t, "boardId": BOARD, "sort": i, "archived": False, "swimlaneId": "",
                   "createdAt": iso("01-29", 9, 58, 10 + i, 0), "updatedAt": iso("01-29", 9, 58, 10 + i, 0),
                   "modifiedAt": iso("01-29", 9, 58, 10 + i, 0), "wipLimit": {"value": 1, "enabled": False, "soft": False},
                   "type": "list", "collapsed": False} for i, (lid, t) in enumerate(LISTS)]
board["cards"] = cards
board["comments"] = comments
board["activities"] = acts
board["rules"], board["triggers"], board["actions"] = [], [], []
board["checklists"] = checklists
board["checklistItems"] = items
board["subtaskItems"] = []
board["swimlanes"] = [{"_id": SWIM, "title": "Semestr letni", "boardId": BOARD, "sort": 0, "archived": False,
                       "createdAt": iso("01-29", 9, 58, 3, 0), "modifiedAt": iso("01-29", 9, 58, 3, 0), "type": "swimlane"}]
board["customFields"] = []
board["users"] = [{"_id": U[u], "username": u, "profile": {"fullname": NAMES[u], "initials": "".join(w[0] for w in NAMES[u].split()),
                   "avatarUrl": ""}} for u in U]
raw = json.dumps(board, ensure_ascii=False, separators=(",", ":"))
write_only(F637, raw, keys(F637), forms=["\n".join(c["description"] for c in cards)])
