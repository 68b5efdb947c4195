graph [
  directed 1
  name "Diffuusiomallit: lukuj&#228;rjestys (lukupiiri, kev&#228;t 2024)"
  luotu "2024-03-04"
  tekija "Aino Virtanen"
  node [
    id 0
    label "Mit&#228; diffuusiomallit ovat? (Lilian Wengin blogi)"
    tyyppi "blogi"
    url "https://lilianweng.github.io/posts/2021-07-11-diffusion-models/"
    huom "taustaksi ennen ensimm&#228;ist&#228; kertaa"
  ]
  node [
    id 1
    label "Denoising Diffusion Probabilistic Models"
    tyyppi "artikkeli"
    vuosi 2020
    url "https://arxiv.org/abs/2006.11239"
    lukija "Aino"
    huom "DDPM, kaikki lukevat"
  ]
  node [
    id 2
    label "Score-Based Generative Modeling through Stochastic Differential Equations"
    tyyppi "artikkeli"
    vuosi 2021
    url "https://openreview.net/forum?id=PxTIG12RRHS"
    lukija "Eero"
    huom "ICLR 2021 &#38; SDE-n&#228;k&#246;kulma"
  ]
  node [
    id 3
    label "Consistency Models"
    tyyppi "artikkeli"
    vuosi 2023
    arxiv "2303.01469"
    lukija "Eero"
    huom "yhden askeleen n&#228;ytteenotto"
  ]
  node [
    id 4
    label "SDXL: Improving Latent Diffusion Models for High-Resolution Image Synthesis"
    tyyppi "artikkeli"
    vuosi 2023
    url "https://arxiv.org/abs/2307.01952"
    lukija "Sanni"
    huom "&#34;Stable Diffusion&#34; -sarjan jatko"
  ]
  node [
    id 5
    label "Adding Conditional Control to Text-to-Image Diffusion Models"
    tyyppi "artikkeli"
    vuosi 2023
    url "https://arxiv.org/pdf/2302.05543"
    lukija "Sanni"
    huom "ControlNet"
  ]
  node [
    id 6
    label "An Image is Worth One Word: Personalizing Text-to-Image Generation using Textual Inversion"
    tyyppi "artikkeli"
    vuosi 2022
    pdf "jaettu/textual-inversion.pdf"
    lukija "Ville"
    huom "ICLR 2023"
  ]
  node [
    id 7
    label "DreamBooth: Fine Tuning Text-to-Image Diffusion Models for Subject-Driven Generation"
    tyyppi "artikkeli"
    vuosi 2022
    pdf "jaettu/dreambooth.pdf"
    lukija "Ville"
    huom "CVPR 2023; vertaa edelliseen"
  ]
  node [
    id 8
    label "DiffWave: A Versatile Diffusion Model for Audio Synthesis"
    tyyppi "artikkeli"
    vuosi 2020
    pdf "jaettu/diffwave.pdf"
    lukija "Aino"
    huom "&#228;&#228;ni, ICLR 2021"
  ]
  node [
    id 9
    label "huggingface/diffusers"
    tyyppi "repo"
    url "https://github.com/huggingface/diffusers"
    huom "harjoitusten koodi"
  ]
  node [
    id 10
    label "PyTorch-dokumentaatio: torch.distributions"
    tyyppi "dokumentaatio"
    url "https://pytorch.org/docs/stable/distributions.html"
    huom "kohinan n&#228;ytteenotto"
  ]
  edge [
    source 0
    target 1
    suhde "tausta"
  ]
  edge [
    source 1
    target 2
    suhde "lue ensin"
  ]
  edge [
    source 2
    target 3
    suhde "lue ensin"
  ]
  edge [
    source 1
    target 4
    suhde "lue ensin"
  ]
  edge [
    source 4
    target 5
    suhde "lue ensin"
  ]
  edge [
    source 1
    target 6
    suhde "lue ensin"
  ]
  edge [
    source 6
    target 7
    suhde "lue ensin"
  ]
  edge [
    source 1
    target 8
    suhde "lue ensin"
  ]
  edge [
    source 9
    target 5
    suhde "koodi"
  ]
  edge [
    source 10
    target 1
    suhde "tausta"
  ]
]
