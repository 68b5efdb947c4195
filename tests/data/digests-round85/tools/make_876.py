#!/usr/bin/env python3
"""876 (negative): a tmuxinator project file (`~/.config/tmuxinator/qiraa.yml`, tmuxinator 3.x) that opens a lab's
reading-group workspace: the `# ~/.config/tmuxinator/…` header tmuxinator's `new` writes, `name`, `root`,
`on_project_start` / `on_project_first_start` / `on_project_stop`, `pre_window`, `tmux_options`, `startup_window`,
and `windows:` as a list of one-key maps, each either a command string or a map with `layout`, `root`, `panes`
(plain commands, or a named pane holding a list of commands); two-space YAML indentation, `#` comments in Arabic.
It fetches, syncs and annotates PDFs, starts Zotero's connector and a notes server, tails a digest bot's log — and
names no paper and holds nothing arXiv-shaped."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import write

F = "876_negative_tmuxinator_project_yaml_arabic_comments_lab_reading_workspace.yml"

text = """# /home/salma/.config/tmuxinator/qiraa.yml
#
# مساحة عمل حلقة القراءة الأسبوعية — مختبر التعلّم الآلي، كلية الحاسبات (مثال تعليمي).
# التشغيل:   tmuxinator start qiraa
# الإيقاف:   tmuxinator stop qiraa
# ملاحظة: قائمة الأوراق نفسها ليست هنا؛ هي في مستودع reading-group (ملف papers.bib)،
# وهذا الملف يفتح النوافذ والأدوات فقط.

name: qiraa
root: ~/bahth/qiraa

# قبل أي شيء: نتأكد أن قرص المختبر المشترك مركّب، وإلا نركّبه.
on_project_start: mountpoint -q ~/mnt/lab || sshfs lab-nas:/srv/reading ~/mnt/lab
# أول مرة فقط في الجلسة: نسحب آخر تغييرات المستودع.
on_project_first_start: git -C ~/bahth/qiraa pull --ff-only
# عند الإيقاف نحفظ الملاحظات ونرفعها.
on_project_stop: cd ~/bahth/qiraa && git add notes && git commit -qm "ملاحظات الجلسة" && git push -q

# يُنفَّذ في كل لوح قبل أوامره.
pre_window: conda activate qiraa

tmux_options: -f ~/.config/tmux/qiraa.conf
startup_window: notes
startup_pane: 0

windows:
  # ١) الملاحظات: المحرر على اليسار، وخادم المعاينة على اليمين.
  - notes:
      layout: main-vertical
      panes:
        - nvim notes/index.md
        - mkdocs serve -a 127.0.0.1:8765
  # ٢) ملفات PDF: مزامنة مجلد الأوراق من القرص المشترك ثم فتح المجلد.
  - pdfs:
      root: ~/bahth/qiraa/pdf
      layout: even-horizontal
      panes:
        - sync:
            - rsync -a --delete ~/mnt/lab/pdf/ ./
            - ls -t | head -20
        - zathura --fork
  # ٣) المراجع: موصل Zotero المحلي وأداة التصدير إلى BibTeX.
  - zotero:
      layout: even-vertical
      panes:
        - zotero --headless
        - watch -n 300 make -C ~/bahth/qiraa bib
  # ٤) البوت الذي يجمع روابط القناة: نراقب سجله فقط، لا نشغّله من هنا.
  - bot: ssh lab-bot 'journalctl -u digestbot -f -o cat'
  # ٥) الحسابات: دفتر Jupyter للتجارب الصغيرة قبل الحلقة.
  - jupyter:
      root: ~/bahth/qiraa/daftar
      panes:
        - jupyter lab --no-browser --port 8890
  # ٦) طرفية فارغة للأوامر السريعة.
  - shell:
"""
write(F, text, negative=True)
