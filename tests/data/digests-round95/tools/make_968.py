#!/usr/bin/env python3
"""968: log/development.log of a Japanese lab's reading-group app (Rails 7.1 on Ruby 3.2, Puma in Docker, so the
browser's requests come from 172.18.0.1 and web-console says it cannot render): `Started VERB "path" for IP at
<local time +0900>`, `Processing by Controller#action as HTML / TURBO_STREAM / JSON`, `  Parameters: {…}` (Ruby 3.2
Hash#inspect: `=>`, `\\r\\n` inside textarea values, the CSRF token `[FILTERED]`), Active Record lines coloured as the
development log keeps them (ESC[1m ESC[36m name ESC[0m, two blanks, ESC[1m + blue SELECT / green INSERT / yellow UPDATE /
red DELETE / cyan transaction + ESC[0m, binds `[["col", value], …]`), `  ↳ app/…:n:in `…'` query-source lines,
Rendering / Rendered lines, `Redirected to`, `Completed 302 Found in …`, a 422 for a failed validation, a 404 with
ActiveRecord::RecordNotFound and its backtrace, an Action Cable upgrade, two blank lines between requests.
Papers go in through the form (url or arxiv_id or neither) and once through a comment; the PEFT library's
documentation, linked in a memo, is not a paper. LF, a final newline."""
import os, sys, datetime as dt
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import by_num, keys

F = by_num(968)
K = dict(lora="2106.09685", qlora="2305.14314", prefix="2101.00190", adapters="1902.00751", prompt="2104.08691",
         ptuning="2103.10385", tfew="2205.05638", pi="2306.15595")
E = "\x1b"
IP = "172.18.0.1"
JST = dt.timezone(dt.timedelta(hours=9))
COL = {"SELECT": 34, "INSERT": 32, "UPDATE": 33, "DELETE": 31, "begin transaction": 36, "commit transaction": 36, "rollback transaction": 31}


def rb(v):
    """Ruby 3.2 #inspect of the values a log shows"""
    if v is None: return "nil"
    if isinstance(v, bool): return "true" if v else "false"
    if isinstance(v, int): return str(v)
    if isinstance(v, list): return "[" + ", ".join(rb(x) for x in v) + "]"
    if isinstance(v, dict): return "{" + ", ".join(f"{rb(k)}=>{rb(x)}" for k, x in v.items()) + "}"
    s = v.replace("\\", "\\\\").replace('"', '\\"').replace("\r", "\\r").replace("\n", "\\n").replace("\t", "\\t").replace("#{", "\\#{")
    return '"' + s + '"'


class Log:
    def __init__(self):
        self.lines, self.first, self.t = [], True, None

    def start(self, verb, path, t, console=True):
        if not self.first: self.lines += ["", ""]
        self.first = False
        self.t = t
        self.lines.append(f'Started {verb} "{path}" for {IP} at {t.strftime("%Y-%m-%d %H:%M:%S %z")}')
        if console: self.lines.append(f"Cannot render console from {IP}! Allowed networks: 127.0.0.0/127.255.255.255, ::1")

    def proc(self, ctl, fmt, params=None):
        self.lines.append(f"Processing by {ctl} as {fmt}")
        if params is not None: self.lines.append(f"  Parameters: {rb(params)}")

    def sql(self, name, ms, sql, binds=None, src=None):
        kind = sql if sql in COL else sql.split()[0]
        line = f"  {E}[1m{E}[36m{name} ({ms:.1f}ms){E}[0m  {E}[1m{E}[{COL[kind]}m{sql}{E}[0m"
        if binds: line += "  " + rb([[k, v] for k, v in binds])
        self.lines.append(line)
        if src: self.lines.append(f"  ↳ {src}")

    def raw(self, *ls):
        self.lines += list(ls)


def t(hms):
    h, m, s = map(int, hms.split(":"))
    return dt.datetime(2024, 3, 11, h, m, s, tzinfo=JST)


def utc(base, us):
    return (base.astimezone(dt.timezone.utc)).strftime("%Y-%m-%d %H:%M:%S") + f".{us:06d}"


L = Log()
CTL = "app/controllers/papers_controller.rb"
# 1. index
L.start("GET", "/", t("13:02:41"))
L.proc("PapersController#index", "HTML")
L.raw("  Rendering layout layouts/application.html.erb", "  Rendering papers/index.html.erb within layouts/application")
L.sql("Paper Count", 0.3, 'SELECT COUNT(*) FROM "papers"', src="app/views/papers/index.html.erb:6")
L.sql("Paper Load", 0.9, 'SELECT "papers".* FROM "papers" ORDER BY "papers"."created_at" DESC LIMIT ?', [("LIMIT", 20)],
      src="app/views/papers/index.html.erb:12")
L.raw("  Rendered collection of papers/_paper.html.erb [20 times] (Duration: 6.2ms | Allocations: 4410)",
      "  Rendered papers/index.html.erb within layouts/application (Duration: 11.7ms | Allocations: 7382)",
      "  Rendered layouts/_navbar.html.erb (Duration: 0.6ms | Allocations: 311)",
      "  Rendered layout layouts/application.html.erb (Duration: 19.4ms | Allocations: 11967)",
      "Completed 200 OK in 27ms (Views: 19.9ms | ActiveRecord: 1.2ms | Allocations: 13702)")
L.start("GET", "/cable", t("13:02:42"))
L.raw(f'Started GET "/cable/" [WebSocket] for {IP} at 2024-03-11 13:02:42 +0900',
      "Successfully upgraded to WebSocket (REQUEST_METHOD: GET, HTTP_CONNECTION: Upgrade, HTTP_UPGRADE: websocket)",
      "Turbo::StreamsChannel is transmitting the subscription confirmation",
      "Turbo::StreamsChannel is streaming from papers")

next_id = [41]


def new_form(hms):
    L.start("GET", "/papers/new", t(hms))
    L.proc("PapersController#new", "HTML")
    L.raw("  Rendering layout layouts/application.html.erb", "  Rendering papers/new.html.erb within layouts/application",
          "  Rendered papers/_form.html.erb (Duration: 2.4ms | Allocations: 1733)",
          "  Rendered papers/new.html.erb within layouts/application (Duration: 3.1ms | Allocations: 2051)",
          "  Rendered layouts/_navbar.html.erb (Duration: 0.4ms | Allocations: 298)",
          "  Rendered layout layouts/application.html.erb (Duration: 7.9ms | Allocations: 5630)",
          "Completed 200 OK in 12ms (Views: 8.6ms | ActiveRecord: 0.0ms | Allocations: 6244)")


def create(hms, us, title, url, arxiv, memo, tags, ok=True):
    when = t(hms)
    L.start("POST", "/papers", when)
    p = {"title": title, "url": url, "arxiv_id": arxiv, "memo": memo, "tag_list": tags}
    L.proc("PapersController#create", "TURBO_STREAM", {"authenticity_token": "[FILTERED]", "paper": p, "commit": "登録する"})
    L.sql("User Load", 0.2, 'SELECT "users".* FROM "users" WHERE "users"."id" = ? LIMIT ?', [("id", 3), ("LIMIT", 1)],
          src=f"app/controllers/application_controller.rb:14:in `current_user'")
    L.sql("TRANSACTION", 0.1, "begin transaction", src=f"{CTL}:27:in `create'")
    if url:
        L.sql("Paper Exists?", 0.2, 'SELECT 1 AS one FROM "papers" WHERE "papers"."url" = ? LIMIT ?', [("url", url), ("LIMIT", 1)],
              src=f"{CTL}:27:in `create'")
    if not ok:
        L.sql("TRANSACTION", 0.1, "rollback transaction", src=f"{CTL}:27:in `create'")
        L.raw("  Rendering layout layouts/application.html.erb", "  Rendering papers/new.html.erb within layouts/application",
              "  Rendered papers/_form.html.erb (Duration: 3.0ms | Allocations: 2112)",
              "  Rendered papers/new.html.erb within layouts/application (Duration: 3.6ms | Allocations: 2390)",
              "  Rendered layouts/_navbar.html.erb (Duration: 0.3ms | Allocations: 298)",
              "  Rendered layout layouts/application.html.erb (Duration: 8.8ms | Allocations: 6011)",
              "Completed 422 Unprocessable Entity in 16ms (Views: 9.4ms | ActiveRecord: 0.6ms | Allocations: 8127)")
        return
    stamp = utc(when, us)
    cols = [("title", title), ("url", url or None), ("arxiv_id", arxiv or None), ("memo", memo), ("user_id", 3),
            ("created_at", stamp), ("updated_at", stamp)]
    L.sql("Paper Create", 0.8, 'INSERT INTO "papers" (' + ", ".join(f'"{c}"' for c, _ in cols) + ") VALUES (" +
          ", ".join("?" for _ in cols) + ') RETURNING "id"', cols, src=f"{CTL}:27:in `create'")
    for tag in [x.strip() for x in tags.split(",") if x.strip()]:
        L.sql("Tag Load", 0.1, 'SELECT "tags".* FROM "tags" WHERE "tags"."name" = ? LIMIT ?', [("name", tag), ("LIMIT", 1)],
              src="app/models/paper.rb:22:in `block in tag_list='")
    L.sql("TRANSACTION", 1.9, "commit transaction", src=f"{CTL}:27:in `create'")
    L.raw(f"Redirected to http://localhost:3000/papers/{next_id[0]}",
          "Completed 302 Found in 21ms (ActiveRecord: 3.3ms | Allocations: 7214)")
    show(hms[:-2] + f"{int(hms[-2:]) + 1:02d}", next_id[0])
    next_id[0] += 1


def show(hms, pid):
    L.start("GET", f"/papers/{pid}", t(hms))
    L.proc("PapersController#show", "HTML", {"id": str(pid)})
    L.sql("Paper Load", 0.2, 'SELECT "papers".* FROM "papers" WHERE "papers"."id" = ? LIMIT ?', [("id", pid), ("LIMIT", 1)],
          src=f"{CTL}:63:in `set_paper'")
    L.raw("  Rendering layout layouts/application.html.erb", "  Rendering papers/show.html.erb within layouts/application")
    L.sql("Comment Load", 0.2, 'SELECT "comments".* FROM "comments" WHERE "comments"."paper_id" = ? ORDER BY "comments"."created_at" ASC',
          [("paper_id", pid)], src="app/views/papers/show.html.erb:31")
    L.raw("  Rendered papers/show.html.erb within layouts/application (Duration: 4.8ms | Allocations: 2871)",
          "  Rendered layouts/_navbar.html.erb (Duration: 0.4ms | Allocations: 298)",
          "  Rendered layout layouts/application.html.erb (Duration: 9.6ms | Allocations: 6398)",
          "Completed 200 OK in 14ms (Views: 9.9ms | ActiveRecord: 0.6ms | Allocations: 7420)")


new_form("13:03:05")
create("13:04:10", 412233, T(K["lora"]), "https://arxiv.org/abs/2106.09685", "",
       "今回の輪読の軸。W = W0 + BA、r=8 で十分という主張。\r\n4.2節のランク実験を佐々木が担当。", "peft, lora")
new_form("13:06:40")
create("13:07:52", 80417, T(K["qlora"]), "https://arxiv.org/pdf/2305.14314.pdf", "",
       "NF4 + double quantization + paged optimizer。\r\n研究室の A6000 1枚で 33B が回るか高橋さんが試す予定。\r\n実装は PEFT のドキュメント参照: https://huggingface.co/docs/peft/index", "peft, lora, 量子化")
new_form("13:10:02")
create("13:11:26", 0, T(K["prefix"]), "https://arxiv.org/abs/2106.09685", "",
       "生成タスク向け。仮想トークンを各層に入れる。", "peft, prompt", ok=False)
create("13:12:03", 651902, T(K["prefix"]), "https://arxiv.org/abs/2101.00190", "",
       "生成タスク向け。仮想トークンを各層に入れる。\r\n（さっき LoRA の URL を貼り間違えた）", "peft, prompt")
# PATCH an older record: the arXiv id typed into its own field, no URL
L.start("GET", "/papers/38/edit", t("13:15:20"))
L.proc("PapersController#edit", "HTML", {"id": "38"})
L.sql("Paper Load", 0.2, 'SELECT "papers".* FROM "papers" WHERE "papers"."id" = ? LIMIT ?', [("id", 38), ("LIMIT", 1)],
      src=f"{CTL}:63:in `set_paper'")
L.raw("  Rendering layout layouts/application.html.erb", "  Rendering papers/edit.html.erb within layouts/application",
      "  Rendered papers/_form.html.erb (Duration: 2.2ms | Allocations: 1702)",
      "  Rendered papers/edit.html.erb within layouts/application (Duration: 2.8ms | Allocations: 1990)",
      "  Rendered layouts/_navbar.html.erb (Duration: 0.3ms | Allocations: 298)",
      "  Rendered layout layouts/application.html.erb (Duration: 7.1ms | Allocations: 5402)",
      "Completed 200 OK in 10ms (Views: 7.5ms | ActiveRecord: 0.2ms | Allocations: 5977)")
when = t("13:16:48")
L.start("PATCH", "/papers/38", when)
memo38 = "アダプタ層の元祖。bottleneck の次元と挿入位置の表が便利。\r\narXiv 番号を追記（URL 欄は空のまま）。"
L.proc("PapersController#update", "TURBO_STREAM",
       {"authenticity_token": "[FILTERED]", "paper": {"title": T(K["adapters"]), "url": "", "arxiv_id": "1902.00751",
                                                      "memo": memo38, "tag_list": "peft, adapter"}, "commit": "更新する", "id": "38"})
L.sql("Paper Load", 0.2, 'SELECT "papers".* FROM "papers" WHERE "papers"."id" = ? LIMIT ?', [("id", 38), ("LIMIT", 1)],
      src=f"{CTL}:63:in `set_paper'")
L.sql("TRANSACTION", 0.1, "begin transaction", src=f"{CTL}:40:in `block in update'")
L.sql("Paper Update", 0.5, 'UPDATE "papers" SET "arxiv_id" = ?, "memo" = ?, "updated_at" = ? WHERE "papers"."id" = ?',
      [("arxiv_id", "1902.00751"), ("memo", memo38), ("updated_at", utc(when, 220846)), ("id", 38)],
      src=f"{CTL}:40:in `block in update'")
L.sql("TRANSACTION", 1.6, "commit transaction", src=f"{CTL}:40:in `block in update'")
L.raw("Redirected to http://localhost:3000/papers/38", "Completed 302 Found in 13ms (ActiveRecord: 2.4ms | Allocations: 4870)")
show("13:16:49", 38)
new_form("13:19:30")
create("13:20:44", 907115, T(K["prompt"]), "", "2104.08691",
       "soft prompt だけ学習。モデルが大きくなるほど full fine-tuning に追いつく図（Fig. 1）を発表で使う。", "peft, prompt")
new_form("13:22:10")
create("13:23:37", 118402, T(K["ptuning"]), "", "",
       "P-tuning。arXiv 番号が見つからなかったので後で伊藤さんに聞く。", "peft, prompt")
new_form("13:25:02")
create("13:26:15", 534470, T(K["tfew"]), "", "",
       "(IA)^3 の論文。T-Few のレシピ。\r\nコードは GitHub にあるらしい、リンクは未確認。", "peft")
# a comment on LoRA names a further paper by its full title
when = t("13:31:08")
L.start("POST", "/papers/41/comments", when)
body = (f"長文対応も LoRA でやるなら「{T(K['pi'])}」も一緒に読みたいです。RoPE の位置を縮める話。\r\n"
        "次回（3/19）の候補に入れてもいいですか？ — 渡辺")
L.proc("CommentsController#create", "TURBO_STREAM",
       {"authenticity_token": "[FILTERED]", "comment": {"body": body}, "commit": "コメントする", "paper_id": "41"})
L.sql("User Load", 0.2, 'SELECT "users".* FROM "users" WHERE "users"."id" = ? LIMIT ?', [("id", 5), ("LIMIT", 1)],
      src="app/controllers/application_controller.rb:14:in `current_user'")
L.sql("Paper Load", 0.1, 'SELECT "papers".* FROM "papers" WHERE "papers"."id" = ? LIMIT ?', [("id", 41), ("LIMIT", 1)],
      src="app/controllers/comments_controller.rb:38:in `set_paper'")
L.sql("TRANSACTION", 0.1, "begin transaction", src="app/controllers/comments_controller.rb:9:in `create'")
st = utc(when, 302991)
L.sql("Comment Create", 0.4, 'INSERT INTO "comments" ("paper_id", "user_id", "body", "created_at", "updated_at") VALUES (?, ?, ?, ?, ?) RETURNING "id"',
      [("paper_id", 41), ("user_id", 5), ("body", body), ("created_at", st), ("updated_at", st)],
      src="app/controllers/comments_controller.rb:9:in `create'")
L.sql("TRANSACTION", 1.2, "commit transaction", src="app/controllers/comments_controller.rb:9:in `create'")
L.raw("  Rendering comments/create.turbo_stream.erb", "  Rendered comments/_comment.html.erb (Duration: 0.7ms | Allocations: 402)",
      "  Rendered comments/create.turbo_stream.erb (Duration: 1.4ms | Allocations: 803)",
      "Completed 200 OK in 11ms (Views: 2.0ms | ActiveRecord: 2.1ms | Allocations: 4127)")
# a stale link
L.start("GET", "/papers/99", t("13:33:40"))
L.proc("PapersController#show", "HTML", {"id": "99"})
L.sql("Paper Load", 0.2, 'SELECT "papers".* FROM "papers" WHERE "papers"."id" = ? LIMIT ?', [("id", 99), ("LIMIT", 1)],
      src=f"{CTL}:63:in `set_paper'")
L.raw("Completed 404 Not Found in 4ms (ActiveRecord: 0.2ms | Allocations: 1583)", "", "",
      "  ", "ActiveRecord::RecordNotFound (Couldn't find Paper with 'id'=99):", "  ",
      f"{CTL}:63:in `set_paper'")
# the JSON list the lab's Slack bot reads, and a delete
L.start("GET", "/papers.json?tag=peft", t("13:35:00"), console=False)
L.proc("PapersController#index", "JSON", {"tag": "peft"})
L.sql("Paper Load", 1.1, 'SELECT "papers".* FROM "papers" INNER JOIN "taggings" ON "taggings"."paper_id" = "papers"."id" '
      'INNER JOIN "tags" ON "tags"."id" = "taggings"."tag_id" WHERE "tags"."name" = ? ORDER BY "papers"."created_at" DESC',
      [("name", "peft")], src="app/views/papers/index.json.jbuilder:1")
L.raw("  Rendered papers/index.json.jbuilder (Duration: 7.3ms | Allocations: 4633)",
      "Completed 200 OK in 12ms (Views: 8.0ms | ActiveRecord: 1.1ms | Allocations: 5210)")
L.start("DELETE", "/papers/37", t("13:37:21"))
L.proc("PapersController#destroy", "TURBO_STREAM", {"authenticity_token": "[FILTERED]", "id": "37"})
L.sql("Paper Load", 0.2, 'SELECT "papers".* FROM "papers" WHERE "papers"."id" = ? LIMIT ?', [("id", 37), ("LIMIT", 1)],
      src=f"{CTL}:63:in `set_paper'")
L.sql("TRANSACTION", 0.1, "begin transaction", src=f"{CTL}:52:in `destroy'")
L.sql("Tagging Delete All", 0.3, 'DELETE FROM "taggings" WHERE "taggings"."paper_id" = ?', [("paper_id", 37)],
      src=f"{CTL}:52:in `destroy'")
L.sql("Paper Destroy", 0.3, 'DELETE FROM "papers" WHERE "papers"."id" = ?', [("id", 37)], src=f"{CTL}:52:in `destroy'")
L.sql("TRANSACTION", 1.4, "commit transaction", src=f"{CTL}:52:in `destroy'")
L.raw("Redirected to http://localhost:3000/papers", "Completed 303 See Other in 9ms (ActiveRecord: 2.3ms | Allocations: 3381)")
write_only(F, "\n".join(L.lines) + "\n", keys(F))
