#!/usr/bin/env python3
"""1396 (negative control): a robocopy log file (`/LOG:` — CR LF line ends; the teaching PC runs with Windows' "Beta:
Use Unicode UTF-8 for worldwide language support", so the log is UTF-8 without a BOM), English robocopy on a
Budapest-like department's PC (Hungarian folder and file names): the weekly backup of a machine-learning course's
materials to the department NAS (`/S /E /XO /NP /FFT`, excluded temp files and notebook checkpoints). Lists every
source directory with its file count, the new and newer files copied, a new directory, an extra file on the NAS, and
the summary table (Dirs / Files / Bytes / Times, speeds, end time), all computed from the modelled folders. It names
lecture slides, notebooks, datasets (MNIST, CIFAR-10, a Hungarian Wikipedia dump, an OSCAR sample, an ImageNet
subset), software installers and model weights, a Zoom recording, exam files, a seminar's minutes, a Kaggle
leaderboard export, people (invented), dates and ids — and no paper: no catalogue title, nothing arXiv-shaped (the
builder refuses both)."""
import datetime as dt, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import write, OUT
from make_expected import F1396

SRC = "D:\\Oktatás\\GépiTanulás2024\\"
DST = "\\\\nas-tanszek\\mentes\\GepiTanulas2024\\"
# (relative dir, new dir?, [(name, size, class or None=unchanged)])
DIRS = [
 ("", False, [("Tantárgyi_adatlap_VIMIAC16.pdf", 412873, None), ("Ütemterv_2024_tavasz.xlsx", 38412, "Newer"),
              ("README_hallgatóknak.txt", 2214, None), ("jelenléti_ív_2024.xlsx", 51233, "Newer"),
              ("kaggle_leaderboard_2024-05-13.csv", 18734, "New File"), ("elérhetőségek.txt", 934, None)]),
 ("01_Előadások\\", False, [(f"{i:02d}_{n}.pdf", s, c) for i, (n, s, c) in enumerate([
     ("Bevezetés_gépi_tanulás", 2204117, None), ("Lineáris_modellek", 1873302, None), ("Neurális_hálók_alapjai", 3120454, None),
     ("Optimalizálás_SGD_Adam", 2650118, None), ("Konvolúciós_hálók_ResNet_VGG", 5841207, None), ("Regularizáció_dropout_BatchNorm", 2291776, None),
     ("Rekurrens_hálók_LSTM", 2980410, None), ("Transzformerek_és_figyelem", 4412093, None), ("Diffúziós_modellek", 6120885, "New File"),
     ("Nagy_nyelvi_modellek_LLM", 5530216, "New File"), ("Megerősítéses_tanulás", 3307148, None), ("Önfelügyelt_tanulás", 2870361, None),
     ("Gráf_neurális_hálók", 2431587, None), ("Összefoglalás_vizsgára", 1120944, "New File")], start=1)]),
 ("02_Gyakorlatok\\", False, [(f"gyak{i:02d}_{n}", s, c) for i, (n, s, c) in enumerate([
     ("numpy_alapok.ipynb", 88412, None), ("sklearn_regresszió.ipynb", 120533, None), ("pytorch_bevezető.ipynb", 96210, None),
     ("mlp_mnist.ipynb", 143877, None), ("cnn_cifar10.ipynb", 402118, None), ("transfer_learning_torchvision.ipynb", 377045, None),
     ("hf_transformers_finomhangolás.ipynb", 212694, "Newer"), ("diffusers_bemutató.ipynb", 1830226, "New File"),
     ("beadandó_leírás.pdf", 254871, None)], start=1)]),
 ("02_Gyakorlatok\\adatok_kicsi\\", False, [(n, s, None) for n, s, _ in [
     ("iris.csv", 4551, None), ("titanic_train.csv", 61194, None), ("hu_hirek_minta.jsonl", 884301, None), ("cifar10_mini.npz", 3072914, None)]]),
 ("03_Adathalmazok\\", False, [("mnist.npz", 11490434, None), ("cifar-10-python.tar.gz", 170498071, None),
     ("huwiki-20240501-pages-articles-multistream.xml.bz2", 1254306842, "New File"), ("OSCAR_hu_minta_100k.jsonl.gz", 96011532, None),
     ("ImageNet_val_reszhalmaz_5k.tar", 671309824, None), ("adathalmazok_licencek.txt", 3318, "Newer"), ("LEIRAS.md", 2207, None)]),
 ("04_Videók\\", False, [(f"2024-0{m}-{d:02d}_eloadas_{n:02d}.mp4", s, c) for m, d, n, s, c in [
     (2, 13, 1, 402331201, None), (2, 27, 3, 388104177, None), (3, 12, 5, 455902336, None), (3, 26, 7, 421877604, None),
     (4, 9, 8, 439120045, None), (4, 23, 9, 447265511, None), (5, 7, 10, 462117983, "New File")]] +
     [("vendegeloadas_Nagy_Peter_LLM_ertekeles.mp4", 512004617, None)]),
 ("04_Videók\\2024-05-14_konzultáció\\", True, [("GMT20240514-170312_Recording_1920x1080.mp4", 288431166, "New File"),
     ("chat_2024-05-14.txt", 6112, "New File")]),
 ("05_Szoftver\\", False, [("Anaconda3-2024.02-1-Windows-x86_64.exe", 951264592, None), ("python-3.12.3-amd64.exe", 26515912, None),
     ("resnet50-0676ba61.pth", 102530333, None), ("hubert-base-cc.zip", 420117365, None), ("vscode_bovitmenyek.txt", 1189, "Newer")]),
 ("06_Vizsga\\", False, [("ZH_2024_03_feladatsor.pdf", 301447, None), ("ZH_2024_03_megoldas.pdf", 388120, None),
     ("pontozokulcs_2024.xlsx", 27719, "Newer"), ("vizsgaidopontok.txt", 712, None)]),
 ("06_Vizsga\\ZH_2024_05\\", True, [("ZH_2024_05_feladatsor.pdf", 318207, "New File"), ("ZH_2024_05_megoldas.pdf", 402655, "New File"),
     ("ZH_2024_05_pontszamok.xlsx", 19834, "New File")]),
 ("07_Jegyzőkönyvek\\", False, [("tanszéki_szeminárium_2024-03-12.docx", 24117, None), ("tanszéki_szeminárium_2024-04-09.docx", 22873, None),
     ("tanszéki_szeminárium_2024-05-14.docx", 26304, "New File"), ("oktatói_értekezlet_2024-02-05.docx", 19442, None),
     ("Kovács_Eszter_óraadói_szerződés_tervezet.docx", 31207, None), ("hallgatói_visszajelzések_összesítő.xlsx", 44518, None)]),
]
EXTRA = [("", "régi_ütemterv_2023.xlsx", 12697)]
START = dt.datetime(2024, 5, 14, 21, 12, 3)
COPY_S, EXTRA_S = 192, 29


def sz(n, dec=1):
    for u, f in (("g", 1024 ** 3), ("m", 1024 ** 2), ("k", 1024)):
        if n >= f: return f"{n / f:.{dec}f} {u}"
    return str(n)


def stamp(t):
    return f"{t:%A, %B} {t.day}, {t.year} {t.hour % 12 or 12}:{t:%M:%S} {'AM' if t.hour < 12 else 'PM'}"


L = ["", "-" * 79, "   ROBOCOPY     ::     Robust File Copy for Windows                              ", "-" * 79, "",
     f"  Started : {stamp(START)}", f"   Source : {SRC}", f"     Dest : {DST}", "", "    Files : *.*", "\t    ",
     " Exc Files : *.tmp", "\t    ~$*", "\t    ", "  Exc Dirs : .ipynb_checkpoints", "\t    __pycache__", "\t    ",
     "  Options : *.* /FFT /S /E /DCOPY:DA /COPY:DAT /XO /NP /XF *.tmp ~$* /XD .ipynb_checkpoints __pycache__ /R:3 /W:10 ", "",
     "-" * 78, ""]
for rel, new, files in DIRS:
    L.append(f"\t  New Dir {len(files):>10}\t{SRC}{rel}" if new else f"\t{len(files):>20}\t{SRC}{rel}")
    for x, n, s in EXTRA:
        if x == rel: L.append(f"\t  *EXTRA File \t\t{sz(s):>8}\t{n}")
    for n, s, c in files:
        if c: L.append(f"\t    {c:<10}\t\t{sz(s):>8}\t{n}")
L += ["", "-" * 78, ""]
files = [f for _, _, fs in DIRS for f in fs]
cop = [f for f in files if f[2]]
nd = len(DIRS); ndc = sum(1 for d in DIRS if d[1])
b_all = sum(f[1] for f in files); b_cop = sum(f[1] for f in cop); b_ext = sum(e[2] for e in EXTRA)
row = lambda lab, vals: f"{lab:>10}" + "".join(f"{v:>10}" for v in vals)
hms = lambda s: f"{s // 3600}:{s % 3600 // 60:02d}:{s % 60:02d}"
L += [row("", ["Total", "Copied", "Skipped", "Mismatch", "FAILED", "Extras"]),
      row("Dirs :", [nd, ndc, nd - ndc, 0, 0, 0]),
      row("Files :", [len(files), len(cop), len(files) - len(cop), 0, 0, len(EXTRA)]),
      row("Bytes :", [sz(b_all, 3), sz(b_cop, 3), sz(b_all - b_cop, 3), 0, 0, sz(b_ext)]),
      row("Times :", [hms(COPY_S + EXTRA_S), hms(COPY_S), "", "", hms(0), hms(EXTRA_S)]), "", ""]
bps = b_cop // COPY_S
L += [f"   Speed : {bps:>19} Bytes/sec.", f"   Speed : {bps * 60 / 1048576:>19.3f} MegaBytes/min.",
      f"   Ended : {stamp(START + dt.timedelta(seconds=COPY_S + EXTRA_S))}", ""]
text = "\r\n".join(L) + "\r\n"
write(F1396, text.replace("\r\n", "\n"), negative=True)      # the checks on the text
with open(os.path.join(OUT, F1396), "w", encoding="utf-8", newline="") as fh: fh.write(text)
