#!/usr/bin/env python3
"""2172: an Elixir `mix.exs` (defmodule … use Mix.Project: project/0 with docs and package, application/0, deps/0,
a private `@readings` module attribute that a seed task reads, aliases) of an invented Greek reading app on
self-supervised learning and robustness: an OpenReview forum link and arXiv links (`/abs/`, `/pdf/…v3`, `http://`)
in keyword lists, `arXiv:2006.05929` in a `#` comment, titles alone in entries without url and a comment; non-papers
(hexdocs, Phoenix, a book, a dataset, the repository, a talk). LF."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import fill, write_only
from make_expected import keys, by_num

F = by_num(2172)
TXT = fill(r'''defmodule Anagnosi.MixProject do
  use Mix.Project

  @version "0.3.1"
  @source_url "https://github.com/autoepiblepsi-lab/anagnosi"

  # Λίστα ανάγνωσης της ομάδας (Μάιος 2024) -- τη διαβάζει το `mix anagnosi.seed`.
  # Υπεύθυνη: Ελένη Παπαδοπούλου <eleni.papadopoulou@autoepiblepsi-lab.example.gr>
  @readings [
    [title: "[[T:2010.02014]]", url: "https://openreview.net/forum?id=[[ID:zOGdf9K8aC]]", week: 1],
    [title: "[[T:2006.07733]]", url: "https://arxiv.org/abs/2006.07733", week: 1],
    [title: "[[T:2010.04592]]", url: "https://arxiv.org/pdf/2010.04592v3", week: 2],
    [title: "[[T:2010.01412]]", url: "http://arxiv.org/abs/2010.01412", week: 3],
    # Νίκος: arXiv:2006.05929 -- [[T:2006.05929]]
    [title: "[[T:2006.05929]]", url: nil, week: 4],
    [title: "[[T:2011.06182]]", url: nil, week: 4],
    [title: "[[T:2006.14536]]", url: nil, week: 5]
  ]
  # Εκτός λίστας (μόνο για συζήτηση): [[T:2307.15043]]
  # Βιβλίο: Murphy, "Probabilistic Machine Learning: Advanced Topics", κεφ. 32
  # Δεδομένα επίδειξης: CIFAR-10 (σύνολο δεδομένων, όχι άρθρο)

  def project do
    [
      app: :anagnosi,
      version: @version,
      elixir: "~> 1.15",
      elixirc_paths: elixirc_paths(Mix.env()),
      start_permanent: Mix.env() == :prod,
      aliases: aliases(),
      deps: deps(),
      name: "Anagnosi",
      source_url: @source_url,
      docs: docs(),
      readings: @readings
    ]
  end

  def application do
    [
      mod: {Anagnosi.Application, []},
      extra_applications: [:logger, :runtime_tools]
    ]
  end

  defp elixirc_paths(:test), do: ["lib", "test/support"]
  defp elixirc_paths(_), do: ["lib"]

  defp deps do
    [
      {:phoenix, "~> 1.7.12"},
      {:phoenix_live_view, "~> 0.20.14"},
      {:ecto_sql, "~> 3.11"},
      {:postgrex, ">= 0.0.0"},
      {:req, "~> 0.4.14"},
      {:jason, "~> 1.4"},
      {:ex_doc, "~> 0.32", only: :dev, runtime: false}
    ]
  end

  defp docs do
    [
      main: "readme",
      source_ref: "v#{@version}",
      extras: ["README.md", "docs/seminario.md"],
      # βίντεο της παρουσίασης: https://video.autoepiblepsi-lab.example.gr/omiliai/2024-04
      groups_for_extras: ["Οδηγοί": ~r/docs\/.*/]
    ]
  end

  defp aliases do
    [
      setup: ["deps.get", "ecto.setup", "anagnosi.seed"],
      "ecto.setup": ["ecto.create", "ecto.migrate"],
      "ecto.reset": ["ecto.drop", "ecto.setup"],
      test: ["ecto.create --quiet", "ecto.migrate --quiet", "test"]
    ]
  end
end
''', {})

if __name__ == "__main__":
    write_only(F, TXT, keys(F))
