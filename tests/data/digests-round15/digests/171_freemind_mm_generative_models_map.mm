<map version="1.0.1">
<!-- To view this file, download free mind mapping software FreeMind from http://freemind.sourceforge.net -->
<node CREATED="1697449650658" ID="ID_1723255651" MODIFIED="1697453211444" TEXT="Generative models &#x2014; quals map">
<node CREATED="1697307106192" ID="ID_570972176" MODIFIED="1697308781856" POSITION="right" TEXT="Diffusion / score models">
<edge COLOR="#0033ff" STYLE="bezier" WIDTH="thin"/>
<font BOLD="true" NAME="SansSerif" SIZE="12"/>
<node CREATED="1697188319137" ID="ID_754435761" MODIFIED="1697188423866" TEXT="DDPM &#x2192; the one everyone starts from (no need to reread)">
<icon BUILTIN="button_ok"/>
</node>
<node CREATED="1697196238274" ID="ID_1408871522" LINK="https://openreview.net/forum?id=PxTIG12RRHS" MODIFIED="1697196447732" TEXT="Score-Based Generative Modeling through&#xa;Stochastic Differential Equations">
<attribute NAME="venue" VALUE="ICLR 2021"/>
<attribute NAME="read" VALUE="yes"/>
<richcontent TYPE="NOTE"><html>
  <head>
    
  </head>
  <body>
    <p>
      Song et al. VP/VE SDEs, probability-flow ODE, predictor&#8211;corrector sampler.
    </p>
    <p>
      Q for quals: why is the PF-ODE deterministic but has the same marginals?
    </p>
  </body>
</html>
</richcontent>
</node>
<node CREATED="1697204157411" ID="ID_2063307283" MODIFIED="1697204471598" TEXT="LSGM">
<richcontent TYPE="NOTE"><html>
  <head>
    
  </head>
  <body>
    <p>
      Score-based Generative Modeling in Latent Space (Vahdat, Kreis, Kautz), NeurIPS 2021 &#8212; arXiv 2106.05931
    </p>
    <p>
      VAE encoder + score model in latent space, trained end to end.
    </p>
  </body>
</html>
</richcontent>
</node>
<node CREATED="1697227914822" ID="ID_1530482216" LINK="https://arxiv.org/abs/2112.10752" MODIFIED="1697228543196" TEXT="High-Resolution Image Synthesis with Latent Diffusion Models">
<attribute NAME="venue" VALUE="CVPR 2022"/>
<node CREATED="1697212076548" ID="ID_717743044" MODIFIED="1697212495464" TEXT="SDXL: Improving Latent Diffusion Models for High-Resolution Image Synthesis">
<richcontent TYPE="NOTE"><html>
  <head>
    
  </head>
  <body>
    <p>
      bigger UNet, two text encoders, size/crop conditioning, refiner model
    </p>
  </body>
</html>
</richcontent>
</node>
<node CREATED="1697219995685" ID="ID_1372178805" LINK="https://huggingface.co/docs/diffusers/api/pipelines/stable_diffusion/overview" MODIFIED="1697220519330" TEXT="diffusers docs: Stable Diffusion pipelines"/>
</node>
<node CREATED="1697251672233" ID="ID_1989921849" MODIFIED="1697252614794" TEXT="Guidance">
<node CREATED="1697235833959" ID="ID_681050327" MODIFIED="1697236567062" TEXT="Classifier-Free Diffusion Guidance">
<attribute NAME="venue" VALUE="NeurIPS 2021 workshop"/>
</node>
<node CREATED="1697243753096" COLOR="#999999" ID="ID_1335486088" MODIFIED="1697244590928" TEXT="classifier guidance: see the ADM paper (not on the list)"/>
</node>
<node CREATED="1697275429644" ID="ID_1953229132" MODIFIED="1697276686392" TEXT="Fast sampling">
<node CREATED="1697259591370" ID="ID_644357610" LINK="https://arxiv.org/pdf/2303.01469.pdf" MODIFIED="1697260638660" TEXT="Consistency Models">
<icon BUILTIN="idea"/>
<richcontent TYPE="NOTE"><html>
  <head>
    
  </head>
  <body>
    <p>
      one-step generation by mapping any point on the PF-ODE trajectory to its origin;
    </p>
    <p>
      distillation (CD) vs training from scratch (CT).
    </p>
  </body>
</html>
</richcontent>
</node>
<node CREATED="1697267510507" ID="ID_1298793371" MODIFIED="1697268662526" TEXT="EDM (Karras) &#x2014; design space paper, nickname only for now"/>
</node>
<node CREATED="1697291267918" ID="ID_1262100654" MODIFIED="1697292734124" TEXT="Audio">
<node CREATED="1697283348781" ID="ID_607664893" MODIFIED="1697284710258" TEXT="DiffWave: A Versatile Diffusion Model&#xa;for Audio Synthesis">
<attribute NAME="venue" VALUE="ICLR 2021"/>
</node>
</node>
<node CREATED="1697299187055" COLOR="#999999" ID="ID_1916536415" LINK="https://lilianweng.github.io/posts/2021-07-11-diffusion-models/" MODIFIED="1697300757990" TEXT="Blog: What are Diffusion Models? (Lil&#x2019;Log)"/>
</node>
<node CREATED="1697386297562" ID="ID_1115329786" MODIFIED="1697389020516" POSITION="left" TEXT="3D / view synthesis">
<edge COLOR="#00b439" STYLE="bezier" WIDTH="thin"/>
<font BOLD="true" NAME="SansSerif" SIZE="12"/>
<node CREATED="1697315025329" ID="ID_1225407937" MODIFIED="1697316805722" TEXT="NeRF background &#x2014; covered in CV course, skip"/>
<node CREATED="1697330863603" ID="ID_534279459" LINK="https://arxiv.org/abs/2308.04079" MODIFIED="1697332853454" TEXT="3D Gaussian Splatting for Real-Time Radiance Field Rendering">
<attribute NAME="venue" VALUE="SIGGRAPH 2023"/>
<node CREATED="1697322944466" ID="ID_1879843698" LINK="https://gsplat-viewer.example.net/" MODIFIED="1697324829588" TEXT="project page + viewer"/>
</node>
<node CREATED="1697338782740" ID="ID_1188715220" MODIFIED="1697340877320">
<richcontent TYPE="NODE"><html>
  <head>
    
  </head>
  <body>
    <p>
      Zero-1-to-3: Zero-shot One Image to 3D Object (arXiv 2303.11328)
    </p>
    <p>
      fine-tunes SD on relative camera pose &#8594; novel views from one image
    </p>
  </body>
</html>
</richcontent>
<arrowlink DESTINATION="ID_1530482216" ENDARROW="Default" ENDINCLINATION="96;0;" ID="Arrow_ID_1188715220" STARTARROW="None" STARTINCLINATION="96;0;"/>
</node>
<node CREATED="1697346701877" ID="ID_1843150981" MODIFIED="1697348901186" TEXT="DreamFusion (SDS loss) &#x2014; nickname, find the title"/>
<node CREATED="1697362540151" ID="ID_1152022503" MODIFIED="1697364948918" TEXT="Correspondences">
<node CREATED="1697354621014" ID="ID_497586742" MODIFIED="1697356925052" TEXT="COTR: Correspondence Transformer for Matching Across Images">
<attribute NAME="venue" VALUE="ICCV 2021"/>
</node>
</node>
<node CREATED="1697378378425" ID="ID_460894025" MODIFIED="1697380996650" TEXT="Humans">
<node CREATED="1697370459288" ID="ID_1806458264" MODIFIED="1697372972784" TEXT="Few-Shot Human Motion Transfer by Personalized&#xa;Geometry and Texture Modeling">
<attribute NAME="venue" VALUE="CVPR 2021"/>
</node>
</node>
</node>
<node CREATED="1697417974110" FOLDED="true" ID="ID_1733072830" MODIFIED="1697421115980" POSITION="left" TEXT="Before diffusion">
<edge COLOR="#990000" STYLE="bezier" WIDTH="thin"/>
<font BOLD="true" NAME="SansSerif" SIZE="12"/>
<node CREATED="1697394216699" ID="ID_1769765547" MODIFIED="1697397044382" TEXT="A Fast Learning Algorithm for Deep Belief Nets">
<attribute NAME="venue" VALUE="Neural Computation 2006"/>
<richcontent TYPE="NOTE"><html>
  <head>
    
  </head>
  <body>
    <p>
      Hinton, Osindero, Teh. Greedy layer-wise RBM pretraining. Historical, for the intro of the quals essay.
    </p>
  </body>
</html>
</richcontent>
</node>
<node CREATED="1697402135836" ID="ID_424201308" LINK="https://deepgenerativemodels.example.io/notes/" MODIFIED="1697405068248" TEXT="VAEs, GANs, flows: Stanford CS236 lecture notes"/>
<node CREATED="1697410054973" ID="ID_1078637069" MODIFIED="1697413092114" TEXT="Imagen &#x2014; no need"/>
</node>
<node CREATED="1697441731521" ID="ID_1696380113" MODIFIED="1697445187578" POSITION="right" TEXT="Admin">
<edge COLOR="#ff6600" STYLE="bezier" WIDTH="thin"/>
<node CREATED="1697425893247" ID="ID_387508591" MODIFIED="1697429139846" TEXT="quals date: 14 March, room 2.031">
<icon BUILTIN="clanbomber"/>
</node>
<node CREATED="1697433812384" ID="ID_1041944352" LINK="https://github.com/jwozniak/genmodels-quals" MODIFIED="1697437163712" TEXT="code for experiments"/>
</node>
</node>
</map>
