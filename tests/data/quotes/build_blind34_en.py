# ruff: noqa: E501, RUF001
# Prose articles with typographic quotation marks: the long lines and the marks are the data.
"""Builds blind34_en.jsonl: a thirty-fourth blind English quotation set (written for depeche, CC0).

Written from scratch by a helper who never read the quotes code, so that its score is an honest,
blind estimate of how ``depeche.quotes`` does on English news text nobody tuned it on. Every
story, person, place and organisation is invented (real countries, regions and cities aside).
Beats and outlets imitated: bear sightings closing a mountain school (Kyodo News: straight
marks, a principal "told Kyodo News by phone", "the principal added" before a partial quote, a
mayor's answer to a press-conference question, a prefecture's statement, a hunter's nested
saying of his wife, an anonymous central-government official, an unnamed shopkeeper), a minibus
fare hike (Stabroek News: straight marks, a headline partial quote with "says", an operators'
association with its initials in brackets, Creolese speech, an inverted "asked" with a
commuter's name, a ministry statement and the minister, a letter to the editor with "writes", a
police traffic chief), a university closing its music department (Times Higher Education:
British curly single marks with curly apostrophes and inner double ones, a headline quote with
no cue, the vice-chancellor's all-staff email with "wrote", a union branch with its initials in
brackets, an anonymous professor as "they", a university spokeswoman, a vice-chancellor pressed
in an interview), gold dredges back on an Amazon river (Mongabay: a summary in bullet points, a
translated community leader, a two-paragraph patrol member's testimony with a nested threat, a
prosecutor's office's written response, a monitoring nonprofit with its initials in brackets and
a report title, a gold buyer's email), a delayed ban on old coal stoves (Notes from Poland: a
nickname in marks, an assembly debate recording, an alliance with its Polish initials in
brackets, "the ministry's spokesman", a pensioner with a nested official's reply, an inverted
"said Dr", a programme name and a support pitch), a frost halting the sugar beet harvest
(Agweek: straight marks and present-tense "says", a dek partial quote from "growers", a
cooperative's notice, an interrupted agronomist, an inverted "says his son", a state
climatologist, a growers' association), a boxing gym facing eviction (Liverpool Echo: a headline
quote in straight single marks with a "- " dash, repeated in the body, curly and straight double
marks mixed in the body, a coach's two-paragraph quote, "Mr McGann" and "the coach", a
landlord's spokesperson, a councillor, a petition name, "The ECHO has contacted" residue) and a
funicular closed over a frayed cable (Pittsburgh Post-Gazette: an engineering firm's report, a
transit authority with its initials, a council hearing Q&A with uncued turns, a rider's
two-paragraph testimony with her late husband's nested saying, a nickname in marks). Nicknames,
titles, programme and petition names in marks are listed as non-quotes. Gold conventions are
those of build_dev.py.

Do not tune the extractor on this file: it measures, it does not teach. Run
``python tests/data/quotes/build_blind34_en.py`` after editing.
Bodies are named by their full name, also when the text gives a short one in brackets.
"""

from __future__ import annotations

from pathlib import Path

from build_dev import ArticleSet

SET = ArticleSet()
article = SET.article
WORDS_RANGE = (300, 650)


article(
    "blind34-en01",
    "en",
    """Bear sightings shut school in northern Japan town as culls fall behind

KYODO NEWS - Nov 6, 2025 - 14:32 | All, Japan

AKITA - An elementary school in a mountain town in Akita Prefecture will stay closed for the rest of the week after a series of bear sightings near its grounds, local officials said Thursday, as northern Japan struggles with a record number of encounters this autumn.
A large Asian black bear was seen Tuesday morning about 50 meters from the gate of Kamiyuzawa Elementary School in the town of Hanezawa, shortly before classes were due to begin, according to the town's board of education. No one was injured.
"We cannot guarantee the children's safety on the way to school, so we had no choice," Principal Michiko Sato told Kyodo News by phone. "Some parents are relieved and some are angry, and I understand both."
The bears, the principal added, "do not keep to a timetable. We saw one at 7:40, right when the first buses arrive."
[Photo] A bear trap is set near a persimmon tree in Hanezawa, Akita Prefecture, on Nov. 5, 2025. (Kyodo)
The school's 87 pupils will study online until at least Monday. Hanezawa Mayor Kenji Otomo told a press conference that the town had asked the local hunting association to set additional traps around the school district, and that patrol cars would follow school buses once classes resume.
"Bears are coming down because there are almost no beech nuts in the mountains this year. They are hungry, and they have learned that persimmons and chestnuts are easy food," Otomo said.
Asked whether the town would seek help from outside the prefecture, as some residents have urged, the mayor said, "We are not at that stage. What we need are more hunters, not more uniforms."
According to the Akita prefectural government, bears have been sighted more than 4,100 times in the prefecture since April, and 19 people have been injured. The prefecture said in a statement that it would raise its cap on culls for this fiscal year and subsidize electric fences for orchards "as an emergency measure."
Hunters say they are stretched thin. Tatsuo Kikuchi, 74, who heads the Hanezawa branch of the hunting association, said only nine of its members are still active, most of them over 70.
"Every morning the phone rings before six. I go out, I come back, it rings again," Kikuchi said. "My wife tells me, 'You are not a young man anymore.' She is right, but who else will go?"
An official of the central government's wildlife management office, speaking on condition of anonymity, said Tokyo was considering rules that would allow police officers to shoot bears in residential areas "in limited, clearly defined situations."
Near the school, a 68-year-old woman who runs a small grocery said she no longer goes out after dark.
"I have lived here all my life and never once locked the back door. Now I lock it at four in the afternoon," she said.
Related coverage:
Hunters in short supply as bear encounters surge across Tohoku
Man injured by bear while picking mushrooms in Iwate""",
    [
        (
            "We cannot guarantee the children's safety on the way to school, so we had no choice,",
            "Michiko Sato",
            "Michiko Sato",
            "told",
        ),
        (
            "Some parents are relieved and some are angry, and I understand both.",
            "Michiko Sato",
            "Michiko Sato",
            "told",
        ),
        (
            "do not keep to a timetable. We saw one at 7:40, right when the first buses arrive.",
            "Michiko Sato",
            "the principal",
            "added",
        ),
        (
            "Bears are coming down because there are almost no beech nuts in the mountains this year. They are hungry, and they have learned that persimmons and chestnuts are easy food,",
            "Kenji Otomo",
            ("Otomo said", "Otomo"),
            "said",
        ),
        (
            "We are not at that stage. What we need are more hunters, not more uniforms.",
            "Kenji Otomo",
            "the mayor",
            "said",
        ),
        (
            "as an emergency measure.",
            "Akita prefectural government",
            "The prefecture",
            "said",
        ),
        (
            "Every morning the phone rings before six. I go out, I come back, it rings again,",
            "Tatsuo Kikuchi",
            ("Kikuchi said", "Kikuchi"),
            "said",
        ),
        (
            "My wife tells me, 'You are not a young man anymore.' She is right, but who else will go?",
            "Tatsuo Kikuchi",
            ("Kikuchi said", "Kikuchi"),
            "said",
        ),
        (
            "in limited, clearly defined situations.",
            "official",
            "An official",
            "said",
        ),
        (
            "I have lived here all my life and never once locked the back door. Now I lock it at four in the afternoon,",
            "woman",
            ('afternoon," she said', "she"),
            "said",
        ),
    ],
)

article(
    "blind34-en02",
    "en",
    """Minibus fares up $40 on East Bank route; ministry says hike "not sanctioned"

By Shaneza Ramkissoon
October 14, 2025
News

Commuters travelling between Georgetown and the East Bank of Demerara were met yesterday with a $40 increase in minibus fares, after the United Minibus Operators Association (UMOA) announced that its members could no longer absorb rising costs for spare parts and insurance.
The association's president, Rawle Fredericks, told Stabroek News that operators had been "bleeding money for two years" and that the increase was "the bare minimum to keep buses on the road."
"Tyres alone gone up almost double since 2023. Insurance gone up. Every time a bus break down, is a week without work," Fredericks said. "Nobody wants to put more pressure on the travelling public, but we cannot work for nothing."
The fare from the city to Diamond is now $260, up from $220, while the fare to Timehri has moved from $400 to $440. Operators said school children in uniform would continue to pay the old fare.
However, in a statement issued last evening, the Ministry of Transport and Infrastructure said the increase "has not been sanctioned" and reminded operators that fares are set "in consultation with the Ministry and not unilaterally by any association."
"Operators who charge above the approved fare are in breach of their road service licence and will be dealt with accordingly," the ministry added.
Minister of Transport Deonarine Ramcharran later told reporters at a press briefing that he had invited the association to meet him on Thursday. "My door is open. What I will not accept is a commuter being told at the bus door, pay or come out," the minister said.
Related: Minibus operators threaten strike over new insurance rules
At the Stabroek bus park yesterday afternoon, many commuters were angry. "I does pay $440 a day to go and come from work. Now it will be $520. Where that extra money coming from?" asked Celestine Bovell, a security guard from Grove.
Another commuter, who gave his name only as Marlon, said conductors had been collecting the new fare "since Monday morning, before anybody announce anything."
Traffic Chief, Senior Superintendent Ravindra Bhola, said ranks would be "on the ground from tomorrow" to check that buses display the approved fares. He urged commuters to note the registration numbers of buses that overcharge.
In a letter to the editor published in today's edition, Yvonne Chichester of Eccles writes that "the commuter is always the last to be consulted and the first to pay," and calls for the fare structure to be reviewed every two years "so that nobody has to fight in the road about forty dollars."
Contacted last evening about the ministry's statement, Fredericks said the association had written to the ministry "three times since March" without receiving a reply.
"Now they want to talk. Good. We will be there Thursday," he said.
Share this:
WhatsApp Facebook X
Comments""",
    [
        (
            "not sanctioned",
            "Ministry of Transport and Infrastructure",
            ("ministry says", "ministry"),
            "says",
        ),
        ("bleeding money for two years", "Rawle Fredericks", "Rawle Fredericks", "told"),
        (
            "the bare minimum to keep buses on the road.",
            "Rawle Fredericks",
            "Rawle Fredericks",
            "told",
        ),
        (
            "Tyres alone gone up almost double since 2023. Insurance gone up. Every time a bus break down, is a week without work,",
            "Rawle Fredericks",
            ('Fredericks said. "Nobody', "Fredericks"),
            "said",
        ),
        (
            "Nobody wants to put more pressure on the travelling public, but we cannot work for nothing.",
            "Rawle Fredericks",
            ('Fredericks said. "Nobody', "Fredericks"),
            "said",
        ),
        (
            "has not been sanctioned",
            "Ministry of Transport and Infrastructure",
            "the Ministry of Transport and Infrastructure",
            "said",
        ),
        (
            "in consultation with the Ministry and not unilaterally by any association.",
            "Ministry of Transport and Infrastructure",
            "the Ministry of Transport and Infrastructure",
            "reminded",
        ),
        (
            "Operators who charge above the approved fare are in breach of their road service licence and will be dealt with accordingly,",
            "Ministry of Transport and Infrastructure",
            "the ministry",
            "added",
        ),
        (
            "My door is open. What I will not accept is a commuter being told at the bus door, pay or come out,",
            "Deonarine Ramcharran",
            "the minister",
            "said",
        ),
        (
            "I does pay $440 a day to go and come from work. Now it will be $520. Where that extra money coming from?",
            "Celestine Bovell",
            "Celestine Bovell",
            "asked",
        ),
        ("since Monday morning, before anybody announce anything.", "Marlon", "Marlon", "said"),
        ("on the ground from tomorrow", "Ravindra Bhola", "Ravindra Bhola", "said"),
        (
            "the commuter is always the last to be consulted and the first to pay,",
            "Yvonne Chichester",
            "Yvonne Chichester",
            "writes",
        ),
        (
            "so that nobody has to fight in the road about forty dollars.",
            "Yvonne Chichester",
            "Yvonne Chichester",
            "calls",
        ),
        ("three times since March", "Rawle Fredericks", "Fredericks", "said"),
        (
            "Now they want to talk. Good. We will be there Thursday,",
            "Rawle Fredericks",
            ("he said", "he"),
            "said",
        ),
    ],
)

article(
    "blind34-en03",
    "en",
    """‘Cultural vandalism’: staff condemn plan to close music department

Northfleet University says recruitment has fallen too far, but its union branch calls the closure ‘a decision dressed up as a consultation’

October 21, 2025
Harriet Quayle
Twitter: @hquayleTHE

Northfleet University is set to close its music department and make up to 23 academic posts redundant, in what staff describe as the most drastic cut to the arts at a UK university this year.
In an email to all staff seen by Times Higher Education, the vice-chancellor, Alasdair Whitcombe, said the department had ‘not recruited sustainably for six consecutive years’ and that the university could ‘no longer subsidise provision that students are not choosing’.
‘These are never easy decisions, and I know they will cause real distress to colleagues who have given many years to Northfleet,’ he wrote. ‘But our duty is to the long-term health of the whole institution.’
The proposal, which is subject to a 45-day consultation, would close the BMus programme to new entrants from September 2026. Current students would be ‘taught out’, the university said.
Figures published by the institution show that applications to music fell from 412 in 2019 to 131 this year.
Read more: Arts and humanities cuts: which universities are affected?
Staff have reacted with anger. The Northfleet branch of the Federation of University Staff (FUS) passed a motion of no confidence in the senior management team on Monday evening and has threatened to ballot for industrial action.
‘This is cultural vandalism,’ said Nkechi Obasanjo-Reid, the branch president and a senior lecturer in ethnomusicology. ‘Management keeps saying “consultation”, but the redundancy letters were drafted before anyone was consulted. It is a decision dressed up as a consultation.’
One professor in the department, who asked not to be named because they are at risk of redundancy, told THE that colleagues had learned of the plan from a leaked timetable for the next academic year.
‘Music simply wasn’t on it. That was how we found out – from a spreadsheet,’ they said.
A university spokeswoman said the claim was ‘categorically untrue’ and that no member of staff had been informed ‘before the proper processes had begun’.
The head of the county youth orchestra, Gideon Farrant, said the closure would be felt well beyond the campus. ‘Half of our section leaders trained at Northfleet. Where are the next ones going to come from?’ he asked.
In a short interview with THE, Professor Whitcombe defended the timing. Asked whether the university had considered merging music with drama rather than closing it, he said: ‘We looked at every option. A merger would have delayed the problem by two years, not solved it.’
Pressed on the leaked timetable, the vice-chancellor replied: ‘I have not seen this spreadsheet, and I would be very surprised if it exists.’
Dr Obasanjo-Reid said the FUS branch would open an indicative ballot ‘within a fortnight’ and would write to every member of the university’s governing council. ‘They should know what is being done in their name,’ she said.
Register to continue
Why register?
Registration is free and only takes a moment""",
    [
        ("Cultural vandalism", "Nkechi Obasanjo-Reid", None, None),
        (
            "a decision dressed up as a consultation",
            "Federation of University Staff",
            "its union branch",
            "calls",
        ),
        (
            "not recruited sustainably for six consecutive years",
            "Alasdair Whitcombe",
            "Alasdair Whitcombe",
            "said",
        ),
        (
            "no longer subsidise provision that students are not choosing",
            "Alasdair Whitcombe",
            "Alasdair Whitcombe",
            "said",
        ),
        (
            "These are never easy decisions, and I know they will cause real distress to colleagues who have given many years to Northfleet,",
            "Alasdair Whitcombe",
            ("he wrote", "he"),
            "wrote",
        ),
        (
            "But our duty is to the long-term health of the whole institution.",
            "Alasdair Whitcombe",
            ("he wrote", "he"),
            "wrote",
        ),
        ("taught out", "Northfleet University", "the university", "said"),
        ("This is cultural vandalism,", "Nkechi Obasanjo-Reid", "Nkechi Obasanjo-Reid", "said"),
        (
            "Management keeps saying “consultation”, but the redundancy letters were drafted before anyone was consulted. It is a decision dressed up as a consultation.",
            "Nkechi Obasanjo-Reid",
            "Nkechi Obasanjo-Reid",
            "said",
        ),
        (
            "Music simply wasn’t on it. That was how we found out – from a spreadsheet,",
            "professor",
            ("they said", "they"),
            "said",
        ),
        ("categorically untrue", "Northfleet University", "A university spokeswoman", "said"),
        (
            "before the proper processes had begun",
            "Northfleet University",
            "A university spokeswoman",
            "said",
        ),
        (
            "Half of our section leaders trained at Northfleet. Where are the next ones going to come from?",
            "Gideon Farrant",
            ("he asked", "he"),
            "asked",
        ),
        (
            "We looked at every option. A merger would have delayed the problem by two years, not solved it.",
            "Alasdair Whitcombe",
            ("he said", "he"),
            "said",
        ),
        (
            "I have not seen this spreadsheet, and I would be very surprised if it exists.",
            "Alasdair Whitcombe",
            "the vice-chancellor",
            "replied",
        ),
        ("within a fortnight", "Nkechi Obasanjo-Reid", "Dr Obasanjo-Reid", "said"),
        (
            "They should know what is being done in their name,",
            "Nkechi Obasanjo-Reid",
            ("she said", "she"),
            "said",
        ),
    ],
)

article(
    "blind34-en04",
    "en",
    """In Peru’s Amazon, gold dredges return to a river Indigenous patrols had cleared

by Diego Arancibia Vela on 12 November 2025

Residents of an Indigenous community in Madre de Dios say illegal gold dredges have returned to the Huacamayo River less than a year after their patrols helped drive them out.
Satellite analysis by a monitoring nonprofit shows 38 hectares of new mining scars along the river since June.
Regional prosecutors say they have destroyed 11 dredges this year but call the area “logistically very complex” to police.
See All Key Ideas
The dredges come at night, running without lights, says Rosa Inuma Sangama, president of the community of Santa Rosa de Huacamayo, a village of about 300 people on the river’s upper reaches.
“By the time the sun comes up, they have moved again and the river is brown,” Inuma told Mongabay by phone, speaking in Spanish. “Last year we thought we had won. Now it is like we did nothing.”
In early 2024, community patrols working with the authorities documented 14 dredges and helped prosecutors carry out a raid that ended with most of them burned on the riverbank. For several months the water cleared, and families began fishing again.
Julián Tapullima, 29, one of the patrol’s founding members, described what happened when the dredges returned this year.
“The first time, we went out in two canoes with our phones to film them. They laughed at us and turned up the engines.
“The second time, one of them pointed a shotgun at my cousin and said, ‘This river is not yours anymore.’ After that, we stopped going out at night,” Tapullima said.
Banner image: A suction dredge on the Huacamayo River in September 2025. Image courtesy of the Santa Rosa de Huacamayo patrol.
In a written response to Mongabay, the Specialized Environmental Prosecutor’s Office of Madre de Dios said it had carried out “three interdiction operations” on the Huacamayo this year. The office said the river’s remoteness made a permanent presence “logistically very complex,” and that it depended on the navy and police for transport.
The Amazon Waters Monitoring Project (AWMP), a nonprofit that tracks mining with satellite imagery, documented the new scars in its latest report, “Rivers Under Siege: Madre de Dios 2025.”
“What we see in the images is a cycle: an operation, a pause of three or four months, and then the dredges come back to the same bends,” said Lucía Barreda, the group’s coordinator. “Enforcement without presence is just a press release.”
According to AWMP, much of the gold leaving the area passes through buyers in the regional capital, Puerto Maldonado. One of the largest, Auríferos del Sur, said in an email that it purchases gold only from “formalized producers with valid permits” and that it “rejects any link” with illegal mining.
Barreda said such assurances were difficult to verify. “A permit tells you who sold the gold,” she said, “not where it was dug.”
Back in Santa Rosa, Inuma said the community’s demands had not changed since the patrols began.
“We don’t want money from the gold. We want the fish back,” she said.
Citation:
AWMP (2025). Rivers Under Siege: Madre de Dios 2025. Amazon Waters Monitoring Project.
FEEDBACK: Use this form to send a message to the author of this post.""",
    [
        (
            "logistically very complex",
            "Specialized Environmental Prosecutor’s Office of Madre de Dios",
            "Regional prosecutors",
            "call",
        ),
        (
            "By the time the sun comes up, they have moved again and the river is brown,",
            "Rosa Inuma Sangama",
            ("Inuma told", "Inuma"),
            "told",
        ),
        (
            "Last year we thought we had won. Now it is like we did nothing.",
            "Rosa Inuma Sangama",
            ("Inuma told", "Inuma"),
            "told",
        ),
        (
            "The first time, we went out in two canoes with our phones to film them. They laughed at us and turned up the engines.",
            "Julián Tapullima",
            ("Tapullima said", "Tapullima"),
            "said",
        ),
        (
            "The second time, one of them pointed a shotgun at my cousin and said, ‘This river is not yours anymore.’ After that, we stopped going out at night,",
            "Julián Tapullima",
            ("Tapullima said", "Tapullima"),
            "said",
        ),
        (
            "three interdiction operations",
            "Specialized Environmental Prosecutor’s Office of Madre de Dios",
            "the Specialized Environmental Prosecutor’s Office of Madre de Dios",
            "said",
        ),
        (
            "logistically very complex,",
            "Specialized Environmental Prosecutor’s Office of Madre de Dios",
            "The office",
            "said",
        ),
        (
            "What we see in the images is a cycle: an operation, a pause of three or four months, and then the dredges come back to the same bends,",
            "Lucía Barreda",
            "Lucía Barreda",
            "said",
        ),
        (
            "Enforcement without presence is just a press release.",
            "Lucía Barreda",
            "Lucía Barreda",
            "said",
        ),
        (
            "formalized producers with valid permits",
            "Auríferos del Sur",
            "Auríferos del Sur",
            "said",
        ),
        ("rejects any link", "Auríferos del Sur", "Auríferos del Sur", "said"),
        ("A permit tells you who sold the gold,", "Lucía Barreda", ("she said", "she"), "said"),
        ("not where it was dug.", "Lucía Barreda", ("she said", "she"), "said"),
        (
            "We don’t want money from the gold. We want the fish back,",
            "Rosa Inuma Sangama",
            ("back,” she said", "she"),
            "said",
        ),
    ],
    ["Rivers Under Siege: Madre de Dios 2025."],
)

article(
    "blind34-en05",
    "en",
    """Regional assembly delays ban on old coal stoves by three years, angering anti-smog campaigners

November 4, 2025
Agata Pilarczyk-Rowe
Society, Environment

The regional assembly of Lower Silesia has voted to postpone by three years a ban on the oldest and most polluting household coal stoves, prompting accusations from campaigners that it has put votes before residents’ health.
The ban on so-called “kopciuchy” (“smokers”), boilers that do not meet any emission class, was due to take effect in January 2026. On Monday, councillors voted 19 to 14 to push it back to January 2029.
Councillor Marek Zawadzki, who tabled the amendment, argued that thousands of households had not received subsidies to replace their stoves in time.
“We cannot tell a pensioner living on 2,000 zloty a month to tear out his stove by January. That is not climate policy, it is cruelty,” he said during the debate, according to a recording published by the assembly.
Image credit: Krzysztof Dudek / Agencja Miejska
The Lower Silesian Clean Air Alliance (DSAP), a coalition of local anti-smog groups, called the vote “a death sentence written in small print.”
“Every winter, hundreds of people in this region die early because of what comes out of these chimneys. Now the assembly has told them to wait three more years,” DSAP spokeswoman Kinga Morawiec-Szulc told Notes from Poland.
She added that the alliance was considering a legal challenge. “The amendment was submitted two days before the vote, without any public consultation. We believe that alone makes it unlawful,” said Morawiec-Szulc.
Poland has some of the worst air quality in the European Union, largely because of coal burned in homes during the heating season.
The climate ministry said that funding was not the obstacle. Its spokesman, Tomasz Lendzion, said money from the national “Warm Home” subsidy programme was “there and waiting for applications” and that the ministry had simplified the forms in the spring.
That is not the experience of Stanisław Kulik, a 71-year-old retired railway worker who lives in a village near Wałbrzych. He applied for a subsidy to replace his stove in 2023.
“I am still waiting. I call every few months,” he told Notes from Poland. “The last time, the official told me, ‘Come back in spring.’ Which spring, she did not say.”
Some experts see the vote as a response to the political calendar. “It’s a gift to voters ahead of next year’s local elections, and it will be paid for in hospital beds,” said Dr Ewa Sobieraj, an air-quality researcher at a Wrocław university.
Zawadzki rejected that claim, insisting his amendment was “about social justice, not elections.”
Read more: Kraków residents told to stay indoors as smog levels soar
Notes from Poland is run by a small editorial team and published by an independent, non-profit foundation that is funded through donations from our readers. If you like our work, please consider supporting us.""",
    [
        (
            "We cannot tell a pensioner living on 2,000 zloty a month to tear out his stove by January. That is not climate policy, it is cruelty,",
            "Marek Zawadzki",
            ("cruelty,” he said", "he"),
            "said",
        ),
        (
            "a death sentence written in small print.",
            "Lower Silesian Clean Air Alliance",
            "The Lower Silesian Clean Air Alliance",
            "called",
        ),
        (
            "Every winter, hundreds of people in this region die early because of what comes out of these chimneys. Now the assembly has told them to wait three more years,",
            "Kinga Morawiec-Szulc",
            "Kinga Morawiec-Szulc",
            "told",
        ),
        (
            "The amendment was submitted two days before the vote, without any public consultation. We believe that alone makes it unlawful,",
            "Kinga Morawiec-Szulc",
            ("said Morawiec-Szulc", "Morawiec-Szulc"),
            "said",
        ),
        ("there and waiting for applications", "Tomasz Lendzion", "Tomasz Lendzion", "said"),
        (
            "I am still waiting. I call every few months,",
            "Stanisław Kulik",
            ("he told", "he"),
            "told",
        ),
        (
            "The last time, the official told me, ‘Come back in spring.’ Which spring, she did not say.",
            "Stanisław Kulik",
            ("he told", "he"),
            "told",
        ),
        (
            "It’s a gift to voters ahead of next year’s local elections, and it will be paid for in hospital beds,",
            "Ewa Sobieraj",
            "Dr Ewa Sobieraj",
            "said",
        ),
        ("about social justice, not elections.", "Marek Zawadzki", "Zawadzki", "insisting"),
    ],
    ["kopciuchy", "smokers", "Warm Home"],
)

article(
    "blind34-en06",
    "en",
    """Hard freeze halts sugar beet harvest as growers wait for a thaw

Growers say they are "not panicking yet," but the cooperative warns that beets frozen in the ground may not keep in storage piles.

By Marit Halvorsen
October 16, 2025 at 5:12 PM

EAST CALDER, Minn. - The sugar beet harvest in the northern Red River Valley came to a standstill this week after overnight temperatures dropped into the low 20s, leaving roughly a third of the crop still in the ground.
Prairie Rivers Sugar Cooperative suspended digging at all of its receiving stations early Wednesday. In a notice sent to shareholders, the cooperative said harvest would resume "when field temperatures allow beets to be stored safely" and asked growers not to deliver any beets dug after the frost.
Shauna Kittelson, an agronomist with the cooperative, says the concern is not the crop in the field so much as what happens to it in the piles.
"If a beet freezes in the ground and then thaws, the cells rupture, and that sugar starts breaking down in storage," Kittelson says. "One bad pile in December can cost a whole factory district."
The forecast, she says, is on the growers' side. "The models," Kittelson says, "show highs back in the 50s by Saturday, and that's what we're counting on."
Photo: Dale Lindgren checks a frozen beet in a field north of East Calder on Oct. 15, 2025. Marit Halvorsen / Agweek
Dale Lindgren, who farms about 900 acres of beets north of East Calder, had dug 40% of his crop when the cold arrived. He spent Wednesday morning pulling beets by hand to check for frost damage.
"We're not panicking yet," Lindgren says. "We've seen this before. In 2019 we got snowed in and still got most of them out."
"It's the waiting that gets you," says his son, Tyler Lindgren, 26, who runs one of the family's two defoliators. "You've got the trucks, you've got the crew, and you're sitting in the shop drinking coffee."
State climatologist Peter Vandermolen said the cold snap was "unusual but not unheard of" for the middle of October. He noted that similar freezes hit the valley in 2009 and 2019.
The Northern Beet Growers Association has asked the cooperative to explain how beets left in the ground will be handled in final payments. Association president Rebecca Toews says growers want answers before the harvest restarts.
"Nobody caused this, but somebody is going to eat the loss, and growers want to know if it's going to be them," Toews says.
The cooperative said in a statement Thursday that it would "work with the association on a fair approach" and that no decision on payments had been made.
Sign up for Agweek's free email newsletters to get the latest ag news delivered to your inbox.
What To Read Next""",
    [
        ("not panicking yet,", "growers", "Growers", "say"),
        (
            "when field temperatures allow beets to be stored safely",
            "Prairie Rivers Sugar Cooperative",
            "the cooperative",
            "said",
        ),
        (
            "If a beet freezes in the ground and then thaws, the cells rupture, and that sugar starts breaking down in storage,",
            "Shauna Kittelson",
            "Kittelson",
            "says",
        ),
        (
            "One bad pile in December can cost a whole factory district.",
            "Shauna Kittelson",
            "Kittelson",
            "says",
        ),
        ("The models,", "Shauna Kittelson", ('Kittelson says, "show', "Kittelson"), "says"),
        (
            "show highs back in the 50s by Saturday, and that's what we're counting on.",
            "Shauna Kittelson",
            ('Kittelson says, "show', "Kittelson"),
            "says",
        ),
        ("We're not panicking yet,", "Dale Lindgren", "Lindgren", "says"),
        (
            "We've seen this before. In 2019 we got snowed in and still got most of them out.",
            "Dale Lindgren",
            "Lindgren",
            "says",
        ),
        ("It's the waiting that gets you,", "Tyler Lindgren", "Tyler Lindgren", "says"),
        (
            "You've got the trucks, you've got the crew, and you're sitting in the shop drinking coffee.",
            "Tyler Lindgren",
            "Tyler Lindgren",
            "says",
        ),
        ("unusual but not unheard of", "Peter Vandermolen", "Peter Vandermolen", "said"),
        (
            "Nobody caused this, but somebody is going to eat the loss, and growers want to know if it's going to be them,",
            "Rebecca Toews",
            "Toews",
            "says",
        ),
        (
            "work with the association on a fair approach",
            "Prairie Rivers Sugar Cooperative",
            "The cooperative",
            "said",
        ),
    ],
)

article(
    "blind34-en07",
    "en",
    """'They're taking the ring out from under us' - boxing gym that turned lives around faces eviction

Dockside ABC has been told to leave the former bonded warehouse it has used for 22 years by the end of January

By Kerry-Ann Doyle, Community Reporter
16:45, 9 Nov 2025

A boxing club that has trained hundreds of young people in Bootle, including two national champions, has been told it must leave its home of 22 years.
Dockside Amateur Boxing Club has until January 31 to move out of the former bonded warehouse on Strand Road, after the building's owner, Mersey Vale Properties Ltd, served notice on the lease.
Head coach Terry McGann, 61, who set up the club in 2003 with £500 and a borrowed ring, said the news had "floored" him. “They're taking the ring out from under us,” he said.
“These kids come in off the street with nothing to do and nowhere to go. Some of them have been excluded from school, some of them have been in trouble with the police. In here, nobody cares about any of that. They just have to turn up and work.
“If we lose this place, I'm not being dramatic, some of these lads will end up in prison or worse,” Mr McGann said.
Get the latest news from your area straight to your inbox - sign up to our newsletter here
The coach said the club had been paying a reduced rent of £800 a month and had offered to pay more. "They didn't even want to talk about it," he said.
Kayden Roberts, 19, who won a national youth title in the spring, started training at Dockside when he was 12.
“If it wasn't for Terry, I'd be inside or dead. I'm not exaggerating,” he told the ECHO. “He used to come and knock on my mum's door if I didn't turn up.”
A spokesperson for Mersey Vale Properties said: “We have supported the club with a significantly reduced rent for more than a decade. The building now requires major structural investment and we have to consider its long-term future.”
The company said it had “no firm plans” for the site but did not rule out selling it.
Local councillor Joanne Birchall said she had asked council officers to “urgently look at” whether a vacant unit on the nearby industrial estate could be offered to the club.
“This club does more for young people in this ward than half the services we pay for,” said Cllr Birchall. “We can't let it go without a fight.”
A petition titled “Save Dockside ABC” had gathered more than 4,300 signatures by Sunday afternoon.
The ECHO has contacted Mersey Vale Properties for further comment.
Read next
Liverpool's best chippies as voted by ECHO readers""",
    [
        ("They're taking the ring out from under us", "Terry McGann", None, None),
        ("floored", "Terry McGann", "Terry McGann", "said"),
        (
            "They're taking the ring out from under us,",
            "Terry McGann",
            ("us,” he said", "he"),
            "said",
        ),
        (
            "These kids come in off the street with nothing to do and nowhere to go. Some of them have been excluded from school, some of them have been in trouble with the police. In here, nobody cares about any of that. They just have to turn up and work.",
            "Terry McGann",
            "Mr McGann",
            "said",
        ),
        (
            "If we lose this place, I'm not being dramatic, some of these lads will end up in prison or worse,",
            "Terry McGann",
            "Mr McGann",
            "said",
        ),
        ("They didn't even want to talk about it,", "Terry McGann", ("he said", "he"), "said"),
        (
            "If it wasn't for Terry, I'd be inside or dead. I'm not exaggerating,",
            "Kayden Roberts",
            ("he told", "he"),
            "told",
        ),
        (
            "He used to come and knock on my mum's door if I didn't turn up.",
            "Kayden Roberts",
            ("he told", "he"),
            "told",
        ),
        (
            "We have supported the club with a significantly reduced rent for more than a decade. The building now requires major structural investment and we have to consider its long-term future.",
            "Mersey Vale Properties Ltd",
            "A spokesperson for Mersey Vale Properties",
            "said",
        ),
        ("no firm plans", "Mersey Vale Properties Ltd", "The company", "said"),
        ("urgently look at", "Joanne Birchall", "Joanne Birchall", "said"),
        (
            "This club does more for young people in this ward than half the services we pay for,",
            "Joanne Birchall",
            "Cllr Birchall",
            "said",
        ),
        ("We can't let it go without a fight.", "Joanne Birchall", "Cllr Birchall", "said"),
    ],
    ["Save Dockside ABC"],
)

article(
    "blind34-en08",
    "en",
    """Mount Alder Incline shut indefinitely after inspectors find frayed cable

By Colin M. Strauss, Pittsburgh Post-Gazette
Nov 4, 2025, 6:15 PM

The Mount Alder Incline, which has hauled riders up the hillside above the Monongahela River since 1891, has been closed indefinitely after an inspection found broken wires in its main haul cable.
The Allegheny Valley Transit Authority (AVTA) shut the funicular on Friday evening, hours after receiving a report from its engineering consultant, Keller-Boyd Engineering.
In the report, Keller-Boyd Engineering wrote that inspectors had found "broken outer wires in two sections of the haul cable" and recommended that the incline "not return to passenger service until the cable has been replaced."
AVTA spokesman Derek Oyelaran said the authority had no choice. "When the engineers tell you the cable is compromised, there is no discussion. You close it," he said.
Story continues below
The incline carries about 1,100 riders on an average weekday, many of them commuters who transfer to buses at the lower station on Carson Street. The authority said it would run a free shuttle bus "every 15 minutes" between the upper and lower stations while the incline is closed.
At a City Council committee hearing on Tuesday, council members pressed AVTA chief executive Linda Farkas-Hoyt for a timeline.
"How long is indefinitely?" asked Councilwoman Theresa Mancuso, whose district includes Mount Alder.
"Honestly, I can't give you a date today," Ms. Farkas-Hoyt replied. "The cable has to be made to order, and there are two companies in the world that make it."
"So we're talking months."
"Months, yes. Not years."
Ms. Mancuso said after the hearing that she would ask the authority to publish monthly updates. "People up here have been patient for a long time. They deserve straight answers," she said.
For some riders, the shuttle is a poor substitute. Bernice Kowalczyk, 79, a retired schoolteacher who lives two blocks from the upper station, has ridden the incline almost every day for 40 years.
"I don't drive anymore. The incline is how I get to the pharmacy, to church, to my sister's on the South Side.
"My husband used to look at those cars and say, 'Bernie, that thing is older than both of us put together.' Well, it outlived him," Mrs. Kowalczyk said.
Known to generations of residents as "the Old Lady of the Mon," the incline was last closed for an extended period in 2014, when both cars were rebuilt.
Ms. Farkas-Hoyt told the committee the authority would seek state and federal money for the cable, which she estimated would cost "somewhere north of $2 million" to buy and install.
First Published November 4, 2025, 6:15pm
Colin M. Strauss: cstrauss@post-gazette.com
Popular in the Community""",
    [
        (
            "broken outer wires in two sections of the haul cable",
            "Keller-Boyd Engineering",
            ("In the report, Keller-Boyd Engineering", "Keller-Boyd Engineering"),
            "wrote",
        ),
        (
            "not return to passenger service until the cable has been replaced.",
            "Keller-Boyd Engineering",
            ("In the report, Keller-Boyd Engineering", "Keller-Boyd Engineering"),
            "recommended",
        ),
        (
            "When the engineers tell you the cable is compromised, there is no discussion. You close it,",
            "Derek Oyelaran",
            ("he said", "he"),
            "said",
        ),
        ("every 15 minutes", "Allegheny Valley Transit Authority", "The authority", "said"),
        ("How long is indefinitely?", "Theresa Mancuso", "Theresa Mancuso", "asked"),
        (
            "Honestly, I can't give you a date today,",
            "Linda Farkas-Hoyt",
            "Ms. Farkas-Hoyt",
            "replied",
        ),
        (
            "The cable has to be made to order, and there are two companies in the world that make it.",
            "Linda Farkas-Hoyt",
            "Ms. Farkas-Hoyt",
            "replied",
        ),
        ("So we're talking months.", "Theresa Mancuso", None, None),
        ("Months, yes. Not years.", "Linda Farkas-Hoyt", None, None),
        (
            "People up here have been patient for a long time. They deserve straight answers,",
            "Theresa Mancuso",
            ("she said", "she"),
            "said",
        ),
        (
            "I don't drive anymore. The incline is how I get to the pharmacy, to church, to my sister's on the South Side.",
            "Bernice Kowalczyk",
            "Mrs. Kowalczyk",
            "said",
        ),
        (
            "My husband used to look at those cars and say, 'Bernie, that thing is older than both of us put together.' Well, it outlived him,",
            "Bernice Kowalczyk",
            "Mrs. Kowalczyk",
            "said",
        ),
        (
            "somewhere north of $2 million",
            "Linda Farkas-Hoyt",
            "Ms. Farkas-Hoyt",
            "estimated",
        ),
    ],
    ["the Old Lady of the Mon,"],
)


def main() -> None:
    SET.write(Path(__file__).with_name("blind34_en.jsonl"), WORDS_RANGE)


if __name__ == "__main__":
    main()
