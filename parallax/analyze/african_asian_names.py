"""Common Nigerian, Kenyan, Ghanaian and Indian given names, merged into :data:`parallax.analyze.names.FIRST_NAMES`.

English-language papers in Lagos, Nairobi, Accra and Delhi write their people with these names, often three
words long ("Grace Wanjiku Kamau", "Chinedu Obi Nwosu"), and the small English entity model tags many of them
as organisations; a given name is the article's evidence that such a run names a person
(:mod:`.reporting_people`), and it tells "he" from "she".  Names used for both sexes (Oluwaseun, Blessing,
Ayo, Kiran, ...) are left out: the lexicon holds one gender each.
"""

from __future__ import annotations

WORLD_FEMALE = (
    "amina aisha ngozi chioma funmilayo folake adaeze nkechi yetunde chiamaka ifeoma nneka bukola titilayo"
    " wanjiru wanjiku njeri akinyi achieng atieno wambui nyambura fatuma zainab halima hauwa akosua abena"
    " ama efua adwoa priya ananya lakshmi sunita anjali kavita deepika pooja meera nirmala shalini"
    " rekha geeta radha savitri shanti neha swati divya"
    # Hausa and Amharic
    " fatima hadiza binta maryam hafsat rukayya jamila asabe almaz tigist meseret"
)

WORLD_MALE = (
    "chinedu emeka chukwuemeka babajide olumide tunde adebayo abdullahi kwame kofi kwabena kwaku yaw"
    " chidi obinna ikechukwu nnamdi olusegun"
    " rahul arjun vikram suresh ramesh rajesh sanjay amit anil karthik venkatesh sunil manoj rakesh"
    " vijay ashok mahesh prakash ravi"
    " musa abubakar usman aminu nasiru kabiru adamu umar haruna suleiman bashir abebe tadesse girma"
)
