#!/usr/bin/env python3
"""1036 (negative): the `Session.sublime_session` of a Thai master's student's Sublime Text 4 (Linux,
~/.config/sublime-text/Local/), written as Sublime writes it — tab indents, keys sorted, a container value on the line
after its key, floats with `.0`, UTF-8 raw — holding her window's state: two unsaved buffers kept by hot exit (the
reading club's planning notes for April and a scratch buffer) with their `contents` and `buffer_size`, a file-backed
buffer of her thesis chapter (no contents), the sheets, layout, find history and file history. The club has not
chosen its papers yet — members are to propose two each by Friday — so no paper is named: no catalogue title and
nothing arXiv-shaped (the builder refuses both). The chapter file and the .bib path are not papers; "LoRA" and
"diffusion" are topics."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import write

F = "1036_negative_sublime_text_session_file_thai_reading_club_notes_no_paper_chosen.sublime_session"


def sw(v, ind=0):
    """Sublime Text's session JSON layout"""
    t = "\t" * ind
    if isinstance(v, bool): return "true" if v else "false"
    if isinstance(v, float): return repr(v)
    if isinstance(v, int): return str(v)
    if isinstance(v, str): return json.dumps(v, ensure_ascii=False)
    pad = "\t" * (ind + 1)
    if isinstance(v, list):
        return "[\n" + "".join(pad + sw(x, ind + 1) + ",\n" for x in v)[:-2 if v else None] + ("\n" if v else "") + t + "]"
    items = []
    for k in sorted(v):
        x = v[k]
        if isinstance(x, (list, dict)): items.append(pad + json.dumps(k) + ":\n" + pad + sw(x, ind + 1))
        else: items.append(pad + json.dumps(k) + ": " + sw(x, ind + 1))
    return "{\n" + ",\n".join(items) + ("\n" if items else "") + t + "}"


NOTES = """ชมรมอ่านเปเปอร์ — วางแผนเดือนเมษายน

- ยังไม่ได้เลือกเปเปอร์ของสัปดาห์แรกเลย!! พี่ต้นให้ทุกคนเสนอมาคนละ 2 เรื่องภายในวันศุกร์นี้
- หัวข้อที่คนโหวตเยอะสุดตอนนี้: diffusion กับ agent ที่ใช้ LLM (ส่วน LoRA เพิ่งอ่านไปเมื่อเทอมก่อน ข้ามไปก่อน)
- ห้อง 604 จองได้เฉพาะวันพุธ 13:00–15:00
- คนนำเสนอ: สัปดาห์ 1 พลอย, สัปดาห์ 2 ต้น, สัปดาห์ 3 มายด์, สัปดาห์ 4 ยังว่าง

TODO
- ถามอาจารย์ว่าใช้เปเปอร์จาก workshop ได้ไหม หรือต้องเป็น main conference เท่านั้น
- ทำสไลด์แม่แบบให้ทุกคนใช้ (ไม่เกิน 15 หน้า)
- ส่งลิงก์แบบฟอร์มเสนอเปเปอร์เข้ากลุ่ม LINE
"""
SCRATCH = """rsync -avz ploy@gpu02:/data/ploy/runs/exp14/ ~/thesis/results/exp14/
ดูผล exp14 อีกรอบ — loss แกว่งหลัง epoch 30
"""
CHAPTER_SIZE = 41207


def sheet(buf, size, syntax, sel, index):
    return {"buffer": buf, "semi_transient": False,
            "settings": {"buffer_size": size, "regions": {}, "selection": [[sel, sel]],
                         "settings": {"syntax": syntax}, "translation.x": 0.0, "translation.y": 0.0, "zoom_level": 1.0},
            "stack_index": index, "stack_multiselect": False, "type": "text"}


win = {
    "auto_complete": {"selected_items": []},
    "buffers": [
        {"contents": NOTES, "settings": {"buffer_size": len(NOTES), "line_ending": "Unix", "name": "ชมรมอ่านเปเปอร์ — วางแผนเดือนเมษายน"}},
        {"file": "/home/ploy/thesis/chapter2.tex", "settings": {"buffer_size": CHAPTER_SIZE, "encoding": "UTF-8", "line_ending": "Unix"}},
        {"contents": SCRATCH, "settings": {"buffer_size": len(SCRATCH), "line_ending": "Unix"}},
    ],
    "build_system": "", "build_system_choices": [], "build_varint": "",
    "command_palette": {"height": 0.0, "last_filter": "", "selected_items": [["Set Syntax: Markdown", "Set Syntax: Markdown"]], "width": 0.0},
    "console": {"height": 0.0, "history": []},
    "distraction_free": {"menu_visible": True, "show_minimap": False, "show_open_files": False, "show_tabs": False,
                         "side_bar_visible": False, "status_bar_visible": False},
    "file_history": ["/home/ploy/reading-club/schedule-2024-03.md", "/home/ploy/thesis/refs.bib",
                     "/home/ploy/thesis/chapter1.tex", "/home/ploy/thesis/main.tex"],
    "find": {"height": 27.0},
    "find_in_files": {"height": 0.0, "where_history": []},
    "find_state": {"case_sensitive": False, "find_history": ["\\cite{", "TODO", "เปเปอร์", "related work"],
                   "highlight": True, "in_selection": False, "preserve_case": False, "regex": False,
                   "replace_history": [], "reverse": False, "scrollbar_highlights": True, "show_context": True,
                   "use_buffer2": True, "use_gitignore": True, "whole_word": False, "wrap": True},
    "groups": [{"selected": 0, "sheets": [
        sheet(0, len(NOTES), "Packages/Markdown/Markdown.sublime-syntax", len(NOTES), 0),
        sheet(1, CHAPTER_SIZE, "Packages/LaTeX/LaTeX.sublime-syntax", 18344, 1),
        sheet(2, len(SCRATCH), "Packages/Text/Plain text.tmLanguage", len(SCRATCH), 2)]}],
    "incremental_find": {"height": 27.0},
    "input": {"height": 0.0},
    "layout": {"cells": [[0, 0, 1, 1]], "cols": [0.0, 1.0], "rows": [0.0, 1.0]},
    "menu_visible": True,
    "output.find_results": {"height": 0.0},
    "pinned_build_system": "", "project": "",
    "replace": {"height": 50.0},
    "save_all_on_build": True,
    "select_file": {"height": 0.0, "last_filter": "", "selected_items": [], "width": 0.0},
    "select_project": {"height": 0.0, "last_filter": "", "selected_items": [], "width": 0.0},
    "select_symbol": {"height": 0.0, "last_filter": "", "selected_items": [], "width": 0.0},
    "selected_group": 0,
    "settings": {},
    "show_minimap": True, "show_open_files": False, "show_tabs": True,
    "side_bar_visible": True, "side_bar_width": 210.0, "status_bar_visible": True,
    "template_settings": {},
}
doc = {"folder_history": ["/home/ploy/thesis"], "last_version": 4169, "last_window_id": 2, "log_indexing": False,
       "settings": {"new_window_full_screen": False, "new_window_maximized": True,
                    "new_window_position": [0.0, 27.0], "new_window_size": [1366.0, 741.0]},
       "windows": [win], "workspaces": {"recent_workspaces": []}}
text = sw(doc) + "\n"
write(F, text, negative=True)
