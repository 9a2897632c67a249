"""Given names whose gender is unambiguous, in the languages Parallax reads.

Used to tell "he" from "she" when an article names two people, and to
recognise a capitalised run as a person's name where a language has no
named-entity model ("Anna Berg" in a German article).
"""

from __future__ import annotations

from parallax.analyze.african_asian_names import WORLD_FEMALE, WORLD_MALE
from parallax.analyze.hungarian_names import FEMALE as HU_FEMALE
from parallax.analyze.hungarian_names import MALE as HU_MALE
from parallax.analyze.turkish_names import TR_FEMALE, TR_MALE

# particles between the words of a name, alone or in a row ("da Silva", "van der Meulen", "de la
# Fuente", "bin Salman", "Marine Le Pen"): one list for the speaker patterns, the repair of names
# an entity stage cut, and the test of whether a speaker is a name
NAME_PARTICLES = frozenset(
    "da de do dos das del della delle dei degli di du des la le van von der den ter ten te zu vom zum bin ibn ben 't".split()
)

_FEMALE = (
    "mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa margaret betty sandra ashley dorothy kimberly "
    "emily donna michelle carol amanda melissa deborah stephanie rebecca laura sharon cynthia kathleen amy shirley angela helen anna "
    "brenda pamela nicole emma samantha katherine christine debra rachel catherine carolyn janet ruth maria heather diane virginia julie "
    "joyce victoria olivia kelly christina lauren joan evelyn judith megan cheryl andrea hannah martha jacqueline frances gloria ann "
    "teresa kathryn sara janice jean alice madison doris abigail julia judy grace denise amber marilyn beverly danielle theresa sophia "
    "marie diana brittany natalie isabella charlotte rose alexis kayla hillary melania ivanka michelle nancy elaine kamala sonia tina "
    "loretta condoleezza madeleine theresa angela ursula christine marine ségolène anne brigitte hélène sophie nathalie isabelle "
    "sylvie monique françoise valérie céline camille chloé ursula annalena sahra petra andrea katarina jutta birgit sabine claudia "
    "carmen lucía sofía marta cristina pilar dolores rosa elena irene nadia svetlana olga natalia tatiana yulia greta jacinda "
    "benazir indira aung carrie tsai ilhan alexandria nikki kellyanne sarah huckabee jill stacey gretchen kirsten tammy dianne "
    "maxine kristen kristi liz lindsey melanie oprah beyoncé serena venus malala meghan kate camilla"
    " katrin lena eva ines nina franziska katharina susanne silke anja heike kerstin svenja isabel beatriz paula rocío lucia giorgia giulia francesca chiara paola federica elisabetta valentina mariana inês joana sofia catarina luísa margarida rita fernanda"
    " ana ane ainhoa nerea lorena raquel alba noelia mónica gabriela fernanda juliana adriana patrícia luana vitória"  # es, pt
    " elke ute ulrike gabriele martina stefanie tanja bettina renate hannelore marlene leonie johanna karin inge helga gisela"
    " christa erika sigrid ilse anke dagmar manuela simone"  # de
    " manon léa juliette margaux pauline élodie aurélie émilie mathilde clémence"  # fr
    " grażyna halina jadwiga urszula wanda ewelina justyna sylwia"  # pl
    " annemiek sanne anouk femke lotte fleur marieke ingrid els anke lieke mieke wilma esther hanneke janneke"  # nl
    " александра алина алла анастасия анна валентина валерия вера виктория галина дарья екатерина елена елизавета ирина"
    " людмила марина мария наталья наталия надежда ольга оксана полина светлана софья софия татьяна юлия яна ксения"  # ru
    " anna maria katarzyna małgorzata agnieszka barbara ewa krystyna elżbieta zofia joanna magdalena monika teresa danuta"
    " natalia karolina marta beata dorota aleksandra iwona renata"  # pl
    " олена ірина наталія юлія тетяна світлана марія вікторія ганна катерина олександра"  # uk
    " mária jana zuzana katarína eva anna martina lucia veronika monika ivana petra michaela"  # sk
    " ivana ana marija jelena milica snežana dragana vesna tanja sanja mirjana gordana jasmina amra lejla emina selma ljiljana"  # hr, bs, sr
    " ивана ана марија јелена милица снежана драгана весна тања сања мирјана гордана јасмина амра лејла емина селма љиљана"  # sr
    " nina maja mojca špela mateja urška nataša tanja"  # sl
    " иванка йорданка радка цветелина десислава гергана ралица теодора росица милена весела даниела петя"  # bg
    " jana eva hana lenka kateřina lucie tereza veronika markéta alena věra jitka zdeňka barbora"  # cs
    " ayşe fatma emine hatice zeynep elif meryem özlem gül esra büşra"  # tr
    " μαρία ελένη αικατερίνη κατερίνα βασιλική σοφία αναστασία γεωργία δήμητρα ευαγγελία ιωάννα χριστίνα άννα φωτεινή"
    " δέσποινα παναγιώτα αγγελική κωνσταντίνα θεοδώρα ευτυχία χαρίκλεια ευγενία στέλλα αλεξάνδρα νικολέτα"  # el
)


_MALE = (
    "james robert john michael william david richard joseph thomas charles christopher daniel matthew anthony mark donald steven paul "
    "andrew joshua kenneth kevin brian george timothy ronald edward jason jeffrey ryan jacob gary nicholas eric jonathan stephen larry "
    "justin scott brandon benjamin samuel gregory alexander frank patrick raymond jack dennis jerry tyler aaron jose adam nathan henry "
    "douglas zachary peter kyle ethan walter noah jeremy christian keith roger terry gerald harold sean austin carl arthur lawrence "
    "dylan jesse jordan bryan billy joe bruce gabriel logan albert willie alan juan wayne elijah randy roy vincent ralph eugene russell "
    "bobby mason philip louis barack bernie mike mitch ted marco rand chris jeb newt rudy reince bill hugh vladimir xi emmanuel "
    "nicolas françois jacques jean pierre olaf friedrich helmut gerhard wolfgang markus jens volodymyr recep narendra boris rishi "
    "keir tony gordon nigel benjamin benny yair mahmoud bashar kim shinzo fumio justin pedro mariano felipe andrés carlos luis "
    "jorge javier manuel miguel antonio josé francisco fernando alejandro diego hugo lula jair mauricio sergei dmitry alexei "
    "viktor mario matteo giuseppe silvio giorgio xavier olivier thierry laurent éric dominique bertrand günter jürgen heiko"
    " thomas stefan klaus hans uwe jan lukas tobias florian matthias sebastian christian johannes karl lars dirk jörg rolf horst werner manfred bernd ralf torsten pablo alberto sergio raúl rafael enrique ramón santiago álvaro giovanni luigi francesco marco paolo luca alessandro stefano roberto massimo enrico joão antónio luís rui ricardo tiago nuno duarte gonçalo"
    " joão rui tiago bruno rodrigo gonçalo edson marcelo gustavo leonardo eduardo ricardo alessandro lorenzo davide luca giovanni renato fábio márcio sérgio jonathan gastón adrián"  # pt, it, es
    " max moritz felix paul leon finn jonas elias noah ben"  # de
    " jeroen daan sem bram thijs ruben pieter joost wouter sander bas koen geert maarten frank dick wopke hugo mark sjoerd"  # nl
    " александр алексей андрей антон артем артём борис вадим валерий василий виктор виталий владимир владислав вячеслав геннадий"
    " георгий глеб григорий даниил денис дмитрий евгений егор иван игорь илья кирилл константин леонид максим михаил никита"
    " николай олег павел пётр петр роман руслан сергей станислав степан тимур фёдор федор юрий ярослав"  # ru
    " jan andrzej piotr krzysztof stanisław tomasz paweł józef marcin marek michał grzegorz jerzy tadeusz łukasz zbigniew ryszard"
    " dariusz henryk mariusz kazimierz wojciech mateusz jakub rafał jarosław radosław szymon władysław lech"  # pl
    " олександр андрій віктор володимир дмитро іван ігор михайло микола петро сергій юрій богдан тарас остап віталій василь"  # uk
    " ján peter martin michal tomáš jozef marek lukáš juraj ondrej pavol milan marián igor"  # sk
    " marko ivan ante josip tomislav damir dragan zoran milan nikola nenad dejan goran aleksandar stefan miloš emir adnan nermin amir edin kenan haris mladen željko"  # hr, bs, sr
    " марко иван анте јосип томислав дамир драган зоран милан никола ненад дејан горан александар стефан милош емир аднан нермин амир един кенан харис младен жељко"  # sr
    " matej andrej boštjan janez jure luka žiga gregor primož blaž aleš uroš"  # sl
    " георги димитър николай петър христо стефан йордан васил стоян тодор ангел красимир румен бойко делян асен"  # bg
    " petr jiří josef pavel jaroslav miroslav zdeněk václav karel ladislav vojtěch ondřej jakub lukáš tomáš"  # cs
    " mehmet mustafa ahmet ali hüseyin hasan ibrahim ismail osman yusuf murat ömer emre burak kemal"  # tr
    " γιώργος γιάννης κώστας νίκος δημήτρης παναγιώτης βασίλης χρήστος θανάσης μιχάλης σπύρος αντώνης ανδρέας πέτρος"
    " στέλιος μανώλης αλέξανδρος κυριάκος αλέξης στέφανος ηλίας λευτέρης παύλος θοδωρής άγγελος σταύρος γιώργης"
    " ευάγγελος αθανάσιος κωνσταντίνος γεώργιος ιωάννης νικόλαος δημήτριος μάρκος φώτης τάσος λάμπρος"  # el
)


FIRST_NAMES = {**{n: "f" for n in _FEMALE.split()}, **{n: "m" for n in _MALE.split()}}
# the common Turkish given names (:mod:`.turkish_names`); a name the lists above already hold keeps its gender there
# (and the common Nigerian, Kenyan, Ghanaian and Indian ones, :mod:`.african_asian_names`)
# (and the common Hungarian ones, :mod:`.hungarian_names`)
for _gender, _names in (("f", TR_FEMALE), ("m", TR_MALE), ("f", WORLD_FEMALE), ("m", WORLD_MALE), ("f", HU_FEMALE), ("m", HU_MALE)):
    for _name in _names.split():
        FIRST_NAMES.setdefault(_name, _gender)

# given names of another gender in one language than the lexicon says: English "Jan" (Janet, Janice) is a woman,
# the Dutch, Czech, Polish or Scandinavian "Jan" a man
_GENDER_IN = {"en": {"jan": "f"}}


def given_name_gender(name: str, lang: str | None) -> str | None:
    """The gender a given name shows in an article in ``lang``: the language's own entry, else the lexicon's."""
    low = name.lower()
    return _GENDER_IN.get((lang or "")[:2], {}).get(low) or FIRST_NAMES.get(low)
