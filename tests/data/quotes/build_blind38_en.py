# ruff: noqa: E501, RUF001
# Prose articles with typographic quotation marks: the long lines and the marks are the data.
"""Builds blind38_en.jsonl: a thirty-eighth blind English quotation set (written for depeche, CC0).
Written from scratch by a helper who never read the quotes code, so that its score is an honest,
blind estimate of how ``depeche.quotes`` does on English news text nobody tuned it on. Every
story, person, place and organisation is invented (real countries, regions and cities aside).
Beats and outlets imitated: anglers fighting a township's ban on sleeping in fishing houses (The
Minnesota Star Tribune: a headline quote with no cue, a quote split over a sentence with "Ostby,
67, said", a nickname and a door sign in marks, a sheriff's office statement with "the office
said", an unnamed bait-shop owner), a rural bus route axed in Leitrim (TheJournal.ie: a single-
marked headline quote, a partial quote given to "one local councillor" before she is named, a
company with its initials in brackets and a spokesperson, an unnamed pensioner, a minister's
parliamentary reply, an inverted "said Furey", a campaign name and a nickname in marks), a records
agency's return-to-office order (The Canberra Times: a headline partial quote of a union with
"warns", an all-staff email with "wrote", nested single marks, a Senate estimates exchange with an
uncued answer, an anonymous manager, a spokeswoman, a policy name in marks), unfinished lightning
shelters in the haor (The Daily Star, Bangladesh: straight marks, a farmer with "he added", a
project title in marks, a project director "told The Daily Star", a monitoring report that
"noted", a UNO by title and an uncued follow-on paragraph, an unnamed boatman), a cheesemaker
delisted by a supermarket (The Grocer: British single marks with inner double ones, a headline
quote, a retailer's term with "describes", a quote over two uncued paragraphs, "A Harwell's
spokeswoman said:", an interrupted quote, present-tense "says", a product name in marks), a
150-year-old weekly closing (Press Gazette: a chief executive's memo, an inverted interrupted
"said Oduya", a LinkedIn post, a column name and a term in marks), a dance hall cut to ninety
people by a fire marshal (Texas Monthly: present-tense "says", an uncued follow-on paragraph, a
two-paragraph quote with a nested saying in single marks, a song title, a nickname, a campaign
and a print headline in marks) and market vendors refusing to move (New Vision, Uganda: straight
marks, an association with its initials in brackets, "she asked", a council statement, an
interrupted quote, an unnamed fish vendor, "the RDC", placards in marks). Titles, names, terms,
nicknames and signs in marks are listed as non-quotes. Gold conventions are those of build_dev.py.

Do not tune the extractor on this file: it measures, it does not teach. Run
``python tests/data/quotes/build_blind38_en.py`` after editing.
Bodies are named by their full name, also when the text gives a short one in brackets.
"""

from __future__ import annotations

from pathlib import Path

from build_dev import ArticleSet

SET = ArticleSet()
article = SET.article
WORDS_RANGE = (300, 650)


article(
    "blind38-en01",
    "en",
    """“It’s our cabin up north”: Lake Wendell anglers fight overnight fishing-house ban

Ardell Township says the rule is about safety. Longtime anglers call it an attack on a winter tradition.

By Kari Brekke
The Minnesota Star Tribune
January 21, 2026 — 6:45am

Share
Gift this article

ARDELL TOWNSHIP, MINN. – For 31 winters, Duane Ostby has hauled his 8-by-14 fishing house onto Lake Wendell the weekend after Christmas and slept in it most Friday nights until the ice went soft in March.
This winter, a new township ordinance says he can’t.
“It’s our cabin up north, except it’s ten minutes from home,” Ostby, 67, said Tuesday, standing next to a propane heater and two narrow bunks. “They want us off the lake by 11 at night. I’ve never heard anything so foolish.”
The Ardell Township board voted 3-2 in November to ban overnight occupancy of fishing houses on the 1,400-acre lake between 11 p.m. and 5 a.m., citing two carbon monoxide deaths in neighboring counties last winter and a December rescue in which firefighters spent four hours reaching a house that had broken through near the inlet.
Board Chair Lorraine Hegstad said the vote was not taken lightly. “I’ve fished this lake since I was a girl,” she said. “But I’m not going to be the one who knocks on a door in February and tells a family we saw it coming.”
Hegstad said deputies would issue warnings this season and fines of up to $300 starting next winter.
The ordinance has turned the lake, where about 250 houses stand in a cluster locals call “Wendell City,” into a small political battleground. Hand-painted signs reading “Let Us Sleep” hang from a dozen doors.
“The township is solving a problem — if it is a problem — that nobody out here asked them to solve,” said Gary Tvedt, president of the Lake Wendell Anglers Club, which has collected 1,100 signatures asking the board to repeal the rule. Tvedt called the ordinance “a sledgehammer for a thumbtack.”
He said the club would pay for carbon monoxide detectors for any member who needs one.
Read more: Ice is thin on southern Minnesota lakes; officials urge caution
The Dorran County Sheriff’s Office said in a statement that it supported the ordinance and would “use discretion” in enforcing it during the first season. “Our goal is education, not citations,” the office said.
Not everyone on the ice is opposed. Megan Sorum, who fishes with her two sons on weekends, said she had never felt comfortable with the late-night traffic of trucks and snowmobiles between the houses.
“Honestly? I sleep better at home, and I think the lake is safer when there are fewer people out there at 2 a.m. with heaters going,” she said.
A bait-shop owner on the east shore, who asked that his name not be used because he sells to both camps, said business had already dropped. “The overnight guys are my best customers. They buy minnows, they buy propane, they buy breakfast,” he said.
The board will hold a public hearing on the ordinance Feb. 10 at the township hall.
Ostby said he will be there. “I’ll bring my sleeping bag,” he said.
Duane Ostby in his fishing house on Lake Wendell. (Kari Brekke/Minnesota Star Tribune)""",
    [
        ("It’s our cabin up north", "Duane Ostby", None, None),
        (
            "It’s our cabin up north, except it’s ten minutes from home,",
            "Duane Ostby",
            ("Ostby, 67, said", "Ostby"),
            ("67, said", "said"),
        ),
        (
            "They want us off the lake by 11 at night. I’ve never heard anything so foolish.",
            "Duane Ostby",
            ("Ostby, 67, said", "Ostby"),
            ("67, said", "said"),
        ),
        (
            "I’ve fished this lake since I was a girl,",
            "Lorraine Hegstad",
            ("she said", "she"),
            "said",
        ),
        (
            "But I’m not going to be the one who knocks on a door in February and tells a family we saw it coming.",
            "Lorraine Hegstad",
            ("she said", "she"),
            "said",
        ),
        (
            "The township is solving a problem — if it is a problem — that nobody out here asked them to solve,",
            "Gary Tvedt",
            "Gary Tvedt",
            ("said Gary Tvedt", "said"),
        ),
        ("a sledgehammer for a thumbtack.", "Gary Tvedt", ("Tvedt called", "Tvedt"), "called"),
        (
            "use discretion",
            "Dorran County Sheriff’s Office",
            "The Dorran County Sheriff’s Office",
            ("Office said", "said"),
        ),
        (
            "Our goal is education, not citations,",
            "Dorran County Sheriff’s Office",
            ("the office said", "the office"),
            ("the office said", "said"),
        ),
        (
            "Honestly? I sleep better at home, and I think the lake is safer when there are fewer people out there at 2 a.m. with heaters going,",
            "Megan Sorum",
            ("she said", "she"),
            "said",
        ),
        (
            "The overnight guys are my best customers. They buy minnows, they buy propane, they buy breakfast,",
            "owner",
            (" he said", "he"),
            (" he said", "said"),
        ),
        ("I’ll bring my sleeping bag,", "Duane Ostby", (" he said", "he"), (" he said", "said")),
    ],
    ["Wendell City", "Let Us Sleep"],
)

article(
    "blind38-en02",
    "en",
    """‘People will be stranded’: Anger as rural bus route in Leitrim to be axed from March

The 417 service links six villages to Carrick-on-Shannon.

Niamh Gilligan
8.15am, 3 Feb 2026
4,213 Views  14 Comments

Share this article

RESIDENTS IN NORTH Leitrim have reacted with anger to a decision by Rural Link Transport to withdraw a bus service that links six villages to Carrick-on-Shannon, with one local councillor warning that older people “would be left stranded”.
The 417 route, which runs twice a day between Drumcarrig and Carrick-on-Shannon, will stop operating on 2 March, Rural Link Transport (RLT) confirmed to The Journal.
In a statement, the company said passenger numbers on the route had fallen “well below the level needed to sustain a scheduled service” and that it would instead offer a door-to-door booking service two days a week. Locals have already taken to calling it “the phone-a-bus”.
“We understand this change will be difficult for some passengers, and we want to work with the community on the new service,” an RLT spokesperson said.
Independent councillor Bríd McLoughlin said the booking service was no replacement.
“People will be stranded. That’s the long and the short of it,” she told The Journal. “You have people in their eighties who don’t drive, who go to the hospital in Sligo, who do their shopping in Carrick. Now they’re told to ring a number two days in advance.”
McLoughlin said she had been contacted by more than 40 people since the announcement. “Not one of them thinks this is a good idea,” she said.
One of them, a pensioner from Drumcarrig who asked not to be named, said the bus was “the only way out of the village” for her since her husband died. “I’m not able for booking lines and apps,” she said. “I just want to stand at the stop and get on the bus like I always did.”
Advertisement
Local TD Declan Furey raised the matter in the Dáil last week. In a parliamentary reply, the Minister of State with responsibility for rural transport, Orla Keane, said the withdrawal was “an operational matter for the company”, but added that her department would “engage with RLT on the level of service in the area”.
Furey described the reply as “a shrug in writing”.
“Every minister stands up and says they want to keep rural Ireland alive,” said Furey. “Here’s a chance to do it. The 417 costs less a year than one roundabout.”
A campaign group, “Keep the 417”, has organised a public meeting in Drumcarrig community centre on Thursday evening. Its organiser, Seán Rooney, said more than 200 people were expected.
“We’re not asking for a new service, we’re asking them not to take away the one we have,” he said.
Read more: Rural bus users left waiting as new timetables kick in across the northwest
To embed this post, copy the code below on your site""",
    [
        ("People will be stranded", "Bríd McLoughlin", None, None),
        ("would be left stranded", "Bríd McLoughlin", "one local councillor", "warning"),
        (
            "well below the level needed to sustain a scheduled service",
            "Rural Link Transport",
            ("the company said", "the company"),
            ("the company said", "said"),
        ),
        (
            "We understand this change will be difficult for some passengers, and we want to work with the community on the new service,",
            "Rural Link Transport",
            "an RLT spokesperson",
            ("spokesperson said", "said"),
        ),
        (
            "People will be stranded. That’s the long and the short of it,",
            "Bríd McLoughlin",
            ("she told The Journal", "she"),
            ("she told The Journal", "told"),
        ),
        (
            "You have people in their eighties who don’t drive, who go to the hospital in Sligo, who do their shopping in Carrick. Now they’re told to ring a number two days in advance.",
            "Bríd McLoughlin",
            ("she told The Journal", "she"),
            ("she told The Journal", "told"),
        ),
        (
            "Not one of them thinks this is a good idea,",
            "Bríd McLoughlin",
            ("she said", "she"),
            "said",
        ),
        (
            "the only way out of the village",
            "pensioner",
            "a pensioner",
            ("named, said", "said"),
        ),
        ("I’m not able for booking lines and apps,", "pensioner", ("she said", "she"), "said"),
        (
            "I just want to stand at the stop and get on the bus like I always did.",
            "pensioner",
            ("she said", "she"),
            "said",
        ),
        (
            "an operational matter for the company",
            "Orla Keane",
            "Orla Keane",
            ("Keane, said", "said"),
        ),
        (
            "engage with RLT on the level of service in the area",
            "Orla Keane",
            ("her department", "her"),
            "added",
        ),
        ("a shrug in writing", "Declan Furey", ("Furey described", "Furey"), "described"),
        (
            "Every minister stands up and says they want to keep rural Ireland alive,",
            "Declan Furey",
            ("said Furey", "Furey"),
            ("said Furey", "said"),
        ),
        (
            "Here’s a chance to do it. The 417 costs less a year than one roundabout.",
            "Declan Furey",
            ("said Furey", "Furey"),
            ("said Furey", "said"),
        ),
        (
            "We’re not asking for a new service, we’re asking them not to take away the one we have,",
            "Seán Rooney",
            (" he said", "he"),
            (" he said", "said"),
        ),
    ],
    ["the phone-a-bus", "Keep the 417"],
)

article(
    "blind38-en03",
    "en",
    """Records agency staff ordered back to the office as union warns of ‘exodus’

By Tom Whitlam
Updated February 10 2026 - 5:30am, first published 5:00am

Staff at the National Records and Archives Service will be required to work from the agency’s Mitchell office at least three days a week from April, under a new attendance policy that has drawn fire from the union and caught some senior managers by surprise.
In an all-staff email sent on Monday afternoon and seen by The Canberra Times, the agency’s director-general, Rosalind Pearce, wrote that the change would “strengthen collaboration, mentoring and the culture of the service”.
“I know that for many of you, this will mean changes to routines that have worked well since 2020,” Ms Pearce wrote. “I am asking for your patience, and I am committing to listen.”
The policy, which the agency has named “Anchor Days”, requires each team to nominate three common office days a week. Exemptions will be considered case by case.
Advertisement
The Commonwealth Staff Association (CSA), which covers about 60 per cent of the agency’s 1100 employees, said the policy breached the flexibility clauses of the agency’s enterprise agreement and that it would lodge a formal dispute.
“This was announced by email, on a Monday, with no consultation. That is not how a model employer behaves,” CSA national secretary Alan Tregear said.
Mr Tregear said members had told the union they would resign rather than give up arrangements built around caring responsibilities. “We are hearing the word ‘exodus’ from people who have been in the service for 20 years,” he said.
One senior manager, who spoke on condition of anonymity because they were not authorised to comment, said the policy had been finalised without input from branch heads. “We found out when our teams did. Some of us had been told the opposite a fortnight ago,” the manager said.
The agency’s position appears to have shifted quickly. At Senate estimates in November, Ms Pearce was questioned by Greens senator Hannah Loxley about the agency’s plans.
“Do you have any plans to mandate office attendance?” Senator Loxley asked.
“Not at this stage, Senator. We are very happy with how hybrid work is going.”
Read more: Public servants face longer commutes as Mitchell office fills up
A spokeswoman for the agency said on Tuesday the policy was “in line with practice across the service” and that the Mitchell building had been refurbished at a cost of $14 million to accommodate more staff on site.
“The service has grown, our work has changed and our accommodation has changed. The policy reflects all three,” the spokeswoman said.
The office of the Special Minister of State was contacted for comment.
The agency’s Mitchell office. Picture by Keegan Carroll
Share
Tom Whitlam is a reporter covering the federal public service.""",
    [
        ("exodus", "Commonwealth Staff Association", "union", "warns"),
        (
            "strengthen collaboration, mentoring and the culture of the service",
            "Rosalind Pearce",
            "Rosalind Pearce",
            "wrote",
        ),
        (
            "I know that for many of you, this will mean changes to routines that have worked well since 2020,",
            "Rosalind Pearce",
            ("Ms Pearce wrote", "Ms Pearce"),
            ("Ms Pearce wrote", "wrote"),
        ),
        (
            "I am asking for your patience, and I am committing to listen.",
            "Rosalind Pearce",
            ("Ms Pearce wrote", "Ms Pearce"),
            ("Ms Pearce wrote", "wrote"),
        ),
        (
            "This was announced by email, on a Monday, with no consultation. That is not how a model employer behaves,",
            "Alan Tregear",
            "Alan Tregear",
            ("Tregear said", "said"),
        ),
        (
            "We are hearing the word ‘exodus’ from people who have been in the service for 20 years,",
            "Alan Tregear",
            (" he said", "he"),
            (" he said", "said"),
        ),
        (
            "We found out when our teams did. Some of us had been told the opposite a fortnight ago,",
            "manager",
            ("the manager said", "the manager"),
            ("the manager said", "said"),
        ),
        (
            "Do you have any plans to mandate office attendance?",
            "Hannah Loxley",
            ("Senator Loxley asked", "Senator Loxley"),
            "asked",
        ),
        (
            "Not at this stage, Senator. We are very happy with how hybrid work is going.",
            "Rosalind Pearce",
            None,
            None,
        ),
        (
            "in line with practice across the service",
            "National Records and Archives Service",
            "A spokeswoman",
            ("agency said", "said"),
        ),
        (
            "The service has grown, our work has changed and our accommodation has changed. The policy reflects all three,",
            "National Records and Archives Service",
            ("the spokeswoman said", "the spokeswoman"),
            ("the spokeswoman said", "said"),
        ),
    ],
    ["Anchor Days"],
)

article(
    "blind38-en04",
    "en",
    """Lightning shelters lie unfinished as haor farmers brave storms

Only nine of 60 planned structures completed in three years

Our Correspondent, Sunamganj
Wed May 13, 2026 12:00 AM
Last update on: Wed May 13, 2026 01:15 AM

Three years after the government began building lightning shelters in the haor areas of Sunamganj, only nine of the 60 planned structures have been completed, leaving thousands of farmers exposed during the pre-monsoon storm season.
At least 14 people, most of them farmers harvesting Boro paddy, have been killed by lightning in the district since March, according to the district relief office.
"When the sky turns black, we have nowhere to go. We lie down in the mud and pray," said Abdul Karim, 52, a farmer of Dharmapasha upazila whose nephew was killed by lightning in April.
"My nephew was standing under a hijal tree. People say trees are safe. They are not," he added.
The project, titled "Lightning Protection Shelters in Haor Areas", was approved in 2023 at a cost of Tk 38 crore. Each shelter is a raised concrete platform with a lightning arrester, meant to hold around 20 people.
Visiting four upazilas last week, this correspondent found several sites abandoned, with rusted rods jutting out of half-built platforms.
Contacted over the phone, project director Mahbubur Rahman Talukder admitted the delay. "Land acquisition took longer than we expected, and the contractor's work stopped during the flood last year," he told The Daily Star. "We hope to finish 30 shelters by December."
Asked why only nine were ready after three years, he said the rest were "at different stages of construction".
A monitoring report of the National Project Monitoring Cell (NPMC), seen by The Daily Star, noted "poor supervision at field level" and "unrealistic work plans" as the main reasons for the delay.
Dharmapasha Upazila Nirbahi Officer (UNO) Farhana Yasmin said the administration was doing what it could without the shelters.
"We ask farmers to return home when clouds gather, and we use mosque loudspeakers to warn them," the UNO said.
"But a farmer cannot leave a field half-harvested. If the water comes before he cuts the paddy, he loses everything."
An elderly boatman at the Tahirpur ghat said people now leave the fields at the first sound of thunder. "Even then, it is often too late," he said.
Prof Shamima Akter, a disaster researcher at North-East Science University, called the pace of the project "unacceptable".
"Lightning kills more people in this country every year than floods do. Yet we treat it as bad luck, not as a hazard," she said.
A half-built lightning shelter in Dharmapasha upazila of Sunamganj. Photo: Star
Related topic:
lightning strike / Sunamganj / haor""",
    [
        (
            "When the sky turns black, we have nowhere to go. We lie down in the mud and pray,",
            "Abdul Karim",
            "Abdul Karim",
            ("said Abdul Karim", "said"),
        ),
        (
            "My nephew was standing under a hijal tree. People say trees are safe. They are not,",
            "Abdul Karim",
            ("he added", "he"),
            "added",
        ),
        (
            "Land acquisition took longer than we expected, and the contractor's work stopped during the flood last year,",
            "Mahbubur Rahman Talukder",
            ("he told The Daily Star", "he"),
            ("he told The Daily Star", "told"),
        ),
        (
            "We hope to finish 30 shelters by December.",
            "Mahbubur Rahman Talukder",
            ("he told The Daily Star", "he"),
            ("he told The Daily Star", "told"),
        ),
        (
            "at different stages of construction",
            "Mahbubur Rahman Talukder",
            ("he said the rest", "he"),
            ("he said the rest", "said"),
        ),
        (
            "poor supervision at field level",
            "National Project Monitoring Cell",
            "National Project Monitoring Cell",
            "noted",
        ),
        (
            "unrealistic work plans",
            "National Project Monitoring Cell",
            "National Project Monitoring Cell",
            "noted",
        ),
        (
            "We ask farmers to return home when clouds gather, and we use mosque loudspeakers to warn them,",
            "Farhana Yasmin",
            ("the UNO said", "the UNO"),
            ("the UNO said", "said"),
        ),
        (
            "But a farmer cannot leave a field half-harvested. If the water comes before he cuts the paddy, he loses everything.",
            "Farhana Yasmin",
            None,
            None,
        ),
        ("Even then, it is often too late,", "boatman", (" he said", "he"), (" he said", "said")),
        ("unacceptable", "Shamima Akter", "Shamima Akter", "called"),
        (
            "Lightning kills more people in this country every year than floods do. Yet we treat it as bad luck, not as a hazard,",
            "Shamima Akter",
            ("she said", "she"),
            "said",
        ),
    ],
    ["Lightning Protection Shelters in Haor Areas"],
)

article(
    "blind38-en05",
    "en",
    """‘It was like being sacked by text’: cheesemaker delisted by Harwell’s

By Joanna Pike
4 March 2026

Share: LinkedIn X Email

A family-owned Yorkshire cheesemaker has criticised Harwell’s after the regional supermarket chain delisted four of its lines with two weeks’ notice.
Dalesend Creamery, based near Hawes, has supplied its crumbly and smoked cheeses, including its best-selling ‘Fell Top Smoked’, to all 212 Harwell’s stores for 11 years. The lines will be removed from shelves on 18 March as part of what the retailer describes as a ‘range simplification’ in its deli and dairy aisles.
Managing director Fiona Thwaite said the decision had arrived by email. ‘It was like being sacked by text. Eleven years, and not one phone call,’ she told The Grocer.
‘We employ 34 people. Harwell’s is about a fifth of our turnover, so this is not a rounding error for us,’ she added.
Thwaite said the business had invested £400,000 in a new packing line in 2024, partly to meet Harwell’s specifications.
‘We were told at the time, “You’re a strategic local supplier, we see you in this range for the long term.” I have that in writing.
‘So you can imagine how it felt to read the word “simplification”.’
A Harwell’s spokeswoman said: ‘We regularly review our ranges to make sure they reflect what customers are buying. We have given Dalesend notice in line with our supplier terms and we wish them well.’
The retailer said it would continue to stock ‘a strong range of Yorkshire cheeses’ from other suppliers.
Related: Harwell’s cuts 1,200 lines in push to lower prices
The Northern Food Producers’ Alliance, which represents about 300 small suppliers, said the case showed why notice periods needed to be longer. Its chief executive, Mark Oyelaran, called two weeks ‘nowhere near enough’.
‘A supplier cannot redeploy a packing line in a fortnight,’ he said, ‘and retailers know it.’
Retail analyst Sophie Brannigan of Linden Insight says regional chains are under pressure to look more like the discounters, with fewer lines and bigger volumes.
‘Regional grocers used to win on range and local sourcing. Now they are trying to win on price, and the small suppliers are the first casualty,’ she says.
Dalesend said it was in talks with two other retailers and a foodservice wholesaler about picking up the volume.
Fiona Thwaite at Dalesend Creamery. Image: Dalesend Creamery
Subscribe to The Grocer for unlimited access""",
    [
        ("It was like being sacked by text", "Fiona Thwaite", None, None),
        ("range simplification", "Harwell’s", "the retailer", "describes"),
        (
            "It was like being sacked by text. Eleven years, and not one phone call,",
            "Fiona Thwaite",
            ("she told The Grocer", "she"),
            ("she told The Grocer", "told"),
        ),
        (
            "We employ 34 people. Harwell’s is about a fifth of our turnover, so this is not a rounding error for us,",
            "Fiona Thwaite",
            ("she added", "she"),
            "added",
        ),
        (
            "We were told at the time, “You’re a strategic local supplier, we see you in this range for the long term.” I have that in writing.",
            "Fiona Thwaite",
            None,
            None,
        ),
        (
            "So you can imagine how it felt to read the word “simplification”.",
            "Fiona Thwaite",
            None,
            None,
        ),
        (
            "We regularly review our ranges to make sure they reflect what customers are buying. We have given Dalesend notice in line with our supplier terms and we wish them well.",
            "Harwell’s",
            "A Harwell’s spokeswoman",
            ("spokeswoman said", "said"),
        ),
        (
            "a strong range of Yorkshire cheeses",
            "Harwell’s",
            ("The retailer said", "The retailer"),
            ("The retailer said", "said"),
        ),
        ("nowhere near enough", "Mark Oyelaran", "Mark Oyelaran", "called"),
        (
            "A supplier cannot redeploy a packing line in a fortnight,",
            "Mark Oyelaran",
            (" he said", "he"),
            (" he said", "said"),
        ),
        ("and retailers know it.", "Mark Oyelaran", (" he said", "he"), (" he said", "said")),
        (
            "Regional grocers used to win on range and local sourcing. Now they are trying to win on price, and the small suppliers are the first casualty,",
            "Sophie Brannigan",
            ("she says", "she"),
            "says",
        ),
    ],
    ["Fell Top Smoked"],
)

article(
    "blind38-en06",
    "en",
    """Northmoor Media to close 150-year-old Wrexley Advertiser with loss of 11 jobs

Staff were told on a video call lasting eight minutes, their union representative says

Charlotte Tomlin
16 April 2026

Regional publisher Northmoor Media is to close the Wrexley Advertiser, a weekly newspaper founded in 1876, with the loss of 11 jobs.
The final print edition will be published on 30 April and the paper’s website will stop updating the same day.
In a memo to staff seen by Press Gazette, Northmoor chief executive Philip Garside wrote that the title had “lost money in each of the last six years” and that “there is no realistic route back to profitability in print or online”.
“This is a painful decision and not one we have taken lightly,” Garside wrote. “The Advertiser’s journalists have served Wrexley with great distinction.”
Print circulation has fallen from about 19,000 in 2010 to just under 3,000, according to the memo.
Chief reporter Dan Oduya, who is also the newsroom’s union representative, said staff had been told on a video call “lasting eight minutes, with cameras off and no questions taken”.
“We broke the hospital car park story, we broke the councillor expenses story,” said Oduya, “and we did it with four reporters and a photographer who also sold adverts.”
Former editor Margaret Hollins, who edited the paper from 1998 to 2015, wrote on LinkedIn: “Wrexley will now be a town of 60,000 people without a single reporter at its council meetings. That should frighten everyone.”
Readers have also mourned the loss of the paper’s long-running “Letters from the Tops” column, written by local farmers for more than four decades.
Read more: Regional publishers cut 400 editorial jobs in a year
A Northmoor spokesperson said: “Northmoor remains committed to covering Wrexley through our regional daily and our websites. We have offered all affected staff the chance to apply for roles elsewhere in the group.”
Dr Ravi Chaudhry, who researches local news at the University of Castlebridge, said the closure would leave Wrexley among what researchers call “news deserts”, places without a dedicated local title.
“Once a paper goes, it very rarely comes back in any form,” he said. “Something else fills the gap, and it is usually a Facebook group run by someone with a grudge.”
He said towns that lose their paper tend to see lower turnout in local elections within a few years.
The Wrexley Advertiser’s final edition will be published on 30 April. Picture: Northmoor Media
Topics: Regional newspapers / Job cuts
Sign up to Press Gazette’s free daily email""",
    [
        (
            "lost money in each of the last six years",
            "Philip Garside",
            "Philip Garside",
            "wrote",
        ),
        (
            "there is no realistic route back to profitability in print or online",
            "Philip Garside",
            "Philip Garside",
            "wrote",
        ),
        (
            "This is a painful decision and not one we have taken lightly,",
            "Philip Garside",
            ("Garside wrote", "Garside"),
            ("Garside wrote", "wrote"),
        ),
        (
            "The Advertiser’s journalists have served Wrexley with great distinction.",
            "Philip Garside",
            ("Garside wrote", "Garside"),
            ("Garside wrote", "wrote"),
        ),
        (
            "lasting eight minutes, with cameras off and no questions taken",
            "Dan Oduya",
            "Dan Oduya",
            ("representative, said", "said"),
        ),
        (
            "We broke the hospital car park story, we broke the councillor expenses story,",
            "Dan Oduya",
            ("said Oduya", "Oduya"),
            ("said Oduya", "said"),
        ),
        (
            "and we did it with four reporters and a photographer who also sold adverts.",
            "Dan Oduya",
            ("said Oduya", "Oduya"),
            ("said Oduya", "said"),
        ),
        (
            "Wrexley will now be a town of 60,000 people without a single reporter at its council meetings. That should frighten everyone.",
            "Margaret Hollins",
            "Margaret Hollins",
            ("2015, wrote", "wrote"),
        ),
        (
            "Northmoor remains committed to covering Wrexley through our regional daily and our websites. We have offered all affected staff the chance to apply for roles elsewhere in the group.",
            "Northmoor Media",
            "A Northmoor spokesperson",
            ("spokesperson said", "said"),
        ),
        (
            "Once a paper goes, it very rarely comes back in any form,",
            "Ravi Chaudhry",
            (" he said", "he"),
            (" he said", "said"),
        ),
        (
            "Something else fills the gap, and it is usually a Facebook group run by someone with a grudge.",
            "Ravi Chaudhry",
            (" he said", "he"),
            (" he said", "said"),
        ),
    ],
    ["Letters from the Tops", "news deserts"],
)

article(
    "blind38-en07",
    "en",
    """The Last Dance Hall in Loma Verde County Is Fighting for Its Life

A fire marshal’s ruling could end eighty years of Saturday nights at the Rosebud Hall. Its owner says she isn’t going anywhere.

By Luis Arredondo
March 2026
Share

On a Saturday in February, some two hundred people two-stepped across the pine floor of the Rosebud Hall while the Calvert Brothers played “Meet Me Where the Cedars Grow,” the waltz that has closed every dance here for as long as anyone can remember. Nobody on the floor seemed to know that, officially, only ninety of them were supposed to be there.
In January, the Loma Verde County fire marshal, Curtis Pruett, cut the hall’s legal occupancy from 250 to 90 after an inspection found that two of its four exits did not meet code. In a letter to the owner, Pruett wrote that she had until May 1 to make “all necessary corrections” or keep the crowd under the new limit.
The owner is Alma Strickland, who is 71 and has run the hall, known to regulars simply as “the Bud,” since 1988.
“My granddaddy built this hall in 1946 with lumber from a barn he tore down himself,” Strickland says, sitting at a picnic table out back. “And now a man with a clipboard tells me it isn’t safe.”
She laughs, but not for long.
“I’m not mad at Curtis. I taught him to two-step when he was eleven. I’m mad that nobody will tell me how I’m supposed to pay for it.”
A contractor from Lockhart has put the cost of new exits, panic hardware, and lighting at about $180,000, roughly what the hall takes in over three years.
Pruett, reached by phone, said he had no choice. “I love that hall as much as anybody,” he said. “But if there’s a fire on a Saturday night and people can’t get out, nobody is going to remember the music.”
County commissioner Dale Henke called the situation “a real shame” but said the county could not waive the state fire code for one building.
Regulars have started an online fundraiser, “Save the Rosebud,” which had raised a little over $41,000 by mid-March. Ray Villanueva, 78, has come to the hall nearly every Saturday since 1969.
“My wife and I met on that floor. She stepped on my foot and told me, ‘You lead like a mule.’ We were married fifty-one years.
“When she passed, the band played our song, and everybody stopped dancing and just stood there. You tell me where else that happens,” Villanueva says.
Strickland has no plans to sell. She has had offers, she says, from a developer in Austin who wants the land for cabins.
“They can have it when I’m in the ground,” she says. “Until then, the band plays on Saturday.”
This article originally appeared in the April 2026 issue of Texas Monthly with the headline “Last Call at the Rosebud.” Subscribe today.""",
    [
        ("all necessary corrections", "Curtis Pruett", ("Pruett wrote", "Pruett"), "wrote"),
        (
            "My granddaddy built this hall in 1946 with lumber from a barn he tore down himself,",
            "Alma Strickland",
            ("Strickland says", "Strickland"),
            ("Strickland says", "says"),
        ),
        (
            "And now a man with a clipboard tells me it isn’t safe.",
            "Alma Strickland",
            ("Strickland says", "Strickland"),
            ("Strickland says", "says"),
        ),
        (
            "I’m not mad at Curtis. I taught him to two-step when he was eleven. I’m mad that nobody will tell me how I’m supposed to pay for it.",
            "Alma Strickland",
            None,
            None,
        ),
        (
            "I love that hall as much as anybody,",
            "Curtis Pruett",
            (" he said", "he"),
            (" he said", "said"),
        ),
        (
            "But if there’s a fire on a Saturday night and people can’t get out, nobody is going to remember the music.",
            "Curtis Pruett",
            (" he said", "he"),
            (" he said", "said"),
        ),
        ("a real shame", "Dale Henke", "Dale Henke", "called"),
        (
            "My wife and I met on that floor. She stepped on my foot and told me, ‘You lead like a mule.’ We were married fifty-one years.",
            "Ray Villanueva",
            ("Villanueva says", "Villanueva"),
            ("Villanueva says", "says"),
        ),
        (
            "When she passed, the band played our song, and everybody stopped dancing and just stood there. You tell me where else that happens,",
            "Ray Villanueva",
            ("Villanueva says", "Villanueva"),
            ("Villanueva says", "says"),
        ),
        (
            "They can have it when I’m in the ground,",
            "Alma Strickland",
            ("” she says", "she"),
            ("” she says", "says"),
        ),
        (
            "Until then, the band plays on Saturday.",
            "Alma Strickland",
            ("” she says", "she"),
            ("” she says", "says"),
        ),
    ],
    ["Meet Me Where the Cedars Grow", "the Bud", "Save the Rosebud", "Last Call at the Rosebud."],
)

article(
    "blind38-en08",
    "en",
    """Vendors reject relocation from Nakabago market

By Moses Ssekitoleko
Added 14th January 2026 08:30 AM

Share this article: Facebook Twitter WhatsApp

MUKONO - More than 600 vendors at Nakabago market in Mukono have vowed not to leave the market, after Nakabago Town Council ordered them to relocate to a new site 4km away to allow construction of a modern market.
The vendors, under their umbrella body, the Nakabago Market Vendors' Association (NAMAVA), said the temporary site at Kigombya lacks water, toilets and, above all, customers.
"We are not against development. We are against being thrown in a bush where no customer will ever reach," said the association chairperson, Sarah Nakato.
Nakato said most vendors had taken loans from savings groups to stock their stalls. "If you move a woman selling tomatoes 4km away, you have killed her business. Who will pay her loan?" she asked.
"The council has money for the building," Nakato said, "but it has no money for us."
During a meeting at the market on Tuesday, vendors waved placards reading "Nakabago is our home" and "No market, no votes".
The town clerk, Godfrey Mugisha, said the council had consulted vendors for over a year and that the relocation was "only temporary". He dismissed claims that the new market would be allocated to outsiders as "misinformation".
"The new market will have 1,200 stalls, cold rooms and a day-care centre for the mothers. The same vendors who are here will return first," Mugisha said.
He added that the vendors had until January 31 to vacate.
In a statement issued on Monday, the council said it "will not be blackmailed by a few individuals who are benefiting from the disorder in the old market".
A fish vendor, who declined to be named for fear of losing her stall, said she had heard the same promises before. "Every time there is an election they come and promise us. After the election, they bring bulldozers," she said.
The Mukono Resident District Commissioner (RDC), Peter Waiswa, who addressed the vendors on Tuesday, urged calm and asked both sides to return to dialogue.
"Nobody will be evicted by force. Government does not work like that," the RDC said. "Let the leaders sit down and agree on a timetable."
The construction of the market, estimated at sh28b, is expected to take two years.
Vendors at Nakabago market during a meeting on Tuesday. (Photo by Moses Ssekitoleko)
Related stories
Mukono traders protest new parking fees
Tags: Mukono, vendors, market""",
    [
        (
            "We are not against development. We are against being thrown in a bush where no customer will ever reach,",
            "Sarah Nakato",
            "Sarah Nakato",
            ("said the association", "said"),
        ),
        (
            "If you move a woman selling tomatoes 4km away, you have killed her business. Who will pay her loan?",
            "Sarah Nakato",
            ("she asked", "she"),
            "asked",
        ),
        (
            "The council has money for the building,",
            "Sarah Nakato",
            ("Nakato said, ", "Nakato"),
            ("Nakato said, ", "said"),
        ),
        (
            "but it has no money for us.",
            "Sarah Nakato",
            ("Nakato said, ", "Nakato"),
            ("Nakato said, ", "said"),
        ),
        ("only temporary", "Godfrey Mugisha", "Godfrey Mugisha", ("Mugisha, said", "said")),
        ("misinformation", "Godfrey Mugisha", ("He dismissed", "He"), "dismissed"),
        (
            "The new market will have 1,200 stalls, cold rooms and a day-care centre for the mothers. The same vendors who are here will return first,",
            "Godfrey Mugisha",
            ("Mugisha said", "Mugisha"),
            ("Mugisha said", "said"),
        ),
        (
            "will not be blackmailed by a few individuals who are benefiting from the disorder in the old market",
            "Nakabago Town Council",
            ("the council said", "the council"),
            ("the council said", "said"),
        ),
        (
            "Every time there is an election they come and promise us. After the election, they bring bulldozers,",
            "vendor",
            ("she said", "she"),
            "said",
        ),
        (
            "Nobody will be evicted by force. Government does not work like that,",
            "Peter Waiswa",
            ("the RDC said", "the RDC"),
            ("the RDC said", "said"),
        ),
        (
            "Let the leaders sit down and agree on a timetable.",
            "Peter Waiswa",
            ("the RDC said", "the RDC"),
            ("the RDC said", "said"),
        ),
    ],
    ["Nakabago is our home", "No market, no votes"],
)


def main() -> None:
    SET.write(Path(__file__).with_name("blind38_en.jsonl"), WORDS_RANGE)


if __name__ == "__main__":
    main()
