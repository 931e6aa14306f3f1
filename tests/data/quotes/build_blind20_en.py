# ruff: noqa: E501, RUF001
# Prose articles with typographic quotation marks: the long lines and the marks are the data.
"""Builds blind20_en.jsonl: a twentieth blind English quotation set (written for depeche, CC0).

Written from scratch by a helper who never read the quotes code, so that its score is an honest,
blind estimate of how ``depeche.quotes`` does on English news text nobody tuned it on. Every
story, person, place and organisation is invented (real countries and cities aside). Beats and
outlets imitated: a city council vote on bike lanes (Toronto Star: a headline quote, a dek,
"Coun." with ward in brackets, an interrupted quote, a follow-on paragraph with no cue, a
programme name in marks), a road-rage sentencing (Sydney Morning Herald: judge's remarks, a
cross-examination Q&A with uncued turns, a victim impact statement, Mr/Ms without points), a
bipartisan bill on AI chatbots posing as therapists (The Hill: straight marks with inner single
quotes, a statement, a post on X, an unnamed Senate aide, a trade group, a persona name), a
valley village flooded again (WalesOnline: a nested quote, a fire service statement, a
forecaster, a sign in marks, photo credits and newsletter pitch), a play about a mill strike
(Belfast Telegraph: British single marks with inner double ones and apostrophes, a headline
quote, a multi-paragraph testimony, the play's title in marks), a fodder shortage after a wet
spring (Irish Examiner: a headline quote, a farmers' body with its initials in brackets, a
minister in the Dáil, an adviser), a district hospital on generators after strikes (Kyiv
Independent: translated quotes, an unnamed nurse, a regional health directorate, a charity, a
multi-paragraph quote) and a high-school playoff forfeit over an ineligible player (Chicago
Tribune: straight marks, a district statement, a state association ruling, a slogan on shirts).
Titles, programme names, personas, slogans and signs in marks are listed as non-quotes.
Gold conventions are those of build_dev.py.

Do not tune the extractor on this file: it measures, it does not teach. Run
``python tests/data/quotes/build_blind20_en.py`` after editing.
Bodies are named by their full name, also when the text gives a short one in brackets.
"""

from __future__ import annotations

from pathlib import Path

from build_dev import ArticleSet

SET = ArticleSet()
article = SET.article
WORDS_RANGE = (300, 650)


article(
    "blind20-en01",
    "en",
    """“We’re not taking them out”: Council votes to keep Brennan Ave. bike lanes after heated debate

Opponents said the lanes choked traffic and hurt business. Supporters said the numbers told a different story.

By Marcus Oyelaran City Hall Reporter
Wed., June 11, 2025timer4 min. read
Updated June 11, 2025 at 7:52 p.m.

Toronto city council voted 16-9 on Wednesday to keep the bollarded bike lanes on Brennan Avenue, ending a months-long fight that pitted cyclists against some of the street’s merchants — and against the area’s own councillor.
“We’re not taking them out. We’re going to make them work better,” said Coun. Dalia Ferreira (Ward 6, Harbour Flats), who chairs the infrastructure and environment committee, moments after the vote.
The lanes, installed in 2023 under the city’s “Complete Streets West” program, run 3.2 kilometres between Dufferin Street and the rail corridor.
Coun. Warren Pasternak (Ward 11, Brennan-Elm Grove), who brought the motion to remove them, said he had heard from “hundreds” of residents stuck in traffic since they went in.
“I’m not against bikes,” Pasternak told council. “I’m against a design that was dropped on a neighbourhood without asking the people who live in it.”
“The ambulances,” he went on, “cannot get through at rush hour. That should worry every single one of us.”
Article Continues Below
ADVERTISEMENT
A staff report tabled last month found that drive times along the corridor had risen by an average of 47 seconds at the afternoon peak, while the number of cyclists had tripled. In the report, Olufemi Grant, the city’s general manager of transportation services, wrote that the lanes had “not materially affected” emergency response times.
Pasternak dismissed the finding. Asked by Ferreira whether he had evidence to the contrary, the councillor said his evidence was “the people sitting in their cars every night on Brennan.”
On the street itself, opinion is split.
“My Saturday sales are down by a third,” said Lina Haddad, who has owned Cedar Loaf Bakery near Brennan and Lansdowne for 14 years. “People used to pull over, grab a loaf and go. Now there’s nowhere to stop, so they don’t.”
A few doors down, bike shop owner Tomasz Wrona said business had “never been better.” He has hired two extra mechanics since the spring.
The Bike Brennan Coalition, which gathered 8,400 signatures in support of the lanes, called Wednesday’s vote “a win for the data and for everyone who wants to get home alive.”
Ferreira said staff would return to committee in the fall with changes, including dedicated loading zones for merchants and a redesigned intersection at Lansdowne Avenue.
“We heard the businesses. Loading zones are coming, and they’re coming this year.”
Deputy Mayor Anand Kohli, who voted to keep the lanes, said removing them would have cost about $1.8 million — more than it cost to put them in. “Tearing out infrastructure we just paid for is not fiscal responsibility,” Kohli said. “It’s the opposite.”
Pasternak said he was disappointed but not surprised, and that he would keep pushing for changes on the western stretch.
“This isn’t over,” he said.
Marcus Oyelaran is a Toronto-based reporter covering city hall for the Star. Follow him on X: @moyelaran
REPORT AN ERROR JOURNALISTIC STANDARDS ABOUT THE STAR""",
    [
        ("We’re not taking them out", "Dalia Ferreira", None, None),
        (
            "We’re not taking them out. We’re going to make them work better,",
            "Dalia Ferreira",
            "Dalia Ferreira",
            "said",
        ),
        ("hundreds", "Warren Pasternak", "Warren Pasternak", "said"),
        ("I’m not against bikes,", "Warren Pasternak", "Pasternak", "told"),
        (
            "I’m against a design that was dropped on a neighbourhood without asking the people who live in it.",
            "Warren Pasternak",
            "Pasternak",
            "told",
        ),
        ("The ambulances,", "Warren Pasternak", ("he went on", "he"), "went on"),
        (
            "cannot get through at rush hour. That should worry every single one of us.",
            "Warren Pasternak",
            ("he went on", "he"),
            "went on",
        ),
        ("not materially affected", "Olufemi Grant", "Olufemi Grant", "wrote"),
        (
            "the people sitting in their cars every night on Brennan.",
            "Warren Pasternak",
            "the councillor",
            "said",
        ),
        ("My Saturday sales are down by a third,", "Lina Haddad", "Lina Haddad", "said"),
        (
            "People used to pull over, grab a loaf and go. Now there’s nowhere to stop, so they don’t.",
            "Lina Haddad",
            "Lina Haddad",
            "said",
        ),
        ("never been better.", "Tomasz Wrona", "Tomasz Wrona", "said"),
        (
            "a win for the data and for everyone who wants to get home alive.",
            "Bike Brennan Coalition",
            "The Bike Brennan Coalition",
            "called",
        ),
        (
            "We heard the businesses. Loading zones are coming, and they’re coming this year.",
            "Dalia Ferreira",
            None,
            None,
        ),
        (
            "Tearing out infrastructure we just paid for is not fiscal responsibility,",
            "Anand Kohli",
            ("Kohli said", "Kohli"),
            ("Kohli said", "said"),
        ),
        ("It’s the opposite.", "Anand Kohli", ("Kohli said", "Kohli"), ("Kohli said", "said")),
        ("This isn’t over,", "Warren Pasternak", ("he said", "he"), ("he said", "said")),
    ],
    ["Complete Streets West"],
)

article(
    "blind20-en02",
    "en",
    """Tradie who struck cyclist with spirit level jailed for four years

A Quakers Hill tradesman told the court he “saw red”. The judge said that was no excuse.

By Harriet Lowe
June 20, 2025 — 5.32pm

Save
Log in, register or subscribe to save articles for later.
Normal text size Larger text size Very large text size

A tradesman who struck a cyclist in the head with a metal spirit level during a road-rage confrontation in Sydney’s north-west has been jailed for four years, with a judge describing the attack as “senseless and cowardly”.
Kyle Brannock, 34, pleaded guilty to recklessly causing grievous bodily harm to Anton Virtanen, a 52-year-old physiotherapist, on Windsor Road at Rouse Hill in March last year.
The court heard Mr Virtanen had slapped the side mirror of Brannock’s ute after the vehicle cut across the bike lane and forced him onto the kerb.
Sentencing Brannock in the District Court at Parramatta on Friday, Judge Margaret Tully said the offender had “chosen to arm himself” before leaving the vehicle.
“This was not a momentary loss of control. The offender reached behind the seat, took hold of a heavy metal tool and walked 20 metres to where the victim lay on the road,” Judge Tully said.
“He then struck him, not once but twice.”
Mr Virtanen spent nine days in Westmead Hospital with a fractured skull and still suffers from headaches and memory loss.
At a sentence hearing in May, Brannock gave evidence and was cross-examined by Crown prosecutor Lisa Nguyen-Hart.
“You told police you ‘saw red’. What does that mean?” Ms Nguyen-Hart asked.
“I just lost it. He’d hit my mirror and I thought he was going to ride off,” Brannock replied.
“So you went and got the spirit level?”
“Yeah. I wasn’t thinking.”
“You were thinking enough to pick it up.”
“I suppose so.”
Brannock’s barrister, Phillip Szabo, SC, had argued his client was “genuinely remorseful” and had since completed a 12-week anger management course and returned to work.
In a victim impact statement read to the court by his wife, Ruth, Mr Virtanen said he had been forced to give up his practice.
“For 25 years I helped people recover from injuries. Now I am the one who cannot remember my patients’ names,” Mr Virtanen wrote.
Judge Tully accepted that Brannock’s remorse was genuine, but said it could not outweigh the need for general deterrence.
“Roads,” the judge said, “are shared by people who are all entitled to get home.”
Brannock, who wore a grey suit and did not look at the public gallery, will be eligible for parole in June 2027.
Outside court, Ruth Virtanen said the family was “relieved it is finally over”.
“Anton still rides. Not on Windsor Road, but he still rides,” she said.
License this article
Courts
Crime
Harriet Lowe is a court reporter for The Sydney Morning Herald.""",
    [
        ("saw red", "Kyle Brannock", "A Quakers Hill tradesman", "told"),
        ("senseless and cowardly", "Margaret Tully", "a judge", "describing"),
        ("chosen to arm himself", "Margaret Tully", "Judge Margaret Tully", "said"),
        (
            "This was not a momentary loss of control. The offender reached behind the seat, took hold of a heavy metal tool and walked 20 metres to where the victim lay on the road,",
            "Margaret Tully",
            ("Judge Tully said", "Judge Tully"),
            ("Judge Tully said", "said"),
        ),
        ("He then struck him, not once but twice.", "Margaret Tully", None, None),
        (
            "You told police you ‘saw red’. What does that mean?",
            "Lisa Nguyen-Hart",
            "Ms Nguyen-Hart",
            "asked",
        ),
        (
            "I just lost it. He’d hit my mirror and I thought he was going to ride off,",
            "Kyle Brannock",
            ("Brannock replied", "Brannock"),
            "replied",
        ),
        ("So you went and got the spirit level?", "Lisa Nguyen-Hart", None, None),
        ("Yeah. I wasn’t thinking.", "Kyle Brannock", None, None),
        ("You were thinking enough to pick it up.", "Lisa Nguyen-Hart", None, None),
        ("I suppose so.", "Kyle Brannock", None, None),
        ("genuinely remorseful", "Phillip Szabo", "Phillip Szabo", "had argued"),
        (
            "For 25 years I helped people recover from injuries. Now I am the one who cannot remember my patients’ names,",
            "Anton Virtanen",
            ("Mr Virtanen wrote", "Mr Virtanen"),
            "wrote",
        ),
        ("Roads,", "Margaret Tully", "the judge", ("the judge said", "said")),
        (
            "are shared by people who are all entitled to get home.",
            "Margaret Tully",
            "the judge",
            ("the judge said", "said"),
        ),
        ("relieved it is finally over", "Ruth Virtanen", "Ruth Virtanen", "said"),
        (
            "Anton still rides. Not on Windsor Road, but he still rides,",
            "Ruth Virtanen",
            ("she said", "she"),
            ("she said", "said"),
        ),
    ],
)

article(
    "blind20-en03",
    "en",
    """Senators unveil bipartisan bill to stop AI chatbots from posing as therapists

by Nadia Ferrell - 09/17/25 2:14 PM ET

Share ✕ Post Email

A bipartisan pair of senators on Wednesday introduced legislation that would bar artificial intelligence chatbots from presenting themselves as licensed mental health professionals, after reports that several popular companion apps had told teenage users they were speaking with trained counselors.
The Truth in AI Care Act, led by Sens. Carla Whitmore (D-Ore.) and Dale Rutter (R-Mo.), would allow the Federal Trade Commission to fine companies up to $50,000 per violation and require apps to display a disclosure at the start of every conversation.
"Parents trusted these apps because the apps told them they could," Whitmore said in a statement. "That is a lie, and it has real consequences for kids in crisis."
Rutter, speaking to reporters outside the Senate chamber, acknowledged the unusual partnership.
"I don't agree with Sen. Whitmore on much," Rutter said, drawing laughter. "But a machine telling a 14-year-old 'I'm a licensed therapist' is not a partisan question."
Asked whether the bill could slow American companies in their race with China, Rutter said: "If your business model depends on lying about credentials, I'm fine with slowing it down."
The legislation comes two months after Lumina Labs, whose companion app has more than 30 million users, retired a persona called "Dr. Sam" after users posted screenshots of it describing itself as a psychologist with twelve years of clinical experience.
"We have never designed our products to impersonate clinicians, and we support efforts to make that a bright line," said Eric Tanaka, a spokesperson for Lumina Labs. He said the company had added a disclosure banner to all of its personas in July.
The Digital Commerce Council, a trade group that counts Lumina among its members, was more cautious. The group warned that the bill's definition of a "health claim" was "broad enough to sweep in a meditation app," and urged lawmakers to work with industry on the text.
Dr. Renee Castillo, a clinical psychologist in Portland who testified before the Senate Commerce Committee in July, called the bill "overdue."
"I've had patients come in convinced their chatbot was a colleague of mine," said Castillo. "One of them asked me to coordinate their care with it."
The measure's path is uncertain. A Senate aide familiar with the discussions said leadership had not committed to bringing it to the floor before the end of the year.
"It's a good bill with a crowded calendar," the aide said.
Whitmore, for her part, posted on X shortly after the announcement: "Kids deserve to know when they're talking to a machine. Our bill makes sure they do."
A companion bill is expected in the House, where Rep. Luis Paredes (D-Texas) said he planned to introduce it "within weeks."
Tags Carla Whitmore Dale Rutter Lumina Labs
Copyright 2025. All rights reserved. This material may not be published, broadcast, rewritten, or redistributed.""",
    [
        (
            "Parents trusted these apps because the apps told them they could,",
            "Carla Whitmore",
            ("Whitmore said", "Whitmore"),
            ("Whitmore said", "said"),
        ),
        (
            "That is a lie, and it has real consequences for kids in crisis.",
            "Carla Whitmore",
            ("Whitmore said", "Whitmore"),
            ("Whitmore said", "said"),
        ),
        (
            "I don't agree with Sen. Whitmore on much,",
            "Dale Rutter",
            ("Rutter said", "Rutter"),
            ("Rutter said", "said"),
        ),
        (
            "But a machine telling a 14-year-old 'I'm a licensed therapist' is not a partisan question.",
            "Dale Rutter",
            ("Rutter said", "Rutter"),
            ("Rutter said", "said"),
        ),
        (
            "If your business model depends on lying about credentials, I'm fine with slowing it down.",
            "Dale Rutter",
            ("Rutter said:", "Rutter"),
            ("Rutter said:", "said"),
        ),
        (
            "We have never designed our products to impersonate clinicians, and we support efforts to make that a bright line,",
            "Eric Tanaka",
            "Eric Tanaka",
            "said",
        ),
        (
            "broad enough to sweep in a meditation app,",
            "Digital Commerce Council",
            "The group",
            "warned",
        ),
        ("overdue.", "Renee Castillo", "Dr. Renee Castillo", "called"),
        (
            "I've had patients come in convinced their chatbot was a colleague of mine,",
            "Renee Castillo",
            ("said Castillo", "Castillo"),
            ("said Castillo", "said"),
        ),
        (
            "One of them asked me to coordinate their care with it.",
            "Renee Castillo",
            ("said Castillo", "Castillo"),
            ("said Castillo", "said"),
        ),
        (
            "It's a good bill with a crowded calendar,",
            "aide",
            "the aide",
            ("the aide said", "said"),
        ),
        (
            "Kids deserve to know when they're talking to a machine. Our bill makes sure they do.",
            "Carla Whitmore",
            ("Whitmore, for her part", "Whitmore"),
            "posted",
        ),
        ("within weeks.", "Luis Paredes", "Luis Paredes", "said"),
    ],
    ["Dr. Sam", "health claim"],
)

article(
    "blind20-en04",
    "en",
    """Families flee homes as river bursts its banks in Valleys village for third time in five years

Residents in Pentre Aran say they were given less than an hour's warning

Ffion Rees-Jenkins Senior Reporter
09:14, 23 Nov 2025Updated 11:02, 23 Nov 2025

Bookmark
Comments

Image: Dafydd Owen / WalesOnline

Dozens of families have been forced from their homes after the River Aran burst its banks overnight, flooding a Valleys village for the third time in five years.
Firefighters used boats to reach residents of Heol y Bont in Pentre Aran in the early hours of Sunday as water rose to more than a metre deep in some houses. No one was seriously hurt.
A spokesperson for Glamorgan Valleys Fire and Rescue Service said crews had rescued 14 people, including two children and a man in his nineties. “Conditions were extremely challenging, with fast-flowing water and debris in the road,” the spokesperson said. “We would urge people never to walk or drive through flood water.”
Carys Bevan, 41, said she was woken by her neighbour hammering on the door at about 2.30am.
“He was shouting ‘get upstairs, get upstairs now’, and by the time I got to the landing the settee was floating,” she said. “The kids thought it was an adventure. I just sat on the stairs and cried.”
Get the latest news from across Wales sent straight to your inbox by signing up to our newsletter here
Further down the street, Gareth Lewis, 67, was shovelling mud out of his front room. He has lived in the house since 1989.
“2020, 2022 and now this,” he said. “We’ve had the leaflets, we’ve had the meetings, we’ve had the promises. What we haven’t had is a wall.”
A hand-painted sign reading “Not Again” had been propped against the railings of the chapel opposite.
Read more: Man rescued after car swept away on flooded road near Bridgend
Cwm Aran County Borough Council leader Siân Protheroe, who visited the village on Sunday morning, said a £3.4m flood defence scheme for Heol y Bont had been “held up by funding”.
“I completely understand the anger of residents,” Cllr Protheroe said. “I would be angry too. We have the design, we have the planning consent. What we need now is the money, and we are pushing for it every single day.”
The council said a rest centre had been opened at Pentre Aran Community Centre and that residents needing emergency accommodation should call its out-of-hours line.
The area's Senedd member, Rhodri Harries MS, described the situation as “simply unacceptable in 2025”. He said he would raise the funding of the scheme in the Senedd on Tuesday.
Forecaster Iwan Pugh, of Cambria Weather, warned that more rain was on the way, with up to 40mm expected to fall on already saturated ground by Tuesday.
“The ground simply has nowhere to put it,” he said. “Anyone living near a river in the south Wales valleys should keep a close eye on warnings over the next 48 hours.”
Back on Heol y Bont, Mrs Bevan was stacking soaked school books on the garden wall.
“People say, why don’t you move? Move where? Who is going to buy a house that floods?”""",
    [
        (
            "Conditions were extremely challenging, with fast-flowing water and debris in the road,",
            "Glamorgan Valleys Fire and Rescue Service",
            ("the spokesperson said", "the spokesperson"),
            ("the spokesperson said", "said"),
        ),
        (
            "We would urge people never to walk or drive through flood water.",
            "Glamorgan Valleys Fire and Rescue Service",
            ("the spokesperson said", "the spokesperson"),
            ("the spokesperson said", "said"),
        ),
        (
            "He was shouting ‘get upstairs, get upstairs now’, and by the time I got to the landing the settee was floating,",
            "Carys Bevan",
            ("she said", "she"),
            ("she said", "said"),
        ),
        (
            "The kids thought it was an adventure. I just sat on the stairs and cried.",
            "Carys Bevan",
            ("she said", "she"),
            ("she said", "said"),
        ),
        (
            "2020, 2022 and now this,",
            "Gareth Lewis",
            ("this,” he said", "he"),
            ("this,” he said", "said"),
        ),
        (
            "We’ve had the leaflets, we’ve had the meetings, we’ve had the promises. What we haven’t had is a wall.",
            "Gareth Lewis",
            ("this,” he said", "he"),
            ("this,” he said", "said"),
        ),
        (
            "held up by funding",
            "Siân Protheroe",
            "Siân Protheroe",
            ("Protheroe, who visited the village on Sunday morning, said", "said"),
        ),
        (
            "I completely understand the anger of residents,",
            "Siân Protheroe",
            "Cllr Protheroe",
            ("Cllr Protheroe said", "said"),
        ),
        (
            "I would be angry too. We have the design, we have the planning consent. What we need now is the money, and we are pushing for it every single day.",
            "Siân Protheroe",
            "Cllr Protheroe",
            ("Cllr Protheroe said", "said"),
        ),
        ("simply unacceptable in 2025", "Rhodri Harries", "Rhodri Harries", "described"),
        (
            "The ground simply has nowhere to put it,",
            "Iwan Pugh",
            ("it,” he said", "he"),
            ("it,” he said", "said"),
        ),
        (
            "Anyone living near a river in the south Wales valleys should keep a close eye on warnings over the next 48 hours.",
            "Iwan Pugh",
            ("it,” he said", "he"),
            ("it,” he said", "said"),
        ),
        (
            "People say, why don’t you move? Move where? Who is going to buy a house that floods?",
            "Carys Bevan",
            None,
            None,
        ),
    ],
    ["Not Again"],
)

article(
    "blind20-en05",
    "en",
    """‘It’s our story, told by us’: play about 1970s mill walkout sells out before opening night

Former weavers whose strike inspired the production will be guests of honour at the premiere

Aoife Mulgrew
Today at 06:30

The cast in rehearsal at the Lagan Quay Playhouse. Picture by Stephen Corrigan

A new play about a largely forgotten strike by women weavers in Co Armagh has sold out its entire three-week run before a single performance.
‘The Looms Fall Silent’, by Lurgan-born playwright Orla McAtamney, opens at the Lagan Quay Playhouse in Belfast on Thursday. It tells the story of the 1974 walkout at Crossgar Linen Mill, when 212 women stopped work for seven weeks over pay and conditions.
‘It’s our story, told by us, and I think that’s why people want to see it,’ McAtamney (38) told the Belfast Telegraph. ‘Everybody in the town has an aunt or a granny who was in that mill.’
She said she first heard about the strike as a child from her grandmother, who had ‘never once’ talked about it as a political event.
‘To her it was just the year they stood up,’ she said. ‘She didn’t have the words “industrial action”. She had the words “we’d had enough”.’
Sign up to our free Going Out newsletter
Among those who will attend the premiere is Bridie Cunningham (84), one of the last surviving strikers, whose recorded recollections McAtamney used as the spine of the script.
‘We walked out on a Tuesday. I remember because it was pay day and we left the envelopes lying on the looms.
‘My mother said to me, “You’ll never get another job in this town.” She was right, for about two years,’ Mrs Cunningham said.
‘But I’d do it again tomorrow.’
Director Ciarán Bell described rehearsals as ‘a privilege and a terror in roughly equal measure’. Several of the cast are themselves from mill families in Lurgan and Portadown, he said.
Labour historian Dr Declan Hughes, who advised on the production, said the linen strikes had been overshadowed for decades.
‘People remember the shipyard and they remember the Troubles,’ said Dr Hughes. ‘They don’t remember that women in Lurgan brought a mill the size of a small town to a halt.’
In a statement, the Lagan Quay Playhouse said it had added two matinees ‘in response to unprecedented demand’ and would release a small number of returns on the day of each performance.
The play will tour to Newry, Derry and Omagh in the autumn, the theatre confirmed.
Asked whether she was nervous about Thursday, McAtamney laughed: ‘Terrified. Ask me on Friday.’
Related topics
Theatre
Belfast""",
    [
        ("It’s our story, told by us", "Orla McAtamney", None, None),
        (
            "It’s our story, told by us, and I think that’s why people want to see it,",
            "Orla McAtamney",
            ("McAtamney (38) told", "McAtamney"),
            "told",
        ),
        (
            "Everybody in the town has an aunt or a granny who was in that mill.",
            "Orla McAtamney",
            ("McAtamney (38) told", "McAtamney"),
            "told",
        ),
        (
            "never once",
            "Orla McAtamney",
            ("She said she first", "She"),
            ("She said she first", "said"),
        ),
        (
            "To her it was just the year they stood up,",
            "Orla McAtamney",
            ("she said. ‘She", "she"),
            ("she said. ‘She", "said"),
        ),
        (
            "She didn’t have the words “industrial action”. She had the words “we’d had enough”.",
            "Orla McAtamney",
            ("she said. ‘She", "she"),
            ("she said. ‘She", "said"),
        ),
        (
            "We walked out on a Tuesday. I remember because it was pay day and we left the envelopes lying on the looms.",
            "Bridie Cunningham",
            "Mrs Cunningham",
            ("Mrs Cunningham said", "said"),
        ),
        (
            "My mother said to me, “You’ll never get another job in this town.” She was right, for about two years,",
            "Bridie Cunningham",
            "Mrs Cunningham",
            ("Mrs Cunningham said", "said"),
        ),
        ("But I’d do it again tomorrow.", "Bridie Cunningham", None, None),
        (
            "a privilege and a terror in roughly equal measure",
            "Ciarán Bell",
            "Ciarán Bell",
            "described",
        ),
        (
            "People remember the shipyard and they remember the Troubles,",
            "Declan Hughes",
            "Dr Hughes",
            ("said Dr Hughes", "said"),
        ),
        (
            "They don’t remember that women in Lurgan brought a mill the size of a small town to a halt.",
            "Declan Hughes",
            "Dr Hughes",
            ("said Dr Hughes", "said"),
        ),
        (
            "in response to unprecedented demand",
            "Lagan Quay Playhouse",
            ("the Lagan Quay Playhouse said", "the Lagan Quay Playhouse"),
            ("Playhouse said it had added", "said"),
        ),
        (
            "Terrified. Ask me on Friday.",
            "Orla McAtamney",
            ("McAtamney laughed", "McAtamney"),
            "laughed",
        ),
    ],
    ["The Looms Fall Silent"],
)

article(
    "blind20-en06",
    "en",
    """“We’re feeding silage we should be saving for winter”: Farmers warn of fodder crisis after sodden spring

Mairéad Ní Bhriain
Farming Correspondent
Tue, 27 May, 2025 - 07:00

Dairy farmers across Munster are feeding cattle winter silage in late May as waterlogged fields leave grass growth at less than half its normal level for the time of year, farm leaders have warned.
The Irish Family Farms Association (IFFA) has called on the Government to introduce an emergency fodder transport subsidy, warning that some farms in north Cork and west Limerick could run out of feed “within weeks”.
Donal Keohane, who milks 110 cows near Kanturk, let his herd out to grass for just 11 days in April before having to bring them back in.
“We’re feeding silage we should be saving for winter,” he said. “Every bale I open now is a bale I’ll have to buy back in November, and God knows what the price will be by then.”
He said the ground on some of his paddocks was “like porridge”.
“I’ve been farming here 30 years and my father 40 before that. Neither of us has seen a May like it.”
Read More
Beef prices hold firm as factories report tight supplies
IFFA president Nuala Barrett said the association had written to the Minister for Agriculture seeking an urgent meeting this week.
“This is not a crisis that is coming. It is here,” Ms Barrett said. “Farmers are stressed, they are exhausted, and a lot of them are borrowing to buy feed.”
The association’s letter, seen by the Irish Examiner, said that “a fodder transport scheme of the kind operated in 2018 must be reintroduced without delay”.
Speaking in the Dáil on Tuesday, Minister for Agriculture Fergal Madigan said his department was “monitoring the situation very closely” and would “not be found wanting”.
Pressed by Kerry TD Sinéad Culhane, who said farmers in her constituency were “at the end of their tether”, the minister stopped short of committing to a scheme.
“I am not going to announce a scheme on the floor of this House before I have the figures,” Mr Madigan said. “But nobody should be in any doubt: we will stand behind farmers.”
Dr Conor Twomey, a grassland specialist with the Southern Agricultural Advisory Service, said farmers should take stock now rather than waiting for the weather to turn.
“Do a fodder budget this week. Count what you have, work out what you need, and talk to your adviser before you talk to your bank,” he said.
He said that even if the rain eased, grass growth would take “three to four weeks” to recover on the worst-affected land.
Blackwater Valley Co-op said in a statement that it had secured additional supplies of ration and would offer members “extended credit terms” through the summer.
Back in Kanturk, Mr Keohane was not counting on a dry June.
“You can’t control the weather,” he said. “All you can do is hope the next month is kinder than the last one.”
Farming newsletter
Get the latest farming news and analysis every Thursday.
More in this section""",
    [
        ("We’re feeding silage we should be saving for winter", "Donal Keohane", None, None),
        (
            "within weeks",
            "Irish Family Farms Association",
            "The Irish Family Farms Association",
            "warning",
        ),
        (
            "We’re feeding silage we should be saving for winter,",
            "Donal Keohane",
            ("winter,” he said", "he"),
            ("winter,” he said", "said"),
        ),
        (
            "Every bale I open now is a bale I’ll have to buy back in November, and God knows what the price will be by then.",
            "Donal Keohane",
            ("winter,” he said", "he"),
            ("winter,” he said", "said"),
        ),
        (
            "like porridge",
            "Donal Keohane",
            ("He said the ground", "He"),
            ("He said the ground", "said"),
        ),
        (
            "I’ve been farming here 30 years and my father 40 before that. Neither of us has seen a May like it.",
            "Donal Keohane",
            None,
            None,
        ),
        (
            "This is not a crisis that is coming. It is here,",
            "Nuala Barrett",
            "Ms Barrett",
            ("Ms Barrett said", "said"),
        ),
        (
            "Farmers are stressed, they are exhausted, and a lot of them are borrowing to buy feed.",
            "Nuala Barrett",
            "Ms Barrett",
            ("Ms Barrett said", "said"),
        ),
        (
            "a fodder transport scheme of the kind operated in 2018 must be reintroduced without delay",
            "Irish Family Farms Association",
            ("The association’s letter", "The association"),
            ("Examiner, said that", "said"),
        ),
        (
            "monitoring the situation very closely",
            "Fergal Madigan",
            "Fergal Madigan",
            ("Madigan said his department", "said"),
        ),
        (
            "not be found wanting",
            "Fergal Madigan",
            "Fergal Madigan",
            ("Madigan said his department", "said"),
        ),
        (
            "at the end of their tether",
            "Sinéad Culhane",
            "Sinéad Culhane",
            ("who said farmers", "said"),
        ),
        (
            "I am not going to announce a scheme on the floor of this House before I have the figures,",
            "Fergal Madigan",
            "Mr Madigan",
            ("Mr Madigan said", "said"),
        ),
        (
            "But nobody should be in any doubt: we will stand behind farmers.",
            "Fergal Madigan",
            "Mr Madigan",
            ("Mr Madigan said", "said"),
        ),
        (
            "Do a fodder budget this week. Count what you have, work out what you need, and talk to your adviser before you talk to your bank,",
            "Conor Twomey",
            ("bank,” he said", "he"),
            ("bank,” he said", "said"),
        ),
        (
            "three to four weeks",
            "Conor Twomey",
            ("He said that even", "He"),
            ("He said that even", "said"),
        ),
        (
            "extended credit terms",
            "Blackwater Valley Co-op",
            "Blackwater Valley Co-op",
            ("Co-op said", "said"),
        ),
        (
            "You can’t control the weather,",
            "Donal Keohane",
            ("weather,” he said", "he"),
            ("weather,” he said", "said"),
        ),
        (
            "All you can do is hope the next month is kinder than the last one.",
            "Donal Keohane",
            ("weather,” he said", "he"),
            ("weather,” he said", "said"),
        ),
    ],
)

article(
    "blind20-en07",
    "en",
    """Under fire and on generators, a district hospital near the border keeps its operating theater running

by Olena Marchuk
May 14, 2025 6:42 PM
5 min read

A nurse checks a patient's drip by flashlight during a power outage at the Velyka Berezivka Central District Hospital in Kharkiv Oblast on May 9, 2025. (Andrii Sokolenko / The Kyiv Independent)

VELYKA BEREZIVKA, Kharkiv Oblast — When the lights went out in the middle of an appendectomy last Tuesday, surgeon Mykola Hrytsenko did not stop.
“We have done this so many times that nobody even says anything anymore,” Hrytsenko told the Kyiv Independent. “The nurse holds the flashlight, the generator starts in about 40 seconds, and we carry on.”
The Velyka Berezivka Central District Hospital, 30 kilometers from the Russian border, has been running on diesel generators for most of the past month after repeated Russian strikes on the town's substation.
According to the Kharkiv Regional Health Directorate, at least nine medical facilities in the oblast have been damaged since the start of the year. The directorate said in a statement on May 12 that “all district hospitals have backup power for at least 72 hours” but acknowledged that fuel deliveries had been “complicated by the security situation.”
Chief physician Iryna Levchenko, who has run the hospital since 2019, said 72 hours was not enough when outages last for weeks.
“We burn 400 liters of diesel a day. Before the full-scale invasion, I worried about the budget for bandages. Now I worry about the price of fuel.
“We cannot move the patients. Many of them are elderly people from the villages, and this hospital is the only one within 50 kilometers. If we close, they have nowhere to go,” Levchenko said.
Read also: Russian drone strike damages maternity ward in Sumy Oblast
Of the 38 doctors who worked at the hospital before 2022, 21 remain. Several of those who left moved to Kyiv or abroad; two were mobilized.
A nurse in the intensive care unit, who asked not to be named because she was not authorized to speak to the media, said staff sometimes slept at the hospital for days at a time.
“My children are in Kharkiv with my mother. I see them on video calls,” she said. “But if I leave, who stays?”
The medical aid charity Open Hands Ukraine has donated two generators to the hospital and is raising money for a solar and battery system.
“Generators keep a hospital alive, but they also make it a target, because of the noise and the fuel trucks coming and going,” said Taras Bondar, the charity's director. “Batteries are silent.”
Support independent journalism in Ukraine. Join us in keeping the world informed. Become a member
Vasyl Didenko, 71, who is recovering from hip surgery on the second floor, said he had refused an offer to be evacuated to a hospital in Poltava.
“I was born in this town. The doctors here are staying, so I am staying too,” he said.
Asked what the hospital needed most, the chief physician did not hesitate.
“A transformer. Not money, not promises. A transformer, and someone brave enough to install it.”
Note from the author: Thank you for reading. If you value our reporting from front-line communities, consider supporting us.""",
    [
        (
            "We have done this so many times that nobody even says anything anymore,",
            "Mykola Hrytsenko",
            ("Hrytsenko told", "Hrytsenko"),
            "told",
        ),
        (
            "The nurse holds the flashlight, the generator starts in about 40 seconds, and we carry on.",
            "Mykola Hrytsenko",
            ("Hrytsenko told", "Hrytsenko"),
            "told",
        ),
        (
            "all district hospitals have backup power for at least 72 hours",
            "Kharkiv Regional Health Directorate",
            "The directorate",
            ("The directorate said", "said"),
        ),
        (
            "complicated by the security situation.",
            "Kharkiv Regional Health Directorate",
            "The directorate",
            "acknowledged",
        ),
        (
            "We burn 400 liters of diesel a day. Before the full-scale invasion, I worried about the budget for bandages. Now I worry about the price of fuel.",
            "Iryna Levchenko",
            ("Levchenko said", "Levchenko"),
            ("Levchenko said", "said"),
        ),
        (
            "We cannot move the patients. Many of them are elderly people from the villages, and this hospital is the only one within 50 kilometers. If we close, they have nowhere to go,",
            "Iryna Levchenko",
            ("Levchenko said", "Levchenko"),
            ("Levchenko said", "said"),
        ),
        (
            "My children are in Kharkiv with my mother. I see them on video calls,",
            "nurse",
            ("she said", "she"),
            ("she said", "said"),
        ),
        ("But if I leave, who stays?", "nurse", ("she said", "she"), ("she said", "said")),
        (
            "Generators keep a hospital alive, but they also make it a target, because of the noise and the fuel trucks coming and going,",
            "Taras Bondar",
            "Taras Bondar",
            "said",
        ),
        ("Batteries are silent.", "Taras Bondar", "Taras Bondar", "said"),
        (
            "I was born in this town. The doctors here are staying, so I am staying too,",
            "Vasyl Didenko",
            ("he said", "he"),
            ("he said", "said"),
        ),
        (
            "A transformer. Not money, not promises. A transformer, and someone brave enough to install it.",
            "Iryna Levchenko",
            "the chief physician",
            None,
        ),
    ],
)

article(
    "blind20-en08",
    "en",
    """Ashford Grove forfeits playoff win over ineligible player, ending Wolves' unbeaten season

By Derek Kowalczyk
Chicago Tribune
Nov 4, 2025 at 9:15 pm

Ashford Grove's football team, unbeaten through 10 games, will not play in the second round of the state playoffs after the school forfeited its first-round victory Tuesday for using an ineligible player.
The Illinois Scholastic Athletic Federation (ISAF) ruled that a senior linebacker who transferred from Indiana in August had not completed the paperwork required to establish residency in the school district.
"Eligibility rules exist to protect fairness, and they apply equally to every member school," the federation said in its ruling. "The member school has accepted the finding."
The district said it had discovered the error itself during a routine audit and reported it to the federation on Monday.
"We made a mistake, and we own it," Superintendent Janice Halloran said in a statement released by Ashford Grove Community Unit School District 415. "The responsibility is ours, not the student's."
Wolves coach Ray Dombrowski met with his players in the locker room after school.
"I told them, 'You didn't lose this on the field, and nobody can take away what you did out there,'" Dombrowski said. "Then I had to tell them the season's over. That's the hardest thing I've done in 22 years of coaching."
Prairie Crossing, which lost 28-14 to Ashford Grove on Friday, advances in the Wolves' place and will travel to Batavia Hills on Saturday.
"It's not how you want to move on," Prairie Crossing coach Tony Basile said. "I feel for those kids. But we'll take it and go to work."
Get the Chicago Tribune sports newsletter
The player's mother, who asked that her son not be named because he is a minor, said the family had submitted "every form they asked for" and had been told in September that everything was in order.
"Nobody called us. We found out from a group chat," she said.
By Tuesday evening, more than 3,000 people had signed an online petition started by Ashford Grove parents calling the punishment "wildly out of proportion" and asking the federation to let the team finish its season.
ISAF executive director Craig Lundgren said the federation had "no discretion" once a violation was confirmed.
"People want us to look at the scoreboard. We can't. The bylaw doesn't let us," Lundgren said in a phone interview. "If we made an exception here, we'd be making one for every school that ever broke a rule by accident."
Several hundred students wearing purple T-shirts reading "Wolves Forever" gathered outside the school's gym after the news broke.
Senior quarterback Malik Jefferson, who threw for 2,400 yards this season, said the team would not turn on one of its own.
"We played for each other all year," said Jefferson. "We're not going to start blaming each other now."
Originally Published: November 4, 2025 at 6:02 PM CST""",
    [
        (
            "Eligibility rules exist to protect fairness, and they apply equally to every member school,",
            "Illinois Scholastic Athletic Federation",
            "the federation",
            ("the federation said", "said"),
        ),
        (
            "The member school has accepted the finding.",
            "Illinois Scholastic Athletic Federation",
            "the federation",
            ("the federation said", "said"),
        ),
        ("We made a mistake, and we own it,", "Janice Halloran", "Janice Halloran", "said"),
        (
            "The responsibility is ours, not the student's.",
            "Janice Halloran",
            "Janice Halloran",
            "said",
        ),
        (
            "I told them, 'You didn't lose this on the field, and nobody can take away what you did out there,'",
            "Ray Dombrowski",
            ("Dombrowski said", "Dombrowski"),
            ("Dombrowski said", "said"),
        ),
        (
            "Then I had to tell them the season's over. That's the hardest thing I've done in 22 years of coaching.",
            "Ray Dombrowski",
            ("Dombrowski said", "Dombrowski"),
            ("Dombrowski said", "said"),
        ),
        ("It's not how you want to move on,", "Tony Basile", "Tony Basile", "said"),
        (
            "I feel for those kids. But we'll take it and go to work.",
            "Tony Basile",
            "Tony Basile",
            "said",
        ),
        (
            "every form they asked for",
            "mother",
            "The player's mother",
            ("mother, who asked that her son not be named because he is a minor, said", "said"),
        ),
        (
            "Nobody called us. We found out from a group chat,",
            "mother",
            ("she said", "she"),
            ("she said", "said"),
        ),
        ("wildly out of proportion", "parents", "Ashford Grove parents", "calling"),
        ("no discretion", "Craig Lundgren", "Craig Lundgren", "said"),
        (
            "People want us to look at the scoreboard. We can't. The bylaw doesn't let us,",
            "Craig Lundgren",
            ("Lundgren said in a phone", "Lundgren"),
            ("Lundgren said in a phone", "said"),
        ),
        (
            "If we made an exception here, we'd be making one for every school that ever broke a rule by accident.",
            "Craig Lundgren",
            ("Lundgren said in a phone", "Lundgren"),
            ("Lundgren said in a phone", "said"),
        ),
        (
            "We played for each other all year,",
            "Malik Jefferson",
            ("said Jefferson", "Jefferson"),
            ("said Jefferson", "said"),
        ),
        (
            "We're not going to start blaming each other now.",
            "Malik Jefferson",
            ("said Jefferson", "Jefferson"),
            ("said Jefferson", "said"),
        ),
    ],
    ["Wolves Forever"],
)


def main() -> None:
    SET.write(Path(__file__).with_name("blind20_en.jsonl"), WORDS_RANGE)


if __name__ == "__main__":
    main()
