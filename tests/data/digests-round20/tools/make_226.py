#!/usr/bin/env python3
"""Builds digests/226_negative_google_my_maps_kml_neurips_city_guide.kml: a negative control. A lab's Google My Maps
map "NeurIPS 2024 · lab city guide (Vancouver)" exported as KML (Menu > Export to KML/KMZ, "Export as KML instead of
KMZ"): the XML declaration, <kml xmlns="http://www.opengis.net/kml/2.2">, a Document with name and CDATA description,
per icon style a normal and a highlight <Style> (IconStyle with the aabbggrr colour, the stock icon href, hotSpot;
LabelStyle scale 0 / 1; LineStyle/PolyStyle for lines and polygons) and a <StyleMap> pairing them, then one <Folder>
per map layer with <Placemark>s (name, CDATA description with <br>, styleUrl, ExtendedData/Data/value, Point /
LineString / Polygon geometry with "lon,lat,0" tuples on indented lines). Two-space indent, LF, no final newline.

Nothing in it is a paper. What could fool an extractor: Title Case venue and talk names (an invited talk "Memory,
Attention and the Long Tail", a panel "Scaling Is Not Everything", a social "Diffusion & Donuts"), a book, the
conference's OpenReview group URL and arXiv listing/help URLs, a poster-printing shop's order number 1502.0113 (four
digits after a 1502 prefix, not an arXiv id), a hotel confirmation 2417.30981 and a dinner booking 0913.44120 (no
month 17 or 13), a session code "Poster Session 4 #3412", coordinates such as 49.2888 and -123.1115, phone numbers
and postal codes. All places, names, numbers and times are invented (the coordinates are near the convention centre)."""
import os, sys
sys.path.insert(0, os.path.dirname(__file__))
from catalogue import CAT, check_no_distractor

OUT = os.path.join(os.path.dirname(__file__), "..", "digests", "226_negative_google_my_maps_kml_neurips_city_guide.kml")
ICON_HREF = "https://www.gstatic.com/mapspro/images/stock/503-wht-blank_maps.png"
# style id: (kind, icon code or None, colour RRGGBB, width)
STYLES = [("icon-1899-0288D1", "icon", "0288D1", None), ("icon-1577-F57C00", "icon", "F57C00", None),
          ("icon-1602-7CB342", "icon", "7CB342", None), ("line-000000-1200", "line", "000000", 1200),
          ("poly-9C27B0-1000-77", "poly", "9C27B0", 1000)]


def abgr(rgb, alpha="ff"):
    return (alpha + rgb[4:6] + rgb[2:4] + rgb[0:2]).lower()


def style_xml(sid, kind, rgb, width, mode):
    ind = "    "
    out = [f'{ind}<Style id="{sid}-{mode}">']
    if kind == "icon":
        out += [f"{ind}  <IconStyle>", f"{ind}    <color>{abgr(rgb)}</color>", f"{ind}    <scale>1</scale>", f"{ind}    <Icon>",
                f"{ind}      <href>{ICON_HREF}</href>", f"{ind}    </Icon>",
                f'{ind}    <hotSpot x="32" xunits="pixels" y="64" yunits="insetPixels"/>', f"{ind}  </IconStyle>",
                f"{ind}  <LabelStyle>", f"{ind}    <scale>{0 if mode == 'normal' else 1}</scale>", f"{ind}  </LabelStyle>"]
    elif kind == "line":
        out += [f"{ind}  <LineStyle>", f"{ind}    <color>{abgr(rgb)}</color>", f"{ind}    <width>{width / 1000 * (1 if mode == 'normal' else 1.5):g}</width>",
                f"{ind}  </LineStyle>"]
    else:
        out += [f"{ind}  <LineStyle>", f"{ind}    <color>{abgr(rgb)}</color>", f"{ind}    <width>{width / 1000 * (1 if mode == 'normal' else 1.5):g}</width>",
                f"{ind}  </LineStyle>", f"{ind}  <PolyStyle>", f"{ind}    <color>{abgr(rgb, '4d')}</color>", f"{ind}    <fill>1</fill>",
                f"{ind}    <outline>1</outline>", f"{ind}  </PolyStyle>"]
    return out + [f"{ind}</Style>"]


def stylemap_xml(sid):
    ind = "    "
    return [f'{ind}<StyleMap id="{sid}">'] + sum(([f"{ind}  <Pair>", f"{ind}    <key>{m}</key>", f"{ind}    <styleUrl>#{sid}-{m}</styleUrl>",
                                                  f"{ind}  </Pair>"] for m in ("normal", "highlight")), []) + [f"{ind}</StyleMap>"]


# layer -> placemarks: (name, description or None, style, data dict, geometry kind, coordinates)
LAYERS = [
    ("Venue", [
        ("Vancouver Convention Centre — West Building", "Registration, keynotes, orals. Badge pick-up from Monday 08:00.<br>"
         "Invited talk “Memory, Attention and the Long Tail” on Wednesday 08:30, Ballroom A.", "icon-1899-0288D1",
         {"Entrance": "Canada Place side", "Wi-Fi": "NeurIPS2024 (no password)"}, "Point", [(-123.1161, 49.2889)]),
        ("Poster halls (East Building, Exhibit Hall A–C)", "Poster Session 4 #3412 is ours, Thursday 11:00–14:00.<br>"
         "Poster boards are 8 ft × 4 ft; bring pushpins.", "poly-9C27B0-1000-77", {"Session": "Poster Session 4 #3412"},
         "Polygon", [(-123.1128, 49.2893), (-123.1109, 49.2897), (-123.1101, 49.2885), (-123.1121, 49.2879), (-123.1128, 49.2893)]),
        ("Walk: hotel → West Building", "About 12 minutes along the seawall. Covered most of the way.", "line-000000-1200", {},
         "LineString", [(-123.1207, 49.2848), (-123.1186, 49.2861), (-123.1170, 49.2874), (-123.1161, 49.2889)]),
    ]),
    ("Lab logistics", [
        ("Harbourside Suites (lab hotel)", "Confirmation 2417.30981, 4 rooms, check-in Sunday from 15:00.<br>"
         "Front desk: +1 604-555-0142.", "icon-1577-F57C00", {"Address": "1150 W Pender St, Vancouver, BC V6E 2R5",
                                                             "Confirmation": "2417.30981"}, "Point", [(-123.1207, 49.2848)]),
        ("Print & Pin (poster printing)", "Order no. 1502.0113, A0 fabric poster, pick up Tuesday after 16:00.<br>"
         "Ask for Dana; the PDF must be under 40 MB.", "icon-1577-F57C00", {"Order": "1502.0113", "Phone": "+1 604-555-0198"},
         "Point", [(-123.1139, 49.2832)]),
        ("Lab dinner — The Gradient Room", "Thursday 19:30, table for 11, booking 0913.44120 under “Okafor”.<br>"
         "Mostly small plates; tell Amara about allergies by Monday.", "icon-1577-F57C00",
         {"Booking": "0913.44120", "Deposit": "CAD 150, paid"}, "Point", [(-123.1244, 49.2843)]),
    ]),
    ("Social & talks", [
        ("Panel: Scaling Is Not Everything", "Friday 16:00, Room 211–214. Four speakers from industry and academia; the "
         "organisers promise no slides.", "icon-1602-7CB342", {"Track": "Expo"}, "Point", [(-123.1153, 49.2886)]),
        ("Diffusion & Donuts (student social)", "Tuesday 18:00 at Harbour Green Park, if it rains in the East Building "
         "foyer. Free, but RSVP on the conference app.", "icon-1602-7CB342", {}, "Point", [(-123.1183, 49.2894)]),
        ("Bookshop on Hastings", "Has the Deep Learning book by Goodfellow, Bengio and Courville and the Pattern Recognition "
         "and Machine Learning book in stock (checked Oct 28).", "icon-1602-7CB342", {"Open": "10:00–19:00"}, "Point",
         [(-123.1099, 49.2818)]),
    ]),
]

DESCRIPTION = ("Shared map for everyone from the lab going to NeurIPS 2024. Schedule: https://neurips.cc/Conferences/2024 · "
               "reviews and camera-ready versions stay on https://openreview.net/group?id=NeurIPS.cc/2024/Conference · "
               "preprint listings: https://arxiv.org/list/cs.LG/new (see https://info.arxiv.org/help/submit/index.html "
               "before you post a preprint during the conference week).<br>Edit access: ask Amara.")


def data_xml(d, ind):
    if not d:
        return []
    out = [f"{ind}<ExtendedData>"]
    for k, v in d.items():
        out += [f'{ind}  <Data name="{k}">', f"{ind}    <value>{v}</value>", f"{ind}  </Data>"]
    return out + [f"{ind}</ExtendedData>"]


def geom_xml(kind, coords, ind):
    tup = "\n".join(f"{ind}    {x:.4f},{y:.4f},0" for x, y in coords)
    if kind == "Point":
        return [f"{ind}<Point>", f"{ind}  <coordinates>", tup, f"{ind}  </coordinates>", f"{ind}</Point>"]
    if kind == "LineString":
        return [f"{ind}<LineString>", f"{ind}  <tessellate>1</tessellate>", f"{ind}  <coordinates>", tup, f"{ind}  </coordinates>", f"{ind}</LineString>"]
    return [f"{ind}<Polygon>", f"{ind}  <outerBoundaryIs>", f"{ind}    <LinearRing>", f"{ind}      <tessellate>1</tessellate>",
            f"{ind}      <coordinates>", "\n".join(f"{ind}        {x:.4f},{y:.4f},0" for x, y in coords), f"{ind}      </coordinates>",
            f"{ind}    </LinearRing>", f"{ind}  </outerBoundaryIs>", f"{ind}</Polygon>"]


lines = ['<?xml version="1.0" encoding="UTF-8"?>', '<kml xmlns="http://www.opengis.net/kml/2.2">', "  <Document>",
         "    <name>NeurIPS 2024 · lab city guide (Vancouver)</name>", f"    <description><![CDATA[{DESCRIPTION}]]></description>"]
for sid, kind, rgb, width in STYLES:
    lines += style_xml(sid, kind, rgb, width, "normal") + style_xml(sid, kind, rgb, width, "highlight") + stylemap_xml(sid)
for layer, pms in LAYERS:
    lines += ["    <Folder>", f"      <name>{layer.replace('&', '&amp;')}</name>"]
    for name, desc, st, data, kind, coords in pms:
        ind = "        "
        lines += ["      <Placemark>", f"{ind}<name>{name.replace('&', '&amp;')}</name>"]
        if desc:
            lines.append(f"{ind}<description><![CDATA[{desc}]]></description>")
        lines.append(f"{ind}<styleUrl>#{st}</styleUrl>")
        lines += data_xml(data, ind) + geom_xml(kind, coords, ind) + ["      </Placemark>"]
    lines.append("    </Folder>")
lines += ["  </Document>", "</kml>"]
TEXT = "\n".join(lines)

if __name__ == "__main__":
    check_no_distractor(TEXT, "226")
    low = " ".join(TEXT.split()).lower()
    for e in CAT.values():
        if e.get("title") and len(e["title"]) > 12 and " ".join(e["title"].split()).lower() in low:
            raise SystemExit(f"226: catalogue title {e['title']!r} in a negative control")
    open(OUT, "w", encoding="utf-8", newline="").write(TEXT)
    print(OUT, len(TEXT))
