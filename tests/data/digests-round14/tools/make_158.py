#!/usr/bin/env python3
"""Builds digests/158_confluence_storage_format_efficient_attention_rg.xml: the storage-format body of a Confluence
Cloud page ("ML Reading Group – Efficient attention & memory (H1 2024)") as the REST API returns it in
body.storage.value and a team member saved it (one line, no XML declaration, no root element, undeclared ac:/ri:
prefixes, HTML entities such as &nbsp; and &ndash;).

Storage-format elements used: ac:layout / ac:layout-section / ac:layout-cell; ac:structured-macro (info, toc, status,
widget, view-file, children, code, jira, expand) with ac:name, ac:schema-version, ac:macro-id (UUID v4) and
ac:parameter / ac:rich-text-body / ac:plain-text-body (CDATA); a table with data-table-width, data-layout,
ac:local-id and a colgroup; <time datetime>; ac:link with ri:user (account ids), ri:page (content titles, one with an
ac:plain-text-link-body), ri:attachment; ri:url inside the widget; inline smart links (<a … data-card-appearance=
"inline">); ac:image with ri:attachment and ac:caption; ac:emoticon; ac:task-list with task ids, uuids, statuses and
bodies. This template is collapsed to one line. People, ids, rooms, jobs, attachments and the non-paper URLs are
invented; papers and ids are the catalogue's."""
import os, re, uuid

OUT = os.path.join(os.path.dirname(__file__), "..", "digests", "158_confluence_storage_format_efficient_attention_rg.xml")
N = [0]


def mid():
    N[0] += 1
    u = uuid.uuid5(uuid.NAMESPACE_URL, f"round14-158-{N[0]}").hex
    return f"{u[:8]}-{u[8:12]}-4{u[13:16]}-{'89ab'[int(u[16], 16) % 4]}{u[17:20]}-{u[20:]}"


U = {"mara": "5d1c8e2a4b7f30006f1e2a9c", "jonas": "61f0a3b27c5d4e0068b2c7d1", "priya": "712020:8c4e5a1b-3f6d-4a2e-9b7c-1d0e2f3a4b5c",
     "tim": "5b3f7e1c0a2d4e00694c8b1f"}
user = lambda k: f'<ac:link><ri:user ri:account-id="{U[k]}" /></ac:link>'


def status(t, c):
    return (f'<ac:structured-macro ac:name="status" ac:schema-version="1" ac:macro-id="{mid()}">'
            f'<ac:parameter ac:name="title">{t}</ac:parameter><ac:parameter ac:name="colour">{c}</ac:parameter>'
            '</ac:structured-macro>')


def row(date, paper, who, st, material):
    return (f'<tr><td><p><time datetime="{date}" /></p></td><td><p>{paper}</p></td><td><p>{who}</p></td>'
            f'<td><p>{st}</p></td><td><p>{material}</p></td></tr>')


T = f"""
<ac:layout><ac:layout-section ac:type="fixed-width" ac:breakout-mode="default"><ac:layout-cell>
<ac:structured-macro ac:name="info" ac:schema-version="1" ac:macro-id="{mid()}"><ac:rich-text-body>
<p>This page is the schedule for the <strong>efficient attention &amp; memory</strong> track <ac:emoticon ac:name="blue-star" ac:emoji-shortname=":books:" ac:emoji-id="1f4da" ac:emoji-fallback="&#128218;" />. Sessions are Thursdays 16:00&ndash;17:00 in <em>Hopper (3.14)</em> or on Zoom. Add yourself as presenter in the table; ideas go into the backlog at the bottom.&nbsp;</p>
</ac:rich-text-body></ac:structured-macro>
<ac:structured-macro ac:name="toc" ac:schema-version="1" data-layout="default" ac:macro-id="{mid()}"><ac:parameter ac:name="minLevel">1</ac:parameter><ac:parameter ac:name="maxLevel">2</ac:parameter></ac:structured-macro>
</ac:layout-cell></ac:layout-section>
<ac:layout-section ac:type="fixed-width" ac:breakout-mode="default"><ac:layout-cell>
<h2>Schedule</h2>
<table data-table-width="960" data-layout="wide" ac:local-id="{mid()}"><colgroup><col style="width: 112.0px;" /><col style="width: 336.0px;" /><col style="width: 140.0px;" /><col style="width: 118.0px;" /><col style="width: 254.0px;" /></colgroup><tbody>
<tr><th><p><strong>Date</strong></p></th><th><p><strong>Paper</strong></p></th><th><p><strong>Presenter</strong></p></th><th><p><strong>Status</strong></p></th><th><p><strong>Material</strong></p></th></tr>
{row("2024-01-18", '<a href="https://arxiv.org/abs/1901.02860v3">Transformer-XL: Attentive Language Models Beyond a Fixed-Length Context</a>', user("jonas"), status("DONE", "Green"),
     'slides: <ac:link><ri:attachment ri:filename="rg-2024-01-18-txl.pdf" ri:version-at-save="1" /></ac:link>')}
{row("2024-01-25", '<a href="https://arxiv.org/abs/2006.04768">Linformer: Self-Attention with Linear Complexity</a>', user("mara"), status("DONE", "Green"),
     'notebook: <a href="https://gist.github.com/mara-k/3c1f0e9d2b7a4c58e6f1a2b3c4d5e6f7">gist</a> (low-rank projection demo)')}
{row("2024-02-01", 'Rethinking Attention with Performers (<a href="https://openreview.net/forum?id=Ua6zuk0WRH" data-card-appearance="inline">https://openreview.net/forum?id=Ua6zuk0WRH</a>)', user("priya"), status("DONE", "Green"),
     f'<ac:structured-macro ac:name="widget" ac:schema-version="1" ac:macro-id="{mid()}"><ac:parameter ac:name="url"><ri:url ri:value="https://www.youtube.com/watch?v=xJrKIPwVwGM" /></ac:parameter><ac:parameter ac:name="width">240</ac:parameter></ac:structured-macro>')}
{row("2024-02-08", 'Synthesizer: Rethinking Self-Attention in Transformer Models', user("tim"), status("DONE", "Green"),
     'background: <a href="https://lilianweng.github.io/posts/2023-01-27-the-transformer-family-v2/">The Transformer Family Version 2.0</a> (blog)')}
{row("2024-02-15", 'Long Range Arena: A Benchmark for Efficient Transformers', user("mara"), status("DONE", "Green"),
     f'<ac:structured-macro ac:name="view-file" ac:schema-version="1" ac:macro-id="{mid()}"><ac:parameter ac:name="name"><ri:attachment ri:filename="2011.04006v1.pdf" ri:version-at-save="1" /></ac:parameter><ac:parameter ac:name="height">250</ac:parameter></ac:structured-macro>')}
{row("2024-02-22", '<em>no session (ICML deadline)</em>', '', '', '')}
{row("2024-02-29", 'Efficiently Modeling Long Sequences with Structured State Spaces &middot; arXiv:2111.00396', user("jonas"), status("DONE", "Green"),
     'walk-through: <a href="https://srush.github.io/annotated-s4/">The Annotated S4</a>')}
{row("2024-03-07", 'Memformer: A Memory-Augmented Transformer for Sequence Modeling (<a href="https://arxiv.org/pdf/2010.06891.pdf">pdf</a>)', user("tim"), status("DONE", "Green"),
     'slides: <ac:link><ri:attachment ri:filename="memformer-rg.pptx" ri:version-at-save="2" /></ac:link>')}
{row("2024-03-14", 'Addressing Some Limitations of Transformers with Feedback Memory', user("priya"), status("IN PROGRESS", "Blue"), '')}
{row("2024-03-21", 'Big Bird: Transformers for Longer Sequences', '<em>TBD</em>', status("TODO", "Grey"), '')}
</tbody></table>
<h2>Notes pages</h2>
<p>Per-paper notes live as child pages:</p>
<ul><li><p><ac:link><ri:page ri:content-title="RG notes &ndash; Transformer-XL" ri:version-at-save="4" /></ac:link></p></li><li><p><ac:link><ri:page ri:space-key="MLRG" ri:content-title="Not All Memories are Created Equal: Learning to Forget by Expiring" ri:version-at-save="2" /><ac:plain-text-link-body><![CDATA[Not All Memories are Created Equal: Learning to Forget by Expiring]]></ac:plain-text-link-body></ac:link> (extra session on Expire-Span, {user("mara")})</p></li></ul>
<ac:structured-macro ac:name="children" ac:schema-version="2" data-layout="default" ac:macro-id="{mid()}"><ac:parameter ac:name="sort">creation</ac:parameter><ac:parameter ac:name="all">true</ac:parameter></ac:structured-macro>
<h2>Results we want to reproduce</h2>
<ac:image ac:align="center" ac:layout="center" ac:original-height="612" ac:original-width="1288" ac:width="760"><ri:attachment ri:filename="lra-table1-screenshot.png" ri:version-at-save="1" /><ac:caption><p>LRA results table, screenshot from the paper</p></ac:caption></ac:image>
<ac:structured-macro ac:name="code" ac:schema-version="1" ac:macro-id="{mid()}"><ac:parameter ac:name="language">bash</ac:parameter><ac:parameter ac:name="title">ListOps on the cluster</ac:parameter><ac:plain-text-body><![CDATA[sbatch --gres=gpu:a100:1 scripts/lra/listops.sh --attn performer --seed 3   # job 4481207, ~5h]]></ac:plain-text-body></ac:structured-macro>
<p>Tracking ticket: <ac:structured-macro ac:name="jira" ac:schema-version="1" ac:macro-id="{mid()}"><ac:parameter ac:name="server">System Jira</ac:parameter><ac:parameter ac:name="serverId">{mid()}</ac:parameter><ac:parameter ac:name="key">MLRG-57</ac:parameter></ac:structured-macro></p>
<h2>Backlog</h2>
<ac:task-list>
<ac:task><ac:task-id>31</ac:task-id><ac:task-uuid>{mid()}</ac:task-uuid><ac:task-status>incomplete</ac:task-status><ac:task-body><span class="placeholder-inline-tasks">Random Feature Attention &ndash; {user("priya")} volunteered, needs a date</span></ac:task-body></ac:task>
<ac:task><ac:task-id>32</ac:task-id><ac:task-uuid>{mid()}</ac:task-uuid><ac:task-status>complete</ac:task-status><ac:task-body><span class="placeholder-inline-tasks">book Hopper (3.14) for March <time datetime="2024-02-20" /></span></ac:task-body></ac:task>
<ac:task><ac:task-id>33</ac:task-id><ac:task-uuid>{mid()}</ac:task-uuid><ac:task-status>incomplete</ac:task-status><ac:task-body><span class="placeholder-inline-tasks">ask {user("jonas")} whether the Longformer paper needs a full session or 15 min</span></ac:task-body></ac:task>
</ac:task-list>
<ac:structured-macro ac:name="expand" ac:schema-version="1" ac:macro-id="{mid()}"><ac:parameter ac:name="title">Not in scope this term</ac:parameter><ac:rich-text-body><p>Selective state-space follow-ups (Mamba and friends) and retrieval-augmented models go to the H2 track. Implementations: <a href="https://facebookresearch.github.io/xformers/">xFormers docs</a>.</p></ac:rich-text-body></ac:structured-macro>
</ac:layout-cell></ac:layout-section></ac:layout>
"""
with open(OUT, "w", encoding="utf-8") as fh:
    fh.write(re.sub(r"\n\s*", "", T))
