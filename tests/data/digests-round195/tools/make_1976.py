#!/usr/bin/env python3
"""1976 (negative): a Danish modder's Cataclysm: Dark Days Ahead mod item file (`data/mods/laboratorie_ly/items.json`):
a JSON array of BOOK and GENERIC items — textbooks, USB sticks with software and datasets, memory cards with talk
recordings — with the CDDA fields (type, id, name.str, description, weight, volume, price, material, symbol, color, …),
laid out as the CDDA formatter does (two spaces, short arrays and objects on one line). No paper, no catalogue title,
nothing arXiv-shaped (the builder refuses them). LF, a final newline."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import write

F = "1976_negative_cataclysm_dda_json_mod_items_danish_lab_shelter_software_datasets_books_and_talks.json"
ITEMS = [
    {"type": "BOOK", "id": "ly_book_bishop", "name": {"str": "Pattern Recognition and Machine Learning"},
     "description": "Bishops tykke lærebog om mønstergenkendelse.  Hjørnerne er slidte, og nogen har skrevet \"kap. 9!\" i margenen.",
     "weight": "1600 g", "volume": "1750 ml", "price": 9000, "price_postapoc": 600, "material": ["paper"],
     "symbol": "?", "color": "blue", "skill": "computer", "required_level": 2, "max_level": 6, "intelligence": 10,
     "time": "45 m", "fun": -1},
    {"type": "BOOK", "id": "ly_book_sutton", "name": {"str": "Reinforcement Learning: An Introduction"},
     "description": "Sutton og Bartos bog, anden udgave.  Et kapitel om belønninger er sat i bogmærke med en kvittering fra en nedlagt kantine.",
     "weight": "1100 g", "volume": "1250 ml", "price": 7000, "price_postapoc": 450, "material": ["paper"],
     "symbol": "?", "color": "green", "skill": "computer", "required_level": 1, "max_level": 5, "intelligence": 9,
     "time": "40 m", "fun": 0},
    {"type": "BOOK", "id": "ly_book_jurafsky", "name": {"str": "Speech and Language Processing"},
     "description": "Jurafsky og Martins udkast, printet og spiralryggede.  Nogle sider mangler.",
     "weight": "1300 g", "volume": "1500 ml", "price": 3000, "price_postapoc": 300, "material": ["paper"],
     "symbol": "?", "color": "light_gray", "skill": "computer", "required_level": 0, "max_level": 4,
     "intelligence": 8, "time": "30 m", "fun": 0},
    {"type": "GENERIC", "id": "ly_usb_pytorch", "name": {"str": "USB-stik (PyTorch-installationer)"},
     "description": "Et USB-stik mærket \"PyTorch + CUDA, offline\".  Uden en fungerende computer er det bare plastik.",
     "weight": "12 g", "volume": "5 ml", "price": 1500, "price_postapoc": 200, "material": ["plastic"],
     "symbol": ",", "color": "light_blue", "flags": ["NO_REPAIR"]},
    {"type": "GENERIC", "id": "ly_usb_blender", "name": {"str": "USB-stik (Blender og LibreOffice)"},
     "description": "Et USB-stik med to installationsfiler og en tekstfil: \"licenser.txt\".",
     "weight": "12 g", "volume": "5 ml", "price": 800, "price_postapoc": 100, "material": ["plastic"],
     "symbol": ",", "color": "light_blue"},
    {"type": "GENERIC", "id": "ly_disk_imagenet", "name": {"str": "ekstern harddisk (ImageNet)"},
     "description": "En tung ekstern disk med et kopieret billeddatasæt.  Mærkaten siger \"ILSVRC, kun forskning\".",
     "weight": "450 g", "volume": "250 ml", "price": 6000, "price_postapoc": 300, "material": ["plastic", "steel"],
     "symbol": ",", "color": "dark_gray"},
    {"type": "GENERIC", "id": "ly_disk_commonvoice", "name": {"str": "ekstern harddisk (Common Voice, dansk)"},
     "description": "Taleoptagelser fra frivillige, sorteret efter sprog.  Den danske mappe er den mindste.",
     "weight": "450 g", "volume": "250 ml", "price": 4000, "price_postapoc": 250, "material": ["plastic", "steel"],
     "symbol": ",", "color": "dark_gray"},
    {"type": "GENERIC", "id": "ly_card_talk_dtu", "name": {"str": "hukommelseskort (foredrag)"},
     "description": "Et SD-kort med optagelsen af et foredrag fra laboratoriets åbent hus.  Lyden knitrer.",
     "weight": "2 g", "volume": "1 ml", "price": 500, "price_postapoc": 50, "material": ["plastic"],
     "symbol": ",", "color": "yellow"},
    {"type": "GENERIC", "id": "ly_card_talk_meetup", "name": {"str": "hukommelseskort (meetup-optagelser)"},
     "description": "Tre optagede oplæg fra et meetup om maskinlæring i København.  Mappen hedder \"efterår\".",
     "weight": "2 g", "volume": "1 ml", "price": 500, "price_postapoc": 50, "material": ["plastic"],
     "symbol": ",", "color": "yellow"},
]


def dump(v, ind=0):
    """the CDDA formatter's layout: objects expanded, short lists of scalars and small objects on one line"""
    sp = "  " * ind
    if isinstance(v, dict):
        one = "{ " + ", ".join(f"{json.dumps(k)}: {dump(x)}" for k, x in v.items()) + " }"
        if ind and len(v) <= 2 and all(not isinstance(x, (dict, list)) for x in v.values()) and len(one) < 100:
            return one
        return "{\n" + ",\n".join(f"{sp}  {json.dumps(k)}: {dump(x, ind + 1)}" for k, x in v.items()) + "\n" + sp + "}"
    if isinstance(v, list):
        if all(not isinstance(x, (dict, list)) for x in v):
            return "[ " + ", ".join(dump(x) for x in v) + " ]"
        return "[\n" + ",\n".join(sp + "  " + dump(x, ind + 1) for x in v) + "\n" + sp + "]"
    return json.dumps(v, ensure_ascii=False)


def build():
    return dump(ITEMS) + "\n"


if __name__ == "__main__":
    write(F, build(), negative=True)
