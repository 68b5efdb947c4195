#!/usr/bin/env python3
"""1875: a Vietnamese master's student's text-expander combos as Beeftext's combo list (`%AppData%\\beeftext\\
comboList.json`, written by Qt's QJsonDocument::toJson: four-space indentation, keys in sorted order, UTF-8 unescaped,
a final newline): `fileFormatVersion`, `groups` (uuid, name, description) and `combos` (uuid in braces, name, keyword,
snippet, group, enabled, matching mode, case sensitivity, created / modified `yyyy-MM-ddThh:mm:ss.zzz`). Papers are
citation snippets for the thesis (APA-like lines with a link — arXiv `/abs/`, `/pdf/….pdf`, `/abs/…v1` — a BibTeX
entry with `\\n` line breaks, one reference ending in an arXiv id, references with no link: the Nature paper and three
others whose PDFs the student has), and combo names. Beeftext variables `#{cursor}`, `#{dateTime:…}`, `#{clipboard}`.
Non-papers: docs, a book, a course and a repository. UUIDs and times are derived deterministically."""
import datetime as dt, hashlib, json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import keys, by_num, ALPHAGO

F = by_num(1875)
START = dt.datetime(2024, 2, 26, 20, 14, 5)


def uid(name):
    h = hashlib.sha256(("1875:" + name).encode()).hexdigest()
    return "{" + f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{'89ab'[int(h[16], 16) % 4]}{h[17:20]}-{h[20:32]}" + "}"


def when(i, extra=0):
    t = START + dt.timedelta(hours=9 * i + (i * 7) % 5, minutes=(i * 13) % 60, seconds=(i * 17) % 60,
                             milliseconds=(i * 271) % 1000) + dt.timedelta(days=extra)
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + f"{t.microsecond // 1000:03d}"


GROUPS = [("trichdan", "Trích dẫn – luận văn", "Tài liệu tham khảo cho chương 2 và 3 (RL offline, AutoML)"),
          ("khac", "Tài liệu khác", "Không phải bài báo: sách, tài liệu thư viện, khoá học"),
          ("ghichu", "Ghi chú nhanh", "")]
# (group, keyword, name, snippet, modified later by days or None)
COMBOS = [
 ("trichdan", "!dt", "Decision Transformer (NeurIPS 2021)",
  "Chen, L., Lu, K., Rajeswaran, A., Lee, K., Grover, A., Laskin, M., Abbeel, P., Srinivas, A., & Mordatch, I. (2021). "
  + T("2106.01345") + ". NeurIPS 2021. https://arxiv.org/abs/2106.01345", None),
 ("trichdan", "!tt-bib", "Trajectory Transformer – BibTeX",
  "@inproceedings{janner2021offline,\n  title     = {" + T("2106.02039") + "},\n  author    = {Janner, Michael and Li, Qiyang and Levine, Sergey},\n"
  "  booktitle = {Advances in Neural Information Processing Systems},\n  year      = {2021},\n  url       = {https://arxiv.org/pdf/2106.02039.pdf}\n}", 3),
 ("trichdan", "!alphazero", "AlphaGo Zero (Nature 2017)",
  "Silver, D., Schrittwieser, J., Simonyan, K., Antonoglou, I., Huang, A., Guez, A., et al. (2017). " + ALPHAGO + ". Nature, 550.", None),
 ("trichdan", "!evorl", T("2101.03958"),
  "Co-Reyes, J. D., Miao, Y., Peng, D., Real, E., Levine, S., Le, Q. V., Lee, H., & Faust, A. (2021). " + T("2101.03958")
  + ". ICLR 2021. arXiv:2101.03958", None),
 ("trichdan", "!pyglove", "PyGlove (NeurIPS 2020)",
  "Peng, D., Dong, X., Real, E., Tan, M., Lu, Y., Liu, H., Bender, G., Kraft, A., Liang, C., & Le, Q. V. (2020). "
  + T("2101.08809") + ". NeurIPS 2020. https://arxiv.org/abs/2101.08809v1", 1),
 ("trichdan", "!autohas", "AutoHAS",
  "Dong, X., Tan, M., Yu, A. W., Peng, D., Gabrys, B., & Le, Q. V. (2020). " + T("2006.03656")
  + ". Bản thảo; PDF trong thư mục Zotero của nhóm.", None),
 ("trichdan", "!medselect", "MedSelect – ví dụ RL cho gán nhãn",
  "Smit, A., Vrabac, D., He, Y., Ng, A. Y., Beam, A. L., & Rajpurkar, P. (2021). " + T("2103.14339") + ".", None),
 ("trichdan", "!cqa", "CQA (ICLR 2021) – chỉ dùng ở phần liên quan",
  "Arakelyan, E., Daza, D., Minervini, P., & Cochez, M. (2021). " + T("2011.03459") + ". ICLR 2021.", 2),
 ("khac", "!sb3", "Stable-Baselines3 – tài liệu",
  "Stable-Baselines3 documentation: https://stable-baselines3.readthedocs.io/en/master/", None),
 ("khac", "!gym", "Gymnasium – tài liệu",
  "Gymnasium (Farama Foundation), tài liệu: https://gymnasium.farama.org/", None),
 ("khac", "!automlbook", "Sách AutoML (Hutter và cộng sự)",
  "Hutter, F., Kotthoff, L., & Vanschoren, J. (Eds.). (2019). Automated Machine Learning: Methods, Systems, Challenges. Springer.", None),
 ("khac", "!silver", "Bài giảng RL của David Silver (UCL)",
  "David Silver – UCL Course on RL (video bài giảng, 10 buổi). Ghi chú của mình: #{clipboard}", None),
 ("khac", "!cleanrl", "CleanRL – mã nguồn",
  "CleanRL (GitHub): https://github.com/vwxyzjn/cleanrl", None),
 ("ghichu", "!todo", "TODO có ngày",
  "TODO (#{dateTime:dd/MM/yyyy}): #{cursor}", None),
 ("ghichu", "!gvhd", "Ghi chú họp với GVHD",
  "Họp với thầy Hùng #{dateTime:dd/MM}: \n- Đã đọc: \n- Câu hỏi: #{cursor}\n- Việc tuần sau: ", 4),
]


def build():
    combos = []
    for i, (g, kw, name, snippet, later) in enumerate(COMBOS):
        created = when(i)
        combos.append({"caseSensitivity": 0, "created": created, "enabled": True, "group": uid("group/" + g),
                       "keyword": kw, "matchingMode": 0, "modified": when(i, later) if later else created,
                       "name": name, "snippet": snippet, "uuid": uid("combo/" + kw)})
    groups = [{"description": d, "name": n, "uuid": uid("group/" + g)} for g, n, d in GROUPS]
    doc = {"combos": combos, "fileFormatVersion": 8, "groups": groups}
    return json.dumps(doc, indent=4, ensure_ascii=False, sort_keys=True) + "\n"


if __name__ == "__main__":
    text = build()
    write_only(F, text, keys(F), forms=[json.dumps(json.loads(text), ensure_ascii=False).replace("\\n", "\n")])
