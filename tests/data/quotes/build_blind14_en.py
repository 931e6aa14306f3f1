# ruff: noqa: E501, RUF001
# Prose articles with typographic quotation marks: the long lines and the marks are the data.
"""Builds blind14_en.jsonl: a fourteenth blind English quotation set (written for depeche, CC0).

Written blind by a helper for depeche who never read the quotes code, so that its score is an
honest estimate of how ``depeche.quotes`` does on English news text nobody tuned it on. Every
story, person, place and organisation is invented. Beats: a wire story on a tanker fuel spill
reaching fishing coves, a metro story on rats in a subway station, a three-team basketball
trade with unnamed league sources, a Supreme Court oral argument (justices' questions,
lawyers), a tech site's piece on a phone recall, a local Canadian paper on a moose on a
highway, a London paper on a row at a royal patron's charity (British single quotes) and a
Maine weekly on a lighthouse auction (with a multi-paragraph quote). Marks vary: curly double,
straight double, British single with inner doubles. Gold conventions are those of build_dev.py.

Do not tune the extractor on this file: it measures, it does not teach. Run
``python tests/data/quotes/build_blind14_en.py`` after editing.
Bodies are named by their full name, also when the text gives a short one in brackets.
"""

from __future__ import annotations

from pathlib import Path

from build_dev import ArticleSet

SET = ArticleSet()
article = SET.article
WORDS_RANGE = (300, 650)


article(
    "blind14-en01",
    "en",
    """Fuel from grounded tanker reaches fishing coves off Port Kellan

By Dana Whitcombe
November 21, 2026 4:12 PM UTC · Updated 2 hours ago

PORT KELLAN, Nov 21 (Reuters) - Heavy fuel oil from a tanker that ran aground on Tuesday has reached at least four fishing coves along the Brannock coast, the coast guard said on Thursday, as crews raced to string booms across the inlets before a storm forecast for the weekend.

“We are seeing a sheen over roughly eleven kilometres of shoreline and thicker patches in two of the coves,” Commander Ruth Okafor, who leads the response for the coast guard’s eastern district, told reporters at the harbour. “The next 48 hours matter more than anything we did this week.”

The Silvane Star, a 180-metre product tanker owned by Halvard Maritime, was carrying about 30,000 tonnes of marine fuel when it struck a reef in poor visibility. The company said in a statement that “a limited quantity” had escaped from one damaged tank and that the remaining cargo was being pumped into a second vessel.

“Our priority is the safety of the crew, the protection of the coastline and full cooperation with the authorities,” Halvard chief executive Lars Engquist said in the same statement, adding that the cause of the grounding was under investigation.

Share this article
Read more: Insurers brace for claims after a year of groundings

Fishermen in the coves were less measured. “They tell us a limited quantity. I’ve got oil on my pots, on my ropes, on my hands,” said Tomas Reilly, 58, who has set lobster traps out of Gannet Cove for three decades. “Who’s going to buy a lobster from here this winter?”

The Brannock Fishermen’s Cooperative, which represents about 300 boats, called on the government to close the affected grounds and to set up a compensation fund. Its secretary, Aileen Moss, described the response so far as “slow, polite and completely inadequate”.

Fisheries minister Paul Deveraux said on Thursday evening that a temporary closure was being prepared. “Nobody will be asked to fish in oil, and nobody will be left to carry this cost alone,” he said. A ministry spokeswoman said the order could be signed as early as Friday.

According to a senior official involved in the salvage, the tanker’s hull has shifted twice since the grounding. “If the weather turns the way the forecasts say, she could break her back on that reef,” the official said, speaking on condition of anonymity because he was not authorised to discuss the operation.

Environmental groups warned that the coast is a wintering ground for eider ducks. “Oil and eiders in the same cove in November is the worst combination you can imagine,” said Dr. Mirela Santos, a seabird biologist at the University of Eastmoor, who said volunteers had already brought in 14 oiled birds.

The coast guard said booms had been laid across three of the four coves by Thursday night. “We will not stop until the last one is closed,” Okafor said.

(Reporting by Dana Whitcombe; Editing by Mark Heaney)
Our Standards: The Trust Principles.""",
    [
        (
            "We are seeing a sheen over roughly eleven kilometres of shoreline and thicker patches in two of the coves",
            "Ruth Okafor",
            "Ruth Okafor",
            "told",
        ),
        (
            "The next 48 hours matter more than anything we did this week.",
            "Ruth Okafor",
            "Ruth Okafor",
            "told",
        ),
        ("a limited quantity", "Halvard Maritime", "The company", "said"),
        (
            "Our priority is the safety of the crew, the protection of the coastline and full cooperation with the authorities",
            "Lars Engquist",
            "Lars Engquist",
            "said",
        ),
        (
            "They tell us a limited quantity. I’ve got oil on my pots, on my ropes, on my hands",
            "Tomas Reilly",
            "Tomas Reilly",
            "said",
        ),
        (
            "Who’s going to buy a lobster from here this winter?",
            "Tomas Reilly",
            "Tomas Reilly",
            "said",
        ),
        ("slow, polite and completely inadequate", "Aileen Moss", "Aileen Moss", "described"),
        (
            "Nobody will be asked to fish in oil, and nobody will be left to carry this cost alone",
            "Paul Deveraux",
            ("” he said", "he"),
            ("” he said", "said"),
        ),
        (
            "If the weather turns the way the forecasts say, she could break her back on that reef",
            "official",
            ("the official said", "official"),
            ("the official said", "said"),
        ),
        (
            "Oil and eiders in the same cove in November is the worst combination you can imagine",
            "Mirela Santos",
            "Mirela Santos",
            "said",
        ),
        ("We will not stop until the last one is closed", "Ruth Okafor", "Okafor", "said"),
    ],
)


article(
    "blind14-en02",
    "en",
    """At the Dorrance Avenue Station, the Rats Have Stopped Hiding

Riders say the rodents now stroll the platform in daylight. The transit authority says it is trying.

By Marisol Grant
Nov. 22, 2026, 5:00 a.m. ET

Riders waiting for the uptown train at the Dorrance Avenue station have grown used to the scratching under the platform edge. Lately, they say, the rats no longer bother to stay out of sight.

"I saw three of them walk across the platform like they had a MetroCard," said Keisha Palmer, 41, a home health aide who takes the train every morning at 6:15. "Nobody even screamed. That's how you know it's bad."

The transit authority says it has increased trash pickups at the station from two to four times a week and installed sealed bins under its "Clean Platforms" initiative, announced in the spring.

"We know riders are frustrated, and frankly so are we," said Owen Bradshaw, a spokesman for the authority. "But this is a station that sits above an old sewer main and next to a block of restaurants. It is a hard fight, and we are in it."

Share full article

City Council member Rosa Lindqvist, whose district includes the station, said the measures were not enough. She called the bins "a Band-Aid on a broken pipe" and said she would ask for a hearing in January.

"People are paying $2.90 to stand next to rats," Ms. Lindqvist said in an interview. "I don't think it's a lot to ask, that the station be clean."

Harold Menzies, an urban rodent ecologist at Hollis College who has studied the city's subway colonies for a decade, told The Times that poison and traps alone would not change much. "Rats follow food, not signs. If the restaurants on the block put their bags out at 9 p.m. and the truck comes at 4 a.m., the station is just the dining room next to the kitchen," he said.

Advertisement
SKIP ADVERTISEMENT

A station cleaner who asked not to be named because he was not authorized to speak to reporters said the animals had lost their fear of people. "My supervisor says 'just stomp, they run,'" the cleaner said. "They don't run anymore."

The authority said it would bring in a pest-control contractor in December and test a new bin design at three stations. Mr. Bradshaw said the results would be posted online.

For now, Ms. Palmer has her own strategy. "I stand by the stairs," she said. "Closer to the exit, farther from the edge."

A version of this article appears in print on Nov. 23, 2026, Section A, Page 24 of the New York edition with the headline: Subway Rats No Longer Bother to Hide.""",
    [
        (
            "I saw three of them walk across the platform like they had a MetroCard",
            "Keisha Palmer",
            "Keisha Palmer",
            "said",
        ),
        (
            "Nobody even screamed. That's how you know it's bad.",
            "Keisha Palmer",
            "Keisha Palmer",
            "said",
        ),
        (
            "We know riders are frustrated, and frankly so are we",
            "Owen Bradshaw",
            "Owen Bradshaw",
            "said",
        ),
        (
            "But this is a station that sits above an old sewer main and next to a block of restaurants. It is a hard fight, and we are in it.",
            "Owen Bradshaw",
            "Owen Bradshaw",
            "said",
        ),
        ("a Band-Aid on a broken pipe", "Rosa Lindqvist", ("She called", "She"), "called"),
        (
            "People are paying $2.90 to stand next to rats",
            "Rosa Lindqvist",
            "Ms. Lindqvist",
            "said",
        ),
        (
            "I don't think it's a lot to ask, that the station be clean.",
            "Rosa Lindqvist",
            "Ms. Lindqvist",
            "said",
        ),
        (
            "Rats follow food, not signs. If the restaurants on the block put their bags out at 9 p.m. and the truck comes at 4 a.m., the station is just the dining room next to the kitchen",
            "Harold Menzies",
            ('" he said', "he"),
            ('" he said', "said"),
        ),
        (
            "My supervisor says 'just stomp, they run,'",
            "cleaner",
            ("the cleaner said", "cleaner"),
            ("the cleaner said", "said"),
        ),
        (
            "They don't run anymore.",
            "cleaner",
            ("the cleaner said", "cleaner"),
            ("the cleaner said", "said"),
        ),
        ("I stand by the stairs", "Keisha Palmer", ("she said", "she"), ("she said", "said")),
        (
            "Closer to the exit, farther from the edge.",
            "Keisha Palmer",
            ("she said", "she"),
            ("she said", "said"),
        ),
    ],
    ["Clean Platforms"],
)


article(
    "blind14-en03",
    "en",
    """Wolves trade Darnell Pryce to Mariners in three-team deal, sources say

Chris Albano, ESPN Staff Writer
Nov 22, 2026, 01:47 PM ET

Close
Chris Albano covers the NBA for ESPN. He previously covered the league for the Harbor City Ledger.

The Tri-Cities Wolves have agreed to trade guard Darnell Pryce to the Harbor City Mariners in a three-team deal that also sends two future first-round picks to the Delta Kings, league sources told ESPN on Saturday.

Pryce, 27, asked for a trade in October after a second straight first-round exit and has averaged 26.4 points this season. His agent, Mel Corrigan of Apex Sports Group, said his client was "thrilled" with the destination.

"Darnell wanted a place where he could play meaningful games in April, and Harbor City gives him that," Corrigan told ESPN. "There's no bitterness. He loved the fans in Tri-Cities."

The Wolves receive forward Kenji Abara, center Luis Marchetti and a 2028 first-round pick from Harbor City. The Kings absorb the contract of Mariners guard Tyrell Vance and collect the two firsts.

"This was never about Darnell being unhappy. This was about where our roster is headed," Wolves general manager Tessa Whitlock said on a conference call. "We got younger, we got more flexible, and we got a pick in a draft we really like."

Whitlock declined to say when the relationship with Pryce had broken down, calling the past month "professional, start to finish."

According to one league source, the Mariners had been pursuing Pryce since the summer and nearly completed a deal before the season. "They were the most aggressive team by a mile," the source said. "Everybody else was asking about price. Harbor City was asking about dates."

Another source with knowledge of the talks described the Kings' return as "a steal for taking on one bad contract."

Watch: Pryce's 41-point night against Delta (1:52)

Mariners coach Abe Lorenzen said he had not spoken to Pryce yet but would do so before Monday's practice. "I've coached against him for five years," Lorenzen said before Saturday's game against the Kings. "I'm tired of it. I'd much rather have him on my bench."

The Kings, who launched their "Rise of the Delta" ticket campaign this fall, see the picks as the core of a longer rebuild. "We are excited to add two valuable selections to a young group we believe in," team president Oscar Delacroix said in a statement.

Pryce himself posted a short message on social media Saturday afternoon: "Grateful for everything, Tri-Cities. On to the next one."

The deal is expected to be finalized once all three players pass physicals.

(Photo by Jordan Ames/Getty Images)""",
    [
        ("thrilled", "Mel Corrigan", "Mel Corrigan", "said"),
        (
            "Darnell wanted a place where he could play meaningful games in April, and Harbor City gives him that",
            "Mel Corrigan",
            "Corrigan",
            "told",
        ),
        (
            "There's no bitterness. He loved the fans in Tri-Cities.",
            "Mel Corrigan",
            "Corrigan",
            "told",
        ),
        (
            "This was never about Darnell being unhappy. This was about where our roster is headed",
            "Tessa Whitlock",
            "Tessa Whitlock",
            "said",
        ),
        (
            "We got younger, we got more flexible, and we got a pick in a draft we really like.",
            "Tessa Whitlock",
            "Tessa Whitlock",
            "said",
        ),
        (
            "professional, start to finish.",
            "Tessa Whitlock",
            ("Whitlock declined", "Whitlock"),
            "calling",
        ),
        (
            "They were the most aggressive team by a mile",
            "source",
            ("the source said", "source"),
            ("the source said", "said"),
        ),
        (
            "Everybody else was asking about price. Harbor City was asking about dates.",
            "source",
            ("the source said", "source"),
            ("the source said", "said"),
        ),
        (
            "a steal for taking on one bad contract.",
            "source",
            ("Another source", "source"),
            "described",
        ),
        (
            "I've coached against him for five years",
            "Abe Lorenzen",
            ("Lorenzen said before", "Lorenzen"),
            ("Lorenzen said before", "said"),
        ),
        (
            "I'm tired of it. I'd much rather have him on my bench.",
            "Abe Lorenzen",
            ("Lorenzen said before", "Lorenzen"),
            ("Lorenzen said before", "said"),
        ),
        (
            "We are excited to add two valuable selections to a young group we believe in",
            "Oscar Delacroix",
            "Oscar Delacroix",
            "said",
        ),
        (
            "Grateful for everything, Tri-Cities. On to the next one.",
            "Darnell Pryce",
            "Pryce himself",
            "posted",
        ),
    ],
    ["Rise of the Delta"],
)


article(
    "blind14-en04",
    "en",
    """Justices skeptical of farmers’ challenge to federal seed-labeling rule

The case, Harlan Growers Association v. Department of Agriculture, could decide how far agencies may go in requiring warnings on packaging.

By Evelyn Marsh
November 4, 2026 at 6:30 p.m. EST

Several justices on Wednesday appeared unconvinced by a farm group’s argument that a federal rule requiring warning labels on genetically edited seed violates the First Amendment, though the court seemed divided on how broadly to rule.

Sara Oduya, arguing for the Harlan Growers Association, told the justices that the labels amounted to “government-scripted speech” that implied a danger no study had found. “The government can tell my clients to print facts,” she said. “It cannot make them print a frown.”

Justice Miriam Castellanos pressed her on where that line fell. “So if the label said only ‘genetically edited,’ with no warning symbol, you would have no case?” she asked.

“We would have a much weaker one, Your Honor,” Oduya replied.

Justice Robert Tenney was more sympathetic, suggesting the agency had chosen the yellow triangle precisely because it alarms buyers. “A triangle is not a fact,” Tenney said. “It is an adjective.”

Gift this article
Share

Deputy Solicitor General Neil Faraday, defending the rule, said the symbol was chosen after consumer testing showed plain text went unread. “Farmers buying seed are sophisticated purchasers,” he told the court, “but the rule exists because the lower courts found that the text alone was ignored in more than half of the tests.”

Chief Justice Alan Whitford interrupted to ask whether the government would defend a skull and crossbones on the same reasoning. “No,” Faraday said, to laughter in the courtroom. “And that is the point. The agency picked the least alarming symbol that still worked.”

Castellanos appeared to accept that, calling the triangle “about as mild as warnings get,” while Justice Owen Pratt wondered aloud whether the court needed to reach the constitutional question at all.

Outside the court, the association’s president, Wade Henley, said growers would keep fighting. “We sell seed, not fear,” said Henley, who farms soybeans in eastern Calloway County.

A decision is expected by the end of June.

Read more:
The Supreme Court’s fall term: the cases to watch""",
    [
        ("government-scripted speech", "Sara Oduya", "Sara Oduya", "told"),
        (
            "The government can tell my clients to print facts",
            "Sara Oduya",
            ("” she said", "she"),
            ("” she said", "said"),
        ),
        (
            "It cannot make them print a frown.",
            "Sara Oduya",
            ("” she said", "she"),
            ("” she said", "said"),
        ),
        (
            "So if the label said only ‘genetically edited,’ with no warning symbol, you would have no case?",
            "Miriam Castellanos",
            ("she asked", "she"),
            "asked",
        ),
        ("We would have a much weaker one, Your Honor", "Sara Oduya", "Oduya", "replied"),
        (
            "A triangle is not a fact",
            "Robert Tenney",
            ("Tenney said", "Tenney"),
            ("Tenney said", "said"),
        ),
        (
            "It is an adjective.",
            "Robert Tenney",
            ("Tenney said", "Tenney"),
            ("Tenney said", "said"),
        ),
        (
            "Farmers buying seed are sophisticated purchasers",
            "Neil Faraday",
            ("he told the court", "he"),
            "told",
        ),
        (
            "but the rule exists because the lower courts found that the text alone was ignored in more than half of the tests.",
            "Neil Faraday",
            ("he told the court", "he"),
            "told",
        ),
        ("No", "Neil Faraday", ("Faraday said", "Faraday"), ("Faraday said", "said")),
        (
            "And that is the point. The agency picked the least alarming symbol that still worked.",
            "Neil Faraday",
            ("Faraday said", "Faraday"),
            ("Faraday said", "said"),
        ),
        (
            "about as mild as warnings get,",
            "Miriam Castellanos",
            ("Castellanos appeared", "Castellanos"),
            "calling",
        ),
        (
            "We sell seed, not fear",
            "Wade Henley",
            ("said Henley", "Henley"),
            ("said Henley", "said"),
        ),
    ],
)


article(
    "blind14-en05",
    "en",
    """Nimbus recalls the Aero 4 over swelling batteries: what owners need to know

By Priya Natarajan, Senior Reviews Editor
Published Nov 19, 2026 · 6 min read

Nimbus is recalling roughly 410,000 Aero 4 phones sold in North America after reports that the battery can swell and push the screen out of its frame, the company announced on Tuesday. The recall covers units made between March and June, and owners can check their serial number on the company's support page.

If you bought an Aero 4 this year, here is what we know so far.

In a statement, Nimbus said it had received 212 reports of swelling and "a small number" of reports of overheating, with no injuries. "Customer safety comes before any product schedule, and we are acting out of an abundance of caution," the company said.

Nimbus hardware chief Daniel Osei went further in a video posted to the company's channel. "We got this wrong," Osei said. "A supplier changed an adhesive in the battery pack, our tests didn't catch it, and that is on us, not on them."

The Consumer Device Safety Board, which announced the recall jointly with Nimbus, urged owners to stop charging affected phones overnight. "A swollen lithium battery is a damaged battery," said Board spokeswoman Helen Varga. "Do not puncture it, do not try to press it back in, and do not throw it in the trash."

Related: Our original Aero 4 review: a great camera in a fragile body

We first noticed the problem on our own review unit in July, when the display lifted about a millimeter at the bottom edge. At the time, Nimbus told us it was "an isolated manufacturing defect," and sent a replacement.

Readers have written in with similar stories. "Mine started rocking on the table like a seesaw," said Greg Tanaka, a teacher in Bellport who bought his phone in April. "I thought I'd dropped it. I hadn't."

Analysts say the cost could be significant but not crippling. According to Marta Lindholm, who follows the smartphone industry at Corvid Research, the recall could cost Nimbus between $90 million and $130 million. "The money is manageable," she said. "The trust is harder. This is their flagship, and the holiday season starts next week."

Owners will be offered a free replacement phone or a full refund, Nimbus said, and the company's "Aero Care" protection plan will be extended by a year for everyone affected.

The bottom line: if your serial number is on the list, back up your phone, stop using fast charging and book the exchange. And if the screen has already lifted, keep it away from your pillow.

Sign up for our Deals newsletter
Photo: Priya Natarajan / The Gadget Desk""",
    [
        (
            "a small number",
            "Nimbus",
            ("Nimbus said it had received", "Nimbus"),
            ("Nimbus said it had received", "said"),
        ),
        (
            "Customer safety comes before any product schedule, and we are acting out of an abundance of caution",
            "Nimbus",
            ("the company said", "company"),
            ("the company said", "said"),
        ),
        ("We got this wrong", "Daniel Osei", ("Osei said", "Osei"), ("Osei said", "said")),
        (
            "A supplier changed an adhesive in the battery pack, our tests didn't catch it, and that is on us, not on them.",
            "Daniel Osei",
            ("Osei said", "Osei"),
            ("Osei said", "said"),
        ),
        ("A swollen lithium battery is a damaged battery", "Helen Varga", "Helen Varga", "said"),
        (
            "Do not puncture it, do not try to press it back in, and do not throw it in the trash.",
            "Helen Varga",
            "Helen Varga",
            "said",
        ),
        ("an isolated manufacturing defect,", "Nimbus", ("Nimbus told us", "Nimbus"), "told"),
        ("Mine started rocking on the table like a seesaw", "Greg Tanaka", "Greg Tanaka", "said"),
        ("I thought I'd dropped it. I hadn't.", "Greg Tanaka", "Greg Tanaka", "said"),
        ("The money is manageable", "Marta Lindholm", ("she said", "she"), ("she said", "said")),
        (
            "The trust is harder. This is their flagship, and the holiday season starts next week.",
            "Marta Lindholm",
            ("she said", "she"),
            ("she said", "said"),
        ),
    ],
    ["Aero Care"],
)


article(
    "blind14-en06",
    "en",
    """Moose shuts down Highway 17 near Larch Falls for nearly three hours

Drivers stuck in both directions as bull refuses to leave the road

Jenna Fortier
Larch Falls Courier
Published Nov 20, 2026 • Last updated 1 hour ago • 3 minute read

A bull moose brought traffic on Highway 17 to a standstill for nearly three hours Wednesday afternoon, planting itself on the centre line east of Larch Falls and ignoring every attempt to move it along.

Provincial police closed the highway in both directions just after 2 p.m. “He was not aggressive, he just was not interested in going anywhere,” said Const. Maryse Tremblay, a spokesperson for the detachment. “Our officers are trained for a lot of things. Negotiating with a 600-kilogram moose is not really one of them.”

Tremblay said officers kept their distance and waited for a conservation officer to arrive from Dunmore.

Story continues below
This advertisement has not loaded yet, but your article continues below.

Trucker Ray Castellano was about ten vehicles back when traffic stopped. “I’ve been driving this road twenty-two years and I’ve hit two deer and one porcupine,” the 56-year-old said. “I’ve never been beaten by a moose before.”

Others were less amused. Kiran Dhillon, who was driving her daughter to a hockey tournament in Sault Lake, said the closure cost them the first game. “She was in tears,” Dhillon said, “but honestly, when you see it up close, you understand why nobody wants to honk.”

Conservation officer Pete Lagacé finally coaxed the animal into the ditch shortly before 5 p.m. by walking slowly toward it with a plywood board. He said bulls are often restless in November, at the end of the rut, and can be unpredictable.

“People want to get out of their cars and take pictures. Please don’t,” Lagacé told the Courier. “A moose can kick in every direction, and they are faster than you think.”

The Ministry of Transportation said in an email that there have been 31 moose-vehicle collisions on the 40-kilometre stretch this year, and that new warning signs would be installed in the spring as part of its “Brake for Moose” campaign.

Larch Falls Mayor Dennis Whitebird said the township has asked for wildlife fencing along the stretch for years. He called the signs “a start,” but said “fencing is what actually saves lives.”

As for the moose, it was last seen heading north into the bush. “He’ll be fine,” Tremblay said. “He’s probably telling his friends about it.”

Share this Story : Moose shuts down Highway 17 near Larch Falls for nearly three hours
Report an error
Trending""",
    [
        (
            "He was not aggressive, he just was not interested in going anywhere",
            "Maryse Tremblay",
            "Maryse Tremblay",
            "said",
        ),
        (
            "Our officers are trained for a lot of things. Negotiating with a 600-kilogram moose is not really one of them.",
            "Maryse Tremblay",
            "Maryse Tremblay",
            "said",
        ),
        (
            "I’ve been driving this road twenty-two years and I’ve hit two deer and one porcupine",
            "Ray Castellano",
            "the 56-year-old",
            "said",
        ),
        ("I’ve never been beaten by a moose before.", "Ray Castellano", "the 56-year-old", "said"),
        (
            "She was in tears",
            "Kiran Dhillon",
            ("Dhillon said", "Dhillon"),
            ("Dhillon said", "said"),
        ),
        (
            "but honestly, when you see it up close, you understand why nobody wants to honk.",
            "Kiran Dhillon",
            ("Dhillon said", "Dhillon"),
            ("Dhillon said", "said"),
        ),
        (
            "People want to get out of their cars and take pictures. Please don’t",
            "Pete Lagacé",
            ("Lagacé told", "Lagacé"),
            "told",
        ),
        (
            "A moose can kick in every direction, and they are faster than you think.",
            "Pete Lagacé",
            ("Lagacé told", "Lagacé"),
            "told",
        ),
        ("a start,", "Dennis Whitebird", ("He called", "He"), "called"),
        (
            "fencing is what actually saves lives.",
            "Dennis Whitebird",
            ("He called", "He"),
            ("but said", "said"),
        ),
        (
            "He’ll be fine",
            "Maryse Tremblay",
            ("Tremblay said. “He’s", "Tremblay"),
            ("Tremblay said. “He’s", "said"),
        ),
        (
            "He’s probably telling his friends about it.",
            "Maryse Tremblay",
            ("Tremblay said. “He’s", "Tremblay"),
            ("Tremblay said. “He’s", "said"),
        ),
    ],
    ["Brake for Moose"],
)


article(
    "blind14-en07",
    "en",
    """Duke’s charity in turmoil as trustees quit over ‘lavish’ gala spending

Three trustees of the Harrowgate Trust resign, accusing the chief executive of treating donations ‘like a party budget’

Lucy Pemberton, Social Affairs Correspondent
Saturday November 21 2026, 10.00pm GMT, The Times

A charity whose royal patron is the Duke of Arlesford has been plunged into crisis after three of its trustees resigned, claiming that money raised for young carers was spent on a gala dinner at a Mayfair hotel.

In a joint letter seen by The Times, the former trustees said they could ‘no longer stand behind decisions we were not consulted on’ and accused the chief executive, Marcus Hale, of treating donations ‘like a party budget’.

One of the three, the retired headteacher Margaret Oyelaran, said the final straw had been a £184,000 invoice for the dinner in September. ‘I asked for the figures in June, in July and in August,’ she said. ‘Each time I was told they were “being finalised”. Then the invoice arrived.’

Hale rejected the accusations. ‘The gala raised more than three times what it cost, and every penny of the surplus has gone to carers’ projects,’ he said in a statement issued through the charity. ‘I regret that colleagues chose to leave rather than talk.’

Related articles
Royal patronages: which charities have the duke’s name?

The Charity Oversight Board, the regulator, confirmed it had opened a compliance case. ‘We are aware of concerns raised about the governance of the Harrowgate Trust and are assessing them,’ a spokesman said.

Buckingham Palace declined to comment. A source close to the duke said he had been ‘kept informed’ and was ‘concerned but not alarmed’, adding: ‘He cares about the carers, not the canapés.’

The trust, founded in 2009, supports about 4,000 children who look after a sick or disabled parent, and runs the ‘Time Out’ respite weekends that the duke has attended several times.

Tom Briggs, 17, who has cared for his mother since he was 11 and went on one of those weekends last year, said the row upset him. ‘It was the first time anyone asked me how I was doing,’ he told The Times. ‘I just hope none of this stops the next kid getting that.’

Dame Caroline Strand, who chairs the trust’s board, said a review of spending would be carried out by an independent accountant and published in full. ‘Our donors deserve clarity and they will get it,’ she said. Dame Caroline added that the remaining trustees had ‘full confidence’ in the charity’s staff.

Share
Save
Subscribe to The Times Sunday Briefing newsletter""",
    [
        ("lavish", None, None, None),
        ("like a party budget", "trustees", ("Three trustees", "trustees"), "accusing"),
        (
            "no longer stand behind decisions we were not consulted on",
            "trustees",
            ("the former trustees", "trustees"),
            "said",
        ),
        ("like a party budget", "trustees", ("the former trustees", "trustees"), "accused"),
        (
            "I asked for the figures in June, in July and in August,",
            "Margaret Oyelaran",
            ("she said", "she"),
            ("she said", "said"),
        ),
        (
            "Each time I was told they were “being finalised”. Then the invoice arrived.",
            "Margaret Oyelaran",
            ("she said", "she"),
            ("she said", "said"),
        ),
        (
            "The gala raised more than three times what it cost, and every penny of the surplus has gone to carers’ projects,",
            "Marcus Hale",
            ("he said in a statement", "he"),
            ("he said in a statement", "said"),
        ),
        (
            "I regret that colleagues chose to leave rather than talk.",
            "Marcus Hale",
            ("he said in a statement", "he"),
            ("he said in a statement", "said"),
        ),
        (
            "We are aware of concerns raised about the governance of the Harrowgate Trust and are assessing them,",
            "spokesman",
            ("a spokesman said", "spokesman"),
            ("a spokesman said", "said"),
        ),
        ("kept informed", "source", ("A source close", "source"), ("duke said he", "said")),
        (
            "concerned but not alarmed",
            "source",
            ("A source close", "source"),
            ("duke said he", "said"),
        ),
        (
            "He cares about the carers, not the canapés.",
            "source",
            ("A source close", "source"),
            "adding",
        ),
        (
            "It was the first time anyone asked me how I was doing,",
            "Tom Briggs",
            ("he told The Times", "he"),
            ("he told The Times", "told"),
        ),
        (
            "I just hope none of this stops the next kid getting that.",
            "Tom Briggs",
            ("he told The Times", "he"),
            ("he told The Times", "told"),
        ),
        (
            "Our donors deserve clarity and they will get it,",
            "Caroline Strand",
            ("she said. Dame", "she"),
            ("she said. Dame", "said"),
        ),
        ("full confidence", "Caroline Strand", ("Dame Caroline added", "Dame Caroline"), "added"),
    ],
    ["Time Out"],
)


article(
    "blind14-en08",
    "en",
    """Pell Point Light sold for $1.27 million to Boston couple after bidding war

By Samuel Greeley | sgreeley@harborweekly.com
Posted Nov 20, 2026 | Updated 9:14 a.m.

TUCKER HARBOR - After 143 years guiding fishermen past the ledges at the mouth of the harbor, Pell Point Light has a new keeper, or at least a new owner.

A Boston couple, Nathan and Ellen Crosby, won the lighthouse and its keeper's cottage Tuesday with a bid of $1.27 million in an online auction run by the federal General Services Administration, far above the $240,000 opening bid.

"We've been coming to Tucker Harbor every August since our kids were small," Ellen Crosby said in a phone interview Wednesday. "When we saw the listing, Nathan said, 'That's ours,' and I said, 'You're out of your mind.' Apparently he wasn't."

The light itself will keep working. Under the terms of the sale, the Coast Guard retains the right to maintain the automated beacon, and the new owners must allow access to it at all times.

Not everyone in town was celebrating. The Tucker Harbor Historical Society had hoped to buy the property under a federal program that lets nonprofits acquire surplus lighthouses for free, but its application was rejected in the spring.

"I don't blame the Crosbys. They followed the rules and they paid a lot of money," said Agnes Pelletier, the society's president, who has led tours of the light for 20 years.

"What I blame is a process that decided a town of 2,100 people couldn't look after its own lighthouse. We raised $86,000 in bake sales and pancake breakfasts. That wasn't enough for the paperwork, apparently.

"I hope they'll let us keep the tours going. That's all we ask."

Related: Five Maine lighthouses you can still sleep in

Select board chair Walt Brennan said the town had been told the historical society's plan lacked "a credible maintenance budget," a finding he called "a polite way of saying we're small." He said the board would ask the new owners to sign a public access agreement.

Nathan Crosby said the couple was open to that. "We're not building a fence," he said. "The tours are part of what makes the place what it is, and Agnes knows that building better than anyone alive."

A GSA spokesperson said the agency had followed federal law, under which a lighthouse goes to public auction when no eligible public body or nonprofit is selected. "Every application is reviewed on its merits," the spokesperson said.

The sale is expected to close in January. The couple said they plan to spend summers in the cottage and to restore the fog bell, silent since 1987.

Asked whether he'd ever climbed the tower, Crosby laughed. "Twice, as a tourist," he said. "Now I guess I have to learn to fix it."

Sign up for the Harbor Weekly newsletter
Photo: Samuel Greeley / Harbor Weekly""",
    [
        (
            "We've been coming to Tucker Harbor every August since our kids were small",
            "Ellen Crosby",
            "Ellen Crosby",
            "said",
        ),
        (
            "When we saw the listing, Nathan said, 'That's ours,' and I said, 'You're out of your mind.' Apparently he wasn't.",
            "Ellen Crosby",
            "Ellen Crosby",
            "said",
        ),
        (
            "I don't blame the Crosbys. They followed the rules and they paid a lot of money",
            "Agnes Pelletier",
            "Agnes Pelletier",
            "said",
        ),
        (
            "What I blame is a process that decided a town of 2,100 people couldn't look after its own lighthouse. We raised $86,000 in bake sales and pancake breakfasts. That wasn't enough for the paperwork, apparently.",
            "Agnes Pelletier",
            "Agnes Pelletier",
            "said",
        ),
        (
            "I hope they'll let us keep the tours going. That's all we ask.",
            "Agnes Pelletier",
            "Agnes Pelletier",
            "said",
        ),
        ("a credible maintenance budget,", None, None, None),
        (
            "a polite way of saying we're small.",
            "Walt Brennan",
            ("a finding he called", "he"),
            "called",
        ),
        (
            "We're not building a fence",
            "Nathan Crosby",
            ('he said. "The tours', "he"),
            ('he said. "The tours', "said"),
        ),
        (
            "The tours are part of what makes the place what it is, and Agnes knows that building better than anyone alive.",
            "Nathan Crosby",
            ('he said. "The tours', "he"),
            ('he said. "The tours', "said"),
        ),
        (
            "Every application is reviewed on its merits",
            "spokesperson",
            ("the spokesperson said", "spokesperson"),
            ("the spokesperson said", "said"),
        ),
        (
            "Twice, as a tourist",
            "Nathan Crosby",
            ('he said. "Now', "he"),
            ('he said. "Now', "said"),
        ),
        (
            "Now I guess I have to learn to fix it.",
            "Nathan Crosby",
            ('he said. "Now', "he"),
            ('he said. "Now', "said"),
        ),
    ],
)


def main() -> None:
    SET.write(Path(__file__).with_name("blind14_en.jsonl"), WORDS_RANGE)


if __name__ == "__main__":
    main()
