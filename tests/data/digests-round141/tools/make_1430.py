#!/usr/bin/env python3
"""1430: an Apache Pig 0.17 grunt session in local mode (Hindi reading-list data): `pig -x local` with its start-up
lines, LOAD of a tab-separated list with a schema, DESCRIBE, three DUMPs (all rows; rows without a link; a GROUP BY
presenter with COUNT), each preceded by Pig's INFO log lines, the Script Statistics block (tab-separated tables,
`Success!`, Input(s) / Output(s) record counts, Counters, Job DAG) and followed by the tuples. Tuples print nulls as
empty fields and chararrays raw (a title with commas stays ambiguous); groups come out sorted by key (null first).
Every count, tuple and group is computed from the modelled rows; timestamps only go forward. Not papers: the HF NLP
course, the tokenizers demo, the GLUE leaderboard, a holiday, the project demo. Nicknames: BPE, ELECTRIC, BART,
SBERT."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import F1430, keys

A, R, PR, V = "अनन्या", "रोहित", "प्रिया", "विकास"
ROWS = [  # week, title, link, presenter, note  ('' = empty field, loaded as null)
 (14, T("1910.03771"), "https://arxiv.org/abs/1910.03771", A, "लाइब्रेरी वाला पेपर; ट्यूटोरियल अलग से"),
 (15, T("1508.07909"), "", R, "ACL 2016, BPE — साथ में tokenizers लाइब्रेरी का डेमो"),
 (16, T("1910.13461"), "https://arxiv.org/pdf/1910.13461.pdf", PR, "सिर्फ़ खंड 2 और 3"),
 (17, "होली की छुट्टी — कोई सत्र नहीं", "", "", ""),
 (18, T("1908.10084"), "https://arxiv.org/abs/1908.10084", V, "SBERT, सिमेंटिक सर्च के प्रयोग"),
 (19, T("2010.06040"), f"https://openreview.net/forum?id={OR('2010.06040')}", A, "मास्किंग रणनीति पर चर्चा"),
 (20, "Hugging Face NLP Course — अध्याय 3 (fine-tuning)", "https://huggingface.co/learn/nlp-course/chapter3/1", R, "कोर्स, पेपर नहीं"),
 (21, T("2104.08691"), "", PR, "arXiv:2104.08691 — EMNLP 2021"),
 (22, T("2012.08561"), "", V, "ELECTRIC; ELECTRA के बाद पढ़ें"),
 (23, T("2004.10102"), "https://aclanthology.org/2020.emnlp-main.574/", A, "EMNLP 2020, वेक्टर नॉर्म विश्लेषण"),
 (24, "GLUE लीडरबोर्ड की तुलना", "https://gluebenchmark.com/leaderboard", R, "लीडरबोर्ड स्क्रीनशॉट स्लाइड में"),
 (25, "अंतिम प्रस्तुति / प्रोजेक्ट डेमो", "", "", "सभी"),
]
HOME = "/home/ananya/seminar"
FILE = "padhne_ki_suchi.tsv"
clock = [10 * 3600 + 21 * 60 + 3, 117]   # seconds of the day, milliseconds


def ts(step_ms):
    s, ms = clock
    ms += step_ms
    s, ms = s + ms // 1000, ms % 1000
    clock[:] = [s, ms]
    return f"2024-05-14 {s // 3600:02d}:{s // 60 % 60:02d}:{s % 60:02d},{ms:03d}"


def hms():
    s = clock[0]
    return f"2024-05-14 {s // 3600:02d}:{s // 60 % 60:02d}:{s % 60:02d}"


def info(step, cls, msg, th="main"):
    return f"{ts(step)} [{th}] INFO  {cls} - {msg}\n"


MR = "org.apache.pig.backend.hadoop.executionengine.mapReduceLayer."
RULES = ("{RULES_ENABLED=[AddForEach, ColumnMapKeyPrune, ConstantCalculator, GroupByConstParallelSetter, LimitOptimizer, "
         "LoadTypeCastInserter, MergeFilter, MergeForEach, NestedLimitOptimizer, PartitionFilterOptimizer, "
         "PredicatePushdownOptimizer, PushDownForEachFlatten, PushUpFilter, SplitFilter, StreamTypeCastInserter]}")
tup = lambda vals: "(" + ",".join("" if v in ("", None) else str(v) for v in vals) + ")\n"


def dump(n, feature, aliases, loc, reduces, tuples, tmp):
    job = f"job_local1620841395_{n:04d}"
    o = info(390, "org.apache.pig.tools.pigstats.ScriptState", f"Pig features used in the script: {feature}")
    start = hms()
    o += info(54, "org.apache.pig.newplan.logical.optimizer.LogicalPlanOptimizer", RULES)
    o += info(128, MR + "MRCompiler", "File concatenation threshold: 100 optimistic? false")
    o += info(23, MR + "MultiQueryOptimizer", "MR plan size before optimization: 1")
    o += info(0, MR + "MultiQueryOptimizer", "MR plan size after optimization: 1")
    o += info(78, MR + "JobControlCompiler", "Setting up single store job")
    if reduces: o += info(11, MR + "JobControlCompiler", "Reduce phase detected, estimating # of required reducers.")
    o += info(162, MR + "MapReduceLauncher", "1 map-reduce job(s) waiting for submission.")
    o += info(468, "org.apache.hadoop.mapreduce.lib.input.FileInputFormat", "Total input files to process : 1", "JobControl")
    o += info(1, "org.apache.pig.backend.hadoop.executionengine.util.MapRedUtil", "Total input paths to process : 1", "JobControl")
    o += info(585, MR + "MapReduceLauncher", f"HadoopJobId: {job}")
    o += info(0, MR + "MapReduceLauncher", f"Processing aliases {aliases}")
    o += info(0, MR + "MapReduceLauncher", f"detailed locations: {loc}")
    o += info(508 + 400 * reduces, MR + "MapReduceLauncher", "100% complete")
    o += info(15, "org.apache.pig.tools.pigstats.mapreduce.SimplePigStats", "Script Statistics: ")
    o += ("\nHadoopVersion\tPigVersion\tUserId\tStartedAt\tFinishedAt\tFeatures\n"
          f"2.7.3\t0.17.0\tananya\t{start}\t{hms()}\t{feature}\n\nSuccess!\n\nJob Stats (time in seconds):\n"
          "JobId\tMaps\tReduces\tMaxMapTime\tMinMapTime\tAvgMapTime\tMedianMapTime\tMaxReduceTime\tMinReduceTime\t"
          "AvgReduceTime\tMedianReducetime\tAlias\tFeature\tOutputs\n"
          f"{job}\t1\t{reduces}\tn/a\tn/a\tn/a\tn/a\t0\t0\t0\t0\t{aliases}\t{'GROUP_BY' if reduces else 'MAP_ONLY'}\t{tmp},\n\n"
          f"Input(s):\nSuccessfully read {len(ROWS)} records from: \"file://{HOME}/{FILE}\"\n\n"
          f"Output(s):\nSuccessfully stored {len(tuples)} records in: \"{tmp}\"\n\n"
          f"Counters:\nTotal records written : {len(tuples)}\nTotal bytes written : 0\n"
          "Spillable Memory Manager spill count : 0\nTotal bags proactively spilled: 0\nTotal records proactively spilled: 0\n\n"
          f"Job DAG:\n{job}\n\n\n")
    o += info(9, MR + "MapReduceLauncher", "Success!")
    o += info(8, "org.apache.pig.data.SchemaTupleBackend", "Key [pig.schematuple] was not set... will not generate code.")
    o += info(15, "org.apache.hadoop.mapreduce.lib.input.FileInputFormat", "Total input files to process : 1")
    o += info(0, "org.apache.pig.backend.hadoop.executionengine.util.MapRedUtil", "Total input paths to process : 1")
    return o + "".join(tup(t) for t in tuples)


G = "grunt> "
out = f"ananya@nlp-seminar:~/seminar$ pig -x local\n"
out += f"{ts(0)} INFO pig.ExecTypeProvider: Trying ExecType : LOCAL\n"
out += f"{ts(2)} INFO pig.ExecTypeProvider: Picked LOCAL as the ExecType\n"
out += info(82, "org.apache.pig.Main", "Apache Pig version 0.17.0 (r1797386) compiled Jun 02 2017, 15:41:58")
out += info(0, "org.apache.pig.Main", "Logging error messages to: /home/ananya/seminar/pig_1715662263198.log")
out += info(25, "org.apache.pig.impl.util.Utils", "Default bootup file /home/ananya/.pigbootup not found")
out += info(104, "org.apache.pig.backend.hadoop.executionengine.HExecutionEngine", "Connecting to hadoop file system at: file:///")
clock[0] += 31
out += G + f"papers = LOAD '{FILE}' USING PigStorage('\\t') AS (week:int, title:chararray, link:chararray, presenter:chararray, note:chararray);\n"
out += G + "DESCRIBE papers;\npapers: {week: int,title: chararray,link: chararray,presenter: chararray,note: chararray}\n"
clock[0] += 12
out += G + "DUMP papers;\n" + dump(1, "UNKNOWN", "papers", "M: papers[1,9] C:  R: ", 0, ROWS, "file:/tmp/temp-1571372418/tmp-1446305520")
clock[0] += 47
out += G + "no_link = FILTER papers BY (link IS NULL OR link == '');\n"
clock[0] += 6
nl = [r for r in ROWS if not r[2]]
out += G + "DUMP no_link;\n" + dump(2, "FILTER", "no_link,papers", "M: papers[1,9],no_link[2,10] C:  R: ", 0, nl, "file:/tmp/temp-1571372418/tmp-2093311864")
clock[0] += 58
out += G + "by_person = GROUP papers BY presenter;\n"
out += G + "counts = FOREACH by_person GENERATE group, COUNT(papers);\n"
clock[0] += 9
grp = {}
for r in ROWS: grp[r[3]] = grp.get(r[3], 0) + 1
cnt = sorted(grp.items(), key=lambda kv: (kv[0] != "", kv[0].encode()))
out += G + "DUMP counts;\n" + dump(3, "GROUP_BY", "by_person,counts,papers",
                                    "M: papers[1,9],papers[-1,-1],by_person[3,12] C:  R: counts[4,9]", 1, cnt,
                                    "file:/tmp/temp-1571372418/tmp-77641290")
out += G + "quit\nananya@nlp-seminar:~/seminar$ \n"
write_only(F1430, out, keys(F1430))
