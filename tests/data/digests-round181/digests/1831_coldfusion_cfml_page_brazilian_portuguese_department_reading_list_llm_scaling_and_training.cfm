<!--- leituras.cfm: lista de leituras do Grupo de Estudos em Modelos de Linguagem (PPGCC) --->
<!--- Mantida por Rafael Souza. Para sugerir um artigo: rafael.souza@ic.example.br --->
<!--- link vazio = PDF só na pasta compartilhada do grupo --->
<cfset pageTitle = "Grupo de Estudos em LLMs: leituras de 2024/1">
<cfinclude template="/includes/cabecalho.cfm">

<cfscript>
    leituras = [
        {
            titulo: "Scaling Laws for Neural Language Models",
            link: "https://arxiv.org/abs/2001.08361",
            ano: 2020, status: "lido", apresenta: "Rafael",
            nota: "ponto de partida do grupo"
        },
        {
            titulo: "Training Compute-Optimal Large Language Models",
            link: "",
            ano: 2022, status: "lido", apresenta: "Juliana",
            nota: "Chinchilla; PDF na pasta compartilhada do grupo"
        },
        {
            titulo: "PaLM: Scaling Language Modeling with Pathways",
            link: "https://arxiv.org/pdf/2204.02311.pdf",
            ano: 2022, status: "lido", apresenta: "Thiago",
            nota: "só as seções 4 a 6"
        },
        {
            titulo: "Switch Transformers: Scaling to Trillion Parameter Models with Simple and Efficient Sparsity",
            link: "",
            ano: 2021, status: "em andamento", apresenta: "Beatriz",
            nota: "arXiv 2101.03961; saiu no JMLR em 2022"
        },
        {
            titulo: "ZeRO: Memory Optimizations Toward Training Trillion Parameter Models",
            link: "https://arxiv.org/abs/1910.02054v3",
            ano: 2019, status: "em andamento", apresenta: "Thiago",
            nota: "a base do DeepSpeed"
        },
        {
            titulo: "Mixed Precision Training",
            link: "https://openreview.net/forum?id=r1gs9JgRZ",
            ano: 2018, status: "em andamento", apresenta: "Juliana",
            nota: "ICLR 2018; FP16 com escala da perda"
        },
        {
            titulo: "A Survey of Large Language Models",
            link: "",
            ano: 2023, status: "a ler", apresenta: "Rafael",
            nota: "levantamento longo; ler as seções 3 e 5"
        },
        {
            titulo: "Textbooks Are All You Need",
            link: "",
            ano: 2023, status: "a ler", apresenta: "Beatriz",
            nota: "phi-1; qualidade dos dados de treino"
        },
        {
            titulo: "Megatron-LM (repositório da NVIDIA no GitHub)",
            link: "https://github.com/NVIDIA/Megatron-LM",
            ano: 2019, status: "a ler", apresenta: "Thiago",
            nota: "código, não é artigo"
        },
        {
            titulo: "Stanford CS324: Large Language Models (notas de aula)",
            link: "https://stanford-cs324.github.io/winter2022/",
            ano: 2022, status: "lido", apresenta: "Rafael",
            nota: "curso, não é artigo"
        }
    ];
    // o que ainda não foi discutido
    pendentes = leituras.filter(function(l) {
        return l.status != "lido";
    });
    // encontros às quintas: o primeiro e o último
    primeiroEncontro = createDate(2024, 3, 14);
    ultimoEncontro = dateAdd("ww", arrayLen(leituras) - 1, primeiroEncontro);
</cfscript>

<cfoutput>
<h1>#pageTitle#</h1>
<p>Encontros às quintas, 16h, sala 2-115 do Bloco B, de #dateFormat(primeiroEncontro, "dd/mm")# a
   #dateFormat(ultimoEncontro, "dd/mm")#. São #arrayLen(leituras)# itens na lista, #arrayLen(pendentes)# ainda
   não discutidos.</p>

<table class="leituras">
    <thead>
        <tr><th>Artigo</th><th>Ano</th><th>Situação</th><th>Quem apresenta</th><th>Observações</th></tr>
    </thead>
    <tbody>
    <cfloop array="#leituras#" item="l">
        <tr>
            <td><cfif len(l.link)><a href="#l.link#">#encodeForHTML(l.titulo)#</a><cfelse>#encodeForHTML(l.titulo)#</cfif></td>
            <td>#l.ano#</td>
            <td>#l.status#</td>
            <td>#l.apresenta#</td>
            <td>#encodeForHTML(l.nota)#</td>
        </tr>
    </cfloop>
    </tbody>
</table>
</cfoutput>

<cfinclude template="/includes/rodape.cfm">
