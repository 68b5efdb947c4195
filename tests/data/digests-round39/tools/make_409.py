#!/usr/bin/env python3
"""409: SumatraPDF-settings.txt of a Vietnamese PhD student (SumatraPDF 3.5, UI in Vietnamese): Sumatra's
"square tree" format (key = value, "Name [" … "]" for structs and arrays, "[" … "]" for array elements, one tab of
indent per level, CRLF), the UI sections, then FileStates — one entry per recently opened PDF with FilePath,
Favorites (named bookmarks the user typed, with page numbers), OpenCount, DisplayMode, PageNo, Zoom … — and
SessionData with the tabs open at exit. Papers: PDF file names that are arXiv ids ("2006.07733v3.pdf") with the
title in a favourite's name (arxiv-text), file names that are titles — bare, after "Author et al. - Year - " as
Zotero renames them, in lower case, after "lecun-98 " — (title-only; AlexNet's and LeNet's papers are not on arXiv).
Not papers: course slides, a book chapter, a dataset readme, forms, "moco_v2.pdf" (a nickname only)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import F409, keys, ALEXNET, LENET

B = "D:\\NCS\\Bài báo\\"
DL = "C:\\Users\\baotn\\Downloads\\"
FILES = [  # path, favourites [(name, page)], open count, page, zoom, missing, pinned
 (B + "SSL\\2006.07733v3.pdf", [(f"BYOL — {T('2006.07733')}, Hình 2", 3), ("Bảng 1 (linear eval)", 6)], 9, 6, "fit width", False, True),
 (B + f"SSL\\{T('2002.05709')}.pdf", [("Hình 5: các phép tăng cường dữ liệu", 7)], 6, 7, "fit width", False, True),
 (B + f"SSL\\Caron et al. - 2021 - {T('2104.14294')}.pdf", [("Hình 1 (attention maps)", 1)], 5, 4, "fit width", False, False),
 (B + "Môn học\\CS231n_2023_lecture13_self_supervised.pdf", [], 2, 41, "fit page", False, False),
 (B + "SSL\\2011.04419.pdf", [(f"{T('2011.04419')} – mục 3, DACL", 4)], 3, 4, "fit width", False, False),
 (B + "Nhãn nhiễu\\2103.13646v2.pdf", [(f"{T('2103.13646')} – Bảng 2 (CIFAR-100, 90% nhiễu)", 7)], 4, 7, "100", False, False),
 (B + f"SSL\\{T('2010.04592').lower()}.pdf", [], 2, 5, "fit width", False, False),
 (B + "SSL\\moco_v2.pdf", [], 3, 2, "fit width", False, False),
 (B + f"Chuyển giao\\{T('2011.06182')}.pdf", [("Hình 2 – kiến trúc", 4)], 2, 4, "fit width", False, False),
 (B + f"Chuyển giao\\Zoph_2020_{T('2006.06882')}.pdf", [], 1, 1, "fit width", True, False),
 ("D:\\NCS\\Sách\\Dive into Deep Learning - chương 14.pdf", [], 4, 23, "fit width", False, False),
 (B + "Chưng cất dữ liệu\\2006.05929.pdf", [(f"{T('2006.05929')} — Thuật toán 1", 4)], 2, 4, "fit width", False, False),
 (DL + "Lich_bao_ve_de_cuong_NCS_2024.pdf", [], 3, 1, "fit page", False, False),
 ("D:\\NCS\\Dữ liệu\\ImageNet_LSVRC2012_devkit_readme.pdf", [], 1, 1, "fit page", False, False),
 (f"D:\\NCS\\Kinh điển\\Krizhevsky et al. - 2012 - {ALEXNET}.pdf", [("Hình 2", 5)], 2, 5, "fit width", False, False),
 (f"D:\\NCS\\Kinh điển\\lecun-98 {LENET}.pdf", [], 1, 7, "fit width", True, False),
 (DL + "Don_xin_ho_tro_kinh_phi_hoi_nghi.pdf", [], 1, 1, "fit page", False, False),
]
SESSION = [0, 1, 5]  # tabs open at exit


def block(name, lines, d):
    t = "\t" * d
    return [f"{t}{name} ["] + lines + [f"{t}]"]


out = ["# For documentation, see https://www.sumatrapdfreader.org/settings/settings3.5.1.html", "Theme = Light"]
out += block("FixedPageUI", ["\tTextColor = #000000", "\tBackgroundColor = #ffffff", "\tSelectionColor = #f5fc0c",
                             "\tWindowMargin = 2 4 2 4", "\tPageSpacing = 4 4", "\tInvertColors = false", "\tHideScrollbars = false"], 0)
out += block("EBookUI", ["\tFontName = Georgia", "\tFontSize = 8", "\tTextColor = #5f4b32", "\tBackgroundColor = #fbf0d9",
                         "\tUseFixedPageUI = false"], 0)
out += block("ComicBookUI", ["\tWindowMargin = 0 0 0 0", "\tPageSpacing = 4 4", "\tCbxMangaMode = false"], 0)
out += block("ChmUI", ["\tUseFixedPageUI = false"], 0)
out += ["SelectionHandlers [", "]", "ExternalViewers [", "]",
        "ZoomLevels = 8.33 12.5 18 25 33.33 50 66.67 75 100 125 150 200 300 400 600 800 1000 1200 1600 2000 2400 3200 4800 6400",
        "ZoomIncrement = 0"]
out += block("PrinterDefaults", ["\tPrintScale = shrink"], 0)
out += block("ForwardSearch", ["\tHighlightOffset = 0", "\tHighlightWidth = 15", "\tHighlightColor = #6581ff",
                               "\tHighlightPermanent = false"], 0)
out += block("Annotations", ["\tHighlightColor = #ffff00", "\tUnderlineColor = #00ff00", "\tSquigglyColor = #ff00ff",
                             "\tStrikeOutColor = #ff0000", "\tFreeTextColor =", "\tFreeTextSize = 12", "\tFreeTextBorderWidth = 1",
                             "\tTextIconColor =", "\tTextIconType =", "\tDefaultAuthor = Trần Ngọc Bảo"], 0)
out += ["DefaultPasswords =", "CustomScreenDPI = 0", "", "RememberStatePerDocument = true", "UiLanguage = vi",
        "ShowToolbar = true", "ShowFavorites = true", "AssociatedExtensions = .pdf", "AssociateSilently = false",
        "CheckForUpdates = true", "RememberOpenedFiles = true", "EnableTeXEnhancements = false",
        "DefaultDisplayMode = continuous", "DefaultZoom = fit width", "Shortcuts [", "]", "EscToExit = false",
        "ReuseInstance = true", "ReloadModifiedDocuments = true", "MainWindowBackground = #80fff200",
        "FullPathInTitle = false", "ShowMenubar = true", "WindowState = 1", "WindowPos = 84 41 1752 998",
        "ShowToc = true", "SidebarDx = 265", "TocDy = 0", "ToolbarSize = 18", "TabWidth = 300",
        "TreeFontName = automatic", "TreeFontSize = 0", "SmoothScroll = true", "ShowStartPage = true",
        "UseTabs = true", ""]
fs = []
for path, favs, oc, pg, zoom, missing, pinned in FILES:
    el = [f"\t\tFilePath = {path}"]
    fl = []
    for name, p in favs:
        fl += ["\t\t\t[", f"\t\t\t\tName = {name}", f"\t\t\t\tPageNo = {p}", f"\t\t\t\tPageLabel = {p}", "\t\t\t]"]
    el += block("Favorites", fl, 2)
    el += [f"\t\tIsPinned = {str(pinned).lower()}", f"\t\tIsMissing = {str(missing).lower()}", f"\t\tOpenCount = {oc}",
           "\t\tDecryptionKey =", "\t\tUseDefaultState = false", "\t\tDisplayMode = continuous",
           f"\t\tScrollPos = 0 {0 if pg == 1 else 112}", f"\t\tPageNo = {pg}", f"\t\tZoom = {zoom}", "\t\tRotation = 0",
           "\t\tWindowState = 0", "\t\tWindowPos = 0 0 0 0", "\t\tShowToc = true", "\t\tSidebarDx = 0",
           "\t\tDisplayR2L = false", "\t\tReparseIdx = 0", "\t\tTocState ="]
    fs += ["\t["] + el + ["\t]"]
out += block("FileStates", fs, 0)
tabs = []
for i in SESSION:
    path, _, _, pg, zoom, _, _ = FILES[i]
    tabs += ["\t\t\t[", f"\t\t\t\tFilePath = {path}", "\t\t\t\tDisplayMode = continuous", f"\t\t\t\tPageNo = {pg}",
             f"\t\t\t\tZoom = {zoom}", "\t\t\t\tRotation = 0", "\t\t\t\tScrollPos = 0 112", "\t\t\t\tShowToc = true",
             "\t\t\t\tTocState =", "\t\t\t]"]
sess = ["\t["] + block("TabStates", tabs, 2) + ["\t\tTabIndex = 1", "\t\tWindowState = 1",
                                                 "\t\tWindowPos = 84 41 1752 998", "\t\tSidebarDx = 265", "\t]"]
out += block("SessionData", sess, 0)
out += ["ReopenOnce =", "TimeOfLastUpdateCheck = 31094557 2189312093", "OpenCountWeek = 2782", ""]
text = "\r\n".join(out)
write_only(F409, text, keys(F409))
