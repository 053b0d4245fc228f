"""Subjects, actors, attributions and places of figures in real-world sentences.

`subject` must share the listed words (the way a reader would name what is counted), or
be exactly that text where `exact` is set (to catch words leaking in); actor and
attribution must contain the given text.  Known gaps are strict xfails.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import pytest

from tracker.extract import extract_article
from tracker.schema import Article


@dataclass(frozen=True)
class Case:
    text: str
    surface: str  # the figure checked: the first whose surface contains this
    subject: str = ""  # every word here must be in the subject
    key: str = ""
    actor: str = ""
    attribution: str = ""
    location: str = ""
    exact: bool = False
    no_actor: bool = False  # the actor must be empty
    no_attribution: bool = False  # the attribution must be empty
    no_location: bool = False  # the location must be empty
    xfail: str = ""


CASES = [
    # the seeds and the design card
    Case("South Korean intelligence services estimate some 1,500 North Korean special forces "
         "have already deployed to Vladivostok.", "1,500", subject="North Korean special forces",
         key="special force", attribution="South Korean intelligence services",
         location="Vladivostok"),
    Case("Britain pledged an additional £2.26 billion loan to Ukraine for weapons purchases.",
         "£2.26", subject="loan to Ukraine for weapons purchases", actor="Britain"),
    Case("The US prepares an $800 million aid package for Ukrainian drone production.",
         "$800", subject="aid package for Ukrainian drone production", actor="US"),
    # who confirms or announces a sum of its own is both its actor and its source; a
    # participle after the name is not part of it
    Case("EU ministers expected to announce €5 billion aid plan for farmers", "€5",
         subject="aid plan for farmers", actor="EU ministers", attribution="EU ministers"),
    Case("EU ministers expected to approve €5 billion aid plan for farmers", "€5",
         subject="aid plan for farmers", actor="EU ministers"),
    Case("Tesla announced a $2 billion share buyback on Monday.", "$2",
         subject="share buyback", actor="Tesla", attribution="Tesla"),
    Case("The strike killed at least two civilians and injured 15 others according to "
         "regional governor Ivan Fedorov.", "two", subject="civilians killed",
         attribution="regional governor Ivan Fedorov"),
    Case("The strike killed at least two civilians and injured 15 others according to "
         "regional governor Ivan Fedorov.", "15", subject="injured",
         attribution="Ivan Fedorov"),
    Case("Pyongyang is ready to send 12,000 troops to Russia.", "12,000", subject="troops",
         key="troop"),
    Case("The blast left 15 injured.", "15", subject="injured"),
    Case("The attack damaged over 30 residential buildings.", "30",
         subject="residential buildings"),
    # number + noun, "of" phrases, percentages
    Case("Dozens of US lawmakers urged tougher sanctions.", "Dozens", subject="lawmakers"),
    Case("The firm earns 60% of its revenue in China.", "60%", subject="revenue",
         location="China"),
    Case("Unemployment rose 0.3 percentage points in March.", "0.3", subject="Unemployment"),
    # copula, passive, appositions
    Case("The death toll is 40, officials said.", "40", subject="toll", attribution="officials"),
    Case("Some 40 people were killed in the floods.", "40", subject="people killed"),
    Case("Airbus said it would cut 2,500 jobs in Germany.", "2,500", subject="jobs",
         attribution="Airbus", location="Germany"),
    Case("The company was sold for $5.6bn (£4.4bn) to a US rival.", "$5.6bn", subject="company"),
    # the value of a noun, owners of counted things, hyphenated compounds, clause subjects
    Case("The regulator levied a penalty of 8.2 million Australian dollars.", "8.2",
         subject="penalty"),
    Case("It would be his first trip to Russia in over two years.", "two", subject="trip"),
    Case("Ford, which has 12,600 workers in Britain, warned of job losses.", "12,600",
         subject="workers Ford"),
    Case("They represent a 12,000-strong, four-brigade deployment.", "four",
         subject="deployment"),
    Case("Since January Apple shares have gained nearly 31%.", "31%", subject="Apple shares"),
    Case("On Wall Street at noon: Dow +0.2%, Nasdaq +0.8%.", "0.8%", subject="Nasdaq"),
    Case("Best hitters: Juan Soto (6.1 WAR) and Mookie Betts (5.9 WAR).", "5.9",
         subject="Mookie Betts"),
    Case("Ofcom's figures show 3 million homes lack broadband.", "3 million", subject="homes",
         attribution="Ofcom"),
]

# A figure after a copula measures the copula's subject, with its of/for/in phrases.
COPULAS = [
    # a second clause with its verb left out: "and X down 10%"
    Case("Car thefts were down 12% and burglaries down about 7%.", "7%",
         subject="burglaries"),
    Case("Imports were down 8% and exports down 5%.", "5%", subject="exports"),
    # the "be" of a passive before the figure is no copula: the passive verb's subject
    Case("Inflation in France is estimated at 2.3% in December.", "2.3%",
         subject="Inflation", exact=True, location="France"),
    Case("Growth in Japan was estimated at about 1.5%.", "1.5%", subject="Growth"),
    # a figure of plain people is what the copula's subject names
    Case("The death toll from the quake is now 40 people.", "40",
         subject="death toll from the quake", exact=True),
    Case("The average size of an English constituency was 70,000 people, he said.", "70,000",
         subject="average size of an English constituency", exact=True),
    Case("The average waiting time for hip surgery in Wales is around 40 weeks.", "40",
         subject="average waiting time for hip surgery in Wales", exact=True),
    Case("The median price of a home in Denver was $560,000 last month.", "$560,000",
         subject="median price of a home", exact=True, location="Denver"),
    Case("Residents say they meet each other constantly in the small island that is about 20 miles "
         "long.", "20", subject="small island", exact=True),
    Case("Testing between May and June came back at 3 ppb.", "3 ppb", subject="Testing",
         exact=True),
]

# "worth", "priced at": the figure is the value of the noun the word hangs on.
VALUED = [
    Case("The city will receive a federal grant worth up to $12 million.", "$12",
         subject="federal grant", exact=True),
    Case("Shoppers snapped up handbags priced at under $50.", "$50", subject="handbags",
         exact=True),
    Case("The bonus, which was worth £1.2m, angered shareholders.", "£1.2m", subject="bonus",
         exact=True),
    Case("The law sets fines ranging from $500 to $5,000 for each offence.", "$500",
         subject="fines", exact=True),
    # "worth" parsed onto the verb: the verb's object before it is what is worth it
    Case("He began the visit by signing a deal worth 1bn euros ($1.3bn) for Airbus.",
         "1bn euros", subject="deal", exact=True),
    # a count of parts of its own: the parts, the valued noun's
    Case("Applicants must fill in a questionnaire amounting to some 40 pages.", "40",
         subject="pages (questionnaire)", exact=True),
    Case("Critics have valued the four paintings at between £2m and £3m.", "four",
         subject="paintings", exact=True),
    Case("The regulator imposed fines totalling $3m on 12 brokers last year.", "12",
         subject="brokers", exact=True),  # guard: another phrase's count is not the fines'
    Case("A crowd numbering 30,000 people marched to the square.", "30,000",
         subject="crowd", exact=True),  # guard: counted people are the crowd itself
]

# What a sum or a measure is of: "in" after money, "of" after a unit, past framing nouns.
WHAT_OF = [
    # the "of" noun a rate's surface took in is still what the figure counts
    Case("Norway will supply Britain with 4 million tonnes of liquefied gas annually.",
         "4 million tonnes", subject="liquefied gas"),
    Case("Kuwait pumps 2.5 million barrels of crude oil a day.", "2.5 million barrels",
         subject="crude oil"),
    Case("Pensions are paid to people who reach 65 years of age.", "65 years",
         subject="people"),  # not "age"
    # a share added to an earlier one is of the same group
    Case("Some 23% of drivers have changed insurer and a further 14% plan to do so.", "14%",
         subject="drivers"),
    Case("About 30% of the managers polled have cut jobs, and another 12% expect to.", "12%",
         subject="managers"),
    # an "of" right after the bracket that restates the figure, hung on the verb by the parse
    Case("Managers are accused of misusing 250m yuan ($36m; £29m) of pension funds.", "£29m",
         subject="pension funds"),
    Case("The tycoon pledged $900m (£480m) of her own money to the charity.", "$900m",
         subject="own money"),
    Case("The firm employs 600 people, almost half of whom work in California.", "half",
         subject="people", exact=True),
    Case("Investors are sitting on $3 billion in losses.", "$3", subject="losses", exact=True),
    Case("The utility plans to build 1,275 megawatts of capacity by 2030.", "1,275",
         subject="capacity", exact=True),
    Case("The painting was sold for a record $92 million at auction.", "$92",
         subject="painting", exact=True),
    Case("The probe completed a 500 million-mile journey to Mars.", "500",
         subject="journey to Mars", exact=True),
    Case("The stock trades at 12 times earnings.", "12", subject="earnings", exact=True),
    Case("Exports to Japan fell 4% in March.", "4%", subject="Exports to Japan", exact=True),
    Case("Brent crude peaked at $84 US a barrel in March.", "$84", subject="Brent crude",
         exact=True),
    Case("The band sold 2.1M digital and physical copies of the album.", "2.1M",
         subject="copies"),
    Case("Weak oil prices pulled the energy sector 2.1 percent lower on Tuesday.", "2.1",
         subject="energy sector", exact=True),
    Case("The profit warning sent the shares 8% lower.", "8%", subject="shares", exact=True),
    Case("Bake the fillets (about 200g each) for 12 minutes.", "200g", subject="fillets",
         exact=True),
    Case("Prices are expected to rise 3%, with rents expected to increase 5%.", "5%",
         subject="rents", exact=True),
]

# A figure that restates or carries on from the one before takes its subject.
CARRIED = [
    Case("The regulator imposed a fee of 1.7 billion shekels ($465 million) on the bank.",
         "$465", subject="fee", exact=True),
    Case("Qantas rose 3.1 per cent to $6.20 and Rio Tinto added 1.5 per cent to $118.40.",
         "$118.40", subject="Rio Tinto", exact=True),
    Case("Genting added 12 sen to RM4.50.", "RM4.50", subject="Genting", exact=True),
    Case("Shares of Tesco fell 2%, Sainsbury by 1.5%.", "1.5%", subject="Sainsbury",
         exact=True),
]

# Verbs join a counted noun only when they say what befell people; others stay out.
VERBS = [
    Case("The carmaker plans to lay off 3,000 workers.", "3,000", subject="workers",
         exact=True),
    Case("The plant will open next year, creating 500 jobs.", "500",
         subject="jobs created", exact=True),
    Case("A survey of 2,000 adults conducted in May found rising debt.", "2,000",
         subject="adults", exact=True),
    Case("Police arrested 14 protesters outside parliament.", "14",
         subject="protesters arrested", exact=True),
]

# A name is kept whole: the tokens of its entity, a code that is part of it.
NAMES = [
    Case("The benchmark KOSPI-200 index fell 1.2% on Monday.", "1.2%",
         subject="benchmark KOSPI-200 index", exact=True),
    Case("Until now Smith-Jones has only raised 36 million of the 90 million pounds she needs.",
         "36 million", subject="funds raised Smith-Jones"),
]

# Whose a thing is, where the article says it by a pronoun ("its revenue") or by a verb of
# having; not the actor of any verb ("Britain pledged a loan").
OWNERS = [
    Case("The retailer makes 40% of its revenue online.", "40%", subject="revenue retailer"),
    Case("The bank has 2 million customers in Spain.", "2 million", subject="customers bank"),
    Case("Lopez runs a popular cooking blog, where she has more than 3 million readers.",
         "3 million", subject="readers Lopez"),
    Case("Britain pledged an additional £2.26 billion loan to Ukraine.", "£2.26",
         subject="loan to Ukraine", exact=True),
]


# Round two: what "which" and "they" stand for, a clause's own subject, a sum read onto the
# noun after it, unit symbols and other figures kept out of subjects.
ROUND_TWO = [
    Case("Investors balked at a bonus for the finance director, Mark Hale, which was worth "
         "up to £1.4m.", "£1.4m", subject="bonus", exact=True),
    Case("Utilities, the year's safest sector, rose 0.4%, while tech, last years biggest "
         "winner, slipped 1.2% on rate fears.", "1.2%", subject="tech", exact=True),
    Case("The ban is a blow to Greece's 2 billion euros ($2.2 billion) a year olive oil "
         "export trade.", "2 billion", subject="olive oil export trade", exact=True),
    Case("The ban is a blow to Greece's 2 billion euros ($2.2 billion) a year olive oil "
         "export trade.", "$2.2", subject="olive oil export trade", exact=True),
    Case("The new model's MSRP is $41,500, the dealer said.", "$41,500", subject="MSRP"),
    Case("The engine makes 255 hp (190 kW / 258 PS).", "258", subject="engine", exact=True),
    Case("This sent the shares soaring and they were up 7pc by the close.", "7pc",
         subject="shares", exact=True),
    Case("The firm's $40m loss for the year was dwarfed by the $310m lost by its rival.",
         "$310m", subject="loss", exact=True),
    Case("The group paid off a $3.2bn (£2.5bn) back-tax bill.", "£2.5bn",
         subject="back-tax bill", key="back-tax bill", exact=True),
]

# A key is the lemmatised head and its nearest real modifier, never a piece of a figure.
KEYS = [
    Case("Annual pre-tax profits rose to £450m.", "£450m", key="pre-tax profit"),
    Case("Car maker Nissan's profits fell 8%.", "8%", key="profit"),
    Case("Its $17m profit was dwarfed by the $90m made by its rival.", "$90m", key="profit"),
    Case("The reform creates a three-tier pension system.", "three", key="pension system"),
    # a plural in "-ves" or "-ses" keeps its "e" (spaCy 3.8.18's lemmatizer gave "serf")
    Case("The champion needed three big serves to hold her opening game.", "three",
         key="big serve"),
    Case("His side has suffered two heavy reverses since the new year.", "two",
         key="heavy reverse"),
]


# Round three, from an audit on unseen BBC text: who acts and who is quoted.
# A verb that only states or moves a level has no actor; nor has a quantity word.
ACTORS = [
    # a name the model took for a common noun acts, where no English word is capitalised
    Case("Figo shot from 30 yards and the keeper let it slip.", "30 yards", actor="Figo"),
    Case("Sales of the new console shot up fourfold.", "fourfold", no_actor=True),
    Case("The jobless rate could climb to 9% by the summer.", "9%", subject="jobless rate",
         no_actor=True),
    Case("The waiting list will remain at 18 weeks until April.", "18", subject="waiting list",
         no_actor=True),
    Case("The council cut 300 posts from its budget.", "300", subject="posts",
         actor="council"),
    Case("Under the deal, none of the 12 board members will face charges.", "12",
         subject="board members", no_actor=True),
    Case("Exports could fall to 3% compared with 5% a year earlier.", "3%", subject="Exports",
         exact=True, no_actor=True),
    Case("The 31-year-old cleared a season's best of 4.60m in Birmingham.", "4.60m",
         subject="season's best", key="best", location="Birmingham", no_actor=True),
]

# A move's "in" phrase names what moves; that is the subject, and a move acts for no one.
MOVES = [
    Case("There was a sharp rise in unemployment to 5.2% in May.", "5.2%",
         subject="unemployment", exact=True),
    Case("The retailer reported an improvement in its gross margin to 41 per cent.", "41",
         subject="gross margin", key="gross margin", actor="retailer"),
    Case("The board approved a cut in the dividend to 12p a share.", "12p", subject="dividend",
         exact=True, actor="board"),
    Case("The government announced a 10% increase in the minimum wage.", "10%",
         subject="minimum wage", key="minimum wage", actor="government"),
    Case("The council agreed a rise in council tax by 4.99% from April.", "4.99%",
         subject="council tax", exact=True),
    Case("A fall in the rate of inflation to 2.3% in March lifted shares.", "2.3%",
         subject="rate of inflation", exact=True, no_actor=True),
    Case("Retail sales dropped by 1% in June, after a 0.6% rise in May.", "0.6%",
         subject="Retail sales", exact=True),  # a month is not what moves; the sales are
    Case("Salaries for junior doctors range between £32,000 and £37,000.", "£32,000",
         subject="Salaries for junior doctors", exact=True, no_actor=True),
    Case("Forecasts assume GDP growth of 1.5% in Germany next year.", "1.5%",
         subject="GDP growth", exact=True),  # a place is where it moves, not what
    # what a number counts keys the subject: these group with "45,000 migrants"
    Case("The number of migrants crossing the Channel rose to 45,000 last year.", "45,000",
         subject="number of migrants", key="migrant", no_actor=True),
]

# A bare number that starts a list item counts what the item before it counted.
LISTS = [
    Case("The airline cancelled 65 flights on Thursday, 180 on Friday and 40 on Saturday.",
         "180", subject="flights", key="flight"),
    Case("The airline cancelled 65 flights on Thursday, 180 on Friday and 40 on Saturday.",
         "40", subject="flights", key="flight"),
    Case("The band sold 750,000 copies in its first week and 3.5 million in total.", "3.5",
         subject="copies", exact=True),
    Case("The firm sold 4,000 cars and hired 250 new staff.", "250", subject="new staff",
         exact=True),
]

# A passive verb's subject undergoes the act: its "by" agent, if any, is the actor.  A
# sum with no noun of its own is for what its "for" phrase names.  Who says a figure is
# its source, never its subject.
PASSIVES = [
    Case("The takeover will be financed with $15bn of new shares.", "$15bn", subject="shares",
         no_actor=True),
    Case("A further £500m was pledged by Britain for reconstruction.", "£500m",
         subject="reconstruction", exact=True, actor="Britain"),
    Case("Britain is expected to pledge £2bn for reconstruction.", "£2bn",
         subject="reconstruction", exact=True, actor="Britain"),
    Case("Some 560 jobs will be lost by the end of the month.", "560", subject="jobs",
         no_actor=True),
    Case("It could cost £80m to hold a referendum on the treaty, ministers have revealed.",
         "£80m", attribution="ministers", no_actor=True),
    Case("Swiss Re has said total claims are likely to be less than $10bn (£5.2bn).",
         "£5.2bn", subject="total claims", exact=True),
    Case("By 2040, the population is expected to shrink to under 100 million.", "100",
         subject="population", exact=True),
]

# A verb of saying with a plain object quotes no one; a passive one quotes its agent, if any.
SOURCES = [
    # people counted who "said" or "found" name no source
    Case("A majority, 61%, said the mayor had done well and just 12% disagreed.", "12%",
         no_attribution=True),
    Case("Other found themselves tied into 24-month deals.", "24-month", no_attribution=True),
    Case("More than half of the economists said growth would reach 3%.", "3%",
         attribution="economists"),
    # a sentence that points back to what the one before reported keeps its source
    Case("Shipments of tablets reached 40 million in March, research firm IDC said. That was "
         "18% more than a year before.", "18%", attribution="IDC"),
    Case("Retail sales rose 1.2% in May, the statistics office said. The figure was 0.4 "
         "points above forecasts.", "0.4 points", attribution="statistics office"),
    Case("Our survey found most users were happy. It is estimated that 3 million people use "
         "the service.", "3 million", attribution="survey"),
    # not a new matter, nor "This week"
    Case("The retailer said sales rose 4% in the year. This week it opened 12 new stores in "
         "Wales.", "12", no_attribution=True),
    Case("The ministry said the plant was safe. It puts an end to plans for 40 new reactors.",
         "40", no_attribution=True),
    # verbs that quote only with a clause after them, and do something else without one
    Case('Asked about the fine, Mr Ortiz replied: "We have paid 40 times that before."', "40",
         attribution="Mr Ortiz"),
    Case("The finance minister explained that the money - $2bn in grants and $700m in loans - "
         "was for rebuilding.", "$700m", attribution="finance minister"),
    Case("Wales replied with three penalties before half-time.", "three", subject="penalties",
         no_attribution=True),
    Case("Lower fuel costs partly explain the jump of 4,500 in passenger numbers.", "4,500",
         no_attribution=True),
    Case("The keeper conceded four goals in the first half.", "four", subject="goals",
         no_attribution=True),
    # the speaker put after a verb of saying that ends a quotation, where the parse gave the
    # verb a subject inside the quotation too
    Case('"Families are turning away from the weekly shop of a dozen or more bags to newer '
         'habits; either small top-ups or delivery services," said Jo Park, a retail analyst.',
         "a dozen", subject="bags", attribution="Jo Park"),
    Case("One of the problems of the game, said Mr Okafor, was the lack of a save button.",
         "One", attribution="Mr Okafor"),
    # a piece with no verb that the parse cuts off after a dash is still what was said
    Case("The firm said files could be downloaded at one gigabit a second - up to 40 times "
         "faster than current home lines.", "40", attribution="firm"),
    Case("Officials said the dam was finished. Some 2,000 workers built it.", "2,000",
         subject="workers", no_attribution=True),
    Case("The documentary tells the story of three nurses working in Leeds.", "three",
         subject="nurses", no_attribution=True),
    Case("She found her brother among the 200 survivors at the camp.", "200",
         subject="survivors", no_attribution=True),
    Case("The minister is expected to announce a rise of 5% in the fuel duty.", "5%",
         no_attribution=True),  # not said yet: the reporter's expectation, no one's word
    Case("The chairman is expected to step down after 12 years in the post.", "12",
         no_attribution=True),
    # a name written with a hyphen is whole, though the parse splits it
    Case("Wal-Mart said sales at its US stores rose 3% in December.", "3%",
         attribution="Wal-Mart"),
    # "added 1.7%" is a rise, not a saying; "added: ..." and "added that ..." are sayings
    Case("Tata shares added 2.4%, while Infosys jumped 6%.", "2.4%", no_attribution=True),
    Case("The euro had added 0.6% to break through the $1.35 level.", "0.6%",
         no_attribution=True),
    Case("The chief executive added that 300 jobs would go.", "300",
         attribution="chief executive"),
    Case("The deficit was £4bn less than forecast, as reported by the Treasury.", "£4bn",
         attribution="Treasury"),
    Case("The shortfall hit £3.1bn, according to consultancy firm Grant Thornton.", "£3.1bn",
         attribution="consultancy firm Grant Thornton"),
    Case("Sales reached $80m last year, according to analysts Screen-Data/UK.", "$80m",
         attribution="analysts Screen-Data/UK"),
    Case("The pace slowed in the last two years, said a report for the Anglo-Irish Trade "
         "Council.", "two", attribution="report for the Anglo-Irish Trade Council"),
    Case("Asked about their prospects, a majority in 9 regions said they were hopeful.", "9",
         subject="regions", no_attribution=True, no_actor=True),  # people counted, unnamed
]

# A place in the figure's own clause comes before a nearer one elsewhere; a place that is
# part of a name is none.
PLACES = [
    # a country's name with a plural verb is a side, as British usage writes teams; not a
    # plural name or a list of countries
    Case("Wales are chasing their first title since 2008 after three opening wins.", "three",
         no_location=True),
    Case("Scotland have lost their last four matches in the tournament.", "four",
         no_location=True),
    Case("Kowalski, representing Poland, won the race by 12 metres.", "12 metres",
         no_location=True),
    Case("Ireland is expected to grow by 5% this year.", "5%", location="Ireland"),
    Case("The Philippines have cut 3,000 jobs in the civil service.", "3,000",
         location="Philippines"),
    Case("The storm has left at least 9,000 people dead, with Haiti, Cuba and Jamaica worst "
         "hit.", "9,000", location="Haiti"),
    Case("Some 3,000 homes in Wales have been flooded and 12,000 families are without power "
         "in Scotland.", "12,000", subject="families", location="Scotland"),
    Case("The Paris-based group sold 40 hotels last year.", "40", subject="hotels"),
    # a place in an "in" phrase right after the figure is its own, before any nearer one
    Case("Apple expects the Mac mini to sell for £339 in the UK and $499 in the US.", "$499",
         location="US"),
    Case("The average house price was £192,713 in England; £139,544 in Wales.", "£139,544",
         location="Wales"),
    Case("It compares with 59 litres in France, 12 litres in the US and three litres in "
         "Japan.", "three", location="Japan"),
    # the standard of a comparison is no place of the figure; examples after "such as" are
    Case("The service will be available within 2km of 230 exchanges in areas such as "
         "London.", "230", location="London"),
    # places joined by "and" are one place of the figure; a figure between keeps them apart
    Case("There are about 3,500 CSOs in England and Wales.", "3,500",
         location="England and Wales"),
    Case("The company runs 142 quarries in the UK and the US.", "142",
         location="UK and the US"),
]


# Round four, from an audit on unseen BBC text.  A figure's words are not its subject:
# a frame on a verb ("above the $60 mark") looks to the verb's object, a word hyphened to the
# figure ("three-time", "19-year-old") is dropped unless it is what is counted, a hyphened
# word is kept whole ("buy-out"); a sum is of what it is spent on or taken in.
ROUND_FOUR = [
    Case("A weaker dollar pushed copper prices above the $9,000 mark for the first time.",
         "$9,000", subject="copper prices", exact=True),
    Case("The club put a valuation in the region of £30m on its striker.", "£30m",
         subject="valuation", exact=True),
    Case("The firm was rescued by a $700m (£380m) buy-out.", "£380m", subject="buy-out",
         exact=True),
    Case("She is a three-time world indoor champion.", "three",
         subject="times world indoor champion", exact=True),  # see TIMES_TITLED
    Case("The 19-year-old winger signed a new deal.", "19-year-old", subject="winger",
         exact=True),
    Case("A four-brigade deployment is planned.", "four", subject="brigade deployment",
         exact=True),  # the noun hyphened to the figure is what it counts
    Case("The 31-year-old's contract runs out in June.", "31", subject="", exact=True),  # an
    # age standing as a noun is a person's, here no one named
    Case("The party spent £1.8m on the by-election campaign.", "£1.8m",
         subject="spending on by-election campaign (party)", exact=True),
    Case("The regulator plans to invest $90m in new inspection systems.", "$90m",
         subject="investment in new inspection systems (regulator)", exact=True),
    Case("The sequel took $52m (£28m) in weekend ticket sales.", "$52m",
         subject="weekend ticket sales", exact=True),
    Case("The dollar reached $1.31 in late trading in Tokyo.", "$1.31", subject="dollar",
         exact=True),  # a level reached "in late trading": when, not what
    Case("The group has paid £6m in fines since 2001.", "£6m", subject="fines", exact=True),
    Case("For the whole of 2003, the brewer earned £410m.", "£410m", subject="brewer"),
    Case("Rumours of a bid sent Fiat shares down 1.5% on Tuesday.", "1.5%",
         subject="Fiat shares", exact=True),
    Case("The storm sent Tokyo stocks down 2% on Friday.", "2%", subject="Tokyo stocks",
         exact=True),
    Case("The judge agreed to extend his 2100 GMT curfew deadline by two hours.", "two hours",
         subject="curfew deadline", exact=True),  # the zone is the time's
    Case("Heating oil closed at $2.10 on Friday - a fall of 3% - after a mild week.", "$2.10",
         subject="Heating oil", exact=True, no_actor=True),
    Case("More than half (56%) of the drivers questioned said they had been fined.", "56%",
         subject="drivers questioned", exact=True, attribution="drivers"),
    Case("Mr Hale was joined on the board by one of Acme's three founders.", "three",
         subject="founders (Acme)", exact=True),  # Acme's founders, not Mr Hale's
]

# Who acts: "it" and "which" stand for the body they refer to; an age, a figure in
# apposition, a document, a subject that holds the figure's noun, a verb that only says
# what a sum comes to or contains, and a price at the close act for no one.
ROUND_FOUR_ACTORS = [
    Case("The airline said it would cut 1,200 jobs in Spain.", "1,200", subject="jobs",
         actor="airline"),
    Case("The utility, which employs 9,000 staff, was sold.", "9,000", actor="utility"),
    Case("If the summit goes ahead, it would be her first visit in five years.", "five",
         no_actor=True),
    Case("The film follows Maria, 12, on her journey home.", "12", subject="Maria",
         no_actor=True),
    Case("Acme, one of the largest chip makers, is celebrating its 50th year.", "one",
         subject="largest chip makers", no_actor=True),
    Case("When the report of a £9m loss came out, staff feared cuts.", "£9m", subject="loss",
         no_actor=True),
    Case("The bill includes £3m in legal fees.", "£3m", no_actor=True),
    Case("The top speed of the train translates to about 200mph.", "200mph",
         subject="top speed of the train", no_actor=True),
    Case("Early estimates from the agency put the damage at $2bn.", "$2bn",
         subject="damage", attribution="agency", no_actor=True),
    Case("The plan is set to close 15% of the depots.", "15%", actor="plan"),
    Case("The G20 agreed to spend 1% of their output on the fund.", "1%", actor="G20"),
]

# Sources: a verb of saying that is negated, that has a particle ("added up to") or whose
# object is the figure itself ("can claim up to 600 euros") quotes no one; "put ... at"
# reckons.
ROUND_FOUR_SOURCES = [
    # a saying still to come quotes no one yet; one that was made does
    Case("G7 members expected to confirm $50 billion loan program for Ukraine", "$50 billion",
         actor="G7 members", no_attribution=True),
    Case("The BBC is yet to confirm the final two stars of the show.", "two",
         no_attribution=True),
    Case("Mr Howard is expected to say that around £6bn will be available for tax cuts.",
         "£6bn", no_attribution=True),
    Case("The ministry confirmed that 40 people had died.", "40", attribution="ministry"),
    Case("Last year exports to Chile added up to 4bn pesos.", "4bn", no_attribution=True),
    Case("The minister did not say why the 12 officials were dismissed.", "12",
         no_attribution=True),
    Case("Travellers can claim between 250 euros and 600 euros for a cancelled flight.",
         "250 euros", no_attribution=True),
    Case("Police put the size of the crowd at 40,000.", "40,000", attribution="Police"),
    Case("Sales are expected to reach $2bn, with figures expected to rise again in 2006.",
         "$2bn", no_attribution=True),
]

# Places: a person after a title, an ordinal or a figure the model took for a place is
# none; a possessive and a score are cut from the name.
ROUND_FOUR_PLACES = [
    ("The deal was worth £60m, said Mr Houston.", "£60m", ""),
    ("She was beaten into third in the 3,000m last year.", "3,000m", ""),
    ("Shares in the group rose 3p to 412p.", "3p", ""),
    ("Kenya's exports grew 6% last year.", "6%", "Kenya"),
    ("The leaders won the first leg at Stamford Bridge 2-0, with two goals from Diego Silva.",
     "two", "Stamford Bridge"),
]


# Round five.  A currency word carrying a figure is its unit ("30bn baht (£398m)"); a bare
# figure "compared with" another is of what that one is of; "£5m worth of X" is of X; "with
# sales down 3.1%" is of sales, and no one acts; an owner is never the noun whose own phrase
# holds what is counted.
ROUND_FIVE = [
    Case("Thailand may lose 30bn baht (£398m; $768m) in earnings from tourism, the minister "
         "said.", "£398m", subject="earnings from tourism", exact=True),
    Case("Carlsberg saw annual pre-tax profits fall to 3.4bn Danish kroner (456m euros).",
         "456m", subject="annual pre-tax profits", exact=True),
    Case("Revenue dipped 1.4% to 86.7bn Swiss francs ($74.6bn) in 2004.", "$74.6bn",
         subject="Revenue", exact=True),
    Case("Net profit was $186m (£98m) in the quarter, compared with $1.13bn in the same "
         "period in 2003.", "$1.13bn", subject="Net profit", exact=True),
    Case("The CML said gross mortgage lending stood at £17.9bn, compared with £21.8bn in "
         "January last year.", "£21.8bn", subject="gross mortgage lending", exact=True),
    Case("RSA said that 26% of wi-fi networks in London used default settings compared to 30% "
         "in Frankfurt.", "30%", subject="wi-fi networks", location="Frankfurt"),
    Case("The jobless rate still remains one of the lowest in Europe, compared with 12.1% in "
         "Germany.", "12.1%", subject="jobless rate", exact=True),
    Case("BMW sold 16 of the iconic models, compared to 16 of the 21 principal sellers.", "21",
         subject="principal sellers"),  # a figure with its own "of" phrase keeps it
    Case("The US imported almost $20bn worth of goods from China during October.", "$20bn",
         subject="goods", exact=True),
    Case("Thieves took £5m worth of jewellery from the store.", "£5m", subject="jewellery",
         actor="Thieves"),
    Case("A switch to new models hit Mercedes-Benz, with sales down 3.1% at 1.06 million.",
         "3.1%", subject="sales", exact=True, no_actor=True),
    Case("A switch to new models hit Mercedes-Benz, with sales down 3.1% at 1.06 million.",
         "1.06 million", subject="sales", exact=True, no_actor=True),
    Case("Nickel prices rose 43% during the year, with copper up 36%.", "36%",
         subject="copper", exact=True, no_actor=True),
    Case("The tourism industry is booming and revenues from visitors should more than double "
         "to $21bn in three years.", "$21bn", subject="revenues from visitors", exact=True,
         no_actor=True),
    Case("Verizon has won a takeover battle for US phone firm MCI with a bid worth $6.8bn "
         "(£3.6bn), reports say.", "$6.8bn", subject="bid", actor="Verizon"),  # "with a bid worth": no level, Verizon bids
    Case("All the achievements of your 10 hour session are locked in the game.", "10 hour",
         subject="session", exact=True),
    Case("Investors in these two firms may now have to go to the ombudsman.", "two",
         subject="firms", exact=True),
]

# Who acts on a plan, offer or right: who holds or takes it up ("announced plans to cut"),
# not who meets it ("saw off an attempt to"); a participle on a noun ("a settlement
# hammered out with 46 states") makes no actor of that noun, only its "by" agent.
ROUND_FIVE_ACTORS = [
    Case("The government has announced plans to cut 100,000 civil servants.", "100,000",
         subject="civil servants", actor="government"),
    Case("The airline will also have the option to acquire 10 more aircraft.", "10",
         actor="airline"),
    Case("Mr Kennedy outlined his party's plan to impose a 50% income tax rate.", "50%",
         actor="party"),
    Case("US band REM have announced plans to perform for 10,000 Scottish fans.", "10,000",
         actor="REM"),
    Case("On Tuesday, the government saw off a backbench attempt to force changes to the bill "
         "by 297 votes to 203.", "297", no_actor=True),
    Case("They have met the demands laid out in a landmark $206bn settlement hammered out in "
         "1998 with 46 states.", "46", subject="states", no_actor=True),
    Case("The insurer has paid out 300m euros to cover damage caused by four major hurricanes "
         "in the US.", "four", subject="hurricanes", no_actor=True),
    Case("The trial creates a TV station run by the 8,000 residents of the village.", "8,000",
         subject="residents", no_actor=True),
    Case("Insurers fear losses after an earthquake and giant waves killed at least 38,000 "
         "people in southern Asia.", "38,000", subject="people killed", actor="earthquake"),
    # a sum with no noun of its own: the spender stays the actor, even where the subject
    # falls back on the clause's subject; a counted noun never acts on itself
    Case("UKIP, which campaigned against Brussels, spent £2.36m on the election.", "£2.36m",
         actor="UKIP"),
    Case("The US giant earned $630m (£481.5m) in the last quarter.", "$630m", actor="US giant"),
    Case("Some 1,500 troops crossed the border overnight.", "1,500", subject="troops",
         no_actor=True),
    Case("Tickets, priced between £20 and £45, sold out within an hour.", "£20",
         subject="Tickets", no_actor=True),
]


# Round six.  Names the small model tags as places that the sentence shows are a firm, a
# band, a work, a team or a person: a kind noun before or in apposition, a team role the
# name modifies, the other side of a contest or deal, a verb of beating, an age after it,
# a name hyphened to another.
ROUND_SIX_PLACES = [
    ("Indie dance band Kasabian built up a cult following to secure three Brit Award "
     "nominations.", "three", ""),
    ("Danish brewer Carlsberg suffered a 3% fall in profits due to waning demand.", "3%", ""),
    ("Carlsberg, the world's fifth-largest brewer, saw annual pre-tax profits fall to 3.4bn "
     "Danish kroner.", "3.4bn", ""),
    ("The unit, Yugansk, was sold to pay off a $27.5bn back tax bill.", "$27.5bn", ""),
    ("The comedy Sideways has dominated the awards, winning all six of them.", "six", ""),
    ("Malaysia's budget airline, AirAsia fell 2.9%.", "2.9%", "Malaysia"),
    ("Drogba, Chelsea's £24m striker, has missed the last three weeks through injury.",
     "three weeks", ""),
    ("Southampton striker Jon Reed scored twice in 18 minutes.", "18 minutes", ""),
    ("Police in riot gear battled with West Ham fans and at least one supporter required "
     "treatment.", "one", ""),
    ("Manchester United reduced Chelsea's lead to nine points after a scrappy victory over "
     "Manchester City.", "nine points", ""),
    ("Sebastien Sainsbury had been close to a takeover of Leeds but withdrew his £25m offer "
     "last week.", "£25m", ""),
    ("Irishmen JP McManus and John Magnier own a 29% stake in Manchester United.", "29%", ""),
    ("John Arne Riise volleyed Liverpool ahead after 45 seconds.", "45 seconds", ""),
    ("Isinbayeva, 22, has set 10 world records in the pole vault.", "10", ""),
    ("The German-US carmaker saw operating profits fall to 785m euros from 2.4bn euros.",
     "785m", ""),
    # a currency's name is no place; a country before a sum is
    ("Exporters were hit as the euro climbed 4% against the US dollar.", "4%", ""),
    ("The firm made 40% of its sales in Hong Kong dollars.", "40%", ""),
    ("China lent Russia $6bn to buy the oil unit.", "$6bn", "Russia"),
    # and places stay places
    ("More than 50 million people own a mobile in the UK, but mobile operators are keen to "
     "encourage people to upgrade.", "50 million", "UK"),
    ("Winners of 11 of the 12 main awards were from the US, Muse singer Matt Bellamy said.",
     "11", "US"),
    ("This is really going to be the first modern three party UK election.", "three", "UK"),
    ("Wales have beaten France on two of their last three visits to Paris.", "two", "Paris"),
]


# Round six.  A thing cannot act ("the game sold 1 million copies"), bar a force that
# harms; people can, by name, title or a noun for people ("prosecutors", "my husband").
ROUND_SIX_ACTORS = [
    Case("The machine has 6 USB ports and an Ethernet port.", "6", no_actor=True),
    Case("The game sold more than 1 million copies in the first nine days.", "1 million",
         subject="copies", no_actor=True),
    Case("Reopening the Waverley Line, which could cost up to £100m, would be a boost.",
         "£100m", no_actor=True),
    Case("The tough stance paid off, while attendance improved in 776 cases.", "776",
         no_actor=True),
    Case("The scrum-half's unerring left boot cut the deficit to two points.", "two",
         no_actor=True),
    Case("Scissor Sisters, whose debut album sold almost 1.6 million copies, led sales.",
         "1.6 million", no_actor=True),
    Case("Insurers fear losses after an earthquake and giant waves killed at least 38,000 "
         "people.", "38,000", actor="earthquake"),
    Case("The sad truth is my husband spent 11 hours today playing his game.", "11 hours",
         actor="husband"),
    Case("Parents are expected to spend millions on video games as Christmas presents.",
         "millions", actor="Parents"),
    Case("Last year, Britannia members shared £42m, but the average payment was only £38.",
         "£42m", actor="members"),
    Case("The peers voted by 229 to 206 to say in law that lord chancellors must be peers.",
         "229", actor="peers"),
    Case("Activision has a stock market capitalisation of about $2.95bn.", "$2.95bn",
         actor="Activision"),
]


# A verb's object moved to or from a figure, past the figure's unit and the figure it
# runs from: what the verb moves, not who moves it.
MOVED_OBJECTS = [
    Case("The exchange said it would lift its 2004 dividend payment to 70 euro cents from 55 "
         "euro cents.", "70", subject="dividend payment (exchange)", exact=True),
    Case("The report suggests cutting national spending limits from £20m to £15m.", "£20m",
         subject="national spending limits", exact=True),
    Case("The report suggests cutting national spending limits from £20m to £15m.", "£15m",
         subject="national spending limits", exact=True),
    Case("India has raised the limit for foreign investment in telecoms firms from 49% to 74%.",
         "49%", subject="limit for foreign investment"),
    Case("The club hopes to increase matchday earnings from 29% to 40% of turnover.", "29%",
         subject="matchday earnings"),
    Case("It cut its holding from 75% to 60% on 20 October.", "75%", subject="holding"),
    Case("The deal valued Ferrari at 2.3bn euros.", "2.3bn", subject="Ferrari"),
    Case("The miner managed to boost by 72% the price of its iron ore.", "72%",
         subject="price"),
    # an apposition after the figure is no object: what rose is the clause's subject
    Case("The number of people in work increased by 296,000 to 28.52 million - the highest "
         "figure since records began.", "296,000", subject="number of people in work"),
    Case("The gap between exports and imports has widened to more than $60bn, an all-time "
         "record.", "$60bn", subject="gap"),
]

# "a maximum of", "an average of" only frame a figure: the subject is what the clause
# measures; an average that names what it averages is a subject of its own.
FRAMES = [
    Case("Child benefit will rise to a maximum of £63 a week for the first child.", "£63",
         subject="child benefit"),
    Case("Mr Brown told MPs child benefit would rise to a maximum of £63 a week.", "£63",
         subject="child benefit", xfail="the frame hangs on 'told', whose object is MPs"),
    Case("In 2005 our waiting time will fall to a maximum of six months.", "six months",
         subject="waiting time"),
    Case("Marks & Spencer has cut prices in London by an average of 24%.", "24%",
         subject="prices"),
    Case("Council tax in Scotland is set to rise by an average of about 4% next year.", "4%",
         subject="Council tax"),
    Case("The number of sales dropped 32% to an average of 22 per surveyor.", "22",
         subject="number of sales"),
    Case("The show drew an average of 10.9m viewers.", "10.9m", subject="viewers"),
    Case("Its share of the audience currently stands at an average of 28.6%.", "28.6%",
         subject="share of the audience"),
    Case("The economy had grown by an average of 2.7% a year, below the African average of 4%.",
         "4%", subject="African average"),
    Case("Prices are now well above 2004's average of $41.48.", "$41.48", subject="average"),
    # an estimate frames a figure as an average does, unless it names whose it is or what of
    Case("Unemployment rose to 5.2%, up from an earlier estimate of 5%.", "5%",
         subject="Unemployment"),
    Case("The deficit could widen to £40bn compared with a previous estimate of £32bn.",
         "£32bn", subject="deficit"),
    Case("The Tiffany lamp has been given an estimate of $250,000 by the auction house.",
         "$250,000", subject="Tiffany lamp"),
    Case("Analysts expect 1.5% growth, below the Treasury's forecast of 2%.", "2%",
         subject="Treasury's forecast"),
    Case("The council's estimate of repair costs was £3m.", "£3m",
         subject="estimate of repair costs"),
]

# A thing cannot act, though its name ends as nouns for people do ("the merger",
# "the offer", "the investment"); a body can ("the management")
THINGS_THAT_END_LIKE_PEOPLE = [
    Case("A merger would create a group with annual sales of 40m cases.", "40m", no_actor=True),
    Case("The 450p-a-share offer valued the group at about £2.1bn.", "£2.1bn", no_actor=True),
    Case("The investment could rise to $10bn over five years.", "$10bn", no_actor=True),
    Case("The first instalment drew more than 5 million viewers.", "5 million",
         no_actor=True),
    Case("The management is threatening to cut 8,000 jobs.", "8,000", actor="management"),
    Case("Angry shoppers spent £2bn in the sales.", "£2bn", actor="shoppers"),
]

# A time figure that only says when a verb happened has no subject and no actor (no one
# does a when); a span or a time taken keeps the clause's subject; a noun it measures is
# its subject.
TIMES = [
    Case("The firm was sold six months ago.", "six months", exact=True),
    Case("Chelsea scored twice in the opening 10 minutes of the match.", "10 minutes",
         exact=True, no_actor=True),
    Case("The singer vanished 10 years ago.", "10 years", exact=True, no_actor=True),
    Case("Boeing said it expected to sell about 500 planes over the next 20 years.",
         "20 years", exact=True),
    Case("The hosts cut the gap to 18-12 with 10 minutes left.", "10 minutes", exact=True),
    Case("Smith had the best chance of the game in the first 48 minutes.",
         "48 minutes", exact=True),
    Case("Over the past 12 months, giants such as Microsoft have sought a slice of search.",
         "12 months", exact=True),
    # a span or a time taken keeps the clause's subject: what lasted, what took the time
    Case("People coming to Britain for less than six months would not be tested.",
         "six months", subject="People"),
    Case("Sales have risen for the last 12 months.", "12 months", subject="Sales"),
    Case("The scooter gets from 0 to 50km/h in roughly 6 seconds.", "6 seconds",
         subject="scooter"),
    Case("He was given a six-month ban.", "six-month", subject="ban"),
    Case("The trial lasted three weeks.", "three weeks", subject="trial"),
    Case("He signed a 10-year deal with the club.", "10-year", subject="deal"),
    Case("He won his heat in 7.64secs.", "7.64", subject="heat"),
    Case("He really needed 80 minutes of rugby this weekend.", "80 minutes", subject="rugby"),
    Case("Tzekos was also banned for two years by the IAAF.", "two years", subject="Tzekos"),
]

# A race distance that names a race, by the event, title, medal or runner after it or as
# the race itself ("won the women's 400m"), is the name of a race and no figure; a length
# in a race or outside one is a figure.
RACE_NAMES = [
    ("Jones easily won the women's 400m in Rome on Friday.", "400m"),
    ("The Kenyan took the 1500m at the Paris meeting.", "1500m"),
    ("Former European 200m champion Dean Hart is to retire.", "200m"),
    ("She will defend her national 60m hurdles title in Glasgow.", "60m"),
    ("He is coached by Frank Dick, who trained 400m runners for two decades.", "400m"),
    ("The Ethiopian holds the 5,000m and 10,000m world records.", "5,000m"),
    ("The Ethiopian holds the 5,000m and 10,000m world records.", "10,000m"),
    ("Britain's 4x100m relay team won gold in Athens.", "100m"),
    ("He is one of the fastest 800 metres runners this winter.", "800 metres"),
    ("She won the 60m in 7.27 seconds to take the title.", "60m"),
    ("It was a joy to watch her 800m in the final.", "800m"),
    ("She took the women's 800m AAAs title in Birmingham.", "800m"),
    ("Her plan to run the 5000m two weeks later fell through.", "5000m"),
]
RACE_LENGTHS = [
    ("A 100m stretch of the sea wall collapsed.", "100m"),
    ("She pulled clear of the field over the final 400m to win.", "400m"),
    ("He was still level with the leaders at the 300m stage.", "300m"),
    ("He ran the last 200 metres with a torn hamstring.", "200 metres"),
    ("The new tower will rise to 300m above the harbour.", "300m"),
]


@pytest.mark.parametrize("text, surface", RACE_NAMES)
def test_race_name_is_no_figure(text: str, surface: str):
    claims = extract_article(Article(doc_id="t", text=text))
    assert surface not in [c.surface for c in claims]


@pytest.mark.parametrize("text, surface", RACE_LENGTHS)
def test_length_in_a_race_is_a_figure(text: str, surface: str):
    claims = extract_article(Article(doc_id="t", text=text))
    assert surface in [c.surface for c in claims]


def test_race_name_leaves_the_time_run():
    claims = extract_article(Article(doc_id="t", text=(
        "She won the 60m in 7.27 seconds, and he took the men's 800m in 107.5 seconds.")))
    assert [(c.surface, c.unit) for c in claims] == [("7.27 seconds", "second"),
                                                     ("107.5 seconds", "second")]


# A noun written with a hyphen is whole, though the parse splits it: "e-mails", not "e"
HYPHENED_NOUNS = [
    Case("The firm was flooded with 12 million e-mails in a single month.", "12 million",
         subject="e-mails", exact=True, key="e-mail"),
    Case("The actor allegedly insulted four co-stars on set.", "four", subject="co-stars",
         exact=True, key="co-star"),
    Case("Nintendo has taken more than two million pre-orders for the device.", "two million",
         subject="pre-orders"),
    # a chain that holds the figure is not taken in: the mother, not "mother-of-nine"
    Case("The mother-of-nine said she feared for her son.", "nine", subject="mother",
         exact=True),
]

# A participle of someone's figure ("recorded", "expected") is no subject: the subject is
# looked for around it
GIVEN_FIGURES = [
    Case("Consumer credit rose by £1.5bn in December, more than the £1.2bn expected.",
         "£1.2bn", subject="credit"),
    Case("The annual figure was also well ahead of the 2.2% recorded in 2003.", "2.2%",
         subject="annual figure", exact=True),
]

# Survey groups: "those" named by the clause after it ("50% of those questioned"), and the
# group an "of" phrase puts before the clause ("Of the companies surveyed, 30% saw ...")
SURVEY_GROUPS = [
    Case("Almost 50% of those questioned said they would trust search engines less.", "50%",
         subject="those questioned", exact=True, key="those questioned"),
    Case("This compares to 14% of those aged 30-39 in the same survey.", "14%",
         subject="those aged 30-39", exact=True),
    Case("A quarter of broadband users have players, compared to 9% of those who have "
         "dial-up access.", "9%", subject="those who have dial-up access", exact=True),
    Case("Of the companies surveyed, 30% saw orders rise and 27% saw them fall.", "27%",
         subject="companies"),
    Case("Of the 20 manufacturing sectors surveyed by ISM, 13 reported growth.", "13",
         subject="manufacturing sectors", no_attribution=True),
    Case("Of the country's 360 million households, 100 million receive cable TV.",
         "100 million", subject="households"),
    Case("It was one of three of his works to be shown at the event.", "one", subject="works",
         exact=True),
    # a share as a clause's subject stands for its group: "16% of women earn ..."
    Case("Only 16% of women earn more than £50,000, compared with 30% of men.", "£50,000",
         subject="earnings (women)", exact=True),
    Case("About 40% of nurses earn under £19,000 a year.", "£19,000",
         subject="earnings (nurses)", exact=True),  # a share's group earns it
    Case("Here 43% of the population already lives on less than $2 a day.", "$2",
         subject="population", exact=True),
    # "those" named by what follows, however the parse hangs it
    Case("And 6% of those polled thought the Greens were in power.", "6%",
         subject="those polled", exact=True),
    Case("It compares with 11% of those aged 30-39.", "11%", subject="those aged 30-39",
         exact=True),
]

# The parse may hang a figure on the first noun of a compound: the subject is the whole
# name's head, and a sum inside a modifier stays out of another figure's subject
COMPOUND_HEADS = [
    Case("There were more than 10,500 firearms offences in England last year.", "10,500",
         subject="firearms offences", exact=True),
    Case("In total, eight virus writers were arrested in the operation.", "eight",
         subject="virus writers arrested", exact=True),
    Case("Seventy search warrants were executed in six countries.", "Seventy",
         subject="search warrants executed", exact=True),
    Case("It is basically a $300 steel smoker grill, which can reach 265 degrees celsius.",
         "265", subject="steel smoker grill", exact=True),
]

# A unit word a noun makes a thing is what is counted ("three match points", "a 12 C
# melting point"); a unit of two words or time stays a unit; a size after a noun sizes it
# ("water just 47 feet deep")
NAMED_UNIT_WORDS = [
    Case("Top seed Roger Federer had to save two match points before beating Ferrero.", "two",
         subject="match points", actor="Roger Federer"),
    Case("Six government units would also be scrapped under the proposals.", "Six",
         subject="government units scrapped", exact=True),
    Case("The new alloy has a 14 C melting point.", "14", subject="melting point", exact=True),
    Case("The Bank of England raised rates by 25 basis points.", "25", subject="rates",
         exact=True),
    Case("Checking the menus took 45 human hours alone.", "45",
         subject="time to check the menus", exact=True),
    Case("The ferry sank in water only 60 feet (18 metres) deep.", "60",
         subject="water", exact=True),
    Case("The town sits on a glacier 300 metres thick.", "300", subject="glacier", exact=True),
    Case("Police found a tunnel about 40 metres long under the prison.", "40",
         subject="tunnel", exact=True),
]

# A bare sum a verb of money takes as object is named by the verb's noun, its doer in
# brackets (the doer alone is the actor, not what the sum is); not a sum that modifies a
# noun or is one level of a change
MONEY_VERB_OBJECTS = [
    Case("The Aviator has taken $75m (£40m) at the US box office so far.", "$75m",
         subject="takings Aviator", actor="Aviator"),
    Case("When the firm collapsed, shareholders lost about $180bn.", "$180bn",
         subject="losses shareholders"),
    Case("The card firm, which owes about $12bn, may be bankrupted.", "$12bn",
         subject="debt card firm"),
    Case("Standard Chartered said it would spend $3.3bn (£1.8bn) to buy the bank.", "£1.8bn",
         subject="spending Standard Chartered", attribution="Standard Chartered"),
    Case("DaimlerChrysler took a 475m euro hit in costs.", "475m", subject="costs", exact=True),
    # a sum a passive verb of money has as subject, its doer the "by" agent; "up to" is a bound
    Case("It is estimated that £500,000 is needed to buy the listed building.", "£500,000",
         subject="sum needed", exact=True),
    Case("The remaining $36m will be paid by the directors' insurers.", "$36m",
         subject="payment directors' insurers"),
    Case("It sold 20% of its equity in a bid to raise up to $443m (£230.8m).", "$443m",
         subject="funds raised", exact=True),
    Case("Shrek 2 took $881m (£468m) around the world.", "$881m", subject="takings"),
    Case("US light crude lost more than $2 to $43.25, its lowest close since September.",
         "$2", subject="US light crude", exact=True),
    Case("Norway would contribute about 2bn euros to the fund by 2010.", "2bn",
         subject="contribution Norway"),
    Case("On Monday the founder pledged $90m of his own money to the campaign.", "$90m",
         subject="pledge founder"),
    Case("The charity has so far received almost £3 million this year.", "£3 million",
         subject="sum received charity"),
    Case("The chancellor wanted to provide $10bn (£5.4bn) a year to the fund.", "$10bn",
         subject="funding chancellor"),
    Case("It has already pumped $45bn (£24bn) into two of its banks.", "$45bn",
         subject="investment", exact=True),
    # however the parse hangs the sum on the verb; a name that spells a unit ("BP") is a name
    Case("Singer Kylie Jones has donated $2m (£1.1m) to the Red Cross.", "$2m",
         subject="donation Singer Kylie Jones"),
    Case("BP spent $4.1bn to build the pipeline.", "$4.1bn", subject="spending bp"),
    Case("The sequel made $310m at box offices worldwide.", "$310m",
         subject="earnings sequel"),
    # a title's name whole, not its last word; not a word before it, nor "of" a place
    Case("The Lord of the Rings made $1.1bn at box offices.", "$1.1bn",
         subject="earnings Lord of the Rings", actor="Lord of the Rings"),

    Case("During March the UK exported £15.2bn worth of goods, but imported £19.8bn.",
         "£19.8bn", subject="imports uk"),
    # not a sum made available, nor one that is part of something else
    Case("A further 12m euros will be made available to farmers.", "12m euros",
         subject="", exact=True, no_actor=True),
]

# Sources: a survey's author named with a common noun before it, "reckons" with a clause,
# a name the parse leaves loose after "according to"; a speaker whose own words hold the
# figure is not its source
MORE_SOURCES = [
    Case("But another survey by property website Homefinder said prices had risen 2% in a "
         "month.", "2%", attribution="property website Homefinder"),
    Case("The broadcaster reckons the deal will give it access to 162 countries.", "162",
         attribution="broadcaster"),
    Case("According to analysts Media//Metrics, 40 million people visited the site.",
         "40 million", attribution="analysts Media//Metrics"),
    Case("Mr Hague, 43, told the paper he would not stand again.", "43", no_attribution=True),
    Case("The poll of 20,000 people found that 40% backed the plan.", "20,000",
         no_attribution=True),
    Case("The poll of 20,000 people found that 40% backed the plan.", "40%", attribution="poll"),
    # who only perceives or thinks of what a figure counts does nothing to it
    Case("On average, users have to remember four different passwords.", "four",
         no_actor=True),
    Case("Mr Dunn decided to think of those 250 million shoppers as a market.", "250 million",
         no_actor=True),
    Case("The firm saw a 3% rise in December sales.", "3%", actor="firm"),
]

# A quotation that runs over several sentences is its speaker's throughout, as the
# sentence that opens or closes it names them outside the marks; not a quotation the
# writer never closed, a figure after the closing mark, nor a name inside the quotation
QUOTATIONS = [
    Case('Mr Leigh said: "Parliament must check. That money, over £2bn a year, must be '
         'used well."', "£2bn", attribution="Mr Leigh"),
    Case('"We grew 5% last year. We will grow 8% this year," said Mr Cole.', "5%",
         attribution="Mr Cole"),
    Case('Moya said: "I am giving my prize money. His gift follows pledges by four other '
         'players.', "four", no_attribution=True),
    Case('The firm said the ruling would "make it harder. It cuts our stake" because its '
         'stake would fall below 50%.', "50%", no_attribution=True),
    Case('"The PM said he was bound to go. He could talk to one or two colleagues."', "one or two",
         no_attribution=True),
    # a long speech whose paragraphs the feed ran together: each opens, only the last closes
    Case('The actor said: "The theatre is too important to fall apart. "It gave me a start. '
         '"In those days we put on a play every four weeks. "Belfast was not pretty."',
         "four weeks", attribution="actor"),
    # a quotation right after a sentence that names a speaker and quotes no one else
    Case('"I want three new players," Souness said. "We have £20m to spend."', "£20m",
         attribution="Souness"),
    Case('Souness said he wants new players. "We have £20m to spend."', "£20m",
         attribution="Souness"),
    # a speech over paragraphs: each opens with a mark, only the last closes; its speaker
    # is named before its first sentence
    Case('"We gave away silly goals," Hodgson said. "In this league you pay for that. We must '
         'stay focused for 90 minutes.\n\n"It will be hard, but we have 24 fit players."',
         "90 minutes", attribution="Hodgson"),
    Case('"We gave away silly goals," Hodgson said. "In this league you pay for that.\n\n'
         '"It will be hard, but we have 24 fit players."', "24", attribution="Hodgson"),
    # a paragraph left open that the next does not continue: no speech, no speaker
    Case('Mr Hale said the fund was empty. "It was a mess.\n\nThe board met 12 times last '
         'year.', "12", no_attribution=True),
]

# A hyphen or an owner's mark inside a noun's phrase is part of its name, and the phrase
# stays whole
MARKED_PHRASES = [
    Case("Savers saw a 6.2% rise in the value of the with-profits fund.", "6.2%",
         subject="value of the with-profits fund", exact=True),
    Case("The carrier has a $1.4bn hole in its pilots' pension scheme.", "$1.4bn",
         subject="hole in its pilots' pension scheme", exact=True),
    Case("The maker expects sales of HD-DVDs to reach $3bn by 2010.", "$3bn",
         subject="sales of HD-DVDs", exact=True),
    # a short participle after a plural count names the set; not what a document shows
    Case("There were 856,600 people waiting for treatment.", "856,600",
         subject="people waiting for treatment", exact=True),
    Case("There are now 27 countries seeking membership of the WTO.", "27",
         subject="countries seeking membership of the WTO", exact=True),
    Case("Some 6,000 troops guarding the border were withdrawn.", "6,000",
         subject="troops guarding the border", exact=True),
    # an "of" the parse leaves without its object before a bound and the figure
    Case("It offers broadband at speeds of up to 8Mb.", "8Mb", subject="speeds", exact=True),
]

# Counted things a passive verb did something to are named with it; not what someone gave
# as a figure, nor a state, nor a sum
DONE_TO = [
    Case("Some 1,100 flights were cancelled on Friday.", "1,100", subject="flights cancelled",
         exact=True),
    # (jobs cut or added right after their count: the change says, `changes.posts_moved`)
    Case("About 300 jobs will be cut at the plant.", "300", subject="jobs", exact=True),
    Case("Some 600 jobs at the Leeds depot could be cut.", "600",
         subject="jobs cut at the Leeds depot", exact=True),  # guard: no change read there
    Case("In total, six raids were carried out in August.", "six",
         subject="raids carried out", exact=True),
    Case("Four British athletes have been pre-selected for the team.", "Four",
         subject="British athletes pre-selected", exact=True),
    Case("Around 40 people are invited to attend.", "40",
         subject="people who are invited to attend", exact=True),  # no deed done to them:
    # a passive with an infinitive says what they are to do (PEOPLE_TO_DO)
    Case("More than 2,000 cases were reported last week.", "2,000", subject="cases",
         exact=True),
    Case("Twelve staff are based in Leeds.", "Twelve", subject="staff", exact=True),
    Case("Fines of as much as £3,000 could be levied on such firms.", "£3,000",
         subject="Fines (such firms)", exact=True),  # (PENALTIES_IMPOSED)
    # planned: "are to be" done, or "are to" meet a fate; not what is yet to be done
    Case("About 300 new posts are to be created at the Derby plant.", "300",
         subject="new posts created", exact=True),
    Case("Up to 1,800 jobs are to go at the insurer.", "1,800", subject="jobs to go",
         exact=True),
    Case("Some 35 branches are to close by the summer.", "35", subject="branches to close",
         exact=True),
    Case("Another 12,000 claims are yet to be processed.", "12,000", subject="claims",
         exact=True),
]

# A bare count in an "of which" clause counts the noun the clause hangs on; one that is the
# subject of a clause joined to another counts what that clause's subject counted
OF_WHICH_AND_PARALLEL = [
    Case("Competition between online music services, of which there are now 230, is fierce.",
         "230", subject="online music services", exact=True),
    Case("The college has 14 halls, of which 12 are in London.", "12", subject="halls"),
    Case("The band has had 15 hit singles in the US charts, six of which reached number one.",
         "six", subject="hit singles in the US charts (band)", exact=True),  # past a phrase
    Case("The firm employs 600 people, almost half of whom work in California.", "half",
         subject="people"),  # guard: the noun right before
    Case("The union said 12,500 jobs had gone while 7,800 were being moved out.", "7,800",
         subject="jobs moved out", exact=True),
    Case("About 300 homes were flooded and 40 were destroyed.", "40",
         subject="homes destroyed", exact=True),
]

# The doer of a noun of intent's infinitive is its owner or the subject of the verb it is
# the object of: it acts, and owns what is counted
INTENDERS = [
    # a plan that is a passive's subject: its "by" agent means to do it
    Case("Plans to abolish 162 quangos have been unveiled by the Liberal Democrats.", "162",
         actor="Liberal Democrats"),
    Case("Plans to cut 300 jobs were announced on Monday.", "300", no_actor=True),
    Case("Sony on Thursday unveiled plans to shed about 9,000 workers.", "9,000",
         subject="workers Sony", actor="Sony"),
    Case("Air Deccan has signed a deal to acquire 36 planes from ATR.", "36",
         subject="planes Air Deccan", actor="Air Deccan"),
    Case("Ministers are speeding up plans to put in place 25,000 community support officers.",
         "25,000", actor="Ministers"),
    Case("He asked whether the Lib Dems would match Labour's promise to spend £42bn on homes.",
         "£42bn", subject="homes", actor="Labour"),
    # a plan, deal or rule acts for whoever its phrase names as making it; alone, itself
    Case("The minister said the Tories' plans would mean some £35bn of cuts by 2011.",
         "£35bn", actor="Tories"),
    Case("New EU rules set roaming charges at 49 cents a minute.", "49 cents", actor="EU"),
    Case("The Green Party plan for a carbon tax would save the average family £300 a year.",
         "£300", actor="Green Party"),
    Case("The deal by the Paris Club of creditor nations will save Iraq $30bn.", "$30bn",
         actor="Paris Club"),
    Case("The plan is set to close 15% of the depots.", "15%", actor="plan"),
]

# A past participle with no auxiliary and no "by" says what is estimated, not who
# estimates: no source; "fear" and "write" quote only with a clause after them
ESTIMATED_THINGS = [
    Case("The chair should go on sale in April and is expected to cost $399 (£211).", "$399",
         no_attribution=True),
    Case("The game was developed over four years and is thought to have cost around $15m.",
         "$15m", no_attribution=True),
    Case("The ADB fears that 1 million Indonesians could join them.", "1 million",
         subject="Indonesians", attribution="ADB"),
    Case("Unions fear for 2,000 jobs at the plant.", "2,000", no_attribution=True),
    Case('The judge wrote: "It is not surprising that hundreds of thousands of hits have '
         'happened."', "hundreds", attribution="judge"),
    Case("With his ranking down at 168, many feared his career was over.", "168",
         no_attribution=True),
    Case("Costs will be vast, with subsidies alone estimated to exceed 16.5bn euros.",
         "16.5bn", subject="subsidies", no_attribution=True),
    Case("Subsidies, estimated by the Commission to exceed 16.5bn euros, will grow.",
         "16.5bn", attribution="Commission"),
]

# People a verb of harm befell, or who died, are counted with the verb; an age is not
BEFALLEN = [
    Case("Trouble flared after nine French peacekeepers were killed.", "nine",
         subject="French peacekeepers killed", exact=True),
    Case("Four people died when a section of rail broke and a train derailed.", "Four",
         subject="people died", exact=True),
    Case("Iranian authorities have arrested about 20 online journalists.", "20",
         subject="online journalists arrested", exact=True),
    Case("The 51-year-old designer was shot outside his Florida home.", "51",
         subject="designer", exact=True),
    Case("British troops may help evacuate several hundred UK citizens from the city.",
         "several hundred", subject="UK citizens", exact=True),
]

# "N of them" counts what an earlier figure of the sentence counted; nothing where none did
OF_THEM = [
    Case("At least 60 people were arrested worldwide - 45 of them in the US.", "45",
         subject="people arrested", exact=True),
    Case("In total, the tower has 61 lifts, 34 of them double-deckers.", "34", subject="lifts"),
    Case("Four people, two of them partly paralysed wheelchair users, moved a cursor.", "two",
         subject="people who moved a cursor", exact=True),
    Case("He wondered what would happen if he put six of them together.", "six", subject="",
         exact=True),
    # "those" alone is "them"; a name with a number is not a count ("the Six Nations")
    Case("Wales have won four games since they joined the Five Nations, but three of those "
         "came at home.", "three", subject="games", exact=True),
    # what "them" stands for in the sentence before: its first plural subject, else the
    # last thing a figure counts there
    Case("Firms that move their call centres abroad say cost is not everything. Only 38% "
         "of them put savings first.", "38%",
         subject="Firms that move their call centres abroad", exact=True),
    Case("About 300 million photos are taken every day. Seventy per cent of those are never "
         "printed.", "Seventy per cent", subject="photos", exact=True),
    Case("The ban led three of his colleagues to close their websites. One of them was told "
         "to stop by his employer.", "One", subject="colleagues", exact=True),
    # and carries to the next "them" while no sentence between names another
    Case("Landlords who let to students are worried about the rules. Only 40% of them "
         "know the new limits. Half of them plan to sell.", "Half",
         subject="Landlords who let to students", exact=True),
    # a share that says is of the people the sentence before counts
    Case("Pollsters questioned 1,500 voters last week. Some 38% said the tax was unfair.",
         "38%", subject="voters", exact=True),
    Case("The poll asked two thirds of Scots about the plan. Only 22% think it will work.",
         "22%", subject="Scots", exact=True),
    Case("The poll asked 900 adults. Among the over-65s, 70% said they would vote.", "70%",
         subject="over-65s", exact=True),  # (not the adults: its own group)
    # not where the figure's own sentence names things "them" may be
    Case("Inspectors visited the school. The teachers said they kept the pupils indoors when "
         "it rained in case one of them fell.", "one", subject="", exact=True),

    # the level a change reaches counts what its first level counted
    Case("UPS said it was cutting its order from 90 planes to 53.", "53", subject="planes",
         exact=True),
]

# A list item with no verb of its own is about what the list's first item was; its place is
# its own, never its subject
GAPPED_ITEMS = [
    Case("Of Argentina's bondholders, 38.4% reside in Argentina, 15.6% in Italy, 10.3% in "
         "Switzerland and 5.1% in Germany.", "5.1%", subject="Argentina's bondholders",
         exact=True, location="Germany"),
    Case("The average house price was £192,713 in England; £139,544 in Wales; £116,542 in "
         "Scotland.", "£116,542", subject="average house price", exact=True,
         location="Scotland"),
    Case("A poll suggests that 45% of people would vote against the constitution and 24% in "
         "favour.", "24%", subject="share of people (vote in favour)", exact=True),
    Case("The deficit hit a record $412bn (£211.6bn) in the 12 months to 30 September and "
         "$377bn in the previous year.", "$377bn", subject="deficit"),
    Case("The three boys playing Billy are James Lomas, 15, George Maguire, 14, and Liam "
         "Mower, 12.", "14", subject="George Maguire", exact=True),
    Case("The motor delivers 150 hp (112 kW) and 280 Nm (207 lb-ft) of torque.", "280",
         subject="torque", exact=True),
]

# The owner of a sum's noun acts, whoever the clause's subject is; not a day, and not the
# owner of a whole a share is taken from
SUM_OWNERS = [
    Case("The LSE rejected Deutsche Boerse's proposed £1.3bn offer in December.", "£1.3bn",
         subject="offer", actor="Deutsche Boerse"),
    Case("Bates stepped down following Roman Abramovich's £140m takeover at the club.",
         "£140m", subject="takeover", actor="Roman Abramovich"),
    # (the day owns nothing; the gain was of Fiat's shares, which the firm before them owns)
    Case("Fiat shares fell 1.2% on Tuesday, after Monday's 4% gain.", "4%", actor="Fiat"),
    Case("Scottish and Newcastle is to buy 37.5% of India's United Breweries.", "37.5%",
         actor="Scottish and Newcastle"),
    # names joined by "and" act together; a name already holding "&" is one name
    Case("Irish horse racing millionaires JP McManus and John Magnier own 29% of the club.",
         "29%", actor="JP McManus and John Magnier"),
    Case("Tate & Lyle operates more than 41 factories.", "41", actor="Tate & Lyle"),
    # not those a doer acts on: the judge's sentence, the pollster's sample
    Case("Judge Alan Moss sentenced four men for the attacks.", "four",
         subject="men sentenced", exact=True, actor="Alan Moss"),
    Case("For the study, Nokia interviewed 9,000 phone owners.", "9,000",
         subject="phone owners", exact=True),
    Case("Jenny Carter scored two goals in the final.", "two", subject="goals Jenny Carter"),
    # "whose" is an owner's word, off the front like "his", the one it stands for in brackets
    Case("The label was founded by Mr Calder, whose fortune is put at £650m.", "£650m",
         subject="fortune (Mr Calder)", exact=True),
    Case("The band, whose sell-out tours drew 40,000 fans, have split.", "40,000",
         subject="fans", exact=True),
]

# A dash aside before the verb may leave it no subject in the parse: the noun right before
# the verb is its subject
DASH_ASIDES = [
    Case("In the space of one year - between 2002 and 2003 - CD album sales fell by 13.8%.",
         "13.8%", subject="CD album sales", exact=True),
    # a noun phrase never runs across a spaced dash: what stands beyond it is an aside or
    # another clause
    Case("Asian carmakers fared well - Toyota sales jumped 11% while Nissan's rose 10%.",
         "11%", subject="Toyota sales", exact=True),
    Case("The seller - Irish-based property firm Quinlan Private - bought the Savoy for £750m "
         "last year.", "£750m", actor="Irish-based property firm Quinlan Private"),
    Case("Rising star Kiara - who lately topped the charts - has sold four million records.",
         "four million", subject="records", actor="Rising star Kiara"),
]

# A price names what it buys, even a person ("paid £24m for Didier Drogba"), where the
# parse may call the "for" a dative
PRICES = [
    Case("Chelsea paid £24m for Didier Drogba in the summer.", "£24m",
         subject="Didier Drogba", exact=True, actor="Chelsea"),
    Case("Since then, it has paid $1bn for US wine maker Robert Mondavi.", "$1bn",
         subject="Robert Mondavi"),
    Case("The club offered £30m for Gerrard last week.", "£30m",
         subject="offer for Gerrard (club)", exact=True),  # an offer, not a price paid
    Case("The firm provided more than $200,000 annually for office space and a car.",
         "$200,000", subject="office space"),
    Case("The country saw more than $1.2bn-worth of the beans exported last year.", "$1.2bn",
         subject="beans"),
]

# A speed that frames a figure ("at an annual rate of 3.8%") gives way to what goes at it;
# a rate that names its thing stays
RATE_FRAMES = [
    Case("Japan's economy expanded at an annual rate of 2.9% in the second quarter.", "2.9%",
         subject="Japan's economy", exact=True),
    Case("Food prices have been climbing, reaching an annual rate of 4.1% in June.", "4.1%",
         subject="Food prices", exact=True),
    Case("Mobile data traffic is forecast to grow by a factor of 20.", "20",
         subject="Mobile data traffic", exact=True),
    Case("The jobless rate of 6.2% is the highest in a decade.", "6.2%",
         subject="jobless rate", exact=True),
    Case("The rate of inflation fell to 2.1% in May.", "2.1%", subject="rate of inflation",
         exact=True),
]

# A fraction word that is a figure of its own ("a quarter of a point") is no subject
SHARE_WORDS = [
    # "half the nation's output" is half of the output, not of the nation
    Case("Federal debt will grow to more than half the nation's total annual output.", "half",
         subject="nation's total annual output", exact=True),
    Case("The firm makes chips for more than half the world's mobile phones.", "half",
         subject="world's mobile phones", exact=True),
    Case("Borrowing costs are tipped to rise by a quarter of a percentage point to 2.25%.",
         "2.25%", subject="Borrowing costs", exact=True),
]

# Another figure tied to a figure by a bad parse is never its subject; the sum a share is
# of is ("97% of the £1.3bn").
@pytest.mark.parametrize("text", [
    "Analysts had expected the group to report sales of $4.12bn and earnings of $1.48 a share.",
    "It has already pumped $45bn (£24bn) into two of its largest banks.",
    "It estimated that it needs almost 30m euros ($39m; £21m) until the end of June.",
])
def test_no_figure_as_subject(text):
    claims = extract_article(Article(doc_id="t", text=text))
    assert claims
    for claim in claims:
        assert not re.fullmatch(r"\W?[\d.,]*(?:\d\w{0,2}|m|bn|k)", claim.subject), \
            (claim.surface, claim.subject)  # nor the "m" the tokenizer split from "$39m"


def test_name_with_a_number_stays_a_subject():
    text = "The carmaker delivered 90,700 Model 3s in the quarter."
    claims = extract_article(Article(doc_id="t", text=text))
    assert "Model 3s" in next(c for c in claims if c.surface == "90,700").subject


def test_share_of_a_sum_is_of_that_sum():
    text = "The ministry had paid 97% of the £1.3bn billed by contractors since 2001."
    claims = extract_article(Article(doc_id="t", text=text))
    assert next(c for c in claims if c.surface == "97%").subject \
        == "share of £1.3bn billed by contractors"  # the sum as written, and what it is

@pytest.mark.parametrize("text, surface, place", ROUND_FOUR_PLACES + ROUND_SIX_PLACES)
def test_place_is_a_place(text, surface, place):
    claims = extract_article(Article(doc_id="t", text=text))
    assert next(c for c in claims if c.surface.startswith(surface)).location == place


# "respectively": the n-th figure takes the n-th item of the other list, in whichever field
# holds that list; (text, surface, field, expected)
RESPECTIVELY = [
    ("Spending on schools and hospitals will rise by 4.2% and 3.9% respectively.", "4.2%",
     "subject", "Spending on schools"),
    ("Spending on schools and hospitals will rise by 4.2% and 3.9% respectively.", "3.9%",
     "subject", "Spending on hospitals"),
    ("Leeds and Hull have 14 and 9 players in the squad respectively.", "9", "actor", "Hull"),
    ("Leeds and Hull have 14 and 9 players in the squad respectively.", "14", "subject",
     "players in the squad (Leeds)"),
    ("House prices in Wales and Scotland rose by 2.1% and 1.4% respectively.", "2.1%",
     "location", "Wales"),
    ("House prices in Wales and Scotland rose by 2.1% and 1.4% respectively.", "1.4%",
     "location", "Scotland"),
    # the parse joins the second item to a noun inside the first
    ("Borrowing for home loans and total mortgage borrowing were 31% and 16% higher "
     "respectively.", "16%", "subject", "total mortgage borrowing"),
    # without "respectively" the list is the place of both
    ("House prices in Wales and Scotland rose by 2.1% and 1.4%.", "1.4%", "location",
     "Wales and Scotland"),
]


@pytest.mark.parametrize("text, surface, field, expected", RESPECTIVELY)
def test_respectively_pairs_figures_with_items(text, surface, field, expected):
    claims = extract_article(Article(doc_id="t", text=text))
    assert getattr(next(c for c in claims if c.surface == surface), field) == expected


# a place is the figure's only in a clause that holds the figure, the innermost that has
# one: (text, surface, place)
CLAUSE_PLACES = [
    # a when has no where, as it has no doer
    ("Over the next three years, Kenya will spend more on its roads.", "three years", ""),
    ("Wales were beaten 33-5 in Paris two years ago.", "two years", ""),
    ("In Madrid, officials said 40 people were hurt.", "40", "Madrid"),
    ("Shares in the drugmaker lost 70% while its US partner shed 43%.", "70%", ""),
    ("Vietnam, which was hit by three storms, and Japan, which had ten typhoons, asked for "
     "aid.", "three", "Vietnam"),
    ("The London FTSE fell 0.8% while Tokyo's Nikkei dropped 2.1%.", "0.8%", "London"),
    ("In Washington, Congress has been debating four bills, but California is a step ahead.",
     "four", "Washington"),
    ("The firm offers 15 versions of the service, including one tailored for China.", "one",
     "China"),
    ("Compiled by a Paris consultancy, the survey found 39 nations were buying euros.", "39",
     ""),
    ("The insurer paid out $400m to cover damage caused by storms in Florida.", "$400m",
     "Florida"),
    # a place that owns a team's thing or a person is a team or a nationality
    ("The late try cut Scotland's lead to three points.", "three points", ""),
    ("Kenya's Paul Tergat won the race in 2 hours 4 minutes.", "2 hours 4 minutes", ""),
    # a place that names a kind of firm, or a firm's initials the model took for a place
    ("Rosneft bought the Yugansk unit for $9.3bn.", "$9.3bn", ""),
    ("BT now has a 36% share of the market.", "36%", ""),
    ("UK inflation rose to 3% in March.", "3%", "UK"),
]


@pytest.mark.parametrize("text, surface, place", CLAUSE_PLACES)
def test_place_of_the_figures_clause(text, surface, place):
    claims = extract_article(Article(doc_id="t", text=text))
    assert next(c for c in claims if c.surface == surface).location == place


# places a list joins are one place, however many: (text, surface, place)
PLACE_LISTS = [
    ("The worst-hit areas are Sri Lanka, India, Indonesia and Thailand, with at least 23,000 "
     "people killed.", "23,000", "Sri Lanka, India, Indonesia and Thailand"),
    ("Remittances to Latin America and the Caribbean reached $45bn in 2004.", "$45bn",
     "Latin America and the Caribbean"),
    ("Sales rose 5% in London, 3% in Paris and 2% in Rome.", "3%", "Paris"),
    # a comma that ends no list joins nothing
    ("If admitted into the EU, Poland would pay in almost 6bn euros.", "6bn euros", "Poland"),
]


@pytest.mark.parametrize("text, surface, place", PLACE_LISTS)
def test_places_joined_by_a_list_are_one(text, surface, place):
    claims = extract_article(Article(doc_id="t", text=text))
    assert next(c for c in claims if c.surface == surface).location == place


# a name the small model tags as a place is one only where the gazetteer knows it, a
# feature word names it, or the sentence sets something in it: (text, surface, place)
VOUCHED_PLACES = [
    ("Technorati now reckons that the number of weblogs has passed 6 million.", "6 million", ""),
    ("The singer won four Grammys for the album, which sold 9 million copies.", "9 million", ""),
    ("She has reached the semi-finals at six Grand Slam events in a row.", "six", ""),
    ("Yukos was forced to sell its Yugansk unit for $9.4bn.", "$9.4bn", ""),
    ("Jones, Smith, Dunmore and Price scored 71 points between them.", "71 points", ""),
    # known to the gazetteer, in any of its spellings, or a subdivision of a country
    ("Some 3,000 workers were laid off at the plant near Zaporizhzhia.", "3,000", "Zaporizhzhia"),
    ("Flooding in Kiev left 200 families homeless.", "200", "Kiev"),
    ("Kerala reported 45 new cases on Monday.", "45", "Kerala"),
    # a feature, or a name set in a place by "in"/"at"
    ("A crowd of 38,000 packed into Goodison Park for the derby.", "38,000", "Goodison Park"),
    ("About 500 prisoners are held at Camp Delta.", "500", "Camp Delta"),
    ("The charity fed 1,200 children in Kibera last month.", "1,200", "Kibera"),
    # a name known only faintly (a small town's, another spelling of a city's) is a place
    # only where the sentence sets it in one, and not after "the" as a common noun
    ("A report by Jupiter predicts the market will reach 640m euros by 2010.", "640m euros", ""),
    ("Sony said Aibo and Pal, which know about 200 words, will go on sale.", "200", ""),
    ("At least 30 Britons died in the Tsunami which struck on 26 December.", "30", ""),
    ("She added the Olympic title to her three world crowns.", "three", ""),
    ("Three men were charged at a court in Keighley on Monday.", "Three", "Keighley"),
    ("Three men, all from Keighley, were charged on Monday.", "Three", ""),  # where the
    # counted are from
    ("Some 400 people gathered in Jupiter on Sunday.", "400", "Jupiter"),
    # a country the model takes for a body is a place where "in" sets it
    ("In the Maldives, where 30% of homes lack clean water, aid is slow.", "30%", "Maldives"),
    ("A film set in wartime Greece has won the £20,000 prize.", "£20,000", ""),  # a story's
    ("Some 40,000 Indians and 3,000 people in Nepal lost their homes.", "40,000",
     "India"),  # a nation's people keep their nation
]

# "for the first time in six years" says how long since, and measures nothing; a name in
# the phrase of a noun that moves is where it is, not what moves
SINCE_AND_MOVED = [
    Case("Exporters raised prices for the first time in six years.", "six years",
         no_actor=True, no_location=True, exact=True),
    Case("It was the last time in 40 years that the river froze in London.", "40 years",
         exact=True),
    Case("Asda has cut prices in Scotland by 8%.", "8%", subject="prices", exact=True,
         location="Scotland"),
    Case("The surplus with Japan, up 12.5% at $84bn, was a record.", "12.5%",
         subject="surplus with Japan", exact=True, no_location=True),
    Case("Calais is a port town in Pas-de-Calais, about 30 miles from Dunkirk.", "30 miles",
         subject="Pas-de-Calais"),
    Case("Shares in retailers such as Boots up 2.5 per cent to 540p led the market.",
         "2.5 per cent", subject="Boots"),
]

# A quotation that opens a sentence after one whose quotation a "he added" closed is the
# same speaker's, named before it or in that sentence; so is one opening the paragraph
# after '...," Mr Ellis said.'
QUOTES_AFTER_A_SPEAKER = [
    Case('Mr Hill was pleased. "We got the job half done," he added. "It was the first of '
         'a three-game run."', "three", attribution="Mr Hill"),
    Case('Mr Hill was pleased. "We got 12 points," he added. "It was the first of a '
         'three-game run."', "three", attribution="Mr Hill"),
    # a verb of saying whose last consonant doubles: "admitted", "submitted"
    Case('Coach Steve Hansen is under pressure. "We may not win," he admitted. "We lost the '
         'last two games by a single score."', "two", attribution="Steve Hansen"),
    Case('The Tories say taxes will rise. Shadow minister Ann Grey said: "There is a black '
         'hole," she said. "If Labour wins there will be a tax rise of around £9bn."', "£9bn",
         attribution="Ann Grey"),
    Case('Organisers said the event would be the best yet. "We thought it would sell out '
         'sooner," Mr Ellis said.\n\n"We will deliver one of the greatest festivals yet."',
         "one", attribution="Mr Ellis"),
    Case('Mr Ellis spoke at the launch in Perth.\n\n"We will deliver one of the greatest '
         'festivals yet."', "one", no_attribution=True),
    # a quotation over two sentences whose closing mark ends the paragraph, text after it
    Case('Ms Hale said: "The board must check. Some £3bn a year is at stake."\n\nThe board '
         'meets in May.', "£3bn", attribution="Ms Hale"),
]

# The sentences after a survey's, a study's or a report's in the same paragraph go on
# listing its findings: a share, a sum or a count in digits there is the report's too;
# not a time, a small word count, a quotation or a sentence naming a person
FINDINGS_LISTED = [
    Case("A survey for the Greenfield Trust found that 44% of adults read a paper. Only 12% "
         "of them read it online.", "12%", attribution="survey"),
    Case("Figures from the statistics office showed that exports rose 2%. Imports fell 1.5% to "
         "£21.3bn.", "£21.3bn", attribution="statistics office"),
    Case("A survey for the Greenfield Trust found that 44% of adults read a paper. A common "
         "definition of a reader is someone who reads two issues a week.", "two",
         no_attribution=True),
    Case("A survey for the Greenfield Trust found that 44% of adults read a paper. Editor "
         "Jane Moss thinks 30% would pay for news.", "30%", no_attribution=True),
    Case("Readers fall away\n\nFewer adults read a paper. A survey for the Greenfield Trust "
         "found that 44% of adults read one.\n\nSome 15% of homes have no books.", "15%",
         no_attribution=True),
    # a standfirst of one sentence that names a report: the body's first sentence goes on
    # with its findings
    Case("Jobless total rises again\n\nThe jobless total rose in May, official figures "
         "show.\n\nThe number of people out of work rose 12,000 to 1.2 million.", "12,000",
         attribution="official figures"),
    Case("The jobless total rose in May, official figures show.\n\nThe number of people out "
         "of work rose 12,000 to 1.2 million.", "1.2 million", attribution="official figures"),
    Case("Club in takeover talks\n\nThe club is in talks over a takeover, according to media "
         "reports.\n\nThe club was valued at £80m last year.", "£80m",
         no_attribution=True),  # guard: what papers say is no report's findings
    Case("Club in takeover talks\n\nThe club is in talks over a takeover, its chairman "
         "said.\n\nThe club was valued at £80m last year.", "£80m",
         no_attribution=True),  # guard: a person's word carries no findings
    Case("Factory output rises\n\nUS factory output rose in May, official figures show.\n\n"
         "The Institute for Supply Management index fell to 52.1 in May.", "52.1",
         no_attribution=True),  # guard: a body named in the body's sentence
    # an "according to" gives way to the speaker the sentence names where it cites the
    # speaker's own document, a rule that is no source, or sits inside a quotation
    Case("According to its annual accounts, the charity said it spent £4.2m in 2003.",
         "£4.2m", attribution="charity"),
    Case('"Most of the 300 sales were made according to the rules," the minister said.',
         "300", attribution="minister"),
    Case("According to its annual accounts, the charity spent £4.2m in 2003.", "£4.2m",
         attribution="its annual accounts"),  # guard: no speaker
    Case("Staff will get 14 days' notice, according to the agreement.", "14 days",
         attribution="agreement"),  # guard: a document that states terms
    Case("According to the ONS, 40 people were hurt, the minister said.", "40",
         attribution="ONS"),  # guard
    # a "said X" set off by commas names the source, never the doer or the owner
    Case("On average, said Ms Lowe, shoppers make between three and five visits a week.",
         "three and five", attribution="Ms Lowe", no_actor=True),
    # a quotation that names no speaker at all is said by the person the sentence right
    # before it is about
    Case('Captain Sam Hale was keen not to look ahead. "We have more belief now. Two years '
         'ago we would have lost by 20 points."', "20 points", attribution="Sam Hale"),
    Case('The club was sold on Monday. "It is a sad day. We lost 40 staff."', "40",
         no_attribution=True),  # guard: about no person
    # "recall" quotes, with a quotation or a clause; with an object it takes back goods
    Case('"We lost 40 staff in a single year," Mr Rees recalled.', "40", attribution="Rees"),
    Case("Mr Rees recalled that 40 staff had left in a single year.", "40",
         attribution="Rees"),
    Case("Toyota recalled 5,000 cars.", "5,000", no_attribution=True),  # guard
    # a document cited at the end of the sentence, whose verb the parse takes for a noun
    Case("Exports grew by 6.2% in 2004, figures from the trade ministry show.", "6.2%",
         attribution="figures from the trade ministry"),
    Case("The car won 3 prizes at the Paris motor show.", "3",
         no_attribution=True),  # guard: a show
    # a verb of reckoning whose "at" phrase the parse hangs inside its object
    Case("Early estimates from the IMF put the cost of rebuilding at about $4bn.", "$4bn",
         subject="cost", attribution="IMF"),
    Case("Analysts put the cost of rebuilding at about $4bn.", "$4bn", subject="cost",
         attribution="Analysts"),
    Case("Reports put the offer at 300p a share, which would value the club at £700m.",
         "£700m", subject="club", attribution="Reports"),
    # a report a time owns is the report's own word, not the time's
    Case("Last year's survey found that 21% of shops had been robbed.", "21%",
         attribution="Last year's survey"),
    Case("March's report by the Audit Office said 30 councils had overspent.", "30",
         attribution="Audit Office"),
]

# An "at" phrase that names where something is sold, made or held says which it is, and
# stays; one that says when or at what level does not
DEFINING_AT = [
    Case("Sales at garden and furniture stores rose 2.4% in June.", "2.4%",
         subject="Sales at garden and furniture stores", exact=True),
    Case("Some 1,500 jobs at the Luton van plant may go.", "1,500",
         subject="jobs at the Luton van plant"),
    Case("Profits at the bank's investment arm rose 12% to £900m.", "12%",
         subject="Profits at the bank's investment arm", exact=True),
    Case("Sales at the weekend rose 3%.", "3%", subject="Sales", exact=True),
    Case("Shares at one stage fell 6%.", "6%", subject="Shares", exact=True),
    # a gerund standing as a noun keeps its phrase too
    Case("Spending on health and education will rise by 9%.", "9%",
         subject="Spending on health and education", exact=True),
]

# Who takes, earns or spends a sum the verb names by that deed, where a name is its owner
# in brackets, is its actor; not one who is paid
DOERS_OF_SUMS = [
    Case("Veterans Hall and Oates were fifth, their reunion tour helping them earn $14.9m.",
         "$14.9m", subject="earnings", actor="Hall and Oates"),
    Case("Comedy film Big Bob entered the chart at number two, taking $11.2m.", "$11.2m",
         subject="takings", actor="Big Bob"),
    Case("The movie took $31.8m in its first week.", "$31.8m", subject="takings",
         no_actor=True),
    Case("Workers must be paid at least £6.10 an hour.", "£6.10", no_actor=True),
    # a framed sum a verb spends or sets aside is named by what it is for or spent on
    Case("A total of £2m was spent on the new roof.", "£2m", subject="new roof", exact=True),
    Case("A total of 8bn rand is earmarked for grants to farmers.", "8bn rand",
         subject="grants to farmers", exact=True),
    Case("The minimum for each deposit is £50.", "£50", subject="minimum for each deposit",
         exact=True),
    # a sum set aside is named by the verb that sets it aside
    Case("The minister has earmarked £3bn to cut income tax.", "£3bn",
         subject="sum earmarked", actor="minister"),
    # a fine's "for" phrase says why, not what the sum is for
    Case("The watchdog fined Granada £175,000 for the advert.", "£175,000",
         subject="fine"),
]

# A span or a distance of what a doer does is not the doer: a time or a length whose only
# reading is the one who acts has no subject
DEEDS_SPANS = [
    # the time a race took, as the object of its verb, is named by the deed and its doer
    Case("Powell clocked 9.87 seconds to win the heat.", "9.87 seconds",
         subject="clocked (Powell)", exact=True),
    Case("In the final, Jones ran 58.3 seconds.", "58.3 seconds",
         subject="ran (Jones)", exact=True),
    Case("The rules should cover the four months before polling day.", "four months",
         subject="rules"),  # guard: no race
    Case("Its debt has exceeded its assets two years running.", "two years",
         subject="debt"),  # guard: an idiom
    # a stretch of time the words before place ("the past five years") only says when,
    # under any preposition; a deed's "for" keeps its span
    Case("Retail sales in the first three months of 2005 were flat.", "three months",
         subject="", exact=True, no_actor=True),
    Case("The channel shows the best of the previous seven days on Sunday.", "seven days",
         subject="", exact=True),
    Case("It was the wettest summer of the last 20 years.", "20 years", subject="",
         exact=True),
    Case("Costs over the next three years will rise.", "three years", subject="",
         exact=True),
    Case("The pilot had flown the route for the past 12 years.", "12 years",
         subject="route"),  # guard: a deed's span
    Case("In three days, the union will start balloting 90,000 workers.", "three days",
         subject="", exact=True),
    Case("Smith shot from 35 yards and the keeper spilled the ball.", "35 yards",
         subject="", exact=True, actor="Smith"),
    Case("Jones moved away over the last three kilometres to win the race.", "three kilometres",
         subject="", exact=True),
    # the "in" phrase of a race's verb is the time the race took, named by the deed
    Case("Tulu won in 15 minutes 2.41 seconds to set a national record.", "15 minutes",
         subject="won (Tulu)", exact=True),
    Case("Haile won his first title in almost four years in Berlin.", "four years",
         subject="", exact=True),  # how long since: not the deed's time, nor the title's
    # a record that names its kind is a subject of its own; "a record $44m" frames a sum
    Case("Jackson holds the world record of 9.78 seconds.", "9.78 seconds",
         subject="world record", exact=True),
    Case("She set a European record of 4.63m in Madrid.", "4.63m", subject="European record"),
    Case("The film took a record $31m.", "$31m", subject="takings"),
    # a sum the parse ties to the next figure keeps the noun of its own "of" phrase
    Case("Analysts had thought that Acme would achieve 2006 revenues of $3.12bn and earnings "
         "of $1.15 per share.", "$3.12bn", subject="revenues", exact=True),
]

# A label a colon sets right before a bare figure names it, as fact boxes and match
# reports write; not a figure that counts a noun of its own
# A relative clause right after a plural noun that says which of them are meant is part of
# the subject: its pronoun is its subject and its verb agrees with the plural; not a clause
# about the "one" before it, one with a subject of its own, one set off by a comma, nor
# one that leaves its preposition behind.
WHICH_ONES = [
    Case("The fund will help the 40,000 farmers who lost their herds.", "40,000",
         subject="farmers who lost their herds", exact=True),
    Case("About 12% of the 2 million drivers who renewed their licences paid too much.",
         "12%", subject="share of drivers who renewed their licences (paid too much)",
         exact=True),
    Case("The three banks that were fined have appealed.", "three",
         subject="banks that were fined", exact=True),
    Case("The club wrote to 500 fans who bought fake tickets.", "500",
         subject="fans who bought fake tickets", exact=True),
    Case("It was one of the few schemes that was praised by auditors.", "one",
         subject="few schemes", exact=True),  # guard: "was" agrees with "one"
    Case("The firm now has the 5 million users that it had hoped for.", "5 million",
         subject="users (firm)", exact=True),  # guard: the clause has its own subject
    Case("There are still 300 people who are unaccounted for.", "300",
         subject="people", exact=True),  # guard: a stranded preposition
    Case("The 20 workers, who were sacked in May, have won their case.", "20",
         subject="workers", exact=True),  # guard: set off by a comma
    # a past participle's phrase after a counted plural says which ones
    Case("Some 62% of the 1,500 adults polled by Gallup backed the plan.", "62%",
         subject="share of adults polled by Gallup (backed the plan)", exact=True),
    Case("Some 40% of the 900 adults polled by Mori for Channel 4 agreed.", "40%",
         subject="adults polled by Mori for Channel 4", exact=True),  # a name's number
    Case("Of the 30 firms surveyed, 12 reported higher sales.", "12",
         subject="firms surveyed", exact=True),
    Case("Nearly 10% of all cars sold in Europe are diesel.", "10%",
         subject="share of cars sold (diesel)", exact=True, location="Europe"),
    Case("With only two games left to play Smith is unlikely to be fit.", "two",
         subject="games"),  # guard: runs into the next clause
    # a level "up to" which a verb takes its object names that object, however the parse
    # hangs the "up" or gives the verb two objects
    Case("The new standard enables download rates up to a maximum of 20Mbps.", "20Mbps",
         subject="download rates", exact=True),
    Case("The firm could face a fine up to £50,000.", "£50,000", subject="fine",
         exact=True),
    Case("The Fed meeting pushed rates up to 4.75%.", "4.75%", subject="rates", exact=True),
    Case("The scheme costs the taxpayer £12,000 a year.", "£12,000", subject="scheme",
         exact=True),  # guard: a verb of measure
    # the fee in the "for" phrase of a player's move between clubs
    Case("Smith, who moved to Leeds in 2002 for £3m, scored twice.", "£3m",
         subject="transfer fee (Smith)", exact=True),
    Case("The striker joined Everton from Lyon for £8m.", "£8m",
         subject="transfer fee (striker)", exact=True),
    Case("The firm signed the contract for $5m.", "$5m", subject="contract",
         exact=True),  # guard: no move
    # the noun right after a figure's restating bracket is what the figure sizes
    Case("The firm grew after reaching a $2bn (1.5bn euros; £1.1bn) settlement with Ford.",
         "$2bn", subject="settlement", exact=True),
    Case("A shareholder sued to halt a $6bn (£3.2bn) takeover by a rival.", "$6bn",
         subject="takeover", exact=True),
    Case("Sales of the game hit the $50m (£27m) mark in May.", "$50m",
         subject="Sales of the game"),  # guard: a mark
    Case("The singer earned $24m (£13m) last year.", "$24m",
         subject="earnings (singer)", exact=True),  # guard: a time
    # an "at" phrase naming a firm says whose figure it is
    Case("Profits at Unilever rose by 8% to £1.2bn.", "8%", subject="Profits at Unilever",
         exact=True),
    Case("Some 3,000 jobs at Rover are at risk.", "3,000", subject="jobs at Rover",
         exact=True),
    # a "behind" phrase says whose people they are; a name's number may stand in a phrase
    Case("One of the three brothers behind the chain said it had held talks.", "three",
         subject="brothers behind the chain", exact=True),
    Case("Some 40 fans behind the goal sang.", "40", subject="fans who sang",
         exact=True),  # guard: no "behind" phrase
    Case("Usher had three singles in the US Top 10 at once.", "three",
         subject="singles in the US Top 10"),
    # a "between" phrase says which two a noun joins or parts
    Case("The gap between Japanese exports and imports narrowed to $6bn.", "$6bn",
         subject="gap between Japanese exports and imports", exact=True),
    Case("The gap between rich and poor widened by 2%.", "2%",
         subject="gap between rich and poor", exact=True),
    Case("Sales between 2001 and 2004 rose 30%.", "30%", subject="Sales",
         exact=True),  # guard: a span of time
    Case("The two firms sell about 9,000 cars between them.", "9,000",
         subject="cars"),  # guard: a share out
    # an "out of" phrase that says which ones, not a place they leave
    Case("The number of people out of work fell by 11,000 in March.", "11,000",
         subject="number of people out of work", exact=True),
    Case("Some 60,000 children out of school were counted.", "60,000",
         subject="children out of school", exact=True),
    Case("There were 40 flights out of Heathrow cancelled.", "40", subject="flights",
         exact=True),  # guard: a place
]

LABELLED = [
    Case("Price: £249 Weight: 1.4kg", "£249", subject="Price", exact=True),
    Case("Price: £249 Weight: 1.4kg", "1.4kg", subject="Weight", exact=True),
    Case("Att: 38,212 Ref: M Riley (Leeds).", "38,212", subject="attendance", exact=True),
    Case("Note: 7 people were hurt.", "7", subject="people"),
]

# A country's own statistic, where a people's adjective says whose it is and no place word
# does; not people, who are of a country wherever they are, nor a name, a currency, a time
COUNTRIES_OF_STATISTICS = [
    Case("The statistics office said Dutch consumer prices fell 0.4% in March.", "0.4%",
         subject="Dutch consumer prices", location="Netherlands"),
    Case("Polish unemployment rose by 35,000 in February.", "35,000", location="Poland"),
    Case("Forecasts for Korean growth were cut, and the South Korean economy grew 3.1% last "
         "year.", "3.1%", location="South Korea"),
    Case("Only 41% of Indian homes have a fridge, a survey found.", "41%", subject="homes",
         location="India"),
    Case("The band will play 18 Canadian dates in the spring.", "18", location="Canada"),
    Case("Some 300 British troops will be sent to the region.", "300", no_location=True),
    Case("British Airways carried 2 million passengers in May.", "2 million",
         no_location=True),
    Case("The Thai baht lost 0.7% against the dollar.", "0.7%", no_location=True),
    Case("Sales of My Big Fat Greek Wedding reached four million units.", "four million",
         no_location=True),
    Case("The tour ends after a nail-biting ten days of French concerts.", "ten days",
         no_location=True),
    Case("The club bid £4m for the 24-year-old Spanish international.", "£4m",
         no_location=True),
    # people who live where their adjective or name says, as a population: a share or a
    # count in thousands; not a handful of people, nor people harmed
    Case("Some 58% of Spanish voters backed the treaty.", "58%", location="Spain"),
    Case("About 30% of German shoppers now buy online.", "30%", location="Germany"),
    Case("An estimated 9 million Britons now bank online.", "9 million", location="UK"),
    Case("Nearly 70% of Italians own a mobile phone.", "70%", location="Italy"),
    Case("Two other Russians reached the quarter-finals.", "Two",
         no_location=True),  # guard: a handful
    Case("Some 2,000 Germans were injured in the floods.", "2,000",
         no_location=True),  # guard: harmed
    Case("About 5,000 British tourists were stranded.", "5,000",
         no_location=True),  # guard: often abroad
    # a person the model names, whose deed a noun's "from" gives, is no place
    Case("His 25-yard drive forced a flying save from Howard.", "25-yard", no_location=True),
    # a country the model reads as an adjective of a team role is a side, no place
    Case("Four players, including Zimbabwe goalkeeper Tatenda Mukuruva, joined the club.",
         "Four", no_location=True),
    # where a firm or a person is from, written after the name or before "based"
    Case("It was the only Detroit based carmaker to gain 2% of the market.", "2%",
         no_location=True),
    Case("John Smith, a US investment banker, said the club needs $50m.", "$50m",
         no_location=True),
    # a side a game is played against, however the game is named, is no place
    Case("Jones, 21, won his first cap against Italy last year.", "21", no_location=True),
    Case("Davies made his Scotland debut in 2001 against France as a 19-year-old.",
         "19-year-old", no_location=True),
    Case("He scored twice against Wales as 70,000 fans watched in Cardiff.", "70,000",
         location="Cardiff"),  # guard: the place the game is in
    Case("The firm's $2bn stock debut in India drew 300 bidders.", "300",
         location="India"),  # guard: a debut on a market
    # a place inside a "since" phrase says when, not where
    Case("They have won only three of 10 games since the final in Lisbon.", "three",
         no_location=True),
    Case("Sales in London rose 5% since the store opened.", "5%", location="London"),
    # a place that only says where people the figure does not count are from
    Case("However, US critics were less kind about the $90m project.", "$90m",
         no_location=True),
    Case("Some 500 UK mobile owners were surveyed.", "500", location="UK"),  # guard
    Case("The film won praise from two US critics' groups.", "two",
         location="US"),  # guard: the groups are the critics'
    # or where one other person is from, also one whose own clause holds the figure
    Case("The board will weigh the new offer from the US billionaire that values the firm at "
         "£600m.", "£600m", no_location=True),
    Case("The singer has sold her label to a New York entrepreneur in a $90m deal.", "$90m",
         no_location=True),
    Case("The Scotland runner clocked a personal best of 3:41.20 in the final.", "3:41.20",
         no_location=True),
    Case("The Westfield Centre spokesman said 9,000 cars had parked at the centre by noon.",
         "9,000", location="Westfield Centre"),  # guard: the body's voice
    # a venue a place's name owns is in that place; a firm it owns is from there
    Case("The band played to 4,000 fans at Birmingham's Carling Academy.", "4,000",
         location="Birmingham"),
    Case("Japan's Nippon Steel made 30m tonnes of steel.", "30m tonnes", no_location=True),
]


@pytest.mark.parametrize("text, surface, place", VOUCHED_PLACES)
def test_place_is_one_the_world_knows(text, surface, place):
    claims = extract_article(Article(doc_id="t", text=text))
    assert next(c for c in claims if c.surface == surface).location == place


# A report of a game that shows a name is a side twice or more ("Leeds beat", "against
# Leeds") takes it for no place where a sentence does not set it in one
SIDES_REPORTED = [
    ("Wales beat Italy 28-10 in Cardiff. Italy were poor. Italy had two men sent off.", "two",
     ""),
    ("Wales beat Italy 28-10. The defeat against Italy came after two wins.", "two", ""),
    ("Wales beat Italy 28-10. The Italy coach made two changes in Rome.", "two", "Rome"),
    ("Wales beat Italy 28-10. Wales were worth it. Some 70,000 fans watched in Cardiff.",
     "70,000", "Cardiff"),
    # a singular name that ends in "s" is a side too; a plural one's plural verb is no sign
    ("Wales beat Italy 28-10. The Wales coach was pleased. But former captain Tom Jones "
     "insisted Wales can cope without Smith as they chase a first title in 19 years.",
     "19 years", ""),
    ("France beat Italy 28-10. The Netherlands have two million cyclists.", "two million",
     "Netherlands"),
    # no score: no game reported, and a country's figures stay its own
    ("Exports to Italy rose. Talks against Italy stalled. Italy had two million jobless.",
     "two million", "Italy"),
]


# A report of a game with no score shows it by two words of play ("half-time", "penalty",
# "sent off"); a side also faces, hosts or plays for, and a victory is "over" it
SIDES_IN_PLAY = [
    ("Newcastle were beaten at home. Newcastle were reduced to ten men after half-time, and "
     "a late penalty sealed it. Newcastle then had two players sent off.", "two", ""),
    ("Ireland host Wales on Sunday. Wales face Ireland after two wins, and their last "
     "victory over Ireland came from a penalty in injury time.", "two", ""),
    ("Ireland host Wales on Sunday. Wales face Ireland after two wins, and their last "
     "victory over Ireland came in 1999.", "two", "Ireland"),  # guard: no words of play
    ("The fine was a penalty for late goals. Italy face a debt crisis after a victory over "
     "inflation. Italy has three million jobless.", "three million", "Italy"),  # guard: one
    # sign of a side only
]


@pytest.mark.parametrize("text, surface, place", SIDES_REPORTED + SIDES_IN_PLAY)
def test_side_in_a_game_is_no_location(text, surface, place):
    claims = extract_article(Article(doc_id="t", text=text))
    assert next(c for c in claims if c.surface == surface).location == place


def test_place_inside_a_name_is_no_location():
    claims = extract_article(Article(doc_id="t", text="The Paris-based group sold 40 hotels."))
    assert next(c for c in claims if c.surface == "40").location == ""


def test_source_carries_from_a_sentence_without_figures():
    text = ("Ms Okafor of the Freight Transport Association said the backlog was easing. "
            "But she said some 4,000 lorries were still queuing near Dover.")
    claims = extract_article(Article(doc_id="t", text=text))
    lorries = next(c for c in claims if c.surface.endswith("4,000"))
    assert "Okafor" in lorries.attribution


@pytest.mark.parametrize("text", [
    "Thieves took £5m worth of jewellery.",  # the model's place tag on a common noun
    "Clark will welcome in the New Year on ABC, a job he has done for 33 years.",  # an event
    "Gebrselassie will race in the London Marathon for the next three years.",
    "Without the rebate we would pay 14 times as much as France.",  # a comparison's standard
    "We are already four times more overcrowded than France.",
])
def test_no_place_that_is_no_name(text):
    claims = extract_article(Article(doc_id="t", text=text))
    assert claims
    assert all(c.location == "" for c in claims), [(c.surface, c.location) for c in claims]


@pytest.mark.parametrize("text, source", [
    ("Figures from the Office for National Statistics showed unemployment fell to 4.7%.",
     "Office for National Statistics"),
    ("Prices rose 0.5% in March, according to figures from the Halifax.", "Halifax"),
    ("A recent survey by Mediametrie found that 70% of people were aware of DTT.",
     "Mediametrie"),
    ("A survey of 2,000 firms found 30% planned to hire.", "survey of 2,000 firms"),
])
def test_a_documents_author_is_the_source(text, source):
    claims = extract_article(Article(doc_id="t", text=text))
    assert claims[-1].attribution == source


def test_places_with_a_figure_between_stay_apart():
    claims = extract_article(Article(doc_id="t", text="Sales rose 5% in London and 3% in Paris."))
    assert [c.location for c in claims] == ["London", "Paris"]


def test_source_carries_past_a_sentence_with_no_source():
    text = ('Mr Howard said nearly 160,000 people were settling in the UK every year. '
            'The plans would help cut immigration. '
            'He said that only two out of 10 asylum seekers had their claims accepted.')
    claims = extract_article(Article(doc_id="t", text=text))
    share = next(c for c in claims if c.surface == "two out of 10")
    assert share.attribution == "Mr Howard"


@pytest.mark.parametrize("between, pronoun", [
    ("Mr Cable compared that with the first Gulf War.", "He"),  # someone else named between
    ("The plans would help cut immigration.", "She"),  # a "she" is not Mr Howard
])
def test_source_does_not_carry_to_someone_else(between, pronoun):
    text = (f"Mr Howard said nearly 160,000 people were settling in the UK every year. {between} "
            f"{pronoun} said that only two out of 10 asylum seekers had their claims accepted.")
    claims = extract_article(Article(doc_id="t", text=text))
    share = next(c for c in claims if c.surface == "two out of 10")
    assert share.attribution != "Mr Howard"


# "he said" where the sentence before names no source: the source before the quotation it
# closes, else the person the sentence before is about; (text, surface, source)
PRONOUN_SPEAKERS = [
    ('"The ruling ignores every rule of fair play," Petrov said. "We know how doping cases '
     'work. If a sample is positive, the federation must be told within five days," he said.',
     "five days", "Petrov"),
    ("But Wilkinson was not losing sight of the task ahead. \"We have played three and won three "
     "this month,\" he said.", "three", "Wilkinson"),
    ("Dr Lindqvist has looked back at a decade of research. \"About 70% of the problems we "
     "found are still with us,\" she said.", "70%", "Dr Lindqvist"),
    # not a "she" for a Mr, nor one of two people named together
    ("Mr Lindqvist has looked back at a decade of research. \"About 70% of the problems we "
     "found are still with us,\" she said.", "70%", ""),
    ("Baker and producer Tom Ellis have released a single. She said she was shocked by the "
     "deaths of 14 people.", "14", ""),
    # back past the same "she said" to one whom a role names as the source, no name
    ('A spokeswoman for the Rail Users Group said the timetable had been rushed. She said the '
     'new trains were often late. "Fewer than 60% of services ran on time last month," she '
     'said.', "60%", "spokeswoman for the Rail Users Group"),
    ("Sir Tom Hale's inquiry found the rules had been broken. He said the fines were too low. "
     '"Only 12 firms paid anything," he said.', "12", ""),  # guard: a body, not one person
    # the person a passive's "by" names does what its main verb says, and may be the "she"
    ('The report was welcomed by shadow pensions minister Ann Lee. "The voice of pensioners '
     'must be heard," she said. "Some 40% of them will vote."', "40%",
     "shadow pensions minister Ann Lee"),
    ('The scheme was praised by Mr Lee. "Only 12 firms will gain," she said.', "12",
     ""),  # guard: no "she" for a Mr
    # whom a verb of telling tells is no part of what is said
    ("Ms Cole told the 300 delegates that the plan would cost £4m.", "300", ""),
    ("Ms Cole told the 300 delegates that the plan would cost £4m.", "£4m",
     "Ms Cole"),  # guard: what she told them
]


@pytest.mark.parametrize("text, surface, source", PRONOUN_SPEAKERS)
def test_he_said_is_who_the_text_named_before(text, surface, source):
    claims = extract_article(Article(doc_id="t", text=text))
    assert next(c for c in claims if c.surface == surface).attribution == source


@pytest.mark.parametrize("text, surface, actor", [
    # a title's name whole ("Sex And The City"), not its last word
    ("Sex And The City drew to the end of its six-year run.", "six-year", "Sex And The City"),
    ("A Series of Unfortunate Events took $30m in its first week.", "$30m",
     "Series of Unfortunate Events"),
    # not a word before the name, nor "of" the place it comes from
    ("But Bekele of Ethiopia won $50,000 in prize money.", "$50,000", "Bekele"),
    ("Meanwhile Eli Lilly cut 300 jobs.", "300", "Eli Lilly"),
])
def test_a_name_is_its_whole_title(text, surface, actor):
    claims = extract_article(Article(doc_id="t", text=text))
    assert next(c for c in claims if c.surface == surface).actor == actor


def test_source_carries_to_the_next_sentence():
    text = ("The strike killed 12 people, the Ukrainian foreign ministry said. "
            "It added that 40 others were injured.")
    claims = extract_article(Article(doc_id="t", text=text))
    injured = next(c for c in claims if c.surface == "40")
    assert "foreign ministry" in injured.attribution.lower()


# A name the model took for an adjective owns what it counts like any other name; a
# quantifier that opens a sentence ("Much of", "Most of") owns nothing
NAMES_TAKEN_FOR_ADJECTIVES = [
    Case("Celtic have won their last eight home games.", "eight",
         subject="home games (Celtic)", exact=True, actor="Celtic"),
    Case("Real had lost their previous two away games.", "two",
         subject="away games (Real)", exact=True, actor="Real"),
    Case("Much of the art will be sold at two auctions in London.", "two",
         subject="auctions", exact=True, no_actor=True, location="London"),
    Case("Most of those arrested were friends of the three brothers.", "three",
         subject="brothers", exact=True),
    Case("About 70% of British teenagers own at least one games console.", "one",
         subject="games console", exact=True),
]


# A time given to an activity as when something else happened measures the activity,
# which the verb's doer did not do; a stretch of a dated period stays a when
ACTIVITY_TIMES = [
    Case("The treaty was finally signed after 18 months of negotiations.", "18 months",
         subject="negotiations", exact=True, no_actor=True),
    Case("Fans queued all night after nine days of waiting for tickets.", "nine days",
         subject="waiting for tickets", exact=True, no_actor=True),
    Case("Ministers quit the coalition after three years of making promises.", "three years",
         subject="making promises", exact=True, no_actor=True),
    Case("Sales rose in the first seven weeks of this year.", "seven weeks", subject="",
         exact=True),
    Case("Shares fell in the final two years of the period.", "two years", subject="",
         exact=True),
]


# A term of a penalty is named by the penalty and served by whoever the verb punishes;
# who imposes it acts, and no one where the sentence does not say
PENALTY_TERMS = [
    # a fine counted in weeks of pay is a penalty's term too
    Case("Striker Tom Hale was fined two weeks' wages by the club for missing training.",
         "two weeks", subject="fine (Striker Tom Hale)", exact=True, actor="club"),
    Case("The club fined its captain three weeks' pay.", "three weeks", subject="fine",
         exact=True, actor="club"),
    Case("Sprinter Dwain Jones was banned for two years after failing a drugs test.",
         "two years", subject="ban (Sprinter Dwain Jones)", exact=True, no_actor=True),
    Case("Petrov and Ivanova could be suspended for up to four years.", "four years",
         subject="suspension (Petrov and Ivanova)", exact=True),
    Case("A Texas court jailed the former chief executive for 20 years.", "20 years",
         subject="jail term (former chief executive)", exact=True, actor="Texas court"),
    Case("The striker, sacked by his club and banned for nine months, has signed for Lazio.",
         "nine months", subject="ban (striker)", exact=True, no_actor=True),
    Case("The cyclist was banned for three years by the UCI.", "three years",
         subject="ban (cyclist)", exact=True, actor="UCI"),
    Case("He was sentenced to 12 years in prison for the attack.", "12 years",
         subject="sentence", exact=True, no_actor=True),
]


# A saying in a gerund is said by the subject of the verb it hangs on; outlining a plan
# gives its figures
GERUND_SOURCES = [
    Case("The chancellor surprised economists by forecasting growth of 4% next year.", "4%",
         attribution="chancellor"),
    Case("The airline collapsed in 2001 after revealing debts of $2bn.", "$2bn",
         attribution="airline"),
    Case("The minister outlined plans to build 200 new schools.", "200",
         attribution="minister"),
]


# The level a figure is "up from" or "down from" is of what that figure measures, past a
# phrase of when; a reporting period ("the three months to December") is a when
UP_FROM_LEVELS = [
    Case("The retailer made a profit of $92m in the six months to June, up from $75m a year "
         "earlier.", "$75m", subject="profit", exact=True),
    Case("The carmaker earned $1.2bn in the final quarter, down from $1.9bn in 2003.", "$1.9bn",
         subject="earnings (carmaker)", exact=True),
    Case("The retailer made a profit of $92m in the six months to June, up from $75m a year "
         "earlier.", "six months", subject="", exact=True, no_actor=True),
    Case("Operating profit in the three months to 31 March was 2.1bn kronor.", "three months",
         subject="", exact=True),
    Case("The index rose for three months to March.", "three months", subject="index"),
    # a level left that counts the same noun is of what the level reached counts
    Case("The watchdog found 912 cases of reported fraud in farm funds, up from 744 cases.",
         "744", subject="cases of reported fraud in farm funds", exact=True),
    Case("The firm has 300 stores, up from 250 shops.", "250", subject="shops"),
    # a level set against a figure restated twice in brackets: the first figure's subject
    Case("The miner said it earned net income of 2.1bn Canadian dollars ($1.7bn; £900m) in "
         "2005, up from C$1.2bn the year before.", "C$1.2bn", subject="net income", exact=True),
]


# A bare count after a name and a comma, with a phrase of its own, is the list's next
# item and counts what the first item counted, not the name
LIST_ITEMS_AFTER_NAMES = [
    Case("The referee gave 30 free kicks in the match against Leeds, nine for handball.",
         "nine", subject="free kicks", exact=True),
    Case("Officials counted 40 complaints about the club by Friday, six from Italy.", "six",
         subject="complaints", exact=True),
    Case("The squad includes Jones, 24, and Smith, 31.", "24", subject="Jones"),
]


# Where a person or a firm is from, written before its name, is not where the figure is;
# nor is a side whose game it is; a group of people from a place keeps it
SIDES_AND_ORIGINS = [
    Case("US media giant Comcast is to buy rival Sky for $40bn.", "$40bn", no_location=True),
    Case("More than 2,000 people paid tribute to French singer Johnny Hallyday in the Paris "
         "church where he married.", "2,000", location="Paris"),
    Case("The flanker scored two tries in Wales' victory over Italy.", "two", no_location=True),
    Case("Those three defeats and the 40-10 flop against Scotland were the low points.",
         "three", no_location=True),
    Case("UK mobile owners sent 30 billion texts last year.", "30 billion", location="UK"),
    Case("Shares in Japan's Toyota Motor fell 2.4% on Monday.", "2.4%", no_location=True),
    Case("Thousands gathered in London's Hyde Park on Sunday.", "Thousands",
         location="London"),
    Case("Tokyo's Nikkei 225 index dropped 1.8% on Friday.", "1.8%", location="Tokyo"),
    Case("The regulator's $750,000 (£400,000) fine was the largest yet.", "$750,000",
         subject="fine (regulator)", exact=True),
]


# A measure with a unit before a noun says which thing is meant and stays in its phrase;
# a sum, a share, an ordinal or the other end of the figure's own range does not
SPECS_IN_NAMES = [
    Case("The phone comes in two models: a 64GB model for £499 and a 256GB model for £649.",
         "£649", subject="256GB model", exact=True),
    Case("She took the women's 200m title in 22.9 seconds.", "22.9", subject="women's 200m title",
         exact=True),
    Case("The studio's three-hour epic cost $200m to make.", "$200m", subject="three-hour epic"),
    Case("The firm's $17m profit rose 5%.", "5%", subject="profit", exact=True),
    Case("A 20 or 30 point lead would settle it.", "20", subject="lead", exact=True),
]


# More verbs of money naming the sum; "handed over" is a particle, not a bound
MORE_MONEY_VERBS = [
    Case("The singer handed over $50,000 to the hospital.", "$50,000",
         subject="sum given (singer)", exact=True),
    Case("Drivers will have to fork out £900 to keep their cars on the road.", "£900",
         subject="payment (Drivers)", exact=True),
    Case("The opposition says the government would cut £12bn from public services.", "£12bn",
         subject="public services", exact=True),  # a sum taken off a whole (TAKEN_OFF_WHOLES)
    Case("The opposition says the government would cut £12bn.", "£12bn",
         subject="cuts (government)", exact=True),
]


# A doer whose own phrase is the subject does not act on it ("Sales of songs shot up"),
# and a body that does is named as the subject words it; "his" or "her" stands for a
# person, never for a thing
DOER_AS_SUBJECT = [
    Case("Sales of electric bikes shot up more than fivefold in 2021.", "fivefold",
         no_actor=True),
    Case("The operator of the Paris stock exchange would return €400m to shareholders.",
         "€400m", actor="operator of the Paris stock exchange"),
    Case("The minister's proposed spending of $2bn is well below his initial promise of $4bn.",
         "$4bn", subject="initial promise", exact=True),
    Case("The England defender has scored four goals in his 60 appearances.", "60",
         subject="appearances (England defender)", exact=True),
]


# A spaced dash and a verb after a figure start an aside, whatever the parse made of it;
# a restatement after a dash still frames the figure
DASH_ASIDES_AFTER = [
    Case("The services index stayed above 50 - signalling growth in the sector.", "50",
         subject="services index", exact=True),
    Case("The index fell to 47.2 - its lowest level since 2009.", "47.2", subject="index",
         exact=True),
]


# A bound after a noun bounds that noun ("capitalisations below $700m"), not a time over
# which something happens; a framing total takes the noun its valuing word names
BOUNDED_NOUNS = [
    Case("The rule spares firms with market capitalisations below $500m.", "$500m",
         subject="market capitalisations", exact=True),
    Case("Councils must keep tax rises below 4% next year.", "4%", subject="tax rises",
         exact=True),
    Case("The region may lose $2bn in earnings from tourism over the next six months.",
         "six months", subject="", exact=True),
    Case("The fund holds 40 loans worth a total of $9 million.", "$9 million",
         subject="loans (fund)", exact=True),
]


# A term in prison or jail is named by where it is served, by whoever serves or faces it;
# "took N to V" is the time to do it, its doer in brackets
TERMS_AND_TIMES_TAKEN = [
    Case("The court heard the man could serve eight years in prison.", "eight years",
         subject="prison term (man)", exact=True, no_actor=True),
    Case("Prosecutors had asked for 20 years in jail for the banker.", "20 years",
         subject="jail term", exact=True, no_actor=True),
    Case("If convicted, she faces up to ten years in prison.", "ten years",
         subject="prison term", exact=True),
    Case("The offence would be punishable by five years in prison.", "five years",
         subject="prison term (offence)", exact=True),
    Case("Federer took just 71 minutes to beat Hewitt.", "71 minutes",
         subject="time to beat Hewitt (Federer)", exact=True),
    Case("It took Nokia almost six years to sell its first million phones.", "six years",
         subject="time to sell its first million phones (Nokia)", exact=True),
]


# A document's author named by "gathered by", "conducted by", "released by" is the source
DOCUMENT_AUTHORS = [
    Case("Figures gathered by Kantar Worldpanel show that 41% of shoppers buy own-label goods.",
         "41%", attribution="Kantar Worldpanel"),
    Case("A survey conducted by YouGov found 62% of voters backed the plan.", "62%",
         attribution="YouGov"),
    Case("According to figures released by the Office for National Statistics, output fell 1.2%.",
         "1.2%", attribution="Office for National Statistics"),
]


# Who gives a sum another receives or gets, where a "from" phrase names them, acts
GIVERS = [
    Case("The start-up will receive an upfront payment of $20m from Pfizer.", "$20m",
         actor="Pfizer"),
    Case("Ministers had hoped to get £300m from the European Union Solidarity Fund.", "£300m",
         actor="European Union Solidarity Fund"),
    Case("The firm received £5m from the sale of its stake.", "£5m", actor="firm"),
]


# "which" stands for the noun its verb agrees with, where the parse tied its clause to a
# farther one of the other number
RELATIVES_THAT_AGREE = [
    Case("Officials fear the dangers posed by household debt - which is rising at 12% a year.",
         "12%", subject="household debt", exact=True),
    Case("Analysts praised the shares of the bank, which were up 4% on the day.", "4%",
         subject="shares"),
]


# How long a doer does what the verb says, where a "for" phrase gives it, is named by the
# verb and its object, the doer in brackets; not a time without ("hadn't flown for") nor
# a light verb ("will see executives decamp for 11 days")
TIME_SPENT = [
    Case("Carson, who hosted the chat show for 30 years, died on Sunday.", "30 years",
         subject="hosted the chat show (Carson)", exact=True),
    Case("The firms, which have been working on the chip for four years, unveiled it today.",
         "four years", subject="working on the chip (firms)", exact=True),
    Case("The pilot had not flown for nine years.", "nine years", subject="pilot"),
    Case("The festival will see film executives decamp to Utah for 11 days.", "11 days",
         subject="festival"),
]


# A counted noun whose own "of" phrase names whose it is takes no other owner in brackets
# the noun after a sum that the model tagged an adjective still names it
NOUNS_TAGGED_ADJECTIVES = [
    Case("The bank has ten days to pay the $2.5m fine, according to the ruling.", "$2.5m",
         subject="fine", exact=True),
    Case("The novel is being turned into a £9m musical by a London producer.", "£9m",
         subject="musical", exact=True),
]

NAMED_OWNERS = [
    Case("Black Cat said it had stopped more than 2 million copies of Netsky.",
         "2 million", subject="copies of Netsky", exact=True),
    Case("Mr Smith was one of the founders of Acme.", "one", subject="founders of Acme",
         exact=True),
    Case("Ford has cut 300 jobs at its plant.", "300", subject="jobs (Ford)", exact=True),
]

# A figure written in one token with its unit or its currency's letters is restated by the
# figure in brackets after it, never named by it; a date the phrase ends inside is whole
GLUED_FIGURES = [
    Case("Shares in Acme fell from 120p ($2.30) to 85p on Monday.", "$2.30",
         subject="Shares in Acme", exact=True),
    Case("Turnover for the year to 31 December fell 11% to £900m.", "11%",
         subject="Turnover", exact=True),
]

# A body's data or results that show a figure are its source; a document of no one's yields
# to the one who speaks it; "there were £3m in fines" and "save the council £2m" name a sum
DOCUMENTS_AND_SUMS = [
    Case("Land Registry data showed the average price of a flat rose to £210,000 in March.",
         "£210,000", attribution="Land Registry data"),
    Case("Independent test results show the new chip reached 12.5 teraflops.", "12.5",
         subject="new chip", attribution="test results"),
    Case('"The figures show that sales fell by 12% in March," said Mary Jones, the chief '
         "economist.", "12%", attribution="Mary Jones"),
    Case("There was £3m in unpaid parking fines on the council's books.", "£3m",
         subject="unpaid parking fines"),
    Case("Officials say the scheme would save the council £2m a year.", "£2m",
         subject="savings"),
]

# "Shares in X" and "a stake in X" name the firm held, which is no place; the market of
# someone's shares still is one
HELD_IN_FIRMS = [
    Case("Shares in engineering group Halcrow jumped 12% on Monday.", "12%",
         subject="Shares in engineering group Halcrow", exact=True, no_location=True),
    Case("Shares in Wembley rose 4% to 520p in early trade.", "520p",
         subject="Shares in Wembley", exact=True, no_location=True),
    Case("Pernod shares in Paris slipped 1.2% by noon.", "1.2%", subject="Pernod shares",
         location="Paris"),
    Case("Shares in French engineering firm Corvana closed down 11.3% at 92 euros.", "11.3%",
         actor="Corvana"),  # the firm's name, which the parse hangs on "Shares", is the actor
]

# "its" on what a speaker says is the speaker's own; not a source named after it
SAYERS_OWN = [
    Case("The retailer said its annual profit would be £8m lower than expected.", "£8m",
         subject="annual profit (retailer)", exact=True),
    Case("Its weekend takings reached $12m, Variety said.", "$12m", subject="weekend takings",
         exact=True, attribution="Variety"),
]

# The sides of a game are no places, the later names of a list as well as the first
SIDES_IN_LISTS = [
    Case("They won only three games, against Wales and Italy, last season.", "three",
         subject="games", no_location=True),
    Case("The defeat came just four days after the World Cup qualifier against Norway in Oslo.",
         "four days", no_location=True),  # (nor Oslo: the place of what the time is
    # reckoned from)
    Case("They lost to Norway in Oslo four days after the qualifier against Wales.",
         "four days", location="Oslo"),
]

# A verb done to counted things keeps the adverb that is its particle; a time spent on
# what "which" stands for names it
VERB_PARTICLES_AND_WHICH = [
    Case("Twelve nurses will be put forward for the award.", "Twelve",
         subject="nurses put forward", exact=True),
    Case("She broke the national record, which Smith had held for 15 years.", "15 years",
         subject="held national record (Smith)", exact=True),
]

# "at the age of N" (or "by the age of N") is the age of the one the clause is about, not
# of "age"; not of a subject that reaches the verb only through another verb
AGE_BEARERS = [
    Case("Actor John Smith has died at the age of 88.", "88", subject="Actor John Smith",
         exact=True),
    Case("Jones, who retired at the age of 35, now coaches the youth team.", "35",
         subject="Jones", exact=True),
    Case("The council wants to offer swimming lessons from the age of five.", "five",
         subject="age", exact=True),
    Case("The team had just nine players over the age of 30.", "30", subject="players",
         exact=True),
    Case("Novelist Jane Smith has died of heart failure aged 81.", "81",
         subject="Novelist Jane Smith", exact=True),
    Case("It came just before Ray's death in 2004 at the age of 73.", "73", subject="Ray",
         exact=True),
    Case("He plays a ruthless young emperor who had conquered half of Asia by the age of "
         "30.", "30", subject="ruthless young emperor", exact=True),  # the age by which
]

# Where one is from, written before a named body or a player, is no place
ORIGINS_OF_NAMES = [
    Case("US research think-tank Pew Research says a new website is created every two "
         "seconds.", "two seconds", no_location=True),
    Case("The 22-year-old Czech Republic international has kept 10 clean sheets this season.",
         "10", no_location=True),
    Case("Real slipped to 11 points behind leaders Barcelona on Sunday.", "11 points",
         no_location=True),
    Case("The sale of the 20% stake to Germany's Hochtief for £90m is a lifeline to the firm.",
         "£90m", no_location=True),
    Case("Thailand's Prime Minister has estimated the damage at 20bn baht.", "20bn baht",
         location="Thailand"),
]

# A sum joined to a verb's other object is named by the verb, and so is its restatement
SUMS_BESIDE_OBJECTS = [
    Case("The singer, who took second place and almost $3.1m (£1.6m) from the tour, was "
         "delighted.", "$3.1m", subject="takings (singer)", exact=True),
    Case("The singer, who took second place and almost $3.1m (£1.6m) from the tour, was "
         "delighted.", "£1.6m", subject="takings (singer)", exact=True),
]

# A time given, had or needed to do something is the time to do it, of whoever gets it
TIMES_GIVEN = [
    Case("The court gave the firm 14 days to respond.", "14 days",
         subject="time to respond (firm)", exact=True),
    Case("The club has seven days to appeal against the ban.", "seven days",
         subject="time to appeal (club)", exact=True),
    Case("The bidders were given 60 seconds to present their plans.", "60 seconds",
         subject="time to present their plans (bidders)", exact=True),
]

# A sum a verb of money takes, with a "when" after it, is still the verb's; a "them" that
# earns it stands for the main clause's subject
EARNERS = [
    Case("The twins were third in the list, their new album helping them earn $8.2m last "
         "year.", "$8.2m", subject="earnings (twins)", exact=True),
    Case("The novelist made $2.5m (£1.3m) last year, according to the magazine.", "£1.3m",
         subject="earnings (novelist)", exact=True, attribution="magazine"),
]

# A share of GDP measures what the clause says is that share, not GDP
SHARES_OF_GDP = [
    Case("The government plans to cut the budget deficit to 3% of GDP by 2008.", "3%",
         subject="budget deficit", exact=True),
    Case("Public debt in Italy is about 105% of gross domestic product.", "105%",
         subject="Public debt", exact=True, location="Italy"),
    Case("Tourism accounts for about 6% of the country's GDP.", "6%", subject="Tourism",
         exact=True),
]

# The span of a high or a low is of that high, with what is at it
SPANS_OF_PEAKS = [
    Case("Cold weather pushed heating oil prices to six-month highs.", "six-month",
         subject="highs (heating oil prices)", exact=True),
    Case("The pound has fallen to a three-year low against the euro.", "three-year",
         subject="low (pound)", exact=True),
]

# "which said" is said by what "which" stands for (not a day); an owner's mark stays in
# a source's name
WHICH_SAID = [
    Case("The figures follow new data from property website Zoopla which suggested sellers "
         "must cut prices by up to 6%.", "6%", attribution="Zoopla"),
    Case("The report criticised the Pensions Commission, which said 12 million people were "
         "not saving enough.", "12 million", attribution="Pensions Commission"),
    Case("The British Bankers' Association said approvals were at a five-year low.",
         "five-year", attribution="British Bankers' Association"),
]

# Whoever forecasts, estimates or values a figure is its source, not its actor; "put" only
# with the figure in its "at" phrase
RECKONERS = [
    Case("Sri Lanka's government has estimated rebuilding costs at nearly $3bn.", "$3bn",
         subject="rebuilding costs", no_actor=True, attribution="Sri Lanka's government"),
    Case("The central bank has forecast growth of 2.5% in 2006.", "2.5%", no_actor=True,
         attribution="central bank"),
    Case("The chancellor put 2p on a pint of beer.", "2p", actor="chancellor"),
]

# How many times a doer did something is named by the deed; a bare count that is the object
# of the same verb as a count before it counts the same thing
DEEDS_AND_PARALLEL_OBJECTS = [
    Case("The central bank raised interest rates four times last year.", "four",
         subject="raised interest rates (central bank)", exact=True),
    Case("Mortgage rates rose seven times between 2003 and 2005.", "seven",
         subject="rose (Mortgage rates)", exact=True),  # guard: how often they rose
    # a multiple is of what moves, no deed
    Case("Disk capacity has grown 300,000 times since the first PC.", "300,000",
         subject="Disk capacity", exact=True),
    Case("The Lions won two prizes, while the Tigers won three.", "three", subject="prizes",
         exact=True, actor="Tigers"),
]

# A doer written as a kind before its name keeps the name ("the world's biggest retailer
# Wal-Mart"), its own words only
KINDS_BEFORE_NAMES = [
    Case("The world's biggest retailer Wal-Mart took out more than 100 full-page adverts.",
         "100", actor="world's biggest retailer Wal-Mart"),
    Case("The US drugs giant Pfizer has agreed to pay a $2m fine.", "$2m",
         actor="Pfizer"),
]

# A sum a body has is its own: the owner joins the subject, as for counts
SUMS_HAD = [
    Case("The retailer has annual sales of $12bn.", "$12bn",
         subject="annual sales (retailer)", exact=True),
    Case("The club had a debt of £80m when the new owners took over.", "£80m",
         subject="debt (club)", exact=True),
]

# Whose forecast or estimate a figure is, its own noun says: the owner is the source
RECKONINGS_OWNED = [
    Case("Profits reached £80m, ahead of analysts' forecasts of £75m.", "£75m",
         attribution="analysts"),
    Case("If the bank's prediction of a 3% price fall comes true, it will be the first in "
         "years.", "3%", attribution="bank"),
]

# A time someone spends is named by what fills it, or where it is spent; an aside after a
# comma does not fill it
TIMES_SPENT = [
    Case("The former minister spent two years in prison after the trial.", "two years",
         subject="time in prison (former minister)", exact=True),
    Case("My son spent nine hours yesterday playing his new game.", "nine hours",
         subject="playing his new game (son)", exact=True),
    Case("The pair spent four days in a hospital, claiming they had been hurt.", "four days",
         subject="time in a hospital (pair)", exact=True),
]

# A share of people that names no group is named by what they think or do, whole or not
# at all; never where a group is named or the verb is no clause of its own
SHARES_WHO = [
    Case("In the survey, 41% were optimistic about the economy.", "41%",
         subject="those who were optimistic about the economy", exact=True),
    Case("Some 60% of those polled backed the plan, with 30% saying they did not.", "60%",
         subject="share of those polled (backed the plan)", exact=True),  # a group named:
    # its share (SHARES_OF_THOSE)
    Case("Some 60% of those polled backed the plan, with 30% saying they did not.", "30%",
         subject="those saying they did not", exact=True),
]

# Who admits, acknowledges or attributes a figure says it; who revises one reckons it; no
# one speaks as "none"
ADMITTED = [
    Case("The minister admitted that 40 schools had missed the target.", "40",
         attribution="minister"),
    Case("The agency revised down the jobs figure from 157,000 to 133,000.", "133,000",
         no_actor=True, attribution="agency"),
    Case("None of the directors admitted that $30m had been lost.", "$30m",
         no_attribution=True),
]

# An "in" or "on" phrase that says what its noun is stays in a clause's subject; one of
# a place or a period does not
DEFINING_PHRASES = [
    Case("Meanwhile, bonuses on pension policies were cut from 3% to 2.5%.", "2.5%",
         subject="bonuses on pension policies", exact=True),
    Case("Overall investment in fixed assets was up 21% on the year.", "21%",
         subject="Overall investment in fixed assets", exact=True),
    Case("Output in the period grew just 0.2%.", "0.2%", subject="Output", exact=True),
]

# A bound right after a noun holds that noun to the figure, however the parse hangs it;
# not a level ("highs above $53") nor a span of time ("over three days")
NOUNS_BOUNDED = [
    Case("The party would impose a 50% tax rate on incomes over £150,000 a year.",
         "£150,000", subject="incomes", exact=True),
    Case("The stitching was done by five powerful PCs over three days.", "three days",
         subject="stitching", exact=True),
]

# A group's size hyphened to its count names the group: "a 22-man squad" is a squad
GROUP_SIZES = [
    Case("A 12-member panel will decide the case.", "12", subject="panel", exact=True),
    Case("The coach named a 30-man squad for the tour.", "30", subject="squad"),
    Case("The treaty will govern the enlarged 27-state union.", "27", subject="union",
         exact=True),
    Case("The 20-team league starts in May.", "20", subject="league", exact=True),
    Case("A 60-piece orchestra played the anthem.", "60", subject="orchestra", exact=True),
]

# A suit's sum is the damages sought, by whoever sues
SUITS = [
    Case("The actress is suing the magazine for £5m.", "£5m",
         subject="damages sought (actress)", exact=True),
    Case("The singer has been sued for $2m by a former manager.", "$2m",
         subject="damages sought (former manager)", exact=True),
]


# A noun the small model tags as a verb after a sum ("a £20m bid") is a noun: it has an
# article and the role of a noun.  An "it" that stands for a "for ... to" clause after its
# verb stands for no noun before it.
NOUNS_TAKEN_FOR_VERBS = [
    Case("The club could table a £20m bid for the defender.", "£20m",
         subject="bid for the defender", actor="club", exact=True),
    Case("Silva, a £12.5m signing from Porto, has yet to score.", "£12.5m",
         subject="signing from Porto", exact=True),
    Case("The first tunnel was dug in 1990 but it took five years for the bridge to be "
         "finished.", "five years", subject="time for bridge to be finished", exact=True),
]

# A phrase that names the noun keeps its words without a relative clause set off by a comma
# ("a stake in the rail firm, which runs three lines"); a level "- down from" another, the
# "from" however the parse hangs it, is of what that level measures
PHRASES_WITHOUT_ASIDES = [
    Case("Ferrovial holds a 40% stake in the rail firm, which runs three lines.", "40%",
         subject="stake in the rail firm (Ferrovial)", actor="Ferrovial", exact=True),
    Case("The bank has a 12% share of the mortgage market, which is growing.", "12%",
         subject="share of the mortgage market (bank)", actor="bank", exact=True),
    Case("The bank has a 12% share of the mortgage market - down from 15% - which is growing.",
         "15%", subject="share of the mortgage market (bank)", exact=True),
]

# Where a verb only states or moves a level, the owner of what moves acts: a name or body
# before it, or the sayer an "its" stands for; not a thing, a day, a place or a kind of
# people.  A clock time's zone is no part of a name ("By 1600 GMT, Tesco's shares")
OWNERS_OF_WHAT_MOVES = [
    Case("Tesco's profits rose 8% last year.", "8%", subject="Tesco's profits", actor="Tesco"),
    Case("Unilever said its sales were up by 3% in the quarter.", "3%", subject="sales",
         actor="Unilever", attribution="Unilever"),
    Case("Brazil's economy grew 4.5% in 2004.", "4.5%", no_actor=True, location="Brazil"),
    Case("The game's sales rose 5% in its second week.", "5%", no_actor=True),
    Case("The women's prize fund rose by 20% this year.", "20%", no_actor=True),
    Case("By 1600 GMT, Tesco's shares were 4p higher at 250p.", "250p",
         subject="Tesco's shares", actor="Tesco", exact=True),
    # a firm named before what it earns or issues, as a compound; not a place, a product
    Case("Nissan sales rose 6% in March as new models reached showrooms.", "6%",
         subject="Nissan sales", actor="Nissan"),
    Case("Vodafone shares slipped 2p to 140p after the warning.", "140p", actor="Vodafone"),
    Case("US sales fell 4% in the quarter.", "4%", no_actor=True),
    Case("The Xbox game Fable was among the top three sellers.", "three", no_actor=True),
    # one who sees its own thing move
    Case("Dutch brewer Heineken saw its annual profits drop 33% last year.", "33%",
         actor="Heineken"),
    Case("The striker saw his wages fall 20% after the move.", "20%", no_actor=True),
    # a level a passive verb of reckoning foresees is its owner's
    Case("Sony's profits are now forecast to be 10% lower this year.", "10%", actor="Sony"),
    Case("The retailer's sales are expected to be 5% higher at Christmas.", "5%",
         actor="retailer"),
]

# A number that ends an index's name, read apart from it by the model, stays in the name
INDEX_NAMES = [
    Case("By noon, a weak FTSE 100 index was 15 points lower at 4,751.", "4,751",
         subject="weak FTSE 100 index", exact=True),
    Case("In Tokyo, the Nikkei 225 average fell 1.1% to 11,300.", "11,300",
         subject="Nikkei 225 average", exact=True),
    Case("The 2,000 US troops left the base.", "2,000", subject="US troops", exact=True),
    # a number that opens a name, in title case or glued to a capital, stays in it
    Case("England have lost three Six Nations games in a row.", "three",
         subject="Six Nations games (England)", exact=True),
    Case("Work began on the $22bn Three Gorges Dam project in 1994.", "$22bn",
         subject="Three Gorges Dam project", exact=True),
    Case("Sales of 3G phones reached 2 million last year.", "2 million",
         subject="Sales of 3G phones", exact=True),
]

# A time in which a sum was made only says how fast: no noun of its own
SPANS_OF_SUMS = [
    Case("The comedy took $50m in three days at the US box office.", "three days",
         subject="", exact=True),
    Case("Oil futures have now lost $4 in five days.", "five days", subject="", exact=True),
    Case("Dibaba won in 14 minutes 32.93 seconds.", "14 minutes", subject="won (Dibaba)",
         exact=True),  # guard: a race's time
]

# The base of a rate stays with what it counts
RATE_BASES = [
    Case("The country has 9.1 hospital beds per 1,000 people.", "9.1",
         subject="hospital beds per 1,000 people", exact=True),  # ("the country" no owner)
    Case("The chip can do 40 trillion calculations per second (teraflops).", "40 trillion",
         subject="calculations per second", exact=True),
]

# A verb's object moved "by" a figure, where the model tags the verb a noun ("The firm cut
# costs") or the object a bare verb ("cuts pay")
MOVED_BY_MISREAD = [
    Case("The firm cut costs by 10%.", "10%", subject="costs", exact=True),
    Case("Staff rejected a new contract that cuts pay by nearly 10%.", "10%", subject="pay",
         exact=True),
]

# What a verb pushes "down to" a level is what the level measures
PUSHED_DOWN_TO = [
    Case("Heavy selling pushed prices down to $40 a barrel.", "$40", subject="prices",
         exact=True),
    Case("At night the wind chill takes temperatures down to minus 20C.", "minus 20C",
         subject="temperatures", exact=True),
    # and what it moves by or to a bare figure the model hangs on the verb
    Case("The tour helped push the band's 2004 earnings up to $43.1m (£23.1m).", "$43.1m",
         subject="earnings"),
    Case("The central bank lifted interest rates 0.25% in May.", "0.25%",
         subject="interest rates", exact=True),
]

# A scale written apart from its number, which the model reads as a preposition, still
# leaves the noun after it as what the sum is
SPACED_SCALES = [
    Case("The opposition claimed the minister was planning £35 bn cuts in public services.",
         "£35 bn", subject="public services", exact=True),
    Case("The firm announced a $2 bn investment programme on Monday.", "$2 bn",
         subject="investment programme", exact=True),
    Case("The carmaker lost £3 bn last year.", "£3 bn", subject="losses (carmaker)",
         exact=True),
]

# A state a copula puts counted people in names the set, as a verb of harm does; a plain
# place does not ("were in the stadium"); and the verb reaches people a figure counts by "of"
PLIGHTS_OF_PEOPLE = [
    Case("Nearly 3 million Italians were out of work at the end of last year.", "3 million",
         subject="Italians out of work", exact=True),
    Case("Around 2,500 nurses were on strike in Glasgow on Tuesday.", "2,500",
         subject="nurses on strike", exact=True),
    Case("After the floods some 8,000 villagers were left homeless.", "8,000",
         subject="villagers homeless", exact=True),
    Case("Police said 14 climbers are still missing on the mountain.", "14",
         subject="climbers missing", exact=True),
    Case("The ministry said 60 sailors were either dead or missing.", "60",
         subject="sailors dead or missing", exact=True),
    Case("Four of the crew remain in hospital with burns.", "Four",
         subject="crew in hospital", exact=True),
    Case("About 450 shop staff are at risk of losing their jobs.", "450",
         subject="shop staff at risk", exact=True),
    Case("By the morning 120,000 homes were without power across the region.", "120,000",
         subject="homes without power", exact=True),
    Case("Dozens of miners were killed when the shaft collapsed.", "Dozens",
         subject="miners killed", exact=True),
    Case("About 30,000 fans were in the stadium for the final.", "30,000",
         subject="fans", exact=True),
    # a plight phrase whose noun takes words of its own
    Case("Aid agencies say 90,000 patients in rural districts are on antiretroviral drugs.",
         "90,000", subject="patients in rural districts on antiretroviral drugs", exact=True),
    Case("Some 40,000 more women were in full-time employment than a year before.", "40,000",
         subject="women in full-time employment", exact=True),
    Case("About 20 prisoners were on 12 drugs a day, the inspectors found.", "20",
         subject="prisoners", exact=True),  # guard: a figure in the phrase is a claim of its own
    # a plight right after a figure that counts no noun names it, with the group it is of
    Case("The Tories left two million unemployed, he claimed.", "two million",
         subject="unemployed", exact=True),
    Case("Older workers are hard hit, with 22% out of work.", "22%",
         subject="Older workers out of work", exact=True),
    Case("Officials want to cut the 6.1% jobless rate.", "6.1%", subject="jobless rate",
         exact=True),
    # a count standing as a noun is named by its "who" clause, as "those" would be
    Case("Aid must reach the thousands who fled the fighting.", "thousands",
         subject="those who fled the fighting", exact=True),
    Case("Only 9% of the 2.1 million who applied got a place.", "2.1 million",
         subject="those who applied", exact=True),
]

# A time "in N years' time" only says when; a span that opens the sentence is the span of
# the deed that follows, not its doer (but "the pilot had not flown for nine years" is his:
# "had not flown (pilot)")
WHEN_AND_SPANS = [
    Case("Ticket prices will double in three years' time, the club warned.", "three years",
         subject="", exact=True),
    Case("In six months the robots have cut waiting times at the depot.", "six months",
         subject="", exact=True),
    Case("The captain had not played for two years.", "two years",
         subject="had not played (captain)", exact=True),
]

# A place that begins a paper's, a carrier's or an event's name, and an event or a work the
# model names, are not where a figure is
NAMES_NOT_PLACES = [
    Case("The comedy made $12m in its first week, Hollywood Reporter said.", "$12m",
         no_location=True),
    Case("He ended a 14-month partnership that won him the US Open title.", "14-month",
         no_location=True),
    Case("Some 3,000 fans marched in Tyneside on Sunday.", "3,000", location="Tyneside"),
]

# A one-word name the model takes for a firm's is a person's where a "his" or "she" after
# it says so; a quotation after that sentence is that person's
NAMES_BY_PRONOUN = [
    Case("Looking ahead, Hendry set his sights on one more title before he turns 40. \"I am "
         "36 now and I have maybe three seasons left.\"", "three", attribution="Hendry"),
]

# An "it" stands for the firm named before, not for a thing that firm's "its" owns
IT_NOT_ITS_THING = [
    Case("The brewer said its main aim is growth, and it will spend more on its 60 biggest "
         "pubs.", "60", subject="biggest pubs (brewer)", exact=True),
]

# A "with" phrase whose noun has a verb of its own is a clause apart: the main clause's
# subject neither owns nor does what it counts; "with" of having still gives the owner
ABSOLUTE_WITH = [
    Case("With the two main parties arguing over tax, Mr Lee is going into the election.",
         "two", subject="main parties", exact=True, no_actor=True),
    Case("Ford, with 13,000 workers, is the biggest employer in Essex.", "13,000",
         subject="workers (Ford)", exact=True),
]

# A figure with no noun of its own in the "at" phrase of a verb is its object's level
OBJECTS_AT = [
    Case("They have both reached key price points at about $200.", "$200",
         subject="key price points", exact=True),
    Case("The index ended the week at 4,950.", "4,950", subject="index", exact=True),
]

# Words a quotation marks before a noun are its modifier, kept with their marks
QUOTED_MODIFIERS = [
    Case('The patch fixes six "critical" flaws in the browser.', "six",
         subject='"critical" flaws in the browser', exact=True),
    Case('There will be some 4 million "smart home" sensors in use by 2010.', "4 million",
         subject='"smart home" sensors', exact=True),
]

# "as many", "many", "much" never open a subject; a word hyphened on stays whole
FRAMES_OFF_THE_FRONT = [
    Case("Last year almost three times as many cars were produced by just 2,000 staff.",
         "three", subject="cars produced", exact=True),
    Case("A much-loved piano that belonged to the singer has been sold for £90,000 at auction.",
         "£90,000", subject="much-loved piano", exact=True),
]

# An age standing as a noun is the age of the person the sentence, or the one before it,
# is about; not of one who only speaks of them, nor where the one before picks another
AGES_ALONE = [
    Case("Tom Gray turned down a move to Leeds while Everton have bid for the 24-year-old.",
         "24-year-old", subject="Tom Gray", exact=True),
    Case("Maria Lopez won the 5,000m in Oslo. The 27-year-old now turns to the marathon.",
         "27-year-old", subject="Maria Lopez", exact=True),
    Case("Coach Alan Reed says the 19-year-old must be patient.", "19-year-old", subject="",
         exact=True),
    Case("Coach Ann Bell says Hughes is ready. But she thinks the 22-year-old should rest.",
         "22-year-old", subject="", exact=True),
    Case("United boss Tom Hart has signed winger Carl Dunn. The 21-year-old will join on Monday.",
         "21-year-old", subject="", exact=True),
]

# A participle after a plural count too long to keep whole is cut to the verb and its
# object; not a verb of showing nor an object that is a pronoun
CUT_PARTICIPLES = [
    Case("Forty schools getting extra funding to tackle truancy in inner cities will be named.",
         "Forty", subject="schools getting extra funding", exact=True),
    Case("The survey found 61% of firms calling it a serious threat to their business.",
         "61%", subject="firms calling it a serious threat to their business", exact=True),
    # (eight words, with no phrase of when: whole)
    Case("The survey found 61% of firms calling it a serious threat to their business in "
         "Wales.", "61%", subject="firms", exact=True),
]

# A name whose mark stands before the figure owns what the figure counts, as "its" does
# ("its 13,000 workers" -> "workers (Ford)"); not a time, a place or a kind ("the men's")
OWNERS_BY_MARK = [
    Case("Nissan's 4,000 workers in Sunderland voted to accept the deal.", "4,000",
         subject="workers (Nissan)", exact=True, location="Sunderland"),
    Case("The regulator blocked Vodafone's £8bn bid for the network.", "£8bn",
         subject="bid for the network (Vodafone)", exact=True),
    Case("The striker's 30-yard shot hit the bar.", "30-yard",
         subject="shot (striker)", exact=True),
    Case("Last year's 3,000 job cuts hurt the town.", "3,000", subject="job cuts", exact=True),
    Case("She won the women's 10km race in Dublin.", "10km", subject="race", exact=True),
    # a bare figure after an owner's mark in a list counts what the first item counted
    Case("The GMB's 600,000 members, the RMT's 80,000 and Prospect's 40,000 will vote.",
         "80,000", subject="members (RMT)", exact=True),
    Case("The GMB's 600,000 members, the RMT's 80,000 and Prospect's 40,000 will vote.",
         "40,000", subject="members (Prospect)", exact=True),
]

# A firm named before the shares it issues owns them, also a name the model takes for a
# person's ("Aston Villa shares"); a firm a market verb moves stays the subject as written
MARKET_MOVES = [
    Case("Aston Villa shares closed at 95p, down 4p.", "4p", actor="Aston Villa"),
    Case("Aston Villa shares closed at 95p, down 4p.", "95p", actor="Aston Villa"),
    Case("Oracle fell $5.37 to $12.84 in late trading.", "$12.84", subject="Oracle",
         exact=True),
]

# The levels a move named by a noun runs from and to are of what its "in" phrase names
LEVELS_OF_MOVES = [
    Case("The party wants a rise in the top tax rate from 40% to 45%.", "40%",
         subject="top tax rate", exact=True),
    Case("The board reported a jump in exports from $2bn to $3.1bn.", "$2bn",
         subject="exports", exact=True),
    # a move hung on its noun, and the level it reached
    Case("The result came on revenue up 14% at 3.2bn euros.", "14%", subject="revenue",
         exact=True),
    Case("The result came on revenue up 14% at 3.2bn euros.", "3.2bn euros",
         subject="revenue", exact=True),
    Case("Brazil's coffee harvest down 12%", "12%", subject="Brazil's coffee harvest",
         exact=True),
]

# A firm that sees a thing of its own move owns it, with or without "its", also through
# the verb the seeing hangs on; not a person who sees prices rise
SEEN_TO_MOVE = [
    Case("Heineken said it expects to see profits rise by 8% this year.", "8%",
         actor="Heineken"),
    Case("Nokia saw quarterly sales fall 5% to 6.5bn euros.", "5%", actor="Nokia"),
    Case("Shoppers saw prices rise by 3% in May.", "3%", no_actor=True),
]

# A verb of saying that closes the sentence after a comma, its speaker put after it; a
# report named by its author goes on giving its findings; not one who only heard it
INVERTED_SOURCES = [
    Case("Some 4 million homes will lack fast broadband by 2030, warns the study by "
         "consultancy Ovum.", "4 million", attribution="Ovum"),
    Case("Some 4 million homes will lack fast broadband by 2030, warns the study by "
         "consultancy Ovum. That compares to 9 million today.", "9 million",
         attribution="Ovum"),
    Case("Figures from the Bank of Japan showed a fall in lending. Exports, which make up "
         "about 15% of the economy, are expected to grow.", "15%", no_attribution=True),
    Case("Prices have risen 12% this year, reports the Daily Post.", "12%",
         attribution="Daily Post"),
    Case('"We lost 30% of our trade in a week," trader Ali Demir told Reuters.', "30%",
         attribution="Ali Demir"),
    # a "he said" after a sentence about one person named by role takes that role
    Case("On health, the shadow chancellor promised to keep spending plans. He said that "
         "2,000 more nurses would be hired.", "2,000", attribution="shadow chancellor"),
    Case("The Wales captain was upbeat after training. \"We have won five in a row,\" he "
         "said.", "five", attribution="Wales captain"),
]

# A phrase that leaves part of its noun out says what it is, and a place in it is not where
# the figure is ("sales outside the UK"); an ordinal that ranks a phrase's noun is no figure
# in it ("the third largest German bank", "her second and third books")
LIMITS_AND_RANKS = [
    Case("The chain makes 60% of its sales outside the UK.", "60%",
         subject="sales outside the UK (chain)", exact=True, no_location=True),
    Case("Growth outside France and Germany lifted its customer base to 2 million.",
         "2 million", no_location=True),
    Case("Shares in the third largest German bank fell 4% on Tuesday.", "4%",
         subject="Shares in the third largest German bank", exact=True),
    Case("The author received a £50,000 advance for her second and third books.", "£50,000",
         subject="advance for her second and third books", exact=True),
    Case("The team won one match for the first time in the season.", "one", subject="match",
         exact=True),
]

# The place of an "in" phrase right after the noun a figure counts is the figure's, before a
# nearer place of another figure or clause
PLACES_OF_THE_NOUN = [
    Case("Analysts expect 30 million new users in Brazil by 2010 and 20 million new users in "
         "Mexico.", "20 million", location="Mexico"),
    Case("There are 80 staff at its offices in Croydon in south London.", "80",
         location="Croydon"),
]

# The object of a preposition the parse left with none and glued to the name after it is
# no part of that name: "on Monday Mr Sullivan", "During its inquiry FBI agents"
DANGLING_OBJECTS = [
    # a verb the parse made a modifier of the name after it is no part of the name
    Case("Mr Weber wanted to stay in charge, and preferred Renault's offer to buy a 15% stake.",
         "15%", actor="Renault"),
    Case("However, on Monday Mr Jones named him as one of six directors who took part.",
         "six", actor="Mr Jones", subject="directors who took part", exact=True),
    Case("During its inquiry FBI agents reportedly seized 40 computers from the site.", "40",
         actor="FBI agents", subject="computers", exact=True),
    Case("On Friday Mr Brown named six ministers who would lose their jobs.", "six",
         actor="Mr Brown"),
]

# A source's name is no phrase before it, and runs on into the name the parse made a second
# subject of the same verb: "In a monthly report security firm Sophos said"
SOURCES_NAMED_WHOLE = [
    # a figure in a phrase set off before the speaker, who speaks after the verb, is the
    # writer's; one in a sentence the speaker closes is the speaker's
    Case("Despite a record of only three wins from 15 games, the coach insists he will stay.",
         "three", no_attribution=True),
    Case("Although the economy grew 3.9% in the quarter, analysts warn that rates must rise.",
         "3.9%", no_attribution=True),
    Case("Sales of downloaded songs rose, with 200 million tracks bought in 12 months, the "
         "industry body said.", "200 million", attribution="industry body"),
    Case("The bank said that 40% of its loans were to small firms.", "40%",
         attribution="bank"),
    # "according to" a kind of source, then its name between commas; not the subject after
    # a document ("according to analysts' forecasts, Tesco, the biggest UK grocer, will")
    Case("According to media analysts, Enders Analysis, there will be 9 million viewers.",
         "9 million", attribution="media analysts, Enders Analysis"),
    Case("According to analysts' forecasts, Tesco, the biggest UK grocer, will report profits "
         "of £2bn.", "£2bn", attribution="analysts' forecasts"),
    Case("Anti-virus firm Sophos said that 5% of the mail it scanned was infected.", "5%",
         attribution="Anti-virus firm Sophos"),
    Case("Security firm Sophos said that 10% of e-mail was infected.", "10%",
         attribution="Security firm Sophos"),
    Case("In a monthly report anti-virus firm Sophos said that 5% of the mail it scanned was "
         "infected.", "5%", attribution="anti-virus firm Sophos"),
]

# A bare count added to an earlier one ("a further 100,000", "another 300") counts what
# that one counted
FURTHER_COUNTS = [
    Case("The museum expects 20,000 visitors on Saturday and a further 15,000 on Sunday.",
         "15,000", subject="visitors", exact=True),
    Case("Organisers said they expected 9,000 fans to have arrived by the end of Friday and a "
         "further 6,000 on Saturday.", "6,000", subject="fans", exact=True),
]

# A sum that a verb of money after it says what is done with is named by the verb's noun
# and the verb's phrase
SUMS_PUT_TO = [
    Case("The debt includes $40bn owed to the World Bank.", "$40bn",
         subject="debt to the World Bank", exact=True),
    Case("The budget includes £2bn to be spent on new hospitals.", "£2bn",
         subject="spending on new hospitals", exact=True),
]

# People harmed share the verb of the person they are listed with ("She and eight others
# were killed"); a change that "see" takes as a clause is of the clause's subject ("saw
# sales increase by 35%"), not of one who sees, nor a time
# (a list set beside a role shares its verb too: "Acme's boss Jo Lee and three others")
LISTED_AND_SEEN = [
    Case("The retailer felt the pinch with sales down 3% on last year.", "3%", subject="sales",
         exact=True),
    Case("He and four others were injured in the crash.", "four", subject="others injured",
         exact=True),
    Case("Acme's boss Jo Lee and three other directors were sacked in May.", "three",
         subject="directors sacked", exact=True),  # a list set beside "boss"
    Case("The album came second and saw sales increase by 350%.", "350%", subject="sales",
         exact=True),
    Case("The paper's website saw visits increase by 40% in January.", "40%",
         subject="visits", exact=True),
    Case("About 40% saw their own finances improving this year.", "40%",
         subject="those who saw their own finances improving"),
]

# A "those" its own words define names a group as a noun would ("Those on high incomes
# are four times more likely"); not the subject of a copula that names people by their ages
DEFINED_GROUPS = [
    Case("Those on low pay are three times more likely to rent their homes.", "three",
         subject="Those on low pay", exact=True),
    Case("Nearly half those polled said the tax should be scrapped.", "half",
         subject="those polled", exact=True),
    Case("Those hurt in the blast were Jane Hill, 34, from Derby, and Tom Reid, 29.", "34",
         subject="Jane Hill", exact=True),  # guard
]


# How long a doer has not done something is named by the verb with its "not", as a time
# spent doing it is ("who has not raced for 15 years" -> "has not raced (Moroccan)")
TIMES_WITHOUT = [
    Case("But Okafor, who has not played abroad for six years, signed on Friday.",
         "six years", subject="has not played (Okafor)", exact=True),
    Case("The veteran, who had not sailed alone for 20 years, set off from Hull.",
         "20 years", subject="had not sailed (veteran)", exact=True),
    Case("The pianist, who has performed in Vienna for 30 years, is to retire.",
         "30 years", subject="performed in Vienna (pianist)", exact=True),  # guard
]


# A report named in a sentence with no figure gives its findings to the next sentence of
# the paragraph, as one named with a figure does; not across a paragraph break
FINDINGS_AFTER_PLAIN_SENTENCES = [
    Case("A study by the Civic Trust suggested that town centres were losing their banks. "
         "Only 18% of small towns still had a branch.", "18%",
         attribution="Civic Trust"),
    Case("The survey found that drivers were wary of electric cars. Just 9% of those asked "
         "planned to buy one.", "9%", attribution="survey"),
    Case("Few shoppers trust firms with their data, said security firm Tessa, which carried "
         "out the poll. Some 9% said they shop online weekly.", "9%",
         attribution="security firm Tessa"),
    Case("Banks are leaving towns. Staff fear for their jobs.\n\nA study by the Civic Trust "
         "suggested that town centres were losing their banks.\n\nOnly 18% of small towns "
         "still had a branch.", "18%", no_attribution=True),  # guard: in the body, not
    # after a standfirst
]


# An "according to" whose name the parse reads partly as a verb still names its source:
# the words up to the last noun before a comma or a new phrase
ACCORDING_TO_MISREAD = [
    Case("The total was 9,000, according to search analysis firm Hitwise, which counts them.",
         "9,000", attribution="search analysis firm Hitwise"),
    Case("The total was 9,000, according to blog analysis outfit Sifry, which counts them.",
         "9,000", attribution="blog analysis outfit Sifry"),
]


# A "with" clause after a speaker put after its verb goes on with what is said, however
# the parse hangs it: "..., said the poll, with almost half picking it"
WITH_AFTER_INVERTED_SPEAKER = [
    Case("Rail was the most popular way to travel to work, said the study, with almost 30% "
         "choosing it over cars, buses and bikes.", "30%", attribution="study"),
    Case("Radio was the most trusted source of news, said the poll, with close to 45% picking "
         "it over papers and websites.", "45%", attribution="poll"),
]


# A place in a phrase that says against what ("despite") or what a time is reckoned from
# ("60 days after the Berlin marathon"), or in an aside set off by commas on another noun,
# is not the figure's
PLACES_OF_ASIDES = [
    Case("Exports are forecast to fall by 3% despite the strength of the German and US "
         "markets.", "3%", no_location=True),
    Case("She has never run there and will face a new course just 60 days after the Berlin "
         "marathon.", "60 days", no_location=True),
    Case("The Kenyan will race again only 50 days after the Chicago marathon.", "50 days",
         no_location=True),
    Case("Slim laptops, inspired by machines from Taiwan, are one sign of the 300 new models.",
         "300", no_location=True),
    Case("Sales of the console, launched in Japan last year, rose by 40% in Europe.", "40%",
         location="Europe"),  # guard
    Case("The firm will cut 200 jobs in Leeds despite a rise in orders.", "200",
         location="Leeds"),  # guard
]


# The range a move reaches from a level is of what the move moves, as the level it left is
RANGES_REACHED_FROM = [
    Case("The state hopes to raise the number of nurses from 9,000 to between 12,000 and "
         "15,000 by 2008.", "12,000 and 15,000", subject="number of nurses", exact=True),
]


# Units a verb of selling or making takes are named by the verb, its doer in brackets, as
# a sum a verb of money takes is ("made 3.35m euros" -> "earnings (Depardieu)")
UNITS_SOLD = [
    Case("Nokia has shipped more than 500,000 units of the phone in Europe.", "500,000",
         subject="units shipped (Nokia)", exact=True),
    Case("The handheld went on sale in May and the firm has sold 1.2 million units.",
         "1.2 million", subject="units sold (firm)", exact=True),
    Case("The games market grew by 8% with a record 61 million units sold.", "61 million",
         subject="units sold", exact=True),
    Case("It released its new tablet in March and has sold 400,000 units.", "400,000",
         subject="units sold (new tablet)", exact=True),
    Case("Deliveries totalled 2.1 million units last year.", "2.1 million",
         subject="Deliveries", exact=True),  # guard
]


# An age phrase right after a plural defines the group and stays with it, however the
# parse hangs it ("Britons aged 65 or over")
AGED_GROUPS = [
    Case("Just 12% of Scots aged 70 or over use online banking.", "12%",
         subject="Scots aged 70 or over", exact=True),
    Case("About 30% of women aged between 25 and 34 rent their homes.", "30%",
         subject="share of women aged between 25 and 34 (rent their homes)", exact=True),
    Case("A total of 1,850 adults aged 16 or over took part in the poll.", "1,850",
         subject="adults aged 16 or over", exact=True),
]


# A ground the model takes for a firm is a place where the sentence sets something in it
VENUES_TAKEN_FOR_FIRMS = [
    Case("Some 70,000 fans packed into Sydney Cricket Ground on Sunday.", "70,000",
         location="Sydney Cricket Ground"),
    Case("Over 30,000 fans packed into Brisbane Cricket Ground for the test.", "30,000",
         location="Brisbane Cricket Ground"),
]


# A time left in a game only says when, however the parse hangs it ("with the score at 1-1
# and two minutes of normal time remaining")
TIMES_LEFT = [
    Case("The crowd left with the score at 2-2 and four minutes of play remaining.",
         "four minutes", subject="", exact=True),
    Case("Smith levelled for the visitors with five minutes to go in the half.", "five minutes",
         subject="", exact=True),
]


# A sum a verb of penalty takes is named for the one punished, as a term is ("Bellamy was
# fined two weeks' wages" -> "fine (Bellamy)"); who imposes it is the actor
FINES_BY_VERB = [
    Case("Nine water firms were fined £3m by the industry regulator after the leaks.", "£3m",
         subject="fine (water firms)", actor="industry regulator", exact=True),
    Case("The league fined the club's manager £5,000 for his remarks.", "£5,000",
         subject="fine (club's manager)", exact=True),
    # the one fined lost in the parse, or named only by a pronoun: no one's fine, not the
    # imposer's; who imposes it found past a "by" the parse hung on the sum
    Case("Back in May, Halden and its former boss Ann Ruiz were each fined 2m euros by the "
         "regulator.", "2m euros", subject="fine", actor="regulator", exact=True),
    Case("If the bid fails and it keeps flouting the rules, it can be fined up to £8,000.",
         "£8,000", subject="fine", exact=True),
    Case("After the scandal in May - which saw Zeta fined a record $400,000 by state "
         "regulators - its chief quit.", "$400,000", subject="fine (Zeta)",
         actor="state regulators", exact=True),
    Case("After the furore last spring - which saw Zeta fined a hefty $400,000 by the state "
         "regulator - bosses made changes.", "$400,000", subject="fine (Zeta)",
         actor="state regulator", exact=True),
]


# A party to talks or a deal, or a country that acts beside a named body, is no place
PARTIES_NOT_PLACES = [
    Case("The minister signed a trade deal with Chile that could be worth £400m a year.",
         "£400m a year", no_location=True),
    Case("The Wellcome Trust and Sweden are teaming up to give $200m to the vaccine fund.",
         "$200m", no_location=True),
    Case("Exports to Chile rose by 12% last year.", "12%", no_location=True),  # where they go
]


# What a verb of selling with no object sells is no actor of its price ("the console is
# selling for 300 euros"); a seller named as the agent is ("sold by the online store")
SOLD_NOT_SELLERS = [
    Case("The Xbox is selling in Germany for 299 euros.", "299 euros", no_actor=True),
    Case("In stores the handset is expected to sell for £99.", "£99", no_actor=True),  # guard
    Case("Over 5 million tracks have been sold by the online store.", "5 million",
         actor="online store"),  # guard
]


# A "where" or "at which" clause that says which level a generic noun means stays with it
DEFINED_LEVELS = [
    Case("The point where buyers start paying stamp duty will rise to £150,000.", "£150,000",
         subject="point where buyers start paying stamp duty", exact=True),
    Case("The age at which staff can draw a pension will go up to 68.", "68",
         subject="age at which staff can draw a pension", exact=True),
]


# A chart place before a noun ("number one") modifies what the figure counts
CHART_PLACES = [
    Case("The box set holds the band's 14 number one singles.", "14",
         subject="number one singles (band)", exact=True),
    Case("The number of fans rose to 300.", "300", subject="number of fans",
         exact=True),  # guard
]


# What a document shows is its object, where the figure hangs on the verb of showing: the
# document is the source ("figures showed imports at a ten-year low, down 4%"); and a move
# "down from 2.9% to 2.4%" is of the verb's object, not of its subject
SHOWN_BY_DOCUMENTS = [
    Case("Figures issued earlier this year showed imports at a ten-year low in 2003, down "
         "4%.", "4%", subject="imports", attribution="Figures", exact=True),
    Case("Figures released on Friday showed exports at a seven-year high in 2004.",
         "seven-year", subject="high (exports)", exact=True),
    Case("A survey by the trade body showed orders down 7% on a year earlier.", "7%",
         subject="orders", exact=True),
    Case("Data showed house prices up 0.8% in October.", "0.8%", subject="house prices",
         attribution="Data", exact=True),
    Case("The statistics office revised the annual rate of inflation down from 2.9% to 2.4%.",
         "2.4%", subject="annual rate of inflation", attribution="statistics office",
         exact=True),
    Case("The statistics office revised the annual rate of inflation down from 2.9% to 2.4%.",
         "2.9%", subject="annual rate of inflation", exact=True),
    Case("The firm added up to 300 jobs.", "300", no_attribution=True),  # guard
]

# A sum or a share a verb takes off a whole is of the whole, as "cut costs by 5%" is of the
# costs: "wiped £40bn off the value of shares" -> "value of shares"
TAKEN_OFF_WHOLES = [
    Case("The sell-off wiped £40bn off the value of European shares.", "£40bn",
         subject="value of European shares", exact=True),
    Case("Rising fuel costs have knocked 0.3% off the rate of growth.", "0.3%",
         subject="rate of growth", exact=True),
    Case("The airline aims to slash $2bn from its costs by 2008.", "$2bn",
         subject="costs (airline)", actor="airline", exact=True),
    Case("The council would cut £12m from local services, closing libraries and pools.",
         "£12m", subject="local services", exact=True),
    Case("The gang took $3m from the bank.", "$3m", subject="takings (gang)",
         exact=True),  # guard
    Case("Shares in the miner shed 5% from their peak.", "5%", subject="Shares in the miner",
         exact=True),  # a level it fell from, not a whole
]

# A penalty one receives, serves or faces is served by the verb's subject, who does not
# act: who imposes it is the actor ("ban (Chambers)")
PENALTIES_RECEIVED = [
    Case("The cyclist has received a two-year ban for doping.", "two-year",
         subject="ban for doping (cyclist)", no_actor=True, exact=True),
    Case("The former chairman could face a jail term of up to ten years.", "ten years",
         subject="jail term (former chairman)", no_actor=True, exact=True),
    Case("The defender was handed a four-match ban.", "four", subject="match ban (defender)",
         exact=True),
    Case("The firm received a £5m grant.", "£5m", subject="grant", no_actor=True,
         exact=True),  # a sum others send, as a penalty others impose
]

# A bare count a verb of harm has as its object counts people, as "killed 300 people" does
PEOPLE_HARMED = [
    Case("The landslide, which killed at least 60, buried a village.", "60",
         subject="people killed", actor="landslide", exact=True),
    Case("Gunmen wounded 12 in the raid on the market.", "12", subject="people wounded",
         exact=True),
    Case("The plan will kill 300 jobs.", "300", subject="jobs", exact=True),  # guard
    Case("He was detained along with six men seized at a farm near Mosul in May 2004.", "six",
         subject="men seized", exact=True),  # a participle of harm after the noun: "seize"
]

# A document whose "that" clause holds the figure is its source ("press reports that ...");
# so is a document the parse reads as the last of two subjects ("stop and search figures")
DOCUMENTS_OF_CLAUSES = [
    Case("Union leaders dismissed press reports that the plant would shed 900 jobs.", "900",
         subject="jobs", attribution="press reports", exact=True),
    Case("Stop and search figures now show the count of young men searched has risen by 20%.",
         "20%", subject="count of young men searched", attribution="Stop and search figures",
         exact=True),
]

# A number hyphened to a code of letters and digits is a model's name, kept whole
MODEL_CODES = [
    Case("The carrier plans to buy 40 of its 737-900ER jets.", "40",
         subject="737-900ER jets bought (carrier)", exact=True),
    Case("The 320-200NX can fly 4,000 miles.", "4,000 miles", subject="320-200NX",
         exact=True),
]

# The noun after a bracket that restates a sum is what the sum sizes, also where the model
# tags it a verb ("a $4.2bn (£2.2bn) buyout"); its phrase leaves out a time ("on Friday")
NOUNS_PAST_BRACKETS = [
    Case("Shell accepted a $4.2bn (£2.2bn) buyout from oil giant BP.", "$4.2bn",
         subject="buyout from oil giant BP", exact=True),
    Case("The club accepted a £20m ($37m) buyout from US tycoon Sam Brandt.", "$37m",
         subject="buyout from US tycoon Sam Brandt", exact=True),
    Case("The board accepted a $2.1bn (£1.1bn) buyout from drinks group Diageo on Friday.",
         "$2.1bn", subject="buyout from drinks group Diageo", exact=True),
]

# "X can expect to pay ..." says what awaits X, no forecast of X's: no source
WHAT_AWAITS = [
    Case("Pensioners can expect to receive £120 a week from April.", "£120 a week",
         no_attribution=True),
    Case("Drivers could expect to pay £900 a year for insurance.", "£900 a year",
         no_attribution=True),
    Case("Economists expect prices to rise 3%.", "3%", attribution="Economists"),  # guard
]

# Who only says a figure does nothing to it, so is no actor; a move gapped after "but by
# only" is of what the first move moved
ONLY_SAID = [
    Case("Retail sales are climbing, the trade body said, with food sales in 2004 up 6% at "
         "£90bn.", "6%", subject="food sales", attribution="trade body", no_actor=True,
         exact=True),  # guard
    Case("The bank said house prices rose 9% over the year, but by only 1.5% in the last "
         "quarter.", "1.5%", subject="house prices", attribution="bank", no_actor=True,
         exact=True),
    Case("During his 30 minute speech the minister told MPs he would stay.", "30 minute",
         actor="minister"),  # guard: his speech
]

# The object of a verb such as "predict", "prompt", "ask" or "allow" does what the
# infinitive after it says: "prompted the carmaker to cut output by 5%" -> the carmaker
OBJECTS_THAT_DO = [
    Case("The retailer is forecasting profits to fall 12% this year.", "12%",
         subject="profits", attribution="retailer", exact=True),
    Case("The slowdown prompted the carmaker to cut output by 5%.", "5%", subject="output",
         actor="carmaker", exact=True),
    Case("The union asked the council to pay £2m in back wages.", "£2m", actor="council"),
    Case("The firm used the money to buy 300 trucks.", "300", subject="trucks",
         actor="firm"),  # guard
]

# A balance or a trade "with" another side keeps that side in its phrase, and the other
# side is no place of the figure
BALANCES_WITH = [
    Case("Canada's trade surplus with Mexico widened to C$3.2bn in March.", "C$3.2bn",
         subject="Canada's trade surplus with Mexico", location="Canada", exact=True),
    Case("The deficit with Brazil shrank to $900m.", "$900m", subject="deficit with Brazil",
         no_location=True, exact=True),
]

# A bare count that is the subject of what a verb of saying says counts what the count
# before it counted
COUNTS_SAID_AFTER = [
    Case("The museum holds 9,000 paintings and says that about 300 are lent out each year.",
         "300", subject="paintings lent out", attribution="museum", exact=True),
]

# The "of" of a sum after a period is the value of what the period hangs on ("a net loss for
# the nine months to August of 2.1bn yen"), and the span of a low something bounced
# back from is that low's
VALUES_PAST_PERIODS = [
    Case("The group had a net loss for the nine months to August of 2.1bn yen.",
         "2.1bn yen", subject="net loss (group)", exact=True),
    Case("Despite a record profit in 2003 of 12bn yen, the group is cutting jobs.", "12bn yen",
         subject="record profit", exact=True),
    Case("Shopper mood has bounced back from a three-year low.", "three-year",
         subject="low (Shopper mood)", exact=True),
]

# A noun that frames a count ("number", "amount", "proportion") keeps the participle that
# says what is counted, or its verb where the participle holds another figure, and the core
# of an "of" phrase too long to keep whole
COUNTING_FRAMES = [
    Case("The number sold in Europe rose to 40 million.", "40 million",
         subject="number sold", exact=True, location="Europe"),
    Case("The number waiting over six months fell to 2,400.", "2,400",
         subject="number waiting", exact=True),
    Case("The number of children walking to school every day across the whole of the county "
         "fell by 12%.", "12%", subject="number of children walking", exact=True),
]

# "the figure" stands for the figure close before it in the same unit, or in any unit where
# it is said to be more or less than it was
THE_FIGURE = [
    Case("In Spain, tourism makes up about 11% of the economy. In Greece the figure is close "
         "to 18%.", "18%", subject="share of economy (tourism)", location="Greece",
         exact=True),
    Case("Sales of laptops reached 40 million last year. The figure was 20% more than in 2003.",
         "20%", subject="Sales of laptops", exact=True),
    Case("The company made 300 cars a day in May.\n\nThe figure for June was 280.", "280",
         subject="figure for June", exact=True),  # guard
]

# "N-time champion" (or "N-times") counts the times one has held the title, the holder in
# brackets
TIMES_TITLED = [
    Case("Three-time world champion Jo Bright will race in the final.", "Three",
         subject="times world champion (Jo Bright)", exact=True),
    Case("Lopez is a two-time champion in Paris.", "two",
         subject="times champion (Lopez)", exact=True, location="Paris"),
    Case("Earlier, six-times winner Ann Marsh pulled out with a knee injury.", "six",
         subject="times winner (Ann Marsh)", exact=True),  # "-times" too
]

# A level's "from" phrase the parse hangs on the last noun of a verb of change's object
# is that object's old level, and the object keeps its "of" phrase
LEVELS_ON_OBJECTS = [
    Case("Campaigners want the regulator to reduce the cost of the calls from the current"
         " £5.00 per hour.", "£5.00", subject="cost of the calls", actor="regulator",
         exact=True),
    Case("The council will cut the size of the fleet from the present 40 buses to 32.",  # guard
         "32", subject="size of the fleet", actor="council", exact=True),
]

# The words of a clause with no subject before a name are not the name's: "If convicted
# Smith", "if found guilty Jones"
CLAUSES_BEFORE_NAMES = [
    Case("If convicted Harper could face a fine of up to £5,000.", "£5,000",
         subject="fine (Harper)", exact=True),
    Case("If found guilty Okafor would face a ban of two years.", "two years",
         subject="ban (Okafor)", exact=True),
]

# A "who" after a pair the parse tied to the pair's first is the person who closes it,
# where its verb is singular; a plural verb keeps both, a role keeps its name
WHO_AFTER_PAIRS = [
    Case("Police want to question the firm and its former boss Jon Dale, who is facing a"
         " 10-year prison term.", "10-year", subject="prison term (Jon Dale)",
         exact=True),  # guard
    Case("Rees will play Alan Day and Okafor - who has won three titles this year - will"
         " face Lee.", "three", subject="titles (Okafor)", actor="Okafor", exact=True),
    Case("The book was written by Ann Lee and Sam Cole who have both won two prizes.", "two",
         actor="Ann Lee and Sam Cole"),  # guard
]

# A day or a month a move is written after says when, not what moved
DAYS_NOT_SUBJECTS = [
    Case("Acme's shares rose 3% on the report before ending Friday 0.5% lower.", "0.5%",
         subject="Acme's shares", exact=True),
    Case("The bank's stock gained 2% on that news, before ending Friday 0.3% lower.", "0.3%",
         subject="bank's stock", exact=True),
]

# A place a preposition leaves out is no place of the figure: "apart from Brazil"
PLACES_LEFT_OUT = [
    Case("The carrier, which flies to 18 cities apart from Lima, is losing money.", "18",
         no_location=True),
    Case("The chain now trades in 30 markets besides France, the firm said.", "30",
         no_location=True),
    Case("The chain now has stores in 30 countries except France.", "30", no_location=True),
    Case("The group has 40 stores in Spain.", "40", location="Spain"),  # guard
]

# A "he said" takes the person sentences before it are about, past sentences of the same
# paragraph that only go on with the same "he said"
SPEAKERS_FURTHER_BACK = [
    Case('Despite a run of three defeats, Hughes insists he is enjoying the job. "I love the'
         ' pressure," he said. "We won those two games and we can win the next," he added.',
         "two", attribution="Hughes"),
    Case('Dr Patel said the plan was sound. He added that ministers were studying it. With'
         ' growth of 3%, poverty could fall to 12% by 2020, he said.', "12%",
         attribution="Dr Patel"),
    Case('Ann Cole said the plan was sound. Others disagreed. "It will cost 5m," he said.',
         "5m", no_attribution=True),  # guard: a "he" that fits no one before
]

# A speaker put after a verb of saying keeps its name without the phrase of when after it
SPEAKERS_THEN_WHEN = [
    Case('"Clearly we were lucky," declared Reds coach Eddie Jones upon arrival back in'
         ' Perth. "The margin was only about 2%."', "2%", attribution="Reds coach Eddie Jones"),
    Case('"We are ready," declared coach Tom Reid on arrival in Leeds. "We have won nine'
         ' games."', "nine", attribution="coach Tom Reid"),  # guard
]

# A survey, a poll or a study a phrase set off before the clause names is the source
FRONTED_DOCUMENTS = [
    Case("In the poll carried out by Opinium, 23% of drivers said they had never taken a"
         " test.", "23%", attribution="Opinium"),
    Case("In a separate study by Ofcom, 61% said they used a tablet.", "61%",
         attribution="Ofcom"),
    Case("In the end, 40% of the members backed the deal.", "40%",
         no_attribution=True),  # guard
]

# A standfirst's survey goes on past the body's first sentence where that quotes and names
# no one; a survey "conducted by" (or numbers "released by") a body is that body's; "the" may
# open a name
STANDFIRST_FINDINGS = [
    Case("Drivers unhappy with roads\n\nA survey conducted by Road Weekly has found that many"
         " drivers are unhappy.\n\nThey are tired of potholes and of queues. 22% of readers"
         " have changed their route.", "22%", attribution="Road Weekly"),
    Case("Drivers unhappy with roads\n\nA survey conducted by Road Weekly has found that many"
         " drivers are unhappy.\n\nMinister Jo Hart disagrees. 22% of readers have changed"
         " their route.", "22%", no_attribution=True),  # guard: a person named between
    Case("According to a poll run by pollster the Acme Group, 31% of adults own a bike.",
         "31%", attribution="pollster the Acme Group"),  # guard
    Case("Spain tops wine table\n\nSpain overtook France as the largest wine market last "
         "year, according to official numbers released by the Trade Office.\n\nSpain took "
         "21.3% of wine sales, against 17.2% for France.", "17.2%",
         attribution="Trade Office"),  # numbers "released by" a body
]

# A bare "the 12" stands for what the nearest count of that value before it counted, written
# before its noun; with none such it has no subject
COUNTS_POINTED_BACK = [
    Case("Nine foreign nationals are held without charge at Longmoor. Judges ruled in May that"
         " the nine were being held unlawfully.", "nine",
         subject="foreign nationals held", exact=True),
    Case("Three top executives of Acme have joined the firm. Officials did not say why the"
         " three had left Acme.", "three", subject="top executives of Acme", exact=True),
    Case("Four times she broke his serve. It was the best of the four finals she played.",
         "four", subject="finals"),  # guard: "the four finals" counts its own noun
    Case("Four times she broke his serve. That was the best of the four, she said.", "four",
         subject="", exact=True),  # not the times she broke serve
    Case("Twenty thousand gamers have been banned from the online service. The firm would not"
         " say what proportion of all its members the 20,000 represented.", "20,000",
         subject="gamers banned", exact=True),  # also set beside a noun the parse ties it to
]

# "N others" count what the nearest count before them in the sentence counts
OTHERS_COUNTED = [
    Case("Officials say 23 climbers are known to have died, with 40 others missing.", "40",
         subject="climbers missing", exact=True),
    Case("All three directors, along with six others, face trial.", "six",
         subject="directors", exact=True),
    Case("Two guards were killed and nine others were hurt in the blast.", "nine",
         subject="guards hurt", exact=True),
]

# A figure in brackets that restates the one before it shares its subject, actor, source
# and place, through a list inside the brackets too
RESTATEMENTS_SHARED = [
    Case("Jetline has ordered 40 new jets, under a contract valued at $3bn (£1.6bn).", "£1.6bn",
         subject="contract", actor="Jetline"),
    Case("The state will pump 90m naira ($0.7m; £380,000) into grants for small farmers.",
         "£380,000", subject="investment into grants for small farmers (state)", actor="state",
         exact=True),
    Case("The ministry will pump 90m naira ($0.7m) into grants for small farmers.", "$0.7m",
         subject="investment into grants for small farmers (ministry)", actor="ministry",
         exact=True),
]

# A "which" or "who" clause the parse takes for an adverbial one stands for the name right
# before its comma; a "which" not for a place inside a phrase
WHICH_AFTER_NAMES = [
    Case("The top film of the year was the Pixar hit Cars 2, which took about $400 m"
         " in North America.", "$400 m", subject="takings (Cars)", actor="Cars"),  # guard
    Case("The papers were found among the letters of Welsh poet Ann Price, who died in Wales"
         " in 1999 aged 86.", "86", subject="poet Ann Price", exact=True),
    Case("Firms may run 12 oil fields in the south of Peru, which could yield a billion"
         " barrels, he said.", "billion", no_actor=True),  # guard
]

# A value's "of" that the parse hangs on the first of two joined nouns is the second's, the
# noun right before it
VALUES_OF_JOINED = [
    Case("The film slipped to fifth spot and takings of $3.1m at the weekend.", "$3.1m",
         subject="takings", exact=True),
    Case("With better use of the aid and growth of just 3%, poverty could halve.", "3%",
         subject="growth", exact=True),
]

# A level a measure's move reached, counted in people, is the measure's
LEVELS_IN_PEOPLE = [
    Case("French unemployment rose 9,000 in March to 2.61 million people.", "2.61 million",
         subject="French unemployment", location="France", exact=True),
    Case("Ticket sales rose by 12% to 40,000 in May.", "40,000", subject="Ticket sales",
         exact=True),  # guard
]

# Where one person is from ("a senator from Kansas") is no place of the figure
ORIGINS_AFTER_ROLES = [
    Case("A Democratic senator from Ohio, Jo Hart, will call for a $2 million fine.",
         "$2 million", no_location=True),
    Case("A 24-year-old man from Salford was detained on Friday over claims of fraud.", "24",
         no_location=True),
]

# A "which" after a noun for a person by role that a body's name stands beside stands for
# the body
WHICH_AFTER_BODIES = [
    Case("Shares in its largest shareholder, Acme Corporation - which owns 38% of Jetline -"
         " fell 5%.", "38%", actor="Acme Corporation"),
    Case("He won a bonus as finance director, Ann Lee, which was worth £2m.", "£2m",
         no_actor=True),  # guard
]

# A share of a body "owned by" someone is held by the one the "by" phrase names
SHARES_HELD_BY = [
    Case("The carrier is 70% owned by the state and 30% by its pilots.", "70%",
         actor="state"),
    Case("The carrier is 70% owned by the state and 30% by its pilots.", "30%",
         actor="pilots"),
    Case("Jetline, which is 40% owned by Tom Reid, has been losing money.", "40%",
         actor="Tom Reid"),
    # the share is a stake in the body, its holder in brackets, also hyphened to the verb
    Case("The carrier is 70% owned by the state and 30% by its pilots.", "30%",
         subject="stake in carrier (pilots)", exact=True),
    Case("Corvex is 46%-owned by Halden Group, which is run by Tom Reid.", "46%",
         subject="stake in Corvex (Halden Group)", actor="Halden Group", exact=True),
]

# A body that a sentence gives figures by "according to" or as what it found, estimated
# or counted is the source of the figures the next sentence of the paragraph goes on with;
# not one that only "recorded" a rise of its own, nor a speaker who only "said".
FOUND_BY_BODIES = [
    Case("Just over 12 million homes now have a digital radio, according to industry "
         "analysts RadioMetrics. The number of sets sold last year reached 30 million.",
         "30 million", subject="sets sold", attribution="industry analysts RadioMetrics"),
    Case("The National Audit Office found that the scheme had cost £40m more than planned. "
         "Some 2,300 claims were still waiting to be settled.", "2,300", subject="claims",
         attribution="National Audit Office"),
    # guard: a body that made a rise of its own is not the source of the next figures
    Case("The trade body recorded a 5% rise in sales of vinyl. Worldwide sales of music "
         "fell 2% to $30bn.", "$30bn", subject="sales of music", no_attribution=True),
    # guard: what a speaker said does not carry to the writer's next sentence
    Case("Mr Jones said the firm would shut two plants. The firm employs 4,500 people in "
         "Wales.", "4,500", subject="people", no_attribution=True),
]


# A figure that names a mark ("the 10 million mark", "the 50,000 barrier") counts what the
# mark is for, else what passed or reached it: the verb's subject, not the mark.
MARKS_PASSED = [
    Case("The count of known worms broke the 50,000 barrier.", "50,000",
         subject="count of known worms", exact=True),
    Case("The number of users has broken the 10 million mark.", "10 million",
         subject="number of users", exact=True),
    Case("The figures mean Nokia is reaching the two million barrier for its sales of the "
         "handset.", "two million", subject="sales of the handset"),  # guard
    Case("The index pushed past the 6,000 mark in early trading.", "6,000", subject="index",
         exact=True),
    Case("Players wade through eight 3D levels of the game.", "eight", subject="levels"),  # guard
]


# A people's name of two words counted as a population gives its country, as one word does.
PEOPLES_OF_TWO_WORDS = [
    Case("Millions of ordinary South Koreans are behind on their loan repayments.", "Millions",
         subject="South Koreans", location="South Korea"),
    Case("An estimated 300,000 Sri Lankans work in the tourist trade.", "300,000",
         subject="Sri Lankans", location="Sri Lanka"),
]


# A place in an "of" or "from" phrase on a name only says where one is from, or where a
# body that gives the figure is based; not a firm that acts there, nor a role's seat.
HOMES_OF_NAMES = [
    Case("Research firm Vantage Analytics of Denver estimates that 40 million people will "
         "use the service by 2010.", "40 million", subject="people", no_location=True),
    Case("Paul Mbeki of Kenya finished in 27 minutes and 40 seconds.", "27 minutes",
         no_location=True),
    Case("Jane Doyle from Norwich was fined £400 for the offence.", "£400", subject="fine",
         no_location=True),
    Case("Mobile firm Telco One of Japan plans to charge $10 a month for the service.",
         "$10", location="Japan"),  # guard
    Case("The Mayor of London said 40,000 homes would be built.", "40,000",
         location="London"),  # guard
]


# "said the plan aimed to ..." parsed as an object with a clause hung on it is still said;
# a share of those asked ("Three-quarters said", "One in five said") is no source of the
# other share of the sentence.
SAID_AND_SHARES = [
    Case("Farm Minister Tom Reid said the scheme aimed to raise output from 200,000 tonnes "
         "this year to 500,000 tonnes by 2008.", "500,000", subject="output",
         attribution="Farm Minister Tom Reid"),
    Case("Three-quarters said the minister was right to resign and just 14% backed his "
         "critics.", "14%", no_attribution=True),
    Case("One in five said the club should sack its manager while 45% backed him.", "45%",
         no_attribution=True),
]


# A figure of the same measure as one before it in its sentence, with no actor of its own,
# is the same one's; not where a name stands between or is given the figure after it.
SAME_MEASURE_ACTORS = [
    Case("Ford's quarterly profit totalled $420m, down from $650m a year earlier.", "$650m",
         actor="Ford"),
    Case("The carrier posted a pre-tax profit of £60m compared with £95m a year earlier.",
         "£95m", subject="pre-tax profit", actor="carrier"),
    Case("The rival's market value is about $3bn, compared to Zeta's $12bn.", "$12bn",
         actor="Zeta"),  # its own owner, as the rival is the $3bn's, never the rival
]


# A "he" or "she" stands for the one person its sentence names before it, as subject, object
# or in apposition; not where another noun of a person comes first.
ONE_PERSON_BEFORE = [
    Case("He kept Shakira in second spot, as she earned $40m from her world tour.", "$40m",
         subject="earnings (Shakira)", actor="Shakira"),
    Case("The setback could hurt Paula Jones badly after she missed her last three races.",
         "three", subject="races", actor="Paula Jones"),
    Case("The firm employed the wife of director Ann Lee, and she earned more than $2m a "
         "year.", "$2m", subject="earnings", no_actor=True),  # guard
]


# How long a deed in its "to" form lasts, with no doer named, is the deed: "the power to
# detain suspects for 28 days" -> "detain suspects" (not "suspects").
DEEDS_WITHOUT_DOERS = [
    Case("The new law gives police the right to question suspects for 28 days without charge.",
         "28 days", subject="question suspects", exact=True),
    Case("Officers will have the power to hold suspects for up to 20 minutes.", "20 minutes",
         subject="hold suspects", exact=True),
]


# One who only watches, cites, criticises or faces what a figure counts does none of it.
ONLY_BEHOLDERS = [
    Case("The senator attacked the plan, pointing to the loss of over 600,000 jobs.",
         "600,000", subject="jobs", no_actor=True),
    Case("Volunteers turned up to monitor the three hunts on Saturday.", "three",
         subject="hunts", no_actor=True),
    Case("The firm faces a $40m fine for breaking the rules.", "$40m", subject="fine",
         no_actor=True),
    Case("The watchdog monitored the channel for 120 hours in March.", "120 hours",
         actor="watchdog"),  # guard: the time it spent
]


# A move named only by its noun ("a rise of 50%", "after a 0.4% fall in April") is a move
# of what the nearest figure before it in its sentence measures; not past a name.
MOVES_OF_WHAT_CAME_BEFORE = [
    Case("Staff costs went from £4m to £6m a year, a rise of 50%.", "50%",
         subject="Staff costs", exact=True),
    Case("Shop prices fell 1.2% in May, after a 0.4% fall in April.", "0.4%",
         subject="Shop prices", exact=True),
    Case("Volvo sales jumped 11% while its rival Saab notched up a 10% increase.", "10%",
         subject="increase", exact=True),  # guard: Nissan's own
]


# A move a verb says a thing showed, saw or received is that thing's move: "profits, which
# showed a 6.5% rise" -> profits; not a name's or a document's ("Nationwide reported a rise").
MOVES_SHOWN = [
    Case("The firm's profits, which showed a 6.5% rise to 12bn euros, beat forecasts.",
         "6.5%", subject="profits"),
    Case("The country's cinema takings received a 4.1% boost in 2005.", "4.1%",
         subject="cinema takings"),
    Case("The trade body said exports could see a 5% to 10% rebound next year.", "5% to 10%",
         subject="exports", exact=True),
    Case("Halifax reported a rise of 0.7% in March.", "0.7%", subject="rise",
         exact=True),  # guard
]


# A name that reports a figure in a clause of its own joined to another's words is its
# source ("X said ... and Y reported a rise of 0.3%" -> Y); not a name that shows goods.
JOINED_REPORTERS = [
    Case("Halifax said prices rose by 0.5% in May, and Nationwide reported an increase of "
         "0.3% for June.", "0.3%", subject="prices", attribution="Nationwide"),
    Case("Halifax said values rose by 0.5% in May and Nationwide reported a gain of 0.3% "
         "for June.", "0.3%", attribution="Nationwide"),
    Case("Ford has a hybrid van on sale and is showing three concept cars at the fair.",
         "three", no_attribution=True),  # guard
]


# The noun written right after "a" and a figure is what it counts, where a dash after it
# made the parse hang it elsewhere ("a $90m deal - equally split ... -").
NOUNS_LOST_AFTER = [
    Case("Separately, the regulator said it had reached a $90m deal - shared between "
         "fines and refunds - in its probe.", "$90m", subject="deal", exact=True),
    Case("The council says it already helps older people with a £150 lump sum for the "
         "over-80s.", "£150", subject="lump sum", exact=True),
]


# A place in a phrase set beside a name to say what the named body is, between commas or
# dashes, is not where the figure is; one inside that phrase with the figure still is.
ASIDE_PLACES = [
    Case("Kesko, Finland's largest grocer, has agreed a 120m euro takeover of a rival.",
         "120m euro", no_location=True),
    Case("Harland Retail, the third-biggest furniture chain in the US, has received a $1.2bn "
         "bid.", "$1.2bn", no_location=True),
    Case('"We expect a 5% fall in orders," said Jan Holm, a trader at Nordea in Oslo.', "5%",
         attribution="Jan Holm", no_location=True),  # guard
    Case("Acme, a firm with 500 staff in Leeds, is up for sale.", "500",
         location="Leeds"),  # guard
    Case("At 60% of GDP, Chile's public debt is lower than its neighbours'.", "60%",
         location="Chile"),  # guard
    Case("Its shares were up 2.1% by 1100 GMT, the best gainer in Paris.", "2.1%",
         location="Paris"),  # guard
]


# One who receives or accepts what others send, make or cast does none of it: no actor
# ("received 2,000 complaints", "has received a $1.2bn takeover offer"); one who receives
# a sum from a named giver has that giver as actor.
RECEIVERS = [
    Case("The regulator received 2,300 complaints after the advert was shown.", "2,300",
         subject="complaints", no_actor=True),
    Case("Harland Retail has received a $1.2bn (£640m) takeover offer.", "£640m",
         subject="takeover offer", no_actor=True),
    Case("The museum receives about 4,000 visitors a day in the summer.", "4,000",
         no_actor=True),
    Case("Leeds accepted a £6m offer for the striker on Friday.", "£6m", no_actor=True),
    Case("The charity received a cheque for $20,000 from the bank.", "$20,000",
         actor="bank"),  # guard
    Case("The council spent £2m on new street lights.", "£2m", actor="council"),  # guard
]


# A noun the tagger took for a verb is set right where a noun or an adjective stands on
# it ("half-point rate rises", "£2.5m funding"), not a prefix ("co-written") nor a verb
# with an article after it ("Nadal forces a break point").
NOUNS_WITH_MODIFIERS = [
    Case("The Fed has pushed through five half-point rate rises since March.", "five",
         subject="half-point rate rises", actor="Fed"),  # guard
    Case("The charity managed to raise £2.5m funding to restore the church.", "£2.5m",
         subject="funding", actor="charity"),
    Case("Junk mails, promising easy riches, have declined by 25%.", "25%",
         subject="Junk mails"),  # guard
]


# A span of days or longer after a noun an ordinal or a superlative ranks, or after a
# count of times, only bounds when it happened: no subject ("her third win in five
# years", "the weakest level in four years", "twice in three months"); not a race's time.
SPANS_AFTER_RANKS = [
    Case("It was her third win in five years on the clay of Paris.", "five years",
         subject="", exact=True),
    Case("The pound fell to its weakest level in four years against the yen.", "four years",
         subject="", exact=True),
    Case("The council rejected the plan twice in three months.", "three months",
         subject="", exact=True, no_actor=True),
    Case("Copper had its biggest weekly rise in eight months on Friday.", "eight months",
         subject="", exact=True),
    Case("The rate has risen for the fifth time in 12 months, the bank said.", "12 months",
         subject="", exact=True),
    Case("Jones stormed to her second title in 22.14 seconds.", "22.14 seconds",
         actor="Jones"),  # guard: the time the race took, which she ran
]


# A country's name that wins or claims a contest's prize is a side, not a place: as the
# subject of that verb, in its "with" phrase, or with a "who" clause that wins.
SIDES_THAT_WIN = [
    Case("Chile took top spot in their group with two wins and a draw.", "two",
         no_location=True),
    Case("He won the 1998 World Cup with France, as well as two league titles.", "two",
         no_location=True),
    Case("Wales or Scotland, who have won eight of the past 11 titles between them, start as "
         "favourites.", "eight", no_location=True),
    Case("Paris leads the European table of wi-fi hotspots, with more than 2,000.", "2,000",
         location="Paris"),  # guard
    Case("Spain grew by 3% last year, the fastest in the euro zone.", "3%",
         location="Spain"),  # guard
    # a town's name with a word of a club after it is a side, not a place
    Case("Rovers made it nine wins in 11 games with a 3-1 victory at Leicester City.",
         "nine", no_location=True),
    Case("Forest have lost just twice in 14 games since the draw with Ipswich Town.",
         "14", no_location=True),
    Case("About 3,000 people live in the slums of Mexico City.", "3,000",
         location="Mexico City"),  # guard: a city the gazetteer knows
    Case("He offered to put £5m into Sheffield Wednesday last summer.", "£5m",
         no_location=True),  # (the club's last word read as a day)
    # a known place that opens a brand's name before a noun of its kind is no place
    Case("The firm runs 80 cinemas, the Mecca Bingo chain and a hotel group.", "80",
         no_location=True),
    Case("The group owns 60 pubs, the Leeds Brewery chain and 12 hotels.", "60",
         no_location=True),  # (the model tags the name whole)
    Case("The group owns 60 pubs in Leeds.", "60", location="Leeds"),  # guard
]


# A speaker whose name only spells a word that names no one ("50 Cent") is still named.
SPEAKERS_BY_STAGE_NAME = [
    Case('"We gave what we could," 50 Cent said.\n\n"The school needed 200 new computers."',
         "200", attribution="50 Cent"),
    Case("Forty per cent said they would pay 5% more for greener power.", "5%",
         attribution="Forty per cent"),  # guard: a share of those asked speaks for them
]


# A player a club sells to another: the "for" sum is a transfer fee, and the buying club
# is a side, not a place; a thing sold is not a player.
PLAYERS_SOLD = [
    Case("Roma sold the Dutchman to Lazio for £12m in 2003.", "£12m",
         subject="transfer fee (Dutchman)", actor="Roma", no_location=True),
    Case("Celtic sold striker Hartson to Fulham for £6m last summer.", "£6m",
         subject="transfer fee", no_location=True),
    Case("Shell sold its Brazilian stake to Petrobras for $1bn.", "$1bn",
         subject="stake"),  # guard
]


# A figure in the "by" phrase of a verb of winning or leading says by how much: "winning
# margin", "lead", the winner in brackets; not what is beaten, nor a passive's "by", nor a
# pair of shares, nor forecasts beaten.
MARGINS = [
    Case("Smith won the 100m final, beating Kenyan John Otieno by 0.25 seconds.", "0.25",
         subject="winning margin (Smith)"),
    Case("The schoolteacher beat Welsh champion Ann Jones by 30 metres in the 5km race.",
         "30 metres", subject="winning margin"),
    Case("The Democrats lead the Republicans by six points in the latest poll.", "six points",
         subject="lead (Democrats)"),
    Case("The bid is being led by his three daughters, the paper said.", "three",
         subject="daughters"),  # guard
    Case("Profits beat forecasts by 5% in the third quarter.", "5%",
         subject="forecasts"),  # guard
]


# The owner of shares "in" or "of" a named firm that move is the actor, as "Ford shares
# closed at 270p" gives Ford.
SHARES_IN_FIRMS = [
    Case("Shares in Kingfisher were up 2.3% at 260 pence in early trade.", "2.3%",
         actor="Kingfisher"),
    Case("Shares of Alcatel fell 4% in Paris after the profit warning.", "4%",
         actor="Alcatel"),
    Case("Shares in the firm rose 2% on Monday.", "2%", no_actor=True),  # guard
    Case("Shares in Northern Rock fell 9 pence in early trade.", "9 pence",
         actor="Northern Rock"),  # a firm the model takes for a place
    Case("Shares in Tokyo fell 2% on Friday.", "2%", no_actor=True),  # guard: a market
]


# Who does what a relative clause on the figure's noun does to it is the actor, where the
# figure's own clause names no one; not a clause that says, forecasts or hopes, nor one
# with no gap for the noun.
RELATIVE_DOERS = [
    Case("The $1.2bn agreement Acer signed last year gave it the PC unit.", "$1.2bn",
         actor="Acer"),
    Case("The 3% growth rate that analysts had forecast was beaten.", "3%",
         no_actor=True),  # guard
    Case("It was a fifth of the money the club had hoped to raise.", "fifth",
         no_actor=True),  # guard
]


# A sum that "it" costs is the cost of what the infinitive after it says; a thing that
# costs keeps its own name.
COSTS_TO_DO = [
    Case("It will cost $5bn to rebuild the port, the minister said.", "$5bn",
         subject="cost to rebuild the port", key="cost"),
    Case("It costs the council £400 a week to house each family.", "£400",
         subject="cost to house each family"),
    Case("The new stadium could cost £80m.", "£80m", subject="stadium"),  # guard
]


# A clause that says its figure is worldwide, or outside a named place ("non-US"), takes
# no place, or not that one, from the clauses around it.
PLACES_SET_APART = [
    Case("The single sold 300,000 in France and total sales reached a million worldwide.",
         "a million", no_location=True),
    Case("The film came third in the US chart with $8m, but it topped the non-US chart with "
         "$25m.", "$25m", no_location=True),
    Case("Sales rose 4% in Japan and hit a record $5bn.", "$5bn",
         location="Japan"),  # guard
]


# A group named by ages keeps its ages ("18 to 25-year-olds", not "olds"); a bare count
# that is the subject of a verb is named by what it did, as "15 injured" is by its
# participle; not a verb of saying, nor "two of them".
GROUPS_AND_DEEDS = [
    Case("The target is 40% of 18 to 25-year-olds in work or training.", "40%",
         subject="18 to 25-year-olds"),
    Case("Thousands marched through Madrid on Sunday against the plan.", "Thousands",
         subject="marched through Madrid", key="march"),
    Case("More than 300 attended the funeral in Cork.", "300",
         subject="attended the funeral"),
    Case("Five said they would vote against the bill.", "Five", subject="",
         exact=True),  # guard
]


# A subject borrowed from the figure this one is set against takes this one's own owner
# where a possessive names it, not the first figure's; a month's is no owner.
OWNERS_SET_AGAINST = [
    Case("Acme has a stock market value near $2bn, compared to Zeta's $9.8bn.", "$9.8bn",
         subject="stock market value (Zeta)"),
    Case("Retail sales rose by 2.1% in March, up from February's 1.8%.", "1.8%",
         subject="Retail sales", exact=True),  # guard
]


# A bare figure after "rather than" or "instead of" is set against the figure before it
# and counts what that one counts.
SET_AGAINST_INSTEAD = [
    Case("The factory now makes 400 vans a week rather than 250.", "250", subject="vans"),
    Case("The appeal was heard by a bench of seven judges rather than the usual three.",
         "three", subject="judges"),  # guard
    Case("Fans will pay £40 rather than £30 for the final.", "£30",
         subject="payment (Fans)"),  # guard: a sum with a subject of its own keeps it
]


# The noun right after a sum a name owns, where the parse took the owner for the subject:
# "Birmingham's £6m offer" -> "offer (Birmingham)".
OWNED_SUMS = [
    Case("Celtic cannot match Rangers' £6m offer for the striker.", "£6m",
         subject="offer (Rangers)"),
    Case("Villa's £20m stadium plan was approved on Monday.", "£20m",
         subject="stadium plan"),  # guard
]


# A sum a verb of money takes is named by the verb's noun with its doer in brackets also
# where the doer is no name, the sum is a bound's ("more than the expected $20m") or the
# parse hung it loose; a name the parse gave as a second subject after a noun of its kind is
# the doer; a figure set against another takes the name its "for" phrase gives; the other
# side of a fight is no one's
DOERS_OF_TAKINGS = [
    Case("Despite poor reviews, the comedy took more than the predicted $20m (£10.5m).",
         "$20m", subject="takings (comedy)", exact=True),
    Case("The thriller had taken $400m (£210m) worldwide before the awards.", "$400m",
         subject="takings (thriller)", exact=True),
    Case("Finding Nemo took $860m (£460m) globally, compared with $500m (£270m) for "
         "Cars.", "$500m", subject="takings (Cars)", actor="Cars", exact=True),
    Case("Comedy drama Juno has raked in $90m (£45m) in its first month.", "$90m",
         subject="takings (Juno)", actor="Juno", exact=True),
    Case("Pop star Madonna won three awards at the ceremony.", "three",
         subject="awards (Madonna)", actor="Madonna"),
    Case("Labour won 350 seats, compared with 180 for the Conservatives.", "180",
         subject="seats (Conservatives)", exact=True),
    Case("Rights group Liberty has joined a court battle between four local farmers and the "
         "council.", "four", subject="local farmers", exact=True),
    Case("The actor is bringing lawsuits against 12 newspapers.", "12", subject="newspapers",
         exact=True),  # guard
    Case("Rights group Liberty said that 20% of the claims were rejected.", "20%",
         attribution="Rights group Liberty"),  # guard: the kind stays with the source
    Case("The singer has filed an appeal against her two-year ban.", "two-year",
         subject="ban (singer)"),  # guard: her ban
]

# One who rejects, turns down, weighs or accepts what another offers or imposes is no
# actor of it; a "from" phrase names who offers; the noun the parse hung on the verb beside
# a sum is what the sum is, not the one who rejects it
ANSWERED_OFFERS = [
    Case("Investors said the board had rejected a deal worth $3bn.", "$3bn", no_actor=True),
    Case("Two bankers are expected to reject any formal £900m offer for the firm.", "£900m",
         subject="offer for the firm", exact=True, no_actor=True),
    Case("Scots Ian Kerr and Bob Reid, who hold 20% of Celtic, will reject any formal £300m "
         "offer for the side.", "£300m", subject="offer for the side", exact=True,
         no_actor=True),  # the parse makes "offer" a clause of the verb, not its object
    Case("The OECD said farm output might see a five per cent to 12 per cent rebound next "
         "year.", "five per cent to 12 per cent", subject="farm output",
         exact=True),  # guard: a move so hung is of the verb's subject
    Case("The board rejected a £2bn bid from Deutsche Telekom.", "£2bn",
         actor="Deutsche Telekom"),  # guard
    Case("Under the plan, drivers would accept a 15% pay cut.", "15%", no_actor=True),
    Case("The regulator is considering bids for another six licences.", "six", no_actor=True),
    Case("The union turned down a £2bn offer for the site.", "£2bn", no_actor=True),
    Case("The watchdog has rejected the 40% price rise.", "40%", no_actor=True),
    Case("Police shut down 40 websites last year.", "40", actor="Police"),  # guard
    Case("Labour ministers have attacked Tory plans for a 45% top tax rate.", "45%",
         no_actor=True),
    Case("Singer Amy Brown has scooped four nominations for the folk prizes.", "four",
         no_actor=True),
    Case("Coldplay, who lately picked up six Brit nominations, came fourth.", "six",
         no_actor=True),
    # a sum's owner, also where the parse hung the possessive on the sum, not its noun
    Case("Airlines have hailed a high court's ruling to throw out the state's $90bn (£48bn) "
         "claim for damages.", "$90bn", actor="state"),
    Case("Banks have praised a judge's ruling to dismiss the regulator's $12bn (£6bn) claim "
         "over fees.", "£6bn", actor="regulator"),
    Case("The club cannot match Leeds's £9m offer for the winger.", "£9m",
         actor="Leeds"),  # guard
    Case("Labour spent £4m, second only to the Tories' £5.1m.", "£5.1m", actor="Tories"),
    # one who opposes or votes against what a figure counts does none of it, nor does one
    # who only says a rate of what another's count counts
    Case("Mr Reid voted against the election of four board members.", "four", no_actor=True),
    Case("The union opposes plans to cut 500 jobs.", "500", no_actor=True),
    Case("Blogscan, a search site, follows some four million blogs and says that over 9,000 "
         "are added daily.", "9,000", no_actor=True),  # guard
    Case("The lender was attacked by MPs and may need to restate its profits by as much as "
         "$2bn.", "$2bn", actor="lender"),  # guard: the verb's own conjunct
    # nominations are cast by others, whatever the nominee's verb
    Case("The folk singer leads the field with nine nominations this year.", "nine",
         no_actor=True),
    Case("Blue Horizon is up for seven awards while The Long Road has 11 nominations.", "11",
         no_actor=True),
    Case("Despite six nominations, the director went home empty-handed.", "six",
         no_actor=True),
    Case("The band has sold six million albums.", "six million", actor="band"),  # guard
]

# Letters that name a unit only in capitals ("0.5 WAR", "$76 US") are a noun in lower case:
# a span before "war" measures the war
# the noun written right after a price per share with "the" before it is what it prices,
# where the parse hung it elsewhere
PRICE_BEFORE_NOUN = [
    Case("The chairman said the 250p a share offer undervalued the company.", "250p",
         subject="offer", exact=True),
]

# "one in N" with its noun after it: that noun is the group, also where the figure stands
# as the clause's subject
ONE_IN_GROUPS = [
    Case("One in four British teenagers are already online.", "One in four",
         subject="share of British teenagers (already online)", exact=True),
    Case("Nearly one in three Dutch voters have never met their MP.", "one in three",
         subject="Dutch voters"),  # guard
]

# the person a sentence is about may be named beside a noun of kind ("Teenage singing
# sensation, Amy Brown,"): an age standing as a noun after it is hers, as is a "she said";
# where one is from, also past the place's own phrase, is no place of the figure
NAMED_BESIDE_KIND = [
    Case("Teenage singing sensation, Amy Brown, has been nominated for two awards. The "
         "19-year-old from a small village near Ruthin said she was thrilled.", "19-year-old",
         subject="Amy Brown", no_location=True),
    Case("The longest term - 30 months - went to Jones, a 31-year-old from Leeds.",
         "31-year-old", no_location=True),
    Case("Tarrant wants to be the first Irishman to take the crown since 1976. The "
         "23-year-old has not yet got past the last 16.", "23-year-old", subject="Tarrant"),
    Case("Paula Hart judged her run perfectly to win clear. The world indoor champion's time "
         "beat the standard. But the 31-year-old would not say if she would run again.",
         "31-year-old", subject="Paula Hart"),  # past a sentence that names no one
    Case("Seventeen-year-old Jones, from near Taunton, won two awards at the show.", "two",
         no_location=True),  # set off by commas, past a preposition of its own
    Case('Painter Tom Hale, from Norfolk, said: "Thousands of people came to see the show."',
         "Thousands", no_location=True),
    # a side is no place: the names on a side's cause, one's career "with" a side
    Case("The 29-year-old has made a big contribution to the Scotland and Glasgow cause.",
         "29-year-old", no_location=True),
    Case("Jones, 27, had hoped for a long international career with Ireland.", "27",
         no_location=True),
    # a forecast's author is its source, also for the move it restates; one who makes a
    # prediction is its source
    Case("An earlier prediction from analysts Ovum pegged the total at 3.2 million by 2009, a "
         "rise from an estimated 40,000 homes in 2004.", "40,000", attribution="analysts Ovum"),
    Case("Late last year, Tom Reid, the group's head of sales, made a prediction that 15 "
         "million homes in Europe would own the devices by 2009.", "15 million",
         attribution="Tom Reid"),
    # an age group keeps its bound; a noun a participle modifies is counted, not the
    # participle's own noun; a share set off after a fraction is named by what they said,
    # as is each of two shares that say
    Case("It is thought that 61% of over 70s use the internet.", "61%",
         subject="share of over 70s (use the internet)", exact=True),
    Case("It was blocking more than three million spam related e-mail messages per week.",
         "three million", subject="spam related e-mail messages", exact=True),
    Case("Nearly a fifth, 19%, said they would buy a new phone.", "19%",
         subject="those who said they would buy a new phone", exact=True),
    Case("Almost 25% said they would buy a new phone. Almost 31% said they would wait.",
         "31%", subject="those who said they would wait", exact=True),
    Case("Less than a quarter of firms (24%) publish their own reports.", "24%",
         subject="firms"),  # guard: a group named
    Case("A study by the trade body found an annual 35% growth rate in numbers of hotspots "
         "being set up in Paris.", "35%", subject="numbers of hotspots"),  # what the rate
    # of a move moves
    # an "of" phrase the parse hung on the verb names what its object is
    Case("He matched his personal best of 20.31secs.", "20.31secs", subject="personal best",
         exact=True),
    Case("The shadow home secretary, Jane Smith, welcomed the report. But she said 12 "
         "questions remained.", "12", attribution="Jane Smith"),
]

# a share of a body that one owns, holds, buys or sells is a stake in that body, its holder
# in brackets; not a share of a market or a land
STAKES_HELD = [
    Case("Two Irish investors own 29% of the club.", "29%",
         subject="stake in club (Irish investors)", exact=True),
    Case("Acme owns 40% of Beta.", "40%", subject="stake in Beta (Acme)", exact=True),
    Case("JP Smith and John Jones own 29% of United.", "29%",
         subject="stake in United (JP Smith and John Jones)", exact=True),
    Case("Microsoft holds 90% of the market.", "90%", subject="share of market (Microsoft)",
         exact=True),  # guard: no stake
    Case("The rebels hold 60% of the country.", "60%", subject="share of country (rebels)",
         exact=True),  # guard: no stake
]

# a vague count that does something is its group: the group is the doer
VAGUE_DOERS = [
    Case("Thousands of fans bought 40,000 tickets.", "40,000", actor="fans"),
    Case("Dozens of firms paid £2m in fines.", "£2m", actor="firms"),
]

# the figures of a ranking after "followed by" are each item's own: the leader's measure
# owned by the item, the item as place (or as actor where the leader acts)
RANKED_ITEMS = [
    Case("Wales had the highest jobless rate at 6.1%, followed by Scotland on 5.8%, and the "
         "North West on 5.2%.", "5.8%", subject="jobless rate (Scotland)", exact=True,
         location="Scotland", no_actor=True),
    Case("Wales had the highest jobless rate at 6.1%, followed by Scotland on 5.8%, and the "
         "North West on 5.2%.", "5.2%", subject="jobless rate (North West)", exact=True,
         location="North West"),
    Case("Apple had the biggest share at 31%, followed by Dell with 18% and HP with 12%.",
         "18%", subject="share (Dell)", actor="Dell", exact=True),
]

# what "changes hands" at a price is what the price is of, never "hands"
CHANGING_HANDS = [
    Case("Shares in the bank were changing hands at 150 pence on Friday.", "150",
         subject="Shares in the bank", exact=True),
]

# a time spent "being" somewhere is named by where, as "time in prison" is, with its doer
TIME_SPENT_WHERE = [
    Case("Jones had been in the orchestra for more than 12 years.", "12 years",
         subject="time in orchestra (Jones)", exact=True),
    Case("The men have been in custody for almost two years.", "two years",
         subject="time in custody (men)", exact=True),
]

# the lemmas spaCy's tables get wrong in news keys: "taxes" is no plural of "taxi"
LEMMAS_SET_RIGHT = [
    Case("The energy group was ordered to pay $3.1bn in unpaid taxes.", "$3.1bn",
         subject="unpaid taxes", key="unpaid tax"),
    Case("The army will close 12 bases in Germany.", "12", subject="bases", key="base"),
]

# a run of quotations closed by "he said" leads back past its paragraph's start to the
# person it is about
SAID_BACK_PAST_PARAGRAPHS = [
    Case('But Mr Reed said the region had fallen behind its rivals.\n\n"Can we grow if we do '
         'nothing about tax?" he said. "We must lower the tax bill," he said. "The '
         'plans we have set out for saving £9bn by 2010 are crucial to growth."', "£9bn",
         attribution="Mr Reed"),
]

# nouns or modifiers joined by "and" or "or" that one figure counts together, not one with a
# figure, a determiner or an owner of its own, nor a verb the tagger took for a noun
COUNTED_TOGETHER = [
    Case("More than 400 trade and industry bodies objected.", "400",
         subject="trade and industry bodies", exact=True),
    Case("The inquiry heard from 42 charities and campaigners.", "42",
         subject="charities and campaigners", exact=True),
    Case("There are now more than 90,000 worms and other harmful programs in circulation.",
         "90,000", subject="worms and other harmful programs", exact=True),  # two adjectives
    Case("About 300 doctors and two nurses were hired.", "300", subject="doctors hired",
         exact=True),  # guard
    Case("The fund will help 12,000 pupils and their parents.", "12,000",
         subject="pupils helped", exact=True),  # guard (those it helps: COUNTS_TOUCHED)
    Case("The site has indexed 8 billion pages and claims to refresh them daily.",
         "8 billion", subject="pages", exact=True),  # guard
    # a rank after "top" names the group, and is no figure of its own
    Case("The singer has scored seven UK top 40 singles since 2001.", "seven",
         subject="UK top 40 singles", exact=True),
    Case("The majority of Asian top 100 firms (71) publish such reports.", "71",
         subject="Asian top 100 firms", no_attribution=True),  # a share speaks only where it
    # says something
    # a list by commas and a closing "and"
    Case("More than 60 banks, insurers and other big lenders have signed the code.", "60",
         subject="banks, insurers and other big lenders", exact=True),
    Case("The chip can do 3 billion sums, or calculations, a second.", "3 billion",
         subject="sums", exact=True),  # guard: one thing restated
    Case("The blast hurt 14 guards, two drivers and a cook.", "14", subject="guards",
         exact=True),  # guard: counts of their own
]

# A word tagged a verb that no verb's form is, in a noun's role, is the noun it reads as
NOUNS_TAGGED_VERBS = [
    Case("The UN reckons that remittances to Africa reached $9bn last year.",
         "$9bn", subject="remittances to Africa", exact=True),
    Case("The UN reckons that remittances to Asia hit $40bn in 2003.",
         "$40bn", subject="remittances to Asia", exact=True),
    Case("Officials estimate that remittances to Mexico reached $20bn in 2004.", "$20bn",
         subject="remittances to Mexico", exact=True),  # guard
]

# A rate's figure before its noun sizes the noun, also a noun that frames a figure elsewhere
# ("a minimum of"); a clause that is the subject of "cost" is what the sum is the cost of
RATE_BEFORE_NOUN_AND_COST_OF = [
    Case("A £4 per hour minimum wage was brought in last year.", "£4 per hour",
         subject="minimum wage", exact=True),
    Case("The council set a £6 per hour minimum wage for its staff.", "£6 per hour",
         subject="minimum wage for its staff", exact=True),  # guard
    Case("Repairing the old bridge would cost £12m, engineers say.", "£12m",
         subject="cost of repairing the old bridge", exact=True),
    Case("Moving the offices north could cost another £40m.", "£40m",
         subject="cost of moving the offices", exact=True),
    Case("It could cost £80m to run the scheme.", "£80m", subject="cost to run the scheme",
         exact=True),  # guard
]

# "which" stands for the noun its own clause hangs on, also where the figure's verb hangs
# on that clause's verb, and past a person in a relative clause before it
WHICH_PAST_ITS_VERB = [
    Case("The sale includes a guitar, which is tipped to fetch around $300,000.",
         "$300,000", subject="guitar", exact=True),
    Case("The sale includes a guitar, which is likely to sell for $300,000.", "$300,000",
         subject="guitar", exact=True),
    # a noun tagged an adjective after a sum closes the phrase also before "to"
    Case("The insurer blamed a $60m payout to end a lawsuit.", "$60m", subject="payout",
         exact=True),
    Case("The firm blamed its loss on a $60m payout to end the case.", "$60m",
         subject="payout", exact=True),
    Case("Among the lots is a trumpet which belonged to Miles Davis, which could fetch "
         "$400,000.", "$400,000", subject="trumpet", exact=True, no_actor=True),
]

# whose ages: the noun "between the ages of" or "as young as" hangs on
AGE_GROUP_BEARERS = [
    Case("The scheme is open to pupils between the ages of eight and 14.", "eight and 14",
         subject="pupils", exact=True),
    Case("The bands play to fans as young as 13.", "13", subject="fans", exact=True),
]

# "saying" whose object holds the figure begins what is said: "with brokers saying profits
# of £80m were likely"
SAYING_A_CLAUSE = [
    Case("Shares in the drugs firm rose 4%, with brokers saying profits of £80m were likely.",
         "£80m", subject="profits", attribution="brokers", exact=True),
    Case("Shares rose 4%, with brokers predicting profits of £80m.", "£80m",
         subject="profits", attribution="brokers", exact=True),  # guard
]

# a move named only "improvement" is a move of what the figure before it measures
IMPROVEMENT_OF_BEFORE = [
    Case("The division made a profit of $90m, a $60m improvement on the year before.", "$60m",
         subject="profit", exact=True),
]

# how long one is in a state after "be", "stay" or "remain" is named by the state, and a
# light verb with its particle is a deed
TIME_IN_A_STATE = [
    Case("Hale is likely to be out for at least eight weeks.", "eight weeks",
         subject="out (Hale)", exact=True),
    Case("The website has been unavailable for the last five days.", "five days",
         subject="unavailable (website)", exact=True),
    Case("The terminal will stay closed for two days.", "two days",
         subject="closed (terminal)", exact=True),
    Case("The drummer went off for 20 minutes.", "20 minutes", subject="went off (drummer)",
         exact=True),
    Case("Profits were 5% higher for the year.", "5%", subject="Profits", exact=True),  # guard
    Case("The two singers have been together for almost six years.", "six years",
         subject="together (singers)", exact=True),
    Case("The museum will remain open for 48 hours over the holiday.", "48 hours",
         subject="open (museum)", exact=True),
    # a span a "be" puts a thing "away" is the time until it
    Case("The election may still be about 20 weeks away, but the parties are ready.",
         "20 weeks", subject="time until election", exact=True),
    Case("A cure is probably at least 15 years away.", "15 years",
         subject="time until cure", exact=True),
    Case("The depot is 10 miles away.", "10 miles", subject="depot", exact=True),  # guard
    # a state written with "out of", kept whole
    Case("The winger has been out of action for almost two months with a knee injury.",
         "two months", subject="out of action (winger)", exact=True),
    Case("She was out of work for three years before the job came up.", "three years",
         subject="out of work", exact=True),
    # also after a modal, where the parse hangs the "for" on the state's noun
    Case("Kerr will certainly be out of action for four or five weeks.", "four or five weeks",
         subject="out of action (Kerr)", exact=True),
    Case("Sam will surely be out of action for three to five weeks, his manager said.",
         "three to five weeks", subject="out of action (Sam)", exact=True),  # guard
]

# a share a part makes up of a whole: "share of WHOLE (PART)", the part alone for GDP
SHARES_MADE_UP = [
    Case("Rail freight accounts for 12% of all goods carried in Britain.", "12%",
         subject="share of goods carried (Rail freight)", exact=True,
         location="Britain"),
    Case("Women make up a quarter of the board.", "a quarter",
         subject="share of board (Women)", exact=True),
    Case("Oil, which accounts for 30% of exports, fell in price.", "30%",
         subject="share of exports (Oil)", exact=True),
    Case("Cars from Japan represent 40% of sales.", "40%",
         subject="share of sales (Cars from Japan)", exact=True),
    Case("With card deals including payments by phones and watches accounting for 15% of "
         "spending, cash is in retreat.", "15%", subject="share of spending (card deals)",
         exact=True),
    Case("Tourism accounts for 9% of the nation's gross domestic product.", "9%",
         subject="Tourism", exact=True),  # guard: README's share of GDP
    Case("They make up 6% of the population.", "6%", subject="population",
         exact=True),  # guard
]

# one who only probes or looks at what the figure counts does none of it, nor does one whose
# deed only happens during it or who is only like its group; one "called on" to do
# something does it
PROBED_AND_CALLED_ON = [
    Case("Inspectors will probe the £3bn deal.", "£3bn", subject="deal", no_actor=True),
    Case("Officials are to look at the 400m euro grant.", "400m euro", subject="grant",
         no_actor=True),
    Case("Campaigners will march during the three-day summit.", "three-day",
         subject="summit", no_actor=True),
    Case("Ms Hill, like many of the country's 9,000 vets, is worried.", "9,000",
         subject="vets", no_actor=True),
    Case("The minister called on wealthy states to pay for a £2bn scheme.", "£2bn",
         subject="scheme", actor="wealthy states"),
    Case("Unions called on the board to save 300 jobs.", "300", subject="jobs",
         actor="board"),
    Case("During his 40 minute speech Mr Hale told MPs of his plans.", "40 minute",
         subject="speech", actor="Mr Hale"),  # guard: his own
]

# a speaker set off by a comma at the end of a sentence, whose verb quotes nothing of its
# own, is the source of every figure before it, though the parse makes the verb a second deed
SAID_LAST = [
    Case("Profits leapt more than tenfold in 2003, with nine million policies sold, the "
         "Association of British Insurers reported last month.", "tenfold",
         attribution="Association of British Insurers"),
    Case("Profits shot up nearly sixfold last year, with nine million policies sold, the "
         "Association of British Insurers reported last month.", "sixfold",
         attribution="Association of British Insurers"),
    Case("Sales rose 5%, and the firm reported record profits.", "5%",
         no_attribution=True),  # guard
]

# a figure a relative clause says someone forecast is on their word; a forecaster is no
# subject, and "short of" no speaker
FORECASTERS = [
    Case("Output beat the 2.8% growth rate that analysts had forecast.", "2.8%",
         subject="growth rate", attribution="analysts"),
    Case("Hiring was twice the 120,000 figure that City economists had predicted.", "120,000",
         attribution="City economists"),
    Case("Growth fell short of the 4% which the Treasury had predicted.", "4%",
         attribution="Treasury"),
    Case("The auction raised more than the £60m dealers had expected.", "£60m",
         attribution="dealers", exact=True),
    Case("Profits were £50m, short of the £80m analysts had expected.", "£50m",
         subject="Profits", no_attribution=True),
]

# a record a league, a season or a career names is what its figure measures; a sum a doer
# generates is its income
RECORDS_AND_INCOME = [
    Case("The goalkeeper set a new league record of 700 consecutive minutes.",
         "700 consecutive minutes", subject="new league record (goalkeeper)", exact=True),
    Case("The estate generated almost £9m last year.", "£9m", subject="income (estate)",
         exact=True),
    # the level reached "to" after a participle on the level left is the same measure's
    Case("The agency revised the yearly rate of inflation down from the 4.1% estimated in "
         "June to 3.6%.", "3.6%", subject="yearly rate of inflation", exact=True),
]

# a figure that opens a dash aside right after a noun gives that noun's value
ASIDES_THAT_DEFINE = [
    # also a noun with its participle right before the dash
    Case("Investors fear the price offered - 240p a share - is far too low.", "240p",
         subject="price offered", exact=True),
    Case("The firm pays corporation tax - now 28% - on all its profits.", "28%",
         subject="corporation tax", exact=True),  # guard
    Case("The firm pays corporation tax - now 30% - on its profits.", "30%",
         subject="corporation tax", exact=True),
    Case("Those on low pay - judged to be $20,000 (£11,000) or less - rarely buy one.",
         "$20,000", subject="pay"),
    Case("Those on low pay - judged to be $20,000 (£11,000) or less - rarely buy one.",
         "£11,000", subject="pay"),
    Case("Ministers plan to spend the same amount - about £3bn - on roads.", "£3bn",
         subject="roads", exact=True),  # guard: a sum restated
]

# an age standing as a noun takes the person two sentences back past a sentence whose "he"
# stands for that one, also one the model names by a title only
AGE_PAST_A_HE = [
    Case("Mr Hollis has given the party £20,000. He made his money in shipping.\n\nThe "
         "61-year-old is now reviewing his gifts.", "61-year-old", subject="Mr Hollis",
         exact=True),
]

# a move counted in places of a ranking is a move of its mover's position
PLACES_MOVED = [
    Case("The single was down three places to number 10.", "three",
         subject="position (single)", exact=True),
    Case("Spain fell four places to 15th in the league table.", "four",
         subject="position (Spain)", exact=True),
    Case("The firm has 40 places for trainees.", "40", subject="places for trainees (firm)",
         exact=True),  # guard
    Case("He finished two places behind the winner.", "two", subject="places",
         exact=True),  # guard
]

# a time in brackets right after a runner's name is that runner's
TIMES_BESIDE_NAMES = [
    Case("Tom Hale (3:52.10) came third in the 1500m behind Neil Bright (3:51.40).",
         "3:51.40", subject="time (Neil Bright)", actor="Neil Bright", exact=True),
    Case("Tom Hale (3:52.10) came third in the 1500m behind Neil Bright (3:51.40).",
         "3:52.10", subject="time (Tom Hale)", actor="Tom Hale", exact=True),
    Case("Shares in Acme (up 5%) rose.", "5%", subject="Shares in Acme", exact=True),  # guard
]

# one who accuses another of a deed that holds the figure, or alleges it, is its source; not
# for a figure outside the "of" phrase, nor one the accuser was fined
ACCUSERS = [
    Case("The opposition accuses the government of raising fuel duty 40 times since 2001.", "40",
         attribution="opposition"),
    Case("Consumer groups accused the bank of taking £200m from customers.", "£200m",
         attribution="Consumer groups"),
    Case("Lawyers for the families alleged that the airline ignored 12 warnings.", "12",
         attribution="Lawyers for the families"),
    Case("The club accused the referee of bias and was fined £20,000 by the league.", "£20,000",
         no_attribution=True),  # guard
    Case("Police accused the four men of fraud.", "four", no_attribution=True),  # guard
]


# a sum a verb of money takes whole through "a total of", "a sum of", "a record" is named by
# the verb's noun, as the bare sum is; not an estimate "given" to a lot; a subsidiary acts
SUMS_TAKEN_WHOLE = [
    Case("Three Citigroup subsidiaries will pay a total of $70m to end the case.",
         "$70m", subject="payment (Citigroup subsidiaries)", actor="Citigroup subsidiaries"),
    Case("The charity gala made a total of £900,000 last year.", "£900,000",
         subject="earnings (charity gala)"),
    Case("The vase was given an estimate of £2m by the auction house.", "£2m",
         subject="estimate"),  # guard
    Case("Its German subsidiary employs 1,200 people.", "1,200", actor="German subsidiary"),
]


# a race's time is named by the race's verb also where its doer has no name in the sentence
# (a pronoun, "the 30-year-old") or the parse took the verb for an adjective; not a when
RACE_DEEDS_UNNAMED = [
    Case("She clocked 11.02secs in the 100m final.", "11.02", subject="clocked", exact=True),
    Case("The 30-year-old won the shot and clocked 8.12secs in the hurdles.", "8.12",
         subject="clocked", exact=True),
    Case("He went on to win in 3 minutes 41.2 seconds.", "3 minutes", subject="win",
         exact=True),
    Case("A steward jogged alongside us one afternoon.", "one", no_actor=True),  # guard
]


# no actor from the "by" agent of a denied passive; a name before a line-up is a side
DENIED_AGENTS_AND_LINE_UPS = [
    Case("Leeds have not been beaten at home by a side from a lower league for 14 years.",
         "14 years", no_actor=True),
    Case("The bill was passed by MPs after 20 hours of debate.", "20 hours",
         subject="debate"),  # guard
    Case("She has played in the France starting line-up in all six games this season.", "six",
         no_location=True),
    Case("He scored twice in six games in Wales last season.", "six", location="Wales"),  # guard
]


# a sum a verb of money takes is named by the verb's noun also for "recoup", "net", "win";
# one the verb's object or "to" object earns is that one's
MONEY_VERBS_MORE = [
    Case("The show cost $30m to stage but only recouped $12m on Broadway.", "$12m",
         subject="sum recouped (show)"),
    Case("Fraudsters netted an estimated £900m last year, police said.", "£900m",
         subject="earnings (Fraudsters)"),
    Case("Tom Jones, whose tour and a new album helped net him £12m, topped the list.",
         "£12m", subject="earnings (Tom Jones)", actor="Tom Jones"),
    Case("The tour earned the band $9m in a month.", "$9m", subject="earnings (band)"),
]


# a share of a whole whose clause names the part: "were for", "came from"
SHARES_PART_AFTER = [
    Case("Around 70% of the complaints were for late deliveries.", "70%",
         subject="share of complaints (late deliveries)"),
    Case("Half the funding will come from a levy on airlines.", "Half",
         subject="share of funding (levy on airlines)"),
    Case("The bank expects 20% of its profits to come from Asia by 2010.", "20%",
         subject="share of profits (Asia)"),
    Case("Some 30% of the cash will come from 2008.", "30%", subject="cash"),  # guard
]


# an age standing as a noun is the age of the one a "she" or "he" in the sentence before
# stands for, the person named before it
AGE_PAST_A_SHE = [
    Case("After a slow start, Hantuchova found her range to win in 48 minutes. She will "
         "now face Serena Williams. \"I am ready,\" said the 21-year-old.", "21-year-old",
         subject="Hantuchova"),
    # the speaker of a quotation of their own before it, past a bare one that goes on
    Case('"The win meant a great deal to me," said Okafor. "Now I can plan for the '
         'summer."\n\nThe 27-year-old will run the 10km in Leeds on 2 April.', "27-year-old",
         subject="Okafor"),
    Case('"He was a very fine actor," said Mr Dale. "He taught me all I know about the '
         'stage."\n\nThe 81-year-old died at his home on Sunday.', "81-year-old", subject="",
         exact=True),  # guard: a quotation of another is about that one
    # the one person named as the object of the sentence before, a "she" there for her
    Case("The injury could hurt Ann Cole badly after she missed the trials. Coach Tom Hale "
         "says the 22-year-old must trust her past form.", "22-year-old", subject="Ann Cole"),
    Case("The board could sack Tom Hale after the defeat. Fans say the 52-year-old has lost "
         "the dressing room.", "52-year-old", subject="", exact=True),  # guard: no "he"
]


# a verb of saying after the figure whose clause sits on another noun right before its
# subject gives that noun's figure only; not the figure before it
SAID_OF_ANOTHER = [
    Case("Acme paid 90bn roubles for the plant - far below the $12bn the state says the firm "
         "owes.", "90bn", no_attribution=True),
    Case("Acme paid 90bn roubles for the plant - far below the $12bn the state says the firm "
         "owes.", "$12bn", attribution="state"),
    Case("Sales rose 5% in May, the company said.", "5%", attribution="company"),  # guard
]


# "which" after "take place" stands for what takes place; a word set off by a comma before
# the clause is no part of a share
SHARE_PARTS_SET_RIGHT = [
    Case("A phone vote will then take place, which is to account for 40% of the final mark.",
         "40%", subject="share of final mark (phone vote)"),
    Case("Nevertheles, the sales represent just 2% of the group's revenue.", "2%",
         subject="share of group's revenue (sales)", exact=True),  # misspelt, parsed as a
    # second subject set off by a comma: the clause's own is "sales"
]


# a record, mark or best another set or holds is that one's, the setter its actor, not the
# breaker's
RECORDS_SET_BY_OTHERS = [
    Case("Tola won in 8:01.2 to beat the previous indoor mark of 8:03.5 set by another "
         "Kenyan, Joyce Ali, in Ghent last year.", "8:03.5",
         subject="previous indoor mark (Joyce Ali)", actor="Joyce Ali"),
    Case("He broke the record of 9.79 seconds held by Ben Lee since 1999.", "9.79",
         subject="record (Ben Lee)", actor="Ben Lee"),
    Case("Tola won in 8:01.2 to beat the previous indoor mark of 8:03.5 set by another "
         "Kenyan, Joyce Ali, in Ghent last year.", "8:01.2", subject="won (Tola)"),  # guard
]


# a report whose clause holds the figure without "that", and one who voices a fear, a hope
# or a concern that holds it, are its source
VOICED_AND_REPORTED = [
    Case("She would not comment on reports the club paid £3m for the winger.", "£3m",
         attribution="reports"),
    Case("Staff at the plant have voiced fears that as many as 450 posts could go.", "450",
         attribution="Staff at the plant"),
    Case("Critics raised concerns that the cost could reach £2bn.", "£2bn",
         attribution="Critics"),
    Case("The reports the paper ran in 2003 cost it £2m.", "£2m", no_attribution=True),  # guard
]


# "aged N" after the object of a clause is the age of the clause's subject, as after an
# "of" phrase ("died of lung cancer aged 55"); not after a person it describes
AGED_AFTER_AN_OBJECT = [
    Case("The singer Ann Fox suffered a stroke aged 58 in Paris.", "58",
         subject="Ann Fox"),
    Case("Mr Dale left school aged 15 to work in a mill.", "15", subject="Mr Dale"),
    Case("Police want to trace a man aged about 40.", "40", subject="man"),  # guard
]


# an age standing as a noun before a verb the parse took for a noun ("The 64-year-old sang
# Delilah" read as one phrase) is still the age of the person before; a capitalised word
# the tagger took for a common noun is a name where a "who" clause follows it
AGE_BEFORE_A_MISREAD_VERB = [
    Case("Sir Tom Jones wowed fans in Cardiff. The 64-year-old sang Delilah and other old "
         "songs in a 40-minute set at half-time.", "64-year-old", subject="Tom Jones"),
    Case("Applegate, who starred in a TV comedy, had hoped to make her stage debut. The "
         "33-year-old hurt her foot while rehearsing in Boston.", "33-year-old",
         subject="Applegate"),
    Case("Tom Reed led the side well. The 29-year-old admitted pressure on the squad was "
         "huge.", "29-year-old", subject="Tom Reed"),
    Case("The 29-year-old jailed man was freed on Monday.", "29-year-old",
         subject="jailed man"),  # guard: a participle before its noun
]


# a name right before a sum that is a two-object verb's first object is the one the sum
# falls on, not what the sum measures
SUM_FALLS_ON_A_NAME = [
    Case("The storm is thought to have cost Jamaica up to $900m.", "$900m",
         subject="storm"),  # guard: this parse hangs the sum on the verb
    Case("A deal with Peru which could cost Britain £40m was signed.", "£40m",
         subject="deal"),
    Case("Traders sent Nokia shares down 3.1%.", "3.1%", subject="Nokia shares"),  # guard
]


# a sum "with" which a film is ranked or opens in a chart is its takings; not a fortune on a
# rich list, nor cash a firm ends a year with
RANKED_WITH_TAKINGS = [
    Case("The spy thriller Red Dawn opened at number three with $14.2m.", "$14.2m",
         subject="takings (spy thriller Red Dawn)"),
    Case("The comedy Big Fish was fourth for the weekend with $6.1m.", "$6.1m",
         subject="takings (Big Fish)"),
    Case("The singer is third on the rich list with £300m.", "£300m",
         subject="singer"),  # guard
    Case("The firm ended the year with $5bn in cash.", "$5bn", subject="cash"),  # guard
    Case("Ridley Hale's biopic The Pilot came fourth with $5.2m (£2.8m).", "$5.2m",
         subject="takings (Pilot)"),  # a chart of films told by a kind of film alone
]


# a span after "for" as after "in" that bounds a noun an ordinal or a superlative ranks
# only says when, also past a phrase on the noun or a compound
RANKED_SPANS_FOR = [
    Case("Scotland now has the lowest jobless rate for 31 years.", "31 years", exact=True),
    Case("The firm reported its worst loss for 12 years.", "12 years", exact=True),
    Case("It was his first game for the club in four months.", "four months",
         exact=True),  # guard
    Case("He has hosted the show for 20 years.", "20 years", subject="show"),  # guard
]


# the whole a part is taken from ("N of the M X") is not the part's holder's: no owner in
# brackets, no actor; but a possessive pronoun gives it to the holder ("of his 130 matches")
WHOLES_OF_PARTS = [
    Case("Mr Lee won 120 of the 200 votes cast.", "200", subject="votes cast", exact=True,
         no_actor=True),
    Case("Mr Lee won 120 of the 200 votes cast.", "120", subject="votes cast (Mr Lee)",
         actor="Mr Lee"),  # guard
    Case("Ruiz won 98 of his 130 matches on clay.", "130", actor="Ruiz"),  # guard
]


# a verb of saying that closes a sentence after its speaker, which the parse read as a noun
SAID_LAST_AS_A_NOUN = [
    Case("Rents would rise 3% this year and 2.5% in the years to follow, Mr Hale forecast.",
         "2.5%", attribution="Mr Hale"),
]


# the time "it took" before what a clause says is named by that clause, as "took 56 minutes
# to defeat Mirza" is by its infinitive, and so is the time it took "for" a noun to do
TIME_BEFORE = [
    Case("It could take up to 12 years before Serbia is able to join.", "12 years",
         subject="time before Serbia is able to join", exact=True),
    Case("It took over 10 hours before Tom knew he would miss the Games.", "10 hours",
         subject="time before Tom knew he would miss the Games", exact=True),
    Case("It took Williams 56 minutes to defeat Mirza.", "56 minutes",
         subject="time to defeat Mirza (Williams)"),  # guard
    # however the parse hangs the time, and a "for" phrase with an infinitive; a long clause
    # without what it says was known
    Case("It took almost six hours before the crew learned for certain that the engine could "
         "not be repaired.", "six hours", subject="time before crew learned for certain",
         exact=True),
    Case("It took 18 months for the new stadium roof to be finished.", "18 months",
         subject="time for new stadium roof to be finished", exact=True),
    Case("The track opened in 1988 in Hull, yet it took 12 years for an overnight sleeper "
         "service to be added.", "12 years",
         subject="time for overnight sleeper service to be added", exact=True),
]


# a share of a whole whose copula names the part, or whose verb phrase says what the part
# does, is a share with the part in brackets
SHARES_PART_BY_COPULA = [
    Case("By last summer, nearly two-thirds of all texts were adverts.", "two-thirds",
         subject="share of texts (adverts)"),
    Case("About 40% of the staff are women.", "40%", subject="share of staff (women)"),
    Case("Half the residents are relying on food banks.", "Half",
         subject="share of residents (relying on food banks)"),
]


# a newspaper or a magazine is a body that acts
PRESS_ACTS = [
    Case("The weekly magazine gave the album a rare five out of five.", "five out of five",
         actor="weekly magazine"),
]


# "X, of which there are (thought to be) N": the count is of X
OF_WHICH_THERE = [
    Case("The plan aims to cut fake claims, of which there are thought to be up to 9,000 a "
         "year.", "9,000", subject="fake claims"),
]


# a "they say" takes the group the sentence before is about
THEY_SAY = [
    Case("The Greens have promised to scrap the levy. They say they can raise £2bn.", "£2bn",
         attribution="Greens"),
    Case("The rail unions reject the offer. They said it would cost 300 jobs.", "300",
         attribution="rail unions"),
]


# a place inside "the day after ..." or "going back to ..." says when, not where
PLACES_IN_TIME_ANCHORS = [
    Case("He has won nine matches in a row going back to Dubai 2002.", "nine",
         no_location=True),
    Case("The day after winning her second gold in Sydney, the 27-year-old said she would "
         "retire.", "27-year-old", no_location=True),  # guard: "old" misparsed on "later"
    Case("She won 3 races in Paris the day after her birthday.", "3",
         location="Paris"),  # guard
]


# a person's age is not set where she acts, nor where she is from
AGES_NOT_PLACED = [
    Case("The 31-year-old scored twice in Saturday's 4-1 victory at Derby.", "31-year-old",
         no_location=True),  # guard
    Case("Ms Kaur, 44, was questioned by detectives in Swansea on Friday.", "44",
         no_location=True),
    Case("The singer has died in Lisbon at the age of 81, her agent said.", "81",
         no_location=True),
    Case("The 24-year-old striker is training in Portugal this week.", "24-year-old",
         no_location=True),
    Case("The 33-year-old finished third in the 2001 Berlin race.", "33-year-old",
         no_location=True),
    Case("The 27-year-old later moved into coaching with Bristol, where he stayed.",
         "27-year-old", no_location=True),  # guard: "old" misparsed on "later"
    Case("Mr Reed, 52, from Chorley, Lancashire, was taken to hospital in Preston.", "52",
         no_location=True),
    Case("Ann Holt, 39, also of east Belfast, denied the charge.", "39", no_location=True),
    Case("The 70-year-old trade ban on Cuba was tightened in May.", "70-year-old",
         location="Cuba"),  # guard: a thing's age
    Case("Teenagers in Spain between the ages of 14 and 17 spend less.", "14 and 17",
         location="Spain"),  # guard: a group's bound
]


# what a firm earns stands for the firm: earned "at" it, owned by it in a relative clause
# or showing a move (actors._firm_at, _owner_of)
FIRMS_EARNINGS = [
    Case("Pre-tax profits at Tesco rose 8% to £1.6bn.", "8%", actor="Tesco"),
    Case("Pre-tax profits at Tesco rose 8% to £1.6bn.", "£1.6bn", actor="Tesco"),
    Case("Tesco's profits, which rose 6% to £500m, beat forecasts.", "£500m", actor="Tesco"),
    Case("Nokia's profits showed a 12% rise to 1.2bn euros.", "12%", actor="Nokia"),
    Case("Sales at Christmas rose 3%.", "3%", no_actor=True),  # guard
    Case("Acme's sale of 5 million shares added to the FTSE 100's 0.4% fall.", "0.4%",
         no_actor=True),  # guard: the fall is the index's
]


# a currency sign the parse hangs as punctuation on a word before the sum ("a record $9bn")
# is not the figure's anchor (parse.root): the level is of what the verb pushed
SIGN_HUNG_BEFORE = [
    Case("Heavy spending by the government has pushed the trade gap to a record $427bn.",
         "$427bn", subject="trade gap", exact=True),
]


# a quotation that ends in a question or an exclamation, then who says it: the tag is the
# same sentence (extract.sentences) and names the source (subjects._QUOTE_TAG)
QUESTIONS_TAGGED = [
    Case('"Why should savers pay £40m a year for that?" Mr Hale asked.', "£40m a year",
         attribution="Mr Hale"),
    Case('"Who needs 300 new offices?" asked Ms Grant.', "300", attribution="Ms Grant"),
    Case('"We must find £2bn by May!" Party leader Ann Cole said on Monday.', "£2bn",
         attribution="Party leader Ann Cole"),
]


# a "which" whose clause a verb of saying holds ("the gap, which she thinks will be")
# stands for the noun before it (parse.resolve), as a plain "which" does
WHICH_THEY_SAY = [
    Case("She must cut the trade deficit, which she said would be 3.5% of GDP by 2008.",
         "3.5%", subject="trade deficit", exact=True),
    Case("MPs attacked the leaflet, which the council says cost about £8,000 to print.",
         "£8,000", subject="leaflet"),
    Case("The cuts would be made by the Treasury which they claim could save at least £90m.",
         "£90m", actor="Treasury"),
]


# a share of a whole that is its clause's subject is named by what the part does or is,
# in a few words (subjects._what_part_does), its object alone where the rest runs long
WHAT_THE_PART_DOES = [
    Case("About 70% of shoppers would pay more for local food.", "70%",
         subject="share of shoppers (pay more for local food)", exact=True),
    Case("Some 19% of tenants were not on the register.", "19%",
         subject="share of tenants (not on the register)", exact=True),
    Case("Nearly 44% of members backed the deal and 30% backed the rival bid.", "44%",
         subject="share of members (backed the deal)", exact=True),
    Case("Only 12% of drivers use the new lane regularly at peak times on weekdays.", "12%",
         subject="share of drivers (use the new lane)", exact=True),
    Case("About 80% of farmers rely directly or indirectly on river water from the hills.",
         "80%", subject="farmers", exact=True),  # the verb alone says too little
    Case("More than 60% of pupils said they would stay on.", "60%", subject="pupils",
         exact=True),  # guard: what they say
    Case("Some 63% of fans thought the manager - Tom Reid - should go.", "63%",
         subject="fans", exact=True),  # what they think
    # a bare share that takes its whole from an "of" phrase before it (_parallel_share)
    Case("Of the 300 members polled, 60% backed the deal.", "60%",
         subject="share of members polled (backed the deal)", exact=True),
    Case("Nearly 44% of members backed the deal and 30% backed the rival bid.", "30%",
         subject="share of members (backed the rival bid)", exact=True),
    Case("Of the 40 staff, half are women.", "half", subject="share of staff (women)",
         exact=True),
]


# a word the model tags a verb joined to another with a noun on it is a noun (parse)
JOINED_NOUNS_TAGGED_VERBS = [
    Case("They were pleased by the ruling, which sent Vodafone shares up 3.5% and Nokia "
         "shares up 4.2%.", "4.2%", subject="Nokia shares", exact=True),
    Case("Some 30% said the plan was fair and 40% disagreed.", "40%",
         subject="those who disagreed", exact=True),  # guard: a figure on a verb is no
    # noun; a share that names no group is named by what its people do
]


# a statement is a document: its issuer is the source
STATEMENT_ISSUED_BY = [
    Case("The statement issued by Acme also said that its sales rose 5% last year.", "5%",
         attribution="Acme"),
]


# a cause that sends shares up or down is no actor: the firm whose shares they are is
# (actors._sent_market)
SHARES_SENT = [
    Case("The news sent shares in Acme Foods up 9.5p.", "9.5p", actor="Acme Foods"),
    Case("Takeover talk lifted Zeta's shares by 7% on Monday.", "7%", actor="Zeta"),
    Case("Acme boosted its share of the soap market to 30%.", "30%", actor="Acme"),  # guard
]


# what is on sale at a price; a numbered name as the owner of a change
ON_SALE = [
    Case("The new album is now on sale for £9.99.", "£9.99", subject="new album",
         exact=True),
    Case("Season passes went on sale priced at £450 each.", "£450",
         subject="Season passes", exact=True),
    Case("The house went up for sale at £2m.", "£2m", subject="house", exact=True),
    Case("Banks led the FTSE 100's 1.2% fall.", "1.2%", subject="fall (FTSE 100)", exact=True),
    Case("The pound's 2% fall hit importers.", "2%", subject="fall (pound)", exact=True),
]


# what reaches a mark through an infinitive; the "by" agent of a participle on the noun;
# a title the parse heads with its number
MARK_AGENT_TITLE = [
    Case("It is the third Pixar film to pass the $500m mark.", "$500m",
         subject="Pixar film", exact=True),
    Case("It is the start of an ambitious new 9m euro (£6m) scheme funded by the World Bank.",
         "£6m", actor="World Bank"),
    Case("The 300 jobs created by Acme are welcome.", "300", actor="Acme"),
    Case("Of the $12bn in aid approved by Congress, little has been spent.", "$12bn",
         actor="Congress"),
    Case("Almost one in five cars sold by the group was a hybrid.", "one in five",
         actor="group"),
    Case("Italy has been the top side with six wins, followed by the UK with five.", "six",
         no_actor=True),  # guard
    Case("Lopez, 27, sacked by Arsenal in May, has a new club.", "27", no_actor=True),  # guard
    Case("Bids of £3m rejected by the club came from Leeds.", "£3m", no_actor=True),  # guard
    Case("Shrek 2 took $920m worldwide.", "$920m", subject="takings (Shrek 2)",
         actor="Shrek 2"),
]


# a gerund after a preposition: done by the subject of the verb it hangs on, or by the object
# of a verb of judging; not by the one a verb of purpose or being names
GERUND_DOER = [
    Case("Dealers were nervous and the bank's shares slid to $3.50, before bouncing back to "
         "end at $3.80.", "$3.80", subject="bank's shares", exact=True),
    Case("The regulator accused Acme of paying $2m to an agent.", "$2m", actor="Acme",
         attribution="regulator"),
    Case("The minister praised councils for recycling 400,000 tonnes of waste.", "400,000 tonnes",
         actor="councils"),
    Case("The striker delighted fans by scoring three goals.", "three", actor="striker"),
    Case("The club raised funds by selling new shares worth £20m.", "£20m",
         subject="new shares", exact=True),
    Case("The new owner used his stake to oust three directors.", "three",
         subject="directors", exact=True),
]


# a span that opens a clause, or a deed's distance, is no subject's: not the doer's nor the
# object's
SPAN_OF_DEED = [
    Case("Analysts think that in four years the yen will be stronger.", "four years",
         subject="", exact=True),
    Case("He turned and beat the goalkeeper from 25 yards.", "25 yards", subject="",
         exact=True),
    Case("Soon after, Okoro went close to a second goal with a low shot from 20 yards.",
         "20 yards", subject="", exact=True),  # the main clause's doer, past a gerund
    Case("That one job took up three years of my life.", "three years", subject="life",
         exact=True),  # "my" is the speaker's, no third party's
    # a noun that only frames a span is read with it, as the bare span is
    Case("Regulators say the bank hid losses from investors over a three-year period.",
         "three-year", subject="losses", exact=True),
    Case("The band split up and stayed apart for a period of six years.", "six years",
         subject="apart (band)", exact=True),
    Case("Output grew 0.5% set against the previous three month spell.", "three month",
         subject="", exact=True),  # guard: a when
    Case("The spending may go up to $8bn or more for seven years or so.", "seven years",
         subject="", exact=True),  # another figure is no subject
    Case("She took the women's 400m title in 51.2 seconds.", "51.2 seconds",
         subject="women's 400m title", exact=True),  # guard: a time of a deed keeps its object
]


# a phrase of when on the subject's noun only says when, and is left out
WHEN_LEFT_OUT = [
    Case("Operating profit for the quarter was $3m.", "$3m", subject="Operating profit",
         exact=True),
    Case("The show ended its five-year run on the CBS network in June.", "five-year",
         subject="run on the CBS network (show)", exact=True),
    Case("Exports for the whole of 2003 rose 1.2%.", "1.2%", subject="Exports", exact=True),
    Case("Sales in city centre stores in the week to Sunday rose 4%.", "4%",
         subject="Sales in city centre stores", exact=True),  # a phrase of where stays
]


# a bare count with "more" after it and no noun of its own counts what the count before did
MORE_OF_THE_SAME = [
    Case("Police arrested 20 men on Monday and 15 more on Tuesday.", "15",
         subject="men arrested", exact=True),
    Case("The airline ordered 30 of the jets, at $90m each, with an option on 20 more.", "20",
         subject="jets", exact=True),
    Case("Some 300 people died and thousands more were hurt.", "thousands",
         subject="people", exact=True),  # guard: its own verb says
]


# how long a deed lasted, where a pronoun does it: named by the deed alone
DEED_BY_PRONOUN = [
    Case("After the war it had been used as a school for nine years.", "nine years",
         subject="used as a school", exact=True),
    Case("I tried for three years to get the law changed.", "three years", subject="tried",
         exact=True),
    Case("For six weeks, they argued over terms.", "six weeks", subject="argued over terms",
         exact=True),  # a "for" that opens the text
    Case("We would have drawn but for the final three minutes.", "three minutes", subject="",
         exact=True),  # guard
]


# a share after "and" with the "that" clause of a gapped verb of thinking is of the group
# the share before it was of; not a share a relative "that" clause defines
GAPPED_THAT = [
    Case("Some 63% of voters in the poll thought the plan was fair and 61% that it was too "
         "late.", "61%", subject="voters", exact=True),
    Case("The firm said 20% of staff left and 10% that stayed got a bonus.", "10%",
         subject="got a bonus"),  # guard: not "staff (left)"
]


# a verb of reckoning's object is what its "to be" figure measures; a second clause's
# subject the parse joined to the first clause's object is that clause's own
RECKONED_AND_JOINED = [
    Case("The study calculated food needs for 2005 to be 380,000 tonnes.", "380,000 tonnes",
         subject="food needs", exact=True),
    Case("The data came in line with hopes and shares in Acme rose by 2%.", "2%",
         subject="shares in Acme", actor="Acme", exact=True),
    Case("Acme will sue Zeta and others involved in the deal for $20m in damages.", "$20m",
         subject="damages"),  # guard: a participle's clause is no second clause
    Case("He wanted Acme's offer to buy a 20% stake.", "20%", actor="Acme"),  # guard
]


# a level after a move's "in" phrase is of what that phrase names, wherever the parse hangs
# the "to"; not a verb's phrase of when
MOVED_IN_TO = [
    Case("One member backed a half-point increase in the base rate to 6%.", "6%",
         subject="base rate", exact=True),
    Case("He called for a cut in fuel duty to 40p a litre.", "40p a litre",
         subject="fuel duty", exact=True),
    Case("Acme's share price rose 3p in early trading to 412p.", "412p",
         subject="Acme's share price", exact=True),  # guard
]


# a participle's phrase after a count leaves out an infinitive that is another word's, and a
# sentence's verb the parse took for the participle's object
PARTICIPLE_BOUNDS = [
    Case("It is the first of the 12 coastal towns hit by the storm to reopen.", "12",
         subject="coastal towns hit by the storm", exact=True),
    Case("The four local charities organising the concert hope to raise money.", "four",
         subject="local charities", exact=True),
    Case("The rebels say they have the 40 votes needed to force a ballot.", "40",
         subject="votes needed to force a ballot"),  # guard: the participle's own infinitive
]


# The level a move reached past a phrase of when or how often, a second subject the parse
# gave the verb for an aside before it, a phrase preposition ("in the wake of"), and a firm
# named by a kind of firm after its name.
LEVEL_PAST_ASIDES = [
    Case("Earnings at Lloyds TSB retail bank rose 9% to £800m in the first half.", "£800m",
         actor="Lloyds TSB retail bank"),
    Case("The central bank raised interest rates three times last year to 4.5%.", "4.5%",
         subject="interest rates", exact=True),
    Case("The Bank of England has lifted rates twice this year to 4.75%.", "4.75%",
         subject="rates", exact=True),
    Case("In Scotland, the region with the lowest unemployment in Britain, the jobless rate "
         "fell in March to 4.1%.", "4.1%", subject="jobless rate", exact=True),
    Case("Analysts expect the Chinese car market will grow 12% this year, to 2.4 million "
         "vehicles.", "2.4 million", subject="Chinese car market", exact=True),
    Case("Truck sales fell to 85,000 vehicles from 92,000 a year earlier.", "85,000",
         subject="Truck sales", exact=True),
    Case("Shares closed at 320p in the wake of the warning.", "320p", subject="Shares",
         exact=True),
    Case("The agency raised its forecast of global demand growth by 60,000 barrels a day to "
         "85 million barrels a day.", "85 million barrels a day",
         subject="forecast of global demand growth", exact=True),
    Case("The central bank is expected to lift its main rate by 0.25 percentage points to 3% "
         "next month.", "3%", subject="main rate (central bank)", exact=True),
    # not a list of subjects, nor a place set after a comma
    Case("Developing nations such as Kenya, Ghana, and Uganda could lose thousands of jobs.",
         "thousands", subject="jobs", exact=True, no_location=True),
    Case("The BBC's reporter, with the protesters in Hyde Park, London said several hundred "
         "people had gathered.", "several hundred", attribution="BBC's reporter"),
]


# A place name on the people or bodies a figure counts says where they are from, as a
# people's adjective does; a population's stays its place.
PLACE_NAME_ON_COUNTED = [
    Case("Three US bankers were charged with fraud on Monday.", "Three", no_location=True),
    Case("Two UK campaigners were refused legal aid.", "Two", no_location=True),
    Case("Some 4,000 UK troops will leave Basra by the summer.", "4,000", location="Basra"),
    Case("Three Glasgow councillors have resigned over the expenses row.", "Three",
         no_location=True),
    Case("Some two million UK households pay for satellite television.", "two million",
         location="UK"),
    Case("A poll of 600 UK mobile owners found most want cheaper calls.", "600",
         location="UK"),
    Case("The firm was granted 3,200 US patents last year.", "3,200", location="US"),
]


# No owner where the clause's subject only watches, probes or mocks what is counted, or the
# counted act beside it ("along with"); a "he" stands for a person the model took for a firm
# where an honorific names him.
NOT_THE_WATCHERS = [
    Case("Ofcom is looking into 30 adverts for fast food.", "30",
         subject="adverts for fast food", exact=True),
    Case("Ofsted has investigated 120 complaints since May.", "120", subject="complaints",
         exact=True),
    Case("Blogscan, a web search firm, tracks about two million blogs.", "two million",
         subject="blogs", exact=True, no_actor=True),  # one who tracks them
    Case("The team has spent a year studying more than 400 flocks of geese.", "400",
         no_actor=True),
    Case("Amnesty said it witnessed 60 executions last year.", "60", subject="executions",
         exact=True, attribution="Amnesty"),
    Case("The comedian mocked the singer, poking fun at one of the most famous egos in pop.",
         "one", subject="famous egos", no_actor=True),
    Case("The MP launched the party in May along with 800 trade unionists.", "800",
         subject="trade unionists", exact=True),
    Case("Ford has 13,000 workers in Britain.", "13,000", subject="workers (Ford)",
         exact=True),
    Case("Mr Ford said he would spend $500m on the plant.", "$500m", actor="Mr Ford"),
]


# A time spent in the passive is named by what fills it; an age standing as a noun is the
# age of the one named before, even where the model took the name for a place.
SPENT_AND_AGED = [
    Case("The next three weeks will be spent checking the ballot papers.", "three weeks",
         subject="checking the ballot papers", exact=True),
    Case("Ten hours were spent on the talks.", "Ten hours", subject="time on the talks",
         exact=True),
    Case("Ogunleye has played in the league since 2001 when he joined Leeds from Ajax. But the "
         "27-year-old has not started a game this season.", "27-year-old", subject="Ogunleye",
         exact=True),
    Case("France has stayed quiet but Mr Hain said he backed the plan. He expects the ban to "
         "go within six months.", "six months", attribution="Mr Hain"),
]


# A phrase of place that names the row's location leaves the subject, as a phrase of when
# does; not on a time, nor what one invests in.
PLACE_LEFT_OUT = [
    Case("The average house price in Wales was £150,000.", "£150,000",
         subject="average house price", exact=True, location="Wales"),
    Case("Some 2.5 million people in Scotland use the service.", "2.5 million",
         subject="people who use the service", exact=True, location="Scotland"),
    Case("The group's proposed £600m investment in Jaguar was approved.", "£600m",
         subject="investment in Jaguar (group)", exact=True),
    Case("He spent 10 days in Kenya.", "10 days", subject="time in Kenya", exact=True),
    Case("The bank now has 9m customers in the UK alone.", "9m", subject="customers (bank)",
         exact=True, location="UK"),
    Case("It will close 12 of its 40 shops in eastern Europe.", "40", subject="shops",
         exact=True, location="Europe"),
]


# An "of" the parse hangs on the verb right after the figure is the figure's; a scale the
# model tags a verb leaves the clause's subject to the verb; a level left after a comma
# is of what the level reached before it measures.
OF_AND_LEVELS_PAST_PARSE = [
    Case("Analysts think the company has absorbed more than £1.5bn of lost income.", "£1.5bn",
         subject="lost income", exact=True),
    Case("The film is a hit, though its takings in Britain have reached only £6m to date.",
         "£6m", subject="takings", exact=True),
    Case("Acme halted sales of the drug in May, a move which caused the group's profit to "
         "fall to $1.2bn (£640m), from $1.5bn a year earlier.", "$1.5bn",
         subject="group's profit", exact=True),
]


# An ordinal right after a count that makes a compound with the noun after it is part of
# what is counted, not another figure; one that ranks stays out.
ORDINAL_COMPOUNDS = [
    Case("The airline will lease four second hand jets.", "four",
         subject="second hand jets", exact=True),
    Case("He was given two first class tickets to Paris.", "two",
         subject="first class tickets", exact=True),
    Case("Jamaica's first relay gold for 20 years came in 37.9 seconds.", "37.9 seconds",
         subject="relay gold", exact=True),
]


# A price that a verb of money moves is the priced thing's, its firm the actor, not a loss;
# a country that owns an economy, an index or a deficit is its place, not its actor.
PRICES_MOVED = [
    Case("Shares in Alstom lost 40 cents or 12% on the news.", "40 cents",
         subject="Shares in Alstom", exact=True, actor="Alstom"),
    Case("Shares in Alstom lost 40 cents or 12% on the news.", "12%", actor="Alstom"),
    Case("The company's stock gained 50 cents to $31 on Monday.", "50 cents",
         subject="company's stock", exact=True),
    Case("Qantas shares were suspended at A$3.15 on Friday.", "A$3.15",
         subject="Qantas shares", actor="Qantas"),
    # a firm's coined name that opens its sentence, which the tagger reads as an adjective
    Case("Altrex shares, which have lost almost 30% of their value this year, rose 2.1% in "
         "Frankfurt on Friday.", "2.1%", subject="Altrex shares", actor="Altrex"),
    Case("Altrex shares, which have lost almost 30% of their value this year, rose 2.1% in "
         "Frankfurt on Friday.", "30%", actor="Altrex"),
    Case("Corvex shares, which have lost almost 30% of their value this year, rose 2.1% in "
         "Frankfurt on Friday.", "2.1%", subject="Corvex shares", actor="Corvex"),
    # guards: a people's adjective, and a word the article writes in lower case too
    Case("Asian shares, which have lost almost 30% of their value this year, rose 2.1% on "
         "Friday.", "2.1%", subject="Asian shares", no_actor=True),
    Case("Tech shares, which have lost almost 30% of their value this year, rose 2.1% as "
         "tech firms gained.", "2.1%", subject="Tech shares", no_actor=True),
    Case("Acme lost $40m last year.", "$40m", subject="losses (Acme)", exact=True,
         actor="Acme"),
    Case("Japan's economy grew 2% last year.", "2%", subject="Japan's economy",
         no_actor=True, location="Japan"),
    Case("France's benchmark Cac index closed 12.3 points lower.", "12.3 points",
         no_actor=True, location="France"),
    Case("Britain's budget deficit rose to 3.2% of GDP.", "3.2%", no_actor=True),
    Case("Germany's Siemens said its profits rose 4%.", "4%", actor="Siemens"),
    Case("Shares in mining group Lonmin have jumped more than 12% on the news.", "12%",
         actor="Lonmin"),
    Case("Brent crude futures have now lost $3 in four days.", "$3",
         subject="Brent crude futures", exact=True),
]


# The agents of a passive a figure counts make no move of it, where the verb is one of
# change ("dropped by"); a "by" that gives the size of a cut does.
PASSIVE_DOERS = [
    ("The host was dropped by six radio stations last year.", "six", ""),
    ("The new code was drawn up by two groups of experts.", "two", ""),
    ("The case has been heard by three lower courts.", "three", ""),
    ("The workforce was reduced by 300 jobs last year.", "300", "down"),
    ("Prices were cut by 5% in the sale.", "5%", "down"),
    ("Most homes in the town were moved upwards by at least one tax band.", "one", "up"),
]


@pytest.mark.parametrize("text, surface, change", PASSIVE_DOERS, ids=lambda v: str(v)[:40])
def test_passive_doers_make_no_move(text, surface, change):
    claim = _claim(Case(text, surface))
    assert claim.change == change, claim


# A sum or a time a doer loses is the size of its loss, no move; a price that loses moves
SUMS_LOST = [
    ("The carrier, which lost $420m in the second quarter, will cut 900 jobs.", "$420m", ""),
    ("Investors lost about $60bn when the bank went under.", "$60bn", ""),
    ("Shares in Alstom lost 40 cents on the news.", "40 cents", "down"),  # guard: a price
    ("The club cut its losses from £20.6m to £1.2m.", "£1.2m", "down"),  # guard: a move
    # nor has a time one loses
    ("The striker has lost almost two years of his career to injury.", "two years", ""),
    ("Jones said he had lost four years of his life in jail.", "four years", ""),
    # nor the margin one loses by
    ("The Tories lost the seat by 300 votes.", "300", ""),
    ("Wales lost by two points to France on Saturday.", "two points", ""),
]


@pytest.mark.parametrize("text, surface, change", SUMS_LOST, ids=lambda v: str(v)[:40])
def test_sums_lost_make_no_move(text, surface, change):
    claim = _claim(Case(text, surface))
    assert claim.change == change, claim


# A bare "millions" or "billions" that a verb of money makes a sum is money, in the currency
# the words after it name, else that of the nearest sum, not one restated in brackets; a
# count where the article has no sum, and a count of people stays one
SCALES_OF_MONEY = [
    ("Zeta Games sold $300m (£160m) of consoles last year.\n\nAnalysts say phone games "
     "will generate billions for mobile firms.", "billions", "USD"),
    ("Investors lost £20m in May. Those who lost millions when the fund shut want answers.",
     "millions", "GBP"),
    ("Zeta Games sold $300m of consoles.\n\nThe firm is seeking millions in euros in "
     "damages.", "millions", "EUR"),
    ("The firm is investing millions to start the new service.", "millions", ""),  # guard:
    # no sum in the article
    ("Zeta Games sold $300m of consoles. Millions of people bought one.", "Millions",
     ""),  # guard: people
]


@pytest.mark.parametrize("text, surface, currency", SCALES_OF_MONEY, ids=lambda v: str(v)[:40])
def test_scales_of_money(text, surface, currency):
    claim = _claim(Case(text, surface))
    assert claim.currency == currency, claim
    assert claim.dimension == ("currency" if currency else "count"), claim


# A rate set after a move by a comma restates it over a year and moves as it does
RATES_RESTATED = [
    ("Factory output grew just 0.2%, an annual rate of 0.8%.", "0.8%", "up"),
    ("The economy shrank 0.5% in the third quarter, an annualised rate of 2%.", "2%", "down"),
    ("Prices rose 3% last year, a rate the bank called too high.", "3%", "up"),  # guard
]


@pytest.mark.parametrize("text, surface, change", RATES_RESTATED, ids=lambda v: str(v)[:40])
def test_rates_restated_move(text, surface, change):
    claim = _claim(Case(text, surface))
    assert claim.change == change, claim


# How long a day, or how often, one does or suffers something is named by the verb and its
# object, with its doer; not where the span is of a count before it; a source an open
# "according to" holds is no subject, where the parse takes it for one
HOURS_A_DAY = [
    Case("The new app lets children play games on their tablets six hours a day.",
         "six hours a day", subject="play games on their tablets (children)", exact=True),
    Case("The shop is open 24 hours a day.", "24 hours a day", subject="open (shop)",
         exact=True),  # a state, named as "be out for six weeks" is
    Case("Shoppers were getting hit every three to four weeks.", "three to four weeks",
         subject="hit (Shoppers)", exact=True),
    Case("Most motorists get a new car every six years.", "six years",
         subject="get a new car (motorists)", exact=True),  # a light verb with its object
    Case("The medal will be given once every four years.", "four years",
         subject="given (medal)", exact=True),  # or in the passive
    Case("A new website is launched every 3.5 seconds, a study says.", "3.5 seconds",
         subject="launched (new website)", exact=True),
    Case("According to research group Acme, the online audience, has doubled every four "
         "months.", "four months", subject="doubled (online audience)", exact=True),
    Case("Visitors are limited to one trip to the island every two years.", "two years",
         subject="trip to the island", exact=True),  # guard
]


# A margin of points to a rival is the gap to it, the side it is of in brackets where a name;
# no one's deed
POINTS_GAPS = [
    Case("Leeds would fall to fourth in the table, nine points behind leaders Ipswich.",
         "nine points", subject="gap to leaders Ipswich (Leeds)", exact=True, no_actor=True),
    Case("If they lose, Leeds will drop to fourth place in the table, nine points behind "
         "leaders Ipswich, who won 3-0 at Hull on Friday.", "nine points",
         subject="gap to leaders Ipswich (Leeds)", exact=True),  # "behind" hung on the points
    Case("The win lifted Celtic to within four points of leaders Rangers.", "four points",
         subject="gap to leaders Rangers (Celtic)", exact=True, no_actor=True),
    Case("The Saints are seventh, six points off the last play-off place.", "six points",
         subject="gap to last play-off place (Saints)", exact=True),
    Case("Motherwell won 2-0 and are now three points clear of Hibs.", "three points",
         subject="gap to Hibs (Motherwell)", exact=True),
    # a margin in time or length too
    Case("Okafor finished just 0.05 seconds behind Bekele in the final.", "0.05 seconds",
         subject="gap to Bekele (Okafor)", exact=True, no_actor=True),
    Case("Jones cleared 2.25m, just 2cm short of the Olympic standard.", "2cm",
         subject="gap to Olympic standard (Jones)", exact=True),
    Case("The deal would take three years off his prison sentence.", "three years",
         subject="prison sentence"),  # guard: a time taken off, no margin
    Case("Most offenders are caught again within two years of release.", "two years",
         subject="release"),  # guard: a span
    Case("The budget leaves a £4bn gap in council funding.", "£4bn",
         subject="gap in council funding", exact=True),  # guard: no margin of points
]

# A noun right after a share or count that the parse made a compound of the noun after it
# is part of that noun: "One in 10 adult Americans" counts adult Americans, not "adult"
COMPOUNDS_AFTER_SHARES = [
    Case("One in 20 adult Canadians - or 1.5 million people - owns an electric scooter, a poll "
         "found.", "One in 20", subject="adult Canadians", exact=True),
    Case("One in eight adult Danes has a second home, a study found.", "One in eight",
         subject="adult Danes", exact=True),
    Case("Nearly one in eight teenage drivers had crashed within a year of passing.",
         "one in eight", subject="teenage drivers"),
    Case("About three in four young Danes say they would live abroad for work.",
         "three in four", subject="young Danes"),  # guard: an adjective, not a compound
]

# An "it" that says stands, where no one who says is named before, for the firm the
# sentence before names as its subject, as the actor and the source; an "it" that doubles,
# raises or cuts what it has with an object acts
IT_SAYS_AND_MOVES = [
    Case("Halden Foods has been squeezed by dearer grain. It has said it must shed 400 "
         "posts this year.", "400", actor="Halden Foods", attribution="Halden Foods"),
    Case("Zeta Air was hurt by the strike in March. It estimated that it lost about £12m in "
         "sales.", "£12m", attribution="Zeta Air"),
    Case("Orbis Telecom is moving into banking. It said it would triple the number of its "
         "branches to 900.", "900", actor="Orbis Telecom", attribution="Orbis Telecom"),
    Case("Orbis Telecom is moving into banking. It said its branches would triple in number "
         "to 900.", "900", no_actor=True),  # guard: the branches move themselves
]

# A participle right after a counted noun, with no auxiliary, that the parse took for a
# clause of which the noun is the subject (the root, or the subject of the verb after it)
# says which ones the noun counts; the noun is the verb's subject
PARTICIPLES_TAKEN_FOR_CLAUSES = [
    Case("But 24 people accused in relation to the riots said it must not be screened until "
         "the hearing is over.", "24", subject="people accused in relation to the riots",
         exact=True),
    Case("Yet 19 people accused in relation to the thefts say it should not be published "
         "until the trial is over.", "19", subject="people accused in relation to the thefts",
         exact=True),
    Case("Yet 19 people accused of links with the thefts say it should not be published.",
         "19", subject="people accused of links with the thefts", exact=True),  # guard
]

# A name the model gives no kind, or a firm's, is a person's where a person's role stands
# right before it ("R&B star Usher"), so an age after it is that person's
NAMES_AFTER_ROLES = [
    Case("Last June, soul star Maxwell scored a first, with two songs in the UK Top 20. The "
         "tracks came from the 31-year-old's third album.", "31-year-old", subject="Maxwell",
         exact=True),
    Case("Last June, games maker Zeta scored a first, with two games in the UK Top 20. The "
         "tracks came from the 31-year-old's third album.", "31-year-old", subject="",
         exact=True),  # guard: no person's role
]

# The first object of "cost", "save", "charge" or "owe" is the one a sum falls on, never
# what the sum measures, wherever the parse hangs the sum ("up to $3m" as a phrase)
SUMS_FALLING_ON = [
    Case("It is estimated the case will cost Kern county up to $3m (£1.6m).", "$3m",
         subject="case", exact=True),
    Case("It is estimated his appeal will cost Orange county up to $5m (£2.7m).", "£2.7m",
         subject="appeal", exact=True),
    Case("When rivals offered basic broadband for less than £15, prices fell.", "£15",
         subject="basic broadband"),  # guard: what is offered for a sum
]

# Counted people a place or a body "has" in a plight are named with it, as those a copula
# puts in one are ("Spain has 2.1 million people out of work" -> "people out of work")
PLIGHTS_HAD = [
    Case("By the ILO's count, Poland had 2.9 million adults out of work last May.",
         "2.9 million", subject="adults out of work", exact=True),
    Case("The union now has 30,000 members on strike across the north.", "30,000",
         subject="members on strike"),
    Case("The league had 40 clubs in the top flight.", "40",
         subject="clubs in the top flight (league)", exact=True),  # guard: no plight
]

# One who only judges, faces or watches a thing a span of time sizes does not act on that
# span ("Critics have panned the four-hour film"), as for any figure; but the time one
# spends watching is one's own ("monitored the channel for 171 hours")
SPANS_ONLY_BEHELD = [
    Case("Reviewers have lambasted the four-hour opera, which cost £20m to stage.",
         "four-hour", subject="opera", no_actor=True),
    Case("Drivers who face a 12-month ban may appeal to the board.", "12-month",
         no_actor=True),
    Case("Inspectors monitored the plant for 300 hours last year.", "300 hours",
         actor="Inspectors"),  # guard: the time they spent
]

# A people's adjective on what the figure measures names its country over the country that
# owns the source ("Japan's largest carmaker estimates the Chinese market will grow")
PLACES_OVER_THE_SOURCES = [
    Case("Japan's largest carmaker estimates that the Chinese market will grow 12% next year.",
         "12%", location="China"),
    Case("Germany's statistics office said French exports rose 3% in May.", "3%",
         location="France"),
    Case("Germany's statistics office said the economy grew 0.4% in May.", "0.4%",
         location="Germany"),  # guard: no other country
]

# The "by" agent of a participle on the figure's noun acts, whoever the clause names: "The
# board will rule on the three-year ban imposed by Fifa" -> Fifa
AGENTS_ON_THE_NOUN = [
    Case("The board will rule on the three-year ban imposed on him by Fifa.", "three-year",
         actor="Fifa"),
    Case("Staff sift through the 4,000 warnings issued each month by security firms.",
         "4,000", actor="security firms"),
    Case("Acme will axe the 300 jobs created at its Leeds plant in 2003.", "300",
         actor="Acme"),  # guard: no agent
]

# A name after a noun of kind that "and" joins to a first name acts with it, where the parse
# hangs the second name on the first ("Zorbi and net telephony firm Callix")
KINDS_JOINED_TO_NAMES = [
    Case("Games maker Zorbi and net telephony firm Callix will roll out the service at 500 "
         "hotspots across Europe.", "500",
         actor="Games maker Zorbi and net telephony firm Callix"),
]

# How often "every" and a number of units of time say a deed is done is named by the deed,
# where the parse hangs them on the object of the deed's preposition
FREQUENCIES_ON_OBJECTS = [
    Case("Staff must rule on an appeal every 11 minutes.", "11 minutes",
         subject="rule on an appeal (Staff)", exact=True),
    Case("Officers must rule on a request every nine minutes.", "nine minutes",
         subject="rule on a request (Officers)", exact=True),
    Case("Clerks deal with a complaint every four minutes.", "four minutes",
         subject="deal with a complaint (Clerks)", exact=True),
    Case("Inspectors must report on a school every 12 days.", "12 days",
         subject="report on a school (Inspectors)", exact=True),  # guard
]

# "X accounts for N% of Y" names the share of Y in brackets by X also where the tagger
# takes "accounts" for a noun X is a compound of, and where the "of" hangs on any word of
# the figure ("roughly two-thirds of ...")
SHARES_ACCOUNTED_FOR = [
    Case("Household borrowing accounts for 58% of German bank lending.", "58%",
         subject="share of German bank lending (Household borrowing)", exact=True),
    Case("Consumer borrowing accounts for 40% of bank lending.", "40%",
         subject="share of bank lending (Consumer borrowing)", exact=True),
    Case("Consumer credit accounts for roughly two-thirds of Spain's bank loans.",
         "two-thirds", subject="share of Spain's bank loans (Consumer credit)", exact=True),
    Case("Business travel accounts for 40% of its revenue.", "40%",
         subject="share of revenue (Business travel)", exact=True),  # guard
]

# A count right before the ages that name a group counts that group, as written, with a
# people's name between ("500 21 to 25-year olds", "400 Welsh 11 to 15-year-olds")
AGE_GROUPS_COUNTED = [
    Case("The poll of 800 18 to 24-year-olds found most would vote.", "800",
         subject="18 to 24-year-olds", exact=True),
    Case("It asked 400 Welsh 11 to 15-year-olds about sport.", "400",
         subject="Welsh 11 to 15-year-olds", exact=True),
    Case("It asked 400 11 to 15-year-olds and 400 16 to 19-year olds about sport.", "400",
         subject="11 to 15-year-olds", exact=True),
]

# Counted people or things a "with" phrase says are doing something are named by it, as
# written, where it is short ("with 412,000 patients waiting for surgery")
DOING_WITH = [
    Case("Queues were shorter, with 412,000 patients waiting for surgery.", "412,000",
         subject="patients waiting for surgery", exact=True),
    Case("The mill shut in May, with 300 workers losing their jobs.", "300",
         subject="workers losing their jobs", exact=True),
    Case("The mill shut in May, with 300 workers hoping to find new work in the town soon.",
         "300", subject="workers", exact=True),  # guard: too long to quote
]

# An "it" that is a firm and makes, posts or books a loss or a profit, or loses a sum, acts
# (the firm the sentence before names as its subject); not a film that "made" a sum
IT_EARNS = [
    Case("Zeta Rail posted a loss of £40m last year. It made a loss of £12m in the first "
         "half.", "£12m", actor="Zeta Rail"),
    Case("Orbis Bank reported on Monday. It lost $80m on bad loans in the year.", "$80m",
         actor="Orbis Bank"),
    Case("Directed by Ann Lee, the film was a hit. It made over $40m worldwide.", "$40m",
         no_actor=True),  # guard: a film's takings
]

# A party to a deal named by a noun of its own ("the kingdom of Bahrain", "the island state
# of Malta") is no place of the figure, as one named alone is
PARTIES_NAMED_BY_NOUNS = [
    Case("BP has signed a $4bn (£2.1bn) deal with the kingdom of Bahrain to build a "
         "refinery.", "$4bn", no_location=True),
    Case("Acme agreed a $90m contract with the island state of Malta.", "$90m",
         no_location=True),
    Case("BP will spend $4bn in the kingdom of Bahrain.", "$4bn",
         location="Bahrain"),  # guard: no party
]

# A name that beats a side, as the agent of the verb, is a side, no place of the figure
SIDES_THAT_BEAT = [
    Case("The coach makes just two changes to the side that was beaten by Italy.", "two",
         no_location=True),
    Case("The coach makes just two changes to the side that was beaten in Italy.", "two",
         location="Italy"),  # guard: where
]

# A place inside a "with" phrase set off by a comma after the figure tells of a part of
# what it measures, not where the figure is
WITH_ASIDES = [
    Case("Broadband users in Europe rose by 9% last year, the study found, with the biggest "
         "rises in Spain and Poland.", "9%", location="Europe"),
    Case("At least 12 ports were shut, with Greece and Cyprus among the worst hit.", "12",
         no_location=True),
    Case("Web shoppers rose by 9% last year, the study found, with the biggest rises in Spain "
         "and Poland.", "9%", no_location=True),
    Case("Ten years ago, with fewer cars on the roads in Wales, only 300 people were hurt.",
         "300", location="Wales"),  # guard: the phrase before the figure
]

# A bracketed acronym that ends what a share's part does is left out of it, and does not
# keep a level left "up from" from the share it is set against
ACRONYMS_AFTER_DEEDS = [
    Case("A poll found 41% of Danish smartphone owners have never used a virtual private "
         "network (VPN), up from 30% in 2003.", "41%",
         subject="share of Danish smartphone owners (never used a virtual private network)",
         exact=True),
    Case("A poll found 41% of Danish smartphone owners have never used a virtual private "
         "network (VPN), up from 30% in 2003.", "30%",
         subject="share of Danish smartphone owners (never used a virtual private network)",
         exact=True),
    Case("Under a quarter of firms (24%) get their annual energy (AE) reports checked, says "
         "the survey.", "a quarter", subject="firms", exact=True),  # guard: mid-phrase
]

# Counted things a passive of marking puts down for a passive deed are named with both
# ("300 posts have been earmarked to be axed" -> "posts earmarked to be axed")
MARKED_FOR_DEEDS = [
    Case("A further 300 posts have been earmarked to be axed.", "300",
         subject="posts earmarked to be axed", exact=True),
    Case("Some 30 stations are scheduled to be closed.", "30",
         subject="stations scheduled to be closed", exact=True),
    Case("Some 40 fans are expected to attend.", "40", subject="fans who are expected to attend",
         exact=True),  # guard: a forecast, not a marking (PEOPLE_TO_DO)
]

# What one only weighs, reviews or probes is not one's own: no owner in brackets
WEIGHED_NOT_OWNED = [
    Case("Meanwhile Ofcom is considering requests for another six licences.", "six",
         subject="licences", exact=True),
    Case("Orbis is weighing bids for another five franchises.", "five", subject="franchises",
         exact=True),
    Case("Orbis now runs another five franchises.", "five",
         subject="franchises (Orbis)", exact=True),  # guard: its own
]

# A bid, an offer, a loan or a demand a "from" phrase names a maker for is the maker's,
# whatever the clause says of it (one who opposes or weighs it does not act)
MAKERS_FROM = [
    Case("Shareholders will oppose any formal £700m takeover bid from Zeta Foods.", "£700m",
         actor="Zeta Foods"),
    Case("Orbis Rail faces a similar $300m repayment demand from its lenders.", "$300m",
         actor="lenders"),
    Case("Acme completed its $90m purchase of the plant from Zeta.", "$90m",
         actor="Acme"),  # guard: whom one buys from
]

# A bare "the company" or "the airline" that says or acts stands also for the one firm the
# sentence before names in an "in" or "of" phrase on its subject, or in an "at" phrase
# with its kind; not a unit's ("Profits at Zetacard rose. The bank ...")
FIRMS_IN_SUBJECTS = [
    Case("Revenues at media group Pearson slipped 6% during 2004, its owners said. The "
         "company said it was hopeful even as revenues fell to £1.2bn.", "£1.2bn",
         attribution="Pearson"),
    Case("Shares in Zeta Airways have fallen after the firm warned of losses. In a filing the "
         "airline said it must cut costs by $90m.", "$90m", actor="Zeta Airways",
         attribution="Zeta Airways"),
    Case("Profits at Zetacard rose by 5% to £80m. The bank also blamed costs for a 2% fall "
         "in profits at its retail arm.", "2%", actor="bank"),  # guard: a unit's
]

# a bare "millions" or "billions" that a verb of money takes is a sum, named by the verb's
# noun with its doer in brackets, as a sum in a currency is; names joined by "&" are one
# name, so the doers after its "and" are its partners
VAGUE_SUMS = [
    Case("Rowan & Hale and Brightwire have said they will invest millions to build fibre "
         "networks.", "millions",
         subject="investment (Rowan & Hale and Brightwire)", exact=True,
         actor="Rowan & Hale and Brightwire"),
    Case("Shareholders in the collapsed insurer lost billions when its accounts were "
         "found to be false.", "billions", subject="losses (Shareholders)", exact=True),
    Case("Families will likely spend millions on toys in the weeks before the holiday.",
         "millions", subject="spending on toys (Families)", exact=True),
    Case("Millions of farmers have been left without water after the drought.", "Millions",
         subject="farmers"),  # guard: a count of a noun
]

# a place that only has what the figure counts is its place, not its actor; a side a
# plural verb names acts
PLACES_THAT_HAVE = [
    Case("By the agency's own count, Poland had 1.2 million people without jobs in March.",
         "1.2 million", no_actor=True, location="Poland"),
    Case("Brazil now has $300bn in reserves held abroad.", "$300bn", no_actor=True,
         location="Brazil"),
    Case("Wales have four wins from their opening games this spring.", "four",
         actor="Wales"),  # guard: a side
    Case("Portugal has agreed to borrow $6bn from the fund.", "$6bn",
         actor="Portugal"),  # guard: a deed
    # also a country named with its article, which the model may take for a body
    Case("The Maldives has annual exports of about $120m.", "$120m", no_actor=True),
]

# a share of the vote one gains is a share won, the winner in brackets, also where the
# parse hangs a "having" participle on a noun of the clause it tells of
SHARES_OF_VOTE_GAINED = [
    Case("Marta Ruiz, who went out in the third round having gained only 6% of the public "
         "vote, said she had no regrets.", "6%", subject="share of public vote (Marta Ruiz)",
         exact=True, actor="Marta Ruiz"),
    Case("The Liberals gained 7% of all ballots cast in the city.", "7%",
         subject="share of ballots cast in the city (Liberals)", exact=True),
]

# the parts of a hyphened word that the parse takes for objects of their own are one noun:
# the doer a passive's "by" names ("his ex-wife"), its words before ("more than 300,000
# pre-orders for the console") and its key ("e-mail", "pay-off"); a girlfriend or a friend
# acts as a wife does
HYPHENED_WORDS = [
    Case("The actor is being sued by his ex-wife for $5m over the house.", "$5m",
         actor="ex-wife"),
    Case("The singer was sued by a former girlfriend for $2m last year.", "$2m",
         actor="former girlfriend"),
    Case("With more than 300,000 pre-orders for the console in Korea, Zeta is sure it will "
         "stay on top.", "300,000", subject="pre-orders for the console (Zeta)", exact=True),
    Case("The club paid a £4m pay-off to its former manager.", "£4m", key="pay-off"),
]

# counted people that do something are named by it also where the verb takes nothing
# after it, and cut to the verb with its particle where the clause runs too long; a
# speaker after a verb of saying that ends the sentence is the source, also where the parse
# took the speaker for the verb's object
PEOPLE_WHO_ACT_ALONE = [
    Case("Some 3,000 nurses could quit the service within a year, warn health unions.",
         "3,000", attribution="health unions"),
    Case("Millions of rail workers could strike.", "Millions",
         subject="rail workers who could strike", exact=True),
    Case("A third backed the plan and 41% disagreed.", "41%", subject="those who disagreed",
         exact=True),
    Case("Around 12 million Canadians will miss out on a long list of public services such "
         "as transport and health care.", "12 million",
         subject="Canadians who will miss out", exact=True),
    Case("About 8 million Poles live in the city, where there are 2 million others.",
         "8 million", subject="Poles", exact=True),  # guard: a verb its phrase completes
    Case("Why were 5,000 Leeds fans angered?", "5,000", subject="Leeds fans",
         exact=True),  # guard: a question's verb
]

# the subject of a verb of saying that ends the sentence is its source also where the
# parse took it for a compound on the verb; not a noun the tagger took for a verb
SOURCES_TAKEN_FOR_COMPOUNDS = [
    Case("Around 12 million Canadians will miss out on services, the study predicts.",
         "12 million", attribution="study"),
    Case("Prices will rise by 5% next year, the survey predicts.", "5%",
         attribution="survey"),
    Case("Ms Ray declined to discuss Sunday newspaper reports that the club had paid "
         "£300,000 to its former coach.", "£300,000", attribution="reports"),  # guard
]

# a "he said" or "she said" takes the person before past a sentence that names only a
# place the model takes for a body, and past a quotation whole that runs on the speech of
# the speaker before it
SAID_PAST_ASIDES_AND_QUOTES = [
    Case('"We were paid late for months," Ms Okafor said at a meeting. Botswana\'s economy '
         'is tied to the rand. She said the four mills were shut.', "four",
         attribution="Ms Okafor"),
    Case('"The orders dried up," Mr Brandt told reporters. "But we hope they come back when '
         'the market turns." He said 12 of the plants had closed.', "12",
         attribution="Mr Brandt"),
    Case('"The orders dried up," Mr Brandt told reporters. "But Mr Cole hopes they come '
         'back." He said 12 of the plants had closed.', "12",
         no_attribution=True),  # guard: a quotation that names another he may be
    Case('"The orders dried up," Mr Brandt told reporters. "But Ms Cole hopes they come '
         'back." He said 12 of the plants had closed.', "12",
         attribution="Mr Brandt"),  # (SPEECH_RUN_ON: one he cannot be)
]

# a standfirst of one sentence that gives its claim "according to" a body makes the body
# the source of the figures in digits of the body's first sentence, as one that names a
# report does
STANDFIRSTS_ACCORDING_TO = [
    Case("Warning over parcel fraud\n\nCouriers are failing to warn shoppers about fake "
         "delivery texts, according to the postal watchdog Postwatch.\n\nIt has logged "
         "12,000 reports of the texts since March.", "12,000",
         attribution="postal watchdog Postwatch"),
    Case("Warning over parcel fraud\n\nCouriers are failing to warn shoppers about fake "
         "delivery texts, according to UK media reports.\n\nSome 12,000 people have been "
         "duped since March.", "12,000", no_attribution=True),  # guard: what papers say
    # a standfirst that ends on the body that found what it says
    Case("Rents climb as supply dries up\n\nRents rose again in March and fewer homes came "
         "up to let, the Association of Letting Agents found.\n\nSome 61% of member agents "
         "saw higher rents in the quarter.", "61%",
         attribution="Association of Letting Agents"),
    Case("Rents climb as supply dries up\n\nRents rose again in March and fewer homes came "
         "up to let, the head of the Association of Letting Agents said.\n\nSome 61% of "
         "member agents saw higher rents in the quarter.", "61%",
         no_attribution=True),  # guard: said, not found
]

# an "it" that says stands for the author a "from" or "by" phrase names on the report the
# sentence before makes its subject, whatever else that sentence names; a share's part
# leaves out an acronym after "or" that restates it
REPORTS_THAT_SAY = [
    Case("But a new study from Zenith Analytics reflects the battle firms such as Vodafone "
         "face to get people to use picture messages. It said that 41% of UK tablet owners "
         "had never bought an app.", "41%", attribution="Zenith Analytics"),
    Case("About 28% of rural drivers had never used a toll lane, or ETL.", "28%",
         subject="share of rural drivers (never used a toll lane)", exact=True),
]

# a spell a doer faces, needs or has, with the state it is in written after it, is named
# by the state, the doer in brackets; one who faces it does not act
SPELLS_FACED = [
    Case("Defender Tom Hale faces eight weeks out after surgery on his knee.",
         "eight weeks", subject="out (Defender Tom Hale)", exact=True, no_actor=True),
    Case("The rowers had 40 days together at the camp last year.", "40 days",
         subject="together (rowers)", exact=True),
    # also a spell "after" which one comes back, or that a "be" says
    Case("The return of Tom Hale after six months out with a torn hamstring has helped.",
         "six months", subject="out", exact=True),
    Case("I hurt my back when I slipped and that was another three weeks out.",
         "three weeks", subject="out", exact=True),
    Case("That vote may still be about 12 weeks away.", "12 weeks",
         subject="time until vote", exact=True),  # a time until it, no state
]

# "the age of" on an adjective of a state names the age of the subject of the state's verb
AGES_OF_STATES = [
    Case("Ms Patel has been deaf from the age of four, she told the panel.", "four",
         subject="Ms Patel", exact=True),
]

# jobs a verb creates, saves or secures are named with the deed; jobs cut or added need
# none, their change says
POSTS_MADE_OR_KEPT = [
    Case("The new plant will create 300 jobs over two years.", "300",
         subject="jobs created", exact=True),
    Case("The buyer hopes it can save some 90 jobs at the mill.", "90",
         subject="jobs saved at the mill", exact=True),
    Case("The firm will cut 300 jobs at its Leeds depot.", "300", subject="jobs",
         exact=True),  # guard: the change says
    Case("The retailer plans to create more than 4,000 UK jobs next year.", "4,000",
         subject="UK jobs created", exact=True),
    Case("The grant should help secure 250 skilled engineering jobs in Derby.", "250",
         subject="skilled engineering jobs secured", exact=True),
    Case("The merger could cost 1,500 jobs, the union warned.", "1,500",
         subject="jobs lost", exact=True),
    Case("The closure threatens 400 jobs at the mill.", "400",
         subject="jobs threatened at the mill", exact=True),
]

# a stretch of a game set by "the opening", "the final" and the like only says when, also
# where the parse heads it by that word
STRETCHES_HEADED_BY_THEIR_WORD = [
    Case("Tom Hale struck inside the opening 40 seconds, firing past the keeper.",
         "40 seconds", subject="", exact=True, no_actor=True),
    Case("In the opening 45 minutes Rovers had looked unlikely to earn a draw.",
         "45 minutes", subject="", exact=True, no_actor=True),
]

# a sum a verb of bidding or offering takes "for" a thing is the bid, named with what it
# is for and its bidder in brackets; a price paid "for" a thing is named by the thing
BIDS_FOR = [
    Case("Zeta Telecom has bid $2.1bn for rival carrier Corvex.", "$2.1bn",
         subject="bid for rival carrier Corvex (Zeta Telecom)", exact=True),
    Case("Rovers have offered £2m for the Welsh striker.", "£2m",
         subject="offer for Welsh striker (Rovers)", exact=True),
    Case("Rovers have paid £2m for the Welsh striker.", "£2m",
         subject="Welsh striker", exact=True),  # guard: a price paid
]

# the maker a "by" phrase names for the bid right after a sum is the sum's actor also past
# a bracket of several sums that restates it
BIDS_PAST_BRACKETS = [
    Case("Copper miner Halden Resources has argued it is worth as much as 25% more than a "
         "hostile 6.4bn Australian dollar ($4.9bn; £3bn) bid by rival Corvex.", "6.4bn",
         actor="rival Corvex"),
    Case("Halden Resources says it is worth up to 40% more than the hostile 8.1bn "
         "Australian dollar ($6.2bn; £3bn) bid by rival Corvex.", "8.1bn",
         actor="rival Corvex"),
]

# what a name is, set off after it by a comma, is an aside in the phrase that holds the
# name ("in Zeta, the country's biggest web portal"); a list after it is not; a place a
# participle lives in stays in the subject
NAMES_DESCRIBED_AFTER = [
    Case("Games maker Halden has bought a 15% stake in Zeta, the region's biggest web portal.",
         "15%", subject="stake in Zeta", exact=True),
    Case("The bank said it would fund a $2m bursary scheme for pupils living in Ohio, the "
         "state where it was founded.", "$2m",
         subject="bursary scheme for pupils living in Ohio", exact=True),  # guard
]

# counted people that do something are named by it without a "with" phrase that holds a
# figure of its own, however the parse splits that phrase
PEOPLE_PAST_WITH_PHRASES = [
    Case("Some 40,000 fans left the stadium with the score at 2-0 and ten minutes to go.",
         "40,000", subject="fans who left the stadium", exact=True),
]

# a share written "N in M" is named by what its part does also where the parse hangs the
# whole on the "in"
SHARES_IN_M_HUNG_ON_IN = [
    Case("One in eight adult Canadians owns a tablet computer, a study found.",
         "One in eight", subject="share of adult Canadians (owns a tablet computer)",
         exact=True),
    Case("Tom Reed says one in six families already struggle to pay their rent.",
         "one in six", subject="share of families (already struggle to pay their rent)",
         exact=True),
]

# a verb that sets a price's level after "to", which the tagger reads as a noun, moves the
# clause's subject: "before falling back to trade 3.2% higher"
LEVEL_VERBS_TAKEN_FOR_NOUNS = [
    Case("Halden shares hit 12.40 euros in early deals before dropping back to trade 3.2% "
         "higher at 11.90 euros.", "3.2%", subject="Halden shares", exact=True),
    Case("Shares in Corvex rose to 310p before slipping back to trade 2% up at 302p.", "2%",
         subject="Shares in Corvex", exact=True),  # guard
]

# a record written after the figure is a record of results the figure measures, not a
# frame to look past ("a record $44m")
RECORDS_AFTER_THE_FIGURE = [
    Case("Kerr's penalties gave the team a perfect 100% record in their summer tour games.",
         "100%", subject="record in their summer tour games", exact=True),
    Case("The film took a record $31m in its first week.", "$31m",
         subject="takings (film)", exact=True),  # guard: a frame before the figure
]

# A firm that an "it" says for, where the sentences between name it again only by "it", by
# "its" or by its kind ("the Danish brewer"), is the firm named before them; three
# sentences back or more, only where the article's opening names it
FIRMS_NAMED_AGAIN = [
    Case("Brewer in trouble\n\nNordhavn Breweries has issued a profit warning.\n\nIn March, "
         "Nordhavn Breweries closed two plants. Its sales have fallen 12% this year. As a "
         "result, the Danish brewer has sought new loans. Last week it said it needed a "
         "further 80m euros in fresh funding.", "80m euros", attribution="Nordhavn Breweries"),
    Case("Brewer in trouble\n\nNordhavn Breweries has issued a profit warning.\n\nIn March, "
         "Nordhavn Breweries closed two plants. It has also sold its Swedish arm. Last week "
         "it said it needed a further 80m euros in fresh funding.", "80m euros",
         attribution="Nordhavn Breweries"),  # guard: two sentences back
    Case("Brewer in trouble\n\nShares in Nordhavn Breweries fell 9% after it issued a profit "
         "warning.\n\nThe Danish brewer said it expected no profit this year. Any profits "
         "would depend on the harvest, it added. It cut 40m euros from its profit targets.",
         "40m euros", actor="Nordhavn Breweries"),
    Case("Brewer in trouble\n\nNordhavn Breweries has issued a profit warning.\n\nRival "
         "Skagen Beer last year closed its two plants. \"It was the right call,\" said one "
         "analyst. The company has since cut its costs. It said it needed a "
         "further 80m euros in fresh funding.", "80m euros", no_attribution=True),  # guard
    Case("Brewer in trouble\n\nNordhavn Breweries has issued a profit warning.\n\nLast "
         "year Skagen Beer closed two plants. Its sales have fallen 12% this year. As a "
         "result, the Danish brewer has sought new loans. Last week it said it needed a "
         "further 80m euros in fresh funding.", "80m euros", no_attribution=True),  # the
    # firm three sentences back is not the article's
]

# An "it" that grants or awards does what a body does; the firm it stands for may be the
# "by" agent of the sentence before's passive main verb
IT_GRANTS_AND_AGENTS = [
    Case("Chile opened its fishing grounds to foreign fleets in 1996. It has granted "
         "licences to four Spanish firms.", "four", actor="Chile"),
    Case("The ministry reviewed the tenders last month. It awarded contracts worth $40m to "
         "two builders.", "$40m", no_actor=True),  # guard: no name before
    Case("Growth in the beer trade is being led by Zeta Brewing, the biggest brewer. It has "
         "paid $2bn for a rival in Brazil.", "$2bn", actor="Zeta Brewing"),
    Case("Growth in the beer trade is being watched by Zeta Brewing, the biggest brewer. "
         "Shares have risen 4% this week.", "4%", no_actor=True),  # guard: no "it"
]

# A verb of saying whose clause another verb of saying after it reports, with a speaker:
# the outer speaker is the source; not one that reports a clause of its own as well
REPORTED_REPORTERS = [
    Case("A majority of voters (58%) believe the mayor has been hurt by the row over the "
         "stadium, a poll suggests.", "58%", attribution="poll"),
    Case("Tenants now expect rents to rise by 3% over the next year, Ms Okafor said.", "3%",
         attribution="Ms Okafor"),
    Case("Most fans (71%) believe the coach should stay, according to the poll.", "71%",
         attribution="poll"),  # guard: "according to" before
    Case("In a plan officials say should cut delays by 20%, the mayor said he would add 40 "
         "new buses.", "20%", attribution="officials"),  # guard: the outer reports another
    # clause of its own
]

# A measure in digits in its unit (not a time, an age nor a length), in the sentence after
# one that gives its figure "according to" a body, in the same paragraph, is that body's
# next finding, as a share, a sum or a count is
MEASURES_FOUND_NEXT = [
    Case("Chile mines about 5.4 million tonnes of copper a year, according to metals "
         "analysts Brookhunt. Demand in China, meanwhile, has grown to 3.1 million tonnes.",
         "3.1 million tonnes", attribution="metals analysts Brookhunt"),
    Case("Norway pumps about 2 million barrels a day, according to analysts Rystad. The "
         "main pipeline runs 800km to the coast.", "800km", no_attribution=True),  # guard:
    # a length is background
]

# An age last of what a copula says "he" or "she" is names the person the sentence before
# is about, as "He was 84" does
AGES_LAST_OF_WHAT_ONE_IS = [
    Case("Tom Reed has scored 12 goals this season. He is a fine goalkeeper and only 23.",
         "23", subject="Tom Reed"),
]

# How long one has not done something keeps its "not" also in a passive, past a clitic
# and where the deed runs too long to keep whole
TIMES_WITHOUT_KEEP_NOT = [
    Case("But they've not been beaten at home by a side from a lower league for 11 years.",
         "11 years", subject="not been beaten", exact=True),
    Case("They've not won away for six months.", "six months", subject="not won",
         exact=True),
    Case("The two men have been held by the army for almost two years.", "two years",
         subject="held by the army (men)", exact=True),
]

# Ages before a plural say which ones it names and stay with it, whole, also where the
# parse hangs the range's first number on the noun apart
AGES_BEFORE_PLURALS = [
    Case("The quiz apps attracted 70% of 18 to 24-year-old women last year.", "70%",
         subject="share of 18 to 24-year-old women (quiz apps)", exact=True),
    Case("Cover for 25-year-old drivers costs £800 a year.", "£800 a year",
         subject="Cover for 25-year-old drivers"),  # guard
]

# A people's adjective or name the hand list leaves out gives its country by its ending
DEMONYMS_BY_THEIR_ENDING = [
    Case("Nearly 70% of Kuwaiti households own two cars.", "70%", location="Kuwait"),
    Case("Some 80% of Zambian families farm their own land.", "80%", location="Zambia"),
    Case("About two million Haitians live in the capital.", "two million",
         location="Haiti"),
    Case("About 60% of Victorian households have solar panels.", "60%",
         no_location=True),  # guard: a state, no country
]

# What a sum spent or invested goes to joins its noun, as the verb's "on", "in" or "into"
# phrase says, up to five words
SUMS_SPENT_ON = [
    Case("Some 40bn rupees will be spent on building new schools.", "40bn rupees",
         subject="spending on building new schools", exact=True),
    Case("Drivers are expected to spend billions on fuel this winter.", "billions",
         subject="spending on fuel (Drivers)", exact=True),
    Case("Pension funds pump billions into property every year.", "billions",
         subject="investment into property (Pension funds)", exact=True),
    Case("The council spent £4m in 2004.", "£4m", subject="spending (council)",
         exact=True),  # guard: a year is no purpose
]

# Two things or people "and" joins act together, as names joined do
JOINED_THINGS_ACT_TOGETHER = [
    Case("The 2003 original and its 2005 sequel took almost $900m worldwide.", "$900m",
         subject="takings (original and sequel)", exact=True),
    Case("A husband and wife in Leeds have been convicted of stealing £40,000 from a "
         "charity.", "£40,000", actor="husband and wife"),
    Case("Parents or grandparents can add up to £1,000 a year.", "£1,000 a year",
         actor="Parents"),  # guard: "or" names either
]

# A bare count in an "including" phrase right after a count counts what that one counts,
# with its move and its doer; not one with a noun or an "of" phrase of its own
BARE_COUNTS_INCLUDED = [
    Case("The final featured 11 aces, including four in the last set.", "four",
         subject="aces", exact=True),
    Case("The airline cut 1,200 jobs, including 400 at its Dublin base.", "400",
         subject="jobs", actor="airline"),
    Case("The blast injured 30 people, including five of the firefighters.", "five",
         subject="firefighters", exact=True),  # guard: an "of" phrase of its own
]

# A figure those who forecast it had expected, set against the figure of the sentence just
# before in the same unit, is of what that one measures, past a restating bracket and "a
# figure closer to"
FORECASTS_AGAINST_THE_SENTENCE_BEFORE = [
    Case("Half-year net profit rose 12% to A$210m ($160m; £85m). Analysts had expected a "
         "figure closer to A$190m.", "A$190m", subject="net profit",
         attribution="Analysts"),
    Case("Sales rose to $2bn. A poll of shoppers found that 40% were happy.", "40%",
         subject="those who were happy"),  # guard: no forecast
]

# "the country's" or "the nation's" stands for the last country named before it, in its
# sentence or the one or two before in its paragraph (a people's name or adjective too),
# as the place of what it owns or of a share of it, with no actor; not where the sentence
# before names two countries, nor for a span of when
THE_COUNTRY = [
    Case("Kenya has raised fuel taxes. The country's budget deficit is now 6% of GDP.", "6%",
         location="Kenya", no_actor=True),
    Case("The Chilean central bank said copper exports now make up 40% of the country's "
         "total exports.", "40%", location="Chile"),
    Case("About 2 million Peruvians live in Spain. Their transfers now make up 3% of the "
         "country's GDP.", "3%", no_location=True),  # guard: which of two countries
    Case("Norway has raised fuel taxes. Ministers have pledged to halve the country's oil "
         "spending in ten years.", "ten years", no_location=True),  # guard: a span of when
]

# A participle of change after "see", "have" or "get" that the tagger read as a noun the
# noun before it is a compound of is a clause of what was done to that noun: the noun is
# what the figure before it and the level after it measure
DONE_TAKEN_FOR_NOUNS = [
    Case("The cabinet saw its 84-strong majority cut to just six in the vote.", "84",
         subject="majority (cabinet)", exact=True),
    Case("The cabinet saw its 84-strong majority cut to just six in the vote.", "six",
         subject="majority (cabinet)", exact=True),
    # a plural noun that ends a count's "of" phrase, which the tagger read as a verb
    Case("The Leeds pair have won all three of their Federation Cup matches this season.",
         "three", subject="Federation Cup matches won (Leeds pair)", exact=True),
    Case("Only one of the problems lies with the board.", "one", subject="problems",
         exact=True),  # guard: a verb that agrees with one
    # also a bare verb of change read as a noun that ends the object's phrase, or given no
    # subject of its own
    Case("Halden saw its media earnings drop 10%.", "10%",
         subject="media earnings (Halden)", exact=True),
    Case("The club will see its proportion of revenue from ticket sales drop from 40% this "
         "year to 25% in 2008.", "40%", subject="proportion of revenue", exact=True),
    Case("The firm saw its share of sales from music downloads jump from 8% last year to "
         "15% this year.", "15%", subject="share of sales from music downloads", exact=True),
]

# A speaker set off by a comma right before a verb of saying that ends the sentence with no
# subject is its source, where the parse took it for one more of a list before it
SPEAKERS_TAKEN_FOR_LIST_ITEMS = [
    Case("The man waited three years to complain because he was talking to the two banks, "
         "his lawyer, Ann Petrie, said.", "three years", attribution="Ann Petrie"),
    Case("The deal covers Acme, Zeta and Corvex, worth $2bn in all, the report said.",
         "$2bn", attribution="report"),  # guard
]

# A figure with no source a few words after "compared to" or "compared with" the one
# before it in its sentence is on that one's source's word, however the parse hangs it
SOURCES_SET_AGAINST = [
    Case("The figures echo research from net analyst Zenstat which suggested that the "
         "browser had 82.9% of users in May compared to 85.5% in January.", "85.5%",
         attribution="Zenstat"),
]

# A spell in a state named by the state's participle is no one's deed, also with "with"
SPELLS_SIDELINED = [
    Case("And with Tom Hale sidelined for at least four weeks, Lee could start.", "four weeks",
         subject="sidelined (Tom Hale)", no_actor=True),
]

# A share whose whole an "of" phrase before it names is named by what is done to its part,
# also in the passive
SHARES_OF_A_WHOLE_BEFORE_PASSIVE = [
    Case("Of the 400 laptops sold, only 30% were returned to the shops for repair.", "30%",
         subject="share of laptops sold (returned to the shops for repair)", exact=True),
]

# The scale letter of a sum the parse took for a verb is no deed of the people counted
# before it
SCALES_TAKEN_FOR_VERBS = [
    Case("The Dome cost taxpayers £31.2m to maintain and sell.", "£31.2m",
         subject="Dome cost taxpayers", exact=True),  # (not "Dome cost taxpayers who m";
    # the README would have "cost to maintain and sell the Dome", which the parse, with "m"
    # for its main verb, does not give)
]

# A gerund after "to" on a participle a "be" takes is done by the subject of that "be"
GERUNDS_ON_PARTICIPLES_OF_BE = [
    Case("The Liberals are committed to cutting council budgets by £12 billion.",
         "£12 billion", actor="Liberals"),
]

# A share whose part a "with" clause puts in a state with no verb is named by that state
SHARES_IN_A_STATE_WITH = [
    Case("Messaging services looked brighter with 40% of all phones in France able to send "
         "or receive video clips.", "40%",
         subject="share of phones (able to send or receive video clips)", exact=True),
]

# A name after a verb of saying that ends the sentence with no comma before it is its
# speaker, where the parse took the verb for a second verb of the clause before
SPEAKERS_AFTER_NO_COMMA = [
    Case("The average family has a collection of 400 songs estimates the Zeta Research "
         "Group.", "400", attribution="Zeta Research Group"),
    Case("Acme makes 600 cars a day and estimates the Zeta market.", "600",
         no_attribution=True),  # guard: a verb joined by "and"
]


# a kind with a name set after it and a second name "and" joins to that one: both act
KINDS_WITH_TWO_NAMES = [
    Case("Low-budget film Drifters and Finding Paris have so far grossed about $30m (£16m) "
         "each.", "$30m", subject="takings (Low-budget film Drifters and Finding Paris)",
         actor="Low-budget film Drifters and Finding Paris", exact=True),
    Case("Low-budget film Drifters has so far grossed about $30m (£16m).", "$30m",
         subject="takings (Low-budget film Drifters)", exact=True,
         actor="Low-budget film Drifters"),  # guard: one name
]


# a name the model tags as a common noun where it opens a sentence is a name where the
# article writes it with a capital inside a sentence too
NAMES_TAGGED_AS_NOUNS = [
    Case("Crowds lined the road where Hendrix lived as a boy. Hendrix was seen by many as "
         "the boldest guitarist of his era. He died in 1970 at the age of 27.", "27",
         subject="Hendrix", exact=True),
    Case("Police sealed off the road where Holmes was found. Police said his injuries were "
         "serious. He is 45.", "45", exact=True),  # guard: "Police" is no name
]


# a share's part that does something to a "what" clause is named by it, as by an object,
# without a clause of when on it
SHARES_DOING_WHAT = [
    Case("The study found that 87% of shoppers usually find what they want online.", "87%",
         subject="share of shoppers (usually find what they want online)", exact=True),
    Case("A survey shows that 70% of buyers seldom get what they were promised when "
         "shopping online.", "70%",
         subject="share of buyers (seldom get what they were promised)", exact=True),
    Case("The poll found that 60% of voters said what they wanted was lower taxes.", "60%",
         subject="voters", exact=True),  # guard: what the part says
]


# a quotation that opens right after a sentence that names its speaker is theirs, also
# where that sentence quotes a few words of its own; "concluded" tags a quotation
QUOTES_AFTER_QUOTED_WORDS = [
    Case('Mr Kennedy said the election would be close. And he dismissed claims that a vote '
         'for his party would let the Tories in "by stealth". "If you look at the last four '
         'by-elections, we have won three of them."', "three", attribution="Mr Kennedy"),
    Case('However, according to engineers, it will take years to build such a robot. "If '
         'robots are to be our companions, we are looking 20 years ahead," concluded '
         'Professor Lane.', "20 years", attribution="Professor Lane"),
]


# the level a move set after a measure runs from is of that measure
LEVELS_LEFT_BY_A_MOVE_SET_AFTER = [
    Case("Acme earned a pre-tax profit of $420m, a $120m improvement from $300m a year ago.",
         "$300m", subject="pre-tax profit", exact=True),
    Case("Corvex posted an operating loss of $80m, a $20m improvement from $100m last year.",
         "$100m", subject="operating loss", exact=True),
    Case("Corvex posted an operating loss of $80m, a $20m improvement from $100m last year.",
         "$20m", subject="operating loss", exact=True),  # guard: the move itself
]


# a sum a passive verb takes off a whole is of that whole, as in the active
SUMS_TAKEN_OFF_IN_THE_PASSIVE = [
    Case("Some £5bn has been cut from the firm's costs.", "£5bn", subject="firm's costs",
         exact=True),
    Case("About £4,000 has been wiped off the value of an average home.", "£4,000",
         subject="value of an average home", exact=True),
    Case("The equivalent of £4,000 has been cut from the price of an average home.", "£4,000",
         subject="price of an average home", exact=True),
]


# an ordinal word is no figure in a participle's phrase after a plural count
ORDINALS_IN_A_DEFINING_PHRASE = [
    Case("The 400 families waiting to buy their first home will get help.", "400",
         subject="families waiting to buy their first home", exact=True),
    Case("The 400 families waiting for 12 new homes will get help.", "400",
         subject="families", exact=True),  # guard: a figure of its own
]


# an "it" that imposes, levies or orders does what a firm or a body does: the body the
# sentence before names as its subject
IT_IMPOSES_OR_ORDERS = [
    Case("Finwatch has vowed to clean up the sector. Last year, it imposed fines totalling "
         "$40m on nine banks.", "$40m", actor="Finwatch"),
    Case("Zeta Air is expanding fast. Last month it ordered 30 new jets.", "30",
         actor="Zeta Air"),
    Case("The new stadium opened in May. It cost £50m.", "£50m", no_actor=True),  # guard
]


# a name written right beside a score is a side, no place; so is one an article with no
# score names twice as a side, where it names a coach, a captain or a squad of theirs
SIDES_BY_A_SCORE_OR_A_COACH = [
    Case("Ireland 18-16 Argentina\n\nKeane landed every one of Ireland's points, with a try "
         "and four penalties, to keep the hosts unbeaten.", "four", no_location=True),
    Case("The Ireland coach named his side on Monday. Ireland have lost twice this season. "
         "Keane landed every one of Ireland's points, with a try and four penalties.", "four",
         no_location=True),
    Case("Ireland have lost twice this season. Keane landed every one of Ireland's points, "
         "with a try and four penalties.", "four", location="Ireland"),  # guard: no score
    # nor coach, and shown as a side once: still a place
]


# how long a day one works, past "an average of", is named by the deed, also for a "he"
AVERAGE_TIMES_A_DAY = [
    Case("Mr Reed worked an average of 14 hours a day.", "14 hours a day",
         subject="worked (Mr Reed)", exact=True),
    Case("Mr Reed left the firm in May. He had worked 14 hours a day.", "14 hours a day",
         subject="worked", actor="Mr Reed", exact=True),
    Case("He spent a total of 10 days in Kenya.", "10 days", subject="time in Kenya",
         exact=True),  # guard: a total's time, named by where it was spent
]


# the doer of an infinitive of purpose on a passive verb is whoever acted on its subject,
# not that subject; but a complement's is the subject's
PURPOSES_OF_PASSIVES = [
    Case("Halvorsen Oil was sold to help pay off a $4bn tax bill.", "$4bn", no_actor=True),
    Case("Halden was ordered to pay a $5m fine.", "$5m", actor="Halden"),  # guard
    Case("Zeta was forced to sell off assets to meet a $4bn tax bill.", "$4bn",
         actor="Zeta"),  # guard: the purpose of the seller, the passive's subject
]


# a figure in the "of" phrase of the second of two plural nouns "and" joins counts both
JOINED_BEFORE_AN_OF_FIGURE = [
    Case("Tax officials sent Zeta a bill for unpaid levies and fines of $900,000.",
         "$900,000", subject="unpaid levies and fines", exact=True),
    Case("He faces back taxes and fines of $2m.", "$2m", subject="back taxes and fines",
         exact=True),
    Case("She earned £10,000 from magazine columns and fees of up to £20,000 for three talks.",
         "£20,000", subject="fees", exact=True),  # guard: the first is another sum's source
]


# a sum the parse hangs on a verb of money as an adverb is named by the verb's noun; and a
# role or a kind that only its "of" phrase names keeps that phrase where it holds a name
SUMS_AS_ADVERBS_AND_OWNERS_OF_NAMES = [
    Case("He has contributed £8m since 2001.", "£8m", subject="contribution", exact=True),
    Case("Shareholders want to know if the operator of the Zurich stock exchange will "
         "return $500m to them.", "$500m",
         subject="sum returned (operator of the Zurich stock exchange)",
         actor="operator of the Zurich stock exchange", exact=True),
    Case("Users of Acme's music store have downloaded five million songs.", "five million",
         actor="Users of Acme's music store"),
    Case("The operator of the market will return $500m to its members.", "$500m",
         subject="sum returned (operator)", exact=True),  # guard: no name in the phrase
]


# a time a gerund's clause takes is the time to do what it says, as a sum it costs is
GERUNDS_THAT_TAKE_TIME = [
    Case("Building the stadium took three years.", "three years",
         subject="time to build the stadium", exact=True),
    Case("Checking that the menus worked took 45 hours alone.", "45 hours",
         subject="time to check that the menus worked", exact=True),
    Case("It took Ortiz six minutes to score.", "six minutes", subject="time to score (Ortiz)",
         exact=True),  # guard: an infinitive after "it"
]


# "in the area of" frames a figure, as "in the region of" does; "a crucial area" is none
AREAS_AS_FRAMES = [
    Case("The board wants a large sum - in the area of £40m - in savings.", "£40m",
         subject="large sum", exact=True),
    Case("For 40%, jobs were key, and health was a key area for 30%.", "30%",
         subject="key area", exact=True),  # guard: "area" no frame outside "in the area of"
]


# counted people whose clause runs too long to quote whole are named by the verb and its
# object, without the object's own phrases
PEOPLE_BY_VERB_AND_OBJECT = [
    Case("Around 2.4 million viewers saw the final episode of the long-running hospital "
         "drama on ITV1 last Sunday night.", "2.4 million",
         subject="viewers who saw the final episode", exact=True),
    Case("About 40 million people own a tablet.", "40 million",
         subject="people who own a tablet", exact=True),  # guard: whole
    Case("Some 6 million adults have poorer reading skills than those of most 11 year olds.",
         "6 million", subject="adults", exact=True),  # guard: a comparison
]


# a participle of polling right after a share's whole, which the parse takes for the
# clause's verb, stays with the whole, and the clause's own verb names the part
SHARES_OF_THOSE_POLLED = [
    Case("A study shows that 28% of buyers asked are interested in tablets.", "28%",
         subject="share of buyers asked (interested in tablets)", exact=True),
    Case("Some 40% of adults questioned own a laptop.", "40%", subject="adults",
         exact=True),  # the parse hangs the verb as an adjective: the whole alone, not
    # "share of adults (questioned)"
]


# a year is no figure in a participle's or a clause's phrase after a plural count
YEARS_IN_A_DEFINING_PHRASE = [
    Case("Staff must hand back bonuses paid in 2004 totalling $3m.", "$3m",
         subject="bonuses paid in 2004", exact=True),
    Case("She won four of the seven events she entered in 2003.", "seven",
         subject="events she entered in 2003", exact=True),
    Case("She won four of the seven events she entered in 12 countries.", "seven",
         subject="events", exact=True),  # guard: a figure of its own
]


# a share's part named by what it knows or not may run to twelve words, as what it thinks
SHARES_WHO_KNOW = [
    Case("Of the adults asked, 58% were unaware that firms pay for some of the results.",
         "58%", subject="share of adults asked (unaware that firms pay for some of the "
         "results)", exact=True),
    Case("Of the adults asked, 58% were unaware of the fees.", "58%",
         subject="share of adults asked (unaware of the fees)", exact=True),  # guard
]


# how long one stays where one comes or goes, done by "who" or "they", is named by the stay
STAYS_OF_WHO_OR_THEY = [
    Case("Visitors who come into France for nine months or more must be checked.",
         "nine months", subject="come into France (Visitors)", exact=True),
    Case("Officials screen migrants for the disease if they come into Spain for two years or "
         "more.", "two years", subject="come into Spain", exact=True),
]

# A figure set against a rate "compared with" is of the rate, not of its base ("per 100
# people"), and so is a second figure joined to it; one with a place of its own is not the
# first one's owner's
RATES_SET_AGAINST = [
    Case("Sweden has 31 doctors per 10,000 people, compared with 28 in Norway and 24 in "
         "Denmark.", "28", subject="doctors per 10,000 people", exact=True),
    Case("Sweden has 31 doctors per 10,000 people, compared with 28 in Norway and 24 in "
         "Denmark.", "24", subject="doctors per 10,000 people", exact=True),
    Case("Britain has 2.3 hospital beds for every 1,000 people, compared with 8.3 in Germany.",
         "8.3", subject="hospital beds for every 1,000 people", exact=True),  # not Britain's
    Case("Britain has 2.3 hospital beds for every 1,000 people, compared with 8.3 in Germany.",
         "2.3", subject="hospital beds for every 1,000 people (Britain)", exact=True),  # guard
    Case("Exports rose to $12bn, compared with $9bn in 2003 and $7bn in 2002.", "$7bn",
         subject="Exports", exact=True),  # guard: a second figure joined to the first
]

# A figure set against another "for" a role and a name after it is that name's, not the
# first figure's owner's
SET_AGAINST_FOR_NAMED = [
    Case("In 2003, Ann Grant held the seat with 18,200 votes, compared to 11,950 for the Green "
         "Party candidate Tom Hale.", "11,950", subject="votes (Green Party candidate Tom Hale)",
         exact=True),
    Case("The new film took $60m, compared with $45m for Night Train.", "$45m",
         subject="takings (Night Train)", exact=True),  # guard: a name alone
    Case("Rents rose 4%, compared with 6% for the year before.", "6%",
         subject="Rents", exact=True),  # guard: no name
]

# A share of a whole that a verb does something to is named as a passive names it, by the
# verb's participle (lemminflect's), also with its particle; not a share taken, held, made
# up or said, nor a share of a value
SHARES_A_VERB_TAKES = [
    Case("The closures will affect about 12% of the bank's 40,000 employees.", "12%",
         subject="share of employees (affected)"),
    Case("Creditors agreed to write off 60% of the airline's debts.", "60%",
         subject="share of airline's debts (written off)", actor="Creditors"),
    Case("The new transmitters will reach over 90% of Scottish homes by 2008.", "90%",
         subject="share of Scottish homes (reached)"),
    Case("The insurer plans to shut a quarter of its branches next year.", "quarter",
         subject="share of branches (shut)"),
    Case("The index lost 4% of its value on Monday.", "4%", subject="value (index)"),  # guard
    Case("A poll found 55% of drivers back the new toll.", "55%",
         subject="share of drivers (back the new toll)"),  # guard: a clause's subject
]

# A participle after a counted plural that the tagger read as a past tense (the parse's
# root, a clause of the verb after it, or the noun's own participle) names the set, as
# one read right does; a phrase of when that ends it and would make it too long, or
# holds a number, is left out; jobs so named are not named again by the deed of a verb
# that makes them
PARTICIPLES_READ_AS_PAST = [
    Case("The 10 writers shortlisted for a Whitbread book award are hoping for a boost in "
         "sales.", "10", subject="writers shortlisted for a Whitbread book award"),
    Case("The six chefs shortlisted for a Michelin award in 2004 are hoping for more diners.",
         "six", subject="chefs shortlisted for a Michelin award in 2004"),
    Case("The eight bands shortlisted for the Mercury prize are hoping for a rise in sales.",
         "eight", subject="bands shortlisted for the Mercury prize"),
    Case("The two men shot a guard and are now on the run.", "two", subject="men",
         exact=True),  # guard: a past tense with its object
    Case("The bank must repay $40m in fees collected from customers over the past ten years.",
         "$40m", subject="fees collected from customers", exact=True),
    Case("The plan aims at creating the 5,000 new jobs promised by ministers in Cardiff in "
         "2003.", "5,000", subject="new jobs promised by ministers in Cardiff in 2003",
         exact=True),  # not "new jobs created promised by ..."
]

# A noun after "and" that the parse joined to a noun of the clause before, with its phrase,
# is the subject of the verb right after them that has none: "in line with expectations
# and shares in Acme rose"; so its actor and its "he" are found
SUBJECTS_TAKEN_FOR_CONJ = [
    Case("The figures were in line with analysts' forecasts and shares in Zeta Foods rose by "
         "2% in early trade.", "2%", subject="shares in Zeta Foods", actor="Zeta Foods",
         exact=True),
    Case("Profits were in line with City expectations and shares in Halden jumped by 4% on "
         "Monday.", "4%", subject="shares in Halden", actor="Halden", exact=True),
    Case("The team beat Leeds and Smith is confident of a top-six finish. He added: \"We are "
         "only four points behind.\"", "four points", attribution="Smith"),
    Case("Sales were flat and profits rose 5%.", "5%", subject="profits", no_actor=True),
    # guard: a subject of its own
]

# An age that opens a sentence the parse read as one noun phrase, its verb taken for a
# word of the phrase, stands for the person the sentence before is about, not for the
# deed
AGES_BEFORE_A_VERB_READ_AS_NOUN = [
    Case("Anna Berg reached the semi-finals in Paris. The 21-year-old stunned Maria Lopez "
         "in the 2003 Madrid Open final.", "21-year-old", subject="Anna Berg", exact=True),
    Case("Tom Reid played in Cardiff. The 64-year-old sang Delilah.", "64-year-old",
         subject="Tom Reid", exact=True),
]

# A known place right after the figure in an "in" phrase is its place also where the model
# tags it as a body's name, before a place named later for something else
KNOWN_PLACES_TAGGED_AS_BODIES = [
    Case("And Jones, whose time of 7.61 seconds in Erfurt lifted her to third place on the UK "
         "list, is looking ahead.", "7.61 seconds", location="Erfurt"),
    Case("The fund put £5m in Vodafone last year.", "£5m", no_location=True),  # guard: no place
]

# A name "and" joins to a noun "its" owns act together, as two nouns so joined do
NAME_AND_ITS_THING = [
    Case("Toy Story and its sequel made $900m (£480m) at box offices worldwide.", "$900m",
         subject="earnings (Toy Story and sequel)", actor="Toy Story and sequel", exact=True),
    Case("Zeta and Acme made $900m last year.", "$900m", actor="Zeta and Acme"),  # guard
]

# A verb after "did" or "does" that the tagger read as a noun is the sentence's verb, its
# subject the one the parse gave the auxiliary: so a "He added:" after it finds its speaker
VERBS_AFTER_DO = [
    Case("Mr Hale did stress that the board was not seeking any bids. He added: \"We will "
         "not sell him. We have just signed 12 players.\"", "12", attribution="Mr Hale"),
]

# A share set off after a part of a whole it restates, by commas or brackets, is of the
# whole the part's "of" phrase names, as the part is, not of the part's word
SHARES_RESTATING_A_PART = [
    Case("Some two-thirds of those polled, 68%, said they trusted the results.", "68%",
         subject="those polled", exact=True),
    Case("More than two-thirds of the people polled, 68%, said they trusted the firm.", "68%",
         subject="people", exact=True),  # as the part's own subject
    Case("Just under three-quarters of voters (73%) said the debate had been useful.", "73%",
         subject="voters", exact=True),
    Case("Almost a third, 31%, said they would vote.", "31%",
         subject="those who said they would vote"),  # guard: no whole named
]

# A share a part "amounts to" is a share of the whole, the part in brackets, as one it
# "accounts for" is, also where the verb is a participle on the part
SHARES_AMOUNTED_TO = [
    Case("The job losses - amounting to 4% of the firm's staff - will cost $90m.", "4%",
         subject="share of firm's staff (job losses)", exact=True),
    Case("Repairs amounted to 12% of the council's budget.", "12%",
         subject="share of council's budget (Repairs)", exact=True),
]

# A participle right after the "of" phrase of a noun that frames a count or a share says
# which are counted, where the parse hangs it on the frame too, without a bracketed
# acronym that ends it
PARTICIPLES_AFTER_A_FRAME = [
    Case("The proportion of readers using Apple's Safari browser (SB) has risen to 12%.",
         "12%", subject="proportion of readers using Apple's Safari browser", exact=True),
    Case("The share of homes heated by gas has fallen to 60%.", "60%",
         subject="share of homes heated by gas", exact=True),
]

# A count alone in brackets right after a name is that name's, of what the count before
# it in its sentence counts, the name its actor; not a list of such tallies alone
TALLIES_AFTER_NAMES = [
    Case("Smith became the third highest scorer in the league, with 140 goals, and he only "
         "trails Jones (250) and Brown (173).", "173", subject="goals (Brown)", actor="Brown",
         exact=True),
]  # (substitutes' minutes, "Replacements: Hale for Reid (53)", give no row:
# test_quantities NAMES_LISTED_WITH_NUMBERS)

# How long one has been in a tie with another ("friends with", "partners") is named by
# the tie, its holder in brackets, as a state after "be" is; the name a kind stands beside
# holds it
TIES_HELD = [
    Case("Ms Hale, herself a keen golfer who had been friends with Lee for over 40 years, "
         "said he would be missed.", "40 years", subject="friends with Lee (Ms Hale)",
         exact=True),
    Case("They have been partners for 12 years.", "12 years", subject="partners",
         exact=True),  # guard: no holder named for "they"
    Case("The duo had stayed together for almost three years.", "three years",
         subject="together (duo)", exact=True),  # guard: a state
]

# a place of the main clause is not that of a figure in a relative clause on its subject,
# which tells of another time or deed; a place set before the clause, or the noun the
# relative clause tells of, still is; a fronted "In <place>," is no name a kind is set beside
PLACES_OUTSIDE_RELATIVE = [
    Case("The film, which cost an estimated $40m to make, has earned $95m in Canada so far.",
         "$40m", no_location=True),
    Case("The film, which cost an estimated $40m to make, has earned $95m in Canada so far.",
         "$95m", location="Canada"),  # guard: the main clause's own figure
    Case("Meridian stock, which is down by roughly 30% this year, rose 2% in "
         "Madrid on Monday.", "30%", no_location=True),
    Case("The biggest rise was in Norway, where prices climbed by 14%.", "14%",
         location="Norway"),  # guard: the noun the relative clause tells of
    Case("In Peru, the company, which employs 3,000 people, cut 400 jobs.", "400",
         location="Peru"),
    Case("In Peru, the company, which employs 3,000 people, cut 400 jobs.", "3,000",
         location="Peru"),
]

# a sum a "for" phrase gives on a verb of selling is the price of the thing sold, whatever
# buyer its "to" names, or a clause on that buyer, the parse hangs it on
SOLD_TO_BUYER = [
    Case("The steel mill was sold last year to a group that included Tom Reed, the region's "
         "richest man, for $600m (£320m).", "$600m", subject="steel mill", exact=True),
    Case("The bank will sell a 15% slice to an investor for about £80m.", "£80m",
         subject="slice", exact=True),
    Case("The group could sell a 30% holding to a buyer for roughly $70m.", "30%",
         subject="holding", exact=True),
    Case("The group could sell a 30% holding to a buyer for roughly $70m.", "$70m",
         subject="holding", exact=True),  # guard: the parse hangs the price on the holding
    Case("The club sold the striker to Everton for £6m.", "£6m",
         subject="transfer fee (striker)", exact=True),
    Case("The firm sells access to the internet for $5 a month.", "$5 a month",
         subject="access to the internet", exact=True),  # guard: no buyer
]

# a span after "it is", "it will be" or "it could be" and before a "before" clause is the
# time before what the clause says, as after "it takes", with no actor (a wait)
TIME_BEFORE_AFTER_IT_IS = [
    Case("The report warned it could be seven years before the agency was \"fit to serve\".",
         "seven years", subject="time before agency was fit to serve", exact=True),
    Case("They told me it would be ten days before a technician would call round with a new "
         "router.", "ten days",
         subject="time before technician would call round with a new router", exact=True,
         no_actor=True),
    Case("Jones has said it will be up to three years before he begins shooting a sequel to "
         "The Long Night.", "three years",
         subject="time before he begins shooting a sequel to The Long Night", exact=True,
         no_actor=True),
    Case("Lee has said it will be two years before she starts work on a stage version of The "
         "Quiet Hour.", "two years", subject="time before she starts work on a stage version",
         exact=True),  # not cut after "of The"
    Case("It could take up to 12 years before Serbia is able to join.", "12 years",
         subject="time before Serbia is able to join", exact=True),  # guard: "take"
]

# a share of a people whose ages name the group is read as any share of a people is, where
# the model tags the people as no name or takes the share for a measure of the verb
SHARES_OF_AGED_GROUPS = [
    Case("But only 11% of Britons aged 66 or over have shopped online.", "11%",
         subject="share of Britons aged 66 or over (shopped online)", exact=True),
    Case("Only 20% of Britons aged 70 or over have been online.", "20%",
         subject="share of Britons aged 70 or over (online)", exact=True),
    Case("But only 11% of Scots aged 70 or older have shopped online.", "70",
         subject="Scots", key="scot"),
    Case("The poll found that shooting games attracted 75% of 18 to 24-year-old boys, while "
         "card games were played by 70% of women.", "75%",
         subject="share of 18 to 24-year-old boys (shooting games)", exact=True),
    Case("Shares in Zeta rose 5% on Monday.", "5%", subject="Shares in Zeta",
         exact=True),  # guard: a move of the verb
]

# a people's name whose plural is its adjective ("Japanese", "Portuguese") counts people as
# "Britons" does, named by what they do and set in their country; a count of what they do
# it to, right after the verb, is left out of the deed; one who only listens acts on none
PEOPLES_WITHOUT_PLURAL_S = [
    Case("About 40 million Japanese own a games console.", "40 million",
         subject="Japanese who own a games console", location="Japan", exact=True),
    Case("Some 9 million Portuguese listen to 400 local stations.", "9 million",
         subject="Portuguese who listen to local stations", location="Portugal",
         exact=True),
    Case("More than 60 million Britons listen to 300 radio stations.", "300",
         subject="radio stations", no_actor=True, exact=True),
    Case("Three Japanese firms cut 300 jobs.", "Three", subject="Japanese firms",
         no_location=True, exact=True),  # guard: an adjective on another noun
]

# people a verb takes out of a place are set where its "from" phrase says they are, not
# where their adjective says they are from
PEOPLE_TAKEN_OUT_OF = [
    Case("Marines may be needed to evacuate about 500 UK nationals from Liberia.", "500",
         location="Liberia"),
    Case("About 400 British nationals were airlifted from Beirut.", "400",
         location="Beirut"),  # guard: a people's adjective gives no place of its own
    Case("Some 500 UK mobile owners took part.", "500", location="UK"),  # guard
]

# a share of those asked that a "with" sets saying or thinking something, or that restates
# a part that names no size, is named by what it says; what it says stops before a clause
# of another share joined to it and, where too long, before a closing condition
SHARES_SAID_IN_SHORT = [
    Case("Interest is rising, with 14% saying they had bought a tablet.", "14%",
         subject="those saying they had bought a tablet", exact=True),
    Case("A small number, 9%, said they would not really miss the radio if it were switched "
         "off.", "9%", subject="those who said they would not really miss the radio",
         exact=True),
    Case("A majority, 61%, said the mayor had handled the floods well and only 20% "
         "disagreed.", "61%", subject="those who said the mayor had handled the floods well",
         exact=True),
    Case("Meanwhile, 35% said the plan was fair and 41% disagreed.", "35%",
         subject="those who said the plan was fair", exact=True),
    Case("Fraud made up 20% of the total, with almost 9% coming from stolen cards.", "9%",
         subject="Fraud", exact=True),  # guard: a share of things, no one's saying
]

# a share of a whole in the "to" phrase of a verb that does what it does to it is named as
# a share the verb does something to, with its "to"
SHARES_DONE_TO_WHOM = [
    Case("She said the new levy would apply to only 2% of households.", "2%",
         subject="share of households (applied to)", exact=True),
    Case("The disease has spread to 20% of the region's farms.", "20%",
         subject="share of region's farms (spread to)", exact=True),
    Case("Debt rose to 60% of the country's output.", "60%",
         subject="share of country's output (Debt)", exact=True),  # guard: a level a move
    # reached, named as a share the subject reached (SHARES_MOVED_TO)
]

# a capitalised word of a name inside the sentence that the tagger reads as a determiner
# stays with the name
NAME_DETERMINERS = [
    Case("The squad includes five All Stars and two Lions.", "five", subject="All Stars",
         exact=True),
    Case("The band played to 5,000 fans.", "5,000", subject="fans", exact=True),  # guard
]

# a distance "out" is where a deed was done, no one's measure
DISTANCES_OUT = [
    Case("Jones was left unmarked eight yards out but shot wide.", "eight yards", subject="",
         exact=True),
    Case("Ward curled a free-kick from 25 yards out into the top corner.", "25 yards",
         subject="", exact=True),  # guard: "from", read before
]

# a short defining clause after a counted plural stays without the phrase of when that
# closes it; a rate that closes it stays
CLAUSES_WITHOUT_WHEN = [
    Case("Six nurses who were freed from the prison in March are suing.", "Six",
         subject="nurses who were freed from the prison", exact=True),
    Case("The fair will show 3,000 new phones that will be going on sale in 2027.", "3,000",
         subject="new phones that will be going on sale", exact=True),
    Case("The levy will hit the three million visitors who come to Bruges every year.",
         "three million", subject="visitors who come to Bruges every year",
         exact=True),  # guard: a rate
]

# one who denies what others lay on him brings none of it
CHARGES_DENIED = [
    Case("Mr Hale denies 14 charges of theft and fraud.", "14", no_actor=True),
    Case("Prosecutors brought 14 charges against Mr Hale.", "14",
         actor="Prosecutors"),  # guard: who brings them
]

# a move named only by its noun takes the doer and the place of the figure before it whose
# measure it moves, as it takes its subject
MOVES_NAMED_TAKE_THEIR_SETTING = [
    Case("Officials said that, on figures from the Ghanaians, the country's exports "
         "rose by 4% in 2004, after a 12% decline in 2003.", "12%",
         subject="country's exports", no_actor=True, location="Ghana"),
    Case("Officials said that, on figures from the Ghanaians, the country's exports "
         "rose by 4% in 2004, after a 12% decline in 2003.", "4%",
         subject="country's exports", no_actor=True, location="Ghana"),  # guard
]

# a bare "at N" age on a verb is the age of the clause's person, as "at the age of N" is
AGES_AT_A_DEED = [
    Case("The Leeds-born singer was signed at the age of 16 and later released her first "
         "album at 19.", "19", subject="Leeds-born singer", exact=True),
    Case("Mary Cole grew up in Hull. At 14, she was already racing for her county.", "14",
         subject="Mary Cole", exact=True),
]

# a place deep in a phrase on a verb of saying, after it, says where it was said, not where
# the figure its clause holds is
PLACES_WHERE_SAID = [
    Case("Zeta said in a filing to the Madrid stock exchange that Corvex will pay 400m euros.",
         "400m euros", no_location=True),
    Case("Officials said in Paris that 40 people died.", "40",
         location="Paris"),  # guard: a place right on the verb
    Case("The minister announced an extra £300m for schools in Wales.", "£300m",
         location="Wales"),  # guard: the figure is the verb's object
]

# a move a verb offers, seeks or demands is named with the verb's participle, its doer in
# brackets, so that it does not read as a move that happened
MOVES_SOUGHT = [
    Case("Halden Rail, which runs the city's trams, has offered a 6% increase in wages.",
         "6%", subject="offered increase in wages (Halden Rail)", exact=True),
    Case("The union wants a 10% rise in pay.", "10%",
         subject="wanted rise in pay (union)", exact=True),
    Case("Fares saw a 5% increase in May.", "5%", subject="Fares", exact=True),  # guard
]

# a count of a part of a whole that a verb takes as its object is named by what the verb
# did to it, as "cars sold" is; the whole's own count keeps its noun
PARTS_DONE_TO = [
    Case("Leeds have won only three of their last 12 league games.", "three",
         subject="league games won (Leeds)", exact=True),
    Case("Leeds have won only three of their last 12 league games.", "12",
         subject="league games (Leeds)", exact=True),  # guard: the whole
    Case("The film picked up two of its nine nominations.", "two",
         subject="nominations picked up (film)", exact=True),
    Case("She has won five of the events she entered this year.", "five",
         subject="events she entered this year", exact=True),  # guard: a clause of its own
]


# a participle that says what a forecast foresees coming of it is done by no one the
# forecast names (its maker is the source); a sum a doer "brings in" is its income
FORESEEN_AND_BROUGHT_IN = [
    Case("Officials forecast 80,000 visitors coming to the games, bringing in at least £40m "
         "in fees.", "£40m", no_actor=True, attribution="Officials"),
    Case("The new ferry route brought in almost £3m last year.", "£3m",
         subject="income (new ferry route)", exact=True),
    # guard: a doer's own participle keeps its doer
    Case("Halden sold its shipping arm, bringing in £400m.", "£400m", actor="Halden"),
]


# an "it" after a verb of saying that falls or rises to a level is no body that says
SAYER_IS_NO_MEASURE = [
    Case("The statistics office said it fell to 4.1% in March from 4.3% in February and "
         "4.6% a year earlier.", "4.1%", subject="", exact=True,
         attribution="statistics office"),
    Case("The statistics office said it fell to 4.1% in March from 4.3% in February and "
         "4.6% a year earlier.", "4.6%", subject="", exact=True),
    # guards: a firm's own growth, and what a firm does
    Case("Acme said it grew 5% last year.", "5%", subject="Acme", exact=True),
    Case("The company said it cut 300 jobs last year.", "300", subject="jobs", exact=True,
         actor="company"),
]


# an index, a survey or a reading a body compiles from others' doings moves by no deed of
# its own: the body is its owner and source, no actor
INDEXES_COMPILED = [
    Case("The Zeta Institute said its index dropped to 48.7 in March.", "48.7",
         subject="index (Zeta Institute)", no_actor=True, attribution="Zeta Institute"),
    Case("The Corvex Board said its consumer confidence index rose to 97.1 in May.", "97.1",
         no_actor=True),
    Case("Halden said its profits rose 6% in May.", "6%", actor="Halden"),  # guard
]


# a forecast a figure is set against is its owner's, also where a noun before it names the
# owner; a sentence whose only source is such an owner passes on the report before it
EXPECTATIONS_SET_AGAINST = [
    Case("Census Bureau data showed home sales rose 0.3% in May. That fell short of market "
         "expectations of 0.6%.", "0.6%", attribution="market"),
    Case("The output figure was below City expectations of 1.8% growth.", "1.8%",
         attribution="City"),
    Case("Census Bureau data showed home sales rose 0.3% in May. That fell short of market "
         "expectations of 0.6%. Even so, it lifted the yearly rate to 4.1%.", "4.1%",
         attribution="Census Bureau data"),  # guard
]


# a headline's infinitive that quotation marks set off is done by the noun it hangs on,
# as where none stand
HEADLINE_INFINITIVES_QUOTED = [
    Case("Mining firm 'to shed' 500 jobs", "500", actor="Mining firm"),
    Case("Steel group 'to cut' 3,000 posts", "3,000", actor="Steel group"),  # guard: the
    # parse right
    Case("Mining firm to shed 500 jobs", "500", actor="Mining firm"),  # guard
]

# an "its" the parse hangs on the sum before the noun ("its planned £1.35bn offer", on
# the "£") still names the offer's maker, the subject of the verb the clause says it to
ITS_ON_THE_SUM = [
    Case("Orbis said Helix Bank needed to show why its proposed £2.4bn ($4.5bn) bid for Corvex "
         "was fair to shareholders.", "£2.4bn", subject="bid for Corvex (Helix Bank)",
         actor="Helix Bank", exact=True),
    Case("Orbis said Helix Bank needed to show why its proposed £2.4bn ($4.5bn) bid for Corvex "
         "was fair to shareholders.", "$4.5bn", actor="Helix Bank"),
    Case("Tarvo had to show just why its planned £900m offer for Zeta was turned down.", "£900m",
         subject="offer for Zeta (Tarvo)", actor="Tarvo", exact=True),
    Case("Tarvo said its £900m offer for Zeta had been turned down.", "£900m",
         subject="offer for Zeta (Tarvo)", actor="Tarvo", exact=True),  # guard
    Case("The lifts carry up to 20 people to the top in 40 seconds, climbing their "
         "310-metre shaft.", "310-metre", subject="shaft (lifts)", exact=True),
]

# a clock time's zone the model runs into the name after it is no part of that name (no
# owner in brackets after the owner's own phrase)
CLOCK_BEFORE_NAME = [
    Case("By 1400 GMT Halden's shares in Frankfurt were up 3 cents, or 0.8%, at 3.75 euros.",
         "3.75 euros", actor="Halden", subject="Halden's shares"),  # guard
    Case("By 1400 GMT Halden's shares in Frankfurt were up 3 cents, or 0.8%, at 3.75 euros.",
         "0.8%", subject="Halden's shares in Frankfurt", exact=True),
]

# a noun that frames a count keeps the participle after its "of" phrase that says which
# are counted, the participle alone where its phrase is too long, also where the parse took
# it for the sentence's verb
FRAMED_COUNT_DEED = [
    Case("Between 2001 and 2004, the number of fake goods seized at the country's main ports "
         "rose by more than 500%, it said.", "500%", subject="number of fake goods seized",
         exact=True),
    Case("The number of fake goods seized rose by 500%.", "500%",
         subject="number of fake goods seized", exact=True),  # guard
    Case("From 1999 to 2003, the number of fake or copied watches stopped at the EU's outer "
         "ports rose by more than 600%, it said.", "600%",
         subject="number of fake or copied watches stopped", exact=True),
    Case("The damages claimed in 2005 topped earlier years, including 2002 when storms pushed "
         "claims up to $12bn.", "$12bn", no_attribution=True),  # (the parse took "claimed"
    # for the sentence's verb, and "damages" for the one who claims)
]

# an age that stands as a noun before a verb the tagger read as the noun it describes ("The
# 58-year-old sang", "sang" a word only a verb) is one person's: no place, and the verb no
# subject
AGE_BEFORE_VERB_MISREAD = [
    Case("The 58-year-old sang in a short set during the game in Texas.", "58-year-old",
         subject="", exact=True, no_location=True),
    Case("The 62-year-old sang in a long set during the final in Ohio.", "62-year-old",
         no_location=True),
]

# a sentence that opens with "This" or "That" as a pronoun (also after "However,") and
# moves a figure with no subject of its own is of what the last figure of the sentence
# before measures, whatever its noun's number; "the city state's" is a country's, as "the
# country's" is: its place, no actor
THAT_WAS_MORE = [
    Case("Sales reached $3bn last year. That was 7% up on the year before.", "7%",
         subject="Sales", exact=True),
    Case("The firm revealed debts of 9bn euros. This was six times higher than it had said.",
         "six", subject="debts", exact=True),
    Case("Halden's debt soared to 60bn euros in 2001. However, this has now been cut to "
         "38bn euros.", "38bn euros", subject="Halden's debt", actor="Halden", exact=True),
    Case("Owning all five gadgets will cost £3,000. That is £500 cheaper than last year.",
         "£500", subject="cost of owning all five gadgets", exact=True),
    Case("Growth will slow in Malaysia. In the third quarter, the city state's economy grew "
         "by 3.1%.", "3.1%", no_actor=True, location="Malaysia"),
]

# a register, documents, a filing or a breakdown of figures that shows a figure is its
# source, as figures are
REGISTERS_SHOW = [
    Case("The register shows the former minister Jo Marsh earning up to £400,000 from "
         "speeches last year.", "£400,000", attribution="register"),
    Case("Budget papers aside, Treasury documents show Mr Lane raised £120m from a new levy "
         "on banks.", "£120m", attribution="Treasury documents"),
    Case("A breakdown of the new trade figures shows car exports rose 3.1% in May.", "3.1%",
         attribution="breakdown of the new trade figures"),
]

# a share whose clause the parse joins a gapped second share to ("vote against the plan
# and 24% in favour", the 24% read as a second object) does without the other share's
# words, and the gapped share does what its own phrase says with the first share's verb
GAPPED_SHARE_DEEDS = [
    Case("A new poll suggests that 52% of voters would vote against the treaty and 31% in "
         "favour.", "52%", subject="share of voters (vote against the treaty)",
         exact=True),  # guard: here the parse does not join the 31% to the object
    Case("A new poll suggests that 52% of voters would vote against the treaty and 31% in "
         "favour.", "31%", subject="share of voters (vote in favour)", exact=True),
    Case("Some 48% of adults would vote against the charter and 27% in favour, the poll "
         "suggests.", "27%", subject="share of adults (vote in favour)", exact=True),
    Case("Of the firm's bondholders, 41% live in Spain, 17% in Italy.", "17%",
         no_location=False, location="Italy"),  # guard: a place is the item's place
]

# how long one has held a place or a role, or been "here", after "be" is named by it, as a
# tie with another is
ROLES_HELD = [
    Case("\"I feel lucky to have been a part of Harker Lane for the last 22 years.\"", "22 years",
         subject="part of Harker Lane", exact=True),
    Case("\"Ann has been a valued member of our team for six years,\" said the coach.",
         "six years", subject="member of our team (Ann)", exact=True),
    Case("I have been here for six years and I love it.", "six years", subject="here",
         exact=True),
    Case("Prices have been the highest for ten years.", "ten years", subject="",
         exact=True),  # guard: a span of when
]

# "the country" or "the nation" that has what the figure measures is no actor nor owner in
# brackets: the country a sentence before names is its place (a people's adjective names a
# country, not a continent)
THE_COUNTRY_HAS = [
    Case("Kenya raised taxes last month. The country has a $2.1bn public debt.", "$2.1bn",
         subject="public debt", exact=True, no_actor=True, location="Kenya"),
    Case("In Asian markets, shares fell. The nation has a $5bn debt.", "$5bn",
         subject="debt", exact=True, no_actor=True, no_location=True),
]

# how long a thing is kept in a state one makes, leaves or keeps it in is named by the
# state and the thing, as a state one is in is
STATES_MADE = [
    Case("A flood of requests made the shop's website unusable for nearly six hours.",
         "six hours", subject="unusable (shop's website)", exact=True),
    Case("Police kept the main road closed for six hours.", "six hours",
         subject="closed (main road)", exact=True),  # guard
]

# a place that ends a body's name, whose "of" the model runs the name through, is no place
# of the figure
PLACE_ENDING_A_NAME = [
    Case("The Boys Choir of Harlem got $90,000 from the singer.", "$90,000",
         no_location=True),
    Case("The Mayor of London pledged £5m for buses.", "£5m", location="London"),  # guard
]

# an age that stands as a noun takes the person the sentence before names by a surname
# alone, which the model took for a firm's, where the article writes it after a first name
AGE_OF_SURNAME = [
    Case("Susan Kiprop won in March.\n\nKiprop still ran and came third in the race. The "
         "27-year-old was runner-up twice last year.", "27-year-old", subject="Kiprop",
         exact=True),
]

# a place inside a clause "after" or "before" opens, which a span before it is reckoned
# from, is no place of the span: a time anchor's
PLACE_IN_ANCHOR_CLAUSE = [
    Case("The pact was signed four days after Ukraine cut off gas supplies in a row over "
         "prices.", "four days", no_location=True),
    Case("The band's new album comes 20 years after the four friends met in Leeds.",
         "20 years", no_location=True),
]

# "the age of N" on a deed after "began", "started", "kept" or "stopped" is the age of the
# one who began it
AGE_OF_ONE_WHO_BEGAN = [
    Case("Ann began singing from the age of six.", "six", subject="Ann", exact=True),
    Case("The stamps were bought by collector Ray Dunn who started collecting at the age of "
         "12.", "12", subject="collector Ray Dunn"),
]

# "the age of N" of a duo, a trio, a quartet or a pair that does something is its members'
# age, with no place, as one person's is
AGE_OF_A_FEW = [
    Case("He grew up in Derby with drummer Tim Holt and bassist Ed Marr, a trio which began "
         "playing together from the age of 15.", "15", subject="trio", no_location=True),
    Case("The pair, who started playing chess in Spain at the age of six, are now rivals.",
         "six", subject="pair", no_location=True),
    Case("The 70-year-old trade ban on Cuba was tightened.", "70-year-old",
         subject="trade ban on Cuba", location="Cuba"),  # guard: a thing's age keeps its place
]

# a sum a verb of earning earns "for" people or a body is their earnings or income, as one it
# earns them is; not a "for" of anything else
EARNED_FOR = [
    Case("Experts expect 90 million fans to be streaming concerts by 2012, generating billions "
         "for music publishers.", "billions", subject="income (music publishers)", exact=True),
    Case("The new stadium deal will generate £40m for the club.", "£40m",
         subject="income (club)", exact=True),
    Case("The reunion tour earned $9m for the band.", "$9m", subject="earnings (band)",
         exact=True),
    Case("The festival raised £2m for the hospice.", "£2m", subject="hospice",
         exact=True),  # guard: what a sum is raised for names it
    Case("Halden paid $7m for the club last year.", "$7m", subject="club",
         exact=True),  # guard: what is bought
]

# a share set after a comma with "with" against another, which says or does what the other
# side opposes, takes the other side; the first share is quoted without it
SIDE_WITH_AGAINST = [
    Case("In a poll for the paper, 58% said they backed the ferry plan, with 30% against.",
         "30%", subject="those against the ferry plan", exact=True),
    Case("In a poll for the paper, 58% said they backed the ferry plan, with 30% against.",
         "58%", subject="those who said they backed the ferry plan", exact=True),
    Case("In the council's poll, 61% backed the new tram line, with 25% against.", "25%",
         subject="those against the new tram line", exact=True),
    Case("Reporters said about 400 people had come to watch the parade, with 50 on floats.",
         "400", subject="people who had come to watch the parade", exact=True),
]

# a bare count of what a verb affects, helps or benefits is named with the deed; not a known
# whole, nor a number after its noun
COUNTS_TOUCHED = [
    Case("The ferry firm cancelled 40 sailings, affecting about 6,000 passengers.", "6,000",
         subject="passengers affected", exact=True),
    Case("The new tax credit will benefit 4 million pensioners.", "4 million",
         subject="pensioners benefiting", exact=True),
    Case("The council's plan affects 120 local charities.", "120",
         subject="local charities affected", exact=True),
    Case("The levy will affect the three million visitors who come to Bruges every year.",
         "three million", subject="visitors who come to Bruges every year",
         exact=True),  # guard: a known whole
    Case("The ferry firm cancelled 40 sailings, affecting about 6,000 passengers.", "40",
         subject="sailings", exact=True),  # guard: what is not touched
]

# counted things a verb of report or of making did something to in the passive are named
# with it
DONE_IN_REPORTS = [
    Case("Eight new plays were shown at the festival.", "Eight", subject="new plays shown",
         exact=True),
    Case("Over 300 complaints were made to the regulator.", "300",
         subject="complaints made", exact=True),
    Case("From the screening, about 40 new cases of measles were found.", "40",
         subject="new cases of measles found", exact=True),
    Case("Some 60,000 children out of school were counted.", "60,000",
         subject="children out of school", exact=True),  # guard: a count is no deed
]

# how long a doer works, plays, trains or the like, as the verb's object, is named by the
# deed, the doer in brackets; a "not" that bounds the time ("not ... more than") is no deed
# left undone
TIME_OF_A_DEED = [
    Case("The coach said Ruiz could not play more than 60 minutes on Sunday.", "60 minutes",
         subject="play (Ruiz)", exact=True),
    Case("Under the deal the nurses work just 37 hours.", "37 hours",
         subject="work (nurses)", exact=True),
    Case("As mayor he reportedly worked an average of 16 hours a day, five days a week.",
         "five days a week", subject="worked", exact=True),
    Case("The hearing lasted five hours.", "five hours", subject="hearing",
         exact=True),  # guard: how long a thing lasts is its own
]

# a verb of saying joined by "and" to the verb before it, which the tagger reads as a plural
# noun, still says the clause it holds, its source the first verb's subject
SAYING_TAKEN_FOR_NOUN = [
    Case("The Leeds winger hired the producer for his record and claims he paid £20,000 for "
         "the studio.", "£20,000", attribution="Leeds winger"),
]

# "number" and the rank or shirt right after it name a role whole, a person's, with no
# place for the age of one who holds it; not two ranks listed
RANKS_NAMED = [
    Case("The 26-year-old world number three had hinted that she might retire.",
         "26-year-old", subject="world number three", exact=True),
    Case("The 24-year-old number eight scored a late try for Gloucester on Sunday.",
         "24-year-old", subject="number eight", no_location=True),
    Case("The number of fans rose by 400.", "400", subject="number of fans",
         exact=True),  # guard: a number that frames a count
]

# an infinitive of purpose after a passive verb of selling leaves the thing sold no actor,
# whether the parse hangs it as a clause of purpose or as a complement
SOLD_TO_PAY = [
    Case("Norvik Refining was auctioned off to help settle $3bn in back taxes.", "$3bn",
         no_actor=True),
    Case("The airline was forced to pay $5m in fines.", "$5m", actor="airline"),  # guard
]

# "charge X with" a deed is an accusation, as "accuse X of" is: the accuser is the source of
# a figure in the deed, and X does it
CHARGED_WITH = [
    Case("Italian prosecutors have charged the two managers with hiding debts of $30m.",
         "$30m", attribution="Italian prosecutors"),
    Case("Detectives charged four men with stealing £3m from the depot.", "£3m",
         actor="men"),
]

# a penalty a verb of imposing puts "on" or "against" one who serves it is named for them,
# whoever imposes it acting
PENALTIES_IMPOSED = [
    Case("The watchdog's £400,000 fine levied against Corvex Radio was upheld on appeal.",
         "£400,000", subject="fine (Corvex Radio)", actor="watchdog"),
    Case("By imposing four-year suspensions on the sprinters on 3 March, the federation "
         "ended their season.", "four-year", subject="suspensions (sprinters)"),
    Case("Officials said fines of up to £5,000 would be levied on landlords.", "£5,000",
         subject="fines (landlords)", exact=True),
    Case("The 18-month ban on Brazilian chicken imports was lifted.", "18-month",
         subject="ban on Brazilian chicken imports", exact=True),  # guard: what is banned
]

# a "he said" after a quotation whole with no tag, of one sentence or more, whoever it
# names, runs on the speech of the speaker before it
SPEECH_RUN_ON = [
    Case('"Leaving is a wrench," Ms Hale told the local paper on Friday. "I have plenty of '
         'offers. Tom and Ravi are just as lucky." She said she had turned down 12 job '
         'offers since March.', "12", attribution="Ms Hale"),
    Case('"The sales fell away," Mr Okoro told the meeting. "But we expect them back." He '
         'said 15 of the shops had shut.', "15", attribution="Mr Okoro"),  # guard
]

# a bare sum in an "including" phrase right after a sum in the same currency, past its
# restating bracket, is part of what that one measures, with its doer
SUMS_INCLUDED = [
    Case("Six directors agreed to pay $40m (£21m), including $12m from their own funds, to "
         "end the case.", "$12m", subject="payment (directors)", actor="directors",
         exact=True),
    Case("The bank raised $50m, including $5m of new debt.", "$5m", subject="new debt",
         exact=True),  # guard: a sum with a noun of its own
]

# others that the verb's subject only passes in number or size, counted in its object, are
# not acted on by it; its own tally in a "with" phrase, or a bare level it passes, is
OTHERS_PASSED = [
    Case("Analysts expect broadband users in India to exceed the 40 million UK users of "
         "broadband by 2010.", "40 million", no_actor=True),
    Case("The firm's revenue nearly doubled in 2005, exceeding $90m.", "$90m",
         actor="firm"),  # guard: a bare level the subject passes
]

# those one has dealings "with" (trade, talks, deals, a partnership) are partners in them,
# no one's deed or own
PARTNERS_IN_DEALINGS = [
    Case("Brazil said its trade with the 12 Mercosur nations rose last year.", "12",
         no_actor=True),
    Case("The exchange will open fresh talks with the three bidders next week.", "three",
         subject="bidders", no_actor=True, exact=True),
    Case("City ended their cup run against Bury with three late goals.", "three",
         actor="City"),  # guard: no dealing
]

# the subject of a clause that a verb of showing or saying holds, past a dash aside on it,
# which the parse took for that verb's object
SUBJECT_PAST_ASIDE = [
    Case("Official data showed retail sales - which account for a third of output - rose "
         "1.1% in May.", "1.1%", subject="retail sales", exact=True),
]

# a place inside an aside "one of ..." set beside a name, which says what the body is, is no
# place of the figure
ONE_OF_ASIDE = [
    Case("Zeta, one of Asia's largest chipmakers, said profits rose 12%.", "12%",
         no_location=True),
]

# one who raises, cuts or revises its own estimate or forecast gives it, its source, and
# does nothing the figure measures
ESTIMATES_REVISED = [
    Case("The OECD will also trim its growth estimate for the euro area from 2.1% to 1.5%.",
         "1.5%", subject="growth estimate for the euro area (OECD)", attribution="OECD",
         no_actor=True),
    Case("The OECD will cut interest rates from 2.1% to 1.5%.", "1.5%",
         actor="OECD"),  # guard: no estimate
]

# a "who" with a plural verb after a pair of names, which the parse ties to the second, is
# both of the pair, not one further up a list
PAIR_WHO = [
    Case("Irishmen JP Dunne and Tom Magee, who own a 29% stake in Leeds Rovers, will reject "
         "the offer.", "29%", subject="JP Dunne and Tom Magee"),
    Case("Mr Orlov and Mr Petrov, who each face a possible eight-year jail term if convicted, "
         "will be questioned.", "eight-year", subject="jail term (Mr Orlov and Mr Petrov)"),
    Case("But Ann Fry, who had five nominations, and Jo Lee and Kasabian, who were both up for "
         "two awards, got nothing.", "two", subject="awards (Jo Lee and Kasabian)"),  # guard
]

# where one went, in a gerund after "after", "before" or "since", is not where the figure is
WHERE_ONE_WENT = [
    Case("Ruiz scored seven goals in his first six games after moving to Madrid.", "seven",
         no_location=True),
    Case("The side play two home games before travelling to Wales for the final.", "two",
         no_location=True),
    Case("Ruiz scored seven goals in Madrid last season.", "seven",
         location="Madrid"),  # guard
]

# a quotation that names no speaker takes the person the sentence right before it is about,
# also by a player's rank with its field
QUOTED_AFTER_A_RANK = [
    Case('Kim Sorensen lost to the top seed in the final. Though beaten, the world number '
         '14 was happy enough with how he played. "I had two chances to break in the third '
         'set, and that is positive."', "two", attribution="world number 14"),
    Case('Lena Ruiz was beaten in straight sets. Even so, the British number two was happy '
         'with her form. "I won 12 points in a row in the second set and that gives me a lot '
         'of belief."', "12 points", attribution="British number two"),
]

# counted people who do something, where the clause runs too long to quote whole: cut to
# the verb and the phrase right after it, that phrase's noun without its own phrases but
# with its "of" phrase; also a verb in the perfect or the progressive
PEOPLE_BY_PHRASE = [
    Case("Some 3,000 bankers are arriving in the lakeside town of Como for a summit on "
         "trade.", "3,000", subject="bankers who are arriving in the lakeside town of Como",
         exact=True),
    Case("About 900 readers have signed up to the new service since it opened in March.",
         "900", subject="readers who have signed up to the new service", exact=True),
    Case("Hundreds of protesters marched across the bridge on their way to the town hall.",
         "Hundreds", subject="protesters who marched across the bridge", exact=True),
    Case("Some 5,000 people had signed up by the end of the first week of the campaign.",
         "5,000", subject="people who had signed up", exact=True),  # guard: when, left out
    Case("Over 800 fans came out on Saturday to salute the retiring captain.",
         "800", subject="fans who came out", exact=True),  # guard: a span of when
    Case("About 9 million Scots could lose out on a wide range of public services such as "
         "schooling and health advice.", "9 million", subject="Scots who could lose out",
         exact=True),  # guard: "a wide range of": the verb alone
]

# the next sentence goes on listing the findings of figures "gathered" or "collected" by a
# body, as of a report by it; a kind of body, a name set off by commas after it, is named
GATHERED_BY = [
    Case("Take-up has slowed this year, according to the latest figures gathered by media "
         "regulator, Zentel. The total of 4.2 million homes is below the target.", "4.2 million",
         attribution="media regulator, Zentel"),
    Case("Web use rose sharply last year, according to the new figures collected by analysts "
         "at Corvex Data. Some 28% of shoppers only buy online once a year.", "28%",
         attribution="analysts at Corvex Data"),
]

# a share of "those" a participle or clause defines, right after the share, is named by
# what the part does, as a share of a noun is
SHARES_OF_THOSE = [
    Case("A third of users check the site daily, and 29% of those asked only visit every "
         "few months.", "29%", subject="share of those asked (only visit every few months)",
         exact=True),
    Case("It is reckoned that 45% of those buying electric cars are retired.", "45%",
         subject="share of those buying electric cars (retired)", exact=True),
    Case("Only 51% of those surveyed had decided how to vote in the election.", "51%",
         subject="share of those surveyed (decided how to vote in the election)", exact=True),
]

# counted people a passive with an infinitive says are to do something are named by it,
# cut to the two verbs and the infinitive's object, or its phrase, where the clause runs
# long; a bound's "more than" in the object's own clause is no comparison
PEOPLE_TO_DO = [
    Case("Roughly 90,000 guests are predicted to visit the fair which covers more than 2 "
         "million square feet.", "90,000",
         subject="guests who are predicted to visit the fair", exact=True),
    Case("Over 200 pupils are set to take part, among them the sons of three ministers.",
         "200", subject="pupils who are set to take part", exact=True),
    Case("Some 3,000 fans are expected to travel to Cardiff for the final, which starts at "
         "noon on Saturday.", "3,000", subject="fans who are expected to travel to Cardiff",
         exact=True),  # guard: read so before, its span of when left out
    Case("Around 400 growers will be encouraged to take early retirement under a plan backed "
         "by the cabinet last week.", "400",
         subject="growers who will be encouraged to take early retirement", exact=True),
    Case("At least 15 famous celebrities are set to appear, with the mayor among them.", "15",
         subject="famous celebrities who are set to appear", exact=True),  # people one by one
    Case("Some 13 riders have been banned so far this year by the federation.", "13",
         subject="riders banned", exact=True),  # guard: a passive with no infinitive
]

# a margin one misses a mark by is the gap to it, no actor; one a verb of winning's "by"
# gives is the winning margin wherever the parse hangs the "by"; one lost by, the losing
# margin, no move
MARGINS_MISSED_AND_LOST = [
    Case("Ruiz missed out on the British record by just 0.3secs in Madrid.", "0.3secs",
         subject="gap to British record (Ruiz)", exact=True, no_actor=True),
    Case("Ruiz missed out on the British record by 0.3secs as he ran the fastest mile of the "
         "year to beat Spain's Juan Lopez by almost 5secs.", "5secs",
         subject="winning margin (Ruiz)", exact=True),
    Case("The Tories lost the seat by 300 votes.", "300", subject="losing margin (Tories)",
         exact=True),
    Case("Ireland trailed by only three points at the interval.", "three points",
         subject="deficit (Ireland)", exact=True),  # a past tense the tagger takes for a passive
]

# a "she said" goes back past a sentence of the same "she" to the person named before,
# past the roles set off after the name ("chairman and founder of ...") and the outlet she
# told, whatever names it holds
SAID_PAST_ROLES_AND_OUTLETS = [
    Case("Cheap laptop on the way\n\nAnn Lowe, chairman and founder of Zeta Media Labs, "
         "says she is designing a notebook PC to be sold for under $100 (£53)."
         "\n\nShe told the BBC World Service she hoped it would become a tool in schools. "
         "She said a notebook for each pupil could help 40 million families.", "40 million",
         attribution="Ann Lowe"),
    Case("Cheap laptop on the way\n\nAnn Lowe, head of Zeta Labs, says she is building a "
         "laptop that will sell for less than $100.\n\nShe told the radio programme Tech "
         "Talk she hoped it would be used in schools. She said a notebook for each pupil could "
         "help 40 million families.", "40 million", attribution="Ann Lowe"),
]

# a straight mark typed after a space at a paragraph's end closes the quotation open
# before it, so its sentences keep their speaker
QUOTES_CLOSED_AFTER_A_SPACE = [
    Case('Panel head Jo Reed said: "There is a real tension between speed and care. "Staff '
         'are meant to decide a claim in about 12 minutes which is far too short to check '
         'the papers. "\n\nThe report also looked at fees.', "12 minutes",
         attribution="Panel head Jo Reed"),
]

# a verb of saying with a named subject set off by a comma that ends the sentence is the
# sentence's tag, where the parse hangs it as a clause on the noun before the comma
TAGS_TAKEN_FOR_CLAUSES = [
    Case("Zeta has sold over two million phones since the device was launched and has "
         "a 40% share of the market for smart handsets, market research firm Corvex Group "
         "has reported.", "40%", attribution="market research firm Corvex Group"),
    Case("Zeta has a 40% share of the market for smart handsets, research firm Corvex Group "
         "has reported.", "40%", attribution="research firm Corvex Group"),  # guard
]

# a count of a part of a whole that "make" sets in a state is named by that deed, as one a
# verb does something to is
PARTS_MADE_SO = [
    Case("The row comes as Corvex has made 300 of its designs freely available.", "300",
         subject="designs made freely available (Corvex)", exact=True),
]

# a country the model tags as a body's name, or as a person's of two words or more, is a
# place all the same; a place in a "such as" phrase names some of those counted, as one
# after "including" does
COUNTRIES_MISTAKEN = [
    Case("Sri Lanka faces a $2.1bn bill for rebuilding its coast, officials say.", "$2.1bn",
         location="Sri Lanka"),
    Case("The Maldives has a national income of just $700m.", "$700m", location="Maldives"),
    Case("Poor nations such as Nepal, Sri Lanka and Peru could lose thousands of jobs.",
         "thousands", no_location=True),
]

# a "he said" or "she said" never takes a group of many as its speaker, and goes back past
# what such a group said to the person named before
ONE_NOT_MANY = [
    Case("Finance Minister Ann Hale said it was a good deal for councils. In addition, £13m "
         "will come from reserves. Rival parties warned that rebanding would mean steep "
         "rises. She said that if rises were held to about 5% councils would cope.",
         "5%", attribution="Ann Hale"),
    Case("Union leaders said the offer was too low. They said a rise of 4% was the least "
         "they would take.", "4%", attribution="Union leaders"),  # guard: "they"
]


# an age standing as a noun after a bare quotation of the speaker's own, which runs on a
# quotation of several sentences, is the speaker's, whom its "he said" stands for
AGES_AFTER_OWN_WORDS = [
    Case('Lena Brandt won her second title in Doha on Sunday.\n\n"It was a tough week for me. '
         'I have won four events this year," she said. "Really, I want to keep going.\n\n"If '
         'my knee holds up, I think I can win in Paris." The 24-year-old shocked Ana Ruiz in '
         'the final.', "24-year-old", subject="Lena Brandt"),
    Case('Tom Hale was named captain on Monday.\n\n"It is a huge honour for me," he said. "I '
         'never thought I would lead my country. He has been a great coach to me." The '
         '27-year-old will lead the side against Italy.', "27-year-old", subject="",
         exact=True),  # guard: the quotation speaks of another, who may be the one aged
]

# a figure in a quotation whose tag ("he said") closes a later sentence of it goes back,
# past the quotation's opening, to the person the sentence before it is about
QUOTED_BEFORE_HE_SAID = [
    Case('Tom Lane won in Dubai on Sunday. However, Lane is hopeful that the win will give him '
         'belief. "It is a relief for me. Three titles, it is already something. But I worked '
         'hard for this one," he said.', "Three", attribution="Lane"),
    Case('Ann Cole is upbeat about the season. "We were beaten twice. Four wins from six is '
         'still good. But we have to be sharper," she said.', "Four", attribution="Ann Cole"),
]

# a straight mark typed between spaces after a sentence's end closes the quotation
MARKS_CLOSED_BETWEEN_SPACES = [
    Case('Anna Berg won the sprint in Oslo. "It is such an honour to win here," said Berg. "I '
         'have won 12 races this year and it caps a fine season. " Her coach said: "She has '
         'worked so hard for this."', "12", attribution="Berg"),
]

# a "he said" goes back past a sentence about a role with "the" and no name, which stands
# for the person named before it
SAID_PAST_A_ROLE = [
    Case('"Training in Spain is opening my eyes," said Dean Jackson. The hurdler has also lost '
         'weight since the winter. "Last year I was 82kg, now I am 79kg," he said.', "82kg",
         attribution="Dean Jackson"),
]

# a clause or a participle's phrase of up to eight words that says which of a counted
# plural it means names them; a longer one leaves the plural bare
CLAUSES_OF_EIGHT = [
    Case("Officials pointed to the thousands of people who marched against plans for the new "
         "runway.", "thousands", subject="people who marched against plans for the new runway",
         exact=True),
    Case("The 14 poets picked by judges for a national verse prize are reading in Hull.", "14",
         subject="poets picked by judges for a national verse prize", exact=True),
    Case("Officials pointed to the thousands of people who marched against plans for the new "
         "runway at the airport in Essex.", "thousands", subject="people", exact=True),  # guard
]

# a "with" phrase right before the figure's "at" or "on" names what the figure is the level
# or the tally of, and no one acts
LEVELS_HELD_WITH = [
    Case("About 400 fans turned up with ticket prices at £8.", "£8", subject="ticket prices",
         exact=True, no_actor=True),
    Case("The Tories lead Labour by 41% to 33% with the Greens on 9%.", "9%", subject="Greens",
         exact=True, no_actor=True),
    Case("Kenya won the event with 70 points, with Spain second on 52.", "52", subject="Spain",
         exact=True, no_actor=True),
    Case("He pays for most things in cash, with some purchases on one of his two cards.", "one",
         subject="cards"),  # guard: a part of a whole
]

# a span of time on an idiom of "take" or "keep" ("took place", "took part") tells of the
# verb's own subject, not of the idiom's object
SPANS_OF_IDIOMS = [
    Case("The peace talks took place over three days in Oslo.", "three days", subject="peace talks",
         exact=True),
    Case("The raids took place over at least five months, police said.", "five months",
         subject="raids", exact=True),
    Case("Mr Cole took a break for three weeks in May.", "three weeks", subject="break"),  # guard
]

# a share named by what it says keeps the whole of it where another share's clause joins it
# (", while 20% said ..."), or where it ends in a quotation
SHARES_SAYING_WHILE = [
    Case("Some 64% said the council had not kept its promises on housing, while 71% said it "
         "never gave \"a clear reply\".", "64%",
         subject="those who said the council had not kept its promises on housing", exact=True),
    Case("Some 64% said the council had not kept its promises on housing, while 71% said it "
         "never gave \"a clear reply\".", "71%",
         subject="those who said it never gave \"a clear reply\"", exact=True),
    Case("Around 58% said ministers had broken their word, while 20% said they had not.", "58%",
         subject="those who said ministers had broken their word", exact=True),
    Case("Around 58% said ministers had broken their word, while 20% said they had not.", "20%",
         subject="those who said they had not", exact=True),  # guard
]

# "the age of N" on what a person owns ("her debut") or on the infinitive of a noun a person
# owns ("her decision to play on") is that person's age
AGES_OF_OWNERS = [
    Case("Jo Bright has explained her decision to play on at the age of 41.", "41",
         subject="Jo Bright", exact=True),
    Case("Ann Lee makes her debut at the age of 31.", "31", subject="Ann Lee",
         exact=True),  # guard
]

# a sentence may open with a quotation mark and a bracket ('"[The film] has ...'): a new
# sentence, which the quotation it carries on gives its speaker
QUOTES_OPENED_WITH_BRACKETS = [
    Case("Director Ann Lee said it may not be the last film. \"That is what they say. But "
         "they lie,\" she said. \"[The film] has been running for the last 50 years.\"",
         "50 years", attribution="Director Ann Lee"),
    Case("Director Ann Lee said it may not be the last film. \"That is what they say. But "
         "they lie,\" she said. \"The film has been running for the last 50 years.\"",
         "50 years", attribution="Director Ann Lee"),  # guard
]

# a survey's findings go on past a sentence with no figure that tells of "the poll", to the
# report named before it in the paragraph, and past a few words a finding quotes of its own
FINDINGS_AFTER_THE_POLL = [
    Case("A new Gallup poll for the Herald found 61% of voters were undecided. The poll also "
         "asked about trust in MPs. Some 80% said MPs lied.", "80%",
         attribution="new Gallup poll for the Herald"),
    Case("A survey by Ipsos found that 61% of voters did not care. Some 40% said ministers "
         "gave \"no clear answer\".", "40%", attribution="Ipsos"),
    Case("A survey by Ipsos found that 61% of voters did not care. The survey also asked "
         "about pay. \"We pay 40% too much,\" said Mr Hale.", "40%",
         attribution="Mr Hale"),  # guard: a quotation's speaker
]

# counted people are named by what a "be" says they can do ("were able to watch"), and by
# a participle the parse hung on the count of their "of" phrase
PEOPLE_ABLE_OR_LIVING = [
    Case("Some three million of our children living in cramped homes need help.",
         "three million", subject="children living in cramped homes", exact=True),
    Case("Thousands of fans were able to watch the final on big screens.", "Thousands",
         subject="fans who were able to watch the final on big screens", exact=True),
    Case("Hundreds of workers were unable to reach the plant.", "Hundreds",
         subject="workers who were unable to reach the plant", exact=True),
    Case("Thousands of fans were at the final.", "Thousands", subject="fans",
         exact=True),  # guard: where they were
]

# the parties "between" whom a deal or talks are, or "with" whom one trades, are no place of
# the figure
PARTIES_BETWEEN = [
    Case("The talks between France and Spain lasted three days.", "three days",
         no_location=True),
    Case("Officials call it the most important trade agreement between Peru and Chile in two "
         "decades.", "two decades", no_location=True),
    Case("Its profits rose 12% in trade with Brazil last year.", "12%", no_location=True),
    Case("Unemployment between 2001 and 2004 fell to 5% in Spain.", "5%",
         location="Spain"),  # guard
]

# an owner a subject ends on is written without its mark, but a name that ends in one keeps it
OWNERS_WITHOUT_MARK = [
    Case("The 29-year-old striker's contract runs out in June.", "29-year-old",
         subject="striker", exact=True),
    Case("Twelve-year-old Tom Reed's first race ended early.", "Twelve-year-old",
         subject="Tom Reed", exact=True),
    Case("A tribunal found Wendy's was defamed and gave the chain £30,000.", "£30,000",
         actor="Wendy's"),  # guard: a name
]

# counted people a passive's infinitive says what they are to do, its phrase up to nine
# words with the "to" (past an aside a dash sets off on its noun), or the infinitive and
# its particle before a phrase that holds a figure
PEOPLE_EXPECTED_FAR = [
    Case("Some 60,000 fans are predicted to gather in the northern city of Porto Novo for the "
         "final weekend of the festival - the biggest in years.", "60,000",
         subject="fans who are predicted to gather in the northern city of Porto Novo",
         exact=True),
    Case("About 8,000 migrants are believed to have slept on the streets of the capital with "
         "no shelter from the snow.", "8,000",
         subject="migrants who are believed to have slept on the streets of the capital",
         exact=True),
    Case("Thousands of pilgrims are predicted to turn up at more than 300 shrines across the "
         "region.", "Thousands", subject="pilgrims who are predicted to turn up", exact=True),
    Case("More than 3,000 delegates are arriving in the Swiss resort Davos for the summit.",
         "3,000", subject="delegates who are arriving in the Swiss resort Davos",
         exact=True),  # guard: a name set beside its noun stays
    Case("More than 20 ministers are scheduled to come including the French foreign "
         "minister - who flew in late - and others.", "20", subject="ministers",
         exact=True),  # guard: "including" lists some of them
]

# a name the parse makes a second subject of the verb, beside the role right before it, is
# whom the sentence is about
NAMES_BESIDE_THEIR_ROLE = [
    Case("Bath's young centre Tom Hale has been named in the team to face Italy in Rome on "
         "Saturday. The 19-year-old will start at outside centre.", "19-year-old",
         subject="Tom Hale", exact=True),
    Case('Rangers chief executive Tom Pryce backed the choice to hand Smith a short-term '
         'contract. "We hope it will work out," he said. "Most coaches want a three-year '
         'contract and a big budget."', "three-year", attribution="Tom Pryce"),
]

# whoever values a thing at a figure is its source; not a deal that values it by what it
# offers
VALUERS_AS_SOURCES = [
    Case("Analysts have valued the brand at between £20m-£30m.", "£20m-£30m",
         attribution="Analysts"),
    Case("The central bank values its silver stocks at $8 an ounce, a price set long ago.",
         "$8 an ounce", attribution="central bank"),
    Case("The offer values the airline at £900m.", "£900m", no_attribution=True),  # guard
    Case("Corvex tabled a higher bid, valuing the chain at $2bn.", "$2bn",
         no_attribution=True),  # guard
    Case("Directors gathered to consider the fresh bid from the US investor that values the "
         "chain at £600m.", "£600m", no_attribution=True),  # guard: the clause hung on the
    # investor
]

# what a share said, cut before a second verb "and" joins to it where the whole runs long;
# and a share whose subject would be only its source, a poll or a report, has none
SHARES_SAID_AND_MORE = [
    Case("In a poll by Zeta Research, 70% said they were tired of queues and would like more "
         "staff on the tills at busy times.", "70%",
         subject="those who said they were tired of queues", exact=True),
    Case("Yet according to a Herald survey, 58% said rising fuel costs had no bearing on "
         "whether or not they drove to work during the winter months.", "58%",
         subject="those who said rising fuel costs had no bearing", exact=True,
         attribution="Herald survey"),  # (cut before its closing phrase: SAID_CUT_SHORT)
    Case("According to a two-year study, 40% of firms were hit by viruses.", "two-year",
         subject="study", exact=True),  # guard: not a share
]


# what a share said, where it runs too long to quote whole, cut before the last phrases on
# its clause's verb or object that close it, as few as make it short enough, also before
# another share's clause; and a share so named keeps its name past a sentence before that
# counts no one asked
SAID_CUT_SHORT = [
    Case("However, only 27% said they had been sent new passwords by email from all of their "
         "online banks.", "27%", subject="those who said they had been sent new passwords by "
         "email", exact=True),
    Case("One in five said the mayor should stand again at the next election within a year "
         "or two while 45% opposed the idea.", "One in five",
         subject="those who said the mayor should stand again", exact=True),
    Case("Forty per cent thought the coach had done a fine job in his first season at the "
         "club and 20% disagreed.", "Forty per cent",
         subject="those who thought the coach had done a fine job", exact=True),
    Case("Both the unions and the bosses are keen to settle the dispute. But in a later poll, "
         "61% said the strike made no difference to how often they would travel to work by "
         "bus.", "61%", subject="those who said the strike made no difference", exact=True),
    Case("Both the unions and the bosses are keen to settle the dispute. But 61% said the "
         "strike was unfair.", "61%", subject="those who said the strike was unfair",
         exact=True),  # short, past a sentence that counts no one
]


# people named by what they do keep what they do to past its count, which is a figure of its
# own ("built 9,000 vans" -> "built vans"), not a count each one has; and professionals are
# a population as workers are
PEOPLE_BY_WHAT_THEY_DID = [
    Case("More than 2,000 professionals attended the fair in Leeds.", "2,000",
         subject="professionals who attended the fair", exact=True),
    Case("Some 1,200 workers built 9,000 vans at the plant.", "1,200",
         subject="workers who built vans at the plant", exact=True),
    Case("In the poll, over 60% kept 500 to 900 photos on their phones.", "60%",
         subject="those who kept photos on their phones", exact=True),
    Case("About 900 buyers got 5 shares each.", "900", subject="buyers",
         exact=True),  # guard: a count each one has
]


# a firm's unit and a country's industry act as bodies do: what they make, earn or employ is
# theirs
UNITS_AND_INDUSTRIES_ACT = [
    Case("Acme's auto unit posted a loss of $300m in the quarter.", "$300m",
         actor="Acme's auto unit"),
    Case("The UK games industry recorded a 5% rise in sales last year.", "5%",
         actor="UK games industry"),
    Case("Analysts expect the cuts to hit its retail unit, which employs 9,000 staff.",
         "9,000", actor="retail unit"),
    Case("The machine can walk at a speed of 20km/h.", "20km/h", no_actor=True),  # guard: a
    # thing
]


# A participle right after a figure that counts no noun names it with its particle and its
# first phrase, not one of where or when, nor one with a figure; a bare count that a verb
# of dying takes counts people, as one a verb of harm takes does; and what a sum is owed
# or put "to" stops before an "and" that joins another figure.
PARTICIPLES_WITH_THEIR_PHRASE = [
    Case("The airline, which is 40% owned by a Gulf investor, is for sale.", "40%",
         subject="owned by a Gulf investor"),
    Case("Smokers could have ten years taken off their lives.", "ten years",
         subject="taken off"),
    Case("It has 40 editions, including one tailored for India.", "one",
         subject="tailored for India"),
    Case("When the final aired, nearly 20 million tuned in to watch it.", "20 million",
         subject="tuned in"),
    Case("Of the central banks, 14 were adding yen, with 9 cutting back on sterling.",
         "9", subject="cutting back on sterling"),
    Case("The report looked at the Bradford fire, in which 56 died.", "56",
         subject="people who died", key="people"),
    Case("The museum recalls the 1952 flood in which 34 died.", "34",
         subject="people who died"),
    Case("Greece's debt - which includes $40bn owed to the EU and billions borrowed from"
         " banks - is a worry.", "$40bn", subject="debt to the EU", exact=True),
    Case("The firm has $12m owed to banks and suppliers.", "$12m",
         subject="debt to banks and suppliers"),  # guard: no figure joined
    Case("The hunt caught 12 foxes and two drowned in the river.", "two",
         subject="drowned"),  # guard: things counted before
    Case("The storm left 15 injured in the town.", "15", subject="injured",
         exact=True),  # guard: a phrase of where
]

# People one meets or speaks to are not one's own, and no owner joins them; jobs or staff a
# verb moves are named with the deed, as those a verb affects are, which a bare noun would
# read as all there are
PEOPLE_MET_AND_MOVED = [
    Case("Tom Hale will address 1,500 people at a rally in Leeds.", "1,500",
         subject="people", exact=True),
    Case("Anna Reid has apologised to three families who lost their homes.", "three",
         subject="families who lost their homes", exact=True),
    Case("Mr Hale was speaking to more than 200 pupils about road safety.", "200",
         subject="pupils", exact=True),
    Case("Mr Hale joined 30 volunteers on a litter pick.", "30", subject="volunteers",
         exact=True),
    Case("Mrs Reid introduced the author to the 300 invited guests.", "300",
         subject="invited guests", exact=True),
    Case("Zeta Air could transfer as many as 3,000 jobs out of Britain.", "3,000",
         subject="jobs transferred (Zeta Air)", exact=True),
    Case("Zeta Air will relocate 3,000 jobs to Asia.", "3,000",
         subject="jobs relocated (Zeta Air)", exact=True),
    Case("Halden Council has seconded 14 staff to the flood relief effort.", "14",
         subject="staff seconded (Halden Council)", exact=True),
    Case("Corvex provides broadband to 2 million customers.", "2 million",
         subject="customers (Corvex)", exact=True),  # guard: a firm's own customers
    Case("Acme employs 900 staff.", "900", subject="staff (Acme)", exact=True),  # guard
]

# A figure that is one of a vague amount ("a number of", "a handful of", "a series of")
# counts the group that amount is of, not the amount
ONE_OF_A_VAGUE_AMOUNT = [
    Case("The 1962 bass was one of a number of lots sold at the auction.", "one",
         subject="lots sold at the auction", key="lot", exact=True),
    Case("It was one of a handful of machines built in Japan.", "one",
         subject="machines built", key="machine", exact=True),
    Case("It is one of a series of measures to cut crime.", "one",
         subject="measures to cut crime", exact=True),
    Case("The ban is one of a range of steps being taken.", "one",
         subject="steps being taken", exact=True),
    Case("The number of jobs at the plant rose to 400.", "400",
         subject="number of jobs at the plant", exact=True),  # guard: a number that is
    # the figure's own
]

# A place written only after a contrast that follows the figure (", but", ", while", ";")
# is the later clause's, not the figure's; one before the figure may be shared, and the ";"
# of a bracket of restatements is no contrast
PLACES_PAST_A_CONTRAST = [
    Case("The wait is 12 weeks for adults, but just six weeks in York.", "12 weeks",
         no_location=True),
    Case("The target is nine months for Scottish patients, but just four months in Wales.",
         "nine months", no_location=True),
    Case("Sales rose 4% in the year; in France they fell.", "4%", no_location=True),
    Case("The wait is 12 weeks for adults, but just six weeks in York.", "six weeks",
         location="York"),  # guard
    Case("US exports rose 12%, but imports rose 16%.", "16%", location="US"),  # guard
    Case("The insurer has paid out 90m euros (£60m; $110m) to cover damage from floods in "
         "the US.", "90m euros", location="US"),  # guard
]

# The deal a bid or a buyout is made "in" is its maker's, not that of the one who agrees
# to it
DEALS_OF_BUYOUTS = [
    Case("On Monday, Corvex agreed to a buyout by Zeta Telecom in a deal valued at $4.2bn.",
         "$4.2bn", subject="deal", actor="Zeta Telecom"),
    Case("Corvex agreed to a deal valued at $4.2bn.", "$4.2bn", actor="Corvex"),  # guard
]

# The total that "take" or "bring" moves to a level is the level's subject, also where the
# parse hangs the "to" on an infinitive inside the object's phrase
TALLIES_PAST_AN_INFINITIVE = [
    Case("The move will bring the total number of posts to go at the bank to 3,000.",
         "3,000", subject="total number of posts", exact=True),
    Case("The purchase takes her stake to 27.5%.", "27.5%", subject="stake"),  # guard
]

# A sum that "spend" or "invest" takes is named by the verb's noun and its "on" or "in"
# phrase, with its doer, as a bare "millions" is: not by what it goes to alone, which would
# read as another measure; a sum taken "in" or pledged "for" something keeps that name
SUMS_NAMED_BY_SPENDING = [
    Case("The group spent £2m on the campaign.", "£2m",
         subject="spending on campaign (group)", key="spending", exact=True),
    Case("Halden had invested some £80m in van production.", "£80m",
         subject="investment in van production (Halden)", exact=True),
    Case("The broadcaster plans to spend up to £90m on Freeview before 2014.", "£90m",
         subject="spending on Freeview (broadcaster)", exact=True),
    Case("The film took $40m in ticket sales.", "$40m", subject="ticket sales",
         exact=True),  # guard
    Case("The EU pledged £500m for reconstruction.", "£500m", subject="reconstruction",
         exact=True),  # guard
]

# A mark whose own noun names the measure ("the 4% borrowing ceiling") is passed by that
# measure, of the one the verb's subject names, not the mark nor the doer alone
MEASURES_PAST_THEIR_MARK = [
    Case("Portugal has now broken the 4% borrowing ceiling.", "4%",
         subject="borrowing (Portugal)", key="borrowing", exact=True),
    Case("The plan was shelved after Italy, which has twice breached the 3% deficit limit, "
         "objected.", "3%", subject="deficit (Italy)", exact=True),
    Case("The nation's debt has now passed the 60% debt limit.", "60%",
         subject="nation's debt", exact=True),  # guard: the doer is the measure
    Case("Sales passed the 2 million mark.", "2 million", subject="Sales",
         exact=True),  # guard: a mark that names no measure
]

# The scale the tokenizer splits off a figure ("m" of "2m") counts the noun after it, also
# where the parse took the two for twin objects or the scale for a compound, so that a
# count a verb touches is named with the deed as "2 million" is; a plural joined to the
# counted noun that has a sum of its own ("profits of A$1.1bn") is not counted with it
SCALES_SPLIT_FROM_THEIR_FIGURE = [
    Case("The new tax credit starts in April, benefiting more than 2m families, ministers "
         "said.", "2m", subject="families benefiting", exact=True),
    Case("The scheme will help 3m pensioners.", "3m", subject="pensioners helped",
         exact=True),
    Case("Floods last winter affected 1.5m homes across the north.", "1.5m",
         subject="homes affected", exact=True),
    Case("The merged group would have yearly sales of 39 million crates and profits of "
         "A$1.1bn.", "39 million", subject="crates (merged group)", exact=True),
    Case("The insurer took a 90m euro charge in the quarter.", "90m euro",
         subject="charge", exact=True),  # guard: the noun after the scale is its currency
    Case("The carrier owes $12bn in duties and fines.", "$12bn",
         subject="duties and fines", exact=True),  # guard: no sum on the second plural
]

# Counted people named by what they do also where another clause's subject follows an
# "and" ("... and charities say"), where the figure holds the "of" before them ("a quarter
# of a million"), and where a comma sets off an "including" phrase after their verb's
# object; and by the plight "leave" puts them in, "out of pocket", "in limbo", "without"
# what they live on
PEOPLE_BY_THEIR_CLAUSE = [
    Case("About 20,000 children live with grandparents in Wales and charities say they "
         "need more help.", "20,000", subject="children who live with grandparents",
         exact=True),
    Case("Nearly a quarter of a million shoppers signed the petition.",
         "a quarter of a million", subject="shoppers who signed the petition", exact=True),
    Case("About 70 people attended Monday's hearing in York, including the city's mayor.",
         "70", subject="people who attended Monday's hearing", location="York", exact=True),
    Case("The collapse of the fund left thousands of savers out of pocket.", "thousands",
         subject="savers out of pocket", exact=True),
    Case("The ruling will leave millions of tenants in limbo.", "millions",
         subject="tenants in limbo", exact=True),
    Case("The computer fault left thousands of pensioners without any support payments.",
         "thousands", subject="pensioners without any support payments", exact=True),
    Case("Some 3 million tourists made the abbey - which holds works by Turner - the "
         "city's busiest site.", "3 million", subject="tourists",
         exact=True),  # guard: a dash sets off an aside before what the verb makes of it
    Case("About 40 people attended the meeting in Leeds.", "40",
         subject="people who attended the meeting", exact=True),  # guard
]

# A place in a "from" phrase on counted people says where they are from, not where the
# figure is (but where a verb takes them out of it); none in what counted things
# "include", which names some of them, nor in what a talk discusses
PLACES_PEOPLE_COME_FROM = [
    Case("At least four people from Wales died in the crash.", "four", no_location=True),
    Case("Hundreds of fans from Leeds travelled to the game.", "Hundreds", no_location=True),
    Case("Some 400 students from Kenya are studying in Leeds.", "400", location="Leeds"),
    Case("The 12 films in the festival's main section include works from Germany, Chile and "
         "Japan.", "12", no_location=True),
    Case("Over three days, delegates will discuss topics ranging from Brazil's growth to "
         "Iran's future.", "three days", no_location=True),
    Case("Troops were sent to evacuate some 300 British citizens from Chad.", "300",
         location="Chad"),  # guard: a verb takes them out of the place
    Case("Troops were sent to evacuate thousands of British citizens from Chad.",
         "thousands", location="Chad"),  # guard: so too by a vague count's "of"
    Case("About 200 delegates met in Geneva to discuss Brazil's growth.", "200",
         location="Geneva"),  # guard
]

# "add to" sums or weighs and quotes no one, unless a clause of its own is what is said
ADDING_TO_IS_NO_SAYING = [
    Case("The title adds to the three cups and two shields won earlier this year.", "three",
         no_attribution=True),
    Case("Factory prices rose faster than wages, adding to concern that a rise of 4% in "
         "rents could hurt spending.", "4%", no_attribution=True),
    Case("Prices rose 2%, Mr Lee added to reporters.", "2%",
         attribution="Mr Lee"),  # guard: what he said is a clause of its own
]

# A verb of saying that closes the sentence after a comma, which the parse joins to the
# second of two clauses "but" joins, quotes both
SAID_LAST_PAST_A_BUT = [
    Case("Fuel use has fallen to 40 litres but it could rise to 55 litres over a full season "
         "due to the cold, a study by Zeta Labs revealed last year.", "40 litres",
         attribution="Zeta Labs"),
    Case("Fuel use has fallen to 40 litres but it could rise to 55 litres over a full season "
         "due to the cold, a study by Zeta Labs revealed last year.", "55 litres",
         attribution="Zeta Labs"),
    Case("Sales rose 4% in May, the trade body reported.", "4%",
         attribution="trade body"),  # guard
]

# "one in N" names the group its noun counts, also past a dash aside on the group and where
# the parse hangs the group on the share's own "in"; a people's plural that is no adjective
# and "s" ("Danes", "Poles") is a population, set in its country; a figure's own "per"
# with a noun after it measures that noun
WHOLES_ON_THE_SHARE = [
    Case("By 2030, one in four Danes - or about 1.4 million people - will be retired.",
         "one in four", subject="share of Danes (retired)", location="Denmark"),
    Case("The industry, which now employs one in four Poles, would employ fewer by 2030.",
         "one in four", subject="Poles", location="Poland"),
    Case("One in five Swedes were vaccinated against the virus.", "One in five",
         subject="share of Swedes (vaccinated against the virus)", location="Sweden"),
    Case("About 40% of Danes were born abroad.", "40%", subject="share of Danes (born abroad)"),
    Case("The rest, a third of Zeta, was sold to Acme in May.", "a third",
         subject="Zeta"),  # guard: a firm, no people
    Case("Mortgage arrears are low, with just one in 20 of its 9 million loans now in "
         "arrears.", "one in 20", subject="loans"),  # guard: the "in" of the state is no whole
    Case("The plant prints 300 dots per inch labels for the post office.", "300 dots per inch",
         subject="labels for the post office"),
    Case("The new lift travels at a 12m per second speed.", "12m per second", subject="speed"),
    Case("Some 500 Britons live in Leeds.", "500", subject="Britons who live in Leeds",
         location="Leeds"),
    Case("About 3,000 people work in Leeds.", "3,000", subject="people who work in Leeds",
         location="Leeds"),
]

# What counted people do is quoted past a comma that lists adjectives on its noun, and
# the plight they are left in past an adjective on its own noun
PEOPLE_PAST_THEIR_ADJECTIVES = [
    Case("Counting those on cable, nearly five million people have a quick, always-on link.",
         "five million", subject="people who have a quick, always-on link"),
    Case("Nearly four million people have a cheap, fast mobile connection.", "four million",
         subject="people who have a cheap, fast mobile connection"),
    Case("The law will leave millions of tenants in legal limbo.", "millions",
         subject="tenants in legal limbo"),
    Case("The storm left 4,000 homes without mains power.", "4,000",
         subject="homes without mains power"),
    Case("About 2,000 workers are on strike.", "2,000",
         subject="workers on strike"),  # guard: the plight as the list has it
    Case("Some 3,000 staff have been sacked, old and young alike.", "3,000",
         subject="staff"),  # guard: a comma that lists no adjectives before a noun
]

# A side a game is "with", or that a side plays, is no place of a figure, nor the side
# that plays it
SIDES_MET_ARE_NO_PLACES = [
    Case("Tom Hale has been named in the Wales squad after a six-week ban, ahead of Sunday's "
         "match with France.", "six-week", no_location=True),
    Case("That game is the day after Wales play France and four days before their last match.",
         "four days", no_location=True),
    Case("Britain plays a key role in the 5bn pounds scheme.", "5bn pounds",
         location="Britain"),  # guard: no side played
]

# How many times a doer does a deed in each of a period is named by the deed, as a count of
# times is; how long one is in a state written before the span, with no "for", by the state
DEEDS_IN_EACH_PERIOD = [
    Case("He trains three times a week.", "three", subject="trains"),
    Case("The committee meets eight times a year.", "eight", subject="meets (committee)"),
    Case("The bus runs four times an hour.", "four", subject="runs (bus)"),
    Case("She earns three times the average wage.", "three",
         subject="average wage"),  # guard: a multiple
    Case('"I have been here three years and we have not won the cup," said Smith.',
         "three years", subject="here"),
    Case("Hale has been out six weeks.", "six weeks", subject="out (Hale)"),
    Case("The shop was open 24 hours.", "24 hours", subject="open (shop)"),
]

# A "which" right after a dash stands for the noun right before it, or, where the dash
# closes an aside, for the noun before the dash that opened it
WHICH_PAST_A_DASH = [
    Case("Rivals trailed the animated comedy Big Fish - still showing at 900 cinemas - which "
         "took $18.2m.", "$18.2m", subject="takings (Big Fish)", actor="Big Fish"),
    Case("Mr Lee is the new boss of the unit - which will post a 500m euro loss this year - "
         "and starts today.", "500m euro", actor="unit"),
    Case("Few firms could challenge Acme - which in 2003 reported sales of $20bn - in that "
         "field.", "$20bn", actor="Acme"),
    Case("Sales rose in Spain - which makes up 30% of the group's sales - and in Italy.", "30%",
         subject="share of group's sales (Spain)"),
    Case("Shares in its parent, Zeta Holdings - which owns 40% of Acme - rose.", "40%",
         actor="Zeta Holdings"),
    Case("The deal left Acme - which employs 3,000 people - in profit.", "3,000",
         actor="Acme"),
    Case("The head of the unit, which made a 500m euro loss, quit.", "500m euro",
         actor="unit"),  # guard: after a comma
]

# Counts listed as subjects of one verb each do it themselves; the firms a list of shares
# is "in" all own what moves
LISTS_ACT_APART_OR_TOGETHER = [
    Case("Two governors and as many as four judges quit in a week.", "four",
         no_actor=True),
    Case("Shares in Zeta Corp and Omega Corp both fell 1.7%.", "1.7%",
         actor="Zeta Corp and Omega Corp"),
    Case("Shares in Zeta rose 4% after Omega and Kappa cut prices.", "4%",
         actor="Zeta"),  # guard: the list is another clause's
]

# Ages after a plural in an "of" phrase are that group's, not the clause subject's
AGES_OF_A_GROUP_POLLED = [
    Case("Ann Lee's Blue Kite, about a boy lost at sea, was top in a vote of readers aged seven "
         "to 10.", "seven to 10", subject="readers"),
    Case("The book won a poll of pupils aged 11 to 14.", "11 to 14",
         subject="pupils"),  # guard: the parse hangs "aged" on the pupils
    Case("The singer Ann Fox suffered a stroke aged 58.", "58",
         subject="Ann Fox"),  # guard: a thing she suffers
]

# A sum "in" a kind of money is named by the kind, also where the parse hangs the "in" on
# the sum's verb, past a bracket that restates the sum
SUMS_IN_A_KIND_ON_THE_VERB = [
    Case("Analysts estimate that mobile TV networks will have 40 million users by 2010, "
         "producing around $4.2bn in revenue.", "$4.2bn", subject="revenue"),
    Case("The merger will boost profits but the deal will cost it $2bn in one-off charges.",
         "$2bn", subject="charges"),
    Case("The scheme could generate about £3bn (€4bn) in fees over ten years.", "€4bn",
         subject="fees"),  # guard: the parse hangs the "in" on the sum
    Case("Acme had invested some £90m in van production.", "£90m",
         subject="investment in van production (Acme)"),  # guard: what is invested in
]

# A participle of change after "see", "have" or "get" is what was done to the noun before
# it, which does not act; where it is a thing, the one whose thing it is acts, as where a
# level of theirs moves; a bare verb of change the tagger read as a noun is read the same
SEEN_DONE_TO = [
    Case("The steelmaker may see its workforce cut from 40,000 to 31,000 staff by 2012.",
         "31,000", no_actor=True),
    Case("The airline may see its crew numbers trimmed from 4,000 to 3,100 by 2012.", "3,100",
         subject="crew numbers (airline)", actor="airline"),
    Case("The reforms would see the navy's budget rise by $4bn to $96bn.", "$4bn",
         subject="navy's budget", actor="navy"),
    Case("Zeta Bank saw its profits cut by 20% by the windfall tax.", "20%",
         subject="profits (Zeta Bank)", actor="Zeta Bank"),  # guard: whose profits
    Case("The council saw its 60-strong majority cut to just nine.", "nine",
         subject="majority (council)"),  # guard
    Case("The champions then had their striker sent off for two late tackles.", "two",
         subject="late tackles"),  # guard: a person sent off did what he was sent off for
]

# An "among" phrase set before the clause whose subject is a share names the share's group,
# as a fronted "of" phrase does
SHARES_AMONG_A_GROUP = [
    Case("Among retired voters, 62% said they planned to vote by post.", "62%",
         subject="retired voters"),
    Case("Among those polled, 64% said they backed the plan.", "64%", subject="those polled"),
    Case("Among retired voters, 58% backed the plan.", "58%",
         subject="share of retired voters (backed the plan)"),
    Case("Of the firms surveyed, 30% said orders had risen.", "30%",
         subject="firms surveyed"),  # guard
    Case("Among other changes, 300 jobs will go at the plant.", "300", subject="jobs"),  # guard
]

# What a share of people says it does may run to twelve words, past a word before the verb
# ("even"); where it runs longer, a closing aim is left out as a closing time is; a verb of
# saying the tagger read as a participle after the share is what they say, not done to them
SHARES_WHO_ADMIT = [
    Case("One in four even admitted to checking their phones in the middle of a film to "
         "read the news.", "One in four",
         subject="those who admitted to checking their phones in the middle of a film"),
    Case("About 40% admitted to using their phones while driving.", "40%",
         subject="those who admitted to using their phones while driving"),
    Case("Some 300 people gathered outside the town hall to protest.", "300",
         subject="people who gathered outside the town hall to protest"),  # guard: short
    Case("15 injured in the crash.", "15", subject="injured"),  # guard
]

# The "by" agent of a participle or a passive does the deed and sets it nowhere, nor does a
# name in its phrase; a place's own trade is its statistic, and the next in a ranking that
# "followed by" names holds its own figure
PLACES_NOT_BY_AGENTS = [
    Case("His remarks follow reports that all six prisoners held by the US at the island camp "
         "will be freed.", "six", actor="US", no_location=True),
    Case("Some 40,000 farm workers in the small kingdom surrounded by South Africa could lose "
         "their jobs.", "40,000", no_location=True),
    Case("The 12 lenders are owed about $3bn by nations hit by the Pacific Ocean storm.", "$3bn",
         no_location=True),
    Case("Spain has won nine titles, followed by Italy and France with six each.", "nine",
         no_location=True),
    Case("Spain has won nine titles, followed by Italy and France with six each.", "six",
         location="Italy and France"),  # guard
    Case("Coal makes up 45% of the fuel imported by Poland each year.", "45%",
         location="Poland"),  # guard: its own imports
]

# A document that "shows" a figure is its source also as the antecedent of "which" and as
# the noun "showing" hangs on, and a body that releases or publishes it is its author
DOCUMENTS_THAT_SHOW = [
    Case("Zeta released figures which showed that exports rose 4% in March.", "4%",
         attribution="Zeta"),
    Case("Zeta released figures showing that exports rose 4% in March.", "4%",
         attribution="Zeta"),
    Case("The firm issued the warning after an analysis which showed that traffic had doubled "
         "to 2 million visits.", "2 million", attribution="analysis"),
    Case("There were signs showing a 5% rise in sales.", "5%", no_attribution=True),  # guard
    Case("I saw a note the other morning which hinted that 30 seconds was enough.",
         "30 seconds", no_attribution=True),  # guard: no day says it
    # also where the parse hangs the body, or a speaker, on the phrase that opens the
    # sentence, and the verb has no subject
    Case("In September Zeta Labs released data which showed that sales rose 4%.", "4%",
         attribution="Zeta Labs"),
    Case('In an interview for a magazine, Ms Hale, who runs the charity, says: "Small cuts '
         'hurt. "If the grant falls by 10%, we will have to close."', "10%",
         attribution="Ms Hale"),
]

# A group's size hyphened to its count is no deed of one who joins, beats or speaks of the
# group, nor is the group theirs; an owner written for it stays; the key is the group's
# noun, without the word of size
SIZES_OF_GROUPS = [
    Case("Striker Tom Reed, back from a knee injury, returns to the 25-man squad.", "25",
         subject="squad", key="squad", no_actor=True),
    Case("The bank is making upbeat noises about the 13-nation bloc.", "13", subject="bloc",
         key="bloc", no_actor=True),
    Case("Rovers sink 10-man United", "10", no_actor=True),
    Case("The game was made by Zeta's 30-person design team.", "30",
         subject="design team (Zeta)"),  # guard: its owner
    Case("The envoy begins a four-nation tour of Asia on Monday.", "four", key="tour"),
]

# A count or a span on a plan, a pledge or a bid is done by whoever a possessive names as
# owning it, whatever the clause's verb
PLANS_OWNED = [
    Case("The Greens mocked the Liberals' seven new pledges as empty.", "seven",
         actor="Liberals"),
    Case("The council's ten-year plan was approved on Monday.", "ten-year", actor="council"),
    Case("Orbis's 184 members met in Vienna.", "184", no_actor=True),  # guard: what one has
]

# A bare count after ", with" counts what the count before it counted, also what a "there
# are" says is
COUNTS_WITH_AFTER_THERE_ARE = [
    Case("Today there are 60 nurses on the main ward, with 14 in the clinic.", "14",
         subject="nurses"),
    Case("Some 900 fans came by coach, with 40 on bikes.", "40", subject="fans"),  # guard
]


# A sum "with" which a film holds a chart's top or a place it is ranked at is its takings,
# also a total joined to it, and a title written whole after a word of its kind
CHART_TAKINGS = [
    Case("The spy thriller Red Dawn came fourth with $5.2m (£2.8m), and a total of $31.4m "
         "(£16.9m).", "$31.4m", subject="takings (spy thriller Red Dawn)", exact=True),
    Case("The animated film Blue Moon had held the Easter title with $12.8m (£6.7m).",
         "$12.8m", subject="takings (animated film Blue Moon)", exact=True),
    Case("Musical comedy Girl of the Year, starring two former pop stars, came in at fifth "
         "with $9m (£4.6m).", "$9m", subject="takings (Musical comedy Girl of the Year)",
         exact=True),
    Case("The studio led the other contenders in the film market with $8m.", "$8m",
         subject="contenders"),  # guard: no chart's top
]


# A place's name that owns a person's name is where the person is from, also where the
# model tags that name as a place no gazetteer knows, or hangs a rank on it
OWNERS_OF_NAMES_TAKEN_FOR_PLACES = [
    Case("Jane Pike won the long jump with 6.71m, with Britain's Ade Bello fourth in 6.40m.",
         "6.40m", no_location=True),
    Case("He wanted to protect the other three players, Anna Reid, Marta Ruiz and Russia's "
         "Ade Bello.", "three", no_location=True),
    Case("Crowds filled London's Leicester Square, where 4,000 people queued.", "4,000",
         location="Leicester Square"),  # guard: a place it owns
]


# A span set right before "after", "before", "ago" or the like only says when, by the gap
# to an event: no one acts in it; one "for" or "in" sets is how long a deed lasts
SPANS_SET_AGAINST_EVENTS = [
    Case("The pact was signed three days after Zeta Gas cut off supplies to its neighbour.",
         "three days", no_actor=True),
    Case("Lee made it 3-1 six minutes before the break.", "six minutes", no_actor=True),
    Case("The drummer sat out for 20 minutes before coming back on stage.", "20 minutes",
         actor="drummer"),  # guard: how long
    Case("Mr Hale led the council for seven years before entering parliament.",
         "seven years", actor="Mr Hale"),  # guard: how long
]


# A place that opens a kind's words a name ends says where the named body is from, however
# the parse hangs them; a side's kit is the side's, no place
KINDS_NAMED_AFTER_PLACES = [
    Case("UK sportswear firm Zeta has reported a 140% jump in yearly profit, helped by sales "
         "of replica England football kits.", "140%", no_location=True),
    Case("The chain listed its biggest creditor as US snacks giant Crunchco, which it owes "
         "$12.4m.", "$12.4m", no_location=True),
    Case("Sales of outdoor clothing rose 30% in the UK last year.", "30%",
         location="UK"),  # guard: set in the place
]


# A place that does a verb joined to one that wins a prize is a side, as one that wins it
SIDES_OF_JOINED_VERBS = [
    Case("Italy pressed hard after the break and scored three tries in ten minutes.",
         "three", no_location=True),
    Case("Italy grew fast and exported three million tonnes of steel.", "three million",
         location="Italy"),  # guard: no prize
]


# "those" with a "with" or "without" phrase is a whole of its own, as "those polled" is: a
# share of it is named by what the part does
SHARES_OF_THOSE_WITH = [
    Case("Almost a quarter of those with cable at home have recorders.", "a quarter",
         subject="share of those with cable at home (have recorders)", exact=True),
    Case("More than half of those with tablets read a paper on the train.", "half",
         subject="share of those with tablets (read a paper"),
    Case("About 40% of those polled backed the plan.", "40%",
         subject="share of those polled (backed the plan)", exact=True),  # guard
]










# A bare "the firm" or "the company" that no sentence right before names stands for the firm
# the article is about: the one its headline and standfirst name that it names most, at
# least twice, by the kind the standfirst gives it where two are named; not where the
# paragraph before the figure names another firm; an owner in brackets goes with it
FIRMS_THE_ARTICLE_IS_ABOUT = [
    Case("Lufthansa cancels flights in pilots' strike\n\nGerman flag carrier Lufthansa "
         "has grounded much of its fleet as pilots walk out over pay.\n\nThe strike began early "
         "on Monday at Frankfurt and Munich. Pilots want a pay rise and say talks have "
         "failed.\n\nPassengers were told to check before travelling. The company said it "
         "had to cancel 120 flights on Monday.", "120", actor="Lufthansa",
         attribution="Lufthansa"),
    Case("Halden buys into Zeta\n\nPublishing group Halden Media is buying a 30% stake in "
         "newspaper company Zeta Press.\n\nZeta Press prints the best-selling daily, and "
         "Zeta Press titles lead in the north. The deal pleased Halden Media's investors."
         "\n\nAdvertising revenues were up 8% in the year, the group said.", "8%",
         attribution="Halden Media"),  # the group, not the newspaper company
    Case("Corvex profits beat forecasts\n\nMobile operator Corvex has reported profits above "
         "forecasts.\n\nAnalysts had expected weaker sales. Corvex said demand in Asia was "
         "strong.\n\nMortgage lending also rose, Bank of England figures showed on Tuesday. "
         "Lending rose to £9bn in March, the bank said.", "£9bn",
         attribution="bank"),  # guard: the paragraph names another firm
    Case("Acme Foods has cut its forecast for the year.\n\nThe firm said its yearly profits "
         "fell 10% to £3m.", "£3m", subject="yearly profits (Acme Foods)", actor="Acme Foods",
         exact=True),
]


# A sum the verb of a deed that MONEY_VERBS does not name takes as its object is "sum" and the
# deed, with its particle, its doer in brackets, not the doer alone; not a level reached, a
# price or a duty put on a thing
SUMS_OF_OTHER_DEEDS = [
    Case("Dhani Shah, the singer's son, has inherited £140m from his father.", "£140m",
         subject="sum inherited (Dhani Shah)", exact=True),
    Case("Savers in the mutual will share a windfall worth £42m, the chairman said.",
         "£42m", subject="windfall"),  # guard: a sum with a noun of its own
    Case("The minister has steered almost £300,000 to marginal seats.", "£300,000",
         subject="sum steered (minister)", exact=True),
    Case("The three heirs will divide £42m, the lawyer said.", "£42m", subject="heirs",
         exact=True),  # guard: a doer that is no actor, as "French wine gets 70m euro"
    Case("Its two owners have each put up $480m to rescue the lender.", "$480m",
         subject="sum put up (owners)", exact=True),
    Case("The charity stands accused of channelling more than $2m into his campaign.",
         "$2m", subject="sum channelled (charity)", exact=True),
    Case("The union wants to claw back £5m from the pension fund.", "£5m",
         subject="sum clawed back (union)", exact=True),
    Case("The bank has set aside $40m to cover the claims.", "$40m",
         subject="sum set aside (bank)", exact=True),
    Case("The chancellor put 1p a pint on beer.", "1p a pint", subject="chancellor",
         exact=True),  # guard: a duty's rise, not a sum put
]


# A count in "a total of" is named by what a passive did to it, as the count itself would be;
# and so are those a verb affects by the "of" of a vague count, and those who benefit with
# no object of the verb
COUNTS_TOUCHED_AND_TOTALS = [
    Case("A total of 40 wells have been sealed across the region.", "40",
         subject="wells sealed", exact=True),
    Case("Some 25 towns could benefit after the review.", "25",
         subject="towns benefiting", exact=True),
    Case("The new rules could affect thousands of small shops.", "thousands",
         subject="small shops affected", exact=True),
    Case("A total of 300 homes were in the flood zone.", "300", subject="homes",
         exact=True),  # guard: no deed done to them
]


# A place that an infinitive after the figure names as what it does something to, or goes
# to, is not where the figure is; one it sets its deed in is, and so is a place's adjective
# on its object
PLACES_OF_AIMS_AFTER = [
    Case("Wales named a 28-man squad to face Italy on Saturday.", "28",
         no_location=True),
    Case("She needed three sets to beat Japan's Ai Sato.", "three", no_location=True),
    Case("His time of 8:01.2 was too slow to qualify for Berlin.", "8:01.2",
         no_location=True),
    Case("The insurer paid $400m to cover damage in Florida.", "$400m",
         location="Florida"),  # guard: where the deed is done
    Case("It will cost £50m to hold a UK vote on the treaty.", "£50m",
         location="UK"),  # guard: a place's adjective on the object
]


# A figure that is an estimate, a forecast or an expectation has no actor: whose it is is its
# source, and the firm whose results it is set against does not make it
ESTIMATES_DONE_BY_NO_ONE = [
    Case("Mr Lang said the council's earlier forecast of 1.8% was far too high.", "1.8%",
         no_actor=True),
    Case("Zeta made £75m, better than the market expectation of £59m.", "£59m",
         no_actor=True),
    Case("Zeta made £75m, better than the market expectation of £59m.", "£75m",
         actor="Zeta"),  # guard: its own earnings
]


# A firm's shares that move are the firm's, also after two kinds "and" joins and in the "in"
# phrase of a noun of change the figure sizes
SHARES_OF_NAMED_FIRMS = [
    Case("Shares in UK storage and delivery firm Zenco closed up 9%.", "9%", actor="Zenco"),
    Case("The news led to a 13% fall in Zenco's shares.", "13%", actor="Zenco"),
    Case("There was a 3% rise in shares across Asia.", "3%", no_actor=True),  # guard: no
    # firm's
]


# A bare "the survey" that gives a figure, or whose findings the next sentence goes on with,
# stands for its author, whom a "by" or "from" phrase on the same word names before; not a
# new one ("a report says")
DOCUMENTS_BY_THEIR_AUTHORS = [
    Case("Gadget hunger\n\nA survey by research group Tellco Data found that Britons want "
         "more gadgets.\n\nPocket cameras were the top choice, the survey said, with 40% "
         "picking one.", "40%", attribution="research group Tellco Data"),
    Case("Gadget hunger\n\nA survey by research group Tellco Data found that Britons want "
         "more gadgets.\n\nPocket cameras were the top choice, the survey said, with 40% "
         "picking one. Only 25% of Britons said a camera would be their first buy.",
         "25%", attribution="research group Tellco Data"),  # its findings going on
    Case("Gadget hunger\n\nA survey by research group Tellco Data found that Britons want "
         "more gadgets.\n\nA report says 30% of firms plan to hire.", "30%",
         attribution="report"),  # guard: another document
]


# A place inside an "about" phrase the figure is not in says what a film, a talk or a match
# is about, not where the figure is
PLACES_TALKED_ABOUT = [
    Case("Mr Hale said the two ministers had talked about Peru and the wider region.", "two",
         no_location=True),
    Case("The film Hex, about a ghost loose in Leeds, came in fourth place with $9.5m.",
         "$9.5m", no_location=True),
    Case("The good thing about Wales v Italy was that it lasted only 70 minutes.",
         "70 minutes", no_location=True),
    Case("More than 300 people in Kenya are worried about the drought.", "300",
         location="Kenya"),  # guard: the figure's own place
]


# an age standing as a noun that no sentence right before gives to anyone is the age of the
# person the article is about: the one its headline and standfirst name whose surname it
# gives most, where the nearest sentence of the last three that names anyone names them
_MOSS = ("Moss eyes {} marathon\n\nDistance runner Kate Moss will run the {} Marathon in "
         "April.\n\nMoss won in Berlin last autumn. ")
AGES_OF_THE_ARTICLE_PERSON = [
    Case(_MOSS.format("London", "London") + "Selectors will now decide whether Moss can run "
         "in the team event. The 29-year-old is among the favourites for the Paris race.",
         "29-year-old", subject="Kate Moss", exact=True),
    Case(_MOSS.format("Boston", "Boston") + "Selectors will now decide whether Moss can run "
         "in the team event. The 29-year-old came in behind Maria Lopez in Boston a year "
         "ago.", "29-year-old", subject="Kate Moss", exact=True),  # another name, no subject
    Case(_MOSS.format("Paris", "Paris") + "Selectors will now decide whether Moss can run in "
         "the team event. Coach Ann Bell says the 24-year-old should win.", "24-year-old",
         subject="Kate Moss", exact=True),
    Case("Okoro to retire from rugby\n\nEngland flanker Sam Okoro will retire at the end of "
         "the season, his club has said.\n\nOkoro has won 60 caps. Coaches have named Reid, "
         "Hale and Marsh as contenders for Okoro's place in the back row. But the side will "
         "miss the 32-year-old badly.", "32-year-old", subject="Sam Okoro",
         exact=True),  # the nearest sentence names others, and him
    Case("Okoro misses Wales game\n\nEngland flanker Sam Okoro will miss the game against "
         "Wales with a knee injury.\n\nOkoro was hurt in training on Tuesday. \"Sam is not "
         "fit yet,\" coach Ann Bell told reporters. \"He will not be ready for Cardiff.\" The "
         "25-year-old has been out of the side since May.", "25-year-old",
         subject="Sam Okoro", exact=True),  # by his first name
    Case(_MOSS.format("Tokyo", "Tokyo") + "Favourite\n\nclocked 7.98 seconds in the heats. "
         "The 24-year-old set a new mark.", "24-year-old", subject="",
         exact=True),  # guard: past a sentence whose name the text lost
    Case(_MOSS.format("Chicago", "Chicago") + "Selectors will decide whether a second runner "
         "goes too. Moss expects the 19-year-old to be picked.", "19-year-old", subject="",
         exact=True),  # guard: the age's own sentence names her
    # a past tense the tagger took for a participle, the sentence's root
    Case("Ann Cole won her first title in Leeds on Sunday. Backed by a loud home crowd, the "
         "20-year-old battled past Maria Ruiz in three sets.", "20-year-old",
         subject="Ann Cole", exact=True),
    Case("Ann Cole won her first title in Leeds on Sunday. In front of her family, the "
         "20-year-old struggled past Maria Ruiz in the final.", "20-year-old",
         subject="Ann Cole", exact=True),
]


# a share of a whole that one underwrites or insures is a share of that whole, the doer in
# brackets, as one it makes or holds is; also the doer of the clause a participle hangs on
SHARES_UNDERWRITTEN = [
    Case("Corvex Re is the biggest name in the field, insuring a third of all UK oil rigs.",
         "a third", subject="share of UK oil rigs (Corvex Re)", exact=True),
]


# a "his" or "her" on a plan or thing that moves stands for the one person named as the
# subject of its sentence's main clause, who is its actor
HIS_OR_HER_PLANS = [
    Case("Tom Reed has brushed off fears from some Tories that his plans for £3bn tax cuts "
         "are too small.", "£3bn", actor="Tom Reed"),
    Case("Jane Hollis has rejected worries among some Liberals that her plans for £2bn "
         "spending cuts are too bold.", "£2bn", actor="Jane Hollis"),
]


# counted people with a plight right after their noun are named with it, and so are the
# counts listed before them that the plight closes
PLIGHTS_CLOSING_LISTS = [
    Case("Ten years of war; 200 nurses, over 400 teachers, more than 5,000 farmers dead, and "
         "still no peace.", "400", subject="teachers dead", exact=True),
    Case("Ten years of war; 200 nurses, over 400 teachers, more than 5,000 farmers dead, and "
         "still no peace.", "5,000", subject="farmers dead", exact=True),
    Case("We now have more than two million people jobless, the minister said.", "two million",
         subject="people jobless", exact=True),  # guard: as before
]


# what a share's part does may hold a number of when or how long ("every three weeks",
# "three hours of music a week")
SHARES_DOING_WITH_TIMES = [
    Case("A new site opens every minute, but fewer than 30% of the total are visited at "
         "least once every three weeks.", "30%",
         subject="share of total (visited at least once every three weeks)", exact=True),
    Case("Only a quarter of pupils do three hours of music a week.", "a quarter",
         subject="share of pupils (do three hours of music a week)", exact=True),
]


# a share of a whole that a verb's object is moved to or from is a share of that whole, the
# object in brackets, and so is one a verb of change with no object moves its subject to
SHARES_MOVED_TO = [
    Case("The chain wants to lift online sales from 12% to 30% of revenue by 2010.", "12%",
         subject="share of revenue (online sales)", exact=True),
    Case("The chain wants to lift online sales from 12% to 30% of revenue by 2010.", "30%",
         subject="share of revenue (online sales)", exact=True),
    Case("Junk mail has grown to more than 60% of all traffic, filter makers say.", "60%",
         subject="share of traffic (Junk mail)"),
    Case("Imports have fallen to 18% of the country's fuel supply.", "18%",
         subject="share of country's fuel supply (Imports)"),
    Case("The number of women on boards has climbed to 12% of all directors.", "12%",
         subject="share of directors (number of women on boards)"),
    Case("Payouts were limited to 40% of the fund's assets under the new rules.", "40%",
         subject="share of fund's assets (Payouts)"),
    Case("State aid was capped at 2% of the firm's turnover.", "2%",
         subject="share of firm's turnover (State aid)"),
    Case("Debt rose to 60% of GDP.", "60%", subject="Debt"),  # guard: a share of GDP
]


# a share before a noun for its holder, "in" or "of" a named body, is a stake in that body,
# held by the one the noun describes
STAKES_OF_HOLDERS = [
    Case("Dutch brewer Halden, a 25% shareholder in Corvex Beer, said it would not sell.",
         "25%", subject="stake in Corvex Beer (Dutch brewer Halden)", exact=True),
    Case("Zeta is a 40% owner of Acme Foods.", "40%", subject="stake in Acme Foods (Zeta)",
         exact=True),
]


# what moves is the noun an "of" phrase hangs on, where the parse hung the participle of
# foresight ("expected to rise") on the phrase's noun
FORESEEN_OF_HEADS = [
    Case("Growth should hold up this year, with retail sales of games consoles expected to "
         "rise by 9% in 2006.", "9%", subject="retail sales of games consoles", exact=True),
]


# counts listed with their capitalised kinds, the noun written once after the last, are
# counts (not model numbers) of that noun of their own kind
KINDS_LISTED = [
    Case("The town has about 120 Catholic, 110 Anglican and 40 Methodist churches.", "120",
         subject="Catholic churches", exact=True),
    Case("The town has about 120 Catholic, 110 Anglican and 40 Methodist churches.", "110",
         subject="Anglican churches", exact=True),
    Case("The navy has 20 British, 15 Dutch and 10 Danish frigates.", "15",
         subject="Dutch frigates", exact=True),
    Case("The prize adds to the two Baftas and three Emmy awards she won in May.", "two",
         subject="Baftas", exact=True),  # guard: a noun of its own
]


# a bare count that opens its sentence with "Another" counts what the last count of the
# sentence before counted, and so do the bare counts its gapped verb lists after it
FURTHER_COUNTS_AND_THEIR_LIST = [
    Case("Corvex said 2,300 posts would go as a result of the merger. Another 800 will go "
         "from its call centres, 500 from billing and 300 across its head office.", "800",
         subject="posts", exact=True),
    Case("Corvex said 2,300 posts would go as a result of the merger. Another 800 will go "
         "from its call centres, 500 from billing and 300 across its head office.", "500",
         subject="posts", exact=True),
]


# what a phrase in a copula's complement names is not the copula subject's: no owner in
# brackets; but one a "with" phrase gives it is
COPULA_COMPLEMENT_NOT_OWNED = [
    Case("Moss is one of five or six contenders for the two wing places.", "two",
         subject="wing places", exact=True),
    Case("The Larks were the most tipped act in the poll of 90 music writers.", "90",
         subject="music writers", exact=True),
    Case("Halden is Norway's fifth largest bank, with 2 million retail customers.",
         "2 million", subject="retail customers (Halden)", exact=True),  # guard
]


# a span of time measures the activity its "of" names, also where the model takes an
# adjective before it for a gerund with the activity as its object; the doer stays the
# clause's subject
SPANS_OF_AN_ACTIVITY = [
    Case("Chile has seen three years of blistering economic gains, which has led to a boom "
         "in jobs.", "three years", subject="economic gains", actor="Chile", exact=True),
    Case("Ghana has had five years of blistering economic expansion.", "five years",
         subject="economic expansion", actor="Ghana", exact=True),
    Case("Peru has enjoyed ten years of blistering export growth.", "ten years",
         subject="export growth", actor="Peru", exact=True),
]


# the person the sentence before an age that stands as a noun is about, also where "and"
# joins words inside that person's own clause, or the names of the sides before the name
AGES_AFTER_JOINED_WORDS = [
    Case("Tonks, who has played centre and wing in his career, has moved to full-back. "
         "After a knee injury last year, the 29-year-old is enjoying his new role.",
         "29-year-old", subject="Tonks", exact=True),
    Case("Saracens and Canada flanker Tom Reade has ended his playing days to take up a "
         "coaching job in Spain. The 33-year-old, who has 20 caps, was the club's player of "
         "the year in 2002.", "33-year-old", subject="Tom Reade", exact=True),
]


# a height in feet and inches measures the noun right after it, which the parse hangs on the
# "in" of the inches as if it were a place: the noun is no place
HEIGHTS_BEFORE_NAMES = [
    Case("The 6ft 7in Okafor is ranked 80th in the world and the club have high hopes for "
         "him.", "6ft 7in", subject="Okafor", exact=True, no_location=True),
    Case("The 6ft 5in lock has won 40 caps since his debut.", "6ft 5in", subject="lock",
         exact=True),
]


# an "its" on the figure's noun that no doer's clause claims stands for the one firm the
# sentence names before it, as the subject of a clause that holds it; the actor too where
# the noun is what a firm earns
ITS_FIRM_IN_THE_SENTENCE = [
    Case("Meanwhile, Harland Foods saw its third-quarter profits drop 12% to $40m.", "12%",
         subject="profits (Harland Foods)", actor="Harland Foods", exact=True),
    Case("Last month Leeds City Council said that 9,000 of its tenants were behind on rent.",
         "9,000", subject="tenants (Leeds City Council)", exact=True),
]


# counted people one by one, of any noun for people ("MPs", "rebels"), are named by what they
# do; a closing span that only says when, or a phrase that holds a figure of its own, is left
# out where the clause runs too long; not an age ("aged 60") nor a "more ... than" comparison
PEOPLE_ONE_BY_ONE_WHO = [
    Case("Some 45 Tory MPs voted against the bill on Tuesday.", "45",
         subject="Tory MPs who voted against the bill on Tuesday", exact=True),
    Case("Up to 40 Labour rebels could oppose the plan.", "40",
         subject="Labour rebels who could oppose the plan", exact=True),
    Case("Between 4,000 and 5,000 couples go to mediation to settle custody rows each year.",
         "4,000 and 5,000", subject="couples who go to mediation to settle custody rows",
         exact=True),
    Case("Some 60 councillors gave evidence in 40 hours of hearings for the inquiry.", "60",
         subject="councillors who gave evidence", exact=True),
    Case("About 300 members could take part in walkouts planned for 12 May.", "300",
         subject="members who could take part", exact=True),
    Case("About 2 million households in Wales now have cable TV.", "2 million",
         subject="households who have cable TV", location="Wales", exact=True),
    Case("Women aged 60 or over rarely use a tablet, the survey found.", "60",
         subject="Women", exact=True),  # guard: an age, not a count of women
    Case("Only 300 guests attended with tickets at $10.", "300", subject="guests",
         exact=True),  # guard: a "with" phrase before the figure's own is not cut
    Case("Organisers expect 90,000 visitors to have come by the end of Sunday.", "90,000",
         subject="visitors", exact=True),  # no clause of their own after "to"
]


# A name the model tags as a place, whose kind a lower-case feature word after it names,
# is a place where a setting word takes the feature; not a name of a feature's kind with
# another word between ("the Acme Sports summer camp in Girona" is in Girona)
NAMED_FEATURES = [
    Case("Some 600 fans watched the final at the Stade Velodrome arena.", "600",
         location="Stade Velodrome"),
    Case("She spent five days at the Acme Sports summer camp in Girona.", "five days",
         location="Girona"),  # guard
]


# A country listed with a firm that acts, or named by a "with" on a verb whose object is a
# deal, is a party to it, no place of the figure
PARTIES_TO_DEALS = [
    Case("Oman and BP in $3bn oil deal", "$3bn", no_location=True),
    Case("Shell signed a $6bn gas deal with Oman.", "$6bn", no_location=True),
]


# An "its" on a plan or an aim whose infinitive moves the figure stands for the subject of
# the clause the plan hangs in, who acts
ITS_AIM_DONE_BY = [
    Case("Zeta Air cut 900 jobs as part of its aim to trim $2bn off its annual bills.", "$2bn",
         subject="annual bills (Zeta Air)", actor="Zeta Air"),
]


# A country's mark on a role set right before a person's name says where the person is from,
# no place of the figure; not on an office ("Italy's Prime Minister Luca Rossi") nor on a
# thing a bracket restates
NATIONALS_BY_ROLE = [
    Case("Spain's former world champion Ana Ruiz is serving a two-year ban.", "two-year",
         no_location=True),
    Case("Italy's Prime Minister Luca Rossi said the economy grew 3% in 2004.", "3%",
         location="Italy"),  # guard
    Case("Chile's yearly gross farm output (GFO) rose 5% in 2004.", "5%",
         location="Chile"),  # guard
]


# Those a doer ballots, or among whom a deed is felt or one is counted, are not the doer's:
# no owner in brackets
NOT_OWNED_AMONG_OR_BALLOTED = [
    Case("In two weeks, Amicus will start balloting 90,000 nurses on strikes.", "90,000",
         subject="nurses", exact=True),
    Case("Last month Madonna swore on air, causing anger among thousands of parents.",
         "thousands", subject="parents", exact=True),
    Case("Ms Hart is among four British writers who have made the final list.", "four",
         subject="British writers who have made the final list", exact=True),
]


# The span of a high or a low is that high's also where the model tags "low" an adjective,
# and a "with" noun right before "at" the low is what is at it
LOWS_TAGGED_AS_ADJECTIVES = [
    Case("Jobless claims fell to a near 20 year low in March.", "20 year",
         subject="low (Jobless claims)", exact=True),
    Case("The economy grew fast, with inflation at a 12 year low.", "12 year",
         subject="low (inflation)", exact=True),
]


# A share's part is named by what it does also where its words run past seven tokens but
# not past seven words (a hyphened word is one), and where the share is written "N in M" or
# "N out of M", which the parse makes M a number on the whole
SHARES_DOING_IN_A_FEW_WORDS = [
    Case("Around 35% of teachers work in schools that are under-funded.", "35%",
         subject="share of teachers (work in schools that are under-funded)", exact=True),
    Case("Only one in five firms has a written e-mail policy.", "one in five",
         subject="share of firms (has a written e-mail policy)", exact=True),
    # past the whole's own words, and "had X done" read as what was done to X
    Case("She said that only three out of 10 small firms had their claims approved under the "
         "new rules.", "three out of 10",
         subject="share of small firms (had their claims approved)", exact=True),
    Case("The club then had Lee Hart sent off for two late tackles.", "two",
         subject="late tackles (Lee Hart)"),  # guard: done to a person
]


# Counted people of a nation ("Britons", "South Koreans") are a population, named by what
# they do as "people" are; so are those a reporting verb's clause is about where the parse
# makes them the verb's object, and a place after them goes to the location
PEOPLE_OF_NATIONS_WHO = [
    Case("Roughly 2 million Canadians now shop online for groceries.", "2 million",
         subject="Canadians who shop online for groceries", exact=True, location="Canada"),
    Case("She said the trial in Leeds indicated three million drivers in Britain would save "
         "money.", "three million", subject="drivers who would save money", exact=True,
         location="Britain"),
    Case("More than 4,000 entrants signed up for the race.", "4,000",
         subject="entrants who signed up for the race", exact=True),  # a noun of doers
]


# A span in which a sum is reached, or after a superlative that an owner's mark rather than
# "the" opens, only says when: it has no subject
SPANS_OF_SUMS_AND_PEAKS = [
    Case("Farm exports should rise to $9bn in four years.", "four years", subject="",
         exact=True),
    Case("The trade surplus was at its highest in six years.", "six years", subject="",
         exact=True),
]


# A "he" the figure's deed is done by, after the name the sentence is about, stands for that
# name, also where the gerund's doer is the "he" of a clause of being; not a "he" or "she"
# that comes before the name or after another subject
HE_AFTER_THE_NAME = [
    Case("Henman admitted he was tired after stretching his winning run to 11 matches.", "11",
         actor="Henman"),
    Case("The regulator found that the bank had hired the wife of a director and that she "
         "earned more than $2m a year.", "$2m a year", no_actor=True),
    Case("He is free on £20,000 bail and Hewitt agreed to ease his curfew so he could attend "
         "the match.", "£20,000", no_actor=True),
]


# A clause's subject of nouns that "and" joins is named whole up to its verb, however the
# parse splits it
SUBJECTS_JOINED_BY_AND = [
    Case("Food and drink sales rose 2.2% in the month.", "2.2%",
         subject="Food and drink sales", exact=True),
    Case("Garden and hardware stores also did well, rising 3.4%.", "3.4%",
         subject="Garden and hardware stores", exact=True),
    # a list of names, with its commas
    Case("Car shares ended lower, with Renault, Peugeot and Fiat all falling by more than 3%.",
         "3%", subject="Renault, Peugeot and Fiat", exact=True),
    Case("Renault, Peugeot and Fiat all fell by more than 3%.", "3%",
         subject="Renault, Peugeot and Fiat", exact=True),
]


# A sum one asks, applies or appeals "for", or wants, is the sum sought, its asker in brackets
SUMS_ASKED_FOR = [
    Case("The charity is appealing for £2m to rebuild the shelter.", "£2m",
         subject="sum sought (charity)"),
    Case("The government is asking for about $450m from donors.", "$450m",
         subject="sum sought (government)"),
    Case("The owners still want £12m before they will sell the ground.", "£12m",
         subject="sum sought (owners)"),  # a sum one wants
]


# A time spent being done to is named by the passive that fills it, as one spent doing is
TIME_SPENT_BEING_DONE_TO = [
    Case("The suspect spent 12 hours being questioned by detectives.", "12 hours",
         subject="being questioned (suspect)"),
]


# Counted places "at" which a verb's deed is done to its object are no one's
PLACES_AT_NO_OWNER = [
    Case("Acme Telecom is launching a free wi-fi service at 120 railway stations this month.",
         "120", subject="railway stations", exact=True),
]


# The author of a document a sentence opens with is the source, also where the parse takes
# its verb for a noun ("Ovum forecasts")
DOCUMENT_BY_OPENS = [
    Case("A new report by Ovum forecasts that the mobile games market will grow to $9bn by "
         "2010.", "$9bn", attribution="Ovum"),
]


# A figure in the "by" phrase of a verb that wins with "off" ("held off", "saw off") or of
# "pip" is the winning margin, also where the one beaten is a noun before a name
MARGINS_HELD_OFF = [
    Case("Okoro held off his training partner Sam Reid by just 0.08secs in the final.",
         "0.08secs", subject="winning margin (Okoro)"),
    Case("Laura Diaz pipped the defending champion by 0.3 seconds.", "0.3 seconds",
         subject="winning margin (Laura Diaz)"),
]


# A level an object is cut or scaled "back to" is the object's, as one pushed "down to" is
LEVELS_CUT_BACK_TO = [
    Case("The group also cut its borrowing back to £90m from £200m a year earlier.", "£90m",
         subject="borrowing (group)"),
    Case("Halden Foods cut its debt back to £90m.", "£90m", subject="debt (Halden Foods)"),
]


# One who only gives its own estimate or forecast of a figure is its source, not its doer
OWN_ESTIMATE_NO_ACTOR = [
    Case("The agency said its latest estimate of flood damage was $3.4bn.", "$3.4bn",
         attribution="agency", no_actor=True),
]


# A share of the vote one wins, leaves or tops a poll "with" is that one's share, as one won
# outright is
SHARE_OF_VOTE_WITH = [
    Case("The singer was voted off the show on Friday with 9% of the vote.", "9%",
         subject="share of vote (singer)"),
    Case("The novel topped the readers' poll with 41% of votes cast.", "41%",
         subject="share of votes cast (novel)"),
]


# What a share of people says may hold a quotation, taken whole with its marks
SAID_WITH_QUOTES = [
    Case('Some 30% said they "would rather not say" how they voted.', "30%",
         subject='those who said they "would rather not say" how they voted'),
    Case('Around a quarter said they "neither back nor reject" the plan.', "a quarter",
         subject='those who said they "neither back nor reject" the plan'),
]


# A group its ages name ("16 to 19 year olds") keeps its ages wherever it is named, and the
# ages of such a group take no other noun for their subject
AGE_GROUPS_NAMED = [
    Case("Older staff earn £6.10 an hour, while 16 to 19 year olds will get £3.90.", "£3.90",
         subject="sum received (16 to 19 year olds)"),
    Case("Older staff earn £6.10 an hour, while 16 to 19 year olds will get £3.90.",
         "16 to 19 year olds", subject="", exact=True),
    Case("Just 12% of 18 to 24 year olds said they trusted the press.", "12%",
         subject="18 to 24 year olds"),
    Case("Free bus travel will be given to 16 and 17-year-olds in full-time education.",
         "16", subject="", exact=True),  # the first of two joined
    Case("The party wants the vote for 16 or 17 year olds and more youth clubs.", "16",
         subject="", exact=True),
    Case("Fares rise by 16 and 17 pence for adults.", "16", subject="Fares"),  # guard
]


# A dash aside that ends the sentence gives the value of the noun right before its dash, as
# one closed by a second dash does
ASIDE_AT_THE_END = [
    Case("A broker says the carrier's ticket revenues - £60m - will be far short of its added "
         "fuel costs - a forecast extra £90m.", "£90m", subject="added fuel costs"),
    Case("The levy will barely cover the airline's higher insurance bills - an expected extra "
         "£90m.", "£90m", subject="higher insurance bills"),
]


# A figure the source had expected or forecast, set against the figure before it in the
# same sentence and unit, is of what that figure measures; the source stays its source (a
# figure "forecast by" someone, whom the parse makes a noun, takes them as its source)
EXPECTED_INSTEAD = [
    Case("Halden's profit came to 52 cents per share, where analysts had predicted 55 cents.",
         "55 cents", subject="Halden's profit", attribution="analysts"),
    Case("Retail sales rose 0.4% in May, while economists had been forecasting as much as "
         "0.9%.", "0.9%", subject="Retail sales", attribution="economists"),
    Case("Acme reported a margin of 12%, below the 14% forecast by brokers, and down from 15%"
         " a year ago.", "14%", subject="margin", exact=True, attribution="brokers"),
    Case("Acme reported a margin of 12%, below the 14% forecast by brokers, and down from 15%"
         " a year ago.", "15%", subject="margin", exact=True),  # the level after it
]


# "That figure" and "this figure" stand for the figure close before them, as "the figure"
# does
THAT_FIGURE = [
    Case("About 8% of the region's households rely on wood for heating. In the north that "
         "figure rises to 14%.", "14%",
         subject="share of region's households (rely on wood for heating)"),
]


# A bare count the parse joins to a day, a date or the phrase of when before it counts what
# the item before counted
COUNTS_JOINED_TO_A_DAY = [
    Case("Troops arrested 20 men on Monday and 15 on Tuesday.", "15", subject="men"),
    Case("The pollster questioned 850 voters before the final debate and 910 afterwards.",
         "910", subject="voters", exact=True),
]


# A pollster that polls, surveys, interviews or questions those it counts does nothing the
# count measures: no actor
POLLSTERS_NO_ACTOR = [
    Case("Pollster Kantar interviewed 2,150 adults across Britain last month.", "2,150",
         no_actor=True),
    Case("Some 3,000 teachers were surveyed by the union in May.", "3,000", no_actor=True),
]


# One who represents, defends, advises or treats those a count counts is not their owner
ACTED_FOR_NOT_OWNED = [
    Case("Barrister Ruth Okoye, representing 12 of the sacked miners, said they would appeal.",
         "12", subject="sacked miners", exact=True),
    Case("Dr Amir Patel, who treated 40 of the injured, praised the ambulance crews.", "40",
         subject="injured", exact=True),
]


# An "its" on the figure's noun never stands for a plural common noun
ITS_NOT_A_PLURAL = [
    Case("Export earnings of $40bn now exceed its total foreign debt of about $35bn.", "$35bn",
         subject="total foreign debt", exact=True),
    Case("Most shoppers live near the coast or in its four largest towns.", "four",
         subject="largest towns", exact=True),
]


# A sum "with" which a film is ranked is its takings also where an ordinal ranks a place
# in the chart ("to fourth position"), or the verb puts another film there
RANKED_TO_A_PLACE = [
    Case("Spy comedy Red Harbour slipped two places to fifth position with $6.1m (£3.2m) at "
         "the weekend box office.", "$6.1m", subject="takings (Spy comedy Red Harbour)",
         actor="Spy comedy Red Harbour"),
    Case("The sequel took seventh place in the weekend chart with $4.2m.", "$4.2m",
         subject="takings (sequel)"),
    Case("The new thriller knocked the animated film down to third place, with $9.9m.",
         "$9.9m", subject="takings (animated film)"),
]


# A tally a verb takes "to" a count of goals or games is the mover, and moves: not a frame
# noun, nor a tally of games lost
TALLIES_TAKEN_TO_A_LEVEL = [
    Case("Okafor raised his tally to 19 goals with a header in stoppage time.", "19",
         subject="tally (Okafor)"),
]


# A "his" or "her" on what the figure measures names the one doer as its owner, as "its"
# does a firm
HIS_OR_HER_OWNER = [
    Case("Jones took her tally for the season to 31 with a late header.", "31",
         subject="tally (Jones)", actor="Jones"),
    Case("Mr Hale raised his holding in the club to 29.5% on Friday.", "29.5%",
         subject="holding (Mr Hale)"),
    Case("The chairman raised his holding in the club to 29.5% on Friday.", "29.5%",
         subject="holding in the club", exact=True),
    Case("Ana and Tom doubled his savings to £9,000.", "£9,000", subject="savings"),
]


# A relative clause with no pronoun after a counted plural, its own subject first, says
# which ones the count means
CLAUSES_WITHOUT_A_PRONOUN = [
    Case("The museum will show the 40 paintings the collector left to the city.", "40",
         subject="paintings the collector left to the city", exact=True),
    Case("Of the 2,000 complaints the watchdog received last year, 300 were upheld.", "2,000",
         subject="complaints the watchdog received last year", exact=True),
    Case("The 30 fans we spoke to outside the ground were angry.", "30", subject="fans"),
]


# A share's part named by what it does past a clause set before it with a dash, and an
# infinitive's object without its phrases where the whole runs long
SHARES_PAST_A_DASH = [
    Case("The chef faced a phone vote on Sunday - 58% of viewers voted to send him home "
         "early.", "58%", subject="share of viewers (voted to send him home early)",
         exact=True),
    Case("The survey found that 30% of small shops had failed to update their tills before the "
         "deadline.", "30%", subject="share of small shops (failed to update their tills)",
         exact=True),
]


# A count's noun behind an adjective, where the noun is also a unit's word ("points",
# "units"), and a counted noun the tagger read as an adjective ("one single")
COUNTS_PAST_AN_ADJECTIVE = [
    Case("The striker was handed a two-match ban and six disciplinary points by the league.",
         "six", subject="disciplinary points"),
    Case("The carmaker expects to build 30,000 additional units at the plant next year.",
         "30,000", subject="additional units", key="additional unit"),
    Case("The band have put out one single since they split from their label.", "one",
         subject="single", key="single"),
]


# The noun past a sum's restating bracket that a possessive before the sum owns is named
# with the owner in brackets, as "Leeds's £9m offer" is, however the parse hangs the mark
OWNED_PAST_A_BRACKET = [
    Case("She is seeking to recover the festival's £2m ($3.7m) costs in a lawsuit filed last "
         "week.", "£2m", subject="costs (festival)", exact=True),
]


# A side's name set before what one plays for it (caps, appearances, a debut) is no place
SIDES_BEFORE_CAPS = [
    Case("Smith scored six tries in five Scotland appearances.", "five", no_location=True),
    Case("Smith scored six tries in five Scotland appearances.", "six", no_location=True),
]


# A bare participle after a number's "of" phrase says what was done to what it counts, however
# the parse hangs it, and the country a people's adjective names is read past it
NUMBERS_DONE_TO = [
    Case("The number of Korean films released fell to 120 last year.", "120",
         subject="number of Korean films released"),
    Case("The number of new homes built rose to 150,000 in 2004.", "150,000",
         subject="number of new homes built"),
    Case("The number of French wines imported rose to 9,000 in May from 8,100 a year before.",
         "9,000", subject="number of French wines imported", location="France"),
]


# A passive's "by" agent acts: a kind of body with its name beside it, and the doer of a
# verb that may only open or close a session where it has one
PASSIVE_AGENTS_NAMED = [
    Case("Nine episodes of the comedy have been ordered by cable channel HBO, which made The "
         "Wire.", "Nine", actor="cable channel HBO"),
    Case("Twelve new stores will be opened by Tesco this year.", "Twelve", actor="Tesco"),
    Case("The shares opened at 320p.", "320p", no_actor=True),  # guard: a session's level
]


# A sum a verb of valuing sets a thing "at" is that thing's value, the thing in brackets;
# a deal's or an offer's worth stays the deal's
VALUES_SET_AT = [
    Case("Mr Hale's offer values the club at £700m.", "£700m", subject="value (club)",
         exact=True),
    Case("Zeta Foods is currently valued at £1.9bn.", "£1.9bn", subject="value (Zeta Foods)",
         exact=True),
    Case("A collection of six tapes of Elvis valued at up to $40,000 failed to sell.",
         "$40,000", subject="value (collection)", exact=True),
    Case("The bid values it at £1.3bn.", "£1.3bn", subject="value", exact=True),
    Case("Ryanair ordered 70 planes in a deal valued at $4bn.", "$4bn", subject="deal"),
]


# A second share joined to one a verb takes is taken by the same verb: a share of its own
# whole, the doer in brackets
SECOND_SHARES_TAKEN = [
    Case("Labour won 35% of the vote and 40% of the seats.", "40%",
         subject="share of seats (Labour)"),
    Case("The song won 45% of the phone votes and 61% of the web votes.", "61%",
         subject="share of web votes (song)"),
]


# A share of national income that a passive sets a thing at measures that thing, as a share
# of GDP does; not the doer of a verb that gives a share of it
SHARES_OF_NATIONAL_INCOME = [
    Case("The three states want the farm budget to be capped at 1.2% of their national "
         "incomes.", "1.2%", subject="farm budget", exact=True),
    Case("Rich nations pledged to give 0.7% of national income in aid.", "0.7%",
         subject="national income"),  # guard
]


# Counted people of a group that do something are named by it, as people of a population are
# ("people who own a tablet"), where there are more than a few of them, also past when and
# why the clause says
GROUPS_WHO_DO = [
    Case("In its first week more than 90,000 players signed up to join.", "90,000",
         subject="players who signed up to join", exact=True),
    Case("Some 2,500 civil servants will move to Cardiff next year.", "2,500",
         subject="civil servants who will move to Cardiff next year", exact=True),
    Case("Around 30,000 fans turned out to cheer the team.", "30,000",
         subject="fans who turned out to cheer the team", exact=True),
    Case("The late kick-off prompted 300 viewers to complain to the channel.", "300",
         subject="viewers prompted to complain to the channel", exact=True),
    Case("The strike forced 2,000 commuters to find other routes on Monday morning, when "
         "snow had closed the main roads.", "2,000", subject="commuters forced to find"),
    Case("The row led five MPs to resign.", "five", subject="MPs", exact=True),  # guard: few
    Case("All four players have trained well this week.", "four", subject="players",
         exact=True),
    # a vague count of them, the verb's subject, its "of" phrase naming them
    Case("Thousands of people marched through the city.", "Thousands",
         subject="people who marched through the city", exact=True),
    Case("Scores of local residents formed a line outside the hall.", "Scores",
         subject="local residents who formed a line outside the hall", exact=True),
    Case("The hundreds of passengers who missed the cruise have got a refund.", "hundreds",
         subject="passengers who missed the cruise"),  # guard: their own clause
]


# A race's time "in" which a runner crosses the line is named by that deed, the runner in
# brackets, as "won in" is ("won (Dibaba)"); not the line
FINISH_CROSSED_IN = [
    Case("Hale, who is fourth in the world, cruised over the line in 3:41.20 to reach the "
         "final.", "3:41.20", subject="cruised over the line (Hale)", actor="Hale", exact=True),
    Case("Zoe Hale glided across the finish in 4:05.12 to win her heat.", "4:05.12",
         subject="glided across the finish (Zoe Hale)", actor="Zoe Hale", exact=True),
    Case("She crossed the finish in 1:58.30.", "1:58.30", subject="crossed the finish",
         exact=True),
    Case("Sweden's Lars Berg, who crossed the line in 7.02 secs, took bronze.", "7.02 secs",
         subject="crossed the line (Sweden's Lars Berg)", exact=True),
    Case("Tom Hale crossed the line in 10.2 seconds.", "10.2 seconds",
         subject="crossed the line (Tom Hale)", exact=True),
    # a time the words right before it call a best is named by them, as "his personal best
    # of 20.31secs" is
    Case("Zoe Hale came third in a season's best 8:52.10.", "8:52.10",
         subject="season's best"),
    Case("Hale took gold in a personal best 3:58.20.", "3:58.20", subject="personal best"),
]


# A place in brackets that hold another figure is that figure's alone ("for $49 (£35 in the
# UK)"), not the place of the sentence's other figures
PLACES_IN_ANOTHER_BRACKET = [
    Case("The speaker comes in two sizes - one with 10 watts of power for $49 (£35 in the UK) "
         "and a bigger one with 20 watts for $79 (£59) - and goes on sale in May.", "20 watts",
         no_location=True),
    Case("The speaker comes in two sizes - one with 10 watts of power for $49 (£35 in the UK) "
         "and a bigger one with 20 watts for $79 (£59) - and goes on sale in May.", "two",
         no_location=True),
    Case("The speaker comes in two sizes - one with 10 watts of power for $49 (£35 in the UK) "
         "and a bigger one with 20 watts for $79 (£59) - and goes on sale in May.", "£35",
         location="UK"),
]


# What a firm earns is the firm's also where the "at" phrase that names it follows the move
# ("with sales climbing 12% at Aldi"), also for a second move with its own "at"
EARNED_AT_AFTER_THE_MOVE = [
    Case("Budget chains did well too, with sales climbing 12% at discount supermarket group "
         "Aldi and 9.5% at Tesco.", "12%", subject="sales", actor="Aldi", exact=True),
    Case("Budget chains did well too, with sales climbing 12% at discount supermarket group "
         "Aldi and 9.5% at Tesco.", "9.5%", subject="sales", actor="Tesco", exact=True),
    Case("Sales rose 4% at Marks and Spencer.", "4%", subject="Sales", actor="Marks and Spencer",
         exact=True),
    Case("Sales rose 3% at Christmas.", "3%", no_actor=True),
]


# A term a penalty gives is served by whom the clause says: the subject of "serve" or "face"
# past an "in prison" on the verb, and the one back from it after "after", "following" or
# "from"; no one imposes it where no one is named
PENALTIES_SERVED_PAST = [
    Case("The rapper must serve 20 days in jail after he swore on stage.", "20 days",
         subject="jail term (rapper)", no_actor=True, exact=True),
    Case("Ann Ruiz did well in the 400m when she came back following a two-year doping ban.",
         "two-year", subject="doping ban (Ann Ruiz)", no_actor=True, exact=True),
    Case("Zoe Hale is back in the squad after a three-month ban.", "three-month",
         subject="ban (Zoe Hale)", no_actor=True, exact=True),
    Case("Hale is facing a ban of between three months and one year.", "one year",
         subject="ban (Hale)", no_actor=True, exact=True),
]


# a count in the "of" phrase of a noun of lack or excess sizes the lack ("a shortage of
# 8,000 carers": the shortage is 8,000)
COUNTS_OF_A_LACK = [
    Case("With a shortage of some 3,000 midwives in Wales, wards are stretched.", "3,000",
         subject="shortage of midwives", exact=True),
    Case("There is a backlog of 30,000 asylum cases.", "30,000",
         subject="backlog of asylum cases", exact=True),
    Case("Shops now stock in excess of 300 brands.", "300", subject="brands"),  # guard:
    # "in excess of" is a bound
]


# "nods" are nominations: others cast them, whatever the nominee's verb
NODS_CAST_BY_OTHERS = [
    Case("The field includes Irish star Ruth Negga, who has three nods for her roles this "
         "year.", "three", no_actor=True),
]


# a penalty a passive of handing, giving or imposing sends "to" or "on" someone is theirs
PENALTIES_HANDED_TO = [
    Case("A jail term of 30 months was handed down to Reed, a 40-year-old from Leeds.",
         "30 months", subject="jail term (Reed)", exact=True),
]


# a share of a whole that "it" or "they" holds is a share of the whole, with no bracket
SHARES_A_PRONOUN_HOLDS = [
    Case("Zeta matters because it has an estimated 70% of all the grain in the region.",
         "70%", subject="share of grain in the region", exact=True),
]


# the one a verb of selling sends its object "to" is the other party of a trade, no place
# of the figure
SOLD_TO_A_PARTY = [
    Case("Acme sells roughly 45% of its steel to Poland.", "45%", no_location=True),
    Case("Norway has offered to supply 5m tonnes of gas a year to Poland.", "5m tonnes",
         location="Norway"),  # the seller's own, as "Norwegian gas" would be
]


# a count in an "including" phrase right after a count whose subject names an owner is the
# same owner's
INCLUDED_OWNED = [
    Case("The group have had nine top ten singles, including three number ones.", "three",
         subject="number ones (group)", exact=True),
]


# a figure restated after ", or" and a bound, past the first's "of" phrase, measures what
# the first measures
RESTATED_PAST_AN_OF = [
    Case("The bank holds 1,040 tonnes of silver, or about 33.4m ounces.", "33.4m ounces",
         subject="silver"),
]


# a document whose phrase ends right before a verb of saying the parse left with no subject
# is its source, named by its author
DOCUMENTS_BEFORE_A_LOST_VERB = [
    Case("The data came out as a new study by estate agent Halden Homes said the typical "
         "rent rose by £40 to £950 in March.", "£950", attribution="estate agent Halden Homes"),
]


# a well-known place of more than one word the model tags as a person, whose measure moves,
# is no actor, as a country tagged a place is not
PLACES_TAKEN_FOR_PERSONS = [
    Case("Sri Lanka's economy grew 2% last year.", "2%", subject="Sri Lanka's economy",
         no_actor=True),
]


# a part "of those" whose participle only gives its figure is of what "those" stands for
PARTS_OF_THOSE_EXPECTED = [
    Case("The plan says 5,000 posts would go, with around 600 of those expected in Leeds.",
         "600", subject="posts", location="Leeds"),
    Case("Some 80% of those surveyed said no.", "80%", subject="those surveyed",
         exact=True),  # guard: a set the participle names
]


# a share a name owns or holds with no whole named is a stake, its holder in brackets
BARE_STAKES = [
    Case("Hedge fund Atlas, which holds about 7%, wants a vote on the board.", "7%",
         subject="stake (Hedge fund Atlas)", exact=True),
    Case("Mr Kerr owns 31.5%.", "31.5%", subject="stake (Mr Kerr)", exact=True),
]


# counted ones who can act that a passive "target" strikes are named with it, as other
# passives are; things only planned for stay bare
COUNTS_TARGETED = [
    Case("At least 60 file-sharers have been targeted in the latest legal action.", "60",
         subject="file-sharers targeted", exact=True),
    Case("Some 500 jobs have been targeted for cuts.", "500", subject="jobs",
         exact=True),  # guard
]


# counted "people" that do something are named by it, where the clause is short enough to
# quote whole
PEOPLE_WHO_DO = [
    Case("About 40 million people own a tablet in Germany.", "40 million",
         subject="people who own a tablet", location="Germany", exact=True),
    Case("Nearly 9,000 people have signed the petition since Monday.", "9,000",
         subject="people who have signed the petition since Monday", exact=True),
    Case("Some 300 people will lose their jobs.", "300",
         subject="people who will lose their jobs", exact=True),
    Case("Some 300 people were killed in the blast.", "300", subject="people killed",
         exact=True),  # guard: a verb of harm names them as it did
    Case("When the mill shut, 4,000 workers lost their jobs.", "4,000",
         subject="workers who lost their jobs", exact=True),
    Case("If the two people share the same goals it can work.", "two", subject="people",
         exact=True),  # guard: a known few
]


# a one-word name an "its" stands for is a body's, though the model takes it for a person's
ITS_LONE_NAMES = [
    Case("Diageo saw its profits fall 7% last year.", "7%", subject="profits (Diageo)",
         actor="Diageo", exact=True),
]


# an "its" or "their" on what the figure measures names the doer as its owner in brackets
POSSESSIVE_PRONOUN_OWNERS = [
    Case("Halden will lift its dividend by 8% this year.", "8%",
         subject="dividend (Halden)", exact=True),
    Case("Irish shoppers upped their spending by 2.5% in March.", "2.5%",
         subject="spending (Irish shoppers)", exact=True),
    Case("Brewer Zeta saw its yearly profits slide 21% in 2004.", "21%",
         subject="yearly profits (Brewer Zeta)", exact=True),
    Case("Mr Reed cut its workforce by about 2,000 once in charge.", "2,000",
         subject="workforce", exact=True),  # guard: a person's "its" is a firm's
    Case("Halden is due to complete its $2.5bn purchase of rival Zeta next month.", "$2.5bn",
         subject="purchase of rival Zeta (Halden)", exact=True),
    Case("Floods in March swept away homes after the storm which killed 400 of its people.",
         "400", subject="people killed", exact=True),  # guard: the doer is no clause's subject
    Case("The state has cleared a plan allowing up to 100% foreign investment in its "
         "farming sector.", "100%", subject="foreign investment in its farming sector",
         exact=True),  # guard: the "its" stays in the subject, whose it is not the plan's
]


# a noun the tagger took for a past form, right after a sum an article opens, is what the
# sum sizes
SUMS_SIZING_A_NOUN_TAKEN_FOR_A_VERB = [
    Case("A slump in sales also led to a $45m hit in the third quarter, the retailer said.",
         "$45m", subject="hit", exact=True),
    Case("He said: \"We have received a £6m bid from Everton for the two players and we are "
         "weighing it.", "£6m", subject="bid from Everton"),
    Case("The club said it had received a £6m bid from Everton for the striker.", "£6m",
         subject="bid from Everton"),  # guard
]


# how long a doer takes or keeps a thing is named by the deed, the doer in brackets
SPANS_OF_TAKING_AND_KEEPING = [
    Case("Doctors found the risk rose in women who had been taking the pill for over ten "
         "years.", "ten years", subject="taking the pill (women)", exact=True),
    Case("The central bank has kept rates on hold for the past five months.", "five months",
         subject="kept rates on hold (central bank)", exact=True),
    Case("\"He has been doing the job for six years and two months.", "six years",
         subject="doing the job", exact=True),
]


# a sum after "a" in an "of" phrase sizes the noun past its restating bracket, not the noun
# the "of" hangs on
SUMS_SIZING_PAST_A_BRACKET = [
    Case("Officials will look at Paris's provision of a 300m euro ($390m; £210m) grant to "
         "the firm.", "$390m", subject="grant to the firm", exact=True),
    Case("Officials will look at Paris's provision of a 300m euro ($390m; £210m) grant to "
         "the firm.", "300m euro", subject="grant to the firm", exact=True),
    Case("The court will examine Madrid's provision of a 300m euro ($390m) grant to the "
         "airline.", "$390m", subject="grant to the airline", exact=True),  # guard
]


# a body's name right before a noun of reckoning makes it the source of the figures the
# noun holds, joined ones too
RECKONINGS_NAMED_BEFORE = [
    Case("The budget rests on IMF forecasts of growth of 2% in Spain next year and 1.8% in "
         "Italy.", "2%", attribution="IMF"),
    Case("The budget rests on IMF forecasts of growth of 2% in Spain next year and 1.8% in "
         "Italy.", "1.8%", attribution="IMF"),
]


# counted things a passive of "leave" leaves in a state are named with the state
COUNTS_LEFT_IN_A_STATE = [
    Case("As many as 40,000 customer records were left exposed to fraudsters last year.",
         "40,000", subject="customer records left exposed", exact=True),
    Case("Thousands of homes were left empty after the storm.", "Thousands",
         subject="homes left empty", exact=True),
    Case("Only 300 tickets are left.", "300", subject="tickets", exact=True),  # guard
]


# a plural noun of change the tagger took for a verb right after the noun a count sizes is
# what the count counts, the noun its modifier
COUNTED_CHANGES_TAKEN_FOR_VERBS = [
    Case("Economists say four interest rate rises since last spring are hurting shoppers.",
         "four", subject="interest rate rises", exact=True),
    Case("The central bank has made four interest rate rises since 2003.", "four",
         subject="interest rate rises"),
]


# "in the shape of" only frames a sum, as "in the region of" does
SUMS_IN_THE_SHAPE_OF = [
    Case("The reward came in the shape of £3m or thereabouts.", "£3m", subject="reward",
         exact=True),
]


# a move ", up 5%" after a level, past the level's noun and a phrase of place or time, is
# of what the level measures, where its own subject fell back on the doer
MOVES_PAST_THE_LEVEL = [
    Case("Volvo sold almost 40,000 trucks in Europe last year, up 4.1% on 2003.", "4.1%",
         subject="trucks sold (Volvo)", exact=True),
]


# a sum a verb of money takes through a qualifier's frame ("in excess of", "a total of") is
# named by the verb's noun, its doer in brackets
SUMS_IN_A_FRAME = [
    Case("Organisers expect visitors to spend in excess of £3m at the fair this weekend.",
         "£3m", subject="spending (visitors)", exact=True),
    Case("The union says junior doctors are earning in the region of $50,000 a year.",
         "$50,000", subject="earnings (junior doctors)", exact=True),
]


# a sum a participle of money takes, passive with a doer named by "by", is named by the
# verb's noun, the doer in brackets
SUMS_GIVEN_BY = [
    Case("He noted that of the £30m given by ministers this year barely \"a third\" had "
         "been used.", "£30m", subject="sum given (ministers)", exact=True),
    Case("Of the £20m given by the council last year, only £4m has been used.", "£20m",
         subject="sum given (council)", exact=True),  # guard
    Case("The $8m raised by Oxfam will go to the flood victims.", "$8m",
         subject="funds raised (Oxfam)", exact=True),
]


# a span right before an "after" that opens a clause on a pronoun only dates: no subject
SPANS_AFTER_AN_EVENT = [
    Case("The old single has crept back into the top 20 more than ten years after it was "
         "first released.", "ten years", subject="", exact=True),
    Case("It could take up to 12 years before Serbia is able to join.", "12 years",
         subject="time before Serbia is able to join", exact=True),  # guard
]


# a gerund after a participle of judging with no object is done by the one it judges, whom
# the participle's clause is about
ACCUSED_OF_DEEDS = [
    Case("Former bank chief Tom Reed is now on trial, accused of hiding a $3bn fraud.", "$3bn",
         actor="Tom Reed"),
]


# what a share's part saw happen names it as what the part does
SHARES_THAT_SAW = [
    Case("Of the shops polled, 40% saw sales rise and 35% saw them drop.", "40%",
         subject="share of shops polled (saw sales rise)", exact=True),
    Case("Of the shops polled, 40% saw sales rise and 35% saw them drop.", "35%",
         subject="share of shops polled (saw them drop)", exact=True),
]


# an age opening its sentence before a past tense the tagger took for a participle stands
# as a noun for the person the sentence before is about, not for a club that sacked him
AGES_BEFORE_PAST_TENSES = [
    Case("Veteran DJ Tom Brady is to retire.\n\nThe 75-year-old presented popular show Top "
         "Tunes from 1960-88 and has since hosted quiz shows.", "75-year-old",
         subject="Tom Brady", exact=True),
    Case("Chelsea have sacked Tomas Brolin after a failed fitness check.\n\nThe 28-year-old "
         "tested positive for a barred drug in March.", "28-year-old", subject="",
         exact=True),  # guard
]


# a stretch of time in a sum's "for" phrase says how long, not what the sum is for
SPANS_NOT_PURPOSES = [
    Case("The funding may go up to $8bn or more for a period of three years or so.", "$8bn",
         subject="funding", exact=True),
]


# whom "call on" names does what the infinitive says, also where the parse makes "on" a
# particle, and a gerund after a reflexive that names them again
CALLED_ON_WITH_REFLEXIVES = [
    Case("She called on rich countries to commit themselves to funding the first 200m doses.",
         "200m", actor="rich countries"),
]


# the time within which a doer is to do something is named by the deed, the doer in brackets
DEADLINES = [
    Case("The minister has pledged to halve the trade gap within four years.", "four years",
         subject="halve the trade gap (minister)", exact=True),
    Case("The bank will repay the loan within two years.", "two years",
         subject="repay the loan (bank)", exact=True),
]


# a share of a firm's arm or unit that one buys or sells is a stake in it, also as "half
# its ..."
STAKES_IN_FIRM_PARTS = [
    Case("Renault sold half its credit arm in 2002.", "half",
         subject="stake in credit arm (Renault)", exact=True),
    Case("Zeta agreed to buy 30% of the steel unit for $1bn.", "30%",
         subject="stake in steel unit (Zeta)", exact=True),
    # plural parts of one's own that one sells, a stake in each; a share given in a swap
    Case("Lenders in Kenya may now sell as much as 40% of their mortgage units.", "40%",
         subject="stake in mortgage units (Lenders)", exact=True),
    Case("Two regional carriers will sell 25% of their freight subsidiaries next year.", "25%",
         subject="stake in freight subsidiaries (regional carriers)", exact=True),
    Case("Acme swapped a 5% stake in itself for 15% of Zeta Motors.", "15%",
         subject="stake in Zeta Motors (Acme)", exact=True),
    # the sum a share of a body is bought or sold for is the stake's, as a body's price is
    Case("Halden bought 12.5% of Corvex, the Dutch brewer, for 3.40 euros per share.",
         "3.40 euros per share", subject="stake in Corvex (Halden)", exact=True),
    Case("Zeta was said to be keen to buy 15% of the refinery unit for $2bn.", "$2bn",
         subject="stake in refinery unit (Zeta)", exact=True),
    # guards: plural bodies one holds a share of, not a stake
    Case("The state owns 40% of the banks.", "40%", subject="share of banks (state)",
         exact=True),
    Case("The group sold 12% of its shares to buyers.", "12%", subject="shares (group)",
         exact=True),
]


# a bare count a verb of having takes counts what the count before counted, its haver in
# brackets as for that one
BARE_COUNTS_HELD = [
    Case("Unison has 1.3 million members and the GMB has 600,000.", "600,000",
         subject="members (GMB)", exact=True),
    Case("The first firm employs 90,000 people while Acme employs 12,000.", "12,000",
         subject="people (Acme)", exact=True),
]


# a "one in N" share that a part makes up is a share of the whole its "in" phrase names
ONE_IN_N_MADE_UP = [
    Case("Part-time staff make up one in 12 workers.", "one in 12",
         subject="share of workers (Part-time staff)", exact=True),
]


# a share of a people or of a whole is named with what the part does, also where a word
# opens the clause before the share or the whole is a plural name
SHARES_DOING_AFTER_OPENERS = [
    Case("Now nearly 70% of Londoners own a bicycle.", "70%",
         subject="share of Londoners (own a bicycle)", exact=True),
    Case("Luggage piled up when a third of the ground staff called in sick.", "a third",
         subject="share of ground staff (called in sick)", exact=True),
]


# every name of a list that does what the figure says, not its first alone
NAMED_LISTS_WHOLE = [
    Case("Nokia, Intel and Philips, who have worked on the new chip for four years, will show "
         "it in May.", "four years", subject="worked on the new chip (Nokia, Intel and "
         "Philips)", actor="Nokia, Intel and Philips", exact=True),
    Case("Burns and Allen were married for nearly 40 years.", "40 years",
         subject="married (Burns and Allen)", exact=True),
]


# a person's name right after a source's role, which the parse hung elsewhere (a surname
# the model took for a day), is part of the source
ROLES_BEFORE_NAMES = [
    Case('"We can win this cup," said manager Joe Friday. "We have won the title in each of '
         'the past four years."', "four years", attribution="manager Joe Friday"),
]


# what a figure counts named as the cause of a clause's deed is not done by its subject
CAUSES_NOT_DEEDS = [
    Case("The airline avoided collapse thanks to a $900m bail-out last spring.", "$900m",
         subject="bail-out", no_actor=True),
    Case("The insurer avoided insolvency thanks to a $2bn rescue in May.", "$2bn",
         no_actor=True),
]


# a name the model takes for a person that a phrase beside it calls a body can own "its"
ITS_BODY_BY_APPOSITION = [
    Case("Munich Re, the reinsurance firm, told investors its losses were below 80m euros.",
         "80m euros", subject="losses (Munich Re)", actor="Munich Re", exact=True),
]


# a penalty "and" joins to one served is served by the same one
PENALTIES_JOINED = [
    Case("A former bank manager has received a six-month prison term and a fine of $90,000 for "
         "fraud.", "$90,000", subject="fine (former bank manager)", exact=True),
]


# goals, tries, penalties and conversions a player scores or kicks are named by the verb
KICKS_AND_GOALS_SCORED = [
    Case("Paterson kicked three more penalties just after the restart.", "three",
         subject="penalties kicked (Paterson)", exact=True),
    Case("The striker has scored 11 league goals this season.", "11",
         subject="league goals scored", exact=True),
]


# goods a verb of selling takes are named by the verb also where "and" joins two kinds, or
# the goods are a product the model tags as a name
GOODS_SOLD_JOINED_OR_NAMED = [
    Case("The group has sold over 20 million singles and albums around the world.",
         "20 million", subject="singles and albums sold", exact=True),
    Case("Apple has sold more than ten million iPods since the player was launched.",
         "ten million", subject="iPods sold (Apple)", exact=True),
]


# "half the ..." that the parse made a number on the whole is a share of it too
HALF_THE_WHOLE = [
    Case("Nearly half the staff at the mill could be at risk if the sale goes through.", "half",
         subject="share of staff at the mill (at risk)", exact=True),
]


# what a share of people think, say or want may be quoted up to twelve words; where they
# came from only up to eight
LONGER_VIEWS_OF_SHARES = [
    Case("The poll found that 38% were not willing to give their bank details to any website.",
         "38%", subject="those who were not willing to give their bank details to any website",
         exact=True),
    Case("Only 9% wanted a phone that could play films and music too.", "9%",
         subject="those who wanted a phone that could play films and music too", exact=True),
    Case("Another 15% came from attempts to steal money from people's savings accounts.", "15%",
         subject="", exact=True),
]


# the sum a firm floats for is its flotation's
FLOTATIONS = [
    Case("Acme, which floated on the Paris bourse for 90m euros in 2001, is owned by a bank.",
         "90m euros", subject="flotation (Acme)", exact=True),
]


# the full stop after a name joined by "&" ends the sentence and leaves the name whole
AMPERSAND_NAMES_AT_THE_STOP = [
    Case("The group completed its $5bn purchase of rival P&O. Shares rose 3%.", "$5bn",
         subject="purchase of rival P&O (group)", exact=True),
    Case("The group completed its $5bn purchase of rival P&O. Shares rose 3%.", "3%",
         subject="Shares", exact=True),
]


# a figure right after the place of its "in" phrase is not what it counts
PLACES_BEFORE_FIGURES = [
    Case("In Norway it was 61,000 and in Finland 52,000.", "52,000", subject="", exact=True,
         location="Finland"),
]


# a place whose "in" opens a list item with a figure of its own is that figure's, not the
# figure's before it
PLACES_OPENING_ITEMS = [
    Case("In Norway it was just over 61,000, in Sweden just over 57,000 and in Finland 52,000.",
         "61,000", location="Norway"),
    Case("In Norway it was just over 61,000, in Sweden just over 57,000 and in Finland 52,000.",
         "57,000", location="Sweden"),
]


# a place in a phrase set off after a name, which the parse set beside the noun the name
# is in, says what the named body is
ASIDES_AFTER_A_NAME = [
    Case("Shares in Real Betis, Spain's lone stock-market listed soccer club, fell by 12% to "
         "3.10 euros in early trading.", "12%", subject="Shares in Real Betis", exact=True,
         no_location=True),
    Case("Shares in Real Betis, Spain's single listed football club, fell by 12% to 3.10 euros "
         "in early trading.", "12%", no_location=True),
]


# the word right after a restating bracket that the tagger took for a verb, after "the"
NOUNS_PAST_BRACKET_AFTER_THE = [
    Case("The builder expects just to break even on the 300m euros (£200m) rebuild.",
         "300m euros", subject="rebuild", exact=True),
]


# a count with an "of" phrase that does what the figure's verb says stands for its group
COUNTS_OF_A_GROUP = [
    Case("The bank said that 12 of the former managers will pay $9m from their own savings.",
         "$9m", subject="payment (former managers)", actor="former managers", exact=True),
    Case("One of the big banks raised its target for the shares to £40.", "£40", no_actor=True),
]


# two figures of one kind that "or" or "and" joins measure one thing
JOINED_ALTERNATIVES = [
    Case("She predicted the government would need to lift taxes by £8bn or £9bn.", "£9bn",
         subject="taxes", exact=True),
    Case("The firm will cut prices by 5% or 6% next year.", "6%", subject="prices", exact=True),
    Case("The network saw floods of eight and twelve gigabytes of traffic.", "eight",
         subject="traffic", exact=True),
    Case("The 40GB and 80GB portable hard drive from Acme might help.", "40GB",
         subject="portable hard drive from Acme", exact=True),
    Case("The striker faces a suspension of between four months and two years.", "two years",
         subject="suspension (striker)", exact=True),
    Case("We only use 20 or 25% of the chip.", "20", subject="chip", exact=True),
]


# nouns "and" joins right after an "of" phrase are of that phrase, also where the parse
# hangs the sentence's verb on the last of them as a participle
JOINED_AFTER_OF = [
    Case("Sales of ice cream and chilled food dipped by 5% in Spain.", "5%",
         subject="Sales of ice cream and chilled food", exact=True),
    Case("The virus knocked out 9,000 cash machines of the Royal Bank and many of those run by "
         "rivals.", "9,000", subject="cash machines of the Royal Bank", exact=True),
]


# the subject of a reported clause the parse took for the reporting verb's object, or whose
# reporting verb it took for a modifier of that subject
REPORTED_CLAUSE_SUBJECTS = [
    Case("Elsewhere, the CML added gross mortgage lending rose by £9m in March, compared to "
         "February's £8.1m.", "£9m", subject="gross mortgage lending", exact=True),
    Case("The SNB also warned growth could slow to 1% next year.", "1%", subject="growth",
         exact=True),
    Case("Meanwhile, the bank added total deposits fell by 2% in the quarter.", "2%",
         subject="total deposits", exact=True),
    Case("She said the estimate of 2.4% was too rosy and warned output would be only 1% in "
         "2006.", "1%", subject="output", exact=True),
    Case("The reported cost was $32m.", "$32m", subject="reported cost", exact=True),
]


# the place a figure is set against ("those in", "that in") is not its own
PLACES_COMPARED_WITH = [
    Case("Wages are 30% below those in Germany.", "30%", no_location=True),
    Case("Rents in Leeds are 20% higher than those in York.", "20%", location="Leeds"),
]


# a comparison set off after a level's "of" phrase, and one joined to it by "and", are of
# what the level measures
COMPARISONS_AFTER_OF = [
    Case("Kenya exported 9 million tonnes of tea in 2004, 12% higher than in 2003 and 8% "
         "more than the average of the decade.", "12%", subject="tea", exact=True),
    Case("Kenya exported 9 million tonnes of tea in 2004, 12% higher than in 2003 and 8% "
         "more than the average of the decade.", "8%", subject="tea", exact=True),
]


# "the final five", "the remaining four": a bare count after "the" and such a word stands
# for what the nearest count of that value before it counted, or for nothing
THOSE_COUNTED_BEFORE = [
    Case("Judges picked 6 poets on Monday. The final six will read their work in May.",
         "six", subject="poets", exact=True),
    Case("Police held 12 men. The remaining four were freed.", "four", subject="",
         exact=True),
]


# an "among" phrase says which group a measure is of, and stays with its noun
AMONG_GROUPS = [
    Case("Unemployment among young people rose 2% last year.", "2%",
         subject="Unemployment among young people", exact=True),
    Case("Trust among shoppers fell by 6 points in March.", "6 points",
         subject="Trust among shoppers", exact=True),
]


# the names of one price a deal sets are the same measure, whose actor carries; a place
# that only describes a noun stands for no name between
PRICES_OF_ONE_DEAL = [
    Case("United have made an offer of £800,000 for the Scotland striker, with the fee "
         "rising to £1.5m.", "£1.5m", actor="United"),
    Case("City made a bid of £2m for the Wales defender, with the price rising to £3m.",
         "£3m", actor="City"),
]


# a headline's "X in $N Y": the sum is Y's, X in brackets
HEADLINE_DEALS = [
    Case("Halden in £40m takeover deal\n\nHalden Foods has agreed to buy a rival.", "£40m",
         subject="takeover deal (Halden)", exact=True),
    Case("Zeta Bank in $300m fraud settlement", "$300m",
         subject="fraud settlement (Zeta Bank)", exact=True),
]


# a bare participle by which counted jobs or staff are lost names them, past a long phrase
LOSSES_NAMED = [
    Case("Shipyards struggled, with 2,400 welders sacked during the first half of 2003.",
         "2,400", subject="welders sacked", exact=True),
    Case("The union blamed the 9,000 posts cut from the council over the last decade.",
         "9,000", subject="posts cut", exact=True),
]


# a firm that says what it earns moved stands for it, where no "its" says whose; not a
# body that only counts a sector's takings, nor a market's sales "of" a thing
FIRMS_TELLING = [
    Case("Halden Foods reported that full-year operating profit dropped 12% to £40m.", "12%",
         actor="Halden Foods"),
    Case("The Statistics Office in Dublin said shop sales climbed 0.4% in May.", "0.4%",
         no_actor=True),  # guard
]


# an "it" that does what a firm does stands for the firm the sentence before names as its
# subject; not an "it" that costs, nor one inside a quotation
IT_AS_FIRM = [
    Case("Halden Foods reported a loss on Monday. It will cut 300 jobs in Leeds.", "300",
         actor="Halden Foods"),
    Case("The storm hit on Monday. It cost £5m.", "£5m", no_actor=True),  # guard
    Case('Halden Foods reported a loss on Monday. "It will cut 300 jobs," Ann Lee said.',
         "300", no_actor=True),  # guard
]


# the place a trade goes "to", or the one whose agent supplies it, is a party, not where
# the figure is
TRADE_PARTIES = [
    Case("Brazilian exports to India rose 20% last year.", "20%", no_location=True),
    Case("Imports from Peru rose 5% in May.", "5%", no_location=True),
    Case("The utility will pay 15% more for coal supplied by Poland.", "15%",
         no_location=True),
]


# a share more or less one pays or is charged for a thing is a move of its price
PAID_MORE = [
    Case("Farmers will pay 12% more for diesel from May.", "12%", subject="price of diesel",
         exact=True, actor="Farmers"),
    Case("The council agreed to pay 8% more for road salt.", "8%", subject="price of road salt",
         exact=True),
]


# a phrase of when on a value a compound names only says when; a bare value keeps it
VALUES_NAMED_BEFORE_WHEN = [
    Case("The rent index average for the whole of 2003 stood at £650.", "£650",
         subject="rent index average", exact=True),
    Case("The figure for June was 5%.", "5%", subject="figure for June", exact=True),  # guard
]


# a share of a whole that a verb of making, paying, holding or winning takes is a share of
# that whole, its doer in brackets; not the doer's own whole ("its"), nor a pronoun doer
SHARES_TAKEN = [
    Case("The three studios produce about 40% of all films.", "40%",
         subject="share of films (studios)", exact=True),
    Case("The Greens won 12% of the vote in Leeds.", "12%", subject="share of vote (Greens)",
         exact=True),
    Case("Nokia had 31% of buyers in May.", "31%", subject="share of buyers (Nokia)",
         exact=True),
    Case("Halden has 20% of Zeta.", "20%", subject="stake in Zeta (Halden)", exact=True),
    Case("Halden holds 12% of the market share.", "12%", subject="market share (Halden)",
         exact=True),
    Case("Denmark has pledged to pay 15% of the cost of the new bridge.", "15%",
         subject="share of cost of the new bridge (Denmark)", exact=True),
    Case("Halden makes 70% of its sales in Asia.", "70%", subject="sales (Halden)",
         exact=True),  # guard
    Case("The Rand family controls 40% of Halden.", "40%",
         subject="stake in Halden (Rand family)", exact=True),
]


# goods a verb of selling or shipping takes a part of are named by the verb, as whole
# goods are; not people, nor "one of the best"
PARTS_SOLD = [
    Case("Halden expects to sell about 300 of its new tractors by June.", "300",
         subject="new tractors sold (Halden)", exact=True),
    Case("Zeta plans to ship two million of the handsets in 2006.", "two million",
         subject="handsets shipped (Zeta)", exact=True),
    Case("Rovers sold two of their strikers in January.", "two",
         subject="strikers sold (Rovers)", exact=True),  # a part of a whole (PARTS_DONE_TO)
]


# an "Its" that opens a sentence stands for the body the sentence before names as its
# subject: the subject's owner, and the actor for what a firm earns; not a person
ITS_OPENING = [
    Case("Halden Foods reported results on Monday. Its sales rose 4% to £30m.", "4%",
         subject="sales (Halden Foods)", exact=True, actor="Halden Foods"),
    Case("Tecnor Group, the Dutch maker of ovens, has reported a loss. Its pre-tax earnings "
         "fell to 12m euros.", "12m euros", subject="pre-tax earnings (Tecnor Group)",
         exact=True),
    Case("Ann Lee, the boss, spoke at length. Its sales rose 5%.", "5%", subject="sales",
         exact=True, no_actor=True),  # guard
    Case("Tecnor Group makes ovens. Its revenues were $2bn in 2004, which Tecnor Group hopes "
         "to double.", "$2bn", subject="revenues (Tecnor Group)", exact=True),
]


# what a firm's unit earns stands for the firm its mark names; not a place's
UNITS_OF_FIRMS = [
    Case("Profits in Acme's retail division rose 5% to £30m.", "5%", actor="Acme"),
    Case("Sales in Britain's car business fell 3%.", "3%", no_actor=True),  # guard
]


# a count "in the world" is no one place's, and the whole a share is taken from is no
# holder's
WORLD_WHOLES = [
    Case("The park in northern Kenya is home to 10% of the last 900 black rhinos in the "
         "world.", "900", subject="black rhinos in the world", exact=True, no_location=True),
    Case("There are 400 snow leopards in the world, and 80 in Nepal.", "400",
         no_location=True),
]


# a share or a stake a body has, holds, owns or controls is its own, the body in brackets;
# not one a gerund or a personal pronoun has
SHARES_HELD = [
    Case("Halcor has a market share of about 18%.", "18%", subject="market share (Halcor)",
         exact=True),
    Case("Dunmore Capital, which owns a 12% stake in the brewer, may sell.", "12%",
         subject="stake in the brewer (Dunmore Capital)", exact=True),
    Case("Costs can be cut by having a 50% stake in the venture.", "50%",
         subject="stake in the venture", exact=True),  # guard
]


# "its", "their" or "whose" on what a figure's clause moves names its owner, where the
# clause names it; not a person for "its", nor one who only values another's thing
OWNERS_BY_PRONOUN = [
    Case("Halden raised its annual dividend by 12% to 30 cents.", "12%",
         subject="annual dividend (Halden)", exact=True),
    Case("The prize went to Ann Lee, whose fortune has grown to £90m.", "£90m",
         subject="fortune (Ann Lee)", exact=True),
    Case("After the takeover Mr Okafor cut its payroll by 8%.", "8%", subject="payroll",
         exact=True),  # guard
    Case("Analysts at Dunmore have valued its cable unit at £400m.", "£400m",
         subject="value (cable unit)", exact=True),  # guard: not the analysts' (VALUES_SET_AT)
    Case("About 30% of all new cars sold will have a built-in satnav by 2010.", "30%",
         subject="share of new cars sold (have a built-in satnav)", exact=True),
]


# A span that opens a sentence with "In" and a comma says when, from now, as does one after a
# noun an ordinal ranks through its owner: no subject, actor nor place
SPANS_THAT_SAY_WHEN = [
    Case("In six days, France's biggest farm union will start its protest.", "six days",
         subject="", exact=True, no_actor=True, no_location=True),
    Case("Rovers won their first women's league title in 31 years.", "31 years", subject="",
         exact=True, no_actor=True),
    Case("Halden said its nine-month profits had doubled.", "nine-month", subject="",
         exact=True),
    Case("The survey found that May was the wettest for 40 years.", "40 years", subject="",
         exact=True),
    Case("These shows were the least successful for 30 years.", "30 years", subject="",
         exact=True),
    Case("The three-day sale at the auction house raised £2m.", "three-day",
         subject="sale at the auction house", exact=True),  # guard: an event that lasts
]


# A bare "the firm" or "the company" that acts stands for the firm the sentence before names
# as its subject (or the one before that, past a sentence that names no firm); not "a bank"
# (also with a kind before it, "the drinks giant", but not "the existing firm")
FIRMS_NAMED_BEFORE = [
    Case("Acme Foods has cut its profit forecast. The firm will shed 300 jobs by June.", "300",
         actor="Acme Foods"),
    Case("Zeta Motors reported a loss. Sales fell in May. The company plans to close 12 "
         "plants.", "12", actor="Zeta Motors"),
    Case("Acme Foods has cut its forecast. Thieves can use the details a bank holds on 40 "
         "million customers.", "40", actor="bank"),  # guard: any bank, not Acme Foods
    Case("Halden Brands opened its books on Monday. The global drinks giant said it made a "
         "profit of $80m.", "$80m", actor="Halden Brands"),  # a kind before the firm word
    Case("Zeta Mobile won the licence in May. The new operator will charge $20, well below "
         "the existing firm's $45 fee.", "$45", actor="existing firm"),  # guard: another
    Case("Halden Brands cut its forecast. The company said it would close 12 shops.", "12",
         actor="Halden Brands", attribution="Halden Brands"),  # one that says, too
    Case("Jobs will be lost in Leeds and York. The bank said it would close 12 branches.",
         "12", attribution="bank"),  # guard: a plural the model may take for a firm
    Case("Acme's new SuperSaver tickets were tried in May. The airline says no fare will cost "
         "more than $99.", "$99", attribution="airline"),  # guard: a firm's product
]


# A share of a sum is named by the sum as written and what it is, where a short participle on
# it says; a sum "of" another sum is named by its own verb, not by the other sum's number
SHARES_OF_SUMS = [
    Case("Nearly half of the £3m raised by fans went on legal fees.", "half",
         subject="share of £3m raised by fans", exact=True),
    Case("The agency has paid 90% of the £4.5bn submitted by farmers since 2002.", "90%",
         subject="share of £4.5bn submitted by farmers", exact=True),
    Case("The insurer has offered to repay its clients $40m of the $90m it lost on the deal.",
         "$40m", subject="repayment (insurer)", exact=True),
    Case("About 60% of its revenue comes from Europe.", "60%",
         subject="share of revenue (Europe)", exact=True),  # guard
]


# The name a subject gives in brackets after a deed of its own is the actor: what a film
# takes, what one earns or spends, the time it takes a name to do something; not one who is
# paid, nor a thing something is done to
DOERS_IN_BRACKETS = [
    Case("Eastern Skies, the sequel, took $31m (£16m) over the holiday weekend.", "$31m",
         actor="Eastern Skies"),
    Case("It took Ortiz just six minutes to score.", "six minutes",
         subject="time to score (Ortiz)", actor="Ortiz"),
    Case("Cleaners must be paid at least £6.10 an hour.", "£6.10", no_actor=True),  # guard
    Case("These appeals could take up to three years to settle.", "three years",
         no_actor=True),  # guard
]


# The place of a part "of those" the figure counts is the part's, not the whole's
PLACES_OF_PARTS = [
    Case("The bank said 500 posts will go, with about 120 of those expected in Leeds.", "500",
         no_location=True),
    Case("The bank said 500 posts will go, with about 120 of those expected in Leeds.", "120",
         location="Leeds"),  # guard
]


# A document or an announcement whose "that" clause holds the figure, with an owner, is its
# owner's word
OWNED_DOCUMENTS_THAT = [
    Case("The strike follows the minister's statement that 300 posts would go.", "300",
         attribution="minister", exact=False),
    Case("The protest follows Health Secretary Ann Lowe's announcement in May that 40 wards "
         "would close.", "40", attribution="Health Secretary Ann Lowe"),
    Case("The strike follows an announcement that 300 posts would go.", "300",
         attribution="announcement"),
]


# A titled speaker right before a verb of saying that the parse made the end of a phrase
# before it ("with Chile Mr Ortega") is the verb's subject, and the figure's source
SPEAKERS_AFTER_PHRASES = [
    Case("After the summit with Chile Mr Ortega said the country would import 30,000 tonnes "
         "of beef.", "30,000", attribution="Mr Ortega"),
    Case("In a speech to farmers in Devon Mrs Hale said 400 farms had closed.", "400",
         attribution="Mrs Hale"),
    Case("Following the deal with Norway Lord Grey told MPs that 300 jobs were safe.", "300",
         attribution="Lord Grey"),
]


# What costs a sum is what the sum is the price of, not what a "for" phrase says it buys
PRICES_OF_THINGS = [
    Case("Each ticket costs £45 for adults and £20 for children.", "£45", subject="ticket",
         exact=True),
    Case("The new plan costs $9 a month for unlimited calls.", "$9", subject="new plan",
         exact=True),
    Case("The club paid £4m for the striker.", "£4m", subject="striker"),  # guard
]


# A name the parse gave the figure that modifies a plural noun after it is no subject: the
# plural noun is what the figure counts
NAMES_ON_PLURALS = [
    Case("Serena Williams has won four Grand Slam singles titles since 2002.", "four",
         subject="Grand Slam singles titles (Serena Williams)", exact=True),
    Case("Six Premier League clubs have agreed to pay £2m each.", "Six",
         subject="Premier League clubs", exact=True),  # guard
]


# A "he" or "she" that does what the figure counts, in a sentence that names no one, stands
# for the person the sentence before is about, where the pronoun fits; not a "he" inside a
# quotation, nor one who only says, argues or hopes
PRONOUN_DOERS = [
    Case("Mr Hale joined the board in 1998. He has since earned more than £2m from the firm.",
         "£2m", actor="Mr Hale"),
    Case("Clara Diaz won the title in Madrid. She has now won 14 events this season.", "14",
         actor="Clara Diaz"),
    Case("Mr Hale joined the board in 1998. He said 300 jobs would go.", "300",
         no_actor=True),  # guard: he only says
    Case("Mr Hale met Anna Berg in Rome. She has won 14 events this season.", "14",
         no_actor=True),  # guard: "she" is not Mr Hale
    Case('Lord Ross spoke to the club. "He has a six-month contract," he said.', "six-month",
         no_actor=True),  # guard: a "he" in a quotation
    Case("Mr Hale joined the board in 1998. He went on to cut 300 jobs.", "300",
         actor="Mr Hale"),  # the doer of the verb the deed hangs on
]


# A move's "in" phrase after its "of" and figure names what moved, however the parse hangs
# it; an "in" phrase of when on a move that a verb says a thing showed names nothing moving
MOVES_IN_AFTER_FIGURES = [
    Case("Critics say the scheme would cause an increase of nearly 40,000 in homelessness.",
         "40,000", subject="homelessness", exact=True),
    Case("The plan would mean a drop of 2% in bus fares.", "2%", subject="bus fares",
         exact=True),
    Case("Exports showed a rise of 4% in March.", "4%", subject="Exports", exact=True),
]


# A bare sum a copula says is available, left, owed or outstanding is named by that state
# and what it is for, not by whoever speaks of it
SUMS_IN_STATES = [
    Case("The minister is expected to say that about £4bn will be available for new roads "
         "when she speaks on Friday.", "£4bn", subject="sum available for new roads",
         exact=True),
    Case("Officials said nearly $90m was still outstanding.", "$90m", subject="sum outstanding",
         exact=True),
    Case("The club said £2m is due to the builders by June.", "£2m",
         subject="sum due to the builders", exact=True),
]


# A sector of an economy acts as a body does: it spends, employs and lends; not where it only
# moves
SECTORS_ACT = [
    Case("The public sector was spending £4bn a year on agency staff by 2005.", "£4bn",
         actor="public sector"),
    Case("The country's mining sector, which employs one in ten workers, is shrinking.",
         "one in ten", actor="mining sector"),
    Case("The sector grew 4% last year.", "4%", subject="sector", no_actor=True),  # guard
]


# A bare count a passive verb has as its subject is named by what was done to it, as "15
# injured" is by its participle; a verb of harm's counts people, unless the sentence counts
# other things before it, and not those its other clause names
BARE_COUNTS_DONE_TO = [
    Case("At least 40 were killed when the ferry capsized off the island on Sunday.", "40",
         subject="people killed", key="people", exact=True),
    Case("Some 8,000 were evacuated from coastal villages as the storm approached.", "8,000",
         subject="people evacuated", exact=True),
    Case("Police said more than 300 had been arrested since the protests began.", "300",
         subject="arrested", exact=True),
    Case("Hunters shot 70 goats at the weekend - only five were killed by the dogs.", "five",
         subject="killed", exact=True),
    Case("Rebels attacked two villages on Sunday and at least 40 were killed.", "40",
         subject="killed", exact=True),
    Case("Organisers said about 2,000 were expected to attend the rally.", "2,000",
         subject="", exact=True),  # guard: no deed done to them
    Case("All four, who have always denied wrongdoing, have now been charged by the police.",
         "four", subject="charged", exact=True),  # past a "who" clause of their own
]


# A place before a title with an "of" phrase says where one is from: "US Secretary of State
# Ann Ruiz"
TITLES_WITH_OF = [
    Case("Guests at the summit include US Secretary of State Ann Ruiz and envoys from 17 Gulf "
         "countries.", "17", subject="Gulf countries", no_location=True),
]


# A side one plays for ("caps for Brazil", "goals for England") is no place
SIDES_PLAYED_FOR = [
    Case("He has won 44 caps for Portugal and scored nine goals.", "44", no_location=True),
    Case("She scored 31 goals in 80 games for Norway.", "80", no_location=True),
]


# A short defining clause or participle after a plural name of people is kept, as after a
# plural common noun
CLAUSES_ON_PLURAL_NAMES = [
    Case("The poll found 18 million Germans who own electric bikes.", "18 million",
         subject="Germans who own electric bikes", exact=True),
    Case("The three Britons held at the border were freed on Monday.", "three",
         subject="Britons held at the border", exact=True),
]


# Counted things "left" somewhere are named with where they were left, as what befell them
# (up to six words), also where the parse makes them the object of a preposition before;
# things that "are left" only remain
LEFT_SOMEWHERE = [
    Case("Some 4,000 laptops and 800 phones were left in taxis last year.", "4,000",
         subject="laptops left in taxis", exact=True),
    Case("Some 700 laptops were left in the boots of hired cars.", "700",
         subject="laptops left in the boots of hired cars", exact=True),
    Case("In Leeds alone over the past three years more than 9,000 umbrellas have been left on "
         "the top deck of buses, a study found.", "9,000",
         subject="umbrellas left on the top deck of buses", exact=True),
    Case("Only 300 tickets are left.", "300", subject="tickets", exact=True),  # guard
]


# The one a cause names right before a gerund ("due to Acme extending its network") does
# what the gerund says
CAUSES_WITH_GERUNDS = [
    Case("Much of the growth in users was due to Velcor extending its cable network beyond "
         "40 towns.", "40", actor="Velcor"),
]


# A comparison set after a level by a comma says how much that level moved, and is of
# what the level measures
COMPARISONS_AFTER_LEVELS = [
    Case("Shoppers spent more than £2.1bn in 2005, almost 8% more than they did in 2004.", "8%",
         subject="spending (Shoppers)", exact=True),
]


# How many times a deed is done, named by the deed, also where a clause of its own follows
# with "as"; not a multiple ("three times as many")
TIMES_BEFORE_CLAUSES = [
    Case("The fortress was attacked six times as the rebels pushed on.", "six",
         subject="attacked (fortress)", exact=True),
    Case("The old castle was breached three times.", "three",
         subject="breached (old castle)", exact=True),  # guard
]


# A mark one sets, by the verb "set", is named with its setter in brackets
MARKS_SET = [
    Case("The world champion set a new indoor mark of 4.91m.", "4.91m",
         subject="new indoor mark (world champion)", actor="world champion", exact=True),
    Case("Bekele broke the world record of 26:22.75.", "26:22.75", subject="world record",
         exact=True),  # guard: a record broken is another's
    Case("The 24-year-old has set a new mark of 8.02 seconds this season.", "8.02",
         subject="new mark", exact=True),  # guard: an age is no setter's name
]


# "its" on the subject of a clause joined to the main one stands for the main clause's
# named subject, who owns what moves
ITS_IN_JOINED_CLAUSES = [
    Case("In 2004 Halden earned $900m, while its annual sales rose 3% to $12bn.", "3%",
         subject="annual sales", actor="Halden"),
    Case("Mr Lee left the firm in May, while its shares fell 4%.", "4%", subject="shares",
         no_actor=True),  # guard: a person is no "its"
]


# A small number right after a title's word is part of the title ("Shrek 2"), also where the
# tagger took the word for a common noun at the sentence's start
NUMBERED_TITLES = [
    Case("Quake 4 won two awards at the show.", "two", subject="awards (Quake 4)",
         actor="Quake 4", exact=True),
    Case("Myst 3 earned $4m in its first week.", "$4m", actor="Myst 3"),
    Case("Tekken 5 has sold two million copies in Japan.", "two million",
         subject="copies sold (Tekken 5)", exact=True),  # guard
]


# A place a body's name says it serves ("the Regional Trade Commission for Africa") is no
# place of the figure, as the place a body is "of" or "from" is not
PLACES_BODIES_SERVE = [
    Case("Ghana's cocoa trade is, according to the African Trade Commission for West Africa, now "
         "worth $2bn to the country.", "$2bn", location="Ghana",
         attribution="African Trade Commission for West Africa"),
]


# The level a verb of change takes its object to, where the parse hung the "to" on a
# participle that ends the object's phrase, is the object's
NUMBERS_TAKEN_TO = [
    Case("Hiring rose again, taking the count of people employed to 2.7 million.", "2.7 million",
         subject="count of people employed", exact=True),
    Case("The drive added 800 posts, lifting the number of nurses employed to 41,000.",
         "41,000", subject="number of nurses employed", exact=True),
    # or on a participle the parse took for one of the verb's own or of the object's noun
    Case("The 9,000 new lines take the total number of homes in Wales getting cable from "
         "Telco to nearly 420,000.", "420,000", subject="total number of homes", exact=True),
    Case("The 5,000 new accounts take the number of savers in the region using its app for "
         "payments to almost 80,000.", "80,000", subject="number of savers"),  # the parse's
]


# A sum right after a verb of money, which the parse made the subject of a participle's
# clause after it, is the verb's object
SUMS_BEFORE_PARTICIPLES = [
    Case("Despite starring in six films in 2003, Moreau made 4.1m Euros (£2.8m) putting her "
         "second place in the chart.", "4.1m Euros", subject="earnings (Moreau)",
         actor="Moreau", exact=True),
    Case("Mr Lee said 30% of all savers were now paying tax at 40%.", "30%",
         subject="savers", attribution="Mr Lee"),  # guard: a clause with its own subject
]


# A share restated between dashes is of the group the "of" after the restatement names
SHARES_RESTATED_BETWEEN_DASHES = [
    Case("Close to two thirds - 64% - of the 2,000 staff asked said they were happy.",
         "two thirds", subject="staff"),
]


# The subject before an aside between dashes may be a noun whose phrase runs up to the
# dash: the phrase's noun is the subject of the verb after the aside
PHRASES_BEFORE_ASIDES = [
    Case("Officials said their ten-year estimate of clean-up costs for the delta region - "
         "large parts of which were swamped by the floods - was 9 trillion dong.",
         "9 trillion dong", subject="estimate", attribution="Officials",
         no_actor=True),  # (their own estimate: ESTIMATES_REVISED)
    Case("The agency's tally of homes lost along the coast - most of them wooden houses - was "
         "12,000.", "12,000", subject="tally of homes"),  # guard
]


# A unit glued to a number is no place, even one the model tags as one ("80GB": Great
# Britain)
UNITS_GLUED_NOT_PLACES = [
    Case("The 40GB and 80GB slim drives from Acme cost £90 and £120.", "£120",
         no_location=True),
]


# A source's name keeps its ampersand ("Marks & Spencer"), which spaCy counts a punctuation
# mark
AMPERSAND_NAMES = [
    Case("Prices at its stores rose 5% last year, said Halden & Royce.", "5%",
         attribution="Halden & Royce"),
    Case("Millions of growers face ruin as crop prices slump, the UN's Trade & Development "
         "Agency has warned.", "Millions", attribution="Trade & Development Agency"),
    Case("According to a survey by Vantor & Co, online sales rose 18% over the summer.", "18%",
         attribution="Vantor & Co"),
    Case("Halden & Royce raised prices by 5%.", "5%", actor="Halden & Royce"),  # guard
]


# A sum after the one a verb fines or pays, which the parse made a count of that one or its
# apposition, is the verb's second object
SUMS_AFTER_THE_FINED = [
    Case("The regulator fined Zeta $300,000 (£160,000) last year for the stunt.", "$300,000",
         subject="fine (Zeta)", actor="regulator", exact=True),
    Case("The regulator fined the broadcaster $300,000 (£160,000) last year for the stunt.",
         "£160,000", subject="fine (broadcaster)", exact=True),
    Case("The court awarded Smith £20,000 in damages.", "£20,000", subject="damages",
         exact=True),  # guard
]


# A spaced hyphen is a dash: the noun before an aside between two dashes is the subject of
# the verb after it, and a name the dashes set off stands for the noun it describes
SPACED_DASHES = [
    Case("Council tax arrears - bills sent but still unpaid - reached £40m last year.", "£40m",
         subject="Council tax arrears", exact=True),
    Case("Farm incomes - what growers keep after costs - dropped 11% last year.", "11%",
         subject="Farm incomes", exact=True),
    Case("Store sales - takings at shops open a year or more - rose 3.2%.", "3.2%",
         subject="Store sales", exact=True),
    Case("The chain plans to almost double the number of its stores - shops selling only "
         "organic food - from 240 to 450.", "450", subject="number of its stores", exact=True),
    Case("Retailer Halden - owner of the Zeta and Omega chains - will take on $3bn of debt.",
         "$3bn", subject="debt", actor="Retailer Halden"),
    Case('Opera star Lena Vos - known to fans as "the Nightingale" - won the award four times.',
         "four", actor="Opera star Lena Vos"),
    Case("The council wants to merge 24 depots into six - a plan unions call reckless.", "six",
         subject="depots", exact=True),
    Case("The Treasury said the money - $2bn in loans and $700m in grants - was for new "
         "schools.", "$700m", subject="grants", attribution="Treasury"),  # guard
    Case("The Zeta group - whose brands include Alpha and Beta - turned a loss of 300m euros "
         "in 2003 into a 900m euros profit.", "900m euros", subject="profit",
         actor="Zeta group"),  # guard
]


def test_dash_read_as_written():
    """The parse reads a spaced hyphen as a dash, and its Doc keeps the text as written."""
    from tracker.parse import nlp, read

    text = "Store sales - takings at shops open a year or more - rose 3.2%."
    doc = next(read(nlp(), [text]))
    assert doc.text == text
    assert [t.text for t in doc if t.dep_ == "nsubj" and t.head.lower_ == "rose"] == ["sales"]


# A level a verb moves its object to, counted in things, is the object's measure
OBJECTS_MOVED_TO = [
    Case("The new line might lift output to 80,000 vans by 2008.", "80,000",
         subject="output", exact=True),
    Case("The carrier hopes to grow its fleet of planes to 45 jets by next year.", "45",
         subject="fleet", exact=False),
    Case("Spanish unemployment rose 8,000 to 1.9 million people.", "1.9 million",
         subject="Spanish unemployment", exact=True),  # guard
]


# Counted people who are waiting for something are named with it
WAITING_FOR = [
    Case("Some 12,000 patients are waiting for hip operations.", "12,000",
         subject="patients waiting for hip operations", exact=True),
    Case("About 500 fans were waiting outside.", "500", subject="fans who were waiting outside",
         exact=True),  # guard: no "for", a group who do something (GROUPS_WHO_DO)
]


# A cost "to" someone "of" a sum is the cost, not the one it falls on
COSTS_BORNE = [
    Case("The strike came at a cost to the firm of about $3bn.", "$3bn", subject="cost",
         exact=True),
]


# A firm no gazetteer knows for a place, that an investment or a stake is in, is no place
INVESTED_IN_FIRMS = [
    Case("The talks centre on Dongfeng Motor's proposed £2bn investment in Rover.", "£2bn",
         no_location=True),
    Case("The talks centre on Dongfeng Motor's proposed £2bn investment in Kenya.", "£2bn",
         location="Kenya"),  # guard
]


# A person's name set before a quotation by a colon, with a role or a bullet before it,
# speaks the quotation, over all its sentences
LABELLED_SPEAKERS = [
    Case("- Rovers boss Tom Brown: \"We had the better of the first half. \"But we still "
         "had four good chances and missed them all.\"", "four",
         attribution="Rovers boss Tom Brown"),
    Case("Rovers boss Tom Brown: \"We let in six goals in our last two games.\"", "six",
         attribution="Rovers boss Tom Brown"),
    Case("- Rovers boss Tom Brown \"We had the better of the first half. \"But we let in "
         "six goals.\"", "six", attribution="Rovers boss Tom Brown"),  # a bullet, no colon
    Case("Result: \"We let in six goals in our last two games.\"", "six",
         no_attribution=True),  # guard
]


# An age standing as a noun is of the person whose thing the sentence before is about,
# where a "his" or "her" there stands for them
AGES_AFTER_OWNERS = [
    Case("Jane Smith's ban is a result of her link to the inquiry. The 29-year-old has said "
         "she will appeal.", "29-year-old", subject="Jane Smith", exact=True),
    Case("Acme's profits rose after its chief quit. The 29-year-old has since been charged "
         "with fraud.", "29-year-old", subject="", exact=True),  # guard
]


# An "of" phrase on another figure's word set beside the figure is not the figure's
OF_ANOTHER_FIGURE = [
    Case("Jones jumped a season's best of 2.31m - just 2cm short of the world standard - to "
         "win the title.", "2.31m", subject="season's best", exact=True),
]


# A "he said" that closes a quotation of several sentences stands for the person named
# before the quotation opened, past one sentence between that names no one
SPEAKERS_BEFORE_QUOTATION = [
    Case("Alan Jones missed most of last season with a back injury and is keen to start "
         "again. And that is despite the first match taking place in the heat of Rome. \"I "
         "love the heat. The Olympic Stadium is one of the best grounds in Europe,\" he said.",
         "one", attribution="Alan Jones"),
    Case("Alan Jones is keen for the season to start. \"I love the heat. We have 12 players "
         "fit,\" he said.", "12", attribution="Alan Jones"),
    Case("Alan Jones is keen for the season to start. Fans of Leeds United queued all night "
         "for tickets. \"We have 12 players fit,\" he said.", "12",
         no_attribution=True),  # guard
]


# A word "co-" joins to is one word ("co-founders", "co-wrote"); others one acts together
# "with" are partners, neither owned nor acted on
CO_WORDS_AND_PARTNERS = [
    Case("She was among the three co-founders of the Acme Prize.", "three",
         subject="co-founders of the Acme Prize", exact=True),
    Case("The actor, who co-wrote the script, said 40 people were hurt.", "40",
         attribution="actor"),
    Case("The nurses' union will co-ordinate its strike with up to five other health unions.",
         "five", subject="health unions", exact=True, no_actor=True),
    Case("The kit maker has deals with 12 other national football bodies.", "12",
         subject="national football bodies", exact=True, no_actor=True),
    # also "along with" or "together with" those counted
    Case("The singer founded the charity in 2001 along with 300 fellow musicians.", "300",
         no_actor=True),
    Case("The singer founded the charity in 2001 together with 300 fellow musicians.", "300",
         no_actor=True),
]


# One who only debates or discusses what the figure counts does none of it, nor owns it;
# a limit one sets or talks of is no mark passed
DEBATED_AND_LIMITS = [
    Case("In Brussels, ministers have been debating three draft directives, but Paris has "
         "moved on.", "three", subject="draft directives", exact=True, no_actor=True),
    Case("The panel discussed a £5,000 limit on gifts to officials.", "£5,000",
         subject="limit on gifts", no_actor=True),
    Case("MPs debated the bill for 12 hours.", "12 hours", actor="MPs"),  # guard
    Case("The count of known worms broke the 50,000 barrier.", "50,000",
         subject="count of known worms", exact=True),  # guard
]


# A share of people that names no group is named by what they are doing, also in a
# progressive tense, or by its own "who" clause where it is set against another
SHARES_BY_WHAT_THEY_DO = [
    Case("About 40% were using video-sharing site YouTube, the study said.", "40%",
         subject="those who were using video-sharing site YouTube", exact=True),
    Case("Nearly 35% are playing online games on their phones, it found.", "35%",
         subject="those who are playing online games on their phones", exact=True),
    Case("And 52% expect their pay to rise, as against 31% who fear it will fall.", "31%",
         subject="those who fear it will fall", exact=True),
]


# A share's part that does something with no object is named by the verb and its first
# phrase, without that phrase's own phrases; not where other figures share the verb
SHARES_WITH_NO_OBJECT = [
    Case("As many as 15% of tenants vanished from the housing register in the county after "
         "the rules changed.", "15%", subject="share of tenants (vanished from the housing "
         "register)", exact=True),
    Case("Of the fund's investors, 38.5% reside in Spain, 21.2% in France, 9.4% in Portugal "
         "and 4.1% in Greece.", "21.2%", subject="fund's investors", exact=True),  # guard
]


# A level left "up from" or "down from" is of the measure the level reached is of, which
# no one acts on where that level has no actor
LEVELS_LEFT_ACTORS = [
    Case("The survey found girls were 12% more likely than boys to go on to university in "
         "2010 - up from 4% in 2001.", "4%", no_actor=True),
    Case("Acme earned $40m in the quarter, down from $65m.", "$65m", actor="Acme"),  # guard
]


# People a participle of harm follows in a "with" phrase, or whom a verb "left" in a
# plight, are named with it
HARM_LEFT_AND_WITH = [
    Case("The floods hit four provinces, with at least 2,000 people killed.", "2,000",
         subject="people killed", exact=True),
    Case("The storm left 30 people injured.", "30", subject="people injured", exact=True),
    Case("The closure left 300 workers without pay.", "300", subject="workers without pay"),
    Case("She left 20 people in the room.", "20", subject="people", exact=True),
    Case("The region saw 300 homes flooded last winter.", "300", subject="homes flooded",
         exact=True),
    Case("The market has seen 12 brokers suspended this year.", "12",
         subject="brokers suspended", exact=True),
]


# A figure set against one before it by "compared with" is the same one's, whatever its
# noun; not where what it is set against is another thing's
SET_AGAINST = [
    Case("Acme reported a profit of $50m, compared with a loss of $20m a year ago.", "$20m",
         subject="loss", actor="Acme"),
    Case("The new line runs at up to 18Mbps, compared with the old lines, which ran at "
         "2Mbps.", "2Mbps", no_actor=True),
]


# A verb's particle is no part of its object; a bracket after a share's "of" phrase that
# gives it more precisely shares its subject; the "in" of a height is no place; a move's
# noun names whose high or low it reaches; a term framed by "a total of" is the penalty's
TERMS_AND_PRECISION = [
    Case("The board wants to buy back shares worth 2bn euros.", "2bn", subject="shares",
         exact=True),
    Case("Acme owns 30% of Zeta Holdings (29.8%), while Beta has 20%.", "29.8%",
         subject="stake in Zeta Holdings (Acme)", exact=True),
    Case("Acme owns 30% of Zeta (12% of the market).", "12%", subject="market", exact=True),
    Case("The 6ft 2in Johnson is ranked 80th in the world.", "6ft", no_location=True),
    Case("The fall in the euro to a six-week low against the yen hurt exporters.", "six-week",
         subject="low (euro)", exact=True),
    Case("Unemployment rose to a ten-year high.", "ten-year", subject="high (Unemployment)",
         exact=True),
    Case("Nine men who ran the gang were jailed for a total of 40 years.", "40 years",
         subject="jail term (men)", exact=True),
]


# A plan that saves a sum is its actor; a sum won "from" one is that one's; a share of
# "those" an "of" phrase before the clause names is a share of them; a figure a "which is"
# says of the one before is of what that one measures, and a "which" that stands for a
# figure names no subject
PLANS_GIVERS_AND_WHICH = [
    Case("The minister said the move would save £4m a year.", "£4m", subject="savings (move)",
         actor="move", attribution="minister"),
    Case("The plan will save $20m.", "$20m", actor="plan"),
    Case("The actor won £50,000 in damages from the Daily Mirror over the story.", "£50,000",
         subject="damages", actor="Daily Mirror"),
    Case("Of those polled, 60% backed the deal.", "60%",
         subject="share of those polled (backed the deal)", exact=True),
    Case("Output next year should reach 3%, which is some 0.5% below the target.", "0.5%",
         subject="Output", exact=True),
    Case("The firm made $5m, which is 40% of the total.", "40%", subject="total", exact=True),
    Case("Despite a record profit of 20bn yen ($190m), up 12% on the previous year, Kirin is "
         "late.", "12%", subject="record profit", exact=True),
    Case("For the year, Acme posted a profit of $2.1bn, up 17% from 2003.", "17%",
         subject="profit", exact=True, actor="Acme"),
]


# A currency's country is no place; a region's part names the region
REGIONS_AND_CURRENCIES = [
    Case("On Monday the US currency stood at $1.21 per euro.", "$1.21", no_location=True),
    Case("The rand lost 0.5% against the US currency.", "0.5%", no_location=True),
    Case("Protesters watched the four matches held in that part of Yorkshire.", "four",
         location="Yorkshire"),
    Case("Protesters watched four matches in Leeds, our reporter said.", "four",
         location="Leeds"),
]


# A time one has or had somewhere, marked as theirs or as more, is named by the place,
# with the one a "his" stands for; not a span in which a sum was taken
TIME_HAD_IN = [
    Case("Mr Lee said during his nearly 30 years in office he had seen leaders come and go.",
         "30 years", subject="time in office (Mr Lee)", exact=True),
    Case("The squad will have another 10 days in camp before the tour.", "10 days",
         subject="time in camp", exact=True),
    Case("Dr Hill spent 12 years at Oxford.", "12 years", subject="time at Oxford (Dr Hill)",
         exact=True),
    Case("The film took £9m in its first four days at the UK box office.", "four days",
         subject="", exact=True),
]


# A share of people set against one that says what they do is the other side where it
# says so: "against", or a "who" clause of its own
SIDES_SET_AGAINST = [
    Case("Some 55% backed a smoking ban compared with 30% against.", "55%",
         subject="those who backed a smoking ban", exact=True),
    Case("Some 55% backed a smoking ban compared with 30% against.", "30%",
         subject="those against a smoking ban", exact=True, key="against"),
    Case("Some 55% backed a smoking ban, compared with 30% against.", "30%",
         subject="those against a smoking ban", exact=True),
    Case("Some 40% backed the plan compared to 52% who felt it was unwise.", "52%",
         subject="those who felt it was unwise", exact=True, key="feel"),
]


# A "he added" after a quotation of several sentences, or after one on a person named only
# by age, is said by the person the sentences before it are about
SPEAKERS_FAR_BACK = [
    Case('Ann Cole, who runs the audit panel, warned the city would have to work hard. '
         'She said: "The first sale was a mess. Every office had a hand in it. Nobody '
         'led." She added: "Six years after the fair shut, the city at last has a plan."',
         "Six years", attribution="Ann Cole"),
    Case('Mr Hart said the prize came as a shock. He said he was surprised because many '
         'thought games were a fad.\n\n"It was seen as a craze," he said, "that would go '
         'away." Now, he said, games rival films. "Wales has a big role in that," he said. '
         '"It is one of the 12 nations that made the field."', "12",
         attribution="Mr Hart"),
    Case('Tom Reed quit the national side this year.\n\nThe 33-year-old also felt club '
         'games could prolong his career. He said: "I will be fresh without another 12 '
         'Tests on the clock."', "12", attribution="Tom Reed"),
    Case('The side lost again this year. The 33-year-old felt tired. He said: "We will '
         'need 12 more players."', "12", no_attribution=True),
]


# A move that a thing showed is that thing's, also a growth rate of it and a move "of" the
# figure; not one whose own words name what moved, nor a body's
MOVES_SHOWN_BY = [
    Case("Store sales had shown a growth rate of about 1.5% by May.", "1.5%",
         subject="Store sales", exact=True),
    Case("Car exports showed a rise of 8% last year.", "8%", subject="Car exports",
         exact=True),
    Case("The region saw a jobs increase of 2.5% in the spring.", "2.5%",
         subject="jobs increase", exact=True),
    Case("The company posted a rise of 7%.", "7%", subject="rise", actor="company",
         exact=True),
]


# A time that only says how long after or before something another thing happened is not
# that other thing's; it may be of the event its own phrase names, and a term served
# "after" a deed keeps its own
TIMES_SINCE = [
    Case("Six months after the flood a second dam was built upstream.", "Six months",
         subject="flood", exact=True),  # (the parse makes "after" lead the whole clause)
    Case("Her remarks came two days before she was due to visit Paris.", "two days",
         subject="", exact=True),
    Case("Barely three years after the new model was launched, the maker has cut its price.",
         "three years", subject="new model", exact=True),
    Case("The singer topped the chart again, 30 years after his death.", "30 years",
         subject="", exact=True),
    Case("He was jailed for four years after the raid.", "four years", subject="jail term",
         exact=True),
]


# Goods a verb of selling, shipping, building or delivering takes are named by the verb, as
# units are; not people, goods a phrase of their own names, nor what a verb "produces"
GOODS_SOLD = [
    Case("Volvo sold almost 80,000 trucks in China last year.", "80,000",
         subject="trucks sold (Volvo)", exact=True),
    Case("The novel has sold more than nine million copies around the world.",
         "nine million", subject="copies sold", exact=True),
    Case("The council hopes to build 4,000 homes by 2010.", "4,000", subject="homes built",
         exact=True),
    Case("Leeds sold four players in January.", "four", subject="players (Leeds)",
         exact=True),
    Case("The band will sell 300,000 copies in the UK by Sunday.", "300,000",
         subject="copies sold", exact=True, location="UK"),
    Case("The hurdler produced three jumps in the final.", "three", subject="jumps",
         exact=True),
]


# People the law charges, indicts, convicts or sentences are named by the deed, as those
# harmed are; what was done to counted things comes right after their noun, before a
# phrase of where, which the location column takes
DONE_BEFORE_WHERE = [
    Case("Prosecutors have indicted 14 people over the fraud.", "14",
         subject="people indicted", exact=True),
    Case("Police charged six men with theft on Friday.", "six", subject="men charged",
         exact=True),
    Case("The storm killed at least 20 people in northern Chile.", "20",
         subject="people killed", exact=True, location="Chile"),
    Case("Some 900 flights at Frankfurt were cancelled.", "900",
         subject="flights cancelled", exact=True, location="Frankfurt"),
]


# A share of people that names no group is named by what they did, also in a perfect tense,
# with what follows the verb ("online") and a hyphened word ("e-mails"); before the subject
# of another clause of the sentence
SHARES_WHO_HAVE = [
    Case("Some 41% have bought shoes online.", "41%",
         subject="those who have bought shoes online", exact=True),
    Case("Almost a third have paid bills by e-mail and 18% have sold goods at auction.",
         "a third", subject="those who have paid bills by e-mail", exact=True),
    Case("Almost a third have paid bills by e-mail and 18% have sold goods at auction.",
         "18%", subject="those who have sold goods at auction", exact=True),
    Case("Some 41% voted early.", "41%", subject="those who voted early", exact=True),
]


# A sentence that opens with "It" or "They" and moves a figure with no subject of its own is
# about what the last figure of the sentence just before measures, where the number agrees
MOVED_BY_PRONOUN = [
    Case("Talk of a bid lifted Zeta's shares by 8% on Monday. They gained another 3.1% to "
         "$14.20 in late trading.", "3.1%", subject="Zeta's shares", exact=True,
         actor="Zeta"),
    Case("Talk of a bid lifted Zeta's shares by 8% on Monday. They gained another 3.1% to "
         "$14.20 after the bell.", "$14.20", subject="Zeta's shares", exact=True),
    Case("The peso slid to 11.40 per dollar at noon. It later strengthened to 11.25.",
         "11.25", subject="peso", exact=True),
    Case("Zeta shares rose 5% on Monday. It fell 2% on Tuesday.", "2%", subject="",
         exact=True),  # guard: "it" is not the shares
    Case("Zeta shares rose 5% on Monday.\n\nThey fell 2% on Tuesday.", "2%", subject="",
         exact=True),  # guard: not past a paragraph
]


# The kinds a sum is "in" name it, all of those joined by "and", and a list item's own kind
# is its own, not the item before's; a place or a time after "in" is no kind
SUMS_IN_KINDS = [
    Case("The state says the firm owes more than $9bn in back taxes and fines.", "$9bn",
         subject="back taxes and fines", exact=True),
    Case("Zeta paid $5m in fees and $2m in taxes last year.", "$2m", subject="taxes",
         exact=True),
    Case("Zeta earned $5m in Spain and $2m in Italy.", "$2m", location="Italy"),
]


# What a passive did to things counted by "Thousands of", and the passive a verb of belief
# raises its subject from, name the set; not a verb the parse hangs far off, nor a fate
# that is a trip ("to go on trial")
DONE_TO_MANY = [
    Case("Thousands of trains were cancelled.", "Thousands", subject="trains cancelled",
         exact=True),
    Case("Hundreds of homes are believed to have been flooded.", "Hundreds",
         subject="homes flooded", exact=True),
    Case("At least 300 people are feared to have been killed in the quake.", "300",
         subject="people killed", exact=True),
    Case("Some 40 guests are expected to attend.", "40",
         subject="guests who are expected to attend", exact=True),  # (PEOPLE_TO_DO)
    Case("The firm and four of its bosses are to go on trial for fraud.", "four",
         subject="bosses", exact=True),
    Case('She said: "We have hundreds of pupils still facing long trips to school, and '
         'those pupils will be cheered by this."', "hundreds", subject="pupils",
         exact=True),
]


# A stake an "in which" clause on a body's name holds is a stake in that body
STAKES_IN_WHICH = [
    Case("Zeta, in which Acme owns a 44% stake, is growing.", "44%",
         subject="stake in Zeta (Acme)", exact=True, actor="Acme"),
    Case("The bank, in which the state holds a 20% stake, lost money.", "20%",
         subject="stake in bank (state)", exact=True),
    Case("Acme, which owns a 44% stake in Zeta, is growing.", "44%",
         subject="stake in Zeta (Acme)", exact=True),  # guard: its own "in"
]


# The owner of a document named as a source is named without its owner's mark
DOCUMENT_OWNERS = [
    Case("In the Bank of England's March survey, the balance of firms saying trade is "
         "better was 12.", "12", attribution="Bank of England"),
    Case("Aid makes up 2% of output, according to the Bank of Ghana's figures.", "2%",
         attribution="Bank of Ghana"),
    Case("According to the Audit Commission's report 40 councils are failing.", "40",
         attribution="Audit Commission"),
    Case("By contrast last year's poll found that 12% of shops had closed.", "12%",
         attribution="last year's poll"),  # guard: a time owns no document
]


# A place that names only some of what the figure counts, or the aside's one of them, or
# a place the figure's clause says it is not limited to, is not the figure's place
PLACES_OF_SOME = [
    Case("The regulator is looking into 40 shows, including two Chicago DJs.", "40",
         subject="shows", no_location=True),
    Case("Our side has lost four games in a row, including Italy in Rome last month.",
         "four", subject="games", no_location=True),
    Case("The kit maker supplies more than 90 clubs, including the national teams of Peru, "
         "Chile and Bolivia.", "90", subject="clubs", no_location=True),
    Case("The firm sold 300,000 cars in Europe, including 50,000 in Spain.", "300,000",
         location="Europe"),  # guard: its own place stays
    Case("France, the biggest of the bloc's 25 members, backs the plan for Spain.", "25",
         subject="members", no_location=True),
    Case("Spain's jobless rate, the highest among the 19 members of the bloc, fell in May.",
         "19", no_location=True),  # also "among", and an aside on the place's thing
    Case("Kenya, a country of 30 million people, holds elections.", "30 million",
         location="Kenya"),  # guard: the place's own people
    Case("At least 80 people were held worldwide - 35 of them in Germany.", "80",
         no_location=True),
    Case("At least 80 people were held worldwide - 35 of them in Germany.", "35",
         location="Germany"),
    Case("The chain has 20,000 staff worldwide and 3,000 in Ireland.", "20,000",
         no_location=True),
    Case("Athletics Kenya has banned the two-time Boston Marathon winner for a year.",
         "two", no_location=True),
    Case("Sport England gave £2m to the project.", "£2m", no_location=True),
    Case("Police in Greater Manchester arrested 12 men.", "12",
         location="Greater Manchester"),  # guard: a place's own first word
    Case("The board fined the 29-year-old £500 for failing to attend a hearing in Leeds.",
         "£500", no_location=True),
]


# A name a ship or a body begins is no place, nor one on one other person; "record" with
# an object of its own records nothing anyone says
SHIPS_PEOPLE_AND_RECORDS = [
    Case("Fans gathered aboard HMS Belfast, where 300 people danced.", "300",
         no_location=True),
    Case("A crowd of 300 packed onto HMS Belfast.", "300", no_location=True),
    Case("You play one hero, a tough US soldier.", "one", no_location=True),
    Case("Stalls were set up in a Leeds department store for three weeks.", "three weeks",
         location="Leeds"),  # guard: a body that sits in the place
    Case("Spain have only recorded two wins since they joined the league in 2001.", "two",
         subject="wins", no_attribution=True),
    Case("The box lets viewers record three channels at once.", "three",
         no_attribution=True),
    Case('Jones plays a Chicago "love coach" with troubles of his own in the film.\n'
         "The singer performed on the ship on Monday, where he recorded three songs.",
         "three", subject="songs", no_attribution=True),
    Case("The ONS recorded that 40,000 jobs were lost.", "40,000",
         attribution="ONS"),  # guard: with a clause it reports
]


# A sum promised is named by the verb; counted things a verb of need or obligation says
# must be done to are named by that deed
PROMISED_AND_HAD_TO_BE = [
    Case("The minister has promised them about £7.2bn next year.", "£7.2bn",
         subject="sum promised (minister)", exact=True),
    Case("Up the valley, where 400,000 people have had to be moved, work goes on.",
         "400,000", subject="people moved", exact=True),
    Case("Some 2,000 homes will need to be built.", "2,000", subject="homes built",
         exact=True),
    Case("About 40 people had to be rescued from the roof.", "40",
         subject="people rescued"),
    Case("Some 2,500 jobs have to go.", "2,500", subject="jobs to go", exact=True),
    Case("Ford has 13,000 workers.", "13,000", subject="workers (Ford)",
         exact=True),  # guard
]


# Those by whom a deed is done, when the figure counts them, have no actor over them
DOERS_COUNTED = [
    Case("Chosen by more than 9,000 film fans, the Readers' Awards named Jones best actor.",
         "9,000", subject="film fans", no_actor=True),
    Case("Drivers will be able to talk to their cars, under a scheme in development by "
         "two German firms.", "two", no_actor=True),
    Case("The bill passed despite a revolt by 30 Tory MPs.", "30", no_actor=True),
    Case("Acme hired 300 engineers in May.", "300", actor="Acme"),  # guard
]


# A figure in a phrase that sets the occasion of a saying before the speaker is the
# writer's, with or without a comma
OCCASIONS_OF_SAYING = [
    Case("During his 40 minute speech Mr Hale told MPs he had met his target.",
         "40 minute", actor="Mr Hale", no_attribution=True),
    Case("After two days of talks the union said it would strike.", "two days",
         no_attribution=True),
    Case("During the speech Mr Hale told MPs that 40 firms had closed.", "40",
         attribution="Mr Hale"),  # guard: what he said
]


# A bare count that is the subject of a clause after a comma or "and" counts what the
# subject of the clause before counted, with what its own clause does to it
CLAUSE_ITEMS = [
    Case("At the tax office, 20,000 jobs are to go, 500 will be lost by May at the trade "
         "ministry and 300 are to go at customs.", "500", subject="jobs lost", exact=True),
    Case("At the tax office, 20,000 jobs are to go, 500 will be lost by May at the trade "
         "ministry and 300 are to go at customs.", "300", subject="jobs to go", exact=True),
    Case("Fifty statues were stolen in 2000, 48 were recovered later.", "48",
         subject="statues recovered", exact=True),
    Case("About 20 people died and 300 were hurt.", "300", subject="people hurt",
         exact=True),  # guard: a harm, as before
]


# One who receives counted things others send, or turns down what is offered, does not act
# on them; a move restated by "or" in another measure keeps the first one's actor
RECEIVED_REFUSED_RESTATED = [
    Case("The office has not yet received the full file and nine video tapes.", "nine",
         no_actor=True),
    Case("The firm received a staggering 10 million e-mails in March.", "10 million",
         no_actor=True),
    Case("Wales turned down an easy three points and went for the line.", "three points",
         no_actor=True),
    Case("Rooney got 20 goals this season.", "20", actor="Rooney"),  # guard: he scored
    Case("However, Shell's share price rose 5p or nearly 2% in early trading.", "2%",
         actor="Shell"),
]


# An age said of "he" or "she" is the age of the person the sentence before is about,
# where the sentence itself names no one; a "When X was N," clause gives an age; so does
# "the age of N" on the verb of a "he" or "she"
PRONOUNS_AGED = [
    Case("Sir John Smith, the former MP, has died. He was 84, had been ill for months, and "
         "died at home.", "84", subject="John Smith"),
    Case("The dancer grew up in Leeds. When she was eight, her aunt took her to Paris.",
         "eight", no_location=True),  # not the aunt's age
    Case("By the time he was 40, Jones had left the stage.", "40",
         subject="Jones"),  # guard: the sentence names him
    Case("When Mozart was five, his father took him to Vienna.", "five", subject="Mozart",
         no_location=True),
    # also the age "the age of" gives a verb whose subject is the pronoun
    Case("Dame Ann Reid, the novelist, has died. She began writing at the age of nine.",
         "nine", subject="Ann Reid"),
    # an age said of "I" is the age of the one who says it, whoever else the sentence names
    Case('"It is a huge honour, given I am only 31 years old," Ann Fox said.', "31",
         subject="Ann Fox", exact=True, attribution="Ann Fox"),
    Case('Tom Hale won the race in Leeds. "I am 25. I have plenty of time," he said.', "25",
         subject="Tom Hale", exact=True, no_location=True),
    Case('Ann Fox said: "I will be 35 by then, so I hope I am still fit."', "35",
         subject="Ann Fox", exact=True),
    Case('"I was 15 years old when I first asked to act," Tom Hale said.', "15",
         subject="Tom Hale", exact=True),
    Case("I was 18 when I moved to Leeds.", "18", exact=True),  # guard: no one says it
]


# A sum on a noun "its" owns is done by the body the main clause is about; a participle
# that stands as a preposition makes no owner of the noun before it
ITS_TAKEOVERS = [
    Case("Acme Holdings told staff it will shed 9,000 posts following its $12bn "
         "takeover of former parent Zeta.", "$12bn",
         subject="takeover of former parent Zeta (Acme Holdings)", exact=True,
         actor="Acme Holdings"),
    Case("He said its $5m fund had run dry.", "$5m", no_actor=True),  # guard: no body
]


# The two sides of a vote after "voted" are votes, for what the vote was for and against
VOTE_SIDES = [
    Case("Peers voted 180-95 in favour of the plan after a long debate.", "180",
         subject="votes in favour of the plan", exact=True, actor="Peers"),
    Case("Peers voted 180-95 in favour of the plan after a long debate.", "95",
         subject="votes against", exact=True),
    Case("The board voted 6-3 to keep rates on hold.", "6",
         subject="votes to keep rates on hold", exact=True),
]


# who makes a bid, gives a sum or demands it: a "from" phrase past what it is for, a "by"
# phrase on the bid, the agent of a participle on a sum with no noun
MAKERS_OF_SUMS = [
    Case("It is understood that Leeds accepted a £4m offer for the striker from Everton "
         "on Sunday.", "£4m", actor="Everton"),
    Case("Acme said it had agreed a £2.1bn takeover by Zeta Holdings.", "£2.1bn",
         actor="Zeta Holdings"),
    Case("Acme says it is worth far more than a hostile $5bn bid by rival Zeta Mining.",
         "$5bn", actor="Zeta Mining"),
    Case("Of the £30m given by the council so far, only half has been spent.", "£30m",
         actor="council"),
    Case("They want a £3bn bid by Friday.", "£3bn", no_actor=True),  # guard: a time
    Case("A fund in Canadian mining firm Orex has gone to court to stop a $2.1bn (£1.1bn) "
         "buyout by metals giant Tarsis, hoping for a higher price.", "£1.1bn",
         actor="Tarsis"),  # the deed right after the figure, which the parse cut off
    Case("Zeta has been served with a $4bn (£2.1bn) tax demand by the Indian tax "
         "authorities.", "$4bn", actor="Indian tax authorities"),  # a demand's maker
    # a kind written as a plural noun before the maker's name, which the parse takes for
    # the maker with the name beside it; also past a restating bracket
    Case("The board accepted a $2.1bn buyout from telecoms giant Telstra.", "$2.1bn",
         actor="telecoms giant Telstra"),
    Case("Halden accepted a $3.2bn (£1.7bn) cash buyout from telecoms giant Telstra on Friday, "
         "turning down a rival offer.", "$3.2bn", actor="telecoms giant Telstra"),
    Case("The firm agreed a £40m takeover by mobile phones firm Zeta.", "£40m",
         actor="mobile phones firm Zeta"),
]


# what a sum is called after a comma says something of it, it is not its subject; a title
# keeps its number words; a headline's glued scale hangs its noun; a firm named for a city
ASIDES_TITLES_AND_NAMES = [
    Case("Operating profit came in at 2.3bn euros, a steep rise from 2003.", "2.3bn euros",
         subject="Operating profit", exact=True),
    Case("The number of new jobless claims rose to 352,000, the highest rate since June.",
         "352,000", subject="number of new jobless claims", exact=True),
    Case('"I felt great," said Smith, who won in 6.52secs, his best time indoors.',
         "6.52secs", subject="won (Smith)", exact=True),
    Case("Sales in Wales fell by 4.1%, an area that had seen strong growth.", "4.1%",
         subject="Sales", exact=True),
    Case("We get 40, 50, 60,000 fans a week.", "40", subject="fans", exact=True),  # guard
    Case("The Two Ronnies, on air from 1971 until 1987, drew 17 million viewers at best.",
         "17 million", subject="viewers (Two Ronnies)", exact=True),
    Case("The film beat Million Dollar Baby, which took two Golden Globes.", "two",
         subject="Golden Globes (Million Dollar Baby)", exact=True),
    Case("$1m payoff for former Acme boss", "$1m", subject="payoff for former Acme boss",
         exact=True),
    Case("Stock in Munich Re and Swiss Re both fell 1.7% on Monday.", "1.7%",
         no_location=True),
]


# the side a rubber is played against is no place, nor one under an "including" on the
# verb's phrase; an "according to" that ends a fronted clause, or a speaker before "and"
# with another after it, gives way to the figure's own speaker
SIDES_EXAMPLES_AND_SPEAKERS = [
    Case("Smith, who has played in three doubles rubbers against Spain, will face Jones.",
         "three", no_location=True),
    Case("She earned almost $12m from concerts including a run of shows in Las Vegas.",
         "$12m", no_location=True),
    Case("Although exports are growing, according to state data, the trade ministry "
         "said the deficit was $4.2bn in May.", "$4.2bn", attribution="trade ministry"),
    Case("Although sales rose, according to the firm, profits fell 5%.", "5%",
         attribution="firm"),  # guard: no other speaker
    Case("The cabinet will publish its plans on Friday, and many economists believe the "
         "shortfall will stay at close to £30bn.", "£30bn", attribution="many economists"),
    Case("Mr Lee said the plan was sound and he said spending would rise by £4bn.", "£4bn",
         attribution="Mr Lee"),  # guard: "he" is no speaker of its own
    Case("Acme has agreed to buy 40% of Zeta, the biggest cheese maker in France.", "40%",
         no_location=True),
    Case("Acme shares were up 2.1% by 1100 GMT, the best gainer in Paris.", "2.1%",
         location="Paris"),  # guard: where the shares trade
]


# a share of a whole that a passive verb says what is done to names that deed, where it is
# not cut short
SHARES_DONE_TO = [
    Case("Some 40% of the staff were laid off.", "40%", subject="share of staff (laid off)",
         exact=True),
    Case("About 30% of the homes in the town were damaged.", "30%",
         subject="share of homes in the town (damaged)", exact=True),
    Case("More than half of the loans have been written off or sold.", "half",
         subject="share of loans (written off)", exact=True),
    Case("Sixty percent of the money will be made available for schools.", "Sixty percent",
         subject="money", exact=True),  # guard: "made" alone says too little
    Case("More than 57% of the phone trade is made up of young buyers.", "57%",
         subject="share of phone trade (young buyers)", exact=True),
]


# A country before a title and a name is where the person serves, not the figure's place;
# a verb joined to one before shares its subject, for an age or a count of times; a plight
# the parse reads as the noun's head stays with it; a name set off by commas after "the"
# or an owner's noun is who it is
TITLES_AND_JOINED_VERBS = [
    Case("US Commerce Secretary Ann Ruiz has pledged $50m to the new fund.", "$50m",
         actor="US Commerce Secretary Ann Ruiz", no_location=True),
    Case("UK mobile owners spent £3bn on ring tones last year.", "£3bn", location="UK"),
    Case("Jazz pianist Tommy Flanagan, who played with Ella Fitzgerald, recorded 30 albums and"
         " has died of a heart attack aged 71.", "71", subject="Jazz pianist Tommy Flanagan",
         exact=True),
    Case("The Swede dropped the opening set but broke her opponent four times in the second.",
         "four", subject="broke her opponent (Swede)", exact=True),
    Case("Critics attacked the party for planning to scrap the levy, introduce language lessons"
         " from the age of five, and close rural schools.", "five", subject="age", exact=True),
    Case("The two Taiwanese-owned clothing plants have closed in Maseru, leaving 1,900"
         " machinists jobless, union officials told the news agency.", "1,900",
         subject="machinists jobless", exact=True),
    Case("The country's biggest carmaker, Toyota, said it would cut 300 jobs in Derby.", "300",
         actor="Toyota", attribution="Toyota"),
    Case("The team's former physio, Mark Ellis, has been banned for two years.", "two years",
         subject="ban (Mark Ellis)", exact=True),
    Case("The Leeds-born actress, real name Sarah Jones, signed her first contract at the age of"
         " 16.", "16", subject="Leeds-born actress", exact=True),
]

# How long one waits or stays is named by the verb, the doer in brackets; what others cast
# has no actor in the one who receives a share of it
WAITS_AND_STAYS = [
    Case("The clinic will stop treating Scottish patients who had already waited six months.",
         "six months", subject="waited (Scottish patients)", exact=True),
    Case("The checks would not apply to students coming to Scotland for less than ten weeks.",
         "ten weeks", subject="coming to Scotland (students)", exact=True),
    Case("The number waiting over nine months also fell from 4,100 to 3,900.", "nine months",
         subject="number waiting", exact=True),
    Case("The contestant faced the phone vote on Monday and received 58% of the vote.", "58%",
         no_actor=True),
    Case("The Green Party received more than £300,000 in donations in the first quarter.",
         "£300,000", no_actor=True),
    Case("Former miners are to receive £90m compensation, the minister announced.", "£90m",
         no_actor=True),
    Case("The university received £2m from the Wellcome Trust.", "£2m", actor="Wellcome Trust"),
    Case("The club is to get £2m immediately, with another £1m to follow within a month.", "£2m",
         no_actor=True),
    Case("Small investors got ten shares each for 90p apiece.", "90p",
         actor="Small investors"),  # guard: a price paid, no sum received
    # "in N years time", the owner's mark left out, says when from now, as "years' time"
    Case("Nobody will remember the row in three years time.", "three years", subject="",
         exact=True),
    # a bare count after ", with" counts what the count before it counts
    Case("Some 800 people had come on foot to watch the meet, with 120 on horseback.", "120",
         subject="people", exact=True),
    # a span that "a ... period" frames after "the previous" only says when
    Case("Sales rose 4% compared with the previous six month period.", "six month", subject="",
         exact=True),
]

# Points a player scores or kicks are named by the verb, the scorer in brackets; not an
# index's points
POINTS_SCORED = [
    Case("Jones, who has scored 640 points in 48 Tests, returns at fly-half.", "640 points",
         subject="points scored (Jones)", exact=True),
    Case("Full-back Murray kicked 18 points as Glasgow won at home.", "18 points",
         subject="points kicked (Full-back Murray)", exact=True),
    Case("The Dax index fell 16 points to 4,100.", "16 points", subject="Dax index", exact=True),
]

# A high after a dash is the high of what the figure before counts; a move's "in a year"
# is no thing that moves
HIGHS_RESTATED = [
    Case("Factories added 52,000 jobs in March - a nine-month high.", "nine-month",
         subject="high (jobs)", exact=True),
    Case("Exports rose 4% in June, the biggest rise in a year, to a five-month high.",
         "five-month", subject="high (Exports)", exact=True),
    # also where the model tags the high, with its article, an adjective
    Case("Builders hired 41,000 workers in May - a six-month high and well above what "
         "economists forecast.", "six-month", subject="high (workers)", exact=True),
    Case("On Friday, copper prices climbed for a fifth day, reaching a nine-month high as "
         "supplies ran short.", "nine-month", subject="high (copper prices)", exact=True),
]

# A second clause's subject the parse joined to the first clause's object is its own, also
# past its "the" and "of" phrase; a clause a document "shows" keeps its own subject
JOINED_AND_SHOWN = [
    Case("The tally of known viruses passed the 90,000 barrier and the count of new worms grew"
         " by more than 40%.", "40%", subject="count of new worms", exact=True),
    Case("Smith, a former Fed Cup player for Canada, won the Italian Open, reached the French"
         " and US Open finals and won four doubles titles with Jones.", "four",
         subject="doubles titles (Smith)", actor="Smith", exact=True),  # guard: not "finals"
    Case("The statistics office published figures showing Thailand's economy grew 6.1% last"
         " year.", "6.1%", subject="Thailand's economy", exact=True),
]

# The stretch of a game one plays, replays or misses only says when; a time one spends
# somewhere is named by where
STRETCHES_PLAYED = [
    Case("The two sides will replay the final eight minutes next month.", "eight minutes",
         subject="", no_actor=True, exact=True),
    Case("The striker has spent the last three years at the club.", "three years",
         subject="time at the club (striker)", exact=True),  # guard
    # a span after a ranked noun's own phrase says since when, as one right after it
    Case("The yen rose to its strongest level versus the dollar in nearly five months.",
         "five months", subject="", exact=True),
]

# Where the one who says a figure is, written right after them, is not the figure's place;
# a place further on in the phrase that sets the scene may be
WHERE_SPEAKERS_ARE = [
    Case("Our correspondent in Nairobi says 300 people have been killed.", "300",
         attribution="correspondent in Nairobi", no_location=True),
    Case("The BBC's Ann Lee in Madrid says a third of the budget will go on roads.", "a third",
         no_location=True),
    Case("Reporter Ann Lee at Exford on Exmoor in the South West said 500 riders had turned"
         " out.", "500", location="South West"),  # guard
    # a name right after a figure's "at" is its place, whatever kind the model gives it
    Case("Scans were done on 30,000 travellers at Manchester Airport and 2,500 at Gatwick.",
         "2,500", location="Gatwick"),
    Case("Police stopped 400 cars at Heathrow Airport and 90 at Gatwick on Friday.", "90",
         location="Gatwick"),
    # a "the" that belongs to the noun a place modifies is not the place's: a side's name
    # ("the Northern Hemisphere squad"), a place's text without it
    Case("Three Irish players were chosen for the Southern Hemisphere side in the charity"
         " game.", "Three", no_location=True),
    Case("She lost the final on the Victoria Park centre court after saving two match points.",
         "two", location="Victoria Park"),
    # a name "its" owns is no place, whatever kind the model gives it
    Case("The ministry said in its Green Paper on care that fees would rise from £90 to £120.",
         "£90", no_location=True),
    # a place that opens a carrier's name is no place: "China Southern"
    Case("The state merged its airlines into three carriers led by Air China, China Southern"
         " and China Eastern.", "three", no_location=True),
    # what a figure spreads "across" is where, no one's
    Case("The chain has 400 stores across 12 countries.", "12", subject="countries",
         exact=True),
]

# A pair that owns what is counted owns it together, as it acts together
PAIRS_AS_OWNERS = [
    Case("The songs will again be written by Anna Ross and Tom Hale who have both worked on"
         " three earlier albums.", "three", subject="earlier albums (Anna Ross and Tom Hale)",
         exact=True),
    Case("It was a fine night for Bill and Ben who picked up three awards, among them best"
         " newcomer.", "three", subject="awards (Bill and Ben)", exact=True),
    Case("Fiat and Renault also ended their ten-year partnership last week.", "ten-year",
         subject="partnership (Fiat and Renault)", exact=True),
]

# What a clause before ", X told Y" says is X's word, however the parse hangs it; not the
# participle that sets the scene
TOLD_AFTER_COMMA = [
    Case("Since 2001, average pay had grown by 12% in real terms, Ms Jones told the committee.",
         "12%", subject="average pay", attribution="Ms Jones"),
    Case("Unveiling the £30bn plan to parliament, Mr Smith said the economy had grown.", "£30bn",
         no_attribution=True),
    # a "he said" after a sentence whose verb the parse hung on the name before it
    Case("Keith Vaz, chairman of the Home Affairs Committee, called on Mr Straw to denounce the"
         " claim Britain's goodwill was being abused by migrants. \"We rely on 30,000 foreign"
         " nurses,\" he said.", "30,000", attribution="Keith Vaz"),
    Case("Peter Dale, chairman of the Society of Rural Doctors, called on Mr Reid to drop the"
         " plan. \"We have lost 300 surgeries in a decade,\" he said.", "300",
         attribution="Peter Dale"),
]


WAR_NOT_WAR = [
    Case("Sudan is emerging from a 20-year civil war.", "20-year", subject="civil war",
         exact=True),
    Case("Families split up by almost 22 years of war are finding each other.", "22 years",
         subject="war", exact=True),
]

# A unit's letters inside the figure are no place: the GB of "30GB"
UNITS_NOT_PLACES = [
    Case("The rival disc will hold 30GB.", "30GB", no_location=True),
    Case("The cheaper model holds 20GB.", "20GB", no_location=True),
]


def _claim(case: Case):
    """The claim of the case's sentence whose surface holds the case's figure."""
    claims = extract_article(Article(doc_id="t", text=case.text))
    return next(c for c in claims if case.surface in c.surface)


@pytest.mark.parametrize("case", [
    pytest.param(c, id=f"{c.surface}:{c.text[:40]}",
                 marks=[pytest.mark.xfail(strict=True, reason=c.xfail)] if c.xfail else [])
    for c in (CASES + COPULAS + VALUED + WHAT_OF + CARRIED + VERBS + NAMES + OWNERS
              + ROUND_TWO + KEYS + ACTORS + MOVES + PASSIVES + LISTS
              + SOURCES + PLACES + ROUND_FOUR + ROUND_FOUR_ACTORS + ROUND_FOUR_SOURCES
              + ROUND_FIVE + ROUND_FIVE_ACTORS + ROUND_SIX_ACTORS + MOVED_OBJECTS + FRAMES + TIMES
              + HYPHENED_NOUNS + GIVEN_FIGURES + SHARE_WORDS + RATE_FRAMES + PRICES
              + SURVEY_GROUPS + DASH_ASIDES
              + COMPOUND_HEADS + NAMED_UNIT_WORDS + MONEY_VERB_OBJECTS + OF_WHICH_AND_PARALLEL
              + INTENDERS + ESTIMATED_THINGS + SUM_OWNERS
              + BEFALLEN + OF_THEM + GAPPED_ITEMS + DONE_TO + MARKED_PHRASES + MORE_SOURCES + QUOTATIONS
              + THINGS_THAT_END_LIKE_PEOPLE + NAMES_TAKEN_FOR_ADJECTIVES
              + ACTIVITY_TIMES + PENALTY_TERMS + GERUND_SOURCES + UP_FROM_LEVELS
              + LIST_ITEMS_AFTER_NAMES + SIDES_AND_ORIGINS + SPECS_IN_NAMES
              + MORE_MONEY_VERBS + DOER_AS_SUBJECT + DASH_ASIDES_AFTER
              + BOUNDED_NOUNS + TERMS_AND_TIMES_TAKEN + DOCUMENT_AUTHORS
              + GIVERS + RELATIVES_THAT_AGREE + TIME_SPENT + NAMED_OWNERS
              + NOUNS_TAGGED_ADJECTIVES + GLUED_FIGURES + DOCUMENTS_AND_SUMS
              + HELD_IN_FIRMS + SAYERS_OWN + SIDES_IN_LISTS
              + VERB_PARTICLES_AND_WHICH + AGE_BEARERS + SUMS_BESIDE_OBJECTS
              + TIMES_GIVEN + EARNERS + SHARES_OF_GDP + SPANS_OF_PEAKS
              + WHICH_SAID + RECKONERS + DEEDS_AND_PARALLEL_OBJECTS
              + ORIGINS_OF_NAMES + KINDS_BEFORE_NAMES
              + SUMS_HAD + RECKONINGS_OWNED + TIMES_SPENT + SHARES_WHO
              + ADMITTED + DEFINING_PHRASES + NOUNS_BOUNDED
              + GROUP_SIZES + SUITS + NOUNS_TAKEN_FOR_VERBS + PHRASES_WITHOUT_ASIDES
              + OWNERS_OF_WHAT_MOVES + INDEX_NAMES + SPANS_OF_SUMS + RATE_BASES + MOVED_BY_MISREAD + PUSHED_DOWN_TO + SPACED_SCALES + LIMITS_AND_RANKS + LISTED_AND_SEEN
              + SUMS_PUT_TO + PLACES_OF_THE_NOUN + DANGLING_OBJECTS + FURTHER_COUNTS
              + SOURCES_NAMED_WHOLE + COUNTRIES_OF_STATISTICS + SINCE_AND_MOVED
              + QUOTES_AFTER_A_SPEAKER + FINDINGS_LISTED + DEFINING_AT + DOERS_OF_SUMS
              + DEEDS_SPANS + LABELLED + WHICH_ONES + PLIGHTS_OF_PEOPLE
              + OWNERS_BY_MARK + MARKET_MOVES + INVERTED_SOURCES
              + LEVELS_OF_MOVES + SEEN_TO_MOVE + CUT_PARTICIPLES
              + WHEN_AND_SPANS + NAMES_NOT_PLACES + AGES_ALONE
              + IT_NOT_ITS_THING + ABSOLUTE_WITH
              + FRAMES_OFF_THE_FRONT + QUOTED_MODIFIERS
              + OBJECTS_AT + NAMES_BY_PRONOUN + DEFINED_GROUPS + TIMES_WITHOUT
              + FINDINGS_AFTER_PLAIN_SENTENCES + ACCORDING_TO_MISREAD
              + WITH_AFTER_INVERTED_SPEAKER + PLACES_OF_ASIDES + RANGES_REACHED_FROM
              + UNITS_SOLD + AGED_GROUPS + VENUES_TAKEN_FOR_FIRMS + TIMES_LEFT
              + FINES_BY_VERB + PARTIES_NOT_PLACES + SOLD_NOT_SELLERS + DEFINED_LEVELS
              + CHART_PLACES + SHOWN_BY_DOCUMENTS + TAKEN_OFF_WHOLES + PENALTIES_RECEIVED
              + UNITS_NOT_PLACES + PEOPLE_HARMED + DOCUMENTS_OF_CLAUSES + MODEL_CODES
              + NOUNS_PAST_BRACKETS + WHAT_AWAITS + ONLY_SAID + OBJECTS_THAT_DO
              + BALANCES_WITH + COUNTS_SAID_AFTER + VALUES_PAST_PERIODS + COUNTING_FRAMES
              + THE_FIGURE + TIMES_TITLED
              + LEVELS_ON_OBJECTS + CLAUSES_BEFORE_NAMES + WHO_AFTER_PAIRS
              + DAYS_NOT_SUBJECTS + PLACES_LEFT_OUT
              + SPEAKERS_FURTHER_BACK + SPEAKERS_THEN_WHEN
              + FRONTED_DOCUMENTS + STANDFIRST_FINDINGS
              + COUNTS_POINTED_BACK + OTHERS_COUNTED + RESTATEMENTS_SHARED
              + WHICH_AFTER_NAMES + VALUES_OF_JOINED + LEVELS_IN_PEOPLE
              + ORIGINS_AFTER_ROLES + WHICH_AFTER_BODIES + SHARES_HELD_BY
              + FOUND_BY_BODIES + MARKS_PASSED
              + PEOPLES_OF_TWO_WORDS + HOMES_OF_NAMES + SAID_AND_SHARES
              + SAME_MEASURE_ACTORS + ONE_PERSON_BEFORE + DEEDS_WITHOUT_DOERS
              + ONLY_BEHOLDERS + MOVES_OF_WHAT_CAME_BEFORE + MOVES_SHOWN
              + JOINED_REPORTERS + NOUNS_LOST_AFTER
              + ASIDE_PLACES + RECEIVERS + NOUNS_WITH_MODIFIERS + SPANS_AFTER_RANKS
              + SIDES_THAT_WIN + SPEAKERS_BY_STAGE_NAME + PLAYERS_SOLD + MARGINS
              + SHARES_IN_FIRMS + RELATIVE_DOERS + COSTS_TO_DO + PLACES_SET_APART
              + GROUPS_AND_DEEDS + OWNERS_SET_AGAINST + SET_AGAINST_INSTEAD
              + OWNED_SUMS + DOERS_OF_TAKINGS + ANSWERED_OFFERS + WAR_NOT_WAR
              + PRICE_BEFORE_NOUN + ONE_IN_GROUPS + NAMED_BESIDE_KIND
              + STAKES_HELD + VAGUE_DOERS + RANKED_ITEMS + CHANGING_HANDS
              + TIME_SPENT_WHERE + LEMMAS_SET_RIGHT
              + SAID_BACK_PAST_PARAGRAPHS + COUNTED_TOGETHER + NOUNS_TAGGED_VERBS
              + RATE_BEFORE_NOUN_AND_COST_OF + WHICH_PAST_ITS_VERB + AGE_GROUP_BEARERS
              + SAYING_A_CLAUSE + IMPROVEMENT_OF_BEFORE + TIME_IN_A_STATE
              + SHARES_MADE_UP + PROBED_AND_CALLED_ON + SAID_LAST
              + FORECASTERS + RECORDS_AND_INCOME + ASIDES_THAT_DEFINE
              + AGE_PAST_A_HE + PLACES_MOVED + TIMES_BESIDE_NAMES
              + ACCUSERS + SUMS_TAKEN_WHOLE + RACE_DEEDS_UNNAMED
              + DENIED_AGENTS_AND_LINE_UPS + MONEY_VERBS_MORE + SHARES_PART_AFTER
              + AGE_PAST_A_SHE + SAID_OF_ANOTHER + SHARE_PARTS_SET_RIGHT
              + RECORDS_SET_BY_OTHERS + VOICED_AND_REPORTED + AGED_AFTER_AN_OBJECT
              + AGE_BEFORE_A_MISREAD_VERB + SUM_FALLS_ON_A_NAME + RANKED_WITH_TAKINGS
              + RANKED_SPANS_FOR + WHOLES_OF_PARTS + SAID_LAST_AS_A_NOUN + TIME_BEFORE
              + SHARES_PART_BY_COPULA + PRESS_ACTS + OF_WHICH_THERE + THEY_SAY
              + PLACES_IN_TIME_ANCHORS + AGES_NOT_PLACED
              + FIRMS_EARNINGS + SIGN_HUNG_BEFORE + QUESTIONS_TAGGED
              + WHICH_THEY_SAY + WHAT_THE_PART_DOES + JOINED_NOUNS_TAGGED_VERBS
              + STATEMENT_ISSUED_BY + SHARES_SENT + ON_SALE
              + MARK_AGENT_TITLE + GERUND_DOER
              + SPAN_OF_DEED + WHEN_LEFT_OUT
              + MORE_OF_THE_SAME + DEED_BY_PRONOUN
              + GAPPED_THAT + RECKONED_AND_JOINED
              + MOVED_IN_TO + PARTICIPLE_BOUNDS + LEVEL_PAST_ASIDES
              + PLACE_NAME_ON_COUNTED + NOT_THE_WATCHERS
              + SPENT_AND_AGED + PLACE_LEFT_OUT
              + OF_AND_LEVELS_PAST_PARSE + ORDINAL_COMPOUNDS + PRICES_MOVED
              + HARM_LEFT_AND_WITH + SET_AGAINST + TERMS_AND_PRECISION
              + PLANS_GIVERS_AND_WHICH + REGIONS_AND_CURRENCIES + TIME_HAD_IN
              + SIDES_SET_AGAINST + SPEAKERS_FAR_BACK
              + MOVES_SHOWN_BY + TIMES_SINCE
              + GOODS_SOLD + DONE_BEFORE_WHERE
              + SHARES_WHO_HAVE + MOVED_BY_PRONOUN + SUMS_IN_KINDS
              + DONE_TO_MANY + STAKES_IN_WHICH + PLACES_OF_SOME
              + SHIPS_PEOPLE_AND_RECORDS + PROMISED_AND_HAD_TO_BE + DOERS_COUNTED
              + OCCASIONS_OF_SAYING + CLAUSE_ITEMS + RECEIVED_REFUSED_RESTATED
              + PRONOUNS_AGED + ITS_TAKEOVERS + VOTE_SIDES + MAKERS_OF_SUMS
              + ASIDES_TITLES_AND_NAMES + SIDES_EXAMPLES_AND_SPEAKERS
              + SHARES_DONE_TO + TITLES_AND_JOINED_VERBS + WAITS_AND_STAYS
              + TOLD_AFTER_COMMA + POINTS_SCORED + HIGHS_RESTATED + JOINED_AND_SHOWN
              + STRETCHES_PLAYED + WHERE_SPEAKERS_ARE + PAIRS_AS_OWNERS
              + LEVELS_LEFT_ACTORS + SHARES_WITH_NO_OBJECT + SHARES_BY_WHAT_THEY_DO
              + DEBATED_AND_LIMITS + CO_WORDS_AND_PARTNERS
              + SPEAKERS_BEFORE_QUOTATION + HOURS_A_DAY + OF_ANOTHER_FIGURE
              + AGES_AFTER_OWNERS + LABELLED_SPEAKERS + INVESTED_IN_FIRMS
              + COSTS_BORNE + WAITING_FOR + OBJECTS_MOVED_TO + SPACED_DASHES
              + SUMS_AFTER_THE_FINED + AMPERSAND_NAMES + UNITS_GLUED_NOT_PLACES
              + PHRASES_BEFORE_ASIDES + SHARES_RESTATED_BETWEEN_DASHES + SUMS_BEFORE_PARTICIPLES
              + NUMBERS_TAKEN_TO + PLACES_BODIES_SERVE + NUMBERED_TITLES + ITS_IN_JOINED_CLAUSES
              + MARKS_SET + TIMES_BEFORE_CLAUSES + COMPARISONS_AFTER_LEVELS + CAUSES_WITH_GERUNDS
              + LEFT_SOMEWHERE + CLAUSES_ON_PLURAL_NAMES + SIDES_PLAYED_FOR + TITLES_WITH_OF
              + BARE_COUNTS_DONE_TO + SECTORS_ACT + SUMS_IN_STATES + MOVES_IN_AFTER_FIGURES
              + PRONOUN_DOERS + NAMES_ON_PLURALS + PRICES_OF_THINGS + SPEAKERS_AFTER_PHRASES
              + OWNED_DOCUMENTS_THAT + PLACES_OF_PARTS + DOERS_IN_BRACKETS + SHARES_OF_SUMS
              + FIRMS_NAMED_BEFORE + SPANS_THAT_SAY_WHEN + OWNERS_BY_PRONOUN + SHARES_HELD
              + WORLD_WHOLES + UNITS_OF_FIRMS + ITS_OPENING + PARTS_SOLD + SHARES_TAKEN
              + VALUES_NAMED_BEFORE_WHEN + PAID_MORE + TRADE_PARTIES + IT_AS_FIRM + FIRMS_TELLING
              + LOSSES_NAMED + HEADLINE_DEALS + PRICES_OF_ONE_DEAL + AMONG_GROUPS
              + THOSE_COUNTED_BEFORE + COMPARISONS_AFTER_OF + PLACES_COMPARED_WITH
              + REPORTED_CLAUSE_SUBJECTS + JOINED_AFTER_OF + JOINED_ALTERNATIVES
              + COUNTS_OF_A_GROUP + NOUNS_PAST_BRACKET_AFTER_THE + ASIDES_AFTER_A_NAME
              + PLACES_OPENING_ITEMS + PLACES_BEFORE_FIGURES + AMPERSAND_NAMES_AT_THE_STOP
              + FLOTATIONS + LONGER_VIEWS_OF_SHARES + HALF_THE_WHOLE + GOODS_SOLD_JOINED_OR_NAMED
              + KICKS_AND_GOALS_SCORED + PENALTIES_JOINED + ITS_BODY_BY_APPOSITION
              + CAUSES_NOT_DEEDS + ROLES_BEFORE_NAMES + NAMED_LISTS_WHOLE
              + SHARES_DOING_AFTER_OPENERS + ONE_IN_N_MADE_UP + BARE_COUNTS_HELD
              + STAKES_IN_FIRM_PARTS + DEADLINES + CALLED_ON_WITH_REFLEXIVES + SPANS_NOT_PURPOSES
              + AGES_BEFORE_PAST_TENSES + SHARES_THAT_SAW + ACCUSED_OF_DEEDS
              + SPANS_AFTER_AN_EVENT + SUMS_GIVEN_BY + SUMS_IN_A_FRAME + MOVES_PAST_THE_LEVEL
              + SUMS_IN_THE_SHAPE_OF + COUNTED_CHANGES_TAKEN_FOR_VERBS + COUNTS_LEFT_IN_A_STATE
              + RECKONINGS_NAMED_BEFORE + SUMS_SIZING_PAST_A_BRACKET + SPANS_OF_TAKING_AND_KEEPING
              + SUMS_SIZING_A_NOUN_TAKEN_FOR_A_VERB + POSSESSIVE_PRONOUN_OWNERS + ITS_LONE_NAMES
              + PEOPLE_WHO_DO + COUNTS_TARGETED + BARE_STAKES + PARTS_OF_THOSE_EXPECTED
              + PLACES_TAKEN_FOR_PERSONS + DOCUMENTS_BEFORE_A_LOST_VERB + RESTATED_PAST_AN_OF
              + INCLUDED_OWNED + SOLD_TO_A_PARTY + SHARES_A_PRONOUN_HOLDS + PENALTIES_HANDED_TO
              + NODS_CAST_BY_OTHERS + COUNTS_OF_A_LACK + PENALTIES_SERVED_PAST
              + EARNED_AT_AFTER_THE_MOVE + PLACES_IN_ANOTHER_BRACKET + FINISH_CROSSED_IN
              + GROUPS_WHO_DO + SHARES_OF_NATIONAL_INCOME + SECOND_SHARES_TAKEN + VALUES_SET_AT
              + PASSIVE_AGENTS_NAMED + NUMBERS_DONE_TO + SIDES_BEFORE_CAPS
              + OWNED_PAST_A_BRACKET + COUNTS_PAST_AN_ADJECTIVE + SHARES_PAST_A_DASH
              + CLAUSES_WITHOUT_A_PRONOUN + HIS_OR_HER_OWNER + TALLIES_TAKEN_TO_A_LEVEL
              + RANKED_TO_A_PLACE + ITS_NOT_A_PLURAL + ACTED_FOR_NOT_OWNED + POLLSTERS_NO_ACTOR
              + COUNTS_JOINED_TO_A_DAY + THAT_FIGURE + EXPECTED_INSTEAD + ASIDE_AT_THE_END
              + AGE_GROUPS_NAMED + SAID_WITH_QUOTES + SHARE_OF_VOTE_WITH + OWN_ESTIMATE_NO_ACTOR
              + LEVELS_CUT_BACK_TO + MARGINS_HELD_OFF + DOCUMENT_BY_OPENS + PLACES_AT_NO_OWNER
              + TIME_SPENT_BEING_DONE_TO + SUMS_ASKED_FOR + SUBJECTS_JOINED_BY_AND
              + HE_AFTER_THE_NAME + SPANS_OF_SUMS_AND_PEAKS + PEOPLE_OF_NATIONS_WHO
              + SHARES_DOING_IN_A_FEW_WORDS + LOWS_TAGGED_AS_ADJECTIVES
              + NOT_OWNED_AMONG_OR_BALLOTED + NATIONALS_BY_ROLE + ITS_AIM_DONE_BY
              + PARTIES_TO_DEALS + NAMED_FEATURES + PEOPLE_ONE_BY_ONE_WHO
              + ITS_FIRM_IN_THE_SENTENCE + HEIGHTS_BEFORE_NAMES + AGES_AFTER_JOINED_WORDS
              + SPANS_OF_AN_ACTIVITY + COPULA_COMPLEMENT_NOT_OWNED + FURTHER_COUNTS_AND_THEIR_LIST
              + KINDS_LISTED + FORESEEN_OF_HEADS + STAKES_OF_HOLDERS + SHARES_MOVED_TO
              + SHARES_DOING_WITH_TIMES + PLIGHTS_CLOSING_LISTS + HIS_OR_HER_PLANS
              + SHARES_UNDERWRITTEN + POINTS_GAPS
              + COMPOUNDS_AFTER_SHARES
              + IT_SAYS_AND_MOVES
              + PARTICIPLES_TAKEN_FOR_CLAUSES
              + NAMES_AFTER_ROLES
              + SUMS_FALLING_ON
              + PLIGHTS_HAD
              + SPANS_ONLY_BEHELD
              + PLACES_OVER_THE_SOURCES
              + AGENTS_ON_THE_NOUN
              + KINDS_JOINED_TO_NAMES
              + FREQUENCIES_ON_OBJECTS
              + SHARES_ACCOUNTED_FOR
              + AGE_GROUPS_COUNTED
              + DOING_WITH
              + IT_EARNS
              + PARTIES_NAMED_BY_NOUNS
              + SIDES_THAT_BEAT
              + WITH_ASIDES
              + ACRONYMS_AFTER_DEEDS
              + MARKED_FOR_DEEDS
              + WEIGHED_NOT_OWNED
              + MAKERS_FROM
              + FIRMS_IN_SUBJECTS
              + VAGUE_SUMS
              + PLACES_THAT_HAVE
              + SHARES_OF_VOTE_GAINED
              + HYPHENED_WORDS
              + PEOPLE_WHO_ACT_ALONE
              + SOURCES_TAKEN_FOR_COMPOUNDS
              + SAID_PAST_ASIDES_AND_QUOTES
              + STANDFIRSTS_ACCORDING_TO
              + REPORTS_THAT_SAY
              + SPELLS_FACED
              + AGES_OF_STATES
              + POSTS_MADE_OR_KEPT
              + STRETCHES_HEADED_BY_THEIR_WORD
              + BIDS_FOR
              + BIDS_PAST_BRACKETS
              + NAMES_DESCRIBED_AFTER
              + PEOPLE_PAST_WITH_PHRASES
              + SHARES_IN_M_HUNG_ON_IN
              + LEVEL_VERBS_TAKEN_FOR_NOUNS
              + RECORDS_AFTER_THE_FIGURE
              + FIRMS_NAMED_AGAIN
              + IT_GRANTS_AND_AGENTS
              + REPORTED_REPORTERS
              + MEASURES_FOUND_NEXT
              + AGES_LAST_OF_WHAT_ONE_IS
              + TIMES_WITHOUT_KEEP_NOT
              + AGES_BEFORE_PLURALS
              + DEMONYMS_BY_THEIR_ENDING
              + SUMS_SPENT_ON
              + JOINED_THINGS_ACT_TOGETHER
              + BARE_COUNTS_INCLUDED
              + FORECASTS_AGAINST_THE_SENTENCE_BEFORE
              + THE_COUNTRY
              + DONE_TAKEN_FOR_NOUNS
              + SPEAKERS_TAKEN_FOR_LIST_ITEMS
              + SOURCES_SET_AGAINST
              + SPELLS_SIDELINED
              + SHARES_OF_A_WHOLE_BEFORE_PASSIVE
              + SCALES_TAKEN_FOR_VERBS
              + GERUNDS_ON_PARTICIPLES_OF_BE
              + SHARES_IN_A_STATE_WITH
              + SPEAKERS_AFTER_NO_COMMA
              + KINDS_WITH_TWO_NAMES
              + NAMES_TAGGED_AS_NOUNS
              + SHARES_DOING_WHAT
              + QUOTES_AFTER_QUOTED_WORDS
              + LEVELS_LEFT_BY_A_MOVE_SET_AFTER
              + SUMS_TAKEN_OFF_IN_THE_PASSIVE
              + ORDINALS_IN_A_DEFINING_PHRASE
              + IT_IMPOSES_OR_ORDERS
              + SIDES_BY_A_SCORE_OR_A_COACH
              + AVERAGE_TIMES_A_DAY
              + PURPOSES_OF_PASSIVES
              + JOINED_BEFORE_AN_OF_FIGURE
              + SUMS_AS_ADVERBS_AND_OWNERS_OF_NAMES
              + GERUNDS_THAT_TAKE_TIME
              + AREAS_AS_FRAMES
              + PEOPLE_BY_VERB_AND_OBJECT
              + SHARES_OF_THOSE_POLLED
              + YEARS_IN_A_DEFINING_PHRASE
              + SHARES_WHO_KNOW
              + STAYS_OF_WHO_OR_THEY
              + RATES_SET_AGAINST
              + SET_AGAINST_FOR_NAMED
              + SHARES_A_VERB_TAKES
              + PARTICIPLES_READ_AS_PAST
              + SUBJECTS_TAKEN_FOR_CONJ
              + AGES_BEFORE_A_VERB_READ_AS_NOUN
              + KNOWN_PLACES_TAGGED_AS_BODIES
              + NAME_AND_ITS_THING
              + VERBS_AFTER_DO
              + SHARES_RESTATING_A_PART
              + SHARES_AMOUNTED_TO
              + PARTICIPLES_AFTER_A_FRAME
              + TALLIES_AFTER_NAMES
              + TIES_HELD
              + PLACES_OUTSIDE_RELATIVE
              + SOLD_TO_BUYER
              + TIME_BEFORE_AFTER_IT_IS
              + SHARES_OF_AGED_GROUPS
              + PEOPLES_WITHOUT_PLURAL_S
              + PEOPLE_TAKEN_OUT_OF
              + SHARES_SAID_IN_SHORT
              + SHARES_DONE_TO_WHOM
              + NAME_DETERMINERS
              + DISTANCES_OUT
              + CLAUSES_WITHOUT_WHEN
              + CHARGES_DENIED
              + MOVES_NAMED_TAKE_THEIR_SETTING
              + AGES_AT_A_DEED
              + PLACES_WHERE_SAID
              + MOVES_SOUGHT
              + PARTS_DONE_TO
              + FORESEEN_AND_BROUGHT_IN
              + SAYER_IS_NO_MEASURE
              + INDEXES_COMPILED
              + EXPECTATIONS_SET_AGAINST
              + HEADLINE_INFINITIVES_QUOTED
              + ITS_ON_THE_SUM
              + CLOCK_BEFORE_NAME
              + FRAMED_COUNT_DEED
              + AGE_BEFORE_VERB_MISREAD
              + THAT_WAS_MORE
              + REGISTERS_SHOW
              + GAPPED_SHARE_DEEDS
              + ROLES_HELD
              + THE_COUNTRY_HAS
              + STATES_MADE
              + PLACE_ENDING_A_NAME
              + AGE_OF_SURNAME
              + PLACE_IN_ANCHOR_CLAUSE
              + AGE_OF_ONE_WHO_BEGAN
              + AGE_OF_A_FEW
              + EARNED_FOR
              + SIDE_WITH_AGAINST
              + COUNTS_TOUCHED
              + DONE_IN_REPORTS
              + TIME_OF_A_DEED
              + SAYING_TAKEN_FOR_NOUN
              + RANKS_NAMED
              + SOLD_TO_PAY
              + CHARGED_WITH
              + PENALTIES_IMPOSED
              + SPEECH_RUN_ON
              + SUMS_INCLUDED
              + OTHERS_PASSED
              + PARTNERS_IN_DEALINGS
              + SUBJECT_PAST_ASIDE
              + ONE_OF_ASIDE
              + ESTIMATES_REVISED
              + PAIR_WHO
              + WHERE_ONE_WENT
              + QUOTED_AFTER_A_RANK
              + PEOPLE_BY_PHRASE
              + GATHERED_BY
              + SHARES_OF_THOSE
              + PEOPLE_TO_DO
              + MARGINS_MISSED_AND_LOST
              + SAID_PAST_ROLES_AND_OUTLETS
              + QUOTES_CLOSED_AFTER_A_SPACE
              + TAGS_TAKEN_FOR_CLAUSES
              + PARTS_MADE_SO
              + COUNTRIES_MISTAKEN
              + ONE_NOT_MANY
              + AGES_AFTER_OWN_WORDS
              + QUOTED_BEFORE_HE_SAID
              + MARKS_CLOSED_BETWEEN_SPACES
              + SAID_PAST_A_ROLE
              + CLAUSES_OF_EIGHT
              + LEVELS_HELD_WITH
              + SPANS_OF_IDIOMS
              + SHARES_SAYING_WHILE
              + AGES_OF_OWNERS
              + QUOTES_OPENED_WITH_BRACKETS
              + FINDINGS_AFTER_THE_POLL
              + PEOPLE_ABLE_OR_LIVING
              + PARTIES_BETWEEN
              + OWNERS_WITHOUT_MARK + PEOPLE_EXPECTED_FAR
              + NAMES_BESIDE_THEIR_ROLE + VALUERS_AS_SOURCES + SHARES_SAID_AND_MORE
              + FIRMS_THE_ARTICLE_IS_ABOUT + SUMS_OF_OTHER_DEEDS
              + COUNTS_TOUCHED_AND_TOTALS + PLACES_OF_AIMS_AFTER
              + ESTIMATES_DONE_BY_NO_ONE + SHARES_OF_NAMED_FIRMS
              + DOCUMENTS_BY_THEIR_AUTHORS + PLACES_TALKED_ABOUT
              + AGES_OF_THE_ARTICLE_PERSON + SAID_CUT_SHORT
              + PEOPLE_BY_WHAT_THEY_DID + UNITS_AND_INDUSTRIES_ACT
              + PARTICIPLES_WITH_THEIR_PHRASE + PEOPLE_MET_AND_MOVED
              + ONE_OF_A_VAGUE_AMOUNT + PLACES_PAST_A_CONTRAST + DEALS_OF_BUYOUTS
              + TALLIES_PAST_AN_INFINITIVE + SUMS_NAMED_BY_SPENDING
              + MEASURES_PAST_THEIR_MARK + SCALES_SPLIT_FROM_THEIR_FIGURE
              + PEOPLE_BY_THEIR_CLAUSE + PLACES_PEOPLE_COME_FROM
              + ADDING_TO_IS_NO_SAYING + SAID_LAST_PAST_A_BUT
              + WHOLES_ON_THE_SHARE + PEOPLE_PAST_THEIR_ADJECTIVES
              + SIDES_MET_ARE_NO_PLACES + DEEDS_IN_EACH_PERIOD + WHICH_PAST_A_DASH
              + LISTS_ACT_APART_OR_TOGETHER + AGES_OF_A_GROUP_POLLED
              + SUMS_IN_A_KIND_ON_THE_VERB + SEEN_DONE_TO
              + SHARES_AMONG_A_GROUP + SHARES_WHO_ADMIT
              + PLACES_NOT_BY_AGENTS + DOCUMENTS_THAT_SHOW + SIZES_OF_GROUPS
              + PLANS_OWNED + COUNTS_WITH_AFTER_THERE_ARE + CHART_TAKINGS
              + OWNERS_OF_NAMES_TAKEN_FOR_PLACES + SPANS_SET_AGAINST_EVENTS
              + KINDS_NAMED_AFTER_PLACES + SIDES_OF_JOINED_VERBS + SHARES_OF_THOSE_WITH)
])
def test_context(case: Case):
    claim = _claim(case)
    if case.no_actor:
        assert claim.actor == "", claim.actor
    if case.no_attribution:
        assert claim.attribution == "", claim.attribution
    if case.no_location:
        assert claim.location == "", claim.location
    def words(text):
        return set(re.findall(r"[\w'-]+", text.lower()))

    assert words(case.subject) <= words(claim.subject), claim.subject
    if case.exact:
        assert claim.subject == case.subject
    if case.key:
        assert claim.subject_key == case.key
    for name in ("actor", "attribution", "location"):
        expected = getattr(case, name)
        if expected:
            assert expected.lower() in getattr(claim, name).lower(), (name, getattr(claim, name))


# The first look for "he said" sentences, whose source may sit in the sentence before:
# those sentences are parsed with the batch, not one at a time afterwards.
SAID_BY_PRONOUN = [
    ("He said 40 people had died.", True),
    ("She also told reporters that 5 were hurt.", True),
    ("It estimated growth at 2%.", True),
    ("They have warned of 300 job cuts.", True),
    ("The toll is 40, said he.", True),
    ("It cost $5m to build.", False),
    ("The company said 40 jobs would go.", False),  # a named source needs no carrying
    ("He wrote that 12 firms had closed.", True),  # irregular forms, from lemminflect
    ("She stresses that 3% is a floor.", True),
]


@pytest.mark.parametrize("sentence, expected", SAID_BY_PRONOUN)
def test_said_by_pronoun_first_look(sentence, expected):
    from tracker.extract import _said_by_pronoun

    assert bool(_said_by_pronoun().search(sentence)) is expected


@pytest.mark.parametrize("case", DANGLING_OBJECTS, ids=lambda c: c.text[:40])
def test_dangling_object_is_no_part_of_the_actor(case: Case):
    assert _claim(case).actor == case.actor


@pytest.mark.parametrize("case", DOCUMENT_OWNERS, ids=lambda c: c.text[:40])
def test_document_owner_is_named_without_its_mark(case: Case):
    assert _claim(case).attribution == case.attribution


@pytest.mark.parametrize("case", SOURCES_NAMED_WHOLE, ids=lambda c: c.text[:40])
def test_source_named_whole(case: Case):
    assert _claim(case).attribution == case.attribution


# A sum in another currency whose subject is a currency is its price, wherever the verb
# stands: a second conjunct, "against X at"; not a sum in its own currency, nor a restatement
CURRENCY_PRICES = [
    ("Late on Friday the pound was down at $1.87, and buying 201.3 yen in London.", "201.3",
     "japanese yen per pound sterling"),
    ("On Monday the euro hovered near a peak against the US dollar at $1.35.", "$1.35",
     "dollar per euro"),
    ("The US dollar had gained 0.4% to 1.2950 Swiss francs by noon.", "1.2950",
     "swiss franc per dollar"),
    ("The dollar traded at about $1.21 to the euro last month.", "$1.21", "dollar per euro"),
    ("The dollar traded at 104 yen but the firm lost $3m.", "$3m", "dollar"),  # guard
    ("The ministry will spend 90m rand ($15m) on clinics.", "$15m", "dollar"),  # guard
]


@pytest.mark.parametrize("text, surface, unit", CURRENCY_PRICES, ids=lambda v: str(v)[:40])
def test_sum_a_currency_moves_to_is_its_price(text, surface, unit):
    claim = next(c for c in extract_article(Article(doc_id="t", text=text))
                 if c.surface.startswith(surface))
    assert claim.unit == unit
    assert (claim.dimension == "exchange rate") is (" per " in unit)


# A count or a sum its verb says is done in each of a period, away from the figure, is a
# rate of that period, also the period of a purpose its subject goes to ("go to court to
# settle rows each year"); not a period of a joined verb with an object of its own, nor one
# put before the "if" of a clause
RATES_OF_THE_CLAUSE = [
    ("Studies suggest that about 300 million photos are taken and shared every day.",
     "300 million", "count per day"),
    ("Some 150,000 homes would have to be built each month to meet demand.",
     "150,000", "count per month"),
    ("About $2bn is spent on the scheme annually.", "$2bn", "dollar per year"),
    ("Every day 40 million texts are sent in the UK.", "40 million", "count per day"),
    ("Between 4,000 and 5,000 couples go to mediation to settle custody rows each year.",
     "4,000 and 5,000", "count per year"),  # the period of its subject's purpose
    ("The sensor sends out millions of tiny laser pulses every second to map the road.",
     "millions", "count per second"),
    ("Viewers will vote off one contestant every night.", "one", "count per night"),
    ("Some 40 late trains are cancelled each night.", "40", "count per night"),
    ("One shopper in Spain buys a phone online every 20 seconds, the study says.", "One",
     "count"),  # guard: a period of more than one
    ("The firm employs 300 staff and serves 2,000 meals every day.", "300",
     "count"),  # guard
    ("It sounds small but every year if you run one van that adds up.", "one",
     "count"),  # guard
]


# the period of a participle's phrase after what a count counts makes it a rate too
RATES_OF_PARTICIPLES = [
    ("The charity wants to end the scandal of thousands of old people falling ill in damp "
     "homes every year.", "thousands", "count per year"),
    ("Analysts must sift through hundreds of reports filed each week by the banks.",
     "hundreds", "count per week"),
    ("Analysts sift through hundreds of reports filed every two weeks by the banks.",
     "hundreds", "count"),  # guard: a period of more than one
]


# A bare sum after a rate in the same currency in its sentence, of about its size, is that
# rate for another group or time, its base written once; not a sum with a base or a span of
# its own
RATES_FOR_OTHERS = [
    ("The living wage is set at £9.50 per hour for workers aged 25 and over, and at £8.20 "
     "for those aged 18 to 24.", "£8.20", "pound sterling per hour"),
    ("Brent crude rose to $71.40 a barrel in London before settling at $70.95.", "$70.95",
     "dollar per barrel"),
    ("The dollar was at $1.1820 against the euro, after hitting a low of $1.1765 on Friday.",
     "$1.1765", "dollar per euro"),
    ("The tax adds 2p a litre to diesel and 3p on a bottle of cider.", "3p",
     "penny"),  # guard: a base of its own
    ("Aid will rise to £2bn a year by 2010, and £2.5bn will go to schools over the next four "
     "years.", "£2.5bn", "pound sterling"),  # guard: a span of its own
    # a bare level of about the size of an exchange rate before it is that rate
    ("The rupee rose to 43.30 per US dollar on Friday, up from a close of 43.45.", "43.45",
     "indian rupee per dollar"),
    # also in a money of no one country's, and past a rate in another money between
    ("Acme cut its dividend to 12 cents a share from 20 cents.", "20 cents", "cent per share"),
    ("Acme made 41 cents a share against the 44 cents the market had forecast.",
     "44 cents", "cent per share"),
    ("The price of bread has risen to 90 pesos per loaf from 75 pesos.", "75 pesos",
     "peso per loaf"),
    ("Bus fares rose to 300 dinars ($0.40) per ticket from 250 dinars.", "250 dinars",
     "dinar per ticket"),
    ("Acme earned 41 cents a share and paid 40 pence to its staff.", "40 pence",
     "penny"),  # guard: another money
]

# A bare level a currency trades at or moves to, where its sentence sets it against another,
# is its rate in that other
BARE_RATES = [
    ("The rand lost ground against the euro before recovering to trade at 7.85.", "7.85",
     "south african rand per euro"),
    ("The Thai baht eased 0.2% versus the US currency and was trading at 38.95.", "38.95",
     "thai baht per dollar"),
    ("The index closed at 4,210.50 after a quiet day.", "4,210.50", "count"),  # guard
]

# A bare number set after a figure as its alternative is in the figure's unit
UNITS_WRITTEN_ONCE = [
    ("A fair price for the stock would be about 410 pence, maybe 420.", "420", "penny"),
    ("The new tent weighs 4kg or 5, depending on the poles.", "5", "kilogram"),
    ("Each crate holds 40kg or 45 tins of beans.", "45", "count"),  # guard: its own noun
    ("The race is 10km, perhaps 50 if you count the climb.", "50", "count"),  # guard: size
]

# A sum "apiece" or "each" is money per one thing: what its verb takes, else who pays or
# is paid (also where the verb hangs on the noun), and so are its restatements; not "each
# year"
PRICES_APIECE = [
    ("The firm will buy back 40 million shares at 600 rupees (£7; $13) apiece.",
     "600 rupees", "indian rupee per share"),
    ("The firm will buy back 40 million shares at 600 rupees (£7; $13) apiece.", "$13",
     "dollar per share"),
    ("Bidders paid £20,000 each to enter the contest.", "£20,000", "pound sterling per bidder"),
    ("The seats sold for £40 apiece.", "£40", "pound sterling per seat"),
    ("The club pays its coaches £30,000 each year.", "£30,000 each year",
     "pound sterling per year"),  # guard: a period
    # where its verb names nothing: the last thing a number counts before it, else the
    # plural subject of the main verb
    ("She urged donors to fund the first 10m doses at a cost of $3 each.", "$3",
     "dollar per dose"),
    ("The carrier put in an order for 12 of the jets, at $90m each.", "$90m", "dollar per jet"),
    ("Season tickets are on sale now, priced at £300 each.", "£300",
     "pound sterling per ticket"),
    ("Savers will get a bonus worth on average £60 each.", "£60", "pound sterling per saver"),
    ("Hex and Blue Moon have each taken about $30m (£16m) each.", "$30m",
     "dollar"),  # guard: names, no plural
]

# a sum followed by "for each" or "for every" and a noun is money per that noun (its head),
# past "in cash" or a bracket of restatements
PRICES_FOR_EACH = [
    ("Zeta plans to swap 0.5 of its shares and $2.10 in cash for each Corvex share.",
     "$2.10", "dollar per share"),
    ("Lenders would get 30 cents for each dollar of debt they hold.", "30 cents",
     "cent per dollar"),
    ("The suit seeks up to $9,500 (£4,900) for every buyer of the disc.",
     "£4,900", "pound sterling per buyer"),
    ("Women are paid 82p for every pound a man earns.", "82p", "penny per pound"),
    ("The firm paid £5m for each of the two plants.", "£5m", "pound sterling"),  # guard:
    # no noun on the "each"
]


@pytest.mark.parametrize("text, surface, unit",
                         RATES_OF_THE_CLAUSE + RATES_OF_PARTICIPLES + RATES_FOR_OTHERS
                         + UNITS_WRITTEN_ONCE
                         + PRICES_APIECE + PRICES_FOR_EACH + BARE_RATES,
                         ids=lambda v: str(v)[:40])
def test_rate_of_the_clause(text, surface, unit):
    claim = next(c for c in extract_article(Article(doc_id="t", text=text))
                 if c.surface == surface)
    assert claim.unit == unit
