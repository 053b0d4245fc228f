"""Tables of real-world sentences and the figures a reader takes from them.

Each table is named for the class of error it guards.  Sentences are written in the style
of the news the tracker reads (and the design card's own strings); none is taken from a
benchmark set.  Known failures are xfail(strict=True), so a fix is noticed.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest

from tracker.quantities import find_quantities


@dataclass(frozen=True)
class Case:
    text: str
    value: float | None = None
    unit: str | None = None
    currency: str | None = None
    dimension: str | None = None
    qualifier: str | None = None
    change: str | None = None
    low: float | None = None
    high: float | None = None
    noun: str | None = None
    surface: str | None = None
    index: int = 0  # which figure of the sentence is checked
    count: int | None = None  # how many figures the sentence holds, if checked
    marks: tuple = field(default=())


def _param(case: Case):
    return pytest.param(case, id=case.text[:60], marks=case.marks)


CARD = [
    Case("Britain pledged an additional £2.26bn loan to Ukraine", value=2.26e9,
         unit="pound sterling", currency="GBP", surface="£2.26bn"),
    Case("The US prepares an $800m aid package", value=8e8, currency="USD", surface="$800m"),
    Case("South Korean intelligence services estimate some 1,500 North Korean special forces",
         value=1500, qualifier="approx", unit="count"),
    Case("The strike killed at least two civilians.", value=2, qualifier="at_least",
         noun="civilians"),
    Case("It damaged over 30 residential buildings.", value=30, qualifier="more_than"),
    Case("a larger contingent of up to 12,000 soldiers", value=12000, qualifier="at_most",
         noun="soldiers"),
    Case("Pyongyang could send 12,000 troops.", value=12000, noun="troops"),
    Case("The attack left 15 injured.", value=15),
]

MAGNITUDES = [
    Case("The firm raised US$1.1 million from investors.", value=1.1e6, currency="USD"),
    Case("The state will spend Rs 16,189 crore on roads.", value=16189e7, currency="INR"),
    Case("The probe made a 1.5 billion-kilometre trip.", value=1.5e9, unit="kilometre"),
    Case("That is about 930m miles from Earth.", value=9.3e8, unit="mile", qualifier="approx"),
    Case("The harvest reached 940 000 t last year.", value=940000, unit="metric ton"),
    # a spaced "m" after a currency is millions; without one it stays metres
    Case("The sequel, which took an estimated $312 m (£165m), led the chart.", value=312e6,
         currency="USD", qualifier="approx"),
    Case("The wall is 5 m high.", value=5, unit="metre"),
    Case("A mole holds 6.02×10^23 atoms.", value=6.02e23),
    Case("An electron weighs about 9.11×10−31 kilograms.", value=9.11e-31, unit="kilogram"),
    Case("Analysts see the shares at $4/$6 a share.", value=6, unit="dollar per share", index=1),
    Case("GBP 27 million was set aside for the scheme.", value=27e6, currency="GBP"),
    Case("It reported a net loss of USD34.6 million.", value=34.6e6, currency="USD"),
    Case("The club paid 5 million euros for the striker.", value=5e6, currency="EUR"),
    Case("Global debt hit $307tn, the institute said.", value=307e12, currency="USD"),
    # a bare "m" after a figure in millions of a unit is millions of that unit, not metres
    Case("Stocks of crude fell 2m barrels to 301.5m last week.", value=301.5e6, unit="barrel",
         index=1, count=2),
    Case("The film took $30.1m (£16m), taking its total to 150.2m.", value=150.2e6,
         currency="USD", index=2),
    Case("She cleared 1.92m while her rival managed 1.88m.", value=1.88, unit="metre", index=1),
    Case("Some 1.2m viewers saw him win the 200m final.", value=200, unit="metre", index=1),
    Case("The fine was twelve thousand dollars.", value=12000, currency="USD"),
    # a bare "m" where the sentence speaks of an audience is millions of people; a length
    # word keeps it metres
    Case("The soap's finale peaked at 9.4m and a 41% share of the audience.", value=9.4e6,
         unit="count", index=0),
    Case("Quiz show ratings slide by 2m after the host quits", value=2e6, unit="count",
         change="down"),
    Case("She cleared 1.96m as the home viewers roared.", value=1.96, unit="metre"),
    Case("The new mast is more than 40m taller than the old one.", value=40, unit="metre",
         qualifier="more_than"),
    Case("She qualified for the women's 10K final in Osaka.", value=10, unit="kilometre"),
    # a people or an acronym's plural after "m" is millions; money before a range's dash
    # makes its far end millions; a bare "m" after billions of money is millions of it
    Case("Around 2.7m Americans have never used the internet.", value=2.7e6, unit="count"),
    Case("The company has sold almost 6m PS Vita consoles.", value=6e6, unit="count"),
    Case("The firm has sold almost 6m DS consoles.", value=6e6, unit="count"),
    Case("Each game will cost between $10-25m to develop.", low=10e6, high=25e6,
         currency="USD"),
    Case("The lender gets 2bn euros now, with another 750m to follow next year.",
         value=750e6, currency="EUR", index=1),
    Case("He won the 100m Olympic title in Beijing.", value=100, unit="metre"),
    Case("The 400m Freestyle final starts at noon.", value=400, unit="metre"),
]

CURRENCIES = [
    Case("The news pushed the euro 1.2% lower against the dollar.", value=1.2,
         unit="percentage", currency="", change="down"),
    Case("It will cost euro 5 million to repair.", value=5e6, currency="EUR"),
    Case("Sales rose to A$3.2bn in the year.", value=3.2e9, currency="AUD"),
    Case("The flat sold for HK$12m.", value=12e6, currency="HKD"),
    Case("Ottawa will spend C$500m on housing.", value=5e8, currency="CAD"),
    Case("The deal is worth NZ$40 million.", value=4e7, currency="NZD"),
    Case("The company lost 3 billion Swedish kronor.", value=3e9, currency="SEK"),
    Case("Tickets cost 50 ringgit each.", value=50, currency="MYR"),
    # a currency name hyphened to "worth" is still money ("pound-feet" is not)
    Case("The bank will restructure 1.8bn euros-worth of loans.", value=1.8e9, currency="EUR"),
    Case("Thieves took 900 dollars-worth of phones.", value=900, currency="USD"),
    Case("The yen fell as Tokyo spent 9 trillion yen.", value=9e12, currency="JPY"),
    Case("Fines of 2,000 shekels were handed out.", value=2000, currency="ILS"),
    Case("The grant of 400 Australian dollars per family", value=400, currency="AUD"),
    Case("A ¥5,000 note", value=5000, currency="JPY"),
    # a name several countries' currencies bear: money in that unit, no ISO code
    Case("Bidders valued the stake at 340 million francs.", value=340e6,
         unit="franc", currency=""),
    Case("The firm agreed to invest 242m pesos.", value=242e6, unit="peso", currency=""),
    Case("A canister now costs 200 dinars ($2.77).", value=200, unit="dinar", currency=""),
    Case("He was ordered to pay 100,000 kroner to the music industry.", value=100000,
         unit="krone"),
    Case("It paid 5 million Swiss francs for the site.", value=5e6, currency="CHF"),
    # HTML entities left in a feed scraped from the web
    Case("Tottenham bid &#163;8m for the Forest pair.", value=8e6, currency="GBP",
         surface="&#163;8m"),
    Case("A season ticket costs &euro;450.", value=450, currency="EUR"),
    Case("Brent crude rose to $85 a barrel.", value=85, unit="dollar per barrel",
         currency="USD"),
    # a rate after a restated sum is the rate of both; the surface stops before the bracket
    Case("Mr Brown wanted to provide $10bn (£5.38bn) a year over a decade.", value=10e9,
         unit="dollar per year", surface="$10bn", index=0),
    Case("Mr Brown wanted to provide $10bn (£5.38bn) a year over a decade.", value=5.38e9,
         unit="pound sterling per year", index=1),
    Case("Corruption has cost it 1bn CFA francs ($2m; £1m) a month.", value=2e6,
         unit="dollar per month", index=1),
    Case("Profits were $5bn (£2.7bn) a year ago.", value=5e9, unit="dollar", index=0),
    Case("Corruption has cost it 1bn CFA francs this year.", value=1e9, currency="XAF"),
    Case("A bar of chocolate now costs 85p.", value=85, unit="penny", currency="GBP"),
    # a spelled number takes a coin's word after it, never a bare "p"
    Case("BA's shares closed up four pence at 274.5 pence.", value=4, unit="penny",
         surface="four pence", change="up", index=0),
    Case("The party pledged to raise taxes by one penny in the pound.", value=1,
         unit="penny", surface="one penny"),
    Case("Shares in the group rose two cents on Friday.", value=2, unit="cent"),
    # "won" is the currency only where a scale word or a restated sum says so
    Case("Samsung cut its forecast to 6.5 trillion won.", value=6.5e12, currency="KRW"),
    Case("A bowl of noodles in Seoul now costs 9,000 won ($6.80).", value=9000,
         currency="KRW"),
    Case("Of the 12 films nominated, 5 won awards at the festival.", value=5, unit="count",
         currency="", index=1),
    # a symbol that is a unit and a currency: money words in its clause make it money
    Case("A beer on the seafront cost me 40 kn last summer.", value=40, currency="HRK"),
    Case("Locals pay a fee of 120 kn a year for the permit.", value=120,
         unit="croatian kuna per year", currency="HRK"),
    Case("The new catamaran has a top speed of 35 kn.", value=35, unit="knot", currency=""),
    Case("The trawler, which cost a fortune, can make 12 kn.", value=12, unit="knot"),
    Case("Gusts of 50 kn were recorded off Split.", value=50, unit="knot"),
    Case("Rents in Zagreb average 4,500 kuna a month.", value=4500, currency="HRK"),
    # a currency's full name written before the amount
    Case("Telstra posted a record Australian dollars 4.1bn profit.", value=4.1e9,
         currency="AUD"),
    Case("The fund grew to Hong Kong dollar 12bn in March.", value=12e9, currency="HKD"),
    Case("Traders pushed the Canadian dollar 0.8% higher.", value=0.8, currency="",
         unit="percentage"),
]

NOT_UNITS = [
    Case("I'm 5 minutes away.", value=5, unit="minute"),
    Case("They seized 120 APCs and tanks.", value=120, unit="count"),
    Case("The meeting ends at 4pm today.", count=0),
    Case("There were 40 people in the hall.", value=40, unit="count", noun="people"),
    Case("He scored 3 in all competitions.", value=3, unit="count"),
    Case("A 5G network covers the city.", count=0),
    Case("The striker has 14 goals in 29 cup games.", value=29, unit="count", index=1),
    Case("Profits fell for three successive years.", value=3, unit="year"),
    Case("He waited two more weeks for a reply.", value=2, unit="week"),
    # a symbol or word the lexicon reads as an odd unit, read as news means it
    Case("Kipchoge won the 10K race in Valencia.", value=10, unit="kilometre"),
    Case("A 15Mb broadband line costs more.", value=15,
         unit="megabit per second"),  # (a line's speed: LINE_SPEEDS)
    # "K" is a race's kilometres, a line's kilobits a second, thousands elsewhere
    Case("She won the Great Ireland 5K road race in Dublin.", value=5, unit="kilometre"),
    Case("Operators offer standard 512K broadband for less than £20.", value=512,
         unit="kilobit per second", index=0),
    Case("Users on 2Mb lines pay more, with a free upgrade for those on 512K.", value=512,
         unit="kilobit per second", index=1),
    Case("Most homes still connect with a 56k modem.", value=56, unit="kilobit per second"),
    Case("He is on a £30K salary.", value=30000, currency="GBP"),
    Case("The band gained 10K followers in a day.", value=10000, unit="count"),
    Case("Wilkinson kicked two drop goals.", value=2, unit="count"),
    Case("She ran in the 4x100m quartet that won gold.", value=100, unit="metre", count=1),
    Case("The audience fell by 600,000 to 5.9 million. Ms Jones said so.", value=5.9e6,
         unit="count", index=1, count=2),  # a change, then the level; no "Ms" unit
    # a quarter is a quarter of a year, never pint's quarter-hundredweight
    Case("A recession is two successive quarters of falling output.", value=2,
         unit="quarter"),
    Case("The Fed made three quarter-point rate rises.", value=3, unit="count"),
    Case("The 1994 quarter included one-off gains of $35m.", value=35e6, currency="USD"),
    Case("The archive holds 45 previous years of reports.", value=45, unit="year"),
]

RANGES = [
    Case("Homes sell from $300,000 to $2.5 million.", low=3e5, high=2.5e6, currency="USD"),
    Case("Between five and six people were arrested.", low=5, high=6),
    Case("Police say 10-15 people were hurt.", low=10, high=15),
    Case("The plant makes sub-5 nanometre chips.", value=5, unit="nanometre"),
    Case("Bonuses of $1m-$2m were paid.", low=1e6, high=2e6, currency="USD"),
    Case("The project costs 10 to 20 billion dollars.", low=10e9, high=20e9, currency="USD"),
    Case("Between 300 and 400 homes were flooded.", low=300, high=400),
    Case("A further 2.5 million-3 million people are on benefits.", low=2.5e6, high=3e6,
         count=1),
    # a share only between bare numbers; "N million out of M million" stays two counts
    Case("Nokia sold 42 million out of 210 million phones shipped.", value=42e6, index=0,
         count=2),
    Case("Shares rose from 15 to 23 pence.", value=15, change="up", index=0, count=2),
    Case("Shares rose from 15 to 23 pence.", value=23, change="up", index=1, count=2),
    # a bare level a price reached, after a price of its size in the sentence: in its money
    Case("Shares traded at 215 rand ($12) after topping 240 early in the day.", value=240,
         currency="ZAR", index=2),
    Case("The shares closed at 372p after hitting 400 in early trade.", value=400,
         unit="penny", index=1),
    Case("The bill came to $400 after winning 3 awards.", value=3, unit="count", index=1),
    # a change from one level to another: a bare end takes the other's unit and scale
    Case("Shares rose from 15 to 23 pence.", value=15, unit="penny", index=0),
    Case("Debt fell from 45 to 30bn dollars.", value=45e9, currency="USD", change="down", index=0),
    Case("He cut his weight from 190 pounds to 176 this year.", value=176, unit="pound-mass",
         change="down", index=1, count=2),
    Case("The toll rose from 900 to 1.2 million.", value=900, change="up", index=0, count=2),
    Case("Fares rose from around 15 to 23 pence.", value=15, unit="penny", qualifier="approx",
         change="up", index=0, count=2),
    # the first level a range: the bare second takes its unit, both the change
    Case("Real-world economy improved from 30-35 mpg to 41 in the hybrid.", value=41,
         unit="mile per gallon", change="up", index=1, count=2),
    Case("Real-world economy improved from 30-35 mpg to 41 in the hybrid.", low=30, high=35,
         unit="mile per gallon", change="up", index=0),
    Case("Ward waits fell from 10-12 to 6 weeks after the change.", low=10, high=12,
         unit="week", change="down", index=0, count=2),
    Case("Daily output rose from 2-3 tonnes to 5 by the spring.", value=5, unit="metric ton",
         change="up", index=1),
    # high to low after "from", with no verb: a fall, not a range
    Case("Growth will slow from 3.9 to 3.6 percent next year.", value=3.9, unit="percentage",
         change="down", index=0, count=2),
    # the second level a range: the bare first takes the range's unit and scale
    Case("The club's value is set to grow from 2.1 to 3-3.8 billion euros by 2030.",
         value=2.1e9, currency="EUR", change="up", index=0, count=2),
    Case("Annual sales climbed from 12 to 15-16 million cars in a decade.", value=12e6,
         change="up", index=0, count=2),
    Case("The ticket price dropped from 90 to 60–70 dollars after the final.", value=90,
         currency="USD", change="down", index=0, count=2),
    # no range of sums runs downwards: a sum, then an aside set off by a dash
    Case("The club's debts stand at £40m - £3m more than a year ago.", value=40e6,
         surface="£40m", index=0),
    Case("Seats will cost £20 - £35 for the final.", low=20, high=35),  # guard
    # nor any range with its unit written at both ends
    Case("The draw leaves Hull third on 44 points - six points behind the leaders.", value=44,
         surface="44 points", index=0, count=2),
    Case("The draw leaves Hull third on 44 points - six points behind the leaders.", value=6,
         surface="six points", index=1, count=2),
    Case("This year's course runs 12 miles - 3 miles longer than the old one.", value=12,
         surface="12 miles", index=0, count=2),
    Case("Night frosts of 2 degrees - 5 degrees are forecast.", low=2, high=5),  # guard
]

BOUNDS_AND_CHANGES = [
    # "about a" before a figure hyphened to its noun is "concerning" the noun: no bound
    Case("The novel is about a 12-year-old orphan in Leeds.", value=12, qualifier="exact"),
    Case("Deer roam around a 400-hectare estate.", value=400, qualifier="exact"),
    Case("Almost everyone signed, about a third of the staff.", value=1 / 3,
         qualifier="approx"),
    # a bound or an "about" before the first of two alternatives holds for the second too
    Case("Broadband speeds are usually around 1Mbps or 2Mbps.", value=2, qualifier="approx",
         index=1),
    Case("On busy weeks he worked as many as 30 or 40 hours.", value=40, qualifier="at_most",
         index=1),
    Case("At least 5 people or 10% of the staff will go.", value=10, qualifier="exact",
         index=1),
    # an average is a figure in its own right, as exact as the writer makes it
    Case("Homes sold stay on the market an average of 64 days.", value=64, qualifier="exact"),
    Case("Petrol averaged roughly £1.45 a litre last year.", value=1.45, qualifier="approx"),
    Case("Players averaged 12.4 points a game.", value=12.4, qualifier="exact"),
    Case("Inflation was just under 5%.", value=5, qualifier="less_than", unit="percentage"),
    Case("More than 200 flights were cancelled.", value=200, qualifier="more_than"),
    Case("Upwards of 300 people gathered.", value=300, qualifier="more_than"),
    # verbs of passing a mark are bounds; "top" only as a verb
    Case("The appeal is expected to top £20m.", value=20e6, qualifier="more_than"),
    Case("Sales could exceed $5bn this year.", value=5e9, qualifier="more_than"),
    Case("The top 10 firms grew.", value=10, qualifier="exact"),
    Case("He took his league goal tally past 150.", value=150, qualifier="more_than"),
    Case("In the past 12 months sales rose.", value=12, qualifier="exact"),
    Case("Visits are limited to one a year.", value=1, qualifier="at_most"),
    Case("Pay awards are capped at 2%.", value=2, qualifier="at_most"),
    Case("As many as 40 cars were damaged.", value=40, qualifier="at_most"),
    Case("The FTSE 100 was up 3% by noon.", value=3, change="up", unit="percentage"),
    Case("Output fell 0.6 per cent in March.", value=0.6, change="down", unit="percentage"),
    Case("Sales posted a 12% drop on the year.", value=12, change="down"),
    Case("Unemployment rose 5% last year.", value=5, change="up"),
    Case("The index fell by 2 points.", value=2, change="down", unit="point"),
    Case("Its shares slid back 4% on Tuesday after a strong Monday.", value=4,
         change="down"),  # "back" between the verb and the figure
    Case("Rates rose 0.25 percentage points.", value=0.25, unit="percentage point", change="up"),
    Case("Nearly 2,000 jobs will go.", value=2000, qualifier="approx"),
    Case("Fewer than 10 schools reopened.", value=10, qualifier="less_than"),
    Case("The shares are up 12% this year after plummeting 40% in 2022.", value=40,
         change="down", index=1),
    # a change noun, then "of": the figure is the change
    Case("Retail sales showed a rise of 4.2% in May.", value=4.2, change="up"),
    Case("The lender reported a sharp decline of 2,300 jobs.", value=2300, change="down"),
    Case("Shop prices saw a further fall of 1.5% last month.", value=1.5, change="down"),
    Case("The carmaker made a loss of £5m in the year.", value=5e6, change=""),
    Case("The club values him in the region of £30m.", value=3e7, qualifier="approx"),
    Case("The repairs will cost in the area of £40m.", value=4e7, qualifier="approx"),
    Case("Oil prices were climbing 3% on Tuesday.", value=3, change="up"),
    Case("The publisher is buying up a 30% stake in a rival.", value=30, change=""),
    # the low end a figure may reach; an open end written after it
    Case("Flights to Oslo start from as little as £29.", value=29, qualifier="at_least"),
    Case("Bond yields could drop as low as 2.1% this year.", value=2.1, qualifier="at_least"),
    Case("As few as 300 voters may decide the seat.", value=300, qualifier="at_least"),
    Case("Drivers aged 70 or over must renew their licence.", value=70,
         unit="year of age", qualifier="at_least"),
    Case("Entry is free for children aged 12 and under.", value=12, unit="year of age",
         qualifier="at_most"),
]

NOT_FIGURES = [
    # a time by the clock, told by the part of the day after it; a price on a day stays
    Case("If the pub shuts at 11.45 on a Friday night, few will notice.", count=0),
    Case("The last train leaves at 10.15 tonight.", count=0),
    Case("Shares closed at 14.30 on Monday.", value=14.3, count=1),
    Case("The magazine dates the abacus at 190 A.D., in 60th place.", count=0),
    Case("Vesuvius buried Pompeii in AD 79.", count=0),
    Case("The Bronze Age site dates to 3000 BC.", count=0),
    Case("The firm sells 300 CE-marked products.", value=300, count=1),
    Case("Chelsea has a zero tolerance policy towards drugs.", count=0),
    Case("Amazon holds a patent on 'one-click' shopping.", count=0),
    Case("Mr Blair will ask the Queen on 4 or 5 April to dissolve Parliament.", count=0),
    Case("There is a meeting planned for 6 or 7 January to sort it out.", count=0),
    Case("The broadcaster will air a one-off special at Christmas.", count=0),
    Case("Guterres visited Moscow in April 2022.", count=0),
    Case("The law was passed in 2004.", count=0),
    Case("Its FY2024 results are due.", count=0),
    Case("Polls close at 9:30 p.m. local time.", count=0),
    Case("Leaders met at the 16th BRICS Summit.", count=0),
    Case("It was the first summit since the war.", count=0),
    Case("Chelsea won 3-1 at home.", count=0),
    Case("Call 0800 123 4567 for help.", count=0),
    Case("The Airbus A320 and the Boeing 787 were grounded.", count=0),
    Case("COVID-19 cases rose.", count=0),
    Case("G7 members met in Italy.", count=0),
    Case("The match ended 2-2.", count=0),
    # set scores, and the right end of a score whose left end is a name's
    Case("The Swede went through 6-4 3-6 7-6 (7-2) on Monday.", count=0),
    Case("Rovers were held by Villa 2-2 on Saturday.", count=0),
    Case("The carrier ordered 20 Airbus 330-300 jets.", value=20, count=1),
    # betting odds
    Case("The gelding is now the 7/2 favourite for the race.", count=0),
    Case("Bookmakers make the novel a 5/4 shot.", count=0),
    Case("Sales of the iPhone 15 were strong.", count=0),
    # days of a month in a run, before or after its name
    Case("The trade fair runs from 11 to 14 March in Hanover.", count=0),
    Case("The play took $3.1m between 26 and 28 December.", value=3.1e6, count=1),
    Case("Extra dates were added on 3, 10 and 17 June.", count=0),
    Case("The festival is held over the weekend of 15 and 16 August.", count=0),
    Case("Voting runs from October 2 to 5 in most states.", count=0),
    Case("The chain will close between 20 and 30 stores.", low=20, high=30),
    # a number that opens a compound naming a kind, a grade or a place; a count of the
    # same shape stays
    Case("Ministers want two-way trade with Brazil to grow.", count=0),
    Case("The council opened a one-stop shop for benefit claims.", count=0),
    Case("Both saloons come with a four-cylinder diesel engine.", value=4, count=1),
    Case("The shop was fined for selling an 18-rated game to a boy.", count=0),
    Case("Guests stayed at a five-star resort near the coast.", count=0),
    Case("He headed in from inside the six-yard box.", count=0),
    Case("Licensing laws allowing 24-hour drinking come in next week.", count=0),
    Case("The winger left league for the 15-man game last summer.", count=0),
    Case("Critics called the plan a recipe for a two-tier health service.", count=0),
    Case("He plays five-a-side football on Tuesdays.", count=0),
    Case("The 25-man squad flies out on Sunday.", value=25, count=1),
    Case("Staff at the plant staged a 24-hour strike.", value=24, unit="hour", count=1),
    Case("The two-horse carriage was restored.", count=0),
    # "one" for a source the text does not name, and "one ... another" contrasts
    Case("One senior analyst said the bid was too low.", count=0),
    Case('"Prices will fall," said one City trader.', count=0),
    Case("The virus cannot jump from one phone to another by itself.", count=0),
    Case("Just one analyst expected the rate rise.", value=1, count=1),
    Case("The side has conceded only one goal in four games.", value=1),
    Case("Only one episode has so far been broadcast.", value=1, count=1),
    Case("She is the only one left.", count=0),  # guard: a pronoun
    Case("The bank employs one economist for every 50 traders.", value=1, count=1),  # the
    # 50 is the base of the rate, in the subject ("economist for every 50 traders")
]

VAGUE = [
    Case("Scores of residents formed a queue outside the church.", value=40,
         qualifier="at_least"),
    Case("Late scores from Hayes and Duffy sealed victory for Ireland.", count=0),
    Case("Dozens of US lawmakers signed the letter.", value=12, low=12, high=120,
         qualifier="at_least"),
    Case("Hundreds of homes lost power.", value=100, qualifier="at_least"),
    Case("Tens of thousands of protesters marched.", value=1e4, low=1e4, high=1e5,
         qualifier="at_least"),
    Case("It cost millions of dollars.", value=1e6, currency="USD", qualifier="at_least"),
    # "several", "a few", "many" before a scale word: read as the plural ("hundreds")
    Case("Several hundred residents packed the town hall.", value=100, low=100, high=1000,
         qualifier="at_least", noun="residents", surface="Several hundred"),
    Case("A few thousand supporters lined the route.", value=1000, low=1000, high=10000,
         qualifier="at_least"),
    Case("Several hundred thousand homes were without power.", value=1e5, low=1e5, high=1e6,
         qualifier="at_least"),
    Case("The club was sold for a few million pounds.", value=1e6, currency="GBP",
         qualifier="at_least", surface="a few million pounds"),
    Case("The array will add several hundred megawatts to the grid.", value=100,
         unit="megawatt", qualifier="at_least"),
    Case("Police arrested several dozen fans after the match.", value=12, low=12, high=120,
         qualifier="at_least"),
    Case("Crowds of several hundred gathered outside.", value=100, qualifier="at_least"),
    # "multi-" before a scale word: more than one of it, read as "several"
    Case("The minister steered multi-billion dollar contracts to the firm.", value=1e9,
         low=1e9, high=1e10, currency="USD", qualifier="at_least",
         surface="multi-billion dollar"),
    Case("The singer faces a multimillion-pound claim from her label.", value=1e6,
         currency="GBP", qualifier="at_least"),
    Case("Their albums included multi-million sellers.", value=1e6, qualifier="at_least",
         count=1),
    # a scale word with no number that makes an adjective of a currency: that or more
    Case("The sale of million-pound homes in the capital fell last year.", value=1e6,
         low=1e6, high=1e7, currency="GBP", qualifier="at_least", surface="million-pound"),
    Case("It would be the third billion-dollar takeover this year.", value=1e9,
         currency="USD", qualifier="at_least"),
    Case("The bank agreed a 5 billion-dollar rescue.", value=5e9, currency="USD",
         qualifier="exact"),  # guard: a number says how much
    # an alternative written before the unit takes it: "a few hundred or even 2,000 tonnes"
    Case("The farm could grow to several hundred or even 2,000 megawatts.", value=100,
         unit="megawatt", qualifier="at_least", index=0, count=2),
    Case("Add 2 or 3 kg of sand to the mix.", value=2, unit="kilogram", index=0),
    Case("Bills may go up by 5 or 10 per cent this winter.", value=5, unit="percentage",
         index=0),
    # a vague amount "of" a unit carries it; "of" people is a count of them
    Case("The ash cloud drifted hundreds of miles south.", value=100, unit="mile",
         qualifier="at_least"),
    Case("Thousands of tonnes of fish were dumped at sea.", value=1000, unit="metric ton",
         qualifier="at_least"),
    Case("Queues stretched for tens of kilometres at the border.", value=10, low=10, high=100,
         unit="kilometre", qualifier="at_least"),
    Case("Tens of thousands of barrels spilled into the bay.", value=1e4, unit="barrel"),
    Case("The council wasted millions of pounds on the scheme.", value=1e6, currency="GBP"),
    Case("Officers seized hundreds of pounds of cannabis.", value=100, unit="pound-mass"),
    Case("Quangos are funded with billions of pounds of taxpayers' cash.", value=1e9,
         currency="GBP"),
    Case("Homes in London are worth more than a trillion pounds in value.", value=1e12,
         currency="GBP"),
    Case("The US exported 2 million pounds of beef to Japan.", value=2e6, unit="pound-mass"),
    Case("The firm spent tens of millions of euros on the bid.", value=1e7, currency="EUR"),
    Case("Hundreds of families were moved out.", value=100, unit="count", noun="families"),
]

FRACTIONS_AND_WORDS = [
    # "and a half" ends the number of words before it, scale and all
    Case("Some two and a half million people voted.", value=2.5e6, qualifier="approx",
         count=1),
    Case("About three and a half thousand fans came.", value=3500, count=1),
    Case("Half of the votes were counted.", value=0.5, unit="fraction"),
    Case("A third of the budget goes on health.", value=1 / 3),
    # a fraction before a determiner, without "of": "half the workforce", "half its value"
    Case("Nearly half the workforce at the plant could lose their jobs.", value=0.5,
         unit="fraction"),
    Case("The franc lost almost half its value in 2004.", value=0.5, qualifier="approx"),
    Case("Pensioners would get a rebate covering half their bill.", value=0.5),
    Case("In the second half the visitors looked tired.", count=0),
    Case("The two-and-a-half-year-long conflict goes on.", value=2.5, unit="year"),
    Case("The city has 1.5m people.", value=1.5e6, unit="count", noun="people"),
    Case("Twelve thousand runners took part.", value=12000),
    Case("A dozen eggs", value=12),
    Case("Almost one-third of voters are undecided.", value=1 / 3, unit="fraction",
         qualifier="approx"),
    Case("Two-fifths of schools missed the target.", value=0.4, unit="fraction"),
    Case("Profits doubled in the third quarter of the year.", count=0),
    Case("Pearson, 61, has lost weight.", value=61, unit="year of age"),
    Case("It hit minus 5C overnight.", value=-5, unit="degree Celsius"),
]

# A bare whole number a word of age leads to is years of age; "of age" and "old" after
# any time unit make an age.
AGES = [
    # an age set off by commas after a word for a person, or ending a sentence after a name
    Case("The prince, 20, apologised for the costume.", value=20, unit="year of age"),
    Case("The dead were Ann Marsh, 17, and Rita Cole, 18.", value=18, unit="year of age",
         index=1),
    Case("The firm, 20, closed.", value=20, unit="count"),
    Case("A man aged 25 was arrested at the scene.", value=25, unit="year of age"),
    Case("A boy aged five was taken to hospital.", value=5, unit="year of age"),
    Case("Players over the age of 19 are not eligible.", value=19, unit="year of age"),
    # people bounded by a bare number: their age
    Case("The film is unsuitable for children under eight.", value=8, unit="year of age",
         qualifier="less_than"),
    Case("Women over 50 are invited for screening.", value=50, unit="year of age"),
    Case("Only 20% of people under 35 voted.", value=35, unit="year of age", index=1),
    Case("Teams with over 30 players took part.", value=30, unit="count"),
    Case("Sales under 500 were written off.", value=500, unit="count"),
    Case("Life expectancy for men in the city is around 73.", value=73,
         unit="year of age", qualifier="approx"),
    Case("The state pension age will rise to 67 by 2028.", value=67, unit="year of age"),
    Case("The actor has died at the age of 87, his family said.", value=87,
         unit="year of age"),
    Case("It is meant for pupils between the ages of nine and 13.", value=11, low=9, high=13,
         unit="year of age"),
    Case("Women aged 50 to 70 are invited for screening.", low=50, high=70,
         unit="year of age"),
    Case("Of those aged 25-34, two in five rent.", low=25, high=34, unit="year of age"),
    Case("The foal is three weeks old.", value=3, unit="week of age"),
    Case("Most cases are found at around 18 months of age.", value=18, unit="month of age"),
    Case("The trial ran for 18 months of age-related tests.", value=18, unit="month"),
    Case("The Bronze Age site holds 3000 graves.", value=3000, unit="count"),
    Case("The age of austerity cost 5 million jobs.", value=5e6, unit="count"),
]

PHYSICAL = [
    Case("Readers reported 40 deg celsius on their balconies.", value=40,
         unit="degree Celsius"),
    Case("The forecast is 6 deg C at dawn.", value=6, unit="degree Celsius"),
    Case("His temperature was 101.4 degrees farenheit.", value=101.4,
         unit="degree Fahrenheit"),  # the misspellings people write most
    Case("It reached 34.5 celcius in the shade.", value=34.5, unit="degree Celsius"),
    Case("The road bends 30 deg to the left.", value=30, unit="degree angle"),
    Case("Winds of 70mph hit the coast.", value=70, unit="mile per hour"),
    Case("Temperatures reached 40C in Seville.", value=40, unit="degree Celsius"),
    Case("The field produces 52,340 barrels a day.", value=52340, unit="barrel per day"),
    Case("The car weighs 1,200kg.", value=1200, unit="kilogram"),
    Case("The wall is 5 km long.", value=5, unit="kilometre"),
    Case("The engine makes 300 hp.", value=300, unit="horsepower"),
    Case("The bottle holds 75ml.", value=75, unit="millilitre"),
    Case("He weighed 200lbs.", value=200, unit="pound-mass"),
    Case("The engine gives 262 pound-feet of torque.", value=262, unit="pound-foot"),
    Case("The diesel makes 300 ft-lb of torque at 1,750rpm.", value=300, unit="pound-foot",
         index=0),
    Case("The twin-turbo V8 develops 406 lbs-ft.", value=406, unit="pound-foot"),
    Case("The fridge offers 22 cubic feet of storage.", value=22, unit="cubic foot"),
    # the measuring system before the unit: US is the default, imperial is its own unit
    Case("The tank holds 40 US gallons.", value=40, unit="gallon"),
    Case("The recipe needs 2 imperial pints of stock.", value=2, unit="imperial pint"),
    # a glued "m" before a race word is metres
    Case("He is the reigning 400m champion.", value=400, unit="metre"),
    Case("She won 1500m gold in Athens.", value=1500, unit="metre"),
    Case("One US fluid ounce is about 29.6 millilitres.", value=1, unit="fluid ounce", index=0),
    # "PS" (Pferdestaerke) after a figure near an engine's words is metric horsepower
    Case("The 1.5-litre turbo engine develops 160 PS and 250Nm.", value=160,
         unit="metric horsepower", index=1),
    Case("The estate's diesel makes 110kW (150 PS) at 3,500rpm.", value=150,
         unit="metric horsepower", index=1),
    Case("The tractor has a 95PS engine and a new gearbox.", value=95, unit="metric horsepower"),
    Case("He won 3 PS awards for the story.", value=3, unit="count"),
    Case("The hot hatch now offers 280 bhp.", value=280, unit="brake horsepower"),
]

# A unit over a unit with a slash, the lower one raised to a power: a rate, not a count.
COMPOUND_UNITS = [
    Case("The new fuel cell reaches a current density of 2.4 A/cm2 at 0.6 volts.", value=2.4,
         unit="ampere per square centimetre"),
    Case("Engineers measured 4.5 m/s2 of deceleration during the crash test.", value=4.5,
         unit="metre per second squared"),
    Case("On a clear day the panels receive about 800 W/m² of sunlight.", value=800,
         unit="watt per square metre", qualifier="approx"),
    Case("The new insulating foam weighs just 25 kg/m3.", value=25,
         unit="kilogram per cubic metre"),
    Case("The bolts are rated to 900 N/mm2 before they shear.", value=900,
         unit="newton per square millimetre"),
    Case("The river peaked at 1,400 m3/s on Sunday.", value=1400, unit="cubic metre per second"),
    Case("Wind speeds of 25 m/s were recorded on the summit.", value=25,
         unit="metre per second"),
    # a length symbol raised to a power is an area or a volume wherever it stands
    Case("Homes need cables of at least 2.5 mm2 for the cooker.", value=2.5,
         unit="square millimetre", qualifier="at_least"),
    Case("The reservoir holds 1.2 km3 of water.", value=1.2, unit="cubic kilometre"),
    # a letter over a letter is not a unit
    Case("The form lists 3 N/A answers.", value=3, unit="count"),
]

# A change and the level it reaches: the change is the first figure's; the level ("to
# $419bn", "at 1,463 points") is a plain figure, the value now, as a reader would quote it.
# With no change figure ("went up to 5.5%", "rose from 15 to 23") the levels carry the change.
# a figure joined by "and" or a comma to a change in the same unit is a change too
CONJOINED_CHANGES = [
    Case("Spending on health and education will rise by 9.4% and 8.1% respectively.",
         value=8.1, change="up", index=1),
    Case("He predicted the economy would grow by 4.3% in 2005 and 4.2% in 2006.", value=4.2,
         change="up", index=1),
    Case("Prices in the South East and London fell by 1.6% and 0.5% respectively.", value=0.5,
         change="down", index=1),
    Case("Shares rose 5% to 300p and 2% of staff left.", value=2, change="", index=2),
    Case("Debts built up over 20 or 30 years are unpayable.", value=30, change="", index=1),
    # two levels of a change with the counted noun between: both move the same way
    Case("The airline cut its fleet from 90 planes to 53.", value=53, change="down", index=1),
    # a comparative after the last figure of a list is the change of every figure of it
    Case("Exports and imports were 12% and 7% lower than a year before.", value=12,
         change="down", index=0),
    Case("Rents in the three cities were 4%, 6% and 2% higher than in 2003.", value=6,
         change="up", index=2),
    Case("The deficit stood at £36bn, £4bn higher than in 2003.", value=36e9, change="",
         index=0),
    # a place between the figures, as a year may be; not a share of something else
    Case("Sales rose 5% in London and 3% in Paris.", value=3, change="up", index=1),
    Case("Sales rose 5% in January and 3% of staff left.", value=3, change="", index=1),
]

CHANGE_AND_LEVEL = [
    # a level a verb of change reached, with no change figure of its own, moves that way
    Case("Unemployment fell to 5% in the spring.", value=5, change="down"),
    Case("Annual sales rose to $50bn after the merger.", value=50e9, change="up"),
    Case("The jobless rate is expected to climb to 14% next year.", value=14, change="up"),
    # a verb of change, its object or the words that weigh the move, then the figure
    Case("The bank lifted interest rates 0.25% to 5.5% on Wednesday.", value=0.25,
         change="up", count=2),
    Case("The bank lifted interest rates 0.25% to 5.5% on Wednesday.", value=5.5, index=1,
         change="", count=2),
    # a price to the odd cent moves to another; a round pair stays a range of the move
    Case("Oracle fell $5.37 to $12.84 in late trading.", value=5.37, change="down", count=2),
    Case("Oracle fell $5.37 to $12.84 in late trading.", value=12.84, index=1, change="",
         count=2),
    Case("Petrol may rise $1.50 to $2.50 a gallon.", low=1.5, high=2.5, count=1),
    # a move named by a noun, then its "in" phrase, moves the levels after it both ways
    Case("Brokers expect a modest fall in full-year pre-tax profit to £80m from £95m.",
         value=95e6, index=1, change="down"),
    Case("Brokers expect a modest fall in full-year pre-tax profit to £80m from £95m.",
         value=80e6, change="down"),
    Case("The plan would cut child poverty to 12% from 20%, ministers say.", value=20,
         index=1, change="down"),
    Case("House prices rose a seasonally adjusted 0.9% in March.", value=0.9, change="up"),
    Case("The firm cut its dividend 10% this year.", value=10, change="down"),
    Case("The plan would cut the deficit below 3% of GDP.", value=3, change=""),  # guard
    Case("They raised the money 5 years ago.", value=5, change=""),  # guard
    Case("The firm raised just 2.5 million euros.", value=2.5e6, change=""),  # guard
    # past a word that only weighs the level
    Case("Its profits slid to just 20m euros in the quarter.", value=20e6, change="down"),
    Case("The bonus lifted pay for the year to a record £45,000.", value=45e3, change="up"),
    Case("The ferry carried passengers to just 12 ports.", value=12, change=""),  # guard
    # a verb that brings its object down to a level
    Case("The asset sales helped to bring net debt down to £4.2bn.", value=4.2e9,
         change="down"),
    Case("Heavy selling pushed the price of copper down to $2,900 a tonne.", value=2900,
         change="down"),
    Case("In the end it all came down to 12 penalty kicks.", value=12, change=""),  # guard
    Case("At night the wind chill takes temperatures down to minus 20C.", value=-20,
         change="down"),
    # a comparison with what was foreseen only weighs the change
    Case("The economy grew by a better-than-expected 0.8% in the quarter.", value=0.8,
         change="up"),
    Case("Same-store sales sank a larger-than-forecast 8.8% in December.", value=8.8,
         change="down"),
    # and so does one a verb of change brings its object to ("raise the threshold to")
    Case("The party would raise the stamp duty threshold to £150,000.", value=150e3,
         change="up"),
    Case("The bank cut its growth forecast to 2% for next year.", value=2, change="down"),
    Case("The firm is halving its dividend to 17 cents a share.", value=17, change="down"),
    Case("It cut jobs and sent staff to 40 new sites.", value=40, change=""),
    Case("The top speed of the lifts translates to about 38mph.", value=38, change=""),
    Case("Fowler's double strike came from two goals down.", value=2, change=""),
    # but a level after a change figure has none, a noun of change between as well
    Case("The group reported a 6% rise to 12.4bn euros in sales.", value=12.4e9, change="",
         index=1),
    Case("The group reported a 6% rise in profits to £280m.", value=280e6, change="",
         index=1),
    # and "up to"/"down to" with no verb of change are bounds or idioms
    Case("Pensioners get a rebate of up to a maximum of £300.", value=300, change=""),
    Case("The final came down to two penalty shoot-outs.", value=2, change=""),
    # "to X from Y" are the two levels of a change, as "from Y to X" are: both move
    Case("The index climbed to 110.0 in January from 108.0.", value=108, change="up",
         index=1),
    Case("The wait rose to 81 days from 53.", value=53, unit="day", change="up", index=1),
    Case("New loans fell to 77,000, from 85,000 in October.", value=77000, change="down"),
    # past a particle and a phrase of when; the verb right before "to" first
    Case("The confidence index edged up in March to 98.4, from 97.9.", value=97.9,
         change="up", index=1),
    Case("Growth was revised down to 1.8% from 2.2%.", value=1.8, change="down", index=0),
    Case("House sales in June fell to 61,000 from 64,000 in May.", value=64000,
         change="down", index=1),
    Case("Prices rose 5% to £5 from £4.76.", value=5, change="", index=1),
    Case("Its deficit increased by $37bn to $388bn.", value=37e9, change="up", index=0, count=2),
    Case("Its deficit increased by $37bn to $388bn.", value=388e9, change="", index=1, count=2),
    Case("Shares rose 8% to 365p.", value=8, change="up", index=0),
    Case("Shares rose 8% to 365p.", value=365, unit="penny", change="", index=1),
    Case("The index closed down 2% at 5,218 points.", value=5218, change="", index=1),
    Case("Exports to Japan dropped 6% to $2.8bn last year.", value=2.8e9, change="", index=1),
    Case("Gold was up $12 at $1,980 an ounce.", value=12, change="up", index=0),
    Case("Gold was up $12 at $1,980 an ounce.", value=1980, change="", index=1),
    Case("The FTSE 100 gained 0.4% to close at 7,412 points.", value=7412, change="", index=1),
    Case("On Wall Street the Dow was +0.2% at noon.", value=0.2, change="up"),
    Case("Output fell 2% to 1.2 million tonnes.", value=1.2e6, unit="metric ton", index=1),
    # ", up from Y": the level reached and the level left, both moving, with the first's
    # restatements in a bracket
    Case("Operating profit was $2.1bn, up from $1.7bn.", value=2.1e9, change="up", index=0),
    Case("Operating profit was $2.1bn, up from $1.7bn.", value=1.7e9, change="up", index=1),
    Case("Rents averaged 640 euros (£450) in March, down from 700 euros a year earlier.",
         value=450, currency="GBP", change="down", index=1),
    Case("Rents averaged 640 euros (£450) in March, down from 700 euros a year earlier.",
         value=640, change="down", index=0),
    Case("About 41% now bank online, up from 12% in 2001.", value=12, change="up", index=1),
    Case("Turnover was £9.1bn, down from the £9.4bn made in 2003.", value=9.4e9, change="down",
         index=1),
    # not the size of a change that slowed, nor another measure
    Case("Exports grew 11.2% in the year, down from 19% in May.", value=11.2, change="up",
         index=0),
    Case("Fraud cost £12.4m, up from 310 cases a year earlier.", value=12.4e6, change="",
         index=0),
    Case("Firms must cut prices by 5% this year.", value=5, change="down"),
    # no "by": a change far smaller than the figure after "to" is the change, then the level
    Case("Brent crude closed up $2.80 to $51.15 a barrel.", value=2.8, change="up", index=0,
         count=2),
    Case("Brent crude closed up $2.80 to $51.15 a barrel.", value=51.15, change="", index=1,
         count=2),
    Case("The claimant count fell 11,000 to 813,200 last month.", value=813200, change="",
         index=1, count=2),
    Case("The jobless rate edged up 0.1% to 4.7%.", value=4.7, change="", index=1, count=2),
    Case("Analysts expect margins to rise 2% to 3% this year.", low=2, high=3, change="up",
         count=1),
    Case("The squad gave up 436 rushing yards.", value=436, change=""),
    Case("The musical swept the awards, picking up five prizes.", value=5, change=""),
    Case("With Spain making up a quarter of the bloc's output, it matters.", value=0.25,
         change=""),
    Case("The bank is setting up a $2m fund for victims.", value=2e6, change=""),
    Case("The jobless rate went up to 5.5% from 5.4%.", value=5.5, qualifier="exact", change="up"),
    Case("Night temperatures fell by 2 to 2.8 degrees Celsius.", low=2, high=2.8,
         unit="degree Celsius", change="down"),
    Case("One out of three Germans rent their home.", value=1 / 3, unit="fraction", count=1),
    Case("The brewer said its pre-tax loss deepened to £7.3m from £4.9m.", value=7.3e6,
         change="up"),  # a loss that deepens grows, its level "from" too
    Case("The brewer said its pre-tax loss deepened to £7.3m from £4.9m.", index=1,
         value=4.9e6, change="up"),
]

RESTATED = [
    Case("The minimum wage rises to $5.15 (£3.90) an hour.", value=5.15,
         unit="dollar per hour"),
    # a move restated in another measure between spaced dashes moves the same way
    Case("Zeta shares climbed 20 cents - 1.4% - in New York.", value=1.4, change="up",
         index=1),
    Case("Halden stock slid 30p - 2.2% - by the close.", value=2.2, change="down", index=1),
    Case("Savers holding over 9 million Norwegian crowns (US$1.3 million) will pay a fee.",
         value=1.3e6, currency="USD", qualifier="more_than", index=1),
    Case("It makes just under 282 hp (210 kW) of power.", value=210, unit="kilowatt",
         qualifier="less_than", index=1),
    # every restatement in the bracket keeps the bound, the change and the rate
    Case("The trade in fakes is worth more than 200bn euros a year (£140bn; $258bn).",
         value=258e9, currency="USD", unit="dollar per year", qualifier="more_than", index=2),
    Case("The club lost about 30m euros ($39m; £21m) last year.", value=21e6, currency="GBP",
         qualifier="approx", change="down", index=2),
    Case("The rate would be about 900 rupees ($20.40; £10.50) per tonne of oil.", value=10.5,
         unit="pound sterling per tonne", qualifier="approx", index=2),
    # so does one set off by ", or" (or by dashes) in another measure; the same measure is
    # another choice
    Case("Many survive on an income of less than $4, or three euros, a day.", value=3,
         currency="EUR", unit="euro per day", qualifier="less_than", index=1),
    Case("Shares in the firm were up 56 pence, or 7.6%, at 797p.", value=7.6, change="up",
         index=1),
    Case("Its stock slid 8.2% - or $2.15 - to end the day at $24.05.", value=2.15,
         change="down", index=1),  # or set off by dashes
    Case("It could cost more than £5m, or £10m if the work is delayed.", value=10e6,
         qualifier="exact", index=1),
]

CODES_AND_COINS = [
    # the cents of a named currency are cents, not the currency, of that currency
    Case("Fuel duty will rise to 70 euro cents a litre.", value=70, unit="cent per litre",
         currency="EUR"),
    Case("A stamp costs 45 US cents.", value=45, unit="cent", surface="45 US cents",
         currency="USD"),
    Case("Its shares shed 30 Canadian cents on the news.", value=30, unit="cent",
         currency="CAD"),
    Case("The shares lost 40 cents.", value=40, unit="cent", currency=""),  # guard: no name
    Case("The ticket cost 4 dollars 25 cents.", value=4.25, currency="USD"),
    Case("They lost 64 USD million last year.", value=64e6, currency="USD"),
    Case("The fund lost more than 45 MUSD last year.", value=45e6, currency="USD"),
    Case("Prices start at usd$ 15 a month.", value=15, currency="USD"),
    Case("Banknotes come as 5 €, 10 € and 20 €.", value=10, currency="EUR", index=1),
    Case("A takeover worth PS8.1bn was agreed.", value=8.1e9, currency="GBP"),
    Case("It sells the PS5 console.", count=0),
    Case("The feed quoted the engine deal at PS12.5m.", value=12.5e6, currency="GBP"),
    Case("Sales were Rs 12,34,567 last month.", value=1234567, currency="INR"),
    Case("The cottage sold for a quarter of a million us dollars.", value=250000,
         currency="USD"),
    Case("Half a million people marched.", value=500000, unit="count"),
    Case("The region is home to 3 hundred million people.", value=3e8),
    Case("A cable of 10 1/2 miles was laid.", value=10.5, unit="mile"),
    Case("Add ½ teaspoon of salt.", value=0.5, unit="teaspoon"),
    Case("It weighs 20 pounds after the diet.", value=20, unit="pound-mass", currency=""),
    Case("He was fined 500 pounds by the court.", value=500, currency="GBP"),
    Case("the charge was c $ 240 million.", value=2.4e8, currency="CAD"),
    Case("The deal forms part of a $ 450 million order.", value=4.5e8, currency="USD"),
    Case("It costs 60 dollar 35 rmb.", value=35, currency="CNY", index=1),
    Case("The menu says 100元 a head.", value=100, currency="CNY"),
    Case("A 14-cent-a-share dividend was paid.", value=14, unit="cent per share"),
    Case("The airline burns 3.1 billion litres of kerosene a year.", value=3.1e9, unit="litre per year"),
    # also past quotation marks and long words in what is measured
    Case('Ministers vowed "every child should do two hours of extra-curricular competitive '
         'athletics" a week.', value=2, unit="hour per week"),
    Case('Pupils get two hours of "high-quality sport" a week.', value=2, unit="hour per week"),
    # but not past a preposition, which sets the time the figure took
    Case("The currency lost 6% of its value in a month.", value=6, unit="percentage",
         surface="6%"),
    Case("The firm shed 15% of its staff in a year.", value=15, unit="percentage",
         surface="15%"),
    # "annually", "yearly", "monthly", "each year" make a rate too, after the "of" phrase also
    Case("Qatar will ship 4.2 million tonnes of LNG annually to Japan.", value=4.2e6,
         unit="metric ton per year"),
    Case("The mine produces 90,000 tonnes each year.", value=90000, unit="metric ton per year"),
    Case("The scheme will cost £120m yearly.", value=120e6, currency="GBP",
         unit="pound sterling per year"),
    Case("The link carries tens of gigabits of data per second.", unit="gigabit per second"),
    Case("It has cost £5m each year since 2001.", value=5e6, unit="pound sterling"),
    Case("The club has found 84 million of the 350 million shekels the stadium will cost.", value=8.4e7,
         currency="ILS"),
    Case("A cup is 1/2 of a US pint.", value=1 / 2, unit="pint"),
    Case("The defence gave up 436 rushing yards.", value=436, unit="yard"),
]

LABELS_AND_NAMES = [
    # a title and its number open a sentence and do something: a sequel, not a count
    Case("Halo 2 won the best Xbox game category.", count=0),
    Case("Spider-Man 2 triumphed in the visual effects category.", count=0),
    Case("Cars 2, which opened on Friday, led the box office.", count=0),
    Case("Viewers were tuning in at four o'clock.", count=0),
    Case("The match kicks off at 3 o’clock.", count=0),
    # a year named as one is a date
    Case("The rival has pulled ahead for the 2005 year.", count=0),
    Case("Profits for its 2004 financial year rose.", count=0),
    Case("The 2000 year old temple was restored.", value=2000),
    Case("Around 5 people died in the fire.", value=5, qualifier="approx"),
    # numbers listed after a name's number name too; not a count after it
    Case("The worm can strike computers running Windows 95, 98, ME, NT, 2000 and XP.",
         count=0),
    Case("Only a third of schools at Key Stages 1, 3 and 4, and two-fifths at Key Stage 2, met "
         "the target.", count=2),
    Case("Under Article 5 and 30 other clauses, the treaty binds members.", value=30, count=1),
    Case("The parts are 24703m212 and 24703 L-202.", count=0),
    Case("Panthers range over 190 km2.", value=190, unit="square kilometre"),
    Case("The report 1 ) explains the cost.", count=0),
    Case("The category 3 hurricane hit Texas.", count=0),
    Case("Thompson tied Game 6 at the buzzer.", count=0),
    Case("The S&P 500 rose.", count=0),
    Case("The office at 482 Hathersage Road was sold.", count=0),
    Case("The shop at 22-24 Mill Road was sold.", count=0),
    Case("Klay Thompson tied Game 6 at 94-94.", count=0),
    Case("Airlines grounded the 737 Max jets.", count=0),
    # capitalised words that describe what is counted, not a model's name
    Case("The poll asked 500 British adults about the vote.", value=500, count=1),
    Case("There were 200 American soldiers at the base.", value=200, count=1),
    Case("Nearly all of the 300 Labour MPs backed the bill.", value=300, count=1),
    Case("Officials said 400 Israelis had been evacuated.", value=400, count=1),
    Case("The airline flies the 777 Freighter to Lima.", count=0),
    Case("The town has 120 Catholic, 110 Anglican and 40 Methodist churches.", value=120,
         count=3),  # counts listed by kind, the noun written once after the last
    # the base of a rate written with its own number is part of the figure before it
    Case("The country has 9.1 hospital beds per 1,000 people.", value=9.1, count=1),
    Case("There were 3 doctors for every 1,000 people.", value=3, count=1),
    Case("For every 50p call, 9p goes to the appeal.", value=50, count=2),  # guard
    # a number after an owner's name counts what it has; a model or a title stays out
    Case("The deal was backed by most of the EU's 25 member states.", value=25, count=1),
    Case("Shares rose after Tesco's 250 new stores opened.", value=250, count=1),
    Case("Staff at Barclays' 1,600 branches will get a pay rise.", value=1600, count=1),
    Case("Inflation stayed within the Bank's 2-3% target range.", low=2, high=3, count=1),
    Case("Hundreds died in the country's 30-year civil war.", count=2),
    Case("Airbus is building a rival to Boeing's 777 line.", count=0),
    Case("The film knocked Ocean's 12 off the top spot.", count=0),
    Case("It was one of the best screens on sale.", value=1),
    Case("Every one of the players gave his all.", count=0),
    Case("One such scheme runs in Leeds.", count=0),
    # "one" in idioms of time and manner
    Case("At one stage the visitors led by 10 points.", value=10, count=1),
    Case("We cannot fix every road in one go.", count=0),
    Case("For one thing, the tickets are dear.", count=0),
    Case("He scored one goal in one game.", value=1, count=2),
    Case("Never use the same one for your bank and email.", count=0),
    Case("On one hand, the deal is cheap.", count=0),
    Case("It is cheap on the one hand and slow on the other.", count=0),
    Case("The guard raised one hand and waved.", value=1, noun="hand"),
    Case("They finished the season in the bottom three.", count=0),
    Case("A baker's dozen of rolls was left.", count=0),
    Case("She cares for her now-14 month-old son.", value=14, unit="month of age"),
    Case("Prices in the 10023 ZIP code rose.", count=0),
    Case("Callers from the 0161 area code were charged.", count=0),
    # a capitalised number word inside a sentence is part of a name
    Case("The drama moves to BBC Three next week.", count=0),
    Case("Wales face France in the Six Nations on Sunday.", count=0),
    Case("The town lies below the Three Gorges dam.", count=0),
    Case("He told reporters: Two more players are injured.", value=2),
    # ranks: "number N", "top N"
    Case("She is now the world number two.", count=0),
    Case("The single went straight in at number four.", count=0),
    Case("The album spent a month in the top 20.", count=0),
    Case("Only the top 5% of earners will pay the rate.", value=5, unit="percentage"),
    Case("Only the top five per cent of earners will pay the rate.", value=5,
         unit="percentage"),
    Case("The band scored a top 10 hit with its second single.", count=0),
    Case("The Welsh driver took a top-five finish in Monaco.", count=0),
    Case("She has collected six top-ten finishes this season.", value=6, count=1),
    Case("He had three top 40 singles before he turned 20.", value=3, index=0),
    Case("The top 20 includes two debut albums.", value=2, count=1),
    # "the top N" before a plural noun is the size of a set: a count
    Case("The top three seeds all lost in the second round.", value=3, noun="seeds"),
    Case("Fees at the top 10 universities rose again.", value=10, noun="universities"),
    Case("The bank's top-20 clients were told first.", value=20, noun="clients"),
    Case("Europe's top five oil producers met in Vienna.", value=5, unit="count"),
    Case("Blink 182's new album is out.", count=0),
    # a coin's name capitalised after a number is a stage name, not money
    Case("Rapper 50 Cent headlines the festival on Friday.", count=0),
    Case("Fans queued to see 50 Cent's G-Unit tour.", count=0),
    Case("A first-class stamp now costs 68 cents.", value=68, unit="cent"),
    Case("Reviewers preferred the 15 Pro Max to the 15 Pro.", count=0),
]

# A bracket opened on a name and closed by a bare number: a substitute's minute in a
# line-up, or a numeral in a title; never a figure.
LINEUPS = [
    Case("Keeper: Hart; Dixon, Mowbray (Pearce 71), Clarke, Woods (J Evans 58), Lowe.",
         count=0),
    Case("Subs: Barker (Okafor 88), Reid.", count=0),
    Case("The sequel (Paddington 3) earned $48m on its first weekend.", value=48e6,
         currency="USD", count=1),
    Case("Rents (excluding London) rose 4% last year.", value=4, change="up", count=1),
    Case("Exports fell (by 6) to 30 ships.", value=6, index=0),
]

# Scores, votes and odds written N-M: a range is written low to high, a result line has a
# side's name each side, and a score or odds word nearby makes an ascending pair one too.
SCORES = [
    Case("Rovers were thrashed 6-1 at Ibrox on Saturday.", count=0),
    Case("Leeds trailed by a 14-3 margin at half-time.", count=0),
    Case("Dundee 1-3 Kilmarnock", count=0),
    Case("Hibs, beaten 2-4 by Hearts, dropped to fifth.", count=0),
    Case("The appeal court upheld the ban in a 3-2 ruling.", count=0),
    Case("The same-sex marriage bill passed 9-4 in committee.", count=0),
    Case("Bookmakers have cut the novel to 7-4 for the prize.", count=0),
    Case("Forecasters expect 20-30 homes to flood.", low=20, high=30),
    Case("Most viewers were aged 16-24.", low=16, high=24, unit="year of age"),
]

# A verb of change further back than a "by" or "from" figure, past its object; not a
# passive's agent, a spread, nor a verb that has its own figure; never across a sentence.
CHANGE_IN_CLAUSE = [
    Case("The central bank raised interest rates by 0.5 percentage points to 4.25%.",
         value=0.5, unit="percentage point", change="up", index=0),
    Case("The brewer will cut the price of its best-selling lagers by about 6% in June.",
         value=6, qualifier="approx", change="down"),
    Case("Ministers lifted the cap on foreign stakes in airlines from 40% to 49%.", value=40,
         change="up", index=0, count=2),
    Case("Ministers lifted the cap on foreign stakes in airlines from 40% to 49%.", value=49,
         change="up", index=1, count=2),
    Case("The council wants to extend free nursery care from 15 hours to 30.", value=30,
         unit="hour", change="up", index=1),
    Case("The retailer trimmed its staff in the north-east by 350 last year.", value=350,
         change="down"),
    Case("The regional market is dominated by three suppliers.", value=3, change=""),
    Case("Sales slumped when the chain was hit by 12 strikes.", value=12, change=""),
    Case("Season tickets range from £320 to £610.", low=320, high=610, change=""),
    Case("Turnover climbed to $4.1bn from $3.6bn a year earlier.", value=3.6e9, change="up",
         index=1),  # the two levels of the change, as "from $3.6bn to $4.1bn" would be
    # "from" a place, not a level: no "to" follows; a change noun after the figure wins
    Case("He scored with a rising header from six yards.", value=6, unit="yard", change=""),
    Case("That marks a decline from the 0.4% growth seen in spring.", value=0.4, change="up"),
    Case("Patients on life-prolonging drugs rose to 90,000 - up from 60,000 in May.",
         value=60000, change="up", index=1),  # the level it left, as after a comma
    Case("Passenger numbers at the airport fell. Some 30,000 people work there.", value=30000,
         change=""),
    Case('Costs will keep growing, he added. "At least $3bn a year is needed to fix the '
         'roads."', value=3e9, qualifier="at_least", change=""),  # a quotation opens
    Case("The carmaker reported an increase of only 9% in sales.", value=9, change="up"),
    Case("Sales rose by 3% in the year, growth of just 2% in real terms.", value=2,
         change="up", index=1),
]

# Time words after a figure: "a year ago" is a time back, not a rate; a plural's possessive
# ("two weeks' time") still names the unit.
TIME_UNITS = [
    Case("The brewer made $412m, up from $380m a year earlier.", value=380e6, unit="dollar",
         currency="USD", index=1),
    Case("Net debt stood at £1.2bn against £1.5bn a year ago.", value=1.5e9,
         unit="pound sterling", index=1),
    Case("The mine produced 40,000 tonnes a month ago and 52,000 now.", value=40000,
         unit="metric ton", index=0),
    Case("The rig pumps 90,260 barrels a day.", value=90260, unit="barrel per day"),
    Case("The final will be played in three weeks' time.", value=3, unit="week"),
    Case("The battery gives 20 hours' playback on one charge.", value=20, unit="hour"),
    Case("Staff were fined four days' pay.", value=4, unit="day"),
]

# A unit written once for clauses of the same shape: the bare figure of the later clause,
# led by a verb of change and the same "by", "at" or "to", is in the earlier figure's unit.
PARALLEL_CLAUSES = [
    Case("The FTSE 100 rose by 0.8% while the Dow Jones fell by 1.", value=1,
         unit="percentage", change="down", index=1),
    Case("The Nikkei closed at 21,500 points, while the Hang Seng ended at 27,100.",
         value=27100, unit="point", index=1),
    Case("In the past I voted for a restriction to 22 weeks and I would be prepared to go "
         "down to 20.", value=20, unit="week", index=1),
    Case("Coffee futures climbed to $1.42 a pound, and cocoa edged up to 2,310.", value=2310,
         unit="count", index=1),
    # the verb has its object, or the clause counts: the figure is a count
    Case("Shares rose by 5%, and the firm cut staff by 300.", value=300, unit="count", index=1),
    Case("Sales climbed by 4% and the number of shops fell by 12.", value=12, unit="count",
         index=1),
    Case("Exports grew by 6%. Imports fell by 2 in the same period.", value=2, unit="count",
         index=1),
]

# A scale word adds no binary noise: "4.1 million" is 4100000, not 4099999.9999999995; a
# range's midpoint is taken on the decimals as written.
SCALE_NOISE = [
    Case("By the end of the year, 4.1 million robots will be at work in homes.",
         value=4_100_000.0, surface="4.1 million"),
    Case("Profit had been forecast to be 4.1bn rupees.", value=4_100_000_000.0,
         currency="INR"),
    Case("Migrant workers sent a record $16.6bn home last year.", value=16_600_000_000.0),
    Case("Sales for the year came in at $4.06 trillion.", value=4_060_000_000_000.0),
    Case("Talks on aid worth between $1.3 and 2.2bn resumed.", low=1_300_000_000.0,
         high=2_200_000_000.0, value=1_750_000_000.0),
    Case("The fare is 3 dollars 7 cents.", value=3.07, currency="USD"),
    # a tokeniser's spaced comma ("30, 000") is a thousands separator
    Case("Those earning less than $30, 000 a year were least likely to buy.", value=30_000.0,
         currency="USD", qualifier="less_than"),
]

# "one in five": a share of a whole, 1/5, not a count of five; not "one in three weeks"
ONE_IN_N = [
    Case("Eight times out of 10 the test finds the fault.", value=0.8, unit="fraction",
         surface="Eight times out of 10", count=1),
    Case("She has won four times in six years.", value=4, unit="count", index=0),
    Case("One in three women said they would lose touch with friends.", value=1 / 3,
         unit="fraction", surface="One in three", count=1),
    Case("Last year, almost one in six cars sold by the group was a Mini.", value=1 / 6,
         unit="fraction", qualifier="approx"),
    Case("Serial truants make up one in 13 pupils.", value=1 / 13, unit="fraction"),
    Case("One in 10 US adults - 22 million people - own a music player.", value=0.1,
         unit="fraction", index=0, count=2),
    Case("Fewer than one in 10,000 consoles failed, the firm said.", value=1e-4,
         unit="fraction", qualifier="less_than"),
    Case("More than one in ten of the bank's customers were affected.", value=0.1,
         qualifier="more_than"),
    Case("The chance of a hit is put at one in a million.", value=1e-6, unit="fraction"),
    Case("The single gave him a third number one in three weeks.", value=3, unit="week",
         count=1),
    # a part greater than one: "two in five", "six out of every 10"
    Case("The regulator said two in five of the 635,173 reports concerned ID fraud.",
         value=0.4, unit="fraction", surface="two in five", count=2),
    Case("Nine in 10 people back the plan, the poll found.", value=0.9, unit="fraction",
         count=1),
    Case("The airline accounts for six out of every 10 planes using the airport.", value=0.6,
         unit="fraction", count=1),
    Case("He scored 3 in 5 games before the injury.", value=3, index=0, count=2),
    Case("Prices doubled two in three weeks.", value=3, unit="week", index=1),
]

# A spelled number after a word of a part or instalment names it: "round four", "part two"
WORD_LABELS = [
    Case("He has never been beyond round four in eight attempts.", value=8, count=1),
    Case("Part two will follow on Monday.", count=0),
    Case("She broke serve in game five of the second set.", count=0),
    Case("They have gone out in the fifth round four times in seven years.", value=4,
         unit="count", index=0),
    Case("The stage was two metres high.", value=2, unit="metre"),
]

# "half" after a word of position or period is no fraction of an amount
HALF_POSITIONS = [
    Case("Exports declined in the second half of 2004.", count=0),
    Case("Growth slowed during the first half of the fiscal year.", count=0),
    Case("The club is languishing in the bottom half of the table.", count=0),
    Case("She was drawn in the opposite half of the draw to the champion.", count=0),
    Case("More than half of all graduates are now women.", value=0.5, qualifier="more_than"),
    Case("The other half of the money goes to charity.", value=0.5, unit="fraction"),
]

# "over" before a span of time spreads a figure over it ("during"): no bound; it is "more
# than" after "for", "took", "just", ... and before "ago"
OVER_A_SPAN = [
    Case("The firm hopes to pay $100m now and another $120m over eight years.", value=8,
         unit="year", qualifier="exact", index=2),
    Case("The film earned $13.5m (£7m) over three days at the box office.", value=3,
         unit="day", qualifier="exact", index=2),
    Case("The game was developed over four years.", value=4, unit="year", qualifier="exact"),
    Case("Debts built up over 20 or 30 years are being written off.", value=20,
         qualifier="exact", index=0),
    Case("She has taught ballet for over 48 years.", value=48, qualifier="more_than"),
    Case("The number waiting over 12 months also fell.", value=12, qualifier="more_than"),
    Case("It took over 10 hours to reach the village.", value=10, qualifier="more_than"),
    Case("The bank was founded over 300 years ago.", value=300, qualifier="more_than"),
    Case("Over two decades, the party has changed its mind.", value=2, qualifier="more_than"),
    Case("I play games over 20 hours a week.", value=20, qualifier="more_than"),
    Case("It damaged over 30 residential buildings.", value=30, qualifier="more_than"),
]

# Number words side by side that make no one number: "a quick one-two" is a pass, not 3;
# "two Six Nations games" is two games
WORD_PAIRS = [
    Case("A quick one-two gave the striker time to shoot.", count=0),
    Case("He said five-four is a hockey score, not a football score.", count=0),
    Case("Both sides have lost their opening two Six Nations games.", value=2, count=1),
    Case("Twenty-seven people were hurt.", value=27),
    Case("The bill runs to two hundred and six pages.", value=206),
]

# "one" after an article and a word is a pronoun: "a positive one"
PRONOUN_ONE = [
    Case("Analysts said the assessment was a positive one but warned of risks.", count=0),
    Case("The decision was a commercial one due to falling demand.", count=0),
    Case("The device picks the fastest one itself.", count=0),
    Case("No-one was injured in the blast, police said.", count=0),
    Case("It's always a problem to stop for rain but one gets used to it.", count=0),
    Case("Nor can one rely on pre-emption by taking the war to them.", count=0),
    Case("A bid is likely in the next one to two weeks.", low=1, high=2, unit="week"),
    Case("Only a further one per cent of homes were connected.", value=1,
         unit="percentage"),
    Case("Oil prices have broken records in 2004, topping $50 a barrel at one point.",
         value=50, count=1),
    Case("Labour's lead was cut by one point in the latest poll.", value=1, unit="point"),
]

# A rank before a name on a line of its own is no figure: "5 Carlos Moya (Spain)"
LIST_ENTRIES = [
    Case("Men's seeds:\n1 Roger Federer (Switzerland)\n15 Silvia Farina Elia (Italy)\n",
         count=0),
    Case("32 Iveta Benesova (Czech Republic)", count=0),
    Case("Police said 12 Britons (aged 18 to 25) were held.", value=12, index=0),
]

# "go down as one of the greatest" is a verdict, not a fall
GO_DOWN_AS = [
    Case("This won't go down as one of the greatest marathons of her career.", value=1,
         change=""),
    Case("Shares went down 3% on Monday.", value=3, change="down"),
    Case("Shares went up as much as 5% in early trading.", value=5, change="up"),
]

# One measure written in two or three units, the larger first: one figure in the first
# unit; a glued "in" is inches, apart it is a word
MEASURE_PARTS = [
    Case("The 6ft 4in striker joined on a free transfer.", value=6 + 4 / 12, unit="foot",
         surface="6ft 4in", count=1),
    Case("He is described as being 5ft 9ins tall.", value=5.75, unit="foot"),
    Case("He stands 6 ft 2 in tall.", value=6 + 2 / 12, unit="foot", count=1),
    Case("She won in 14 minutes 32.93 seconds.", value=14 + 32.93 / 60, unit="minute"),
    Case("He took the title in one minute, 47.96 seconds.", value=1 + 47.96 / 60,
         unit="minute", count=1),
    Case("Radcliffe set the record in two hours 18 minutes 15 seconds.",
         value=2 + 18 / 60 + 15 / 3600, unit="hour", count=1),
    Case("The match lasted four hours and 21 minutes.", value=4.35, unit="hour"),
    Case("The baby weighed 7lb 6oz.", value=7.375, unit="pound-mass"),
    Case("The TV has a 42in screen.", value=42, unit="inch"),
    Case("Up to 6in of snow fell overnight.", value=6, unit="inch", qualifier="at_most"),
    # a list, or units that are no larger-then-smaller pair, stay apart
    Case("A tablespoon is 1/32 of a pint, 1/64 of a quart.", value=1 / 64, unit="quart", index=1,
         count=2),
    Case("The routes are 10 miles, 5 km and 3 km long.", value=5, unit="kilometre", index=1),
    Case("They won 5 in a row.", value=5, unit="count"),
    Case("The firm spent much of 2004 in talks.", count=0),
]

# A match report's line of scorers or bookings and their minutes is no figure; the
# attendance on the next line is
SCORER_LINES = [
    Case("Subs Not Used: Carroll, Bellion.\n\nSmith 9, Rooney 87.\n\n9,033.\n", value=9033,
         count=1),
    Case("Booked: Terry.\n\nLampard 2, 29.\n\nCech, Ferreira.", count=0),
    Case("Goals: Gerrard 79 og, Drogba 107, Kezman 112.\n", count=0),
    Case("Kiely, Hreidarsson.\n\nLita 45, 52.\n\n20,170\n", value=20170, count=1),
    Case("Late goals saw Rovers win.\nScott 51.\n", count=0),
    Case("Sales rose 5.\nThe firm said 20 stores would shut.", value=20, index=1),
]

# A name with a number opens the sentence ("Halo 2 has sold"): where the article also writes
# the same name mid-sentence it is a name there too; a possessive still counts ("Presley's
# 18 number ones")
NAMES_AT_SENTENCE_START = [
    Case("Fans queued for Halo 2 at midnight. Halo 2 has sold five million copies.", value=5e6,
         index=0, count=1),
    Case("Critics loved shooter Doom 3. Doom 3 was developed over four years.", value=4,
         unit="year", count=1),
    Case("Andre 3000 thanked fans. The crowd cheered Andre 3000 on.", count=0),
    Case("Some 350 films will be screened. The festival showed Some 350 as a title.", value=350,
         qualifier="approx", index=0),
    Case("Presley's 18 number ones are reissued. The box holds Presley's 18 number ones.",
         value=18, index=0),
    Case("About 50,000 new products will be unveiled.", value=50000, qualifier="approx"),
]

# An age written as a noun of people ("17-year-olds", "11 year olds") or with a possessive
# ("the 32-year-old's contract")
AGE_COMPOUNDS = [
    Case("A minimum wage for 16 and 17-year-olds was promised.", value=17, unit="year of age",
         index=1),
    Case("Adults read no better than 11 year olds, the survey found.", value=11,
         unit="year of age"),
    Case("Grants of £30 a week for 14 to 16-year-olds were announced.", low=14, high=16,
         unit="year of age", index=1),
    Case("The 28-year-old's contract expires in the summer.", value=28, unit="year of age"),
    Case("Free nursery places for three and four-year-olds were extended.", value=4,
         unit="year of age", index=1),
    Case("It weighs too much on one month's economic data.", value=1, unit="month"),
    Case("The job used up 12 hour's worth of computing power.", value=12, unit="hour"),
]

# A bare number that is how old someone is: "I'm only 27", "when she was 14", "At 34,
# Holmes", "Agassi, now 34,", "who was 27,", "turned 100 on Friday"; not "he was 5 shots
# behind"
AGES_IN_CONTEXT = [
    # a life's event "at" a bare number, and a person who "might be" one
    Case("Mr Hague became an MP at 27 and Leader of the Opposition at 36.", value=36,
         unit="year of age", index=1),
    Case("He left school at 14 to work as a miner.", value=14, unit="year of age"),
    Case("Orphans who arrive alone may stay on once they are adults at 18.", value=18,
         unit="year of age"),
    Case("The conductor has died in Germany at 50.", value=50, unit="year of age"),
    Case("She might be 33 next month, but she won the bronze.", value=33, unit="year of age"),
    Case("Shares in the firm became cheaper at 27.", value=27, unit="count"),
    Case("I'm only 27 and don't remember the series.", value=27, unit="year of age"),
    Case("She joined the company in Monte Carlo when she was 14.", value=14,
         unit="year of age"),
    Case("\"I'm 30 now and I won't stay here,\" he said.", value=30, unit="year of age"),
    Case("At 34, Holmes knows that time is running out.", value=34, unit="year of age"),
    Case("Agassi, now 34, reached the quarter-finals.", value=34, unit="year of age"),
    Case("He plans to move abroad before he turns 35.", value=35, unit="year of age"),
    Case("He was 5 shots behind the leader.", value=5, unit="count"),
    Case("At 34 points, the lead looked safe.", value=34, unit="point"),
    Case("Danger Mouse? At 34 I'm showing my age.", value=34, unit="year of age"),
    Case("By then I will be 35 so hopefully I will still be okay.", value=35,
         unit="year of age"),
    Case("The drummer, who was 27, died at his home in Surrey.", value=27, unit="year of age"),
    Case("The Queen Mother turned 100 on Friday.", value=100, unit="year of age"),
    Case("Maybe when I turn 60 and have been managing for 20 years.", value=60,
         unit="year of age"),
    Case("He was 5 in the world rankings a year ago.", value=5, unit="count"),
    Case("He showed the boy - who was 13 at the time - the pictures.", value=13,
         unit="year of age"),
    Case("The veteran lock, who is 36 at the end of February, will retire.", value=36,
         unit="year of age"),
    Case("The index turned 5 points lower.", value=5, unit="point"),
]

# Two thirds, three fifths, three-quarters: a share even with no "of" after it; and a share
# beside the same as a percentage is no range
SHARE_FRACTIONS = [
    Case("Nearly two thirds - 65% - of those asked had used chip and pin.", value=2 / 3,
         unit="fraction", qualifier="approx"),
    Case("Nearly two thirds - 65% - of those asked had used chip and pin.", value=65,
         unit="percentage", index=1),
    Case("Most offered free samples, while two-thirds sold music online.", value=2 / 3,
         unit="fraction"),
    Case("Three-quarters said the minister was right.", value=0.75, unit="fraction"),
    Case("The bill needs a two-thirds majority to pass.", value=2 / 3, unit="fraction"),
    Case("He made a half turn and shot.", count=0),
    # written apart after "a": the fraction sizes the noun after it
    Case("The panel proposed a one third cut in fees for early payers.", value=1 / 3,
         unit="fraction", surface="one third"),
    Case("The firm bought a one quarter stake in its rival.", value=0.25, unit="fraction"),
]

# Scale words stacked on one another: Indian figures put "crore" after "lakh" or
# "thousand" ("Rs 1.5 lakh crore" is 1.5 trillion rupees)
STACKED_SCALES = [
    Case("The Centre announced a ₹1.5 lakh crore package for roads.", value=1.5e12,
         currency="INR", surface="₹1.5 lakh crore"),
    Case("The budget allots Rs 11.11 lakh crore for capital spending.", value=11.11e12,
         currency="INR"),
    Case("The fund holds Rs 50 thousand crore in assets.", value=5e11, currency="INR"),
    Case("He was fined Rs 10 lakh by the tribunal.", value=1e6, currency="INR"),
    Case("It will cost 3 hundred million dollars.", value=3e8, currency="USD"),
]

# A fraction "of a" scale word is an amount: "a quarter of a million" is 250,000
FRACTION_OF_A_SCALE = [
    Case("A quarter of a million people have been displaced by the fighting.", value=250000,
         unit="count", count=1, surface="A quarter of a million"),
    Case("Roughly three-quarters of a million homes lost power.", value=750000,
         qualifier="approx", count=1),
    Case("A third of a billion dollars was lost.", value=1e9 / 3, currency="USD"),
    Case("Half a million people marched.", value=5e5, count=1),
    Case("A quarter of a mile of road was flooded.", value=0.25, unit="mile"),
    Case("Small teams of half a dozen people can still make a whole game.", value=6, count=1,
         surface="half a dozen"),
    Case("A dozen people were hurt.", value=12, count=1),
]

# A number in words that ends on a scale word carries that scale to the range's other end,
# as a written scale word does: "between five and six million" is 5m-6m
WORD_RANGE_SCALES = [
    Case("The UN said between five and six million people had fled the country.",
         value=5.5e6, low=5e6, high=6e6, count=1),
    Case("Between two and three thousand troops were sent.", value=2500, low=2000, high=3000),
    Case("Five to six million barrels were lost.", value=5.5e6, low=5e6, high=6e6,
         unit="barrel"),
    Case("He had between ten and twelve thousand books.", low=10000, high=12000),
    Case("Between 5 and 6 million people voted.", low=5e6, high=6e6),
    Case("The fine was twelve thousand dollars.", value=12000, currency="USD"),
]

# A glued "m" that opens a range reads as its other end does: "between 2m and 2.5m tonnes"
# and "2m-3m viewers" are millions, "2m to 3m high" metres; "the 200m races" are metres
M_RANGES = [
    Case("Output is expected to fall to between 2m and 2.5m tonnes.", value=2.25e6,
         low=2e6, high=2.5e6, unit="metric ton", count=1),
    Case("The show drew 2m-3m viewers.", value=2.5e6, low=2e6, high=3e6, unit="count"),
    Case("Some 1m to 2m people may be affected.", low=1e6, high=2e6, unit="count"),
    Case("The pipeline carries 1m-1.5m barrels a day.", low=1e6, high=1.5e6,
         unit="barrel per day"),
    Case("The wall is 2m to 3m high.", value=2.5, unit="metre"),
    Case("She won the 100m and 200m races in Athens.", value=200, unit="metre", index=1),
    Case("The Tu-95 and F-16 jets flew.", count=0),
    Case("He aims to break the 5,000m and 10,000m world records.", value=5000, unit="metre"),
    Case("He aims to break the 5,000m and 10,000m world records.", value=10000, unit="metre",
         index=1),
    Case("It expects profits of £415m to £425m ($779m-798m).", value=788.5e6, low=779e6,
         high=798e6, currency="USD", index=1, count=2),
    Case("Energy stocks recorded an 8%-10% rise since Monday.", value=9, low=8, high=10,
         unit="percentage", change="up", count=1),
]

# The levels of a change written with the rate or the scale once, at the end: "from $78
# to $83 a barrel" are both dollars a barrel, "from $3 to $4bn" both billions
CHANGE_LEVELS_WRITTEN_ONCE = [
    Case("Brent crude rose from $78 to $83 a barrel.", value=78, unit="dollar per barrel",
         change="up"),
    Case("The minimum wage rose from £10.42 to £11.44 an hour.", value=10.42,
         unit="pound sterling per hour"),
    Case("Output fell from 5kg to 4kg a day.", value=5, unit="kilogram per day", change="down"),
    Case("Prices climbed from $3 to $4bn.", value=3e9, currency="USD"),
    Case("Profit rose from $240,000 to $1.8 million.", value=240000, currency="USD"),
]

# Multiples: "3x", "2.5x", "10-fold", "tenfold" are counted like "three times"; the legs
# of a relay ("4x100m") and "4x4" stay what they were
MULTIPLES = [
    Case("Sales rose 3x in three years, the company said.", value=3, unit="count", change="up",
         surface="3x", count=2),
    Case("Revenue grew 2.5x over the period.", value=2.5, unit="count", surface="2.5x"),
    Case("Casualties rose tenfold in a month.", value=10, change="up", surface="tenfold"),
    Case("Casualties rose 10-fold in a month.", value=10, surface="10-fold"),
    Case("Revenue grew twenty-five-fold.", value=25),
    Case("The lens has a 5x optical zoom.", value=5, surface="5x"),
    Case("The 4x100m relay team won.", value=100, unit="metre", count=1),
    Case("A 4x4 vehicle was seen.", count=0),
]

# Words of change: "adding $100bn" is a rise as "added" is; a comparative after a figure
# is a change as "5% higher" is ("uses 40% less power", "20% cheaper", "300 fewer nurses"),
# after a multiple too ("three times higher")
CHANGE_WORDS = [
    Case("Tesla shares soared 15% on Thursday, adding about $100bn to its market value.",
         value=1e11, currency="USD", change="up", index=1),
    Case("The firm said profits were up, adding that 40 jobs would go.", value=40, change=""),
    Case("The new model is twice as fast and uses 40% less power.", value=40, change="down"),
    Case("Flights are 20% cheaper than last year.", value=20, change="down"),
    Case("There were 300 fewer nurses in 2004.", value=300, change="down"),
    Case("The new screen is 30% larger.", value=30, change="up"),
    Case("He was paid no less than £5m.", value=5e6, qualifier="at_least", change=""),
    Case("It reported a profit margin of 45.6%, less than the 47.3% forecast.", value=45.6,
         change=""),
    Case("Who would give computers to 250 million less fortunate Indians?", value=250e6,
         change=""),
    Case("It left the Tories with 163 MPs, two less than they returned.", value=2,
         change="down", index=1),
    Case("Women earn 19% less than men.", value=19, change="down"),
    Case("The notes were priced at par to yield 6.25% less full fees.", value=6.25, change=""),
    Case("He took home £40,000 less tax.", value=40000, change=""),
    # a multiple's comparative is its change as a share's is; not a rate or an equal measure
    Case("Rents in the city are now three times higher than in 1995.", value=3, change="up"),
    Case("Smokers were found to be five times more likely to fall ill.", value=5, change="up"),
    Case("The old bulbs burned ten times less power than the new ones.", value=10,
         change="down"),
    Case("Claims for the year were 12% greater than the insurer had allowed for.", value=12,
         change="up"),
    Case("The club trains four times a week in the summer.", value=4, change=""),  # guard
    Case("The new plant has three times as many staff as the old one.", value=3,
         change=""),  # guard
]

# A fraction a change is "by" is a share and a change: "fell by a third", "cut by half";
# not "by a third party", "by half-time"
FRACTION_CHANGES = [
    Case("The value of exports fell by a third in 2022.", value=1 / 3, unit="fraction",
         change="down", count=1),
    Case("Rents increased by half in five years.", value=0.5, unit="fraction", change="up"),
    Case("Profits slumped by a fifth in the first half.", value=0.2, change="down", count=1),
    Case("The plan would cut emissions by two-thirds by 2030.", value=2 / 3, change="down"),
    Case("Sales rose by a quarter, the firm said.", value=0.25, change="up"),
    Case("The case was handled by a third party.", count=0),
    Case("He went off by half-time.", count=0),
    # a bound between "by" and the fraction; a "one-" fraction is a share on its own
    Case("Retail sales dropped by nearly a quarter from the same period a year ago.",
         value=0.25, qualifier="approx", change="down", count=1),
    Case("The party would cut the number of MPs by about one-fifth if elected.", value=0.2,
         qualifier="approx", change="down", count=1),
    Case("Alfa Group holds a one-fifth stake in the brewer.", value=0.2, unit="fraction",
         count=1),
    # a share or a percentage "more" than something is a rise; a count "more" only before
    # "than"; "more or less" is about
    Case("Agents entered 2005 with a third more properties on their books.", value=1 / 3,
         change="up"),
    Case("Gamers spent almost 7% more than they did in 2003.", value=7, qualifier="approx",
         change="up"),
    Case("Ukraine has agreed to pay 30% more for gas from Turkmenistan.", value=30,
         change="up"),
    Case("Two more people have died in the floods.", value=2, change=""),
    Case("Over the past six months more than 63,000 phones were left in cabs.", value=6,
         unit="month", change=""),
    Case("The wall is 12 m high, more or less.", value=12, unit="metre", change=""),
    Case("The length is 14 m more or less.", value=14, qualifier="approx", change=""),
    Case("The archive holds something like 8 million pages.", value=8e6, qualifier="approx"),
]

# A share of people that says or does something: "nearly a quarter said"; never the end of
# a hyphened word ("the fly-half had")
SHARES_THAT_ACT = [
    Case("Most were happy, though nearly a quarter said they struggled to remember it.",
         value=0.25, unit="fraction", qualifier="approx"),
    Case("The survey found more than a third had basic security features turned off.",
         value=1 / 3, qualifier="more_than"),
    Case("Some speculate that less than a quarter are regularly maintained.", value=0.25,
         qualifier="less_than"),
    Case("The scrum-half had already missed two kicks.", value=2, count=1),
    Case("And one-and-a-half million families were paying the higher rate.", value=1.5e6,
         count=1),
]

# A bound hyphened after the figure: "5,000-plus fans", "40-odd countries" are at least
HYPHENED_BOUNDS = [
    Case("Organisers expect 5,000-plus fans at the final.", value=5000, qualifier="at_least"),
    Case("Delegates from 40-odd countries signed the declaration.", value=40,
         qualifier="at_least"),
    Case("He has played 20-odd games this season.", value=20, qualifier="at_least"),
    Case("The firm is kept afloat by the 200-plus banks it owes.", value=200,
         qualifier="at_least"),
]

# An earthquake's magnitude, written after or before the figure
MAGNITUDE = [
    Case("A 7.1-magnitude earthquake struck off the coast of Japan.", value=7.1,
         unit="magnitude", surface="7.1-magnitude"),
    Case("A magnitude 6.8 earthquake hit the region on Friday.", value=6.8, unit="magnitude",
         surface="magnitude 6.8"),
    Case("The quake, magnitude-7.8, flattened homes.", value=7.8, unit="magnitude"),
    Case("The tremor measured 5.2 on the Richter scale.", value=5.2, unit="magnitude"),
    Case("The 9.0 magnitude quake triggered a tsunami.", value=9.0, unit="magnitude"),
]

# A range whose unit (or scale) is glued to both ends is one range in that unit, read as its
# right end is: "5kg-6kg", "10k-15k staff" (thousands), "5k-10k races" (kilometres)
GLUED_RANGES = [
    Case("Airlines now charge for cabin bags of 7kg-10kg on short flights.", value=8.5, low=7,
         high=10, unit="kilogram", surface="7kg-10kg", count=1),
    Case("The cheapest handsets ship with 2GB-4GB of memory.", low=2, high=4, unit="gigabyte",
         count=1),
    Case("Junior analysts earn 25k-30k in their first year, recruiters say.", low=25e3,
         high=30e3, unit="count", surface="25k-30k"),
    Case("Entry-level roles pay £22k-£26k outside London.", low=22e3, high=26e3,
         currency="GBP", count=1),
    Case("The council put the cost of the repairs at £5m-£6m.", low=5e6, high=6e6,
         currency="GBP", count=1),
    Case("Organisers of the 5k-10k races expect 3,000 entrants.", low=5, high=10,
         unit="kilometre"),
    Case("Drivers were clocked at 60mph-70mph in the roadworks.", low=60, high=70,
         unit="mile per hour", count=1),
    Case("The rods are cut to 20cm-30cm lengths.", low=20, high=30, unit="centimetre", count=1),
    Case("Phones with 4G-5G modems sold well.", count=0),
    Case("The scp2-173m strain was found in the samples.", count=0),
]

# A negation before a bound turns it about: "no fare higher than $599" is at most $599,
# "none of them over 40" at most 40; "no doubt more than 4,000" negates nothing
NEGATED_BOUNDS = [
    Case("No more than six people may meet indoors, the minister said.", value=6,
         qualifier="at_most"),
    Case("Not more than 30 staff will be kept on after the sale.", value=30,
         qualifier="at_most"),
    Case("The rules require no fewer than 200 signatures on a petition.", value=200,
         qualifier="at_least"),
    Case("The budget carrier said no fare would be higher than $599 this summer.", value=599,
         currency="USD", qualifier="at_most"),
    Case("There was no fare higher than £49 on the route.", value=49, qualifier="at_most"),
    # "be" or a verb of a level between "not" and the bound; more words after "no"
    Case("Season tickets will not be higher than £300 next year.", value=300,
         qualifier="at_most"),
    Case("The new handset won't cost more than $150, the maker said.", value=150,
         qualifier="at_most"),
    Case("It says no long-haul business class seat will now cost less than £900.",
         value=900, qualifier="at_least"),
    Case("It says no return rail ticket will be priced above £90 (€130) this year.",
         index=1, value=130, qualifier="at_most", change=""),  # the restatement shares the
    # bound, and moves no more than its first figure
    Case("There is no evidence that prices will rise more than 5%.", value=5,
         qualifier="more_than"),  # guard
    Case("The squad has 26 players, none of them over 30.", value=30, qualifier="at_most",
         index=1),
    Case("Nobody under 18 will be allowed in.", value=18, qualifier="at_least"),
    Case("The rebate will be not less than 5%.", value=5, qualifier="at_least"),
    Case("There is no doubt more than 4,000 people came.", value=4000,
         qualifier="more_than"),
    Case("No wonder over 300 fans were turned away.", value=300, qualifier="more_than"),
    Case("There were no casualties, but more than 40 homes burned.", value=40,
         qualifier="more_than"),
    Case("Entry is free, with no charge for children under 5.", value=5,
         qualifier="less_than"),
]

# "up to" after a verb that moves its object is a level reached: "push earnings up to
# $43.1m" rises to $43.1m; "pay up to £500" and "take up to 3 years" stay bounds
UP_TO_A_LEVEL = [
    Case("The deal will push earnings up to $43.1m this year.", value=43.1e6, currency="USD",
         qualifier="exact", change="up"),
    Case("The rally sent the FTSE index up to 7,200 points.", value=7200, qualifier="exact",
         change="up"),
    Case("The rise will take the base rate up to 4.5%.", value=4.5, qualifier="exact",
         change="up"),
    Case("Storms could drive oil prices up to $90 a barrel.", value=90,
         unit="dollar per barrel", qualifier="exact", change="up"),
    Case("Inflation went up to 5.5% in July.", value=5.5, qualifier="exact", change="up"),
    Case("The scheme will pay up to £500 per household.", value=500, qualifier="at_most",
         change=""),
    Case("The new rules could take up to three years to apply.", value=3,
         qualifier="at_most"),
    Case("It will take the team up to 3 years to finish the survey.", value=3,
         qualifier="at_most"),
    Case("He wants to take on up to 20 new staff.", value=20, qualifier="at_most", change=""),
    Case("The firm sent up to 40 engineers to the site.", value=40, qualifier="at_most"),
    Case("The new lifts can speed up to 24 passengers to the top.", value=24,
         qualifier="at_most", change=""),
    Case("The merger could push costs up to 20% higher.", value=20, qualifier="at_most",
         change="up"),
]

# "sales growth of between 3% and 5%": the change noun before "of between" makes the range
# a change; "a salary of between" is no change
OF_BETWEEN = [
    Case("The firm forecast like-for-like sales growth of between 3% and 5%.", low=3, high=5,
         change="up"),
    Case("Unions were offered a pay rise of between 2% and 3%.", low=2, high=3, change="up"),
    Case("Analysts expect a fall of between 10% and 15% in profits.", low=10, high=15,
         change="down"),
    Case("He commanded a salary of between £25,000 and £35,000.", low=25000, high=35000,
         change=""),
    # a verb of change before "(by) between" makes the range a change
    Case("House prices could fall by between 10% and 15% by 2009.", low=10, high=15,
         change="down"),
    Case("Rents are forecast to rise between 3% and 4% next year.", low=3, high=4,
         change="up"),
    Case("The carmaker plans to cut between 2,000 and 3,000 jobs.", low=2000, high=3000,
         change="down"),
]

# "$1.31 to the euro", "7.8 yuan per dollar": the price of one unit of another currency, an
# exchange rate (kept out of money totals); a bare number takes the currency its sentence
# names before it, and stays a number where it names none
EXCHANGE_RATES = [
    Case("The dollar slipped to $1.3105 against the euro in early trading.", value=1.3105,
         unit="dollar per euro", currency="USD", dimension="exchange rate",
         surface="$1.3105 against the euro"),
    Case("Sterling ended the week at $1.91 to the pound.", value=1.91,
         unit="dollar per pound sterling", currency="USD", dimension="exchange rate"),
    Case("Beijing has held the yuan at about 8.28 to the US dollar for a decade.", value=8.28,
         unit="chinese yuan per dollar", currency="CNY", dimension="exchange rate",
         qualifier="approx"),
    Case("The rupee weakened to 45.2 per dollar on Friday.", value=45.2,
         unit="indian rupee per dollar", currency="INR", dimension="exchange rate"),
    Case("Tourists now get 1.42 euros per pound at the airport.", value=1.42,
         unit="euro per pound sterling", currency="EUR", dimension="exchange rate"),
    Case("The yen firmed to 104.3 versus the dollar in Tokyo.", value=104.3,
         unit="japanese yen per dollar", currency="JPY", dimension="exchange rate"),
    Case("Officials kept the rate pegged at 3.75 to the dollar.", value=3.75, unit="count",
         dimension="count"),
    Case("The pound fell 2% against the dollar on Monday.", value=2, unit="percentage",
         change="down"),
    Case("Savers will get 30 cents for each dollar they lost.", value=30, unit="cent",
         dimension="currency"),
    # a bare level left after an exchange rate reached is in its rate, of its kind
    # a currency "worth" a sum is priced in it: a rate
    Case("The dollar slipped, with a euro worth $1.3310 late in the day.", value=1.3310,
         unit="dollar per euro", dimension="exchange rate"),
    Case("The dollar fell to $1.2871 against the euro from $1.2974.", value=1.2974, index=1,
         unit="dollar per euro", dimension="exchange rate", change="down"),
]

# an audience right before a glued "m" ("seen by 14m") says millions; a position ("30m
# below the surface") says metres
AUDIENCE_OR_DEPTH = [
    Case("Cup final seen by 14m", value=14e6, unit="count"),
    Case("The last episode was watched by almost 9m.", value=9e6, unit="count",
         qualifier="approx"),
    Case("The wreck lies 30m below the surface.", value=30, unit="metre"),
    Case("The tunnel runs 40m beneath the river.", value=40, unit="metre"),
]

# A glued "m" before what one race or one thing is ("a 3,000m victory", "a 10m wall") is
# metres, never thousands of millions; "over" a race's distance is its course, no bound
GLUED_M_THINGS = [
    Case("He scored an impressive 3,000m victory in Boston.", value=3000, unit="metre"),
    Case("She has set her sights on the world 5,000m crown.", value=5000, unit="metre"),
    Case("He was just wide with a 40m penalty.", value=40, unit="metre"),
    Case("The 10m wall fell in the storm.", value=10, unit="metre"),
    Case("The 300m blog entries were lost.", value=300e6),
    Case("It was a 10m increase in users.", value=10e6),
    Case("They set a 5m target for sales.", value=5e6),
    Case("He clocked 6.61 seconds over 60m.", value=60, qualifier="exact", index=1),
    Case("Holmes will compete over 1500m in Glasgow.", value=1500, qualifier="exact"),
    Case("The bridge is over 60m long.", value=60, qualifier="more_than"),
    Case("He could not hold the pace over the final 400m.", value=400, unit="metre"),
    Case("The men's 800m went to form.", value=800, unit="metre"),
    Case("Donors bought the final 300m vaccines.", value=300e6),
]

# A unit over a unit of time names what it measures, where quantulum3 has no unit for it;
# the dimensions are quantulum3's names, so "gb" and "Gbps" group with its own units
# "over" after a verb it belongs to is its particle, not a bound
OVER_AS_PARTICLE = [
    Case("The star handed over $20,000 to the charity.", value=20000, qualifier="exact"),
    Case("Fans will fork over £60 for a ticket.", value=60, qualifier="exact"),
    Case("The fire destroyed over 300 homes.", value=300, qualifier="more_than"),
]

# A unit word that runs into a word of its own is no unit ("second-half goals", "second
# hand"); a currency that strengthens rises, an orchestra that strikes up does not
UNIT_IDIOMS_AND_MOVES = [
    Case("United scored three second-half goals to win.", value=3, unit="count"),
    Case("The airline will lease four second hand jets.", value=4, unit="count"),
    Case("The rand has strengthened 6% this year.", value=6, change="up"),
    Case("The band strikes up more than 40 times a night.", value=40, change=""),
    Case("The lira depreciated 3% against the euro.", value=3, change="down"),
]

# ", up from Y" past a phrase of when, with a year or a day before or after its month in it:
# both levels move; a span of time the phrase holds ("for the six months to 31 March")
# does not, the sum before it does
UP_FROM_PAST_WHEN = [
    Case("The chain said it made a profit of $80.2m (£42m), for the six months to 31 March, up "
         "from $61m a year earlier.", value=8.02e7, change="up"),
    Case("The chain said it made a profit of $80.2m (£42m), for the six months to 31 March, up "
         "from $61m a year earlier.", value=4.2e7, change="up", index=1),
    Case("The chain said it made a profit of $80.2m (£42m), for the six months to 31 March, up "
         "from $61m a year earlier.", value=6, change="", index=2),
    Case("Shell made $4.1bn (£2.2bn) over the past three months of 2005 - down from $4.6bn.",
         value=4.1e9, change="down"),
    Case("The miner made profits of $900m in 2019, up from $700m the year before.",
         value=9e8, change="up"),
    Case("The miner made profits of $900m in 2019, up from $700m the year before.",
         value=7e8, change="up", index=1),
    Case("Profit was £5m in the quarter ending June 30, up from £4m.", value=5e6, change="up"),
    Case("The group earned $40m in the July-to-September period, down from $65m.",
         value=4e7, change="down"),
    Case("There are 12,500 people on the list, down from 13,100 last month.", value=12500,
         change="down"),
    # past a longer clause between the level and its "up from"
    Case("Nearly 3,000 families across the northern valleys were living in tents - up from "
         "1,800 in June.", value=3000, change="up"),
    # but a change's size, which a comparative after it says, keeps its own move
    Case("Rents were 7.4% higher on the year in the spring quarter across the city, down from "
         "9.2% in the winter.", value=7.4, change="up"),
]

# digits and a half or a quarter in words are one figure
DIGITS_AND_A_HALF = [
    Case("She ran 12-and-a-half miles on Sunday.", value=12.5, unit="mile"),
    Case("The film runs for 2 and a half hours.", value=2.5, unit="hour"),
    Case("Scores were 2 and 3 at the break.", value=2, count=2),
]

# a "p" set apart from its price, after the word of a move or a level, is pence; not "p.m."
SPACED_PENCE = [
    Case("Top fallers were Acme, down 45 p at 612 p.", value=45, unit="penny"),
    Case("Top fallers were Acme, down 45 p at 612 p.", value=612, unit="penny", index=1),
    Case("The shares closed at 230 p on Friday.", value=230, unit="penny"),
    Case("Item 4 p was lost in the post.", value=4, unit="count"),
]

# a change noun before the "in" phrase of what moves, and a pace "at": "a sharp rise in
# producer prices of 7.1%", "debt is rising at 15% a year"; not a figure inside what moves
CHANGE_PAST_WHAT_MOVES = [
    Case("There was a sharp rise in import prices of 6.2% last year.", value=6.2, change="up"),
    Case("Household debt is rising at 12% a year.", value=12, change="up"),
    Case("Exports are falling at 3% a month.", value=3, change="down"),
    Case("There was a fall in the number of five-bedroom homes sold.", value=5, change=""),
    Case("Growth was 1.6%, after a contraction in 2003, down from an estimate of 1.7%.",
         value=1.7, change="down", index=1),  # the level "down from" left, not a contraction
]

# a bound after the counted noun: "250 staff or more", "200 megabytes of traffic or more";
# not the next figure's "and more than" nor a noun after the bound ("or more pears")
BOUNDS_PAST_THE_NOUN = [
    Case("Firms with 250 staff or more must publish the figures.", value=250,
         qualifier="at_least"),
    Case("Attacks sending 300 megabytes of traffic or more were rare.", value=300,
         qualifier="at_least"),
    Case("191 people were killed and more than 2,000 injured.", value=191, qualifier="exact"),
    Case("He sold 5 apples or more pears.", value=5, qualifier="exact"),
    # nor right after a figure whose unit is written, with a noun of its own after it
    Case("The party wants the vote for 16 or 17 year olds and more youth clubs.", value=17,
         index=1, qualifier="exact"),
    Case("The plan adds 40km of road and more cycle lanes.", value=40, qualifier="exact"),
    Case("The new contract pays £5m or more a year.", value=5e6, qualifier="at_least"),
    # and past a bracket that restates the figure, for both
    Case("Homes worth $500,000 (£260,000) or more paid the tax.", value=5e5,
         qualifier="at_least"),
    Case("Homes worth $500,000 (£260,000) or more paid the tax.", value=2.6e5, index=1,
         qualifier="at_least"),
    Case("Sales were £5m (up 3%) or so.", value=3, index=1, qualifier="exact"),  # guard
]

# a multiple is counted (unit "count") in a dimension of its own, a ratio; "times" only
# before a comparison or what it multiplies, never how often
RATIOS = [
    Case("Fibre is 16 times faster than copper.", value=16, unit="count", dimension="ratio"),
    Case("The UK pays two and a half times more than France.", value=2.5, dimension="ratio"),
    Case("Downloads shot up sixfold in 2004.", value=6, dimension="ratio", change="up"),
    Case("The shares trade at 11 times earnings.", value=11, dimension="ratio"),
    Case("Revenue grew 2.5x over the period.", value=2.5, dimension="ratio"),
    Case("He trains three times a week.", value=3, dimension="count"),
    # a count too big to be how often, right after a verb of change, is a multiple
    Case("Disk capacity has grown 300,000 times since the first PC.", value=300000,
         dimension="ratio", change="up"),
    Case("Land prices have jumped nearly 25 times since 1985.", value=25, dimension="ratio"),
    Case("The central bank raised rates 14 times a year in the 1970s.", value=14,
         dimension="count"),  # guard: how often, a rate
    Case("Base rates rose six times last year.", value=6, dimension="count"),  # guard
    # a part of a time is no occasion: a fraction before "times" is a multiple
    Case("The bond sale was oversubscribed 4.3 times, dealers said.", value=4.3,
         dimension="ratio"),
    Case("Demand for the flotation outstripped supply 2.5 times.", value=2.5,
         dimension="ratio"),
    Case("She trains 1.5 times a day.", value=1.5, dimension="count"),  # guard: a rate
]

RATE_DIMENSIONS = [
    Case("The new lift climbs at 12m per second.", value=12, unit="metre per second",
         dimension="speed"),
    Case("The pipeline will carry 300,000 barrels of crude a day.", value=300000,
         dimension="volumetric flow"),
    Case("The mine produces 20,000 tonnes a year.", value=20000, unit="metric ton per year",
         dimension="mass flow"),
    Case("Customers will get lines of up to 8Mbps.", value=8, dimension="data transfer rate"),
    Case("The player stores 40GB of music.", value=40, dimension="data storage"),
    Case("The handset has a five megapixel camera.", value=5, dimension="resolution"),
    Case("Petrol costs $3 a gallon.", value=3, unit="dollar per gallon", dimension="currency"),
    Case("Prices rose 2% a year.", value=2, dimension="percentage"),
]

# A computer's speed is a unit of its own; "clocked up" and "notched up" reach a mark, they
# are no rise
COMPUTING_SPEEDS = [
    Case("The new supercomputer reached 280.6 teraflops in tests.", value=280.6,
         unit="teraflops", dimension="computing speed", surface="280.6 teraflops"),
    Case("The lab's machine has clocked up 1.2 petaflops.", value=1.2, unit="petaflops",
         change=""),
    Case("The team notched up 14 wins this season.", value=14, change=""),
]

# A scale word alone in title case opens a name: a film, a town, a firm
TITLE_SCALES = [
    Case("Million Dollar Baby has seven nominations.", value=7, count=1),
    Case("Thousand Oaks Bank opened a branch in the town.", count=0),
    Case("Millions of people were left homeless.", value=1e6, qualifier="at_least"),
]

# "a maximum" and "a minimum" right before a figure bound it; "the minimum wage" is a level
ADJECTIVE_BOUNDS = [
    Case("They face a maximum two-year ban if found guilty.", value=2, qualifier="at_most"),
    Case("Buyers need a minimum 20% deposit.", value=20, qualifier="at_least"),
    Case("The minimum wage will rise to £5.05 an hour.", value=5.05, qualifier="exact"),
]

# "a seven-figure sum" counts digits and names no amount: left out, never read as 7
FIGURE_COUNTS = [
    Case("The rights were bought for a seven-figure sum.", count=0),
    Case("He earns a six-figure salary and 5-figure bonuses.", count=0),
    Case("The figure rose to 40 last year.", value=40, count=1),
]

# "from 97p ($1.87) to 44p": the level after a restated first level moves the same way
LEVELS_PAST_A_BRACKET = [
    Case("The shares fell from 97p ($1.87) to 44p ($0.85) by the close.", value=44,
         change="down", index=2),
    Case("The shares fell from 97p ($1.87) to 44p ($0.85) by the close.", value=0.85,
         change="down", index=3),
    Case("Profits rose from £2.1bn ($3.9bn) to £2.6bn ($4.8bn) last year.", value=2.6e9,
         change="up", index=2),
    Case("The price was $5 (£3) to £10 a ticket.", value=10, change="", index=2),
]

# "- up from" and "- down from" after a dash as after a comma; only a level of the same
# measure moved: not the months of a period, nor the whole a share is of
DASHED_UP_FROM = [
    Case("The bank has a 12% share of the mortgage market - down from 15% a year ago.",
         value=12, change="down"),
    Case("The bank has a 12% share of the mortgage market - down from 15% a year ago.",
         value=15, change="down", index=1),
    Case("It made profits of $2.1bn for the final three months, up from $1.8bn a year earlier.",
         value=3, unit="month", change="", index=1),
    Case("Only one in 20 of the 30 million loans is now in arrears, down from one in 12.",
         value=3e7, change="", index=1),
]

# "by an average of" reads as "by": the change of the verb before it
AVERAGE_CHANGES = [
    Case("The supermarket has cut prices by an average of 6%.", value=6, change="down"),
    Case("Rents in the city rose by an average of about 4% last year.", value=4, change="up",
         qualifier="approx"),
    Case("Fares are falling an average of 6% a year.", value=6, change="down"),
    Case("The average of 5% is high.", value=5, change=""),
    # "an extra" and "an additional" between the verb and the figure, as "a further"
    Case("They added an extra 6.4% to $27.24 in late trading.", value=6.4, change="up"),
    Case("The fund was boosted by an additional £3m this year.", value=3e6, change="up"),
    Case("The firm will hire an extra 300 staff.", value=300, change=""),
]

# "eight to one" before "majority", "vote" or "verdict" is the two sides of a vote, not a
# range whose middle is 4.5
VOTE_SIDES = [
    Case("The judges ruled by a seven to two majority in favour of the firm.", value=7, count=2),
    Case("The judges ruled by a seven to two majority in favour of the firm.", value=2,
         index=1, count=2),
    Case("Between 10 to 15 people were hurt.", value=12.5, count=1),
]

# No range runs downwards: "by 41% to 33%" is two shares, each with its unit (a unit
# written once, "30 to 25C", still makes one); a verb of change right before "to" moves
# the level ("will be raised to"); "by a factor of 10" is a multiple that moves; a name
# with a number ("Channel 5's") stops no reading of the verb before it
# energy in prefixed joules and watt hours, also as the unit a price is per
ENERGY_UNITS = [
    Case("Production cost £1.30 per gigajoule last year.", value=1.3,
         unit="pound sterling per gigajoule"),
    Case("The wind farm made 40 gigawatt hours of power.", value=40, unit="gigawatt hour"),
    Case("A bar has 900 kJ of energy.", value=900, unit="kilojoule"),
    Case("The grid needs 2.1 TWh more each year.", value=2.1, unit="terawatt hour"),
]

# a part of a run of games lost or won is a tally, no move; a holding lost still falls
TALLIES = [
    Case("Wales have lost seven of their last 11 matches.", value=7, change=""),
    Case("She won eight of the next nine games to take the set.", value=8, change=""),
    Case("The party lost 30 of its 200 seats.", value=30, change="down"),  # guard
    # and so are the games themselves, counted
    Case("Scotland, who have lost three Six Nations games in a row, face Wales.", value=3,
         change=""),
    Case("The champions lost two straight matches in March.", value=2, change=""),
    Case("The firm lost 400 jobs in games and toys.", value=400, change="down"),  # guard
    # one game, and scores kicked or made, too
    Case("If you lose one game it does not make you a poor side.", value=1, change=""),
    Case("The fly-half added three conversions as Ireland won.", value=3, change=""),
    Case("The index added 50 points on Monday.", value=50, change="up"),  # guard
]

# a level "up from" or "down from" the level a time owns: both move
UP_FROM_A_TIME = [
    Case("The trade gap was £2.9bn, down from September's £3.4bn.", value=2.9e9,
         change="down"),
    Case("The trade gap was £2.9bn, down from September's £3.4bn.", index=1, value=3.4e9,
         change="down"),
    Case("Sales reached $4bn, up from last year's $3.2bn.", index=1, value=3.2e9,
         change="up"),
    Case("Turnover was 12m euros, up from 2003's 9m euros.", value=12e6, change="up"),
    Case("Profit was £2m, down from Smith's £3m estimate.", value=2e6, change=""),  # guard
]

DOWNWARD_PAIRS_AND_MOVES = [
    Case("Labour leads the Tories by 41% to 33%, the poll found.", value=41, count=2),
    Case("Labour leads the Tories by 41% to 33%, the poll found.", index=1, value=33),
    Case("Night temperatures of 30 to 25C are forecast.", low=25, high=30,
         unit="degree Celsius"),
    Case("Parcels weighing 9 kg to 4 kg were logged.", low=4, high=9, count=1),
    Case("Prices rose from 41p to 33p.", value=41, change="up", count=2),
    Case("The offer will be raised to £1.2bn, sources said.", value=1.2e9, change="up"),
    Case("Rates were cut to 3.5% in May.", value=3.5, change="down"),
    Case("He raised £1m to fund the school.", value=1e6, change=""),
    Case("Demand is expected to rise by a factor of 10 by 2010.", value=10, dimension="ratio",
         change="up"),
    Case("The show helped lift Channel 5's audience share by 9% in May.", value=9,
         change="up"),
]

# A range a move reaches, "to between X and Y", moves as a single level reached does
RANGES_REACHED = [
    Case("The council plans to raise parking fines from £60 to between £80 and £100.",
         index=1, low=80, high=100, change="up"),
    Case("Output is forecast to shrink to between 2% and 3% next year.", low=2, high=3,
         change="down"),
    Case("A new pitch will cost between £2m and £3m.", low=2e6, high=3e6, change=""),  # guard
]

# The levels of a move with the first's time between them both move ("from 5% in 2004 to
# 4.25%"); a sum after "by" is the move of a verb further back, never a passive's agent
# ("cut the amount of funding required by £30m")
MOVES_PAST_WORDS = [
    Case("Inflation is forecast to fall from 4% in 2005 to 2.5% next year.", index=1, value=2.5,
         change="down"),
    Case("Visitor numbers rose from 900 in March to 1,400 in May.", index=1, value=1400,
         change="up"),
    Case("The deal will cut the amount of funding required by £30m.", value=3e7,
         change="down"),
    Case("The sector is dominated by three firms.", value=3, change=""),  # guard
]

# A noun of change in the object's own phrase is not the move: "cut its forecast for growth
# from 2.6% to 2.1%" is down, whatever "growth" says
MOVES_OF_OBJECTS = [
    Case("The treasury cut its forecast for growth from 2.6% to 2.1%.", value=2.6,
         change="down"),
    Case("The treasury cut its forecast for growth from 2.6% to 2.1%.", index=1, value=2.1,
         change="down"),
    Case("The bank raised its forecast of inflation from 2% to 3%.", value=2,
         change="up"),  # guard
    Case("The rate of growth rose 3% last year.", value=3, change="up"),  # guard
    # a model's name in the object is a word, not a figure of the verb's own
    Case("FedEx is trimming its order for Airbus A330s from 20 jets to 12.", value=20,
         change="down"),
    Case("FedEx is trimming its order for Airbus A330s from 20 jets to 12.", index=1,
         value=12, change="down"),
]

# A sum or a share a verb takes off a whole is its fall ("wiped £40bn off the value of
# shares"); a sum taken from someone is no move
TAKEN_OFF = [
    Case("The sell-off wiped £40bn off the value of European shares.", value=4e10,
         change="down"),
    Case("The airline aims to shave $300m a year from its costs.", value=3e8, change="down"),
    Case("Rising fuel costs have knocked 0.3% off the rate of growth.", value=0.3,
         change="down"),
    Case("The gang took $3m from the bank.", value=3e6, change=""),  # guard
    Case("Shares in the miner shed 5% from their peak.", value=5, change="down"),  # guard
]

# A pace a verb of change moves at is that change: "rose at an annual rate of 8.2%"
PACES = [
    Case("House prices in the region rose at an annual rate of 8.2% in May.", value=8.2,
         change="up"),
    Case("Output shrank at an annual rate of 1.1%.", value=1.1, change="down"),
    Case("Income above the threshold is taxed at a rate of 40%.", value=40,
         change=""),  # guard
]

# A verb of multiplying after a modal is a move, so "from X to Y" after it is two levels:
# "aims to treble its sales from £2m to £6m"; not "a double from 20 yards"
MULTIPLIED = [
    Case("The firm aims to treble its sales from £2m to £6m.", value=2e6, change="up"),
    Case("The firm aims to treble its sales from £2m to £6m.", index=1, value=6e6, change="up"),
    Case("The new scheme should halve the queue from 800 people to 400.", index=1, value=400,
         change="down"),  # guard
    Case("He hit a double from 20 yards to win.", value=20, change=""),  # guard
    # past an aside set off by dashes (see MULTIPLIED)
    Case("The chain plans to double the number of its stores - shops that sell only organic "
         "food - from 120 to 250.", index=1, value=250, change="up"),
]

# A pair joined by a hyphen that runs high to low is no range: a code ("its new 767-3
# jet") gives no row, and the two sides of a vote two ("voted 31-12")
HIGH_TO_LOW = [
    Case("The airline will show its new 767-3 jet at the fair.", count=0),
    Case("Councillors voted 31-12 to close the school.", value=31, count=2),
    Case("Councillors voted 31-12 to close the school.", index=1, value=12, count=2),
    Case("The fund will employ 200-300 staff.", low=200, high=300),  # guard
]

# A move gapped after "but by only" moves as the first did
GAPPED_MOVES = [
    Case("The bank said house prices rose 9% over the year, but by only 1.5% in the last "
         "quarter.", index=1, value=1.5, change="up"),
    Case("Exports grew 12% during 2003, but by just 2% in the final quarter.", index=1,
         value=2, change="up"),
    Case("Sales rose 5% in January, but 20% of staff left.", index=1, value=20,
         change=""),  # guard
]

# "within" a figure is at most it, and a phrase of its own, no move of the verb before it;
# "to within" a gap, or one comes, gets or draws within, is the gap left
WITHIN = [
    Case("The concert tickets sold out within 20 minutes of going on sale.", value=20,
         unit="minute", qualifier="at_most"),
    Case("The club moved to within three points of the leaders.", value=3,
         qualifier="exact"),  # guard: "to within" a gap left, as it is
    # so is a gap one comes, gets or draws within
    Case("Twice the champion came within one point of losing the match.", value=1,
         qualifier="exact"),
    Case("She got within 0.3 seconds of the world record.", value=0.3, qualifier="exact"),
    Case("The runner finished within two seconds of the record.", value=2,
         qualifier="at_most"),
    Case("The minister vowed to halve child poverty within ten years.", value=10,
         qualifier="at_most", change=""),
]

# a verb of passing a mark before "the N mark" (or a bare "passed N") is a bound: the figure
# was gone past; "reaching" a mark, a passive "was passed" and a vote are not
PASSED_MARKS = [
    Case("The count of known worms broke the 50,000 barrier.", value=50000,
         qualifier="more_than"),
    Case("Sales of the console passed 20 million in the spring.", value=2e7,
         qualifier="more_than"),
    Case("Greece has again breached the 3% deficit ceiling.", value=3, unit="percentage",
         qualifier="more_than"),
    Case("The figures mean Nokia is reaching the two million barrier for sales.", value=2e6,
         qualifier="exact"),  # guard
    Case("The ball was passed 30 yards to the winger.", value=30, unit="yard",
         qualifier="exact"),  # guard
    Case("The motion passed 312 to 110 after a long debate.", low=110, high=312,
         qualifier="exact"),  # guard
    # through or past the mark
    Case("Online sales broke through the $2bn mark in the third quarter.", value=2e9,
         qualifier="more_than"),
    Case("The index pushed past the 6,000 mark in early trading.", value=6000,
         qualifier="more_than"),
]

# a small count of times after a verb of change counts the moves, it is no move itself;
# a multiple ("five times faster") and a large count ("leapt 100,000 times") still move
OCCASIONS = [
    Case("Interest rates went up four times in the space of a year.", value=4, change=""),
    Case("She had lost three times to her rival before this match.", value=3, change=""),
    Case("Sales rose five times faster than costs.", value=5, change="up"),  # guard
    Case("The chip's speed has leapt 100,000 times since 1990.", value=100000,
         change="up"),  # guard
]

# the two levels of a move keep moving with a time after the first ("from 3.1% last year to
# 2.4%") or a first level written as expected ("from an expected 90,000 cars")
LEVELS_PAST_TIMES = [
    Case("Farm output is set to rise from 200,000 tonnes this year to 500,000 tonnes.",
         index=1, value=500000, change="up"),
    Case("Growth will fall from 3.1% last year to 2.4% in 2006.", index=0, value=3.1,
         change="down"),  # guard
    Case("Growth will fall from 3.1% last year to 2.4% in 2006.", index=1, value=2.4,
         change="down"),
    Case("The firm aims to lift output from an expected 90,000 cars to 150,000 cars.",
         index=0, value=90000, change="up"),
]

# a level left as restated ("a revised 53.3") moves with the level reached, as a bare one does
RESTATED_LEVELS = [
    Case("The factory index fell to 49.2 in May from a revised 50.6 in April.", index=1,
         value=50.6, change="down"),
    Case("Quarterly profit was $2.1bn, up from a restated $1.8bn.", index=1, value=1.8e9,
         change="up"),
    Case("Quarterly profit was $2.1bn, up from an upwardly revised $1.9bn.", index=1,
         value=1.9e9, change="up"),
]

# A sum a currency named right before it reaches, hits or trades at is that currency's price
# in the sum's: an exchange rate, like "$1.29 to the euro"; not a sum of the currency itself
PRICED_BEFORE = [
    Case("Dealers expect the euro to reach $1.40 before the summer.", value=1.40,
         unit="dollar per euro", currency="USD", dimension="exchange rate"),
    Case("Sterling hit a 12-year high of $1.98 on Thursday.", index=1, value=1.98,
         unit="dollar per pound sterling", currency="USD", dimension="exchange rate"),
    Case("In Tokyo the dollar was trading at 103.2 yen.", value=103.2,
         unit="japanese yen per dollar", currency="JPY", dimension="exchange rate"),
    Case("The dollar fell to $1.20 in the Canadian market.", value=1.20, unit="dollar",
         currency="USD"),  # guard: no price of itself
    Case("The euro zone's trade surplus rose to $9bn.", value=9e9, unit="dollar",
         currency="USD"),  # guard: the zone's sum
]

# "go down to" a level is a fall to it, as "went up to" is a rise; "came down to" is not
GONE_DOWN = [
    Case("Ministers said the cap on fees would go down to £6,000 next year.", value=6000,
         change="down"),
    Case("Its share of the market has gone down to 12% since the spring.", value=12,
         change="down"),  # guard
    Case("The title race came down to two points on the final day.", value=2,
         change=""),  # guard
]

# a verb that puts a ceiling on its object, then "to" or "at": at most; not the noun "cap"
LIMITS_ON_OBJECTS = [
    Case("The new law will limit payments to directors to 20 times average pay.", value=20,
         qualifier="at_most"),
    Case("The league is capping squads at 25 players from next season.", value=25,
         qualifier="at_most"),
    Case("The rules restrict bonuses to 100% of salary.", value=100, qualifier="at_most"),
    Case("The council wants to limit the number of late bars in the old town to 12.",
         value=12, qualifier="at_most"),  # an object of nine words
    Case("The salary cap was set at £3m for the season.", value=3e6,
         qualifier="exact"),  # guard
    Case("A limited edition of prints went on sale at £50 each.", value=50,
         qualifier="exact"),  # guard
    Case("The ruling has limited most banks to just two branches in the city.", value=2,
         qualifier="at_most"),  # past a word that only weighs the level
]

# a life's event "at" a bare number: an age
EVENTS_AT_AGES = [
    Case("She recorded her first song at 15 and toured Japan a year later.", value=15,
         unit="year of age"),
    Case("The striker made his league debut at 17 against Hull.", value=17,
         unit="year of age"),
    Case("She started playing at six, coached by her father.", value=6,
         unit="year of age"),
    Case("The bank made its first loans at 4% interest.", value=4,
         unit="percentage"),  # guard
]

# the smaller parts, spaced or hyphened, are fractions, not "one" and an ordinal's noun
SMALL_PARTS = [
    Case("Spending on roads is about one-twentieth of what is needed.", value=0.05,
         unit="fraction"),
    Case("The term was cut to one-sixth, the minister said.", value=1 / 6, unit="fraction"),
    Case("Only a tenth of the money has arrived.", value=0.1, unit="fraction"),
    Case("He won by three tenths of a second.", value=0.3, unit="second"),
    Case("About five-eighths of the land is farmed.", value=5 / 8, unit="fraction"),
    Case("It was their sixth win in a row.", count=0),  # guard: an ordinal
]

# a level left after a possessive and "initial", "previous", "revised": it moves as the level
# reached does
OWN_LEVELS_LEFT = [
    Case("The firm may raise its bid to £2bn from its initial £1.6bn offer.", index=1,
         value=1.6e9, change="up"),
    Case("The bank cut its forecast to 2.1% from its previous 2.5%.", index=1, value=2.5,
         change="down"),
]

# a level reached, its restatement in a bracket and the level left after the bracket all
# move; a verb of change with a year in its phrase of when before "to"
BRACKET_THEN_LEVEL_LEFT = [
    Case("The airline's losses halved in 2019 to $300m (£230m; 270m euros) from $600m the "
         "year before.", value=3e8, change="down"),
    Case("The airline's losses halved in 2019 to $300m (£230m; 270m euros) from $600m the "
         "year before.", index=2, value=2.7e8, change="down"),
    Case("The airline's losses halved in 2019 to $300m (£230m; 270m euros) from $600m the "
         "year before.", index=3, value=6e8, change="down"),
    Case("The council wants to lift the levy to 90 pence (€1.05) from 75 pence last year.",
         index=2, value=75, change="up"),
    Case("Ministers hope to boost spending to 2,100 billion yen ($19bn) from the previous "
         "year's 1,900 billion.", index=2, value=1.9e12, currency="JPY", change="up"),
    Case("Revenue fell in 2003 to £40m from £55m.", value=4e7, change="down"),
    Case("Revenue fell in 2003 to £40m from £55m.", index=1, value=5.5e7, change="down"),
    Case("Profit rose 12% to $80m (£62m) from a year earlier.", index=1, value=8e7,
         change=""),  # guard: the level a change figure reached
]

# a level a move left, with no level reached beside it, moves as "up from" makes it; not
# what one is dropped from, not a clause between, not a span of time compared with
LONE_LEVELS_LEFT = [
    Case("Coffee exports began to slide from a peak of about 900,000 bags a month in 1998.",
         value=900000, change="down"),
    Case("The browser holds a 62% share, but that is down from a high of nearly 70% last "
         "spring.", index=1, value=70, change="down"),
    Case("Inflation was 2.9% in March, up from only 1.4% in 2020 and 0.9% in 2019.", index=1,
         value=1.4, change="up"),
    Case("Inflation was 2.9% in March, up from only 1.4% in 2020 and 0.9% in 2019.", index=2,
         value=0.9, change="up"),
    Case("The regulator expects a fall from the present 3.5% level within two years.",
         value=3.5, change="down"),
    Case("The band has been dropped from three radio playlists.", value=3, change=""),  # guard
    Case("The biggest cut from the opposition is £12bn of savings.", value=1.2e10,
         change=""),  # guard
    Case("Sales should increase from the previous six months.", value=6, change=""),  # guard
]

# "down" after a verb it makes a phrase with is no fall: "turned down", "shut down"
NOT_FALLS_DOWN = [
    Case("The union turned down a £2bn offer for the site.", value=2e9, change=""),
    Case("Police shut down 40 websites last year.", value=40, change=""),
    Case("The minister played down talk of 500 job losses.", value=500, change=""),  # guard
    Case("Prices went down 5% in May.", value=5, change="down"),  # guard
    Case("Families split up by almost 22 years of war are finding each other.", value=22,
         change=""),  # "up" after a verb it makes a phrase with
]

# more verbs of change ("slow", "swell", "plummet"); the levels of a move with the first's
# time and its counted noun between, and a bound on the level reached ("to a little below")
MORE_MOVES = [
    Case("Inflation slowed to 1.9% in March.", value=1.9, change="down"),
    Case("The trade deficit has swelled to $8.2bn this year.", value=8.2e9, change="up"),
    Case("Airline shares plummet 15%", value=15, change="down"),
    Case("Demand will swell from 40,000 units in 2020 to 65,000 in 2023.", value=40000,
         change="up"),
    Case("Demand will swell from 40,000 units in 2020 to 65,000 in 2023.", index=1,
         value=65000, change="up"),
    Case("Output will slow from more than 4% in 2019 to a little below 3% in 2020.", index=1,
         value=3, qualifier="less_than", change="down"),
    Case("The average rent fell from £1,250 in May to £1,180.", index=1, value=1180,
         change="down"),
    Case("Few savers have recovered more than half their deposits.", value=0.5,
         change=""),  # guard
]

# a stray space after a sum's thousands comma leaves one figure; not a list of numbers
STRAY_SPACED_THOUSANDS = [
    Case("The play took £318, 742 in its first fortnight.", value=318742, currency="GBP"),
    Case("The house sold for $1, 250, 000 last spring.", value=1.25e6, currency="USD"),
    Case("The range includes the 147, 156 and 166 models.", value=147, count=3),  # guard
]

# a change shared by a second figure of a list whose items have an "at" name or an "on" phrase
# of when: "28% at Gap and 32.2% at Next", "0.4% on the month and 12.6% on the year"; or a
# span: "0.2% between April and June and 1.1%"
GAPPED_AT_AND_ON = [
    Case("Sales jumped 18% at Gap and 22.5% at Next.", index=1, value=22.5, change="up"),
    Case("Prices went up by 0.6% on the month and by 11.2% on a year earlier.", index=1,
         value=11.2, change="up"),
    Case("Cuts of 4.1% at Defence and 2.2% at Health were proposed.", index=1, value=2.2,
         change="down"),
    # and a span "between" two times
    Case("Exports grew 0.4% between April and June and 3.2% over the year.", index=1,
         value=3.2, change="up"),
    Case("Output fell 1.1% between 2001 and 2003 and 9% of mills shut.", index=1, value=9,
         change=""),  # guard: a share of something else
]

# people "are over" a bare number, or work or retire past one: an age
AGES_OF_PEOPLE_ARE = [
    Case("It pays £150 where people are over 75.", index=1, value=75, unit="year of age"),
    Case("Most of the drivers are over 25, with an average age of 38.", value=25,
         unit="year of age"),
    Case("Staff may ask to work past 65 which employers must consider.", value=65,
         unit="year of age"),
    Case("They work past 8 most nights.", value=8, unit="count"),  # guard
]

# a year in the phrase of when between a level reached and the level left, or before the
# restating bracket; "stump up" pays, it does not rise
YEAR_BETWEEN_LEVELS = [
    Case("Cinema admissions rose to 410 in 2019 from 385 the year before.", index=1,
         value=385, change="up"),
    Case("Profit jumped to 5bn yuan in 2021 ($770m; £560m).", index=1, value=7.7e8,
         change="up"),
    Case("Parents are asked to stump up nearly half of the fees.", value=0.5, change=""),
]

# a level left after a level reached, past its bound, its counted noun or a rate, and a range
# reached after "to between", in the first level's unit
LEVELS_WITH_GAPS = [
    Case("Mortgage lending dropped to just under £30bn in March, from £31.2bn a year before.",
         index=1, value=3.12e10, change="down"),
    Case("Car exports fell to 2.4 million units from 2.6 million the previous year.", index=1,
         value=2.6e6, change="down"),
    Case("Bread has risen to 90 pence per loaf from 75 pence.", index=1, value=75,
         change="up"),
    Case("The squad has grown to 30 players from 11 countries.", index=1, value=11,
         change=""),  # guard: the countries are no level
    Case("The firm lifted its forecast for the Alpha and Beta mines from 3,000 tonnes a week to "
         "between 4,000 and 5,000.", index=1, low=4000, high=5000, unit="metric ton per week",
         change="up"),
    Case("Turnout climbed from 40% to between 52 and 55 points in the polls.", index=1,
         low=52, high=55, unit="point"),  # guard: the range's own unit stands
]

# a name that was a bare number when that one did something: an age
AGES_WHEN = [
    Case("Mozart was five when he wrote his first piece.", value=5, unit="year of age"),
    Case("Smith was only 19 when she joined the club.", value=19, unit="year of age"),
    Case("The team was 3 points clear when the storm hit.", value=3, unit="point"),  # guard
]

# a move with its unit, then the level it reached with none: two figures, not a range
MOVE_THEN_BARE_LEVEL = [
    Case("The Nasdaq was gaining 12.6 points to 2,140 in early trade.", value=12.6,
         unit="point", change="up"),
    Case("The Nasdaq was gaining 12.6 points to 2,140 in early trade.", index=1, value=2140,
         change=""),
    Case("Prices are expected to rise 2 to 3 points.", low=2, high=3),  # guard
]

# a count, what it counts, then the time it counts it in: a rate of that count
COUNTS_PER_TIME = [
    Case("The new plant will build 90,000 vans a year.", value=90000, unit="count per year",
         dimension="count"),
    Case("Readers looked at an average of 820 pages per month.", value=820,
         unit="count per month"),
    Case("The filter now blocks more than three million junk e-mail messages per week.",
         value=3e6, unit="count per week"),
    Case("The library gets 3,500 visitors each day.", value=3500, unit="count per day"),
    Case("More than 9,000 new sites are added daily.", value=9000, unit="count per day"),
    Case("He used to smoke 40 a day.", value=40, unit="count per day"),
    Case("Readers in Norway borrow 14 books per person per year.", value=14,
         unit="count per year"),  # past a share each
    Case("Two Daily Mail reporters were hurt.", value=2, unit="count"),  # guard: a name
    Case("The firm cut 300 jobs a year ago.", value=300, unit="count"),  # guard
    Case("There was one moment during a season that stood out.", unit="count"),  # guard
]

# bare "degrees" with a word of heat or cold in the sentence: a temperature of no stated
# scale, not an angle; a letter glued to a labelled number: a code, not a unit
HEAT_AND_CODES = [
    Case("The players struggled in 38 degrees heat on Sunday.", value=38, unit="degree",
         dimension="temperature"),
    Case("Temperatures reached 41 degrees in the south.", value=41, dimension="temperature"),
    Case("The ramp is tilted at 35 degrees.", value=35, dimension="angle"),  # guard
    Case("The Apex series 5c went on sale in 1993.", count=0),
]

# a level reached past "an average of", "a record high of" or a phrase of how long, and a
# level an object leaves; a count too large for a run of games is no tally
LEVELS_PAST_PHRASES = [
    Case("Rents rose to an average of £640 a month.", value=640, change="up"),
    Case("House sales fell for the fourth month in a row to 51,000.", value=51000,
         change="down"),
    Case("A fall in the rate of unemployment to 4.6% in May cheered markets.", value=4.6,
         change="down"),
    Case("The central bank may lift its key rate from the present 5.25%.", value=5.25,
         change="up"),
    Case("Shipments were up from 40,000 sets a year earlier.", value=40000, change="up"),
    Case("The charity raised money from 300 donors.", value=300, change=""),  # guard
    # "from the" level left, a participle's phrase of when, "to" the level reached
    Case("The agency revised the yearly rate of inflation down from the 4.1% estimated in "
         "June to 3.6%.", index=1, value=3.6, change="down"),
    Case("Sales fell to $40m, down from the $45 to $50m it had hoped for.", index=1,
         value=4.75e7, low=4.5e7, high=5e7),  # guard: a range left
    # "up" as a verb after a modal or "to", and "upped"; a level that stands as a mark
    Case("The rival may up its offer to the £2bn mark.", value=2e9, change="up"),
    Case("The bank upped its forecast to 3%.", value=3, change="up"),
    Case("It was forced to up the price to $12.", value=12, change="up"),
    Case("He set up the charity to help 200 families.", value=200, change=""),  # guard
    Case("The firm posted a 30% rise in sales for the year to £90m.", index=1, value=9e7,
         change=""),  # guard: the level a change figure reached
    # a bound before the quotation mark that opens on the figure
    Case('The chief executive said that nearly "40% of our staff now work from home".',
         value=40, qualifier="approx"),
    # a share a verb takes out of a whole falls, as one taken off it does
    Case("The write-down is wiping out a quarter of the group's earnings.", change="down"),
    Case("The party took a third of the vote.", change=""),  # guard: a share taken
]

# a word that only says a span runs unbroken stands between a figure and its unit
UNBROKEN_SPANS = [
    Case("She served in the Senate for 30 continuous years.", value=30, unit="year",
         surface="30 continuous years"),
    Case("The line ran for 12 uninterrupted days.", value=12, unit="day",
         surface="12 uninterrupted days"),
    Case("The team won 11 consecutive games.", value=11, unit="count"),  # guard
]

# a race's time: on a stopwatch ("7:52.41", "2:21:45"), or in hundredths after a race's words
# in a sentence of a sprint; not a time by the clock nor a longer race's "33.22"
RACE_TIMES = [
    Case("Mills took the 3,000m title in 7:52.41 on Saturday.", index=1, value=7 + 52.41 / 60,
         unit="minute", dimension="time", surface="7:52.41"),
    Case("Her course record of 2:21:45 still stands.", value=141.75, unit="minute"),
    Case("The 1500m heat went to Kay, who ran 3:41.2 to win it.", index=1, value=3 + 41.2 / 60,
         unit="minute"),
    Case("The talks resume at 9:30 on Monday.", count=0),  # guard
    Case("Grant set a season's best of 7.61 in the 60m hurdles heats.", value=7.61,
         unit="second", dimension="time"),
    Case("In the 200m, Ward finished fourth in 21.34.", value=200, index=0),  # guard
    Case("In the 200m, Ward finished fourth in 21.34.", value=21.34, unit="second", index=1),
    Case("The 12km course was completed in 38.14 by the winner.", index=1, value=38.14,
         unit="count"),  # guard: minutes and seconds of a long race
    Case("The dollar traded in 1.34 range against the euro.", value=1.34, unit="count"),  # guard
    # also where the race is named only in a sentence before, in its paragraph, as the last
    # race named
    Case("Ward ran in the men's 200m final on Sunday. He led early but could only finish "
         "fourth in 21.34.", value=21.34, unit="second", index=1),
    Case("Ward won the 200m heat. Later he took the 3,000m in 8.05 after a slow start.",
         value=8.05, unit="count", index=2),  # guard: a longer race named last
    Case("Ward won the 200m on Sunday.\n\nLater Mills finished the long race in 38.14.",
         value=38.14, unit="count", index=1),  # guard: another paragraph
]

# the ages of a group: "between the ages of" opens a range, a capital word before ages that
# run "to N-year-olds" makes no name of them, and "as young as" bounds an age
AGE_GROUPS = [
    Case("The scheme is open to pupils between the ages of eight and 14.", value=11,
         low=8, high=14, unit="year of age", surface="eight and 14"),
    Case("A study of 300 Scottish 18 to 24-year-olds found most vote.", value=300,
         unit="count", count=2),
    Case("A study of 300 Scottish 18 to 24-year-olds found most vote.", index=1, value=21,
         low=18, high=24, unit="year of age"),
    Case("Most 18 to 24-year-olds use the web daily.", value=21, low=18, high=24,
         unit="year of age"),
    Case("Boys as young as ten were drafted into the army.", value=10, unit="year of age",
         qualifier="at_least"),
]

# "improvement" and "deterioration" are nouns of a move, after the figure or before its "of"
MOVES_FOR_BETTER_OR_WORSE = [
    Case("The division made a profit of $90m, a $60m improvement on the year before.",
         index=1, value=6e7, change="up"),
    Case("Analysts expect a 2% deterioration in margins.", value=2, change="down"),
    Case("The firm saw an improvement of 4% in sales.", value=4, change="up"),
]

# money per any one thing "per" names, and a span of time after such a rate
MONEY_PER_THING = [
    Case("Councils spend $25 per pupil per year on books.", value=25,
         unit="dollar per pupil per year", surface="$25 per pupil per year"),
    Case("The scheme worked out at £90,000 per new council house.", value=90000,
         unit="pound sterling per new council house"),
    Case("Grants of up to £2m per project for small firms were offered.", value=2e6,
         unit="pound sterling per project"),
    Case("Guests pay £60 per person per night.", value=60,
         unit="pound sterling per person per night"),
    Case("Prices rose 5 per cent.", value=5, unit="percentage"),  # guard
    Case("It sold for $8 per share a year ago.", value=8, unit="dollar per share"),  # guard
]

# "one or two" is a range of two words like "two or three", not a lone "two"
ONE_OR_TWO = [
    Case("The club may sell one or two players in January.", value=1.5, low=1, high=2,
         surface="one or two"),
    Case("The outage lasted one or two minutes at most.", value=1.5, low=1, high=2,
         unit="minute", surface="one or two minutes"),
    Case("We spoke to one or two of the directors.", value=1.5, low=1, high=2),
    Case("She has one or other of them on her shelf, and two cats.", value=2,
         surface="two"),  # guard
    Case("Three or four shops closed.", value=3.5, low=3, high=4),  # guard
]

# a multiple written with a hyphen ("10-times faster") is a multiple as "10 times faster" is
HYPHENED_MULTIPLES = [
    Case("The new modem will run 20-times faster than dial-up.", value=20, dimension="ratio"),
    Case("Fees at the clinic are 4-times higher than in 2001.", value=4, dimension="ratio",
         change="up"),
    Case("She is a 3-times champion.", value=3, dimension="count", change=""),  # guard
]

# a noun of change that ends a compound the figure opens is the figure's move; the places of
# a phrase of where joined by "and" keep the verb before the "by" in the clause
MOVES_IN_COMPOUNDS = [
    Case("Nurses are demanding a 9% pay rise this year.", value=9, change="up"),
    Case("Analysts expect a 2% house price drop in the spring.", value=2, change="down"),
    Case("The firm has announced a £40m cost cut.", value=40e6, change="down"),
    Case("Growers reported a 6% year-on-year increase in yields.", value=6, change="up"),
    Case("It sold a 2.5% stake to a rival.", value=2.5, change=""),  # guard
    Case("The 3 million households fall into the lowest band.", value=3e6, change=""),  # guard
    Case("The chain has cut fares in Wales and the north by an average of 12%.", value=12,
         change="down"),
]

# a verb of change whose "from ... to ..." follows a comma after its object still moves both
# levels, which are then no range
MOVES_PAST_A_COMMA = [
    Case("The bank has raised its forecast for the shares, from 410p to 450p.", value=410,
         change="up", surface="410p"),
    Case("The bank has raised its forecast for the shares, from 410p to 450p.", value=450,
         change="up", index=1),
    Case("Output has been cut at the plant, from 900 tonnes to 700 tonnes.", value=700,
         change="down", index=1),
    Case("Seats cost from £20 to £45, the theatre said.", value=32.5, low=20, high=45),  # guard
]

# a number, one word that describes a span and a unit of time is a span in that unit
SPANS_PAST_A_WORD = [
    Case("It has been three incredible weeks for the whole team.", value=3, unit="week",
         surface="three incredible weeks"),
    Case("The repairs took 60 human hours in all.", value=60, unit="hour"),
    Case("He scored two great goals.", value=2, unit="count", surface="two"),  # guard
    Case("Sales rose from 400 to 520 six months later.", value=400, surface="400"),  # guard
]

# a bound before the article of the noun the figure opens; a share restating a sum without a
# comma keeps its move; a level reached past "a new record of" moves
BOUNDS_AND_MOVES_PAST_WORDS = [
    Case("The striker has around an 85% conversion rate.", value=85, qualifier="approx"),
    Case("Its shares fell 6p or almost 2% by noon.", value=2, change="down", index=1),
    Case("Net income fell 3% or $2.10 a share.", value=2.1, change="", index=1),  # guard
    Case("Exports climbed to a new record of £30.1bn.", value=30.1e9, change="up"),
]

# an age set off by a comma and closed by a dash after a full name or a word for a person
AGES_BEFORE_A_DASH = [
    Case("Her attacker, Tom Reid, 19 - who was jailed in May - showed no remorse.", value=19,
         dimension="age"),
    Case("The victim, 14 - a pupil at the school - died in hospital.", value=14,
         dimension="age"),
    Case("Sales rose in Leeds, 12 - a record.", value=12, dimension="count"),  # guard
]

# "add up to" is a total: neither a bound nor a rise
ADDING_UP_TO = [
    Case("Last year the two firms' fees added up to £4.2m.", value=4_200_000, index=1,
         qualifier="exact", change=""),
    Case("Together the grants add up to $900,000 a year.", value=900_000, qualifier="exact",
         change=""),
    Case("The repairs could cost up to £2m.", value=2_000_000, qualifier="at_most"),  # guard
]

# a passive verb of change right before a share or points, or one before "by" and a sum or a share,
# moves a level by it; "raised £5m" alone is money raised
MOVED_BY_PASSIVE = [
    Case("The licence fee was raised 4% last April.", value=4, change="up"),
    Case("Its grant has been raised by 12% to £3m.", value=12, change="up"),
    Case("Water bills were lifted by £25 a year.", value=25, change="up"),
    Case("The ceiling has been slashed 30% since 2002.", value=30, change="down"),
    Case("Interest rates were raised 0.5 points this year.", value=0.5, change="up"),
    Case("The levy was cut 2 percentage points in the Budget.", value=2, change="down"),
    Case("The singer raised £5m for the hospice.", value=5_000_000, change=""),  # guard
    Case("His contract was extended by two years.", value=2, change=""),  # guard
]

# a verb that pushes its object to a level moves it: "push", "drive" whatever the object,
# "take", "bring" a tally; "down" or "a record low" turns it about
PUSHED_TO_A_LEVEL = [
    Case("Weak demand has pushed the trade gap to a record £9bn.", value=9e9, change="up"),
    Case("Strong imports pushed the 11 month trade gap to £48bn.", value=48e9, change="up",
         index=1),  # past a span compounded into the object
    Case("His late goal took his tally to 17 for the season.", value=17, change="up"),
    Case("The sale brought the deal's total value to $4bn.", value=4e9, change="up"),
    Case("The cuts pushed down the jobless rate to 4.8% in May.", value=4.8, change="down"),
    Case("Layoffs pushed factory jobs to a record low of 2.9 million.", value=2_900_000,
         change="down"),
    Case("The army sent 300 troops to 5 cities.", value=5, index=1, change=""),  # guard
    Case("Cold weather pushed gas prices to six-month highs.", value=6, change=""),  # guard
]

# a coin of one currency only is of that currency; a cent is of several
COIN_CURRENCY = [
    Case("Shares in the grocer rose 4p to 312p.", value=4, unit="penny", currency="GBP"),
    Case("The firm offered 450p a share for its rival.", value=450, unit="penny per share",
         currency="GBP"),
    Case("Its shares fell 5 cents to $12.40.", value=5, unit="cent", currency=""),  # guard
]

# "one" for one of those just named, and a spelled number after "day" as a label
ONE_OF_THOSE_NAMED = [
    Case("Buy a good lamp, especially one fitted with a dimmer.", count=0),
    Case("Rivals use other formats, particularly one known as Blu-X, for films.", count=0),
    Case("We have backed the scheme from day one.", count=0),  # guard
    Case("She pulled out on day two of the trials.", count=0),
    Case("Particularly one firm, Acme, gained.", value=1, count=1),  # guard
]

# a verb of multiplying after a modal or "more than" moves its level to the figure after "to"
MULTIPLIED_TO = [
    Case("Exports could more than double to $40bn by 2012.", value=40e9, change="up"),
    Case("Aid will nearly treble to £600m next year.", value=600e6, change="up"),
    Case("Sales are expected to halve to 20,000 cars.", value=20000, change="down"),
    Case("The closure was a double blow to 4,000 workers.", value=4000, change=""),  # guard
    # also with its object between it and "to"
    Case("By 2012, the firm hopes to nearly double output to 90,000 vans.", value=90000,
         change="up"),
    Case("The plan seeks to treble overseas aid to £3bn a year.", value=3e9, change="up"),
]

# a number read out with its decimals; "upto" as "up to"; an age after a quote's speaker;
# one unit written for a pair; a level left after a phrase of when or an earlier estimate
SPOKEN_AND_SHARED = [
    Case("Exports slipped by two point four per cent in March.", value=2.4,
         unit="percentage", surface="two point four per cent"),
    Case("The deal is worth one point five million pounds.", value=1.5e6, currency="GBP"),
    Case("At one point three men were held.", value=3, index=0, count=1),  # guard
    Case("The lorries can carry upto 40 tonnes.", value=40, qualifier="at_most"),
    Case('"We are not giving up," said Okafor, 61.', value=61, dimension="age"),
    Case("The total was 12, said Okafor.", value=12, dimension="count"),  # guard
    Case("Firms will sell 14 and 15 inch tablets.", value=14, unit="inch"),
    Case("Rates of 3 and 4 per cent were set.", value=3, unit="percentage"),
    Case("He won the seat aged 23 and 150 days.", value=23, dimension="age"),  # guard
    Case("It peaked at 8.2m and 41% of viewers.", value=8.2e6, dimension="count"),  # guard
    Case("Output should slow to 1.9% next year from an earlier forecast of 2.4%.", value=2.4,
         index=1, change="down"),
]

# "up" or "down" after a share: its move, where a phrase of what it is measured against or
# the clause's end follows
SHARE_UP_DOWN = [
    Case("Shares in the miner closed 9% down at $2.10.", value=9, change="down"),
    Case("Our orders have been 4 per cent up on last year.", value=4, change="up"),
    Case("The path is only 30% up the hill at that point.", value=30, change=""),  # guard
]

# A level a verb moved its object to, past how often or when it did ("three times last
# year"), moves the way the verb does.
MOVED_PAST_HOW_OFTEN = [
    Case("The central bank raised interest rates three times last year to 4.5%.", value=4.5,
         unit="percentage", change="up", index=1),
    Case("The regulator cut the cap twice in 2004 to £120.", value=120, currency="GBP",
         change="down"),
    Case("The government lifted the limit last year to 5,000 visas.", value=5000, change="up"),
]


# A word of change before a break (a colon, a dash, a comma that no preposition follows)
# does not move the figure after it; a quotation mark is no break.
CHANGE_PAST_BREAK = [
    Case('The chairman added: "Nearly half of our members will retire within a decade."',
         value=0.5, change=""),
    Case("Despite the rapid growth, fewer than 10% of homes have broadband.", value=10,
         qualifier="less_than", change=""),
    Case("The rate of delays is even higher - a quarter of all passengers wait an hour.",
         value=0.25, change=""),
    Case('Labour claimed the Tories would "cut" £20bn from services.', value=20e9,
         change="down"),
    Case("Ministers plan to cut the workforce of 80,000 by almost a fifth.", value=0.2,
         change="down", index=1),
    Case("Sales rose, by 4%, in the quarter.", value=4, change="up"),
    Case("Fuel costs have been edging upward, from 80p a litre in 2004 to 95p in 2006.",
         value=80, change="up"),
    Case("Shares in Tesco were down 2.3%, Sainsbury by 2.6% and Morrisons was down 1.9%.",
         value=2.6, change="down", index=1),
]


# Phrasal verbs with "up" that find, point out or draft what is counted make no move of it
FOUND_NOT_MOVED = [
    Case("The scanner flagged up six serious faults.", value=6, change=""),
    Case("The inquiry threw up 40 new cases of fraud.", value=40, change=""),
    Case("Officials drew up 12 proposals for the new site.", value=12, change=""),
    Case("Sales moved up 4% in June.", value=4, change="up"),
]


# "at least" before the article of a run counted from an end bounds the count
BOUND_ON_RANKED = [
    Case("The injured winger is to sit out at least the first three matches.", value=3,
         qualifier="at_least"),
    Case("The plant will stay shut for at least the next six months.", value=6,
         unit="month", qualifier="at_least"),
    Case("He beat the first three runners.", value=3, qualifier="exact"),
]


# Comparatives of pace and strength after a figure make it a change; a time a faster pace
# makes shorter is none
PACE_COMPARATIVES = [
    Case("The new chip is up to ten times faster than the old one.", value=10, change="up"),
    Case("The rand was 0.5% stronger on the day.", value=0.5, change="up"),
    Case("The new line is 30% slower than the old one.", value=30, change="down"),
    Case("He ran 0.04secs slower in the final.", value=0.04, change=""),
]


# A vague amount written with digits is read whole, as the words are
DIGIT_VAGUE = [
    Case("The podcast has 10s of thousands of fans.", value=10_000, low=10_000,
         high=100_000, qualifier="at_least", surface="10s of thousands", count=1),
    Case("100s of people queued outside the store.", value=100, low=100, high=1_000,
         qualifier="at_least", surface="100s"),
    Case("The site claims 100s of thousands of users.", value=100_000, low=100_000,
         high=1_000_000, surface="100s of thousands"),
    Case("Prices rose in the 1990s of course.", count=0),  # guard: a decade
]


# "N times as" is a multiple only before what it compares ("as many", "as much"), not
# before a clause or a role that says how often ("four times as the side lost")
TIMES_AS = [
    Case("The wall was breached four times as the rebels pressed on.", value=4,
         dimension="count"),
    Case("The fort was breached three times as Leeds lost again.", value=3,
         dimension="count"),
    Case("She won the cup three times as a junior.", value=3, dimension="count"),
    Case("The new plant makes six times as many cars.", value=6, dimension="ratio"),
    Case("It cost three times as much as the old one.", value=3, dimension="ratio"),
]


# "expansion" is a noun of change upward, as "contraction" is downward
EXPANSIONS = [
    Case("Traders had hoped for a 0.4% expansion in the third quarter.", value=0.4,
         change="up"),
    Case("The bank expects 5% expansion next year.", value=5, change="up"),
    Case("The economy saw an expansion of 3% last year.", value=3, change="up"),
    Case("Output suffered a 2% contraction.", value=2, change="down"),  # guard
]


# A length a verb of moving covers from or into a place is a leap or a fall's length, no
# move of a level, as is the length of "a jump of"; a level left after "from" still moves
LEAPS = [
    Case("The thief then jumped 20ft (6m) from a second floor window.", value=20,
         change=""),
    Case("The climber fell 40ft into the gully below.", value=40, change=""),
    Case("Sea levels rose 2mm from the 1990 level.", value=2, change="up"),
    Case("The river rose 3ft over the weekend.", value=3, change="up"),
    # so is a length "a jump of" sizes
    Case("Her best jump of 6.71 metres came in the third round.", value=6.71, change=""),
    Case("Shares saw a jump of 30% in May.", value=30, change="up"),  # guard: a move
]


# A figure joined to a change by "as well as", or after the "against" phrase of the one
# before, moves the same way
JOINED_AGAINST = [
    Case("The pound has fallen by 20% against the dollar - as well as by 12% against the "
         "euro - since June.", value=12, index=1, change="down"),
    Case("The pound has fallen by 20% against the dollar and by 12% against the euro.",
         value=12, index=1, change="down"),
    Case("Sales rose 5% against the odds and 3% of staff left.", value=3, index=1,
         change=""),  # guard: a share of something else
]


# A level a verb of change moves its object to, past a year in the object and a bracket
# that restates it, and the level it left
LEVELS_PAST_A_YEAR = [
    Case("He wants to increase the 2006 budget to 1,500 trillion rials ($170.1bn; "
         "£90.2bn) from last year's 1,100 trillion.", value=1.5e15, change="up"),
    Case("He wants to increase the 2006 budget to 1,500 trillion rials ($170.1bn; "
         "£90.2bn) from last year's 1,100 trillion.", value=1.1e15, index=3,
         change="up", currency="IRR"),
    Case("The firm will lift its 2004-5 payout to 70 cents from 55 cents.", value=70,
         change="up"),
]


# A minute of a game's clock, "after" or "on" it in a sentence that tells of play, is a
# point in the game, no figure; a span after an event stays one
GAME_MINUTES = [
    Case("Leeds went ahead after 38 minutes, Brown heading in a cross.", count=0),
    Case("The visitors went ahead on 41 minutes with a penalty.", count=0),
    Case("Patel replaced the injured Green, coming on after 64 minutes.", count=0),
    Case("The fire was put out after 20 minutes.", value=20, unit="minute"),
    Case("He was rescued after 40 minutes in the water.", value=40, unit="minute"),
    Case("City scored twice in 10 minutes.", value=10, unit="minute"),  # a span of play
]


# An hour told by the part of the day after it, after a word of when, is a time of day
HOURS_OF_THE_DAY = [
    Case("Bars could stay open until two or three in the morning.", count=0),
    Case("He got up at 5 in the morning to train.", count=0),
    Case("The club shuts at 11 at night.", count=0),
    Case("The bakery sold 12 in the morning.", value=12),  # guard: a count
]


# A number after a month and a comma, or before one after a comma, is no day of it
MONTH_THEN_COMMA = [
    Case("In May, 12 people died in the floods.", value=12),
    Case("In May, 11.2 million fans saw the final.", value=11.2e6,
         surface="11.2 million"),
    Case("On 4 May, 20 people were hurt.", value=20),
    Case("On October 22 the firm said it would close.", count=0),  # guard: a date
    Case("On Oct. 31 the index fell.", count=0),  # guard: a date
    Case("It was signed on 22 October.", count=0),  # guard: a date
]


# a move restated by "or" in another measure, then the level reached: no range
MOVES_RESTATED_BY_OR = [
    Case("Its shares closed up 4%, or 11.5 pence to 301.5p.", index=1, value=11.5,
         surface="11.5 pence", change="up"),
    Case("Its shares closed up 4%, or 11.5 pence to 301.5p.", index=2, value=301.5,
         surface="301.5p"),
    Case("Prices rose 2%, or 1 to 3 pence a litre.", index=1, low=1, high=3),  # guard: a
    # range of the move
]

# the points of a plan or a deal are counted, a lead's are points
POINTS_OF_A_PLAN = [
    Case("The £2bn pledge forms part of a seven-point plan for the region.", index=1,
         value=7, unit="count"),
    Case("Ministers backed a 20-point agreement with the unions.", value=20, unit="count"),
    Case("The Tories hold a 12-point lead.", value=12, dimension="points"),  # guard
]

# a bare number one retires before or after is an age
RETIRING_AGES = [
    Case("Staff cannot be made to retire before 65 under the new rules.", value=65,
         dimension="age"),
    Case("Bosses will no longer force staff to retire before 65.", value=65, dimension="age"),
    Case("Most men retired after 60 in those days.", value=60, dimension="age"),
    # and so is one that bounds retirement or staff, also at a headline's end
    Case("Curbs on forced retirement under 67\n\nFirms will have to justify it.", value=67,
         dimension="age"),
    Case("The bonus is paid to staff over 50.", value=50, dimension="age"),
    Case("Singer Lomax dies at 81\n\nThe singer had been ill for a year.", value=81,
         dimension="age"),
]

# a level that comes down has moved; a contest that comes down to a decider has not
COME_DOWN_TO = [
    Case("The cost of a broadband line has now come down to as little as £15 a month.",
         value=15, change="down"),
    Case("The price of a flight to Paris came down to £40.", value=40, change="down"),
    Case("The final came down to two tie-breaks.", value=2, change=""),  # guard
]

# money per one thing, in coins too, up to the verb after it
COINS_PER_THING = [
    Case("Songs cost 79p per track on the site.", unit="penny per track"),
    Case("The cost of even 70p per song can mount up.", unit="penny per song"),
    Case("A fee of $5 per user could apply.", unit="dollar per user"),
    # past the names of the thing's owner before it
    Case("Zeta tabled an offer of 480 pence per Acme share.", unit="penny per share",
         surface="480 pence per Acme share"),
    Case("The levy comes to £5 per UK household a year.",
         unit="pound sterling per household per year"),
    Case("It will cost $5 per Monday session.", unit="dollar per session"),
]


# "three quarters" of a movement is three quarters of a year; of a group, a share
QUARTERS_OF_MOVES = [
    Case("Output rose after three quarters of recession.", value=3, dimension="time"),
    Case("Shares slid after three quarters of slowdown in sales.", value=3, dimension="time"),
    Case("Three quarters of the staff were laid off.", value=0.75, dimension="fraction"),
    # guard: a share of a group
]


# a maker's model number where the text names the maker is a name, not a count
MAKERS_MODELS = [
    Case("Boeing's profit fell after an air force 767 tanker deal was dropped.", count=0),
    Case("Boeing will build the new 777 in Seattle.", count=0),
    Case("Boeing said 787 jobs would go.", value=787),  # guard: it counts the jobs
    Case("Acme has 767 staff.", value=767),  # guard: no maker named
]


# "above" or "below" a mark or level the figure names is a bound, whichever side the noun of
# the mark stands: after the figure, or before it with "of"
SIDES_OF_MARKS = [
    Case("The jobless total fell below the politically sensitive threshold of three million.",
         value=3e6, qualifier="less_than"),
    Case("Shares in the bank slipped below the 300p level.", value=300, qualifier="less_than"),
    Case("The index climbed above the 5,000 mark for the first time.", value=5000,
         qualifier="more_than"),
    Case("Jobless claims went above the politically key level of two million.", value=2e6,
         qualifier="more_than"),
    Case("Wages rose by 4% above the rate of inflation.", value=4,
         qualifier="exact"),  # guard: no mark the figure names
]


# compounds of a number that name a kind of show or contest, and "in one piece", give no
# figure; a count beside them stays
KINDS_AND_IDIOMS = [
    Case("The comedian has staged two one-man shows this year.", value=2, count=1),
    Case("The runner will race in a four-way match against Spain.", count=0),
    Case("The group was born of a three-way merger in 1999.", count=0),
    Case("\"I came through in one piece,\" she said.", count=0),
    Case("He scored one goal in the second half.", value=1),  # guard
    # a minute of a game's clock in a sentence of play
    Case("It took a fine stop from the keeper to keep out Green's drive after 70 minutes.",
         count=0),
    Case("The bus reached the next stop after 20 minutes.", value=20, unit="minute"),  # guard
]

# the level reached after a level left that a mark names ("from a peak of"), a time
# ("today") or past a bound or a weight ("to about", "to just"); a verb of change's pace
# after "at"; a size a figure hyphened to a noun gives, which no verb moves
LEVELS_AND_SIZES = [
    Case("Its ratings slid from a peak of nine million to just 2.5 million.", value=2.5e6,
         change="down", index=1),
    Case("Waiting times fell from 40 to just 18 days last year.", value=40, unit="day",
         change="down", index=0),
    Case("The bank wants to lift lending from about 3% today to about 20% within a decade.",
         value=20, change="up", index=1),
    Case("Sales rose from about 15% to about 23% in a year.", value=23, change="up", index=1),
    Case("Tickets cost from about £15 to about £23.", value=23, change="", index=1),  # guard
    Case("Spending grew at 3.2% in the quarter.", value=3.2, change="up"),
    Case("The firm is weighed down by £3bn of debts.", value=3e9, change=""),
    Case("United sink 10-man Rovers", value=10, change=""),
    Case("She lost a three-set thriller to Jones on Tuesday.", value=3, change=""),
    Case("The club cut its squad to 20 players.", value=20, change="down"),  # guard
    # a bare "m" before a phrase of when stays millions, but for a race's named distance
    Case("Sales of 10m five years ago were low.", value=1e7),  # guard
    Case("She ran the 5000m two weeks later.", value=5000, unit="metre", count=2),
    Case("He hopes to sprint well over 60m indoors next month.", value=60, unit="metre"),
]


# "three quarters" is a share where an "of" follows, also past its restatement between
# dashes; a span of time where the "of" names a year
QUARTERS_AND_SHARES = [
    Case("Almost three quarters - 74% - of the 2,000 voters polled backed the plan.",
         value=0.75, unit="fraction"),
    Case("Profits rose in three quarters of 2004 and fell in one.", value=3, unit="quarter"),
    Case("Almost three quarters of the voters polled backed the plan.", value=0.75,
         unit="fraction"),  # guard
]


# a time by the clock with its zone between a verb of change and its "by" is no figure of
# the clause: the verb moves the level by the figure
CLOCK_TIMES_IN_CLAUSES = [
    Case("The court agreed to extend his 2300 GMT curfew by three hours so he could attend.",
         value=3, unit="hour", change="up"),
]


# a level a verb of change takes its object to, past a long object ("the total number of
# copies of each song on sale") or a participle that ends it
LEVELS_PAST_LONG_OBJECTS = [
    Case("Hiring rose again, taking the count of people employed to 2.7 million.", value=2.7e6,
         change="up"),
    Case("The label is pressing 3,000 more discs, taking the overall count of discs of each "
         "album in shops to 19,000.", value=19000, change="up", index=1),
    Case("The donor states hope to lift the share of aid they offer to 0.5% of their national "
         "output.", value=0.5, change="up"),
    Case("Police sent 300 extra officers from the capital to five towns.", value=5, change="",
         index=1),  # guard: no tally
]


# "better" and "worse" after a figure are comparatives of its move, as "higher" is; not
# after a bare count before a noun ("a hundred better films")
BETTER_AND_WORSE = [
    Case("The new screen makes the picture about three times better than before.", value=3,
         change="up"),
    Case("Pensioners would be £420 worse off a year under the plan.", value=420, change="down"),
    Case("There must be a hundred better films than this one.", value=100, change=""),  # guard
]


# a verb of change right before "by" and a bound and a share in words moves the level by
# it, whatever move a noun further back names
CUTS_BY_BOUNDED_SHARES = [
    Case("The group said its sales growth will be trimmed by about three percentage "
         "points next year.", value=3, change="down"),
    Case("The fee was raised by ten per cent.", value=10, change="up"),  # guard
]


# a level after "down at" or "up at", or one a verb puts its object "up to" or "down to",
# or one past a word that weighs it, has moved; "12% down at" and "stepped down at" have not
LEVELS_PUT_AND_CLOSED = [
    Case("The bank's shares finished the week down at 410p.", value=410, change="down"),
    Case("Our stake ended the session up at €3.20 after the vote.", value=3.2, change="up"),
    Case("The retailer closed 4% down at 230p.", index=1, value=230, change=""),  # guard
    Case("She stepped down at 62 after the merger.", value=62, change=""),  # guard
    Case("The new levy puts the average cost of a ticket up to £48.", value=48, change="up"),
    Case("Engineers must get the weight of the frame down to under 9kg.", value=9,
         change="down"),
    Case("Orders of the toy are forecast to climb to a staggering 2.5 million.", value=2.5e6,
         change="up"),
    Case("Unemployment sank to a near 25-year low in March.", surface="25-year",
         change=""),  # guard
]


# a level after a change figure's noun and a long "in" phrase has none; one past a span's
# high has moved; a span a record spans has not
RECORDS_AND_LONG_MOVES = [
    Case("The rally came despite a 45% rise in the region's annual trade deficit to $3bn.",
         index=1, value=3e9, change=""),
    Case("Output has been climbing, with sales rising to a ten-year high of 4.1 million.",
         index=1, value=4.1e6, change="up"),
    Case("Producers have raised output to 12-year highs.", surface="12-year", change=""),
]


# a bound after "did not" and a verb of its own turns about; a bound before an estimate
# outweighs it
BOUNDS_NEGATED_AND_ESTIMATED = [
    Case("The team did not win more than two games all season.", value=2,
         qualifier="at_most"),
    Case("Fans didn't buy more than 400 tickets for the final.", value=400,
         qualifier="at_most"),
    Case("It did not matter that more than 300 people came.", value=300,
         qualifier="more_than"),  # guard
    Case("There are at least an estimated 40,000 wind turbines in Europe.", value=40000,
         qualifier="at_least"),
    Case("The concert tour earned more than the expected $9m in its first month.", value=9e6,
         qualifier="more_than"),  # "the" before the estimate, as "an"
]


# a figure that names an age group is years of age
AGES_NAMING_GROUPS = [
    Case("Shoppers in the 25-44 age group spent the most.", low=25, high=44,
         dimension="age"),
    Case("Voters in the 18 to 24 age bracket stayed at home.", low=18, high=24,
         dimension="age"),
]


# a bare count with "more" or "less" and, past its noun, "than" is a change; "two more
# people" and "a thousand better songs than" are counts
MORE_THAN_PAST_NOUNS = [
    Case("The firm is printing 2,000 more posters of each design than it planned.",
         value=2000, change="up"),
    Case("Two more people died on Monday.", value=2, change=""),  # guard
    Case("There are a hundred better films than this one.", value=100, change=""),  # guard
]


# a number written with thousands marks after a capitalised word is a figure, not part of a
# name or label ("Boeing 787")
GROUPED_AFTER_NAMES = [
    Case("In Norway it was 61,000 and in Finland 52,000.", value=52000, index=1, count=2,
         surface="52,000"),
    Case("The firm delivered 40 Boeing 787 jets.", value=40, count=1),  # guard
]


# a word that opens a clause or phrase between a verb of change and a figure ends the verb's
# object: the figure is not the move
OBJECT_ENDS_BEFORE_FIGURE = [
    Case("The firm expects to cut jobs following its $16bn takeover of rival Acme.",
         value=16e9, change=""),
    Case("The firm cut its dividend 10% this year.", value=10, change="down"),  # guard
]


# a mark passed is a bound also past a bracket that restates it
MARKS_PASSED_PAST_BRACKETS = [
    Case("The film became the first this year to pass the $200m (£105m) mark.", value=200e6,
         qualifier="more_than"),
    Case("The film took $200m (£105m) in its first month.", value=200e6,
         qualifier="exact"),  # guard
]


# the figure a comparative sets another against ("lower than the ...") is a standard, no move
STANDARDS_COMPARED_WITH = [
    Case("That is well below the 9% the lenders had hoped to recover.", value=9,
         change=""),  # guard: no comparative word, no move either
    Case("Output was lower than the 4,000 tonnes the mine had aimed for.", value=4000,
         change=""),
    Case("Profits were higher than the $5m analysts expected.", value=5e6, change=""),
    Case("Sales fell to less than 5% of the total.", value=5, change="down",
         qualifier="less_than"),  # guard: a bound, no standard
]


# two levels of a move set off by commas, each with its own time, after a verb's particle
LEVELS_SET_OFF = [
    Case("Use of the drug has shot up, from 3% before the 1990s, to 40% after 2010.",
         value=3, change="up"),
    Case("Use of the drug has shot up, from 3% before the 1990s, to 40% after 2010.",
         value=40, change="up", index=1),
    Case("The share has dropped, from 60% in 2001, to 35% in 2004.", value=35,
         change="down", index=1),
    Case("He picked up, from 10 yards, a loose ball.", value=10, change=""),  # guard
]


# "or thereabouts" after a figure makes it approximate, as "or so" does
OR_THEREABOUTS = [
    Case("The bill came to $4m or thereabouts.", value=4e6, qualifier="approx"),
    Case("The reward came in the shape of £3m or thereabouts.", value=3e6,
         qualifier="approx"),
]


# a figure joined to a change past a place and a phrase of when moves the same way
CHANGES_JOINED_PAST_WHEN = [
    Case("The IMF expects growth of 2% in Spain next year and 1.8% in Italy.", value=1.8,
         change="up", index=1),
    Case("Prices fell 3% in Leeds last month and 2% in York.", value=2, change="down",
         index=1),
]


# a verb of change reaches its "by" past a relative clause on its object set off by commas
CHANGES_PAST_A_WHICH = [
    Case("The council wants to cut the schools budget, which pays for teachers and books, by "
         "£4m.", value=4e6, change="down"),
    Case("The firm, which makes cars, was fined by regulators £4m.", value=4e6,
         change=""),  # guard: no verb of change
]


# a level reached past "little" and a bound moves as the verb says
LEVELS_PAST_LITTLE = [
    Case("The deficit could narrow to little more than £30bn by 2010.", value=30e9,
         change="down", qualifier="more_than"),
]


# "scaled back to" moves a level down; a pair of levels joined after "this year" moves the
# same way, its level left too
LEVELS_SCALED_BACK = [
    Case("Growth forecasts for India were pared back to 6.1% from 6.5% this year and 5.9% from "
         "6.2% in 2006.", value=6.1, change="down"),
    Case("Growth forecasts for India were pared back to 6.1% from 6.5% this year and 5.9% from "
         "6.2% in 2006.", value=5.9, change="down", index=2),
    Case("Growth forecasts for India were pared back to 6.1% from 6.5% this year and 5.9% from "
         "6.2% in 2006.", value=6.2, change="down", index=3),
    Case("He came back to 5% after a poor run.", value=5, change=""),  # guard
]


# a vague amount with its scale word left singular is read as the plural is
VAGUE_SCALES_SINGULAR = [
    Case("The plan would move tens of thousand of clerks off the payroll.", value=10_000,
         low=10_000, high=100_000, qualifier="at_least", surface="tens of thousand", count=1),
]


# a second figure joined to a move past the "at" phrase of a firm with a kind before its name
# moves the same way
MOVES_AT_A_NAMED_KIND = [
    Case("Budget chains did well too, with sales climbing 12% at discount supermarket group "
         "Aldi and 9.5% at Tesco.", value=9.5, change="up", index=1),
    Case("Sales rose 5% at the Leeds branch and 40% of staff left.", value=40, change="",
         index=1),  # guard: a share of something else
]


# Two levels of a change with the first restated in a bracket and its year between them:
# all three move
LEVELS_PAST_A_BRACKET_AND_A_YEAR = [
    Case("Ticket sales dropped from £4.1m ($7.7m) in 2019 to £2.6m in 2021.", value=4.1e6,
         change="down", index=0),
    Case("Ticket sales dropped from £4.1m ($7.7m) in 2019 to £2.6m in 2021.", value=7.7e6,
         change="down", index=1),
    Case("Ticket sales dropped from £4.1m ($7.7m) in 2019 to £2.6m in 2021.", value=2.6e6,
         change="down", index=2),
]


# A level joined to a level reached past a "for" phrase moves the same way
LEVELS_PAST_A_FOR_PHRASE = [
    Case("The grant will rise to £40 a week for a single parent and £65 for a couple.",
         value=65, change="up", index=1),
    Case("Fees fell to $300 for members and $450 for everyone else.", value=450,
         change="down", index=1),
    Case("Fees rose 5% for members and 200 new members joined.", value=200, change="",
         index=1),  # guard: a count of something else
]


# A count in a second or a minute is a rate, as one in a day or an hour is; not an
# ordinal "second" that names something after it
COUNTS_PER_SECOND = [
    Case("The new chip can carry out 90 billion sums a second.", value=90e9,
         unit="count per second"),
    Case("At peak times the helpline takes 250 calls per minute.", value=250,
         unit="count per minute"),
    Case("The plant shed 120 jobs as a second wave of closures hit the town.", value=120,
         unit="count"),
]


# A count of goals or games a verb takes "to" is a level reached, which moves; a tally of
# games lost is no move
TALLIES_REACHED = [
    Case("Okafor raised his tally to 19 goals with a header in stoppage time.", value=19,
         change="up"),
    Case("The visitors have lost eight of their 12 games this season.", value=8, change=""),
]


# A bare count left right after a count that moved moves the same way, also past "the
# current total of"; not a count of its own noun
BARE_LEVELS_LEFT = [
    Case("The plan would mean a cut of about 40 from the current total of 310 seats.",
         value=310, change="down", index=1),
    Case("Membership fell by 15 from 95 in a single year.", value=95, change="down",
         index=1),
    Case("The chain will shut 60 branches from 1,400 outlets.", value=1400, change="",
         index=1),
]


# A level reached moves with the level left "up from" or "down from" after it, also past
# "but this is" or "which is", and where the level left is a peak or a high "of" it
LEVELS_PAST_BUT_THIS_IS = [
    Case("The browser holds a share of about 70% but this is down from a high of nearly 85% "
         "two years ago.", value=70, change="down"),
    Case("Its market share stood at 31%, which was up from 24% a year earlier.", value=31,
         change="up"),
    Case("Attendance was 41,000, down from a peak of just over 50,000.", value=41000,
         change="down"),
]


# A level a verb of change reaches moves also past a "by" phrase of when between the verb
# and its "to" ("will double by 2012 to ..."), and after a verb that multiplies
LEVELS_PAST_A_BY_YEAR = [
    Case("The number of smart meters is set to double by 2012 to 40 million homes.", value=40e6,
         change="up"),
    Case("Output could fall by next spring to 300,000 barrels a day.", value=300000,
         change="down"),
    Case("Profits rose by 5% to £2bn.", value=2e9, change="", index=1),  # guard: the
    # level a change figure reached
]


# Feet written with a prime before inches with theirs are one height in feet, as "6ft 2in"
# is
FEET_AND_INCHES_IN_PRIMES = [
    Case("The suspect is said to be about 6' 1\" tall with short dark hair.", value=6 + 1 / 12,
         unit="foot", qualifier="approx", surface="6' 1\""),
    Case("She stands 5′ 4″ in her socks.", value=5 + 4 / 12, unit="foot", surface="5′ 4″"),
]


# A share of the vote that a verb of gaining wins is a share won, no move; a share of one's
# own value gained still rises
SHARES_OF_THE_VOTE_GAINED = [
    Case("The Green candidate finished fourth in the count, having gained just 3% of the "
         "vote.", value=3, change=""),
    Case("The Liberals gained 7% of all ballots cast in the city.", value=7, change=""),
    Case("Shares in the brewer gained 4% of their value in a week.", value=4,
         change="up"),  # guard
]


# A level a move's noun leaves, past the noun's "in" phrase, moves the way the noun says
LEVELS_LEFT_PAST_IN_PHRASES = [
    Case("Ministers backed a cut in the basic rate of income tax from 22%.", value=22,
         change="down"),
    Case("An increase in the inheritance tax threshold from £250,000 was announced.",
         value=250000, change="up"),
]


# "at age 18" is an age, as "at the age of 18" is
AGES_WITHOUT_THE = [
    Case("Pupils may leave the scheme at age 16 if their parents agree.", value=16,
         unit="year of age"),
    Case("Savers can draw the pension from age 55.", value=55, unit="year of age"),
]


# A quotation opened inside a clause is no end of it: the verb of change before the mark
# moves the levels after it
CHANGES_PAST_A_QUOTATION_MARK = [
    Case('The ministry wants to lift Peru\'s "poor rate of broadband take-up from about 3% '
         'to 20% by 2010."', value=3, change="up"),
    Case('The ministry wants to lift Peru\'s "poor rate of broadband take-up from about 3% '
         'to 20% by 2010."', value=20, change="up", index=1),
]


# A level a verb's object leaves moves the way the verb says also past the object's "of"
# phrase
LEVELS_LEFT_PAST_OF_PHRASES = [
    Case("The charity wants the watchdog to cut the price of the calls from the current "
         "£5.50 per minute.", value=5.5, change="down"),
    Case("The club raised the price of tickets from £20 last year.", value=20, change="up"),
]

# a bare number last of what a copula says a person is, after "and", is that one's age
AGES_LAST_OF_WHAT_ONE_IS = [
    Case("He is a fine goalkeeper and only 23.", value=23, unit="year of age"),
    Case("She was at the peak of her career and just 34, her agent said.", value=34,
         unit="year of age"),
    Case("I was touring with a band and three, four years ago I quit.", value=3,
         unit="count"),  # guard: a progressive, then a time
    Case("He is a fine goalkeeper and saved 23.", value=23, unit="count"),  # guard
]

# a move past a word that only weighs it ("by a massive"), and a share after "of" on a
# noun a participle of change is set before: the noun moves as the participle says (not a
# count, which is the level)
MOVES_PAST_WEIGHTS_AND_PARTICIPLES = [
    Case("The plan would cut council budgets by a massive £12 billion.", value=12e9,
         change="down"),
    Case("Fares rose by a whopping 18% last year.", value=18, change="up"),
    Case("She pointed to falling beer sales of 9% in Dublin.", value=9, change="down"),
    Case("The region has rising house prices of 7% a year.", value=7, change="up"),
    Case("The shrinking workforce of 40,000 needs training.", value=40000, change=""),  # guard
]

# a range whose ends are each restated in a bracket is two ranges, one in each currency,
# each row from its first end to its second; not two levels of a change
RANGES_RESTATED_END_BY_END = [
    Case("The paintings were valued at between $40,000 (£21,000) and $60,000 (£32,000).",
         value=50000, unit="dollar"),
    Case("The paintings were valued at between $40,000 (£21,000) and $60,000 (£32,000).",
         index=1, value=26500, unit="pound sterling"),
    Case("Fees range from $1.5m (£0.8m) to $3m (£1.6m) a year.", value=2.25e6,
         unit="dollar per year"),
    Case("Shares slid from 88p ($1.70) to 51p ($0.98).", index=2, value=51,
         change="down"),  # guard: two levels of a change
    # only the first end restated: the range in the first currency, the bracket single
    Case("Interns at the bank earn between $30,000 (£15,900) and $45,000 a year.",
         value=37500, low=30000, high=45000, unit="dollar per year", count=2),
    Case("Interns at the bank earn between $30,000 (£15,900) and $45,000 a year.",
         index=1, value=15900, unit="pound sterling"),
    Case("Fines will be set at between 300 euros (£208) and 900 euros.", value=600,
         low=300, high=900, unit="euro", count=2),
]

# a sum a passive verb takes off a whole is a fall, as in the active
TAKEN_OFF_IN_THE_PASSIVE = [
    Case("Some £5bn has been cut from the firm's costs.", value=5e9, change="down"),
    Case("About £4,000 ($7,500) was wiped off the value of an average home.", value=4000,
         change="down"),
    Case("Some £2m was taken from the fund.", value=2e6, change=""),  # guard: a sum taken
]

# a noun of change ending a compound the figure opens, past an acronym in it
ACRONYMS_IN_A_COMPOUND_MOVE = [
    Case("Backed by the 6% GDP growth expected for 2005, shares climbed.", value=6,
         change="up"),
    Case("Analysts expect a 4% EU export fall next year.", value=4, change="down"),
    Case("The 6% GDP growth rate was a record.", value=6, change=""),  # guard: a rate's level
]

# a range whose ends are in two units of one time, length or mass, read in the first's
RANGES_ACROSS_UNITS = [
    Case("The crime carries a term of 18 months to three years in jail.", value=27, low=18,
         high=36, unit="month", surface="18 months to three years"),
    Case("The ferry crossing takes 40 minutes to two hours.", value=80, low=40, high=120,
         unit="minute"),
    Case("Prices rose from 16p to £4.", value=16, change="up"),  # guard: two levels
]

# "a year or two": a range from the one unit "a" counts to the number after "or", in that
# unit, also as a rate ("an hour or two a day"); not a thing that is no unit
ONE_OR_TWO_UNITS = [
    Case("The plant should be running within a year or two.", value=1.5, low=1, high=2,
         unit="year", qualifier="at_most", surface="a year or two"),
    Case("Some teenagers game for an hour or three a day.", value=2, low=1, high=3,
         unit="hour per day", dimension="time", surface="an hour or three"),
    Case("The post missed by an inch or two.", value=1.5, unit="inch", surface="an inch or two"),
    Case("She ate an apple or two.", value=2, unit="count"),  # guard: no unit
]

# a range's first end is in the thousands its second end writes once, where it is below
# the second's leading group and over a tenth of it
THOUSANDS_WRITTEN_ONCE = [
    Case("Each director was fined between £20-60,000.", value=40000,
         low=20000, high=60000, currency="GBP"),
    Case("Crowds of 15-20,000 are expected.", value=17500, low=15000, high=20000),
    Case("Estimates run from 1-10,000 cases.", low=1, high=10000),  # guard: a tenth
    Case("Some 10-15 people were hurt.", low=10, high=15),  # guard: no thousands
]

# a level regained "back to" after a verb of coming back, or after "recovered to", is up
LEVELS_REGAINED = [
    Case("The pound sank to $1.80 at noon, before bouncing back to $1.83.", value=1.83,
         change="up", index=1),
    Case("Output may dip to 2.1% in 2026, then start recovering to 2.6% in 2027.", value=2.6,
         change="up", index=1),
    Case("Halden shares clawed back to 318p by the close.", value=318, change="up"),
    Case("Officers recovered £40,000 of the stolen money.", value=40000,
         change=""),  # guard: no level reached
]

# bare rupees are India's unless the text names one other country of the rupee, and not India
RUPEES_OF_THE_COUNTRY = [
    Case("Flood to cost Pakistan $2bn. The lender has set aside 8bn rupees for rebuilding.",
         value=8e9, currency="PKR", unit="pakistani rupee", index=1),
    Case("Sri Lanka's central bank let the currency slip to 104 rupees to the US dollar.",
         value=104, currency="LKR", unit="sri lankan rupee per dollar"),
    Case("The Mumbai firm will raise 4bn rupees.", value=4e9, currency="INR"),  # guard: none
    Case("Exports from India and Pakistan earned 90bn rupees.", value=9e10,
         currency="INR"),  # guard: India named, with another
    Case("In Colombo the deal was worth 2bn Indian rupees.", value=2e9,
         currency="INR"),  # guard: named Indian
]

# jobs or posts a passive verb right after them cuts or adds move as its object does
POSTS_CUT_IN_THE_PASSIVE = [
    Case("Some 212,000 new jobs were added in March, the figures show.", value=212000,
         change="up"),
    Case("About 450 posts are to be axed at the Derby works.", value=450, change="down"),
    Case("A further 900 civil service jobs have been cut this year.", value=900,
         change="down"),
    Case("Some 1,400 flights were cancelled on Friday.", value=1400, change=""),  # guard
]

# ... and an active verb of theirs right before them, in any form
POSTS_CUT_BY_ANY_FORM = [
    Case("Halden is axing 650 staff at its Derby works.", value=650, change="down"),
    Case("The carmaker plans to axe another 1,200 jobs in Spain.", value=1200, change="down"),
    Case("Corvex, which is cutting about 3,000 posts, reported a loss.", value=3000,
         change="down"),
    Case("The group has been slashing 200 full-time posts in Wales.", value=200,
         change="down"),
    Case("The airline axed 30 routes last winter.", value=30, change=""),  # guard: no posts
]

# "over" a race's distance, after what is won or ranked on it, is its course, no bound
RACES_WON_OVER = [
    Case("She is now the second fastest over 400m in Europe this season.", value=400,
         qualifier="exact"),
    Case("He retained his European title over 1500m in Madrid.", value=1500,
         qualifier="exact"),
    Case("The world silver medallist over 5,000m will also run.", value=5000,
         qualifier="exact"),
    Case("The gold statue stands over 20m high.", value=20, qualifier="more_than"),  # guard
]

# a place in the charts or in a list that ranks, written as a bare number after "at" or a
# move's "to", is a rank, as "at number five" is: no figure
CHART_PLACES = [
    Case("The band's single slipped to eight in the charts this week.", count=0),
    Case("New names on the annual list included the singer Mia Holt at 17.", count=0),
    Case("The band ended up in 12th place, while the Saints wound up at a lowly 44.", count=0),
    Case("Her film dropped a place to four at the US box office.", count=0),
    Case("The waiting list fell to 20 in May.", value=20),  # guard: no list that ranks
    Case("The chart shows sales rose to 40 in May.", value=40),  # guard: a chart that shows
]

# a round of a cup named by how many are left in it, "100%" said of how fully one is or
# does, and "one day" as some day: no figures
ROUNDS_BY_THOSE_LEFT = [
    Case("The Saints earned a place in the last 16, where they meet Porto.", count=0),
    Case("She reached the last eight of the Dubai Open with ease.", count=0),
    Case("United face Lille in a last-16 tie next month.", count=0),  # (none before too)
    Case("City have won the last four games at home.", value=4),  # guard: a count
    Case("Prices have doubled over the last 16 years.", value=16, unit="year"),  # guard
]
FULLY_NOT_SHARES = [
    Case('His mother said she was "100% certain" he was innocent.', count=0),
    Case('"I feel 100% again and ready to play," said the striker.', count=0),
    Case('"Mentally I am 100%," she told reporters.', count=0),
    Case("The bank bought 100% of the insurer in May.", value=100),  # guard: a stake
    Case("Sales of the phone grew by 100% last year.", value=100),  # guard: a move
]
SOME_DAY = [
    Case("He hopes he will one day coach the national side.", count=0),
    Case("The strike will last one day in May.", value=1, unit="day"),  # guard: a span
]

# a bracketed number after a name, in a line that only lists names: a seed or a
# substitute's minute, not a figure
NAMES_LISTED_WITH_NUMBERS = [
    Case("Pool A (seeds in brackets)\n\nPeru (3), Chile (6), Oman, Laos.", count=0),
    Case("Subs: Lee for Hart (53), Cole for van der Berg (60). Not used: Fox, Reid.", count=0),
    Case("Booked: Okafor (41).", count=0),
    Case("The side went down to goals from Silva (2) and Costa.", value=2),  # guard: a
    # sentence, a count of goals
    Case("Most of the top 50 firms (44) publish a report.", value=44, index=1),  # guard
]

# a "one" before a currency that is the base of an exchange rate, and a point on a game's
# clock told as minutes "into" a part of play: no figures of their own
RATE_BASES_AND_CLOCK_POINTS = [
    Case("The dollar slipped, with one euro worth $1.32 at the close.", count=1, value=1.32),
    Case("One dollar bought 103.10 yen on Friday.", count=1, value=103.1),
    Case("Ten credits are equal to one euro in the shop.", count=1, value=10),
    Case("Lee hit the bar two minutes into extra-time.", count=0),
    Case("Cole scored 4 minutes into second-half stoppage time.", count=0),
    Case("She paid one pound for the ticket.", value=1, unit="pound sterling"),  # guard
    Case("The talks went on for two minutes into the night.", value=2,
         unit="minute"),  # guard: a span
]

# a bound written after the figure: "or higher", "or lower", "and less"
BOUNDS_OF_HEIGHT_AFTER = [
    Case("The index must stay at 60% or higher for the plan to work.", value=60,
         qualifier="at_least"),
    Case("Loans of $500 or lower carry no fee.", value=500, qualifier="at_most"),
    Case("Night frost takes the air down to minus 15C and less.", value=-15,
         qualifier="at_most"),
    Case("Sales grew 4% or higher than the year before.", value=4,
         qualifier="exact"),  # guard: a comparison
]

# compounds of a number that name a kind of match, joke or vehicle: no figure
KINDS_NAMED_BY_NUMBER = [
    Case("Hewitt was taken to a four-setter in the first round.", count=0),
    Case("The comic's act was full of one-liners.", count=0),
    Case("The postman rides a three-wheeler on his round.", count=0),
    Case("The 30,000-seater arena opened in May.", value=30000),  # guard: a size
]

# the seconds of a time written with a leading zero are part of it; the groups of digits
# after a dialling code are part of a phone number
LEADING_ZEROS = [
    Case("The old record stands at nine minutes, 02.75 seconds.", value=9 + 2.75 / 60,
         unit="minute", count=1),
    Case("She won the race in 4min 07secs.", value=4 + 7 / 60, unit="minute", count=1),
    Case("Readers can call the hotline on 0845 300 900 for details.", count=0),
    Case("Ring 0800 222 333 or 0845 7 404 404 for tickets.", count=0),
    Case("Only 0.05 seconds separated them.", value=0.05, unit="second"),  # guard
]

# bare numbers listed before a count in thousands written once, at the end, are thousands
THOUSANDS_LISTED_ONCE = [
    Case("The pier drew 20, 25, 30,000 visitors in a good summer.", value=20000),
    Case("The pier drew 20, 25, 30,000 visitors in a good summer.", index=1, value=25000),
    Case("Some 30 to 40,000 fans came.", value=35000, low=30000, high=40000),  # guard: a
    # range
    Case("They sold 2, 3, 40,000 of them.", value=2),  # guard: not over a tenth
]

# the level reached before ", up from" moves however the level left is introduced, also by
# the measure's own noun
LEVEL_LEFT_BY_ITS_NOUN = [
    Case("The bank earned $40m in the three months to June, down from a profit of $95m a year ago.",
         value=40e6, change="down", index=0),
    Case("Turnover was £2.1bn, up from turnover of £1.8bn in 2003.", value=2.1e9, change="up",
         index=0),
    Case("The firm said it made a net loss of $12m, up from losses of $7m.", value=12e6,
         change="up", index=0),
]

# "again" or "once more" between a verb of change and "to" leaves the move as it is
MOVED_AGAIN_TO = [
    Case("Growth should slow to 3% next year, before picking up again to 3.5% in 2008.",
         value=3.5, change="up", index=1),
    Case("The index slid to 1,020, then rose once more to 1,045 by the close.", value=1045,
         change="up", index=1),
    Case("Output climbed to 120 tonnes before falling again to 95 tonnes.", value=95,
         change="down", index=1),
]

# a noun that is also a verb of raising ("lift") with a determiner before it is the
# subject, not a verb with an object: the "up to" after its verb is a bound
NOUN_NOT_RAISING = [
    Case("Each lift carries up to 20 people at a time.", value=20, qualifier="at_most",
         change=""),
    Case("The lifts carry up to 35 skiers.", value=35, qualifier="at_most", change=""),
    Case("Strong demand lifted the shares up to 310p.", value=310, change="up"),  # guard
]

# a sum in millions or more right before "loss" is the loss, a result, no move; a few
# pence or a share before it is a move
SUM_LOST = [
    Case("When news of the £8m loss came out, we knew jobs would go.", value=8e6, change=""),
    Case("Acme posted a $90m loss for the quarter, after 2004's $1.4bn loss.", value=1.4e9,
         change="", index=1),
    Case("The shares ended with a 3p loss.", value=3, change="down"),  # guard
    Case("The index closed with a 2% loss.", value=2, change="down"),  # guard
]

# a figure "compared with" or "compared to" sets after a change in its unit is the same
# move for another time, or the level left, and moves the same way; a word that only
# weighs a change stands between its verb and the figure
COMPARED_WITH_BEFORE = [
    Case("Output rose by 0.6% in the three months to March, compared with 0.4% in the "
         "quarter before.", value=0.4, change="up", index=2),
    Case("Profit leapt to 5bn yen in 2004 ($48m; £25m), compared with 2.2bn yen in 2003.",
         value=2.2e9, change="up", index=3),
    Case("Exports fell 1.4% in May, compared to 0.3% a month earlier.", value=0.3,
         change="down", index=1),
    Case("Output rose by a strong 0.9% in the quarter.", value=0.9, change="up"),
    Case("Sales fell 5%, compared with a 2% rise last year.", value=2, change="up",
         index=1),  # guard: its own noun of change
]

# money per any one thing past a bracket of restatements is a rate, and so are the
# restatements; also a currency several countries name alike, which has no code ("dinars")
PER_THING_PAST_BRACKET = [
    Case("The list price is $21.4m (£11.2m) per jet.", value=21.4e6, unit="dollar per jet"),
    Case("The list price is $21.4m (£11.2m) per jet.", value=11.2e6,
         unit="pound sterling per jet", index=1),
    Case("Bread now costs 300 dinars ($3.10) per loaf.", value=300, unit="dinar per loaf"),
    Case("Bread now costs 300 dinars per loaf.", value=300, unit="dinar per loaf"),
    Case("Oil rose to $50 (£27) per barrel.", value=27, unit="pound sterling per barrel",
         index=1),  # guard: a noun of the list
]

# a record, a stake, a run, a haul or a lead that "take" or "bring" moves to a level is
# moved up, as a tally is
TALLIES_TAKEN = [
    Case("Smith took his club record to 31 with a late header.", value=31, change="up"),
    Case("The purchase takes her stake to 27.5%.", value=27.5, change="up"),
    Case("That takes their unbeaten run to nine games.", value=9, change="up"),
    Case("The goal took their lead to three points.", value=3, change="up"),
]

# the oldest or youngest of a group of people that a copula says is a bare number is that
# one's age; not a thing's
ELDEST_AGED = [
    Case("The club has 400 members, and the oldest member is 108.", value=108,
         unit="year of age", index=1),
    Case("Its youngest player was only 16 when the season began.", value=16,
         unit="year of age"),
    Case("The oldest building is 300.", value=300, unit="count"),  # guard: a thing
]

# a net loss or gain of things moves them; a net loss of money is a result, no move
NET_MOVES = [
    Case("The network saw a net loss of over 40,000 users in May.", value=40000,
         change="down"),
    Case("The cable firm reported a net gain of 25,000 subscribers last quarter.",
         value=25000, change="up"),
    Case("Zeta made a net loss of £5m last year.", value=5e6, change=""),  # guard: money
    Case("Zeta made a net loss of more than 5m euros.", value=5e6, change=""),  # guard
]

# bits near a word of a line are its speed, as broadband writes it with no "per second"
LINE_SPEEDS = [
    Case("A new six megabit broadband service goes on sale in May.", value=6,
         unit="megabit per second"),
    Case("Most homes share a 256 kilobit line.", value=256, unit="kilobit per second"),
    Case("The chip stores 512 megabits of data.", value=512, unit="megabit"),  # guard
]


# a count with its noun restated as a share after ", or" keeps the count's move
COUNTS_AS_SHARES = [
    Case("The carmaker is trimming van output by a further 8,000 vans, or 3.4%.", value=3.4,
         change="down", index=1),
    Case("The bank will shed 1,200 posts, or 6% of its staff, by the spring.", value=6,
         change="down", index=1),
    Case("About 900 nurses, or 7% of the total, joined the strike on Monday.", value=7,
         change="", qualifier="approx", index=1),  # guard: no move to keep, the bound kept
]


# a verb that moves its object, the object, then a word of passing before a level: a move
PUSHED_PAST = [
    Case("Heavy snow has pushed heating oil prices above $60 a barrel for the first time.",
         value=60, change="up", qualifier="more_than"),
    Case("Her double took the team's medal tally past 40 on the last day.", value=40,
         change="up"),
    Case("Weak sales drove the group's shares below 180p on Monday.", value=180,
         change="down"),
    Case("The club will not increase its stake beyond 29%.", value=29, change=""),  # guard:
    # a verb of change's bound
    Case("The firm sent its engineers over 300 miles to fix the fault.", value=300,
         change=""),  # guard: no level, a distance
]


# a verb that takes a total, a tally or a toll to a level, past a long object or one with a
# "from" or a "to" of its own
TALLIES_TAKEN_FAR = [
    Case("The new flats take the total number of homes built on the old docks from the "
         "council to nearly 4,200.", value=4200, change="up", qualifier="approx"),
    Case("The closures are set to take the overall total of branches to shut this year to 61.",
         value=61, change="up"),
    Case("Two late goals took her tally of goals scored for the club in all competitions "
         "this season to 27.", value=27, change="up", index=1),  # guard: a long object
    # with no "from" nor "to" of its own, read before
    Case("The talks took the total of 20 years to reach a deal.", value=20,
         change=""),  # guard: a time
    Case("The board will take the total sum from the reserves to pay 300 staff.",
         value=300, change=""),  # guard: no level reached
]


# a bare figure set "against" a measured one of the same size before it in its sentence, or
# "compared with" it, is in its measure
SET_AGAINST_LAST = [
    Case("Net profit in the quarter was 5.1bn rupees ($110m), against 3.2bn a year earlier.",
         index=2, value=3.2e9, currency="INR"),
    Case("Its shares closed at 410p, versus 380 a week ago.", index=1, value=380,
         currency="GBP"),
    Case("Profit was 900m yen, against 2,400 staff a year ago.", index=1, value=2400,
         unit="count"),  # guard: not of its size
]

# ... and a bare high or low of a measured level of its size before it
HIGH_OR_LOW_LIKE_LAST = [
    Case("Against the yen, the dollar was at 104.30 yen, after hitting a three-month low of "
         "104.12 on Monday.", index=2, value=104.12, currency="JPY"),
    Case("The index closed at 4,810 points, below its record high of 5,200.", index=1,
         value=5200, unit="point"),
    Case("Shares hit a low of 3 before the close.", value=3, unit="count"),  # guard: no
    # measured figure before it
]

# a bare figure with two decimals that ends its clause in the sentence after a measured one
# of its size restates that measure
RESTATED_A_SENTENCE_LATER = [
    Case("The new machine runs at 91.75 teraflops. The old one managed 48.20.", index=1,
         value=48.2, unit="teraflops"),
    Case("The euro rose to 137.40 yen. It later eased to 136.85.", index=1, value=136.85,
         currency="JPY", unit="japanese yen per euro"),
    Case("The average family had 2.4 children in 1990. By 2000 it was 1.9.", index=1,
         value=1.9, unit="count"),  # guard: one decimal, a count's
    Case("Shares closed at 412.50p.\n\nThe index ended at 410.75.", index=1, value=410.75,
         currency=""),  # guard: another paragraph
]


# "live up to" is a verb, no bound
LIVING_UP_TO = [
    Case("If she lives up to half her pledges, she will win.", value=0.5, qualifier="exact"),
    Case("Firms may shed up to half their staff.", value=0.5, qualifier="at_most"),  # guard
]


TABLES = {
    "card": CARD, "magnitudes": MAGNITUDES, "currencies": CURRENCIES, "not_units": NOT_UNITS,
    "ranges": RANGES, "bounds_and_changes": BOUNDS_AND_CHANGES, "not_figures": NOT_FIGURES,
    "vague": VAGUE, "fractions_and_words": FRACTIONS_AND_WORDS, "physical": PHYSICAL,
    "change_and_level": CHANGE_AND_LEVEL, "conjoined_changes": CONJOINED_CHANGES,
    "restated": RESTATED, "codes_and_coins": CODES_AND_COINS,
    "compound_units": COMPOUND_UNITS, "grouped_after_names": GROUPED_AFTER_NAMES,
    "object_ends_before_figure": OBJECT_ENDS_BEFORE_FIGURE,
    "marks_passed_past_brackets": MARKS_PASSED_PAST_BRACKETS,
    "standards_compared_with": STANDARDS_COMPARED_WITH,
    "levels_set_off": LEVELS_SET_OFF,
    "or_thereabouts": OR_THEREABOUTS,
    "changes_joined_past_when": CHANGES_JOINED_PAST_WHEN,
    "changes_past_a_which": CHANGES_PAST_A_WHICH,
    "levels_past_little": LEVELS_PAST_LITTLE,
    "levels_scaled_back": LEVELS_SCALED_BACK,
    "vague_scales_singular": VAGUE_SCALES_SINGULAR,
    "moves_at_a_named_kind": MOVES_AT_A_NAMED_KIND,
    "levels_past_a_bracket_and_a_year": LEVELS_PAST_A_BRACKET_AND_A_YEAR,
    "levels_past_a_for_phrase": LEVELS_PAST_A_FOR_PHRASE,
    "counts_per_second": COUNTS_PER_SECOND,
    "tallies_reached": TALLIES_REACHED,
    "bare_levels_left": BARE_LEVELS_LEFT,
    "levels_past_but_this_is": LEVELS_PAST_BUT_THIS_IS,
    "levels_past_a_by_year": LEVELS_PAST_A_BY_YEAR,
    "feet_and_inches_in_primes": FEET_AND_INCHES_IN_PRIMES,
    "ages": AGES, "shares_that_act": SHARES_THAT_ACT,
    "word_labels": WORD_LABELS,
    "labels_and_names": LABELS_AND_NAMES, "lineups": LINEUPS, "scores": SCORES,
    "change_in_clause": CHANGE_IN_CLAUSE, "time_units": TIME_UNITS,
    "parallel_clauses": PARALLEL_CLAUSES,
    "scale_noise": SCALE_NOISE, "one_in_n": ONE_IN_N, "half_positions": HALF_POSITIONS,
    "over_a_span": OVER_A_SPAN, "word_pairs": WORD_PAIRS, "pronoun_one": PRONOUN_ONE,
    "list_entries": LIST_ENTRIES, "go_down_as": GO_DOWN_AS, "measure_parts": MEASURE_PARTS,
    "scorer_lines": SCORER_LINES,
    "names_at_sentence_start": NAMES_AT_SENTENCE_START,
    "age_compounds": AGE_COMPOUNDS,
    "ages_in_context": AGES_IN_CONTEXT,
    "share_fractions": SHARE_FRACTIONS,
    "stacked_scales": STACKED_SCALES,
    "fraction_of_a_scale": FRACTION_OF_A_SCALE,
    "word_range_scales": WORD_RANGE_SCALES,
    "m_ranges": M_RANGES,
    "change_levels_written_once": CHANGE_LEVELS_WRITTEN_ONCE,
    "multiples": MULTIPLES,
    "change_words": CHANGE_WORDS,
    "fraction_changes": FRACTION_CHANGES,
    "hyphened_bounds": HYPHENED_BOUNDS,
    "magnitude": MAGNITUDE,
    "glued_ranges": GLUED_RANGES,
    "negated_bounds": NEGATED_BOUNDS,
    "up_to_a_level": UP_TO_A_LEVEL,
    "of_between": OF_BETWEEN,
    "exchange_rates": EXCHANGE_RATES,
    "audience_or_depth": AUDIENCE_OR_DEPTH,
    "glued_m_things": GLUED_M_THINGS,
    "rate_dimensions": RATE_DIMENSIONS,
    "levels_past_a_bracket": LEVELS_PAST_A_BRACKET,
    "dashed_up_from": DASHED_UP_FROM,
    "average_changes": AVERAGE_CHANGES,
    "vote_sides": VOTE_SIDES,
    "over_as_particle": OVER_AS_PARTICLE,
    "unit_idioms_and_moves": UNIT_IDIOMS_AND_MOVES,
    "up_from_past_when": UP_FROM_PAST_WHEN,
    "digits_and_a_half": DIGITS_AND_A_HALF,
    "spaced_pence": SPACED_PENCE,
    "change_past_what_moves": CHANGE_PAST_WHAT_MOVES,
    "bounds_past_the_noun": BOUNDS_PAST_THE_NOUN,
    "ratios": RATIOS,
    "computing_speeds": COMPUTING_SPEEDS,
    "title_scales": TITLE_SCALES,
    "figure_counts": FIGURE_COUNTS,
    "adjective_bounds": ADJECTIVE_BOUNDS,
    "downward_pairs_and_moves": DOWNWARD_PAIRS_AND_MOVES,
    "up_from_a_time": UP_FROM_A_TIME,
    "tallies": TALLIES,
    "energy_units": ENERGY_UNITS,
    "ranges_reached": RANGES_REACHED,
    "moves_past_words": MOVES_PAST_WORDS, "moves_of_objects": MOVES_OF_OBJECTS,
    "taken_off": TAKEN_OFF, "paces": PACES, "multiplied": MULTIPLIED,
    "high_to_low": HIGH_TO_LOW, "gapped_moves": GAPPED_MOVES, "within": WITHIN,
    "restated_levels": RESTATED_LEVELS, "passed_marks": PASSED_MARKS, "occasions": OCCASIONS,
    "levels_past_times": LEVELS_PAST_TIMES,
    "priced_before": PRICED_BEFORE, "gone_down": GONE_DOWN,
    "limits_on_objects": LIMITS_ON_OBJECTS, "events_at_ages": EVENTS_AT_AGES,
    "small_parts": SMALL_PARTS, "own_levels_left": OWN_LEVELS_LEFT,
    "bracket_then_level_left": BRACKET_THEN_LEVEL_LEFT, "lone_levels_left": LONE_LEVELS_LEFT,
    "not_falls_down": NOT_FALLS_DOWN, "more_moves": MORE_MOVES,
    "stray_spaced_thousands": STRAY_SPACED_THOUSANDS, "gapped_at_and_on": GAPPED_AT_AND_ON,
    "ages_of_people_are": AGES_OF_PEOPLE_ARE, "year_between_levels": YEAR_BETWEEN_LEVELS,
    "levels_with_gaps": LEVELS_WITH_GAPS, "ages_when": AGES_WHEN,
    "move_then_bare_level": MOVE_THEN_BARE_LEVEL, "counts_per_time": COUNTS_PER_TIME,
    "heat_and_codes": HEAT_AND_CODES, "levels_past_phrases": LEVELS_PAST_PHRASES,
    "unbroken_spans": UNBROKEN_SPANS, "race_times": RACE_TIMES,
    "age_groups": AGE_GROUPS, "moves_for_better_or_worse": MOVES_FOR_BETTER_OR_WORSE,
    "money_per_thing": MONEY_PER_THING,
    "one_or_two": ONE_OR_TWO,
    "hyphened_multiples": HYPHENED_MULTIPLES,
    "moves_in_compounds": MOVES_IN_COMPOUNDS,
    "moves_past_a_comma": MOVES_PAST_A_COMMA,
    "spans_past_a_word": SPANS_PAST_A_WORD,
    "bounds_and_moves_past_words": BOUNDS_AND_MOVES_PAST_WORDS,
    "ages_before_a_dash": AGES_BEFORE_A_DASH,
    "adding_up_to": ADDING_UP_TO,
    "moved_by_passive": MOVED_BY_PASSIVE,
    "pushed_to_a_level": PUSHED_TO_A_LEVEL,
    "coin_currency": COIN_CURRENCY,
    "one_of_those_named": ONE_OF_THOSE_NAMED,
    "multiplied_to": MULTIPLIED_TO,
    "spoken_and_shared": SPOKEN_AND_SHARED,
    "share_up_down": SHARE_UP_DOWN,
    "moved_past_how_often": MOVED_PAST_HOW_OFTEN,
    "change_past_break": CHANGE_PAST_BREAK,
    "found_not_moved": FOUND_NOT_MOVED,
    "bound_on_ranked": BOUND_ON_RANKED,
    "pace_comparatives": PACE_COMPARATIVES,
    "digit_vague": DIGIT_VAGUE,
    "times_as": TIMES_AS,
    "expansions": EXPANSIONS,
    "leaps": LEAPS,
    "joined_against": JOINED_AGAINST,
    "levels_past_a_year": LEVELS_PAST_A_YEAR,
    "game_minutes": GAME_MINUTES,
    "hours_of_the_day": HOURS_OF_THE_DAY,
    "month_then_comma": MONTH_THEN_COMMA,
    "moves_restated_by_or": MOVES_RESTATED_BY_OR,
    "points_of_a_plan": POINTS_OF_A_PLAN,
    "retiring_ages": RETIRING_AGES,
    "come_down_to": COME_DOWN_TO,
    "coins_per_thing": COINS_PER_THING,
    "quarters_of_moves": QUARTERS_OF_MOVES,
    "makers_models": MAKERS_MODELS,
    "sides_of_marks": SIDES_OF_MARKS,
    "kinds_and_idioms": KINDS_AND_IDIOMS,
    "levels_and_sizes": LEVELS_AND_SIZES,
    "quarters_and_shares": QUARTERS_AND_SHARES,
    "clock_times_in_clauses": CLOCK_TIMES_IN_CLAUSES,
    "levels_past_long_objects": LEVELS_PAST_LONG_OBJECTS,
    "better_and_worse": BETTER_AND_WORSE,
    "cuts_by_bounded_shares": CUTS_BY_BOUNDED_SHARES,
    "levels_put_and_closed": LEVELS_PUT_AND_CLOSED,
    "records_and_long_moves": RECORDS_AND_LONG_MOVES,
    "bounds_negated_and_estimated": BOUNDS_NEGATED_AND_ESTIMATED,
    "ages_naming_groups": AGES_NAMING_GROUPS,
    "more_than_past_nouns": MORE_THAN_PAST_NOUNS,
    "shares_of_the_vote_gained": SHARES_OF_THE_VOTE_GAINED,
    "levels_left_past_in_phrases": LEVELS_LEFT_PAST_IN_PHRASES,
    "ages_without_the": AGES_WITHOUT_THE,
    "changes_past_a_quotation_mark": CHANGES_PAST_A_QUOTATION_MARK,
    "levels_left_past_of_phrases": LEVELS_LEFT_PAST_OF_PHRASES,
    "ages_last_of_what_one_is": AGES_LAST_OF_WHAT_ONE_IS,
    "moves_past_weights_and_participles": MOVES_PAST_WEIGHTS_AND_PARTICIPLES,
    "ranges_restated_end_by_end": RANGES_RESTATED_END_BY_END,
    "living_up_to": LIVING_UP_TO,
    "taken_off_in_the_passive": TAKEN_OFF_IN_THE_PASSIVE,
    "acronyms_in_a_compound_move": ACRONYMS_IN_A_COMPOUND_MOVE,
    "ranges_across_units": RANGES_ACROSS_UNITS,
    "one_or_two_units": ONE_OR_TWO_UNITS,
    "rupees_of_the_country": RUPEES_OF_THE_COUNTRY,
    "levels_regained": LEVELS_REGAINED,
    "thousands_written_once": THOUSANDS_WRITTEN_ONCE,
    "posts_cut_in_the_passive": POSTS_CUT_IN_THE_PASSIVE,
    "posts_cut_by_any_form": POSTS_CUT_BY_ANY_FORM,
    "races_won_over": RACES_WON_OVER,
    "chart_places": CHART_PLACES,
    "rounds_by_those_left": ROUNDS_BY_THOSE_LEFT,
    "fully_not_shares": FULLY_NOT_SHARES,
    "some_day": SOME_DAY,
    "names_listed_with_numbers": NAMES_LISTED_WITH_NUMBERS,
    "rate_bases_and_clock_points": RATE_BASES_AND_CLOCK_POINTS,
    "bounds_of_height_after": BOUNDS_OF_HEIGHT_AFTER,
    "kinds_named_by_number": KINDS_NAMED_BY_NUMBER,
    "leading_zeros": LEADING_ZEROS,
    "thousands_listed_once": THOUSANDS_LISTED_ONCE,
    "level_left_by_its_noun": LEVEL_LEFT_BY_ITS_NOUN,
    "moved_again_to": MOVED_AGAIN_TO,
    "noun_not_raising": NOUN_NOT_RAISING,
    "sum_lost": SUM_LOST,
    "compared_with_before": COMPARED_WITH_BEFORE,
    "per_thing_past_bracket": PER_THING_PAST_BRACKET,
    "tallies_taken": TALLIES_TAKEN,
    "eldest_aged": ELDEST_AGED,
    "net_moves": NET_MOVES,
    "line_speeds": LINE_SPEEDS, "counts_as_shares": COUNTS_AS_SHARES,
    "pushed_past": PUSHED_PAST, "tallies_taken_far": TALLIES_TAKEN_FAR,
    "set_against_last": SET_AGAINST_LAST,
    "high_or_low_like_last": HIGH_OR_LOW_LIKE_LAST,
    "restated_a_sentence_later": RESTATED_A_SENTENCE_LATER,
}
ALL = [_param(c) for cases in TABLES.values() for c in cases]


@pytest.mark.parametrize("case", ALL)
def test_figure(case: Case):
    found = find_quantities(case.text)
    if case.count is not None:
        assert len(found) == case.count, [q.surface for q in found]
    if case.count == 0:
        return
    assert len(found) > case.index, f"no figure #{case.index} in {case.text!r}"
    q = found[case.index]
    assert case.text[q.start:q.end] == q.surface
    for name in ("value", "unit", "currency", "dimension", "qualifier", "change", "low", "high",
                 "noun", "surface"):
        expected = getattr(case, name)
        if expected is None:
            continue
        got = getattr(q, name)
        if isinstance(expected, float) or isinstance(got, float):
            assert got == pytest.approx(expected, rel=1e-9), f"{name}: {got!r} in {q}"
        else:
            assert got == expected, f"{name}: {got!r} in {q}"


@pytest.mark.parametrize("case", [_param(c) for c in SCALE_NOISE])
def test_scale_adds_no_noise(case: Case):
    """Exact equality, not approx: the table's values are written out as they are stored."""
    q = find_quantities(case.text)[case.index]
    for name in ("value", "low", "high"):
        expected = getattr(case, name)
        if expected is not None:
            assert getattr(q, name) == expected, f"{name}: {getattr(q, name)!r} in {q}"


def test_fraction_words_grouped_match_whole():
    """The fraction pattern, grouped by first word for speed, still matches every fraction
    word whole, and the longer of two that share a start ("one-twentieth", not "one-")."""
    import re

    from tracker.data.numbers import FRACTIONS
    from tracker.patterns import _FRACTION_WORDS

    whole = re.compile(r"(?:" + _FRACTION_WORDS + r")", re.IGNORECASE)
    for word in FRACTIONS:
        assert whole.match(word).group(0) == word, word
