# ruff: noqa: E501, RUF001
# Prose articles with typographic quotation marks: the long lines and the marks are the data.
"""Builds blind41_en.jsonl: a forty-first blind English quotation set (written for depeche, CC0).
Written from scratch by a helper who never read the quotes code, so that its score is an honest,
blind estimate of how ``depeche.quotes`` does on English news text nobody tuned it on. Every
story, person, place and organisation is invented (real countries, regions and cities aside).
Beats and outlets imitated: quarry blasts shaking a village (Milwaukee Journal Sentinel: a
single-marked headline partial quote with "residents say", an uncued follow-on paragraph, an
interrupted quote with "said Marcy Dombrowski, the quarry's operations manager,", a company with
a legal form named later by its short form in an emailed statement, a trustee who "called", an
unnamed retired machinist, a quarry nickname in marks), students sleeping in a library after a
residence contract ended (Mail & Guardian: a headline quote with no cue, "told the Mail &
Guardian", a quote over two paragraphs, a council with its initials in brackets and "the SRC
said", a landlord's letter with "wrote", a spokesperson with "said:", a campaign name in marks),
a damp-and-mould ombudsman ruling (Inside Housing: "said:", a report that "found", a chief
executive's statement, a tenant with nested single marks, "the ombudsman said", a programme name
in marks), a broken inter-island ferry (Samoa Observer: matai titles, "said in Samoan", a
company Facebook post, "the CEO", a reporter's question put in narration and "he replied", an
unnamed vendor, a ferry nickname in marks), a scaffold-board pavilion closed early (Dezeen: "told
Dezeen", a studio by short form "the studio said", a municipality statement, an Instagram post
with "wrote", a pavilion name in marks, photo credit), low-cost air sensors reading high in fog
(Undark: present-tense "says", an interrupted quote with "says Okonkwo-Reyes,", a paper whose
authors "wrote", a scientist not involved, an email reply, a paper title and a term in marks,
republication note), a longhouse waiting for a road (Borneo Post: straight marks, a headline
quote with "says", "Tuai Rumah", "when contacted", a roads unit with its initials in brackets and
"the unit said", an unnamed teacher, "adding that", a banner slogan in marks) and a sea-wall levy
debate (Jersey Evening Post: a question in the States Assembly with "asked" and "replied", "the
minister", a Constable by title, a written answer that "stated", an interrupted quote, a law's
title in marks). Titles, names, terms, nicknames and slogans in marks are listed as non-quotes.
Gold conventions are those of build_dev.py.

Do not tune the extractor on this file: it measures, it does not teach. Run
``python tests/data/quotes/build_blind41_en.py`` after editing.
Bodies are named by their full name, also when the text gives a short one in brackets.
"""

from __future__ import annotations

from pathlib import Path

from build_dev import ArticleSet

SET = ArticleSet()
article = SET.article
WORDS_RANGE = (300, 650)


article(
    "blind41-en01",
    "en",
    """Brookmere residents say quarry blasts feel ‘like an earthquake.’ Now the village wants its own readings.

Devin Olander
Milwaukee Journal Sentinel
Published 5:04 a.m. CT Feb. 9, 2026

Show Caption

BROOKMERE – For 22 years, Joan Pawlak kept a row of her late mother's porcelain figurines on a shelf above her kitchen sink. Last fall, three of them walked off the edge.
"It was a Tuesday, 10:40 in the morning, and the whole house jumped," said Pawlak, 71, who lives about half a mile from the quarry on the village's western edge. "I thought a truck had hit the garage."
Pawlak is one of more than 60 residents who have signed complaints about blasting at the site, which neighbors have for decades called "the Big Hole." Many of them packed a Brookmere Village Board meeting Monday night, where trustees voted 5-2 to hire an independent seismic consultant.
"We are not trying to shut anybody down," Village President Gary Schoettler said. "But when people tell me their foundations are cracking, I owe them more than a shrug."
The quarry has been run since 2017 by Kettle Ridge Aggregates LLC, which supplies crushed stone for road projects across southeastern Wisconsin. The company says its blasts are monitored and have never exceeded state vibration limits.
"The readings are well within the limits," said Marcy Dombrowski, the quarry's operations manager, "and they have been every single time we've blasted since we took over."
"We put a seismograph on the nearest property line for every shot. Anyone can ask for the data. Almost nobody has."
Joan Pawlak holds a broken figurine in her kitchen in Brookmere. Ricardo Alvarenga / Milwaukee Journal Sentinel
In an emailed statement Tuesday, Kettle Ridge said it "welcomes any independent review" and would share its blasting logs with whichever consultant the village hires.
Not every trustee was convinced the study is needed. Trustee Ann Marie Boettcher, one of the two no votes, called the $18,000 contract "money we don't have for a question the state already answered."
Residents who spoke at the meeting described cracked drywall, doors that no longer close and, in one case, a well that turned cloudy for a week after a blast.
A retired machinist who lives on Quarry Road and declined to give his name said he had stopped bothering to fill the cracks in his basement. "I patch 'em in April, they're back by July," he said.
Pawlak said she would believe the numbers when someone could explain her shelf. "Show me a graph that says my kitchen didn't move," she said. "Then we can talk."
The consultant is expected to begin monitoring in March and report to the board by late summer.
Contact Devin Olander at dolander@jrn.example. Follow him on X @devinolander.
Read more: Waukesha County road projects face gravel price spike""",
    [
        ("like an earthquake.", "residents", "Brookmere residents", "say"),
        (
            "It was a Tuesday, 10:40 in the morning, and the whole house jumped,",
            "Joan Pawlak",
            ("said Pawlak", "Pawlak"),
            "said",
        ),
        ("I thought a truck had hit the garage.", "Joan Pawlak", ("said Pawlak", "Pawlak"), "said"),
        (
            "We are not trying to shut anybody down,",
            "Gary Schoettler",
            "Village President Gary Schoettler",
            "said",
        ),
        (
            "But when people tell me their foundations are cracking, I owe them more than a shrug.",
            "Gary Schoettler",
            "Village President Gary Schoettler",
            "said",
        ),
        (
            "The readings are well within the limits,",
            "Marcy Dombrowski",
            "Marcy Dombrowski",
            ("said Marcy", "said"),
        ),
        (
            "and they have been every single time we've blasted since we took over.",
            "Marcy Dombrowski",
            "Marcy Dombrowski",
            ("said Marcy", "said"),
        ),
        (
            "We put a seismograph on the nearest property line for every shot. Anyone can ask for the data. Almost nobody has.",
            "Marcy Dombrowski",
            None,
            None,
        ),
        (
            "welcomes any independent review",
            "Kettle Ridge Aggregates LLC",
            ("Kettle Ridge said", "Kettle Ridge"),
            ("Kettle Ridge said", "said"),
        ),
        (
            "money we don't have for a question the state already answered.",
            "Ann Marie Boettcher",
            "Trustee Ann Marie Boettcher",
            "called",
        ),
        (
            "I patch 'em in April, they're back by July,",
            "machinist",
            ("he said", "he"),
            "said",
        ),
        (
            "Show me a graph that says my kitchen didn't move,",
            "Joan Pawlak",
            ("she said", "she"),
            "said",
        ),
        ("Then we can talk.", "Joan Pawlak", ("she said", "she"), "said"),
    ],
    ["the Big Hole."],
)

article(
    "blind41-en02",
    "en",
    """‘We sleep between the bookshelves’

Dozens of students at a Mthatha university have spent three weeks in the library after their residence contract was cancelled

Ayanda Qwabe
18 Feb 2026
Share this article

When the library at the Mzimvubu University of Technology closes at midnight, about 40 students do not leave. They wait for the security guard to finish his round, then roll out blankets between the shelves of the law section.
“We sleep between the bookshelves and we wash in the bathroom on the second floor,” Sipho Mabandla, a second-year civil engineering student, told the Mail & Guardian. “In the morning we pack everything into our bags before the first lecturers arrive.
“My mother thinks I am living in a flat. I have not told her, because she will only worry and there is nothing she can do from Qumbu.”
The students were among about 300 who lived at Riverside Lodge, a private residence accredited by the university, until the building’s owner, Umthombo Student Living (Pty) Ltd, terminated its lease agreement at the end of January.
In a letter to the university dated 28 January, seen by the M&G, the company’s director, Thandeka Ngubane, wrote that rental payments were “more than four months in arrears” and that Umthombo could “no longer carry the cost of accommodating students on credit”.
The university’s Students’ Representative Council (SRC) has accused management of abandoning the affected students. “Management knew in November that this lease was in trouble. They did nothing until the doors were locked,” the SRC said in a statement on Monday.
SRC president Lindiwe Jafta said the council had a list of 112 students who were still without a bed. She described the situation as “a humanitarian emergency with a timetable”.
University spokesperson Xolani Mtshemla said: “The university has placed 190 of the affected students in alternative accommodation and is working around the clock to place the rest. We do not condone students sleeping in the library, for their own safety.”
Mtshemla said the arrears were caused by delays in bursary payments from the funder, not by the university. Asked why students had not been warned in November, he said the institution had been “in good-faith negotiations” with the landlord until the last week of January.
A librarian, who asked not to be named because she was not authorised to speak to the media, said staff had been quietly bringing food. “We are not going to call security on hungry children,” she said.
Students have started a campaign called “Beds Before Exams”, and plan to march to the administration block on Friday.
RELATED: Student accommodation crisis: the numbers behind the queues""",
    [
        ("We sleep between the bookshelves", "Sipho Mabandla", None, None),
        (
            "We sleep between the bookshelves and we wash in the bathroom on the second floor,",
            "Sipho Mabandla",
            "Sipho Mabandla",
            "told",
        ),
        (
            "In the morning we pack everything into our bags before the first lecturers arrive.",
            "Sipho Mabandla",
            "Sipho Mabandla",
            "told",
        ),
        (
            "My mother thinks I am living in a flat. I have not told her, because she will only worry and there is nothing she can do from Qumbu.",
            "Sipho Mabandla",
            None,
            None,
        ),
        ("more than four months in arrears", "Thandeka Ngubane", "Thandeka Ngubane", "wrote"),
        (
            "no longer carry the cost of accommodating students on credit",
            "Thandeka Ngubane",
            "Thandeka Ngubane",
            "wrote",
        ),
        (
            "Management knew in November that this lease was in trouble. They did nothing until the doors were locked,",
            "Students’ Representative Council",
            ("the SRC said", "the SRC"),
            ("the SRC said", "said"),
        ),
        (
            "a humanitarian emergency with a timetable",
            "Lindiwe Jafta",
            ("She described", "She"),
            "described",
        ),
        (
            "The university has placed 190 of the affected students in alternative accommodation and is working around the clock to place the rest. We do not condone students sleeping in the library, for their own safety.",
            "Xolani Mtshemla",
            "Xolani Mtshemla",
            "said:",
        ),
        ("in good-faith negotiations", "Xolani Mtshemla", ("he said", "he"), "said"),
        (
            "We are not going to call security on hungry children,",
            "librarian",
            ("she said", "she"),
            "said",
        ),
    ],
    ["Beds Before Exams"],
)

article(
    "blind41-en03",
    "en",
    """Landlord ordered to pay £6,200 after leaving family with mould for 19 months

By Harriet Bloomfield
13 February 2026

A housing association has been ordered to pay £6,200 in compensation to a family who lived with black mould in their children’s bedroom for more than a year and a half, after an ombudsman found it had repeatedly closed repair jobs without fixing the cause.
The Tenancy Standards Ombudsman (TSO) made a finding of severe maladministration against Calderwood Housing Group, which owns around 14,000 homes across West Yorkshire.
In its report, the ombudsman found that Calderwood had “treated each visit as a new complaint rather than as evidence of a failing property” and that its surveyors had “relied on advice to open windows long after it was clear this would not resolve the problem”.
Related: Damp complaints to ombudsman rise for fourth year running
The tenant, a mother of three who asked to be identified only as Kerry, said the landlord had sent operatives to wipe down the walls at least seven times.
She said: “Every time, the man would spray it, say ‘that’s sorted now, love’, and leave. Two weeks later it was back on the ceiling above the baby’s cot.”
Her youngest son was prescribed an inhaler at 14 months old. “I kept the letters from the GP. I sent them to Calderwood. I don’t think anyone opened them,” she added.
The ombudsman said the case showed “a culture of closing tickets rather than solving problems”. It has ordered the landlord to carry out a review of all open damp and mould cases within 12 weeks.
“Landlords must look beyond the individual job and ask why the same home keeps coming back to them,” said Adaeze Whitfield, the TSO’s chief ombudsman. “In this case nobody asked.”
Calderwood’s chief executive, Martin Raeburn, said in a statement: “We fell short of the standards we set ourselves and I apologise unreservedly to the family. The property has now had a new ventilation system fitted and the damage to the roof has been repaired.”
Mr Raeburn said the association had since launched its “Healthy Homes Pledge”, a programme to survey every property built before 1950 by the end of 2027.
Inside Housing understands that the landlord has faced three other complaints about damp at properties on the same estate since 2023.
Tenants’ campaigner Ruth Onyango, of the group Yorkshire Renters Together, described the compensation as “welcome but a fraction of what this family went through”.
Sign up for Inside Housing’s free daily newsletter
Share this article""",
    [
        (
            "treated each visit as a new complaint rather than as evidence of a failing property",
            "Tenancy Standards Ombudsman",
            "the ombudsman",
            "found",
        ),
        (
            "relied on advice to open windows long after it was clear this would not resolve the problem",
            "Tenancy Standards Ombudsman",
            "the ombudsman",
            "found",
        ),
        (
            "Every time, the man would spray it, say ‘that’s sorted now, love’, and leave. Two weeks later it was back on the ceiling above the baby’s cot.",
            "Kerry",
            ("She said:", "She"),
            "said:",
        ),
        (
            "I kept the letters from the GP. I sent them to Calderwood. I don’t think anyone opened them,",
            "Kerry",
            ("she added", "she"),
            "added",
        ),
        (
            "a culture of closing tickets rather than solving problems",
            "Tenancy Standards Ombudsman",
            "The ombudsman",
            "said",
        ),
        (
            "Landlords must look beyond the individual job and ask why the same home keeps coming back to them,",
            "Adaeze Whitfield",
            "Adaeze Whitfield",
            "said",
        ),
        ("In this case nobody asked.", "Adaeze Whitfield", "Adaeze Whitfield", "said"),
        (
            "We fell short of the standards we set ourselves and I apologise unreservedly to the family. The property has now had a new ventilation system fitted and the damage to the roof has been repaired.",
            "Martin Raeburn",
            "Martin Raeburn",
            "said",
        ),
        (
            "welcome but a fraction of what this family went through",
            "Ruth Onyango",
            "Ruth Onyango",
            "described",
        ),
    ],
    ["Healthy Homes Pledge"],
)

article(
    "blind41-en04",
    "en",
    """Stranded at Salelologa as ferry breakdown enters second week

By Losa Faleolo
20 February 2026, 7:30PM

Hundreds of travellers and vendors have been left stranded on both sides of the strait after the larger of the two vessels serving Upolu and Savai'i broke down last Tuesday, with the operator unable to say when it will return to service.
The MV Tasi Folau, which carries up to 600 passengers and 40 vehicles, has been tied up at Mulifanua wharf since a gearbox failure on its morning crossing. Only the smaller MV Lagi Mamā is running, making four trips a day instead of the usual ten.
At Salelologa wharf on Thursday, queues of cars stretched past the market. A vendor from Fa'aala who was waiting with 30 boxes of taro said she had slept in her truck for two nights.
"If I don't get to Apia by Saturday, all this goes to the pigs," she said in Samoan. "Nobody from the company has come to talk to us."
The operator, Samoa Strait Ferries Limited, said in a post on its Facebook page on Wednesday that "parts have been ordered from New Zealand" and apologised "to all our passengers for the inconvenience".
Speaking to the Samoa Observer, the company's Chief Executive Officer, Seiuli Tavita Aumua, said engineers had found damage to the vessel's main gearbox that could not be repaired locally.
"We are doing everything we can. The part has to be made in Auckland and flown in, and then we need at least three days to fit and test it," the CEO said.
When asked whether the company had a back-up plan for the school holidays starting next month, he replied: "We are in talks to charter a vessel from Tonga. I cannot promise anything today."
Some matai on Savai'i say the breakdown shows the country cannot rely on one large ferry. Afioga Leota Sefo Pouono, a village mayor from Palauli, called the situation "a shame on all of us who have been talking about a second boat for ten years".
The vessel, known to regular passengers as "the Big Blue", is 24 years old and was last dry-docked in 2023.
The Maritime Safety Office confirmed it had inspected the Tasi Folau on Monday. In a brief statement, the office said it would "not permit the vessel to sail until all repairs are certified".
Meanwhile, passengers at Mulifanua have been told to arrive four hours early.
Share
Tweet
Related Stories
Power outages hit Savai'i villages after storm""",
    [
        (
            "If I don't get to Apia by Saturday, all this goes to the pigs,",
            "vendor",
            ("she said in Samoan", "she"),
            ("she said in Samoan", "said"),
        ),
        (
            "Nobody from the company has come to talk to us.",
            "vendor",
            ("she said in Samoan", "she"),
            ("she said in Samoan", "said"),
        ),
        (
            "parts have been ordered from New Zealand",
            "Samoa Strait Ferries Limited",
            "Samoa Strait Ferries Limited",
            "said",
        ),
        (
            "to all our passengers for the inconvenience",
            "Samoa Strait Ferries Limited",
            "Samoa Strait Ferries Limited",
            "apologised",
        ),
        (
            "We are doing everything we can. The part has to be made in Auckland and flown in, and then we need at least three days to fit and test it,",
            "Seiuli Tavita Aumua",
            "the CEO",
            ("the CEO said", "said"),
        ),
        (
            "We are in talks to charter a vessel from Tonga. I cannot promise anything today.",
            "Seiuli Tavita Aumua",
            ("he replied", "he"),
            "replied:",
        ),
        (
            "a shame on all of us who have been talking about a second boat for ten years",
            "Leota Sefo Pouono",
            "Afioga Leota Sefo Pouono",
            "called",
        ),
        (
            "not permit the vessel to sail until all repairs are certified",
            "Maritime Safety Office",
            "the office",
            "said",
        ),
    ],
    ["the Big Blue"],
)

article(
    "blind41-en05",
    "en",
    """Rotterdam closes scaffold-board pavilion early over fire safety concerns

Nina Aaltonen | 11 March 2026

The municipality of Rotterdam has ordered the early closure of a temporary pavilion built from 2,400 reclaimed scaffold boards by local practice Atelier Voss Kramer, citing concerns about fire safety.
Named "Common Ground", the circular structure opened in January on the Westersingel and was due to stay in place until the end of May as a venue for free public talks and a weekly repair café.
Atelier Voss Kramer co-founder Lieke Voss told Dezeen that the studio was "baffled" by the decision.
"Every board was treated with a fire retardant and we submitted the test certificates before the permit was granted," she said. "Nothing about the pavilion has changed since January. What has changed is the attention it is getting."
The boards, collected from building sites across the city, were left unplaned and stamped with the names of the contractors who had used them. Voss described the pavilion as "a library of the city's building sites".
The pavilion was built from reclaimed scaffold boards. Photo by Joris Meulenbelt
In a statement, the municipality said an inspection in February had found that the treatment "could not be verified for every board" and that the pavilion "does not meet the conditions of its temporary permit".
"Safety is not negotiable, however beautiful a building is," a spokesperson for the municipality said.
The studio said it had offered to close the upper seating ring and install additional extinguishers while a second round of tests was carried out, but that the offer was turned down.
Atelier Voss Kramer co-founder Daan Kramer responded in a post on the studio's Instagram account, in which he wrote that the closure was "a lesson for anyone who wants to build with what already exists".
"We will take it apart as carefully as we put it together," he wrote. "Every board will go back to a building site. That was always the plan – just not in March."
The closure has drawn criticism from other Dutch architects working with reused materials. Rotterdam-based architect Femke Otieno, who was not involved in the project, said regulations had not caught up with circular construction.
"The rules are written for new materials with a label on them," said Otieno. "A scaffold board that has been on six sites has a history, not a label."
The pavilion will be dismantled from 16 March. The studio said the talks programme will move to a nearby community centre.
The photography is by Joris Meulenbelt.
More Dezeen stories: Copenhagen car park turned into a public sauna""",
    [
        ("baffled", "Lieke Voss", "Lieke Voss", "told"),
        (
            "Every board was treated with a fire retardant and we submitted the test certificates before the permit was granted,",
            "Lieke Voss",
            ("she said", "she"),
            "said",
        ),
        (
            "Nothing about the pavilion has changed since January. What has changed is the attention it is getting.",
            "Lieke Voss",
            ("she said", "she"),
            "said",
        ),
        ("a library of the city's building sites", "Lieke Voss", "Voss", "described"),
        (
            "could not be verified for every board",
            "municipality of Rotterdam",
            ("the municipality said", "the municipality"),
            ("the municipality said", "said"),
        ),
        (
            "does not meet the conditions of its temporary permit",
            "municipality of Rotterdam",
            ("the municipality said", "the municipality"),
            ("the municipality said", "said"),
        ),
        (
            "Safety is not negotiable, however beautiful a building is,",
            "municipality of Rotterdam",
            "a spokesperson for the municipality",
            ("municipality said", "said"),
        ),
        (
            "a lesson for anyone who wants to build with what already exists",
            "Daan Kramer",
            ("he wrote that", "he"),
            ("he wrote that", "wrote"),
        ),
        (
            "We will take it apart as carefully as we put it together,",
            "Daan Kramer",
            ("he wrote.", "he"),
            ("he wrote.", "wrote"),
        ),
        (
            "Every board will go back to a building site. That was always the plan – just not in March.",
            "Daan Kramer",
            ("he wrote.", "he"),
            ("he wrote.", "wrote"),
        ),
        (
            "The rules are written for new materials with a label on them,",
            "Femke Otieno",
            ("said Otieno", "Otieno"),
            ("said Otieno", "said"),
        ),
        (
            "A scaffold board that has been on six sites has a history, not a label.",
            "Femke Otieno",
            ("said Otieno", "Otieno"),
            ("said Otieno", "said"),
        ),
    ],
    ["Common Ground"],
)

article(
    "blind41-en06",
    "en",
    """Cheap Air Sensors Are Everywhere. In Fog, Some of Them Panic.

A new study finds that popular low-cost particle monitors can report pollution spikes that are really just water.

By Tomás Ekwueme
03.04.2026

On foggy mornings in the Central Valley town of Almendra, the community air map often turns purple. For years, residents took that as a warning. According to a study published last month, much of it may have been water.
The study, titled “Humidity Artifacts in Community Particulate Networks,” compared 48 low-cost optical sensors with a reference monitor over two winters. On days when relative humidity climbed above 85 percent, the cheap sensors overestimated fine particle concentrations by an average of 62 percent.
“The sensor sees a droplet and counts it as a particle,” says Ifeoma Okonkwo-Reyes, an atmospheric chemist at Sierra Foothills University and the study’s lead author. “It has no way of knowing the difference.”
Okonkwo-Reyes stresses that the findings are not a reason to throw the sensors away. “These networks found real problems that regulators missed,” says Okonkwo-Reyes, “but we owe the people who use them an honest error bar.”
In the paper, the authors wrote that uncorrected data “should not be used to make health decisions on high-humidity days” and recommended a correction formula that cut the error to under 15 percent.
Such sensors, which cost a few hundred dollars, have spread rapidly since the wildfire seasons of the late 2010s. Community groups often describe them as a form of “ground truth” that official monitors, spaced tens of miles apart, cannot provide.
Marisol Vang, who coordinates the Almendra network for the nonprofit Valley Air Neighbors, said she was not surprised. “We always had a feeling that the foggy days looked too dramatic,” she says. “But nobody gave us the tools to check.”
Vang added that her group would apply the correction to its public map by spring.
Daniel Hollis, an environmental engineer at Lakeshore Polytechnic who was not involved in the study, called the work “careful and overdue.” In an email, he cautioned that the correction may not transfer to coastal fog, which has a different droplet size. “I would want to see this repeated in Oakland before anyone there relies on it,” he wrote.
The sensor’s manufacturer, Clearbreath Instruments, did not respond to a request for comment.
For residents, the shift may be unsettling. Okonkwo-Reyes says that is the point.
“Trust in these tools has to be earned every winter.”
Tomás Ekwueme is a science journalist based in Sacramento.
This article was originally published on Undark. Read the original article.""",
    [
        (
            "The sensor sees a droplet and counts it as a particle,",
            "Ifeoma Okonkwo-Reyes",
            "Ifeoma Okonkwo-Reyes",
            "says",
        ),
        (
            "It has no way of knowing the difference.",
            "Ifeoma Okonkwo-Reyes",
            "Ifeoma Okonkwo-Reyes",
            "says",
        ),
        (
            "These networks found real problems that regulators missed,",
            "Ifeoma Okonkwo-Reyes",
            ("says Okonkwo-Reyes,", "Okonkwo-Reyes"),
            ("says Okonkwo-Reyes,", "says"),
        ),
        (
            "but we owe the people who use them an honest error bar.",
            "Ifeoma Okonkwo-Reyes",
            ("says Okonkwo-Reyes,", "Okonkwo-Reyes"),
            ("says Okonkwo-Reyes,", "says"),
        ),
        (
            "should not be used to make health decisions on high-humidity days",
            "authors",
            "the authors",
            "wrote",
        ),
        (
            "We always had a feeling that the foggy days looked too dramatic,",
            "Marisol Vang",
            ("she says", "she"),
            "says",
        ),
        ("But nobody gave us the tools to check.", "Marisol Vang", ("she says", "she"), "says"),
        ("careful and overdue.", "Daniel Hollis", "Daniel Hollis", "called"),
        (
            "I would want to see this repeated in Oakland before anyone there relies on it,",
            "Daniel Hollis",
            ("he wrote", "he"),
            "wrote",
        ),
        ("Trust in these tools has to be earned every winter.", "Ifeoma Okonkwo-Reyes", None, None),
    ],
    ["Humidity Artifacts in Community Particulate Networks,", "ground truth"],
)

article(
    "blind41-en07",
    "en",
    """"We have waited 11 years," says longhouse chief as Ulu Seluang road stalls again

By Jonathan Edward Lugom
KAPIT: Residents of Rumah Jelani in Ulu Seluang are again asking when the 14km road linking their longhouse to the Kapit-Song trunk road will be completed, after work stopped for the third time since 2015.
Tuai Rumah Jelani Sumbang, 68, said the 53-door longhouse still depended on longboats for almost everything, from rice to school uniforms.
"We have waited 11 years. My grandchildren were not born when the first tractor came, and now they are in secondary school," he said when met at the longhouse on Saturday.
Jelani said the contractor's workers left the site in November and had not returned, leaving about 5km of the road unpaved and impassable after heavy rain.
"When the river is low, the boat cannot pass. When it rains, the road cannot be used. So we are stuck both ways," he said, adding that a sick resident had to be carried out on a stretcher last month.
A teacher at a nearby primary school, who declined to be named, said pupils from the longhouse often missed the first week of each term. "Some of them walk three hours to reach the boat point," she said.
When contacted, the Sarawak Rural Roads Unit (SRRU) said the original contractor had been terminated for poor progress and a new tender would be called by April.
"The unit is aware of the hardship faced by the residents and will expedite the appointment of a new contractor," the unit said in a statement yesterday.
It added that the remaining works were estimated at RM9.6 million.
Area assemblyman Stephen Nyandang said he had raised the matter with the state government twice this year. He described the delay as "unacceptable" and said he would visit the site with SRRU officers next month.
"I have told them clearly: do not give this job to a company that cannot finish it," said Nyandang.
Residents have put up a banner at the longhouse jetty reading "Jalan Kami, Harapan Kami" (Our Road, Our Hope).
Jelani said they would keep waiting, but not quietly.
"We are patient people, but patience also has a limit."
Related News
Kapit folk welcome new clinic boat service
Tags: Kapit, rural roads""",
    [
        ("We have waited 11 years,", "Jelani Sumbang", "longhouse chief", "says"),
        (
            "We have waited 11 years. My grandchildren were not born when the first tractor came, and now they are in secondary school,",
            "Jelani Sumbang",
            ("he said when", "he"),
            ("he said when", "said"),
        ),
        (
            "When the river is low, the boat cannot pass. When it rains, the road cannot be used. So we are stuck both ways,",
            "Jelani Sumbang",
            ("he said, adding", "he"),
            ("he said, adding", "said"),
        ),
        (
            "Some of them walk three hours to reach the boat point,",
            "teacher",
            ("she said", "she"),
            "said",
        ),
        (
            "The unit is aware of the hardship faced by the residents and will expedite the appointment of a new contractor,",
            "Sarawak Rural Roads Unit",
            "the unit",
            ("the unit said", "said"),
        ),
        ("unacceptable", "Stephen Nyandang", ("He described", "He"), "described"),
        (
            "I have told them clearly: do not give this job to a company that cannot finish it,",
            "Stephen Nyandang",
            ("said Nyandang", "Nyandang"),
            ("said Nyandang", "said"),
        ),
        ("We are patient people, but patience also has a limit.", "Jelani Sumbang", None, None),
    ],
    ["Jalan Kami, Harapan Kami"],
)

article(
    "blind41-en08",
    "en",
    """Sea-wall levy ‘unfair on the east’, St Clement Constable tells States

By Ollie Le Marquand
Politics
Wednesday 25 February 2026, 4:55 pm

PLANS to fund new sea defences through a charge on every household were criticised in the States Assembly yesterday, with the Constable of St Clement warning that coastal parishes would pay twice.
The draft Coastal Defence Charge (Jersey) Law, lodged by the Infrastructure Minister, Deputy Anne-Marie Pallot, would add an annual charge of between £40 and £160 to every rates bill from 2027.
During question time, Constable Richard Vibert asked the minister whether parishes that already maintained their own slipways and walls would receive any discount.
“My parishioners already pay for the defences in front of their homes,” he said. “Now they are being asked to pay again for everyone else’s.”
Deputy Pallot replied that the charge was “deliberately island-wide”, because flooding on the south-east coast would close roads and schools used by everyone.
“The sea does not check which parish you live in,” the minister said. “If the wall at Le Hocq fails, the whole Island feels it.”
Advertisement
In a written answer published on Monday, the Infrastructure Department stated that 38% of the Island’s coastal defences were “at or approaching the end of their design life”.
Deputy Tom Le Brocq, who sits on the Environment Scrutiny Panel, said the panel would examine whether the charge should be linked to the value of a property.
“A flat charge is simple,” said Deputy Le Brocq, “but simple is not the same as fair.”
Residents at La Rocque who spoke to the JEP were divided. One retired fisherman said the wall outside his cottage had been patched “more times than my nets”.
The charge is expected to raise about £7 million a year, which would be ring-fenced for a 20-year programme of works starting with the walls at Le Hocq, Grève d’Azette and Havre des Pas. Ministers have said the money could not be spent on anything else.
The debate is expected in April.
Comments
Share this story""",
    [
        ("unfair on the east", "Richard Vibert", "St Clement Constable", "tells"),
        (
            "My parishioners already pay for the defences in front of their homes,",
            "Richard Vibert",
            ("he said", "he"),
            "said",
        ),
        (
            "Now they are being asked to pay again for everyone else’s.",
            "Richard Vibert",
            ("he said", "he"),
            "said",
        ),
        ("deliberately island-wide", "Anne-Marie Pallot", "Deputy Pallot", "replied"),
        (
            "The sea does not check which parish you live in,",
            "Anne-Marie Pallot",
            "the minister",
            ("the minister said", "said"),
        ),
        (
            "If the wall at Le Hocq fails, the whole Island feels it.",
            "Anne-Marie Pallot",
            "the minister",
            ("the minister said", "said"),
        ),
        (
            "at or approaching the end of their design life",
            "Infrastructure Department",
            "the Infrastructure Department",
            "stated",
        ),
        (
            "A flat charge is simple,",
            "Tom Le Brocq",
            ("said Deputy Le Brocq", "Deputy Le Brocq"),
            ("said Deputy Le Brocq", "said"),
        ),
        (
            "but simple is not the same as fair.",
            "Tom Le Brocq",
            ("said Deputy Le Brocq", "Deputy Le Brocq"),
            ("said Deputy Le Brocq", "said"),
        ),
        ("more times than my nets", "fisherman", "One retired fisherman", "said"),
    ],
    ["Coastal Defence Charge (Jersey) Law"],
)


def main() -> None:
    SET.write(Path(__file__).with_name("blind41_en.jsonl"), WORDS_RANGE)


if __name__ == "__main__":
    main()
