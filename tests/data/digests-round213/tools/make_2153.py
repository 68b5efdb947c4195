#!/usr/bin/env python3
"""2153: an LLVM IR module (`okuma.ll`, as `clang -S -emit-llvm -O1 okuma.c` writes it for clang 17: ModuleID,
source_filename, datalayout and triple, a struct type, private `c"…\\00"` string constants whose array lengths are the
byte counts (non-ASCII bytes, `"`, `\\` and control characters written as `\\XX`), a constant array of structs, `main`
with a loop, `declare`s, attribute groups and metadata) of an invented Turkish reading-list program for a state-space
and quantization group: the papers are in the strings — an OpenReview forum link and arXiv links (`/abs/`, `/pdf/…v2`,
`http://`), one `arXiv:2008.07669` in a note string, titles alone with no address; non-papers (a book, the
repository, a talk). LF."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import keys, by_num

F = by_num(2153)

HEAD = [
    "Durum uzayı ve nicemleme okuma listesi (Mayıs 2024)",
    "Hazırlayan: Elif Yıldırım Aksoy <elif.aksoy@durum-lab.example.com.tr>",
    "Depo: https://github.com/durum-lab/okuma-listesi | Sunum: https://video.durum-lab.example.com.tr/sunumlar/2024-05",
    "Kitap: Hennessy & Patterson, \"Computer Architecture: A Quantitative Approach\" (6. baskı)",
]
# (key, url or None, note or None)
LIST = [
    ("2111.00396", "https://openreview.net/forum?id=" + OR("2111.00396"), "ICLR 2022, ana makale"),
    ("2008.07669", None, "arXiv:2008.07669 -- önce bunu okuyun"),
    ("2006.03236", None, "sadece başlık, PDF yok"),
    ("2210.17323", "https://arxiv.org/abs/2210.17323", "4 bit ağırlık"),
    ("2208.07339", "https://arxiv.org/pdf/2208.07339v2", "aykırı değerler"),
    ("2211.17192", "http://arxiv.org/abs/2211.17192", None),
    ("2402.09353", None, "ince ayar, tartışma için"),
    ("1910.02054", None, "eğitim tarafı, isteğe bağlı"),
]
FMT_HDR = "%s\n"
FMT_ITEM = "%2d. %s\n"
FMT_URL = "    %s\n"
FMT_NOTE = "    (%s)\n"
SON = "-- listenin sonu --"


def esc(s):
    b = s.encode("utf-8") + b"\x00"
    out = "".join(chr(c) if 32 <= c < 127 and c not in (34, 92) else "\\%02X" % c for c in b)
    return len(b), out


consts, names = [], {}


def const(name, s):
    n, e = esc(s)
    consts.append(f'@{name} = private unnamed_addr constant [{n} x i8] c"{e}", align 1')
    names[s] = name
    return "@" + name


i = 0
def nxt():
    global i
    nm = ".str" if i == 0 else f".str.{i}"
    i += 1
    return nm


head_refs = [const(nxt(), h) for h in HEAD]
rows = []
for key, url, note in LIST:
    t = const(nxt(), T(key))
    u = const(nxt(), url) if url else "null"
    n_ = const(nxt(), note) if note else "null"
    rows.append(f"%struct.makale {{ ptr {t}, ptr {u}, ptr {n_} }}")
f_hdr = const(nxt(), FMT_HDR)
f_item = const(nxt(), FMT_ITEM)
f_url = const(nxt(), FMT_URL)
f_note = const(nxt(), FMT_NOTE)
son = const(nxt(), SON)
N = len(LIST)

body = [
    "; ModuleID = 'okuma.c'",
    'source_filename = "okuma.c"',
    'target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"',
    'target triple = "x86_64-pc-linux-gnu"',
    "",
    "%struct.makale = type { ptr, ptr, ptr }",
    "",
    *consts,
    f"@baslik = dso_local local_unnamed_addr constant [{len(HEAD)} x ptr] [" + ", ".join("ptr " + r for r in head_refs) + "], align 16",
    f"@okuma_listesi = dso_local local_unnamed_addr constant [{N} x %struct.makale] [" + ", ".join(rows) + "], align 16",
    "",
    "; Function Attrs: nofree nounwind uwtable",
    "define dso_local i32 @main() local_unnamed_addr #0 {",
    "entry:",
    "  br label %bas.body",
    "",
    "bas.body:",
    "  %h = phi i64 [ 0, %entry ], [ %h.next, %bas.body ]",
    f"  %h.ptr = getelementptr inbounds [{len(HEAD)} x ptr], ptr @baslik, i64 0, i64 %h",
    "  %h.str = load ptr, ptr %h.ptr, align 8",
    f"  %0 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) {f_hdr}, ptr noundef %h.str)",
    "  %h.next = add nuw nsw i64 %h, 1",
    f"  %h.son = icmp eq i64 %h.next, {len(HEAD)}",
    "  br i1 %h.son, label %for.body, label %bas.body",
    "",
    "for.body:",
    "  %i = phi i64 [ %i.next, %for.inc ], [ 0, %bas.body ]",
    f"  %t.ptr = getelementptr inbounds [{N} x %struct.makale], ptr @okuma_listesi, i64 0, i64 %i, i32 0",
    "  %t = load ptr, ptr %t.ptr, align 8",
    "  %no = add nuw nsw i64 %i, 1",
    "  %no32 = trunc i64 %no to i32",
    f"  %1 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) {f_item}, i32 noundef %no32, ptr noundef %t)",
    f"  %u.ptr = getelementptr inbounds [{N} x %struct.makale], ptr @okuma_listesi, i64 0, i64 %i, i32 1",
    "  %u = load ptr, ptr %u.ptr, align 8",
    "  %u.bos = icmp eq ptr %u, null",
    "  br i1 %u.bos, label %not.kontrol, label %url.yaz",
    "",
    "url.yaz:",
    f"  %2 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) {f_url}, ptr noundef nonnull %u)",
    "  br label %not.kontrol",
    "",
    "not.kontrol:",
    f"  %n.ptr = getelementptr inbounds [{N} x %struct.makale], ptr @okuma_listesi, i64 0, i64 %i, i32 2",
    "  %n = load ptr, ptr %n.ptr, align 8",
    "  %n.bos = icmp eq ptr %n, null",
    "  br i1 %n.bos, label %for.inc, label %not.yaz",
    "",
    "not.yaz:",
    f"  %3 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) {f_note}, ptr noundef nonnull %n)",
    "  br label %for.inc",
    "",
    "for.inc:",
    "  %i.next = add nuw nsw i64 %i, 1",
    f"  %son = icmp eq i64 %i.next, {N}",
    "  br i1 %son, label %for.end, label %for.body",
    "",
    "for.end:",
    f"  %4 = tail call i32 @puts(ptr noundef nonnull dereferenceable(1) {son})",
    "  ret i32 0",
    "}",
    "",
    "; Function Attrs: nofree nounwind",
    "declare noundef i32 @printf(ptr nocapture noundef readonly, ...) local_unnamed_addr #1",
    "",
    "; Function Attrs: nofree nounwind",
    "declare noundef i32 @puts(ptr nocapture noundef readonly) local_unnamed_addr #1",
    "",
    'attributes #0 = { nofree nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }',
    'attributes #1 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }',
    "",
    "!llvm.module.flags = !{!0, !1, !2, !3}",
    "!llvm.ident = !{!4}",
    "",
    '!0 = !{i32 1, !"wchar_size", i32 4}',
    '!1 = !{i32 8, !"PIC Level", i32 2}',
    '!2 = !{i32 7, !"PIE Level", i32 2}',
    '!3 = !{i32 7, !"uwtable", i32 2}',
    '!4 = !{!"clang version 17.0.6"}',
]
TXT = "\n".join(body) + "\n"
# the checks run on the text and on the strings as the program prints them
FORMS = HEAD + [T(k) for k, _, _ in LIST]

if __name__ == "__main__":
    write_only(F, TXT, keys(F), forms=FORMS)
