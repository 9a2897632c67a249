"""Common Turkish given names, merged into :data:`parallax.analyze.names.FIRST_NAMES`.

Turkish has no named-entity model here, so a capitalised run is read as a person by its given name; with
only a dozen names in the lexicon,"Akın Yıldırım"stayed MISC and a later lone"Yıldırım"was not expanded to
him. Names used for both sexes (Deniz, Umut, Evren, Ümit, ...) are left out: the lexicon holds one gender each.
"""

from __future__ import annotations

TR_FEMALE = (
    "ayşe fatma emine hatice zeynep elif meryem özlem gül esra büşra merve sevim songül sibel selin serap"
    " gülşen gülay gülten nurcan nuray nurten nazlı nesrin neslihan nilüfer nihal nermin leyla melike"
    " melisa ebru ece eda ezgi esin dilek dilara demet canan cansu ceren çiğdem aslı aysel ayten aynur"
    " asuman banu berna betül burcu buket duygu filiz gamze gizem gonca hacer hande handan havva"
    " hülya ilknur kübra meltem müge nalan pınar reyhan rukiye saadet sema semra serpil"
    " sevda sinem şule şükran tuğba tülay türkan ümran yasemin yeliz zehra zerrin zübeyde zuhal"
    " ilayda irem aleyna azra beyza defne öykü sude tuana"
)

TR_MALE = (
    "mehmet mustafa ahmet ali hüseyin hasan ibrahim ismail osman yusuf murat ömer emre burak kemal akın"
    " abdullah adem ahmet alper batuhan berk bilal bülent cem cemal cengiz cihan cüneyt"
    " engin enes erdal erkan ersin ertuğrul erhan fatih ferhat fikret furkan gökhan gökay"
    " halil hakan haluk hamza harun hikmet ilhan ilker kaan kadir kamil kerem koray kürşat levent mahmut"
    " mert mithat muhammet muharrem necati nihat oğuz oğuzhan okan orhan ozan recep rıza"
    " salih sami selahattin selçuk semih serdar serkan sinan soner suat süleyman şener şükrü tahir"
    " taner tarık tolga tuncay turgut uğur vedat yakup yaşar yavuz yiğit yunus yücel"
    " zeki ekrem binali numan hulusi tayyip"
)
