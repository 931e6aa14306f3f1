# ruff: noqa: E501, RUF001
# Prose articles with typographic quotation marks: the long lines and the marks are the data.
"""Builds blind21_en.jsonl: a twenty-first blind English quotation set (written for depeche, CC0).

Written from scratch by a helper who never read the quotes code, so that its score is an honest,
blind estimate of how ``depeche.quotes`` does on English news text nobody tuned it on. Every
story, person, place and organisation is invented. Beats and outlets imitated: a herring fishery
closure on the Pacific coast (The Globe and Mail: "Open this photo in gallery" residue, Mr./Ms.
with points, an arm's-length scientific committee, an unnamed official, a nested inner quote), a
redrawn high-school zone (The Age: present-tense "says", Mr/Ms/Dr without points, a headline
quote, an interrupted quote, a department statement, a petition name), a West End musical's
press night abandoned (Evening Standard: British curly single quotes as outer marks with inner
double ones, a quote in the dek, a producer's statement, a song and a show title), paid parking
reservations at a ski resort (The Denver Post: a Facebook commenter, an unnamed lift operator, a
programme name), a condo special assessment after a recertification (Miami Herald: straight
marks, a quote said in Spanish, an engineering report, nested single quotes, an owner asking a
question), the last pearl divers' oral histories (The National: a headline quote, a
multi-paragraph testimony with a nested quote, a book and an exhibition title), durian shipments
turned back at a border (Bangkok Post: Thai names with Mr/Ms and the given name, straight marks, an
anonymous packing-house owner) and surprise ambulance bills (Vox: first-person "told me", an
advisory panel, an industry association's statement, a bill's name in marks).
Gold conventions are those of build_dev.py.

Do not tune the extractor on this file: it measures, it does not teach. Run
``python tests/data/quotes/build_blind21_en.py`` after editing.
Bodies are named by their full name, also when the text gives a short one in brackets.
"""

from __future__ import annotations

from pathlib import Path

from build_dev import ArticleSet

SET = ArticleSet()
article = SET.article
WORDS_RANGE = (300, 650)


article(
    "blind21-en01",
    "en",
    """Ottawa shuts Strait of Georgia herring fishery, angering commercial harvesters

First Nations leaders welcome the closure, but the fleet is furious about the timing, weeks before boats were due to leave port

Wendy Castellano
Vancouver
Published February 11, 2025
Updated 7 hours ago

For Subscribers
Listen to this article

The federal government has closed the commercial roe herring fishery in the Strait of Georgia for the coming season, citing a stock assessment that found the spawning population had fallen to its lowest level in more than two decades.
Fisheries Minister Helene Abernathy announced the decision in a statement on Monday, less than a month before the fleet was due to leave port. “The science is clear, and I am not prepared to gamble with a species that so much of the coast depends on,” Ms. Abernathy said.
Open this photo in gallery:
Seiners tied up at the French Creek harbour on Monday. The commercial fleet had been preparing for a March opening.Darryl Voss/The Globe and Mail
The decision follows a report by the Pacific Herring Stock Assessment Committee, an arm’s-length scientific panel, which estimated the spawning stock at 41,000 tonnes, down from 118,000 tonnes three years ago. The committee described the decline as “rapid and not yet explained,” and recommended that the closure remain in place “until at least two consecutive surveys show recovery.”
Chief Roberta Kwatleema of the Tla’mesk First Nation, whose community has pushed for a closure since 2019, said she was relieved but not celebrating. “We told them ten years ago that the herring weren’t coming back to our beaches the way they used to,” she said in an interview. “Nobody listened until the numbers said the same thing.”
She recalled that the spawn in the bay was once so thick that the water “turned white like milk.”
The commercial fleet reacted with fury. Doug Faraday, executive director of the Pacific Roe Herring Association, said his members had been “blindsided” by the timing. Many had already spent tens of thousands of dollars on nets, crew and fuel, he said.
“You don’t tell a guy in February that the season he’s been getting ready for since October is gone,” Mr. Faraday said. “If they knew the numbers were bad, they knew in December.”
An official in the minister’s office, who was not authorized to speak publicly about the timeline, said the final survey data reached Ottawa only in late January. “There was no sitting on it,” the official said.
Scientists say the closure will not be enough on its own. “Closing the fishery is the easy part,” said Priya Venkataraman, a marine ecologist at the independent Salish Shore Research Institute. “The hard part is figuring out why the fish are disappearing, and whether warming water or predation by seals is driving it.”
Ms. Venkataraman said the committee’s models had been “too optimistic for years,” a criticism the committee rejects. In an e-mailed response, the committee said its models were “peer reviewed and updated every season.”
The minister said compensation for harvesters would be discussed “in the coming weeks.” Mr. Faraday was unmoved.
“We’ve heard ‘in the coming weeks’ before,” he said. “Usually it means never.”
Sign up for the Morning Update newsletter
Report an editorial error
Report a technical issue
Editorial code of conduct""",
    [
        (
            "The science is clear, and I am not prepared to gamble with a species that so much of the coast depends on,",
            "Helene Abernathy",
            "Ms. Abernathy",
            "said",
        ),
        (
            "rapid and not yet explained,",
            "Pacific Herring Stock Assessment Committee",
            "The committee",
            "described",
        ),
        (
            "until at least two consecutive surveys show recovery.",
            "Pacific Herring Stock Assessment Committee",
            "The committee",
            "recommended",
        ),
        (
            "We told them ten years ago that the herring weren’t coming back to our beaches the way they used to,",
            "Roberta Kwatleema",
            ("she said in an interview", "she"),
            ("she said in an interview", "said"),
        ),
        (
            "Nobody listened until the numbers said the same thing.",
            "Roberta Kwatleema",
            ("she said in an interview", "she"),
            ("she said in an interview", "said"),
        ),
        ("turned white like milk.", "Roberta Kwatleema", "She", "recalled"),
        ("blindsided", "Doug Faraday", "Doug Faraday", "said"),
        (
            "You don’t tell a guy in February that the season he’s been getting ready for since October is gone,",
            "Doug Faraday",
            "Mr. Faraday",
            "said",
        ),
        (
            "If they knew the numbers were bad, they knew in December.",
            "Doug Faraday",
            "Mr. Faraday",
            "said",
        ),
        ("There was no sitting on it,", "official", "the official", "said"),
        (
            "Closing the fishery is the easy part,",
            "Priya Venkataraman",
            "Priya Venkataraman",
            "said",
        ),
        (
            "The hard part is figuring out why the fish are disappearing, and whether warming water or predation by seals is driving it.",
            "Priya Venkataraman",
            "Priya Venkataraman",
            "said",
        ),
        ("too optimistic for years,", "Priya Venkataraman", "Ms. Venkataraman", "said"),
        (
            "peer reviewed and updated every season.",
            "Pacific Herring Stock Assessment Committee",
            ("the committee said", "the committee"),
            ("the committee said", "said"),
        ),
        ("in the coming weeks.", "Helene Abernathy", "The minister", "said"),
        ("We’ve heard ‘in the coming weeks’ before,", "Doug Faraday", ("he said", "he"), "said"),
        ("Usually it means never.", "Doug Faraday", ("he said", "he"), "said"),
    ],
)

article(
    "blind21-en02",
    "en",
    """‘We bought here for the school’: parents fume as Whitlam Grove zone is redrawn

By Tessa Marangoni
Education reporter
March 4, 2025 — 5.00am
Save
Share
Normal text size
Larger text size
Very large text size

Hundreds of families in Melbourne’s east will be pushed out of the catchment for one of the state’s most sought-after public high schools next year, after education authorities redrew the zone boundary to ease overcrowding.
The new boundary for Whitlam Grove High School, published on Friday, cuts out about 1400 homes north of Canterbury Road in Ashgrove East.
Fiona Karagiannis bought a three-bedroom weatherboard there in 2022, stretching her budget by almost $200,000 to get inside the zone. Her eldest starts year 7 in 2026.
“We bought here for the school. That was the whole point,” she says. “Now we’re told, sorry, you’re on the wrong side of a line somebody drew in an office.”
Ms Karagiannis says she found out from a neighbour’s Facebook post rather than from the school.
Advertisement
The school’s enrolment has grown from 1650 to more than 2300 in six years, and it now runs classes in 14 portable buildings. Principal Dr Anand Pillai says the change, while painful, was unavoidable.
“We are genuinely at capacity,” Dr Pillai says. “I have teachers sharing desks, I have year 12s sitting exams in the gym. Something had to give.”
Siblings of current students will still be guaranteed a place, he says.
In a statement, the Department of Schools Victoria said the boundary had been set “using the latest enrolment projections” and that affected families would be offered places at nearby Mont Albert Rise College, which it described as “a high-performing school with room to grow”.
Families north of Canterbury Road at Whitlam Grove High School’s gates. Photo: Joe Armao
Opposition education spokeswoman Lauren Petrakis said the government had “pulled the rug out” from under families who had made the biggest financial decision of their lives.
“This is what happens when you don’t build schools in the suburbs where people actually live,” she said.
Real estate agents say the effect on prices could be immediate. Marcus Tran, director of Tran & Hollis Property, says homes inside the zone routinely sell for 10 to 15 per cent more than near-identical homes a street away.
“I’m not going to pretend this is fair,” Mr Tran says, “but buyers have always known zones can move. Overnight, some of those owners have lost that premium.”
A petition titled “Keep Us In The Zone” had gathered more than 3100 signatures by Monday evening. Its organiser, school council member Bronwyn Achterberg, says families were consulted “in name only”.
Ms Karagiannis says she will appeal, and that she is not alone.
“I’ll fill in every form they have,” she says. “But I don’t think anyone in that department has ever had to choose between a mortgage and a school.”
Read more
Selective school entry test to move online from next year
License this article""",
    [
        ("We bought here for the school", "Fiona Karagiannis", None, None),
        (
            "We bought here for the school. That was the whole point,",
            "Fiona Karagiannis",
            ("she says", "she"),
            "says",
        ),
        (
            "Now we’re told, sorry, you’re on the wrong side of a line somebody drew in an office.",
            "Fiona Karagiannis",
            ("she says", "she"),
            "says",
        ),
        ("We are genuinely at capacity,", "Anand Pillai", "Dr Pillai", "says"),
        (
            "I have teachers sharing desks, I have year 12s sitting exams in the gym. Something had to give.",
            "Anand Pillai",
            "Dr Pillai",
            "says",
        ),
        (
            "using the latest enrolment projections",
            "Department of Schools Victoria",
            "the Department of Schools Victoria",
            "said",
        ),
        (
            "a high-performing school with room to grow",
            "Department of Schools Victoria",
            ("it described", "it"),
            "described",
        ),
        ("pulled the rug out", "Lauren Petrakis", "Lauren Petrakis", "said"),
        (
            "This is what happens when you don’t build schools in the suburbs where people actually live,",
            "Lauren Petrakis",
            ("she said", "she"),
            "said",
        ),
        ("I’m not going to pretend this is fair,", "Marcus Tran", "Mr Tran", "says"),
        (
            "but buyers have always known zones can move. Overnight, some of those owners have lost that premium.",
            "Marcus Tran",
            "Mr Tran",
            "says",
        ),
        ("in name only", "Bronwyn Achterberg", "Bronwyn Achterberg", "says"),
        ("I’ll fill in every form they have,", "Fiona Karagiannis", ("she says", "she"), "says"),
        (
            "But I don’t think anyone in that department has ever had to choose between a mortgage and a school.",
            "Fiona Karagiannis",
            ("she says", "she"),
            "says",
        ),
    ],
    ["Keep Us In The Zone"],
)

article(
    "blind21-en03",
    "en",
    """West End musical ‘Harbour Lights’ abandons press night after revolving stage jams

Star Niamh Cassidy says her ‘heart is broken’ as engineers work through the night

Oliver Penhaligon
Wednesday 12 March 2025 08:41 GMT
Comments

The press night of a new £6 million West End musical was abandoned on Tuesday after a revolving stage jammed mid-song, leaving 1,200 theatregoers waiting in their seats for more than an hour.
Harbour Lights, a musical about a Cornish fishing family set to songs by the folk duo Penmarrow, had been one of the most anticipated openings of the spring at the Kingsmere Theatre on Shaftesbury Avenue.
Producers Calloway Stone Productions said the decision to cancel had been taken ‘with great reluctance and purely for the safety of our company’.
‘The revolve suffered a technical fault during the first act,’ the statement said. ‘Our engineers are working through the night and we fully expect to resume performances on Thursday.’
Niamh Cassidy, who plays the lead, Rosie Tregothnan, was midway through the first-act number ‘Salt On My Skin’ when the stage stopped turning.
Niamh Cassidy in rehearsals for Harbour Lights (Marc Brenner)
Writing on Instagram afterwards, she said: ‘My heart is broken for everyone who came tonight. We’ll be back, and we’ll be better.’
Audience members described a scene of confusion. ‘There was a horrible grinding noise and then the whole set just stopped at an angle,’ said Priyanka Deol, 34, from Walthamstow, who had bought tickets as a birthday present for her mother. ‘An announcer came on and said, “Please remain in your seats,” and that was it for 70 minutes.’
Others were more forgiving. Theatre critic Julian Ashworth, who was in the stalls, said the first 40 minutes had been ‘genuinely thrilling’, adding: ‘It is a shame, because what we saw was the best new British score in years.’
Sign up to our free daily newsletter for the latest news from London
Get the free Evening Standard newsletter
I would like to be emailed about offers, events and updates from Evening Standard. Read our privacy notice.
The performers’ union said it had been told of a similar fault during technical rehearsals a fortnight ago.
‘Our members’ safety comes first and we will be seeking assurances before anyone steps back onto that revolve,’ a Stage Performers’ Guild spokesman said.
Calloway Stone Productions did not respond to a request for comment on the earlier fault. Ticket holders for Tuesday will be offered a full refund or an exchange, the Kingsmere Theatre’s box office said.
MORE ABOUT
West End
Theatre
Shaftesbury Avenue""",
    [
        ("heart is broken", "Niamh Cassidy", "Niamh Cassidy", "says"),
        (
            "with great reluctance and purely for the safety of our company",
            "Calloway Stone Productions",
            "Calloway Stone Productions",
            "said",
        ),
        (
            "The revolve suffered a technical fault during the first act,",
            "Calloway Stone Productions",
            "the statement",
            "said",
        ),
        (
            "Our engineers are working through the night and we fully expect to resume performances on Thursday.",
            "Calloway Stone Productions",
            "the statement",
            "said",
        ),
        (
            "My heart is broken for everyone who came tonight. We’ll be back, and we’ll be better.",
            "Niamh Cassidy",
            ("she said", "she"),
            "said",
        ),
        (
            "There was a horrible grinding noise and then the whole set just stopped at an angle,",
            "Priyanka Deol",
            "Priyanka Deol",
            "said",
        ),
        (
            "An announcer came on and said, “Please remain in your seats,” and that was it for 70 minutes.",
            "Priyanka Deol",
            "Priyanka Deol",
            ("said Priyanka Deol", "said"),
        ),
        ("genuinely thrilling", "Julian Ashworth", "Julian Ashworth", "said"),
        (
            "It is a shame, because what we saw was the best new British score in years.",
            "Julian Ashworth",
            "Julian Ashworth",
            "adding",
        ),
        (
            "Our members’ safety comes first and we will be seeking assurances before anyone steps back onto that revolve,",
            "Stage Performers’ Guild",
            "a Stage Performers’ Guild spokesman",
            "said",
        ),
    ],
    ["Harbour Lights", "Salt On My Skin"],
)

article(
    "blind21-en04",
    "en",
    """Pika Peak skiers fume as resort moves to paid parking reservations

By Cody Lindqvist | clindqvist@denverpost.com | The Denver Post
PUBLISHED: November 6, 2024 at 6:00 AM MST | UPDATED: November 6, 2024 at 11:42 AM MST

Starting Dec. 1, skiers who want to park at Pika Peak Resort on weekends and holidays will need a reservation — and $30.
The resort announced the change Tuesday, saying its free lots along Colorado 9 had become “unmanageable” on powder days, with lines of cars backing up onto the highway before the lifts opened.
“On our busiest Saturdays last season, we had 600 cars circling for spots by 8 a.m.,” said Kendra Ostrowski, Pika Peak’s vice president of mountain operations. “That’s a safety problem before it’s a convenience problem.”
Cars with four or more people will still park for free under the program, called “Park Smart Pika,” Ostrowski said, and the resort will add two shuttle routes from Frisco and Silverthorne.
Traffic backs up on Colorado 9 near the Pika Peak Resort entrance on Feb. 17, 2024. (Photo by Rachel Okonkwo/The Denver Post)
Longtime locals aren’t buying it.
“They sold more season passes than they have parking for, and now they want us to pay for their mistake,” said Breckenridge resident Tomás Villanueva, who has skied at Pika Peak for 22 years.
A post on the resort’s Facebook page announcing the change had drawn more than 2,000 comments by Wednesday morning, many of them angry. “Pay to park, pay to ski, pay to breathe,” one commenter wrote.
Summit County Commissioner Dana Whitcomb said she had asked the resort to hold off until the county finishes its own transit study next spring.
“I’m not against managing parking,” Whitcomb said. “I’m against doing it in a way that hits the lift operator and the line cook who drive in from Leadville harder than it hits the weekend visitor from Denver.”
Get more Colorado news by signing up for our Mile High Roundup email newsletter.
Resort employees will receive free permits, according to the resort. In an emailed statement, Pika Peak’s parent company, Highline Mountain Holdings, said all parking revenue would be “reinvested entirely in transit and lot improvements.”
Not every employee was reassured. A lift operator who asked not to be named because he feared losing his job said workers had learned of the change “the same day as everybody else.”
Asked whether the fee could rise in future seasons, Ostrowski said: “We’ll look at the data after the first winter. I’m not going to promise anything either way.”
Originally Published: November 6, 2024 at 6:00 AM MST""",
    [
        ("unmanageable", "Pika Peak Resort", "The resort", "saying"),
        (
            "On our busiest Saturdays last season, we had 600 cars circling for spots by 8 a.m.,",
            "Kendra Ostrowski",
            "Kendra Ostrowski",
            "said",
        ),
        (
            "That’s a safety problem before it’s a convenience problem.",
            "Kendra Ostrowski",
            "Kendra Ostrowski",
            "said",
        ),
        (
            "They sold more season passes than they have parking for, and now they want us to pay for their mistake,",
            "Tomás Villanueva",
            "Tomás Villanueva",
            "said",
        ),
        ("Pay to park, pay to ski, pay to breathe,", "commenter", "one commenter", "wrote"),
        ("I’m not against managing parking,", "Dana Whitcomb", "Whitcomb", "said"),
        (
            "I’m against doing it in a way that hits the lift operator and the line cook who drive in from Leadville harder than it hits the weekend visitor from Denver.",
            "Dana Whitcomb",
            "Whitcomb",
            "said",
        ),
        (
            "reinvested entirely in transit and lot improvements.",
            "Highline Mountain Holdings",
            "Highline Mountain Holdings",
            "said",
        ),
        ("the same day as everybody else.", "lift operator", "A lift operator", "said"),
        (
            "We’ll look at the data after the first winter. I’m not going to promise anything either way.",
            "Kendra Ostrowski",
            "Ostrowski",
            "said",
        ),
    ],
    ["Park Smart Pika,"],
)

article(
    "blind21-en05",
    "en",
    """North Bay Village condo owners face assessments of up to $140,000 after inspection finds corroded balconies

By Daniela Fuentes-Marsh
Updated March 19, 2025 6:04 PM

Owners at the Bayshore Vista, a 14-story condominium in North Bay Village, learned this week that they will each have to pay between $92,000 and $140,000 to repair corroded balconies and concrete columns flagged in the building's 40-year recertification.
The association's board approved the special assessment Monday night at a meeting that lasted nearly four hours and, at one point, had to be paused after residents began shouting at board members.
"We don't have a choice. The engineer's report says the work has to start within 180 days or the city can close the building," board president Raymond Estrada-Kline told the Miami Herald on Tuesday.
The report, prepared by Coral Edge Engineering, found "significant spalling" on 31 balconies and described several columns in the parking garage as being in "poor to critical condition."
Read Next
Miami-Dade condo owners are selling in record numbers. Here's why
Many of the building's 96 owners are retirees on fixed incomes. Marisol Quintero, 78, who bought her two-bedroom unit in 1994, said in Spanish that she does not know where she will find the money.
"My husband and I paid this apartment off with thirty years of work," Quintero said. "Now they tell me I have to pay for it again, or sell it for nothing."
At Monday's meeting, one owner asked the board: "Who is going to buy a unit in a building with a $140,000 bill attached to it?" Nobody answered, according to three residents who were there.
Felicia Marchetti, a condo attorney who represents several owners, said the board had ignored warnings for years.
"They had a reserve study in 2019 that said, 'Start saving now,' and they voted to waive reserves three years in a row," Marchetti said.
Estrada-Kline disputed that account. He said the current board took over only in 2022 and "inherited a mess." The board is negotiating a loan with Intracoastal Community Bank that would let owners pay over 15 years, he said.
North Bay Village's chief building official, Gustavo Ferrer, said in an email that the village has not issued an unsafe-structure notice and that the Bayshore Vista "remains safe to occupy at this time."
Not everyone at the meeting opposed the assessment.
"It hurts, but I'd rather pay than lie awake wondering about the balcony over my head," said Hector Bautista, who has lived on the ninth floor since 2008.
This story was originally published March 19, 2025 at 5:30 AM.
Profile Image of Daniela Fuentes-Marsh
Daniela Fuentes-Marsh covers housing and real estate for the Miami Herald.""",
    [
        (
            "We don't have a choice. The engineer's report says the work has to start within 180 days or the city can close the building,",
            "Raymond Estrada-Kline",
            "Raymond Estrada-Kline",
            "told",
        ),
        ("significant spalling", "Coral Edge Engineering", "The report", "found"),
        ("poor to critical condition.", "Coral Edge Engineering", "The report", "described"),
        (
            "My husband and I paid this apartment off with thirty years of work,",
            "Marisol Quintero",
            "Quintero",
            "said",
        ),
        (
            "Now they tell me I have to pay for it again, or sell it for nothing.",
            "Marisol Quintero",
            "Quintero",
            "said",
        ),
        (
            "Who is going to buy a unit in a building with a $140,000 bill attached to it?",
            "owner",
            "one owner",
            "asked",
        ),
        (
            "They had a reserve study in 2019 that said, 'Start saving now,' and they voted to waive reserves three years in a row,",
            "Felicia Marchetti",
            "Marchetti",
            ("Marchetti said", "said"),
        ),
        (
            "inherited a mess.",
            "Raymond Estrada-Kline",
            ("He said the current", "He"),
            ("He said the current", "said"),
        ),
        ("remains safe to occupy at this time.", "Gustavo Ferrer", "Gustavo Ferrer", "said"),
        (
            "It hurts, but I'd rather pay than lie awake wondering about the balcony over my head,",
            "Hector Bautista",
            "Hector Bautista",
            "said",
        ),
    ],
)

article(
    "blind21-en06",
    "en",
    """‘The sea took my father’s voice’: the last pearl divers of Ras Al Khaimah tell their stories

A heritage project has recorded 140 hours of testimony from men who worked the pearl banks before the trade collapsed

Hessa Al Marzooqi
March 02, 2025
Updated: March 02, 2025, 8:15 AM

Saif Al Qaydi was 11 when he first went down on a rope, a stone tied to his foot and a clip of turtle shell on his nose.
Now 91, he is one of fewer than a dozen men still alive in the emirate who dived the pearl banks before the trade collapsed in the 1950s. His memories are among the recordings collected by the Ras Al Khaimah Heritage Memory Project, which will publish a book, “Voices of the Banks”, next month.
“We left in June and came back in September. Four months, and my mother did not know if I was alive,” Mr Al Qaydi told The National at his home in Al Jazirah Al Hamra.
Saif Al Qaydi at his home in Al Jazirah Al Hamra. Khalid Naseer / The National
His father, also a diver, is at the centre of his testimony.
“My father was a diver too. In his last season his ears bled every day. The captain said to him, ‘Rest tomorrow,’ but he went down anyway, because a man who rests does not eat.
“When he came home, he could not hear us. The sea took my father’s voice — I mean, it took our voices from him. After that he only sat by the door and watched the boats,” he said.
Dr Mariam Al Shamsi, the project’s director and a historian at the Gulf Heritage College, said the recordings were “a race against time”.
“Every year we lose two or three of these men. When they go, a whole vocabulary goes with them — words for kinds of pearls, for currents, for songs that were sung only at sea,” she said.
The recordings will also form the core of an exhibition, “One Breath”, which opens at the emirate’s heritage village in April.
The Ras Al Khaimah Heritage Authority said the project was “part of a wider effort to document intangible heritage before it disappears”.
Mr Al Qaydi’s grandson, Ahmed Al Qaydi, 27, an engineer who helped translate the interviews, sat beside him through the sessions.
“I grew up hearing these stories at lunch, and I never wrote anything down,” he said. “The project made me realise they were not just my grandfather’s stories. They are the country’s.”
For the old diver, the interest is a surprise.
“It is strange,” Mr Al Qaydi said, smiling. “Young people ask me now what it was like, and I tell them: hungry.”
Get the latest news and analysis from the region, delivered to your inbox
Updated: March 02, 2025, 8:15 AM""",
    [
        ("The sea took my father’s voice", "Saif Al Qaydi", None, None),
        (
            "We left in June and came back in September. Four months, and my mother did not know if I was alive,",
            "Saif Al Qaydi",
            "Mr Al Qaydi",
            "told",
        ),
        (
            "My father was a diver too. In his last season his ears bled every day. The captain said to him, ‘Rest tomorrow,’ but he went down anyway, because a man who rests does not eat.",
            "Saif Al Qaydi",
            ("boats,” he said", "he"),
            ("boats,” he said", "said"),
        ),
        (
            "When he came home, he could not hear us. The sea took my father’s voice — I mean, it took our voices from him. After that he only sat by the door and watched the boats,",
            "Saif Al Qaydi",
            ("boats,” he said", "he"),
            ("boats,” he said", "said"),
        ),
        ("a race against time", "Mariam Al Shamsi", "Dr Mariam Al Shamsi", "said"),
        (
            "Every year we lose two or three of these men. When they go, a whole vocabulary goes with them — words for kinds of pearls, for currents, for songs that were sung only at sea,",
            "Mariam Al Shamsi",
            ("she said", "she"),
            "said",
        ),
        (
            "part of a wider effort to document intangible heritage before it disappears",
            "Ras Al Khaimah Heritage Authority",
            "The Ras Al Khaimah Heritage Authority",
            "said",
        ),
        (
            "I grew up hearing these stories at lunch, and I never wrote anything down,",
            "Ahmed Al Qaydi",
            ("down,” he said", "he"),
            ("down,” he said", "said"),
        ),
        (
            "The project made me realise they were not just my grandfather’s stories. They are the country’s.",
            "Ahmed Al Qaydi",
            ("down,” he said", "he"),
            ("down,” he said", "said"),
        ),
        ("It is strange,", "Saif Al Qaydi", "Mr Al Qaydi", "said"),
        (
            "Young people ask me now what it was like, and I tell them: hungry.",
            "Saif Al Qaydi",
            "Mr Al Qaydi",
            "said",
        ),
    ],
    ["Voices of the Banks", "One Breath"],
)

article(
    "blind21-en07",
    "en",
    """"Durian cannot wait": growers count cost of border rejections

PUBLISHED : 14 May 2025 at 04:00
NEWSPAPER SECTION: Business
WRITER: Piyarat Chaiwong

CHANTHABURI: Durian growers in the eastern provinces are bracing for heavy losses after more than 300 containers of the fruit were turned back at a Chinese border checkpoint last week over alleged traces of a banned yellow dye.
Somchai Rattanakorn, president of the Eastern Durian Growers Association, said farmers had already cut prices by a third to sell the fruit on the domestic market.
"Durian cannot wait. After five days in a container it is finished," Mr Somchai said on Tuesday. "Every day the trucks sit at the border, growers lose money they borrowed to buy fertiliser."
He blamed a small number of packing houses for dyeing unripe fruit to make it look ready for export, a practice he called "cheating that punishes everyone".
The Department of Agricultural Produce Standards has suspended the export licences of 11 packing houses in Chanthaburi and Trat pending laboratory results.
"We will not allow a few operators to destroy the reputation of Thai durian, which took twenty years to build," director-general Wilaiwan Thongsuk said in a statement.
Ms Wilaiwan said every export container would now be tested before leaving the country, a step she admitted would slow shipments "for at least two to three weeks".
A packing house owner in Tha Mai district, who asked not to be named, denied using any dye.
"They test one fruit from a container of 18 tonnes and then close the whole factory. Is that fair?" he said.
Do you like the content of this article?
The Siam Agri Research Centre estimates that the rejections have already cost growers and exporters about 4 billion baht.
"If the checks drag on into June, when the main crop peaks, the losses could double," said Thanawat Pholsena, the centre's senior economist. Mr Thanawat added that Vietnamese and Malaysian exporters were "waiting to take Thailand's place" in the Chinese market.
Government spokesman Chaiyut Boonmee said the cabinet would consider a soft-loan package for affected farmers "as a matter of urgency" at its meeting next Tuesday.
In Chanthaburi, grower Boonsri Kaewmanee, 58, said she had sold 2 tonnes of fruit at the roadside for less than half the price she was offered a month ago.
"My father grew durian, and I grew durian. This is the first year I tell my son not to," she said.
Click to view more
Related: Eastern fruit exports hit record in first quarter""",
    [
        ("Durian cannot wait", "Somchai Rattanakorn", None, None),
        (
            "Durian cannot wait. After five days in a container it is finished,",
            "Somchai Rattanakorn",
            "Mr Somchai",
            "said",
        ),
        (
            "Every day the trucks sit at the border, growers lose money they borrowed to buy fertiliser.",
            "Somchai Rattanakorn",
            "Mr Somchai",
            "said",
        ),
        ("cheating that punishes everyone", "Somchai Rattanakorn", ("he called", "he"), "called"),
        (
            "We will not allow a few operators to destroy the reputation of Thai durian, which took twenty years to build,",
            "Wilaiwan Thongsuk",
            "Wilaiwan Thongsuk",
            "said",
        ),
        (
            "for at least two to three weeks",
            "Wilaiwan Thongsuk",
            ("she admitted", "she"),
            "admitted",
        ),
        (
            "They test one fruit from a container of 18 tonnes and then close the whole factory. Is that fair?",
            "packing house owner",
            ("he said", "he"),
            "said",
        ),
        (
            "If the checks drag on into June, when the main crop peaks, the losses could double,",
            "Thanawat Pholsena",
            "Thanawat Pholsena",
            "said",
        ),
        ("waiting to take Thailand's place", "Thanawat Pholsena", "Mr Thanawat", "added"),
        ("as a matter of urgency", "Chaiyut Boonmee", "Chaiyut Boonmee", "said"),
        (
            "My father grew durian, and I grew durian. This is the first year I tell my son not to,",
            "Boonsri Kaewmanee",
            ("she said", "she"),
            "said",
        ),
    ],
)

article(
    "blind21-en08",
    "en",
    """Why an ambulance ride can still come with a surprise bill

Congress banned most surprise medical bills. Ground ambulances were left out, and patients are still paying for it.

by Nadia Okafor-Reyes
Updated Apr 9, 2025, 7:30 AM EDT
Share
Gift

When Janelle Prewitt’s son broke his leg at a middle school football game in suburban Ohio last fall, the ambulance ride to the hospital took 11 minutes. The bill, which arrived six weeks later, was $2,340.
Her insurer paid $610. The ambulance company, a private operator under contract with the county, billed her for the rest.
“I kept thinking it was a mistake,” Prewitt told me. “You don’t get to pick the ambulance. Nobody in that moment is asking, ‘Is this one in my network?’”
The federal law that took effect in 2022 protects patients from most out-of-network bills in emergency rooms and from air ambulances. But ground ambulances, which carry millions of patients a year, were carved out, largely because the industry is a patchwork of city fire departments, hospital fleets and private companies that lawmakers could not agree how to regulate.
Vox’s journalism is free, but it isn’t free to produce. Support our work by becoming a member.
A federal advisory body, the Ground Ambulance Billing Advisory Panel, spent two years studying the problem. In its final report, the panel recommended that patients pay “no more than their in-network cost-sharing” for emergency ambulance rides, and that states, not insurers, set the rates.
Economists say the market is unusual. “Ambulance services are a weird market, because the customer never chooses the seller,” said Rebecca Stanislaw, a health economist who studies emergency care at Carroway University. “In economics we’d call it a captive buyer. In real life we call it a bill you can’t fight.”
“The fix isn’t complicated,” Stanislaw told me, “but somebody has to pay for it, and that’s where everything gets stuck.”
That somebody is the sticking point. The National Association of Emergency Transport Providers, which represents private operators, said in a statement that many rural services “operate on razor-thin margins” and that capping what patients pay without raising what insurers pay would “push some services out of business entirely.”
“Our members answer every call, regardless of whether a patient is insured,” the association said.
Some states have moved on their own. State Rep. Carla Dunmore, who sponsored her state’s “Fair Ride Act” last year, said the industry’s warnings were overblown.
“We capped the bills at twice the Medicare rate, and not a single service closed,” Dunmore said. “Not one.”
Prewitt eventually negotiated her bill down to $300.
“I’m lucky I had the time to fight it,” she said. “A lot of people just pay, because they’re scared of collections.”
Most Popular
The hidden cost of a hospital parking lot""",
    [
        ("I kept thinking it was a mistake,", "Janelle Prewitt", "Prewitt", "told"),
        (
            "You don’t get to pick the ambulance. Nobody in that moment is asking, ‘Is this one in my network?’",
            "Janelle Prewitt",
            "Prewitt",
            "told",
        ),
        (
            "no more than their in-network cost-sharing",
            "Ground Ambulance Billing Advisory Panel",
            "the panel",
            "recommended",
        ),
        (
            "Ambulance services are a weird market, because the customer never chooses the seller,",
            "Rebecca Stanislaw",
            "Rebecca Stanislaw",
            "said",
        ),
        (
            "In economics we’d call it a captive buyer. In real life we call it a bill you can’t fight.",
            "Rebecca Stanislaw",
            "Rebecca Stanislaw",
            "said",
        ),
        ("The fix isn’t complicated,", "Rebecca Stanislaw", "Stanislaw", "told"),
        (
            "but somebody has to pay for it, and that’s where everything gets stuck.",
            "Rebecca Stanislaw",
            "Stanislaw",
            "told",
        ),
        (
            "operate on razor-thin margins",
            "National Association of Emergency Transport Providers",
            "The National Association of Emergency Transport Providers",
            "said",
        ),
        (
            "push some services out of business entirely.",
            "National Association of Emergency Transport Providers",
            "The National Association of Emergency Transport Providers",
            "said",
        ),
        (
            "Our members answer every call, regardless of whether a patient is insured,",
            "National Association of Emergency Transport Providers",
            "the association",
            "said",
        ),
        (
            "We capped the bills at twice the Medicare rate, and not a single service closed,",
            "Carla Dunmore",
            "Dunmore",
            "said",
        ),
        ("Not one.", "Carla Dunmore", "Dunmore", "said"),
        ("I’m lucky I had the time to fight it,", "Janelle Prewitt", ("she said", "she"), "said"),
        (
            "A lot of people just pay, because they’re scared of collections.",
            "Janelle Prewitt",
            ("she said", "she"),
            "said",
        ),
    ],
    ["Fair Ride Act"],
)


def main() -> None:
    SET.write(Path(__file__).with_name("blind21_en.jsonl"), WORDS_RANGE)


if __name__ == "__main__":
    main()
