#!/usr/bin/env python3
"""Builds digests/242_graphviz_dot_georgian_sequence_models_rl_science_reading_map.gv: `docs/lineage.gv`, a
hand-written Graphviz DOT file in the repository of an (invented) Tbilisi reading seminar "ML მეცნიერებისთვის"
(ML for science), rendered into the README with `dot -Tsvg`. It maps the papers read in spring 2024 — sequence
models in RL, learned simulators and neural operators, memory — with Georgian cluster, edge and legend labels.

Layout: a /* … */ header comment, one `digraph`, graph/node/edge default attribute statements, three
`subgraph cluster_…` blocks with labels and styles, node statements with quoted labels whose lines are broken with
"\\n" (or "\\l"), an HTML-like label (<<b>…</b><br/>…>) for two nodes and for the legend table, URL / tooltip /
comment attributes (Graphviz writes URL as href in SVG and `comment` as an XML comment), `{rank=same; …}`, edges with
Georgian labels, `dir=none` / `style=dashed|dotted`, // line comments. LF, a final newline, two-space indentation.

Evidence: EigenGame's abs URL, FNO's pdf URL, Decision Transformer's abs URL, GPM's alphaxiv URL (link);
MeshGraphNets' tooltip "arXiv:2010.03409 · ICLR 2021" and Graphormer's comment "arXiv 2106.05234" (arxiv-text);
AlphaGo Zero and AlphaFold (Nature URLs, not on arXiv), Neural Turing Machines, evolved RL algorithms, the on-policy
RL study, and the trajectory transformer under its first arXiv title "Reinforcement Learning as One Big Sequence
Modeling Problem" (a version title in the catalogue) (title-only). Titles are broken over label lines: whole only
with the "\\n" / <br/> breaks read as spaces. Non-papers: the AlphaFold database, the neuraloperator library, the
seminar's page. People, the seminar and the dates are invented."""
import os, sys
sys.path.insert(0, os.path.dirname(__file__))
from catalogue import check_no_distractor

OUT = os.path.join(os.path.dirname(__file__), "..", "digests", "242_graphviz_dot_georgian_sequence_models_rl_science_reading_map.gv")

DOT = r'''/*
 * lineage.gv — სემინარი „ML მეცნიერებისთვის“, 2024 წლის გაზაფხული
 * წაკითხული სტატიების რუკა: ვინ ვისზე დაშენდა და რატომ ვკითხულობთ ერთად.
 *
 * რენდერი:  dot -Tsvg docs/lineage.gv -o docs/lineage.svg
 * ახალი სტატიის დამატებისას: კვანძი შესაბამის კლასტერში + ერთი წიბო მაინც.
 * ბოლო განახლება: 2024-03-09 (ნ. ბ.)
 */
digraph lineage {
  graph [rankdir=LR, newrank=true, nodesep=0.35, ranksep=0.7, fontname="Noto Sans Georgian", fontsize=13,
         labelloc=t, label="სემინარი „ML მეცნიერებისთვის“ — წაკითხული სტატიები (გაზაფხული 2024)"];
  node  [shape=box, style="rounded,filled", fillcolor="#f4f6fb", color="#5b6b8c", fontname="Helvetica",
         fontsize=10, margin="0.15,0.08"];
  edge  [color="#8a94a8", arrowsize=0.7, fontname="Noto Sans Georgian", fontsize=9];

  // ── RL როგორც მიმდევრობის მოდელირება ─────────────────────────────
  subgraph cluster_rl {
    label="RL: ძიებიდან მიმდევრობის მოდელებამდე";
    style="rounded,dashed"; color="#b0b7c6"; fontname="Noto Sans Georgian";

    agz [label="Mastering the game of Go\nwithout human knowledge\n(Silver et al., Nature 2017)",
         URL="https://www.nature.com/articles/nature24270", tooltip="AlphaGo Zero — სექცია 1, 18 მარტი"];
    onpolicy [label="What Matters In On-Policy Reinforcement Learning?\nA Large-Scale Empirical Study\n(Andrychowicz et al., ICLR 2021)",
              tooltip="250 000 აგენტი, 50+ არჩევანი — პრაქტიკული რჩევები PPO-სთვის"];
    evolving [label="Evolving Reinforcement Learning Algorithms\n(Co-Reyes et al., ICLR 2021)", fillcolor="#eef7ee"];
    dt [label=<<b>Decision Transformer:</b><br/>Reinforcement Learning via<br/>Sequence Modeling<br/><font point-size="8">Chen et al., NeurIPS 2021</font>>,
        URL="https://arxiv.org/abs/2106.01345", fillcolor="#fff4e0"];
    tt [label="Reinforcement Learning as One Big\nSequence Modeling Problem\n(Janner, Li, Levine, 2021)\l", fillcolor="#fff4e0",
        tooltip="„Trajectory Transformer“ — ბიმ-ძიება ტრაექტორიებზე"];
    {rank=same; dt; tt;}
  }

  // ── მეცნიერება, სიმულაცია, ოპერატორები ────────────────────────────
  subgraph cluster_sci {
    label="მეცნიერება და სიმულაცია";
    style="rounded,dashed"; color="#b0b7c6"; fontname="Noto Sans Georgian";

    alphafold [label="Highly accurate protein structure\nprediction with AlphaFold\n(Jumper et al., Nature 2021)",
               URL="https://www.nature.com/articles/s41586-021-03819-2"];
    afdb [label="AlphaFold DB\n(მონაცემთა ბაზა, არა სტატია)", shape=cylinder, fillcolor="#ffffff",
          URL="https://alphafold.ebi.ac.uk/"];
    meshgn [label="Learning Mesh-Based Simulation\nwith Graph Networks\n(Pfaff et al.)",
            tooltip="arXiv:2010.03409 · ICLR 2021"];
    fno [label="Fourier Neural Operator for Parametric\nPartial Differential Equations\n(Li et al., ICLR 2021)",
         URL="https://arxiv.org/pdf/2010.08895.pdf"];
    nolib [label="neuraloperator\n(ბიბლიოთეკა)", shape=component, fillcolor="#ffffff",
           URL="https://github.com/neuraloperator/neuraloperator"];
    graphormer [label=<<b>Graphormer</b><br/>Do Transformers Really Perform Bad<br/>for Graph Representation?>,
                comment="arXiv 2106.05234 (NeurIPS 2021)"];
    eigengame [label="EigenGame: PCA as a Nash Equilibrium\n(Gemp et al., ICLR 2021)",
               URL="https://arxiv.org/abs/2010.00554", fillcolor="#eef7ee"];
  }

  // ── მეხსიერება და უწყვეტი სწავლება ────────────────────────────────
  subgraph cluster_mem {
    label="მეხსიერება";
    style="rounded,dashed"; color="#b0b7c6"; fontname="Noto Sans Georgian";

    ntm [label="Neural Turing Machines\n(Graves, Wayne, Danihelka, 2014)"];
    gpm [label="Gradient Projection Memory\nfor Continual Learning\n(Saha, Garg, Roy, ICLR 2021)",
         URL="https://www.alphaxiv.org/abs/2103.09762"];
  }

  legend [shape=plaintext, style="", margin=0, label=<
    <table border="0" cellborder="1" cellspacing="0" cellpadding="4">
      <tr><td colspan="2"><b>ლეგენდა</b></td></tr>
      <tr><td bgcolor="#fff4e0"> </td><td>ტრანსფორმერი RL-ში</td></tr>
      <tr><td bgcolor="#eef7ee"> </td><td>DeepMind / Google, ICLR 2021</td></tr>
      <tr><td>- - →</td><td>პარალელური ნაშრომი</td></tr>
      <tr><td>· · →</td><td>იდეური კავშირი</td></tr>
    </table>>, URL="https://ml4sci-tbilisi.example.ge/seminar"];

  // წიბოები
  agz -> evolving [label="ძიება → ალგორითმების ძიება"];
  onpolicy -> dt [label="საბაზისო შედარება"];
  dt -> tt [label="ერთსა და იმავე კვირას", style=dashed, dir=none];
  ntm -> dt [label="მეხსიერება → ყურადღება", style=dotted];
  graphormer -> meshgn [label="გრაფები", style=dotted];
  meshgn -> fno [label="PDE-ების სიმულაცია"];
  fno -> nolib [label="კოდი"];
  alphafold -> afdb [label="პროგნოზები"];
  eigengame -> gpm [label="სპექტრული მეთოდები", style=dotted];
  gpm -> ntm [label="დავიწყების პრობლემა", style=dotted, constraint=false];
}
'''


if __name__ == "__main__":
    check_no_distractor(DOT.replace("\\n", " "), "242")
    open(OUT, "w", encoding="utf-8", newline="").write(DOT)
    print(OUT, len(DOT))
