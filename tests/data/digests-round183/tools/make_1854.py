#!/usr/bin/env python3
"""1854: a Ukrainian lab's GPU node desktop panel as a legacy (pre-1.10) conky config (`~/.conkyrc`): `# ` comments,
`setting value` lines, then `TEXT` with conky variables (`${color1}`, `${font …}`, `$uptime`, `${cpubar}`, `${fs_used}`,
`${execi 5 nvidia-smi …}`, `${execi 60 squeue --me …}`) and a hand-written block of
this week's seminar papers: numbered full titles with the link on the next line (OpenReview forum, arXiv `/abs/`,
`/pdf/…v2`, `http://`), titles with a local PDF (title-only) and one with an arXiv id. Non-papers: a repository, docs,
a book, a talk. LF, a final newline."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import keys, by_num

F = by_num(1854)
# (title, second line)
PAPERS = [
 (T("2205.14135"), "https://arxiv.org/abs/2205.14135"),
 (T("1710.03740"), f"https://openreview.net/forum?id={OR('1710.03740')}"),
 (T("2208.07339"), "arXiv 2208.07339 · PDF: ~/читання/dettmers-int8.pdf"),
 (T("2210.17323"), "https://arxiv.org/pdf/2210.17323v2"),
 (T("1910.02054"), "http://arxiv.org/abs/1910.02054"),
 (T("2211.17192"), "PDF: ~/читання/leviathan-speculative.pdf (ICML 2023)"),
 (T("2101.03961"), "PDF: ~/читання/fedus-switch.pdf (JMLR 2022)"),
 (T("2006.03236"), "PDF: ~/читання/dai-funnel.pdf (NeurIPS 2020)"),
]


def build():
    L = ["# ~/.conkyrc — панель на робочому столі lab-gpu-03 (стан вузла + що читаємо на семінарі)",
         "# Старий синтаксис conky 1.9; conky 1.10+ перетворює його сам при запуску.",
         "# Оновлюю список статей щопонеділка. — Олена, к. 312",
         "",
         "background yes",
         "use_xft yes",
         "xftfont DejaVu Sans Mono:size=9",
         "xftalpha 0.9",
         "override_utf8_locale yes",
         "update_interval 2.0",
         "total_run_times 0",
         "own_window yes",
         "own_window_type desktop",
         "own_window_transparent yes",
         "own_window_hints undecorated,below,sticky,skip_taskbar,skip_pager",
         "double_buffer yes",
         "minimum_size 760 5",
         "maximum_width 800",
         "draw_shades no",
         "draw_outline no",
         "draw_borders no",
         "default_color d8dee9",
         "color1 88c0d0",
         "color2 ebcb8b",
         "alignment top_right",
         "gap_x 24",
         "gap_y 48",
         "no_buffers yes",
         "short_units yes",
         "text_buffer_size 2048",
         "",
         "TEXT",
         "${color1}${font DejaVu Sans:bold:size=11}lab-gpu-03${font}${color}  $kernel  · час роботи $uptime",
         "${hr 1}",
         "ЦП  ${cpu cpu0}%  ${cpubar cpu0 6,240}",
         "ОЗП $mem / $memmax  ${membar 6,240}",
         "/data ${fs_used /data} / ${fs_size /data}  ${fs_bar 6,240 /data}",
         "",
         "${color1}ГПУ${color}",
         "${execi 5 nvidia-smi --query-gpu=index,name,utilization.gpu,memory.used,memory.total --format=csv,noheader}",
         "${color1}Мої задачі SLURM${color}",
         "${execi 60 squeue --me -h -o '%.10i %.24j %.8T %.10M'}",
         "",
         "${color2}${font DejaVu Sans:bold:size=10}Семінар «Ефективне навчання й інференс» — четвер 14:00, ауд. 312${font}${color}",
         "${hr 1}"]
    for i, (t, second) in enumerate(PAPERS, 1):
        L.append(f"${{color1}}{i}.${{color}} {t}")
        L.append(f"   {second}")
    L += ["",
          "${color2}Не статті, але знадобиться:${color}",
          "   код FlashAttention: github.com/Dao-AILab/flash-attention",
          "   документація vLLM: docs.vllm.ai",
          "   книга: Programming Massively Parallel Processors, 4-те вид. (у бібліотеці кафедри)",
          "   лекція GPU MODE про квантизацію (запис на YouTube, посилання в чаті)"]
    return "\n".join(L) + "\n"


if __name__ == "__main__":
    write_only(F, build(), keys(F))
