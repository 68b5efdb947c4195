defmodule Anagnosi.MixProject do
  use Mix.Project

  @version "0.3.1"
  @source_url "https://github.com/autoepiblepsi-lab/anagnosi"

  # Λίστα ανάγνωσης της ομάδας (Μάιος 2024) -- τη διαβάζει το `mix anagnosi.seed`.
  # Υπεύθυνη: Ελένη Παπαδοπούλου <eleni.papadopoulou@autoepiblepsi-lab.example.gr>
  @readings [
    [title: "Self-Supervised Variational Auto-Encoders", url: "https://openreview.net/forum?id=zOGdf9K8aC", week: 1],
    [title: "Bootstrap your own latent: A new approach to self-supervised Learning", url: "https://arxiv.org/abs/2006.07733", week: 1],
    [title: "Contrastive Learning with Hard Negative Samples", url: "https://arxiv.org/pdf/2010.04592v3", week: 2],
    [title: "Sharpness-Aware Minimization for Efficiently Improving Generalization", url: "http://arxiv.org/abs/2010.01412", week: 3],
    # Νίκος: arXiv:2006.05929 -- Dataset Condensation with Gradient Matching
    [title: "Dataset Condensation with Gradient Matching", url: nil, week: 4],
    [title: "Bi-tuning of Pre-trained Representations", url: nil, week: 4],
    [title: "Smooth Adversarial Training", url: nil, week: 5]
  ]
  # Εκτός λίστας (μόνο για συζήτηση): Universal and Transferable Adversarial Attacks on Aligned Language Models
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
