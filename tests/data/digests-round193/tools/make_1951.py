#!/usr/bin/env python3
"""1951: a Czech faculty's virtual-museum map in Valve's Hammer (`muzeum_videni.vmf`, Source engine, Valve Map
Format): versioninfo, visgroups, viewsettings, a world with one brush (six sides), and entities — info_player_start,
light, eight point_worldtext plaques and a game_text — whose `message` values hold the papers: arXiv links (`/abs/`,
`/pdf/…v2`, `http://`), one id (arxiv-text), four titles alone (two not on arXiv) — and non-papers (ImageNet, a
repository, a book, a talk), then cameras and cordons. Tab indentation, LF, a final newline."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import keys, by_num, GLOROT, ALEXNET

F = by_num(1951)

PLAQUES = [
    ("1. AlexNet (2012): " + T(ALEXNET), "-448 256 72", "255 220 160"),
    ("2. Inicializace: " + T(GLOROT), "-320 256 72", "255 220 160"),
    ("3. " + T("1502.01852") + " (arXiv 1502.01852)", "-192 256 72", "255 220 160"),
    ("4. " + T("1512.03385") + " https://arxiv.org/abs/1512.03385", "-64 256 72", "255 255 255"),
    ("5. " + T("1905.11946") + " https://arxiv.org/pdf/1905.11946v2", "64 256 72", "255 255 255"),
    ("6. " + T("2106.10270") + " http://arxiv.org/abs/2106.10270", "192 256 72", "255 255 255"),
    ("7. Přenos: " + T("1912.11370"), "320 256 72", "200 230 255"),
    ("8. Optimalizace: " + T("2010.01412"), "448 256 72", "200 230 255"),
]


def block(name, body, ind):
    t = "\t" * ind
    out = [t + name, t + "{"]
    for x in body:
        if isinstance(x, tuple) and len(x) == 2 and isinstance(x[1], list):
            out += block(x[0], x[1], ind + 1)
        else:
            out.append(t + "\t" + f'"{x[0]}" "{x[1]}"')
    out.append(t + "}")
    return out


def side(i, plane, mat, u, v):
    return ("side", [("id", i), ("plane", plane), ("material", mat), ("uaxis", u), ("vaxis", v),
                     ("rotation", "0"), ("lightmapscale", "16"), ("smoothing_groups", "0")])


def build():
    U0, V0 = "[1 0 0 0] 0.25", "[0 -1 0 0] 0.25"
    sides = [
        side(1, "(-512 320 0) (512 320 0) (512 -320 0)", "DEV/DEV_MEASUREGENERIC01B", U0, V0),
        side(2, "(-512 -320 -16) (512 -320 -16) (512 320 -16)", "DEV/DEV_MEASUREGENERIC01B", U0, V0),
        side(3, "(-512 320 0) (-512 -320 0) (-512 -320 -16)", "TOOLS/TOOLSNODRAW", "[0 1 0 0] 0.25", "[0 0 -1 0] 0.25"),
        side(4, "(512 320 -16) (512 -320 -16) (512 -320 0)", "TOOLS/TOOLSNODRAW", "[0 1 0 0] 0.25", "[0 0 -1 0] 0.25"),
        side(5, "(512 320 0) (-512 320 0) (-512 320 -16)", "TOOLS/TOOLSNODRAW", "[1 0 0 0] 0.25", "[0 0 -1 0] 0.25"),
        side(6, "(512 -320 -16) (-512 -320 -16) (-512 -320 0)", "TOOLS/TOOLSNODRAW", "[1 0 0 0] 0.25", "[0 0 -1 0] 0.25"),
    ]
    L = []
    L += block("versioninfo", [("editorversion", "400"), ("editorbuild", "8864"), ("mapversion", "27"),
                               ("formatversion", "100"), ("prefab", "0")], 0)
    L += block("visgroups", [("visgroup", [("name", "cedulky"), ("visgroupid", "1"), ("color", "220 180 60")])], 0)
    L += block("viewsettings", [("bSnapToGrid", "1"), ("bShowGrid", "1"), ("bShowLogicalGrid", "0"),
                                ("nGridSpacing", "16"), ("bShow3DGrid", "0")], 0)
    L += block("world", [("id", "1"), ("mapversion", "27"), ("classname", "worldspawn"),
                         ("detailmaterial", "detail/detailsprites"), ("detailvbsp", "detail.vbsp"),
                         ("maxpropscreenwidth", "-1"), ("skyname", "sky_day01_01"),
                         ("solid", [("id", "2")] + sides + [("editor", [("color", "0 180 220"), ("visgroupshown", "1"),
                                                                       ("visgroupautoshown", "1")])])], 0)
    eid = 10
    ents = [[("id", str(eid)), ("classname", "info_player_start"), ("angles", "0 90 0"), ("origin", "0 -256 8")],
            [("id", str(eid + 1)), ("classname", "light"), ("_light", "255 250 235 400"), ("_quadratic_attn", "1"),
             ("origin", "0 0 192")]]
    eid += 2
    for msg, org, col in PLAQUES:
        ents.append([("id", str(eid)), ("classname", "point_worldtext"), ("angles", "0 90 0"), ("color", col),
                     ("message", msg), ("textsize", "6"), ("origin", org)])
        eid += 1
    ents.append([("id", str(eid)), ("classname", "game_text"), ("targetname", "uvitani"),
                 ("message", "Vitejte v muzeu pocitacoveho videni FIT. Cedulky jsou clanky; ImageNet (dataset), "
                             "pytorch/vision (kod) a kniha Szeliski: Computer Vision nejsou clanky. Prednaska: "
                             "https://video.fit-muzeum.example.cz/2024/03"),
                 ("channel", "1"), ("color", "255 255 255"), ("holdtime", "8"), ("x", "-1"), ("y", "0.2"),
                 ("spawnflags", "1"), ("origin", "0 -224 64")])
    for e in ents:
        vals = list(e)
        items = [("color", "220 30 220")] + ([("visgroupid", "1")] if vals[1][1] == "point_worldtext" else []) + \
            [("visgroupshown", "1"), ("visgroupautoshown", "1"), ("logicalpos", f"[0 {int(vals[0][1]) * 500}]")]
        L += block("entity", vals + [("editor", items)], 0)
    L += block("cameras", [("activecamera", "0"), ("camera", [("position", "[0 -480 96]"), ("look", "[0 0 64]")])], 0)
    L += block("cordons", [("active", "0")], 0)
    return "\n".join(L) + "\n"


if __name__ == "__main__":
    write_only(F, build(), keys(F))
