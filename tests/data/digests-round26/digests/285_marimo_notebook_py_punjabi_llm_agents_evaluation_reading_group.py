import marimo

__generated_with = "0.9.14"
app = marimo.App(width="medium", app_title="LLM ਏਜੰਟ ਪੜ੍ਹਨ ਸਮੂਹ")


@app.cell
def __():
    import marimo as mo
    import polars as pl
    return mo, pl


@app.cell(hide_code=True)
def __(mo):
    mo.md(
        r"""
        # ਐਲਐਲਐਮ ਏਜੰਟ: ਪੜ੍ਹਨ ਸਮੂਹ ਦੀ ਨੋਟਬੁੱਕ (ਬਸੰਤ 2024)

        ਇਹ ਨੋਟਬੁੱਕ ਸਾਡੇ ਹਫ਼ਤਾਵਾਰੀ ਪੜ੍ਹਨ ਸਮੂਹ ਲਈ ਹੈ (ਵੀਰਵਾਰ, ਸ਼ਾਮ 5 ਵਜੇ, ਕਮਰਾ 214)। ਹਰ ਹਫ਼ਤੇ ਇੱਕ ਜਣਾ ਪੇਪਰ ਪੇਸ਼ ਕਰਦਾ ਹੈ;
        ਹੇਠਾਂ ਦਿੱਤੀ ਸਾਰਣੀ ਅਤੇ ਲਾਗਤ ਵਾਲਾ ਸਲਾਈਡਰ ਇਹ ਅੰਦਾਜ਼ਾ ਲਾਉਣ ਲਈ ਹੈ ਕਿ ਕਿਹੜੇ benchmark ਅਸੀਂ ਆਪ ਚਲਾ ਸਕਦੇ ਹਾਂ।

        ## ਹਫ਼ਤਾ 1–2: ਟੂਲ ਅਤੇ ਤਰਕ

        - [Toolformer: Language Models Can Teach Themselves to Use Tools](https://arxiv.org/abs/2302.04761) — Schick et al., 2023 (ਗੁਰਪ੍ਰੀਤ)
        - [ReAct: Synergizing Reasoning and Acting in Language Models](https://openreview.net/forum?id=WE_vluYUL-X) — ICLR 2023 (ਹਰਮਨ)
        - "Reflexion: Language Agents with Verbal Reinforcement Learning" — NeurIPS 2023; ReAct ਨਾਲ ਮਿਲਾ ਕੇ ਪੜ੍ਹੋ (ਸਿਮਰਨ)

        > **ਨੋਟ:** AutoGPT ਅਤੇ BabyAGI ਰਿਪੋਜ਼ਟਰੀਆਂ ਹਨ, ਪੇਪਰ ਨਹੀਂ — ਇਹਨਾਂ ਨੂੰ ਸਿਰਫ਼ ਡੈਮੋ ਲਈ ਵਰਤਾਂਗੇ।
        """
    )
    return


@app.cell
def __(pl):
    papers = pl.DataFrame(
        {
            "hafta": [3, 3, 4],
            "title": [
                "AgentBench: Evaluating LLMs as Agents",
                "SWE-bench: Can Language Models Resolve Real-World GitHub Issues?",
                "MemGPT: Towards LLMs as Operating Systems",
            ],
            "link": [
                "arXiv 2308.03688",
                "https://openreview.net/pdf?id=VTF8yNQM66",
                "https://huggingface.co/papers/2310.08560",
            ],
            "presenter": ["ਅਮਨਦੀਪ", "ਗੁਰਪ੍ਰੀਤ", "ਹਰਮਨ"],
        }
    )
    papers
    return (papers,)


@app.cell(hide_code=True)
def __(mo):
    mo.md(
        r"""
        ## ਹਫ਼ਤਾ 4–5: ਯਾਦਦਾਸ਼ਤ, ਖੋਜ ਅਤੇ ਸਿਮੂਲੇਸ਼ਨ

        MemGPT ਤੋਂ ਬਾਅਦ ਅਸੀਂ ਦੋ ਹੋਰ ਪੇਪਰ ਲਵਾਂਗੇ: *Self-RAG: Learning to Retrieve, Generate, and Critique through Self-Reflection* (Asai et al., ICLR 2024) ਅਤੇ
        *Generative Agents: Interactive Simulacra of Human Behavior* (UIST 2023) — ਦੂਜੇ ਵਿੱਚ 25 ਏਜੰਟਾਂ ਵਾਲਾ ਛੋਟਾ ਕਸਬਾ ਹੈ।
        Minecraft ਵਾਲਾ ਪੇਪਰ: Voyager: An Open-Ended Embodied Agent with Large Language Models (arXiv:2305.16291); ਇਸਦਾ ਵੀਡੀਓ ਡੈਮੋ ਵੀ ਦੇਖੋ।
        """
    )
    return


@app.cell
def __(mo):
    budget = mo.ui.slider(1, 50, value=10, label="ਮਹੀਨਾਵਾਰ API ਬਜਟ (USD)")
    budget
    return (budget,)


@app.cell
def __(budget, papers, pl):
    _cost_per_task = {3: 0.42, 4: 0.18}  # ਸਾਡੇ ਪਿਛਲੇ ਰਨ ਤੋਂ, USD ਪ੍ਰਤੀ ਟਾਸਕ
    affordable = papers.with_columns(
        pl.col("hafta").replace(_cost_per_task).alias("usd_per_task")
    ).with_columns((budget.value / pl.col("usd_per_task")).floor().alias("tasks_per_month"))
    affordable
    return (affordable,)


@app.cell(hide_code=True)
def __(mo):
    mo.md(
        r"""
        ## ਹਫ਼ਤਾ 6: ਮੁਲਾਂਕਣ (evaluation)

        | ਪੇਪਰ | ਕਿਉਂ | ਕੌਣ |
        |---|---|---|
        | Measuring Massive Multitask Language Understanding | MMLU — ਹਰ ਮਾਡਲ ਕਾਰਡ ਵਿੱਚ | ਸਿਮਰਨ |
        | Judging LLM-as-a-Judge with MT-Bench and Chatbot Arena | LLM ਨੂੰ ਜੱਜ ਵਜੋਂ ਵਰਤਣਾ | ਅਮਨਦੀਪ |
        | Beyond the Imitation Game: Quantifying and extrapolating the capabilities of language models | BIG-bench, 204 ਟਾਸਕ | ਹਰਮਨ |

        ਪੇਪਰ ਨਹੀਂ (ਸਿਰਫ਼ ਹਵਾਲੇ ਲਈ): [LangChain docs](https://python.langchain.com/docs/), [AutoGen repo](https://github.com/microsoft/autogen),
        SWE-bench leaderboard (swebench.com), Andrej Karpathy ਦਾ "Intro to Large Language Models" ਵੀਡੀਓ।
        Chain-of-thought ਅਤੇ Tree of Thoughts ਬਾਰੇ ਅਗਲੇ ਸਮੈਸਟਰ।
        """
    )
    return


if __name__ == "__main__":
    app.run()
