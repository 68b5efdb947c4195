#!/usr/bin/env python3
"""1855: an Indonesian student's Fluxbox root menu (`~/.fluxbox/menu`) with a reading-group submenu: `[begin]` /
`[end]`, `[encoding] {UTF-8}` / `[endencoding]`, `[exec] (label) {command} <icon>`, `[submenu] (label) {title}`,
`[nop]` headers, `[separator]`, and Fluxbox's own items (`[config]`, `[stylesdir]`, `[workspaces]`, `[reconfig]`,
`[restart]`, `[exit]`). Parentheses inside labels are escaped with a backslash. Papers are exec labels opening a link
with xdg-open (arXiv `/abs/`, `/pdf/….pdf`, `…v1`) or a local PDF with zathura (title-only; one label carries an arXiv
id in escaped parentheses). Non-papers: docs, a repository, a book, a talk recording. LF, a final newline."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import keys, by_num, ALPHAGO

F = by_num(1855)
B = "~/Bacaan/kelompok-rl/"


def lab(s):
    assert "{" not in s and "}" not in s and "<" not in s
    return "(" + s.replace("(", "\\(").replace(")", "\\)") + ")"


def ex(label, cmd, icon=None, ind=4):
    return " " * ind + f"[exec] {lab(label)} {{{cmd}}}" + (f" <{icon}>" if icon else "")


def build():
    L = ["# ~/.fluxbox/menu — Rizky, lab Sistem Cerdas (ruang 2.07)",
         "# Setelah mengubah: klik kanan di desktop -> Fluxbox -> Muat ulang konfigurasi",
         "",
         "[begin] (Fluxbox)",
         "[encoding] {UTF-8}",
         "  [exec] (Terminal) {x-terminal-emulator}",
         "  [exec] (Firefox) {firefox} </usr/share/icons/hicolor/16x16/apps/firefox.png>",
         "  [exec] (Berkas) {pcmanfm ~}",
         "  [separator]",
         "  [submenu] (Kelompok Baca RL & AutoML) {Kamis 15.30, ruang 2.07}",
         "    [nop] (── Sudah dibahas ──)",
         ex(T("2006.05990"), "xdg-open https://arxiv.org/abs/2006.05990"),
         ex(ALPHAGO, f"zathura {B}silver-alphago-zero-nature.pdf"),
         ex(T("2106.02039"), "xdg-open https://arxiv.org/pdf/2106.02039.pdf"),
         ex(T("2101.03958") + " (arXiv 2101.03958)", f"zathura {B}co-reyes-evolving-rl.pdf"),
         "    [separator]",
         "    [nop] (── Berikutnya: AutoML & optimisasi ──)",
         ex(T("2101.08809"), "xdg-open https://arxiv.org/abs/2101.08809v1"),
         ex(T("2108.04392"), f"zathura {B}wang-darts-pt.pdf"),
         ex(T("2103.13462"), f"zathura {B}ma-local-methods.pdf"),
         ex(T("2103.14339"), f"zathura {B}medselect.pdf"),
         "    [separator]",
         "    [submenu] (Bukan makalah)",
         ex("Spinning Up in Deep RL (dokumentasi OpenAI)", "xdg-open https://spinningup.openai.com/en/latest/", ind=6),
         ex("CleanRL (repositori GitHub)", "xdg-open https://github.com/vwxyzjn/cleanrl", ind=6),
         ex("Sutton & Barto, Reinforcement Learning: An Introduction (buku, edisi 2)", f"zathura {B}buku/sutton-barto-2018.pdf", ind=6),
         ex("Rekaman diskusi minggu lalu (video)", "mpv https://video.lab.example.ac.id/kelompok-rl/2024-03-07", ind=6),
         "    [end]",
         "  [end]",
         "  [separator]",
         "  [submenu] (Fluxbox) {Fluxbox}",
         "    [config] (Konfigurasi)",
         "    [submenu] (Gaya) {Pilih gaya}",
         "      [stylesdir] (/usr/share/fluxbox/styles)",
         "      [stylesdir] (~/.fluxbox/styles)",
         "    [end]",
         "    [workspaces] (Ruang kerja)",
         "    [reconfig] (Muat ulang konfigurasi)",
         "    [restart] (Mulai ulang)",
         "  [end]",
         "  [exit] (Keluar)",
         "[endencoding]",
         "[end]"]
    return "\n".join(L) + "\n"


if __name__ == "__main__":
    write_only(F, build(), keys(F))
