#!/usr/bin/env python3
"""1741: a Polish PhD student's Opera 12 bookmarks file (bookmarks.adr, "Opera Hotlist version 2.0"): #FOLDER and
#URL records with tab-indented KEY=VALUE lines, a blank line after each record, `-` closing a folder. IDs are given
in file order, CREATED/VISITED are Unix times (VISITED never before CREATED), UNIQUEIDs are 32 upper-case hex digits
derived from the record. arXiv bookmarks carry the abstract page's title ("[id] Title") as Opera stores it."""
import datetime as dt, hashlib, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import keys, by_num, LENET

F = by_num(1741)


def ts(s):
    return int(dt.datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=dt.timezone(dt.timedelta(hours=1))).timestamp())


# tree: ("F", name, created, [children], extra) / ("U", name, url, created, visited, description)
TREE = [
 ("F", "Trash", "2012-03-17 10:02", [], [("TRASH FOLDER", "YES")]),
 ("F", "Opera", "2012-03-17 10:02", [
   ("U", "Opera Software", "https://www.opera.com/", "2012-03-17 10:02", "2016-05-02 09:11", ""),
   ("U", "Opera Help", "https://help.opera.com/", "2012-03-17 10:02", None, ""),
 ], []),
 ("F", "Doktorat – architektury", "2023-10-02 08:30", [
   ("U", "[2103.14030] " + T("2103.14030"), "https://arxiv.org/abs/2103.14030", "2023-10-02 08:31", "2024-03-06 21:40", "Okna przesuwne; porównać z ConvNeXt w rozdz. 2"),
   ("U", "[2201.03545] " + T("2201.03545"), "https://arxiv.org/abs/2201.03545v2", "2023-10-02 08:35", "2024-03-06 21:42", "\"modernizacja\" ResNetu krok po kroku – dobra tabela ablacji"),
   ("U", T("2010.11929"), "https://wiki.example.pl/grupa/czytamy/vit", "2023-10-09 12:14", "2024-02-19 10:05", "Notatki z grupy czytelniczej (ICLR 2021)"),
   ("U", T("2106.04560"), "https://dysk.example.pl/s/p4QkR7wZ", "2023-11-20 19:47", "2024-01-08 17:22", "arXiv:2106.04560, CVPR 2022 – prawa skalowania dla ViT"),
   ("U", T("2104.00298"), "https://dysk.example.pl/s/Xb81nLt2", "2023-11-20 19:52", None, "ICML 2021, wersja z materiałów konferencyjnych"),
   ("U", "timm – dokumentacja", "https://huggingface.co/docs/timm/index", "2023-11-21 09:03", "2024-03-01 14:30", "wagi pretrenowane do eksperymentów"),
 ], []),
 ("F", "Doktorat – detekcja i segmentacja", "2023-12-04 11:20", [
   ("U", T("2010.04159") + " (PDF)", "https://arxiv.org/pdf/2010.04159.pdf", "2023-12-04 11:21", "2024-02-27 08:55", "ICLR 2021; deformowalna uwaga, szybsza zbieżność niż DETR"),
   ("U", T("2012.07177"), "https://dysk.example.pl/s/Cq9mVw3e", "2023-12-04 11:26", "2024-01-15 13:10", "CVPR 2021 – augmentacja do naszych danych z mikroskopu"),
   ("U", "COCO test-dev Benchmark (Object Detection) | Papers With Code", "https://paperswithcode.com/sota/object-detection-on-coco", "2023-12-04 11:40", "2024-02-27 09:02", "ranking, nie cytować"),
 ], []),
 ("F", "Klasyka", "2024-01-10 16:00", [
   ("U", LENET, "https://biblioteka.example.pl/e-zasoby/lecun1998.pdf", "2024-01-10 16:02", "2024-01-10 16:05", "LeNet-5, Proc. IEEE 1998 – skan z biblioteki wydziałowej"),
 ], []),
 ("F", "Różne", "2024-01-12 18:20", [
   ("U", "USOSweb – plan zajęć", "https://usosweb.example.pl/kontroler.php?_action=home/plan", "2024-01-12 18:21", "2024-03-11 07:45", ""),
   ("U", "Forum PyTorch – DataLoader zawiesza się przy num_workers > 0", "https://discuss.pytorch.org/t/dataloader-hangs-with-num-workers/", "2024-02-08 23:10", "2024-02-08 23:12", ""),
 ], []),
]


def uid(*parts):
    return hashlib.md5("|".join(parts).encode()).hexdigest().upper()


def build():
    out = ["Opera Hotlist version 2.0", "Options: encoding = utf8, version=3", ""]
    n = [0]

    def rec(node):
        n[0] += 1
        if node[0] == "F":
            _, name, created, kids, extra = node
            out.append("#FOLDER")
            out.extend([f"\tID={n[0]}", f"\tNAME={name}", f"\tCREATED={ts(created)}"] + [f"\t{k}={v}" for k, v in extra])
            out.extend([f"\tUNIQUEID={uid('F', name, created)}", ""])
            for k in kids: rec(k)
            out.extend(["-", ""])
        else:
            _, name, url, created, visited, desc = node
            out.append("#URL")
            out.extend([f"\tID={n[0]}", f"\tNAME={name}", f"\tURL={url}", f"\tCREATED={ts(created)}"])
            if visited: out.append(f"\tVISITED={ts(visited)}")
            if desc: out.append(f"\tDESCRIPTION={desc}")
            out.extend([f"\tUNIQUEID={uid('U', name, url)}", ""])
    for node in TREE: rec(node)
    return "\n".join(out)


if __name__ == "__main__":
    write_only(F, build(), keys(F))
