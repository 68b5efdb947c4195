#!/usr/bin/env python3
"""Builds digests/175_taskwarrior_export_phd_reading_tasks.json: `task project:phd export` of a PhD student's
Taskwarrior 2.6 database (reading, writing and admin tasks): "[" on its own line, one task per line joined by
",\\n", "]" — each task as Task::composeJSON(decorate=true) writes it: "id" first (0 for completed/deleted tasks),
then the attributes in std::map (alphabetical) order — description, due, end, entry, modified, priority, project,
scheduled, start, status, uuid, wait and the user-defined attributes `arxiv` and `venue` (uda.*.type=string) —,
then "annotations" ({"entry","description"}), "tags" (sorted), "depends" (uuids), "urgency" (C++ stream
formatting, 6 significant digits); dates as YYYYMMDDTHHMMSSZ; strings through json::encode, which escapes "/" as
"\\/" (so every URL reads "https:\\/\\/arxiv.org\\/abs\\/…" in the file) and '"' as '\\"'.

Evidence: URLs in annotations (abs, pdf, OpenReview: link), "arXiv:ID" in an annotation and an `arxiv` UDA value
(arxiv-text), titles in descriptions and annotations (title-only). Non-papers: a video, a textbook, the
transformers library release, a model checkpoint, a conference registration, the fairseq examples. Nicknames:
GENRE, GLAT, "nucleus sampling paper", wav2vec 2.0, Chinchilla, "the scaling laws paper". A reimbursement number
2213.50981 is not an arXiv id. Everything except titles and ids is invented."""
import hashlib, os, uuid as uuidlib

OUT = os.path.join(os.path.dirname(__file__), "..", "digests", "175_taskwarrior_export_phd_reading_tasks.json")


def enc(s):
    return (s.replace("\\", "\\\\").replace('"', '\\"').replace("/", "\\/").replace("\b", "\\b")
             .replace("\f", "\\f").replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t"))


def uid(seed):
    return str(uuidlib.UUID(bytes=hashlib.md5(seed.encode()).digest(), version=4))


def urg(x):
    s = f"{x:.6g}"
    return s


def task(tid, seed, desc, entry, modified, status="pending", project="phd.reading", tags=(), annotations=(),
         due=None, end=None, priority=None, scheduled=None, start=None, wait=None, depends=(), urgency=0.0, uda=None):
    d = {"description": desc, "entry": entry, "modified": modified, "project": project, "status": status,
         "uuid": uid(seed)}
    if due: d["due"] = due
    if end: d["end"] = end
    if priority: d["priority"] = priority
    if scheduled: d["scheduled"] = scheduled
    if start: d["start"] = start
    if wait: d["wait"] = wait
    for k, v in (uda or {}).items(): d[k] = v
    parts = [f'"id":{tid}']
    for k in sorted(d):
        parts.append(f'"{k}":"{enc(d[k])}"')
    if annotations:
        parts.append('"annotations":[' + ",".join(f'{{"entry":"{e}","description":"{enc(t)}"}}' for e, t in annotations) + "]")
    if tags:
        parts.append('"tags":[' + ",".join(f'"{t}"' for t in sorted(tags)) + "]")
    if depends:
        parts.append('"depends":[' + ",".join(f'"{uid(x)}"' for x in depends) + "]")
    parts.append(f'"urgency":{urg(urgency)}')
    return "{" + ",".join(parts) + "}"


T = [
 task(1, "realm", "Read REALM: Retrieval-Augmented Language Model Pre-Training (sec 3 + appendix on async index refresh)",
      "20231106T091204Z", "20231120T083011Z", tags=["paper", "retrieval"], priority="H", due="20231124T230000Z",
      annotations=[("20231106T091300Z", "https://arxiv.org/abs/2002.08909"),
                   ("20231120T083011Z", "compare MIPS refresh cost with our FAISS rebuild numbers")],
      urgency=14.2877),
 task(2, "genre", "Read Autoregressive Entity Retrieval (GENRE) for the entity-linking chapter",
      "20231106T091722Z", "20231106T091722Z", tags=["paper", "retrieval"], depends=["realm"], urgency=3.29041),
 task(3, "degeneration", "Reread The Curious Case of Neural Text Degeneration before writing the decoding section",
      "20231109T141055Z", "20231201T100214Z", tags=["paper", "writing"], scheduled="20231204T080000Z",
      annotations=[("20231201T100214Z", "a.k.a. the nucleus sampling paper; also cite the top-k baseline they compare to")],
      urgency=5.10959),
 task(4, "hf-cite", "Methods section: cite HuggingFace's Transformers: State-of-the-art Natural Language Processing (the EMNLP demo version) + pin library version",
      "20231110T080301Z", "20231110T080301Z", project="phd.thesis", tags=["writing"], urgency=2.8),
 task(0, "upgrade-transformers", "Upgrade transformers to 4.36 in the cluster env (breaks our custom generate())",
      "20231110T080433Z", "20231212T162045Z", status="completed", project="phd.infra", end="20231212T162045Z",
      tags=["infra"], urgency=0.8),
 task(5, "lite", "Skim Lite Transformer with Long-Short Range Attention for the efficiency baselines table",
      "20231113T103312Z", "20231113T103540Z", tags=["baseline", "paper"],
      annotations=[("20231113T103540Z", "https://arxiv.org/pdf/2004.11886.pdf")], urgency=3.6),
 task(6, "glat", "Glancing Transformer for Non-Autoregressive Neural Machine Translation — is GLAT's glancing sampling usable for our NAR decoder?",
      "20231113T104010Z", "20231113T104210Z", tags=["nar", "paper"],
      annotations=[("20231113T104210Z", "https://openreview.net/forum?id=ZaYZfu8pT_N (the ICLR submission; final version at ACL)")],
      urgency=3.6),
 task(7, "norms", "Attention is Not Only a Weight: Analyzing Transformers with Vector Norms -- use their norm-based analysis for the probing appendix",
      "20231115T170206Z", "20231115T170206Z", tags=["analysis", "paper"], priority="L", urgency=1.80411),
 task(8, "dodrio", "Look at Dodrio (interactive attention vis) for the defence slides",
      "20231115T170455Z", "20231116T090102Z", project="phd.defence", tags=["slides", "tool"],
      annotations=[("20231116T090102Z", "Dodrio: Exploring Transformer Models with Interactive Visualization, arXiv:2103.14625 -- demo site is down, build locally")],
      wait="20240301T000000Z", status="waiting", urgency=-1.2),
 task(9, "hubert", "Read HuBERT: Self-Supervised Speech Representation Learning by Masked Prediction of Hidden Units (speech chapter, vs wav2vec 2.0)",
      "20231120T112233Z", "20231120T112233Z", tags=["paper", "speech"], urgency=2.9),
 task(10, "ctc", "Background for speech chapter: Connectionist Temporal Classification: Labelling Unsegmented Sequence Data with Recurrent Neural Networks (Graves et al. 2006)",
      "20231120T112510Z", "20231120T112510Z", tags=["classic", "paper", "speech"], urgency=2.9),
 task(11, "hubert-ckpt", "Download the HuBERT large checkpoint + fairseq examples/hubert recipe, check licence",
      "20231120T112701Z", "20231120T112701Z", project="phd.infra", tags=["infra", "speech"], depends=["hubert"], urgency=-2.1),
 task(12, "survey", "Related work: go through A Survey of Large Language Models (v13!) and pick refs for ch. 2",
      "20231127T094500Z", "20231204T081144Z", project="phd.thesis", tags=["paper", "writing"], start="20231204T081144Z",
      annotations=[("20231127T094530Z", "https://arxiv.org/abs/2303.18223"),
                   ("20231204T081144Z", "the scaling laws paper and Chinchilla are in sec. 2.2 -- don't re-read, just cite")],
      urgency=8.69589),
 task(13, "gpt3", "Few-shot baselines: re-check the prompt format in Language Models are Few-Shot Learners, appendix G",
      "20231127T095012Z", "20231127T095012Z", tags=["baseline", "paper"], uda={"arxiv": "2005.14165", "venue": "NeurIPS 2020"},
      urgency=2.9),
 task(14, "karpathy", "Watch Karpathy 'Let's build GPT: from scratch, in code, spelled out' with the first-years",
      "20231128T160001Z", "20231128T160001Z", project="phd.teaching", tags=["teaching", "video"], due="20231208T150000Z",
      urgency=6.42),
 task(15, "slp3", "Return Jurafsky & Martin (SLP) to the library",
      "20231128T160211Z", "20231128T160211Z", project="phd.admin", tags=["admin"], due="20231215T160000Z", urgency=4.53),
 task(0, "reimb", "Submit travel reimbursement 2213.50981 (EMNLP registration + hotel)",
      "20231201T084412Z", "20231211T101530Z", status="completed", project="phd.admin", end="20231211T101530Z",
      tags=["admin"], urgency=2.2),
 task(0, "dup", "Read REALM paper", "20231106T091100Z", "20231106T091150Z", status="deleted", end="20231106T091150Z",
      tags=["paper"], urgency=0.8),
]

with open(OUT, "w", encoding="utf-8", newline="\n") as fh:
    # pending.data is read before completed.data: the id-0 (completed/deleted) tasks come last
    live = [t for t in T if not t.startswith('{"id":0,')]
    done = sorted((t for t in T if t.startswith('{"id":0,')), key=lambda t: t.split('"entry":"')[1][:16])
    fh.write("[\n" + ",\n".join(live + done) + "\n]\n")
