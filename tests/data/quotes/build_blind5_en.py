# ruff: noqa: E501, RUF001
# Prose articles with typographic quotation marks: the long lines and the marks are the data.
"""Builds blind5_en.jsonl: a fifth blind English quotation set (written for depeche, CC0).

Written from scratch by a helper who never read the quotes code, the team's other article sets
or their scores, to give a blind estimate of ``depeche.quotes`` on English news text. Every
story, person and organisation is invented. Beats: a state-legislature budget fight (AP), a
central-bank decision (Reuters), an NHS story in British single marks (Guardian), a college
basketball game report, a wildfire evacuation, tech layoffs, and a magazine profile of a
musician with a multi-paragraph quote. Gold conventions are those of build_dev.py.

Do not tune the extractor on this file. Run ``python tests/data/quotes/build_blind5_en.py``
after editing.
"""

from __future__ import annotations

from pathlib import Path

from build_dev import ArticleSet

SET = ArticleSet()
article = SET.article
WORDS_RANGE = (300, 600)


article(
    "blind5-en01",
    "en",
    """Texas budget talks collapse as senators trade blame: ‘We are nowhere close’

By JESSICA MORALES
Updated 9:14 PM CDT, May 21, 2026
Share
Copy Link copied

AUSTIN, Texas (AP) — Budget negotiations in the Texas Legislature broke down Thursday night, less than two weeks before the session ends, after Senate Republicans and House leaders failed to agree on how much of a $14 billion surplus should go to public schools.

“We are nowhere close, and I am not going to pretend otherwise,” said Sen. Dale Whitcomb, R-Lubbock, who chairs the Senate Finance Committee. He said the House plan, branded “Fund the Future,” would “spend every penny and then some.”

Democrats say the Senate is sitting on money that belongs in classrooms. “The surplus exists because teachers have been doing more with less for a decade,” Sen. Marisol Treviño, D-McAllen, told reporters outside the chamber. “If we can’t give them a raise now, when?”

The Democrat accused Republican leaders of holding schools hostage to force through a larger property tax cut. Whitcomb called that charge “nonsense.”

In the House, Rep. Angela Ruiz, D-El Paso, vice chair of the Appropriations Committee, said her chamber would not “go backwards on teachers” to pay for a tax cut.

Gov. Raymond Pruett’s office weighed in late Thursday. “The governor has been clear: property tax relief comes first, and he will not sign a budget that shortchanges homeowners,” spokeswoman Kelsey Drummond said in a statement.

ADVERTISEMENT

Pruett has threatened to call a special session if lawmakers fail to send him a budget by June 1. Asked whether the threat was real, Whitcomb said: “Nobody in this building wants to be here in July. But he means it.”

The standoff has drawn notice in Washington. U.S. Sen. Carl Hendricks, R-Texas, who spent a decade in the state Senate, told the Houston Chronicle the impasse was “entirely avoidable” and urged both sides to “take the win and go home.”

Lobbyists have crowded the Capitol’s hallways all week. Trent Maddox, who represents the Texas Homeowners Alliance, said the group had pressed for months for a bigger cut. “Our members are watching every vote,” Maddox said. “They will remember who stood with them, and so will we.”

Not every Republican is on board. “I’ve got rural districts where the school is the biggest employer in the county,” said Sen. Bill Ostrander, R-Nacogdoches. “You cut there, you cut jobs.” The 71-year-old rancher said he would oppose any budget that froze per-student funding, as the Senate plan does through 2028.

The Texas State Teachers Association said in a statement that the Senate proposal was “an insult dressed up as a compromise.”

A person familiar with the negotiations, who spoke on condition of anonymity because the talks were private, said the gap had narrowed to about $2.3 billion but that “nobody wants to blink first.”

“We will keep talking,” Whitcomb said as he left the Capitol shortly before midnight, “but the clock is not our friend.”

Associated Press writer Paul Kessler contributed to this report.""",
    [
        ("We are nowhere close", "Dale Whitcomb", None, None),
        (
            "We are nowhere close, and I am not going to pretend otherwise,",
            "Dale Whitcomb",
            "Dale Whitcomb",
            ("otherwise,” said", "said"),
        ),
        (
            "spend every penny and then some.",
            "Dale Whitcomb",
            ("He said the House", "He"),
            ("He said the House", "said"),
        ),
        (
            "The surplus exists because teachers have been doing more with less for a decade,",
            "Marisol Treviño",
            "Marisol Treviño",
            "told",
        ),
        ("If we can’t give them a raise now, when?", "Marisol Treviño", "Marisol Treviño", "told"),
        ("nonsense.", "Dale Whitcomb", ("Whitcomb called", "Whitcomb"), "called"),
        ("go backwards on teachers", "Angela Ruiz", "Angela Ruiz", ("Committee, said", "said")),
        (
            "The governor has been clear: property tax relief comes first, and he will not sign a budget that shortchanges homeowners,",
            "Kelsey Drummond",
            "Kelsey Drummond",
            ("Drummond said", "said"),
        ),
        (
            "Nobody in this building wants to be here in July. But he means it.",
            "Dale Whitcomb",
            ("Whitcomb said:", "Whitcomb"),
            ("Whitcomb said:", "said"),
        ),
        ("entirely avoidable", "Carl Hendricks", "Carl Hendricks", "told"),
        ("take the win and go home.", "Carl Hendricks", "Carl Hendricks", "urged"),
        (
            "Our members are watching every vote,",
            "Trent Maddox",
            ("Maddox said", "Maddox"),
            ("Maddox said", "said"),
        ),
        (
            "They will remember who stood with them, and so will we.",
            "Trent Maddox",
            ("Maddox said", "Maddox"),
            ("Maddox said", "said"),
        ),
        (
            "I’ve got rural districts where the school is the biggest employer in the county,",
            "Bill Ostrander",
            "Bill Ostrander",
            ("said Sen. Bill", "said"),
        ),
        (
            "You cut there, you cut jobs.",
            "Bill Ostrander",
            "Bill Ostrander",
            ("said Sen. Bill", "said"),
        ),
        (
            "an insult dressed up as a compromise.",
            "Texas State Teachers Association",
            "The Texas State Teachers Association",
            ("Association said", "said"),
        ),
        (
            "nobody wants to blink first.",
            "person",
            ("A person familiar", "person"),
            ("private, said", "said"),
        ),
        (
            "We will keep talking,",
            "Dale Whitcomb",
            ("Whitcomb said as", "Whitcomb"),
            ("Whitcomb said as", "said"),
        ),
        (
            "but the clock is not our friend.",
            "Dale Whitcomb",
            ("Whitcomb said as", "Whitcomb"),
            ("Whitcomb said as", "said"),
        ),
    ],
    ["Fund the Future,"],
)

article(
    "blind5-en02",
    "en",
    """Chile central bank holds rates, governor warns of 'sticky' services inflation

By Natalia Ramos and Tomás Figueroa

May 21, 2026 8:02 PM GMT-4 Updated 2 hours ago

SANTIAGO, May 21 (Reuters) - Chile's central bank held its benchmark interest rate at 4.75% on Thursday, as widely expected, but Governor Ignacio Ferrer said services inflation remained "sticky" and that the board was in no rush to resume cuts.

"We are not in a hurry," Ferrer told a news conference in Santiago. "The board wants to see two or three more months of data before it moves again."

The unanimous decision matched the forecasts of all 18 economists polled by Reuters last week. In a statement, the bank said risks to the inflation outlook were "broadly balanced" but warned that wage growth could keep services prices "elevated for longer than anticipated."

Headline inflation slowed to 3.9% in April, according to the national statistics institute, still above the bank's 3% target. Services prices rose 5.2% from a year earlier.

Ferrer, a former finance ministry official who took office in January, declined to rule out a cut at the July meeting. "I won't give you a date," he said, smiling, when pressed by a reporter. "If I did, I would be doing your job and not mine."

Markets read the message as hawkish. The peso firmed 0.6% to 912.40 per dollar after the statement, and swap rates tracking the expected path of monetary policy rose about 10 basis points.

"The tone was more cautious than we expected," said Carolina Vidal, chief economist at Banco Andino. "We now see the first cut in September rather than July."

Rodrigo Salas, an economist at Cordillera Capital, said in a note to clients that the board had "bought itself time" but that a stronger peso would do "some of the tightening for them."

Two sources familiar with the board's deliberations told Reuters that at least one member had argued in favour of a 25-basis-point cut, citing weak investment. "There was a real debate, not a formality," one of the sources said, speaking on condition of anonymity because the discussions are confidential.

Copper, Chile's main export, has rallied 14% this year, supporting the currency and giving the bank some room, analysts said.

Finance Minister Lucía Araya, speaking to reporters in Valparaíso, said the government respected the bank's independence. "Our job is to keep the fiscal side in order, and we are doing it," she said.

The bank will publish its quarterly monetary policy report, known as the "IPoM," on June 4.

Read more:
Latin American currencies rise as copper rallies
Peru's central bank signals pause after five straight cuts

Reporting by Natalia Ramos and Tomás Figueroa; Editing by Mark Heinz

Our Standards: The Thomson Reuters Trust Principles.""",
    [
        ("sticky", "Ignacio Ferrer", ("governor warns", "governor"), ("governor warns", "warns")),
        ("sticky", "Ignacio Ferrer", "Ignacio Ferrer", ("Ferrer said", "said")),
        ("We are not in a hurry,", "Ignacio Ferrer", ("Ferrer told", "Ferrer"), "told"),
        (
            "The board wants to see two or three more months of data before it moves again.",
            "Ignacio Ferrer",
            ("Ferrer told", "Ferrer"),
            "told",
        ),
        (
            "broadly balanced",
            "Chile's central bank",
            ("the bank said risks", "the bank"),
            ("the bank said risks", "said"),
        ),
        (
            "elevated for longer than anticipated.",
            "Chile's central bank",
            ("the bank said risks", "the bank"),
            "warned",
        ),
        (
            "I won't give you a date,",
            "Ignacio Ferrer",
            ("he said, smiling", "he"),
            ("he said, smiling", "said"),
        ),
        (
            "If I did, I would be doing your job and not mine.",
            "Ignacio Ferrer",
            ("he said, smiling", "he"),
            ("he said, smiling", "said"),
        ),
        (
            "The tone was more cautious than we expected,",
            "Carolina Vidal",
            "Carolina Vidal",
            ("said Carolina", "said"),
        ),
        (
            "We now see the first cut in September rather than July.",
            "Carolina Vidal",
            "Carolina Vidal",
            ("said Carolina", "said"),
        ),
        ("bought itself time", "Rodrigo Salas", "Rodrigo Salas", ("said in a note", "said")),
        (
            "some of the tightening for them.",
            "Rodrigo Salas",
            "Rodrigo Salas",
            ("said in a note", "said"),
        ),
        (
            "There was a real debate, not a formality,",
            "source",
            ("one of the sources said", "sources"),
            ("sources said", "said"),
        ),
        (
            "Our job is to keep the fiscal side in order, and we are doing it,",
            "Lucía Araya",
            ("she said", "she"),
            ("she said", "said"),
        ),
    ],
    ["IPoM,"],
)

article(
    "blind5-en03",
    "en",
    """Patients left for days in A&E corridors as winter crisis deepens, says nurses’ union

Health secretary says there is ‘no excuse’ for delays as figures show record trolley waits

Hannah Okafor Health correspondent
Thu 21 May 2026 06.00 BST
Share

Thousands of patients in England waited more than a day in A&E corridors last month, according to figures that nurses’ leaders described as ‘a national disgrace’.

Data published by NHS England on Thursday shows 61,400 people spent over 12 hours in emergency departments in April, the highest figure for that month since records began. More than 9,000 of them waited over 24 hours.

The health secretary, Priya Bhandari, said the delays were unacceptable. ‘There is no excuse for patients being treated in corridors, and I have told trust chief executives that I expect to see this end,’ she said.

But the Nurses and Midwives Union (NMU) said ministers’ promises rang hollow. ‘We have heard “never again” every winter for a decade,’ said its general secretary, Colm Rafferty. ‘Our members are exhausted, and patients are paying the price.’

Margaret Holloway, 78, from Stockport, spent 31 hours on a trolley at Millbrook General hospital after a fall in March. ‘I lay there all night next to the nurses’ station, listening to people crying,’ she told the Guardian. ‘The staff were wonderful, but there just weren’t enough of them.’

Her daughter, Joanne Pike, who drove over from Leeds, said the family had been told the wait was ‘normal for this time of year’.

Photograph: Tom Pryce/PA Media

The Liberal Democrats’ health spokesperson, Ewan Marsh, called the figures ‘shameful’ and demanded an emergency statement in the Commons.

A Department of Health and Social Care spokesperson said: ‘We are investing £2.6bn this year to cut waiting times and have already recruited 2,000 more A&E staff. We know there is more to do.’

Bhandari, who took up the post in February, is expected to set out the government’s ‘Front Door First’ plan next month, which would put GPs and pharmacists at the entrance of larger emergency departments.

Dr Samira Qureshi, president of the College of Emergency Clinicians, said corridor care had become ‘normalised’ across the country. ‘When a hospital is full, the corridor becomes the ward,’ she said. ‘That is not safe, and everyone in the system knows it.’

NHS England said in a statement that April had seen ‘exceptional demand’, with 2.4 million A&E attendances, and that trusts had opened 1,100 extra beds since January.

Sign up to First Edition, our free daily newsletter – every weekday morning at 7am BST

Explore more on these topics
NHS
Health
Nursing
Share
Reuse this content""",
    [
        (
            "no excuse",
            "Priya Bhandari",
            ("Health secretary says", "Health secretary"),
            ("Health secretary says", "says"),
        ),
        ("a national disgrace", "leaders", ("nurses’ leaders", "leaders"), "described"),
        (
            "There is no excuse for patients being treated in corridors, and I have told trust chief executives that I expect to see this end,",
            "Priya Bhandari",
            ("end,’ she said", "she"),
            ("end,’ she said", "said"),
        ),
        (
            "We have heard “never again” every winter for a decade,",
            "Colm Rafferty",
            "Colm Rafferty",
            ("said its general", "said"),
        ),
        (
            "Our members are exhausted, and patients are paying the price.",
            "Colm Rafferty",
            "Colm Rafferty",
            ("said its general", "said"),
        ),
        (
            "I lay there all night next to the nurses’ station, listening to people crying,",
            "Margaret Holloway",
            ("she told the Guardian", "she"),
            "told",
        ),
        (
            "The staff were wonderful, but there just weren’t enough of them.",
            "Margaret Holloway",
            ("she told the Guardian", "she"),
            "told",
        ),
        ("normal for this time of year", "Joanne Pike", "Joanne Pike", ("Leeds, said", "said")),
        ("shameful", "Ewan Marsh", "Ewan Marsh", "called"),
        (
            "We are investing £2.6bn this year to cut waiting times and have already recruited 2,000 more A&E staff. We know there is more to do.",
            "Department of Health and Social Care",
            "Department of Health and Social Care",
            ("spokesperson said:", "said"),
        ),
        ("normalised", "Samira Qureshi", "Samira Qureshi", ("said corridor", "said")),
        (
            "When a hospital is full, the corridor becomes the ward,",
            "Samira Qureshi",
            ("ward,’ she said", "she"),
            ("ward,’ she said", "said"),
        ),
        (
            "That is not safe, and everyone in the system knows it.",
            "Samira Qureshi",
            ("ward,’ she said", "she"),
            ("ward,’ she said", "said"),
        ),
        (
            "exceptional demand",
            "NHS England",
            ("NHS England said", "NHS England"),
            ("NHS England said", "said"),
        ),
    ],
    ["Front Door First"],
)

article(
    "blind5-en04",
    "en",
    """Bellmont State stuns No. 9 Harlan 78-74 behind Okonkwo's 27 points

Derek Sloan | Bellmont Courier
Published 11:52 p.m. ET Feb. 14, 2026 | Updated 12:31 a.m. ET Feb. 15, 2026

CARTERSVILLE — For 38 minutes, Bellmont State looked like a team that did not belong on the same floor as ninth-ranked Harlan. Then Emeka Okonkwo took over.

The 6-foot-8 forward scored eight of his 27 points in the final 1:41, including a go-ahead 3-pointer with 19 seconds left, as the Hawks rallied for a 78-74 win Saturday night in front of a sellout crowd of 9,200 at Pruitt Arena.

"I just wanted the ball," Okonkwo said. "Coach drew it up for somebody else, honestly, but I told Jalen, 'Give it to me, I've got this.'"

Photo: Bellmont State forward Emeka Okonkwo (23) celebrates after a 3-pointer against Harlan. (Chris Lane/Special to the Courier)

Harlan (21-4, 10-3 Midland Conference) led 70-62 with 2:30 to play before committing turnovers on three straight possessions. Bellmont State (15-10, 7-6) scored on each of them.

"I've been doing this 22 years, and I don't know if I've had a bigger win," Bellmont coach Rick Albrecht said. "Our guys never blinked."

"Honestly," the coach said, "I thought we were done at the under-four timeout."

Point guard Jalen Price, a junior from Toledo, Ohio, added 12 points and nine assists and hit four free throws in the final 30 seconds to seal it.

"We've been in a lot of close games this year and lost most of them," said the junior, who had gone 2 for 9 from the line in a loss at Rockport last week. "Tonight we finally learned how to close."

Advertisement

Okonkwo, who called the atmosphere "crazy, just crazy," was mobbed by students from the section known as "the Nest," who poured onto the court after the final buzzer.

Harlan coach Dwayne Whitfield did not hide his frustration. "We got outworked in the last two minutes. That's on me," Whitfield said. "You can't turn it over three straight times against a team like that and expect to win."

Harlan guard Marcus Dlamini led all scorers with 29 points, but he missed a contested layup that would have tied the game with eight seconds left.

"It hurts," Dlamini told reporters. "But we'll see them again in March."

Bellmont State shot 52% in the second half after making just 11 of 34 shots before the break. Okonkwo also grabbed 11 rebounds for his sixth double-double of the season.

Up next: Bellmont State visits Rockport on Wednesday. Harlan hosts Eastfield on Tuesday.

Get the latest Hawks news delivered to your inbox. Sign up for our newsletter.""",
    [
        (
            "I just wanted the ball,",
            "Emeka Okonkwo",
            ("Okonkwo said", "Okonkwo"),
            ("Okonkwo said", "said"),
        ),
        (
            "Coach drew it up for somebody else, honestly, but I told Jalen, 'Give it to me, I've got this.'",
            "Emeka Okonkwo",
            ("Okonkwo said", "Okonkwo"),
            ("Okonkwo said", "said"),
        ),
        (
            "I've been doing this 22 years, and I don't know if I've had a bigger win,",
            "Rick Albrecht",
            "Rick Albrecht",
            ("Albrecht said", "said"),
        ),
        ("Our guys never blinked.", "Rick Albrecht", "Rick Albrecht", ("Albrecht said", "said")),
        ("Honestly,", "Rick Albrecht", ("the coach said", "coach"), ("the coach said", "said")),
        (
            "I thought we were done at the under-four timeout.",
            "Rick Albrecht",
            ("the coach said", "coach"),
            ("the coach said", "said"),
        ),
        (
            "We've been in a lot of close games this year and lost most of them,",
            "Jalen Price",
            ("said the junior", "junior"),
            ("said the junior", "said"),
        ),
        (
            "Tonight we finally learned how to close.",
            "Jalen Price",
            ("said the junior", "junior"),
            ("said the junior", "said"),
        ),
        ("crazy, just crazy,", "Emeka Okonkwo", ("Okonkwo, who called", "Okonkwo"), "called"),
        (
            "We got outworked in the last two minutes. That's on me,",
            "Dwayne Whitfield",
            ("Whitfield said", "Whitfield"),
            ("Whitfield said", "said"),
        ),
        (
            "You can't turn it over three straight times against a team like that and expect to win.",
            "Dwayne Whitfield",
            ("Whitfield said", "Whitfield"),
            ("Whitfield said", "said"),
        ),
        ("It hurts,", "Marcus Dlamini", ("Dlamini told", "Dlamini"), "told"),
        (
            "But we'll see them again in March.",
            "Marcus Dlamini",
            ("Dlamini told", "Dlamini"),
            "told",
        ),
    ],
    ["the Nest,"],
)

article(
    "blind5-en05",
    "en",
    """Evacuations ordered as Ridgeline fire jumps highway near Pine Hollow

Updated: Aug. 3, 2026, 7:15 a.m. | Published: Aug. 2, 2026, 10:40 p.m.

By Alyssa Grant | The Mountain Courier

PINE HOLLOW — Hundreds of residents fled their homes Sunday evening as a fast-moving wildfire jumped State Route 38 and pushed toward this mountain town of 2,400 people, forcing Tamarack County officials to expand evacuation orders to six neighborhoods.

The Ridgeline fire had burned about 8,900 acres by late Sunday and was 5% contained, according to the U.S. Forest Service.

"This fire is moving faster than anything we've seen in this canyon in twenty years," said Pine Hollow Fire Chief Ramona Estrada. "If you are told to go, go. Do not wait to see the flames."

Estrada said gusts of up to 45 mph had carried embers "a half-mile or more" ahead of the main fire front, starting spot fires on both sides of the highway.

Photo: Smoke from the Ridgeline fire rises over Cedar Creek Road on Sunday. (Kevin Ruiz / The Mountain Courier)

The Tamarack County Sheriff's Office said in a statement late Sunday that deputies had gone door to door along Cedar Creek Road and that anyone who stayed behind was doing so "at their own risk."

Gary Tillman, 64, loaded two horses into a trailer and drove to the county fairgrounds in Millford. "You could see the glow over the ridge by six o'clock," he said. "By seven, there was ash falling on the truck like snow."

"We grabbed the dog, the photo albums and my mother's medications, and that was it," said Anita Reyes, who was staying at an evacuation center at Pine Hollow High School with her two children.

A spokesperson for the county said about 340 people had checked in at the shelter by 9 p.m. and that "nobody has been turned away."

County Supervisor Howard Benning, whose district includes Pine Hollow, thanked volunteers who brought food and cots. "We will get through this the way we always have, neighbor by neighbor," Benning said at an evening briefing.

Advertisement

A state fire official, who was not authorized to speak publicly, said crews were "stretched thin" because two other large fires were burning in the region. About 600 firefighters were assigned to the Ridgeline fire Sunday night, with more expected Monday.

Residents were urged to sign up for emergency alerts through the county's "ReadyTamarack" system and to keep phones charged overnight.

Asked when the fire might be contained, the chief said: "Honestly, we're not going to know much until the wind drops. Tomorrow is the day that matters."

The cause of the fire is under investigation.

Read more: What to pack in a wildfire go-bag

This story will be updated.""",
    [
        (
            "This fire is moving faster than anything we've seen in this canyon in twenty years,",
            "Ramona Estrada",
            "Ramona Estrada",
            ("said Pine", "said"),
        ),
        (
            "If you are told to go, go. Do not wait to see the flames.",
            "Ramona Estrada",
            "Ramona Estrada",
            ("said Pine", "said"),
        ),
        (
            "a half-mile or more",
            "Ramona Estrada",
            ("Estrada said gusts", "Estrada"),
            ("Estrada said gusts", "said"),
        ),
        (
            "at their own risk.",
            "Tamarack County Sheriff's Office",
            "Tamarack County Sheriff's Office",
            ("Office said", "said"),
        ),
        (
            "You could see the glow over the ridge by six o'clock,",
            "Gary Tillman",
            ("o'clock,\" he said", "he"),
            ("o'clock,\" he said", "said"),
        ),
        (
            "By seven, there was ash falling on the truck like snow.",
            "Gary Tillman",
            ("o'clock,\" he said", "he"),
            ("o'clock,\" he said", "said"),
        ),
        (
            "We grabbed the dog, the photo albums and my mother's medications, and that was it,",
            "Anita Reyes",
            "Anita Reyes",
            ("said Anita", "said"),
        ),
        (
            "nobody has been turned away.",
            "Tamarack County",
            ("spokesperson for the county", "county"),
            ("county said", "said"),
        ),
        (
            "We will get through this the way we always have, neighbor by neighbor,",
            "Howard Benning",
            ("Benning said", "Benning"),
            ("Benning said", "said"),
        ),
        (
            "stretched thin",
            "official",
            ("A state fire official", "official"),
            ("publicly, said", "said"),
        ),
        (
            "Honestly, we're not going to know much until the wind drops. Tomorrow is the day that matters.",
            "Ramona Estrada",
            ("the chief said", "chief"),
            ("the chief said", "said"),
        ),
    ],
    ["ReadyTamarack"],
)

article(
    "blind5-en06",
    "en",
    """Lumora to cut 1,400 jobs as CEO says company 'grew too fast'

By Kavya Menon
May 21, 2026 at 4:12 p.m. PDT
Share this article
Listen (4 min)

Lumora, the San Francisco-based maker of the design app Lumora Canvas, said on Thursday it would lay off about 1,400 employees, roughly 18% of its workforce, in its second round of cuts in a year.

In a memo to staff, chief executive Derek Osei took responsibility for the decision. "I grew this company too fast, and I made hiring bets that assumed the growth of 2024 would continue forever," Mr. Osei wrote. "It didn't. That is on me, not on you."

The memo, titled "A harder, smaller Lumora," was first reported by the tech newsletter Stackline.

Mr. Osei said affected employees in the United States would receive 16 weeks of severance plus one week per year of service, and that the company would "do right by every person leaving."

Employees described a chaotic morning. One engineer on the "Canvas" team, who asked not to be named because she was not authorized to speak to the press, said she learned she had been laid off when her laptop logged her out at 6 a.m. "Nobody called. There was just a calendar invite titled 'Org update' and then my access was gone," she said.

Another employee, a product manager who is staying, said the mood inside the company was "somewhere between grief and survivor's guilt."

A Lumora spokesperson said in an emailed statement that the cuts were "necessary to put the company on a sustainable path" and declined to say which teams were most affected.

Advertisement

"This is a company that hired for a world of cheap money and a pandemic boom, and it's now paying for both," said Priya Natarajan, an analyst at Hollis Research. Ms. Natarajan said investors would welcome the cuts "in the short term" but wanted to see Lumora's new AI features turn into paying customers.

Shares of Lumora rose 6.4% in after-hours trading. The stock has fallen by nearly half since its peak in 2021.

Mr. Osei, 44, co-founded the company in 2015 with his college roommate, Ben Adler, who left in 2023. Asked on a call with analysts in April whether more layoffs were coming, Mr. Osei told them: "We have no plans for further reductions." Thursday's memo did not address the remark.

Lumora said the cuts would fall mostly on recruiting, marketing and its hardware unit, which it is winding down. The company expects to record charges of $85 million to $95 million, mainly in the second quarter.

Read more: Tech layoffs tracker 2026: every company cutting jobs this year""",
    [
        ("grew too fast", "Derek Osei", ("CEO says", "CEO"), ("CEO says", "says")),
        (
            "I grew this company too fast, and I made hiring bets that assumed the growth of 2024 would continue forever,",
            "Derek Osei",
            ("Osei wrote", "Osei"),
            "wrote",
        ),
        ("It didn't. That is on me, not on you.", "Derek Osei", ("Osei wrote", "Osei"), "wrote"),
        (
            "do right by every person leaving.",
            "Derek Osei",
            ("Osei said affected", "Osei"),
            ("Osei said affected", "said"),
        ),
        (
            "Nobody called. There was just a calendar invite titled 'Org update' and then my access was gone,",
            "engineer",
            ('gone," she said', "she"),
            ('gone," she said', "said"),
        ),
        (
            "somewhere between grief and survivor's guilt.",
            "manager",
            ("a product manager", "manager"),
            ("is staying, said", "said"),
        ),
        (
            "necessary to put the company on a sustainable path",
            "Lumora",
            ("A Lumora spokesperson", "Lumora"),
            ("spokesperson said", "said"),
        ),
        (
            "This is a company that hired for a world of cheap money and a pandemic boom, and it's now paying for both,",
            "Priya Natarajan",
            "Priya Natarajan",
            ("said Priya", "said"),
        ),
        (
            "in the short term",
            "Priya Natarajan",
            ("Ms. Natarajan said", "Natarajan"),
            ("Natarajan said investors", "said"),
        ),
        (
            "We have no plans for further reductions.",
            "Derek Osei",
            ("Osei told them", "Osei"),
            "told",
        ),
    ],
    ["A harder, smaller Lumora,", "Canvas"],
)

article(
    "blind5-en07",
    "en",
    """The Quiet Return of Nell Harrow

After a decade away, the folk singer is back with an album about her father, a drowned valley and the songs she swore she would never write.

By Simon Achterberg
Photographs by Lena Voss
June 2026 issue
Share

Nell Harrow is making tea in a kitchen that smells of woodsmoke and wet dog. “Sorry about Moss,” she says, nodding at a collie asleep under the table. “He thinks interviews are for him.”

Harrow, 47, has not released an album since “Salt Road” in 2016, the record that won her a Grammy nomination and a following far beyond the folk clubs where she started. Her new album, “The Drowned Parish,” comes out in September. It was recorded in eleven days in a converted barn a mile from the farmhouse in Tallis Falls, Vermont, where she grew up and where she lives again now.

Asked why she stopped, she says:

“I was tired in a way sleep didn’t fix. I’d been on the road for most of my thirties, and I’d started to hate the sound of my own voice. You can’t sing a song four hundred times and still mean it, or at least I couldn’t.

“Then my father got sick, and I came home to look after him. I thought it would be a few months. It was six years. He’d sit in that chair by the window and ask me to play the old hymns, the ones from the church they flooded when they built the reservoir.

“Somewhere in there the songs started coming back. I didn’t go looking for them. I’d be washing dishes and a line would just arrive, and I’d write it on my hand.”

She says all this without looking up from her mug.

Photograph by Lena Voss for The Meridian

Her longtime producer, Marcus Bell, flew in from Nashville for the sessions and slept on a cot in the barn. “Nell doesn’t do second takes if she can help it,” says Bell. “She thinks the first one is the true one, and she’s usually right.”

The album’s centerpiece, “Weir,” runs nearly nine minutes and was sung in a single pass, with Harrow’s fiddle player improvising behind her. Harrow calls the record “a letter I should have written while he was alive.”

Her label, Greyfield Records, said in a statement that the album was “the most personal work of her career” and confirmed a short run of shows in the Northeast this fall.

“I’m not going back on tour,” she says, then pauses, “not the big kind, anyway. Small rooms. Rooms where I can see faces.”

The rain starts as we walk out to the barn, and Moss trots ahead of us through the mud.

“People keep asking if I’m done grieving,” Harrow says at the door. “I don’t think you’re ever done. You just learn to carry it with the other hand.”

This article appears in the June 2026 issue of The Meridian. Subscribe now.""",
    [
        (
            "Sorry about Moss,",
            "Nell Harrow",
            ("she says, nodding", "she"),
            ("she says, nodding", "says"),
        ),
        (
            "He thinks interviews are for him.",
            "Nell Harrow",
            ("she says, nodding", "she"),
            ("she says, nodding", "says"),
        ),
        (
            "I was tired in a way sleep didn’t fix. I’d been on the road for most of my thirties, and I’d started to hate the sound of my own voice. You can’t sing a song four hundred times and still mean it, or at least I couldn’t.",
            "Nell Harrow",
            ("she says:", "she"),
            ("she says:", "says"),
        ),
        (
            "Then my father got sick, and I came home to look after him. I thought it would be a few months. It was six years. He’d sit in that chair by the window and ask me to play the old hymns, the ones from the church they flooded when they built the reservoir.",
            "Nell Harrow",
            ("she says:", "she"),
            ("she says:", "says"),
        ),
        (
            "Somewhere in there the songs started coming back. I didn’t go looking for them. I’d be washing dishes and a line would just arrive, and I’d write it on my hand.",
            "Nell Harrow",
            ("she says:", "she"),
            ("she says:", "says"),
        ),
        (
            "Nell doesn’t do second takes if she can help it,",
            "Marcus Bell",
            ("says Bell", "Bell"),
            ("says Bell", "says"),
        ),
        (
            "She thinks the first one is the true one, and she’s usually right.",
            "Marcus Bell",
            ("says Bell", "Bell"),
            ("says Bell", "says"),
        ),
        (
            "a letter I should have written while he was alive.",
            "Nell Harrow",
            ("Harrow calls", "Harrow"),
            "calls",
        ),
        (
            "the most personal work of her career",
            "Greyfield Records",
            "Greyfield Records",
            ("Records, said", "said"),
        ),
        (
            "I’m not going back on tour,",
            "Nell Harrow",
            ("she says, then", "she"),
            ("she says, then", "says"),
        ),
        (
            "not the big kind, anyway. Small rooms. Rooms where I can see faces.",
            "Nell Harrow",
            ("she says, then", "she"),
            ("she says, then", "says"),
        ),
        (
            "People keep asking if I’m done grieving,",
            "Nell Harrow",
            ("Harrow says at", "Harrow"),
            ("Harrow says at", "says"),
        ),
        (
            "I don’t think you’re ever done. You just learn to carry it with the other hand.",
            "Nell Harrow",
            ("Harrow says at", "Harrow"),
            ("Harrow says at", "says"),
        ),
    ],
    ["Salt Road", "The Drowned Parish,", "Weir,"],
)


def main() -> None:
    SET.write(Path(__file__).with_name("blind5_en.jsonl"), WORDS_RANGE)


if __name__ == "__main__":
    main()
