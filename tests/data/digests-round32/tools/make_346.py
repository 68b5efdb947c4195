#!/usr/bin/env python3
"""346 (NEGATIVE): a runs table exported from an experiment tracker's web UI as CSV (the Weights & Biases runs
table's "Export as CSV"): every cell in double quotes, LF, the fixed columns Name, State, Notes, User, Tags,
Created (ISO UTC, newest first), Runtime (seconds), Sweep, then config and summary columns; empty Notes as "-".
English. The project, the people and the runs are invented. What such an export has: run names (some left as the
tool's adjective-noun-number, some named by hand), states finished / crashed / failed / running (crashed, failed
and running runs have no final eval metric), notes that name a talk at the lab retreat, a course, project names,
datasets and software that read like paper titles ("Attention Is Not All You Need for Tabular Data" as a talk,
"Towards Robust Small Models" as a project) — and no paper: the builder refuses any catalogue title and any
arXiv-shaped number."""
import csv, io, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import write

RUNS = [  # name, state, notes, user, tags, created, runtime, sweep, lr, batch, model, dataset, eval_acc
    ("distil-s-wd01-final", "running", "final run for the retreat talk 'Attention Is Not All You Need for Tabular Data'", "mlopez", "retreat,final", "2024-03-14T08:02:11.000Z", 5140, "", "0.0003", 256, "tabtr-small", "adult-census", ""),
    ("wobbly-river-57", "finished", "-", "mlopez", "", "2024-03-13T19:44:50.000Z", 10822, "k3x9q2ab", "0.0003", 256, "tabtr-small", "adult-census", "0.8612"),
    ("giddy-frost-56", "crashed", "OOM at step 41k, PyTorch 2.2 + FlashAttention kernels", "mlopez", "", "2024-03-13T16:20:03.000Z", 7311, "k3x9q2ab", "0.001", 512, "tabtr-small", "adult-census", ""),
    ("baseline-xgb-vs-tabtr", "finished", "Towards Robust Small Models project, milestone 2 baseline", "hkim", "baseline", "2024-03-12T10:05:37.000Z", 1843, "", "0.1", 1024, "xgboost", "covertype", "0.9417"),
    ("scaling-down-sweep-a", "finished", "for CS 7643 guest lecture 'Scaling Down: Lessons from Small Tabular Transformers'", "hkim", "sweep,lecture", "2024-03-11T22:13:09.000Z", 6420, "p7m2c8vd", "0.0005", 128, "tabtr-tiny", "covertype", "0.9102"),
    ("hopeful-moon-31", "failed", "dataset path wrong (OpenML mirror down)", "jpark", "", "2024-03-11T09:51:44.000Z", 37, "p7m2c8vd", "0.0005", 128, "tabtr-tiny", "higgs", ""),
    ("revisiting-deep-tabular", "finished", "repro of the 'Revisiting Deep Learning for Spreadsheets' demo from the reading-group wiki", "jpark", "repro", "2024-03-08T14:30:00.000Z", 9035, "", "0.0001", 256, "ft-transformer", "california-housing", "0.7788"),
]
HDR = ["Name", "State", "Notes", "User", "Tags", "Created", "Runtime", "Sweep", "lr", "batch_size", "model", "dataset",
       "eval/accuracy"]
buf = io.StringIO()
w = csv.writer(buf, quoting=csv.QUOTE_ALL, lineterminator="\n")
w.writerow(HDR)
for r in RUNS:
    w.writerow(r)
write("346_negative_experiment_tracker_runs_export_csv_english_model_training.csv", buf.getvalue(), negative=True)
