; ModuleID = 'okuma.c'
source_filename = "okuma.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.makale = type { ptr, ptr, ptr }

@.str = private unnamed_addr constant [54 x i8] c"Durum uzay\C4\B1 ve nicemleme okuma listesi (May\C4\B1s 2024)\00", align 1
@.str.1 = private unnamed_addr constant [74 x i8] c"Haz\C4\B1rlayan: Elif Y\C4\B1ld\C4\B1r\C4\B1m Aksoy <elif.aksoy@durum-lab.example.com.tr>\00", align 1
@.str.2 = private unnamed_addr constant [114 x i8] c"Depo: https://github.com/durum-lab/okuma-listesi | Sunum: https://video.durum-lab.example.com.tr/sunumlar/2024-05\00", align 1
@.str.3 = private unnamed_addr constant [90 x i8] c"Kitap: Hennessy & Patterson, \22Computer Architecture: A Quantitative Approach\22 (6. bask\C4\B1)\00", align 1
@.str.4 = private unnamed_addr constant [65 x i8] c"Efficiently Modeling Long Sequences with Structured State Spaces\00", align 1
@.str.5 = private unnamed_addr constant [44 x i8] c"https://openreview.net/forum?id=uYLFoz1vlAC\00", align 1
@.str.6 = private unnamed_addr constant [22 x i8] c"ICLR 2022, ana makale\00", align 1
@.str.7 = private unnamed_addr constant [60 x i8] c"HiPPO: Recurrent Memory with Optimal Polynomial Projections\00", align 1
@.str.8 = private unnamed_addr constant [38 x i8] c"arXiv:2008.07669 -- \C3\B6nce bunu okuyun\00", align 1
@.str.9 = private unnamed_addr constant [90 x i8] c"Funnel-Transformer: Filtering out Sequential Redundancy for Efficient Language Processing\00", align 1
@.str.10 = private unnamed_addr constant [25 x i8] c"sadece ba\C5\9Fl\C4\B1k, PDF yok\00", align 1
@.str.11 = private unnamed_addr constant [82 x i8] c"GPTQ: Accurate Post-Training Quantization for Generative Pre-trained Transformers\00", align 1
@.str.12 = private unnamed_addr constant [33 x i8] c"https://arxiv.org/abs/2210.17323\00", align 1
@.str.13 = private unnamed_addr constant [17 x i8] c"4 bit a\C4\9F\C4\B1rl\C4\B1k\00", align 1
@.str.14 = private unnamed_addr constant [66 x i8] c"LLM.int8(): 8-bit Matrix Multiplication for Transformers at Scale\00", align 1
@.str.15 = private unnamed_addr constant [35 x i8] c"https://arxiv.org/pdf/2208.07339v2\00", align 1
@.str.16 = private unnamed_addr constant [19 x i8] c"ayk\C4\B1r\C4\B1 de\C4\9Ferler\00", align 1
@.str.17 = private unnamed_addr constant [58 x i8] c"Fast Inference from Transformers via Speculative Decoding\00", align 1
@.str.18 = private unnamed_addr constant [32 x i8] c"http://arxiv.org/abs/2211.17192\00", align 1
@.str.19 = private unnamed_addr constant [44 x i8] c"DoRA: Weight-Decomposed Low-Rank Adaptation\00", align 1
@.str.20 = private unnamed_addr constant [28 x i8] c"ince ayar, tart\C4\B1\C5\9Fma i\C3\A7in\00", align 1
@.str.21 = private unnamed_addr constant [69 x i8] c"ZeRO: Memory Optimizations Toward Training Trillion Parameter Models\00", align 1
@.str.22 = private unnamed_addr constant [33 x i8] c"e\C4\9Fitim taraf\C4\B1, iste\C4\9Fe ba\C4\9Fl\C4\B1\00", align 1
@.str.23 = private unnamed_addr constant [4 x i8] c"%s\0A\00", align 1
@.str.24 = private unnamed_addr constant [9 x i8] c"%2d. %s\0A\00", align 1
@.str.25 = private unnamed_addr constant [8 x i8] c"    %s\0A\00", align 1
@.str.26 = private unnamed_addr constant [10 x i8] c"    (%s)\0A\00", align 1
@.str.27 = private unnamed_addr constant [20 x i8] c"-- listenin sonu --\00", align 1
@baslik = dso_local local_unnamed_addr constant [4 x ptr] [ptr @.str, ptr @.str.1, ptr @.str.2, ptr @.str.3], align 16
@okuma_listesi = dso_local local_unnamed_addr constant [8 x %struct.makale] [%struct.makale { ptr @.str.4, ptr @.str.5, ptr @.str.6 }, %struct.makale { ptr @.str.7, ptr null, ptr @.str.8 }, %struct.makale { ptr @.str.9, ptr null, ptr @.str.10 }, %struct.makale { ptr @.str.11, ptr @.str.12, ptr @.str.13 }, %struct.makale { ptr @.str.14, ptr @.str.15, ptr @.str.16 }, %struct.makale { ptr @.str.17, ptr @.str.18, ptr null }, %struct.makale { ptr @.str.19, ptr null, ptr @.str.20 }, %struct.makale { ptr @.str.21, ptr null, ptr @.str.22 }], align 16

; Function Attrs: nofree nounwind uwtable
define dso_local i32 @main() local_unnamed_addr #0 {
entry:
  br label %bas.body

bas.body:
  %h = phi i64 [ 0, %entry ], [ %h.next, %bas.body ]
  %h.ptr = getelementptr inbounds [4 x ptr], ptr @baslik, i64 0, i64 %h
  %h.str = load ptr, ptr %h.ptr, align 8
  %0 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.23, ptr noundef %h.str)
  %h.next = add nuw nsw i64 %h, 1
  %h.son = icmp eq i64 %h.next, 4
  br i1 %h.son, label %for.body, label %bas.body

for.body:
  %i = phi i64 [ %i.next, %for.inc ], [ 0, %bas.body ]
  %t.ptr = getelementptr inbounds [8 x %struct.makale], ptr @okuma_listesi, i64 0, i64 %i, i32 0
  %t = load ptr, ptr %t.ptr, align 8
  %no = add nuw nsw i64 %i, 1
  %no32 = trunc i64 %no to i32
  %1 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.24, i32 noundef %no32, ptr noundef %t)
  %u.ptr = getelementptr inbounds [8 x %struct.makale], ptr @okuma_listesi, i64 0, i64 %i, i32 1
  %u = load ptr, ptr %u.ptr, align 8
  %u.bos = icmp eq ptr %u, null
  br i1 %u.bos, label %not.kontrol, label %url.yaz

url.yaz:
  %2 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.25, ptr noundef nonnull %u)
  br label %not.kontrol

not.kontrol:
  %n.ptr = getelementptr inbounds [8 x %struct.makale], ptr @okuma_listesi, i64 0, i64 %i, i32 2
  %n = load ptr, ptr %n.ptr, align 8
  %n.bos = icmp eq ptr %n, null
  br i1 %n.bos, label %for.inc, label %not.yaz

not.yaz:
  %3 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.26, ptr noundef nonnull %n)
  br label %for.inc

for.inc:
  %i.next = add nuw nsw i64 %i, 1
  %son = icmp eq i64 %i.next, 8
  br i1 %son, label %for.end, label %for.body

for.end:
  %4 = tail call i32 @puts(ptr noundef nonnull dereferenceable(1) @.str.27)
  ret i32 0
}

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr nocapture noundef readonly, ...) local_unnamed_addr #1

; Function Attrs: nofree nounwind
declare noundef i32 @puts(ptr nocapture noundef readonly) local_unnamed_addr #1

attributes #0 = { nofree nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }

!llvm.module.flags = !{!0, !1, !2, !3}
!llvm.ident = !{!4}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{!"clang version 17.0.6"}
